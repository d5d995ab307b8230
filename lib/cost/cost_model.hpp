#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"
#include "core/exact.hpp"

namespace tk {

// A cost model file (contract section 5): the assumptions a finance analyst makes about how
// care workers are paid and what running the business costs, read from TOML. Numbers are
// integers or strings holding decimals (never TOML floats); percentages are in percent.

enum class SickPay { occupational, statutory };
std::string_view to_string(SickPay v);

// One assumption as written in the file.
struct Assumption {
  Rational value;
  Location where;
};

// A [statutory] override of a dated-table figure.
struct StatutoryOverride {
  std::string name;               // "nlw"
  std::optional<Rational> value;  // nullopt: "none" (ssp_earnings_percent only: no earnings cap)
  Location where;
};

struct CostModel {
  std::string file;  // as given on the command line
  std::string name;
  std::string description;  // optional
  Date on;                  // statutory figures in force on this date (--on overrides)
  Location on_where;

  Assumption contact_hours_per_week;
  Assumption travel_minutes_per_contact_hour;
  Assumption miles_per_contact_hour;
  std::optional<Assumption> pence_per_mile;  // absent: HMRC's approved rate (mileage.csv)
  Assumption holiday_weeks;
  Assumption training_hours_per_year;
  Assumption sickness_days_per_year;
  SickPay sick_pay = SickPay::occupational;
  Location sick_pay_where;
  Assumption working_days_per_week;
  Assumption bank_holiday_pay_multiplier;
  std::optional<Assumption> overheads_percent;   // exactly one of these two
  std::optional<Assumption> overheads_per_hour;  // pounds per contact hour
  Assumption surplus_percent;
  int llw_lag_months = 0;  // months from an LLW announcement until the model applies it

  std::vector<StatutoryOverride> statutory;

  // The override of figure `name`, or nullptr.
  const StatutoryOverride* override_of(std::string_view name) const;
};

// The figure names a [statutory] table may override, in display order.
const std::vector<std::string_view>& statutory_figure_names();

// Parses a cost model from `text` (read from `file`). Throws Error(data_error) with every
// located problem: TOML syntax, floats, unknown or missing keys, values out of range.
CostModel parse_cost_model(std::string_view text, const std::string& file);

// Reads and parses the cost model at `path`. Throws Error(no_input) when it cannot be read.
CostModel read_cost_model(const std::string& path);

}  // namespace tk
