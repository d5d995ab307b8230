#include "read/tender_tables.hpp"

#include <doctest/doctest.h>

#include "tender_fixture.hpp"

using tk::test::formatted;
using Lines = std::vector<std::string>;

namespace {

// Two lots (N1, N2), two questions (A1, A2) marked 0..5.
tk::Tender settings() {
  tk::Tender t;
  t.lots = {tk::Lot{"N1", "North", 5000, {}}, tk::Lot{"N2", "South", 4000, {}}};
  t.questions = {tk::Question{"A1", "ability", 1, "q", {}}, tk::Question{"A2", "ability", 1, "q", {}}};
  t.quality.scale_max = 5;
  return t;
}

const std::string kBidders =
    "bidder_id,name,lots,sq_pass,form_signed\n"
    "ACE,Ace,*,yes,yes\n"
    "BRT,Bright,N1,yes,no\n";

struct Read {
  tk::Tender tender = settings();
  tk::Problems problems;
  tk::TableOutcome outcome;
};

Read bidders(const std::string& text, tk::KnownIds known = {}) {
  Read r;
  r.outcome = tk::read_bidders(text, "b.csv", r.tender, known, r.problems);
  return r;
}

Read prices(const std::string& rows, tk::KnownIds known = {}) {
  Read r;
  tk::read_bidders(kBidders, "b.csv", r.tender, known, r.problems);
  REQUIRE(r.problems.empty());
  r.outcome =
      tk::read_prices("bidder_id,lot,llw,travel,day,rate\n" + rows, "p.csv", r.tender, known, r.problems);
  return r;
}

Read marks(const std::string& rows, tk::KnownIds known = {}) {
  Read r;
  tk::read_bidders(kBidders, "b.csv", r.tender, known, r.problems);
  REQUIRE(r.problems.empty());
  r.outcome = tk::read_marks("bidder_id,question,evaluator,mark,comment\n" + rows, "q.csv", r.tender, known,
                             r.problems);
  return r;
}

}  // namespace

TEST_CASE("bidders.csv: good rows") {
  SUBCASE("columns in any order, extra columns ignored, values trimmed, yes/no in any case") {
    Read r = bidders(
        "notes,form_signed,lots,name,bidder_id,sq_pass\nx,YES, N1 ; N2 ,\"Bright Care, Lewisham\", BRT "
        ",No\n");
    CHECK(r.problems.empty());
    CHECK(r.outcome.readable);
    CHECK(r.outcome.complete);
    REQUIRE(r.tender.bidders.size() == 1);
    const tk::Bidder& b = r.tender.bidders[0];
    CHECK(b.id == "BRT");
    CHECK(b.name == "Bright Care, Lewisham");
    CHECK_FALSE(b.all_lots);
    CHECK(b.lots == std::vector<std::string>{"N1", "N2"});
    CHECK(b.form_signed);
    CHECK_FALSE(b.sq_pass);
    CHECK(b.where.line == 2);
    CHECK(b.where.column == 41);
  }
  SUBCASE("'*' is every lot") {
    Read r = bidders(kBidders);
    REQUIRE(r.tender.bidders.size() == 2);
    CHECK(r.tender.bidders[0].all_lots);
    CHECK(r.tender.bidders[0].bids_for("N2"));
    CHECK_FALSE(r.tender.bidders[1].bids_for("N2"));
  }
}

TEST_CASE("bidders.csv: located problems") {
  const std::string header = "bidder_id,name,lots,sq_pass,form_signed\n";
  SUBCASE("duplicate ids say where the first one was; ids differing only in case too") {
    Read r = bidders(header + "ACE,a,*,yes,yes\nBRT,b,*,yes,yes\nACE,c,*,yes,yes\nace,d,*,yes,yes\n");
    CHECK(
        formatted(r.problems) ==
        Lines{
            "b.csv:4:1: error: duplicate bidder_id 'ACE' (first at line 2)",
            "b.csv:5:1: error: bidder_id 'ace' differs from 'ACE' (line 2) only in letter case; expected ids "
            "that differ otherwise, as each bidder gets its own file"});
    CHECK(r.tender.bidders.size() == 2);
    CHECK(r.outcome.readable);
    CHECK_FALSE(r.outcome.complete);
  }
  SUBCASE("empty and unsafe ids") {
    Read r = bidders(header + ",a,*,yes,yes\n../x,b,*,yes,yes\n");
    CHECK(formatted(r.problems) == Lines{"b.csv:2:1: error: bidder_id is empty; expected an id of 1 to 64 "
                                         "letters, digits, '-', '_' or '.', "
                                         "starting with a letter or digit",
                                         "b.csv:3:1: error: bidder_id is '../x'; expected an id of 1 to 64 "
                                         "letters, digits, '-', '_' or '.', "
                                         "starting with a letter or digit"});
  }
  SUBCASE("lots: unknown, empty, repeated") {
    Read r = bidders(header + "A,a,N1;N3,yes,yes\nB,b,,yes,yes\nC,c,N1;;N2,yes,yes\nD,d,N2;N2,yes,yes\n");
    CHECK(formatted(r.problems) ==
          Lines{"b.csv:2:5: error: unknown lot 'N3'; expected '*' or lot ids from tender.toml: N1, N2",
                "b.csv:3:5: error: lots is empty; expected '*' (every lot) or lot ids joined by ';' such as "
                "N1;N2",
                "b.csv:4:5: error: lots 'N1;;N2' has an empty lot id; expected '*' (every lot) or lot ids "
                "joined by "
                "';' such as N1;N2",
                "b.csv:5:5: error: lot 'N2' is listed twice in lots 'N2;N2'"});
    CHECK(r.tender.bidders.size() == 4);  // still known to prices.csv and quality.csv
  }
  SUBCASE("a lot id in the wrong case gets a hint") {
    Read r = bidders(header + "A,a,n1,yes,yes\n");
    CHECK(formatted(r.problems) == Lines{"b.csv:2:5: error: unknown lot 'n1' (did you mean 'N1'?); expected "
                                         "'*' or lot ids from tender.toml: "
                                         "N1, N2"});
  }
  SUBCASE("unknown lots are not checked when tender.toml's lots could not be read") {
    Read r = bidders(header + "A,a,N9,yes,yes\n", tk::KnownIds{false, true, true});
    CHECK(r.problems.empty());
  }
  SUBCASE("yes and no only") {
    Read r = bidders(header + "A,a,*,y,\n");
    CHECK(formatted(r.problems) == Lines{"b.csv:2:7: error: sq_pass is 'y'; expected yes or no",
                                         "b.csv:2:9: error: form_signed is empty; expected yes or no"});
  }
  SUBCASE("a name is needed") {
    CHECK(formatted(bidders(header + "A, ,*,yes,yes\n").problems) ==
          Lines{"b.csv:2:3: error: name is empty; expected the bidder's name"});
  }
  SUBCASE("a header and no rows") {
    Read r = bidders(header);
    CHECK(formatted(r.problems) ==
          Lines{"b.csv:1: error: no bidders: expected a row per bidder after the header"});
  }
  SUBCASE("a missing column: no row is read") {
    Read r = bidders("bidder_id,name,lots,sq_pass\nA,a,*,yes\n");
    CHECK(formatted(r.problems) ==
          Lines{"b.csv:1: error: missing column 'form_signed'; expected a header with "
                "bidder_id,name,lots,sq_pass,form_signed"});
    CHECK(r.tender.bidders.empty());
    CHECK_FALSE(r.outcome.readable);
  }
}

TEST_CASE("prices.csv: good rows") {
  Read r = prices(
      "ACE,*,inclusive,inclusive,standard,16.80\nACE,N1,Inclusive,INCLUSIVE,Standard,\"£1,016.5\"\n"
      "BRT,N1,exclusive,exclusive,bank_holiday,20\n");
  CHECK(r.problems.empty());
  CHECK(r.outcome.complete);
  REQUIRE(r.tender.prices.size() == 3);
  CHECK(r.tender.prices[0].lot == "*");
  CHECK(r.tender.prices[0].rate.pence() == 1680);
  CHECK(r.tender.prices[1].rate.pence() == 101650);
  CHECK(r.tender.prices[2].basis == tk::Basis{tk::Llw::exclusive, tk::Travel::exclusive});
  CHECK(r.tender.prices[2].day == tk::DayType::bank_holiday);
  CHECK(r.tender.prices[2].where.line == 4);
  // A lot-specific row and a "*" row coexist; the lot's own row wins.
  tk::Basis inc{tk::Llw::inclusive, tk::Travel::inclusive};
  CHECK(r.tender.rate("ACE", "N1", inc, tk::DayType::standard)->rate.pence() == 101650);
  CHECK(r.tender.rate("ACE", "N2", inc, tk::DayType::standard)->rate.pence() == 1680);
}

TEST_CASE("prices.csv: located problems") {
  SUBCASE("rates: three places, negative, zero, not a number, empty") {
    Read r = prices(
        "ACE,*,inclusive,inclusive,standard,16.805\nACE,*,inclusive,exclusive,standard,-1.00\n"
        "ACE,*,exclusive,inclusive,standard,0\nACE,*,exclusive,exclusive,standard,abc\n"
        "ACE,*,exclusive,exclusive,bank_holiday,\n");
    CHECK(formatted(r.problems) ==
          Lines{"p.csv:2:36: error: rate is '16.805'; expected at most 2 decimal places (pence), found 3",
                "p.csv:3:36: error: rate is '-1.00'; expected an hourly rate above zero",
                "p.csv:4:36: error: rate is '0'; expected an hourly rate above zero",
                "p.csv:5:36: error: rate is 'abc'; expected an amount of money such as 16.80 or £1,234.50",
                "p.csv:6:40: error: rate is empty; expected an amount of money such as 16.80, found an empty "
                "value"});
    CHECK(r.tender.prices.empty());
    CHECK_FALSE(r.outcome.complete);
    CHECK(r.outcome.readable);
  }
  SUBCASE("unknown bidder and lot; a lot not bid for") {
    Read r = prices(
        "XYZ,*,inclusive,inclusive,standard,16.80\nace,*,inclusive,inclusive,standard,16.80\n"
        "ACE,N3,inclusive,inclusive,standard,16.80\nBRT,N2,inclusive,inclusive,standard,16.80\n");
    CHECK(formatted(r.problems) ==
          Lines{"p.csv:2:1: error: unknown bidder_id 'XYZ'; expected a bidder_id from bidders.csv",
                "p.csv:3:1: error: unknown bidder_id 'ace' (did you mean 'ACE'?); expected a bidder_id from "
                "bidders.csv",
                "p.csv:4:5: error: unknown lot 'N3'; expected '*' (every lot bid for) or a lot id from "
                "tender.toml: "
                "N1, N2",
                "p.csv:5:5: error: bidder 'BRT' did not bid for lot 'N2' (its lots in bidders.csv are N1); "
                "expected "
                "only rates for lots it bid for, or '*'"});
  }
  SUBCASE("an unknown id is reported once, at its first row, with how many rows have it") {
    Read r = prices(
        "XYZ,*,inclusive,inclusive,standard,16.80\nACE,N3,inclusive,inclusive,standard,16.80\n"
        "XYZ,*,inclusive,inclusive,bank_holiday,25.20\nACE,N3,inclusive,exclusive,standard,16.80\n"
        "XYZ,*,inclusive,exclusive,standard,15.60\n");
    CHECK(formatted(r.problems) ==
          Lines{"p.csv:2:1: error: unknown bidder_id 'XYZ' in this row and 2 more; expected a bidder_id from "
                "bidders.csv",
                "p.csv:3:5: error: unknown lot 'N3' in this row and 1 more; expected '*' (every lot bid for) or a "
                "lot id from tender.toml: N1, N2"});
  }
  SUBCASE("bad basis and day words") {
    Read r = prices("ACE,*,incl,both,weekend,16.80\n");
    CHECK(formatted(r.problems) ==
          Lines{"p.csv:2:7: error: llw is 'incl'; expected inclusive or exclusive",
                "p.csv:2:12: error: travel is 'both'; expected inclusive or exclusive",
                "p.csv:2:17: error: day is 'weekend'; expected standard or bank_holiday"});
  }
  SUBCASE("a duplicate row says where the first was") {
    Read r = prices(
        "ACE,*,inclusive,inclusive,standard,16.80\nACE,N1,inclusive,inclusive,standard,16.90\n"
        "ACE,*,inclusive,inclusive,standard,16.85\n");
    CHECK(
        formatted(r.problems) ==
        Lines{"p.csv:4:1: error: duplicate rate for bidder 'ACE', lot '*', llw inclusive, travel inclusive, "
              "standard (first at line 2)"});
    CHECK(r.tender.prices.size() == 2);
  }
  SUBCASE("bidders and lots are not checked when they could not be read") {
    Read r = prices("XYZ,N9,inclusive,inclusive,standard,16.80\n", tk::KnownIds{false, true, false});
    CHECK(r.problems.empty());
  }
}

TEST_CASE("quality.csv: good rows") {
  Read r = marks("ACE,A1,E1,4,\nACE,A1,Consensus,4,\"Clear plan, \"\"tested\"\"\"\nBRT,A2,Jo Smith,0,\n");
  CHECK(r.problems.empty());
  CHECK(r.outcome.complete);
  REQUIRE(r.tender.marks.size() == 3);
  CHECK(r.tender.marks[0].mark == 4);
  CHECK(r.tender.marks[1].is_consensus());
  CHECK(r.tender.marks[1].comment == "Clear plan, \"tested\"");
  CHECK(r.tender.marks[2].evaluator == "Jo Smith");
  CHECK(r.tender.marks[2].mark == 0);
}

TEST_CASE("quality.csv: located problems") {
  SUBCASE("marks out of range or not whole numbers") {
    Read r = marks("ACE,A1,E1,6,\nACE,A1,E2,four,\nACE,A1,E3,-1,\nACE,A1,E4,4.0,\nACE,A1,E5,,\n");
    CHECK(formatted(r.problems) ==
          Lines{"q.csv:2:11: error: mark is '6'; expected a whole number from 0 to 5",
                "q.csv:3:11: error: mark is 'four'; expected a whole number from 0 to 5",
                "q.csv:4:11: error: mark is '-1'; expected a whole number from 0 to 5",
                "q.csv:5:11: error: mark is '4.0'; expected a whole number from 0 to 5",
                "q.csv:6:11: error: mark is empty; expected a whole number from 0 to 5"});
  }
  SUBCASE("unknown bidder and question, empty evaluator") {
    Read r = marks("XYZ,A1,E1,4,\nACE,a1,E1,4,\nACE,A1,,4,\n");
    CHECK(formatted(r.problems) ==
          Lines{"q.csv:2:1: error: unknown bidder_id 'XYZ'; expected a bidder_id from bidders.csv",
                "q.csv:3:5: error: unknown question 'a1' (did you mean 'A1'?); expected a question id from "
                "tender.toml: A1, A2",
                "q.csv:4:8: error: evaluator is empty; expected the evaluator's name or initials, or "
                "consensus for "
                "the moderated mark"});
  }
  SUBCASE("an unknown question is reported once") {
    Read r = marks("ACE,A9,E1,4,\nACE,A9,E2,4,\nBRT,A9,E1,4,\n");
    CHECK(formatted(r.problems) ==
          Lines{"q.csv:2:5: error: unknown question 'A9' in this row and 2 more; expected a question id from "
                "tender.toml: A1, A2"});
  }
  SUBCASE("a duplicate mark says where the first was; 'Consensus' is the consensus") {
    Read r = marks("ACE,A1,consensus,4,\nACE,A1,E1,4,\nACE,A1,CONSENSUS,3,\n");
    CHECK(formatted(r.problems) == Lines{"q.csv:4:1: error: duplicate mark for bidder 'ACE', question 'A1' "
                                         "by evaluator 'consensus' (first "
                                         "at line 2)"});
  }
  SUBCASE("every later copy of a mark points at the first; the first is kept, the copies are not") {
    Read r = marks("BRT,A1,E1,2,\nACE,A1,E1,4,first\nACE,A2,E1,1,\nACE,A1,E1,5,\nACE,A1,E2,3,\nACE,A1,E1,4,\n");
    CHECK(formatted(r.problems) ==
          Lines{"q.csv:5:1: error: duplicate mark for bidder 'ACE', question 'A1' by evaluator 'E1' (first at line 3)",
                "q.csv:7:1: error: duplicate mark for bidder 'ACE', question 'A1' by evaluator 'E1' (first at line 3)"});
    CHECK_FALSE(r.outcome.complete);
    REQUIRE(r.tender.marks.size() == 4);  // in file order, without the copies
    CHECK(r.tender.marks[0].bidder_id == "BRT");
    CHECK(r.tender.marks[1].comment == "first");
    CHECK(r.tender.marks[2].question == "A2");
    CHECK(r.tender.marks[3].evaluator == "E2");
  }
  SUBCASE("the scale is not checked when [quality] could not be read") {
    Read r = marks("ACE,A9,E1,9,\n", tk::KnownIds{true, false, true});
    CHECK(r.problems.empty());
    REQUIRE(r.tender.marks.size() == 1);
    CHECK(r.tender.marks[0].mark == 9);
  }
}
