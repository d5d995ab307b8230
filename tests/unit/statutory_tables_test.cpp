#include "read/statutory_tables.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/error.hpp"
#include "statutory_tables_fixture.hpp"

using tk::Error;

namespace {

// The problems reading the tables with `bad` in place of table `index`.
std::vector<std::string> problems_with(std::size_t index, const std::string& bad) {
  std::vector<std::string> texts = tk::test::small_rate_texts();
  texts[index] = bad;
  try {
    tk::test::small_rates(texts);
  } catch (const Error& e) {
    std::vector<std::string> out;
    for (const auto& p : e.problems()) out.push_back(p.format());
    return out;
  }
  return {};
}

}  // namespace

TEST_CASE("small tables read without problems, a table per spec") {
  tk::StatutoryRates rates = tk::test::small_rates(tk::test::small_rate_texts());
  REQUIRE(rates.tables().size() == tk::statutory_table_specs().size());
  CHECK(rates.tables()[1].file == "statutory/nlw.csv");
  CHECK(rates.tables()[1].rows.size() == 1);
  CHECK(rates.tables()[4].rows.size() == 2);
}

TEST_CASE("malformed tables give located problems") {
  SUBCASE("a bad date") {
    auto p = problems_with(1, "from,nlw,source,confirmed\n2025-13-01,12.21,c,yes\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0] ==
          "statutory/nlw.csv:2:1: error: 'from' is \"2025-13-01\"; expected a date such as 2025-04-06");
  }
  SUBCASE("a figure that is not a decimal") {
    auto p = problems_with(1, "from,nlw,source,confirmed\n2025-04-01,£12.21,c,yes\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0].rfind("statutory/nlw.csv:2:12: error: 'nlw' is \"£12.21\"; ", 0) == 0);
  }
  SUBCASE("a missing source") {
    auto p = problems_with(1, "from,nlw,source,confirmed\n2025-04-01,12.21, ,yes\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0] ==
          "statutory/nlw.csv:2:18: error: 'source' is empty; every row needs the source its figures "
          "were found in");
  }
  SUBCASE("confirmed neither yes nor no") {
    auto p = problems_with(1, "from,nlw,source,confirmed\n2025-04-01,12.21,c,maybe\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "statutory/nlw.csv:2:20: error: 'confirmed' is \"maybe\"; expected \"yes\" or \"no\"");
  }
  SUBCASE("unconfirmed naming a figure the table does not hold") {
    auto p = problems_with(1, "from,nlw,source,confirmed,unconfirmed\n2025-04-01,12.21,c,no,llw\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0] ==
          "statutory/nlw.csv:2:23: error: 'unconfirmed' names \"llw\"; expected figures of this table: nlw");
  }
  SUBCASE("rows out of date order") {
    auto p = problems_with(1, "from,nlw,source,confirmed\n2025-04-01,12.21,c,yes\n2024-04-01,11.44,c,yes\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0] ==
          "statutory/nlw.csv:3:1: error: 'from' 2024-04-01 is not after the previous row's 2025-04-01; "
          "rows must be in date order, one row per date");
  }
  SUBCASE("a missing column") {
    auto p = problems_with(2, "from,ni_rate,source,confirmed\n2025-04-06,15,d,yes\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("ni_secondary_threshold") != std::string::npos);
  }
  SUBCASE("an empty cell where a figure is required") {
    auto p = problems_with(1, "from,nlw,source,confirmed\n2025-04-01,,c,yes\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0].rfind("statutory/nlw.csv:2:12: error: 'nlw' is \"\"", 0) == 0);
  }
  SUBCASE("every problem of every table is reported") {
    std::vector<std::string> texts = tk::test::small_rate_texts();
    texts[1] = "from,nlw,source,confirmed\nx,1,,yes\n";
    texts[5] = "from,pence_per_mile,source,confirmed\n2011-04-06,-45,h,yes\n";
    try {
      tk::test::small_rates(texts);
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.code() == tk::ExitCode::data_error);
      CHECK(e.problems().size() == 3);
    }
  }
}

TEST_CASE("load_statutory_tables reads every shipped table") {
  tk::StatutoryRates rates = tk::load_statutory_tables();
  REQUIRE(rates.tables().size() == tk::statutory_table_specs().size());
  for (const tk::RateTable& t : rates.tables()) {
    CAPTURE(t.file);
    CHECK(std::string_view(t.file).ends_with(t.spec->file));
    CHECK_FALSE(t.rows.empty());
  }
}
