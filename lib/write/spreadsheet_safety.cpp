#include "write/spreadsheet_safety.hpp"

namespace tk {

namespace {

// Whether a spreadsheet takes `text` as a formula: "=1+2", "-1+2" and "@SUM(A1)" are formulas,
// "-1.25", "+3" and a lone "-" are not.
bool evaluates(std::string_view text) {
  if (text.empty()) return false;
  switch (text.front()) {
    case '=': case '@': case '\t': case '\r': return true;
    case '+': case '-': break;
    default: return false;
  }
  std::string_view rest = text.substr(1);
  if (rest.empty()) return false;
  std::size_t digits = 0, points = 0;
  for (char c : rest) {
    if (c >= '0' && c <= '9')
      ++digits;
    else if (c == '.')
      ++points;
    else
      return true;
  }
  return digits == 0 || points > 1;  // "-." or "-1.2.3"
}

}  // namespace

bool needs_spreadsheet_guard(std::string_view text) {
  std::size_t first = 0;
  while (first < text.size() && text[first] == '\'') ++first;
  return evaluates(text.substr(first));
}

std::string spreadsheet_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 1);
  if (needs_spreadsheet_guard(text)) out += '\'';
  out += text;
  return out;
}

std::string_view undo_spreadsheet_safe(std::string_view cell) {
  if (!cell.empty() && cell.front() == '\'' && needs_spreadsheet_guard(cell.substr(1))) return cell.substr(1);
  return cell;
}

}  // namespace tk
