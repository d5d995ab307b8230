#pragma once

#include <string>

#include "decide/sensitivity.hpp"
#include "write/json.hpp"

namespace tk {

// The sensitivity analysis in each output format. Scores, weights and transfers are shown
// to the tender's decimal_places, chances of winning to one decimal place (half away from
// zero); JSON and CSV add the exact values.

// A terminal table: the settings, then per lot the winner, the weight margins, the Monte
// Carlo chances and the winner under each price formula.
std::string render_sensitivity_table(const WinnerSensitivity& s);

// The same as Markdown.
std::string render_sensitivity_markdown(const WinnerSensitivity& s);

// One CSV table with a `part` column (margin, monte-carlo, formula) and the columns of every
// part (empty where a part has no value). With no samples there are no monte-carlo rows.
std::string render_sensitivity_csv(const WinnerSensitivity& s);

// {"basis", "what_if", "overrides", "weights", "monte_carlo", "lots": [{"lot", "name",
// "winner", "weight_margins", "monte_carlo", "price_formulas", "formula_changes_winner"}]};
// "monte_carlo" lists every ranked bidder (none when there are no samples).
Json sensitivity_json(const WinnerSensitivity& s);
std::string render_sensitivity_json(const WinnerSensitivity& s);

// The input table of the numpy peer (shared/bench/sensitivity_numpy.py): one row per ranked
// bid, `lot,bidder_id,<criterion>...` with each score per point of weight to 15 decimal
// places, and a `weights,-,<weight>...` row (the published weights).
std::string render_unit_scores_csv(const Evaluation& e);

}  // namespace tk
