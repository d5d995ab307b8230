#include "write/csv.hpp"

#include <cstring>

#include "write/spreadsheet_safety.hpp"

namespace tk {

namespace {

// A field holding any of , " CR LF is quoted. (A loop over the bytes: find_first_of would look
// each byte up in the set with a call of its own.)
bool needs_quotes(std::string_view text) {
  for (char c : text)
    if (c == ',' || c == '"' || c == '\r' || c == '\n') return true;
  return false;
}

}  // namespace

char* put_csv_field(char* out, std::string_view text) {
  const bool guard = needs_spreadsheet_guard(text);
  if (!needs_quotes(text)) {
    if (guard) *out++ = '\'';
    std::memcpy(out, text.data(), text.size());
    return out + text.size();
  }
  *out++ = '"';
  if (guard) *out++ = '\'';
  for (char c : text) {
    if (c == '"') *out++ = '"';
    *out++ = c;
  }
  *out++ = '"';
  return out;
}

std::string csv_record(const std::vector<std::string>& fields) {
  std::size_t room = 1;  // the "\n"
  for (const std::string& f : fields) room += csv_field_room(f.size()) + 1;
  std::string out(room, '\0');
  char* end = out.data();
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) *end++ = ',';
    end = put_csv_field(end, fields[i]);
  }
  *end++ = '\n';
  out.resize(static_cast<std::size_t>(end - out.data()));
  return out;
}

}  // namespace tk
