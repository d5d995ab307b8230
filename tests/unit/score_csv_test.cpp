#include <doctest/doctest.h>

#include <sstream>

#include "write/score_csv.hpp"
#include "scoring_fixture.hpp"

using namespace tk;

namespace {
std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}
EvaluationOptions options() {
  EvaluationOptions o;
  o.tender_share = calendar_share(15, 730);
  return o;
}
}  // namespace

TEST_CASE("score CSV: one row per bid with the rounded values") {
  Tender t = test::tiny_tender();
  std::vector<std::string> l = lines(render_score_csv(evaluate_tender(t, options())));
  REQUIRE(l.size() == 10);  // header, 4 in N1, 5 in N2
  CHECK(l[0] == "lot,rank,bidder_id,name,status,evaluated_price,price,ability,quality,partnership,quality_total,total,flags,reasons");
  CHECK(l[1] == "N1,1,CLR,Clearwater Support,ranked,17.38,30.00,27.07,20.80,5.00,52.87,82.87,,");
  CHECK(l[2] == "N1,2,BRT,\"Bright Care, Lewisham\",ranked,16.06,32.45,19.33,20.80,3.00,43.13,75.59,,");
  CHECK(l[3] == "N1,3,ELM,Elm Tree Domiciliary,ranked,13.03,40.00,17.40,15.60,2.00,35.00,75.00,abnormally-low,");
  CHECK(l[4] == "N1,4,ACE,Ace Homecare Ltd,ranked,16.97,30.71,23.20,15.60,4.00,42.80,73.51,,");
  CHECK(l[9] == "N2,,DUN,Dunmore Care,excluded,16.27,,,,,,,,form-unsigned: the Form of Tender is not signed");
}

TEST_CASE("all-bases CSV: totals and ranks side by side") {
  Tender t = test::tiny_tender();
  test::add_rates(t, "ACE", "*", {Llw::exclusive, Travel::inclusive}, "15.85", "23.78");
  std::vector<Evaluation> all;
  for (Basis b : all_bases()) {
    EvaluationOptions o = options();
    o.llw = b.llw;
    o.travel = b.travel;
    all.push_back(evaluate_tender(t, o));
  }
  std::vector<std::string> l = lines(render_all_bases_csv(all));
  CHECK(l[0] ==
        "lot,bidder_id,name,llw-inclusive/travel-inclusive_total,llw-inclusive/travel-inclusive_rank,"
        "llw-inclusive/travel-exclusive_total,llw-inclusive/travel-exclusive_rank,"
        "llw-exclusive/travel-inclusive_total,llw-exclusive/travel-inclusive_rank,"
        "llw-exclusive/travel-exclusive_total,llw-exclusive/travel-exclusive_rank");
  // ACE alone on llw exclusive/travel inclusive: its own price is the lowest, 40 + 42.80.
  CHECK(l[4] == "N1,ACE,Ace Homecare Ltd,73.51,4,excluded,,82.80,1,excluded,");
  CHECK(l[1] == "N1,CLR,Clearwater Support,82.87,1,excluded,,excluded,,excluded,");
}
