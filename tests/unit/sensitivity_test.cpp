#include <doctest/doctest.h>

#include "decide/sensitivity.hpp"
#include "scoring_fixture.hpp"

using namespace tk;

namespace {

Evaluation evaluate(const Tender& t) {
  EvaluationOptions o;
  o.tender_share = calendar_share(15, 730);
  return evaluate_tender(t, o);
}

const std::string_view winner_id(const LotSensitivity& lot, const FormulaWinner& f) {
  return lot.lot->facts.bids[*f.winner].bidder_id;
}

}  // namespace

TEST_CASE("the winner under each price formula") {
  SUBCASE("the tiny tender: CLR at the ceiling loses everything under ceiling-linear") {
    // Relative and linear keep CLR first (82.87, 79.53); ceiling-linear gives CLR, priced at
    // the ceiling, a price score of 0, and ELM, the lowest price, the full 40: 40 + 35 = 75.
    Tender t = test::tiny_tender();
    Evaluation e = evaluate(t);
    SensitivitySettings settings;
    settings.monte_carlo = MonteCarloSettings{500, 10, 1};
    WinnerSensitivity s = analyse_sensitivity(e, settings);
    REQUIRE(s.lots.size() == 2);
    const LotSensitivity& n1 = s.lots[0];
    REQUIRE(n1.formulas.size() == 3);
    CHECK(n1.formulas[0].method == PriceMethod::relative_to_lowest);
    CHECK(winner_id(n1, n1.formulas[0]) == "CLR");
    CHECK(n1.formulas[0].total == e.lots[0].bids[0].total);
    CHECK(winner_id(n1, n1.formulas[1]) == "CLR");
    CHECK(winner_id(n1, n1.formulas[2]) == "ELM");
    CHECK(n1.formulas[2].total == 75);
    CHECK(n1.formula_changes_winner);
    CHECK(n1.margins.size() == 12);
    std::uint64_t wins = 0;
    for (std::uint64_t w : n1.wins) wins += w;
    CHECK(wins == 500);
  }
  SUBCASE("no ceiling on the basis: ceiling-linear is not available, and does not count") {
    Tender t = test::tiny_tender();
    t.ceilings.clear();
    Evaluation e = evaluate(t);
    WinnerSensitivity s = analyse_sensitivity(e, SensitivitySettings{});
    const LotSensitivity& n1 = s.lots[0];
    CHECK_FALSE(n1.formulas[2].available);
    CHECK_FALSE(n1.formulas[2].winner);
    CHECK_FALSE(n1.formula_changes_winner);
  }
}

TEST_CASE("lots with one ranked bid or none") {
  Tender t = test::tiny_tender();
  t.bidders.resize(1);  // ACE only
  Tender none = t;
  none.bidders[0].sq_pass = false;
  SUBCASE("one ranked bid: no margin, every sample and formula picks it") {
    Evaluation e = evaluate(t);
    SensitivitySettings settings;
    settings.monte_carlo = MonteCarloSettings{300, 50, 2};
    WinnerSensitivity s = analyse_sensitivity(e, settings);
    for (const LotSensitivity& lot : s.lots) {
      CHECK(lot.has_winner());
      for (const WeightMargin& m : lot.margins) CHECK_FALSE(m.transfer);
      CHECK(lot.wins[0] == 300);
      CHECK_FALSE(lot.formula_changes_winner);
    }
  }
  SUBCASE("no ranked bid: nothing to analyse") {
    Evaluation e = evaluate(none);
    SensitivitySettings settings;
    settings.monte_carlo = MonteCarloSettings{300, 10, 2};
    WinnerSensitivity s = analyse_sensitivity(e, settings);
    for (const LotSensitivity& lot : s.lots) {
      CHECK_FALSE(lot.has_winner());
      CHECK(lot.margins.empty());
      CHECK(lot.wins.empty());
      for (const FormulaWinner& f : lot.formulas) CHECK_FALSE(f.winner);
    }
  }
}
