#pragma once

#include <vector>

#include "evaluate/codes.hpp"
#include "evaluate/quality_score.hpp"
#include "model/tender.hpp"

namespace tk {

// "llw inclusive, travel exclusive".
std::string describe(Basis basis);

// Every gate of contract 4.1 that a bidder's bid for a lot fails on `basis`, in gate order:
// sq-fail, form-unsigned, not-bid, missing-rate (per missing rate), above-ceiling (per rate
// above the basis's ceiling; no check when the basis has no ceiling), then the quality
// reasons (missing-mark, below-min-mark) from `quality`. Empty when the bid passes.
std::vector<Reason> check_gates(const Tender& tender, const Bidder& bidder, const Lot& lot, Basis basis,
                                const QualityAssessment& quality);

}  // namespace tk
