#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/exact.hpp"
#include "cost/ceiling_inputs.hpp"
#include "model/tender.hpp"

namespace tk {

// How much one basis's ceiling moves when each numeric input moves by -step% and +step%
// on its own (a tornado table).
struct SensitivityRow {
  std::string name;     // the input, e.g. "holiday_weeks" or "llw"
  Rational value;       // as resolved
  Rational low_value;   // value * (1 - step / 100)
  Rational high_value;  // value * (1 + step / 100)
  // The ceiling with the low or high value; nullopt when that value leaves the model
  // meaningless (no worked weeks, for example).
  std::optional<Rational> ceiling_low;
  std::optional<Rational> ceiling_high;
  Rational impact;  // |ceiling_high - ceiling_low|, 0 when either is missing
};

struct Sensitivity {
  Basis basis;
  DayType day = DayType::standard;
  Rational step_percent;
  Rational ceiling;                  // with every input as resolved
  std::vector<SensitivityRow> rows;  // largest impact first; equal impacts in input order
};

// `step_percent` must be more than 0 and less than 100.
Sensitivity ceiling_sensitivity(const CeilingInputs& inputs, Basis basis, DayType day,
                                const Rational& step_percent);

// Empty when the formulas can be evaluated with `inputs`, else why not
// ("holiday_weeks must be less than 52").
std::string inputs_problem(const CeilingInputs& inputs);

}  // namespace tk
