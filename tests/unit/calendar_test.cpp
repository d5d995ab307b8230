#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "model/calendar.hpp"
#include "read/bank_holidays.hpp"
#include "shipped_data.hpp"

using tk::BankHolidays;
using tk::Date;

namespace {

Date date(const char* text) {
  auto d = Date::parse(text);
  REQUIRE_MESSAGE(d, text);
  return *d;
}

std::vector<Date> dates(std::initializer_list<const char*> texts) {
  std::vector<Date> out;
  for (const char* t : texts) out.push_back(date(t));
  return out;
}

const BankHolidays& shipped() { return tk::test::shipped_bank_holidays(); }

std::string shipped_text() {
  std::ifstream in(TENDERKIT_TEST_SOURCE_DIR "/data/bank-holidays/england-and-wales.json",
                   std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("The contract's worked example: 15 bank holidays from 2016-04-01 to 2018-03-31") {
  // 2016: 2 May, 30 May, 29 Aug, 26 Dec, 27 Dec (substitute); 2017: the usual 8 with
  // 2 Jan substitute; 2018: 1 Jan, 30 Mar (Good Friday). Easter Monday 2018 is 2 April: outside.
  const auto got = shipped().between(date("2016-04-01"), date("2018-03-31"));
  CHECK(got == dates({"2016-05-02", "2016-05-30", "2016-08-29", "2016-12-26", "2016-12-27",
                      "2017-01-02", "2017-04-14", "2017-04-17", "2017-05-01", "2017-05-29",
                      "2017-08-28", "2017-12-25", "2017-12-26", "2018-01-01", "2018-03-30"}));
  CHECK(shipped().count(date("2016-04-01"), date("2018-03-31")) == 15);
  CHECK(date("2018-03-31").days() - date("2016-04-01").days() + 1 == 730);
}

TEST_CASE("between and count include both ends") {
  SUBCASE("a single bank holiday") {
    CHECK(shipped().count(date("2017-12-25"), date("2017-12-25")) == 1);
  }
  SUBCASE("a single ordinary day") {
    CHECK(shipped().count(date("2017-12-24"), date("2017-12-24")) == 0);
  }
  SUBCASE("an empty range") {
    CHECK(shipped().between(date("2018-01-01"), date("2017-12-31")).empty());
  }
  SUBCASE("a range across the end of the data uses the rules after it") {
    // 2030: 25, 26 Dec (Wed, Thu); 2031 (not in the data): 1 Jan (Wed).
    CHECK(shipped().between(date("2030-12-01"), date("2031-01-31")) ==
          dates({"2030-12-25", "2030-12-26", "2031-01-01"}));
  }
}

TEST_CASE("One-off changes are in the shipped data") {
  SUBCASE("2011 royal wedding") {
    CHECK(shipped().is_bank_holiday(date("2011-04-29")));
    CHECK(shipped().in_year(2011).size() == 9);
  }
  SUBCASE("2012 spring bank holiday moved to 4 June, Diamond Jubilee 5 June") {
    CHECK(shipped().is_bank_holiday(date("2012-06-04")));
    CHECK(shipped().is_bank_holiday(date("2012-06-05")));
    CHECK_FALSE(shipped().is_bank_holiday(date("2012-05-28")));
    CHECK(shipped().count(date("2012-05-08"), date("2012-05-31")) == 0);
    CHECK(shipped().in_year(2012).size() == 9);
  }
  SUBCASE("2020 early May moved to Friday 8 May (VE day)") {
    CHECK(shipped().is_bank_holiday(date("2020-05-08")));
    CHECK_FALSE(shipped().is_bank_holiday(date("2020-05-04")));
    CHECK(shipped().in_year(2020).size() == 8);
  }
  SUBCASE("2022 Platinum Jubilee and the State Funeral") {
    CHECK(shipped().is_bank_holiday(date("2022-06-02")));
    CHECK(shipped().is_bank_holiday(date("2022-06-03")));
    CHECK_FALSE(shipped().is_bank_holiday(date("2022-05-30")));
    CHECK(shipped().is_bank_holiday(date("2022-09-19")));
    CHECK(shipped().in_year(2022).size() == 10);
  }
  SUBCASE("2023 coronation") {
    CHECK(shipped().is_bank_holiday(date("2023-05-08")));
    CHECK(shipped().is_bank_holiday(date("2023-05-01")));
    CHECK(shipped().is_bank_holiday(date("2023-05-29")));
    CHECK(shipped().in_year(2023).size() == 9);
  }
}

TEST_CASE("The rules give the data for every ordinary year the data covers") {
  const std::vector<int> one_off_years = {2011, 2012, 2020, 2022, 2023};
  REQUIRE(shipped().first_year() == 2010);
  REQUIRE(shipped().last_year() >= 2030);
  int compared = 0;
  for (int year = shipped().first_year(); year <= shipped().last_year(); ++year) {
    if (std::find(one_off_years.begin(), one_off_years.end(), year) != one_off_years.end()) {
      continue;
    }
    CAPTURE(year);
    CHECK(shipped().covers(year));
    CHECK(shipped().in_year(year) == BankHolidays::rule_based(year));
    ++compared;
  }
  CHECK(compared >= 16);
  SUBCASE("and differ from them in each one-off year") {
    for (int year : one_off_years) {
      CAPTURE(year);
      CHECK(shipped().in_year(year) != BankHolidays::rule_based(year));
    }
  }
}

TEST_CASE("The shipped JSON has every year 2010-2030 with at least 8 dates") {
  const BankHolidays data = tk::parse_bank_holidays(shipped_text(), "england-and-wales.json");
  std::map<int, int> per_year;
  for (const Date& d : data.between(Date(2010, 1, 1), Date(2030, 12, 31))) ++per_year[d.year()];
  for (int year = 2010; year <= 2030; ++year) {
    CAPTURE(year);
    CHECK(data.covers(year));
    CHECK(per_year[year] >= 8);
  }
  SUBCASE("and no bank holiday falls on a weekend") {
    for (const Date& d : data.between(Date(2010, 1, 1), Date(2030, 12, 31))) {
      CAPTURE(d.str());
      CHECK(d.iso_weekday() <= 5);
    }
  }
}

TEST_CASE("Easter Sunday by the anonymous Gregorian algorithm") {
  CHECK(BankHolidays::easter_sunday(2010) == date("2010-04-04"));
  CHECK(BankHolidays::easter_sunday(2016) == date("2016-03-27"));
  CHECK(BankHolidays::easter_sunday(2019) == date("2019-04-21"));
  CHECK(BankHolidays::easter_sunday(2024) == date("2024-03-31"));
  CHECK(BankHolidays::easter_sunday(2027) == date("2027-03-28"));
  CHECK(BankHolidays::easter_sunday(2000) == date("2000-04-23"));
  SUBCASE("the extremes: 22 March and 25 April") {
    CHECK(BankHolidays::easter_sunday(2285) == date("2285-03-22"));
    CHECK(BankHolidays::easter_sunday(2008) == date("2008-03-23"));
    CHECK(BankHolidays::easter_sunday(2038) == date("2038-04-25"));
  }
  SUBCASE("Good Friday and Easter Monday follow") {
    const auto y2031 = BankHolidays::rule_based(2031);  // Easter Sunday 13 April 2031
    CHECK(std::count(y2031.begin(), y2031.end(), date("2031-04-11")) == 1);
    CHECK(std::count(y2031.begin(), y2031.end(), date("2031-04-14")) == 1);
  }
}

TEST_CASE("The rules move holidays that fall on a weekend to weekdays") {
  SUBCASE("an ordinary year: nothing moves") {
    CHECK(BankHolidays::rule_based(2031) ==
          dates({"2031-01-01", "2031-04-11", "2031-04-14", "2031-05-05", "2031-05-26",
                 "2031-08-25", "2031-12-25", "2031-12-26"}));
  }
  SUBCASE("Christmas on a Saturday: Monday 27 and Tuesday 28") {
    const auto y = BankHolidays::rule_based(2032);
    CHECK(std::vector<Date>(y.end() - 2, y.end()) == dates({"2032-12-27", "2032-12-28"}));
  }
  SUBCASE("Christmas on a Sunday: Monday 26 and Tuesday 27; New Year on a Saturday: 3 January") {
    const auto y = BankHolidays::rule_based(2033);
    CHECK(y.front() == date("2033-01-03"));
    CHECK(std::vector<Date>(y.end() - 2, y.end()) == dates({"2033-12-26", "2033-12-27"}));
  }
  SUBCASE("Boxing Day on a Saturday: Monday 28") {
    const auto y = BankHolidays::rule_based(2009);
    CHECK(std::vector<Date>(y.end() - 2, y.end()) == dates({"2009-12-25", "2009-12-28"}));
  }
  SUBCASE("New Year on a Sunday: Monday 2 January") {
    CHECK(BankHolidays::rule_based(2017).front() == date("2017-01-02"));
  }
  SUBCASE("the substitute days in the shipped data") {
    for (const char* d : {"2010-12-27", "2010-12-28", "2011-01-03", "2015-12-28", "2016-12-26",
                          "2016-12-27", "2017-01-02", "2020-12-28", "2021-12-27", "2021-12-28",
                          "2022-01-03", "2022-12-26", "2022-12-27", "2023-01-02", "2026-12-28",
                          "2027-12-27", "2027-12-28", "2028-01-03"}) {
      CAPTURE(d);
      CHECK(shipped().is_bank_holiday(date(d)));
    }
    for (const char* d : {"2010-12-25", "2011-01-01", "2016-12-25", "2022-01-01", "2027-12-25"}) {
      CAPTURE(d);
      CHECK_FALSE(shipped().is_bank_holiday(date(d)));
    }
  }
}

TEST_CASE("Years outside the data use the rules") {
  CHECK_FALSE(shipped().covers(2009));
  CHECK(shipped().in_year(2009) == BankHolidays::rule_based(2009));
  CHECK(shipped().is_bank_holiday(date("2009-12-28")));
  CHECK(shipped().is_bank_holiday(date("2033-01-03")));
  SUBCASE("an empty calendar is all rules") {
    const BankHolidays rules;
    CHECK_FALSE(rules.covers(2022));
    CHECK(rules.first_year() == 0);
    CHECK_FALSE(rules.is_bank_holiday(date("2022-09-19")));
    CHECK(rules.is_bank_holiday(date("2022-05-30")));
  }
  SUBCASE("a covered year is taken as complete") {
    const BankHolidays one({date("2040-07-04")});
    CHECK(one.covers(2040));
    CHECK(one.in_year(2040) == dates({"2040-07-04"}));
    CHECK_FALSE(one.is_bank_holiday(date("2040-12-25")));
    CHECK(one.is_bank_holiday(date("2041-12-25")));
  }
}

TEST_CASE("add_working_days skips weekends and bank holidays") {
  SUBCASE("across Christmas 2016 (Boxing Day and the Christmas substitute)") {
    CHECK(shipped().add_working_days(date("2016-12-23"), 1) == date("2016-12-28"));
    // 21, 22, 23, 28, 29, 30 Dec, (2 Jan bank holiday), 3, 4 Jan.
    CHECK(shipped().add_working_days(date("2016-12-20"), 8) == date("2017-01-04"));
  }
  SUBCASE("an 8-working-day standstill across Easter 2023") {
    // Notice Thu 6 Apr; Good Friday 7, Easter Monday 10; then 11-14, 17-20.
    CHECK(shipped().add_working_days(date("2023-04-06"), 8) == date("2023-04-20"));
  }
  SUBCASE("starting on a weekend") {
    CHECK(shipped().add_working_days(date("2017-01-07"), 1) == date("2017-01-09"));
  }
  SUBCASE("zero and negative") {
    CHECK(shipped().add_working_days(date("2016-12-25"), 0) == date("2016-12-25"));
    CHECK(shipped().add_working_days(date("2016-12-28"), -1) == date("2016-12-23"));
  }
  SUBCASE("working days") {
    CHECK(shipped().is_working_day(date("2022-09-20")));
    CHECK_FALSE(shipped().is_working_day(date("2022-09-19")));
    CHECK_FALSE(shipped().is_working_day(date("2022-09-18")));
  }
}
