#include <doctest/doctest.h>

#include <random>
#include <sstream>
#include <vector>

#include "core/rational.hpp"

using tk::BigInt;
using tk::Rational;

namespace {

// The reference: Boost's arbitrary-precision rational, which tenderkit's Rational must agree
// with on every value, whichever way it holds it.
using Reference = boost::multiprecision::cpp_rational;

Reference reference(const Rational& r) { return Reference(r.numerator(), r.denominator()); }

void check_same(const Rational& r, const Reference& expected) {
  CHECK(r.numerator() == boost::multiprecision::numerator(expected));
  CHECK(r.denominator() == boost::multiprecision::denominator(expected));
  // Small exactly when both parts are within 2^62: the representation is canonical.
  const BigInt limit = BigInt(1) << 62;
  bool fits = abs(r.numerator()) <= limit && r.denominator() <= limit;
  CHECK(r.small() == fits);
}

}  // namespace

TEST_CASE("Rational keeps lowest terms with a positive denominator") {
  CHECK(Rational(15, 730).str() == "3/146");
  CHECK(Rational(-6, -4).str() == "3/2");
  CHECK(Rational(6, -4).str() == "-3/2");
  CHECK(Rational(0, -5).str() == "0");
  CHECK(Rational(40).str() == "40");
  CHECK(Rational(BigInt(10), BigInt(4)) == Rational(5, 2));
  CHECK(Rational(7, 2).is_integer() == false);
  CHECK(Rational(8, 2).is_integer());
  CHECK_THROWS_AS(Rational(1, 0), std::overflow_error);
  CHECK_THROWS_AS(Rational(1) / Rational(0), std::overflow_error);
  std::ostringstream out;
  out << Rational(-1, 3);
  CHECK(out.str() == "-1/3");
}

TEST_CASE("Rational arithmetic, comparison and truncation match the arbitrary-precision reference") {
  // Values around the 2^62 boundary between machine integers and BigInt, large primes that
  // make denominators grow, and everyday fractions.
  const BigInt two62 = BigInt(1) << 62;
  std::vector<Rational> values = {Rational(0),
                                  Rational(1),
                                  Rational(-1),
                                  Rational(3, 146),
                                  Rational(-2537, 146),
                                  Rational(219, 10000),
                                  Rational(two62),
                                  Rational(-two62),
                                  Rational(two62 + 1),
                                  Rational(two62 - 1, two62),
                                  Rational(1, two62 + 1),
                                  Rational(BigInt(1) << 200, 3),
                                  Rational(4611686018427387847LL, 4611686018427387817LL),  // primes below 2^62
                                  Rational(-9223372036854775807LL - 1),
                                  Rational(18446744073709551615ULL, 7)};
  std::mt19937_64 random(20261123);
  for (int i = 0; i < 40; ++i) {
    long long n = static_cast<long long>(random() >> (1 + random() % 63)) * (random() % 2 ? 1 : -1);
    long long d = static_cast<long long>(random() >> (1 + random() % 63)) + 1;
    values.emplace_back(n, d);
  }
  for (const Rational& a : values) {
    check_same(a, reference(a));
    check_same(-a, -reference(a));
    check_same(abs(a), abs(reference(a)));
    CHECK(a.convert_to<BigInt>() == reference(a).convert_to<BigInt>());
    for (const Rational& b : values) {
      Reference ra = reference(a), rb = reference(b);
      check_same(a + b, ra + rb);
      check_same(a - b, ra - rb);
      check_same(a * b, ra * rb);
      if (b.sign() != 0) check_same(a / b, ra / rb);
      CHECK((a == b) == (ra == rb));
      CHECK((a < b) == (ra < rb));
      CHECK((a > b) == (ra > rb));
      CHECK((a <= b) == (ra <= rb));
      CHECK((a >= b) == (ra >= rb));
    }
  }
}

TEST_CASE("Rational mixes with integers and BigInt") {
  Rational s(3, 146);
  CHECK(1 - s == Rational(143, 146));
  CHECK(s * 146 == 3);
  CHECK(146 * s == Rational(3));
  CHECK(s / 3 == Rational(1, 146));
  CHECK(s < 1);
  CHECK(0 < s);
  CHECK(s != 0);
  CHECK(Rational(5) == BigInt(5));
  CHECK(Rational(1, 2) + BigInt(1) == Rational(3, 2));
  Rational x = 7;
  x += 1;
  x *= Rational(1, 4);
  x -= Rational(1, 2);
  x /= 3;
  CHECK(x == Rational(1, 2));
  CHECK(numerator(Rational(-6, 4)) == -3);
  CHECK(denominator(Rational(-6, 4)) == 2);
  CHECK(Rational(-7, 2).convert_to<long>() == -3);  // truncation toward zero, as Boost's
}
