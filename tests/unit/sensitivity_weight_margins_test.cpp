#include <doctest/doctest.h>

#include <cstdint>

#include "decide/sensitivity_weight_margins.hpp"
#include "evaluate/evaluation.hpp"
#include "scoring_fixture.hpp"

using namespace tk;

namespace {

BidFacts bid(const char* id, Rational price, std::vector<Rational> fractions) {
  return BidFacts{id, std::move(price), std::move(fractions)};
}

// A lot whose criterion 0 is the price criterion.
LotFacts lot_of(std::vector<BidFacts> bids) {
  LotFacts f;
  f.price_criterion = 0;
  f.lowest_price = bids[0].price;
  for (const BidFacts& b : bids)
    if (b.price < f.lowest_price) f.lowest_price = b.price;
  f.bids = std::move(bids);
  return f;
}

std::vector<Rational> relative_fractions(const LotFacts& f) {
  std::vector<Rational> out;
  price_fractions(f, PriceMethod::relative_to_lowest, out);
  return out;
}

// The exact engine's winner under `weights`.
std::size_t winner_at(const LotFacts& f, const std::vector<Rational>& weights, const std::vector<Rational>& fractions) {
  std::vector<ScoredBid> scored;
  score_lot(f, weights, fractions, scored);
  return best_bid(f, scored);
}

const WeightMargin& find(const std::vector<WeightMargin>& margins, std::size_t from, std::size_t to) {
  for (const WeightMargin& m : margins)
    if (m.from == from && m.to == to) return m;
  FAIL("no margin for the pair");
  return margins.front();
}

// Re-scores with the exact engine on both sides of a margin: before it the winner holds
// (checked at t − ε and at points spread over [0, t)); at t the new winner is first, or the
// old one keeps first place on the tie rule and the new one is first at t + ε. Without a
// margin, the winner holds all the way to the donor's whole weight.
void check_by_rescoring(const LotFacts& f, const std::vector<Rational>& weights, const std::vector<Rational>& fractions,
                        const WeightMargin& m) {
  CAPTURE(m.from);
  CAPTURE(m.to);
  const std::size_t winner = winner_at(f, weights, fractions);
  CHECK(m.winner == winner);
  const Rational eps(1, 1000000000);
  auto at = [&](const Rational& t) { return winner_at(f, moved_weights(weights, m.from, m.to, t), fractions); };
  const Rational& limit = weights[m.from];
  if (!m.transfer) {
    for (int k = 0; k <= 20; ++k) CHECK(at(limit * k / 20) == winner);
    return;
  }
  const Rational t = *m.transfer;
  CAPTURE(to_exact_string(t));
  REQUIRE(t >= 0);
  REQUIRE(t <= limit);
  CHECK(m.weights == moved_weights(weights, m.from, m.to, t));
  for (int k = 0; k < 20; ++k) CHECK(at(t * k / 20) == winner);
  if (t > eps) CHECK(at(t - eps) == winner);
  CHECK(m.new_winner != winner);
  if (m.tie_kept) {
    CHECK(at(t) == winner);
    REQUIRE(t + eps <= limit);
    CHECK(at(t + eps) == m.new_winner);
  } else {
    CHECK(at(t) == m.new_winner);
  }
  // Totals move continuously, so the two are level at t.
  std::vector<ScoredBid> scored;
  score_lot(f, m.weights, fractions, scored);
  CHECK(scored[winner].total == scored[m.new_winner].total);
}

}  // namespace

TEST_CASE("two bidders, price against quality: the margin by hand") {
  // Price 40, quality 60. A: lowest price 10 (price score per point 1), quality 3/5 → 76.
  // B: price 12.50 (10/12.5 = 4/5), quality 1 → 92. B wins.
  LotFacts f = lot_of({bid("A", 10, {0, Rational(3, 5)}), bid("B", Rational(25, 2), {0, 1})});
  std::vector<Rational> w = {40, 60};
  std::vector<Rational> fractions = relative_fractions(f);
  std::vector<WeightMargin> margins = weight_margins(f, w, fractions);
  REQUIRE(margins.size() == 2);

  SUBCASE("moving weight from quality to price: A level at t = 80/3") {
    // A: 76 + 0.4t; B: 92 − 0.2t; level when 0.6t = 16. There B's quality total (100/3)
    // is above A's (20), so B keeps first place at exactly 80/3 and A wins beyond it.
    const WeightMargin& m = find(margins, 1, 0);
    REQUIRE(m.transfer);
    CHECK(*m.transfer == Rational(80, 3));
    CHECK(m.tie_kept);
    CHECK(m.tie_rule == TieBreak::quality_total);
    CHECK(f.bids[m.winner].bidder_id == "B");
    CHECK(f.bids[m.new_winner].bidder_id == "A");
    CHECK(m.weights == std::vector<Rational>{Rational(200, 3), Rational(100, 3)});
    check_by_rescoring(f, w, fractions, m);
  }
  SUBCASE("moving weight from price to quality only widens B's lead") {
    const WeightMargin& m = find(margins, 0, 1);
    CHECK_FALSE(m.transfer);
    check_by_rescoring(f, w, fractions, m);
  }
}

TEST_CASE("two bidders, three criteria: margins reached exactly at the tie") {
  // Price 40, q1 30, q2 30. A: price 10 (1), q1 1, q2 0 → 70. B: 12.50 (4/5), q1 1/5, q2 1 → 68.
  LotFacts f = lot_of({bid("A", 10, {0, 1, 0}), bid("B", Rational(25, 2), {0, Rational(1, 5), 1})});
  std::vector<Rational> w = {40, 30, 30};
  std::vector<Rational> fractions = relative_fractions(f);
  std::vector<WeightMargin> margins = weight_margins(f, w, fractions);
  REQUIRE(margins.size() == 6);
  CHECK(f.bids[margins[0].winner].bidder_id == "A");

  SUBCASE("q1 to q2: A 70 − t, B 68 + 0.8t, level at 10/9; B's quality total is higher there") {
    const WeightMargin& m = find(margins, 1, 2);
    REQUIRE(m.transfer);
    CHECK(*m.transfer == Rational(10, 9));
    CHECK_FALSE(m.tie_kept);
    CHECK(m.tie_rule == TieBreak::quality_total);
    CHECK(f.bids[m.new_winner].bidder_id == "B");
    CHECK(m.weights == std::vector<Rational>{40, Rational(260, 9), Rational(280, 9)});
  }
  SUBCASE("price to q2: A 70 − t, B 68 + 0.2t, level at 5/3") {
    const WeightMargin& m = find(margins, 0, 2);
    REQUIRE(m.transfer);
    CHECK(*m.transfer == Rational(5, 3));
    CHECK_FALSE(m.tie_kept);
  }
  SUBCASE("q1 to price: A 70, B 68 + 0.6t, level at 10/3") {
    const WeightMargin& m = find(margins, 1, 0);
    REQUIRE(m.transfer);
    CHECK(*m.transfer == Rational(10, 3));
    CHECK_FALSE(m.tie_kept);
  }
  SUBCASE("every margin holds when re-scored") {
    for (const WeightMargin& m : margins) check_by_rescoring(f, w, fractions, m);
  }
}

TEST_CASE("edges of the margin") {
  SUBCASE("level now, first on the tie rule: any move towards price changes the winner") {
    // Price 50, quality 50. A: 10 (1), quality 1/2 → 75. B: 12.50 (4/5), quality 7/10 → 75.
    // Equal totals; B's quality total (35) beats A's (25). Quality to price: A 75 + 0.5t,
    // B 75 + 0.1t, so A leads for every t > 0: the margin is 0, just beyond.
    LotFacts f = lot_of({bid("A", 10, {0, Rational(1, 2)}), bid("B", Rational(25, 2), {0, Rational(7, 10)})});
    std::vector<Rational> w = {50, 50};
    std::vector<Rational> fractions = relative_fractions(f);
    WeightMargin m = weight_margin(f, w, fractions, 1, 0);
    CHECK(f.bids[m.winner].bidder_id == "B");
    REQUIRE(m.transfer);
    CHECK(*m.transfer == 0);
    CHECK(m.tie_kept);
    CHECK(f.bids[m.new_winner].bidder_id == "A");
    check_by_rescoring(f, w, fractions, m);
    CHECK_FALSE(weight_margin(f, w, fractions, 0, 1).transfer);
  }
  SUBCASE("identical bids: bidder_id decides for every weight set") {
    LotFacts f = lot_of({bid("B", 10, {0, Rational(1, 2)}), bid("A", 10, {0, Rational(1, 2)})});
    std::vector<Rational> w = {40, 60};
    std::vector<Rational> fractions = relative_fractions(f);
    for (const WeightMargin& m : weight_margins(f, w, fractions)) {
      CHECK(f.bids[m.winner].bidder_id == "A");
      CHECK_FALSE(m.transfer);
    }
  }
  SUBCASE("a margin of exactly the donor's whole weight") {
    // Price 40, q1 30, q2 30. A: 10 (1), q1 1, q2 0 → 70 − t as t moves from q1 to q2.
    // B: 20 (1/2), q1 0, q2 1/3 → 30 + t/3. Level only at t = 30, all of q1's weight; there
    // A's quality total is 0 and B's 20, so B is first at exactly 30.
    LotFacts f = lot_of({bid("A", 10, {0, 1, 0}), bid("B", 20, {0, 0, Rational(1, 3)})});
    std::vector<Rational> fractions = relative_fractions(f);
    std::vector<Rational> w = {40, 30, 30};
    WeightMargin m = weight_margin(f, w, fractions, 1, 2);
    REQUIRE(m.transfer);
    CHECK(*m.transfer == 30);
    CHECK_FALSE(m.tie_kept);
    CHECK(f.bids[m.new_winner].bidder_id == "B");
    check_by_rescoring(f, w, fractions, m);
  }
  SUBCASE("a donor with no weight has nothing to give") {
    LotFacts f = lot_of({bid("A", 10, {0, 0}), bid("B", 20, {0, Rational(1, 3)})});
    std::vector<Rational> fractions = relative_fractions(f);
    std::vector<Rational> w = {100, 0};
    CHECK_FALSE(weight_margin(f, w, fractions, 1, 0).transfer);
    // The other way, B catches up at 60 (A 100 − t, B 50 − t/2 + t/3) and wins on quality.
    WeightMargin m = weight_margin(f, w, fractions, 0, 1);
    REQUIRE(m.transfer);
    CHECK(*m.transfer == 60);
    CHECK_FALSE(m.tie_kept);
    check_by_rescoring(f, w, fractions, m);
  }
  SUBCASE("one bid: nothing can change") {
    LotFacts f = lot_of({bid("A", 10, {0, 1})});
    std::vector<Rational> fractions = relative_fractions(f);
    for (const WeightMargin& m : weight_margins(f, {40, 60}, fractions)) CHECK_FALSE(m.transfer);
  }
}

namespace {

// A deterministic generator, so a failure can be replayed.
struct Lcg {
  std::uint64_t state = 2024;
  long next(long bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<long>((state >> 33) % static_cast<std::uint64_t>(bound));
  }
};

// The tiny tender plus bidders with assorted prices and mean-aggregated marks (thirds).
Tender crowded_tender(std::uint64_t seed) {
  Tender t = test::tiny_tender();
  t.quality.aggregate = Aggregate::mean;
  t.quality.min_mark = 0;
  t.ceilings[0].standard = test::pounds("30.00");
  t.ceilings[0].bank_holiday = test::pounds("40.00");
  Lcg g{seed};
  for (int i = 0; i < 16; ++i) {
    std::string id = "V" + std::to_string(10 + i);
    t.bidders.push_back(test::bidder(id, id, {}));
    std::string standard = std::to_string(14 + g.next(3)) + "." + std::to_string(10 + g.next(90));
    std::string bank_holiday = std::to_string(21 + g.next(3)) + "." + std::to_string(10 + g.next(90));
    test::add_rates(t, id, "*", {Llw::inclusive, Travel::inclusive}, standard.c_str(), bank_holiday.c_str());
    for (const char* q : {"A1", "A2", "Q1", "P1"})
      for (const char* ev : {"E1", "E2", "E3"}) t.marks.push_back({id, q, ev, static_cast<int>(2 + g.next(4)), "", {}});
  }
  return t;
}

}  // namespace

TEST_CASE("every margin of real evaluations holds when re-scored either side") {
  EvaluationOptions o;
  o.tender_share = calendar_share(15, 730);
  SUBCASE("the contract's tiny tender") {
    Tender t = test::tiny_tender();
    Evaluation e = evaluate_tender(t, o);
    for (const LotResult& lot : e.lots) {
      std::vector<Rational> fractions;
      price_fractions(lot.facts, e.method, fractions);
      std::vector<WeightMargin> margins = weight_margins(lot.facts, e.weights, fractions);
      CHECK(margins.size() == 12);
      for (const WeightMargin& m : margins) check_by_rescoring(lot.facts, e.weights, fractions, m);
    }
  }
  SUBCASE("crowded lots, every price formula") {
    for (std::uint64_t seed : {1ULL, 2ULL, 3ULL}) {
      Tender t = crowded_tender(seed);
      for (PriceMethod method : {PriceMethod::relative_to_lowest, PriceMethod::linear_from_lowest, PriceMethod::ceiling_linear}) {
        o.method = method;
        Evaluation e = evaluate_tender(t, o);
        const LotFacts& facts = e.lots[0].facts;
        std::vector<Rational> fractions;
        price_fractions(facts, method, fractions);
        int changed = 0;
        for (const WeightMargin& m : weight_margins(facts, e.weights, fractions)) {
          check_by_rescoring(facts, e.weights, fractions, m);
          changed += m.transfer ? 1 : 0;
        }
        CHECK(changed >= 3);  // the lots are close enough for margins to exist
      }
    }
  }
}
