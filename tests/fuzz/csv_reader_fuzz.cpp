// libFuzzer harness: the CSV reader must never crash, hang or leak on any byte string, and
// every record it returns must be as wide as the header.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "read/csv_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  tk::Problems problems;
  tk::CsvTable table = tk::parse_csv(text, "fuzz.csv", problems);
  for (const tk::CsvRecord& r : table.records) {
    if (r.fields.size() != table.header.size()) std::abort();
    for (const tk::CsvField& f : r.fields)
      if (f.line < 1 || f.column < 1) std::abort();
  }
  for (const tk::Problem& p : problems.list()) (void)p.format();
  tk::require_columns(table, {"bidder_id", "lot", "rate"}, problems);
  return 0;
}
