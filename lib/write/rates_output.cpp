#include "write/rates_output.hpp"

#include <utility>

#include <fmt/format.h>

#include "core/money.hpp"
#include "write/csv.hpp"
#include "write/json.hpp"
#include "write/markdown.hpp"
#include "write/rates_text.hpp"
#include "write/score_text.hpp"

namespace tk {

namespace {

// A bidder's findings, one row each (lots, severity, check, message), with no header.
TextGrid findings_grid(const RateReport& report, const Bidder* bidder) {
  TextGrid grid;
  grid.left_aligned = {true, true, true, true};
  for (const FindingAcrossLots& g : findings_across_lots(report, bidder)) {
    const RateFinding& f = *g.finding;
    grid.rows.push_back({fmt::format("{}", fmt::join(g.lots, ", ")), std::string(to_string(f.severity)),
                         std::string(to_string(f.check)), f.message});
  }
  return grid;
}

std::string surplus_table_section(const RateReport& report) {
  TextGrid grid = surplus_grid(report, "*");
  if (grid.header.empty()) return "No basis has a cost floor: there is no surplus or deficit to show.\n";
  if (grid.rows.empty()) return "No bids to show.\n";
  std::string out =
      "Surplus (+) or deficit (-) per hour against the cost floor: the evaluated price minus the cost "
      "floor,\n"
      "both blended with the bank-holiday share (* the evaluated basis).\n";
  return out + indented(render_text(grid), 2);
}

template <typename T>
std::string name_or_blank(const std::optional<T>& v) {
  return v ? std::string(to_string(*v)) : "";
}

std::string money_or_blank(const std::optional<Rational>& v) { return v ? format_money(*v) : ""; }

Json basis_json(const RateReport& report) {
  return {{"llw", std::string(to_string(report.evaluated_basis.llw))},
          {"travel", std::string(to_string(report.evaluated_basis.travel))},
          {"bank_holiday_share", to_exact_string(report.share.value)}};
}

Json finding_json(const RateFinding& f) {
  Json j;
  j["bidder_id"] = f.bidder->id;
  j["lot"] = f.lot->id;
  j["code"] = std::string(to_string(f.check));
  j["severity"] = std::string(to_string(f.severity));
  j["message"] = f.message;
  j["llw"] = name_or_null(f.llw);
  j["travel"] = name_or_null(f.travel);
  j["day"] = name_or_null(f.day);
  return j;
}

Json bid_json(const BidRates& b) {
  Json j;
  j["bidder_id"] = b.bidder->id;
  j["name"] = b.bidder->name;
  j["lot"] = b.lot->id;
  Json excluded = Json::array();
  for (const Reason& r : b.excluded_by) excluded.push_back(r.text());
  j["excluded_by"] = std::move(excluded);
  j["findings"] = b.findings;
  Json bases = Json::array();
  for (const BasisMargin& m : b.margins) {
    Json basis;
    basis["llw"] = std::string(to_string(m.basis.llw));
    basis["travel"] = std::string(to_string(m.basis.travel));
    basis["evaluated"] = m.evaluated;
    basis["evaluated_price"] = money_or_null(m.evaluated_price);
    basis["cost_floor"] = money_or_null(m.cost_floor);
    basis["surplus"] = money_or_null(m.surplus);
    basis["abnormally_low_screen"] = m.screened;
    basis["exact"] = {{"evaluated_price", exact_or_null(m.evaluated_price)},
                      {"cost_floor", exact_or_null(m.cost_floor)},
                      {"surplus", exact_or_null(m.surplus)}};
    bases.push_back(std::move(basis));
  }
  j["bases"] = std::move(bases);
  return j;
}

Json bids_json(const RateReport& report) {
  Json bids = Json::array();
  for (const BidRates& b : report.bids) bids.push_back(bid_json(b));
  return bids;
}

std::string surplus_markdown_section(const RateReport& report) {
  TextGrid grid = surplus_grid(report, "*");
  if (grid.header.empty()) return "No basis has a cost floor: there is no surplus or deficit to show.\n";
  if (grid.rows.empty()) return "No bids to show.\n";
  return "Surplus (+) or deficit (-) per hour against the cost floor: the evaluated price minus the cost "
         "floor, both "
         "blended with the bank-holiday share (\\* the evaluated basis).\n\n" +
         render_markdown(grid);
}

}  // namespace

std::string render_rates_table(const RateReport& report) {
  const Tender& t = *report.tender;
  std::string out = fmt::format("Rate checks: {}\n", tender_title(t));
  out += fmt::format("Evaluated basis: {}\n", describe_rates_settings(report));
  out += fmt::format("Ceilings and cost floors from {} (* the evaluated basis):\n", ceilings_source(t));
  out += indented(render_text(ceilings_grid(report, "*")), 2);
  out += severity_legend() + "\n";

  for (const Bidder* bidder : bidders_with_findings(report)) {
    out += fmt::format("\n{} {}\n", bidder->id, bidder->name);
    std::vector<std::string> besides = exclusions_besides_rates(report, bidder);
    if (!besides.empty()) {
      out += fmt::format(
          "  Excluded on the evaluated basis ({}): its rates are checked all the same, outside the "
          "abnormally-low screen.\n",
          fmt::join(besides, ", "));
    }
    out += indented(render_text(findings_grid(report, bidder)), 2);
  }
  if (report.findings.empty()) out += "\nNo findings.\n";

  out += fmt::format("\nSummary: {}\n", summary_line(report));
  out += indented(render_text(summary_grid(report)), 2);
  out += fmt::format("\n{}", surplus_table_section(report));
  return out;
}

std::string render_surplus_table(const RateReport& report) {
  std::string out = fmt::format("Surplus or deficit per hour: {}\n", tender_title(*report.tender));
  out += fmt::format("Evaluated basis: {}\n\n", describe_rates_settings(report));
  return out + surplus_table_section(report);
}

std::string render_rates_csv(const RateReport& report) {
  std::string out =
      csv_record({"bidder_id", "name", "lot", "severity", "code", "llw", "travel", "day", "message"});
  for (const RateFinding& f : report.findings) {
    out += csv_record({f.bidder->id, f.bidder->name, f.lot->id, std::string(to_string(f.severity)),
                       std::string(to_string(f.check)), name_or_blank(f.llw), name_or_blank(f.travel),
                       name_or_blank(f.day), f.message});
  }
  return out;
}

std::string render_surplus_csv(const RateReport& report) {
  std::string out = csv_record({"bidder_id", "name", "lot", "llw", "travel", "evaluated_basis",
                                "evaluated_price", "cost_floor", "surplus", "excluded_by"});
  for (const BidRates& b : report.bids) {
    for (const BasisMargin& m : b.margins) {
      out += csv_record({b.bidder->id, b.bidder->name, b.lot->id, std::string(to_string(m.basis.llw)),
                         std::string(to_string(m.basis.travel)), m.evaluated ? "yes" : "no",
                         money_or_blank(m.evaluated_price), money_or_blank(m.cost_floor),
                         money_or_blank(m.surplus), exclusion_codes(b, ";")});
    }
  }
  return out;
}

Json rates_json(const RateReport& report) {
  Json j;
  j["basis"] = basis_json(report);
  Json findings = Json::array();
  for (const RateFinding& f : report.findings) findings.push_back(finding_json(f));
  j["findings"] = std::move(findings);

  Json checks = Json::object();
  for (RateCheck check : kRateChecks) {
    checks[std::string(to_string(check))] = {{"errors", report.count(check, Severity::error)},
                                             {"warnings", report.count(check, Severity::warning)}};
  }
  j["summary"] = {{"bids", report.bids.size()},
                  {"bids_with_findings", report.bids_with_findings()},
                  {"errors", report.count(Severity::error)},
                  {"warnings", report.count(Severity::warning)},
                  {"checks", checks}};
  j["bids"] = bids_json(report);
  return j;
}

std::string render_rates_json(const RateReport& report) { return rates_json(report).dump(2) + "\n"; }

std::string render_surplus_json(const RateReport& report) {
  Json j;
  j["basis"] = basis_json(report);
  j["bids"] = bids_json(report);
  return j.dump(2) + "\n";
}

std::string render_rates_markdown(const RateReport& report) {
  const Tender& t = *report.tender;
  std::string out = fmt::format("# Rate checks: {}\n\n", markdown_escape(tender_title(t), MarkdownPlace::within_line));
  out += fmt::format("Evaluated basis: {}.\n\n", describe_rates_settings(report));
  out += fmt::format("Ceilings and cost floors from {} (\\* the evaluated basis):\n\n",
                     markdown_escape(ceilings_source(t), MarkdownPlace::within_line));
  out += render_markdown(ceilings_grid(report, "*"));
  out += fmt::format("\n{}\n", severity_legend());

  out += "\n## Findings\n";
  for (const Bidder* bidder : bidders_with_findings(report)) {
    out += fmt::format("\n### {} {}\n\n", markdown_escape(bidder->id, MarkdownPlace::line_start),
                       markdown_escape(bidder->name, MarkdownPlace::within_line));
    std::vector<std::string> besides = exclusions_besides_rates(report, bidder);
    if (!besides.empty()) {
      out += fmt::format(
          "Excluded on the evaluated basis ({}): its rates are checked all the same, outside the "
          "abnormally-low screen.\n\n",
          fmt::join(besides, ", "));
    }
    TextGrid grid = findings_grid(report, bidder);
    grid.header = {{"Lots", "Severity", "Check", "Message"}};
    out += render_markdown(grid);
  }
  if (report.findings.empty()) out += "\nNo findings.\n";

  out += fmt::format("\n## Summary\n\n{}.\n\n", summary_line(report));
  out += render_markdown(summary_grid(report));
  out += "\n## Surplus or deficit per hour\n\n" + surplus_markdown_section(report);
  return out;
}

std::string render_surplus_markdown(const RateReport& report) {
  std::string out = fmt::format("# Surplus or deficit per hour: {}\n\n",
                                markdown_escape(tender_title(*report.tender), MarkdownPlace::within_line));
  out += fmt::format("Evaluated basis: {}.\n\n", describe_rates_settings(report));
  return out + surplus_markdown_section(report);
}

}  // namespace tk
