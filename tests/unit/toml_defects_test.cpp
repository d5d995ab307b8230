// The toml++ 3.3.0 defects that lib/read/toml.hpp works around, on the inputs that found them.
// Under the sanitizer build an unworked defect is a test failure ("execution reached an
// unreachable program point", or an assertion), not only a wrong answer.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "core/error.hpp"
#include "read/settings.hpp"

namespace {

// The one problem from parsing `text`, or "" when it parses.
std::string parse_problem(const std::string& text, std::optional<toml::table>* out = nullptr) {
  tk::Problems problems;
  tk::SettingsReader reader("t.toml", problems);
  std::optional<toml::table> table = reader.parse(text);
  if (out) *out = table;
  if (table) {
    CHECK(problems.empty());
    return "";
  }
  REQUIRE(problems.size() == 1);
  const tk::Problem& p = problems.list().front();
  return std::to_string(p.where.line) + ":" + std::to_string(p.where.column) + " " + p.message;
}

}  // namespace

TEST_CASE("a non-ASCII character outside a string is a located TOML error") {
  CHECK(parse_problem("a = 1\n\xc2\xa3 = 1\n") ==
        "2:1 invalid TOML: Error while parsing root table: expected keys, tables, whitespace or comments, saw '\xc2\xa3'");
  CHECK(parse_problem("title \xc3\xa9 = 1\n") ==
        "1:7 invalid TOML: Error while parsing key-value pair: expected '=', saw '\xc3\xa9'");
  // A combining mark (U+032A) alone: the input of upstream issue #295.
  CHECK(parse_problem("\xcc\xaa").find("1:1 invalid TOML:") == 0);
  // The cost-model input the long fuzzing run found: text after a comment's "£20.69" (the
  // comment itself is fine) and a key followed by a non-ASCII character.
  CHECK(parse_problem("# to March 2021, \xc2\xa3" "20.69 a year\nrate\xc2\xa3 = \"20.69\"\n").find("2:5 invalid TOML:") == 0);
}

TEST_CASE("a non-ASCII character after a line-ending backslash stays in the string") {
  // Upstream issue #190: valid TOML, whose value is "§".
  std::optional<toml::table> table;
  CHECK(parse_problem("s = \"\"\"\\\n\xc2\xa7\"\"\"\n", &table) == "");
  REQUIRE(table);
  CHECK(table->get_as<std::string>("s")->get() == "\xc2\xa7");
}

TEST_CASE("a table header that does not start with a key is a located TOML error") {
  CHECK(parse_problem("[ =x]\n").find("1:3 invalid TOML:") == 0);
  CHECK(parse_problem("[[ ,]]\n").find("1:4 invalid TOML:") == 0);
}

TEST_CASE("non-ASCII text in strings and comments is read as written") {
  std::optional<toml::table> table;
  CHECK(parse_problem("# \xc2\xa3 and \xe2\x80\x93\nname = \"Caf\xc3\xa9 \xc2\xa3" "20.69\"\n", &table) == "");
  REQUIRE(table);
  CHECK(table->get_as<std::string>("name")->get() == "Caf\xc3\xa9 \xc2\xa3" "20.69");
}
