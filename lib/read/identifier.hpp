#pragma once

#include <string>
#include <string_view>

namespace tk {

// The ids of lots, criteria, questions and bidders end up in CSV lists (`N1;N2`), JSON keys
// and file names (`OUTDIR/BIDDER_ID.md`), so they are kept to a safe alphabet: 1 to 64 ASCII
// letters, digits, '-', '_' and '.', starting with a letter or digit.
bool is_identifier(std::string_view id);

// What an id must look like, for error messages.
std::string identifier_rule();

// `text` without surrounding ASCII spaces and tabs.
std::string_view trim(std::string_view text);

// True when `a` and `b` are equal ignoring ASCII case.
bool equals_ignoring_case(std::string_view a, std::string_view b);

}  // namespace tk
