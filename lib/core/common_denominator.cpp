#include "core/common_denominator.hpp"

namespace tk {

BigInt least_common_denominator(const std::vector<const Rational*>& values) {
  BigInt common = 1;
  for (const Rational* v : values) {
    BigInt den = denominator(*v);
    if (den != 1) common = common / boost::multiprecision::gcd(common, den) * den;
  }
  return common;
}

CommonDenominator over_common_denominator(const std::vector<const Rational*>& values) {
  CommonDenominator out;
  out.denominator = least_common_denominator(values);
  out.numerators.reserve(values.size());
  for (const Rational* v : values)
    out.numerators.push_back(numerator(*v) *
                             (out.denominator / denominator(*v)));
  return out;
}

}  // namespace tk
