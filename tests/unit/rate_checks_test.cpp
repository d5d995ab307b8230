#include "evaluate/rate_checks.hpp"

#include <doctest/doctest.h>

#include <array>

#include "evaluate/bank_holiday_share.hpp"
#include "evaluate/evaluation.hpp"
#include "rates_fixture.hpp"
#include "read/tender_loader.hpp"
#include "shipped_data.hpp"

using namespace tk;

namespace {

using test::add_schedule;
using test::four_ceilings;
using test::kClean;
using test::kIncInc;
using test::no_floors;
using test::Schedule;

// One bidder for lot N1 only, with `rates`.
Tender one_bid(const Schedule& rates) {
  Tender t = four_ceilings();
  t.bidders = {test::bidder("ACE", "Ace Homecare Ltd", {"N1"})};
  add_schedule(t, "ACE", "*", rates);
  test::add_marks(t, "ACE", {4, 4, 4, 4});
  return t;
}

RateCheckOptions with_share(const Rational& s) {
  RateCheckOptions o;
  o.share = given_share(s);
  return o;
}

RateReport check(const Tender& t) { return check_rates(t, with_share(Rational(3, 146))); }

Schedule with(Schedule rates, std::size_t index, const char* rate) {
  rates[index] = rate;
  return rates;
}

std::string basis_of(const RateFinding& f) {
  auto name = [](auto v) { return v ? std::string(to_string(*v)) : std::string("-"); };
  return name(f.llw) + "/" + name(f.travel) + "/" + name(f.day);
}

}  // namespace

TEST_CASE("a clean schedule raises nothing") {
  Tender t = one_bid(kClean);
  RateReport r = check(t);
  CHECK(r.findings.empty());
  REQUIRE(r.bids.size() == 1);
  CHECK(r.bids[0].bidder->id == "ACE");
  CHECK(r.bids[0].lot->id == "N1");
  CHECK(r.bids[0].excluded_by.empty());
  CHECK(r.bids[0].findings == 0);
  CHECK(r.evaluated_basis == kIncInc);
}

TEST_CASE("missing-rate: every missing one of the 8, an error only on the evaluated basis") {
  SUBCASE("the bank-holiday rate of the evaluated basis") {
    Tender t = one_bid(kClean);
    t.prices.erase(t.prices.begin() + 1);  // inclusive/inclusive bank holiday
    RateReport r = check(t);
    REQUIRE(r.findings.size() == 1);
    const RateFinding& f = r.findings[0];
    CHECK(f.check == RateCheck::missing_rate);
    CHECK(f.severity == Severity::error);
    CHECK(basis_of(f) == "inclusive/inclusive/bank_holiday");
    CHECK(
        f.message ==
        "no bank-holiday rate on llw inclusive, travel inclusive, the evaluated basis: the bid is excluded");
    CHECK(r.bids[0].excluded_by.size() == 1);
  }
  SUBCASE("the standard rate of another basis is a warning") {
    Tender t = one_bid(kClean);
    t.prices.erase(t.prices.begin() + 6);  // exclusive/exclusive standard
    RateReport r = check(t);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].severity == Severity::warning);
    CHECK(basis_of(r.findings[0]) == "exclusive/exclusive/standard");
    CHECK(r.findings[0].message ==
          "no standard rate on llw exclusive, travel exclusive: the bid cannot be evaluated on that basis");
    CHECK(r.bids[0].excluded_by.empty());
  }
  SUBCASE("no rates at all: 8 findings, the 2 errors first") {
    Tender t = one_bid(kClean);
    t.prices.clear();
    RateReport r = check(t);
    REQUIRE(r.findings.size() == 8);
    std::vector<std::string> got;
    for (const RateFinding& f : r.findings)
      got.push_back(std::string(to_string(f.severity)) + " " + basis_of(f));
    CHECK(got == std::vector<std::string>{
                     "error inclusive/inclusive/standard", "error inclusive/inclusive/bank_holiday",
                     "warning inclusive/exclusive/standard", "warning inclusive/exclusive/bank_holiday",
                     "warning exclusive/inclusive/standard", "warning exclusive/inclusive/bank_holiday",
                     "warning exclusive/exclusive/standard", "warning exclusive/exclusive/bank_holiday"});
    CHECK(r.count(RateCheck::missing_rate) == 8);
    CHECK(r.count(Severity::error) == 2);
    CHECK(r.count(RateCheck::missing_rate, Severity::warning) == 6);
  }
  SUBCASE("a row for the lot stands in for a '*' row") {
    Tender t = one_bid(kClean);
    t.prices.erase(t.prices.begin());
    t.prices.push_back({"ACE", "N1", kIncInc, DayType::standard, test::pounds("16.80"), {}});
    CHECK(check(t).findings.empty());
  }
}

TEST_CASE("above-ceiling: a penny above, never at") {
  SUBCASE("exactly at the ceiling on every basis and day: no finding") {
    Tender t = one_bid({"17.20", "25.80", "16.00", "24.00", "16.25", "24.38", "15.05", "22.58"});
    CHECK(check(t).findings.empty());
  }
  SUBCASE("a penny above on the evaluated basis: an error") {
    Tender t = one_bid(with(kClean, 0, "17.21"));
    RateReport r = check(t);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].check == RateCheck::above_ceiling);
    CHECK(r.findings[0].severity == Severity::error);
    CHECK(basis_of(r.findings[0]) == "inclusive/inclusive/standard");
    CHECK(r.findings[0].message ==
          "standard rate 17.21 is above the ceiling 17.20 on llw inclusive, travel inclusive, the evaluated "
          "basis: the bid "
          "is excluded");
  }
  SUBCASE("a penny above on the bank holiday of another basis: a warning") {
    Tender t = one_bid(with(kClean, 3, "24.01"));
    RateReport r = check(t);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].severity == Severity::warning);
    CHECK(basis_of(r.findings[0]) == "inclusive/exclusive/bank_holiday");
    CHECK(r.findings[0].message ==
          "bank-holiday rate 24.01 is above the ceiling 24.00 on llw inclusive, travel exclusive: the bid "
          "would be "
          "excluded if that basis were evaluated");
  }
  SUBCASE("no ceiling on a basis: nothing to check there") {
    Tender t = one_bid(with(kClean, 6, "99.00"));
    t.ceilings.pop_back();  // exclusive/exclusive
    RateReport r = check(t);
    // 99.00 is only out of line with the bidder's other rates.
    CHECK(r.count(RateCheck::above_ceiling) == 0);
    CHECK(r.count(RateCheck::bank_holiday_below_standard) == 1);
    CHECK(r.count(RateCheck::llw_inclusive_below_exclusive) == 1);
    CHECK(r.count(RateCheck::travel_inclusive_below_exclusive) == 1);
    CHECK(r.findings.size() == 3);
  }
}

TEST_CASE("below-cost-floor: a penny below, never at; always a warning") {
  SUBCASE("exactly at the cost floor on every basis and day: no finding") {
    Tender t = one_bid({"14.95", "22.40", "13.80", "20.70", "13.00", "19.50", "12.00", "18.00"});
    CHECK(check(t).findings.empty());
  }
  SUBCASE("a penny below the evaluated basis's standard floor") {
    Tender t = one_bid({"14.94", "22.40", "13.80", "20.70", "13.00", "19.50", "12.00", "18.00"});
    RateReport r = check(t);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].check == RateCheck::below_cost_floor);
    CHECK(r.findings[0].severity == Severity::warning);
    CHECK(basis_of(r.findings[0]) == "inclusive/inclusive/standard");
    CHECK(r.findings[0].message ==
          "standard rate 14.94 is 0.01 below the cost floor 14.95 on llw inclusive, travel inclusive: at "
          "this rate the "
          "bidder cannot pay the wage floor and on-costs");
  }
  SUBCASE("the bank-holiday rate against the standard floor when no bank-holiday floor is given") {
    Tender t = one_bid(with(kClean, 7, "14.65"));  // exclusive/exclusive bank holiday = its standard rate
    t.ceilings[3].cost_floor = test::pounds("14.70");
    t.ceilings[3].bank_holiday_cost_floor.reset();
    RateReport r = check(t);
    REQUIRE(r.findings.size() == 2);
    CHECK(basis_of(r.findings[0]) == "exclusive/exclusive/standard");
    CHECK(basis_of(r.findings[1]) == "exclusive/exclusive/bank_holiday");
    CHECK(r.findings[1].message ==
          "bank-holiday rate 14.65 is 0.05 below the cost floor 14.70 on llw exclusive, travel exclusive: at "
          "this rate "
          "the bidder cannot pay the wage floor and on-costs");
  }
  SUBCASE("no cost floor: nothing to check") {
    Tender t = no_floors(one_bid({"10.00", "15.00", "9.00", "14.00", "8.00", "13.00", "7.00", "12.00"}));
    CHECK(check(t).findings.empty());
  }
}

TEST_CASE("the schedule's internal consistency; equal rates raise nothing") {
  SUBCASE("bank holiday equal to standard: nothing; a penny below: a warning without a day") {
    // On llw exclusive, travel exclusive, the lowest basis, with no floors in the way.
    CHECK(check(no_floors(one_bid(with(kClean, 7, "14.65")))).findings.empty());
    RateReport r = check(no_floors(one_bid(with(kClean, 7, "14.64"))));
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].check == RateCheck::bank_holiday_below_standard);
    CHECK(r.findings[0].severity == Severity::warning);
    CHECK(basis_of(r.findings[0]) == "exclusive/exclusive/-");
    CHECK(r.findings[0].message ==
          "bank-holiday rate 14.64 is below the standard rate 14.65 on llw exclusive, travel exclusive");
  }
  SUBCASE("LLW-inclusive equal to LLW-exclusive: nothing; a penny below: a warning without llw") {
    CHECK(check(one_bid(with(kClean, 2, "14.65"))).findings.empty());  // inc/exc standard = exc/exc standard
    RateReport r = check(one_bid(with(kClean, 2, "14.64")));
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].check == RateCheck::llw_inclusive_below_exclusive);
    CHECK(basis_of(r.findings[0]) == "-/exclusive/standard");
    CHECK(r.findings[0].message ==
          "LLW-inclusive standard rate 14.64 is below the LLW-exclusive one 14.65 (travel exclusive): paying "
          "the London "
          "Living Wage cannot cost less");
  }
  SUBCASE("travel-inclusive equal to travel-exclusive: nothing; a penny below: a warning without travel") {
    CHECK(check(one_bid(with(kClean, 5, "21.98"))).findings.empty());  // exc/inc bank holiday = exc/exc's
    RateReport r = check(one_bid(with(kClean, 5, "21.97")));
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].check == RateCheck::travel_inclusive_below_exclusive);
    CHECK(basis_of(r.findings[0]) == "exclusive/-/bank_holiday");
    CHECK(r.findings[0].message ==
          "travel-inclusive bank-holiday rate 21.97 is below the travel-exclusive one 21.98 (llw exclusive): "
          "paying for "
          "travel time and mileage cannot cost less");
  }
  SUBCASE("a missing rate is not compared") {
    Tender t = one_bid(kClean);
    t.prices.erase(t.prices.begin() + 4);  // exclusive/inclusive standard
    RateReport r = check(t);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].check == RateCheck::missing_rate);
  }
}

TEST_CASE("the surplus or deficit per hour against the cost floor, blended like P") {
  // s = 3/146. P = (16.80 × 143 + 25.20 × 3) / 146 = 2478 / 146; floor = (14.95 × 143 +
  // 22.40 × 3) / 146 = 2205.05 / 146; surplus = 272.95 / 146 = 5459/2920 (1.87).
  Tender t = one_bid(kClean);
  RateReport r = check(t);
  const BasisMargin& m = r.bids[0].margins[0];
  CHECK(m.basis == kIncInc);
  CHECK(m.evaluated);
  REQUIRE(m.evaluated_price);
  CHECK(*m.evaluated_price == Rational(2478, 146));
  CHECK(*m.cost_floor == Rational(220505, 14600));
  CHECK(*m.surplus == Rational(5459, 2920));
  CHECK_FALSE(m.screened);  // a lot of one bid has no abnormally-low screen

  SUBCASE("a deficit is negative: exclusive/exclusive at 11.00 / 16.50 against 12.00 / 18.00") {
    Tender d = one_bid({"16.80", "25.20", "15.60", "23.40", "15.85", "23.78", "11.00", "16.50"});
    const RateReport report = check(d);  // kept alive: e refers into it
    const BasisMargin& e = report.bids[0].margins[3];
    CHECK_FALSE(e.evaluated);
    // (11.00 − 12.00) × 143/146 + (16.50 − 18.00) × 3/146 = (−143 − 4.5) / 146 = −147.5 / 146.
    CHECK(*e.surplus == Rational(-1475, 1460));
  }
  SUBCASE("a missing rate or floor leaves no surplus") {
    Tender d = one_bid(kClean);
    d.prices.erase(d.prices.begin() + 2);  // inclusive/exclusive standard
    d.ceilings[2].cost_floor.reset();      // exclusive/inclusive
    RateReport dr = check(d);
    CHECK_FALSE(dr.bids[0].margins[1].evaluated_price);
    CHECK_FALSE(dr.bids[0].margins[1].surplus);
    CHECK(dr.bids[0].margins[2].evaluated_price);
    CHECK_FALSE(dr.bids[0].margins[2].cost_floor);
    CHECK_FALSE(dr.bids[0].margins[2].surplus);
  }
}

namespace {

// Four bidders for N1 with the share 0 (P = the standard rate); on llw inclusive, travel
// inclusive: 16.00, 16.50, 17.00 and DOW at 12.50. Adjusted mean without 17.00:
// (16.00 + 16.50 + 12.50) / 3 = 15.00, 85% of it 12.75; lowest other 16.00, 99% of it 15.84:
// 12.50 is below both. The other bases are the same rates less a fixed step, so the screen
// flags DOW on each of them too unless a test changes that.
Tender screened_lot() {
  Tender t = four_ceilings();
  for (Ceiling& c : t.ceilings) {
    c.cost_floor.reset();
    c.bank_holiday_cost_floor.reset();
  }
  const std::pair<const char*, Schedule> bids[] = {
      {"ASH", {"16.00", "24.00", "15.00", "23.00", "14.50", "22.50", "13.50", "21.50"}},
      {"BAY", {"16.50", "24.00", "15.50", "23.00", "15.00", "22.50", "14.00", "21.50"}},
      {"COB", {"17.00", "24.00", "16.00", "23.00", "15.50", "22.50", "14.50", "21.50"}},
      {"DOW", {"12.50", "24.00", "11.50", "23.00", "11.00", "22.50", "10.00", "21.50"}},
  };
  for (const auto& [id, rates] : bids) {
    t.bidders.push_back(test::bidder(id, id, {"N1"}));
    add_schedule(t, id, "*", rates);
    test::add_marks(t, id, {4, 4, 4, 4});
  }
  return t;
}

std::vector<std::string> abnormally_low(const RateReport& r) {
  std::vector<std::string> out;
  for (const RateFinding& f : r.findings)
    if (f.check == RateCheck::abnormally_low) out.push_back(f.bidder->id + " " + basis_of(f));
  return out;
}

}  // namespace

TEST_CASE("abnormally-low: the engine's screen on every basis, always a warning") {
  SUBCASE("DOW on all four bases, nobody else") {
    Tender t = screened_lot();
    RateReport r = check_rates(t, with_share(0));
    CHECK(abnormally_low(r) ==
          std::vector<std::string>{"DOW inclusive/inclusive/-", "DOW inclusive/exclusive/-",
                                   "DOW exclusive/inclusive/-", "DOW exclusive/exclusive/-"});
    const RateFinding& f = r.findings.front();
    CHECK(f.severity == Severity::warning);
    CHECK(f.message ==
          "evaluated price 12.50 on llw inclusive, travel inclusive (the evaluated basis) is more than 15% "
          "below 15.00, "
          "the mean of the lot's evaluated prices without the highest, and more than 1% below 16.00, the "
          "lowest other: "
          "ask the bidder to explain; it is never a reason to exclude on its own");
    for (const BidRates& b : r.bids) CHECK(b.margins[0].screened);
  }
  SUBCASE("just not below 85% of the adjusted mean: not flagged") {
    // DOW at 12.90: mean (16.00 + 16.50 + 12.90) / 3 = 15.1333.., 85% of it 12.8633..: 12.90 is
    // not below it (though it is more than 1% below 16.00).
    Tender t = screened_lot();
    t.prices[24].rate = test::pounds("12.90");  // DOW, inclusive/inclusive standard
    RateReport r = check_rates(t, with_share(0));
    CHECK(abnormally_low(r) == std::vector<std::string>{"DOW inclusive/exclusive/-",
                                                        "DOW exclusive/inclusive/-",
                                                        "DOW exclusive/exclusive/-"});
  }
  SUBCASE("a bid excluded on a basis is outside that basis's screen, and shows why") {
    Tender t = screened_lot();
    t.bidders[3].sq_pass = false;  // DOW
    RateReport r = check_rates(t, with_share(0));
    CHECK(abnormally_low(r).empty());  // the three others are within 15% of each other
    const BidRates& dow = r.bids[3];
    REQUIRE(dow.excluded_by.size() == 1);
    CHECK(dow.excluded_by[0].code == ReasonCode::sq_fail);
    CHECK_FALSE(dow.margins[0].screened);
    CHECK(r.bids[0].margins[0].screened);
  }
  SUBCASE("--bidder keeps the whole lot in the screen") {
    Tender t = screened_lot();
    RateCheckOptions o = with_share(0);
    o.bidder = "DOW";
    RateReport r = check_rates(t, o);
    REQUIRE(r.bids.size() == 1);
    CHECK(abnormally_low(r).size() == 4);
  }
}

TEST_CASE("which bids are checked, and in what order") {
  Tender t = no_floors(four_ceilings());
  t.bidders = {test::bidder("ZED", "Zed Care", {}),
               test::bidder("ACE", "Ace Homecare Ltd", {"N2"}, false, false)};
  add_schedule(t, "ZED", "*", with(kClean, 0, "17.21"));
  add_schedule(t, "ACE", "*", with(kClean, 7, "14.64"));
  test::add_marks(t, "ZED", {4, 4, 4, 4});
  test::add_marks(t, "ACE", {4, 4, 4, 4});

  SUBCASE("by bidder_id, then lot in tender order; a failed sq and form are checked all the same") {
    RateReport r = check(t);
    std::vector<std::string> bids;
    for (const BidRates& b : r.bids) bids.push_back(b.bidder->id + " " + b.lot->id);
    CHECK(bids == std::vector<std::string>{"ACE N2", "ZED N1", "ZED N2"});
    std::vector<std::string> codes;
    for (const Reason& reason : r.bids[0].excluded_by) codes.push_back(std::string(to_string(reason.code)));
    CHECK(codes == std::vector<std::string>{"sq-fail", "form-unsigned"});
    std::vector<std::string> found;
    for (const RateFinding& f : r.findings)
      found.push_back(f.bidder->id + " " + f.lot->id + " " + std::string(to_string(f.check)));
    CHECK(found == std::vector<std::string>{"ACE N2 bank-holiday-below-standard", "ZED N1 above-ceiling",
                                            "ZED N2 above-ceiling"});
    CHECK(r.bids_with_findings() == 3);
  }
  SUBCASE("one lot") {
    RateCheckOptions o = with_share(Rational(3, 146));
    o.lot = "N1";
    RateReport r = check_rates(t, o);
    REQUIRE(r.bids.size() == 1);
    CHECK(r.bids[0].bidder->id == "ZED");
  }
  SUBCASE("an unknown bidder or lot is a usage error") {
    RateCheckOptions o = with_share(0);
    o.bidder = "NOPE";
    try {
      check_rates(t, o);
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::usage);
      REQUIRE(e.problems().size() == 1);
      CHECK(e.problems()[0].message == "unknown bidder 'NOPE': it is not in bidders.csv");
    }
    o.bidder.reset();
    o.lot = "N9";
    try {
      check_rates(t, o);
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::usage);
    }
  }
}

TEST_CASE("the check and severity names") {
  std::vector<std::string> names;
  for (RateCheck c : kRateChecks) names.push_back(std::string(to_string(c)));
  CHECK(names == std::vector<std::string>{"missing-rate", "above-ceiling", "below-cost-floor",
                                          "abnormally-low", "bank-holiday-below-standard",
                                          "llw-inclusive-below-exclusive",
                                          "travel-inclusive-below-exclusive"});
  CHECK(to_string(Severity::error) == "error");
  CHECK(to_string(Severity::warning) == "warning");
}

TEST_CASE("the screen on each basis is the one score runs on that basis") {
  // Every exclusion of the sample tender (sq, form, marks, a missing rate, a rate above the
  // ceiling) and flags in every lot: rates must screen the same bids and flag the same ones.
  Tender t = load_tender(std::string(TENDERKIT_TEST_SOURCE_DIR) + "/data/sample-tender");
  RateCheckOptions o;
  o.share = tender_bank_holiday_share(t, tk::test::shipped_bank_holidays());
  RateReport r = check_rates(t, o);
  std::size_t flagged = 0;
  for (std::size_t bi = 0; bi < all_bases().size(); ++bi) {
    Basis basis = all_bases()[bi];
    EvaluationOptions eo;
    eo.tender_share = o.share;
    eo.llw = basis.llw;
    eo.travel = basis.travel;
    Evaluation e = evaluate_tender(t, eo);
    for (const BidRates& b : r.bids) {
      const LotResult* lot = e.lot(b.lot->id);
      REQUIRE(lot != nullptr);
      const BidResult* engine = nullptr;
      for (const BidResult& x : lot->bids)
        if (x.bidder == b.bidder) engine = &x;
      REQUIRE(engine != nullptr);
      CAPTURE(b.bidder->id);
      CAPTURE(b.lot->id);
      CAPTURE(bi);
      CHECK(b.margins[bi].screened == (engine->ranked() && engine->abnormally_low.has_value()));
      bool found = false;
      for (const RateFinding& f : r.findings)
        found = found || (f.bidder == b.bidder && f.lot == b.lot && f.check == RateCheck::abnormally_low &&
                          f.llw == basis.llw && f.travel == basis.travel);
      CHECK(found == engine->has(Flag::abnormally_low));
      if (found) ++flagged;
      if (basis == t.price.basis) CHECK(b.excluded_by.size() == engine->reasons.size());
    }
  }
  CHECK(flagged == 16);  // B33 in N1 and N2, B37 in N3 and N4, on each of the four bases
}
