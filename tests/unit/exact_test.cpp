#include <doctest/doctest.h>

#include "core/exact.hpp"

using tk::Rational;
using tk::Rounding;

TEST_CASE("to_fixed rounds half away from zero") {
  auto fixed = [](Rational v, int places) { return tk::to_fixed(v, places, Rounding::half_away_from_zero); };
  SUBCASE("exact halves go away from zero") {
    CHECK(fixed(Rational(2345, 1000), 2) == "2.35");
    CHECK(fixed(Rational(-2345, 1000), 2) == "-2.35");
    CHECK(fixed(Rational(5, 10), 0) == "1");
    CHECK(fixed(Rational(-5, 10), 0) == "-1");
  }
  SUBCASE("below a half goes toward zero") {
    CHECK(fixed(Rational(2344999, 1000000), 2) == "2.34");
    CHECK(fixed(Rational(1, 3), 2) == "0.33");
    CHECK(fixed(Rational(2, 3), 2) == "0.67");
  }
  SUBCASE("zero and values that show as zero have no sign") {
    CHECK(fixed(Rational(0), 2) == "0.00");
    CHECK(fixed(Rational(-1, 1000), 2) == "0.00");
  }
  SUBCASE("padding of small values and integers") {
    CHECK(fixed(Rational(5, 100), 2) == "0.05");
    CHECK(fixed(Rational(-5, 100), 2) == "-0.05");
    CHECK(fixed(Rational(88), 2) == "88.00");
    CHECK(fixed(Rational(88), 0) == "88");
  }
  SUBCASE("huge values stay exact") {
    Rational big(tk::pow10(40) + 1, 2);
    CHECK(fixed(big, 0) == "5000000000000000000000000000000000000001");
  }
  SUBCASE("values at the edge of the 64-bit fast path round as the general arithmetic does") {
    // Numerators and denominators just below and above 2^62, and results just past 2^63 at
    // 18 places: the fast path must hand over to BigInt arithmetic without a wrong digit.
    const tk::BigInt two62 = tk::BigInt(1) << 62;
    CHECK(fixed(Rational(two62 - 1, 2), 0) == "2305843009213693952");  // (2^62 - 1)/2 = ...951.5
    CHECK(fixed(Rational(-(two62 - 1), 2), 0) == "-2305843009213693952");
    CHECK(fixed(Rational(two62 + 1, 2), 0) == "2305843009213693953");  // ...952.5, general path
    CHECK(fixed(Rational(1, two62 - 1), 18) == "0.000000000000000000");
    CHECK(fixed(Rational(10, 1), 18) == "10.000000000000000000");  // 10^19 > 2^63 - 1: general path
    CHECK(fixed(Rational(9, 1), 18) == "9.000000000000000000");
    CHECK(fixed(Rational(2, 3), 19) == "0.6666666666666666667");  // more than 18 places: general path
    CHECK(tk::round_scaled(Rational(-7, 2), 0, Rounding::half_away_from_zero) == -4);
  }
}

TEST_CASE("to_exact_string gives lowest terms") {
  CHECK(tk::to_exact_string(Rational(15, 730)) == "3/146");
  CHECK(tk::to_exact_string(Rational(40)) == "40");
  CHECK(tk::to_exact_string(Rational(-1, 2)) == "-1/2");
}

TEST_CASE("parse_decimal") {
  SUBCASE("accepts plain decimals") {
    CHECK(*tk::parse_decimal("0.0219").value == Rational(219, 10000));
    CHECK(*tk::parse_decimal("5200").value == Rational(5200));
    CHECK(*tk::parse_decimal("-3.5").value == Rational(-7, 2));
    CHECK(*tk::parse_decimal(" 12 ").value == Rational(12));
    CHECK(*tk::parse_decimal(".5").value == Rational(1, 2));
    CHECK(*tk::parse_decimal("0017.050").value == Rational(341, 20));  // never octal
  }
  SUBCASE("rejects what is not a plain decimal") {
    for (const char* bad : {"", "1e3", "+1", "1,000", "12.", "abc", "1.2.3", "-", "0x10", "1 2"}) {
      CAPTURE(bad);
      auto p = tk::parse_decimal(bad);
      CHECK_FALSE(p);
      CHECK_FALSE(p.error.empty());
    }
  }
  SUBCASE("limits decimal places when asked") {
    CHECK(tk::parse_decimal("1.25", 2));
    auto p = tk::parse_decimal("1.255", 2);
    REQUIRE_FALSE(p);
    CHECK(p.error == "expected at most 2 decimal places, found 3");
  }
}

TEST_CASE("parse_rational accepts fractions") {
  CHECK(*tk::parse_rational("15/730").value == Rational(3, 146));
  CHECK(*tk::parse_rational("0.5").value == Rational(1, 2));
  CHECK_FALSE(tk::parse_rational("1/0"));
  CHECK_FALSE(tk::parse_rational("-1/2"));
  CHECK_FALSE(tk::parse_rational("1/x"));
}

TEST_CASE("parse_small_int") {
  CHECK(*tk::parse_small_int("42").value == 42);
  CHECK_FALSE(tk::parse_small_int("-1"));
  CHECK_FALSE(tk::parse_small_int("4.0"));
  CHECK_FALSE(tk::parse_small_int("1234567890"));
}

TEST_CASE("to_decimal_string: exact decimals, else a fraction") {
  CHECK(tk::to_decimal_string(tk::Rational(40)) == "40");
  CHECK(tk::to_decimal_string(tk::Rational(25, 2)) == "12.5");
  CHECK(tk::to_decimal_string(tk::Rational(219, 10000)) == "0.0219");
  CHECK(tk::to_decimal_string(tk::Rational(1, 8)) == "0.125");
  CHECK(tk::to_decimal_string(tk::Rational(-3, 20)) == "-0.15");
  CHECK(tk::to_decimal_string(tk::Rational(1, 3)) == "1/3");
  CHECK(tk::to_decimal_string(tk::Rational(15, 730)) == "3/146");
  CHECK(tk::to_decimal_string(tk::Rational(0)) == "0");
}
