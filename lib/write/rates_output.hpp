#pragma once

#include <string>

#include "evaluate/rate_checks.hpp"

namespace tk {

// The `rates` terminal table: the settings and ceilings, the findings grouped per bidder
// (lot, severity, check, message), a count per check and severity, then the surplus table.
std::string render_rates_table(const RateReport& report);

// Only the surplus-or-deficit table (evaluated price minus cost floor per hour, each basis).
std::string render_surplus_table(const RateReport& report);

}  // namespace tk
