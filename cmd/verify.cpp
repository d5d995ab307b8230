#include <memory>
#include <string>

#include "command.hpp"
#include "write/atomic_file.hpp"
#include "write/verification.hpp"

namespace tk::cmd {

namespace {

struct VerifyOptions {
  std::string outdir;
  std::string tender;  // overrides the folder audit.json names
};

int run_verify(const VerifyOptions& opts) {
  Verification v = verify_results(opts.outdir, opts.tender);
  write_output("", render_verification(v));
  return v.differences() == 0 ? 0 : 1;
}

}  // namespace

void setup_verify(CLI::App& app, Runner& runner) {
  auto opts = std::make_shared<VerifyOptions>();
  CLI::App* sub = app.add_subcommand("verify", "Check that a results folder written by evaluate still matches its inputs");
  sub->footer(
      "Reads OUTDIR/audit.json (written by evaluate), checks the SHA-256 of every input file it records,\n"
      "runs the evaluation again with the options recorded there, and compares every output byte for byte\n"
      "with the files in OUTDIR. Exit 0: every figure matches; exit 1: the differences are listed.\n"
      "Examples:\n"
      "  tenderkit evaluate data/sample-tender -o results && tenderkit verify results\n"
      "  tenderkit verify results --tender archive/sample-tender      (the inputs have moved)");
  sub->add_option("OUTDIR", opts->outdir, "A folder written by tenderkit evaluate")->required()->type_name("");
  sub->add_option("--tender", opts->tender, "The tender folder, when not where audit.json says")->type_name("DIR");
  sub->callback([opts, &runner]() { runner = [opts]() { return run_verify(*opts); }; });
}

}  // namespace tk::cmd
