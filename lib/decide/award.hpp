#pragma once

#include <optional>
#include <string>
#include <vector>

#include "decide/assignment.hpp"
#include "evaluate/evaluation.hpp"

namespace tk {

// A lot's reserve bidder: a ranked bid that did not win the lot. Bidders that won other lots
// are listed too (a reserve is called when a winner withdraws, which can free a bidder), marked
// with the lots they won and whether that puts them at the cap.
struct ReserveBid {
  const BidResult* bid = nullptr;    // points into the Evaluation
  std::vector<const Lot*> won;       // the other lots it won, in tender order
  bool at_cap = false;               // it won max_lots_per_bidder lots (never with no cap)
};

// One lot's outcome under a mechanism.
struct LotAward {
  const LotResult* lot = nullptr;    // points into the Evaluation
  const BidResult* winner = nullptr; // nullptr: unawarded
  std::vector<ReserveBid> reserve;   // the other ranked bids, in rank order
};

// The outcome of one mechanism: every lot in tender order.
struct AwardOutcome {
  AwardMechanism mechanism = AwardMechanism::optimal;
  std::vector<LotAward> lots;
  Rational sum_of_totals;            // of the awarded lots, exact
  std::size_t awarded = 0;

  std::vector<const LotResult*> unawarded() const;
};

// The award of a tender (contract 4.7): the chosen mechanism's outcome, and the other's for
// comparison, both under the same cap.
struct Award {
  const Evaluation* evaluation = nullptr;
  int max_lots_per_bidder = 1;       // 0: no cap
  std::vector<const Lot*> sequence;  // lot-order sequence: hours_per_week largest first, then id
  AwardOutcome chosen;
  AwardOutcome other;
  bool agree = true;                 // the two mechanisms pick the same winner (or none) in every lot
  bool what_if = false;              // the evaluation, mechanism or cap differ from tender.toml
  std::vector<std::string> overrides;  // the evaluation's, then "mechanism ..." and "max_lots_per_bidder ..."

  // The lots where the two outcomes differ, in tender order.
  std::vector<const LotResult*> differences() const;
};

// The award problem of an evaluation: each lot's ranked bids as candidates (bidder = index into
// tender.bidders), in tender order.
std::vector<AwardLot> award_lots(const Evaluation& e);

// Decides the award on `e` with `mechanism` under the cap (0: none) and runs the other
// mechanism for comparison. `mechanism` or a cap other than tender.toml's is recorded as a
// what-if override. The result points into `e`, which must outlive it.
Award decide_award(const Evaluation& e, AwardMechanism mechanism, int max_lots_per_bidder);

}  // namespace tk
