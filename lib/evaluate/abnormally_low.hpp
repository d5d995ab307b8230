#pragma once

#include <optional>
#include <vector>

#include "core/exact.hpp"
#include "model/tender.hpp"

namespace tk {

// The abnormally-low screen for one bid (contract 4.6), with the numbers it compared.
struct AbnormallyLowCheck {
  Rational adjusted_mean;        // mean of the lot's P values with the single highest left out
  Rational mean_threshold;       // adjusted_mean × (1 − below_adjusted_mean_percent / 100)
  Rational lowest_other;         // lowest P of the lot's other bids
  Rational proximity_threshold;  // lowest_other × (1 − proximity_percent / 100)
  bool below_mean = false;       // P < mean_threshold
  bool below_others = false;     // P < proximity_threshold

  bool flagged() const { return below_mean && below_others; }
};

// The screen for each of a lot's non-excluded bids, given their evaluated prices in any
// order; nullopt for every bid when there are fewer than two (no "other" price to compare).
std::vector<std::optional<AbnormallyLowCheck>> check_abnormally_low(const std::vector<Rational>& prices,
                                                                    const AbnormallyLowSettings& settings);

}  // namespace tk
