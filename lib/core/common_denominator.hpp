#pragma once

#include <vector>

#include "core/exact.hpp"

namespace tk {

// Rationals as integers over one denominator: values[i] = numerators[i] / denominator, with
// `denominator` the least common denominator of them all (> 0). Sums, differences, signs and
// order of the numerators are those of the values themselves, without a gcd per operation:
// for exact comparisons in loops that would otherwise add and compare Rationals.
struct CommonDenominator {
  BigInt denominator = 1;
  std::vector<BigInt> numerators;
};

CommonDenominator over_common_denominator(const std::vector<const Rational*>& values);

// The least common multiple of the denominators of `values` (1 for none).
BigInt least_common_denominator(const std::vector<const Rational*>& values);

}  // namespace tk
