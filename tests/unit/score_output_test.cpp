#include <doctest/doctest.h>

#include "write/score_markdown.hpp"
#include "write/score_output.hpp"
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

TEST_CASE("the score table lists ranked bids, then excluded ones with reasons, then flags") {
  Tender t = test::tiny_tender();
  std::string x = render_score_table(evaluate_tender(t, options()));
  CAPTURE(x);
  CHECK(x.rfind("Scores: Worked example: two neighbourhoods (EX-1)\n", 0) == 0);
  CHECK(has_line(x, "Basis: llw inclusive, travel inclusive; method relative-to-lowest; bank-holiday share 3/146 (15 bank "
                    "holidays in 730 days)"));
  CHECK(has_line(x, "Lot N2: Neighbourhood 2 (4 ranked, 1 excluded)"));
  CHECK(has_line(x, "  Rank  Bidder  Name                   Evaluated price  price (40)  ability (29)  quality (26)  "
                    "partnership (5)  Total  Flags"));
  CHECK(has_line(x, "     1  CLR     Clearwater Support               17.38       30.00         27.07         20.80     "
                    "        5.00  82.87"));
  CHECK(has_line(x, "     3  ELM     Elm Tree Domiciliary             13.03       40.00         17.40         15.60     "
                    "        2.00  75.00  abnormally-low"));
  CHECK(has_line(x, "    DUN Dunmore Care (evaluated price 16.27)"));
  CHECK(has_line(x, "      - form-unsigned: the Form of Tender is not signed"));
  CHECK(x.find("WHAT-IF") == std::string::npos);
  SUBCASE("a what-if run says so at the top") {
    EvaluationOptions o = options();
    o.method = PriceMethod::linear_from_lowest;
    std::string w = render_score_table(evaluate_tender(t, o));
    CHECK(has_line(w, "WHAT-IF: not the tender's published evaluation: method linear-from-lowest (tender.toml: "
                      "relative-to-lowest)"));
  }
  SUBCASE("a lot with every bid excluded") {
    for (Bidder& b : t.bidders) b.sq_pass = false;
    std::string w = render_score_table(evaluate_tender(t, options()));
    CHECK(has_line(w, "Lot N1: Neighbourhood 1 (0 ranked, 4 excluded)"));
    CHECK(has_line(w, "  No ranked bids."));
  }
}

TEST_CASE("all bases side by side, as a table and as Markdown") {
  Tender t = test::tiny_tender();
  test::add_rates(t, "ACE", "*", {Llw::exclusive, Travel::inclusive}, "15.85", "23.78");
  std::vector<Evaluation> all;
  for (Basis b : all_bases()) {
    EvaluationOptions o = options();
    o.llw = b.llw;
    o.travel = b.travel;
    all.push_back(evaluate_tender(t, o));
  }
  std::string x = render_all_bases_table(all);
  CHECK(has_line(x, "The tender evaluates on llw inclusive, travel inclusive (marked *); the Mayor chooses the basis to "
                    "award on."));
  CHECK(x.find("llw-inclusive/travel-inclusive* total") != std::string::npos);
  // ACE: 73.51 and 4th on the tender's basis; alone (so 40 + 42.80) on llw exclusive / travel inclusive.
  CHECK(x.find("  ACE     Ace Homecare Ltd") != std::string::npos);
  CHECK(has_line(x, "    CLR on llw-inclusive/travel-exclusive: missing-rate"));
  std::string md = render_all_bases_markdown(all);
  CHECK(has_line(md, "| ACE | Ace Homecare Ltd | 73.51 | 4 | excluded | - | 82.80 | 1 | excluded | - |"));
}

TEST_CASE("the Markdown scores") {
  Tender t = test::tiny_tender();
  std::string x = render_score_markdown(evaluate_tender(t, options()));
  CHECK(x.rfind("# Scores: Worked example: two neighbourhoods (EX-1)\n", 0) == 0);
  CHECK(has_line(x, "## Lot N1: Neighbourhood 1"));
  CHECK(has_line(x, "| 2 | BRT | Bright Care, Lewisham | 16.06 | 32.45 | 19.33 | 20.80 | 3.00 | 75.59 |  |"));
  CHECK(has_line(x, "- DUN Dunmore Care (evaluated price 16.27)"));
  CHECK(has_line(x, "  - form-unsigned: the Form of Tender is not signed"));
}
