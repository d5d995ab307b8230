#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "core/exact.hpp"
#include "evaluate/lot_scoring.hpp"

namespace tk {

// What the Monte Carlo analysis draws: `samples` weight sets, in each of which every
// published weight w is multiplied by weight_factor(spread_percent, u) for its own draw u
// (sensitivity_rng.hpp) — so w varies within w × (1 ± spread/100) — and the set is then
// renormalised to sum to 100.
struct MonteCarloSettings {
  std::uint64_t samples = 0;
  Rational spread_percent = 10;  // 0 <= spread_percent < 100
  std::uint64_t seed = 1;
};

// The exact weights of sample `sample` (0-based), renormalised to sum to 100. `weights` are
// the published weights (like tender.criteria; their sum must be positive).
std::vector<Rational> sample_weights(const std::vector<Rational>& weights, const MonteCarloSettings& settings,
                                     std::uint64_t sample);

// How often each bid comes first in each lot over the samples.
struct MonteCarloCounts {
  std::vector<std::vector<std::uint64_t>> wins;  // per lot, per facts.bids: samples won
  std::uint64_t exact_decisions = 0;             // decisions the integer filter left to the exact path
};

// Called from the thread that called run(), about every 100 ms, with the samples done so far.
using MonteCarloProgress = std::function<void(std::uint64_t done)>;

// Runs the samples over one or more lots, exactly. Every decision equals what the exact
// engine (score_lot + best_bid on Rational weights from sample_weights) gives; to get there
// quickly it
//   1. drops, per lot, every bid that another bid beats for every weight set the spread can
//      produce (checked exactly at the corners of the weight box), or that has the same score
//      per point of every criterion as another bid which the tie rule puts above it;
//   2. scores the remaining bids with integer weights (the sample's weights times a factor
//      common to all) and per-point scores rounded down to F binary places, in 128-bit
//      integers, and accepts the best bid only when its lower bound beats every other bid's
//      upper bound; otherwise (a near tie) it decides with exact Rationals.
// Each sample's draws depend only on the seed and the sample's number, and the counts are
// sums, so the result does not depend on the number of threads.
class MonteCarlo {
 public:
  // `lots`: each lot's facts (which must outlive this object); `weights`: the published
  // weights; `method`: the price formula. Throws Error(usage) for a spread outside [0, 100).
  MonteCarlo(std::vector<const LotFacts*> lots, const std::vector<Rational>& weights, PriceMethod method,
             MonteCarloSettings settings);
  ~MonteCarlo();
  MonteCarlo(const MonteCarlo&) = delete;
  MonteCarlo& operator=(const MonteCarlo&) = delete;

  // Runs settings.samples samples on `threads` threads (at least 1).
  MonteCarloCounts run(unsigned threads, const MonteCarloProgress& progress = {}) const;

  // The bids of lot `lot` (indices into its facts.bids) that can come first in some sample.
  const std::vector<std::size_t>& candidates(std::size_t lot) const;
  // Whether the integer filter is in use (false: every decision is made with Rationals).
  bool integer_filter() const;

 private:
  struct Plan;
  std::unique_ptr<Plan> plan_;
};

}  // namespace tk
