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

// One competition's winner. Ids view the input text or BatchResult::store.
struct BatchWinner {
  std::string_view competition_id;
  std::string_view bidder_id;
  std::uint64_t rate_pence = 0;
  std::uint64_t lowest_rate_pence = 0;  // the competition's lowest rate
  std::uint32_t quality = 0;            // Σ scaled weight × mark: the quality total × 5 × scale
  std::uint32_t bids = 0;               // bids in the competition
  std::uint32_t five_price = 0;         // 5 × the price weight × scale
  std::uint32_t five_scale = 5;         // 5 × BatchWeights::scale()
  bool tie = false;                     // another bid has exactly the same total

  // The exact total is N / D with N = 5P·m + Q·r and D = 5S·r (see batch.cpp).
  BatchWide numerator() const { return BatchWide{five_price} * lowest_rate_pence + BatchWide{quality} * rate_pence; }
  BatchWide denominator() const { return BatchWide{five_scale} * rate_pence; }
  Rational total() const;
  // The total × 100 rounded half away from zero: 7080 for 70.80.
  std::uint64_t total_hundredths() const;
};

struct BatchResult {
  std::vector<BatchWinner, HugePageAllocator<BatchWinner>> winners;  // first-seen order
  std::vector<Problem> problems;           // every problem kept, in file order
  std::size_t problems_dropped = 0;        // found beyond the limit
  std::vector<std::string_view> withheld;  // competitions left out because of a bad row
  std::size_t rows = 0;                    // data rows read
  std::deque<std::string> store;           // ids the reader had to unquote
};

struct BatchSettings {
  BatchWeights weights;
  // Decide the competitions whose rows are all good and return every problem, rather than
  // throwing.
  bool keep_going = false;
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
