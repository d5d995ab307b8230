#include <doctest/doctest.h>

#include "write/text_table.hpp"

using tk::TextTable;

TEST_CASE("a text table pads columns, aligns numbers right and trims line ends") {
  TextTable t;
  t.add_column("Rank", TextTable::Align::right);
  t.add_column("Bidder");
  t.add_column("Flags");
  t.add_row({"1", "CLR", ""});
  t.add_row({"10", "Élan £", "tie"});
  CHECK(t.render() ==
        "Rank  Bidder  Flags\n"
        "----  ------  -----\n"
        "   1  CLR\n"
        "  10  Élan £  tie\n");
  SUBCASE("indented") {
    CHECK(t.render(2).rfind("  Rank  Bidder", 0) == 0);
  }
  SUBCASE("markdown") {
    CHECK(t.render_markdown() ==
          "| Rank | Bidder | Flags |\n"
          "| ---: | --- | --- |\n"
          "| 1 | CLR |  |\n"
          "| 10 | Élan £ | tie |\n");
  }
}

TEST_CASE("markdown cells escape pipes; short rows are padded") {
  TextTable t;
  t.add_column("A");
  t.add_column("B");
  t.add_row({"x|y"});
  CHECK(t.render_markdown() == "| A | B |\n| --- | --- |\n| x\\|y |  |\n");
}

TEST_CASE("display width counts code points") {
  CHECK(tk::display_width("abc") == 3);
  CHECK(tk::display_width("£1") == 2);
  CHECK(tk::display_width("") == 0);
}
