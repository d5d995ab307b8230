#include "decide/sensitivity_rng.hpp"

namespace tk {

Rational weight_factor(const Rational& spread_percent, std::uint32_t u) {
  // 2u/2^32 − 1 = (u − 2^31) / 2^31
  static const BigInt kHalf = BigInt(1) << 31;
  Rational offset(BigInt(u) - kHalf, kHalf);
  return 1 + spread_percent / 100 * offset;
}

}  // namespace tk
