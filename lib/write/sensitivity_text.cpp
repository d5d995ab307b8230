#include "write/sensitivity_text.hpp"

#include <algorithm>
#include <numeric>

#include <fmt/format.h>

#include "write/score_text.hpp"

namespace tk {

const BidResult& bid_at(const LotSensitivity& lot, std::size_t index) { return lot.lot->bids[index]; }

std::string show_points(const Evaluation& e, const Rational& points) { return show_score(e, points); }

std::string chance_percent(std::uint64_t wins, std::uint64_t samples) {
  if (samples == 0) return "";
  return to_fixed(Rational(BigInt(wins) * 100, BigInt(samples)), 1, Rounding::half_away_from_zero);
}

std::vector<std::size_t> by_wins(const LotSensitivity& lot) {
  std::vector<std::size_t> order(lot.lot->ranked_count);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return lot.wins[a] > lot.wins[b]; });
  return order;
}

std::string moved_weights_text(const Evaluation& e, const WeightMargin& m) {
  const Tender& t = *e.tender;
  return fmt::format("{} {} → {}, {} {} → {}", t.criteria[m.from].id, show_exact(e.weights[m.from]),
                     show_points(e, m.weights[m.from]), t.criteria[m.to].id, show_exact(e.weights[m.to]),
                     show_points(e, m.weights[m.to]));
}

std::string margin_code(const WeightMargin& m) {
  if (!m.transfer) return "none";
  return m.tie_kept ? "tie-then-changes" : "changes";
}

std::string margin_outcome(const Evaluation& e, const LotSensitivity& lot, const WeightMargin& m) {
  if (!m.transfer) return fmt::format("no change up to all {} points", show_exact(e.weights[m.from]));
  const std::string& winner = bid_at(lot, m.winner).bidder->id;
  const std::string& next = bid_at(lot, m.new_winner).bidder->id;
  if (m.tie_kept) return fmt::format("tie: {} kept first by {}; {} first beyond", winner, to_string(m.tie_rule), next);
  return fmt::format("tie: {} first by {}", next, to_string(m.tie_rule));
}

std::string closest_margin_text(const Evaluation& e, const LotSensitivity& lot) {
  const WeightMargin* closest = nullptr;
  for (const WeightMargin& m : lot.margins)
    if (m.transfer && (closest == nullptr || *m.transfer < *closest->transfer)) closest = &m;
  if (closest == nullptr) return "No move of weight from one criterion to another changes the winner.";
  const Tender& t = *e.tender;
  return fmt::format("Closest: moving {} points from {} to {} makes {} the winner{}.", show_points(e, *closest->transfer),
                     t.criteria[closest->from].id, t.criteria[closest->to].id,
                     bid_at(lot, closest->new_winner).bidder->id, closest->tie_kept ? " (just beyond that move)" : "");
}

std::string with_commas(std::uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string describe_monte_carlo(const WinnerSensitivity& s) {
  return fmt::format("{} weight sets, each weight varied by up to ±{}% of itself and renormalised to 100 (seed {})",
                     with_commas(s.monte_carlo.samples), show_exact(s.monte_carlo.spread_percent), s.monte_carlo.seed);
}

std::string describe_weights(const Evaluation& e) {
  std::vector<std::string> parts;
  for (std::size_t c = 0; c < e.weights.size(); ++c)
    parts.push_back(fmt::format("{} {}", e.tender->criteria[c].id, show_exact(e.weights[c])));
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string winner_text(const Evaluation& e, const LotSensitivity& lot) {
  if (!lot.has_winner()) return "no ranked bid, so no winner to test";
  const BidResult& w = bid_at(lot, 0);
  return fmt::format("winner {} {}, total {}", w.bidder->id, w.bidder->name, show_score(e, w.total));
}

TextGrid margins_grid(const Evaluation& e, const LotSensitivity& lot) {
  TextGrid g;
  add_column(g, "From", true);
  add_column(g, "To", true);
  add_column(g, "Move", false);
  add_column(g, "Weights after the move", true);
  add_column(g, "New winner", true);
  add_column(g, "At exactly that move", true);
  for (const WeightMargin& m : lot.margins) {
    std::vector<std::string> row = {e.tender->criteria[m.from].id, e.tender->criteria[m.to].id};
    if (m.transfer) {
      row.push_back(show_points(e, *m.transfer));
      row.push_back(moved_weights_text(e, m));
      row.push_back(bid_at(lot, m.new_winner).bidder->id);
    } else {
      row.insert(row.end(), {"none", "", ""});
    }
    row.push_back(margin_outcome(e, lot, m));
    g.rows.push_back(std::move(row));
  }
  return g;
}

TextGrid chances_grid(const WinnerSensitivity& s, const LotSensitivity& lot) {
  TextGrid g;
  add_column(g, "Bidder", true);
  add_column(g, "Name", true);
  add_column(g, "Rank", false);
  add_column(g, "Wins", false);
  add_column(g, "Chance", false);
  for (std::size_t i : by_wins(lot)) {
    if (lot.wins[i] == 0) continue;
    const BidResult& b = bid_at(lot, i);
    g.rows.push_back({b.bidder->id, b.bidder->name, std::to_string(b.rank), with_commas(lot.wins[i]),
                      chance_percent(lot.wins[i], s.monte_carlo.samples) + "%"});
  }
  return g;
}

std::string chances_note(const LotSensitivity& lot) {
  std::size_t never = 0;
  for (std::size_t i = 0; i < lot.lot->ranked_count; ++i) never += lot.wins[i] == 0 ? 1 : 0;
  if (never == 0) return "";
  if (never == 1) return "The other ranked bidder won no weight set.";
  return fmt::format("The other {} ranked bidders won no weight set.", never);
}

TextGrid formulas_grid(const Evaluation& e, const LotSensitivity& lot) {
  TextGrid g;
  add_column(g, "Price formula", true);
  add_column(g, "Winner", true);
  add_column(g, "Name", true);
  add_column(g, "Total", false);
  for (const FormulaWinner& f : lot.formulas) {
    std::string method(to_string(f.method));
    if (f.method == e.method) method += " (used)";
    if (!f.available) {
      g.rows.push_back({method, "no ceiling on this basis", "", ""});
    } else if (f.winner) {
      const BidResult& b = bid_at(lot, *f.winner);
      g.rows.push_back({method, b.bidder->id, b.bidder->name, show_score(e, f.total)});
    } else {
      g.rows.push_back({method, "none", "", ""});
    }
  }
  return g;
}

std::string formulas_note(const LotSensitivity& lot) {
  return lot.formula_changes_winner ? "The choice of price formula changes the winner."
                                    : "Every price formula gives the same winner.";
}

}  // namespace tk
