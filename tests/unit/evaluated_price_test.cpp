#include <doctest/doctest.h>

#include "evaluate/evaluated_price.hpp"
#include "scoring_fixture.hpp"

using namespace tk;
using tk::test::pounds;

TEST_CASE("calendar_share divides bank holidays by days") {
  BankHolidayShare s = calendar_share(15, 730);  // 2016-04-01..2018-03-31
  CHECK(s.value == Rational(3, 146));
  CHECK(s.from_calendar);
  CHECK(s.bank_holidays == 15);
  CHECK(s.days == 730);
  CHECK_FALSE(given_share(Rational(219, 10000)).from_calendar);
}

TEST_CASE("blend weights the bank-holiday rate by the share") {
  SUBCASE("the worked example's CLR: 17.20 x 143/146 + 25.80 x 3/146 = 2537/146") {
    CHECK(blend(Rational(1720, 100), Rational(2580, 100), Rational(3, 146)) == Rational(2537, 146));
  }
  SUBCASE("share 0 is the standard rate, share 1 the bank-holiday rate") {
    CHECK(blend(Rational(16), Rational(24), Rational(0)) == 16);
    CHECK(blend(Rational(16), Rational(24), Rational(1)) == 24);
  }
  SUBCASE("a given decimal share") {
    // 16 x 0.9781 + 24 x 0.0219 = 15.6496 + 0.5256 = 16.1752
    CHECK(blend(Rational(16), Rational(24), Rational(219, 10000)) == Rational(161752, 10000));
  }
}

TEST_CASE("evaluated_price finds the two rates of the basis") {
  Tender t = test::tiny_tender();
  Basis inc{Llw::inclusive, Travel::inclusive};
  SUBCASE("both rates present") {
    auto p = evaluated_price(t, "ELM", "N1", inc, Rational(3, 146));
    REQUIRE(p);
    // 12.90 x 143/146 = 1844.70/146; 19.35 x 3/146 = 58.05/146; P = 1902.75/146.
    CHECK(p->standard_part == Rational(184470, 14600));
    CHECK(p->bank_holiday_part == Rational(5805, 14600));
    CHECK(p->value == Rational(190275, 14600));
    CHECK(p->standard->where.line == 34);
    CHECK(p->bank_holiday->where.line == 35);
  }
  SUBCASE("a rate missing on the basis") {
    CHECK_FALSE(evaluated_price(t, "ELM", "N1", {Llw::exclusive, Travel::inclusive}, Rational(3, 146)));
  }
  SUBCASE("a lot's own row wins over the * row") {
    test::add_rates(t, "ELM", "N2", inc, "13.00", "19.50");
    auto n2 = evaluated_price(t, "ELM", "N2", inc, Rational(0));
    auto n1 = evaluated_price(t, "ELM", "N1", inc, Rational(0));
    REQUIRE(n2);
    REQUIRE(n1);
    CHECK(n2->value == 13);
    CHECK(n1->value == Rational(1290, 100));
  }
}

TEST_CASE("the ceiling and cost floor are blended like P") {
  Ceiling c;
  c.standard = pounds("17.20");
  c.bank_holiday = pounds("25.80");
  CHECK(evaluated_ceiling(c, Rational(3, 146)) == Rational(2537, 146));
  SUBCASE("no cost floor") { CHECK_FALSE(evaluated_cost_floor(c, Rational(3, 146))); }
  SUBCASE("both floors") {
    c.cost_floor = pounds("14.95");
    c.bank_holiday_cost_floor = pounds("22.40");
    // 14.95 x 143/146 + 22.40 x 3/146 = (2137.85 + 67.20)/146 = 2205.05/146
    CHECK(*evaluated_cost_floor(c, Rational(3, 146)) == Rational(220505, 14600));
  }
  SUBCASE("only the standard floor: used for both days") {
    c.cost_floor = pounds("14.95");
    CHECK(*evaluated_cost_floor(c, Rational(3, 146)) == Rational(1495, 100));
  }
}
