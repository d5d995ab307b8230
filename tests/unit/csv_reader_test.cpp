#include <doctest/doctest.h>

#include <deque>
#include <string>
#include <utility>
#include <vector>

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

namespace {
// Reads the record at `at` of `text` with read_csv_record; the fields' texts, the problem's
// "LINE:COL: MESSAGE" or "" when none.
struct Step {
  std::vector<std::string> texts;
  std::vector<tk::CsvField> fields;
  std::string problem;
};
Step step(std::string_view text, tk::CsvCursor& at, std::deque<std::string>& store) {
  Step s;
  if (auto problem = tk::read_csv_record(text, at, s.fields, store))
    s.problem = std::to_string(problem->line) + ":" + std::to_string(problem->column) + ": " + problem->message;
  for (const tk::CsvField& f : s.fields) s.texts.emplace_back(f.text);
  return s;
}
using Texts = std::vector<std::string>;
// A cursor as (offset, line).
using Where = std::pair<std::size_t, int>;
Where where(const tk::CsvCursor& at) { return {at.offset, at.line}; }
}  // namespace

TEST_CASE("CSV: one record at a time") {
  std::deque<std::string> store;
  SUBCASE("LF, CRLF and a lone CR each end a record; the last needs no line end") {
    std::string_view text = "a,b\nc,d\r\ne,f\rg,h";
    tk::CsvCursor at;
    CHECK(step(text, at, store).texts == Texts{"a", "b"});
    CHECK(where(at) == Where{4, 2});
    Step crlf = step(text, at, store);
    CHECK(crlf.texts == Texts{"c", "d"});
    CHECK(crlf.fields[1].line == 2);
    CHECK(crlf.fields[1].column == 3);
    CHECK(where(at) == Where{9, 3});
    CHECK(step(text, at, store).texts == Texts{"e", "f"});
    CHECK(where(at) == Where{13, 4});
    Step last = step(text, at, store);
    CHECK(last.texts == Texts{"g", "h"});
    CHECK(last.problem.empty());
    CHECK(where(at) == Where{text.size(), 4});
    CHECK(store.empty());
  }
  SUBCASE("starts wherever it is put, on the line it is told") {
    std::string_view text = "a,b\nc,d\n";
    tk::CsvCursor at{4, 7};
    Step s = step(text, at, store);
    CHECK(s.texts == Texts{"c", "d"});
    CHECK(s.fields[0].line == 7);
    CHECK(s.fields[0].column == 1);
    CHECK(where(at) == Where{text.size(), 8});
  }
  SUBCASE("a blank line is a record of one empty field, which carries no data") {
    std::string_view text = "\r\n,,\nx\n";
    tk::CsvCursor at;
    Step blank = step(text, at, store);
    CHECK(blank.texts == Texts{""});
    CHECK(tk::carries_no_data(blank.fields));
    CHECK(at.line == 2);
    Step commas = step(text, at, store);
    CHECK(commas.texts == Texts{"", "", ""});
    CHECK(tk::carries_no_data(commas.fields));
    CHECK_FALSE(tk::carries_no_data(step(text, at, store).fields));
  }
  SUBCASE("a quoted newline counts a line; the fields after it are located on it") {
    std::string_view text = "\"x\ny\",z\r\"p\r\nq\"\nw\n";
    tk::CsvCursor at;
    Step s = step(text, at, store);
    CHECK(s.texts == Texts{"x\ny", "z"});
    CHECK(s.fields[0].line == 1);
    CHECK(s.fields[1].line == 2);
    CHECK(s.fields[1].column == 4);
    CHECK(at.line == 3);
    CHECK(store.empty());  // a quoted LF needs no unescaping: the field views the text
    Step crlf = step(text, at, store);
    CHECK(crlf.texts == Texts{"p\nq"});  // CRLF inside quotes is unescaped to LF
    CHECK(store.size() == 1);
    CHECK(at.line == 5);
    CHECK(step(text, at, store).texts == Texts{"w"});
    CHECK(at.line == 6);
  }
  SUBCASE("doubled quotes are unescaped into the store; other quoted fields view the text") {
    std::string_view text = "\"say \"\"hi\"\"\",\"a,b\",\"\"\n";
    tk::CsvCursor at;
    Step s = step(text, at, store);
    CHECK(s.texts == Texts{"say \"hi\"", "a,b", ""});
    REQUIRE(store.size() == 1);
    CHECK(s.fields[0].text.data() == store.front().data());
    CHECK(s.fields[1].text.data() == text.data() + 14);
    CHECK(s.fields[2].column == 20);
  }
  SUBCASE("an unterminated quote: located at its quote, the record ends at the end of the text") {
    std::string_view text = "a,\"open\nb,c\n";
    tk::CsvCursor at;
    Step s = step(text, at, store);
    CHECK(s.problem == "1:3: unterminated quoted field: no closing '\"' before the end of the file");
    CHECK(s.texts == Texts{"a"});  // the fields before it
    CHECK(where(at) == Where{text.size(), 3});
  }
  SUBCASE("text after a closing quote: located there, the rest of the record skipped") {
    std::string_view text = "a,\"x\"y,\"p\nq\",z\nnext\n";
    tk::CsvCursor at;
    Step s = step(text, at, store);
    CHECK(s.problem == "1:6: unexpected character 'y' after a closing quote; expected ',' or the end of the line");
    CHECK(at.line == 3);
    CHECK(step(text, at, store).texts == Texts{"next"});
  }
  SUBCASE("a control character after a closing quote is shown as its code") {
    std::string_view text = "\"x\"\t\n";
    tk::CsvCursor at;
    CHECK(step(text, at, store).problem ==
          "1:4: unexpected character '\\x09' after a closing quote; expected ',' or the end of the line");
    CHECK(at.offset == text.size());
  }
  SUBCASE("columns count characters, not bytes") {
    std::string_view text = "£5,Hôme,x\n";
    tk::CsvCursor at;
    Step s = step(text, at, store);
    CHECK(s.fields[1].column == 4);
    CHECK(s.fields[2].column == 9);
  }
}

TEST_CASE("CSV: header names lose their surrounding spaces") {
  std::vector<tk::CsvField> record = {{" rate ", 1, 1}, {"bidder_id", 1, 8}};
  std::vector<tk::CsvField> names = tk::header_names(record);
  REQUIRE(names.size() == 2);
  CHECK(names[0].text == "rate");
  CHECK(names[0].column == 1);
  CHECK(names[1].text == "bidder_id");
}
