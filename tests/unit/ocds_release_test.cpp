#include "write/ocds_release.hpp"

#include <doctest/doctest.h>

#include "award_pack_fixture.hpp"

TEST_CASE("OCDS release package of the tiny tender") {
  auto t = tk::test::tiny_pack();
  nlohmann::ordered_json j = tk::ocds_release_package(t.pack);
  CHECK(j["version"] == "1.1");
  CHECK(j["publishedDate"] == "2016-02-16T00:00:00Z");
  const auto& r = j["releases"][0];
  CHECK(r["ocid"] == "tenderkit-EX-1");
  CHECK(r["tag"] == nlohmann::ordered_json::array({"award"}));
  CHECK(r["tender"]["lots"].size() == 2);
  SUBCASE("one bid per bidder and lot; DUN's unsigned form disqualifies it") {
    CHECK(r["bids"]["details"].size() == 9);
    bool found = false;
    for (const auto& b : r["bids"]["details"]) {
      if (b["id"] != "DUN-N2") continue;
      found = true;
      CHECK(b["status"] == "disqualified");
      CHECK(b["description"].get<std::string>().rfind("evaluated price 16.27", 0) == 0);
    }
    CHECK(found);
  }
  SUBCASE("awards: N1 to CLR, N2 to BRT, with related bids and the annual value") {
    REQUIRE(r["awards"].size() == 2);
    CHECK(r["awards"][0]["suppliers"][0]["id"] == "CLR");
    CHECK(r["awards"][0]["relatedBids"][0] == "CLR-N1");
    CHECK(r["awards"][1]["suppliers"][0]["id"] == "BRT");
    CHECK(r["awards"][1]["relatedLots"][0] == "N2");
    // 5000 × 52 × 2537/146 = 659,620,000/146 = 4,517,945.205.. -> 4517945.21
    CHECK(r["awards"][0]["value"]["amount"] == 4517945.21);
    CHECK(r["awards"][0]["value"]["currency"] == "GBP");
  }
  SUBCASE("suppliers are parties with the supplier role") {
    for (const auto& p : r["parties"]) {
      bool supplier = false;
      for (const auto& role : p["roles"]) supplier = supplier || role == "supplier";
      CHECK(supplier == (p["id"] == "CLR" || p["id"] == "BRT"));
    }
  }
}

TEST_CASE("OCDS release: a report date is needed") {
  auto t = tk::test::tiny_pack();
  t.pack.report_date.reset();
  CHECK_THROWS_AS(tk::ocds_release_package(t.pack), tk::Error);
}
