#pragma once

#include <vector>

#include "core/date.hpp"

namespace tk {

// England and Wales bank holidays: the dates shipped as data (data/bank-holidays/), with a
// rule-based fallback (the usual eight, moved off weekends) for years the data does not cover.
class BankHolidays {
 public:
  // The shipped England and Wales calendar, loaded once from the data directory.
  static const BankHolidays& england_and_wales();

  bool is_bank_holiday(Date d) const;
  // Bank holidays from `from` to `to`, both included, in date order.
  std::vector<Date> between(Date from, Date to) const;
  long count(Date from, Date to) const;
  // The date `n` working days after `from` (weekends and bank holidays skipped).
  Date add_working_days(Date from, int n) const;
};

}  // namespace tk
