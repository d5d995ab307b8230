#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/exact.hpp"
#include "core/huge_pages.hpp"
#include "decide/batch_weights.hpp"

namespace tk {

// Batch: the winner of each of many small competitions in one CSV (contract section 6).
// Total = W_price × lowest rate / rate + Σ W_c × mark_c / 5, exactly; ties as contract 4.5
// (higher quality total, then lower rate, then bidder_id ascending in byte order).

__extension__ typedef unsigned __int128 BatchWide;  // exact products: see batch.cpp

// One competition as decided: its winner, or withheld (then only its id and bids are set).
// Ids view the input text or BatchResult::store.
struct BatchOutcome {
  const char* competition = nullptr;
  const char* winner = nullptr;          // the winning bidder_id
  std::uint64_t rate_pence = 0;          // the winner's rate
  std::uint64_t lowest_rate_pence = 0;   // the competition's lowest rate
  std::uint32_t quality = 0;             // the winner's Σ scaled weight × mark: quality total × 5 × scale
  std::uint32_t bids = 0;                // good rows of the competition
  std::uint16_t competition_length = 0;
  std::uint16_t winner_length = 0;
  bool tie = false;       // another bid has exactly the winner's total
  bool withheld = false;  // a row of the competition was bad: no winner is given

  std::string_view competition_id() const { return {competition, competition_length}; }
  std::string_view bidder_id() const { return {winner, winner_length}; }
};

struct BatchResult {
  // Every competition in first-seen order, withheld ones included (and flagged).
  std::vector<BatchOutcome, HugePageAllocator<BatchOutcome>> competitions;
  std::size_t withheld = 0;          // how many are withheld
  std::vector<Problem> problems;     // every problem kept, in file order
  std::size_t problems_dropped = 0;  // found beyond the limit
  std::size_t rows = 0;              // data rows read
  std::uint32_t five_price = 200;    // 5 × the price weight × scale
  std::uint32_t five_scale = 5;      // 5 × BatchWeights::scale()
  std::vector<std::deque<std::string>> store;  // ids the readers had to unquote

  // The winner's exact total: N / D with N = 5P·m + Q·r and D = 5S·r (see batch.cpp).
  BatchWide numerator(const BatchOutcome& o) const {
    return BatchWide{five_price} * o.lowest_rate_pence + BatchWide{o.quality} * o.rate_pence;
  }
  BatchWide denominator(const BatchOutcome& o) const { return BatchWide{five_scale} * o.rate_pence; }
  Rational total(const BatchOutcome& o) const;
  // The total × 100 rounded half away from zero: 7080 for 70.80.
  std::uint64_t total_hundredths(const BatchOutcome& o) const;
};

struct BatchSettings {
  BatchWeights weights;
  // Decide the competitions whose rows are all good and return every problem, rather than
  // throwing.
  bool keep_going = false;
  // 1: read with this thread only; 2: a second thread shares the reading of a large text.
  // 1 by default: reading is bound by memory more than by the processor.
  int threads = 1;
  // The size from which a text is large (smaller ones are not worth a second thread).
  std::size_t parallel_from = std::size_t{4} << 20;
};

// Reads the batch CSV `text` (the content of `file`, which names it in problems) and decides
// every competition. Without keep_going, throws Error(data_error) with the problems found (up
// to Problems::kDefaultLimit, then one saying how many more) if there is any; with it, returns
// every problem, and a competition with any bad row is withheld rather than decided on part of
// its bids. A file with a header and no rows decides nothing; a file without a header is a
// problem. The result views `text`, which must outlive it.
BatchResult decide_batch(std::string_view text, const std::string& file, const BatchSettings& settings);

// Converts a 128-bit integer exactly.
BigInt to_big_int(BatchWide value);

}  // namespace tk
