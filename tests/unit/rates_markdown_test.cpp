#include "write/rates_markdown.hpp"

#include <doctest/doctest.h>

#include "rates_fixture.hpp"

using namespace tk;

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
