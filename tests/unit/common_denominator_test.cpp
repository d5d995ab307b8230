// doctest prints a failing BigInt with Boost's str(), which GCC 12 at -O3 wrongly reports as
// an overlapping copy (-Wrestrict) wherever it is inlined.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#pragma GCC diagnostic ignored "-Wrestrict"
#endif
#include <doctest/doctest.h>

#include "core/common_denominator.hpp"

using tk::BigInt;
using tk::Rational;

TEST_CASE("over_common_denominator puts values over their least common denominator") {
  const Rational a(1, 2), b(-1, 3), c(5), d(7, 12);
  tk::CommonDenominator s = tk::over_common_denominator({&a, &b, &c, &d});
  CHECK(s.denominator == 12);
  REQUIRE(s.numerators.size() == 4);
  CHECK(s.numerators[0] == 6);
  CHECK(s.numerators[1] == -4);
  CHECK(s.numerators[2] == 60);
  CHECK(s.numerators[3] == 7);
  // Each value is its numerator over the denominator, exactly.
  const Rational* values[] = {&a, &b, &c, &d};
  for (std::size_t i = 0; i < 4; ++i) CHECK(Rational(s.numerators[i]) / Rational(s.denominator) == *values[i]);
}

TEST_CASE("over_common_denominator keeps order and sign, and handles no values and integers") {
  CHECK(tk::least_common_denominator({}) == 1);
  CHECK(tk::over_common_denominator({}).numerators.empty());
  const Rational x(3), y(-2);
  CHECK(tk::over_common_denominator({&x, &y}).denominator == 1);
  // Close values with large, coprime denominators stay in order.
  const Rational p(1000003, 999983), q(1000002, 999979);
  tk::CommonDenominator s = tk::over_common_denominator({&p, &q});
  CHECK(s.denominator == BigInt(999983) * 999979);
  CHECK((s.numerators[0] < s.numerators[1]) == (p < q));
}
