#include "decide/sensitivity.hpp"

namespace tk {

const std::vector<PriceMethod>& all_price_methods() {
  static const std::vector<PriceMethod> kMethods = {PriceMethod::relative_to_lowest, PriceMethod::linear_from_lowest,
                                                    PriceMethod::ceiling_linear};
  return kMethods;
}

namespace {

std::vector<FormulaWinner> formula_winners(const LotFacts& facts, const std::vector<Rational>& weights) {
  std::vector<FormulaWinner> out;
  for (PriceMethod method : all_price_methods()) {
    FormulaWinner f;
    f.method = method;
    f.available = method != PriceMethod::ceiling_linear || facts.ceiling.has_value();
    if (f.available && !facts.bids.empty()) {
      std::vector<ScoredBid> scored;
      score_lot(facts, weights, method, scored);
      f.winner = best_bid(facts, scored);
      f.total = scored[*f.winner].total;
    }
    out.push_back(f);
  }
  return out;
}

bool winners_differ(const std::vector<FormulaWinner>& formulas) {
  std::optional<std::size_t> first;
  for (const FormulaWinner& f : formulas) {
    if (!f.winner) continue;
    if (first && *first != *f.winner) return true;
    first = f.winner;
  }
  return false;
}

}  // namespace

WinnerSensitivity analyse_sensitivity(const Evaluation& e, const SensitivitySettings& settings) {
  WinnerSensitivity s;
  s.evaluation = &e;
  s.monte_carlo = settings.monte_carlo;
  std::vector<const LotFacts*> facts;
  for (const LotResult& lot : e.lots) {
    LotSensitivity l;
    l.lot = &lot;
    if (lot.ranked_count > 0) {
      std::vector<Rational> fractions;
      price_fractions(lot.facts, e.method, fractions);
      l.margins = weight_margins(lot.facts, e.weights, fractions);
    }
    l.formulas = formula_winners(lot.facts, e.weights);
    l.formula_changes_winner = winners_differ(l.formulas);
    s.lots.push_back(std::move(l));
    facts.push_back(&lot.facts);
  }
  MonteCarlo monte_carlo(facts, e.weights, e.method, settings.monte_carlo);
  MonteCarloCounts counts = monte_carlo.run(settings.threads, settings.progress);
  s.exact_decisions = counts.exact_decisions;
  for (std::size_t i = 0; i < s.lots.size(); ++i) s.lots[i].wins = std::move(counts.wins[i]);
  return s;
}

}  // namespace tk
