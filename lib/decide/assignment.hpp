#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/exact.hpp"

namespace tk {

// The combinatorial core of the award (contract 4.7), free of the tender model: lots with
// ranked candidates, a lot cap, and the two award mechanisms.

// A bid that can win a lot. `bidder` identifies the bidder across lots (any number, e.g. an
// index into tender.bidders).
struct AwardCandidate {
  std::size_t bidder = 0;
  Rational total;  // exact
};

// A lot and its candidates, best-ranked first: rank = position + 1. Totals never rise down the
// list (a lower rank never has a higher total); a bidder appears at most once per lot.
struct AwardLot {
  std::string id;
  Rational hours_per_week;
  std::vector<AwardCandidate> candidates;
};

// For each lot (like the input): the index into its candidates of the winner, or nullopt when
// the lot is unawarded.
using Assignment = std::vector<std::optional<std::size_t>>;

// The lot-order sequence: lot indices by hours_per_week, largest first, then id ascending.
std::vector<std::size_t> lot_order_sequence(const std::vector<AwardLot>& lots);

// lot-order: lots in lot_order_sequence, each to its best-ranked candidate that has fewer
// than max_lots_per_bidder lots so far (0: no cap). A lot none can take is unawarded.
Assignment assign_lot_order(const std::vector<AwardLot>& lots, int max_lots_per_bidder);

// optimal: under the cap (0: none), the assignment with the most awarded lots; among those,
// the largest exact sum of awarded totals; among those, the one with the better-ranked winner
// at the first lot of lot_order_sequence where two differ (an unawarded lot counting as worse
// than any rank). Exact, by a min-cost maximum flow whose costs are (−total, rank tie-break)
// pairs compared lexicographically; each lot keeps only its first L candidates (L = number of
// lots), which cannot change the result. With L lots that leaves at most L² + L + 2 nodes and
// L augmentations of a Bellman-Ford search: O(L⁵) comparisons, whatever the number of bidders.
// Throws Error(internal) when a lot's totals rise down its list or a bidder repeats in a lot.
Assignment assign_optimal(const std::vector<AwardLot>& lots, int max_lots_per_bidder);

// Whether `a` respects the cap and names only existing candidates (for tests and checks).
bool within_cap(const std::vector<AwardLot>& lots, const Assignment& a, int max_lots_per_bidder);

}  // namespace tk
