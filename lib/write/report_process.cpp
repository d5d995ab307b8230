#include <utility>

#include <fmt/format.h>

#include "evaluate/evaluated_price.hpp"
#include "write/report_sections.hpp"
#include "write/score_text.hpp"

namespace tk::report {

namespace {

std::string reasons_text(const BidResult& b) {
  std::string out;
  for (const Reason& r : b.reasons) out += (out.empty() ? "" : "; ") + r.text();
  return out;
}

std::string aggregate_text(const QualitySettings& q) {
  switch (q.aggregate) {
    case Aggregate::consensus:
      return "the moderated consensus mark agreed by the evaluators (the mean of their marks where there is none, "
             "flagged no-consensus)";
    case Aggregate::mean:
      return "the mean of the evaluators' marks";
    case Aggregate::median:
      return "the median of the evaluators' marks";
  }
  return "";
}

// Whether the other mechanism would have awarded any lot differently.
std::string comparison_text(const AwardDecision& a) {
  if (a.differs_in.empty())
    return fmt::format(" The {} mechanism gives the same award.", to_string(a.other_mechanism));
  std::string lots;
  for (const LotResult* l : a.differs_in) lots += (lots.empty() ? "" : ", ") + l->lot->id;
  return fmt::format(" The {} mechanism would award differently, in {}.", to_string(a.other_mechanism), lots);
}

std::string mechanism_text(const AwardDecision& a) {
  std::string cap = a.max_lots_per_bidder == 0
                        ? std::string("There is no lot cap: a bidder may win every lot it ranks first in.")
                        : fmt::format("A bidder may win at most {} lot{}.", a.max_lots_per_bidder,
                                      a.max_lots_per_bidder == 1 ? "" : "s");
  if (a.mechanism == AwardMechanism::lot_order)
    return cap +
           " Mechanism lot-order: the lots in order of hours a week (largest first, then lot id), each to "
           "its best-ranked bidder still under the cap." +
           comparison_text(a);
  return cap + " Mechanism optimal: the assignment of bidders to lots that gives the highest sum of awarded total "
               "scores under the cap, leaving no lot unawarded that could be awarded; between equal sums, the "
               "better-ranked bidder at the first lot that differs, taking the lots in order of hours a week." +
         comparison_text(a);
}

}  // namespace

void add_process(Document& doc, const AwardPack& p) {
  const Tender& t = *p.tender;
  const Evaluation& e = p.evaluation;
  doc.heading(2, "2. The procurement process", "process");
  doc.paragraph(fmt::format("{} organisation{} bid. Each submitted a Suitability Questionnaire, method statements, "
                            "a pricing schedule and a Form of Tender.",
                            t.bidders.size(), t.bidders.size() == 1 ? "" : "s"));
  DocTable received;
  received.header = {"Lot", "Name", "Bids received", "Passed the gates", "Excluded"};
  received.numeric = {false, false, true, true, true};
  for (const LotResult& lot : e.lots)
    received.rows.push_back({lot.lot->id, lot.lot->name, std::to_string(lot.bids.size()),
                             std::to_string(lot.ranked_count), std::to_string(lot.bids.size() - lot.ranked_count)});
  doc.table(std::move(received));

  doc.heading(3, "Gates", "gates");
  doc.paragraph("A bid that fails any gate is excluded, with every reason it failed: the Suitability Questionnaire "
                "passed (sq-fail), the Form of Tender signed (form-unsigned), a bid for the lot (not-bid), both rates "
                "of the evaluated basis present (missing-rate), neither above that basis's ceiling (above-ceiling), a "
                "mark for every question (missing-mark) and none below the minimum mark (below-min-mark).");
  DocTable excluded;
  excluded.header = {"Lot", "Bidder", "Evaluated price", "Reasons"};
  excluded.numeric = {false, false, true, false};
  for (const LotResult& lot : e.lots)
    for (const BidResult& b : lot.bids)
      if (!b.ranked())
        excluded.rows.push_back({lot.lot->id, bidder_label(*b.bidder), b.price ? pounds(b.price->value) : "none",
                                 reasons_text(b)});
  if (excluded.rows.empty()) {
    doc.paragraph("Every bid passed the gates.");
  } else {
    doc.table(std::move(excluded));
  }

  doc.heading(3, "Shortlist", "shortlist");
  const Shortlist& s = p.shortlist;
  doc.paragraph(fmt::format(
      "The {} best-ranked bidders were shortlisted for interview ([award] shortlist = {}), in order of their best "
      "rank in any lot, then their total score there.",
      s.size(), t.award.shortlist));
  DocTable list;
  list.header = {"Place", "Bidder", "Best rank", "In lot", "Total there", "Shortlisted"};
  list.numeric = {true, false, true, false, true, false};
  for (const ShortlistEntry& entry : s.order)
    list.rows.push_back({std::to_string(entry.position), bidder_label(*entry.bidder), std::to_string(entry.best_rank),
                         entry.best_lot->id, show_score(e, entry.best_total), entry.shortlisted ? "yes" : "no"});
  doc.table(std::move(list));
  if (s.tie_at_cut)
    doc.paragraph("The last bidder shortlisted and the first left off have the same best rank and total: the "
                  "bidder id decided.");
}

void add_method(Document& doc, const AwardPack& p) {
  const Tender& t = *p.tender;
  const Evaluation& e = p.evaluation;
  doc.heading(2, "3. The evaluation method", "method");
  doc.paragraph("The award criteria, their weights, the price formula and the thresholds below were published "
                "before bids were received.");
  DocTable criteria;
  criteria.header = {"Criterion", "Name", "Kind", "Weight"};
  criteria.numeric = {false, false, false, true};
  Rational sum;
  for (std::size_t i = 0; i < t.criteria.size(); ++i) {
    criteria.rows.push_back({t.criteria[i].id, t.criteria[i].name, std::string(to_string(t.criteria[i].kind)),
                             show_exact(e.weights[i])});
    sum += e.weights[i];
  }
  criteria.footer = {"Total", "", "", show_exact(sum)};
  doc.table(std::move(criteria));

  doc.heading(3, "Quality", "quality-method");
  doc.paragraph(fmt::format(
      "Each question is marked from 0 to {} by each evaluator; the mark used is {}. A quality criterion scores its "
      "weight × Σ(question weight × mark ÷ {}) ÷ Σ(question weight).{}",
      t.quality.scale_max, aggregate_text(t.quality), t.quality.scale_max,
      t.quality.min_mark > 0 ? fmt::format(" A mark below {} on any question excludes the bid.", t.quality.min_mark)
                             : std::string(" There is no minimum mark.")));
  DocTable questions;
  questions.header = {"Question", "Criterion", "Weight in criterion", "Question"};
  questions.numeric = {false, false, true, false};
  for (const Question& q : t.questions)
    questions.rows.push_back({q.id, q.criterion, show_exact(q.weight), q.text});
  doc.table(std::move(questions));

  doc.heading(3, "Price", "price-method");
  doc.paragraph(fmt::format("Bids are evaluated on their {} rates. Each bid's evaluated price P blends its standard "
                            "and bank-holiday hourly rates: P = standard × (1 − s) + bank holiday × s, where s is "
                            "the share of bank-holiday days: {}, about {}.",
                            basis_text(e.basis), describe_share(e.share), percent(e.share.value)));
  doc.paragraph(fmt::format("Price: {}. The lowest price is the lowest evaluated price of the lot's bids that "
                            "passed the gates.",
                            price_formula(e)));
  if (t.ceilings.empty()) {
    doc.paragraph("No ceiling rates are set.");
  } else {
    doc.paragraph("The council's ceiling rates: a bid above the ceiling of the evaluated basis is excluded. A bid "
                  "below the cost floor (blended like P) cannot pay the wage floor and on-costs and is flagged.");
    DocTable ceilings;
    ceilings.header = {"Basis", "Standard", "Bank holiday", "Evaluated ceiling", "Cost floor",
                       "Bank holiday cost floor"};
    ceilings.numeric = {false, true, true, true, true, true};
    for (const Ceiling& c : t.ceilings)
      ceilings.rows.push_back({basis_text(c.basis) + (c.basis == e.basis ? " (evaluated)" : ""),
                               pounds(c.standard.pounds()), pounds(c.bank_holiday.pounds()),
                               pounds(evaluated_ceiling(c, e.share.value)),
                               c.cost_floor ? pounds(c.cost_floor->pounds()) : "none",
                               c.bank_holiday_cost_floor ? pounds(c.bank_holiday_cost_floor->pounds()) : "none"});
    doc.table(std::move(ceilings));
  }
  doc.paragraph(fmt::format(
      "Abnormally low prices: a bid's evaluated price is flagged when it is more than {}% below the mean of the "
      "lot's evaluated prices with the single highest left out, and more than {}% below the lowest other price. A "
      "flag means the bidder must be asked to explain the price; it never excludes a bid by itself (section 5).",
      show_exact(t.abnormally_low.below_adjusted_mean_percent), show_exact(t.abnormally_low.proximity_percent)));

  doc.heading(3, "Ranking and award", "award-method");
  doc.paragraph("Total = price score + the quality criterion scores, out of 100; the highest total ranks first. "
                "Equal totals are separated by the higher quality total, then the lower evaluated price, then "
                "bidder id, and both bids are flagged tie. All arithmetic is exact; scores are shown rounded half "
                "away from zero to " +
                fmt::format("{} decimal places and money to pence.", t.decimal_places));
  doc.paragraph(mechanism_text(p.award));
}

}  // namespace tk::report
