#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/exact.hpp"
#include "decide/sensitivity_monte_carlo.hpp"
#include "decide/sensitivity_weight_margins.hpp"
#include "evaluate/evaluation.hpp"

namespace tk {

// How robust each lot's winner is: to moving weight between criteria (exact margins), to
// random variation of all the weights at once (Monte Carlo), and to the price formula.
struct SensitivitySettings {
  MonteCarloSettings monte_carlo;
  unsigned threads = 1;          // for the Monte Carlo samples; the result does not depend on it
  MonteCarloProgress progress;   // optional
};

// A lot's winner under one price formula, with the published weights.
struct FormulaWinner {
  PriceMethod method = PriceMethod::relative_to_lowest;
  bool available = true;               // false: ceiling-linear, and the basis has no ceiling
  std::optional<std::size_t> winner;   // index into facts.bids; nullopt when unavailable or no bid is ranked
  Rational total;                      // the winner's total under this formula
};

struct LotSensitivity {
  const LotResult* lot = nullptr;      // points into the Evaluation
  // For each ordered pair of criteria (weight_margins order); empty when no bid is ranked.
  std::vector<WeightMargin> margins;
  std::vector<std::uint64_t> wins;     // per lot->facts.bids (rank order): Monte Carlo samples won
  std::vector<FormulaWinner> formulas; // relative-to-lowest, linear-from-lowest, ceiling-linear
  bool formula_changes_winner = false; // the available formulas do not all pick the same winner

  // The winner under the evaluation's settings: facts.bids[0] (facts are in rank order).
  bool has_winner() const { return lot->ranked_count > 0; }
};

struct WinnerSensitivity {
  const Evaluation* evaluation = nullptr;  // must outlive this
  MonteCarloSettings monte_carlo;
  std::uint64_t exact_decisions = 0;       // Monte Carlo decisions left to the exact path
  std::vector<LotSensitivity> lots;        // like evaluation->lots
};

// The three analyses for every lot of `e`, with e's weights, basis and price formula.
WinnerSensitivity analyse_sensitivity(const Evaluation& e, const SensitivitySettings& settings);

// The three price formulas in the order they are reported.
const std::vector<PriceMethod>& all_price_methods();

}  // namespace tk
