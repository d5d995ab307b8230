#include <doctest/doctest.h>

#include "decide/contract_cost.hpp"
#include "scoring_fixture.hpp"

using namespace tk;

namespace {

// One lot of 70 hours a week (10 hours a day), won by X at 20.00 standard and 30.00 on bank
// holidays, from Thursday 2016-03-24 to Saturday 2016-04-02: 8 days in financial year 2015-16
// (with Good Friday 25 March and Easter Monday 28 March) and 2 days in 2016-17.
Tender small_contract() {
  Tender t = test::tiny_settings();
  t.ceilings.clear();
  t.contract_start = Date(2016, 3, 24);
  t.contract_end = Date(2016, 4, 2);
  t.lots = {{"N1", "Neighbourhood 1", 70, {}}};
  t.bidders = {test::bidder("X", "Xenia Care", {})};
  test::add_rates(t, "X", "*", {Llw::inclusive, Travel::inclusive}, "20.00", "30.00");
  test::add_marks(t, "X", {5, 5, 5, 5});
  return t;
}

const BankHolidays& easter_2016() {
  static const BankHolidays calendar({Date(2016, 3, 25), Date(2016, 3, 28)});
  return calendar;
}

EvaluationOptions options() {
  EvaluationOptions o;
  o.tender_share = calendar_share(2, 10);
  return o;
}

}  // namespace

TEST_CASE("month-day parsing") {
  CHECK(parse_month_day("04-01").value->month == 4);
  CHECK(parse_month_day("12-31").value->day == 31);
  CHECK(parse_month_day("10-01").value->str() == "10-01");
  SUBCASE("rejected") {
    for (const char* bad : {"02-29", "4-1", "04/01", "13-01", "04-31", "", "00-10", "04-01x"}) {
      INFO(bad);
      CHECK_FALSE(parse_month_day(bad));
    }
  }
}

TEST_CASE("financial year labels") {
  FinancialYear y;
  y.first_year = 2016;
  CHECK(y.label() == "2016-17");
  y.first_year = 1999;
  CHECK(y.label() == "1999-00");
}

TEST_CASE("day by day, bank holidays at their rate, split at 1 April") {
  Tender t = small_contract();
  Evaluation e = evaluate_tender(t, options());
  Award a = decide_award(e, AwardMechanism::optimal, 1);
  ContractCost c = contract_cost(a, easter_2016(), CostOptions{});
  REQUIRE(c.years.size() == 2);
  CHECK(c.years[0].label() == "2015-16");
  CHECK(c.years[0].from == Date(2016, 3, 24));
  CHECK(c.years[0].to == Date(2016, 3, 31));
  CHECK(c.years[0].days == 8);
  CHECK(c.years[0].bank_holidays == 2);
  CHECK(c.years[0].year_days == 366);  // April 2015 to March 2016 holds 29 February 2016
  CHECK(c.years[1].label() == "2016-17");
  CHECK(c.years[1].days == 2);
  CHECK(c.years[1].year_days == 365);
  REQUIRE(c.lots.size() == 1);
  const LotCost& lot = c.lots[0];
  CHECK(lot.standard_rate == 20);
  CHECK(lot.bank_holiday_rate == 30);
  // 2015-16: 6 standard days × 10 h × 20.00 + 2 bank holidays × 10 h × 30.00 = 1200 + 600.
  CHECK(lot.cost[0] == 1800);
  CHECK(lot.cost[1] == 400);  // 2 × 10 × 20.00
  CHECK(lot.hours[0] == 80);
  CHECK(lot.hours[1] == 20);
  CHECK(lot.total == 2200);
  CHECK(c.total == 2200);
  CHECK(c.total_by_year == std::vector<Rational>{1800, 400});
  CHECK(c.steps.size() == 1);
  CHECK(c.budget_by_year.empty());
  CHECK_FALSE(c.budget_total);

  SUBCASE("uplift 10% from 1 April: the 2016-17 days cost 1.1 times as much") {
    CostOptions o;
    o.uplift_percent = 10;
    ContractCost u = contract_cost(a, easter_2016(), o);
    REQUIRE(u.steps.size() == 2);
    CHECK(u.steps[1].from == Date(2016, 4, 1));
    CHECK(u.steps[1].factor == Rational(11, 10));
    CHECK(u.total_by_year == std::vector<Rational>{1800, 440});
    CHECK(u.total == 2240);
  }
  SUBCASE("uplift from 28 March, a bank holiday") {
    // 24 (200), 25 BH (300), 26 (200), 27 (200) = 900; from 28: (300 + 3 × 200) × 1.1 = 990;
    // 1 and 2 April: 2 × 200 × 1.1 = 440.
    CostOptions o;
    o.uplift_percent = 10;
    o.uplift_from = *parse_month_day("03-28").value;
    ContractCost u = contract_cost(a, easter_2016(), o);
    CHECK(u.total_by_year == std::vector<Rational>{1890, 440});
  }
  SUBCASE("an uplift date on the first day does not count") {
    CostOptions o;
    o.uplift_percent = 10;
    o.uplift_from = *parse_month_day("03-24").value;
    CHECK(contract_cost(a, easter_2016(), o).total == 2200);
  }
  SUBCASE("two uplifts compound") {
    t.contract_end = Date(2017, 4, 1);
    Evaluation f = evaluate_tender(t, options());
    Award b = decide_award(f, AwardMechanism::optimal, 1);
    CostOptions o;
    o.uplift_percent = 10;
    ContractCost u = contract_cost(b, easter_2016(), o);
    REQUIRE(u.steps.size() == 3);
    CHECK(u.steps[2].factor == Rational(121, 100));
    REQUIRE(u.years.size() == 3);
    // 1 April 2017 (a Saturday; 2017 is not in the test calendar, so its usual bank holidays
    // are used, and 1 April is not one): 10 h × 20.00 × 1.21.
    CHECK(u.total_by_year[2] == 242);
  }
  SUBCASE("budget per year, part years pro rata by days") {
    CostOptions o;
    o.budget_per_year = test::pounds("36500.00");
    ContractCost b = contract_cost(a, easter_2016(), o);
    REQUIRE(b.budget_by_year.size() == 2);
    CHECK(b.budget_by_year[0] == Rational(36500 * 8, 366));
    CHECK(b.budget_by_year[1] == 200);  // 36500 × 2 / 365
    CHECK(*b.budget_total == Rational(36500 * 8, 366) + 200);
  }
}

TEST_CASE("hours per day are exact sevenths; an unawarded lot costs nothing") {
  Tender t = small_contract();
  t.lots = {{"N1", "Neighbourhood 1", 5000, {}}, {"N2", "Neighbourhood 2", 10, {}}};
  t.bidders[0].all_lots = false;
  t.bidders[0].lots = {"N1"};
  t.contract_end = Date(2016, 3, 24);
  Evaluation e = evaluate_tender(t, options());
  Award a = decide_award(e, AwardMechanism::optimal, 1);
  ContractCost c = contract_cost(a, easter_2016(), CostOptions{});
  // One standard day: 5000 / 7 hours × 20.00 = 100000 / 7 = 14285.714285...
  CHECK(c.lots[0].cost[0] == Rational(100000, 7));
  CHECK(c.lots[0].hours[0] == Rational(5000, 7));
  CHECK(c.lots[1].award->winner == nullptr);
  CHECK(c.lots[1].total == 0);
  CHECK(c.total == Rational(100000, 7));
}
