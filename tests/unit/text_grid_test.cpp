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
