#include "write/text_grid.hpp"

#include <doctest/doctest.h>

TEST_CASE("text tables align columns and rule the header") {
  tk::TextGrid g;
  g.header = {{"line", "£ amount"}};
  g.rows = {{"contact pay", "13.85"}, {"NI", "2.38"}};
  CHECK(tk::render_text(g) ==
        "line         £ amount\n"
        "---------------------\n"
        "contact pay     13.85\n"
        "NI               2.38\n");
}

TEST_CASE("Markdown tables join header rows and escape pipes") {
  tk::TextGrid g;
  g.header = {{"", "LLW incl."}, {"line", "travel incl."}};
  g.rows = {{"a|b", "1.00"}};
  CHECK(tk::render_markdown(g) ==
        "| line | LLW incl. travel incl. |\n"
        "|---|--:|\n"
        "| a\\|b | 1.00 |\n");
}

TEST_CASE("CSV records quote only when needed") {
  CHECK(tk::csv_record({"a", "b c", "1.00"}) == "a,b c,1.00\n");
  CHECK(tk::csv_record({"x,y", "say \"hi\""}) == "\"x,y\",\"say \"\"hi\"\"\"\n");
}

TEST_CASE("looks_like_formula: what a spreadsheet would run, not the numbers tenderkit writes") {
  for (const char* formula : {"=1+2", "=HYPERLINK(\"http://x\",\"y\")", "+A1", "-1+2", "-.", "=", "@SUM(A1)",
                              "\tx", "\rx", "-1.2.3", "--1", "- 1"})
    CHECK_MESSAGE(tk::looks_like_formula(formula), formula);
  for (const char* plain : {"", "-", "+", "Ace Homecare", "16.80", "-1.25", "+3", "-.5", "0", "a=b", "B-01"})
    CHECK_MESSAGE(!tk::looks_like_formula(plain), plain);
}

TEST_CASE("csv_record neutralises a field a spreadsheet would take as a formula") {
  CHECK(tk::csv_record({"=1+2", "-1.25", "@x"}) == "'=1+2,-1.25,'@x\n");
  SUBCASE("inside quotes when the field needs them") {
    CHECK(tk::csv_record({"=SUM(A1,B1)"}) == "\"'=SUM(A1,B1)\"\n");
  }
  SUBCASE("a tab or carriage return at the start") {
    CHECK(tk::csv_record({"\tname"}) == "'\tname\n");
    CHECK(tk::csv_record({"\rname"}) == "\"'\rname\"\n");
  }
}
