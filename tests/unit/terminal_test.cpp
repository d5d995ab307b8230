#include "write/terminal.hpp"

#include <doctest/doctest.h>

#include <string>

#include "core/error.hpp"

TEST_CASE("colour_wanted: only on a terminal, never with NO_COLOR") {
  SUBCASE("a terminal with nothing set") { CHECK(tk::colour_wanted(true, nullptr, "xterm-256color")); }
  SUBCASE("not a terminal (a pipe or a file)") { CHECK_FALSE(tk::colour_wanted(false, nullptr, "xterm")); }
  SUBCASE("NO_COLOR set to anything") {
    CHECK_FALSE(tk::colour_wanted(true, "1", "xterm"));
    CHECK_FALSE(tk::colour_wanted(true, "0", "xterm"));
    CHECK_FALSE(tk::colour_wanted(true, "no", "xterm"));
  }
  SUBCASE("NO_COLOR set but empty counts as unset") { CHECK(tk::colour_wanted(true, "", "xterm")); }
  SUBCASE("a dumb terminal") { CHECK_FALSE(tk::colour_wanted(true, nullptr, "dumb")); }
  SUBCASE("TERM unset") { CHECK(tk::colour_wanted(true, nullptr, nullptr)); }
}

TEST_CASE("format_problem colours only the severity word") {
  tk::Problem located{tk::Location{"prices.csv", 4, 7}, "rate \"12.345\" has 3 decimal places"};
  SUBCASE("without colour: exactly Problem::format") {
    CHECK(tk::format_problem(located, false) == located.format());
  }
  SUBCASE("an error") {
    CHECK(tk::format_problem(located, true) ==
          "prices.csv:4:7: \x1b[1;31merror:\x1b[0m rate \"12.345\" has 3 decimal places");
  }
  SUBCASE("a warning") {
    tk::Problem w{tk::Location{"quality.csv", 9, 0}, "no mark", tk::Severity::warning};
    CHECK(tk::format_problem(w, true) == "quality.csv:9: \x1b[1;35mwarning:\x1b[0m no mark");
  }
  SUBCASE("no location") {
    tk::Problem bare{tk::Location{}, "--lot is \"N9\""};
    CHECK(tk::format_problem(bare, true) == "\x1b[1;31merror:\x1b[0m --lot is \"N9\"");
  }
  SUBCASE("a message that itself says error: is left alone") {
    tk::Problem odd{tk::Location{"a.csv", 1, 1}, "error: twice"};
    CHECK(tk::format_problem(odd, true) == "a.csv:1:1: \x1b[1;31merror:\x1b[0m error: twice");
  }
}
