// tenderkit validate DIR: checks a tender folder and prints every problem found in it.
#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <string>

#include "command.hpp"
#include "console.hpp"
#include "model/tender_summary.hpp"
#include "read/tender_loader.hpp"
#include "write/atomic_file.hpp"
#include "write/tender_summary_output.hpp"

namespace tk::cmd {

namespace {

struct ValidateOptions {
  std::string dir;
  std::string format = "table";
  std::string output;
};

constexpr std::size_t kShownProblems = 100;

std::size_t total(const Problems& p) { return p.size() + p.dropped(); }

// Errors first, then warnings (none under --quiet), at most kShownProblems lines, then how
// many were left out.
void print_problems(const CheckedTender& checked) {
  const Problems none;
  const Problems& warning_list = console().quiet ? none : checked.warnings;
  std::size_t shown = 0, shown_errors = 0;
  for (const Problems* list : {&checked.problems, &warning_list}) {
    for (const Problem& p : list->list()) {
      if (shown == kShownProblems) break;
      print_problem(p);
      ++shown;
      if (list == &checked.problems) ++shown_errors;
    }
  }
  std::size_t errors = total(checked.problems), warnings = total(warning_list);
  if (errors + warnings > shown) {
    std::cerr << fmt::format("... and {} more not shown ({} errors, {} warnings)\n",
                             errors + warnings - shown, errors - shown_errors,
                             warnings - (shown - shown_errors));
  }
}

int run_validate(const ValidateOptions& o) {
  CheckedTender checked = check_tender(o.dir);
  print_problems(checked);
  if (!checked.problems.empty()) return static_cast<int>(ExitCode::data_error);
  TenderSummary summary = summarise(checked.tender);
  std::size_t warnings = total(checked.warnings);
  if (console().quiet && o.output.empty()) return static_cast<int>(ExitCode::ok);
  write_output(o.output, o.format == "json" ? summary_json(checked.tender, summary, warnings)
                                            : summary_table(checked.tender, summary, warnings));
  return static_cast<int>(ExitCode::ok);
}

}  // namespace

void setup_validate(CLI::App& app, Runner& runner) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* sub = app.add_subcommand("validate", "Check a tender folder and print every problem found in it");
  sub->add_option("DIR", options->dir, "the tender folder: tender.toml, bidders.csv, prices.csv, quality.csv")
      ->required()
      ->type_name("");
  sub->add_option("--format", options->format, "summary format")
      ->check(CLI::IsMember({"table", "json"}))
      ->type_name("FORMAT");
  sub->add_option("-o,--output", options->output, "write the summary to FILE (atomically) instead of stdout")
      ->type_name("FILE");
  sub->footer(
      "Prints every problem, up to 100, to stderr as FILE:LINE:COLUMN: error: MESSAGE and exits 65\n"
      "if there is any, 66 if a file is missing. Otherwise prints a summary of the tender and exits 0.\n"
      "Missing rates and marks are warnings: the scoring excludes the bids concerned.\n"
      "Every file, column, key and check: docs/formats.md\n"
      "\n"
      "Examples:\n"
      "  tenderkit validate data/sample-tender\n"
      "  tenderkit validate my-tender --format json -o summary.json");
  sub->callback([options, &runner] { runner = [options] { return run_validate(*options); }; });
}

}  // namespace tk::cmd
