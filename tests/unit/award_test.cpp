#include <doctest/doctest.h>

#include "decide/award.hpp"
#include "scoring_fixture.hpp"

using namespace tk;

namespace {

EvaluationOptions options() {
  EvaluationOptions o;
  o.tender_share = calendar_share(15, 730);
  return o;
}

std::vector<std::string> winners(const AwardOutcome& o) {
  std::vector<std::string> out;
  for (const LotAward& l : o.lots) out.push_back(l.winner ? l.winner->bidder->id : "-");
  return out;
}

std::vector<std::string> reserve_ids(const LotAward& l) {
  std::vector<std::string> out;
  for (const ReserveBid& r : l.reserve) out.push_back(r.bid->bidder->id);
  return out;
}

}  // namespace

TEST_CASE("the worked example: CLR wins N1 and BRT wins N2 under both mechanisms") {
  // Both lots rank CLR 82.87, BRT 75.59, ELM 75.00, ACE 73.51 (DUN is excluded). With one lot
  // each, CLR + BRT is the best sum either way round; N1 (5000 hours) comes first in lot-order
  // sequence, so CLR, the better-ranked, takes N1.
  Tender t = test::tiny_tender();
  Evaluation e = evaluate_tender(t, options());
  for (AwardMechanism m : {AwardMechanism::optimal, AwardMechanism::lot_order}) {
    Award a = decide_award(e, m, 1);
    CHECK(a.chosen.mechanism == m);
    CHECK(winners(a.chosen) == std::vector<std::string>{"CLR", "BRT"});
    CHECK(a.agree);
    CHECK(a.differences().empty());
    CHECK(a.chosen.awarded == 2);
    CHECK(a.chosen.sum_of_totals == Rational(1243, 15) + a.chosen.lots[1].winner->total);
    CHECK(a.chosen.unawarded().empty());
    REQUIRE(a.sequence.size() == 2);
    CHECK(a.sequence[0]->id == "N1");
  }
  Award a = decide_award(e, AwardMechanism::optimal, 1);
  CHECK_FALSE(a.what_if);
  SUBCASE("reserve lists: the other ranked bidders in rank order, winners of another lot marked") {
    CHECK(reserve_ids(a.chosen.lots[0]) == std::vector<std::string>{"BRT", "ELM", "ACE"});
    CHECK(reserve_ids(a.chosen.lots[1]) == std::vector<std::string>{"CLR", "ELM", "ACE"});
    const ReserveBid& brt = a.chosen.lots[0].reserve[0];
    REQUIRE(brt.won.size() == 1);
    CHECK(brt.won[0]->id == "N2");
    CHECK(brt.at_cap);
    const ReserveBid& elm = a.chosen.lots[0].reserve[1];
    CHECK(elm.won.empty());
    CHECK_FALSE(elm.at_cap);
  }
  SUBCASE("cap 2 or no cap: CLR wins both, recorded as a what-if") {
    for (int cap : {0, 2}) {
      Award b = decide_award(e, AwardMechanism::optimal, cap);
      CHECK(winners(b.chosen) == std::vector<std::string>{"CLR", "CLR"});
      CHECK(b.agree);
      CHECK(b.what_if);
      REQUIRE(b.overrides.size() == 1);
      CHECK(b.overrides[0].rfind("max_lots_per_bidder ", 0) == 0);
      CHECK_FALSE(b.chosen.lots[0].reserve[0].at_cap);  // BRT won nothing
      CHECK(b.chosen.lots[0].reserve[0].won.empty());
    }
  }
  SUBCASE("a mechanism other than tender.toml's is a what-if") {
    Award b = decide_award(e, AwardMechanism::lot_order, 1);
    CHECK(b.what_if);
    CHECK(b.overrides == std::vector<std::string>{"mechanism lot-order (tender.toml: optimal)"});
  }
}

namespace {

// Two bidders, both bidding 8.00 on both days (so P = 8.00 whatever the share): X with every
// mark 5 (quality 60), Y with every mark 4 (quality 48). Y asks 16.00 in N2.
// N1 (5000 hours): X 40 + 60 = 100, Y 40 + 48 = 88.
// N2 (4000 hours): X 100, Y 40 × 8/16 + 48 = 68.
Tender two_bidders() {
  Tender t = test::tiny_settings();
  t.bidders = {test::bidder("X", "Xenia Care", {"N1", "N2"}), test::bidder("Y", "Yew Care", {"N1", "N2"})};
  Basis inc{Llw::inclusive, Travel::inclusive};
  test::add_rates(t, "X", "*", inc, "8.00", "8.00");
  test::add_rates(t, "Y", "N1", inc, "8.00", "8.00");
  test::add_rates(t, "Y", "N2", inc, "16.00", "16.00");
  test::add_marks(t, "X", {5, 5, 5, 5});
  test::add_marks(t, "Y", {4, 4, 4, 4});
  return t;
}

}  // namespace

TEST_CASE("the mechanisms disagree: lot-order gives the big lot its best, optimal the best sum") {
  Tender t = two_bidders();
  Evaluation e = evaluate_tender(t, options());
  REQUIRE(e.lots[0].bids[0].total == 100);
  REQUIRE(e.lots[0].bids[1].total == 88);
  REQUIRE(e.lots[1].bids[1].total == 68);
  // lot-order: N1 to X (100), N2 to Y (68): 168. optimal: N1 to Y (88), N2 to X (100): 188.
  Award a = decide_award(e, AwardMechanism::optimal, 1);
  CHECK(winners(a.chosen) == std::vector<std::string>{"Y", "X"});
  CHECK(a.chosen.sum_of_totals == 188);
  CHECK(winners(a.other) == std::vector<std::string>{"X", "Y"});
  CHECK(a.other.sum_of_totals == 168);
  CHECK_FALSE(a.agree);
  REQUIRE(a.differences().size() == 2);
  CHECK(a.differences()[0]->lot->id == "N1");
  SUBCASE("the other way round") {
    Award b = decide_award(e, AwardMechanism::lot_order, 1);
    CHECK(winners(b.chosen) == std::vector<std::string>{"X", "Y"});
    CHECK(winners(b.other) == std::vector<std::string>{"Y", "X"});
    CHECK(b.what_if);
  }
}

TEST_CASE("unawarded lots: no ranked bid, or every ranked bidder at the cap") {
  Tender t = two_bidders();
  t.lots.push_back({"N3", "Neighbourhood 3", 100, {}});
  SUBCASE("nobody bid for N3") {
    Evaluation e = evaluate_tender(t, options());
    Award a = decide_award(e, AwardMechanism::optimal, 1);
    CHECK(winners(a.chosen) == std::vector<std::string>{"Y", "X", "-"});
    REQUIRE(a.chosen.unawarded().size() == 1);
    CHECK(a.chosen.unawarded()[0]->lot->id == "N3");
    CHECK(a.chosen.lots[2].reserve.empty());
  }
  SUBCASE("X bid for N3 too, but is needed in N2") {
    // X alone in N3 scores 100, as in N2: Y N1 + X N2 = Y N1 + X N3 = 188; at N2, the first lot
    // in lot-order sequence where they differ, X (rank 1) beats no winner.
    t.bidders[0].lots.push_back("N3");
    Evaluation e = evaluate_tender(t, options());
    Award a = decide_award(e, AwardMechanism::optimal, 1);
    CHECK(winners(a.chosen) == std::vector<std::string>{"Y", "X", "-"});
    REQUIRE(a.chosen.lots[2].reserve.size() == 1);
    CHECK(a.chosen.lots[2].reserve[0].at_cap);
    CHECK(a.chosen.lots[2].reserve[0].won[0]->id == "N2");
    Award b = decide_award(e, AwardMechanism::optimal, 0);
    CHECK(winners(b.chosen) == std::vector<std::string>{"X", "X", "X"});
  }
}
