#pragma once

#include <string>
#include <vector>

#include "evaluate/evaluation.hpp"

namespace tk {

// One CSV row per bid: lot, rank (blank when excluded), bidder_id, name, status,
// evaluated_price, one column per criterion id, quality_total, total, flags (codes joined by
// ';'), reasons (joined by "; "). Lots in tender order; bids in the order of the evaluation.
std::string render_score_csv(const Evaluation& e);

// One row per lot and bidder: lot, bidder_id, name, then for each basis
// "<llw-..>/<travel-..>_total" and "_rank" (total "excluded" and rank blank when excluded).
std::string render_all_bases_csv(const std::vector<Evaluation>& evaluations);

}  // namespace tk
