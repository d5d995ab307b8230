#include "cost/ceiling_sensitivity.hpp"

#include <algorithm>
#include <stdexcept>

#include "cost/ceiling_model.hpp"

namespace tk {

namespace {
std::optional<Rational> ceiling_with(CeilingInputs inputs, Rational CeilingInputs::*member,
                                     const Rational& value, Basis basis, DayType day) {
  inputs.*member = value;
  if (!inputs_problem(inputs).empty()) return std::nullopt;
  return compute_day(inputs, basis, day).ceiling;
}
}  // namespace

std::string inputs_problem(const CeilingInputs& in) {
  if (!(in.holiday_weeks < 52)) return "holiday_weeks must be less than 52";
  if (!(in.contact_hours_per_week > 0)) return "contact_hours_per_week must be more than 0";
  if (!(in.working_days_per_week > 0)) return "working_days_per_week must be more than 0";
  return {};
}

Sensitivity ceiling_sensitivity(const CeilingInputs& inputs, Basis basis, DayType day,
                                const Rational& step_percent) {
  if (!(step_percent > 0 && step_percent < 100))
    throw std::invalid_argument("step_percent must be in (0, 100)");
  Sensitivity out;
  out.basis = basis;
  out.day = day;
  out.step_percent = step_percent;
  out.ceiling = compute_day(inputs, basis, day).ceiling;
  const Rational low = 1 - step_percent / 100, high = 1 + step_percent / 100;
  for (const InputField& f : input_fields(inputs)) {
    SensitivityRow row;
    row.name = std::string(f.name);
    row.value = inputs.*f.member;
    row.low_value = row.value * low;
    row.high_value = row.value * high;
    row.ceiling_low = ceiling_with(inputs, f.member, row.low_value, basis, day);
    row.ceiling_high = ceiling_with(inputs, f.member, row.high_value, basis, day);
    if (row.ceiling_low && row.ceiling_high) row.impact = abs(*row.ceiling_high - *row.ceiling_low);
    out.rows.push_back(std::move(row));
  }
  std::stable_sort(out.rows.begin(), out.rows.end(),
                   [](const SensitivityRow& a, const SensitivityRow& b) { return a.impact > b.impact; });
  return out;
}

}  // namespace tk
