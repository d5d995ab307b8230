#include <doctest/doctest.h>

#include "evaluate/evaluation.hpp"
#include "scoring_fixture.hpp"

using namespace tk;

namespace {

EvaluationOptions options() {
  EvaluationOptions o;
  o.tender_share = calendar_share(15, 730);
  return o;
}

std::vector<std::string> ids(const LotResult& lot) {
  std::vector<std::string> out;
  for (const BidResult& b : lot.bids) out.push_back(b.bidder->id);
  return out;
}

const BidResult& bid(const LotResult& lot, std::string_view id) {
  for (const BidResult& b : lot.bids)
    if (b.bidder->id == id) return b;
  FAIL("no bid from " << id);
  throw;
}

// A tender with one quality criterion (60, one question) and price 40, for tie cases.
Tender two_criteria() {
  Tender t = test::tiny_settings();
  t.criteria = {{"price", "Price", 40, CriterionKind::price, {}}, {"quality", "Quality", 60, CriterionKind::quality, {}}};
  t.questions = {{"Q1", "quality", 1, "Quality", {}}};
  t.quality.aggregate = Aggregate::mean;
  t.quality.min_mark = 0;
  t.lots = {{"L1", "Lot 1", 100, {}}};
  t.price.bank_holiday_share = Rational(0);
  t.ceilings.clear();
  return t;
}

void add_mark(Tender& t, const std::string& bidder, const char* evaluator, int mark) {
  t.marks.push_back({bidder, "Q1", evaluator, mark, "", {}});
}

}  // namespace

TEST_CASE("the contract's worked example, scored by hand") {
  Tender t = test::tiny_tender();
  Evaluation e = evaluate_tender(t, options());
  CHECK_FALSE(e.what_if);
  CHECK(e.basis == Basis{Llw::inclusive, Travel::inclusive});
  CHECK(e.method == PriceMethod::relative_to_lowest);
  CHECK(e.share.value == Rational(3, 146));
  REQUIRE(e.lots.size() == 2);

  const LotResult& n1 = e.lots[0];
  SUBCASE("N1: ranks, and DUN (who bid N2 only) is left out") {
    CHECK(ids(n1) == std::vector<std::string>{"CLR", "BRT", "ELM", "ACE"});
    CHECK(n1.ranked_count == 4);
    CHECK(*n1.lowest_price == Rational(190275, 14600));
    CHECK(n1.lowest_bidder->id == "ELM");
    CHECK(*n1.ceiling == Rational(2537, 146));
  }
  SUBCASE("N1 CLR: at the ceiling; P = 2537/146; price 40 x 1902.75/2537 = 30") {
    const BidResult& clr = n1.bids[0];
    CHECK(clr.rank == 1);
    CHECK(clr.ranked());
    CHECK(clr.price->value == Rational(2537, 146));
    CHECK(clr.price_score == 30);
    CHECK(clr.scores == std::vector<Rational>{30, Rational(406, 15), Rational(104, 5), 5});
    CHECK(clr.quality_total == Rational(793, 15));
    CHECK(clr.total == Rational(1243, 15));  // 82.87
    CHECK(clr.flags.empty());
  }
  SUBCASE("N1 BRT: 40 x 1902.75/2345.25 + 29 x 10/15 + 26 x 4/5 + 5 x 3/5") {
    const BidResult& brt = n1.bids[1];
    CHECK(brt.price_score == Rational(7611000, 234525));
    CHECK(brt.quality_total == Rational(58, 3) + Rational(104, 5) + 3);
    CHECK(brt.total == Rational(7611000, 234525) + Rational(647, 15));  // 75.59
  }
  SUBCASE("N1 ELM: lowest, abnormally low, total exactly 75") {
    const BidResult& elm = n1.bids[2];
    CHECK(elm.rank == 3);
    CHECK(elm.price_score == 40);
    CHECK(elm.total == 75);
    REQUIRE(elm.flags.size() == 1);
    CHECK(elm.flags[0].flag == Flag::abnormally_low);
    REQUIRE(elm.abnormally_low);
    CHECK(elm.abnormally_low->adjusted_mean == Rational(2242, 146));
  }
  SUBCASE("N1 ACE: 40 x 1902.75/2478 + 23.2 + 15.6 + 4") {
    const BidResult& ace = n1.bids[3];
    CHECK(ace.rank == 4);
    CHECK(ace.total == Rational(76110, 2478) + Rational(428, 10));  // 73.51
  }
  SUBCASE("N2: DUN excluded last with its reason, P still shown") {
    const LotResult& n2 = e.lots[1];
    CHECK(ids(n2) == std::vector<std::string>{"CLR", "BRT", "ELM", "ACE", "DUN"});
    const BidResult& dun = n2.bids[4];
    CHECK(dun.status == BidStatus::excluded);
    CHECK(dun.rank == 0);
    REQUIRE(dun.reasons.size() == 1);
    CHECK(dun.reasons[0].code == ReasonCode::form_unsigned);
    CHECK(dun.price->value == Rational(237475, 14600));  // 16.27
    CHECK(dun.scores.empty());
    CHECK(n2.ranked_count == 4);
  }
  SUBCASE("the facts are kept in rank order for re-scoring") {
    REQUIRE(n1.facts.bids.size() == 4);
    CHECK(n1.facts.bids[0].bidder_id == "CLR");
    CHECK(n1.facts.bids[3].bidder_id == "ACE");
    CHECK(n1.facts.price_criterion == 0);
    std::vector<ScoredBid> scored;
    score_lot(n1.facts, e.weights, e.method, scored);
    CHECK(scored[0].total == n1.bids[0].total);
    // Price alone (weight 100): ELM, BRT, ACE, CLR.
    std::vector<Rational> price_only = {100, 0, 0, 0};
    score_lot(n1.facts, price_only, e.method, scored);
    std::vector<std::size_t> order = rank_lot(n1.facts, scored);
    CHECK(order == std::vector<std::size_t>{2, 1, 3, 0});
    CHECK(best_bid(n1.facts, scored) == 2);
  }
}

TEST_CASE("the cost floor flags a bid below it") {
  Tender t = test::tiny_tender();
  t.ceilings[0].cost_floor = test::pounds("14.95");
  t.ceilings[0].bank_holiday_cost_floor = test::pounds("22.40");
  Evaluation e = evaluate_tender(t, options());
  const BidResult& elm = bid(e.lots[0], "ELM");
  REQUIRE(elm.flags.size() == 2);
  CHECK(elm.flags[0].flag == Flag::abnormally_low);
  CHECK(elm.flags[1].flag == Flag::below_cost_floor);
  CHECK(elm.flags[1].text() == "below-cost-floor: evaluated price 13.03 is below the cost floor 15.10");
  CHECK(bid(e.lots[0], "BRT").flags.empty());
  SUBCASE("an excluded bid below the floor is flagged too") {
    t.bidders[4].form_signed = false;
    Evaluation f = evaluate_tender(t, options());
    const BidResult& x = bid(f.lots[0], "ELM");
    CHECK_FALSE(x.ranked());
    REQUIRE(x.flags.size() == 1);
    CHECK(x.flags[0].flag == Flag::below_cost_floor);
  }
}

TEST_CASE("exact ties: flagged on both, broken by the tie rule") {
  SUBCASE("equal totals by different routes: higher quality total first") {
    Tender t = two_criteria();
    t.bidders = {test::bidder("XAV", "X", {}), test::bidder("YEW", "Y", {}), test::bidder("ZIP", "Z", {})};
    Basis inc{Llw::inclusive, Travel::inclusive};
    test::add_rates(t, "XAV", "*", inc, "20.00", "20.00");  // 40 x 16/20 = 32, + 60 x 5/5 = 92
    test::add_rates(t, "YEW", "*", inc, "16.00", "16.00");  // 40, + 60 x (13/3)/5 = 52: 92
    test::add_rates(t, "ZIP", "*", inc, "16.00", "16.00");  // 40, + 60 x 4/5 = 48: 88
    add_mark(t, "XAV", "E1", 5);
    add_mark(t, "YEW", "E1", 4);
    add_mark(t, "YEW", "E2", 5);
    add_mark(t, "YEW", "E3", 4);
    add_mark(t, "ZIP", "E1", 4);
    Evaluation e = evaluate_tender(t, options());
    const LotResult& l = e.lots[0];
    CHECK(ids(l) == std::vector<std::string>{"XAV", "YEW", "ZIP"});
    CHECK(l.bids[0].total == 92);
    CHECK(l.bids[1].total == 92);
    CHECK(l.bids[0].has(Flag::tie));
    CHECK(l.bids[1].has(Flag::tie));
    CHECK_FALSE(l.bids[2].has(Flag::tie));
    REQUIRE_FALSE(l.bids[0].flags.empty());
    CHECK(l.bids[0].flags[0].text() == "tie: equal total with YEW (placed by higher quality total)");
    // YEW's marks are all from evaluators under aggregate = mean: no consensus flag.
    CHECK(l.bids[1].flags.size() == 1);
  }
  SUBCASE("identical bids: lower bidder_id first") {
    Tender t = test::tiny_tender();
    t.bidders.push_back(test::bidder("BRA", "Bra Care", {}));
    test::add_rates(t, "BRA", "*", {Llw::inclusive, Travel::inclusive}, "15.90", "23.85");
    test::add_marks(t, "BRA", {3, 4, 4, 3});
    Evaluation e = evaluate_tender(t, options());
    const LotResult& n1 = e.lots[0];
    CHECK(ids(n1) == std::vector<std::string>{"CLR", "BRA", "BRT", "ELM", "ACE"});
    CHECK(n1.bids[1].total == n1.bids[2].total);
    CHECK(n1.bids[1].flags[0].text() == "tie: equal total with BRT (placed by bidder_id)");
    CHECK(n1.bids[2].flags[0].text() == "tie: equal total with BRA (placed by bidder_id)");
  }
  SUBCASE("equal totals and quality: lower P first") {
    Tender t = two_criteria();
    t.criteria[0].weight = 0;  // price counts for nothing, so P only breaks the tie
    t.criteria[1].weight = 100;
    t.bidders = {test::bidder("AAA", "A", {}), test::bidder("BBB", "B", {})};
    Basis inc{Llw::inclusive, Travel::inclusive};
    test::add_rates(t, "AAA", "*", inc, "17.00", "17.00");
    test::add_rates(t, "BBB", "*", inc, "16.99", "16.99");
    add_mark(t, "AAA", "E1", 3);
    add_mark(t, "BBB", "E1", 3);
    Evaluation e = evaluate_tender(t, options());
    CHECK(ids(e.lots[0]) == std::vector<std::string>{"BBB", "AAA"});
    CHECK(e.lots[0].bids[0].flags[0].text() == "tie: equal total with AAA (placed by lower evaluated price)");
  }
}

TEST_CASE("a lot where every bid is excluded") {
  Tender t = test::tiny_tender();
  t.lots.push_back({"N3", "Neighbourhood 3", 1000, {}});
  t.bidders[3].lots.push_back("N3");  // DUN: form unsigned
  for (Bidder& b : t.bidders)
    if (b.all_lots) b.sq_pass = false;
  Evaluation e = evaluate_tender(t, options());
  const LotResult& n3 = *e.lot("N3");
  CHECK(ids(n3) == std::vector<std::string>{"ACE", "CLR", "DUN", "ELM"});
  CHECK(n3.ranked_count == 0);
  CHECK_FALSE(n3.lowest_price);
  CHECK(n3.lowest_bidder == nullptr);
  CHECK(n3.facts.bids.empty());
  for (const BidResult& b : n3.bids) {
    CHECK_FALSE(b.ranked());
    CHECK(b.rank == 0);
    CHECK_FALSE(b.reasons.empty());
  }
}

TEST_CASE("a single-bid lot") {
  Tender t = test::tiny_tender();
  t.lots.push_back({"N3", "Neighbourhood 3", 1000, {}});
  for (Bidder& b : t.bidders) b.all_lots = false;
  t.bidders[0].lots = {"N3"};
  Evaluation e = evaluate_tender(t, options());
  const LotResult& n3 = *e.lot("N3");
  REQUIRE(n3.bids.size() == 1);
  const BidResult& ace = n3.bids[0];
  CHECK(ace.rank == 1);
  CHECK(ace.price_score == 40);  // its own price is the lowest
  CHECK(ace.total == 40 + Rational(428, 10));
  CHECK_FALSE(ace.abnormally_low);
  CHECK(ace.flags.empty());
  SUBCASE("ceiling-linear with one bid: the full weight") {
    EvaluationOptions o = options();
    o.method = PriceMethod::ceiling_linear;
    CHECK(evaluate_tender(t, o).lot("N3")->bids[0].price_score == 40);
  }
}

TEST_CASE("what-if overrides are applied and reported") {
  Tender t = test::tiny_tender();
  SUBCASE("the tender's own settings are not a what-if") {
    EvaluationOptions o = options();
    o.method = PriceMethod::relative_to_lowest;
    o.llw = Llw::inclusive;
    o.bank_holiday_share = given_share(Rational(15, 730));
    Evaluation e = evaluate_tender(t, o);
    CHECK_FALSE(e.what_if);
    CHECK(e.overrides.empty());
  }
  SUBCASE("linear-from-lowest: CLR scores 40 x (1 - 634.25/1902.75) = 80/3") {
    EvaluationOptions o = options();
    o.method = PriceMethod::linear_from_lowest;
    Evaluation e = evaluate_tender(t, o);
    CHECK(e.what_if);
    CHECK(e.overrides == std::vector<std::string>{"method linear-from-lowest (tender.toml: relative-to-lowest)"});
    CHECK(bid(e.lots[0], "CLR").price_score == Rational(80, 3));
  }
  SUBCASE("ceiling-linear: CLR at the ceiling scores 0, BRT 40 x 191.75/634.25") {
    EvaluationOptions o = options();
    o.method = PriceMethod::ceiling_linear;
    Evaluation e = evaluate_tender(t, o);
    CHECK(bid(e.lots[0], "CLR").price_score == 0);
    CHECK(bid(e.lots[0], "ELM").price_score == 40);
    CHECK(bid(e.lots[0], "BRT").price_score == Rational(40 * 19175, 63425));
    CHECK(ids(e.lots[0]) == std::vector<std::string>{"ELM", "BRT", "CLR", "ACE"});
  }
  SUBCASE("share 0: P is the standard rate") {
    EvaluationOptions o = options();
    o.bank_holiday_share = given_share(Rational(0));
    Evaluation e = evaluate_tender(t, o);
    CHECK(e.overrides == std::vector<std::string>{"bank-holiday share 0 (tender.toml: calendar, 3/146)"});
    CHECK(bid(e.lots[0], "CLR").price->value == Rational(1720, 100));
  }
  SUBCASE("a basis with no rates: every bid excluded with missing-rate") {
    EvaluationOptions o = options();
    o.llw = Llw::exclusive;
    Evaluation e = evaluate_tender(t, o);
    CHECK(e.overrides == std::vector<std::string>{"llw exclusive (tender.toml: inclusive)"});
    const BidResult& ace = bid(e.lots[0], "ACE");
    REQUIRE(ace.reasons.size() == 2);
    CHECK(ace.reasons[0].text() == "missing-rate: no standard rate for lot N1 (llw exclusive, travel inclusive)");
    CHECK(ace.reasons[1].text() == "missing-rate: no bank-holiday rate for lot N1 (llw exclusive, travel inclusive)");
    CHECK_FALSE(ace.price);
  }
  SUBCASE("ceiling-linear on a basis without a ceiling is a data error") {
    EvaluationOptions o = options();
    o.method = PriceMethod::ceiling_linear;
    o.travel = Travel::exclusive;
    CHECK_THROWS_AS(evaluate_tender(t, o), Error);
  }
}

TEST_CASE("--lot evaluates one lot") {
  Tender t = test::tiny_tender();
  EvaluationOptions o = options();
  o.lot = "N2";
  Evaluation e = evaluate_tender(t, o);
  REQUIRE(e.lots.size() == 1);
  CHECK(e.lots[0].lot->id == "N2");
  CHECK_FALSE(e.what_if);
  SUBCASE("an unknown lot is a usage error naming the lots") {
    o.lot = "N9";
    try {
      evaluate_tender(t, o);
      FAIL("no error");
    } catch (const Error& err) {
      CHECK(err.code() == ExitCode::usage);
      CHECK(err.problems()[0].message == "unknown lot 'N9': the tender's lots are N1, N2");
    }
  }
}
