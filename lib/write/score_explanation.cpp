#include "write/score_explanation.hpp"

#include <fmt/format.h>

#include "evaluate/gates.hpp"
#include "write/score_text.hpp"

namespace tk {

namespace {

std::string at(const Location& where) {
  if (where.file.empty()) return "";
  if (where.line == 0) return where.file;
  return fmt::format("{}:{}", where.file, where.line);
}

// "30.00 (exactly 30)", "27.07 (exactly 406/15)".
std::string score_with_exact(const Evaluation& e, const Rational& v) {
  return fmt::format("{} (exactly {})", show_score(e, v), to_exact_string(v));
}

std::string money_with_exact(const Rational& v) {
  return fmt::format("{} (exactly {})", show_money(v), to_exact_string(v));
}

// " (file:line)", or nothing when the location is unknown.
std::string where(const Location& loc) {
  std::string a = at(loc);
  return a.empty() ? "" : " (" + a + ")";
}

std::string yes_no(bool b) { return b ? "yes" : "no"; }

std::string quality_section(const Evaluation& e, const QualityAssessment& q) {
  const Tender& t = *e.tender;
  std::string out = fmt::format("\nQuality marks (the same in every lot; marks 0 to {}, aggregate {}, minimum {})\n",
                                t.quality.scale_max, to_string(t.quality.aggregate), t.quality.min_mark);
  for (const QuestionMark& m : q.questions) {
    const Question& question = *m.question;
    std::string how;
    switch (m.source) {
      case MarkSource::consensus:
        how = "consensus mark" + where(m.consensus->where);
        break;
      case MarkSource::mean:
      case MarkSource::median: {
        std::vector<std::string> marks;
        for (const Mark* x : m.evaluator_marks) marks.push_back(std::to_string(x->mark));
        how = fmt::format("{} of {}{}", to_string(m.source), fmt::join(marks, ", "),
                          m.no_consensus ? " (no consensus mark)" : "");
        break;
      }
      case MarkSource::missing: how = "no mark"; break;
    }
    out += fmt::format("  {} ({}, weight {}): {}{}\n", question.id, question.criterion, show_exact(question.weight),
                       m.mark ? to_exact_string(*m.mark) + " = " : "", how);
    for (const Mark* x : m.evaluator_marks)
      out += fmt::format("      {} {}{}\n", x->evaluator, x->mark, where(x->where));
    if (m.wide_spread) out += fmt::format("      evaluators' marks differ by {}: moderation-spread\n", m.spread);
  }
  if (!q.complete) return out + "  A mark is missing, so no quality scores are given.\n";
  for (const CriterionQuality& c : q.criteria) {
    const Criterion& criterion = t.criteria[c.criterion];
    std::vector<std::string> terms;
    for (const QuestionMark& m : q.questions)
      if (m.question->criterion == criterion.id)
        terms.push_back(fmt::format("{} x {}", show_exact(m.question->weight), to_exact_string(*m.mark)));
    out += fmt::format("  {} = {} x ({}) / ({} x {}) = {} x {} = {}\n", criterion.id, show_exact(criterion.weight),
                       fmt::join(terms, " + "), t.quality.scale_max, show_exact(c.question_weights),
                       show_exact(criterion.weight), to_exact_string(c.fraction), score_with_exact(e, c.score));
  }
  std::vector<std::string> parts;
  for (const CriterionQuality& c : q.criteria) parts.push_back(to_exact_string(c.score));
  out += fmt::format("  quality total = {} = {}\n", fmt::join(parts, " + "), score_with_exact(e, q.total));
  return out;
}

std::string price_score_line(const Evaluation& e, const LotResult& lot, const BidResult& b) {
  const Rational& w = e.weights[lot.facts.price_criterion];
  std::string W = show_exact(w);
  std::string p = to_exact_string(b.price->value);
  std::string pmin = to_exact_string(*lot.lowest_price);
  switch (e.method) {
    case PriceMethod::relative_to_lowest:
      return fmt::format("W x Pmin / P = {} x ({}) / ({})", W, pmin, p);
    case PriceMethod::linear_from_lowest:
      return fmt::format("W x max(0, 1 - (P - Pmin) / Pmin) = {} x max(0, 1 - ({} - {}) / {})", W, p, pmin, pmin);
    case PriceMethod::ceiling_linear:
      return fmt::format("W x (C - P) / (C - Pmin) = {} x ({} - {}) / ({} - {}) (W when C = Pmin)", W,
                         to_exact_string(*lot.ceiling), p, to_exact_string(*lot.ceiling), pmin);
  }
  return "";
}

std::string lot_section(const Evaluation& e, const LotResult& lot, const Bidder& bidder) {
  const Tender& t = *e.tender;
  std::string out = fmt::format("\nLot {}: {}\n", lot.lot->id, lot.lot->name);
  const BidResult* found = find_bid(lot, &bidder);
  if (found == nullptr) return out + "  Did not bid for this lot (bidders.csv lots), so it is left out of it.\n";
  const BidResult& b = *found;
  out += fmt::format("  Rates ({})\n", describe(e.basis));
  for (DayType day : {DayType::standard, DayType::bank_holiday}) {
    const PriceRow* row = t.rate(bidder.id, lot.lot->id, e.basis, day);
    const char* name = day == DayType::standard ? "standard    " : "bank holiday";
    if (row == nullptr) {
      out += fmt::format("    {}  none\n", name);
    } else {
      out += fmt::format("    {}  {}{}{}\n", name, row->rate.str(), row->lot == "*" ? "  for every lot" : "",
                         where(row->where));
    }
  }
  if (b.price) {
    const EvaluatedPrice& p = *b.price;
    std::string s = to_exact_string(e.share.value);
    out += fmt::format("  Evaluated price P = standard x (1 - s) + bank holiday x s\n");
    out += fmt::format("    = {} x (1 - {}) + {} x {}\n", p.standard->rate.str(), s, p.bank_holiday->rate.str(), s);
    out += fmt::format("    = {} + {}\n", to_exact_string(p.standard_part), to_exact_string(p.bank_holiday_part));
    out += fmt::format("    = {}\n", money_with_exact(p.value));
  }
  if (const Ceiling* c = t.ceiling(e.basis)) {
    out += fmt::format("  Ceiling{}: standard {}, bank holiday {}; blended like P: C = {}\n", where(c->where),
                       c->standard.str(), c->bank_holiday.str(), money_with_exact(*lot.ceiling));
  } else {
    out += "  No ceiling for this basis: no ceiling check.\n";
  }
  if (lot.cost_floor && b.price) {
    out += fmt::format("  Cost floor blended like P: {}; P is {}below it\n", money_with_exact(*lot.cost_floor),
                       b.has(Flag::below_cost_floor) ? "" : "not ");
  }
  if (!b.ranked()) {
    out += "  Excluded:\n";
    for (const Reason& r : b.reasons) out += fmt::format("    - {}\n", r.text());
  } else {
    out += fmt::format("  Lowest P of the lot's {} ranked bids: Pmin = {} ({})\n", lot.ranked_count,
                       money_with_exact(*lot.lowest_price), lot.lowest_bidder->id);
    out += fmt::format("  Price score ({}): {}\n", to_string(e.method), price_score_line(e, lot, b));
    out += fmt::format("    = {}\n", score_with_exact(e, b.price_score));
    std::vector<std::string> parts;
    for (const Rational& s : b.scores) parts.push_back(to_exact_string(s));
    out += fmt::format("  Total = {} = {}\n", fmt::join(parts, " + "), score_with_exact(e, b.total));
    out += fmt::format("  Rank {} of {} (by exact total; equal totals: higher quality total, lower P, bidder_id)\n",
                       b.rank, lot.ranked_count);
    if (b.abnormally_low) {
      const AbnormallyLowCheck& a = *b.abnormally_low;
      out += "  Abnormally-low screen (flagged when both answers are yes):\n";
      out += fmt::format("    mean P of the lot without the highest: {}; more than {}% below it means below {}: {}\n",
                         money_with_exact(a.adjusted_mean), show_exact(t.abnormally_low.below_adjusted_mean_percent),
                         money_with_exact(a.mean_threshold), yes_no(a.below_mean));
      out += fmt::format("    lowest other P: {}; more than {}% below it means below {}: {}\n",
                         money_with_exact(a.lowest_other), show_exact(t.abnormally_low.proximity_percent),
                         money_with_exact(a.proximity_threshold), yes_no(a.below_others));
    }
  }
  if (b.flags.empty()) {
    out += "  Flags: none\n";
  } else {
    out += "  Flags:\n";
    for (const FlagNote& f : b.flags) out += fmt::format("    - {}\n", f.text());
  }
  return out;
}

}  // namespace

std::string render_explanation(const Evaluation& e, std::string_view bidder_id) {
  const Tender& t = *e.tender;
  const Bidder* bidder = t.bidder(bidder_id);
  if (bidder == nullptr) {
    throw Error(ExitCode::usage, Location{}, fmt::format("--explain: no bidder '{}' in bidders.csv", bidder_id));
  }
  std::size_t index = static_cast<std::size_t>(bidder - t.bidders.data());
  std::string out = fmt::format("How {} ({}) was scored\n", bidder->id, bidder->name);
  out += fmt::format("Tender: {}{}\n", t.title, t.reference.empty() ? "" : " (" + t.reference + ")");
  out += fmt::format("Basis: {}\n", describe_settings(e));
  if (e.what_if) out += fmt::format("WHAT-IF: not the tender's published evaluation: {}\n", fmt::join(e.overrides, "; "));
  if (e.share.from_calendar) {
    out += fmt::format("Bank-holiday share s = {} England and Wales bank holidays / {} days ({} to {}) = {}\n",
                       e.share.bank_holidays, e.share.days, t.contract_start.str(), t.contract_end.str(),
                       to_exact_string(e.share.value));
  } else {
    out += fmt::format("Bank-holiday share s = {} (given)\n", show_exact(e.share.value));
  }
  out += fmt::format("\nBidder{}: sq_pass {}, form_signed {}, lots {}\n", where(bidder->where), yes_no(bidder->sq_pass),
                     yes_no(bidder->form_signed), bidder->all_lots ? "*" : fmt::format("{}", fmt::join(bidder->lots, ";")));
  out += quality_section(e, e.quality[index]);
  for (const LotResult& lot : e.lots) out += lot_section(e, lot, *bidder);
  return out;
}

}  // namespace tk
