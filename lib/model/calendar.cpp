#include "model/calendar.hpp"

#include <algorithm>
#include <cstdlib>

namespace tk {

namespace {

// The Monday on or before `d`.
Date monday_on_or_before(Date d) { return d.plus_days(-static_cast<long>(d.iso_weekday() - 1)); }

}  // namespace

BankHolidays::BankHolidays(std::vector<Date> dates) : dates_(std::move(dates)) {
  std::sort(dates_.begin(), dates_.end());
  dates_.erase(std::unique(dates_.begin(), dates_.end()), dates_.end());
  for (const Date& d : dates_) years_.insert(d.year());
}

Date BankHolidays::easter_sunday(int year) {
  const int a = year % 19, b = year / 100, c = year % 100;
  const int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return Date(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

std::vector<Date> BankHolidays::rule_based(int year) {
  std::vector<Date> out;
  const Date new_year(year, 1, 1);
  switch (new_year.iso_weekday()) {
    case 6: out.push_back(new_year.plus_days(2)); break;
    case 7: out.push_back(new_year.plus_days(1)); break;
    default: out.push_back(new_year);
  }
  const Date easter = easter_sunday(year);
  out.push_back(easter.plus_days(-2));
  out.push_back(easter.plus_days(1));
  out.push_back(monday_on_or_before(Date(year, 5, 7)));  // first Monday of May
  out.push_back(monday_on_or_before(Date(year, 5, 31)));
  out.push_back(monday_on_or_before(Date(year, 8, 31)));
  // Christmas and Boxing Day go to the next weekdays not already taken by the other.
  const Date christmas(year, 12, 25);
  switch (christmas.iso_weekday()) {
    case 5:  // Friday: Boxing Day on Saturday moves to Monday 28
      out.push_back(christmas);
      out.push_back(Date(year, 12, 28));
      break;
    case 6:  // Saturday: both move, to Monday 27 and Tuesday 28
      out.push_back(Date(year, 12, 27));
      out.push_back(Date(year, 12, 28));
      break;
    case 7:  // Sunday: Boxing Day is Monday 26, Christmas moves to Tuesday 27
      out.push_back(Date(year, 12, 26));
      out.push_back(Date(year, 12, 27));
      break;
    default:
      out.push_back(christmas);
      out.push_back(Date(year, 12, 26));
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Date> BankHolidays::in_year(int year) const {
  if (!covers(year)) return rule_based(year);
  auto first = std::lower_bound(dates_.begin(), dates_.end(), Date(year, 1, 1));
  auto last = std::upper_bound(dates_.begin(), dates_.end(), Date(year, 12, 31));
  return std::vector<Date>(first, last);
}

bool BankHolidays::is_bank_holiday(Date d) const {
  if (covers(d.year())) return std::binary_search(dates_.begin(), dates_.end(), d);
  const std::vector<Date> usual = rule_based(d.year());
  return std::find(usual.begin(), usual.end(), d) != usual.end();
}

std::vector<Date> BankHolidays::between(Date from, Date to) const {
  std::vector<Date> out;
  for (int year = from.year(); year <= to.year(); ++year) {
    for (const Date& d : in_year(year)) {
      if (from <= d && d <= to) out.push_back(d);
    }
  }
  return out;
}

long BankHolidays::count(Date from, Date to) const {
  return static_cast<long>(between(from, to).size());
}

bool BankHolidays::is_working_day(Date d) const {
  return d.iso_weekday() <= 5 && !is_bank_holiday(d);
}

Date BankHolidays::add_working_days(Date from, int n) const {
  const long step = n < 0 ? -1 : 1;
  long remaining = std::labs(static_cast<long>(n));
  Date d = from;
  while (remaining > 0) {
    d = d.plus_days(step);
    if (is_working_day(d)) --remaining;
  }
  return d;
}

}  // namespace tk
