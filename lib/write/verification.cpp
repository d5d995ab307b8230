#include "write/verification.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "core/error.hpp"
#include "core/sha256.hpp"
#include "core/version.hpp"
#include "cost/tender_ceilings.hpp"
#include "evaluate/bank_holiday_share.hpp"
#include "read/bank_holidays.hpp"
#include "read/input_file.hpp"
#include "write/evaluation_outputs.hpp"
#include "write/output_dir.hpp"

namespace tk {

namespace {

// The document options evaluate was given, back from their audit form ("--notice-date D"). Of an
// option recorded twice, the last counts.
DocumentOptions recorded_options(const std::vector<std::string>& recorded, const std::string& file) {
  std::vector<GivenOption> options = {{"--report-date", ""}, {"--notice-date", ""}, {"--ocid-prefix", ""}};
  for (const std::string& option : recorded) {
    std::size_t space = option.find(' ');
    std::string_view name = std::string_view(option).substr(0, space);
    auto it = std::find_if(options.begin(), options.end(), [&](const GivenOption& o) { return o.name == name; });
    if (it == options.end()) {
      throw Error(ExitCode::data_error, Location{file},
                  fmt::format("option '{}' is not one evaluate takes; expected --report-date, --notice-date or "
                              "--ocid-prefix",
                              shown_value(option)));
    }
    it->value = space == std::string::npos ? "" : option.substr(space + 1);
  }
  return parse_document_options(options);
}

// Adds to `v` the inputs that are not as `audit` records them; `now` are the digests of the
// inputs as the evaluation run again reads them.
void compare_inputs(const AuditRecord& audit, const std::vector<InputDigest>& now, Verification& v) {
  std::map<std::string, const InputDigest*> unmatched;
  for (const InputDigest& d : now) unmatched[d.name] = &d;
  for (const InputDigest& d : audit.inputs) {
    auto it = unmatched.find(d.name);
    if (it == unmatched.end()) {
      v.inputs.push_back({InputDifference::Kind::not_read_now, d.name, d.sha256, ""});
      continue;
    }
    if (it->second->sha256 != d.sha256)
      v.inputs.push_back({InputDifference::Kind::changed, d.name, d.sha256, it->second->sha256});
    unmatched.erase(it);
  }
  for (const auto& [name, d] : unmatched) v.inputs.push_back({InputDifference::Kind::not_recorded, name, "", d->sha256});
}

// Adds to `v` the outputs in `outdir` that are not `files`, the outputs computed again.
void compare_outputs(const AuditRecord& audit, const std::vector<OutputFile>& files, const std::string& outdir,
                     Verification& v) {
  std::map<std::string, std::string> recorded;
  for (const InputDigest& d : audit.outputs) recorded[d.name] = d.sha256;
  v.outputs_computed = files.size();
  for (const OutputFile& f : files) {
    std::string path = path_in(outdir, f.name);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
      v.outputs.push_back({OutputDifference::Kind::missing, f.name});
    } else if (std::string bytes = read_input_file(path); bytes != f.text) {
      // Only a file that differs needs its digest: is it the one evaluate recorded?
      auto it = recorded.find(f.name);
      bool as_written = it != recorded.end() && it->second == sha256_hex(bytes);
      v.outputs.push_back({as_written ? OutputDifference::Kind::as_written : OutputDifference::Kind::edited, f.name});
    } else {
      ++v.outputs_identical;
    }
    recorded.erase(f.name);
  }
  for (const auto& [name, sha256] : recorded) v.outputs.push_back({OutputDifference::Kind::not_written_now, name});
}

std::string input_line(const InputDifference& d) {
  switch (d.kind) {
    case InputDifference::Kind::not_read_now: return fmt::format("  {}: recorded, but not read now\n", d.name);
    case InputDifference::Kind::changed:
      return fmt::format("  {}: changed since (SHA-256 {} recorded, {} now)\n", d.name, d.recorded_sha256.substr(0, 12),
                         d.current_sha256.substr(0, 12));
    case InputDifference::Kind::not_recorded: return fmt::format("  {}: read now, but not recorded\n", d.name);
  }
  return "";
}

std::string output_line(const OutputDifference& d) {
  switch (d.kind) {
    case OutputDifference::Kind::missing: return fmt::format("  {}: missing\n", d.name);
    case OutputDifference::Kind::as_written:
      return fmt::format(
          "  {}: differs from the evaluation run again (the file is as evaluate wrote it: the inputs or tenderkit "
          "changed since)\n",
          d.name);
    case OutputDifference::Kind::edited:
      return fmt::format("  {}: differs from the evaluation run again (edited since it was written)\n", d.name);
    case OutputDifference::Kind::not_written_now:
      return fmt::format("  {}: recorded, but the evaluation run again does not write it\n", d.name);
  }
  return "";
}

}  // namespace

Verification verify_results(const std::string& outdir, const std::string& tender_dir) {
  std::string audit_path = path_in(outdir, "audit.json");
  AuditRecord audit = parse_audit_json(read_input_file(audit_path), audit_path);
  Verification v;
  v.outdir = outdir;
  v.tender_dir = tender_dir.empty() ? audit.tender_dir : tender_dir;
  v.version = audit.version;
  v.commit = audit.commit;
  v.inputs_recorded = audit.inputs.size();

  Tender tender = load_tender_with_ceilings(v.tender_dir);
  BankHolidays calendar = load_bank_holidays();
  EvaluationOptions options;
  options.tender_share = tender_bank_holiday_share(tender, calendar);
  AwardPack pack = make_award_pack(tender, calendar, options, recorded_options(audit.options, audit_path));

  compare_inputs(audit, pack.inputs(), v);
  compare_outputs(audit, render_evaluation_outputs(pack), outdir, v);
  return v;
}

std::string render_verification(const Verification& v) {
  std::string out = fmt::format("Verifying {} against the tender folder {}\n", v.outdir, v.tender_dir);
  if (v.version != kVersion || v.commit != kCommit)
    out += fmt::format("Note: written by tenderkit {} ({}); this is tenderkit {} ({}).\n", v.version, v.commit,
                       kVersion, kCommit);
  out += fmt::format("Inputs: {} recorded{}\n", v.inputs_recorded, v.inputs.empty() ? ", all unchanged" : ":");
  for (const InputDifference& d : v.inputs) out += input_line(d);
  out += fmt::format("Outputs: {} of {} identical to the evaluation run again{}\n", v.outputs_identical,
                     v.outputs_computed, v.outputs.empty() ? "" : ":");
  for (const OutputDifference& d : v.outputs) out += output_line(d);
  const std::size_t n = v.differences();
  out += n == 0 ? "Verified: every figure matches.\n"
                : fmt::format("NOT verified: {} difference{}.\n", n, n == 1 ? "" : "s");
  return out;
}

}  // namespace tk
