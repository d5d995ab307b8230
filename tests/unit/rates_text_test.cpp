#include "write/rates_text.hpp"

#include <doctest/doctest.h>

#include "rates_fixture.hpp"

using namespace tk;

TEST_CASE("a surplus is shown to pence with its sign") {
  SUBCASE("positive, negative, zero") {
    CHECK(show_surplus(Rational(5459, 2920)) == "+1.87");
    CHECK(show_surplus(Rational(-1475, 1460)) == "-1.01");
    CHECK(show_surplus(Rational(0)) == "0.00");
  }
  SUBCASE("half a penny rounds away from zero") {
    CHECK(show_surplus(Rational(5, 1000)) == "+0.01");
    CHECK(show_surplus(Rational(-5, 1000)) == "-0.01");
  }
  SUBCASE("what shows as zero has no sign, whichever side of zero it is") {
    CHECK(show_surplus(Rational(4, 1000)) == "0.00");
    CHECK(show_surplus(Rational(-4, 1000)) == "0.00");
  }
}

TEST_CASE("the shared pieces of the rates outputs") {
  Tender t = test::two_bids();
  RateReport r = check_rates(t, test::share_3_146());

  SUBCASE("settings and the ceilings' source") {
    CHECK(describe_rates_settings(r) == "llw inclusive, travel inclusive; bank-holiday share 3/146");
    CHECK(ceilings_source(t) == "tender.toml [[ceiling]] tables");
    t.ceiling_model = "model.toml";
    CHECK(ceilings_source(t) == "the cost model model.toml");
  }
  SUBCASE("findings per bidder and why a bidder is excluded besides its rates") {
    std::vector<const Bidder*> with = bidders_with_findings(r);
    REQUIRE(with.size() == 1);
    CHECK(with[0]->id == "BRT");
    CHECK(findings_of(r, with[0]).size() == 1);
    CHECK(exclusions_besides_rates(r, with[0]) == std::vector<std::string>{"form-unsigned"});
    CHECK(exclusions_besides_rates(r, &t.bidders[0]).empty());
    CHECK(exclusion_codes(r.bids[1], ";") == "form-unsigned;above-ceiling");
    CHECK(exclusion_codes(r.bids[0], ";").empty());
  }
  SUBCASE("the ceilings grid") {
    TextGrid g = ceilings_grid(r, "*");
    REQUIRE(g.rows.size() == 4);
    CHECK(g.rows[0] ==
          std::vector<std::string>{"llw inclusive, travel inclusive*", "17.20", "25.80", "14.95", "22.40"});
    CHECK(g.rows[3] ==
          std::vector<std::string>{"llw exclusive, travel exclusive", "15.05", "22.58", "12.00", "18.00"});
    t.ceilings.pop_back();
    t.ceilings[0].bank_holiday_cost_floor.reset();
    TextGrid fewer = ceilings_grid(r, "*");
    CHECK(fewer.rows[0] ==
          std::vector<std::string>{"llw inclusive, travel inclusive*", "17.20", "25.80", "14.95", "-"});
    CHECK(fewer.rows[3] ==
          std::vector<std::string>{"llw exclusive, travel exclusive", "none", "none", "-", "-"});
  }
  SUBCASE("the summary: a row per check, then the totals") {
    TextGrid g = summary_grid(r);
    REQUIRE(g.rows.size() == 8);
    CHECK(g.rows[1] == std::vector<std::string>{"above-ceiling", "1", "0"});
    CHECK(g.rows[7] == std::vector<std::string>{"total", "1", "0"});
    CHECK(summary_line(r) == "2 bids checked, 1 with findings; 1 finding: 1 error, 0 warnings");
  }
  SUBCASE("the surplus grid, worked by hand with s = 3/146") {
    // ACE llw inc, travel inc: ((16.80 - 14.95) x 143 + (25.20 - 22.40) x 3) / 146 = 272.95 / 146;
    // inc/exc 265.50 / 146; exc/inc 420.39 / 146; exc/exc 390.89 / 146. BRT's standard rate on
    // inc/inc is 17.21: (2.26 x 143 + 2.80 x 3) / 146 = 331.58 / 146.
    TextGrid g = surplus_grid(r, "*");
    REQUIRE(g.header.size() == 2);
    CHECK(g.header[0] == std::vector<std::string>{"", "", "llw inclusive", "llw inclusive", "llw exclusive",
                                                  "llw exclusive", ""});
    CHECK(g.header[1] == std::vector<std::string>{"Bidder", "Lot", "travel inclusive*", "travel exclusive",
                                                  "travel inclusive", "travel exclusive", "Evaluated basis"});
    REQUIRE(g.rows.size() == 2);
    CHECK(g.rows[0] == std::vector<std::string>{"ACE", "N1", "+1.87", "+1.82", "+2.88", "+2.68", "ranked"});
    CHECK(g.rows[1] == std::vector<std::string>{"BRT", "N1", "+2.27", "+1.82", "+2.88", "+2.68",
                                                "excluded: form-unsigned, above-ceiling"});
  }
  SUBCASE("only the bases with a cost floor have a column; none: no grid") {
    t.ceilings[1].cost_floor.reset();
    t.prices.erase(t.prices.begin());  // ACE's inc/inc standard rate
    RateReport fewer = check_rates(t, test::share_3_146());
    TextGrid g = surplus_grid(fewer, "*");
    CHECK(g.header[1] == std::vector<std::string>{"Bidder", "Lot", "travel inclusive*", "travel inclusive",
                                                  "travel exclusive", "Evaluated basis"});
    CHECK(g.rows[0] ==
          std::vector<std::string>{"ACE", "N1", "no rate", "+2.88", "+2.68", "excluded: missing-rate"});
    for (Ceiling& c : t.ceilings) c.cost_floor.reset();
    CHECK(surplus_grid(check_rates(t, test::share_3_146()), "*").header.empty());
  }
}

TEST_CASE("a finding repeated in several lots of a bidder is shown once, with its lots") {
  Tender t = test::two_bids();
  t.bidders[1].all_lots = true;  // BRT bids N1 and N2 with one schedule: the same finding twice
  t.bidders[1].lots.clear();
  t.prices.push_back(
      {"BRT", "N2", test::kIncExc, DayType::standard, test::pounds("16.01"), {}});  // above 16.00 in N2 only
  RateReport r = check_rates(t, test::share_3_146());
  REQUIRE(r.findings.size() == 3);
  std::vector<FindingAcrossLots> groups = findings_across_lots(r, &t.bidders[1]);
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].finding->check == RateCheck::above_ceiling);
  CHECK(groups[0].finding->llw == Llw::inclusive);
  CHECK(groups[0].finding->travel == Travel::inclusive);
  CHECK(groups[0].lots == std::vector<std::string>{"N1", "N2"});
  CHECK(groups[1].finding->travel == Travel::exclusive);
  CHECK(groups[1].finding->severity == Severity::warning);
  CHECK(groups[1].lots == std::vector<std::string>{"N2"});
}
