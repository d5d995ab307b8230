#include <doctest/doctest.h>

#include "evaluate/price_score.hpp"

using namespace tk;

TEST_CASE("relative-to-lowest: W x Pmin / P") {
  SUBCASE("the worked example's BRT in N1: 40 x 1902.75 / 2345.25") {
    Rational p(234525, 14600), lowest(190275, 14600);
    CHECK(price_score(PriceMethod::relative_to_lowest, 40, p, lowest, nullptr) == Rational(7611000, 234525));
  }
  SUBCASE("the lowest bid scores the full weight") {
    CHECK(price_score(PriceMethod::relative_to_lowest, 40, Rational(13), Rational(13), nullptr) == 40);
  }
  SUBCASE("twice the lowest scores half") {
    CHECK(price_score(PriceMethod::relative_to_lowest, 40, Rational(26), Rational(13), nullptr) == 20);
  }
  SUBCASE("a zero price (only possible when the lowest is zero too) scores the full weight") {
    CHECK(price_score(PriceMethod::relative_to_lowest, 40, Rational(0), Rational(0), nullptr) == 40);
    CHECK(price_score(PriceMethod::relative_to_lowest, 40, Rational(5), Rational(0), nullptr) == 0);
  }
}

TEST_CASE("linear-from-lowest: W x max(0, 1 - (P - Pmin) / Pmin)") {
  SUBCASE("10% above the lowest loses 10% of the weight") {
    CHECK(price_score(PriceMethod::linear_from_lowest, 40, Rational(22), Rational(20), nullptr) == 36);
  }
  SUBCASE("the lowest scores the full weight") {
    CHECK(price_score(PriceMethod::linear_from_lowest, 40, Rational(20), Rational(20), nullptr) == 40);
  }
  SUBCASE("twice the lowest scores zero, more than twice is held at zero") {
    CHECK(price_score(PriceMethod::linear_from_lowest, 40, Rational(40), Rational(20), nullptr) == 0);
    CHECK(price_score(PriceMethod::linear_from_lowest, 40, Rational(50), Rational(20), nullptr) == 0);
  }
  SUBCASE("exact thirds") {
    // 1 - (16 - 15)/15 = 14/15; x 40 = 112/3
    CHECK(price_score(PriceMethod::linear_from_lowest, 40, Rational(16), Rational(15), nullptr) == Rational(112, 3));
  }
  SUBCASE("zero lowest") {
    CHECK(price_score(PriceMethod::linear_from_lowest, 40, Rational(0), Rational(0), nullptr) == 40);
    CHECK(price_score(PriceMethod::linear_from_lowest, 40, Rational(1), Rational(0), nullptr) == 0);
  }
}

TEST_CASE("ceiling-linear: W x (C - P) / (C - Pmin)") {
  Rational c(18);
  SUBCASE("half way between the lowest and the ceiling") {
    CHECK(price_score(PriceMethod::ceiling_linear, 40, Rational(17), Rational(16), &c) == 20);
  }
  SUBCASE("the lowest scores the full weight, a bid at the ceiling zero") {
    CHECK(price_score(PriceMethod::ceiling_linear, 40, Rational(16), Rational(16), &c) == 40);
    CHECK(price_score(PriceMethod::ceiling_linear, 40, Rational(18), Rational(16), &c) == 0);
  }
  SUBCASE("P = C = Pmin scores the full weight") {
    CHECK(price_score(PriceMethod::ceiling_linear, 40, Rational(18), Rational(18), &c) == 40);
  }
  SUBCASE("exact fractions: (18 - 16.5) / (18 - 15) = 1/2 of 29") {
    CHECK(price_score(PriceMethod::ceiling_linear, 29, Rational(33, 2), Rational(15), &c) == Rational(29, 2));
  }
  SUBCASE("no ceiling is a bug in the caller") {
    CHECK_THROWS_AS(price_fraction(PriceMethod::ceiling_linear, Rational(17), Rational(16), nullptr), Error);
  }
}
