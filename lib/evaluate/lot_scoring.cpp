#include "evaluate/lot_scoring.hpp"

#include "evaluate/price_score.hpp"
#include "evaluate/ranking.hpp"

namespace tk {

void price_fractions(const LotFacts& facts, PriceMethod method, std::vector<Rational>& out) {
  if (method == PriceMethod::ceiling_linear && !facts.ceiling && !facts.bids.empty()) {
    throw Error(ExitCode::data_error, Location{}, "the ceiling-linear price method needs a ceiling for the evaluated basis");
  }
  const Rational* ceiling = facts.ceiling ? &*facts.ceiling : nullptr;
  out.resize(facts.bids.size());
  for (std::size_t i = 0; i < facts.bids.size(); ++i)
    out[i] = price_fraction(method, facts.bids[i].price, facts.lowest_price, ceiling);
}

void score_lot(const LotFacts& facts, const std::vector<Rational>& weights, const std::vector<Rational>& fractions,
               std::vector<ScoredBid>& out) {
  const Rational& price_weight = weights[facts.price_criterion];
  out.resize(facts.bids.size());
  for (std::size_t i = 0; i < facts.bids.size(); ++i) {
    const BidFacts& bid = facts.bids[i];
    ScoredBid& s = out[i];
    s.price_score = price_weight * fractions[i];
    s.quality_total = 0;
    for (std::size_t c = 0; c < weights.size(); ++c) {
      if (c == facts.price_criterion) continue;
      s.quality_total += weights[c] * bid.fractions[c];
    }
    s.total = s.price_score + s.quality_total;
  }
}

void score_lot(const LotFacts& facts, const std::vector<Rational>& weights, PriceMethod method,
               std::vector<ScoredBid>& out) {
  std::vector<Rational> fractions;
  price_fractions(facts, method, fractions);
  score_lot(facts, weights, fractions, out);
}

namespace {
RankKey key(const LotFacts& facts, const std::vector<ScoredBid>& scored, std::size_t i) {
  return RankKey{scored[i].total, scored[i].quality_total, facts.bids[i].price, facts.bids[i].bidder_id};
}
}  // namespace

std::vector<std::size_t> rank_lot(const LotFacts& facts, const std::vector<ScoredBid>& scored) {
  std::vector<RankKey> keys;
  keys.reserve(facts.bids.size());
  for (std::size_t i = 0; i < facts.bids.size(); ++i) keys.push_back(key(facts, scored, i));
  return rank_order(keys);
}

std::size_t best_bid(const LotFacts& facts, const std::vector<ScoredBid>& scored) {
  std::size_t best = 0;
  for (std::size_t i = 1; i < facts.bids.size(); ++i)
    if (ranks_above(key(facts, scored, i), key(facts, scored, best))) best = i;
  return best;
}

}  // namespace tk
