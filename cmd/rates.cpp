// tenderkit rates DIR: checks every bid's price schedule against the ceilings, the cost
// floors, the abnormally-low screen and itself, and shows each bid's surplus over the cost floor.
#include <memory>
#include <string>

#include "command.hpp"
#include "cost/tender_ceilings.hpp"
#include "evaluate/bank_holiday_share.hpp"
#include "evaluate/rate_checks.hpp"
#include "evaluation_flags.hpp"
#include "read/bank_holidays.hpp"
#include "write/atomic_file.hpp"
#include "write/rates_output.hpp"

namespace tk::cmd {

namespace {

// The exit code of --fail-on when a finding of that severity (or worse) exists: apart from
// every error code, so that a script can tell "findings" from "could not check".
constexpr int kFindingsExit = 1;

struct RatesOptions {
  std::string dir;
  std::string lot;
  std::string bidder;
  bool surplus = false;
  std::string fail_on;
  std::string format = "table";
  std::string output;
};

std::string render(const RateReport& report, const RatesOptions& o) {
  if (o.surplus) {
    if (o.format == "csv") return render_surplus_csv(report);
    if (o.format == "json") return render_surplus_json(report);
    if (o.format == "md") return render_surplus_markdown(report);
    return render_surplus_table(report);
  }
  if (o.format == "csv") return render_rates_csv(report);
  if (o.format == "json") return render_rates_json(report);
  if (o.format == "md") return render_rates_markdown(report);
  return render_rates_table(report);
}

int run_rates(const RatesOptions& o) {
  Tender tender = load_tender_with_ceilings(o.dir);
  RateCheckOptions options;
  options.share = tender_bank_holiday_share(tender, load_bank_holidays());
  if (!o.lot.empty()) options.lot = o.lot;
  if (!o.bidder.empty()) options.bidder = o.bidder;
  RateReport report = check_rates(tender, options);
  write_output(o.output, render(report, o));
  if (o.fail_on == "error" && report.count(Severity::error) > 0) return kFindingsExit;
  if (o.fail_on == "warning" && !report.findings.empty()) return kFindingsExit;
  return 0;
}

}  // namespace

void setup_rates(CLI::App& app, Runner& runner) {
  auto opts = std::make_shared<RatesOptions>();
  CLI::App* sub = app.add_subcommand(
      "rates", "Check every bid's price schedule: ceiling, cost floor, abnormally low, internal consistency");
  sub->footer(
      "Findings are the result, not an input error: the exit code is 0 when the tender could be\n"
      "checked, whatever was found (unless --fail-on). An error excludes the bid on the evaluated\n"
      "basis as it stands; a warning is for a look or a question. Every check: docs/rates.md\n"
      "\n"
      "Examples:\n"
      "  tenderkit rates data/sample-tender\n"
      "  tenderkit rates data/sample-tender --bidder B31 --lot N1\n"
      "  tenderkit rates data/sample-tender --format json -o rates.json\n"
      "  tenderkit rates data/sample-tender --surplus --format csv     (surplus or deficit per bid and "
      "basis)\n"
      "  tenderkit rates my-tender --fail-on error                     (exit 1 if any bid is excluded by its "
      "rates)");
  sub->add_option("DIR", opts->dir, "The tender folder")->required()->type_name("");
  sub->add_option("--lot", opts->lot, "Only this lot (a lot id from tender.toml)")->type_name("ID");
  sub->add_option("--bidder", opts->bidder, "Only this bidder (a bidder_id from bidders.csv)")
      ->type_name("ID");
  sub->add_flag(
      "--surplus", opts->surplus,
      "Only the table of each bid's surplus or deficit per hour against the cost floor, on every basis");
  sub->add_option("--fail-on", opts->fail_on,
                  "Exit 1 when there is a finding of this severity (warning: any finding)")
      ->type_name("SEVERITY")
      ->check(CLI::IsMember({"error", "warning"}));
  add_format_flag(*sub, opts->format);
  sub->add_option("-o,--output", opts->output, "Write to FILE (atomically) instead of standard output")
      ->type_name("FILE");
  sub->callback([opts, &runner]() { runner = [opts]() { return run_rates(*opts); }; });
}

}  // namespace tk::cmd
