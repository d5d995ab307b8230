#include <filesystem>
#include <string>
#include <system_error>

#include "command.hpp"
#include "console.hpp"
#include "decide/shortlist.hpp"
#include "evaluate/bank_holiday_share.hpp"
#include "evaluate/evaluation.hpp"
#include "evaluation_flags.hpp"
#include "read/tender_loader.hpp"
#include "write/atomic_file.hpp"
#include "write/score_csv.hpp"
#include "write/score_json.hpp"
#include "write/score_table.hpp"
#include "write/shortlist_output.hpp"

namespace tk::cmd {

namespace {

struct EvaluateOptions {
  std::string dir;
  std::string output_dir;
};

std::string join_path(const std::string& dir, const char* file) {
  return (std::filesystem::path(dir) / file).string();
}

int run_evaluate(const EvaluateOptions& opts) {
  Tender tender = load_tender_with_ceilings(opts.dir);
  EvaluationOptions options;
  options.tender_share = tender_bank_holiday_share(tender);
  Evaluation e = evaluate_tender(tender, options);
  Shortlist s = make_shortlist(e, tender.award.shortlist);

  // Everything is rendered before anything is written, so a failure leaves OUTDIR as it was.
  std::string json = render_score_json(e);
  std::string csv = render_score_csv(e);
  std::string summary = render_score_table(e) + "\n" + render_shortlist_table(e, s);

  std::error_code ec;
  std::filesystem::create_directories(opts.output_dir, ec);
  if (ec || !std::filesystem::is_directory(opts.output_dir)) {
    throw Error(ExitCode::cant_create, Location{opts.output_dir},
                "cannot create the output folder: " + (ec ? ec.message() : std::string("a file is in the way")));
  }
  std::string json_path = join_path(opts.output_dir, "score.json");
  std::string csv_path = join_path(opts.output_dir, "score.csv");
  write_file_atomically(json_path, json);
  write_file_atomically(csv_path, csv);
  if (!console().quiet) write_output("", summary + "\nWrote " + json_path + " and " + csv_path + "\n");
  return 0;
}

}  // namespace

void setup_evaluate(CLI::App& app, Runner& runner) {
  auto opts = std::make_shared<EvaluateOptions>();
  CLI::App* sub = app.add_subcommand("evaluate", "The whole job: check, score, shortlist, and write the results");
  sub->footer(
      "Writes OUTDIR/score.json and OUTDIR/score.csv (OUTDIR is created if missing) and prints the\n"
      "scores and the shortlist. Any problem in the tender folder: every problem listed, exit 65.\n"
      "Example:\n"
      "  tenderkit evaluate data/sample-tender -o results");
  sub->add_option("DIR", opts->dir, "The tender folder")->required()->type_name("");
  sub->add_option("-o,--output", opts->output_dir, "The folder to write the results into (created if missing)")
      ->required()
      ->type_name("OUTDIR");
  sub->callback([opts, &runner]() { runner = [opts]() { return run_evaluate(*opts); }; });
}

}  // namespace tk::cmd
