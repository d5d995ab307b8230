#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "core/money.hpp"
#include "evaluate/bank_holiday_share.hpp"
#include "evaluate/rate_checks.hpp"
#include "doc_text.hpp"
#include "read/tender_loader.hpp"
#include "write/rates_output.hpp"
#include "shipped_data.hpp"

// docs/rates.md's worked example is checked here, so the documentation cannot drift from
// what tenderkit computes.

using namespace tk;
using namespace tk::test;

namespace {

RateCheckOptions b33(const Tender& t) {
  RateCheckOptions o;
  o.share = tender_bank_holiday_share(t, tk::test::shipped_bank_holidays());
  o.bidder = "B33";
  return o;
}

}  // namespace

TEST_CASE("docs/rates.md: the worked example's numbers are what tenderkit computes") {
  std::string doc = read_text(kSource + "/docs/rates.md");
  Tender t = load_tender(kSource + "/data/sample-tender");
  RateCheckOptions o = b33(t);
  o.lot = "N1";
  RateReport r = check_rates(t, o);
  REQUIRE(r.bids.size() == 1);
  const BasisMargin& m = r.bids[0].margins[0];
  REQUIRE(m.evaluated);
  auto money = [](const Rational& v) { return Shown{format_money(v), to_exact_string(v)}; };
  std::string findings = std::to_string(r.findings.size());
  std::map<std::string, Shown> computed = {
      {"bank-holiday share", {to_exact_string(r.share.value), to_exact_string(r.share.value)}},
      {"evaluated price P", money(*m.evaluated_price)},
      {"cost floor F", money(*m.cost_floor)},
      {"surplus P − F", money(*m.surplus)},
      {"findings", {findings, findings}},
  };
  std::string table = between(doc, "<!-- worked-example: B33 N1 -->", "<!-- end worked-example -->");
  std::istringstream rows(table);
  std::size_t checked = 0;
  for (std::string row; std::getline(rows, row);) {
    std::vector<std::string> c = cells(row);
    if (c.size() != 3 || c[0] == "step" || c[0].rfind("---", 0) == 0) continue;
    CAPTURE(row);
    REQUIRE_MESSAGE(computed.count(c[0]) == 1, "unknown step " << c[0]);
    CHECK(c[1] == computed[c[0]].shown);
    CHECK(c[2] == computed[c[0]].exact);
    ++checked;
  }
  CHECK(checked == computed.size());
  CHECK(r.count(RateCheck::below_cost_floor) == 8);
  CHECK(r.count(RateCheck::abnormally_low) == 4);
}

TEST_CASE("docs/rates.md: the surplus table shown is what tenderkit prints") {
  std::string doc = read_text(kSource + "/docs/rates.md");
  std::string block =
      between(doc, "<!-- surplus: sample-tender --surplus --bidder B33 -->", "<!-- end surplus -->");
  REQUIRE(block.rfind("```\n", 0) == 0);
  block = block.substr(4, block.size() - 4 - 4);  // without the ``` fences
  Tender t = load_tender(kSource + "/data/sample-tender");
  CHECK(block == render_surplus_table(check_rates(t, b33(t))));
}
