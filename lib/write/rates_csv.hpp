#pragma once

#include <string>

#include "evaluate/rate_checks.hpp"

namespace tk {

// One CSV row per finding, in the report's order: bidder_id, name, lot, severity, code, llw,
// travel, day (blank when the finding is not about one: see RateFinding), message.
std::string render_rates_csv(const RateReport& report);

// One CSV row per bid and basis: bidder_id, name, lot, llw, travel, evaluated_basis (yes|no),
// evaluated_price, cost_floor, surplus (each to pence; blank when a rate or the floor is
// missing), excluded_by (the evaluated basis's reason codes joined by ';'; blank when ranked).
std::string render_surplus_csv(const RateReport& report);

}  // namespace tk
