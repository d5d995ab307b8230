#pragma once

#include <deque>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace tk {

// One field of a CSV file with where it starts (1-based line and character column). The text
// is a view: into the text given to parse_csv, or, for a quoted field that had to be unescaped
// (doubled quotes, CRLF inside quotes), into the table's own storage.
struct CsvField {
  std::string_view text;
  int line = 0;
  int column = 0;
};

// One data record; `line` is the line where it starts (quoted newlines can make it span more).
// Its fields are a view into the table's storage.
struct CsvRecord {
  std::span<const CsvField> fields;
  int line = 0;
};

// A parsed CSV file: header names and data records, each record as wide as the header. The
// fields view the text parse_csv was given, which must outlive the table. A table can be
// moved but not copied (its records point into its own storage).
class CsvTable {
 public:
  CsvTable() = default;
  CsvTable(CsvTable&&) = default;
  CsvTable& operator=(CsvTable&&) = default;
  CsvTable(const CsvTable&) = delete;
  CsvTable& operator=(const CsvTable&) = delete;

  std::string file;
  std::vector<CsvField> header;
  std::vector<CsvRecord> records;

  // Index of the column named `name` (exact, case-sensitive), or nullopt.
  std::optional<std::size_t> column(std::string_view name) const;
  Location location(const CsvRecord& record, std::size_t column_index) const;
  Location location(const CsvField& field) const { return Location{file, field.line, field.column}; }

 private:
  friend CsvTable parse_csv(std::string_view text, const std::string& file, Problems& problems);
  std::vector<CsvField> cells_;                     // every record's fields, one after another
  std::unique_ptr<std::deque<std::string>> unescaped_;  // quoted fields that differ from their bytes
};

// Where a record starts in a CSV text (after any BOM): a byte offset at the start of a line,
// and that line's 1-based number.
struct CsvCursor {
  std::size_t offset = 0;
  int line = 1;
};

// A mistake in a record's CSV syntax, at a 1-based line and character column.
struct CsvSyntaxProblem {
  int line = 0;
  int column = 0;
  std::string message;
};

// Reads the one record at `at` (before the end of `text`) into `fields`, replacing what they
// held, and moves `at` past the record and its line end (LF, CRLF or a lone CR). Each field
// views `text`, or, for a quoted field with doubled quotes or CRLF, its unescaped text appended
// to `store`. Returns the problem (an unterminated quote, text after a closing quote) that cut
// the record short, if any; `fields` then holds the fields before it, and `at` is past the
// rest of the record.
std::optional<CsvSyntaxProblem> read_csv_record(std::string_view text, CsvCursor& at, std::vector<CsvField>& fields,
                                                std::deque<std::string>& store);

// True when every field is empty: a record that carries no data (a blank line is one).
bool carries_no_data(std::span<const CsvField> fields);

// The names of a header record: its fields without surrounding spaces.
std::vector<CsvField> header_names(std::span<const CsvField> fields);

// Parses RFC 4180 CSV as Excel and e-tendering portals export it: UTF-8 with or without a
// BOM, LF or CRLF, quoted fields with commas, doubled quotes and newlines. Blank lines and
// records whose fields are all empty carry no data and are skipped. Problems (unterminated
// quote, text after a closing quote, a record wider or narrower than the header, invalid
// UTF-8, NUL bytes, no header) are added to `problems` with their locations; records with
// problems are left out of the table.
CsvTable parse_csv(std::string_view text, const std::string& file, Problems& problems);

// Adds a problem for every name in `required` that the header lacks, and for every header
// name that appears twice. Returns true when all required columns are present.
bool require_columns(const CsvTable& table, const std::vector<std::string_view>& required,
                     Problems& problems);

}  // namespace tk
