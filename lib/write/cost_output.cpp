#include "write/cost_output.hpp"

#include <utility>

#include <fmt/format.h>

#include "write/csv.hpp"
#include "write/json.hpp"
#include "write/markdown.hpp"
#include "write/score_text.hpp"
#include "write/text_grid.hpp"

namespace tk {

namespace {

const Evaluation& evaluation_of(const ContractCost& c) { return *c.award->evaluation; }
const Tender& tender_of(const ContractCost& c) { return *c.award->evaluation->tender; }

std::string show_hours(const Rational& hours) { return to_fixed(hours, 2, Rounding::half_away_from_zero); }

std::string cap_phrase(int cap) {
  if (cap == 0) return "no lot cap";
  return fmt::format("at most {} lot{} per bidder", cap, cap == 1 ? "" : "s");
}

bool is_tender_basis(const ContractCost& c) { return evaluation_of(c).basis == tender_of(c).price.basis; }

std::string basis_title(const ContractCost& c) {
  const Basis& b = evaluation_of(c).basis;
  return fmt::format("LLW {}, travel {}{}", to_string(b.llw), to_string(b.travel),
                     is_tender_basis(c) ? " (the tender's evaluated basis)" : "");
}

std::string period_line(const ContractCost& c) {
  const Tender& t = tender_of(c);
  long holidays = 0;
  for (const FinancialYear& y : c.years) holidays += y.bank_holidays;
  return fmt::format("Contract {} to {}: {} days, {} of them England and Wales bank holidays.", t.contract_start.str(),
                     t.contract_end.str(), t.contract_days(), holidays);
}

constexpr const char* kMethod =
    "Each day an awarded lot buys hours_per_week / 7 contact hours, at its winner's bank-holiday rate on a bank "
    "holiday and its standard rate on other days (the rates of the basis shown); days are added up by financial year "
    "(1 April to 31 March).";

std::string award_line(const ContractCost& c) {
  const Award& a = *c.award;
  const Evaluation& e = evaluation_of(c);
  return fmt::format("Award: {} mechanism, {}; method {}; bank-holiday share {}.", to_string(a.chosen.mechanism),
                     cap_phrase(a.max_lots_per_bidder), to_string(e.method), describe_share(e.share));
}

std::string uplift_line(const ContractCost& c) {
  if (!c.options.uplift_percent) return "Uplift: none; the bid rates apply throughout.";
  std::string out = fmt::format("Uplift: rates rise by {}% on each {} after the contract start, compounding, exact",
                                show_exact(*c.options.uplift_percent), c.options.uplift_from.str());
  std::vector<std::string> steps;
  for (std::size_t i = 1; i < c.steps.size(); ++i)
    steps.push_back(fmt::format("x{} from {}", show_exact(c.steps[i].factor), c.steps[i].from.str()));
  if (steps.empty()) return out + " (no such date falls in the contract period).";
  return out + fmt::format(" ({}).", fmt::join(steps, "; "));
}

std::string budget_line(const ContractCost& c) {
  if (!c.options.budget_per_year) return "";
  return fmt::format("Budget: {} a financial year for all lots together; a part year pro rata by its contract days.",
                     c.options.budget_per_year->str());
}

std::vector<std::string> overrides_of(const ContractCost& c) { return c.award->overrides; }

TextGrid cost_grid(const ContractCost& c) {
  TextGrid g;
  add_column(g, "Lot", true);
  add_column(g, "Winner", true);
  add_column(g, "Standard", false);
  add_column(g, "Bank holiday", false);
  for (const FinancialYear& y : c.years) add_column(g, y.label(), false);
  add_column(g, "Total", false);
  for (const LotCost& l : c.lots) {
    const BidResult* w = l.award->winner;
    std::vector<std::string> row = {l.award->lot->lot->id, w ? w->bidder->id : "unawarded",
                                    w ? show_money(l.standard_rate) : "-", w ? show_money(l.bank_holiday_rate) : "-"};
    for (const Rational& v : l.cost) row.push_back(w ? show_money(v) : "-");
    row.push_back(w ? show_money(l.total) : "-");
    g.rows.push_back(std::move(row));
  }
  std::vector<std::string> all = {"All lots", "", "", ""};
  for (const Rational& v : c.total_by_year) all.push_back(show_money(v));
  all.push_back(show_money(c.total));
  g.rows.push_back(std::move(all));
  if (c.budget_total) {
    std::vector<std::string> budget = {"Budget", "", "", ""};
    std::vector<std::string> over = {"Over (+) / under (-) budget", "", "", ""};
    for (std::size_t y = 0; y < c.years.size(); ++y) {
      budget.push_back(show_money(c.budget_by_year[y]));
      over.push_back(show_money(c.total_by_year[y] - c.budget_by_year[y]));
    }
    budget.push_back(show_money(*c.budget_total));
    over.push_back(show_money(c.total - *c.budget_total));
    g.rows.push_back(std::move(budget));
    g.rows.push_back(std::move(over));
  }
  return g;
}

// The lots whose winner differs between two costs of the same tender.
std::vector<std::string> different_winners(const ContractCost& a, const ContractCost& b) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < a.lots.size() && i < b.lots.size(); ++i) {
    const BidResult* x = a.lots[i].award->winner;
    const BidResult* y = b.lots[i].award->winner;
    if ((x ? x->bidder : nullptr) != (y ? y->bidder : nullptr)) out.push_back(a.lots[i].award->lot->lot->id);
  }
  return out;
}

std::string short_basis(const ContractCost& c) { return fmt::format("LLW {}", to_string(evaluation_of(c).basis.llw)); }

TextGrid comparison_grid(const ContractCost& a, const ContractCost& b) {
  TextGrid g;
  add_column(g, "Financial year", true);
  add_column(g, short_basis(a), false);
  add_column(g, short_basis(b), false);
  add_column(g, "Difference", false);
  for (std::size_t y = 0; y < a.years.size(); ++y) {
    g.rows.push_back({a.years[y].label(), show_money(a.total_by_year[y]), show_money(b.total_by_year[y]),
                      show_money(a.total_by_year[y] - b.total_by_year[y])});
  }
  g.rows.push_back({"Total", show_money(a.total), show_money(b.total), show_money(a.total - b.total)});
  return g;
}

std::string winners_note(const ContractCost& a, const ContractCost& b) {
  std::vector<std::string> lots = different_winners(a, b);
  if (lots.empty()) return "The same bidders win every lot on both bases.";
  return fmt::format("The winners differ between the bases in {}.", fmt::join(lots, ", "));
}

std::string preamble_lines(const ContractCost& c, const char* bullet) {
  std::string out;
  for (const std::string& line : {period_line(c), std::string(kMethod), award_line(c), uplift_line(c), budget_line(c)})
    if (!line.empty()) out += bullet + line + "\n";
  return out;
}

Json basis_json(const ContractCost& c) {
  const Evaluation& e = evaluation_of(c);
  Json j;
  j["llw"] = std::string(to_string(e.basis.llw));
  j["travel"] = std::string(to_string(e.basis.travel));
  j["tender_basis"] = is_tender_basis(c);
  j["what_if"] = c.award->what_if;
  j["overrides"] = overrides_of(c);
  Json lots = Json::array();
  Json unawarded = Json::array();
  for (const LotCost& l : c.lots) {
    const BidResult* w = l.award->winner;
    if (w == nullptr) {
      unawarded.push_back(l.award->lot->lot->id);
      continue;
    }
    Json item;
    item["lot"] = l.award->lot->lot->id;
    item["hours_per_week"] = show_exact(l.award->lot->lot->hours_per_week);
    item["bidder_id"] = w->bidder->id;
    item["name"] = w->bidder->name;
    item["standard_rate"] = show_money(l.standard_rate);
    item["bank_holiday_rate"] = show_money(l.bank_holiday_rate);
    Json years = Json::array();
    for (std::size_t y = 0; y < c.years.size(); ++y) {
      years.push_back({{"financial_year", c.years[y].label()},
                       {"contact_hours", show_hours(l.hours[y])},
                       {"cost", show_money(l.cost[y])},
                       {"exact_cost", to_exact_string(l.cost[y])}});
    }
    item["years"] = std::move(years);
    item["contact_hours"] = show_hours(l.total_hours);
    item["total"] = show_money(l.total);
    item["exact_total"] = to_exact_string(l.total);
    lots.push_back(std::move(item));
  }
  j["lots"] = std::move(lots);
  j["unawarded"] = std::move(unawarded);
  Json years = Json::array();
  bool budget = c.budget_total.has_value();
  for (std::size_t y = 0; y < c.years.size(); ++y) {
    Json item;
    item["financial_year"] = c.years[y].label();
    item["cost"] = show_money(c.total_by_year[y]);
    item["exact_cost"] = to_exact_string(c.total_by_year[y]);
    item["budget"] = money_or_null(budget ? std::optional<Rational>(c.budget_by_year[y]) : std::nullopt);
    item["over_budget"] = money_or_null(budget ? std::optional<Rational>(c.total_by_year[y] - c.budget_by_year[y]) : std::nullopt);
    years.push_back(std::move(item));
  }
  j["years"] = std::move(years);
  j["total"] = show_money(c.total);
  j["exact_total"] = to_exact_string(c.total);
  j["budget"] = money_or_null(c.budget_total);
  j["over_budget"] = money_or_null(budget ? std::optional<Rational>(c.total - *c.budget_total) : std::nullopt);
  return j;
}

}  // namespace

std::string render_cost_table(const std::vector<ContractCost>& costs) {
  if (costs.empty()) return "";
  const ContractCost& first = costs.front();
  const Tender& t = tender_of(first);
  std::string out = fmt::format("Contract cost: {}{}\n", t.title, t.reference.empty() ? "" : " (" + t.reference + ")");
  out += preamble_lines(first, "");
  for (const ContractCost& c : costs) {
    out += fmt::format("\n{}\n", basis_title(c));
    if (c.award->what_if)
      out += fmt::format("  WHAT-IF: not the tender's published evaluation: {}\n", fmt::join(overrides_of(c), "; "));
    out += indented(render_text(cost_grid(c)), 2);
  }
  if (costs.size() == 2) {
    out += fmt::format("\n{} against {}, all lots (the Mayor chooses the basis to award on):\n", short_basis(costs[0]),
                       short_basis(costs[1]));
    out += indented(render_text(comparison_grid(costs[0], costs[1])), 2);
    out += winners_note(costs[0], costs[1]) + "\n";
  }
  return out;
}

std::string render_cost_markdown(const std::vector<ContractCost>& costs) {
  if (costs.empty()) return "";
  const ContractCost& first = costs.front();
  std::string out =
      fmt::format("# Contract cost: {}\n\n", markdown_escape(tender_of(first).title, MarkdownPlace::within_line));
  out += preamble_lines(first, "- ");
  for (const ContractCost& c : costs) {
    out += "\n## " + basis_title(c) + "\n\n";
    if (c.award->what_if)
      out += fmt::format("**What-if: not the tender's published evaluation:** {}.\n\n",
                         markdown_escape(fmt::format("{}", fmt::join(overrides_of(c), "; ")), MarkdownPlace::within_line));
    out += render_markdown(cost_grid(c));
  }
  if (costs.size() == 2) {
    out += fmt::format("\n## {} against {}\n\nAll lots; the Mayor chooses the basis to award on.\n\n",
                       short_basis(costs[0]), short_basis(costs[1]));
    out += render_markdown(comparison_grid(costs[0], costs[1]));
    out += fmt::format("\n{}\n", winners_note(costs[0], costs[1]));
  }
  return out;
}

std::string render_cost_csv(const std::vector<ContractCost>& costs) {
  std::string out = csv_record({"llw", "travel", "lot", "bidder_id", "financial_year", "from", "to", "days",
                                "bank_holiday_days", "contact_hours", "cost", "budget", "over_budget"});
  for (const ContractCost& c : costs) {
    const Evaluation& e = evaluation_of(c);
    std::string llw(to_string(e.basis.llw));
    std::string travel(to_string(e.basis.travel));
    const Tender& t = tender_of(c);
    long holidays = 0;
    for (const FinancialYear& y : c.years) holidays += y.bank_holidays;
    for (const LotCost& l : c.lots) {
      const BidResult* w = l.award->winner;
      if (w == nullptr) continue;
      for (std::size_t y = 0; y < c.years.size(); ++y) {
        const FinancialYear& fy = c.years[y];
        out += csv_record({llw, travel, l.award->lot->lot->id, w->bidder->id, fy.label(), fy.from.str(), fy.to.str(),
                           std::to_string(fy.days), std::to_string(fy.bank_holidays), show_hours(l.hours[y]),
                           show_money(l.cost[y]), "", ""});
      }
      out += csv_record({llw, travel, l.award->lot->lot->id, w->bidder->id, "total", t.contract_start.str(),
                         t.contract_end.str(), std::to_string(t.contract_days()), std::to_string(holidays),
                         show_hours(l.total_hours), show_money(l.total), "", ""});
    }
    bool budget = c.budget_total.has_value();
    for (std::size_t y = 0; y < c.years.size(); ++y) {
      const FinancialYear& fy = c.years[y];
      out += csv_record({llw, travel, "all", "", fy.label(), fy.from.str(), fy.to.str(), std::to_string(fy.days),
                         std::to_string(fy.bank_holidays), "", show_money(c.total_by_year[y]),
                         budget ? show_money(c.budget_by_year[y]) : "",
                         budget ? show_money(c.total_by_year[y] - c.budget_by_year[y]) : ""});
    }
    out += csv_record({llw, travel, "all", "", "total", t.contract_start.str(), t.contract_end.str(),
                       std::to_string(t.contract_days()), std::to_string(holidays), "", show_money(c.total),
                       budget ? show_money(*c.budget_total) : "", budget ? show_money(c.total - *c.budget_total) : ""});
  }
  return out;
}

std::string render_cost_json(const std::vector<ContractCost>& costs) {
  Json j;
  if (!costs.empty()) {
    const ContractCost& first = costs.front();
    const Tender& t = tender_of(first);
    const Award& a = *first.award;
    const Evaluation& e = evaluation_of(first);
    j["contract_start"] = t.contract_start.str();
    j["contract_end"] = t.contract_end.str();
    j["days"] = t.contract_days();
    j["mechanism"] = std::string(to_string(a.chosen.mechanism));
    j["max_lots_per_bidder"] = a.max_lots_per_bidder;
    j["method"] = std::string(to_string(e.method));
    j["bank_holiday_share"] = to_exact_string(e.share.value);
    if (first.options.uplift_percent) {
      Json steps = Json::array();
      for (const RateStep& s : first.steps) steps.push_back({{"from", s.from.str()}, {"factor", to_exact_string(s.factor)}});
      j["uplift"] = {{"percent", show_exact(*first.options.uplift_percent)},
                     {"from", first.options.uplift_from.str()},
                     {"steps", std::move(steps)}};
    } else {
      j["uplift"] = nullptr;
    }
    j["budget_per_year"] = first.options.budget_per_year ? Json(first.options.budget_per_year->str()) : Json(nullptr);
    Json years = Json::array();
    for (const FinancialYear& y : first.years) {
      years.push_back({{"financial_year", y.label()},
                       {"from", y.from.str()},
                       {"to", y.to.str()},
                       {"days", y.days},
                       {"bank_holidays", y.bank_holidays}});
    }
    j["financial_years"] = std::move(years);
  }
  Json bases = Json::array();
  for (const ContractCost& c : costs) bases.push_back(basis_json(c));
  j["bases"] = std::move(bases);
  if (costs.size() == 2) {
    const ContractCost& a = costs[0];
    const ContractCost& b = costs[1];
    Json years = Json::array();
    for (std::size_t y = 0; y < a.years.size(); ++y)
      years.push_back({{"financial_year", a.years[y].label()}, {"difference", show_money(a.total_by_year[y] - b.total_by_year[y])}});
    Json lots = Json::array();
    for (const std::string& id : different_winners(a, b)) lots.push_back(id);
    j["difference"] = {{"of", short_basis(a) + " - " + short_basis(b)},
                       {"years", years},
                       {"total", show_money(a.total - b.total)},
                       {"winners_differ_in", lots}};
  }
  return j.dump(2) + "\n";
}

}  // namespace tk
