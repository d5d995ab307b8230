#include "read/bank_holidays.hpp"

#include <algorithm>

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

}  // namespace

BankHolidays parse_bank_holidays(std::string_view text, const std::string& file) {
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
    const std::string quoted = fmt::format("\"{}\"", value.get<std::string>());
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

BankHolidays load_bank_holidays() {
  const std::string path = data_path(kBankHolidaysFile);
  return parse_bank_holidays(read_input_file(path), path);
}

}  // namespace tk
