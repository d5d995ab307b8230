#include "write/tender_summary_output.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "write/json.hpp"

namespace tk {

namespace {

// A text table: columns separated by two spaces, numbers right-aligned, no trailing spaces.
class TextTable {
 public:
  // The first column is at least kLabelWidth wide, so that the sections line up.
  explicit TextTable(std::vector<bool> right_aligned) : right_(std::move(right_aligned)) {}
  void row(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }

  std::string str(std::string_view indent) const {
    constexpr std::size_t kLabelWidth = 14;
    std::vector<std::size_t> width(right_.size(), 0);
    width[0] = kLabelWidth;
    for (const auto& r : rows_)
      for (std::size_t i = 0; i < r.size(); ++i) width[i] = std::max(width[i], r[i].size());
    std::string out;
    for (const auto& r : rows_) {
      std::string line(indent);
      for (std::size_t i = 0; i < r.size(); ++i) {
        if (i) line += "  ";
        std::string pad(width[i] - r[i].size(), ' ');
        line += right_[i] ? pad + r[i] : r[i] + pad;
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + "\n";
    }
    return out;
  }

 private:
  std::vector<bool> right_;
  std::vector<std::vector<std::string>> rows_;
};

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string share_text(const PriceSettings& p) {
  return p.bank_holiday_share ? to_decimal_string(*p.bank_holiday_share) : "calendar";
}

std::string optional_money(const std::optional<Money>& m) { return m ? m->str() : "-"; }

std::string list(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

}  // namespace

std::string summary_table(const Tender& t, const TenderSummary& s, std::size_t warnings) {
  std::string out = t.title + "\n" + t.authority + ", reference " + t.reference + "\n\n";

  TextTable settings({false, false});
  settings.row({"Contract", fmt::format("{} to {} ({} days)", t.contract_start.str(), t.contract_end.str(),
                                        t.contract_days())});
  settings.row({"Price", fmt::format("llw {}, travel {}; {}; bank-holiday share: {}",
                                     to_string(t.price.basis.llw), to_string(t.price.basis.travel),
                                     to_string(t.price.method), share_text(t.price))});
  settings.row({"Quality", fmt::format("marks 0 to {}; aggregate {}; min mark {}; moderation spread {}",
                                       t.quality.scale_max, to_string(t.quality.aggregate),
                                       t.quality.min_mark, t.quality.moderation_spread)});
  std::string cap = t.award.max_lots_per_bidder == 0
                        ? std::string("no lot cap")
                        : "at most " +
                              plural(static_cast<std::size_t>(t.award.max_lots_per_bidder), "lot", "lots") +
                              " per bidder";
  settings.row(
      {"Award", fmt::format("{}; {}; shortlist {}", to_string(t.award.mechanism), cap, t.award.shortlist)});
  settings.row(
      {"Abnormally low", fmt::format("more than {}% below the adjusted mean and {}% below the next lowest",
                                     to_decimal_string(t.abnormally_low.below_adjusted_mean_percent),
                                     to_decimal_string(t.abnormally_low.proximity_percent))});
  settings.row({"Scores", fmt::format("shown to {} decimal places", t.decimal_places)});
  out += settings.str("") + "\n";

  TextTable criteria({false, true, true, false});
  criteria.row({"Criteria", "weight", "questions", "name"});
  Rational total = 0;
  for (const Criterion& c : t.criteria) {
    std::size_t n = questions_of(t, c.id).size();
    total += c.weight;
    criteria.row({"  " + c.id, to_decimal_string(c.weight),
                  c.kind == CriterionKind::price ? "-" : std::to_string(n), c.name});
  }
  criteria.row({"  total", to_decimal_string(total), std::to_string(t.questions.size()), ""});
  out += criteria.str("") + "\n";

  TextTable lots({false, true, false});
  lots.row({"Lots", "hours/week", "name"});
  for (const Lot& l : t.lots) lots.row({"  " + l.id, to_decimal_string(l.hours_per_week), l.name});
  out += lots.str("") + "\n";

  if (t.ceiling_model) {
    out += fmt::format("{:<14}  from the cost model {}\n\n", "Ceilings", *t.ceiling_model);
  } else if (t.ceilings.empty()) {
    out += fmt::format("{:<14}  none\n\n", "Ceilings");
  } else {
    TextTable ceilings({false, true, true, true, true});
    ceilings.row(
        {"Ceilings (llw/travel)", "standard", "bank holiday", "cost floor", "bank-holiday cost floor"});
    for (const Ceiling& c : t.ceilings) {
      ceilings.row({fmt::format("  {}/{}", to_string(c.basis.llw), to_string(c.basis.travel)),
                    c.standard.str(), c.bank_holiday.str(), optional_money(c.cost_floor),
                    optional_money(c.bank_holiday_cost_floor)});
    }
    out += ceilings.str("") + "\n";
  }

  TextTable counts({false, false});
  counts.row(
      {"Bidders", fmt::format("{}: {} the SQ, {} not signed the form of tender", s.bidders,
                              s.sq_fail == 1 ? "1 failed" : fmt::format("{} failed", s.sq_fail),
                              s.form_unsigned == 1 ? "1 has" : fmt::format("{} have", s.form_unsigned))});
  counts.row({"Prices", fmt::format("{}; {} of {} have all 8 rates", plural(s.price_rows, "row", "rows"),
                                    s.complete_schedules,
                                    plural(s.bids, "bid (bidder and lot)", "bids (bidder and lot)"))});
  std::string marks = plural(s.marks, "row", "rows");
  if (!s.evaluators.empty()) {
    marks += fmt::format(" from {} ({}); {}", plural(s.evaluators.size(), "evaluator", "evaluators"),
                         list(s.evaluators), plural(s.consensus_marks, "consensus mark", "consensus marks"));
  } else if (s.marks > 0) {
    marks += ", all consensus marks";
  }
  counts.row({"Marks", marks});
  out += counts.str("") + "\n";

  out += warnings == 0 ? "No problems found.\n"
                       : fmt::format("No errors; {} (see above).\n", plural(warnings, "warning", "warnings"));
  return out;
}

std::string summary_json(const Tender& t, const TenderSummary& s, std::size_t warnings) {
  Json criteria = Json::array();
  for (const Criterion& c : t.criteria) {
    Json questions = Json::array();
    for (const Question* q : questions_of(t, c.id))
      questions.push_back({{"id", q->id}, {"weight", to_decimal_string(q->weight)}, {"text", q->text}});
    criteria.push_back({{"id", c.id},
                        {"name", c.name},
                        {"kind", to_string(c.kind)},
                        {"weight", to_decimal_string(c.weight)},
                        {"questions", questions}});
  }
  Json lots = Json::array();
  for (const Lot& l : t.lots)
    lots.push_back({{"id", l.id}, {"name", l.name}, {"hours_per_week", to_decimal_string(l.hours_per_week)}});
  Json ceilings = Json::array();
  for (const Ceiling& c : t.ceilings) {
    ceilings.push_back({{"llw", to_string(c.basis.llw)},
                        {"travel", to_string(c.basis.travel)},
                        {"standard", c.standard.str()},
                        {"bank_holiday", c.bank_holiday.str()},
                        {"cost_floor", money_or_null(c.cost_floor)},
                        {"bank_holiday_cost_floor", money_or_null(c.bank_holiday_cost_floor)}});
  }
  Json out = {
      {"title", t.title},
      {"authority", t.authority},
      {"reference", t.reference},
      {"contract",
       {{"start", t.contract_start.str()}, {"end", t.contract_end.str()}, {"days", t.contract_days()}}},
      {"decimal_places", t.decimal_places},
      {"price",
       {{"llw", to_string(t.price.basis.llw)},
        {"travel", to_string(t.price.basis.travel)},
        {"method", to_string(t.price.method)},
        {"bank_holiday_share", share_text(t.price)}}},
      {"criteria", criteria},
      {"quality",
       {{"scale_max", t.quality.scale_max},
        {"aggregate", to_string(t.quality.aggregate)},
        {"min_mark", t.quality.min_mark},
        {"moderation_spread", t.quality.moderation_spread}}},
      {"lots", lots},
      {"award",
       {{"mechanism", to_string(t.award.mechanism)},
        {"max_lots_per_bidder", t.award.max_lots_per_bidder},
        {"shortlist", t.award.shortlist}}},
      {"ceilings", ceilings},
      {"ceiling_model", t.ceiling_model ? Json(*t.ceiling_model) : Json(nullptr)},
      {"abnormally_low",
       {{"below_adjusted_mean_percent", to_decimal_string(t.abnormally_low.below_adjusted_mean_percent)},
        {"proximity_percent", to_decimal_string(t.abnormally_low.proximity_percent)}}},
      {"bidders", {{"count", s.bidders}, {"sq_fail", s.sq_fail}, {"form_unsigned", s.form_unsigned}}},
      {"prices", {{"rows", s.price_rows}, {"bids", s.bids}, {"complete_schedules", s.complete_schedules}}},
      {"marks", {{"rows", s.marks}, {"evaluators", s.evaluators}, {"consensus", s.consensus_marks}}},
      {"warnings", warnings},
  };
  return out.dump(2) + "\n";
}

}  // namespace tk
