#pragma once

#include <string>
#include <vector>

#include "model/tender.hpp"
#include "write/ceiling_output.hpp"

namespace tk {

// The working behind the ceilings, for `ceiling --explain`: for each chosen basis and day
// type, every formula line, the same line with the numbers put in, and its value (exact, or
// to 4 decimal places followed by "..."; amounts per contact hour also to pence).
std::string ceiling_explanation(const CeilingReport& report, const std::vector<Basis>& bases,
                                const std::vector<DayType>& days);

}  // namespace tk
