#include <doctest/doctest.h>

#include "decide/batch.hpp"
#include "write/batch_output.hpp"

namespace {
tk::BatchResult decide(const std::string& text) {
  tk::BatchSettings settings;
  settings.keep_going = true;
  return tk::decide_batch(text, "b.csv", settings);
}
}  // namespace

TEST_CASE("batch_csv: one winner a line, rate and score to 2 places") {
  std::string text =
      "competition_id,bidder_id,rate,ability,quality,partnership\n"
      "C1,P01,19,4,1,4\nC1,P02,18.24,3,2,3\n\"North, East\",\"The \"\"Best\"\"\",0.5,0,0,0\n";
  tk::BatchResult r = decide(text);
  CHECK(std::string(tk::batch_csv(r)) ==
        "competition_id,bidder_id,rate,score\n"
        "C1,P01,19.00,70.80\n"
        "\"North, East\",\"The \"\"Best\"\"\",0.50,40.00\n");
}

TEST_CASE("batch_csv: a header only when nothing was decided") {
  std::string text = "competition_id,bidder_id,rate,ability,quality,partnership\n";
  tk::BatchResult r = decide(text);
  CHECK(std::string(tk::batch_csv(r)) == "competition_id,bidder_id,rate,score\n");
}

TEST_CASE("batch_json: fixed decimals as strings, the exact score, ties and withheld competitions") {
  std::string text =
      "competition_id,bidder_id,rate,ability,quality,partnership\n"
      "C1,P01,19,4,1,4\nC1,P02,18.24,3,2,3\nC2,\"a\\b\",20,5,5,5\nC3,P1,x,1,1,1\n";
  tk::BatchResult r = decide(text);
  CHECK(std::string(tk::batch_json(r)) ==
        "{\"competitions\": [\n"
        "  {\"competition_id\": \"C1\", \"bidder_id\": \"P01\", \"rate\": \"19.00\", \"score\": \"70.80\", "
        "\"score_exact\": \"354/5\", \"bids\": 2, \"tie\": true},\n"
        "  {\"competition_id\": \"C2\", \"bidder_id\": \"a\\\\b\", \"rate\": \"20.00\", \"score\": \"100.00\", "
        "\"score_exact\": \"100\", \"bids\": 1, \"tie\": false}\n"
        " ],\n"
        " \"withheld\": [\"C3\"]}\n");
}
