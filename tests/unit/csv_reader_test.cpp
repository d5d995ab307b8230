#include <doctest/doctest.h>

#include "read/csv_reader.hpp"

namespace {
tk::CsvTable parse(std::string_view text, tk::Problems& problems) {
  return tk::parse_csv(text, "t.csv", problems);
}
}  // namespace

TEST_CASE("CSV: what Excel and portals export") {
  tk::Problems problems;
  SUBCASE("BOM, CRLF and blank trailing lines") {
    auto t = parse("\xEF\xBB\xBF" "a,b\r\n1,2\r\n\r\n\r\n", problems);
    CHECK(problems.empty());
    REQUIRE(t.header.size() == 2);
    CHECK(t.header[0].text == "a");
    REQUIRE(t.records.size() == 1);
    CHECK(t.records[0].fields[1].text == "2");
  }
  SUBCASE("quoted fields with commas, doubled quotes and newlines") {
    auto t = parse("name,comment\n\"Bright Care, Lewisham\",\"said \"\"yes\"\"\nand more\"\nx,y\n", problems);
    CHECK(problems.empty());
    REQUIRE(t.records.size() == 2);
    CHECK(t.records[0].fields[0].text == "Bright Care, Lewisham");
    CHECK(t.records[0].fields[1].text == "said \"yes\"\nand more");
    CHECK(t.records[1].line == 4);
    CHECK(t.records[1].fields[1].column == 3);
  }
  SUBCASE("CRLF inside quotes becomes LF") {
    auto t = parse("a\n\"x\r\ny\"\n", problems);
    REQUIRE(t.records.size() == 1);
    CHECK(t.records[0].fields[0].text == "x\ny");
  }
  SUBCASE("doubled quotes and CRLF in one field, a lone quote pair, and an empty quoted field") {
    auto t = parse("a,b,c\r\n\"x\"\"\r\ny\"\"\",\"\"\"\",\"\"\r\n", problems);
    CHECK(problems.empty());
    REQUIRE(t.records.size() == 1);
    CHECK(t.records[0].fields[0].text == "x\"\ny\"");
    CHECK(t.records[0].fields[1].text == "\"");
    CHECK(t.records[0].fields[2].text.empty());
  }
  SUBCASE("a moved table keeps its records, its header and its unescaped fields") {
    std::string text = "id,\"note\"\n1,\"said \"\"hi\"\"\"\n2,plain\n";
    tk::CsvTable moved;
    {
      tk::CsvTable t = parse(text, problems);
      moved = std::move(t);
    }
    REQUIRE(moved.records.size() == 2);
    CHECK(moved.header[1].text == "note");
    CHECK(moved.records[0].fields[1].text == "said \"hi\"");
    CHECK(moved.records[1].fields[0].text == "2");
    CHECK(moved.records[1].fields[1].text == "plain");
    CHECK(moved.records[1].line == 3);
  }
  SUBCASE("no newline at the end of the file") {
    auto t = parse("a,b\n1,2", problems);
    CHECK(problems.empty());
    REQUIRE(t.records.size() == 1);
  }
  SUBCASE("empty trailing field") {
    auto t = parse("a,b\n1,\n", problems);
    REQUIRE(t.records.size() == 1);
    CHECK(t.records[0].fields[1].text.empty());
  }
  SUBCASE("rows of empty fields are skipped") {
    auto t = parse("a,b\n1,2\n,\n,,\n", problems);
    CHECK(t.records.size() == 1);
    CHECK(problems.empty());  // ",," carries no data, whatever its width
  }
  SUBCASE("columns are counted in characters, not bytes") {
    auto t = parse("a,b\n£5,x\n", problems);
    CHECK(t.records[0].fields[1].column == 4);
  }
  SUBCASE("header lookup in any order") {
    auto t = parse("rate, bidder_id\n1,A\n", problems);
    CHECK(t.column("bidder_id") == 1u);
    CHECK(t.column("rate") == 0u);
    CHECK_FALSE(t.column("lot"));
  }
}

TEST_CASE("CSV: located problems") {
  tk::Problems problems;
  SUBCASE("unterminated quote") {
    parse("a,b\n1,\"open\n2,3\n", problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems.list()[0].format() ==
          "t.csv:2:3: error: unterminated quoted field: no closing '\"' before the end of the file");
  }
  SUBCASE("text after a closing quote") {
    auto t = parse("a,b\n\"x\"y,2\n3,4\n", problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems.list()[0].where.line == 2);
    CHECK(problems.list()[0].where.column == 4);
    CHECK(t.records.size() == 1);
  }
  SUBCASE("wrong number of fields") {
    parse("a,b\n1,2,3\n4\n", problems);
    REQUIRE(problems.size() == 2);
    CHECK(problems.list()[0].format() == "t.csv:2:5: error: expected 2 fields as in the header, found 3");
    CHECK(problems.list()[1].format() == "t.csv:3: error: expected 2 fields as in the header, found 1");
  }
  SUBCASE("invalid UTF-8 and NUL bytes") {
    parse("a\n\xA3" "5\n", problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems.list()[0].where.line == 2);
    tk::Problems nul;
    parse(std::string_view("a\nx\0y\n", 6), nul);
    REQUIRE(nul.size() == 1);
    CHECK(nul.list()[0].where.column == 2);
  }
  SUBCASE("empty file") {
    parse("", problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems.list()[0].message == "the file is empty; expected a header row");
  }
}

TEST_CASE("CSV: required columns") {
  tk::Problems problems;
  SUBCASE("missing and duplicate columns") {
    auto t = parse("a,a\n1,2\n", problems);
    CHECK_FALSE(tk::require_columns(t, {"a", "b"}, problems));
    REQUIRE(problems.size() == 2);
    CHECK(problems.list()[0].message == "duplicate column 'a' (also column 1)");
    CHECK(problems.list()[1].message == "missing column 'b'; expected a header with a,b");
  }
  SUBCASE("semicolon-separated export gets a hint") {
    auto t = parse("a;b\n1;2\n", problems);
    CHECK_FALSE(tk::require_columns(t, {"a", "b"}, problems));
    CHECK(problems.list()[0].message.find("separated by ';'") != std::string::npos);
    CHECK(problems.size() == 1);  // one problem for the header, not one per column
  }
  SUBCASE("tab-separated export gets a hint") {
    auto t = parse("a\tb\n1\t2\n", problems);
    CHECK_FALSE(tk::require_columns(t, {"a", "b"}, problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems.list()[0].message ==
          "the header is separated by tabs; expected ',' between the columns a,b (save the file as CSV with "
          "commas)");
  }
}
