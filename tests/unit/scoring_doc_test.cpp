#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "core/money.hpp"
#include "evaluate/bank_holiday_share.hpp"
#include "evaluate/evaluation.hpp"
#include "doc_text.hpp"
#include "read/tender_loader.hpp"
#include "write/score_explanation.hpp"
#include "shipped_data.hpp"

// docs/scoring.md's worked example is checked here, so the documentation cannot drift from
// what tenderkit computes.

using namespace tk;
using namespace tk::test;

TEST_CASE("docs/scoring.md: the worked example's numbers are what tenderkit computes") {
  std::string doc = read_text(kSource + "/docs/scoring.md");
  Tender t = load_tender(kSource + "/tests/data/spec-examples/tiny-tender");
  EvaluationOptions o;
  o.tender_share = tender_bank_holiday_share(t, tk::test::shipped_bank_holidays());
  o.lot = "N1";
  Evaluation e = evaluate_tender(t, o);
  const LotResult& n1 = e.lots.at(0);
  const BidResult* brt = nullptr;
  for (const BidResult& b : n1.bids)
    if (b.bidder->id == "BRT") brt = &b;
  REQUIRE(brt != nullptr);
  auto score = [&](const Rational& r) { return Shown{to_fixed(r, 2, Rounding::half_away_from_zero), to_exact_string(r)}; };
  std::map<std::string, Shown> computed = {
      {"bank-holiday share", {to_exact_string(e.share.value), to_exact_string(e.share.value)}},
      {"evaluated price P", {format_money(brt->price->value), to_exact_string(brt->price->value)}},
      {"lowest price Pmin", {format_money(*n1.lowest_price), to_exact_string(*n1.lowest_price)}},
      {"price", score(brt->scores[0])},
      {"ability", score(brt->scores[1])},
      {"quality", score(brt->scores[2])},
      {"partnership", score(brt->scores[3])},
      {"quality total", score(brt->quality_total)},
      {"total", score(brt->total)},
      {"rank", {std::to_string(brt->rank), std::to_string(brt->rank)}},
  };
  std::string table = between(doc, "<!-- worked-example: BRT N1 -->", "<!-- end worked-example -->");
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
}

TEST_CASE("docs/scoring.md: the --explain output shown is what tenderkit prints") {
  std::string doc = read_text(kSource + "/docs/scoring.md");
  std::string block = between(doc, "<!-- explain: tiny-tender --lot N1 --explain BRT -->", "<!-- end explain -->");
  REQUIRE(block.rfind("```\n", 0) == 0);
  block = block.substr(4, block.size() - 4 - 4);  // without the ``` fences
  std::string dir = kSource + "/tests/data/spec-examples/tiny-tender";
  Tender t = load_tender(dir);
  EvaluationOptions o;
  o.tender_share = tender_bank_holiday_share(t, tk::test::shipped_bank_holidays());
  o.lot = "N1";
  std::string shown = render_explanation(evaluate_tender(t, o), "BRT");
  // The doc shows the folder as the user typed it: "tiny-tender".
  for (std::size_t at = shown.find(dir); at != std::string::npos; at = shown.find(dir, at))
    shown.replace(at, dir.size(), "tiny-tender");
  CHECK(block == shown);
}
