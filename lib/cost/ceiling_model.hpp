#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/exact.hpp"
#include "cost/ceiling_inputs.hpp"
#include "model/tender.hpp"

namespace tk {

// The ceiling-rate formulas of contract section 5, exact. For one pricing basis and day
// type, per care worker per year (W = 52 - holiday_weeks worked weeks, A = contact hours):
//   H  = 1 + travel_minutes_per_contact_hour / 60        (1 when travel is exclusive)
//   Pw = wage * (A * H + training_hours_per_year)        wage = LLW or NLW (x multiplier on
//   Ph = Pw * holiday_weeks / W                          bank holidays)
//   Ps = occupational: sickness_days * wage * contact_hours_per_week * H / working_days
//        statutory:    max(0, sickness_days - waiting_days) * SSP weekly / working_days
//   G  = Pw + Ph + Ps;  NI = ni_rate% * max(0, G - threshold)
//   pension = pension_rate% * max(0, min(G, band_upper) - band_lower)   (0 if G < trigger)
//   mileage = A * miles_per_contact_hour * pence_per_mile / 100         (travel inclusive)
//   D = (G + NI + pension + mileage) / A   (the cost floor)
//   O = overheads_per_hour, or D * overheads_percent%;  S = (D + O) * surplus_percent%
//   ceiling = D + O + S
// When the SSP earnings cap applies (from 6 April 2026), SSP weekly is the lower of the flat
// rate and ssp_earnings_percent% of average weekly earnings, (Pw + Ph) / 52.

// One line of the working, so that an analyst can recompute it by hand.
struct WorkingLine {
  std::string symbol;       // "Pw"
  std::string label;        // "pay for work, £ a year"
  std::string formula;      // "wage * (A * H + training_hours_per_year)"
  std::string substituted;  // "13.85 * (1392 * 1.2 + 30)"
  Rational value;
  bool per_contact_hour = false;  // £ per contact hour: shown to pence as well
};

// The cost of a contact hour, line by line, in pounds. The lines before `overheads` add up
// to the cost floor; all of them except `total` add up to `total`, the ceiling.
struct CostLines {
  Rational contact_pay;   // wage
  Rational travel_pay;    // wage * (H - 1)
  Rational training_pay;  // wage * training_hours_per_year / A
  Rational holiday_pay;   // Ph / A
  Rational sick_pay;      // Ps / A
  Rational employer_ni;   // NI / A
  Rational pension;       // pension / A
  Rational mileage;       // mileage / A
  Rational overheads;     // O
  Rational surplus;       // S
  Rational total;         // the ceiling
};

// The lines' names ("contact_pay", ...) in display order, with their members.
struct CostLineName {
  std::string_view name;
  Rational CostLines::*member;
};
const std::vector<CostLineName>& cost_line_names();

// One basis on one day type.
struct DayCost {
  Basis basis;
  DayType day = DayType::standard;
  Rational wage;           // £ an hour
  Rational paid_hours;     // H, per contact hour
  Rational contact_hours;  // A, a year per worker
  Rational gross_pay;      // G, £ a year per worker
  Rational cost_floor;     // D, £ per contact hour
  Rational ceiling;        // D + O + S, £ per contact hour
  CostLines per_hour;
  std::vector<WorkingLine> working;
};

struct BasisCeilings {
  Basis basis;
  DayCost standard;
  DayCost bank_holiday;
};

// The four bases in all_bases() order.
struct CeilingResult {
  std::vector<BasisCeilings> bases;
  const BasisCeilings& basis(Basis b) const;
};

DayCost compute_day(const CeilingInputs& inputs, Basis basis, DayType day);
CeilingResult compute_ceilings(const CeilingInputs& inputs);

}  // namespace tk
