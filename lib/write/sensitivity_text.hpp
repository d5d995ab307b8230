#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "decide/sensitivity.hpp"
#include "write/text_grid.hpp"

namespace tk {

// Wording and number formats shared by the sensitivity outputs.

// The bid at `index` of a lot's facts (rank order) as its BidResult.
const BidResult& bid_at(const LotSensitivity& lot, std::size_t index);
// A weight or a transfer in points, to the tender's decimal places: "36.79".
std::string show_points(const Evaluation& e, const Rational& points);
// wins / samples as a percentage to one decimal place: "86.7".
std::string chance_percent(std::uint64_t wins, std::uint64_t samples);
// A lot's ranked bids (indices into facts.bids) by Monte Carlo wins, most first, then rank.
std::vector<std::size_t> by_wins(const LotSensitivity& lot);
// "ability 29 → 34.25, price 40 → 34.75" style: the two weights a margin changes, "from" first.
std::string moved_weights_text(const Evaluation& e, const WeightMargin& m);
// What happens at exactly the margin's move, where two totals are equal: "tie: BRT first by
// higher quality total", "tie: CLR kept first by higher quality total; ELM first beyond", or
// "no change up to all 40 points" when there is no margin.
std::string margin_outcome(const Evaluation& e, const LotSensitivity& lot, const WeightMargin& m);
// "Closest: moving 13.49 points from ability to price makes ELM the winner (just beyond that
// move)." or that no move changes the winner.
std::string closest_margin_text(const Evaluation& e, const LotSensitivity& lot);
// The code of a margin's outcome: "changes", "tie-then-changes" or "none".
std::string margin_code(const WeightMargin& m);
// "Monte Carlo: 2,000 weight sets, each weight varied by up to ±10% of itself and renormalised
// to 100 (seed 1)".
std::string describe_monte_carlo(const WinnerSensitivity& s);
// "1,000,000"
std::string with_commas(std::uint64_t n);
// "price 40, ability 29, quality 26, partnership 5"
std::string describe_weights(const Evaluation& e);

// The parts of a lot's analysis as grids, for the terminal table and Markdown, and the
// sentences around them.
// "winner CLR Clearwater Support, total 82.87", or why there is none.
std::string winner_text(const Evaluation& e, const LotSensitivity& lot);
TextGrid margins_grid(const Evaluation& e, const LotSensitivity& lot);
// The bidders that won at least one sample.
TextGrid chances_grid(const WinnerSensitivity& s, const LotSensitivity& lot);
// "The other 2 ranked bidders won no weight set.", or "" when every ranked bidder won one.
std::string chances_note(const LotSensitivity& lot);
TextGrid formulas_grid(const Evaluation& e, const LotSensitivity& lot);
// "The price formula changes the winner." or "Every price formula gives the same winner."
std::string formulas_note(const LotSensitivity& lot);

}  // namespace tk
