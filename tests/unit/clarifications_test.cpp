#include "read/clarifications.hpp"

#include <doctest/doctest.h>

#include "read/tender_loader.hpp"
#include "tender_fixture.hpp"

namespace {

const tk::Tender& tiny() {
  static const tk::Tender t = tk::load_tender(tk::test::tiny_tender_dir());
  return t;
}

std::vector<std::string> problems_of(const std::string& text) {
  try {
    tk::parse_clarifications(text, "c.csv", tiny());
  } catch (const tk::Error& e) {
    CHECK(e.code() == tk::ExitCode::data_error);
    std::vector<std::string> out;
    for (const tk::Problem& p : e.problems()) out.push_back(p.format());
    return out;
  }
  return {};
}

}  // namespace

TEST_CASE("clarifications.csv: rows and lookups") {
  tk::Clarifications c = tk::parse_clarifications(
      "bidder_id,lot,outcome,note\n"
      "ELM,*,cleared,\"Explained: salaried staff, lower overheads\"\n"
      "ELM,N2,rejected,Could not show LLW is paid\n",
      "c.csv", tiny());
  REQUIRE(c.rows.size() == 2);
  CHECK(c.rows[0].note == "Explained: salaried staff, lower overheads");
  CHECK(c.rows[0].where.line == 2);
  SUBCASE("a row for the lot wins over a * row") {
    REQUIRE(c.find("ELM", "N2") != nullptr);
    CHECK(c.find("ELM", "N2")->outcome == tk::ClarificationOutcome::rejected);
    REQUIRE(c.find("ELM", "N1") != nullptr);
    CHECK(c.find("ELM", "N1")->outcome == tk::ClarificationOutcome::cleared);
  }
  SUBCASE("no row: nullptr") { CHECK(c.find("ACE", "N1") == nullptr); }
}

TEST_CASE("clarifications.csv: an absent file is no clarifications") {
  tk::Clarifications c = tk::read_clarifications(tk::test::tiny_tender_dir(), tiny());
  CHECK(c.rows.empty());
  CHECK(c.file.empty());
}

TEST_CASE("clarifications.csv: every problem, located") {
  SUBCASE("unknown bidder, lot and outcome on one row") {
    CHECK(problems_of("bidder_id,lot,outcome,note\nXYZ,N9,maybe,\n") ==
          std::vector<std::string>{
              "c.csv:2:1: error: unknown bidder_id 'XYZ'; expected a bidder_id from bidders.csv",
              "c.csv:2:5: error: unknown lot 'N9'; expected a lot id from tender.toml or *",
              "c.csv:2:8: error: outcome is 'maybe'; expected cleared, rejected or outstanding"});
  }
  SUBCASE("a repeated bidder and lot") {
    CHECK(problems_of("bidder_id,lot,outcome,note\nELM,N1,cleared,\nELM,N1,rejected,\n") ==
          std::vector<std::string>{
              "c.csv:3:1: error: a second row for bidder 'ELM' and lot 'N1'; expected one per bidder and lot"});
  }
  SUBCASE("a missing column") {
    std::vector<std::string> p = problems_of("bidder_id,lot,note\nELM,N1,x\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("outcome") != std::string::npos);
  }
}
