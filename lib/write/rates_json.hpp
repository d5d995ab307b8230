#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "evaluate/rate_checks.hpp"

namespace tk {

// The `rates` JSON of contract section 7: {"basis": {llw, travel, bank_holiday_share},
// "findings": [{bidder_id, lot, code, severity, message, llw, travel, day}], "summary":
// {bids, bids_with_findings, errors, warnings, checks: {code: {errors, warnings}}}, "bids":
// [{bidder_id, name, lot, excluded_by, findings, bases: [{llw, travel, evaluated,
// evaluated_price, cost_floor, surplus, abnormally_low_screen, exact}]}]}. Money is a string
// to pence (null when missing); `exact` holds the same values as exact fractions. llw, travel
// and day of a finding are null when it is not about one (see RateFinding).
nlohmann::ordered_json rates_json(const RateReport& report);

// rates_json, indented by 2, ending in a newline.
std::string render_rates_json(const RateReport& report);

// {"basis", "bids"} of rates_json only.
std::string render_surplus_json(const RateReport& report);

}  // namespace tk
