#pragma once

#include <string>

#include "evaluate/rate_checks.hpp"
#include "write/json.hpp"

namespace tk {

// The rate checks in each output format of `rates`: a terminal table, CSV, JSON and
// Markdown, each of the whole report or of the surplus-or-deficit table only (--surplus).

// The `rates` terminal table: the settings and ceilings, the findings grouped per bidder
// (lot, severity, check, message), a count per check and severity, then the surplus table.
std::string render_rates_table(const RateReport& report);

// Only the surplus-or-deficit table (evaluated price minus cost floor per hour, each basis).
std::string render_surplus_table(const RateReport& report);

// One CSV row per finding, in the report's order: bidder_id, name, lot, severity, code, llw,
// travel, day (blank when the finding is not about one: see RateFinding), message.
std::string render_rates_csv(const RateReport& report);

// One CSV row per bid and basis: bidder_id, name, lot, llw, travel, evaluated_basis (yes|no),
// evaluated_price, cost_floor, surplus (each to pence; blank when a rate or the floor is
// missing), excluded_by (the evaluated basis's reason codes joined by ';'; blank when ranked).
std::string render_surplus_csv(const RateReport& report);

// The `rates` JSON of contract section 7: {"basis": {llw, travel, bank_holiday_share},
// "findings": [{bidder_id, lot, code, severity, message, llw, travel, day}], "summary":
// {bids, bids_with_findings, errors, warnings, checks: {code: {errors, warnings}}}, "bids":
// [{bidder_id, name, lot, excluded_by, findings, bases: [{llw, travel, evaluated,
// evaluated_price, cost_floor, surplus, abnormally_low_screen, exact}]}]}. Money is a string
// to pence (null when missing); `exact` holds the same values as exact fractions. llw, travel
// and day of a finding are null when it is not about one (see RateFinding).
Json rates_json(const RateReport& report);

// rates_json, indented by 2, ending in a newline.
std::string render_rates_json(const RateReport& report);

// {"basis", "bids"} of rates_json only.
std::string render_surplus_json(const RateReport& report);

// The `rates` report as Markdown: the settings and ceilings, the findings per bidder, the
// count per check and severity, and the surplus table, as pipe tables.
std::string render_rates_markdown(const RateReport& report);

// Only the surplus-or-deficit table, as Markdown.
std::string render_surplus_markdown(const RateReport& report);

}  // namespace tk
