#pragma once

#include <string>
#include <vector>

#include "decide/award_pack.hpp"

namespace tk {

// An input file that is not as audit.json records it.
struct InputDifference {
  enum class Kind {
    not_read_now,  // recorded, but the evaluation run again does not read it
    changed,       // its SHA-256 is not the recorded one
    not_recorded,  // read now, but not recorded
  };
  Kind kind = Kind::changed;
  std::string name;             // as audit.json names it ("prices.csv")
  std::string recorded_sha256;  // empty for not_recorded
  std::string current_sha256;   // empty for not_read_now
};

// An output file that is not what the evaluation run again writes.
struct OutputDifference {
  enum class Kind {
    missing,          // not in the results folder
    as_written,       // differs, but is as evaluate wrote it: the inputs or tenderkit changed since
    edited,           // differs, and is not as evaluate wrote it: edited since
    not_written_now,  // recorded, but the evaluation run again does not write it
  };
  Kind kind = Kind::edited;
  std::string name;  // inside the results folder ("summaries/ACE.md")
};

// What checking a results folder found. Differences are in audit.json's order, then (those
// only one side has) by name.
struct Verification {
  std::string outdir;      // the results folder, as given
  std::string tender_dir;  // the tender folder evaluated again
  std::string version;     // the tenderkit that wrote audit.json
  std::string commit;
  std::size_t inputs_recorded = 0;
  std::vector<InputDifference> inputs;
  std::size_t outputs_computed = 0;   // the files the evaluation run again writes
  std::size_t outputs_identical = 0;  // of those, byte for byte as in the results folder
  std::vector<OutputDifference> outputs;

  std::size_t differences() const { return inputs.size() + outputs.size(); }
};

// Checks the results folder `outdir` that `tenderkit evaluate` wrote: reads OUTDIR/audit.json,
// compares the SHA-256 of every input it records with the files now, evaluates the tender folder
// again (`tender_dir`, or the one audit.json names when empty) with the document options recorded
// there and compares every output byte for byte with the file in OUTDIR. Throws Error as
// parse_audit_json, load_tender_with_ceilings, load_bank_holidays and make_award_pack do, and
// Error(data_error) located at audit.json for a recorded option evaluate does not take.
Verification verify_results(const std::string& outdir, const std::string& tender_dir = "");

// The report `tenderkit verify OUTDIR` prints: the folders, a note when another tenderkit wrote
// audit.json, the inputs and outputs that differ (digests cut to 12 hex digits), and the verdict.
std::string render_verification(const Verification& v);

}  // namespace tk
