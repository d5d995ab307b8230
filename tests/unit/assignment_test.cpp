#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <random>

#include "core/error.hpp"
#include "decide/assignment.hpp"

using namespace tk;

namespace {

// Lots from (id, hours, [(bidder, total)...]) with candidates given best first.
AwardLot lot(std::string id, int hours, std::vector<std::pair<std::size_t, Rational>> candidates) {
  AwardLot l{std::move(id), hours, {}};
  for (auto& [bidder, total] : candidates) l.candidates.push_back({bidder, total});
  return l;
}

// The winners' bidder numbers, -1 for an unawarded lot.
std::vector<int> winners(const std::vector<AwardLot>& lots, const Assignment& a) {
  std::vector<int> out;
  for (std::size_t l = 0; l < lots.size(); ++l)
    out.push_back(a[l] ? static_cast<int>(lots[l].candidates[*a[l]].bidder) : -1);
  return out;
}

// The contract's optimal award by trying every assignment: most lots, then the largest sum, then
// the better-ranked winner at the first lot in lot-order sequence where two differ.
Assignment brute_force_optimal(const std::vector<AwardLot>& lots, int cap) {
  std::vector<std::size_t> sequence = lot_order_sequence(lots);
  Assignment current(lots.size());
  Assignment best;
  std::size_t best_count = 0;
  Rational best_sum;
  std::vector<std::size_t> best_ranks;
  bool found = false;
  std::function<void(std::size_t)> visit = [&](std::size_t l) {
    if (l == lots.size()) {
      if (!within_cap(lots, current, cap)) return;
      std::size_t count = 0;
      Rational sum;
      std::vector<std::size_t> ranks;  // in lot-order sequence; unawarded as a rank below all
      for (std::size_t i = 0; i < lots.size(); ++i) {
        if (current[i]) {
          ++count;
          sum += lots[i].candidates[*current[i]].total;
        }
      }
      for (std::size_t i : sequence) ranks.push_back(current[i] ? *current[i] : 1000);
      bool better = !found || count > best_count || (count == best_count && sum > best_sum) ||
                    (count == best_count && sum == best_sum && ranks < best_ranks);
      if (better) {
        found = true;
        best = current;
        best_count = count;
        best_sum = sum;
        best_ranks = ranks;
      }
      return;
    }
    current[l] = std::nullopt;
    visit(l + 1);
    for (std::size_t i = 0; i < lots[l].candidates.size(); ++i) {
      current[l] = i;
      visit(l + 1);
    }
    current[l] = std::nullopt;
  };
  visit(0);
  return best;
}

// A random small award problem with many exact ties: totals from a few thirds and halves,
// equal hours, a random cap. std::mt19937's output is fixed by the standard, and only its raw
// output is used (distributions differ between standard libraries).
std::vector<AwardLot> random_lots(std::mt19937& rng, int& cap) {
  auto pick = [&](unsigned n) { return static_cast<unsigned>(rng() % n); };
  const unsigned lot_count = 1 + pick(5);
  const unsigned bidder_count = 1 + pick(6);
  const Rational totals[] = {Rational(1, 3), Rational(1, 2), Rational(2, 3), Rational(1), Rational(7, 6), Rational(4, 3)};
  std::vector<std::string> ids = {"A", "B", "C", "D", "E"};
  std::vector<AwardLot> lots;
  for (unsigned l = 0; l < lot_count; ++l) {
    AwardLot a;
    a.id = ids[l];
    a.hours_per_week = 1 + pick(3);
    for (unsigned b = 0; b < bidder_count; ++b) {
      if (pick(4) == 0) continue;  // this bidder did not bid, or is excluded
      a.candidates.push_back({b, totals[pick(6)]});
    }
    std::stable_sort(a.candidates.begin(), a.candidates.end(),
                     [](const AwardCandidate& x, const AwardCandidate& y) { return x.total > y.total; });
    lots.push_back(std::move(a));
  }
  std::swap(lots.front().id, lots.back().id);  // tender order need not be id order
  cap = static_cast<int>(pick(4));             // 0 (no cap) to 3
  return lots;
}

}  // namespace

TEST_CASE("lot-order sequence: hours per week, largest first, then id") {
  std::vector<AwardLot> lots = {lot("N3", 100, {}), lot("N1", 200, {}), lot("N2", 100, {}), lot("A9", 50, {})};
  CHECK(lot_order_sequence(lots) == std::vector<std::size_t>{1, 2, 0, 3});
  SUBCASE("exact hours, not rounded") {
    lots[0].hours_per_week = Rational(1001, 10);
    CHECK(lot_order_sequence(lots) == std::vector<std::size_t>{1, 0, 2, 3});
  }
}

TEST_CASE("the two mechanisms on hand-made cases") {
  // Bidders: 0 = X, 1 = Y, 2 = Z.
  SUBCASE("a lot with no candidates is unawarded") {
    std::vector<AwardLot> lots = {lot("A", 10, {{0, 90}}), lot("B", 5, {})};
    CHECK(winners(lots, assign_lot_order(lots, 1)) == std::vector<int>{0, -1});
    CHECK(winners(lots, assign_optimal(lots, 1)) == std::vector<int>{0, -1});
  }
  SUBCASE("no lots") {
    CHECK(assign_optimal({}, 1).empty());
    CHECK(assign_lot_order({}, 1).empty());
  }
  SUBCASE("cap 0: every lot to its first-ranked bidder") {
    std::vector<AwardLot> lots = {lot("A", 10, {{0, 90}, {1, 80}}), lot("B", 5, {{0, 70}, {1, 60}}),
                                  lot("C", 1, {{0, 50}, {2, 40}})};
    CHECK(winners(lots, assign_lot_order(lots, 0)) == std::vector<int>{0, 0, 0});
    CHECK(winners(lots, assign_optimal(lots, 0)) == std::vector<int>{0, 0, 0});
  }
  SUBCASE("cap 2: X takes two lots, the third goes to the next best") {
    std::vector<AwardLot> lots = {lot("A", 10, {{0, 90}, {1, 80}}), lot("B", 5, {{0, 70}, {1, 60}}),
                                  lot("C", 1, {{0, 50}, {2, 45}})};
    // lot-order: A X, B X (X at cap), C Z. Optimal: X in A and B loses 5 in C (50 → 45), X in A
    // and C loses 10 in B (70 → 60): the same assignment, sum 90 + 70 + 45 = 205.
    CHECK(winners(lots, assign_lot_order(lots, 2)) == std::vector<int>{0, 0, 2});
    CHECK(winners(lots, assign_optimal(lots, 2)) == std::vector<int>{0, 0, 2});
    SUBCASE("and cap 1") {
      // X in A: B Y 60, C Z 45 → 195. X in B: A Y 80, C Z 45 → 195. X in C: A Y 80, B none... Y
      // can have only one lot, so B would be unawarded: fewer lots. Equal sums 195: lot-order
      // sequence A, B, C; the first difference is A, where X (rank 1) beats Y (rank 2).
      CHECK(winners(lots, assign_optimal(lots, 1)) == std::vector<int>{0, 1, 2});
      CHECK(winners(lots, assign_lot_order(lots, 1)) == std::vector<int>{0, 1, 2});
    }
  }
  SUBCASE("equal sums: the better-ranked bidder at the first lot in lot-order sequence") {
    // X→A + Y→B = 5 + 4 = 9 = Y→A + X→B.
    std::vector<AwardLot> lots = {lot("A", 10, {{0, 5}, {1, 4}}), lot("B", 5, {{0, 5}, {1, 4}})};
    CHECK(winners(lots, assign_optimal(lots, 1)) == std::vector<int>{0, 1});
    SUBCASE("B first when it has more hours") {
      lots[1].hours_per_week = 20;
      CHECK(winners(lots, assign_optimal(lots, 1)) == std::vector<int>{1, 0});
    }
    SUBCASE("equal hours: by id") {
      lots[0].hours_per_week = 5;
      lots[0].id = std::string("C");  // now B comes first
      CHECK(winners(lots, assign_optimal(lots, 1)) == std::vector<int>{1, 0});
    }
  }
  SUBCASE("the mechanisms disagree: lot-order takes the big lot's best, optimal the best sum") {
    std::vector<AwardLot> lots = {lot("A", 10, {{0, 90}, {1, 80}}), lot("B", 5, {{0, 90}, {1, 50}})};
    CHECK(winners(lots, assign_lot_order(lots, 1)) == std::vector<int>{0, 1});  // 90 + 50 = 140
    CHECK(winners(lots, assign_optimal(lots, 1)) == std::vector<int>{1, 0});    // 80 + 90 = 170
  }
  SUBCASE("optimal awards as many lots as it can before it looks at the sum") {
    // X alone in A is worth 100; Y in A and X in B award both lots for 51.
    std::vector<AwardLot> lots = {lot("A", 10, {{0, 100}, {1, 1}}), lot("B", 5, {{0, 50}})};
    CHECK(winners(lots, assign_optimal(lots, 1)) == std::vector<int>{1, 0});
    CHECK(winners(lots, assign_lot_order(lots, 1)) == std::vector<int>{0, -1});
  }
  SUBCASE("a lot whose only bidders are needed elsewhere") {
    // Y is the only bidder for B and C; one of them stays unawarded. Both ways award 2 lots for
    // 10 + 10; B comes first in lot-order sequence, so Y takes B.
    std::vector<AwardLot> lots = {lot("A", 10, {{0, 10}}), lot("B", 5, {{1, 10}}), lot("C", 5, {{1, 10}})};
    CHECK(winners(lots, assign_optimal(lots, 1)) == std::vector<int>{0, 1, -1});
    CHECK(winners(lots, assign_lot_order(lots, 1)) == std::vector<int>{0, 1, -1});
  }
}

TEST_CASE("optimal rejects candidates out of rank order") {
  std::vector<AwardLot> lots = {lot("A", 10, {{0, 1}, {1, 2}})};
  CHECK_THROWS_AS(assign_optimal(lots, 1), Error);
  std::vector<AwardLot> twice = {lot("A", 10, {{0, 2}, {0, 1}})};
  CHECK_THROWS_AS(assign_optimal(twice, 1), Error);
}

TEST_CASE("optimal matches brute force on 600 random small cases with ties") {
  std::mt19937 rng(20160401);
  int disagreements = 0;
  int with_unawarded = 0;
  for (int n = 0; n < 600; ++n) {
    int cap = 0;
    std::vector<AwardLot> lots = random_lots(rng, cap);
    Assignment fast = assign_optimal(lots, cap);
    Assignment slow = brute_force_optimal(lots, cap);
    INFO("case " << n << " cap " << cap);
    REQUIRE(within_cap(lots, fast, cap));
    CHECK(fast == slow);
    Assignment greedy = assign_lot_order(lots, cap);
    CHECK(within_cap(lots, greedy, cap));
    if (winners(lots, greedy) != winners(lots, fast)) ++disagreements;
    if (std::count(fast.begin(), fast.end(), std::nullopt) > 0) ++with_unawarded;
  }
  // The random cases do exercise the interesting paths.
  CHECK(disagreements > 20);
  CHECK(with_unawarded > 20);
}

TEST_CASE("optimal on many lots and bidders stays quick") {
  // 12 lots, 2,000 bidders, every total equal: the worst case for ties.
  std::vector<AwardLot> lots;
  for (int l = 0; l < 12; ++l) {
    AwardLot a{fmt::format("L{}", 10 + l), 100 - l, {}};
    for (std::size_t b = 0; b < 2000; ++b) a.candidates.push_back({b, Rational(75)});
    lots.push_back(std::move(a));
  }
  Assignment a = assign_optimal(lots, 1);
  // Equal sums everywhere: each lot in sequence takes the best-ranked bidder still free.
  for (std::size_t l = 0; l < lots.size(); ++l) CHECK(lots[l].candidates[*a[l]].bidder == l);
}
