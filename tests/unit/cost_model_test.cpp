#include "cost/cost_model.hpp"

#include <doctest/doctest.h>

#include "shipped_data.hpp"

using tk::CostModel;
using tk::Error;
using tk::Rational;

namespace {

const std::string kModel = R"(name = "Test model"
on = 2025-11-01
contact_hours_per_week = "30"
travel_minutes_per_contact_hour = 12
miles_per_contact_hour = "2.8"
pence_per_mile = "40"
holiday_weeks = "5.6"
training_hours_per_year = "30"
sickness_days_per_year = "7"
sick_pay = "occupational"
working_days_per_week = "5"
bank_holiday_pay_multiplier = "1.5"
overheads_percent = "30"
surplus_percent = "3"
)";

// The model text with line `from` replaced by `to` (or appended when `from` is empty).
std::string edited(const std::string& from, const std::string& to) {
  std::string text = kModel;
  if (from.empty()) return text + to;
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

std::vector<std::string> problems(const std::string& text) {
  try {
    tk::parse_cost_model(text, "model.toml");
  } catch (const Error& e) {
    CHECK(e.code() == tk::ExitCode::data_error);
    std::vector<std::string> out;
    for (const auto& p : e.problems()) out.push_back(p.format());
    return out;
  }
  return {};
}

}  // namespace

TEST_CASE("a cost model reads every assumption exactly") {
  CostModel m = tk::parse_cost_model(kModel, "model.toml");
  CHECK(m.name == "Test model");
  CHECK(m.on == *tk::Date::parse("2025-11-01"));
  CHECK(m.contact_hours_per_week.value == 30);
  CHECK(m.travel_minutes_per_contact_hour.value == 12);
  CHECK(m.miles_per_contact_hour.value == Rational(28, 10));
  CHECK(m.pence_per_mile->value == 40);
  CHECK(m.holiday_weeks.value == Rational(56, 10));
  CHECK(m.holiday_weeks.where.line == 7);
  CHECK(m.holiday_weeks.where.column == 17);
  CHECK(m.sick_pay == tk::SickPay::occupational);
  CHECK(m.bank_holiday_pay_multiplier.value == Rational(3, 2));
  CHECK(m.overheads_percent->value == 30);
  CHECK_FALSE(m.overheads_per_hour);
  CHECK(m.llw_lag_months == 0);
  CHECK(m.statutory.empty());
}

TEST_CASE("optional keys: overheads per hour, HMRC mileage, LLW lag, statutory overrides") {
  SUBCASE("overheads_per_hour instead of overheads_percent") {
    CostModel m =
        tk::parse_cost_model(edited("overheads_percent = \"30\"", "overheads_per_hour = \"5.20\""), "m");
    CHECK(m.overheads_per_hour->value == Rational(52, 10));
    CHECK_FALSE(m.overheads_percent);
  }
  SUBCASE("pence_per_mile left out") {
    CostModel m = tk::parse_cost_model(edited("pence_per_mile = \"40\"\n", ""), "m");
    CHECK_FALSE(m.pence_per_mile);
  }
  SUBCASE("llw_lag_months") {
    CHECK(tk::parse_cost_model(edited("", "llw_lag_months = 6\n"), "m").llw_lag_months == 6);
  }
  SUBCASE("[statutory] overrides, and 'none' for the SSP earnings cap") {
    CostModel m = tk::parse_cost_model(
        edited("", "[statutory]\nllw = \"13.85\"\nssp_waiting_days = 0\nssp_earnings_percent = \"none\"\n"),
        "m");
    REQUIRE(m.statutory.size() == 3);
    CHECK(*m.override_of("llw")->value == Rational(1385, 100));
    CHECK(m.override_of("llw")->where.line == 16);
    CHECK(*m.override_of("ssp_waiting_days")->value == 0);
    CHECK_FALSE(m.override_of("ssp_earnings_percent")->value);
    CHECK_FALSE(m.override_of("nlw"));
  }
}

TEST_CASE("bad cost models give located problems") {
  SUBCASE("a TOML float") {
    auto p = problems(edited("holiday_weeks = \"5.6\"", "holiday_weeks = 5.6"));
    REQUIRE(p.size() == 1);
    CHECK(p[0] ==
          "model.toml:7:17: error: 'holiday_weeks' is the TOML float 5.6; write it as a string (\"5.6\") "
          "so that it stays exact");
  }
  SUBCASE("an unknown key") {
    auto p = problems(edited("", "holiday_week = \"5.6\"\n"));
    REQUIRE(p.size() == 1);
    CHECK(p[0].rfind(
              "model.toml:15:16: error: unknown key 'holiday_week' in the cost model; expected one of name, ",
              0) == 0);
  }
  SUBCASE("an unknown [statutory] key") {
    auto p = problems(edited("", "[statutory]\nlondon_living_wage = \"13.85\"\n"));
    REQUIRE(p.size() == 1);
    CHECK(
        p[0].rfind(
            "model.toml:16:22: error: unknown key 'london_living_wage' in [statutory]; expected one of llw, ",
            0) == 0);
  }
  SUBCASE("a missing key") {
    auto p = problems(edited("training_hours_per_year = \"30\"\n", ""));
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "model.toml:1:1: error: missing key 'training_hours_per_year'");
  }
  SUBCASE("no overheads") {
    auto p = problems(edited("overheads_percent = \"30\"\n", ""));
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "model.toml:1:1: error: missing key 'overheads_percent' (or 'overheads_per_hour')");
  }
  SUBCASE("both kinds of overheads") {
    auto p = problems(edited("", "overheads_per_hour = \"5.20\"\n"));
    REQUIRE(p.size() == 1);
    CHECK(p[0] ==
          "model.toml:15:22: error: both 'overheads_percent' and 'overheads_per_hour' are given; expected "
          "one of them");
  }
  SUBCASE("a bad date") {
    auto p = problems(edited("on = 2025-11-01", "on = \"2025-11-31\""));
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "model.toml:2:6: error: 'on' is \"2025-11-31\"; expected a date such as 2016-04-01");
  }
  SUBCASE("a bad sick_pay") {
    auto p = problems(edited("\"occupational\"", "\"full\""));
    REQUIRE(p.size() == 1);
    CHECK(p[0] ==
          "model.toml:10:12: error: 'sick_pay' is \"full\"; expected one of \"occupational\", \"statutory\"");
  }
  SUBCASE("values out of range") {
    auto p = problems(edited("holiday_weeks = \"5.6\"", "holiday_weeks = \"52\""));
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "model.toml:7:17: error: 'holiday_weeks' is \"52\"; expected at least 0 and less than 52");
    p = problems(edited("contact_hours_per_week = \"30\"", "contact_hours_per_week = 0"));
    REQUIRE(p.size() == 1);
    CHECK(p[0] ==
          "model.toml:3:26: error: 'contact_hours_per_week' is 0; expected more than 0 and at most 168");
    p = problems(edited("", "[statutory]\nni_rate = \"101\"\n"));
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "model.toml:16:11: error: 'ni_rate' is \"101\"; expected at least 0 and at most 100");
  }
  SUBCASE("a pension band upside down") {
    auto p = problems(edited("", "[statutory]\npension_band_lower = 50270\npension_band_upper = 6240\n"));
    REQUIRE(p.size() == 1);
    CHECK(p[0].rfind("model.toml:17:22: error: 'pension_band_upper' is below 'pension_band_lower'", 0) == 0);
  }
  SUBCASE("every problem at once") {
    auto p = problems(edited("holiday_weeks = \"5.6\"", "holiday_weeks = 5.6\nsurplus = 3"));
    CHECK(p.size() == 2);
  }
  SUBCASE("invalid TOML") {
    auto p = problems("name = \"x\non = 2025-11-01\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0].rfind("model.toml:1:", 0) == 0);
  }
}

TEST_CASE("a missing cost model file is missing input") {
  try {
    tk::read_cost_model(tk::test::source_path("no/such/model.toml"));
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.code() == tk::ExitCode::no_input);
  }
}

TEST_CASE("the shipped cost models read cleanly") {
  for (const char* name : {"lewisham-2015", "london-2026", "homecare-association-2020"}) {
    CAPTURE(name);
    CHECK_NOTHROW(
        tk::read_cost_model(tk::test::source_path(std::string("data/cost-models/") + name + ".toml")));
  }
}
