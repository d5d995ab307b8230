#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "decide/award_pack.hpp"

namespace tk {

// One file `evaluate` writes, by its path inside OUTDIR ("score.json", "summaries/B01.md").
struct OutputFile {
  std::string name;
  std::string text;
};

// Every file `evaluate -o OUTDIR` writes, rendered in memory and in a fixed order: the scores,
// the award and contract cost (as `award` and `cost` give them), the report in Markdown and
// HTML, the workbook, the OCDS release when the pack has a report date, and an assessment
// summary per assessed bidder (summaries/BIDDER_ID.md and .html). audit.json is not among them.
std::vector<OutputFile> render_evaluation_outputs(const AwardPack& pack);

// What audit.json records, so that `tenderkit verify OUTDIR` can run the evaluation again.
struct AuditRecord {
  std::string version;                 // the tenderkit that wrote it
  std::string commit;
  std::string tender_dir;              // the tender folder as it was given to evaluate
  std::vector<std::string> options;    // each document option as given ("--notice-date 2016-03-01")
  std::vector<InputDigest> inputs;     // every input file, as the report's audit appendix lists them
  std::vector<InputDigest> outputs;    // every file written, by name inside OUTDIR
};

// audit.json for `files` written from `pack`, the tender folder given as `tender_dir`, with
// each file's SHA-256. The same inputs give the same bytes: no
// clock, no absolute path, no host name.
std::string render_audit_json(const std::string& tender_dir, const AwardPack& pack,
                              const std::vector<OutputFile>& files);

// Reads audit.json (`text`, reported as `file`). Throws Error(data_error) located at `file`
// when it is not an audit record tenderkit wrote.
AuditRecord parse_audit_json(std::string_view text, const std::string& file);

}  // namespace tk
