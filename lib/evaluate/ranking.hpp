#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/exact.hpp"

namespace tk {

// What the rank of a bid within its lot depends on (contract 4.5), by reference.
struct RankKey {
  const Rational& total;
  const Rational& quality_total;
  const Rational& price;  // evaluated price P
  std::string_view bidder_id;
};

// True when `a` ranks above `b`: higher total; on equal totals higher quality total, then
// lower P, then bidder_id ascending. All on exact values.
bool ranks_above(const RankKey& a, const RankKey& b);

// The tie-break that separates two bids with equal totals, for explanations.
enum class TieBreak { quality_total, price, bidder_id };
TieBreak tie_break(const RankKey& a, const RankKey& b);
std::string_view to_string(TieBreak rule);

// Indices of `keys`, best first, ordered by ranks_above.
std::vector<std::size_t> rank_order(const std::vector<RankKey>& keys);

}  // namespace tk
