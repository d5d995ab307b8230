#include <string>

#include "command.hpp"
#include "core/error.hpp"
#include "document_flags.hpp"
#include "write/atomic_file.hpp"
#include "write/ocds_release.hpp"
#include "write/score_workbook.hpp"

namespace tk::cmd {

namespace {

struct ExportOptions {
  std::string dir;
  std::string xlsx;
  std::string ocds;
  DocumentFlags documents;
};

int run_export(const ExportOptions& opts) {
  if (opts.xlsx.empty() && opts.ocds.empty())
    throw Error(ExitCode::usage, Location{}, "nothing to export; expected --xlsx FILE, --ocds FILE or both");
  // The workbook and OCDS show neither the contract costs nor the input digests.
  LoadedPack loaded = load_award_pack(opts.dir, opts.documents, PackParts{false, false});
  // Both are rendered before either is written, so a failure writes nothing.
  std::string workbook = opts.xlsx.empty() ? std::string() : render_score_workbook(loaded.pack);
  std::string ocds = opts.ocds.empty() ? std::string() : render_ocds(loaded.pack);
  if (!opts.xlsx.empty()) write_output(opts.xlsx, workbook);
  if (!opts.ocds.empty()) write_output(opts.ocds, ocds);
  return 0;
}

}  // namespace

void setup_export(CLI::App& app, Runner& runner) {
  auto opts = std::make_shared<ExportOptions>();
  CLI::App* sub = app.add_subcommand("export", "The evaluation as an Excel workbook and the award as OCDS JSON");
  sub->footer(
      "--xlsx: one sheet per lot (rates, evaluated price, score per criterion, totals as formulas, rank, outcome),\n"
      "a Method sheet and a Marks sheet (each evaluator's mark per bidder and question). --ocds: an OCDS 1.1\n"
      "release package with tender lots, bids and awards (needs a report date: [report] report_date or\n"
      "--report-date).\n"
      "Example:\n"
      "  tenderkit export data/sample-tender --xlsx evaluation.xlsx --ocds ocds.json --report-date 2016-02-16");
  sub->add_option("DIR", opts->dir, "The tender folder")->required()->type_name("");
  sub->add_option("--xlsx", opts->xlsx, "Write the evaluation workbook to FILE (- for standard output)")->type_name("FILE");
  sub->add_option("--ocds", opts->ocds, "Write the OCDS release package to FILE (- for standard output)")->type_name("FILE");
  add_document_flags(*sub, opts->documents);
  sub->callback([opts, &runner]() { runner = [opts]() { return run_export(*opts); }; });
}

}  // namespace tk::cmd
