#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "core/exact.hpp"
#include "evaluate/lot_scoring.hpp"
#include "evaluate/ranking.hpp"

namespace tk {

// How much weight must move from one criterion to another before a lot's winner changes.
// Every total is linear in the weights (a price score depends on the prices only, so each
// bid's price score per point of weight is fixed), so moving t points from criterion `from`
// to criterion `to` moves each total along a straight line in t; the margin is found
// exactly where the winner's line first meets a challenger's, with the tie rule applied at
// the meeting point.
struct WeightMargin {
  std::size_t from = 0;              // the criterion giving weight (index into tender.criteria)
  std::size_t to = 0;                // the criterion receiving it
  // The smallest transfer t, in points of weight, that changes the winner; nullopt when no
  // transfer from 0 up to the whole of weights[from] does.
  std::optional<Rational> transfer;
  // At exactly t the totals tie and the winner keeps first place on the tie rule, so any
  // transfer above t changes the winner. false: at t the new winner already comes first.
  bool tie_kept = false;
  std::size_t winner = 0;            // index into facts.bids: first before any transfer
  std::size_t new_winner = 0;        // index into facts.bids: first at t (just above t when tie_kept)
  // At t the winner's and the new winner's totals are equal (totals move continuously), and
  // this part of the tie rule decides which of them is first at exactly t.
  TieBreak tie_rule = TieBreak::quality_total;
  std::vector<Rational> weights;     // the weights at t: weights[from] − t and weights[to] + t
};

// The margin for moving weight from criterion `from` to criterion `to` (distinct indices
// into `weights`), for the lot whose bids are `facts` scored with the per-point price scores
// `price_fractions` (from price_fractions()). The winner is the best-ranked bid under
// `weights` by the tie rule of contract 4.5; facts.bids must not be empty.
WeightMargin weight_margin(const LotFacts& facts, const std::vector<Rational>& weights,
                           const std::vector<Rational>& price_fractions, std::size_t from, std::size_t to);

// weight_margin for every ordered pair of distinct criteria: `from` in tender order, then
// `to` in tender order.
std::vector<WeightMargin> weight_margins(const LotFacts& facts, const std::vector<Rational>& weights,
                                         const std::vector<Rational>& price_fractions);

// `weights` after moving `transfer` points from criterion `from` to criterion `to`.
std::vector<Rational> moved_weights(const std::vector<Rational>& weights, std::size_t from, std::size_t to,
                                    const Rational& transfer);

}  // namespace tk
