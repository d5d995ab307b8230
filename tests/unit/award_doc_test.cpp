#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "decide/award.hpp"
#include "decide/contract_cost.hpp"
#include "evaluate/bank_holiday_share.hpp"
#include "doc_text.hpp"
#include "read/tender_loader.hpp"
#include "write/score_text.hpp"
#include "shipped_data.hpp"

// docs/award.md's worked examples are checked here, so the documentation cannot drift from
// what tenderkit computes.

using namespace tk;
using namespace tk::test;

namespace {

// The table rows (lines starting with '|', after the header and its rule) between the line
// holding `begin` and the line holding `end`, each split into trimmed cells.
std::vector<std::vector<std::string>> table(const std::string& text, const std::string& begin, const std::string& end) {
  std::size_t b = text.find(begin);
  REQUIRE_MESSAGE(b != std::string::npos, begin);
  std::size_t e = text.find(end, b);
  REQUIRE_MESSAGE(e != std::string::npos, end);
  std::stringstream lines(text.substr(b, e - b));
  std::vector<std::vector<std::string>> rows;
  std::string line;
  int seen = 0;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] != '|') continue;
    if (seen++ < 2) continue;  // header and rule
    std::vector<std::string> cells;
    std::stringstream ss(line);
    std::string cell;
    std::getline(ss, cell, '|');
    while (std::getline(ss, cell, '|')) {
      std::size_t x = cell.find_first_not_of(' ');
      std::size_t y = cell.find_last_not_of(' ');
      cells.push_back(x == std::string::npos ? "" : cell.substr(x, y - x + 1));
    }
    rows.push_back(cells);
  }
  return rows;
}

EvaluationOptions tender_options(const Tender& t) {
  EvaluationOptions o;
  o.tender_share = tender_bank_holiday_share(t, tk::test::shipped_bank_holidays());
  return o;
}

}  // namespace

TEST_CASE("docs/award.md: the sample tender's two awards are what tenderkit decides") {
  std::string doc = read_text(kSource + "/docs/award.md");
  Tender t = load_tender(kSource + "/data/sample-tender");
  Evaluation e = evaluate_tender(t, tender_options(t));
  Award a = decide_award(e, AwardMechanism::lot_order, t.award.max_lots_per_bidder);
  REQUIRE(t.award.max_lots_per_bidder == 1);
  std::vector<std::vector<std::string>> rows = table(doc, "award example: begin", "award example: end");
  REQUIRE(rows.size() == a.chosen.lots.size() + 1);
  for (std::size_t i = 0; i < a.chosen.lots.size(); ++i) {
    const std::vector<std::string>& row = rows[i];
    REQUIRE(row.size() == 8);
    const LotAward& lot_order = a.chosen.lots[i];
    const LotAward& optimal = a.other.lots[i];
    INFO("lot " << row[0]);
    CHECK(row[0] == lot_order.lot->lot->id);
    CHECK(row[1] == show_exact(lot_order.lot->lot->hours_per_week));
    REQUIRE(lot_order.winner != nullptr);
    REQUIRE(optimal.winner != nullptr);
    CHECK(row[2] == lot_order.winner->bidder->id);
    CHECK(row[3] == std::to_string(lot_order.winner->rank));
    CHECK(row[4] == show_score(e, lot_order.winner->total));
    CHECK(row[5] == optimal.winner->bidder->id);
    CHECK(row[6] == std::to_string(optimal.winner->rank));
    CHECK(row[7] == show_score(e, optimal.winner->total));
  }
  CHECK(rows.back()[0] == "Sum");
  CHECK(rows.back()[4] == show_score(e, a.chosen.sum_of_totals));
  CHECK(rows.back()[7] == show_score(e, a.other.sum_of_totals));
  CHECK(a.other.mechanism == AwardMechanism::optimal);
  // The text names N2 and N4 as the lots where the mechanisms differ.
  std::vector<const LotResult*> differ = a.differences();
  REQUIRE(differ.size() == 2);
  CHECK(differ[0]->lot->id == "N2");
  CHECK(differ[1]->lot->id == "N4");
}

TEST_CASE("docs/award.md: the worked example's cost in 2016-17") {
  std::string doc = read_text(kSource + "/docs/award.md");
  Tender t = load_tender(kSource + "/tests/data/spec-examples/tiny-tender");
  Evaluation e = evaluate_tender(t, tender_options(t));
  Award a = decide_award(e, t.award.mechanism, t.award.max_lots_per_bidder);
  ContractCost c = contract_cost(a, tk::test::shipped_bank_holidays(), CostOptions{});
  std::vector<std::vector<std::string>> rows = table(doc, "cost example: begin", "cost example: end");
  REQUIRE(rows.size() == 1);
  const std::vector<std::string>& row = rows[0];
  REQUIRE(row.size() == 5);
  CHECK(row[0] == c.lots[0].award->lot->lot->id);
  REQUIRE(c.lots[0].award->winner != nullptr);
  CHECK(c.lots[0].award->winner->bidder->id == "CLR");
  CHECK(row[1] == c.years[0].label());
  CHECK(row[2] == std::to_string(c.years[0].days - c.years[0].bank_holidays));
  CHECK(row[3] == std::to_string(c.years[0].bank_holidays));
  CHECK(row[4] == show_money(c.lots[0].cost[0]));
  // And by hand, as the text works it out.
  CHECK(c.lots[0].cost[0] == Rational(31648000, 7));
}
