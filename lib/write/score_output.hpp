#pragma once

#include <string>
#include <vector>

#include "evaluate/evaluation.hpp"
#include "write/json.hpp"

namespace tk {

// The scores of an evaluation in each output format of `score`: a terminal table, CSV, JSON
// and Markdown, each for one basis or for every basis side by side (--all-bases).

// The scores as a terminal table: a heading with the basis, method and share (and a what-if
// warning), then per lot the ranked bids (rank, bidder, evaluated price, each criterion,
// total, flags), the excluded bids with every reason, and what raised each flag.
std::string render_score_table(const Evaluation& e);

// Every bidder's total and rank on each evaluated basis side by side, per lot.
std::string render_all_bases_table(const std::vector<Evaluation>& evaluations);

// One CSV row per bid: lot, rank (blank when excluded), bidder_id, name, status,
// evaluated_price, one column per criterion id, quality_total, total, flags (codes joined by
// ';'), reasons (joined by "; "). Lots in tender order; bids in the order of the evaluation.
std::string render_score_csv(const Evaluation& e);

// One row per lot and bidder: lot, bidder_id, name, then for each basis
// "<llw-..>/<travel-..>_total" and "_rank" (total "excluded" and rank blank when excluded).
std::string render_all_bases_csv(const std::vector<Evaluation>& evaluations);

// The `score` JSON of contract section 7: {"basis": {llw, travel, method,
// bank_holiday_share}, "what_if", "overrides", "decimal_places", "lots": [{"lot", "name",
// "bids": [{bidder_id, name, status, rank, evaluated_price, scores, quality_total, total,
// flags, reasons, flag_notes, exact}]}]}. Scores and money are fixed-decimal strings; `exact`
// holds the same values as exact fractions. Excluded bids have rank null and no scores.
Json score_json(const Evaluation& e);

// The head that score_json and every other JSON of an evaluation start with: "basis",
// "what_if", "overrides" and "decimal_places", in that order.
Json evaluation_json_head(const Evaluation& e);

// score_json, indented by 2, ending in a newline.
std::string render_score_json(const Evaluation& e);

// {"evaluations": [score_json of each basis]}, for --all-bases.
std::string render_all_bases_json(const std::vector<Evaluation>& evaluations);

// The scores as Markdown: a heading, the basis, method and share (and a what-if warning),
// then per lot a pipe table of the ranked bids, the excluded bids with their reasons, and
// what raised each flag.
std::string render_score_markdown(const Evaluation& e);

// Every bidder's total and rank on each basis side by side, one table per lot.
std::string render_all_bases_markdown(const std::vector<Evaluation>& evaluations);

}  // namespace tk
