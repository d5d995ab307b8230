#include "write/spreadsheet_safety.hpp"

#include <doctest/doctest.h>

TEST_CASE("spreadsheet_safe: one rule for CSV fields and workbook cells") {
  SUBCASE("-1.25 stays a number") { CHECK(tk::spreadsheet_safe("-1.25") == "-1.25"); }
  SUBCASE("=SUM( gets a quote") { CHECK(tk::spreadsheet_safe("=SUM(A1:A9)") == "'=SUM(A1:A9)"); }
  SUBCASE("@") { CHECK(tk::spreadsheet_safe("@cmd") == "'@cmd"); }
  SUBCASE("+") {
    CHECK(tk::spreadsheet_safe("+A1") == "'+A1");
    CHECK(tk::spreadsheet_safe("+44 20") == "'+44 20");
    CHECK(tk::spreadsheet_safe("+3") == "+3");
  }
  SUBCASE("tab and carriage return") {
    CHECK(tk::spreadsheet_safe("\tx") == "'\tx");
    CHECK(tk::spreadsheet_safe("\rx") == "'\rx");
  }
  SUBCASE("empty") { CHECK(tk::spreadsheet_safe("") == ""); }
  SUBCASE("text that merely contains = or - is left alone") {
    CHECK(tk::spreadsheet_safe("Ace = best") == "Ace = best");
    CHECK(tk::spreadsheet_safe("B-01") == "B-01");
    CHECK(tk::spreadsheet_safe("-") == "-");
  }
  SUBCASE("apostrophes before guarded text get one more, so the rule can be undone") {
    CHECK(tk::spreadsheet_safe("'=1") == "''=1");
    CHECK(tk::spreadsheet_safe("'plain") == "'plain");
    CHECK(tk::spreadsheet_safe("'-1.25") == "'-1.25");
  }
}

TEST_CASE("needs_spreadsheet_guard: what a spreadsheet would run, not the numbers tenderkit writes") {
  for (const char* formula : {"=1+2", "=HYPERLINK(\"http://x\",\"y\")", "+A1", "-1+2", "-.", "=", "@SUM(A1)",
                              "\tx", "\rx", "-1.2.3", "--1", "- 1"})
    CHECK_MESSAGE(tk::needs_spreadsheet_guard(formula), formula);
  for (const char* plain : {"", "-", "+", "Ace Homecare", "16.80", "-1.25", "+3", "-.5", "0", "a=b", "B-01"})
    CHECK_MESSAGE(!tk::needs_spreadsheet_guard(plain), plain);
}

TEST_CASE("undo_spreadsheet_safe gives back exactly the text spreadsheet_safe was given") {
  for (const char* text :
       {"", "-", "-1.25", "=1+2", "'=1+2", "''=1", "'", "'plain", "@x", "\tx", "Ace Homecare"}) {
    CAPTURE(text);
    CHECK(tk::undo_spreadsheet_safe(tk::spreadsheet_safe(text)) == text);
  }
}
