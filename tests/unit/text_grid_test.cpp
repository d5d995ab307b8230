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
