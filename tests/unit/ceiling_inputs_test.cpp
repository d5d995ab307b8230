#include "cost/ceiling_inputs.hpp"

#include <doctest/doctest.h>

#include "shipped_data.hpp"

using tk::CostModel;
using tk::Date;
using tk::Error;
using tk::Rational;
using tk::ResolvedModel;

namespace {

Date d(const char* s) { return *Date::parse(s); }

std::string model_text(const std::string& sick_pay, const std::string& extra = "") {
  return "name = \"m\"\non = 2025-11-01\ncontact_hours_per_week = 30\ntravel_minutes_per_contact_hour = 12\n"
         "miles_per_contact_hour = 2\nholiday_weeks = \"5.6\"\ntraining_hours_per_year = 24\n"
         "sickness_days_per_year = 6\nsick_pay = \"" +
         sick_pay +
         "\"\nworking_days_per_week = 5\nbank_holiday_pay_multiplier = \"1.5\"\noverheads_percent = 30\n"
         "surplus_percent = 3\n" +
         extra;
}

ResolvedModel resolve(const std::string& text, const char* on) {
  CostModel m = tk::parse_cost_model(text, "model.toml");
  return tk::resolve_model(m, tk::test::shipped_rates(), d(on));
}

}  // namespace

TEST_CASE("statutory figures come from the tables in force on the date") {
  ResolvedModel r = resolve(model_text("occupational"), "2025-11-01");
  CHECK(r.inputs.llw == Rational(1480, 100));
  CHECK(r.inputs.nlw == Rational(1221, 100));
  CHECK(r.inputs.ni_rate == 15);
  CHECK(r.inputs.ni_secondary_threshold == 5000);
  CHECK(r.inputs.pension_band_upper == 50270);
  CHECK(r.inputs.pence_per_mile == 45);  // HMRC rate: the model leaves pence_per_mile out
  CHECK(r.figure("pence_per_mile")->origin == "statutory/mileage.csv row from 2011-04-06");
  SUBCASE("occupational sick pay uses no SSP figure") {
    CHECK_FALSE(r.figure("ssp_weekly"));
    CHECK(r.unconfirmed().empty());
  }
}

TEST_CASE("the LLW lag delays a new LLW") {
  ResolvedModel r = resolve(model_text("occupational", "llw_lag_months = 6\n"), "2025-11-01");
  CHECK(r.inputs.llw == Rational(1385, 100));
  CHECK(r.figure("llw")->from == d("2024-10-23"));
}

TEST_CASE("SSP rules follow the date: waiting days until 5 April 2026, the earnings cap from 6 April") {
  ResolvedModel before = resolve(model_text("statutory"), "2026-04-05");
  CHECK(before.inputs.ssp_weekly == Rational(11875, 100));
  CHECK(before.inputs.ssp_waiting_days == 3);
  CHECK_FALSE(before.inputs.ssp_earnings_cap);
  ResolvedModel after = resolve(model_text("statutory"), "2026-04-06");
  CHECK(after.inputs.ssp_weekly == Rational(12325, 100));
  CHECK(after.inputs.ssp_waiting_days == 0);
  CHECK(after.inputs.ssp_earnings_cap);
  CHECK(after.inputs.ssp_earnings_percent == 80);
  SUBCASE("the 2026 flat rate is flagged unconfirmed") {
    std::vector<std::string> notes = tk::unconfirmed_notes(after);
    CHECK(std::find(
              notes.begin(), notes.end(),
              "ssp_weekly 123.25 (statutory/ssp.csv row from 2026-04-06) is not confirmed by a source; check "
              "it or set 'ssp_weekly' in [statutory]") != notes.end());
    CHECK(std::find(
              notes.begin(), notes.end(),
              "pence_per_mile 55 (statutory/mileage.csv row from 2026-04-06) is not confirmed by a source; "
              "check it or set 'pence_per_mile' in the cost model") != notes.end());
  }
  SUBCASE("an override of the cap with \"none\" turns it off") {
    ResolvedModel r =
        resolve(model_text("statutory", "[statutory]\nssp_earnings_percent = \"none\"\n"), "2026-04-06");
    CHECK_FALSE(r.inputs.ssp_earnings_cap);
  }
}

TEST_CASE("[statutory] overrides win over the tables and count as confirmed") {
  ResolvedModel r = resolve(
      model_text("occupational", "pence_per_mile = 40\n[statutory]\nni_rate = \"13.8\"\n"), "2026-06-01");
  CHECK(r.inputs.ni_rate == Rational(138, 10));
  CHECK(r.figure("ni_rate")->overridden);
  CHECK(r.figure("ni_rate")->confirmed);
  CHECK(r.figure("ni_rate")->where.line == 16);
  CHECK_FALSE(r.figure("ni_secondary_threshold")->confirmed);  // 2026-27 row is unconfirmed
  CHECK(r.inputs.pence_per_mile == 40);
  CHECK_FALSE(r.figure("pence_per_mile"));
}

TEST_CASE("a date before the tables start is an error located at the model's date") {
  try {
    resolve(model_text("occupational"), "2014-01-01");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.code() == tk::ExitCode::data_error);
    REQUIRE(e.problems().size() >= 1);
    CHECK(e.problems()[0].format() ==
          "model.toml:2:6: error: no row of statutory/nlw.csv is in force on 2014-01-01 (its first row: from "
          "2014-10-01); set 'nlw' in [statutory] or choose a later date");
  }
}

TEST_CASE("input_fields lists the numeric inputs the model uses") {
  ResolvedModel occupational = resolve(model_text("occupational"), "2026-06-01");
  std::vector<std::string> names;
  for (const auto& f : tk::input_fields(occupational.inputs)) names.emplace_back(f.name);
  CHECK(names.front() == "contact_hours_per_week");
  CHECK(std::find(names.begin(), names.end(), "overheads_percent") != names.end());
  CHECK(std::find(names.begin(), names.end(), "ssp_weekly") == names.end());
  ResolvedModel statutory = resolve(model_text("statutory"), "2026-06-01");
  names.clear();
  for (const auto& f : tk::input_fields(statutory.inputs)) names.emplace_back(f.name);
  CHECK(names.back() == "ssp_earnings_percent");
}

TEST_CASE("decimal_text shows exact decimals, or 4 places and dots") {
  CHECK(tk::decimal_text(Rational(28, 5)) == "5.6");
  CHECK(tk::decimal_text(Rational(1392)) == "1392");
  CHECK(tk::decimal_text(Rational(1, 3)) == "0.3333...");
  CHECK(tk::decimal_text(Rational(2, 3)) == "0.6667...");
  CHECK(tk::decimal_text(Rational(67, 10), 4, 2) == "6.70");
  CHECK(tk::input_text("nlw", Rational(67, 10)) == "6.70");
  CHECK(tk::input_text("ni_rate", Rational(15)) == "15");
}
