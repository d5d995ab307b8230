#include "write/award_report.hpp"

#include <doctest/doctest.h>

#include "award_pack_fixture.hpp"
#include "write/report_text.hpp"

namespace {

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("report wording helpers") {
  SUBCASE("pounds: pence, half away from zero, thousands commas") {
    CHECK(tk::report::pounds(tk::Rational(2537, 146)) == "£17.38");
    CHECK(tk::report::pounds(tk::Rational(4517945205, 1000)) == "£4,517,945.21");
    CHECK(tk::report::pounds(tk::Rational(-1, 200)) == "-£0.01");
    CHECK(tk::report::pounds(tk::Rational(0)) == "£0.00");
    CHECK(tk::report::pounds(tk::Rational(100000)) == "£100,000.00");
    CHECK(tk::report::pounds(tk::Rational(999)) == "£999.00");
  }
  SUBCASE("long dates") {
    CHECK(tk::report::long_date(tk::Date(2016, 3, 11)) == "Friday 11 March 2016");
    CHECK(tk::report::long_date(tk::Date(2018, 12, 31)) == "Monday 31 December 2018");
  }
}

TEST_CASE("the Contract Award Report of the tiny tender") {
  auto t = tk::test::tiny_pack();
  std::string md = tk::render_report_markdown(t.pack);
  SUBCASE("recommendations: who wins which lot at which rates") {
    CHECK(has(md, "- award Lot N1 (Neighbourhood 1) to Clearwater Support (CLR) at £17.20 an hour standard and "
                  "£25.80 an hour on bank holidays (LLW inclusive, travel inclusive): evaluated price £17.38 an hour, "
                  "total score 82.87 of 100, ranked 1 of 4"));
    CHECK(has(md, "- award Lot N2 (Neighbourhood 2) to Bright Care, Lewisham (BRT) at £15.90"));
  }
  SUBCASE("every exclusion reason") { CHECK(has(md, "| N2 | Dunmore Care (DUN) | £16.27 | form-unsigned")); }
  SUBCASE("the abnormally low price and its clarification") {
    CHECK(has(md, "| N1 | Elm Tree Domiciliary (ELM) | £13.03 | abnormally-low |"));
    CHECK(has(md, "clarification outstanding"));
  }
  SUBCASE("standstill") { CHECK(has(md, "it ends at the end of Friday 11 March 2016")); }
  SUBCASE("audit") {
    CHECK(has(md, "| tender.toml | "));
    CHECK(has(md, "**Tool:** tenderkit "));
  }
  SUBCASE("the same pack renders the same bytes") { CHECK(md == tk::render_report_markdown(t.pack)); }
}
