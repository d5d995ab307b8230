#include "write/rates_output.hpp"

#include <fmt/format.h>

#include "write/rates_text.hpp"
#include "write/score_text.hpp"

namespace tk {

namespace {

std::string surplus_section(const RateReport& report) {
  TextGrid grid = surplus_grid(report, "*");
  if (grid.header.empty()) return "No basis has a cost floor: there is no surplus or deficit to show.\n";
  if (grid.rows.empty()) return "No bids to show.\n";
  std::string out =
      "Surplus (+) or deficit (-) per hour against the cost floor: the evaluated price minus the cost "
      "floor,\n"
      "both blended with the bank-holiday share (* the evaluated basis).\n";
  return out + indented(render_text(grid), 2);
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
    TextGrid grid;
    grid.left_aligned = {true, true, true, true};
    for (const FindingAcrossLots& g : findings_across_lots(report, bidder)) {
      const RateFinding& f = *g.finding;
      grid.rows.push_back({fmt::format("{}", fmt::join(g.lots, ", ")), std::string(to_string(f.severity)),
                           std::string(to_string(f.check)), f.message});
    }
    out += indented(render_text(grid), 2);
  }
  if (report.findings.empty()) out += "\nNo findings.\n";

  out += fmt::format("\nSummary: {}\n", summary_line(report));
  out += indented(render_text(summary_grid(report)), 2);
  out += "\n" + surplus_section(report);
  return out;
}

std::string render_surplus_table(const RateReport& report) {
  std::string out = fmt::format("Surplus or deficit per hour: {}\n", tender_title(*report.tender));
  out += fmt::format("Evaluated basis: {}\n\n", describe_rates_settings(report));
  return out + surplus_section(report);
}

}  // namespace tk
