#include "read/tender_loader.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>

#include "tender_fixture.hpp"

namespace fs = std::filesystem;
using tk::test::formatted;
using tk::test::TempTender;
using Lines = std::vector<std::string>;

namespace {

// The problems of an Error, formatted, with the folder's path replaced by "T".
Lines error_lines(const tk::Error& e, const std::string& dir) {
  Lines out;
  for (const tk::Problem& p : e.problems()) {
    std::string s = p.format();
    if (!dir.empty() && s.rfind(dir, 0) == 0) s = fmt::format("T{}", s.substr(dir.size()));
    out.push_back(s);
  }
  return out;
}

Lines relative(const tk::Problems& problems, const std::string& dir) {
  Lines out;
  for (std::string s : formatted(problems))
    out.push_back(s.rfind(dir, 0) == 0 ? fmt::format("T{}", s.substr(dir.size())) : s);
  return out;
}

}  // namespace

TEST_CASE("The tiny tender loads with the right counts and values") {
  tk::CheckedTender c = tk::check_tender(tk::test::tiny_tender_dir());
  CHECK(c.problems.empty());
  CHECK(c.warnings.empty());
  const tk::Tender& t = c.tender;
  CHECK(t.dir == tk::test::tiny_tender_dir());
  CHECK(t.title == "Worked example: two neighbourhoods");
  CHECK(t.contract_days() == 730);  // 2016-04-01 .. 2018-03-31: 365 + 365
  CHECK(t.criteria.size() == 4);
  CHECK(t.questions.size() == 4);
  CHECK(t.lots.size() == 2);
  REQUIRE(t.bidders.size() == 5);
  CHECK(t.bidders[1].id == "BRT");
  CHECK(t.bidders[1].name == "Bright Care, Lewisham");
  CHECK(t.bidders[1].lots == std::vector<std::string>{"N1", "N2"});
  CHECK(t.bidders[3].id == "DUN");
  CHECK(t.bidders[3].sq_pass);
  CHECK_FALSE(t.bidders[3].form_signed);
  CHECK(t.prices.size() == 40);  // 5 bidders x 8 rates, all for "*"
  tk::Basis exc{tk::Llw::exclusive, tk::Travel::exclusive};
  const tk::PriceRow* elm = t.rate("ELM", "N2", exc, tk::DayType::bank_holiday);
  REQUIRE(elm);
  CHECK(elm->rate.pence() == 1613);
  CHECK(elm->where.line == 41);
  CHECK(t.marks.size() == 80);  // 5 bidders x 4 questions x (3 evaluators + consensus)
  std::size_t consensus = 0;
  for (const tk::Mark& m : t.marks) consensus += m.is_consensus() ? 1 : 0;
  CHECK(consensus == 20);
  CHECK(t.marks[3].comment == "A1: evidence in the method statement supports a mark of 4");
  CHECK(tk::load_tender(tk::test::tiny_tender_dir()).bidders.size() == 5);
}

TEST_CASE("Missing folders and files are input errors (exit 66) naming the path") {
  SUBCASE("no such folder") {
    try {
      tk::check_tender("no/such/folder");
      FAIL("expected an error");
    } catch (const tk::Error& e) {
      CHECK(e.code() == tk::ExitCode::no_input);
      CHECK(error_lines(e, "") ==
            Lines{"no/such/folder: error: no such folder; expected a tender folder holding "
                  "tender.toml, bidders.csv, prices.csv and quality.csv"});
    }
  }
  SUBCASE("a file instead of a folder") {
    TempTender t;
    CHECK_THROWS_AS(tk::check_tender(t.dir() + "/tender.toml"), tk::Error);
  }
  SUBCASE("every missing file is named; a folder where a file should be") {
    TempTender t;
    fs::remove(t.path() / "prices.csv");
    fs::remove(t.path() / "quality.csv");
    fs::create_directory(t.path() / "quality.csv");
    try {
      tk::check_tender(t.dir());
      FAIL("expected an error");
    } catch (const tk::Error& e) {
      CHECK(e.code() == tk::ExitCode::no_input);
      CHECK(error_lines(e, t.dir()) == Lines{"T/prices.csv: error: cannot read file: no such file",
                                             "T/quality.csv: error: cannot read file: it is a directory"});
    }
  }
  SUBCASE("a folder given with a trailing slash gives clean paths") {
    TempTender t;
    fs::remove(t.path() / "bidders.csv");
    try {
      tk::check_tender(t.dir() + "/");
      FAIL("expected an error");
    } catch (const tk::Error& e) {
      CHECK(error_lines(e, t.dir()) == Lines{"T/bidders.csv: error: cannot read file: no such file"});
    }
  }
}

TEST_CASE("Problems come file by file, each in line order, all of them") {
  TempTender t;
  t.edit("tender.toml", "shortlist = 3", "shortlist = 0");
  t.edit("tender.toml", "weight = 26", "weight = 25");
  // The short row is found while parsing, before the bad mark, but is reported after it.
  t.write("quality.csv",
          tk::test::replaced(tk::test::tiny_tender_file("quality.csv"), "ACE,A1,E1,4,", "ACE,A1,E1,7,") +
              "ACE,A1\n");
  t.write("bidders.csv", tk::test::tiny_tender_file("bidders.csv") + "ACE,Again,*,yes,yes\n");
  tk::CheckedTender c = tk::check_tender(t.dir());
  CHECK(relative(c.problems, t.dir()) ==
        Lines{"T/tender.toml:14:1: error: criteria weights sum to 99 (price 40 + ability 29 + quality 25 + "
              "partnership 5); expected exactly 100",
              "T/tender.toml:81:13: error: 'shortlist' is 0; expected 1 to 100000",
              "T/bidders.csv:7:1: error: duplicate bidder_id 'ACE' (first at line 2)",
              "T/quality.csv:2:11: error: mark is '7'; expected a whole number from 0 to 5",
              "T/quality.csv:82: error: expected 5 fields as in the header, found 2"});
  try {
    tk::load_tender(t.dir());
    FAIL("expected an error");
  } catch (const tk::Error& e) {
    CHECK(e.code() == tk::ExitCode::data_error);
    CHECK(e.problems().size() == 5);
  }
}

TEST_CASE("One broken file does not bury the others under follow-on errors") {
  SUBCASE("bidders.csv with a header only: no 'unknown bidder' for every price and mark") {
    TempTender t;
    t.write("bidders.csv", "bidder_id,name,lots,sq_pass,form_signed\n");
    tk::CheckedTender c = tk::check_tender(t.dir());
    CHECK(relative(c.problems, t.dir()) ==
          Lines{"T/bidders.csv:1: error: no bidders: expected a row per bidder after the header"});
  }
  SUBCASE("tender.toml that does not parse: bidders' lots are not checked") {
    TempTender t;
    t.write("tender.toml", "title = \n");
    tk::CheckedTender c = tk::check_tender(t.dir());
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems.list()[0].where.file == t.dir() + "/tender.toml");
    CHECK(c.warnings.empty());
  }
}

TEST_CASE("Missing rates and marks are warnings") {
  TempTender t;
  std::string prices = tk::test::tiny_tender_file("prices.csv");
  prices = tk::test::replaced(prices, "ACE,*,inclusive,inclusive,bank_holiday,25.20\n", "");
  prices = tk::test::replaced(prices, "CLR,*,exclusive,exclusive,standard,15.05\n", "");
  t.write("prices.csv", prices);
  std::string quality = tk::test::tiny_tender_file("quality.csv");
  quality = tk::test::replaced(quality, "BRT,Q1,E1,4,\nBRT,Q1,E2,4,\nBRT,Q1,E3,3,\n", "");
  quality = tk::test::replaced(
      quality, "BRT,Q1,consensus,4,Q1: evidence in the method statement supports a mark of 4\n", "");
  t.write("quality.csv", quality);
  tk::CheckedTender c = tk::check_tender(t.dir());
  CHECK(c.problems.empty());
  CHECK(relative(c.warnings, t.dir()) ==
        Lines{"T/prices.csv: warning: bidder 'ACE' has no rate for llw inclusive, travel inclusive, "
              "bank_holiday (1 of "
              "8 missing); the evaluated basis (llw inclusive, travel inclusive) is incomplete, so the bid "
              "will be "
              "excluded (missing-rate)",
              "T/prices.csv: warning: bidder 'CLR' has no rate for llw exclusive, travel exclusive, standard "
              "(1 of 8 "
              "missing)",
              "T/quality.csv: warning: bidder 'BRT' has no mark for question Q1; its bids will be excluded "
              "(missing-mark)"});
  CHECK(tk::load_tender(t.dir()).prices.size() == 38);  // warnings do not stop a load
}
