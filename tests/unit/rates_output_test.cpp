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
