#include <fmt/format.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "command.hpp"
#include "core/error.hpp"
#include "core/sha256.hpp"
#include "core/version.hpp"
#include "document_flags.hpp"
#include "cost/tender_ceilings.hpp"
#include "evaluate/bank_holiday_share.hpp"
#include "evaluation_flags.hpp"
#include "read/bank_holidays.hpp"
#include "read/input_file.hpp"
#include "write/atomic_file.hpp"
#include "write/evaluation_outputs.hpp"
#include "write/output_dir.hpp"

namespace tk::cmd {

namespace {

struct VerifyOptions {
  std::string outdir;
  std::string tender;  // overrides the folder audit.json names
};

// The document options evaluate was given, back from their audit form ("--notice-date D").
DocumentFlags flags_from(const std::vector<std::string>& given, const std::string& file) {
  DocumentFlags flags;
  for (const std::string& option : given) {
    std::size_t space = option.find(' ');
    std::string name = option.substr(0, space);
    std::string value = space == std::string::npos ? "" : option.substr(space + 1);
    if (name == "--report-date") {
      flags.report_date = value;
    } else if (name == "--notice-date") {
      flags.notice_date = value;
    } else if (name == "--ocid-prefix") {
      flags.ocid_prefix = value;
    } else {
      throw Error(ExitCode::data_error, Location{file},
                  fmt::format("option '{}' is not one evaluate takes; expected --report-date, --notice-date or "
                              "--ocid-prefix",
                              shown_value(option)));
    }
  }
  return flags;
}

int run_verify(const VerifyOptions& opts) {
  std::string audit_path = path_in(opts.outdir, "audit.json");
  AuditRecord audit = parse_audit_json(read_input_file(audit_path), audit_path);
  std::string dir = opts.tender.empty() ? audit.tender_dir : opts.tender;

  EvaluationOutputsPreparation prepared;  // libcrypto and libxlsxwriter, on the other core while this one reads
  Tender tender = load_tender_with_ceilings(dir);
  BankHolidays calendar = load_bank_holidays();
  EvaluationOptions options;
  options.tender_share = tender_bank_holiday_share(tender, calendar);
  AwardPack pack =
      make_award_pack(tender, calendar, options, document_options(flags_from(audit.options, audit_path)));

  std::string out = fmt::format("Verifying {} against the tender folder {}\n", opts.outdir, dir);
  if (audit.version != kVersion || audit.commit != kCommit)
    out += fmt::format("Note: written by tenderkit {} ({}); this is tenderkit {} ({}).\n", audit.version,
                       audit.commit, kVersion, kCommit);
  std::size_t differences = 0;

  // The inputs: the same bytes as when the results were written?
  std::map<std::string, const InputDigest*> now;
  for (const InputDigest& d : pack.inputs()) now[d.name] = &d;
  std::string inputs;
  for (const InputDigest& d : audit.inputs) {
    auto it = now.find(d.name);
    if (it == now.end()) {
      inputs += fmt::format("  {}: recorded, but not read now\n", d.name);
      ++differences;
    } else if (it->second->sha256 != d.sha256) {
      inputs += fmt::format("  {}: changed since (SHA-256 {} recorded, {} now)\n", d.name, d.sha256.substr(0, 12),
                            it->second->sha256.substr(0, 12));
      ++differences;
    }
    if (it != now.end()) now.erase(it);
  }
  for (const auto& [name, d] : now) {
    inputs += fmt::format("  {}: read now, but not recorded\n", name);
    ++differences;
  }
  out += fmt::format("Inputs: {} recorded{}\n", audit.inputs.size(), inputs.empty() ? ", all unchanged" : ":");
  out += inputs;

  // The outputs: computed again, byte for byte the files in OUTDIR?
  std::vector<OutputFile> files = render_evaluation_outputs(pack);
  std::map<std::string, std::string> recorded;
  for (const InputDigest& d : audit.outputs) recorded[d.name] = d.sha256;
  std::string outputs;
  std::size_t same = 0;
  for (const OutputFile& f : files) {
    std::string path = path_in(opts.outdir, f.name);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
      outputs += fmt::format("  {}: missing\n", f.name);
      ++differences;
    } else if (std::string bytes = read_input_file(path); bytes != f.text) {
      // Only a file that differs needs its digest: is it the one evaluate recorded?
      std::string on_disk = sha256_hex(bytes);
      outputs += fmt::format("  {}: differs from the evaluation run again{}\n", f.name,
                             recorded.count(f.name) && recorded[f.name] == on_disk
                                 ? " (the file is as evaluate wrote it: the inputs or tenderkit changed since)"
                                 : " (edited since it was written)");
      ++differences;
    } else {
      ++same;
    }
    recorded.erase(f.name);
  }
  for (const auto& [name, sha] : recorded) {
    outputs += fmt::format("  {}: recorded, but the evaluation run again does not write it\n", name);
    ++differences;
  }
  out += fmt::format("Outputs: {} of {} identical to the evaluation run again{}\n", same, files.size(),
                     outputs.empty() ? "" : ":");
  out += outputs;
  out += differences == 0 ? "Verified: every figure matches.\n"
                          : fmt::format("NOT verified: {} difference{}.\n", differences, differences == 1 ? "" : "s");
  write_output("", out);
  return differences == 0 ? 0 : 1;
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
