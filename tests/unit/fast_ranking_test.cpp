#include <doctest/doctest.h>

#include <cstdint>

#include "evaluate/evaluation.hpp"
#include "evaluate/fast_ranking.hpp"
#include "scoring_fixture.hpp"

using namespace tk;

namespace {

// A deterministic generator, so a failure can be replayed.
struct Lcg {
  std::uint64_t state = 12345;
  long next(long bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<long>((state >> 33) % static_cast<std::uint64_t>(bound));
  }
};

// The tiny tender plus bidders with assorted prices and mean-aggregated marks (thirds).
Tender varied_tender() {
  Tender t = test::tiny_tender();
  t.quality.aggregate = Aggregate::mean;
  t.quality.min_mark = 0;
  t.ceilings[0].standard = test::pounds("30.00");
  t.ceilings[0].bank_holiday = test::pounds("40.00");
  Lcg g;
  for (int i = 0; i < 20; ++i) {
    std::string id = "V" + std::to_string(10 + i);
    t.bidders.push_back(test::bidder(id, id, {}));
    std::string standard = std::to_string(13 + g.next(8)) + "." + std::to_string(10 + g.next(90));
    std::string bank_holiday = std::to_string(20 + g.next(8)) + "." + std::to_string(10 + g.next(90));
    test::add_rates(t, id, "*", {Llw::inclusive, Travel::inclusive}, standard.c_str(), bank_holiday.c_str());
    for (const char* q : {"A1", "A2", "Q1", "P1"})
      for (const char* ev : {"E1", "E2", "E3"})
        t.marks.push_back({id, q, ev, static_cast<int>(g.next(6)), "", {}});
  }
  return t;
}

std::size_t slow_best(const LotFacts& f, const std::vector<Rational>& w, PriceMethod m) {
  std::vector<ScoredBid> s;
  score_lot(f, w, m, s);
  return best_bid(f, s);
}

}  // namespace

TEST_CASE("the fast ranking always picks the bid the exact ranking picks") {
  Tender t = varied_tender();
  EvaluationOptions o;
  o.tender_share = calendar_share(15, 730);
  Evaluation e = evaluate_tender(t, o);
  const LotFacts& facts = e.lots[0].facts;
  REQUIRE(facts.bids.size() == 24);
  Lcg g;
  for (PriceMethod m : {PriceMethod::relative_to_lowest, PriceMethod::linear_from_lowest, PriceMethod::ceiling_linear}) {
    CAPTURE(to_string(m));
    FastLotRanking fast(facts, m);
    std::size_t changed = 0;
    for (int k = 0; k < 400; ++k) {
      std::vector<Rational> w;
      for (std::size_t c = 0; c < e.weights.size(); ++c) w.push_back(Rational(g.next(100000), 1 + g.next(999)));
      std::size_t expected = slow_best(facts, w, m);
      CHECK(fast.best(w) == expected);
      if (expected != 0) ++changed;
    }
    CHECK(changed > 50);  // the weights really move the winner around
  }
}

TEST_CASE("the fast ranking falls back on exact ties and on numbers too wide") {
  Tender t = test::tiny_tender();
  t.bidders.push_back(test::bidder("BRA", "Bra Care", {}));
  test::add_rates(t, "BRA", "*", {Llw::inclusive, Travel::inclusive}, "15.90", "23.85");
  test::add_marks(t, "BRA", {3, 4, 4, 3});  // identical to BRT
  EvaluationOptions o;
  o.tender_share = calendar_share(15, 730);
  Evaluation e = evaluate_tender(t, o);
  const LotFacts& facts = e.lots[0].facts;
  FastLotRanking fast(facts, PriceMethod::relative_to_lowest);
  SUBCASE("single criteria, and an exact tie for first place") {
    std::vector<Rational> w = {1, 0, 0, 0};
    std::size_t best = fast.best(w);
    CHECK(facts.bids[best].bidder_id == "ELM");
    std::vector<Rational> quality_only = {0, 0, 0, 1};  // partnership: CLR 5 alone on top
    CHECK(facts.bids[fast.best(quality_only)].bidder_id == "CLR");
    // Q1 alone with a touch of price: BRA, BRT and CLR all have 4; BRA and BRT are cheaper
    // than CLR and exactly equal, so bidder_id puts BRA first.
    std::vector<Rational> quality_and_price = {Rational(1, 1000), 0, 1, 0};
    CHECK(facts.bids[fast.best(quality_and_price)].bidder_id == "BRA");
    CHECK(fast.best(quality_and_price) == slow_best(facts, quality_and_price, PriceMethod::relative_to_lowest));
  }
  SUBCASE("all weights zero: every total is 0 and the tie rule decides") {
    std::vector<Rational> zero = {0, 0, 0, 0};
    CHECK(fast.best(zero) == slow_best(facts, zero, PriceMethod::relative_to_lowest));
  }
  SUBCASE("weights with 200-digit denominators") {
    BigInt huge = pow10(200);
    std::vector<Rational> w = {Rational(BigInt(40) * huge + 1, huge), Rational(29), Rational(26), Rational(5)};
    CHECK(fast.best(w) == slow_best(facts, w, PriceMethod::relative_to_lowest));
  }
}
