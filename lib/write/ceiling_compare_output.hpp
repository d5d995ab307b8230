#pragma once

#include <string>
#include <string_view>

#include "cost/ceiling_compare.hpp"
#include "write/ceiling_output.hpp"

namespace tk {

// `ceiling --compare`: both dates side by side with the change on every line of every basis,
// then the statutory figures that changed and notes on unconfirmed figures of either date.
// `format` is table, csv, json or md. A change is the difference between the two amounts as
// shown (each rounded to pence), with a sign ("+0.95", "-0.10", "0.00"), so columns add up.
struct ComparisonReport {
  const CostModel& model;
  const ResolvedModel& before;
  const ResolvedModel& after;
  const CeilingComparison& comparison;
  std::string model_file;
};

std::string comparison_report(const ComparisonReport& report, std::string_view format);

}  // namespace tk
