#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tk {

// CSV as tenderkit writes it (RFC 4180). Every field is first made spreadsheet-safe
// (write/spreadsheet_safety.hpp): "=HYPERLINK(...)" in a bidder's name stays inert text.

// One record: fields quoted when they hold a comma, quote, CR or LF (a quote inside doubled),
// ending in "\n".
std::string csv_record(const std::vector<std::string>& fields);

// The most bytes put_csv_field writes for a field of `size` bytes.
constexpr std::size_t csv_field_room(std::size_t size) { return 2 * size + 3; }

// Writes one field of a record, as csv_record does, at `out` (room for csv_field_room bytes);
// returns the end. For writers that fill a buffer of their own.
char* put_csv_field(char* out, std::string_view text);

}  // namespace tk
