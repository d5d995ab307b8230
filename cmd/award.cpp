#include <string>

#include "command.hpp"
#include "cost/tender_ceilings.hpp"
#include "decide/award.hpp"
#include "evaluate/evaluation.hpp"
#include "award_flags.hpp"
#include "evaluation_flags.hpp"
#include "read/bank_holidays.hpp"
#include "write/atomic_file.hpp"
#include "write/award_output.hpp"

namespace tk::cmd {

namespace {

struct AwardOptions {
  std::string dir;
  AwardFlags award;
  EvaluationFlags evaluation;
  std::string format = "table";
  std::string output;
};

int run_award(const AwardOptions& opts) {
  Tender tender = load_tender_with_ceilings(opts.dir);
  Evaluation e = evaluate_tender(tender, evaluation_options(tender, load_bank_holidays(), opts.evaluation));
  Award a = decide_award(e, award_mechanism(tender, opts.award), award_cap(tender, opts.award));
  std::string content;
  if (opts.format == "csv") {
    content = render_award_csv(a);
  } else if (opts.format == "json") {
    content = render_award_json(a);
  } else if (opts.format == "md") {
    content = render_award_markdown(a);
  } else {
    content = render_award_table(a);
  }
  write_output(opts.output, content);
  return 0;
}

}  // namespace

void setup_award(CLI::App& app, Runner& runner) {
  auto opts = std::make_shared<AwardOptions>();
  CLI::App* sub = app.add_subcommand("award", "Decide the winner of each lot under the lot cap, with reserve lists");
  sub->footer(
      "Both mechanisms are run; the output names the lots where the other one would award differently.\n"
      "Reserve lists hold every other ranked bidder of a lot in rank order, marking those who won\n"
      "another lot. docs/award.md explains the mechanisms with a worked example.\n"
      "Examples:\n"
      "  tenderkit award data/sample-tender\n"
      "  tenderkit award data/sample-tender --mechanism lot-order --format json -o award.json\n"
      "  tenderkit award data/sample-tender --max-lots-per-bidder 2       (a what-if run)");
  sub->add_option("DIR", opts->dir, "The tender folder")->required();
  add_award_flags(*sub, opts->award);
  add_evaluation_flags(*sub, opts->evaluation, false);
  add_format_flag(*sub, opts->format);
  sub->add_option("-o,--output", opts->output, "Write to FILE (atomically) instead of standard output");
  sub->callback([opts, &runner]() { runner = [opts]() { return run_award(*opts); }; });
}

}  // namespace tk::cmd
