#include "decide/award_pack.hpp"

#include <doctest/doctest.h>

#include "award_pack_fixture.hpp"
#include "shipped_data.hpp"

using tk::Date;
using tk::test::bid_of;
using tk::test::tiny_pack;

TEST_CASE("standstill: 8 working days after the notice, weekends and bank holidays skipped") {
  SUBCASE("no bank holiday: Tuesday 1 March 2016 -> Friday 11 March") {
    // Wed 2, Thu 3, Fri 4, Mon 7, Tue 8, Wed 9, Thu 10, Fri 11.
    CHECK(tk::standstill_end(Date(2016, 3, 1), tk::test::shipped_bank_holidays()) == Date(2016, 3, 11));
  }
  SUBCASE("over Easter 2016: Good Friday 25 and Easter Monday 28 March are skipped") {
    // Wed 23, Thu 24, (Fri 25, Sat, Sun, Mon 28), Tue 29, Wed 30, Thu 31, Fri 1, Mon 4, Tue 5.
    CHECK(tk::standstill_end(Date(2016, 3, 22), tk::test::shipped_bank_holidays()) == Date(2016, 4, 5));
  }
  SUBCASE("a notice on a Saturday counts from the Monday") {
    // Mon 7 ... Fri 11 (5), Mon 14, Tue 15, Wed 16.
    CHECK(tk::standstill_end(Date(2016, 3, 5), tk::test::shipped_bank_holidays()) == Date(2016, 3, 16));
  }
}

TEST_CASE("award pack of the tiny tender") {
  auto t = tiny_pack();
  const tk::AwardPack& p = t.pack;
  REQUIRE(p.award.lots.size() == 2);

  SUBCASE("the award under the cap of 1: N1 to CLR, N2 to BRT (expected/award-optimal.json)") {
    REQUIRE(p.award.lots[0].winner != nullptr);
    REQUIRE(p.award.lots[1].winner != nullptr);
    CHECK(p.award.lots[0].winner->bidder->id == "CLR");
    CHECK(p.award.lots[1].winner->bidder->id == "BRT");
  }
  SUBCASE("why each other bid was not awarded") {
    const tk::LotDecision& n1 = p.award.lots[0];
    const tk::LotDecision& n2 = p.award.lots[1];
    CHECK_FALSE(p.award.why_not(n1, bid_of(p, 0, "CLR")));
    CHECK(p.award.why_not(n1, bid_of(p, 0, "BRT")) == tk::NotAwardedReason::lower_score);
    CHECK(p.award.why_not(n2, bid_of(p, 1, "CLR")) == tk::NotAwardedReason::cap);
    CHECK(p.award.why_not(n2, bid_of(p, 1, "ELM")) == tk::NotAwardedReason::lower_score);
    CHECK(p.award.why_not(n2, bid_of(p, 1, "DUN")) == tk::NotAwardedReason::excluded);
  }
  SUBCASE("reserve lists: the other ranked bids in rank order") {
    std::vector<std::string> n2;
    for (const tk::BidResult* b : p.award.lots[1].reserve) n2.push_back(b->bidder->id);
    CHECK(n2 == std::vector<std::string>{"CLR", "ELM", "ACE"});
  }
  SUBCASE("annual costs on both LLW bases: hours × 52 × P") {
    REQUIRE(p.costs.size() == 2);
    const tk::BasisCosts& inc = p.costs[0];
    CHECK(inc.basis.llw == tk::Llw::inclusive);
    CHECK(inc.unavailable.empty());
    // CLR on N1: P = 17.20 × 143/146 + 25.80 × 3/146 = (2459.60 + 77.40) / 146 = 2537/146.
    CHECK(inc.lines[0].winner->price->value == tk::Rational(2537, 146));
    CHECK(inc.lines[0].annual_cost == tk::Rational(5000 * 52) * tk::Rational(2537, 146));
    // BRT on N2: P = (15.90 × 143 + 23.85 × 3) / 146 = (2273.70 + 71.55) / 146 = 2345.25/146.
    CHECK(inc.lines[1].annual_cost == tk::Rational(4000 * 52) * tk::Rational(234525, 14600));
    CHECK(inc.total == inc.lines[0].annual_cost + inc.lines[1].annual_cost);
    const tk::BasisCosts& exc = p.costs[1];
    CHECK(exc.basis.llw == tk::Llw::exclusive);
    CHECK(exc.unavailable.empty());
    // No ceiling on the exclusive basis; ELM's 11.95 makes it abnormally low but never excluded.
    CHECK(exc.total < inc.total);
  }
  SUBCASE("standstill from the notice date") {
    CHECK(p.standstill_end == Date(2016, 3, 11));
    CHECK(p.standstill_bank_holidays.empty());
  }
  SUBCASE("ocid without a prefix, and with one") {
    CHECK(p.ocid == "tenderkit-EX-1");
    tk::DocumentOptions d;
    d.ocid_prefix = "ocds-213czf";
    CHECK(tiny_pack(d).pack.ocid == "ocds-213czf-EX-1");
  }
  SUBCASE("every input file is digested, named relative to the folder") {
    REQUIRE(p.inputs().size() == 5);
    CHECK(p.inputs()[0].name == "tender.toml");
    CHECK(p.inputs()[3].name == "quality.csv");
    CHECK(p.inputs()[4].name == "data/bank-holidays/england-and-wales.json");
    for (const tk::InputDigest& d : p.inputs()) CHECK(d.sha256.size() == 64);
  }
  SUBCASE("no clarifications file: every flagged bid is outstanding") {
    CHECK(p.clarifications.rows.empty());
    CHECK(p.clarification(bid_of(p, 0, "ELM"), p.evaluation.lots[0]) == nullptr);
  }
}

TEST_CASE("award pack: options override tender.toml [report]") {
  tk::DocumentOptions d;
  d.report_date = Date(2016, 3, 2);
  d.notice_date = Date(2016, 3, 22);
  auto t = tiny_pack(d);
  CHECK(t.pack.report_date == Date(2016, 3, 2));
  CHECK(t.pack.standstill_end == Date(2016, 4, 5));
  CHECK(t.pack.standstill_bank_holidays == std::vector<Date>{Date(2016, 3, 25), Date(2016, 3, 28)});
}

TEST_CASE("award pack: the documents show the one award decision, optimal under the cap") {
  // The sample tender, where the mechanisms disagree (docs/award.md): lot-order gives N2 to B12
  // and N4 to B09; optimal gives N2 to B30 and N4 to B12.
  tk::Tender tender = tk::load_tender(std::string(TENDERKIT_TEST_SOURCE_DIR) + "/data/sample-tender");
  tk::EvaluationOptions options;
  options.tender_share = tk::tender_bank_holiday_share(tender, tk::test::shipped_bank_holidays());
  tk::AwardPack p = tk::make_award_pack(tender, tk::test::shipped_bank_holidays(), options, {});
  tk::Award a = tk::decide_award(p.evaluation, tk::AwardMechanism::optimal, 1);
  REQUIRE(p.award.mechanism == tk::AwardMechanism::optimal);
  REQUIRE(p.award.lots.size() == 4);
  std::vector<std::string> winners;
  for (std::size_t i = 0; i < p.award.lots.size(); ++i) {
    CHECK(p.award.lots[i].winner == a.chosen.lots[i].winner);
    CHECK(p.award.other_winners[i] == a.other.lots[i].winner);
    CHECK(p.award.lots[i].reserve.size() == a.chosen.lots[i].reserve.size());
    winners.push_back(p.award.lots[i].winner->bidder->id);
  }
  CHECK(winners == std::vector<std::string>{"B35", "B30", "B13", "B12"});
  REQUIRE(p.award.differs_in.size() == 2);
  CHECK(p.award.differs_in[0]->lot->id == "N2");
  CHECK(p.award.differs_in[1]->lot->id == "N4");
  SUBCASE("B12, ranked first in N2, did not win it because of the cap") {
    CHECK(p.award.why_not(p.award.lots[1], tk::test::bid_of(p, 1, "B12")) == tk::NotAwardedReason::cap);
  }
  SUBCASE("the LLW-inclusive cost line uses the same winners") {
    REQUIRE(p.costs[0].unavailable.empty());
    CHECK(p.costs[0].lines[1].winner->bidder->id == "B30");
    CHECK(p.costs[0].lines[3].winner->bidder->id == "B12");
  }
}

TEST_CASE("parse_document_options reads the document options and records each one given") {
  SUBCASE("dates, prefix and mechanism; the what-if options only recorded; empty values not given") {
    tk::DocumentOptions d = tk::parse_document_options({{"--llw", "exclusive"},
                                                        {"--method", ""},
                                                        {"--mechanism", "lot-order"},
                                                        {"--report-date", "2016-02-16"},
                                                        {"--notice-date", "2016-03-01"},
                                                        {"--ocid-prefix", "ocds-213czf"}});
    CHECK(d.report_date == Date(2016, 2, 16));
    CHECK(d.notice_date == Date(2016, 3, 1));
    CHECK(d.ocid_prefix == "ocds-213czf");
    CHECK(d.mechanism == tk::AwardMechanism::lot_order);
    CHECK(d.given == std::vector<std::string>{"--llw exclusive", "--mechanism lot-order", "--report-date 2016-02-16",
                                              "--notice-date 2016-03-01", "--ocid-prefix ocds-213czf"});
  }
  SUBCASE("nothing given") {
    tk::DocumentOptions d = tk::parse_document_options({{"--report-date", ""}});
    CHECK_FALSE(d.report_date);
    CHECK(d.given.empty());
  }
  SUBCASE("a date that is not a real day is a usage error naming the option") {
    try {
      tk::parse_document_options({{"--notice-date", "2016-02-30"}});
      FAIL("no error");
    } catch (const tk::Error& e) {
      CHECK(e.code() == tk::ExitCode::usage);
      REQUIRE(e.problems().size() == 1);
      CHECK(e.problems()[0].message == "--notice-date: expected a date YYYY-MM-DD, found '2016-02-30'");
    }
  }
  SUBCASE("a prefix that is not an identifier is a usage error") {
    try {
      tk::parse_document_options({{"--ocid-prefix", "ocds 213czf"}});
      FAIL("no error");
    } catch (const tk::Error& e) {
      CHECK(e.code() == tk::ExitCode::usage);
      REQUIRE(e.problems().size() == 1);
      CHECK(e.problems()[0].message.rfind("--ocid-prefix: expected ", 0) == 0);
    }
  }
}
