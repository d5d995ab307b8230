#pragma once

#include <string>
#include <string_view>

#include "cost/ceiling_sensitivity.hpp"
#include "write/ceiling_output.hpp"

namespace tk {

// `ceiling --sensitivity`: a tornado table, one row per input, largest impact first: the
// input's value, the value at -step% and +step%, the ceiling at each, and the impact
// (the distance between the two ceilings). `format` is table, csv, json or md.
struct SensitivityReport {
  const CostModel& model;
  const ResolvedModel& resolved;
  const Sensitivity& sensitivity;
  std::string model_file;
};

std::string sensitivity_report(const SensitivityReport& report, std::string_view format);

}  // namespace tk
