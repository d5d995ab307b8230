#include <doctest/doctest.h>

#include "decide/sensitivity.hpp"
#include "evaluate/bank_holiday_share.hpp"
#include "read/tender_loader.hpp"
#include "shipped_data.hpp"
#include "write/sensitivity_output.hpp"

// docs/sensitivity.md's worked example and its example output are checked here, so the
// documentation cannot drift from what tenderkit computes.

using namespace tk;

namespace {

// The body of the first ``` block after the line holding `marker`.
std::string code_block_after(const std::string& text, const std::string& marker) {
  std::size_t at = text.find(marker);
  REQUIRE_MESSAGE(at != std::string::npos, marker);
  std::size_t open = text.find("```\n", at);
  REQUIRE(open != std::string::npos);
  open += 4;
  std::size_t close = text.find("```\n", open);
  REQUIRE(close != std::string::npos);
  return text.substr(open, close - open);
}

}  // namespace

TEST_CASE("docs/sensitivity.md: the worked example and the example output") {
  const std::string doc = test::read_source_file("docs/sensitivity.md");
  Tender t = load_tender(test::source_path("tests/data/spec-examples/tiny-tender"));
  EvaluationOptions o;
  o.tender_share = tender_bank_holiday_share(t, tk::test::shipped_bank_holidays());
  o.lot = "N1";
  Evaluation e = evaluate_tender(t, o);
  SensitivitySettings settings;
  settings.monte_carlo = MonteCarloSettings{2000, 10, 1};
  settings.threads = 2;
  WinnerSensitivity s = analyse_sensitivity(e, settings);

  SUBCASE("the margin from ability to price") {
    const WeightMargin& m = s.lots[0].margins[3];
    REQUIRE(m.transfer);
    CHECK(*m.transfer == Rational(472, 35));
    CHECK(doc.find("after 472/35 = 13.49 points") != std::string::npos);
    CHECK(e.lots[0].bids[0].total == Rational(1243, 15));
    CHECK(doc.find("82.87 points (exactly 1243/15)") != std::string::npos);
  }
  SUBCASE("the example output is what tenderkit prints") {
    CHECK(code_block_after(doc, "The terminal table, for lot N1") == render_sensitivity_table(s));
  }
}
