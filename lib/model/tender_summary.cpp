#include "model/tender_summary.hpp"

#include <set>

#include "model/schedule.hpp"

namespace tk {

TenderSummary summarise(const Tender& tender) {
  TenderSummary s;
  RateIndex rates(tender);
  s.bidders = tender.bidders.size();
  for (const Bidder& b : tender.bidders) {
    if (!b.sq_pass) ++s.sq_fail;
    if (!b.form_signed) ++s.form_unsigned;
    for (const Lot& lot : tender.lots) {
      if (!b.bids_for(lot.id)) continue;
      ++s.bids;
      if (rates.missing(b.id, lot.id).empty()) ++s.complete_schedules;
    }
  }
  s.price_rows = tender.prices.size();
  s.marks = tender.marks.size();
  std::set<std::string> evaluators;
  for (const Mark& m : tender.marks) {
    if (m.is_consensus())
      ++s.consensus_marks;
    else
      evaluators.insert(m.evaluator);
  }
  s.evaluators.assign(evaluators.begin(), evaluators.end());
  return s;
}

std::vector<const Question*> questions_of(const Tender& tender, const std::string& criterion_id) {
  std::vector<const Question*> out;
  for (const Question& q : tender.questions)
    if (q.criterion == criterion_id) out.push_back(&q);
  return out;
}

}  // namespace tk
