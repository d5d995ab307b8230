#include "write/sensitivity_output.hpp"
#include "write/text_grid.hpp"

namespace tk {

std::string render_unit_scores_csv(const Evaluation& e) {
  constexpr int kPlaces = 15;
  std::vector<std::string> header = {"lot", "bidder_id"};
  for (const Criterion& c : e.tender->criteria) header.push_back(c.id);
  std::string out = csv_record(header);
  for (const LotResult& lot : e.lots) {
    std::vector<Rational> fractions;
    price_fractions(lot.facts, e.method, fractions);
    for (std::size_t i = 0; i < lot.facts.bids.size(); ++i) {
      const BidFacts& bid = lot.facts.bids[i];
      std::vector<std::string> row = {lot.lot->id, std::string(bid.bidder_id)};
      for (std::size_t c = 0; c < e.weights.size(); ++c) {
        const Rational& unit = c == lot.facts.price_criterion ? fractions[i] : bid.fractions[c];
        row.push_back(to_fixed(unit, kPlaces, Rounding::half_away_from_zero));
      }
      out += csv_record(row);
    }
  }
  std::vector<std::string> weights = {"weights", "-"};
  for (const Rational& w : e.weights) {
    std::string exact = to_decimal_string(w);  // "p/q" when w has no finite decimal form
    weights.push_back(exact.find('/') == std::string::npos ? exact : to_fixed(w, kPlaces, Rounding::half_away_from_zero));
  }
  out += csv_record(weights);
  return out;
}

}  // namespace tk
