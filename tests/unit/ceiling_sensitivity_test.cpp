#include "cost/ceiling_sensitivity.hpp"

#include <doctest/doctest.h>

#include "cost/ceiling_model.hpp"

using tk::Rational;

namespace {

Rational r(const char* s) { return *tk::parse_decimal(s).value; }

// W = 50, A = 2000, H = 1.1, wage 10, G = 22880, D = 12.7704 (see ceiling_model_test.cpp).
tk::CeilingInputs simple() {
  tk::CeilingInputs in;
  in.contact_hours_per_week = 40;
  in.travel_minutes_per_contact_hour = 6;
  in.miles_per_contact_hour = 1;
  in.pence_per_mile = 50;
  in.holiday_weeks = 2;
  in.working_days_per_week = 5;
  in.bank_holiday_pay_multiplier = 2;
  in.overheads = 10;
  in.surplus_percent = 5;
  in.llw = 10;
  in.nlw = 5;
  in.ni_rate = 10;
  in.ni_secondary_threshold = 10400;
  in.pension_rate = 3;
  in.pension_band_lower = 6240;
  in.pension_band_upper = 20000;
  in.pension_trigger = 10000;
  in.ssp_weekly = 100;
  in.ssp_waiting_days = 3;
  return in;
}

const tk::Basis kBasis{tk::Llw::inclusive, tk::Travel::inclusive};

const tk::SensitivityRow& row(const tk::Sensitivity& s, const std::string& name) {
  for (const auto& r : s.rows)
    if (r.name == name) return r;
  FAIL("no row " << name);
  return s.rows.front();
}

}  // namespace

TEST_CASE("each input moves by the step on its own") {
  tk::Sensitivity s = tk::ceiling_sensitivity(simple(), kBasis, tk::DayType::standard, 10);
  CHECK(s.ceiling == r("14.749812"));
  const tk::SensitivityRow& o = row(s, "overheads_percent");
  CHECK(o.low_value == 9);
  CHECK(o.high_value == 11);
  // C = D * (1 + overheads%) * 1.05 with D = 12.7704
  CHECK(*o.ceiling_low == r("12.7704") * r("1.09") * r("1.05"));
  CHECK(*o.ceiling_high == r("12.7704") * r("1.11") * r("1.05"));
  CHECK(o.impact == r("12.7704") * r("0.02") * r("1.05"));
  SUBCASE("the NLW does not move an LLW-inclusive ceiling") { CHECK(row(s, "nlw").impact == 0); }
  SUBCASE("rows are in order of impact, largest first") {
    for (std::size_t i = 1; i < s.rows.size(); ++i) CHECK(s.rows[i - 1].impact >= s.rows[i].impact);
    CHECK(s.rows.front().name == "llw");
  }
  SUBCASE("SSP figures are left out when sick pay is occupational") {
    for (const auto& r : s.rows) CHECK(r.name.rfind("ssp_", 0) != 0);
  }
}

TEST_CASE("a step that leaves the model meaningless shows no ceiling for that side") {
  tk::CeilingInputs in = simple();
  in.holiday_weeks = 30;
  tk::Sensitivity s = tk::ceiling_sensitivity(in, kBasis, tk::DayType::standard, 75);
  const tk::SensitivityRow& h = row(s, "holiday_weeks");
  CHECK(h.high_value == r("52.5"));
  CHECK_FALSE(h.ceiling_high);
  CHECK(h.ceiling_low);
  CHECK(h.impact == 0);
}

TEST_CASE("inputs_problem names what makes the formulas meaningless") {
  tk::CeilingInputs in = simple();
  CHECK(tk::inputs_problem(in).empty());
  in.holiday_weeks = 52;
  CHECK(tk::inputs_problem(in) == "holiday_weeks must be less than 52");
}
