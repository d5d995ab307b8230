#pragma once

#include <string>

#include "evaluate/evaluation.hpp"

namespace tk {

// An inline SVG figure: one horizontal bar per ranked bid of `lot`, in rank order, stacked
// from the weighted score of each criterion (tender order, one colour each) and labelled with
// the total; a 0–100 scale and a legend. Coordinates come from the exact scores rounded to
// hundredths of a pixel; all text is HTML-escaped. Empty when the lot has no ranked bid.
std::string stacked_score_chart(const Evaluation& e, const LotResult& lot);

}  // namespace tk
