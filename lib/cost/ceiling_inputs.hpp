#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/exact.hpp"
#include "cost/cost_model.hpp"
#include "model/statutory_rates.hpp"

namespace tk {

// Every figure the ceiling formulas use, exact: the cost model's assumptions with the
// statutory figures in force on one date (or the model's [statutory] overrides) filled in.
// Percentages are in percent, money in pounds, pence_per_mile in pence.
struct CeilingInputs {
  Rational contact_hours_per_week;
  Rational travel_minutes_per_contact_hour;
  Rational miles_per_contact_hour;
  Rational pence_per_mile;
  Rational holiday_weeks;
  Rational training_hours_per_year;
  Rational sickness_days_per_year;
  SickPay sick_pay = SickPay::occupational;
  Rational working_days_per_week;
  Rational bank_holiday_pay_multiplier;
  bool overheads_per_hour_given = false;  // true: `overheads` is £ per contact hour, else percent
  Rational overheads;
  Rational surplus_percent;

  Rational llw;
  Rational nlw;
  Rational ni_rate;
  Rational ni_secondary_threshold;  // £ a year
  Rational pension_rate;
  Rational pension_band_lower;  // £ a year
  Rational pension_band_upper;  // £ a year
  Rational pension_trigger;     // £ a year
  Rational ssp_weekly;
  Rational ssp_waiting_days;
  bool ssp_earnings_cap = false;  // true: SSP is the lower of the flat rate and this % of earnings
  Rational ssp_earnings_percent;
};

// A numeric input by name, for sensitivity runs and explanations.
struct InputField {
  std::string_view name;  // "holiday_weeks", "overheads_percent", "llw", ...
  Rational CeilingInputs::*member;
};

// The numeric inputs `inputs` uses, model assumptions first, then statutory figures.
// overheads appears as overheads_percent or overheads_per_hour; ssp_earnings_percent
// only when the earnings cap applies.
std::vector<InputField> input_fields(const CeilingInputs& inputs);

// The cost model resolved on one date.
struct ResolvedModel {
  Date on;
  CeilingInputs inputs;
  std::vector<StatutoryFigure> statutory;  // every statutory figure used, in display order

  // The figures whose values no source confirmed (outputs must say so).
  std::vector<const StatutoryFigure*> unconfirmed() const;
  const StatutoryFigure* figure(std::string_view name) const;
};

// Resolves `model` with the statutory figures in force on `on`. Throws Error(data_error),
// located at the model's `on` key, when a table has no row in force on that date and the
// model does not override the figure.
ResolvedModel resolve_model(const CostModel& model, const StatutoryRates& rates, Date on);

// `value` as a plain decimal when it has at most `places` decimals ("5.6", "13.85", "1392"),
// else rounded half away from zero to `places` and followed by "..." ("2842.2721...").
// At least `min_places` decimals are shown ("6.70" with 2).
std::string decimal_text(const Rational& value, int places = 4, int min_places = 0);

// An input's value for display: amounts in pounds (llw, nlw, ssp_weekly,
// overheads_per_hour) with at least 2 decimals, anything else as decimal_text shows it.
std::string input_text(std::string_view name, const Rational& value);

// One line per unconfirmed figure, e.g. "ssp_weekly 123.25 (statutory/ssp.csv row from
// 2026-04-06) is not confirmed by a source; check it or set it in [statutory]".
std::vector<std::string> unconfirmed_notes(const ResolvedModel& resolved);

}  // namespace tk
