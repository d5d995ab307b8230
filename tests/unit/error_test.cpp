#include "core/error.hpp"

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
