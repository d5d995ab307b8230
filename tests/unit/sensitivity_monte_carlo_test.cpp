#include <doctest/doctest.h>

#include <cstdint>

#include "decide/sensitivity_monte_carlo.hpp"
#include "evaluate/bank_holiday_share.hpp"
#include "evaluate/evaluation.hpp"
#include "read/tender_loader.hpp"
#include "scoring_fixture.hpp"
#include "shipped_data.hpp"

using namespace tk;

namespace {

struct Lcg {
  std::uint64_t state = 77;
  long next(long bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<long>((state >> 33) % static_cast<std::uint64_t>(bound));
  }
};

// The tiny tender plus 20 bidders with close prices and mean-aggregated marks (thirds).
Tender crowded_tender() {
  Tender t = test::tiny_tender();
  t.quality.aggregate = Aggregate::mean;
  t.quality.min_mark = 0;
  t.ceilings[0].standard = test::pounds("30.00");
  t.ceilings[0].bank_holiday = test::pounds("40.00");
  Lcg g;
  for (int i = 0; i < 20; ++i) {
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

Evaluation evaluate(const Tender& t, PriceMethod method = PriceMethod::relative_to_lowest) {
  EvaluationOptions o;
  o.tender_share = calendar_share(15, 730);
  o.method = method;
  return evaluate_tender(t, o);
}

std::vector<const LotFacts*> facts_of(const Evaluation& e) {
  std::vector<const LotFacts*> out;
  for (const LotResult& lot : e.lots) out.push_back(&lot.facts);
  return out;
}

// The counts the exact engine gives: every sample's Rational weights, every bid scored.
std::vector<std::vector<std::uint64_t>> exact_counts(const Evaluation& e, const std::vector<Rational>& weights,
                                                     const MonteCarloSettings& settings) {
  std::vector<std::vector<std::uint64_t>> wins;
  for (const LotResult& lot : e.lots) wins.emplace_back(lot.facts.bids.size(), 0);
  std::vector<ScoredBid> scored;
  for (std::uint64_t s = 0; s < settings.samples; ++s) {
    std::vector<Rational> w = sample_weights(weights, settings, s);
    for (std::size_t li = 0; li < e.lots.size(); ++li) {
      if (e.lots[li].facts.bids.empty()) continue;
      score_lot(e.lots[li].facts, w, e.method, scored);
      ++wins[li][best_bid(e.lots[li].facts, scored)];
    }
  }
  return wins;
}

std::uint64_t total(const std::vector<std::uint64_t>& v) {
  std::uint64_t sum = 0;
  for (std::uint64_t x : v) sum += x;
  return sum;
}

Evaluation sample_tender_evaluation(const Tender& t) {
  EvaluationOptions o;
  o.tender_share = tender_bank_holiday_share(t, tk::test::shipped_bank_holidays());
  return evaluate_tender(t, o);
}

}  // namespace

TEST_CASE("a sample's weights: the published weights times their factors, renormalised to 100") {
  // Seed 1, spread 10%: the draws of sample 0 are 0x910a2dec, 0xbeeb8da1, 0xf893a2ee and
  // 0x71c18690 (see sensitivity_rng_test); the factors 1 + 0.1 × (2u/2^32 − 1) make
  // 40, 29, 26, 5 into these (computed independently with Python's fractions).
  MonteCarloSettings s{2, 10, 1};
  std::vector<Rational> published = {40, 29, 26, 5};
  std::vector<Rational> w0 = sample_weights(published, s, 0);
  CHECK(to_exact_string(w0[0]) == "87042865072000/2240933553433");
  CHECK(to_exact_string(w0[1]) == "65338337158100/2240933553433");
  CHECK(to_exact_string(w0[2]) == "61094222545200/2240933553433");
  CHECK(to_exact_string(w0[3]) == "10617930568000/2240933553433");
  std::vector<Rational> w1 = sample_weights(published, s, 1);
  CHECK(to_exact_string(w1[0]) == "42470910384000/1106643264499");
  Rational sum = 0;
  for (const Rational& w : w1) sum += w;
  CHECK(sum == 100);
  SUBCASE("no spread: the published weights") {
    CHECK(sample_weights(published, MonteCarloSettings{1, 0, 5}, 0) == published);
  }
}

TEST_CASE("the Monte Carlo counts equal the exact engine's, sample by sample") {
  Tender t = crowded_tender();
  for (PriceMethod method : {PriceMethod::relative_to_lowest, PriceMethod::linear_from_lowest, PriceMethod::ceiling_linear}) {
    Evaluation e = evaluate(t, method);
    for (Rational spread : {Rational(10), Rational(45), Rational(199, 2)}) {
      CAPTURE(to_string(method));
      CAPTURE(to_exact_string(spread));
      MonteCarloSettings settings{600, spread, 42};
      MonteCarlo mc(facts_of(e), e.weights, method, settings);
      CHECK(mc.integer_filter());
      MonteCarloCounts counts = mc.run(2);
      CHECK(counts.wins == exact_counts(e, e.weights, settings));
      for (const std::vector<std::uint64_t>& lot : counts.wins) CHECK(total(lot) == settings.samples);
      std::size_t moved = 0;  // the spread really changes winners
      for (const std::vector<std::uint64_t>& lot : counts.wins) moved += lot[0] < settings.samples ? 1 : 0;
      if (spread > 90) CHECK(moved > 0);
    }
  }
}

TEST_CASE("the result is the same on every run and for every number of threads") {
  Tender t = load_tender(test::source_path("data/sample-tender"));
  Evaluation e = sample_tender_evaluation(t);
  for (Rational spread : {Rational(10), Rational(30)}) {
    MonteCarloSettings settings{20000, spread, 7};  // five blocks of samples
    MonteCarlo mc(facts_of(e), e.weights, e.method, settings);
    MonteCarloCounts one = mc.run(1);
    for (unsigned threads : {1U, 2U, 3U, 8U}) {
      CAPTURE(threads);
      CHECK(mc.run(threads).wins == one.wins);
      MonteCarlo again(facts_of(e), e.weights, e.method, settings);
      CHECK(again.run(threads).wins == one.wins);
    }
    SUBCASE("and the exact engine agrees on the first samples") {
      MonteCarloSettings few{1500, spread, 7};
      CHECK(MonteCarlo(facts_of(e), e.weights, e.method, few).run(2).wins == exact_counts(e, e.weights, few));
    }
  }
}

TEST_CASE("bids that cannot come first in any sample are left out of the scoring") {
  Tender t = load_tender(test::source_path("data/sample-tender"));
  Evaluation e = sample_tender_evaluation(t);
  MonteCarlo mc(facts_of(e), e.weights, e.method, MonteCarloSettings{1000, 10, 1});
  for (std::size_t li = 0; li < e.lots.size(); ++li) {
    CAPTURE(e.lots[li].lot->id);
    const std::vector<std::size_t>& c = mc.candidates(li);
    REQUIRE_FALSE(c.empty());
    CHECK(c.front() == 0);  // the published winner can always win (at the published weights)
    CHECK(c.size() < e.lots[li].facts.bids.size() / 4);
  }
  SUBCASE("a bid the same per point as a better-placed one is left out") {
    Tender twin = test::tiny_tender();
    twin.bidders.push_back(test::bidder("BRU", "Bright Care twin", {}));
    test::add_rates(twin, "BRU", "*", {Llw::inclusive, Travel::inclusive}, "15.90", "23.85");
    test::add_marks(twin, "BRU", {3, 4, 4, 3});  // identical to BRT, whose bidder_id comes first
    Evaluation te = evaluate(twin);
    MonteCarlo tmc(facts_of(te), te.weights, te.method, MonteCarloSettings{100, 99, 1});
    for (std::size_t i : tmc.candidates(0)) CHECK(te.lots[0].facts.bids[i].bidder_id != "BRU");
  }
}

TEST_CASE("edges of the Monte Carlo") {
  Tender t = crowded_tender();
  Evaluation e = evaluate(t);
  SUBCASE("no spread: every sample is the published weight set") {
    MonteCarloCounts c = MonteCarlo(facts_of(e), e.weights, e.method, MonteCarloSettings{5000, 0, 3}).run(2);
    CHECK(c.wins[0][0] == 5000);
    CHECK(c.wins[1][0] == 5000);
  }
  SUBCASE("no samples") {
    MonteCarloCounts c = MonteCarlo(facts_of(e), e.weights, e.method, MonteCarloSettings{0, 10, 3}).run(4);
    CHECK(total(c.wins[0]) == 0);
  }
  SUBCASE("a spread of 100% or more, or below 0, is refused") {
    CHECK_THROWS_AS(MonteCarlo(facts_of(e), e.weights, e.method, MonteCarloSettings{10, 100, 3}), Error);
    CHECK_THROWS_AS(MonteCarlo(facts_of(e), e.weights, e.method, MonteCarloSettings{10, -1, 3}), Error);
  }
  SUBCASE("weights too fine for 64-bit integers: every decision is exact, and still right") {
    BigInt huge = pow10(30);
    std::vector<Rational> w = {Rational(BigInt(40) * huge + 1, huge), 29, 26, Rational(BigInt(5) * huge - 1, huge)};
    MonteCarloSettings settings{300, 90, 9};
    MonteCarlo mc(facts_of(e), w, e.method, settings);
    CHECK_FALSE(mc.integer_filter());
    MonteCarloCounts c = mc.run(3);
    CHECK(c.wins == exact_counts(e, w, settings));
    CHECK(c.exact_decisions > 0);
  }
  SUBCASE("progress is reported, ending with every sample") {
    std::vector<std::uint64_t> seen;
    MonteCarlo(facts_of(e), e.weights, e.method, MonteCarloSettings{10000, 10, 3}).run(2, [&](std::uint64_t done) {
      seen.push_back(done);
    });
    REQUIRE_FALSE(seen.empty());
    CHECK(seen.back() == 10000);
  }
  SUBCASE("a lot with no ranked bid counts nothing") {
    LotFacts empty;
    std::vector<const LotFacts*> lots = {&empty, &e.lots[0].facts};
    MonteCarloCounts c = MonteCarlo(lots, e.weights, e.method, MonteCarloSettings{100, 10, 3}).run(1);
    CHECK(c.wins[0].empty());
    CHECK(total(c.wins[1]) == 100);
  }
}
