#include "write/rates_output.hpp"

#include <doctest/doctest.h>

#include "rates_fixture.hpp"

using namespace tk;

namespace {

bool has_line(const std::string& text, const std::string& line) {
  return text.find("\n" + line + "\n") != std::string::npos || text.rfind(line + "\n", 0) == 0;
}

}  // namespace

TEST_CASE("rates as a terminal table") {
  Tender t = test::two_bids();
  std::string out = render_rates_table(check_rates(t, test::share_3_146()));

  SUBCASE("the heading, the ceilings and the legend") {
    CHECK(out.rfind("Rate checks: Worked example: two neighbourhoods (EX-1)\n"
                    "Evaluated basis: llw inclusive, travel inclusive; bank-holiday share 3/146\n"
                    "Ceilings and cost floors from tender.toml [[ceiling]] tables (* the evaluated basis):\n",
                    0) == 0);
    CHECK(has_line(
        out,
        "  llw inclusive, travel inclusive*     17.20         25.80       14.95                    22.40"));
    CHECK(has_line(
        out,
        "An error excludes the bid on the evaluated basis as it stands (contract 4.1); a warning asks "
        "for a look or a question, and is never a reason to exclude on its own."));
  }
  SUBCASE("findings grouped per bidder, with why a bidder is excluded besides its rates") {
    CHECK(out.find("\nBRT Bright Care, Lewisham\n"
                   "  Excluded on the evaluated basis (form-unsigned): its rates are checked all the same, "
                   "outside the "
                   "abnormally-low screen.\n"
                   "  N1  error  above-ceiling  standard rate 17.21 is above the ceiling 17.20 on llw "
                   "inclusive, travel "
                   "inclusive, the evaluated basis: the bid is excluded\n") != std::string::npos);
    CHECK(out.find("\nACE ") == std::string::npos);  // no findings: not listed
  }
  SUBCASE("the summary and the surplus table") {
    CHECK(has_line(out, "Summary: 2 bids checked, 1 with findings; 1 finding: 1 error, 0 warnings"));
    CHECK(has_line(out, "  above-ceiling                          1         0"));
    CHECK(has_line(
        out,
        "  ACE     N1               +1.87             +1.82             +2.88             +2.68  ranked"));
  }
  SUBCASE("no findings, no cost floor") {
    t.bidders.pop_back();
    for (Ceiling& c : t.ceilings) c.cost_floor.reset();
    std::string clean = render_rates_table(check_rates(t, test::share_3_146()));
    CHECK(has_line(clean, "No findings."));
    CHECK(has_line(clean, "No basis has a cost floor: there is no surplus or deficit to show."));
  }
  SUBCASE("--surplus: the table alone") {
    std::string s = render_surplus_table(check_rates(t, test::share_3_146()));
    CHECK(s.rfind("Surplus or deficit per hour: Worked example: two neighbourhoods (EX-1)\n", 0) == 0);
    CHECK(s.find("Summary:") == std::string::npos);
    CHECK(s.find("standard rate 17.21") == std::string::npos);
    CHECK(has_line(
        s,
        "  BRT     N1               +2.27             +1.82             +2.88             +2.68  excluded: "
        "form-unsigned, above-ceiling"));
  }
}

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

TEST_CASE("rates as Markdown") {
  Tender t = test::two_bids();
  std::string md = render_rates_markdown(check_rates(t, test::share_3_146()));
  SUBCASE("headings and the evaluated basis marked with an escaped star") {
    CHECK(md.rfind("# Rate checks: Worked example: two neighbourhoods (EX-1)\n\n", 0) == 0);
    CHECK(md.find("| llw inclusive, travel inclusive\\* | 17.20 | 25.80 | 14.95 | 22.40 |\n") !=
          std::string::npos);
    CHECK(md.find("\n## Findings\n\n### BRT Bright Care, Lewisham\n\n") != std::string::npos);
  }
  SUBCASE("a findings table per bidder") {
    CHECK(md.find("| Lots | Severity | Check | Message |\n") != std::string::npos);
    CHECK(
        md.find(
            "| N1 | error | above-ceiling | standard rate 17.21 is above the ceiling 17.20 on llw inclusive, "
            "travel inclusive, the evaluated basis: the bid is excluded |\n") != std::string::npos);
  }
  SUBCASE("the summary and the surplus table") {
    CHECK(md.find("\n## Summary\n\n2 bids checked, 1 with findings; 1 finding: 1 error, 0 warnings.\n") !=
          std::string::npos);
    CHECK(md.find("| ACE | N1 | +1.87 | +1.82 | +2.88 | +2.68 | ranked |\n") != std::string::npos);
  }
  SUBCASE("--surplus: the table alone") {
    std::string s = render_surplus_markdown(check_rates(t, test::share_3_146()));
    CHECK(s.rfind("# Surplus or deficit per hour: Worked example: two neighbourhoods (EX-1)\n\n", 0) == 0);
    CHECK(s.find("## Findings") == std::string::npos);
  }
}
