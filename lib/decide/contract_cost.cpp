#include "decide/contract_cost.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace tk {

std::string MonthDay::str() const { return fmt::format("{:02}-{:02}", month, day); }

Parsed<MonthDay> parse_month_day(std::string_view text) {
  auto fail = [&] {
    return Parsed<MonthDay>::fail("expected a day of the year as MM-DD such as 04-01 (not 02-29), found '" +
                                  std::string(text) + "'");
  };
  if (text.size() != 5 || text[2] != '-') return fail();
  for (std::size_t i : {0, 1, 3, 4})
    if (text[i] < '0' || text[i] > '9') return fail();
  MonthDay md{static_cast<unsigned>((text[0] - '0') * 10 + (text[1] - '0')),
              static_cast<unsigned>((text[3] - '0') * 10 + (text[4] - '0'))};
  if (!Date(2001, md.month, md.day).valid()) return fail();  // 2001: not a leap year
  return Parsed<MonthDay>::ok(md);
}

std::string FinancialYear::label() const { return fmt::format("{}-{:02}", first_year, (first_year + 1) % 100); }

namespace {

int financial_year_of(Date d) { return d.month() >= 4 ? d.year() : d.year() - 1; }

// Days of the contract with the same financial year and rate step, counted by day type.
struct Segment {
  std::size_t year = 0;
  std::size_t step = 0;
  long standard_days = 0;
  long bank_holiday_days = 0;
};

Rational power(const Rational& base, std::size_t n) {
  Rational out = 1;
  for (std::size_t i = 0; i < n; ++i) out *= base;
  return out;
}

}  // namespace

ContractCost contract_cost(const Award& award, const BankHolidays& calendar, const CostOptions& options) {
  const Tender& t = *award.evaluation->tender;
  ContractCost out;
  out.award = &award;
  out.options = options;
  out.steps.push_back({t.contract_start, Rational(1)});

  std::vector<Date> holidays = calendar.between(t.contract_start, t.contract_end);
  const Rational rise = options.uplift_percent ? 1 + *options.uplift_percent / 100 : Rational(1);
  std::vector<Segment> segments;
  for (Date d = t.contract_start; d <= t.contract_end; d = d.plus_days(1)) {
    if (options.uplift_percent && d != t.contract_start && d.month() == options.uplift_from.month &&
        d.day() == options.uplift_from.day) {
      out.steps.push_back({d, power(rise, out.steps.size())});
    }
    int fy = financial_year_of(d);
    if (out.years.empty() || out.years.back().first_year != fy) {
      FinancialYear y;
      y.first_year = fy;
      y.from = d;
      y.year_days = Date(fy + 1, 4, 1).days() - Date(fy, 4, 1).days();
      out.years.push_back(y);
    }
    FinancialYear& year = out.years.back();
    year.to = d;
    ++year.days;
    std::size_t y = out.years.size() - 1;
    std::size_t step = out.steps.size() - 1;
    if (segments.empty() || segments.back().year != y || segments.back().step != step) segments.push_back({y, step, 0, 0});
    if (std::binary_search(holidays.begin(), holidays.end(), d)) {
      ++year.bank_holidays;
      ++segments.back().bank_holiday_days;
    } else {
      ++segments.back().standard_days;
    }
  }

  out.total_by_year.assign(out.years.size(), Rational(0));
  for (const LotAward& a : award.chosen.lots) {
    LotCost lot;
    lot.award = &a;
    lot.hours.assign(out.years.size(), Rational(0));
    lot.cost.assign(out.years.size(), Rational(0));
    if (a.winner != nullptr) {
      lot.standard_rate = a.winner->price->standard->rate.pounds();
      lot.bank_holiday_rate = a.winner->price->bank_holiday->rate.pounds();
      const Rational per_day = a.lot->lot->hours_per_week / 7;
      for (const Segment& s : segments) {
        lot.hours[s.year] += per_day * (s.standard_days + s.bank_holiday_days);
        lot.cost[s.year] += per_day * out.steps[s.step].factor *
                            (lot.standard_rate * s.standard_days + lot.bank_holiday_rate * s.bank_holiday_days);
      }
      for (std::size_t y = 0; y < out.years.size(); ++y) {
        lot.total_hours += lot.hours[y];
        lot.total += lot.cost[y];
        out.total_by_year[y] += lot.cost[y];
      }
      out.total += lot.total;
    }
    out.lots.push_back(std::move(lot));
  }

  if (options.budget_per_year) {
    out.budget_total = Rational(0);
    for (const FinancialYear& y : out.years) {
      out.budget_by_year.push_back(options.budget_per_year->pounds() * y.days / y.year_days);
      *out.budget_total += out.budget_by_year.back();
    }
  }
  return out;
}

}  // namespace tk
