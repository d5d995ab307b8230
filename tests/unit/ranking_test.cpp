#include <doctest/doctest.h>

#include "evaluate/ranking.hpp"

using namespace tk;

TEST_CASE("rank by total, then quality total, then lower P, then bidder_id") {
  Rational t80(80), t75(75), q50(50), q45(45), p16(16), p17(17);
  SUBCASE("higher total first") {
    CHECK(ranks_above({t80, q45, p17, "ZED"}, {t75, q50, p16, "ACE"}));
    CHECK_FALSE(ranks_above({t75, q50, p16, "ACE"}, {t80, q45, p17, "ZED"}));
  }
  SUBCASE("equal totals: higher quality total") {
    CHECK(ranks_above({t80, q50, p17, "ZED"}, {t80, q45, p16, "ACE"}));
    CHECK(tie_break({t80, q50, p17, "ZED"}, {t80, q45, p16, "ACE"}) == TieBreak::quality_total);
  }
  SUBCASE("equal totals and quality: lower P") {
    CHECK(ranks_above({t80, q50, p16, "ZED"}, {t80, q50, p17, "ACE"}));
    CHECK(tie_break({t80, q50, p16, "ZED"}, {t80, q50, p17, "ACE"}) == TieBreak::price);
  }
  SUBCASE("all equal: bidder_id ascending") {
    CHECK(ranks_above({t80, q50, p16, "ACE"}, {t80, q50, p16, "BRT"}));
    CHECK_FALSE(ranks_above({t80, q50, p16, "BRT"}, {t80, q50, p16, "ACE"}));
    CHECK(tie_break({t80, q50, p16, "ACE"}, {t80, q50, p16, "BRT"}) == TieBreak::bidder_id);
  }
  SUBCASE("exact: totals 1/3 + 2/3 and 1 are equal, 0.333... is not 1/3") {
    Rational a = Rational(1, 3) + Rational(2, 3), b(1), c(3333, 10000);
    CHECK_FALSE(ranks_above({a, q50, p16, "B"}, {b, q50, p16, "A"}));
    CHECK(ranks_above({Rational(1, 3), q45, p17, "Z"}, {c, q50, p16, "A"}));
  }
}

TEST_CASE("rank_order sorts indices best first") {
  Rational t[] = {Rational(70), Rational(90), Rational(80), Rational(80)};
  Rational q[] = {Rational(40), Rational(40), Rational(45), Rational(50)};
  Rational p(16);
  std::vector<RankKey> keys = {{t[0], q[0], p, "A"}, {t[1], q[1], p, "B"}, {t[2], q[2], p, "C"}, {t[3], q[3], p, "D"}};
  CHECK(rank_order(keys) == std::vector<std::size_t>{1, 3, 2, 0});
  CHECK(rank_order({}).empty());
}
