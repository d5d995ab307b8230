#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/exact.hpp"
#include "evaluate/rate_checks.hpp"
#include "write/text_grid.hpp"

namespace tk {

// What every `rates` format shares. Money is rounded to pence half away from zero.

// A surplus per hour with its sign: "+1.23", "-0.45", "0.00" (what shows as zero has no sign).
std::string show_surplus(const Rational& surplus);
// "llw inclusive, travel inclusive; bank-holiday share 3/146 (15 bank holidays in 730 days)".
std::string describe_rates_settings(const RateReport& report);
// Where the ceilings come from: "tender.toml [[ceiling]] tables" or "the cost model FILE".
std::string ceilings_source(const Tender& tender);
// One sentence on what error and warning mean.
std::string severity_legend();

// The bidders that have findings, in the report's order.
std::vector<const Bidder*> bidders_with_findings(const RateReport& report);
// The findings about one bidder, in the report's order.
std::vector<const RateFinding*> findings_of(const RateReport& report, const Bidder* bidder);
// A finding the same (severity, check, rates and message) in one or more lots of a bidder.
struct FindingAcrossLots {
  const RateFinding* finding = nullptr;  // the first
  std::vector<std::string> lots;         // in the report's order
};
// A bidder's findings with those that repeat in several of its lots shown once, in the order
// each first appears. For the table and Markdown, where a bidder pricing every lot alike would
// otherwise repeat each finding per lot.
std::vector<FindingAcrossLots> findings_across_lots(const RateReport& report, const Bidder* bidder);
// Why the evaluated basis excludes the bidder apart from its rates (sq-fail, form-unsigned,
// missing-mark, below-min-mark codes, each once), from its first bid; empty when none.
std::vector<std::string> exclusions_besides_rates(const RateReport& report, const Bidder* bidder);
// The excluded_by codes of a bid, each once, in gate order: "sq-fail;form-unsigned" with `separator`.
std::string exclusion_codes(const BidRates& bid, const char* separator);

// Basis, standard, bank holiday, cost floor, bank-holiday cost floor ("-" when not given), one
// row per basis of the tender; the evaluated basis marked with `mark`.
TextGrid ceilings_grid(const RateReport& report, const std::string& mark);
// Per check: errors, warnings; then a total row.
TextGrid summary_grid(const RateReport& report);
// Bidder, lot, the surplus on each basis that has a cost floor ("no rate" when a rate is
// missing), and the bid's standing on the evaluated basis; header rows "llw inclusive" /
// "travel inclusive" with `mark` on the evaluated basis. Empty (no columns) when no basis has
// a cost floor.
TextGrid surplus_grid(const RateReport& report, const std::string& mark);
// "7 bids checked, 2 with findings; 3 findings: 1 error, 2 warnings".
std::string summary_line(const RateReport& report);

}  // namespace tk
