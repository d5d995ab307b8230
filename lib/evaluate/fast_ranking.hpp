#pragma once

#include <cstddef>
#include <vector>

#include <boost/multiprecision/cpp_int.hpp>

#include "core/exact.hpp"
#include "evaluate/lot_scoring.hpp"

namespace tk {

// A lot's facts in integer form, to find the best-ranked bid under many weight sets quickly
// and exactly (sensitivity analysis). Within a lot every quality fraction is put over one
// common denominator per criterion, and each price fraction is a ratio of integers, so each
// bid's total, scaled by factors common to every bid, is N_i / b_i with integers that fit in
// fixed-width arithmetic: comparisons need no gcd and no heap. Whenever a number would not fit,
// or two totals are exactly equal (the tie rule needs more than totals), it falls back to the
// Rational path, so the answer is always best_bid(score_lot(...)).
class FastLotRanking {
 public:
  FastLotRanking(const LotFacts& facts, PriceMethod method);

  // The index (into facts.bids) of the best-ranked bid under `weights` (like tender.criteria);
  // facts.bids must not be empty. Allocation-free on the fast path.
  std::size_t best(const std::vector<Rational>& weights) const;

 private:
  using Int = boost::multiprecision::checked_int512_t;

  std::size_t best_exact(const std::vector<Rational>& weights) const;

  const LotFacts* facts_;
  std::vector<Rational> price_fractions_;
  bool usable_ = true;             // every precomputed number fit
  std::vector<Int> price_num_;     // a_i: price fraction = a_i / b_i
  std::vector<Int> price_den_;     // b_i > 0
  std::vector<Int> scale_;         // per criterion: Q / D_c (0 for the price criterion)
  std::vector<std::vector<Int>> quality_num_;  // per bid, per criterion: n_ic = f_ic × D_c
  mutable std::vector<Int> weight_num_;        // scratch: weights over their common denominator
  mutable std::vector<ScoredBid> scratch_;
};

}  // namespace tk
