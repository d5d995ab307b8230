#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "evaluate/bank_holiday_share.hpp"
#include "read/tender_loader.hpp"
#include "write/score_output.hpp"
#include "shipped_data.hpp"
#include "scoring_fixture.hpp"

using namespace tk;
using PlainJson = nlohmann::json;

namespace {
EvaluationOptions options() {
  EvaluationOptions o;
  o.tender_share = calendar_share(15, 730);
  return o;
}
bool has_line(const std::string& text, const std::string& line) { return text.find("\n" + line + "\n") != std::string::npos; }
std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}
std::string read(const std::string& path) {
  std::ifstream in(path);
  REQUIRE_MESSAGE(in, path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every field of `expected` is in `actual` with the same value; "reasons" entries need only
// begin with the expected text (the code).
void check_subset(const PlainJson& expected, const PlainJson& actual, const std::string& path) {
  CAPTURE(path);
  if (expected.is_object()) {
    REQUIRE(actual.is_object());
    for (auto it = expected.begin(); it != expected.end(); ++it) {
      REQUIRE_MESSAGE(actual.contains(it.key()), path << "." << it.key() << " missing");
      if (it.key() == "reasons") {
        REQUIRE(actual[it.key()].size() == it.value().size());
        for (std::size_t i = 0; i < it.value().size(); ++i) {
          std::string want = it.value()[i].get<std::string>();
          std::string got = actual[it.key()][i].get<std::string>();
          CHECK_MESSAGE(got.rfind(want, 0) == 0, got << " does not begin with " << want);
        }
        continue;
      }
      check_subset(it.value(), actual[it.key()], path + "." + it.key());
    }
  } else if (expected.is_array()) {
    REQUIRE(actual.is_array());
    REQUIRE(actual.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) check_subset(expected[i], actual[i], path + "[" + std::to_string(i) + "]");
  } else {
    CHECK(expected == actual);
  }
}

// `t` evaluated on every LLW and travel basis, in all_bases() order.
std::vector<Evaluation> on_all_bases(const Tender& t) {
  std::vector<Evaluation> all;
  for (Basis b : all_bases()) {
    EvaluationOptions o = options();
    o.llw = b.llw;
    o.travel = b.travel;
    all.push_back(evaluate_tender(t, o));
  }
  return all;
}

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
  std::vector<Evaluation> all = on_all_bases(t);
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
  std::vector<Evaluation> all = on_all_bases(t);
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

TEST_CASE("the worked example's JSON has every value of the reference output") {
  Tender t = test::tiny_tender();
  Evaluation e = evaluate_tender(t, options());
  PlainJson mine = PlainJson::parse(render_score_json(e));
  PlainJson expected = PlainJson::parse(read(std::string(TENDERKIT_TEST_SOURCE_DIR) + "/tests/data/spec-examples/expected/score.json"));
  check_subset(expected, mine, "score");
}

TEST_CASE("the worked example read from its files gives every value of the reference output") {
  std::string dir = std::string(TENDERKIT_TEST_SOURCE_DIR) + "/tests/data/spec-examples/tiny-tender";
  Tender t = load_tender(dir);
  EvaluationOptions o;
  o.tender_share = tender_bank_holiday_share(t, tk::test::shipped_bank_holidays());  // 15 in 730 days
  PlainJson mine = PlainJson::parse(render_score_json(evaluate_tender(t, o)));
  PlainJson expected = PlainJson::parse(read(std::string(TENDERKIT_TEST_SOURCE_DIR) + "/tests/data/spec-examples/expected/score.json"));
  check_subset(expected, mine, "score");
}

TEST_CASE("score JSON fields") {
  Tender t = test::tiny_tender();
  Evaluation e = evaluate_tender(t, options());
  PlainJson j = PlainJson::parse(render_score_json(e));
  CHECK(j["what_if"] == false);
  CHECK(j["overrides"] == PlainJson::array());
  CHECK(j["decimal_places"] == 2);
  const PlainJson& clr = j["lots"][0]["bids"][0];
  CHECK(clr["exact"]["evaluated_price"] == "2537/146");
  CHECK(clr["exact"]["total"] == "1243/15");
  CHECK(clr["exact"]["scores"]["ability"] == "406/15");
  const PlainJson& dun = j["lots"][1]["bids"][4];
  CHECK(dun["rank"].is_null());
  CHECK_FALSE(dun.contains("scores"));
  CHECK_FALSE(dun.contains("total"));
  CHECK(dun["reasons"][0] == "form-unsigned: the Form of Tender is not signed");
  const PlainJson& elm = j["lots"][0]["bids"][2];
  CHECK(elm["flag_notes"][0].get<std::string>().rfind("abnormally-low: 13.03 is more than 15% below 15.36", 0) == 0);
  SUBCASE("a what-if says so") {
    EvaluationOptions o = options();
    o.method = PriceMethod::ceiling_linear;
    PlainJson w = PlainJson::parse(render_score_json(evaluate_tender(t, o)));
    CHECK(w["what_if"] == true);
    CHECK(w["basis"]["method"] == "ceiling-linear");
    CHECK(w["overrides"][0] == "method ceiling-linear (tender.toml: relative-to-lowest)");
  }
  SUBCASE("a bid with a missing rate has a null evaluated price") {
    EvaluationOptions o = options();
    o.travel = Travel::exclusive;
    PlainJson w = PlainJson::parse(render_score_json(evaluate_tender(t, o)));
    CHECK(w["lots"][0]["bids"][0]["evaluated_price"].is_null());
    CHECK(w["lots"][0]["bids"][0]["status"] == "excluded");
  }
}

TEST_CASE("all-bases JSON holds one evaluation per basis") {
  Tender t = test::tiny_tender();
  std::vector<Evaluation> all = on_all_bases(t);
  PlainJson j = PlainJson::parse(render_all_bases_json(all));
  REQUIRE(j["evaluations"].size() == 4);
  CHECK(j["evaluations"][0]["what_if"] == false);
  CHECK(j["evaluations"][3]["basis"]["llw"] == "exclusive");
  CHECK(j["evaluations"][3]["basis"]["travel"] == "exclusive");
}
