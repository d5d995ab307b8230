#pragma once

#include <string>

#include "evaluate/evaluation.hpp"

namespace tk {

// How each of one bidder's numbers was reached, from the input cells (file:line of each
// rate, mark and setting) through the evaluated price, price score, quality scores and total
// to the rank, for every lot of the evaluation; rounded values with the exact fractions.
// Throws Error(usage) when the tender has no such bidder.
std::string render_explanation(const Evaluation& e, std::string_view bidder_id);

}  // namespace tk
