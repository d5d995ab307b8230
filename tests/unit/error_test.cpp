#include "core/error.hpp"

#include <string>

#include <doctest/doctest.h>

TEST_CASE("Problem::format leaves out what is not known and names the severity") {
  CHECK(tk::Problem{{"t/p.csv", 3, 7}, "bad"}.format() == "t/p.csv:3:7: error: bad");
  CHECK(tk::Problem{{"t/p.csv", 3, 0}, "bad"}.format() == "t/p.csv:3: error: bad");
  CHECK(tk::Problem{{"t/p.csv", 0, 0}, "bad"}.format() == "t/p.csv: error: bad");
  CHECK(tk::Problem{{"", 0, 0}, "bad"}.format() == "error: bad");
  CHECK(tk::Problem{{"t/p.csv", 0, 0}, "gap", tk::Severity::warning}.format() == "t/p.csv: warning: gap");
  CHECK(tk::Problem{{"t/p.csv", 2, 1}, "gap", tk::Severity::warning}.format() == "t/p.csv:2:1: warning: gap");
}

TEST_CASE("Problems keeps 100 and counts the rest") {
  tk::Problems p;
  for (int i = 0; i < 103; ++i) p.add(tk::Location{"f", i + 1, 0}, "x");
  CHECK(p.size() == 100);
  CHECK(p.dropped() == 3);
  CHECK(p.truncated());
}

TEST_CASE("Problems::sort_by_line orders by line then column, stably") {
  tk::Problems p;
  p.add({"f", 9, 1}, "a");
  p.add({"f", 2, 5}, "b");
  p.add({"f", 2, 1}, "c");
  p.add({"f", 2, 5}, "d");
  p.add({"f", 0, 0}, "e");
  p.sort_by_line();
  std::string order;
  for (const tk::Problem& x : p.list()) order += x.message;
  CHECK(order == "ecbda");
}

TEST_CASE("shown_value: a value as a message shows it, bounded and with control bytes visible") {
  SUBCASE("a short value is shown as it is") { CHECK(tk::shown_value("16.805") == "16.805"); }
  SUBCASE("exactly 40 bytes are not cut") {
    std::string forty(40, '9');
    CHECK(tk::shown_value(forty) == forty);
  }
  SUBCASE("41 bytes are cut to 40 and marked") {
    CHECK(tk::shown_value(std::string(41, '9')) == std::string(40, '9') + "...");
  }
  SUBCASE("30 MB are cut to 40 bytes") {
    CHECK(tk::shown_value(std::string(30'000'000, 'x')) == std::string(40, 'x') + "...");
  }
  SUBCASE("a cut never splits a UTF-8 character") {
    // 39 ASCII bytes, then "£" (C2 A3) straddling byte 40: the whole character goes.
    std::string value = std::string(39, 'a') + "\xC2\xA3" + "bc";
    CHECK(tk::shown_value(value) == std::string(39, 'a') + "...");
  }
  SUBCASE("control bytes and DEL are shown as \\xHH") {
    CHECK(tk::shown_value(std::string("15\0.00", 6)) == "15\\x00.00");
    CHECK(tk::shown_value("a\tb\x7F") == "a\\x09b\\x7F");
  }
}
