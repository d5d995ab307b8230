#pragma once

#include <set>
#include <vector>

#include "core/date.hpp"

namespace tk {

// England and Wales bank holidays: the dates given (read/bank_holidays.hpp reads the shipped
// data/bank-holidays/), with a rule-based fallback (the usual eight, moved off weekends) for
// years the data does not cover.
// A year is covered when the data has at least one date in it; a covered year's dates are taken
// as complete.
class BankHolidays {
 public:
  // No data: every year is rule-based.
  BankHolidays() = default;
  // The given dates (any order, duplicates ignored); the years they fall in are covered.
  explicit BankHolidays(std::vector<Date> dates);

  // The usual eight bank holidays of `year` in date order: New Year's Day, Good Friday, Easter
  // Monday, first and last Mondays of May, last Monday of August, Christmas and Boxing Day, each
  // moved to the next free weekday when it falls on a weekend. No one-off changes.
  static std::vector<Date> rule_based(int year);
  // Western Easter Sunday of `year` (anonymous Gregorian algorithm).
  static Date easter_sunday(int year);

  // Whether the data covers `year` (otherwise rule_based(year) is used).
  bool covers(int year) const { return years_.count(year) != 0; }
  // The first and last years the data covers; both 0 when there is no data.
  int first_year() const { return years_.empty() ? 0 : *years_.begin(); }
  int last_year() const { return years_.empty() ? 0 : *years_.rbegin(); }

  // The bank holidays of `year`, in date order.
  std::vector<Date> in_year(int year) const;
  bool is_bank_holiday(Date d) const;
  // Bank holidays from `from` to `to`, both included, in date order (empty when to < from).
  std::vector<Date> between(Date from, Date to) const;
  long count(Date from, Date to) const;
  // Whether `d` is a weekday (Monday to Friday) and not a bank holiday.
  bool is_working_day(Date d) const;
  // The date `n` working days after `from` (weekends and bank holidays skipped): the 8-working-
  // day standstill ends at the end of add_working_days(notice_date, 8). `from` itself is not
  // counted; n = 0 gives `from`; a negative n counts backwards.
  Date add_working_days(Date from, int n) const;

 private:
  std::vector<Date> dates_;  // sorted, unique
  std::set<int> years_;
};

}  // namespace tk
