#include <doctest/doctest.h>

#include "decide/shortlist.hpp"
#include "scoring_fixture.hpp"

using namespace tk;

namespace {
EvaluationOptions options() {
  EvaluationOptions o;
  o.tender_share = calendar_share(15, 730);
  return o;
}
std::vector<std::string> shortlisted(const Shortlist& s) {
  std::vector<std::string> out;
  for (const ShortlistEntry& x : s.order)
    if (x.shortlisted) out.push_back(x.bidder->id);
  return out;
}
}  // namespace

TEST_CASE("the worked example's shortlist of 3: CLR, BRT, ELM") {
  Tender t = test::tiny_tender();
  Evaluation e = evaluate_tender(t, options());
  Shortlist s = make_shortlist(e, 3);
  CHECK(shortlisted(s) == std::vector<std::string>{"CLR", "BRT", "ELM"});
  CHECK(s.size() == 3);
  REQUIRE(s.order.size() == 4);  // DUN is excluded from its only lot
  CHECK(s.order[3].bidder->id == "ACE");
  CHECK_FALSE(s.order[3].shortlisted);
  CHECK(s.order[0].best_rank == 1);
  CHECK(s.order[0].best_lot->id == "N1");  // same total in N1 and N2: the first lot
  CHECK(s.order[0].best_total == Rational(1243, 15));
  CHECK_FALSE(s.tie_at_cut);
  SUBCASE("asking for more than there are lists them all") {
    CHECK(make_shortlist(e, 18).size() == 4);
  }
}

TEST_CASE("best rank comes before total, across lots") {
  // ACE prices N2 at 10.00 / 15.00 and wins it with 40 + 42.80 = 82.80, below CLR's 82.87 in N1.
  Tender t = test::tiny_tender();
  test::add_rates(t, "ACE", "N2", {Llw::inclusive, Travel::inclusive}, "10.00", "15.00");
  Evaluation e = evaluate_tender(t, options());
  REQUIRE(e.lots[1].bids[0].bidder->id == "ACE");
  Shortlist s = make_shortlist(e, 2);
  // Rank 1: CLR (N1) and ACE (N2); CLR's total is higher.
  CHECK(shortlisted(s) == std::vector<std::string>{"CLR", "ACE"});
  CHECK(s.order[1].best_lot->id == "N2");
}

TEST_CASE("a tie at the cut is reported") {
  Tender t = test::tiny_tender();
  t.bidders.push_back(test::bidder("BRA", "Bra Care", {}));
  test::add_rates(t, "BRA", "*", {Llw::inclusive, Travel::inclusive}, "15.90", "23.85");
  test::add_marks(t, "BRA", {3, 4, 4, 3});  // identical to BRT
  Evaluation e = evaluate_tender(t, options());
  // N1: CLR 1, BRA 2, BRT 3 ... N2 the same. BRA and BRT differ in best rank: no tie at the cut.
  CHECK_FALSE(make_shortlist(e, 2).tie_at_cut);
  // Make BRT rank 2 in N2 by leaving BRA out of N2.
  t.bidders.back().all_lots = false;
  t.bidders.back().lots = {"N1"};
  Evaluation f = evaluate_tender(t, options());
  Shortlist s = make_shortlist(f, 2);
  CHECK(shortlisted(s) == std::vector<std::string>{"CLR", "BRA"});
  CHECK(s.order[2].bidder->id == "BRT");
  CHECK(s.tie_at_cut);
}
