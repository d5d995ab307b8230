#include <doctest/doctest.h>

#include "write/score_explanation.hpp"
#include "scoring_fixture.hpp"

using namespace tk;

namespace {
EvaluationOptions options() {
  EvaluationOptions o;
  o.tender_share = calendar_share(15, 730);
  return o;
}
bool has_line(const std::string& text, const std::string& line) { return text.find("\n" + line + "\n") != std::string::npos; }
}  // namespace

TEST_CASE("--explain walks from the cells to the total") {
  Tender t = test::tiny_tender();
  EvaluationOptions o = options();
  o.lot = "N1";
  std::string x = render_explanation(evaluate_tender(t, o), "BRT");
  CAPTURE(x);
  CHECK(x.rfind("How BRT (Bright Care, Lewisham) was scored\n", 0) == 0);
  CHECK(has_line(x, "Bank-holiday share s = 15 England and Wales bank holidays / 730 days (2016-04-01 to 2018-03-31) = 3/146"));
  CHECK(has_line(x, "  A1 (ability, weight 2): 3 = consensus mark (quality.csv:21)"));
  CHECK(has_line(x, "      E2 3 (quality.csv:19)"));
  CHECK(has_line(x, "  ability = 29 x (2 x 3 + 1 x 4) / (5 x 3) = 29 x 2/3 = 19.33 (exactly 58/3)"));
  CHECK(has_line(x, "  quality total = 58/3 + 104/5 + 3 = 43.13 (exactly 647/15)"));
  CHECK(has_line(x, "    standard      15.90  for every lot (prices.csv:10)"));
  CHECK(has_line(x, "    bank holiday  23.85  for every lot (prices.csv:11)"));
  // 15.90 x 143/146 = 2273.70/146 = 22737/1460; 23.85 x 3/146 = 71.55/146 = 1431/2920; sum 2345.25/146 = 9381/584.
  CHECK(has_line(x, "    = 15.90 x (1 - 3/146) + 23.85 x 3/146"));
  CHECK(has_line(x, "    = 22737/1460 + 1431/2920"));
  CHECK(has_line(x, "    = 16.06 (exactly 9381/584)"));
  CHECK(has_line(x, "  Lowest P of the lot's 4 ranked bids: Pmin = 13.03 (exactly 7611/584) (ELM)"));
  CHECK(has_line(x, "  Price score (relative-to-lowest): W x Pmin / P = 40 x (7611/584) / (9381/584)"));
  // 40 x 7611 / 9381 = 40 x (3 x 43 x 59) / (3 x 53 x 59) = 1720/53
  CHECK(has_line(x, "    = 32.45 (exactly 1720/53)"));
  // 1720/53 + 647/15 = (25800 + 34291) / 795
  CHECK(has_line(x, "  Total = 1720/53 + 58/3 + 104/5 + 3 = 75.59 (exactly 60091/795)"));
  CHECK(has_line(x, "  Rank 2 of 4 (by exact total; equal totals: higher quality total, lower P, bidder_id)"));
  CHECK(x.find("Lot N2") == std::string::npos);
}

TEST_CASE("--explain for excluded and absent bids") {
  Tender t = test::tiny_tender();
  std::string x = render_explanation(evaluate_tender(t, options()), "DUN");
  CHECK(has_line(x, "Lot N1: Neighbourhood 1"));
  CHECK(has_line(x, "  Did not bid for this lot (bidders.csv lots), so it is left out of it."));
  CHECK(has_line(x, "  Excluded:"));
  CHECK(has_line(x, "    - form-unsigned: the Form of Tender is not signed"));
  SUBCASE("an unknown bidder is a usage error") {
    CHECK_THROWS_AS(render_explanation(evaluate_tender(t, options()), "XYZ"), Error);
  }
}
