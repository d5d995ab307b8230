#include <string>
#include <vector>

#include "command.hpp"
#include "console.hpp"
#include "document_flags.hpp"
#include "cost/tender_ceilings.hpp"
#include "evaluate/bank_holiday_share.hpp"
#include "evaluation_flags.hpp"
#include "read/bank_holidays.hpp"
#include "write/atomic_file.hpp"
#include "write/evaluation_outputs.hpp"
#include "write/output_dir.hpp"
#include "write/score_output.hpp"
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
  BankHolidays calendar = load_bank_holidays();
  EvaluationOptions options;
  options.tender_share = tender_bank_holiday_share(tender, calendar);
  AwardPack pack = make_award_pack(tender, calendar, options, document_options(opts.documents));
  const Evaluation& e = pack.evaluation;

  // Everything is rendered before anything is written, so a failure leaves OUTDIR as it was;
  // audit.json, written last, records what `tenderkit verify OUTDIR` needs to check it all.
  std::vector<OutputFile> files = render_evaluation_outputs(pack);
  std::string audit = render_audit_json(opts.dir, pack, files);
  std::string note;
  if (!pack.report_date) note = "No report date ([report] report_date or --report-date): ocds.json not written.\n";
  std::string summary = render_score_table(e) + "\n" + render_shortlist_table(e, pack.shortlist);

  ensure_directory(opts.output_dir);
  ensure_directory(path_in(opts.output_dir, "summaries"));
  std::string wrote;
  std::size_t summaries = 0;
  std::vector<FileToWrite> writes;
  for (const OutputFile& f : files) {
    writes.push_back({path_in(opts.output_dir, f.name), f.text});
    if (f.name.rfind("summaries/", 0) == 0) {
      ++summaries;
    } else {
      wrote += "Wrote " + writes.back().path + "\n";
    }
  }
  writes.push_back({path_in(opts.output_dir, "audit.json"), audit});  // last, so renamed last
  write_files_atomically(writes);
  wrote += "Wrote " + std::to_string(summaries / 2) + " assessment summaries (Markdown and HTML) into " +
           path_in(opts.output_dir, "summaries") + "\n";
  wrote += "Wrote " + path_in(opts.output_dir, "audit.json") + " (check it all again with: tenderkit verify " +
           opts.output_dir + ")\n";
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
      "(the assessment summaries), and last audit.json: the SHA-256 of every input and output, for `tenderkit\n"
      "verify OUTDIR`. Prints the scores and the shortlist. Any problem in the tender folder: every problem\n"
      "listed, exit 65, nothing written.\n"
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
