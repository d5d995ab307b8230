#pragma once
// Test helpers: the shipped data files, read from the source tree (never an installed copy).

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "model/calendar.hpp"
#include "model/statutory_rates.hpp"
#include "read/bank_holidays.hpp"
#include "read/statutory_tables.hpp"

namespace tk::test {

inline std::string source_path(const std::string& relative) {
  return std::string(TENDERKIT_TEST_SOURCE_DIR) + "/" + relative;
}

inline std::string read_source_file(const std::string& relative) {
  std::ifstream in(source_path(relative), std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The statutory tables as shipped in data/statutory/.
inline StatutoryRates shipped_rates() {
  std::vector<std::string> texts, files;
  for (const RateTableSpec& spec : statutory_table_specs()) {
    texts.push_back(read_source_file("data/" + std::string(spec.file)));
    files.push_back(std::string(spec.file));
  }
  return parse_statutory_tables(texts, files);
}

// The bank-holiday calendar as shipped in data/bank-holidays/, read once.
inline const BankHolidays& shipped_bank_holidays() {
  static const BankHolidays calendar = parse_bank_holidays(
      read_source_file("data/" + std::string(kBankHolidaysFile)), std::string(kBankHolidaysFile));
  return calendar;
}

}  // namespace tk::test
