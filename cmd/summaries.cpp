#include <string>

#include "command.hpp"
#include "document_flags.hpp"
#include "write/assessment_summary.hpp"
#include "write/atomic_file.hpp"

namespace tk::cmd {

namespace {

struct SummariesOptions {
  std::string dir;
  std::string output_dir;
  DocumentFlags documents;
};

int run_summaries(const SummariesOptions& opts) {
  // The summaries show neither the contract costs nor the input digests.
  LoadedPack loaded = load_award_pack(opts.dir, opts.documents, PackParts{false, false});
  std::vector<std::string> written = write_assessment_summaries(loaded.pack, opts.output_dir);
  std::string out;
  for (const std::string& path : written) out += "Wrote " + path + "\n";
  write_output("", out);
  return 0;
}

}  // namespace

void setup_summaries(CLI::App& app, Runner& runner) {
  auto opts = std::make_shared<SummariesOptions>();
  CLI::App* sub = app.add_subcommand("summaries", "One assessment summary per assessed bidder, as Markdown and HTML");
  sub->footer(
      "Writes OUTDIR/BIDDER_ID.md and OUTDIR/BIDDER_ID.html for every bidder with a bid in a lot (OUTDIR is created\n"
      "if missing): criteria and weights, its scores per criterion and question with the reasons, its total and\n"
      "rank per lot beside the winning bid's, and why it was not awarded. docs/report.md describes them.\n"
      "Example:\n"
      "  tenderkit summaries data/sample-tender -o summaries");
  sub->add_option("DIR", opts->dir, "The tender folder")->required()->type_name("");
  sub->add_option("-o,--output", opts->output_dir, "The folder to write the summaries into (created if missing)")
      ->required()
      ->type_name("OUTDIR");
  add_document_flags(*sub, opts->documents);
  sub->callback([opts, &runner]() { runner = [opts]() { return run_summaries(*opts); }; });
}

}  // namespace tk::cmd
