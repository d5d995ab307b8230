#include <string>
#include <vector>

#include "command.hpp"
#include "cost/tender_ceilings.hpp"
#include "evaluate/evaluation.hpp"
#include "evaluation_flags.hpp"
#include "read/bank_holidays.hpp"
#include "read/tender_loader.hpp"
#include "write/atomic_file.hpp"
#include "write/score_explanation.hpp"
#include "write/score_output.hpp"

namespace tk::cmd {

namespace {

struct ScoreOptions {
  std::string dir;
  EvaluationFlags evaluation;
  bool all_bases = false;
  std::string explain;
  std::string format = "table";
  std::string output;
};

std::string render(const Evaluation& e, const std::string& format) {
  if (format == "csv") return render_score_csv(e);
  if (format == "json") return render_score_json(e);
  if (format == "md") return render_score_markdown(e);
  return render_score_table(e);
}

std::string render_all(const std::vector<Evaluation>& all, const std::string& format) {
  if (format == "csv") return render_all_bases_csv(all);
  if (format == "json") return render_all_bases_json(all);
  if (format == "md") return render_all_bases_markdown(all);
  return render_all_bases_table(all);
}

int run_score(const ScoreOptions& opts) {
  if (!opts.explain.empty() && opts.format != "table") {
    throw Error(ExitCode::usage, Location{}, "--explain prints text: leave out --format");
  }
  Tender tender = load_tender_with_ceilings(opts.dir);
  EvaluationOptions options = evaluation_options(tender, load_bank_holidays(), opts.evaluation);
  std::string content;
  if (opts.all_bases) {
    std::vector<Evaluation> all;
    for (Basis basis : all_bases()) {
      EvaluationOptions o = options;
      o.llw = basis.llw;
      o.travel = basis.travel;
      all.push_back(evaluate_tender(tender, o));
    }
    content = render_all(all, opts.format);
  } else {
    Evaluation e = evaluate_tender(tender, options);
    content = opts.explain.empty() ? render(e, opts.format) : render_explanation(e, opts.explain);
  }
  write_output(opts.output, content);
  return 0;
}

}  // namespace

void setup_score(CLI::App& app, Runner& runner) {
  auto opts = std::make_shared<ScoreOptions>();
  CLI::App* sub = app.add_subcommand("score", "Score and rank every bid in every lot");
  sub->footer(
      "Examples:\n"
      "  tenderkit score data/sample-tender\n"
      "  tenderkit score data/sample-tender --lot N1 --format json -o scores.json\n"
      "  tenderkit score data/sample-tender --method ceiling-linear     (a what-if run)\n"
      "  tenderkit score data/sample-tender --all-bases                 (totals and ranks on all four bases)\n"
      "  tenderkit score data/sample-tender --explain ACE               (every number of one bidder, from its cells)");
  sub->add_option("DIR", opts->dir, "The tender folder")->required()->type_name("");
  auto [llw, travel] = add_evaluation_flags(*sub, opts->evaluation, true);
  CLI::Option* all = sub->add_flag("--all-bases", opts->all_bases,
                                   "Every bidder's total and rank on all four pricing bases side by side");
  all->excludes(llw)->excludes(travel);
  sub->add_option("--explain", opts->explain, "Show how each of BIDDER's numbers was reached")
      ->option_text("BIDDER")
      ->excludes(all);
  add_format_flag(*sub, opts->format);
  sub->add_option("-o,--output", opts->output, "Write to FILE (atomically) instead of standard output")->type_name("FILE");
  sub->callback([opts, &runner]() { runner = [opts]() { return run_score(*opts); }; });
}

}  // namespace tk::cmd
