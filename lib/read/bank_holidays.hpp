#pragma once

#include <string>
#include <string_view>

#include "model/calendar.hpp"

namespace tk {

// The shipped England and Wales calendar, relative to the data directory.
inline constexpr std::string_view kBankHolidaysFile = "bank-holidays/england-and-wales.json";

// Reads a calendar in gov.uk's bank-holidays.json format, using the "england-and-wales"
// division's events[].date. Throws Error(data_error) located in `file` (line and column where
// they can be found) for malformed JSON, a missing division, a date that is not a real
// YYYY-MM-DD string, or a repeated date.
BankHolidays parse_bank_holidays(std::string_view text, const std::string& file);

// The shipped calendar, read from data_path(kBankHolidaysFile). Throws Error(no_input) when it
// is missing, and as parse_bank_holidays does.
BankHolidays load_bank_holidays();

}  // namespace tk
