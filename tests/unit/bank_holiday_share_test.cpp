#include <doctest/doctest.h>

#include "evaluate/bank_holiday_share.hpp"
#include "scoring_fixture.hpp"
#include "shipped_data.hpp"

using namespace tk;

TEST_CASE("the calendar share of the worked example's contract period is 15/730") {
  // 2016-04-01..2018-03-31: 2016 May 2, May 30, Aug 29, Dec 26, Dec 27; 2017's eight;
  // 2018 Jan 1 and Good Friday Mar 30 = 15 bank holidays in 730 days.
  Tender t = test::tiny_settings();
  t.price.bank_holiday_share.reset();
  BankHolidayShare s = tender_bank_holiday_share(t, tk::test::shipped_bank_holidays());
  CHECK(s.from_calendar);
  CHECK(s.bank_holidays == 15);
  CHECK(s.days == 730);
  CHECK(s.value == Rational(3, 146));
  SUBCASE("a given fraction is used as it is") {
    t.price.bank_holiday_share = Rational(219, 10000);
    BankHolidayShare g = tender_bank_holiday_share(t, tk::test::shipped_bank_holidays());
    CHECK_FALSE(g.from_calendar);
    CHECK(g.value == Rational(219, 10000));
    CHECK(calendar_bank_holiday_share(t, tk::test::shipped_bank_holidays()) == s);
  }
  SUBCASE("a one-year contract with the 2022 extras: 10 of 365") {
    t.contract_start = Date(2022, 1, 1);
    t.contract_end = Date(2022, 12, 31);
    CHECK(calendar_bank_holiday_share(t, tk::test::shipped_bank_holidays()).value == Rational(10, 365));
  }
}
