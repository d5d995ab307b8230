#include "write/score_workbook.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "award_pack_fixture.hpp"
#include "core/error.hpp"

TEST_CASE("the evaluation workbook is an xlsx file, the same bytes every time") {
  auto t = tk::test::tiny_pack();
  std::string a = tk::render_score_workbook(t.pack);
  std::string b = tk::render_score_workbook(t.pack);
  REQUIRE(a.size() > 1000);
  CHECK(a.substr(0, 2) == "PK");  // a zip archive
  CHECK(a == b);
}

TEST_CASE("the workbook is assembled in $TMPDIR when it is set") {
  auto t = tk::test::tiny_pack();
  const char* before = std::getenv("TMPDIR");
  const std::string saved = before ? before : "";
  ::setenv("TMPDIR", "/nonexistent/tenderkit-scratch", 1);
  CHECK_THROWS_AS(tk::render_score_workbook(t.pack), tk::Error);
  if (before) ::setenv("TMPDIR", saved.c_str(), 1);
  else ::unsetenv("TMPDIR");
  CHECK(tk::render_score_workbook(t.pack).substr(0, 2) == "PK");
}
