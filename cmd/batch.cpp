// tenderkit batch FILE|- : the winner of each small competition in one CSV (contract section 6).
#include <fmt/format.h>

#include <iostream>
#include <string>

#include "command.hpp"
#include "console.hpp"
#include "decide/batch.hpp"
#include "read/input_buffer.hpp"
#include "write/atomic_file.hpp"
#include "write/batch_output.hpp"

namespace tk::cmd {

namespace {

struct BatchOptions {
  std::string file;
  std::string weights;
  std::string output;
  std::string format = "csv";
  bool keep_going = false;
  int threads = 1;
};

int run_batch(const BatchOptions& o) {
  BatchSettings settings;
  if (!o.weights.empty()) settings.weights = BatchWeights::parse(o.weights);
  settings.keep_going = o.keep_going;
  settings.threads = o.threads;
  const std::string name = o.file == "-" ? "<stdin>" : o.file;
  InputBuffer input = InputBuffer::open(o.file);
  BatchResult result = decide_batch(input.text(), name, settings);
  write_output(o.output, o.format == "json" ? batch_json(result) : batch_csv(result));
  if (result.problems.empty()) return static_cast<int>(ExitCode::ok);

  for (const Problem& p : result.problems) print_problem(p);
  if (result.withheld > 0) {
    std::string ids;
    std::size_t listed = 0;
    for (const BatchOutcome& c : result.competitions) {
      if (!c.withheld) continue;
      if (listed == 10) {
        ids += fmt::format(" and {} more", result.withheld - listed);
        break;
      }
      ids += fmt::format("{}{}", listed++ == 0 ? "" : ", ", c.competition_id());
    }
    print_problem(Problem{Location{name}, fmt::format("{} of {} competitions left out of the output because of bad rows: {}",
                                                      result.withheld, result.competitions.size(), ids)});
  }
  return static_cast<int>(ExitCode::data_error);
}

}  // namespace

void setup_batch(CLI::App& app, Runner& runner) {
  auto options = std::make_shared<BatchOptions>();
  CLI::App* sub = app.add_subcommand(
      "batch",
      "Score many small competitions (care packages) in one CSV and print each one's winner.\n"
      "Input columns: competition_id,bidder_id,rate and one 0-5 mark column per quality criterion.\n"
      "Example: tenderkit batch packages.csv --weights price=40,ability=29,quality=26,partnership=5 "
      "-o winners.csv");
  sub->add_option("file", options->file, "the batch CSV, or - for standard input")->required();
  sub->add_option("--weights", options->weights,
                  "criterion weights summing to 100 (default price=40,ability=29,quality=26,partnership=5); "
                  "every name but price is a mark column");
  sub->add_option("-o,--output", options->output, "write here (atomically) instead of standard output");
  sub->add_option("--format", options->format, "csv (default) or json")
      ->check(CLI::IsMember({"csv", "json"}));
  sub->add_option("--threads", options->threads, "2: a second thread shares the reading of a large file (default 1; see docs/PERFORMANCE.md)")
      ->check(CLI::Range(1, 2));
  sub->add_flag("--keep-going", options->keep_going,
                "report every bad row, print the competitions whose rows are all good, exit 65");
  sub->callback([options, &runner] { runner = [options] { return run_batch(*options); }; });
}

}  // namespace tk::cmd
