#include "write/rates_markdown.hpp"

#include <fmt/format.h>

#include "write/rates_text.hpp"

namespace tk {

namespace {

std::string surplus_section(const RateReport& report) {
  TextGrid grid = surplus_grid(report, "\\*");
  if (grid.header.empty()) return "No basis has a cost floor: there is no surplus or deficit to show.\n";
  if (grid.rows.empty()) return "No bids to show.\n";
  return "Surplus (+) or deficit (-) per hour against the cost floor: the evaluated price minus the cost "
         "floor, both "
         "blended with the bank-holiday share (\\* the evaluated basis).\n\n" +
         render_markdown(grid);
}

}  // namespace

std::string render_rates_markdown(const RateReport& report) {
  const Tender& t = *report.tender;
  std::string out = fmt::format("# Rate checks: {}\n\n", tender_title(t));
  out += fmt::format("Evaluated basis: {}.\n\n", describe_rates_settings(report));
  out += fmt::format("Ceilings and cost floors from {} (\\* the evaluated basis):\n\n", ceilings_source(t));
  out += render_markdown(ceilings_grid(report, "\\*"));
  out += fmt::format("\n{}\n", severity_legend());

  out += "\n## Findings\n";
  for (const Bidder* bidder : bidders_with_findings(report)) {
    out += fmt::format("\n### {} {}\n\n", bidder->id, bidder->name);
    std::vector<std::string> besides = exclusions_besides_rates(report, bidder);
    if (!besides.empty()) {
      out += fmt::format(
          "Excluded on the evaluated basis ({}): its rates are checked all the same, outside the "
          "abnormally-low screen.\n\n",
          fmt::join(besides, ", "));
    }
    TextGrid grid;
    grid.header = {{"Lots", "Severity", "Check", "Message"}};
    grid.left_aligned = {true, true, true, true};
    for (const FindingAcrossLots& g : findings_across_lots(report, bidder)) {
      const RateFinding& f = *g.finding;
      grid.rows.push_back({fmt::format("{}", fmt::join(g.lots, ", ")), std::string(to_string(f.severity)),
                           std::string(to_string(f.check)), f.message});
    }
    out += render_markdown(grid);
  }
  if (report.findings.empty()) out += "\nNo findings.\n";

  out += fmt::format("\n## Summary\n\n{}.\n\n", summary_line(report));
  out += render_markdown(summary_grid(report));
  out += "\n## Surplus or deficit per hour\n\n" + surplus_section(report);
  return out;
}

std::string render_surplus_markdown(const RateReport& report) {
  std::string out = fmt::format("# Surplus or deficit per hour: {}\n\n", tender_title(*report.tender));
  out += fmt::format("Evaluated basis: {}.\n\n", describe_rates_settings(report));
  return out + surplus_section(report);
}

}  // namespace tk
