#include <doctest/doctest.h>

#include "write/score_text.hpp"

using namespace tk;

TEST_CASE("tender_title: the title, with the reference when there is one") {
  Tender t;
  t.title = "Homecare";
  CHECK(tender_title(t) == "Homecare");
  t.reference = "EX-1";
  CHECK(tender_title(t) == "Homecare (EX-1)");
}

TEST_CASE("show_exact: a terminating decimal as a decimal, else a fraction") {
  CHECK(show_exact(Rational(40)) == "40");
  CHECK(show_exact(Rational(25, 2)) == "12.5");
  CHECK(show_exact(Rational(219, 10000)) == "0.0219");
  CHECK(show_exact(Rational(3, 146)) == "3/146");
  CHECK(show_exact(Rational(-1, 8)) == "-0.125");
  CHECK(show_exact(Rational(0)) == "0");
}

TEST_CASE("describe_share says where the share came from") {
  CHECK(describe_share(calendar_share(15, 730)) == "3/146 (15 bank holidays in 730 days)");
  CHECK(describe_share(given_share(Rational(219, 10000))) == "0.0219");
}

TEST_CASE("indented and add_column") {
  CHECK(indented("a\n\nb\n", 2) == "  a\n\n  b\n");
  CHECK(indented("", 2) == "");
  TextGrid g;
  add_column(g, "Rank", false);
  add_column(g, "Bidder", true);
  g.rows.push_back({"1", "CLR"});
  g.rows.push_back({"10", "Élan"});
  CHECK(render_text(g) ==
        "Rank  Bidder\n"
        "------------\n"
        "   1  CLR\n"
        "  10  Élan\n");
}
