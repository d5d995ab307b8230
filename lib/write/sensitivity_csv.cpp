#include <fmt/format.h>

#include "write/score_text.hpp"
#include "write/sensitivity_output.hpp"
#include "write/sensitivity_text.hpp"

namespace tk {

namespace {

// The columns, in order; each part fills its own.
enum Column { part, lot_id, winner, from, to, transfer, transfer_exact, outcome, weights_after, bidder_id, name, rank,
              wins, samples, chance_percent_column, method, total, columns };

const char* const kHeader[] = {"part", "lot", "winner", "from", "to", "transfer", "transfer_exact", "outcome",
                               "weights_after", "bidder_id", "name", "rank", "wins", "samples", "chance_percent",
                               "method", "total"};

std::string weights_text(const Evaluation& e, const std::vector<Rational>& weights) {
  std::vector<std::string> parts;
  for (std::size_t c = 0; c < weights.size(); ++c)
    parts.push_back(fmt::format("{}={}", e.tender->criteria[c].id, show_points(e, weights[c])));
  return fmt::format("{}", fmt::join(parts, ";"));
}

}  // namespace

std::string render_sensitivity_csv(const WinnerSensitivity& s) {
  const Evaluation& e = *s.evaluation;
  std::string out = csv_record(std::vector<std::string>(std::begin(kHeader), std::end(kHeader)));
  for (const LotSensitivity& lot : s.lots) {
    if (!lot.has_winner()) continue;
    auto row = [&](const char* part_name) {
      std::vector<std::string> r(columns);
      r[part] = part_name;
      r[lot_id] = lot.lot->lot->id;
      r[winner] = bid_at(lot, 0).bidder->id;
      return r;
    };
    for (const WeightMargin& m : lot.margins) {
      std::vector<std::string> r = row("margin");
      r[from] = e.tender->criteria[m.from].id;
      r[to] = e.tender->criteria[m.to].id;
      r[outcome] = margin_code(m);
      if (m.transfer) {
        r[transfer] = show_points(e, *m.transfer);
        r[transfer_exact] = to_exact_string(*m.transfer);
        r[weights_after] = weights_text(e, m.weights);
        r[bidder_id] = bid_at(lot, m.new_winner).bidder->id;
        r[name] = bid_at(lot, m.new_winner).bidder->name;
      }
      out += csv_record(r);
    }
    for (std::size_t i : by_wins(lot)) {
      if (s.monte_carlo.samples == 0) break;
      const BidResult& b = bid_at(lot, i);
      std::vector<std::string> r = row("monte-carlo");
      r[bidder_id] = b.bidder->id;
      r[name] = b.bidder->name;
      r[rank] = std::to_string(b.rank);
      r[wins] = std::to_string(lot.wins[i]);
      r[samples] = std::to_string(s.monte_carlo.samples);
      r[chance_percent_column] = chance_percent(lot.wins[i], s.monte_carlo.samples);
      out += csv_record(r);
    }
    for (const FormulaWinner& f : lot.formulas) {
      std::vector<std::string> r = row("formula");
      r[method] = std::string(to_string(f.method));
      r[outcome] = f.available ? (f.winner && *f.winner != 0 ? "changes" : "same") : "no-ceiling";
      if (f.winner) {
        r[bidder_id] = bid_at(lot, *f.winner).bidder->id;
        r[name] = bid_at(lot, *f.winner).bidder->name;
        r[total] = show_score(e, f.total);
      }
      out += csv_record(r);
    }
  }
  return out;
}

}  // namespace tk
