#include "read/tender_settings.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "read/identifier.hpp"
#include "tender_fixture.hpp"

using tk::test::formatted;
using tk::test::replaced;

namespace {

struct Read {
  tk::Tender tender;
  tk::Problems problems;
  tk::SettingsOutcome outcome;
};

Read read(const std::string& text) {
  Read r;
  r.outcome = tk::read_tender_settings(text, "t.toml", r.tender, r.problems);
  return r;
}

std::string tiny() { return tk::test::tiny_tender_file("tender.toml"); }

// The only problem found in `text`, formatted.
std::string only_problem(const std::string& text) {
  Read r = read(text);
  REQUIRE(r.problems.size() == 1);
  return r.problems.list()[0].format();
}

}  // namespace

TEST_CASE("tender.toml: the tiny tender's settings") {
  Read r = read(tiny());
  CHECK(r.problems.empty());
  CHECK(r.outcome.lots_known);
  CHECK(r.outcome.questions_known);
  const tk::Tender& t = r.tender;
  CHECK(t.title == "Worked example: two neighbourhoods");
  CHECK(t.authority == "Example Borough Council");
  CHECK(t.reference == "EX-1");
  CHECK(t.contract_start == tk::Date(2016, 4, 1));
  CHECK(t.contract_end == tk::Date(2018, 3, 31));
  CHECK(t.decimal_places == 2);
  CHECK(t.price.basis == tk::Basis{tk::Llw::inclusive, tk::Travel::inclusive});
  CHECK(t.price.method == tk::PriceMethod::relative_to_lowest);
  CHECK_FALSE(t.price.bank_holiday_share);  // "calendar"
  REQUIRE(t.criteria.size() == 4);
  CHECK(t.criteria[0].id == "price");
  CHECK(t.criteria[0].kind == tk::CriterionKind::price);
  CHECK(t.criteria[1].weight == 29);
  CHECK(t.criteria[3].name == "Partnership Working");
  CHECK(t.criteria[3].where.line == 32);
  CHECK(t.price_criterion().id == "price");
  REQUIRE(t.questions.size() == 4);
  CHECK(t.questions[0].id == "A1");
  CHECK(t.questions[0].criterion == "ability");
  CHECK(t.questions[0].weight == 2);
  CHECK(t.questions[3].text == "Working with neighbourhood teams");
  CHECK(t.quality.scale_max == 5);
  CHECK(t.quality.aggregate == tk::Aggregate::consensus);
  CHECK(t.quality.min_mark == 1);
  CHECK(t.quality.moderation_spread == 2);
  REQUIRE(t.lots.size() == 2);
  CHECK(t.lots[1].id == "N2");
  CHECK(t.lots[1].hours_per_week == 4000);
  CHECK(t.award.max_lots_per_bidder == 1);
  CHECK(t.award.mechanism == tk::AwardMechanism::optimal);
  CHECK(t.award.shortlist == 3);
  REQUIRE(t.ceilings.size() == 1);
  CHECK(t.ceilings[0].standard.pence() == 1720);
  CHECK(t.ceilings[0].bank_holiday.pence() == 2580);
  CHECK_FALSE(t.ceilings[0].cost_floor);
  CHECK_FALSE(t.ceiling_model);
  CHECK(t.abnormally_low.below_adjusted_mean_percent == 15);
  CHECK(t.abnormally_low.proximity_percent == 1);
}

TEST_CASE("tender.toml: optional tables and keys take their defaults") {
  std::string text = tiny();
  text = replaced(text, "decimal_places = 2\n", "");
  text = replaced(text, "bank_holiday_share = \"calendar\"\n", "");
  text = replaced(
      text, "[quality]\nscale_max = 5\naggregate = \"consensus\"\nmin_mark = 1\nmoderation_spread = 2\n", "");
  text = replaced(text, "[award]\nmax_lots_per_bidder = 1\nmechanism = \"optimal\"\nshortlist = 3\n", "");
  text = replaced(text, "[abnormally_low]\nbelow_adjusted_mean_percent = \"15\"\nproximity_percent = \"1\"\n",
                  "");
  Read r = read(text);
  CHECK(formatted(r.problems) == std::vector<std::string>{});
  CHECK(r.tender.decimal_places == 2);
  CHECK_FALSE(r.tender.price.bank_holiday_share);
  CHECK(r.tender.quality.scale_max == 5);
  CHECK(r.tender.quality.min_mark == 0);
  CHECK(r.tender.quality.moderation_spread == 2);
  CHECK(r.tender.award.max_lots_per_bidder == 1);
  CHECK(r.tender.award.shortlist == 18);
  CHECK(r.tender.abnormally_low.below_adjusted_mean_percent == 15);
  CHECK(r.tender.abnormally_low.proximity_percent == 1);
}

TEST_CASE("tender.toml: syntax, types and unknown keys") {
  SUBCASE("a syntax error stops the file, located") {
    Read r = read(replaced(tiny(), "title = \"Worked", "title = Worked"));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.list()[0].where.line == 1);
    CHECK(r.problems.list()[0].message.rfind("invalid TOML: ", 0) == 0);
    CHECK_FALSE(r.outcome.lots_known);
    CHECK_FALSE(r.outcome.questions_known);
  }
  SUBCASE("a typo in a key names the keys expected") {
    CHECK(only_problem(replaced(tiny(), "shortlist = 3", "shortlst = 3")) ==
          "t.toml:81:12: error: unknown key 'shortlst' in [award]; expected one of max_lots_per_bidder, "
          "mechanism, "
          "shortlist");
  }
  SUBCASE("a typo in a table name") {
    Read r = read(replaced(tiny(), "[abnormally_low]", "[abnormaly_low]"));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.list()[0].message.rfind(
              "unknown key 'abnormaly_low' in tender.toml; expected one of title,", 0) == 0);
  }
  SUBCASE("a TOML float is rejected with how to write it") {
    CHECK(only_problem(replaced(tiny(), "weight = 29", "weight = 29.5")) ==
          "t.toml:23:10: error: 'weight' is the TOML float 29.5; write it as a string (\"29.5\") so that it "
          "stays "
          "exact");
  }
  SUBCASE("a missing key") {
    CHECK(only_problem(replaced(tiny(), "reference = \"EX-1\"\n", "")) ==
          "t.toml:1:1: error: missing key 'reference'");
  }
  SUBCASE("a blank title") {
    CHECK(only_problem(replaced(tiny(), "title = \"Worked example: two neighbourhoods\"", "title = \" \"")) ==
          "t.toml:1:9: error: 'title' is empty; expected some text");
  }
  SUBCASE("a string where a table belongs") {
    Read r = read(replaced(
        replaced(tiny(), "[award]\nmax_lots_per_bidder = 1\nmechanism = \"optimal\"\nshortlist = 3\n", ""),
        "decimal_places = 2", "decimal_places = 2\naward = \"optimal\""));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.list()[0].message == "'award' must be a table [award], found a string");
  }
}

TEST_CASE("tender.toml: dates and display places") {
  SUBCASE("contract_end before contract_start") {
    CHECK(only_problem(replaced(tiny(), "contract_end = 2018-03-31", "contract_end = 2016-03-31")) ==
          "t.toml:5:16: error: 'contract_end' 2016-03-31 is before 'contract_start' 2016-04-01; expected the "
          "last "
          "day of the contract, on or after its first");
  }
  SUBCASE("a one-day contract is fine") {
    CHECK(read(replaced(tiny(), "contract_end = 2018-03-31", "contract_end = 2016-04-01")).problems.empty());
  }
  SUBCASE("a date as a string is read, an impossible one is not") {
    CHECK(read(replaced(tiny(), "contract_end = 2018-03-31", "contract_end = \"2018-03-31\""))
              .problems.empty());
    CHECK(only_problem(replaced(tiny(), "contract_end = 2018-03-31", "contract_end = \"2018-02-30\"")) ==
          "t.toml:5:16: error: 'contract_end' is \"2018-02-30\"; expected a date such as 2016-04-01");
  }
  SUBCASE("decimal_places 0 to 6") {
    CHECK(read(replaced(tiny(), "decimal_places = 2", "decimal_places = 0")).problems.empty());
    CHECK(read(replaced(tiny(), "decimal_places = 2", "decimal_places = 6")).problems.empty());
    CHECK(only_problem(replaced(tiny(), "decimal_places = 2", "decimal_places = 7")) ==
          "t.toml:6:18: error: 'decimal_places' is 7; expected 0 to 6");
    CHECK(only_problem(replaced(tiny(), "decimal_places = 2", "decimal_places = -1")) ==
          "t.toml:6:18: error: 'decimal_places' is -1; expected 0 to 6");
  }
}

TEST_CASE("tender.toml: [price]") {
  SUBCASE("choices") {
    CHECK(only_problem(replaced(tiny(), "travel = \"inclusive\"\nmethod", "travel = \"both\"\nmethod")) ==
          "t.toml:10:10: error: 'travel' is \"both\"; expected one of \"inclusive\", \"exclusive\"");
    CHECK(only_problem(replaced(tiny(), "\"relative-to-lowest\"", "\"lowest\"")) ==
          "t.toml:11:10: error: 'method' is \"lowest\"; expected one of \"relative-to-lowest\", "
          "\"linear-from-lowest\", \"ceiling-linear\"");
    Read r = read(replaced(replaced(tiny(), "llw = \"inclusive\"\ntravel = \"inclusive\"\nmethod",
                                    "llw = \"exclusive\"\ntravel = \"exclusive\"\nmethod"),
                           "\"relative-to-lowest\"", "\"ceiling-linear\""));
    CHECK(r.problems.empty());
    CHECK(r.tender.price.basis == tk::Basis{tk::Llw::exclusive, tk::Travel::exclusive});
    CHECK(r.tender.price.method == tk::PriceMethod::ceiling_linear);
  }
  SUBCASE("bank_holiday_share as a decimal, a fraction, 0 or 1") {
    Read r = read(replaced(tiny(), "\"calendar\"", "\"0.0219\""));
    CHECK(r.problems.empty());
    CHECK(*r.tender.price.bank_holiday_share == tk::Rational(219, 10000));
    r = read(replaced(tiny(), "\"calendar\"", "\"15/730\""));
    CHECK(*r.tender.price.bank_holiday_share == tk::Rational(3, 146));
    r = read(replaced(tiny(), "\"calendar\"", "0"));
    CHECK(*r.tender.price.bank_holiday_share == 0);
    r = read(replaced(tiny(), "\"calendar\"", "1"));
    CHECK(*r.tender.price.bank_holiday_share == 1);
  }
  SUBCASE("bank_holiday_share out of range or misspelt") {
    CHECK(only_problem(replaced(tiny(), "\"calendar\"", "\"1.5\"")) ==
          "t.toml:12:22: error: 'bank_holiday_share' is 1.5; expected a fraction from 0 to 1");
    CHECK(only_problem(replaced(tiny(), "\"calendar\"", "\"-0.01\"")) ==
          "t.toml:12:22: error: 'bank_holiday_share' is -0.01; expected a fraction from 0 to 1");
    CHECK(only_problem(replaced(tiny(), "\"calendar\"", "\"Calendar\"")) ==
          "t.toml:12:22: error: 'bank_holiday_share' is \"Calendar\"; expected \"calendar\" or a fraction of "
          "days "
          "such as \"0.0219\" or \"16/731\"");
    CHECK(only_problem(replaced(tiny(), "\"calendar\"", "0.02")) ==
          "t.toml:12:22: error: 'bank_holiday_share' is the TOML float 0.02; write it as a string (\"0.02\") "
          "so "
          "that it stays exact");
  }
  SUBCASE("[price] is required") {
    std::string text = replaced(tiny(),
                                "[price]\nllw = \"inclusive\"\ntravel = \"inclusive\"\n"
                                "method = \"relative-to-lowest\"\nbank_holiday_share = \"calendar\"\n",
                                "");
    CHECK(only_problem(text) == "t.toml:1:1: error: missing key 'price'");
  }
}

TEST_CASE("tender.toml: criteria") {
  SUBCASE("weights must sum to exactly 100") {
    CHECK(only_problem(replaced(tiny(), "weight = 26", "weight = 25")) ==
          "t.toml:14:1: error: criteria weights sum to 99 (price 40 + ability 29 + quality 25 + partnership "
          "5); "
          "expected exactly 100");
    CHECK(only_problem(replaced(tiny(), "weight = 26", "weight = \"26.0001\"")) ==
          "t.toml:14:1: error: criteria weights sum to 100.0001 (price 40 + ability 29 + quality 26.0001 + "
          "partnership 5); expected exactly 100");
  }
  SUBCASE("decimal weights that sum to 100 exactly are fine") {
    std::string text =
        replaced(replaced(tiny(), "weight = 26", "weight = \"25.5\""), "weight = 5\n", "weight = \"5.5\"\n");
    CHECK(read(text).problems.empty());
  }
  SUBCASE("weights must be positive") {
    Read r = read(replaced(replaced(tiny(), "weight = 26", "weight = 31"), "weight = 5\n", "weight = 0\n"));
    CHECK(formatted(r.problems) ==
          std::vector<std::string>{"t.toml:35:10: error: 'weight' is 0; expected a number above zero"});
  }
  SUBCASE("exactly one price criterion") {
    std::string two = replaced(tiny(), "weight = 5\nkind = \"quality\"", "weight = 5\nkind = \"price\"");
    CHECK(formatted(read(two).problems) ==
          std::vector<std::string>{"t.toml:36:8: error: criterion 'partnership' is a second price criterion "
                                   "(the first is 'price' at "
                                   "line 14); expected exactly one of kind \"price\"",
                                   "t.toml:58:13: error: question 'P1' has criterion 'partnership', the "
                                   "price criterion; expected one of "
                                   "the quality criteria: ability, quality"});
    std::string none = replaced(tiny(), "weight = 40\nkind = \"price\"", "weight = 40\nkind = \"quality\"");
    CHECK(formatted(read(none).problems) ==
          std::vector<std::string>{
              "t.toml:14:1: error: no criterion has kind = \"price\"; expected exactly one price criterion",
              "t.toml:14:1: error: quality criterion 'price' has no questions; expected at least one "
              "[[questions]] "
              "table with criterion = \"price\""});
  }
  SUBCASE("duplicate and malformed ids") {
    Read dup = read(replaced(tiny(), "id = \"quality\"", "id = \"ability\""));
    CHECK(formatted(dup.problems) ==
          std::vector<std::string>{"t.toml:27:6: error: duplicate criterion id 'ability' (first at line 20)",
                                   "t.toml:52:13: error: question 'Q1' has criterion 'quality', which is not "
                                   "defined; expected one of the "
                                   "quality criteria: ability, partnership"});
    Read r = read(replaced(tiny(), "id = \"partnership\"", "id = \"part ner\""));
    REQUIRE(r.problems.size() >= 1);
    CHECK(r.problems.list()[0].format() ==
          "t.toml:33:6: error: 'id' is \"part ner\"; expected an id of 1 to 64 letters, digits, '-', '_' or "
          "'.', "
          "starting with a letter or digit");
  }
  SUBCASE("no criteria at all") {
    Read r = read("title = \"x\"\n");
    std::vector<std::string> got = formatted(r.problems);
    CHECK(
        std::find(
            got.begin(), got.end(),
            "t.toml:1:1: error: no [[criteria]] tables; expected criteria whose weights sum to 100, exactly "
            "one of kind \"price\"") != got.end());
    CHECK(std::find(got.begin(), got.end(),
                    "t.toml:1:1: error: no [[lots]] tables; expected at least one lot") != got.end());
  }
}

TEST_CASE("tender.toml: questions") {
  SUBCASE("a question of an unknown criterion") {
    Read r = read(replaced(tiny(), "criterion = \"quality\"", "criterion = \"qualty\""));
    CHECK(formatted(r.problems) ==
          std::vector<std::string>{"t.toml:52:13: error: question 'Q1' has criterion 'qualty', which is not "
                                   "defined; expected one of the "
                                   "quality criteria: ability, quality, partnership",
                                   "t.toml:26:1: error: quality criterion 'quality' has no questions; "
                                   "expected at least one [[questions]] "
                                   "table with criterion = \"quality\""});
  }
  SUBCASE("duplicate question ids") {
    CHECK(only_problem(replaced(tiny(), "id = \"A2\"", "id = \"A1\"")) ==
          "t.toml:45:6: error: duplicate question id 'A1' (first at line 38)");
  }
  SUBCASE("question weights must be positive") {
    CHECK(only_problem(replaced(tiny(), "weight = 2\ntext", "weight = \"-2\"\ntext")) ==
          "t.toml:41:10: error: 'weight' is -2; expected a number above zero");
  }
  SUBCASE("a question's text is required") {
    CHECK(only_problem(replaced(tiny(), "text = \"Continuity of care\"\n", "")) ==
          "t.toml:44:1: error: missing key 'text'");
  }
}

TEST_CASE("tender.toml: [quality]") {
  CHECK(only_problem(replaced(tiny(), "scale_max = 5", "scale_max = 0")) ==
        "t.toml:63:13: error: 'scale_max' is 0; expected 1 to 100");
  CHECK(only_problem(replaced(tiny(), "min_mark = 1", "min_mark = 6")) ==
        "t.toml:65:12: error: 'min_mark' is 6; expected 0 to 5");
  CHECK(only_problem(replaced(tiny(), "moderation_spread = 2", "moderation_spread = 0")) ==
        "t.toml:66:21: error: 'moderation_spread' is 0; expected 1 to 5");
  CHECK(
      only_problem(replaced(tiny(), "aggregate = \"consensus\"", "aggregate = \"average\"")) ==
      "t.toml:64:13: error: 'aggregate' is \"average\"; expected one of \"consensus\", \"mean\", \"median\"");
  Read r =
      read(replaced(replaced(tiny(), "scale_max = 5", "scale_max = 10"), "min_mark = 1", "min_mark = 8"));
  CHECK(r.problems.empty());
  CHECK(r.tender.quality.min_mark == 8);
  CHECK_FALSE(read(replaced(tiny(), "scale_max = 5", "scale_max = 0")).outcome.questions_known);
}

TEST_CASE("tender.toml: lots") {
  SUBCASE("hours must be a positive decimal") {
    CHECK(only_problem(replaced(tiny(), "hours_per_week = \"4000\"", "hours_per_week = \"0\"")) ==
          "t.toml:76:18: error: 'hours_per_week' is 0; expected a number above zero");
    Read r = read(replaced(tiny(), "hours_per_week = \"4000\"", "hours_per_week = \"4000.5\""));
    CHECK(r.problems.empty());
    CHECK(r.tender.lots[1].hours_per_week == tk::Rational(8001, 2));
    CHECK(r.outcome.lots_known);
  }
  SUBCASE("a bad value does not make the lots unknown, a bad id does") {
    CHECK(read(replaced(tiny(), "hours_per_week = \"4000\"", "hours_per_week = \"x\"")).outcome.lots_known);
    Read r = read(replaced(tiny(), "id = \"N2\"", "id = \"*\""));
    CHECK_FALSE(r.outcome.lots_known);
    CHECK(r.tender.lots.size() == 1);
  }
  SUBCASE("duplicate lot ids") {
    CHECK(only_problem(replaced(tiny(), "id = \"N2\"", "id = \"N1\"")) ==
          "t.toml:74:6: error: duplicate lot id 'N1' (first at line 68)");
  }
}

TEST_CASE("tender.toml: [award]") {
  CHECK(only_problem(replaced(tiny(), "max_lots_per_bidder = 1", "max_lots_per_bidder = -1")) ==
        "t.toml:79:23: error: 'max_lots_per_bidder' is -1; expected 0 to 1000");
  CHECK(only_problem(replaced(tiny(), "shortlist = 3", "shortlist = 0")) ==
        "t.toml:81:13: error: 'shortlist' is 0; expected 1 to 100000");
  CHECK(only_problem(replaced(tiny(), "mechanism = \"optimal\"", "mechanism = \"lot_order\"")) ==
        "t.toml:80:13: error: 'mechanism' is \"lot_order\"; expected one of \"optimal\", \"lot-order\"");
  Read r = read(replaced(replaced(tiny(), "max_lots_per_bidder = 1", "max_lots_per_bidder = 0"),
                         "mechanism = \"optimal\"", "mechanism = \"lot-order\""));
  CHECK(r.problems.empty());
  CHECK(r.tender.award.max_lots_per_bidder == 0);
  CHECK(r.tender.award.mechanism == tk::AwardMechanism::lot_order);
}

TEST_CASE("tender.toml: ceilings") {
  const std::string ceiling = "standard = \"17.20\"\nbank_holiday = \"25.80\"\n";
  SUBCASE("money with pound signs, commas and floors") {
    Read r = read(replaced(tiny(), ceiling,
                           "standard = \"£17.20\"\nbank_holiday = 26\ncost_floor = \"14.95\"\n"
                           "bank_holiday_cost_floor = \"22.4\"\n"));
    CHECK(r.problems.empty());
    REQUIRE(r.tender.ceilings.size() == 1);
    CHECK(r.tender.ceilings[0].standard.pence() == 1720);
    CHECK(r.tender.ceilings[0].bank_holiday.pence() == 2600);
    CHECK(r.tender.ceilings[0].cost_floor->pence() == 1495);
    CHECK(r.tender.ceilings[0].bank_holiday_cost_floor->pence() == 2240);
  }
  SUBCASE("three decimal places, zero, negative") {
    CHECK(
        only_problem(replaced(tiny(), "\"17.20\"", "\"17.205\"")) ==
        "t.toml:86:12: error: 'standard' is \"17.205\"; expected at most 2 decimal places (pence), found 3");
    CHECK(only_problem(replaced(tiny(), "\"17.20\"", "\"0\"")) ==
          "t.toml:86:12: error: 'standard' is \"0\"; expected an amount above zero");
    CHECK(only_problem(replaced(tiny(), "\"17.20\"", "-17")) ==
          "t.toml:86:12: error: 'standard' is -17; expected an amount above zero");
    CHECK(only_problem(replaced(tiny(), "\"17.20\"", "17.2")) ==
          "t.toml:86:12: error: 'standard' is the TOML float 17.2; write it as a string (\"17.2\") so that "
          "it stays "
          "exact");
  }
  SUBCASE("a cost floor above its ceiling") {
    CHECK(only_problem(replaced(tiny(), ceiling, ceiling + "cost_floor = \"17.21\"\n")) ==
          "t.toml:88:14: error: 'cost_floor' 17.21 is above 'standard' 17.20; expected a cost floor at or "
          "below the "
          "ceiling");
    CHECK(read(replaced(tiny(), ceiling, ceiling + "cost_floor = \"17.20\"\n")).problems.empty());
  }
  SUBCASE("two ceilings for one basis") {
    std::string text = tiny() + "\n[[ceiling]]\nllw = \"inclusive\"\ntravel = \"inclusive\"\n" + ceiling;
    CHECK(only_problem(text) ==
          "t.toml:93:1: error: a second [[ceiling]] for llw inclusive, travel inclusive (the first is at "
          "line 83); "
          "expected one per basis");
  }
  SUBCASE("a ceiling model instead") {
    std::string text =
        replaced(tiny(), "[[ceiling]]\nllw = \"inclusive\"\ntravel = \"inclusive\"\n" + ceiling, "");
    text = replaced(text, "decimal_places = 2", "decimal_places = 2\nceiling_model = \"model.toml\"");
    Read r = read(text);
    CHECK(r.problems.empty());
    CHECK(r.tender.ceiling_model == "model.toml");
    CHECK(r.tender.ceilings.empty());
  }
  SUBCASE("a ceiling model and ceiling tables") {
    CHECK(only_problem(
              replaced(tiny(), "decimal_places = 2", "decimal_places = 2\nceiling_model = \"m.toml\"")) ==
          "t.toml:7:17: error: 'ceiling_model' and [[ceiling]] tables are both given; expected one or the "
          "other");
  }
  SUBCASE("an unknown key in a ceiling") {
    CHECK(
        only_problem(replaced(tiny(), ceiling, ceiling + "costfloor = \"1\"\n")) ==
        "t.toml:88:13: error: unknown key 'costfloor' in [[ceiling]]; expected one of llw, travel, standard, "
        "bank_holiday, cost_floor, bank_holiday_cost_floor");
  }
}

TEST_CASE("tender.toml: [abnormally_low]") {
  CHECK(only_problem(replaced(tiny(), "proximity_percent = \"1\"", "proximity_percent = \"-1\"")) ==
        "t.toml:91:21: error: 'proximity_percent' is -1; expected a percentage of 0 or more");
  Read r = read(
      replaced(tiny(), "below_adjusted_mean_percent = \"15\"", "below_adjusted_mean_percent = \"12.5\""));
  CHECK(r.problems.empty());
  CHECK(r.tender.abnormally_low.below_adjusted_mean_percent == tk::Rational(25, 2));
}

TEST_CASE("tender.toml: [report]") {
  SUBCASE("absent: no dates, no prefix") {
    Read r = read(tiny());
    CHECK_FALSE(r.tender.report.report_date);
    CHECK_FALSE(r.tender.report.award_notice_date);
    CHECK_FALSE(r.tender.report.ocid_prefix);
  }
  SUBCASE("dates and prefix") {
    Read r = read(tiny() +
                  "\n[report]\nreport_date = 2016-02-16\naward_notice_date = 2016-03-01\nocid_prefix = \"ocds-213czf\"\n");
    CHECK(r.problems.empty());
    CHECK(r.tender.report.report_date == tk::Date(2016, 2, 16));
    CHECK(r.tender.report.award_notice_date == tk::Date(2016, 3, 1));
    CHECK(r.tender.report.ocid_prefix == "ocds-213czf");
  }
  SUBCASE("a date given as a string is rejected with its location") {
    std::string p = only_problem(tiny() + "\n[report]\nreport_date = \"16/02/2016\"\n");
    CHECK(p.rfind("t.toml:94:", 0) == 0);
    CHECK(p.find("report_date") != std::string::npos);
  }
  SUBCASE("a prefix that is not an id") {
    CHECK(only_problem(tiny() + "\n[report]\nocid_prefix = \"ocds 213\"\n") ==
          "t.toml:94:15: error: 'ocid_prefix' is \"ocds 213\"; expected " + tk::identifier_rule());
  }
  SUBCASE("an unknown key") {
    std::string p = only_problem(tiny() + "\n[report]\nnotice_date = 2016-03-01\n");
    CHECK(p.find("unknown key 'notice_date' in [report]; expected one of report_date, award_notice_date, "
                 "ocid_prefix") != std::string::npos);
  }
}

TEST_CASE("tender.toml: every problem is reported, not only the first") {
  std::string text = replaced(tiny(), "decimal_places = 2", "decimal_places = 9");
  text = replaced(text, "weight = 26", "weight = 20");
  text = replaced(text, "shortlist = 3", "shortlist = \"three\"");
  Read r = read(text);
  CHECK(r.problems.size() == 3);
}
