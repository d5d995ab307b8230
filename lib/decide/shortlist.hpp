#pragma once

#include <vector>

#include "evaluate/evaluation.hpp"

namespace tk {

// One bidder's place in the shortlist order.
struct ShortlistEntry {
  const Bidder* bidder = nullptr;  // points into the Tender
  int position = 0;                // 1-based place in the order
  // Its best bid: the best rank it has in any lot; between lots where it has that rank, the
  // higher exact total; then the first in tender order.
  int best_rank = 0;
  const Lot* best_lot = nullptr;
  Rational best_total;             // the exact total of the best bid
  bool shortlisted = false;        // position <= the number asked for
};

// Every bidder ranked in at least one lot, in shortlist order of their best bids: rank
// first, then the exact total (higher first), then bidder_id ascending. The first n are
// shortlisted, so each lot's winner is on the list whenever n covers the lots. Bidders
// excluded from every lot they bid for are not listed.
struct Shortlist {
  int requested = 0;
  std::vector<ShortlistEntry> order;  // every ranked bidder
  // The last shortlisted bidder and the first left off share best rank and total, so
  // bidder_id decided who made the list.
  bool tie_at_cut = false;

  std::size_t size() const;  // how many are shortlisted
};

Shortlist make_shortlist(const Evaluation& e, int n);

}  // namespace tk
