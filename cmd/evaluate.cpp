#include <deque>
#include <string>
#include <utility>
#include <vector>

#include "command.hpp"
#include "console.hpp"
#include "decide/award.hpp"
#include "decide/award_pack.hpp"
#include "decide/contract_cost.hpp"
#include "document_flags.hpp"
#include "evaluate/bank_holiday_share.hpp"
#include "evaluation_flags.hpp"
#include "model/calendar.hpp"
#include "write/assessment_summary.hpp"
#include "write/atomic_file.hpp"
#include "write/award_output.hpp"
#include "write/award_report.hpp"
#include "write/cost_output.hpp"
#include "write/document.hpp"
#include "write/ocds_release.hpp"
#include "write/output_dir.hpp"
#include "write/score_csv.hpp"
#include "write/score_json.hpp"
#include "write/score_table.hpp"
#include "write/score_workbook.hpp"
#include "write/shortlist_output.hpp"

namespace tk::cmd {

namespace {

struct EvaluateOptions {
  std::string dir;
  std::string output_dir;
  DocumentFlags documents;  // dates and the OCDS prefix only: evaluate is never a what-if run
};

int run_evaluate(const EvaluateOptions& opts) {
  Tender tender = load_tender_with_ceilings(opts.dir);
  EvaluationOptions options;
  options.tender_share = tender_bank_holiday_share(tender);
  AwardPack pack = make_award_pack(tender, options, document_options(opts.documents));
  const Evaluation& e = pack.evaluation;

  // The award and its contract cost, as `tenderkit award` and `tenderkit cost` give them: the
  // same decision as the pack's (decide_award), the cost on each LLW basis that could be evaluated.
  Award award = decide_award(e, pack.award.mechanism, pack.award.max_lots_per_bidder);
  std::deque<Award> basis_awards;  // ContractCost points into its Award: keep their addresses
  std::vector<ContractCost> costs;
  for (const BasisCosts& c : pack.costs) {
    if (!c.unavailable.empty()) continue;
    basis_awards.push_back(decide_award(c.evaluation, pack.award.mechanism, pack.award.max_lots_per_bidder));
    costs.push_back(contract_cost(basis_awards.back(), BankHolidays::england_and_wales(), CostOptions{}));
  }

  // Everything is rendered before anything is written, so a failure leaves OUTDIR as it was.
  std::vector<std::pair<std::string, std::string>> files = {
      {"score.json", render_score_json(e)},
      {"score.csv", render_score_csv(e)},
      {"award.json", render_award_json(award)},
      {"award.md", render_award_markdown(award)},
      {"cost.json", render_cost_json(costs)},
      {"cost.csv", render_cost_csv(costs)},
      {"report.md", render_report_markdown(pack)},
      {"report.html", render_report_html(pack)},
      {"evaluation.xlsx", render_score_workbook(pack)},
  };
  std::string note;
  if (pack.report_date) {
    files.emplace_back("ocds.json", render_ocds(pack));
  } else {
    note = "No report date ([report] report_date or --report-date): ocds.json not written.\n";
  }
  std::string summary = render_score_table(e) + "\n" + render_shortlist_table(e, pack.shortlist);

  ensure_directory(opts.output_dir);
  std::string wrote;
  for (const auto& [name, text] : files) {
    std::string path = path_in(opts.output_dir, name);
    write_file_atomically(path, text);
    wrote += "Wrote " + path + "\n";
  }
  std::vector<std::string> summaries = write_assessment_summaries(pack, path_in(opts.output_dir, "summaries"));
  wrote += "Wrote " + std::to_string(summaries.size() / 2) + " assessment summaries (Markdown and HTML) into " +
           path_in(opts.output_dir, "summaries") + "\n";
  if (!console().quiet) write_output("", summary + "\n" + wrote + note);
  return 0;
}

}  // namespace

void setup_evaluate(CLI::App& app, Runner& runner) {
  auto opts = std::make_shared<EvaluateOptions>();
  CLI::App* sub = app.add_subcommand("evaluate", "The whole job: check, score, shortlist, award, and write every document");
  sub->footer(
      "Writes into OUTDIR (created if missing): score.json, score.csv, award.json and award.md (as the award\n"
      "command), cost.json and cost.csv (as the cost command), report.md and report.html (the Contract\n"
      "Award Report), evaluation.xlsx, ocds.json (when there is a report date) and summaries/BIDDER_ID.md and .html\n"
      "(the assessment summaries); prints the scores and the shortlist. Any problem in the tender folder: every\n"
      "problem listed, exit 65, nothing written.\n"
      "Example:\n"
      "  tenderkit evaluate data/sample-tender -o results --report-date 2016-02-16 --notice-date 2016-03-01");
  sub->add_option("DIR", opts->dir, "The tender folder")->required()->type_name("");
  sub->add_option("-o,--output", opts->output_dir, "The folder to write the results into (created if missing)")
      ->required()
      ->type_name("OUTDIR");
  add_document_flags(*sub, opts->documents, false);
  sub->callback([opts, &runner]() { runner = [opts]() { return run_evaluate(*opts); }; });
}

}  // namespace tk::cmd
