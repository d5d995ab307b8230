#include "write/tender_summary_output.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "read/tender_loader.hpp"
#include "tender_fixture.hpp"

namespace {

tk::Tender tiny() { return tk::load_tender(tk::test::tiny_tender_dir()); }

}  // namespace

TEST_CASE("summary_table of the tiny tender") {
  tk::Tender t = tiny();
  std::string text = tk::summary_table(t, tk::summarise(t), 0);
  CHECK(text ==
        "Worked example: two neighbourhoods\n"
        "Example Borough Council, reference EX-1\n"
        "\n"
        "Contract        2016-04-01 to 2018-03-31 (730 days)\n"
        "Price           llw inclusive, travel inclusive; relative-to-lowest; bank-holiday share: calendar\n"
        "Quality         marks 0 to 5; aggregate consensus; min mark 1; moderation spread 2\n"
        "Award           optimal; at most 1 lot per bidder; shortlist 3\n"
        "Abnormally low  more than 15% below the adjusted mean and 1% below the next lowest\n"
        "Scores          shown to 2 decimal places\n"
        "\n"
        "Criteria        weight  questions  name\n"
        "  price             40          -  Financial detail including price\n"
        "  ability           29          2  Ability to Deliver the Service\n"
        "  quality           26          1  Quality & Operational Competence\n"
        "  partnership        5          1  Partnership Working\n"
        "  total            100          4\n"
        "\n"
        "Lots            hours/week  name\n"
        "  N1                  5000  Neighbourhood 1\n"
        "  N2                  4000  Neighbourhood 2\n"
        "\n"
        "Ceilings (llw/travel)  standard  bank holiday  cost floor  bank-holiday cost floor\n"
        "  inclusive/inclusive     17.20         25.80           -                        -\n"
        "\n"
        "Bidders         5: 0 failed the SQ, 1 has not signed the form of tender\n"
        "Prices          40 rows; 9 of 9 bids (bidder and lot) have all 8 rates\n"
        "Marks           80 rows from 3 evaluators (E1, E2, E3); 20 consensus marks\n"
        "\n"
        "No problems found.\n");
}

TEST_CASE("summary_table variants") {
  tk::Tender t = tiny();
  SUBCASE("a fixed bank-holiday share, no lot cap, a ceiling model, warnings") {
    t.price.bank_holiday_share = tk::Rational(219, 10000);
    t.award.max_lots_per_bidder = 0;
    t.ceilings.clear();
    t.ceiling_model = "model.toml";
    std::string text = tk::summary_table(t, tk::summarise(t), 2);
    CHECK(text.find("bank-holiday share: 0.0219\n") != std::string::npos);
    CHECK(text.find("Award           optimal; no lot cap; shortlist 3\n") != std::string::npos);
    CHECK(text.find("Ceilings        from the cost model model.toml\n") != std::string::npos);
    CHECK(text.ends_with("\n\nNo errors; 2 warnings (see above).\n"));
  }
  SUBCASE("consensus marks only") {
    std::erase_if(t.marks, [](const tk::Mark& m) { return !m.is_consensus(); });
    CHECK(tk::summary_table(t, tk::summarise(t), 0).find("Marks           20 rows, all consensus marks\n") !=
          std::string::npos);
  }
  SUBCASE("a cap of two lots") {
    t.award.max_lots_per_bidder = 2;
    CHECK(tk::summary_table(t, tk::summarise(t), 1).find("at most 2 lots per bidder") != std::string::npos);
  }
}

TEST_CASE("summary_json of the tiny tender") {
  tk::Tender t = tiny();
  nlohmann::json j = nlohmann::json::parse(tk::summary_json(t, tk::summarise(t), 0));
  CHECK(j["title"] == "Worked example: two neighbourhoods");
  CHECK(j["contract"]["days"] == 730);
  CHECK(j["price"]["bank_holiday_share"] == "calendar");
  REQUIRE(j["criteria"].size() == 4);
  CHECK(j["criteria"][1]["weight"] == "29");
  CHECK(j["criteria"][1]["questions"][0]["id"] == "A1");
  CHECK(j["criteria"][1]["questions"][0]["weight"] == "2");
  CHECK(j["lots"][0]["hours_per_week"] == "5000");
  CHECK(j["ceilings"][0]["standard"] == "17.20");
  CHECK(j["ceilings"][0]["cost_floor"].is_null());
  CHECK(j["ceiling_model"].is_null());
  CHECK(j["bidders"]["form_unsigned"] == 1);
  CHECK(j["prices"]["complete_schedules"] == 9);
  CHECK(j["marks"]["evaluators"] == nlohmann::json::array({"E1", "E2", "E3"}));
  CHECK(j["warnings"] == 0);
}
