#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/exact.hpp"
#include "core/money.hpp"
#include "decide/award.hpp"
#include "model/calendar.hpp"

namespace tk {

// A day of the year without the year ("04-01").
struct MonthDay {
  unsigned month = 4;
  unsigned day = 1;
  std::string str() const;  // "04-01"
};

// Parses "MM-DD" (a day every year has, so not 02-29).
Parsed<MonthDay> parse_month_day(std::string_view text);

// How to project the cost.
struct CostOptions {
  // Rates rise by this percent (exactly, compounding, not rounded to pence) on each `uplift_from`
  // date after contract_start: 3 with 04-01 on a contract starting 2016-04-01 gives ×1.03 from
  // 2017-04-01, ×1.03² from 2018-04-01. nullopt: the bid rates throughout.
  std::optional<Rational> uplift_percent;
  MonthDay uplift_from;
  // The budget of a whole financial year for all lots together; a part year's budget is this
  // amount × the contract days in it ÷ the days in that financial year.
  std::optional<Money> budget_per_year;
};

// A financial year (1 April to 31 March) as far as it falls in the contract period.
struct FinancialYear {
  int first_year = 0;        // 2016 for 2016-17
  Date from;                 // the first contract day in it
  Date to;                   // the last contract day in it
  long days = 0;             // contract days in it
  long bank_holidays = 0;    // of those, England and Wales bank holidays
  long year_days = 0;        // days in the whole financial year (365 or 366)

  std::string label() const;  // "2016-17"
};

// From `from` on, rates are the bid rates × factor.
struct RateStep {
  Date from;
  Rational factor;
};

// The cost of one lot at its winner's rates, by financial year.
struct LotCost {
  const LotAward* award = nullptr;  // points into the Award; winner nullptr: unawarded, no cost
  Rational standard_rate;           // the winner's bid rates on the evaluated basis (before uplift)
  Rational bank_holiday_rate;
  std::vector<Rational> hours;      // per financial year: contract days × hours_per_week ÷ 7
  std::vector<Rational> cost;       // per financial year, exact
  Rational total_hours;
  Rational total;
};

// The projected contract cost of an award (its chosen mechanism's winners).
struct ContractCost {
  const Award* award = nullptr;
  CostOptions options;
  std::vector<FinancialYear> years;
  std::vector<RateStep> steps;      // the first from contract_start at factor 1
  std::vector<LotCost> lots;        // in tender order, unawarded lots included
  std::vector<Rational> total_by_year;
  Rational total;
  std::vector<Rational> budget_by_year;  // empty without a budget
  std::optional<Rational> budget_total;
};

// Costs the award day by day over the contract period: each day every awarded lot buys
// hours_per_week ÷ 7 contact hours, at the winner's bank-holiday rate on a bank holiday of
// `calendar` and at its standard rate otherwise, times the day's uplift factor; days are summed
// by financial year. Exact throughout. The result points into `award`.
ContractCost contract_cost(const Award& award, const BankHolidays& calendar, const CostOptions& options);

}  // namespace tk
