#pragma once

#include "core/exact.hpp"
#include "model/tender.hpp"

namespace tk {

// The price score per point of price weight (contract 4.3), exactly, for a bid with
// evaluated price `p` in a lot whose lowest non-excluded evaluated price is `lowest`
// (0 <= lowest <= p). `ceiling` is the evaluated ceiling C, used by ceiling-linear only
// (pass nullptr for the other methods). The price score is W times this fraction:
//   relative-to-lowest   lowest / p               (1 when p = lowest = 0)
//   linear-from-lowest   max(0, 1 - (p - lowest) / lowest)   (1 when p = lowest = 0)
//   ceiling-linear       (C - p) / (C - lowest)   (1 when C = lowest)
// Throws Error(internal) for ceiling-linear without a ceiling.
Rational price_fraction(PriceMethod method, const Rational& p, const Rational& lowest, const Rational* ceiling);

// W × price_fraction(...).
Rational price_score(PriceMethod method, const Rational& weight, const Rational& p, const Rational& lowest,
                     const Rational* ceiling);

}  // namespace tk
