#pragma once

#include <string>

#include "core/error.hpp"
#include "model/tender.hpp"

namespace tk {

// Completeness checks whose findings are warnings, not errors: the tender can still be
// evaluated, and the scoring gates exclude the bids concerned with their reasons. Bidders that
// failed the SQ or did not sign the form are excluded anyway and are not warned about.

// Warns about each bid (a bidder and a lot it bid for) whose schedule lacks any of its 8 rates,
// saying when the evaluated basis is incomplete (the bid is then excluded as missing-rate).
void warn_missing_rates(const Tender& tender, const std::string& prices_file, Problems& warnings);

// Warns about each bidder with no mark at all for some question (excluded as missing-mark).
void warn_missing_marks(const Tender& tender, const std::string& quality_file, Problems& warnings);

// Warns when the evaluated basis has no [[ceiling]] and no ceiling_model is given: bids on it
// cannot be checked against a ceiling.
void warn_no_ceiling(const Tender& tender, const std::string& settings_file, Problems& warnings);

}  // namespace tk
