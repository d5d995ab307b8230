#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tk {

// A grid of text cells for terminal tables and Markdown. Column 0 is left-aligned, the
// others right-aligned (they hold numbers) unless `left_aligned` says otherwise.
struct TextGrid {
  std::vector<std::vector<std::string>> header;  // one or more header rows
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> left_aligned;  // per column; missing: column 0 only

  bool is_left(std::size_t column) const;
};

// Columns padded to their widest cell (UTF-8 characters counted once), two spaces apart,
// a dashed rule under the header; each line ends in '\n' without trailing spaces.
std::string render_text(const TextGrid& grid);

// A Markdown pipe table: the header rows joined into one with spaces, '|' in cells escaped.
std::string render_markdown(const TextGrid& grid);

// True when a spreadsheet opening a CSV file would take `text` as a formula: it begins with
// '=', '+', '-', '@', a tab or a carriage return, and is not a plain decimal number ("-1.25"
// and "+3" are numbers to a spreadsheet, a lone "-" is text; "=1+2", "-1+2" and "@SUM(A1)"
// are formulas).
bool looks_like_formula(std::string_view text);

// One CSV record (RFC 4180): fields quoted when they hold a comma, quote or newline; ends in "\n".
// A field that looks_like_formula() gets a leading "'" so a spreadsheet shows it as text
// (bidder names and ids come from outside the council: "=HYPERLINK(...)" stays inert).
std::string csv_record(const std::vector<std::string>& fields);

}  // namespace tk
