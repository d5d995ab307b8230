#pragma once

#include <string>
#include <vector>

#include "evaluate/evaluation.hpp"

namespace tk {

// The scores as Markdown: a heading, the basis, method and share (and a what-if warning),
// then per lot a pipe table of the ranked bids, the excluded bids with their reasons, and
// what raised each flag.
std::string render_score_markdown(const Evaluation& e);

// Every bidder's total and rank on each basis side by side, one table per lot.
std::string render_all_bases_markdown(const std::vector<Evaluation>& evaluations);

}  // namespace tk
