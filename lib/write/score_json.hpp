#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "evaluate/evaluation.hpp"

namespace tk {

// The `score` JSON of contract section 7: {"basis": {llw, travel, method,
// bank_holiday_share}, "what_if", "overrides", "decimal_places", "lots": [{"lot", "name",
// "bids": [{bidder_id, name, status, rank, evaluated_price, scores, quality_total, total,
// flags, reasons, flag_notes, exact}]}]}. Scores and money are fixed-decimal strings; `exact`
// holds the same values as exact fractions. Excluded bids have rank null and no scores.
nlohmann::ordered_json score_json(const Evaluation& e);

// The head that score_json and every other JSON of an evaluation start with: "basis",
// "what_if", "overrides" and "decimal_places", in that order.
nlohmann::ordered_json evaluation_json_head(const Evaluation& e);

// score_json, indented by 2, ending in a newline.
std::string render_score_json(const Evaluation& e);

// {"evaluations": [score_json of each basis]}, for --all-bases.
std::string render_all_bases_json(const std::vector<Evaluation>& evaluations);

}  // namespace tk
