#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/shared_library.hpp"
#include "decide/award_pack.hpp"

namespace tk {

// One file `evaluate` writes, by its path inside OUTDIR ("score.json", "summaries/B01.md").
struct OutputFile {
  std::string name;
  std::string text;
  std::string sha256 = {};  // 64 hex digits, when the digests were asked for; empty otherwise
};

// Whether render_evaluation_outputs also computes each file's SHA-256 (for audit.json). It does
// so while the workbook is still being made on the other core, where the main thread would
// otherwise wait.
enum class OutputDigests { no, yes };

// Every file `evaluate -o OUTDIR` writes, rendered in memory and in a fixed order: the scores,
// the award and contract cost (as `award` and `cost` give them), the report in Markdown and
// HTML, the workbook, the OCDS release when the pack has a report date, and an assessment
// summary per assessed bidder (summaries/BIDDER_ID.md and .html). audit.json is not among them.
std::vector<OutputFile> render_evaluation_outputs(const AwardPack& pack, OutputDigests digests = OutputDigests::no);

// Opens libcrypto (for the digests) and then libxlsxwriter (for the workbook).
void evaluation_outputs_prepare();

// evaluation_outputs_prepare on the other core from construction: `evaluate` and `verify`
// start it before reading the tender (core/shared_library.hpp).
class EvaluationOutputsPreparation : public BackgroundPreparation {
 public:
  EvaluationOutputsPreparation() : BackgroundPreparation(evaluation_outputs_prepare) {}
};

// What audit.json records, so that `tenderkit verify OUTDIR` can run the evaluation again.
struct AuditRecord {
  std::string version;                 // the tenderkit that wrote it
  std::string commit;
  std::string tender_dir;              // the tender folder as it was given to evaluate
  std::vector<std::string> options;    // each document option as given ("--notice-date 2016-03-01")
  std::vector<InputDigest> inputs;     // every input file, as the report's audit appendix lists them
  std::vector<InputDigest> outputs;    // every file written, by name inside OUTDIR
};

// audit.json for `files` written from `pack`, the tender folder given as `tender_dir`; a file's
// digest is computed here unless it came with one. The same inputs give the same bytes: no
// clock, no absolute path, no host name.
std::string render_audit_json(const std::string& tender_dir, const AwardPack& pack,
                              const std::vector<OutputFile>& files);

// Reads audit.json (`text`, reported as `file`). Throws Error(data_error) located at `file`
// when it is not an audit record tenderkit wrote.
AuditRecord parse_audit_json(std::string_view text, const std::string& file);

}  // namespace tk
