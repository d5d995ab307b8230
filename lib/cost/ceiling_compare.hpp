#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/exact.hpp"
#include "cost/ceiling_inputs.hpp"
#include "cost/ceiling_model.hpp"

namespace tk {

// The same cost model on two dates, line by line: what an analyst checks when the LLW or
// the statutory figures change.
struct ComparedLine {
  std::string name;  // a cost line ("contact_pay" ... "surplus"), then "standard",
                     // "bank_holiday", "cost_floor", "bank_holiday_cost_floor"
  Rational before;
  Rational after;
  Rational change;  // after - before, exact
};

struct ComparedBasis {
  Basis basis;
  std::vector<ComparedLine> lines;
};

// A statutory figure whose value differs between the dates (nullopt: not used on that date).
struct ChangedFigure {
  std::string name;
  std::optional<StatutoryFigure> before;
  std::optional<StatutoryFigure> after;
};

struct CeilingComparison {
  Date before;
  Date after;
  std::vector<ComparedBasis> bases;    // all_bases() order
  std::vector<ChangedFigure> changed;  // in the order the figures are used
};

CeilingComparison compare_ceilings(const ResolvedModel& before, const CeilingResult& before_result,
                                   const ResolvedModel& after, const CeilingResult& after_result);

}  // namespace tk
