#pragma once

#include <string>

#include "evaluate/rate_checks.hpp"

namespace tk {

// The `rates` report as Markdown: the settings and ceilings, the findings per bidder, the
// count per check and severity, and the surplus table, as pipe tables.
std::string render_rates_markdown(const RateReport& report);

// Only the surplus-or-deficit table, as Markdown.
std::string render_surplus_markdown(const RateReport& report);

}  // namespace tk
