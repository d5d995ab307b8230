#pragma once

#include <string>
#include <vector>

#include "evaluate/evaluation.hpp"

namespace tk {

// The scores as a terminal table: a heading with the basis, method and share (and a what-if
// warning), then per lot the ranked bids (rank, bidder, evaluated price, each criterion,
// total, flags), the excluded bids with every reason, and what raised each flag.
std::string render_score_table(const Evaluation& e);

// Every bidder's total and rank on each evaluated basis side by side, per lot.
std::string render_all_bases_table(const std::vector<Evaluation>& evaluations);

}  // namespace tk
