#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/huge_pages.hpp"

namespace tk {

// Reads the batch CSV (contract section 6) in one pass over the text, without building
// records: each bid is kept as 32 bytes, its ids viewing the text. The CSV rules are
// csv_reader's (UTF-8 with or without a BOM, LF/CRLF/CR, quoted fields, blank and all-empty
// records skipped, every record as wide as the header); plain rows take a hand-written fast
// path, anything else (quotes, spaces, "£", bad values) the general path, which also locates
// and words every problem.

// A column of marks (whole numbers 0..5) and what one mark point is worth in the bid's
// quality figure: quality = Σ multiplier × mark. The multipliers must keep that sum below 2^32.
struct BatchMarkColumn {
  std::string name;
  std::uint32_t multiplier = 0;
};

// The largest rate accepted, in pence (£9,999,999,999,999.99): it keeps the exact
// comparisons of the decision in 128-bit integers (see decide/batch.cpp).
inline constexpr std::uint64_t kBatchMaxRatePence = 999'999'999'999'999ULL;
// The longest competition_id or bidder_id accepted, in bytes.
inline constexpr std::size_t kBatchMaxIdBytes = 1000;

struct BatchBid {
  static constexpr std::uint32_t kNone = UINT32_MAX;

  const char* bidder = nullptr;      // bidder_id bytes
  std::uint64_t rate_and_length = 0;  // rate in pence (low 50 bits), bidder_id length (high 14)
  std::uint32_t competition = 0;      // index into BatchTable::competitions
  std::uint32_t quality = 0;          // Σ multiplier × mark
  std::uint32_t previous = kNone;     // the competition's previous bid
  std::uint32_t line = 0;             // where the row starts

  std::uint64_t rate() const { return rate_and_length & ((std::uint64_t{1} << 50) - 1); }
  std::string_view bidder_id() const { return {bidder, static_cast<std::size_t>(rate_and_length >> 50)}; }
};
static_assert(sizeof(BatchBid) == 32);

struct BatchCompetition {
  std::string_view id;
  std::uint64_t lowest_rate = UINT64_MAX;  // pence, over its good rows
  std::uint32_t bids = 0;                  // good rows
  std::uint32_t last_bid = BatchBid::kNone;
  std::uint32_t line = 0;                  // where it is first seen
  bool rejected = false;                   // a row of it had a problem
};

// What the reader found. Views (ids) point into the text given to read_batch or into
// `store`, so the text must outlive the table.
struct BatchTable {
  std::vector<BatchCompetition, HugePageAllocator<BatchCompetition>> competitions;  // in first-seen order
  std::vector<BatchBid, HugePageAllocator<BatchBid>> bids;                  // in file order, good rows only
  std::vector<Problem> problems;               // in file order, at most the limit given
  std::size_t problems_dropped = 0;            // problems found beyond the limit
  std::size_t data_rows = 0;                   // rows read after the header, good or bad
  std::deque<std::string> store;               // ids that had to be unquoted
};

// Reads `text` (the content of `file`, named in problems) with the given mark columns after
// competition_id, bidder_id and rate. Problems (bad values, missing columns, duplicate bidders
// in a competition, CSV syntax) are collected in file order, up to `problem_limit`; a row with
// a problem is left out and its competition marked rejected. Never throws for bad data.
BatchTable read_batch(std::string_view text, const std::string& file,
                      const std::vector<BatchMarkColumn>& marks, std::size_t problem_limit);

}  // namespace tk
