#include "write/score_csv.hpp"

#include "write/text_grid.hpp"
#include "write/score_text.hpp"

namespace tk {

std::string render_score_csv(const Evaluation& e) {
  std::vector<std::string> header = {"lot", "rank", "bidder_id", "name", "status", "evaluated_price"};
  for (const Criterion& c : e.tender->criteria) header.push_back(c.id);
  for (const char* h : {"quality_total", "total", "flags", "reasons"}) header.push_back(h);
  std::string out = csv_record(header);
  for (const LotResult& lot : e.lots) {
    for (const BidResult& b : lot.bids) {
      std::vector<std::string> row = {lot.lot->id, b.ranked() ? std::to_string(b.rank) : "", b.bidder->id,
                                      b.bidder->name, std::string(to_string(b.status)),
                                      b.price ? show_money(b.price->value) : ""};
      for (std::size_t i = 0; i < e.tender->criteria.size(); ++i)
        row.push_back(b.ranked() ? show_score(e, b.scores[i]) : "");
      row.push_back(b.ranked() ? show_score(e, b.quality_total) : "");
      row.push_back(b.ranked() ? show_score(e, b.total) : "");
      row.push_back(flag_codes(b, ";"));
      std::string reasons;
      for (const Reason& r : b.reasons) reasons += (reasons.empty() ? "" : "; ") + r.text();
      row.push_back(reasons);
      out += csv_record(row);
    }
  }
  return out;
}

std::string render_all_bases_csv(const std::vector<Evaluation>& evaluations) {
  if (evaluations.empty()) return "";
  std::vector<std::string> header = {"lot", "bidder_id", "name"};
  for (const Evaluation& e : evaluations) {
    header.push_back(basis_key(e.basis) + "_total");
    header.push_back(basis_key(e.basis) + "_rank");
  }
  std::string out = csv_record(header);
  std::size_t own = tender_basis_index(evaluations);
  const Evaluation& first = evaluations.front();
  for (std::size_t li = 0; li < first.lots.size(); ++li) {
    for (const Bidder* bidder : bidders_in_order(evaluations, li, own)) {
      std::vector<std::string> row = {first.lots[li].lot->id, bidder->id, bidder->name};
      for (const Evaluation& e : evaluations) {
        const BidResult* b = find_bid(e.lots[li], bidder);
        bool ranked = b != nullptr && b->ranked();
        row.push_back(ranked ? show_score(e, b->total) : "excluded");
        row.push_back(ranked ? std::to_string(b->rank) : "");
      }
      out += csv_record(row);
    }
  }
  return out;
}

}  // namespace tk
