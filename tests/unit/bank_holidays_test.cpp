#include "read/bank_holidays.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/error.hpp"

using tk::BankHolidays;
using tk::Date;

namespace {

// The problems parse_bank_holidays reports for `text`, formatted.
std::vector<std::string> json_problems(const std::string& text) {
  try {
    tk::parse_bank_holidays(text, "bh.json");
  } catch (const tk::Error& e) {
    CHECK(e.code() == tk::ExitCode::data_error);
    std::vector<std::string> out;
    for (const tk::Problem& p : e.problems()) out.push_back(p.format());
    return out;
  }
  FAIL("parse_bank_holidays accepted " << text);
  return {};
}

}  // namespace

TEST_CASE("parse_bank_holidays reads gov.uk's format") {
  SUBCASE("the England and Wales division only") {
    const BankHolidays b = tk::parse_bank_holidays(
        "\xEF\xBB\xBF{\"scotland\": {\"division\": \"scotland\", \"events\": "
        "[{\"date\": \"2024-01-02\"}]},\r\n"
        " \"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": ["
        "{\"title\": \"x\", \"date\": \"2024-01-01\", \"notes\": \"\", \"bunting\": true}]}}",
        "bh.json");
    CHECK(b.first_year() == 2024);
    CHECK(b.last_year() == 2024);
    CHECK(b.in_year(2024) == std::vector<Date>{Date(2024, 1, 1)});
  }
  SUBCASE("malformed JSON is located") {
    CHECK(json_problems("{\n  \"england-and-wales\": [,\n}") ==
          std::vector<std::string>{
              "bh.json:2:25: error: not valid JSON: syntax error while parsing value - unexpected "
              "','; expected '[', '{', or a literal"});
  }
  SUBCASE("no division") {
    CHECK(json_problems("{\"scotland\": {}}") ==
          std::vector<std::string>{"bh.json:1:1: error: expected an object with a "
                                   "\"england-and-wales\" division (gov.uk bank-holidays.json "
                                   "format)"});
  }
  SUBCASE("no events") {
    CHECK(json_problems("{\"england-and-wales\": {\"events\": {}}}") ==
          std::vector<std::string>{
              "bh.json:1:2: error: the \"england-and-wales\" division has no \"events\" array"});
  }
  SUBCASE("every bad date is reported, with its line and column") {
    const std::string text =
        "{\"england-and-wales\": {\"events\": [\n"
        "  {\"date\": \"2016-02-30\"},\n"
        "  {\"date\": 20160101},\n"
        "  {\"title\": \"no date\"},\n"
        "  {\"date\": \"2016-12-26\"},\n"
        "  {\"date\": \"2016-12-26\"}\n"
        "]}}";
    CHECK(json_problems(text) ==
          std::vector<std::string>{
              "bh.json:2:12: error: england-and-wales.events[0].date: \"2016-02-30\" is not a "
              "date (expected YYYY-MM-DD, a real day)",
              "bh.json:3:12: error: england-and-wales.events[1].date: 20160101 is not a date "
              "(expected a string \"YYYY-MM-DD\")",
              "bh.json:1:2: error: england-and-wales.events[2]: expected an object with a "
              "\"date\"",
              "bh.json:6:12: error: england-and-wales.events[4].date: \"2016-12-26\" is listed "
              "more than once"});
  }
}

TEST_CASE("load_bank_holidays reads the shipped calendar") {
  const BankHolidays shipped = tk::load_bank_holidays();
  CHECK(shipped.first_year() == 2010);
  CHECK(shipped.last_year() >= 2030);
  CHECK(shipped.is_bank_holiday(Date(2022, 9, 19)));  // a one-off: only the data knows it
}
