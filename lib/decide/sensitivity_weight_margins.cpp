#include "decide/sensitivity_weight_margins.hpp"

#include <algorithm>
#include <iterator>

#include "core/common_denominator.hpp"

namespace tk {

namespace {

// A transfer t = num/den (den > 0), held as its two integers so that a line can be evaluated
// at it without a Rational.
struct Point {
  BigInt num;
  BigInt den;
  explicit Point(const Rational& t) : num(numerator(t)), den(denominator(t)) {}
};

// a + b·t with a and b integers: a bid's total (or quality total) as a function of the
// transfer, in units of 1/D for the lot's common denominator D. Scaling every line of a lot by
// the same D > 0 changes no sign, order or root, and spares a gcd per operation.
struct Line {
  BigInt at0;
  BigInt slope;

  // The value at t times D·t.den: exact, and with the sign and order of the value itself.
  BigInt scaled_at(const Point& t) const { return at0 * t.den + slope * t.num; }
  // Where the line crosses zero, when it crosses it at exactly one point.
  std::optional<Rational> root() const {
    if (slope == 0) return std::nullopt;
    return Rational(-at0) / Rational(slope);
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
    Point at(t);
    BigInt d = total.scaled_at(at);
    if (d != 0) return d < 0;
    BigInt e = quality.scaled_at(at);
    if (e != 0) return e < 0;
    return challenger_wins_rest;
  }
};

// Each bid's total and quality total under the published weights, and its score per point of
// weight on each criterion (the price fraction on the price criterion), all as integers over
// one common denominator: computed once per lot, and every transfer's lines are differences of
// them.
struct LotLines {
  BigInt common = 1;
  std::vector<BigInt> total;
  std::vector<BigInt> quality;
  std::vector<std::vector<BigInt>> unit;  // [bid][criterion]
};

LotLines lot_lines(const LotFacts& facts, const std::vector<ScoredBid>& scored,
                   const std::vector<Rational>& price_fractions, std::size_t criteria) {
  const std::size_t p = facts.price_criterion;
  auto unit = [&](std::size_t i, std::size_t c) -> const Rational& {
    return c == p ? price_fractions[i] : facts.bids[i].fractions[c];
  };
  // One list of every value, read back in the same order.
  std::vector<const Rational*> values;
  for (std::size_t i = 0; i < facts.bids.size(); ++i) {
    values.push_back(&scored[i].total);
    values.push_back(&scored[i].quality_total);
    for (std::size_t c = 0; c < criteria; ++c) values.push_back(&unit(i, c));
  }
  CommonDenominator scaled = over_common_denominator(values);
  LotLines out;
  out.common = scaled.denominator;
  auto next = scaled.numerators.begin();
  for (std::size_t i = 0; i < facts.bids.size(); ++i) {
    out.total.push_back(std::move(*next++));
    out.quality.push_back(std::move(*next++));
    out.unit.emplace_back(std::make_move_iterator(next), std::make_move_iterator(next + static_cast<std::ptrdiff_t>(criteria)));
    next += static_cast<std::ptrdiff_t>(criteria);
  }
  return out;
}

// Each bid's total and quality total as lines in the transfer.
struct BidLines {
  Line total;
  Line quality;
};

std::vector<BidLines> bid_lines(const LotFacts& facts, const LotLines& lot, std::size_t from, std::size_t to) {
  const std::size_t p = facts.price_criterion;
  std::vector<BidLines> lines(facts.bids.size());
  for (std::size_t i = 0; i < facts.bids.size(); ++i) {
    const std::vector<BigInt>& unit = lot.unit[i];
    lines[i].total = {lot.total[i], unit[to] - unit[from]};
    BigInt quality_slope = 0;
    if (to != p) quality_slope += unit[to];
    if (from != p) quality_slope -= unit[from];
    lines[i].quality = {lot.quality[i], quality_slope};
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

std::optional<Overtake> first_overtake(const Gap& gap, const Rational& limit, const Point& limit_point) {
  // The gap in totals is linear in t: ahead at both ends means ahead on the whole of [0, limit],
  // and the quality gap and the rest of the tie rule never come into play. Most challengers
  // end here.
  if (gap.total.at0 > 0 && gap.total.scaled_at(limit_point) > 0) return std::nullopt;
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

// The bid that ranks first at transfer t (just_after false), or just above it (true). Just
// above t, between t and the next point where two bids' lines cross, no two bids change
// order, and there, of two totals (or quality totals) equal at t, the one on the steeper line
// is the higher. So the order just above t is the order at t with each tie broken by slope,
// then by the rest of the tie rule: exact, in one pass over the bids, with no need to find the
// next crossing (which took every pair of bids).
std::size_t best_near(const LotFacts& facts, const std::vector<BidLines>& lines, const Rational& t, bool just_after) {
  const Point at_t(t);
  struct Value {
    BigInt total;
    BigInt quality;
  };
  std::vector<Value> at(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) at[i] = {lines[i].total.scaled_at(at_t), lines[i].quality.scaled_at(at_t)};
  auto above = [&](std::size_t a, std::size_t b) {
    if (at[a].total != at[b].total) return at[a].total > at[b].total;
    if (just_after && lines[a].total.slope != lines[b].total.slope) return lines[a].total.slope > lines[b].total.slope;
    if (at[a].quality != at[b].quality) return at[a].quality > at[b].quality;
    if (just_after && lines[a].quality.slope != lines[b].quality.slope)
      return lines[a].quality.slope > lines[b].quality.slope;
    if (facts.bids[a].price != facts.bids[b].price) return facts.bids[a].price < facts.bids[b].price;
    return facts.bids[a].bidder_id < facts.bids[b].bidder_id;
  };
  std::size_t best = 0;
  for (std::size_t i = 1; i < lines.size(); ++i)
    if (above(i, best)) best = i;
  return best;
}

// The part of the tie rule that orders bids a and b, whose totals are equal at transfer t.
TieBreak tie_rule_at(const LotFacts& facts, const std::vector<BidLines>& lines, const LotLines& lot, const Rational& t,
                     std::size_t a, std::size_t b) {
  const Point at_t(t);
  const Rational scale = Rational(lot.common) * Rational(at_t.den);
  // RankKey refers to its values: they live here.
  const Rational totals[] = {Rational(lines[a].total.scaled_at(at_t)) / scale, Rational(lines[b].total.scaled_at(at_t)) / scale};
  const Rational qualities[] = {Rational(lines[a].quality.scaled_at(at_t)) / scale,
                                Rational(lines[b].quality.scaled_at(at_t)) / scale};
  return tie_break(RankKey{totals[0], qualities[0], facts.bids[a].price, facts.bids[a].bidder_id},
                   RankKey{totals[1], qualities[1], facts.bids[b].price, facts.bids[b].bidder_id});
}

// The margin for one transfer, given the lot's scores under the published weights.
WeightMargin margin_for(const LotFacts& facts, const std::vector<Rational>& weights, const LotLines& lot,
                        std::size_t winner, std::size_t from, std::size_t to) {
  WeightMargin margin;
  margin.from = from;
  margin.to = to;
  const Rational& limit = weights[from];
  if (facts.bids.empty()) return margin;
  margin.winner = winner;
  if (limit <= 0 || facts.bids.size() < 2) return margin;

  std::vector<BidLines> lines = bid_lines(facts, lot, from, to);
  const Point limit_point(limit);
  const std::size_t w = margin.winner;
  std::optional<Overtake> first;
  for (std::size_t c = 0; c < facts.bids.size(); ++c) {
    if (c == w) continue;
    const BidFacts& winning = facts.bids[w];
    const BidFacts& challenger = facts.bids[c];
    Gap gap{{lines[w].total.at0 - lines[c].total.at0, lines[w].total.slope - lines[c].total.slope},
            {lines[w].quality.at0 - lines[c].quality.at0, lines[w].quality.slope - lines[c].quality.slope},
            challenger.price != winning.price ? challenger.price < winning.price : challenger.bidder_id < winning.bidder_id};
    std::optional<Overtake> o = first_overtake(gap, limit, limit_point);
    if (!o) continue;
    // The winner loses first place at the earliest overtake; at equal points, one that is
    // already reached at that point comes first.
    if (!first || o->at < first->at || (o->at == first->at && o->attained && !first->attained)) first = o;
  }
  if (!first) return margin;

  margin.transfer = first->at;
  margin.tie_kept = !first->attained;
  margin.weights = moved_weights(weights, from, to, first->at);
  margin.new_winner = best_near(facts, lines, first->at, !first->attained);
  margin.tie_rule = tie_rule_at(facts, lines, lot, first->at, w, margin.new_winner);
  return margin;
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
  if (facts.bids.empty()) return margin_for(facts, weights, LotLines{}, 0, from, to);
  std::vector<ScoredBid> scored;
  score_lot(facts, weights, price_fractions, scored);
  LotLines lot = lot_lines(facts, scored, price_fractions, weights.size());
  return margin_for(facts, weights, lot, best_bid(facts, scored), from, to);
}

std::vector<WeightMargin> weight_margins(const LotFacts& facts, const std::vector<Rational>& weights,
                                         const std::vector<Rational>& price_fractions) {
  // The scores under the published weights, the winner and the lines are the same for every
  // pair of criteria: worked out once.
  std::vector<ScoredBid> scored;
  LotLines lot;
  std::size_t winner = 0;
  if (!facts.bids.empty()) {
    score_lot(facts, weights, price_fractions, scored);
    lot = lot_lines(facts, scored, price_fractions, weights.size());
    winner = best_bid(facts, scored);
  }
  std::vector<WeightMargin> margins;
  for (std::size_t from = 0; from < weights.size(); ++from)
    for (std::size_t to = 0; to < weights.size(); ++to)
      if (from != to) margins.push_back(margin_for(facts, weights, lot, winner, from, to));
  return margins;
}

}  // namespace tk
