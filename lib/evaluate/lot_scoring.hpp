#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/exact.hpp"
#include "model/tender.hpp"

namespace tk {

// What scoring one eligible bid under any weights and price method needs; nothing in it
// depends on the weights or the method.
struct BidFacts {
  std::string_view bidder_id;
  Rational price;                  // evaluated price P
  std::vector<Rational> fractions; // like tender.criteria: quality criterion score per point of
                                   // weight (0..1); the price criterion's entry is unused
};

// The facts of one lot's eligible (non-excluded) bids on one basis.
struct LotFacts {
  std::size_t price_criterion = 0;  // index into tender.criteria
  Rational lowest_price;            // Pmin
  std::optional<Rational> ceiling;  // C, the evaluated ceiling, when the basis has one
  std::vector<BidFacts> bids;
};

// One bid's scores under a set of weights and a price method.
struct ScoredBid {
  Rational price_score;
  Rational quality_total;
  Rational total;
};

// Each bid's price score per point of price weight under `method` (price_fraction), which
// does not depend on the weights: compute it once per method and re-score with many weights.
// Throws Error(data_error) for ceiling-linear when the lot has no ceiling.
void price_fractions(const LotFacts& facts, PriceMethod method, std::vector<Rational>& out);

// Scores every bid of `facts`: price score = the price criterion's weight × the bid's price
// fraction, each quality criterion weight × fraction. `weights` is indexed like
// tender.criteria; `out` is resized to facts.bids.size() and reused.
void score_lot(const LotFacts& facts, const std::vector<Rational>& weights, const std::vector<Rational>& fractions,
               std::vector<ScoredBid>& out);

// price_fractions then score_lot.
void score_lot(const LotFacts& facts, const std::vector<Rational>& weights, PriceMethod method,
               std::vector<ScoredBid>& out);

// Indices of facts.bids, best first, by the tie rule of contract 4.5.
std::vector<std::size_t> rank_lot(const LotFacts& facts, const std::vector<ScoredBid>& scored);

// The index of the best-ranked bid; facts.bids must not be empty.
std::size_t best_bid(const LotFacts& facts, const std::vector<ScoredBid>& scored);

}  // namespace tk
