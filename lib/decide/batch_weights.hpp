#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/exact.hpp"

namespace tk {

// The weights of a batch (contract section 6): the price criterion's and each quality
// criterion's, whose marks are in a CSV column of the same name.
struct BatchCriterion {
  std::string column;  // the CSV column holding its 0..5 marks
  Rational weight;
};

// The price weight and the quality criteria's weights: non-negative decimals with at most 4
// places, summing to exactly 100.
struct BatchWeights {
  static constexpr int kMaxPlaces = 4;

  Rational price = 40;
  std::vector<BatchCriterion> criteria = {{"ability", 29}, {"quality", 26}, {"partnership", 5}};

  // Parses "price=40,ability=29,quality=26,partnership=5": NAME=WEIGHT pairs, "price" for the
  // price criterion (0 when left out), every other name a mark column. Throws Error(usage)
  // located at "--weights" when a pair, a weight, a name or the sum is wrong.
  static BatchWeights parse(std::string_view spec);

  // The smallest power of ten that makes every weight whole (1 for whole weights).
  std::uint32_t scale() const;
};

}  // namespace tk
