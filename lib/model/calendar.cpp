#include "model/calendar.hpp"

#include <algorithm>
#include <cstdlib>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/data_dir.hpp"
#include "core/error.hpp"
#include "read/input_file.hpp"

namespace tk {

namespace {

constexpr std::string_view kDivision = "england-and-wales";

// The line and column (1-based, in bytes) of byte `offset` of `text`.
Location location_at(const std::string& file, std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  Location where{file, 1, 1};
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else {
      ++where.column;
    }
  }
  return where;
}

// Where the `occurrence`-th (0-based) appearance of `needle` is in `text`; the file alone when
// it cannot be found. The parsed JSON keeps no positions, so values are found again by text.
Location locate(const std::string& file, std::string_view text, std::string_view needle,
                int occurrence = 0) {
  std::size_t at = text.find(needle);
  for (int i = 0; i < occurrence && at != std::string_view::npos; ++i) {
    at = text.find(needle, at + 1);
  }
  if (needle.empty() || at == std::string_view::npos) return Location{file};
  return location_at(file, text, at);
}

// nlohmann's parse_error message without its "[json.exception...] parse error at ...: " prefix.
std::string parse_error_detail(const nlohmann::json::parse_error& e) {
  std::string_view what = e.what();
  std::size_t start = what.find("parse error");
  if (start != std::string_view::npos) start = what.find(": ", start);
  return std::string(start == std::string_view::npos ? what : what.substr(start + 2));
}

// The Monday on or before `d`.
Date monday_on_or_before(Date d) { return d.plus_days(-static_cast<long>(d.iso_weekday() - 1)); }

}  // namespace

BankHolidays::BankHolidays(std::vector<Date> dates) : dates_(std::move(dates)) {
  std::sort(dates_.begin(), dates_.end());
  dates_.erase(std::unique(dates_.begin(), dates_.end()), dates_.end());
  for (const Date& d : dates_) years_.insert(d.year());
}

BankHolidays BankHolidays::from_json(std::string_view text, const std::string& file) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte is 1-based: the position of the last character read.
    throw Error(ExitCode::data_error, location_at(file, text, e.byte == 0 ? 0 : e.byte - 1),
                "not valid JSON: " + parse_error_detail(e));
  }

  const std::string key(kDivision);
  if (!doc.is_object() || !doc.contains(key) || !doc[key].is_object()) {
    throw Error(ExitCode::data_error, Location{file, 1, 1},
                fmt::format("expected an object with a \"{}\" division (gov.uk bank-holidays.json "
                            "format)",
                            kDivision));
  }
  const nlohmann::json& division = doc[key];
  if (!division.contains("events") || !division["events"].is_array()) {
    throw Error(ExitCode::data_error, locate(file, text, "\"" + key + "\""),
                fmt::format("the \"{}\" division has no \"events\" array", kDivision));
  }

  Problems problems;
  std::vector<Date> dates;
  const nlohmann::json& events = division["events"];
  for (std::size_t i = 0; i < events.size(); ++i) {
    const nlohmann::json& event = events[i];
    const std::string where = fmt::format("{}.events[{}]", kDivision, i);
    if (!event.is_object() || !event.contains("date")) {
      problems.add(locate(file, text, "\"" + key + "\""),
                   fmt::format("{}: expected an object with a \"date\"", where));
      continue;
    }
    const nlohmann::json& value = event["date"];
    if (!value.is_string()) {
      problems.add(locate(file, text, value.dump()),
                   fmt::format("{}.date: {} is not a date (expected a string \"YYYY-MM-DD\")",
                               where, value.dump()));
      continue;
    }
    const std::string quoted = "\"" + value.get<std::string>() + "\"";
    std::optional<Date> date = Date::parse(value.get<std::string>());
    if (!date) {
      problems.add(locate(file, text, quoted),
                   fmt::format("{}.date: {} is not a date (expected YYYY-MM-DD, a real day)",
                               where, quoted));
      continue;
    }
    int seen_before = static_cast<int>(std::count(dates.begin(), dates.end(), *date));
    if (seen_before > 0) {
      problems.add(locate(file, text, quoted, seen_before),
                   fmt::format("{}.date: {} is listed more than once", where, quoted));
      continue;
    }
    dates.push_back(*date);
  }
  problems.throw_if_any();
  return BankHolidays(std::move(dates));
}

const BankHolidays& BankHolidays::england_and_wales() {
  static const BankHolidays calendar = [] {
    const std::string path = data_path("bank-holidays/england-and-wales.json");
    return from_json(read_input_file(path), path);
  }();
  return calendar;
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
