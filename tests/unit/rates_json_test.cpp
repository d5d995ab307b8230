#include "write/rates_json.hpp"

#include <doctest/doctest.h>

#include "rates_fixture.hpp"

using namespace tk;

TEST_CASE("rates as JSON (contract section 7)") {
  Tender t = test::two_bids();
  nlohmann::ordered_json j = rates_json(check_rates(t, test::share_3_146()));

  SUBCASE("the basis") {
    CHECK(j["basis"]["llw"] == "inclusive");
    CHECK(j["basis"]["travel"] == "inclusive");
    CHECK(j["basis"]["bank_holiday_share"] == "3/146");
  }
  SUBCASE("each finding with the contract's fields, and the rates it is about") {
    REQUIRE(j["findings"].size() == 1);
    const auto& f = j["findings"][0];
    CHECK(f["bidder_id"] == "BRT");
    CHECK(f["lot"] == "N1");
    CHECK(f["code"] == "above-ceiling");
    CHECK(f["severity"] == "error");
    CHECK(f["message"] ==
          "standard rate 17.21 is above the ceiling 17.20 on llw inclusive, travel inclusive, the evaluated "
          "basis: the "
          "bid is excluded");
    CHECK(f["llw"] == "inclusive");
    CHECK(f["travel"] == "inclusive");
    CHECK(f["day"] == "standard");
  }
  SUBCASE("the summary counts every check, found or not") {
    const auto& s = j["summary"];
    CHECK(s["bids"] == 2);
    CHECK(s["bids_with_findings"] == 1);
    CHECK(s["errors"] == 1);
    CHECK(s["warnings"] == 0);
    CHECK(s["checks"].size() == 7);
    CHECK(s["checks"]["above-ceiling"]["errors"] == 1);
    CHECK(s["checks"]["abnormally-low"]["warnings"] == 0);
  }
  SUBCASE("each bid's margins on every basis, shown and exact") {
    REQUIRE(j["bids"].size() == 2);
    const auto& ace = j["bids"][0];
    CHECK(ace["bidder_id"] == "ACE");
    CHECK(ace["name"] == "Ace Homecare Ltd");
    CHECK(ace["lot"] == "N1");
    CHECK(ace["excluded_by"].empty());
    CHECK(ace["findings"] == 0);
    REQUIRE(ace["bases"].size() == 4);
    const auto& own = ace["bases"][0];
    CHECK(own["llw"] == "inclusive");
    CHECK(own["travel"] == "inclusive");
    CHECK(own["evaluated"] == true);
    CHECK(own["evaluated_price"] == "16.97");
    CHECK(own["cost_floor"] == "15.10");
    CHECK(own["surplus"] == "1.87");
    CHECK(own["abnormally_low_screen"] == false);         // BRT is excluded: ACE is alone in the screen
    CHECK(own["exact"]["evaluated_price"] == "1239/73");  // 2478 / 146
    CHECK(own["exact"]["cost_floor"] == "44101/2920");    // 2205.05 / 146
    CHECK(own["exact"]["surplus"] == "5459/2920");        // 272.95 / 146
    CHECK(ace["bases"][1]["evaluated"] == false);
    const auto& brt = j["bids"][1];
    CHECK(brt["excluded_by"] ==
          nlohmann::ordered_json::array(
              {"form-unsigned: the Form of Tender is not signed",
               "above-ceiling: standard rate 17.21 is above the ceiling 17.20 (llw inclusive, "
               "travel inclusive)"}));
    CHECK(brt["findings"] == 1);
  }
  SUBCASE("a missing rate or floor is null") {
    t.prices.erase(t.prices.begin() + 2);  // ACE's inc/exc standard rate
    nlohmann::ordered_json k = rates_json(check_rates(t, test::share_3_146()));
    const auto& b = k["bids"][0]["bases"][1];
    CHECK(b["evaluated_price"].is_null());
    CHECK(b["cost_floor"] == "13.94");
    CHECK(b["surplus"].is_null());
    CHECK(b["exact"]["surplus"].is_null());
  }
  SUBCASE("rendered with 2 spaces and a final newline; --surplus keeps basis and bids") {
    std::string text = render_rates_json(check_rates(t, test::share_3_146()));
    CHECK(text.rfind("{\n  \"basis\": {\n    \"llw\": \"inclusive\",", 0) == 0);
    CHECK(text.back() == '\n');
    nlohmann::ordered_json s =
        nlohmann::ordered_json::parse(render_surplus_json(check_rates(t, test::share_3_146())));
    CHECK(s.size() == 2);
    CHECK(s["bids"].size() == 2);
    CHECK(s["basis"]["bank_holiday_share"] == "3/146");
  }
}
