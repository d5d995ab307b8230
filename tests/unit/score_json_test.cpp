#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "evaluate/bank_holiday_share.hpp"
#include "read/tender_loader.hpp"
#include "write/score_json.hpp"
#include "scoring_fixture.hpp"
#include "shipped_data.hpp"

using namespace tk;
using Json = nlohmann::json;

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path);
  REQUIRE_MESSAGE(in, path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every field of `expected` is in `actual` with the same value; "reasons" entries need only
// begin with the expected text (the code).
void check_subset(const Json& expected, const Json& actual, const std::string& path) {
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

EvaluationOptions options() {
  EvaluationOptions o;
  o.tender_share = calendar_share(15, 730);
  return o;
}

}  // namespace

TEST_CASE("the worked example's JSON has every value of the reference output") {
  Tender t = test::tiny_tender();
  Evaluation e = evaluate_tender(t, options());
  Json mine = Json::parse(render_score_json(e));
  Json expected = Json::parse(read(std::string(TENDERKIT_TEST_SOURCE_DIR) + "/tests/data/spec-examples/expected/score.json"));
  check_subset(expected, mine, "score");
}

TEST_CASE("the worked example read from its files gives every value of the reference output") {
  std::string dir = std::string(TENDERKIT_TEST_SOURCE_DIR) + "/tests/data/spec-examples/tiny-tender";
  Tender t = load_tender(dir);
  EvaluationOptions o;
  // The shipped calendar: 15 in 730 days.
  o.tender_share = tender_bank_holiday_share(t, tk::test::shipped_bank_holidays());
  Json mine = Json::parse(render_score_json(evaluate_tender(t, o)));
  Json expected = Json::parse(read(std::string(TENDERKIT_TEST_SOURCE_DIR) + "/tests/data/spec-examples/expected/score.json"));
  check_subset(expected, mine, "score");
}

TEST_CASE("score JSON fields") {
  Tender t = test::tiny_tender();
  Evaluation e = evaluate_tender(t, options());
  Json j = Json::parse(render_score_json(e));
  CHECK(j["what_if"] == false);
  CHECK(j["overrides"] == Json::array());
  CHECK(j["decimal_places"] == 2);
  const Json& clr = j["lots"][0]["bids"][0];
  CHECK(clr["exact"]["evaluated_price"] == "2537/146");
  CHECK(clr["exact"]["total"] == "1243/15");
  CHECK(clr["exact"]["scores"]["ability"] == "406/15");
  const Json& dun = j["lots"][1]["bids"][4];
  CHECK(dun["rank"].is_null());
  CHECK_FALSE(dun.contains("scores"));
  CHECK_FALSE(dun.contains("total"));
  CHECK(dun["reasons"][0] == "form-unsigned: the Form of Tender is not signed");
  const Json& elm = j["lots"][0]["bids"][2];
  CHECK(elm["flag_notes"][0].get<std::string>().rfind("abnormally-low: 13.03 is more than 15% below 15.36", 0) == 0);
  SUBCASE("a what-if says so") {
    EvaluationOptions o = options();
    o.method = PriceMethod::ceiling_linear;
    Json w = Json::parse(render_score_json(evaluate_tender(t, o)));
    CHECK(w["what_if"] == true);
    CHECK(w["basis"]["method"] == "ceiling-linear");
    CHECK(w["overrides"][0] == "method ceiling-linear (tender.toml: relative-to-lowest)");
  }
  SUBCASE("a bid with a missing rate has a null evaluated price") {
    EvaluationOptions o = options();
    o.travel = Travel::exclusive;
    Json w = Json::parse(render_score_json(evaluate_tender(t, o)));
    CHECK(w["lots"][0]["bids"][0]["evaluated_price"].is_null());
    CHECK(w["lots"][0]["bids"][0]["status"] == "excluded");
  }
}

TEST_CASE("all-bases JSON holds one evaluation per basis") {
  Tender t = test::tiny_tender();
  std::vector<Evaluation> all;
  for (Basis b : all_bases()) {
    EvaluationOptions o = options();
    o.llw = b.llw;
    o.travel = b.travel;
    all.push_back(evaluate_tender(t, o));
  }
  Json j = Json::parse(render_all_bases_json(all));
  REQUIRE(j["evaluations"].size() == 4);
  CHECK(j["evaluations"][0]["what_if"] == false);
  CHECK(j["evaluations"][3]["basis"]["llw"] == "exclusive");
  CHECK(j["evaluations"][3]["basis"]["travel"] == "exclusive");
}
