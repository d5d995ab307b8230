#include "read/identifier.hpp"

namespace tk {

namespace {

bool is_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

bool is_identifier(std::string_view id) {
  if (id.empty() || id.size() > 64 || !is_alnum(id.front())) return false;
  for (char c : id)
    if (!is_alnum(c) && c != '-' && c != '_' && c != '.') return false;
  return true;
}

std::string identifier_rule() {
  return "an id of 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit";
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

}  // namespace tk
