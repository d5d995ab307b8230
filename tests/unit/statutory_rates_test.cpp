#include "model/statutory_rates.hpp"

#include <doctest/doctest.h>

#include <set>

#include "shipped_data.hpp"
#include "statutory_tables_fixture.hpp"

using tk::Date;
using tk::Rational;
using tk::StatutoryRates;

namespace {

Date d(const char* s) { return *Date::parse(s); }

StatutoryRates good() { return tk::test::small_rates(tk::test::small_rate_texts()); }

}  // namespace

TEST_CASE("the row in force on a date is the last one that started on or before it") {
  StatutoryRates rates = good();
  SUBCASE("before the first row nothing is in force") { CHECK_FALSE(rates.figure("nlw", d("2025-03-31"))); }
  SUBCASE("on the first day of a row") {
    auto f = rates.figure("nlw", d("2025-04-01"));
    REQUIRE(f);
    CHECK(f->value == Rational(1221, 100));
    CHECK(f->from == d("2025-04-01"));
    CHECK(f->source == "c");
    CHECK(f->origin == "statutory/nlw.csv row from 2025-04-01");
  }
  SUBCASE("the day before the next row keeps the old row") {
    CHECK(rates.figure("ssp_weekly", d("2026-04-05"))->value == Rational(11875, 100));
    CHECK(rates.figure("ssp_weekly", d("2026-04-06"))->value == Rational(12325, 100));
  }
  SUBCASE("a row stays in force after the last date in the table") {
    CHECK(rates.figure("pence_per_mile", d("2040-01-01"))->value == 45);
  }
  SUBCASE("an empty cell means the figure does not apply") {
    CHECK_FALSE(rates.figure("ssp_earnings_percent", d("2025-06-01")));
    CHECK(rates.figure("ssp_earnings_percent", d("2026-06-01"))->value == 80);
  }
}

TEST_CASE("the LLW applies from its announcement plus the implementation lag") {
  StatutoryRates rates = good();
  CHECK(rates.figure("llw", d("2025-10-21"))->value == Rational(1385, 100));
  CHECK(rates.figure("llw", d("2025-10-22"))->value == Rational(1480, 100));
  SUBCASE("six months' lag: the old rate until 2026-04-22") {
    CHECK(rates.figure("llw", d("2026-04-21"), 6)->value == Rational(1385, 100));
    CHECK(rates.figure("llw", d("2026-04-22"), 6)->value == Rational(1480, 100));
    CHECK(rates.figure("llw", d("2026-04-22"), 6)->origin == "statutory/llw.csv row announced 2025-10-22");
  }
}

TEST_CASE("add_months clamps to the end of the month") {
  CHECK(tk::add_months(d("2024-08-31"), 6) == d("2025-02-28"));
  CHECK(tk::add_months(d("2023-08-31"), 6) == d("2024-02-29"));
  CHECK(tk::add_months(d("2025-10-22"), 6) == d("2026-04-22"));
  CHECK(tk::add_months(d("2025-11-15"), 2) == d("2026-01-15"));
  CHECK(tk::add_months(d("2025-11-15"), 0) == d("2025-11-15"));
}

TEST_CASE("unconfirmed figures are marked per figure or per row") {
  StatutoryRates rates = good();
  CHECK(rates.figure("pension_rate", d("2025-06-01"))->confirmed);
  CHECK_FALSE(rates.figure("pension_band_upper", d("2025-06-01"))->confirmed);
  CHECK_FALSE(rates.figure("ssp_weekly", d("2026-06-01"))->confirmed);
  CHECK_FALSE(rates.figure("ssp_waiting_days", d("2026-06-01"))->confirmed);  // whole row
  CHECK(rates.figure("ssp_weekly", d("2025-06-01"))->confirmed);
}

TEST_CASE("every shipped row carries a source, and exactly the unconfirmed figures are marked") {
  StatutoryRates rates = tk::test::shipped_rates();
  std::set<std::string> unconfirmed;
  for (const tk::RateTable& t : rates.tables()) {
    CHECK(!t.rows.empty());
    for (const tk::RateRow& row : t.rows) {
      CAPTURE(t.file);
      CAPTURE(row.from.str());
      CHECK(!row.source.empty());
      for (const tk::RateColumn& c : t.spec->columns)
        if (!row.is_confirmed(c.name)) unconfirmed.insert(std::string(c.name) + "@" + row.from.str());
    }
  }
  // statutory-rates.md: figures tagged [U] or [2nd] there are shipped unconfirmed.
  std::set<std::string> expected = {
      "llw@2013-11-04",                     // Nov 2013 £8.80 [U]
      "ni_secondary_threshold@2019-04-06",  // 2019-20 [U]
      "ni_rate@2026-04-06",
      "ni_secondary_threshold@2026-04-06",  // 2026-27 [U]
      "ssp_weekly@2015-04-06",              // 2015-17 [U]
      "ssp_weekly@2026-04-06",              // 123.25 [2nd]
      "pence_per_mile@2026-04-06",          // 55p [2nd]
  };
  // Pension bands other than 2016-17 and 2021-22 to 2025-26 are [U].
  for (const char* from :
       {"2015-04-06", "2017-04-06", "2018-04-06", "2019-04-06", "2020-04-06", "2026-04-06"})
    for (const char* c : {"pension_band_lower", "pension_band_upper", "pension_trigger"})
      expected.insert(std::string(c) + "@" + from);
  CHECK(unconfirmed == expected);
}

TEST_CASE("the shipped tables hold the figures of statutory-rates.md") {
  StatutoryRates rates = tk::test::shipped_rates();
  auto value = [&](const char* name, const char* on, int lag = 0) {
    return rates.figure(name, d(on), lag)->value;
  };
  CHECK(value("llw", "2015-11-01") == Rational(915, 100));
  CHECK(value("llw", "2015-11-02") == Rational(940, 100));
  CHECK(value("llw", "2025-11-01") == Rational(1480, 100));
  CHECK(value("llw", "2025-11-01", 6) == Rational(1385, 100));
  CHECK(value("nlw", "2015-11-01") == Rational(670, 100));
  CHECK(value("nlw", "2020-04-01") == Rational(872, 100));
  CHECK(value("nlw", "2026-04-01") == Rational(1271, 100));
  CHECK(value("ni_rate", "2022-06-01") == Rational(1505, 100));
  CHECK(value("ni_rate", "2022-11-06") == Rational(138, 10));
  CHECK(value("ni_secondary_threshold", "2020-04-06") == 8788);
  CHECK(value("ni_secondary_threshold", "2025-04-06") == 5000);
  CHECK(value("pension_rate", "2018-04-05") == 1);
  CHECK(value("pension_rate", "2018-04-06") == 2);
  CHECK(value("pension_rate", "2019-04-06") == 3);
  CHECK(value("pension_band_upper", "2021-04-06") == 50270);
  CHECK(value("ssp_weekly", "2020-04-06") == Rational(9585, 100));
  CHECK(value("ssp_waiting_days", "2026-04-05") == 3);
  CHECK(value("ssp_waiting_days", "2026-04-06") == 0);
  CHECK(value("ssp_earnings_percent", "2026-04-06") == 80);
  CHECK_FALSE(rates.figure("ssp_earnings_percent", d("2026-04-05")));
  CHECK(value("pence_per_mile", "2026-04-05") == 45);
}
