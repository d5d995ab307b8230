#include <doctest/doctest.h>

#include <algorithm>

#include "evaluate/gates.hpp"
#include "scoring_fixture.hpp"

using namespace tk;

namespace {
QualityAssessment quality_of(const Tender& t, const Bidder& b) {
  std::vector<const Mark*> marks;
  for (const Mark& m : t.marks)
    if (m.bidder_id == b.id) marks.push_back(&m);
  return assess_quality(t, b, marks);
}
std::vector<std::string> texts(const std::vector<Reason>& reasons) {
  std::vector<std::string> out;
  for (const Reason& r : reasons) out.push_back(r.text());
  return out;
}
const Basis kInc{Llw::inclusive, Travel::inclusive};
}  // namespace

TEST_CASE("a complete, signed bid within the ceiling passes") {
  Tender t = test::tiny_tender();
  const Bidder& ace = t.bidders[0];
  CHECK(check_gates(t, ace, t.lots[0], kInc, quality_of(t, ace)).empty());
}

TEST_CASE("a bid exactly at the ceiling passes") {
  Tender t = test::tiny_tender();
  const Bidder& clr = t.bidders[2];  // 17.20 / 25.80, the ceiling itself
  CHECK(check_gates(t, clr, t.lots[0], kInc, quality_of(t, clr)).empty());
}

TEST_CASE("a penny above the ceiling on either rate excludes") {
  Tender t = test::tiny_tender();
  SUBCASE("standard") {
    t.prices[4].rate = test::pounds("17.21");
    CHECK(texts(check_gates(t, t.bidders[2], t.lots[0], kInc, quality_of(t, t.bidders[2]))) ==
          std::vector<std::string>{"above-ceiling: standard rate 17.21 is above the ceiling 17.20 (llw inclusive, travel inclusive)"});
  }
  SUBCASE("bank holiday") {
    t.prices[5].rate = test::pounds("25.81");
    auto r = check_gates(t, t.bidders[2], t.lots[0], kInc, quality_of(t, t.bidders[2]));
    REQUIRE(r.size() == 1);
    CHECK(r[0].code == ReasonCode::above_ceiling);
    CHECK(r[0].text().find("bank-holiday rate 25.81") != std::string::npos);
  }
  SUBCASE("no ceiling on the basis: no check") {
    Basis exc{Llw::exclusive, Travel::exclusive};
    test::add_rates(t, "CLR", "*", exc, "99.00", "99.00");
    CHECK(check_gates(t, t.bidders[2], t.lots[0], exc, quality_of(t, t.bidders[2])).empty());
  }
}

TEST_CASE("the form of tender unsigned") {
  Tender t = test::tiny_tender();
  const Bidder& dun = t.bidders[3];
  auto r = check_gates(t, dun, t.lots[1], kInc, quality_of(t, dun));
  REQUIRE(r.size() == 1);
  CHECK(r[0].code == ReasonCode::form_unsigned);
  CHECK(r[0].text().rfind("form-unsigned", 0) == 0);
}

TEST_CASE("every failed gate is listed, in gate order") {
  Tender t = test::tiny_tender();
  t.bidders.push_back(test::bidder("ZED", "Zed Care", {"N2"}, false, false));
  test::add_rates(t, "ZED", "*", kInc, "18.00", "25.00");
  t.prices.pop_back();  // no bank-holiday rate
  test::add_marks(t, "ZED", {0, 3, 3, 3});
  t.marks.erase(std::remove_if(t.marks.begin(), t.marks.end(),
                               [](const Mark& m) { return m.bidder_id == "ZED" && m.question == "P1"; }),
                t.marks.end());
  const Bidder& zed = t.bidders.back();
  CHECK(texts(check_gates(t, zed, t.lots[0], kInc, quality_of(t, zed))) ==
        std::vector<std::string>{
            "sq-fail: did not pass the Suitability Questionnaire",
            "form-unsigned: the Form of Tender is not signed",
            "not-bid: did not bid for lot N1",
            "missing-rate: no bank-holiday rate for lot N1 (llw inclusive, travel inclusive)",
            "above-ceiling: standard rate 18.00 is above the ceiling 17.20 (llw inclusive, travel inclusive)",
            "missing-mark: no mark for question P1",
            "below-min-mark: question A1 mark 0 is below the minimum 1",
        });
}
