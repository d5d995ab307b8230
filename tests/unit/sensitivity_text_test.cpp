#include <doctest/doctest.h>

#include "scoring_fixture.hpp"
#include "write/sensitivity_text.hpp"

using namespace tk;

TEST_CASE("a chance of winning is a percentage to one place, half away from zero") {
  CHECK(chance_percent(1, 8) == "12.5");
  CHECK(chance_percent(2, 3) == "66.7");
  CHECK(chance_percent(1, 2000) == "0.1");   // 0.05 rounds up
  CHECK(chance_percent(1, 2001) == "0.0");   // 0.04997...
  CHECK(chance_percent(0, 10) == "0.0");
  CHECK(chance_percent(10, 10) == "100.0");
  CHECK(chance_percent(0, 0) == "");
}

TEST_CASE("counts get thousands separators") {
  CHECK(with_commas(0) == "0");
  CHECK(with_commas(999) == "999");
  CHECK(with_commas(1000) == "1,000");
  CHECK(with_commas(1000000) == "1,000,000");
  CHECK(with_commas(18446744073709551615ULL) == "18,446,744,073,709,551,615");
}

namespace {

WinnerSensitivity tiny_sensitivity(const Evaluation& e) {
  SensitivitySettings settings;
  settings.monte_carlo = MonteCarloSettings{200, 10, 1};
  return analyse_sensitivity(e, settings);
}

Evaluation tiny_evaluation(const Tender& t) {
  EvaluationOptions o;
  o.tender_share = calendar_share(15, 730);
  return evaluate_tender(t, o);
}

}  // namespace

TEST_CASE("bidders are listed by wins, then by rank") {
  Tender t = test::tiny_tender();
  Evaluation e = tiny_evaluation(t);
  WinnerSensitivity s = tiny_sensitivity(e);
  LotSensitivity lot = s.lots[0];
  lot.wins = {5, 7, 5, 0};
  CHECK(by_wins(lot) == std::vector<std::size_t>{1, 0, 2, 3});
  CHECK(chances_note(lot) == "The other ranked bidder won no weight set.");
  lot.wins = {5, 0, 0, 0};
  CHECK(chances_note(lot) == "The other 3 ranked bidders won no weight set.");
  lot.wins = {1, 1, 1, 1};
  CHECK(chances_note(lot).empty());
}

TEST_CASE("what a margin says") {
  Tender t = test::tiny_tender();
  Evaluation e = tiny_evaluation(t);
  WinnerSensitivity s = tiny_sensitivity(e);
  const LotSensitivity& lot = s.lots[0];
  // In the tiny tender, moving weight from ability to price lets ELM (cheapest) catch CLR;
  // at the meeting point CLR has the higher quality total and stays first.
  const WeightMargin& m = lot.margins[3];
  REQUIRE(m.from == 1);
  REQUIRE(m.to == 0);
  REQUIRE(m.transfer);
  // By hand: per point, CLR scores price 0.7497.. (Pmin/P), ability 14/15; ELM price 1,
  // ability 9/15. CLR leads by 82.8667 − 75 = 118/15 and loses 1/3 − ... per point moved;
  // solved exactly (Python fractions): t = 472/35 = 13.4857...
  CHECK(*m.transfer == Rational(472, 35));
  CHECK(margin_code(m) == "tie-then-changes");
  CHECK(margin_outcome(e, lot, m) == "tie: CLR kept first by higher quality total; ELM first beyond");
  CHECK(moved_weights_text(e, m) == "ability 29 → 15.51, price 40 → 53.49");
  const WeightMargin& none = lot.margins[0];
  CHECK(margin_code(none) == "none");
  CHECK(margin_outcome(e, lot, none) == "no change up to all 40 points");
  CHECK(closest_margin_text(e, lot) == "Closest: moving 13.49 points from ability to price makes ELM the winner (just beyond that move).");
  CHECK(describe_weights(e) == "price 40, ability 29, quality 26, partnership 5");
}
