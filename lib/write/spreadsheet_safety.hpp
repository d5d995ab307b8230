#pragma once

#include <string>
#include <string_view>

namespace tk {

// The one rule that keeps text from outside the council (bidder names and ids, evaluators'
// comments) from running as a formula when a CSV file or the workbook is opened in a
// spreadsheet program (OWASP's advice against CSV injection). Every CSV field (write/csv.hpp)
// and every text cell of the workbook goes through spreadsheet_safe. docs/formats.md states
// the rule for readers of those files.
//
// A spreadsheet evaluates text that begins with '=', '+', '-', '@', a tab or a carriage
// return, unless it is a plain decimal number ("-1.25" and "+3" are numbers; a lone "-" or "+"
// computes nothing). Such text gets one leading apostrophe, and so does text that begins with
// apostrophes followed by such text ("'=1" becomes "''=1"), so that the rule can be undone
// without doubt: nothing else is changed.

// True when spreadsheet_safe puts an apostrophe in front of `text`.
bool needs_spreadsheet_guard(std::string_view text);

// `text` with one leading apostrophe when needs_spreadsheet_guard, else as it is.
std::string spreadsheet_safe(std::string_view text);

// The text spreadsheet_safe was given, from what it returned (the cell or field as read back):
// `cell` without its first apostrophe when the rest needs the guard, else `cell` itself.
std::string_view undo_spreadsheet_safe(std::string_view cell);

}  // namespace tk
