#include "write/assessment_summary.hpp"

#include <doctest/doctest.h>

#include <filesystem>

#include "award_pack_fixture.hpp"

namespace {

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("assessed bidders: every bidder with a bid, excluded ones included") {
  auto t = tk::test::tiny_pack();
  std::vector<std::string> ids;
  for (const tk::Bidder* b : tk::assessed_bidders(t.pack)) ids.push_back(b->id);
  CHECK(ids == std::vector<std::string>{"ACE", "BRT", "CLR", "DUN", "ELM"});
}

TEST_CASE("assessment summaries of the tiny tender") {
  auto t = tk::test::tiny_pack();
  const tk::AwardPack& p = t.pack;
  SUBCASE("BRT: lower score in N1, awarded N2; compared with CLR in N1") {
    std::string md = tk::render_markdown(tk::assessment_summary(p, *p.tender->bidder("BRT")));
    CHECK(has(md, "# Assessment summary: Bright Care, Lewisham (BRT)"));
    CHECK(has(md, "- Lot N1 (Neighbourhood 1): not awarded. Why: lower score: ranked 2 of 4; the winner ranked 1."));
    CHECK(has(md, "- Lot N2 (Neighbourhood 2): you are the recommended bidder."));
    // Criterion table of N1: BRT's score beside CLR's (expected/score.json).
    CHECK(has(md, "| Criterion | Available | Your score | Winning bid: Clearwater Support (CLR) |"));
    CHECK(has(md, "| Financial detail including price | 40 | 32.45 | 30.00 |"));
    CHECK(has(md, "| **Total** | **100** | **75.59** | **82.87** |"));
    // The consensus reason of each question.
    CHECK(has(md, "| A1: Mobilisation and capacity | ability | 2 | 3 | A1: evidence in the method statement supports a mark of 3 |"));
  }
  SUBCASE("CLR: ranked first in N2 but capped") {
    std::string md = tk::render_markdown(tk::assessment_summary(p, *p.tender->bidder("CLR")));
    CHECK(has(md, "- Lot N2 (Neighbourhood 2): not awarded. Why: lot cap: ranked 1 here, but awarded lot N1 (at most 1 lot per bidder)."));
  }
  SUBCASE("DUN: excluded, with the reason") {
    std::string md = tk::render_markdown(tk::assessment_summary(p, *p.tender->bidder("DUN")));
    CHECK(has(md, "not awarded. Why: excluded: form-unsigned"));
    CHECK(has(md, "Your bid was excluded from this lot and not scored, for these reasons:"));
  }
  SUBCASE("the HTML version holds the same words") {
    std::string html = tk::render_html(tk::assessment_summary(p, *p.tender->bidder("BRT")));
    CHECK(has(html, "<h1 id=\"top\">Assessment summary: Bright Care, Lewisham (BRT)</h1>"));
    CHECK(has(html, "<td>Financial detail including price</td><td class=\"n\">40</td><td class=\"n\">32.45</td>"));
  }
}

TEST_CASE("write_assessment_summaries: two files per bidder in a new folder") {
  auto t = tk::test::tiny_pack();
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "tk-summaries-test" / "nested";
  std::filesystem::remove_all(dir.parent_path());
  std::vector<std::string> written = tk::write_assessment_summaries(t.pack, dir.string());
  CHECK(written.size() == 10);
  CHECK(std::filesystem::exists(dir / "ACE.md"));
  CHECK(std::filesystem::exists(dir / "ELM.html"));
  std::filesystem::remove_all(dir.parent_path());
}
