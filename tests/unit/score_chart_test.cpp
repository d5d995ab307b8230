#include "write/score_chart.hpp"

#include <doctest/doctest.h>

#include "award_pack_fixture.hpp"

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("stacked score chart of the tiny tender's lot N1") {
  auto t = tk::test::tiny_pack();
  const tk::Evaluation& e = t.pack.evaluation;
  std::string svg = tk::stacked_score_chart(e, e.lots[0]);
  SUBCASE("one bar of four segments per ranked bid, and a legend") {
    CHECK(count(svg, "<rect ") == 4 * 4 + 4);  // 4 bids × 4 criteria, 4 legend keys
    CHECK(count(svg, "<svg ") == 1);
  }
  SUBCASE("segment widths are the weighted scores at 4 px a point") {
    // CLR ranks first: price 30 -> 120 px from x = 90; ability 29 × (2×5 + 4)/(3×5) = 406/15 = 27.0666.. -> 108.27 px.
    CHECK(svg.find("<rect x=\"90.00\" y=\"28\" width=\"120.00\" height=\"16\" fill=\"#0072B2\"><title>CLR price: "
                   "30.00</title></rect>") != std::string::npos);
    CHECK(svg.find("<rect x=\"210.00\" y=\"28\" width=\"108.27\" height=\"16\" fill=\"#E69F00\"><title>CLR ability: "
                   "27.07</title></rect>") != std::string::npos);
    // The total label follows the bar: 90 + 4 × 82.8666.. + 4 = 425.47.
    CHECK(svg.find("<text x=\"425.47\" y=\"40\">82.87</text>") != std::string::npos);
  }
  SUBCASE("names in the legend are escaped") {
    CHECK(svg.find("Quality &amp; Operational Competence (26)") != std::string::npos);
  }
}

TEST_CASE("stacked score chart: nothing for a lot without ranked bids") {
  auto t = tk::test::tiny_pack();
  tk::LotResult empty;
  empty.lot = t.pack.evaluation.lots[0].lot;
  CHECK(tk::stacked_score_chart(t.pack.evaluation, empty).empty());
}
