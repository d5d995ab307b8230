#include <doctest/doctest.h>

#include "evaluate/abnormally_low.hpp"

using namespace tk;

namespace {
AbnormallyLowSettings scottish() { return {Rational(15), Rational(1)}; }
Rational d(long hundredths) { return Rational(hundredths, 100); }
}  // namespace

TEST_CASE("the worked example's N1: ELM is abnormally low") {
  // P x 146: CLR 2537, BRT 2345.25, ELM 1902.75, ACE 2478.
  std::vector<Rational> p = {Rational(2537, 146), Rational(234525, 14600), Rational(190275, 14600), Rational(2478, 146)};
  auto checks = check_abnormally_low(p, scottish());
  REQUIRE(checks.size() == 4);
  for (const auto& c : checks) REQUIRE(c);
  // Leaving out CLR (highest): (2345.25 + 1902.75 + 2478) / 3 / 146 = 2242/146; x 0.85 = 1905.7/146.
  CHECK(checks[2]->adjusted_mean == Rational(2242, 146));
  CHECK(checks[2]->mean_threshold == Rational(19057, 1460));
  CHECK(checks[2]->lowest_other == Rational(234525, 14600));
  CHECK(checks[2]->proximity_threshold == Rational(234525, 14600) * Rational(99, 100));
  CHECK(checks[2]->flagged());
  CHECK_FALSE(checks[0]->flagged());
  CHECK_FALSE(checks[1]->flagged());
  CHECK_FALSE(checks[3]->flagged());
  CHECK(checks[1]->lowest_other == Rational(190275, 14600));
}

TEST_CASE("both conditions are strict and both are needed") {
  SUBCASE("exactly 15% below the adjusted mean is not more than 15% below") {
    // Without 300: mean 100; threshold 85.
    auto c = check_abnormally_low({d(8500), d(10000), d(11500), d(30000)}, scottish());
    CHECK_FALSE(c[0]->below_mean);
    CHECK(c[0]->below_others);
    CHECK_FALSE(c[0]->flagged());
  }
  SUBCASE("a penny lower is") {
    auto c = check_abnormally_low({d(8499), d(10000), d(11500), d(30000)}, scottish());
    CHECK(c[0]->flagged());
  }
  SUBCASE("within 1% of another low bid is not flagged") {
    // Without 400: mean 75.10, threshold 63.835; 50 < 63.835 but 50.40 x 0.99 = 49.896 < 50.
    auto c = check_abnormally_low({d(5000), d(5040), d(10000), d(10000), d(40000)}, scottish());
    CHECK(c[0]->below_mean);
    CHECK_FALSE(c[0]->below_others);
    CHECK_FALSE(c[0]->flagged());
  }
  SUBCASE("exactly 1% below the lowest other is not more than 1% below") {
    auto c = check_abnormally_low({Rational(49896, 1000), d(5040), d(10000), d(10000), d(40000)}, scottish());
    CHECK_FALSE(c[0]->below_others);
  }
}

TEST_CASE("small lots") {
  SUBCASE("a single bid has nothing to compare with") {
    auto c = check_abnormally_low({d(1000)}, scottish());
    REQUIRE(c.size() == 1);
    CHECK_FALSE(c[0]);
  }
  SUBCASE("two bids: the mean without the highest is the lower bid itself") {
    auto c = check_abnormally_low({d(1000), d(5000)}, scottish());
    CHECK(c[0]->adjusted_mean == 10);
    CHECK_FALSE(c[0]->flagged());
  }
  SUBCASE("only one of two equal highest prices is left out") {
    auto c = check_abnormally_low({d(1000), d(2000), d(2000)}, scottish());
    CHECK(c[0]->adjusted_mean == 15);
  }
  SUBCASE("no bids") { CHECK(check_abnormally_low({}, scottish()).empty()); }
}
