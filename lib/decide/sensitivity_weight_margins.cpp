#include "decide/sensitivity_weight_margins.hpp"

#include <algorithm>

namespace tk {

namespace {

// a + b·t
struct Line {
  Rational at0;
  Rational slope;

  Rational at(const Rational& t) const { return at0 + slope * t; }
  // Where the line crosses zero, when it crosses it at exactly one point.
  std::optional<Rational> root() const {
    if (slope == 0) return std::nullopt;
    return -at0 / slope;
  }
};

// The winner minus a challenger along the transfer: the difference of their totals, of their
// quality totals, and whether the rest of the tie rule (lower P, then bidder_id) favours the
// challenger. Those last two do not depend on the weights.
struct Gap {
  Line total;
  Line quality;
  bool challenger_wins_rest = false;

  // True when the challenger ranks above the winner at transfer t.
  bool challenger_ahead(const Rational& t) const {
    Rational d = total.at(t);
    if (d != 0) return d < 0;
    Rational e = quality.at(t);
    if (e != 0) return e < 0;
    return challenger_wins_rest;
  }
};

// Each bid's total and quality total as lines in the transfer.
struct BidLines {
  Line total;
  Line quality;
};

std::vector<BidLines> bid_lines(const LotFacts& facts, const std::vector<Rational>& weights,
                                const std::vector<Rational>& price_fractions, std::size_t from, std::size_t to) {
  std::vector<ScoredBid> scored;
  score_lot(facts, weights, price_fractions, scored);
  const std::size_t p = facts.price_criterion;
  std::vector<BidLines> lines(facts.bids.size());
  for (std::size_t i = 0; i < facts.bids.size(); ++i) {
    auto unit = [&](std::size_t c) -> const Rational& { return c == p ? price_fractions[i] : facts.bids[i].fractions[c]; };
    lines[i].total = {scored[i].total, unit(to) - unit(from)};
    Rational quality_slope = 0;
    if (to != p) quality_slope += unit(to);
    if (from != p) quality_slope -= unit(from);
    lines[i].quality = {scored[i].quality_total, quality_slope};
  }
  return lines;
}

// Where the challenger first ranks above the winner for a transfer in (0, limit]: the
// infimum t of those transfers, and whether the challenger is already above at t itself.
// The order can only change where the gap in totals or in quality totals crosses zero, so
// it is constant between those points: test each point and each open stretch between them.
struct Overtake {
  Rational at;
  bool attained = false;
};

std::optional<Overtake> first_overtake(const Gap& gap, const Rational& limit) {
  // The gap in totals is linear in t: ahead at both ends means ahead on the whole of [0, limit],
  // and the quality gap and the rest of the tie rule never come into play. Most challengers
  // end here.
  if (gap.total.at0 > 0 && gap.total.at(limit) > 0) return std::nullopt;
  std::vector<Rational> points = {Rational(0), limit};
  for (const Line* line : {&gap.total, &gap.quality}) {
    std::optional<Rational> r = line->root();
    if (r && *r > 0 && *r < limit) points.push_back(*r);
  }
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());
  for (std::size_t k = 0; k + 1 < points.size(); ++k) {
    if (gap.challenger_ahead((points[k] + points[k + 1]) / 2)) return Overtake{points[k], false};
    if (gap.challenger_ahead(points[k + 1])) return Overtake{points[k + 1], true};
  }
  return std::nullopt;
}

std::size_t best_at(const LotFacts& facts, const std::vector<Rational>& weights, const std::vector<Rational>& price_fractions) {
  std::vector<ScoredBid> scored;
  score_lot(facts, weights, price_fractions, scored);
  return best_bid(facts, scored);
}

// The part of the tie rule that orders bids a and b, whose totals are equal under `weights`.
TieBreak tie_rule_at(const LotFacts& facts, const std::vector<Rational>& weights, const std::vector<Rational>& price_fractions,
                     std::size_t a, std::size_t b) {
  std::vector<ScoredBid> scored;
  score_lot(facts, weights, price_fractions, scored);
  return tie_break(RankKey{scored[a].total, scored[a].quality_total, facts.bids[a].price, facts.bids[a].bidder_id},
                   RankKey{scored[b].total, scored[b].quality_total, facts.bids[b].price, facts.bids[b].bidder_id});
}

// The bid that ranks first just above transfer t. Between t and the next point where two bids'
// lines cross, no two bids change order, and there, of two totals (or quality totals) equal
// at t, the one on the steeper line is the higher. So the order just above t is the order at
// t with each tie broken by slope, then by the rest of the tie rule: exact, in one pass over
// the bids, with no need to find the next crossing (which took every pair of bids).
std::size_t best_just_after(const LotFacts& facts, const std::vector<BidLines>& lines, const Rational& t) {
  struct Value {
    Rational total;
    Rational quality;
  };
  std::vector<Value> at(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) at[i] = {lines[i].total.at(t), lines[i].quality.at(t)};
  auto above = [&](std::size_t a, std::size_t b) {
    if (at[a].total != at[b].total) return at[a].total > at[b].total;
    if (lines[a].total.slope != lines[b].total.slope) return lines[a].total.slope > lines[b].total.slope;
    if (at[a].quality != at[b].quality) return at[a].quality > at[b].quality;
    if (lines[a].quality.slope != lines[b].quality.slope) return lines[a].quality.slope > lines[b].quality.slope;
    if (facts.bids[a].price != facts.bids[b].price) return facts.bids[a].price < facts.bids[b].price;
    return facts.bids[a].bidder_id < facts.bids[b].bidder_id;
  };
  std::size_t best = 0;
  for (std::size_t i = 1; i < lines.size(); ++i)
    if (above(i, best)) best = i;
  return best;
}

}  // namespace

std::vector<Rational> moved_weights(const std::vector<Rational>& weights, std::size_t from, std::size_t to,
                                    const Rational& transfer) {
  std::vector<Rational> moved = weights;
  moved[from] -= transfer;
  moved[to] += transfer;
  return moved;
}

WeightMargin weight_margin(const LotFacts& facts, const std::vector<Rational>& weights,
                           const std::vector<Rational>& price_fractions, std::size_t from, std::size_t to) {
  WeightMargin margin;
  margin.from = from;
  margin.to = to;
  const Rational& limit = weights[from];
  if (facts.bids.empty()) return margin;
  margin.winner = best_at(facts, weights, price_fractions);
  if (limit <= 0 || facts.bids.size() < 2) return margin;

  std::vector<BidLines> lines = bid_lines(facts, weights, price_fractions, from, to);
  const std::size_t w = margin.winner;
  std::optional<Overtake> first;
  for (std::size_t c = 0; c < facts.bids.size(); ++c) {
    if (c == w) continue;
    const BidFacts& winner = facts.bids[w];
    const BidFacts& challenger = facts.bids[c];
    Gap gap{{lines[w].total.at0 - lines[c].total.at0, lines[w].total.slope - lines[c].total.slope},
            {lines[w].quality.at0 - lines[c].quality.at0, lines[w].quality.slope - lines[c].quality.slope},
            challenger.price != winner.price ? challenger.price < winner.price : challenger.bidder_id < winner.bidder_id};
    std::optional<Overtake> o = first_overtake(gap, limit);
    if (!o) continue;
    // The winner loses first place at the earliest overtake; at equal points, one that is
    // already reached at that point comes first.
    if (!first || o->at < first->at || (o->at == first->at && o->attained && !first->attained)) first = o;
  }
  if (!first) return margin;

  margin.transfer = first->at;
  margin.tie_kept = !first->attained;
  margin.weights = moved_weights(weights, from, to, first->at);
  if (first->attained) {
    margin.new_winner = best_at(facts, margin.weights, price_fractions);
  } else {
    margin.new_winner = best_just_after(facts, lines, first->at);
  }
  margin.tie_rule = tie_rule_at(facts, margin.weights, price_fractions, w, margin.new_winner);
  return margin;
}

std::vector<WeightMargin> weight_margins(const LotFacts& facts, const std::vector<Rational>& weights,
                                         const std::vector<Rational>& price_fractions) {
  std::vector<WeightMargin> margins;
  for (std::size_t from = 0; from < weights.size(); ++from)
    for (std::size_t to = 0; to < weights.size(); ++to)
      if (from != to) margins.push_back(weight_margin(facts, weights, price_fractions, from, to));
  return margins;
}

}  // namespace tk
