#include "write/rates_csv.hpp"

#include <doctest/doctest.h>

#include "rates_fixture.hpp"

using namespace tk;

TEST_CASE("rates as CSV: one row per finding") {
  Tender t = test::two_bids();
  SUBCASE("a name with a comma and a message with commas are quoted") {
    CHECK(render_rates_csv(check_rates(t, test::share_3_146())) ==
          "bidder_id,name,lot,severity,code,llw,travel,day,message\n"
          "BRT,\"Bright Care, Lewisham\",N1,error,above-ceiling,inclusive,inclusive,standard,\"standard rate "
          "17.21 is "
          "above the ceiling 17.20 on llw inclusive, travel inclusive, the evaluated basis: the bid is "
          "excluded\"\n");
  }
  SUBCASE("a field the finding does not carry is blank") {
    t.prices[9].rate = test::pounds("17.00");  // BRT's inc/inc bank holiday, below its standard 17.21
    std::string csv = render_rates_csv(check_rates(t, test::share_3_146()));
    CHECK(csv.find(
              "BRT,\"Bright Care, Lewisham\",N1,warning,bank-holiday-below-standard,inclusive,inclusive,,") !=
          std::string::npos);
  }
  SUBCASE("no findings: the header alone") {
    t.bidders.pop_back();
    CHECK(render_rates_csv(check_rates(t, test::share_3_146())) ==
          "bidder_id,name,lot,severity,code,llw,travel,day,message\n");
  }
}

TEST_CASE("the surplus as CSV: one row per bid and basis") {
  // ACE inc/inc: P = 2478 / 146 = 16.97; F = 2205.05 / 146 = 15.10; surplus 272.95 / 146 = 1.87.
  // inc/exc: P = 2301 / 146 = 15.76; F = 2035.50 / 146 = 13.94; surplus 1.82.
  // exc/inc: P = 2337.89 / 146 = 16.01; F = 1917.50 / 146 = 13.13; surplus 2.88.
  // exc/exc: P = 2160.89 / 146 = 14.80; F = 1770 / 146 = 12.12; surplus 2.68.
  // BRT inc/inc: P = 2536.63 / 146 = 17.37; surplus 331.58 / 146 = 2.27.
  Tender t = test::two_bids();
  std::string csv = render_surplus_csv(check_rates(t, test::share_3_146()));
  CHECK(
      csv ==
      "bidder_id,name,lot,llw,travel,evaluated_basis,evaluated_price,cost_floor,surplus,excluded_by\n"
      "ACE,Ace Homecare Ltd,N1,inclusive,inclusive,yes,16.97,15.10,1.87,\n"
      "ACE,Ace Homecare Ltd,N1,inclusive,exclusive,no,15.76,13.94,1.82,\n"
      "ACE,Ace Homecare Ltd,N1,exclusive,inclusive,no,16.01,13.13,2.88,\n"
      "ACE,Ace Homecare Ltd,N1,exclusive,exclusive,no,14.80,12.12,2.68,\n"
      "BRT,\"Bright Care, "
      "Lewisham\",N1,inclusive,inclusive,yes,17.37,15.10,2.27,form-unsigned;above-ceiling\n"
      "BRT,\"Bright Care, Lewisham\",N1,inclusive,exclusive,no,15.76,13.94,1.82,form-unsigned;above-ceiling\n"
      "BRT,\"Bright Care, Lewisham\",N1,exclusive,inclusive,no,16.01,13.13,2.88,form-unsigned;above-ceiling\n"
      "BRT,\"Bright Care, "
      "Lewisham\",N1,exclusive,exclusive,no,14.80,12.12,2.68,form-unsigned;above-ceiling\n");
  SUBCASE("a missing rate or floor leaves the cells blank") {
    t.prices.erase(t.prices.begin() + 2);  // ACE's inc/exc standard rate
    t.ceilings[2].cost_floor.reset();
    std::string fewer = render_surplus_csv(check_rates(t, test::share_3_146()));
    CHECK(fewer.find("ACE,Ace Homecare Ltd,N1,inclusive,exclusive,no,,13.94,,\n") != std::string::npos);
    CHECK(fewer.find("ACE,Ace Homecare Ltd,N1,exclusive,inclusive,no,16.01,,,\n") != std::string::npos);
  }
}
