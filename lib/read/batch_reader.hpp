#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace tk {

// Reads the rows of a batch CSV (contract section 6) straight from the text, without building
// a table. The CSV rules are csv_reader's: UTF-8 with or without a BOM, LF/CRLF/CR, quoted
// fields, blank and all-empty records skipped, every record as wide as the header. Plain rows
// take a hand-written fast path; anything else (quotes, spaces, "£", bad values, the last line
// when it has no LF) takes the general path, which reads the record with csv_reader's
// read_csv_record and also locates and words every problem.

// A column of marks (whole numbers 0..5) and what one mark point is worth in a row's quality
// figure: quality = Σ multiplier × mark. The multipliers must keep that sum below 2^32.
struct BatchMarkColumn {
  std::string name;
  std::uint32_t multiplier = 0;
};

// The largest rate accepted, in pence (£9,999,999,999,999.99): it keeps the exact
// comparisons of the decision in 128-bit integers (see decide/batch.cpp).
inline constexpr std::uint64_t kBatchMaxRatePence = 999'999'999'999'999ULL;
// The longest competition_id or bidder_id accepted, in bytes.
inline constexpr std::size_t kBatchMaxIdBytes = 1000;

// Problems found while reading, in the order found, up to a limit.
struct BatchProblems {
  std::vector<Problem> list;
  std::size_t limit = SIZE_MAX;
  std::size_t dropped = 0;  // found beyond the limit

  void add(Location where, std::string message);
};

// One data row. Its ids view the text, or the reader's store when they had to be unquoted,
// and stay valid as long as the reader.
struct BatchRow {
  std::string_view id;      // competition_id; empty when a bad row's could not be read
  std::string_view bidder;  // bidder_id
  std::uint64_t rate = 0;   // pence
  std::uint64_t hash = 0;   // not set by the reader: free for the caller
  // The bidder_id's bytes (little-endian, zero-padded) when it has at most 8 and was read by
  // the fast path, else 0. Ids hold no NUL, so equal non-zero keys mean equal ids.
  std::uint64_t bidder_key = 0;
  std::size_t start = 0;    // offset of the row in the text
  std::uint32_t quality = 0;
  int line = 0;
  bool good = false;  // false: the row had problems, already reported
};

class BatchReader {
 public:
  // Reads `text`, the content of `file` (named in problems), whose rows hold competition_id,
  // bidder_id, rate and the given mark columns. The text must outlive the reader.
  BatchReader(std::string_view text, std::string file, std::vector<BatchMarkColumn> marks,
              BatchProblems& problems);
  ~BatchReader();
  BatchReader(const BatchReader&) = delete;
  BatchReader& operator=(const BatchReader&) = delete;

  // Reads the header row. Returns false, with the problems reported, when there is none, a
  // column is missing or a column name is repeated.
  bool read_header();

  // Limits reading to the rows that start in [begin, end) of the text, the row at `begin`
  // being on `line` (for reading a large text in parts, each from its own reader; `begin` and
  // `end` must each be 0, the text's size or just after an LF). Call after read_header.
  void set_range(std::size_t begin, std::size_t end, int line);
  // Where reading has got to: the offset of the next row, and its line.
  std::size_t position() const;
  int line() const;

  // Reads the next rows, good or bad, into rows[0..capacity) and returns how many (0 at the
  // end). Blank and all-empty records are skipped.
  std::size_t read(BatchRow* rows, std::size_t capacity);

  // Reads, from the row that starts at `offset` on `line`, rows known to be good, without
  // reporting anything: for reading a competition's rows a second time.
  std::size_t reread(std::size_t offset, int line, BatchRow* rows, std::size_t count);

  // The 1-based character column of the field whose text starts at `p` on its line (0 when
  // `p` is not in the text).
  int column_of(const char* p) const;
  const std::string& file() const;
  // Adds a problem at `line`, `column` of the file (for checks across rows, such as duplicates).
  void report(int line, int column, std::string message);
  // Hands over the unquoted ids that rows view (call when done reading).
  std::deque<std::string> release_store();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tk
