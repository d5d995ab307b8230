#include "write/report_sections.hpp"

#include <utility>

#include <fmt/format.h>

#include "core/version.hpp"
#include "evaluate/evaluated_price.hpp"
#include "write/report_text.hpp"
#include "write/score_chart.hpp"
#include "write/score_text.hpp"

namespace tk::report {

namespace {

std::string rates_text(const BidResult& b) {
  return fmt::format("{} an hour standard and {} an hour on bank holidays", pounds(b.price->standard->rate.pounds()),
                     pounds(b.price->bank_holiday->rate.pounds()));
}

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

const LotDecision& decision_of(const AwardPack& p, const LotResult& lot) {
  for (const LotDecision& d : p.award.lots)
    if (d.lot == &lot) return d;
  return p.award.lots.front();  // every lot of the evaluation has a decision
}

std::string flags_text(const BidResult& b) { return flag_codes(b, ", "); }

std::string optional_date(const std::optional<Date>& d) { return d ? d->str() : "not given"; }

// Every setting of tender.toml as read (defaults included), as `key = value` rows.
DocTable settings_table(const AwardPack& p) {
  const Tender& t = *p.tender;
  DocTable s;
  s.header = {"Setting", "Value"};
  auto add = [&](std::string key, std::string value) { s.rows.push_back({std::move(key), std::move(value)}); };
  add("title", t.title);
  add("authority", t.authority);
  add("reference", t.reference);
  add("contract_start", t.contract_start.str());
  add("contract_end", t.contract_end.str());
  add("decimal_places", std::to_string(t.decimal_places));
  add("[price] llw", std::string(to_string(t.price.basis.llw)));
  add("[price] travel", std::string(to_string(t.price.basis.travel)));
  add("[price] method", std::string(to_string(t.price.method)));
  add("[price] bank_holiday_share",
      t.price.bank_holiday_share ? show_exact(*t.price.bank_holiday_share) : std::string("calendar"));
  for (const Criterion& c : t.criteria)
    add(fmt::format("[[criteria]] {}", c.id),
        fmt::format("weight {}, kind {}, name \"{}\"", show_exact(c.weight), to_string(c.kind), c.name));
  for (const Question& q : t.questions)
    add(fmt::format("[[questions]] {}", q.id),
        fmt::format("criterion {}, weight {}, text \"{}\"", q.criterion, show_exact(q.weight), q.text));
  add("[quality] scale_max", std::to_string(t.quality.scale_max));
  add("[quality] aggregate", std::string(to_string(t.quality.aggregate)));
  add("[quality] min_mark", std::to_string(t.quality.min_mark));
  add("[quality] moderation_spread", std::to_string(t.quality.moderation_spread));
  for (const Lot& l : t.lots)
    add(fmt::format("[[lots]] {}", l.id), fmt::format("hours_per_week {}, name \"{}\"", show_exact(l.hours_per_week), l.name));
  add("[award] max_lots_per_bidder", std::to_string(t.award.max_lots_per_bidder));
  add("[award] mechanism", std::string(to_string(t.award.mechanism)));
  add("[award] shortlist", std::to_string(t.award.shortlist));
  if (t.ceiling_model) add("ceiling_model", *t.ceiling_model);
  for (const Ceiling& c : t.ceilings)
    add(fmt::format("[[ceiling]] llw {}, travel {}", to_string(c.basis.llw), to_string(c.basis.travel)),
        fmt::format("standard {}, bank_holiday {}, cost_floor {}, bank_holiday_cost_floor {}", c.standard.str(),
                    c.bank_holiday.str(), c.cost_floor ? c.cost_floor->str() : "none",
                    c.bank_holiday_cost_floor ? c.bank_holiday_cost_floor->str() : "none"));
  add("[abnormally_low] below_adjusted_mean_percent", show_exact(t.abnormally_low.below_adjusted_mean_percent));
  add("[abnormally_low] proximity_percent", show_exact(t.abnormally_low.proximity_percent));
  add("[report] report_date", optional_date(t.report.report_date));
  add("[report] award_notice_date", optional_date(t.report.award_notice_date));
  add("[report] ocid_prefix", t.report.ocid_prefix ? *t.report.ocid_prefix : "not given");
  return s;
}

}  // namespace

void add_front(Document& doc, const AwardPack& p) {
  const Tender& t = *p.tender;
  doc.title = fmt::format("Contract Award Report: {} ({})", t.title, t.reference);
  doc.heading(1, "Contract Award Report: " + t.title, "top");
  doc.paragraph(Spans{{"Authority: ", true}, {t.authority}});
  doc.paragraph(Spans{{"Reference: ", true}, {t.reference}});
  doc.paragraph(Spans{{"Report to: ", true}, {"Mayor and Cabinet"}});
  doc.paragraph(Spans{{"Date of report: ", true},
                      {p.report_date ? long_date(*p.report_date)
                                     : std::string("not given (set report_date under [report] in tender.toml, or "
                                                   "--report-date)")}});
  doc.paragraph(Spans{{"Contract period: ", true},
                      {fmt::format("{} to {} inclusive", long_date(t.contract_start), long_date(t.contract_end))}});
  if (p.evaluation.what_if)
    doc.warning("What-if evaluation, not the tender's published evaluation: " + fmt::format("{}", fmt::join(p.evaluation.overrides, "; ")) + ".");
}

void add_summary(Document& doc, const AwardPack& p) {
  const Tender& t = *p.tender;
  const Evaluation& e = p.evaluation;
  doc.heading(2, "1. Summary and recommendations", "summary");
  doc.paragraph(fmt::format(
      "This report asks the Mayor to agree the award of the contract for {} ({} lot{}), evaluated on the {} rates "
      "against the published criteria and weights (section 3).",
      t.title, t.lots.size(), t.lots.size() == 1 ? "" : "s", basis_text(e.basis)));
  doc.paragraph(Spans{{"Recommendations. ", true}, {"The Mayor is recommended to:"}});
  std::vector<std::string> items;
  for (const LotDecision& d : p.award.lots) {
    const Lot& lot = *d.lot->lot;
    if (!d.winner) {
      items.push_back(fmt::format("note that {} cannot be awarded: no bid for it passed the gates, or every bidder "
                                  "that did is at the lot cap",
                                  lot_label(lot)));
      continue;
    }
    const BidResult& w = *d.winner;
    items.push_back(fmt::format("award {} to {} at {} ({}): evaluated price {} an hour, total score {} of 100, "
                                "ranked {} of {}",
                                lot_label(lot), bidder_label(*w.bidder), rates_text(w), basis_text(e.basis),
                                pounds(w.price->value), show_score(e, w.total), w.rank, d.lot->ranked_count));
  }
  for (const LotDecision& d : p.award.lots) {
    if (!d.winner) continue;
    std::string reserve;
    for (const BidResult* r : d.reserve) reserve += (reserve.empty() ? "" : ", ") + bidder_label(*r->bidder);
    items.push_back(fmt::format("note the reserve bidders for {}, in rank order: {}", lot_label(*d.lot->lot),
                                reserve.empty() ? std::string("none") : reserve));
  }
  if (p.standstill_end)
    items.push_back(fmt::format("note that the standstill period ends at the end of {} (section 7)",
                                long_date(*p.standstill_end)));
  doc.bullets(std::move(items));

  DocTable table;
  table.header = {"Lot", "Hours a week", "Recommended bidder", "Standard rate", "Bank holiday rate",
                  "Evaluated price", "Total score", "Annual cost"};
  table.numeric = {false, true, false, true, true, true, true, true};
  Rational total;
  for (const LotDecision& d : p.award.lots) {
    const Lot& lot = *d.lot->lot;
    if (!d.winner) {
      table.rows.push_back({lot.id, show_exact(lot.hours_per_week), "not awarded", "", "", "", "", ""});
      continue;
    }
    const BidResult& w = *d.winner;
    Rational cost = lot.hours_per_week * 52 * w.price->value;
    total += cost;
    table.rows.push_back({lot.id, show_exact(lot.hours_per_week), bidder_label(*w.bidder),
                          pounds(w.price->standard->rate.pounds()), pounds(w.price->bank_holiday->rate.pounds()),
                          pounds(w.price->value), show_score(e, w.total), pounds(cost)});
  }
  table.footer = {"Total", "", "", "", "", "", "", pounds(total)};
  doc.table(std::move(table));
  doc.paragraph("Annual cost = hours a week × 52 × evaluated price. Section 6 sets the costs on the LLW-inclusive "
                "and LLW-exclusive rates side by side.");
}

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

void add_results(Document& doc, const AwardPack& p) {
  const Tender& t = *p.tender;
  const Evaluation& e = p.evaluation;
  doc.heading(2, "4. Results by lot", "results");
  doc.paragraph(fmt::format("Scores are the weighted scores of each criterion (its weight in brackets). Basis: {}.",
                            describe_settings(e)));
  for (const LotResult& lot : e.lots) {
    const LotDecision& d = decision_of(p, lot);
    doc.heading(3, fmt::format("Lot {}: {} ({} hours a week)", lot.lot->id, lot.lot->name,
                               show_exact(lot.lot->hours_per_week)),
                "lot-" + lot.lot->id);
    if (lot.bids.empty()) {
      doc.paragraph("No bids.");
      continue;
    }
    DocTable table;
    table.header = {"Rank", "Bidder", "Evaluated price"};
    table.numeric = {true, false, true};
    for (std::size_t i = 0; i < t.criteria.size(); ++i) {
      table.header.push_back(fmt::format("{} ({})", t.criteria[i].name, show_exact(e.weights[i])));
      table.numeric.push_back(true);
    }
    for (const char* h : {"Total", "Flags", "Outcome"}) table.header.push_back(h);
    table.numeric.insert(table.numeric.end(), {true, false, false});
    for (const BidResult& b : lot.bids) {
      std::vector<std::string> row = {b.ranked() ? std::to_string(b.rank) : "-", bidder_label(*b.bidder),
                                      b.price ? pounds(b.price->value) : "none"};
      for (std::size_t i = 0; i < t.criteria.size(); ++i) row.push_back(b.ranked() ? show_score(e, b.scores[i]) : "");
      row.push_back(b.ranked() ? show_score(e, b.total) : "");
      row.push_back(flags_text(b));
      row.push_back(outcome_text(p, d, b));
      table.rows.push_back(std::move(row));
    }
    doc.table(std::move(table));
    doc.html(stacked_score_chart(e, lot), "");
    std::vector<std::string> notes;
    for (const BidResult& b : lot.bids)
      for (const FlagNote& f : b.flags) notes.push_back(fmt::format("{}: {}", b.bidder->id, f.text()));
    if (!notes.empty()) {
      doc.paragraph("Flags:");
      doc.bullets(std::move(notes));
    }
  }
}

void add_abnormally_low(Document& doc, const AwardPack& p) {
  const Evaluation& e = p.evaluation;
  doc.heading(2, "5. Abnormally low prices", "abnormally-low");
  doc.paragraph("The council must ask a bidder to explain a price that appears abnormally low, and may reject it "
                "only if the explanation does not satisfy it. The outcome of each request is recorded in the "
                "tender folder's clarifications.csv (bidder_id, lot, outcome, note); a flagged bid with no row there "
                "has its clarification outstanding.");
  DocTable table;
  table.header = {"Lot", "Bidder", "Evaluated price", "Flag", "Screen", "Clarification", "Note"};
  table.numeric = {false, false, true, false, false, false, false};
  for (const LotResult& lot : e.lots) {
    for (const BidResult& b : lot.bids) {
      for (const FlagNote& f : b.flags) {
        if (f.flag != Flag::abnormally_low && f.flag != Flag::below_cost_floor) continue;
        std::string screen;
        if (f.flag == Flag::abnormally_low && b.abnormally_low) {
          const AbnormallyLowCheck& c = *b.abnormally_low;
          screen = fmt::format("below {} ({}% under the adjusted mean {}) and below {} (under the lowest other "
                               "price {})",
                               pounds(c.mean_threshold),
                               show_exact(p.tender->abnormally_low.below_adjusted_mean_percent),
                               pounds(c.adjusted_mean), pounds(c.proximity_threshold), pounds(c.lowest_other));
        } else if (f.flag == Flag::below_cost_floor && lot.cost_floor) {
          screen = fmt::format("below the cost floor {}", pounds(*lot.cost_floor));
        } else {
          screen = f.detail;
        }
        const Clarification* c = p.clarification(b, lot);
        table.rows.push_back({lot.lot->id, bidder_label(*b.bidder), pounds(b.price->value),
                              std::string(to_string(f.flag)), screen,
                              c ? std::string(to_string(c->outcome)) : "clarification outstanding",
                              c ? c->note : ""});
      }
    }
  }
  if (table.rows.empty()) {
    doc.paragraph("No price was flagged.");
  } else {
    doc.table(std::move(table));
  }
}

void add_finance(Document& doc, const AwardPack& p) {
  const Tender& t = *p.tender;
  doc.heading(2, "6. Financial implications", "finance");
  doc.paragraph("The annual cost of each lot is its estimated hours a week × 52 × the awarded bid's evaluated "
                "price. The Mayor may award on the LLW-inclusive or the LLW-exclusive rates (Best Value duty), so "
                "both are shown, each with the award decided on that basis's own scores.");
  DocTable table;
  table.header = {"Lot", "Hours a week"};
  table.numeric = {false, true};
  for (const BasisCosts& c : p.costs) {
    std::string b = fmt::format("LLW {}", to_string(c.basis.llw));
    for (const char* h : {": bidder", ": evaluated price", ": annual cost"}) table.header.push_back(b + h);
    table.numeric.insert(table.numeric.end(), {false, true, true});
  }
  for (std::size_t li = 0; li < t.lots.size(); ++li) {
    const Lot& lot = t.lots[li];
    std::vector<std::string> row = {lot.id, show_exact(lot.hours_per_week)};
    for (const BasisCosts& c : p.costs) {
      const CostLine* line = nullptr;
      for (const CostLine& l : c.lines)
        if (l.lot == &lot) line = &l;
      if (!c.unavailable.empty() || !line) {
        row.insert(row.end(), {"not evaluated", "", ""});
      } else if (!line->winner) {
        row.insert(row.end(), {"not awarded", "", ""});
      } else {
        row.insert(row.end(), {bidder_label(*line->winner->bidder), pounds(line->winner->price->value),
                               pounds(line->annual_cost)});
      }
    }
    table.rows.push_back(std::move(row));
  }
  table.footer = {"Total", ""};
  for (const BasisCosts& c : p.costs)
    table.footer.insert(table.footer.end(), {"", "", c.unavailable.empty() ? pounds(c.total) : ""});
  doc.table(std::move(table));
  for (const BasisCosts& c : p.costs)
    if (!c.unavailable.empty())
      doc.paragraph(fmt::format("The {} rates could not be evaluated: {}", basis_text(c.basis), c.unavailable));
  if (p.costs.size() == 2 && p.costs[0].unavailable.empty() && p.costs[1].unavailable.empty())
    doc.paragraph(fmt::format("Awarding on the LLW-inclusive rates costs {} a year more than on the LLW-exclusive "
                              "rates.",
                              pounds(p.costs[0].total - p.costs[1].total)));
}

void add_standstill(Document& doc, const AwardPack& p) {
  doc.heading(2, "7. Standstill", "standstill");
  if (!p.notice_date) {
    doc.paragraph("Not computed: no contract award notice date was given (set award_notice_date under [report] in "
                  "tender.toml, or --notice-date).");
    return;
  }
  doc.paragraph(fmt::format(
      "The contract award notice is dated {}. The standstill period is {} working days from the day after it, "
      "weekends and England and Wales bank holidays skipped: it ends at the end of {}. The contracts may be "
      "entered into only after that.",
      long_date(*p.notice_date), kStandstillWorkingDays, long_date(*p.standstill_end)));
  if (p.standstill_bank_holidays.empty()) {
    doc.paragraph("No bank holiday falls within the standstill period.");
  } else {
    std::vector<std::string> days;
    for (Date d : p.standstill_bank_holidays) days.push_back(long_date(d));
    doc.paragraph("Bank holidays skipped:");
    doc.bullets(std::move(days));
  }
}

void add_audit(Document& doc, const AwardPack& p) {
  const Evaluation& e = p.evaluation;
  doc.heading(2, "Appendix A. Audit: how to reproduce this report", "audit");
  doc.paragraph("Running the same version of tenderkit on files with these SHA-256 digests, with the same options, "
                "gives this report byte for byte: nothing in it comes from the clock, the machine or its locale.");
  DocTable files;
  files.header = {"File", "Bytes", "SHA-256"};
  files.numeric = {false, true, false};
  for (const InputDigest& d : p.inputs()) files.rows.push_back({d.name, std::to_string(d.bytes), d.sha256});
  doc.table(std::move(files));
  doc.paragraph("Files are named relative to the tender folder; data/ files are shipped with tenderkit.");
  doc.paragraph(Spans{{"Tool: ", true}, {fmt::format("tenderkit {} (commit {})", kVersion, kCommit)}});
  doc.paragraph(Spans{{"Evaluated: ", true}, {describe_settings(e)}});
  doc.paragraph(Spans{{"Award mechanism: ", true},
                      {fmt::format("{}, at most {} lot(s) per bidder (0: no cap)", to_string(p.award.mechanism),
                                   p.award.max_lots_per_bidder)}});
  doc.paragraph(Spans{{"Options given: ", true},
                      {p.options_given.empty() ? std::string("none") : fmt::format("{}", fmt::join(p.options_given, " "))}});
  doc.paragraph(Spans{{"Overrides of tender.toml: ", true},
                      {e.overrides.empty() ? std::string("none") : fmt::format("{}", fmt::join(e.overrides, "; "))}});
  doc.paragraph(Spans{{"OCDS ocid: ", true}, {p.ocid}});
  doc.heading(3, "Settings", "settings");
  doc.paragraph("Every setting of tender.toml as read, defaults included.");
  doc.table(settings_table(p));
}

}  // namespace tk::report
