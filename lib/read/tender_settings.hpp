#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"
#include "model/tender.hpp"

namespace tk {

// What reading tender.toml established. The CSV cross-checks against lots or questions are
// skipped when those could not be read, so that one broken setting does not bury the CSV
// files under follow-on errors.
struct SettingsOutcome {
  bool lots_known = false;       // [[lots]] read without problems
  bool questions_known = false;  // [[questions]] and [quality] read without problems
};

// Reads tender.toml (`text`, reported as `file`) into every settings field of `tender` (all
// but bidders, prices and marks) and checks it: TOML syntax, key types, unknown keys, ranges,
// unique ids, criteria weights summing to exactly 100 with exactly one price criterion,
// questions belonging to quality criteria, ceilings. Every problem goes to `problems`.
SettingsOutcome read_tender_settings(std::string_view text, const std::string& file, Tender& tender,
                                     Problems& problems);

}  // namespace tk
