#include "cost/ceiling_model.hpp"

#include <doctest/doctest.h>

using tk::Basis;
using tk::CeilingInputs;
using tk::DayCost;
using tk::DayType;
using tk::Llw;
using tk::Rational;
using tk::Travel;

namespace {

Rational r(const char* s) { return *tk::parse_decimal(s).value; }

// Simple inputs for hand computation. Travel exclusive: W = 52 - 2 = 50 worked weeks,
// A = 40 * 50 = 2000 contact hours, H = 1, so with no training and no sickness
// Pw = 2000 * wage, Ph = Pw * 2 / 50 = 80 * wage and G = 2080 * wage.
CeilingInputs simple() {
  CeilingInputs in;
  in.contact_hours_per_week = 40;
  in.travel_minutes_per_contact_hour = 6;
  in.miles_per_contact_hour = 1;
  in.pence_per_mile = 50;
  in.holiday_weeks = 2;
  in.training_hours_per_year = 0;
  in.sickness_days_per_year = 0;
  in.sick_pay = tk::SickPay::occupational;
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

const Basis kLlwTravel{Llw::inclusive, Travel::inclusive};
const Basis kLlwNoTravel{Llw::inclusive, Travel::exclusive};
const Basis kNlwNoTravel{Llw::exclusive, Travel::exclusive};

DayCost with_wage(CeilingInputs in, const Rational& wage) {
  in.llw = wage;
  return tk::compute_day(in, kLlwNoTravel, DayType::standard);
}

}  // namespace

TEST_CASE("a whole worked case, travel inclusive, by hand") {
  // W = 50, A = 2000, H = 1 + 6/60 = 1.1, wage = 10
  // Pw = 10 * 2000 * 1.1 = 22000; Ph = 22000 * 2 / 50 = 880; Ps = 0; G = 22880
  // NI = 10% * (22880 - 10400) = 1248; pension = 3% * (20000 - 6240) = 412.8
  // mileage = 2000 * 1 * 50 / 100 = 1000
  // D = (22880 + 1248 + 412.8 + 1000) / 2000 = 12.7704
  // O = 10% of D = 1.27704; S = 5% of (D + O) = 0.702372; C = 14.749812
  DayCost c = tk::compute_day(simple(), kLlwTravel, DayType::standard);
  CHECK(c.paid_hours == r("1.1"));
  CHECK(c.contact_hours == 2000);
  CHECK(c.gross_pay == 22880);
  CHECK(c.per_hour.employer_ni == r("0.624"));
  CHECK(c.per_hour.pension == r("0.2064"));
  CHECK(c.per_hour.mileage == r("0.5"));
  CHECK(c.cost_floor == r("12.7704"));
  CHECK(c.per_hour.overheads == r("1.27704"));
  CHECK(c.per_hour.surplus == r("0.702372"));
  CHECK(c.ceiling == r("14.749812"));
  SUBCASE("the lines add up to the cost floor and the ceiling") {
    const auto& l = c.per_hour;
    CHECK(l.contact_pay == 10);
    CHECK(l.travel_pay == 1);
    CHECK(l.holiday_pay == r("0.44"));
    CHECK(l.contact_pay + l.travel_pay + l.training_pay + l.holiday_pay + l.sick_pay + l.employer_ni +
              l.pension + l.mileage ==
          c.cost_floor);
    CHECK(c.cost_floor + l.overheads + l.surplus == l.total);
    CHECK(l.total == c.ceiling);
  }
  SUBCASE("the bank holiday doubles the wage, not the mileage") {
    // wage 20: G = 45760; NI = 10% * 35360 = 3536; pension capped: 412.8; mileage 1000
    // D = (45760 + 3536 + 412.8 + 1000) / 2000 = 25.3544
    DayCost b = tk::compute_day(simple(), kLlwTravel, DayType::bank_holiday);
    CHECK(b.wage == 20);
    CHECK(b.cost_floor == r("25.3544"));
    CHECK(b.per_hour.mileage == r("0.5"));
  }
  SUBCASE("travel exclusive pays neither travel time nor mileage") {
    DayCost e = tk::compute_day(simple(), kLlwNoTravel, DayType::standard);
    CHECK(e.paid_hours == 1);
    CHECK(e.per_hour.travel_pay == 0);
    CHECK(e.per_hour.mileage == 0);
    CHECK(e.gross_pay == 20800);
  }
  SUBCASE("LLW exclusive uses the NLW") {
    DayCost n = tk::compute_day(simple(), kNlwNoTravel, DayType::standard);
    CHECK(n.wage == 5);
    CHECK(n.gross_pay == 10400);
  }
}

TEST_CASE("training pay and holiday pay on training time") {
  CeilingInputs in = simple();
  in.training_hours_per_year = 100;
  // Pw = 10 * (2000 + 100) = 21000; Ph = 21000 * 2 / 50 = 840
  DayCost c = tk::compute_day(in, kLlwNoTravel, DayType::standard);
  CHECK(c.per_hour.training_pay == r("0.5"));
  CHECK(c.per_hour.holiday_pay == r("0.42"));
  CHECK(c.gross_pay == 21840);
}

TEST_CASE("employer NI is charged only on gross pay above the secondary threshold") {
  // G = 2080 * wage; threshold 10400 = G at wage 5.
  SUBCASE("gross below the threshold: no NI") { CHECK(with_wage(simple(), 4).per_hour.employer_ni == 0); }
  SUBCASE("gross exactly at the threshold: no NI") {
    CHECK(with_wage(simple(), 5).per_hour.employer_ni == 0);
  }
  SUBCASE("gross above the threshold: NI on the excess only") {
    // G = 20800: 10% * (20800 - 10400) = 1040 a year = 0.52 per contact hour
    CHECK(with_wage(simple(), 10).per_hour.employer_ni == r("0.52"));
  }
  SUBCASE("a penny above the threshold") {
    // wage 5.01: G = 10420.8; 10% * 20.8 = 2.08 a year
    CHECK(with_wage(simple(), r("5.01")).per_hour.employer_ni == r("2.08") / 2000);
  }
}

TEST_CASE("pension: qualifying earnings between the band edges, nothing below the trigger") {
  SUBCASE("below the trigger nothing is paid, though gross is above the lower edge") {
    CHECK(with_wage(simple(), 4).per_hour.pension == 0);  // G = 8320 < 10000
  }
  SUBCASE("at the trigger the whole band above the lower edge counts") {
    CeilingInputs in = simple();
    in.pension_trigger = 10400;
    // G = 10400: 3% * (10400 - 6240) = 124.8 a year
    CHECK(with_wage(in, 5).per_hour.pension == r("0.0624"));
  }
  SUBCASE("just below the trigger") {
    CeilingInputs in = simple();
    in.pension_trigger = r("10400.01");
    CHECK(with_wage(in, 5).per_hour.pension == 0);
  }
  SUBCASE("gross at the lower edge: nothing qualifies") {
    CeilingInputs in = simple();
    in.pension_band_lower = 10400;
    CHECK(with_wage(in, 5).per_hour.pension == 0);
  }
  SUBCASE("gross above the upper edge: capped at the band") {
    // G = 20800 > 20000: 3% * (20000 - 6240) = 412.8 a year
    CHECK(with_wage(simple(), 10).per_hour.pension == r("0.2064"));
  }
  SUBCASE("gross exactly at the upper edge") {
    CeilingInputs in = simple();
    in.pension_band_upper = 20800;
    // 3% * (20800 - 6240) = 436.8
    CHECK(with_wage(in, 10).per_hour.pension == r("0.2184"));
  }
}

TEST_CASE("sick pay: occupational full pay or statutory sick pay after waiting days") {
  CeilingInputs in = simple();
  in.sickness_days_per_year = 10;
  SUBCASE("occupational: full pay for every sick day, travel time included") {
    // 10 * 10 * 40 * 1 / 5 = 800 a year
    CHECK(tk::compute_day(in, kLlwNoTravel, DayType::standard).per_hour.sick_pay == r("0.4"));
    // H = 1.1: 880
    CHECK(tk::compute_day(in, kLlwTravel, DayType::standard).per_hour.sick_pay == r("0.44"));
  }
  in.sick_pay = tk::SickPay::statutory;
  SUBCASE("statutory: (10 - 3) waiting days * 100 / 5 = 140 a year, whatever the wage") {
    CHECK(tk::compute_day(in, kLlwNoTravel, DayType::standard).per_hour.sick_pay == r("0.07"));
    CHECK(tk::compute_day(in, kLlwNoTravel, DayType::bank_holiday).per_hour.sick_pay == r("0.07"));
  }
  SUBCASE("statutory: no more sick days than waiting days pays nothing") {
    in.sickness_days_per_year = 3;
    CHECK(tk::compute_day(in, kLlwNoTravel, DayType::standard).per_hour.sick_pay == 0);
    in.sickness_days_per_year = 2;
    CHECK(tk::compute_day(in, kLlwNoTravel, DayType::standard).per_hour.sick_pay == 0);
  }
  SUBCASE("April 2026 rules: from day one, the flat rate when 80% of earnings is more") {
    in.ssp_waiting_days = 0;
    in.ssp_earnings_cap = true;
    in.ssp_earnings_percent = 80;
    // wage 10: AWE = (Pw + Ph) / 52 = 20800 / 52 = 400; 80% = 320 > 100: 10 * 100 / 5 = 200
    CHECK(with_wage(in, 10).per_hour.sick_pay == r("0.1"));
  }
  SUBCASE("April 2026 rules: 80% of earnings when that is less than the flat rate") {
    in.ssp_waiting_days = 0;
    in.ssp_earnings_cap = true;
    in.ssp_earnings_percent = 80;
    // wage 2: AWE = 4160 / 52 = 80; 80% = 64 < 100: 10 * 64 / 5 = 128 a year
    CHECK(with_wage(in, 2).per_hour.sick_pay == r("0.064"));
  }
}

TEST_CASE("overheads per contact hour or as a percentage of direct cost") {
  CeilingInputs in = simple();
  DayCost pct = tk::compute_day(in, kLlwNoTravel, DayType::standard);
  // G = 20800, NI = 1040, pension = 412.8, D = 22252.8 / 2000 = 11.1264
  CHECK(pct.cost_floor == r("11.1264"));
  CHECK(pct.per_hour.overheads == r("1.11264"));
  in.overheads_per_hour_given = true;
  in.overheads = r("5.20");
  DayCost fixed = tk::compute_day(in, kLlwNoTravel, DayType::standard);
  CHECK(fixed.per_hour.overheads == r("5.20"));
  // S = (11.1264 + 5.2) * 5% = 0.81632
  CHECK(fixed.per_hour.surplus == r("0.81632"));
  CHECK(fixed.ceiling == r("17.14272"));
  SUBCASE("a fixed amount does not grow on bank holidays") {
    CHECK(tk::compute_day(in, kLlwNoTravel, DayType::bank_holiday).per_hour.overheads == r("5.20"));
  }
}

TEST_CASE("the working has a line per formula with its value") {
  DayCost c = tk::compute_day(simple(), kLlwTravel, DayType::standard);
  auto line = [&](const std::string& symbol) -> const tk::WorkingLine& {
    for (const auto& l : c.working)
      if (l.symbol == symbol) return l;
    FAIL("no line " << symbol);
    return c.working.front();
  };
  CHECK(line("W").substituted == "52 - 2");
  CHECK(line("W").value == 50);
  CHECK(line("Pw").formula == "wage * (A * H + training_hours_per_year)");
  CHECK(line("Pw").substituted == "10 * (2000 * 1.1 + 0)");
  CHECK(line("NI").substituted == "10 / 100 * max(0, 22880 - 10400)");
  CHECK(line("C").value == c.ceiling);
  CHECK(line("C").per_contact_hour);
  CHECK_FALSE(line("G").per_contact_hour);
  CHECK(line("mileage").value == c.per_hour.mileage);
}

TEST_CASE("compute_ceilings gives the four bases in order") {
  tk::CeilingResult all = tk::compute_ceilings(simple());
  REQUIRE(all.bases.size() == 4);
  CHECK(all.bases[0].basis == kLlwTravel);
  CHECK(all.bases[3].basis == kNlwNoTravel);
  CHECK(all.basis(kNlwNoTravel).standard.wage == 5);
  CHECK(all.basis(kNlwNoTravel).bank_holiday.wage == 10);
}
