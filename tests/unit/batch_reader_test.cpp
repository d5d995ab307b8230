#include <doctest/doctest.h>

#include <vector>

#include "read/batch_reader.hpp"

using tk::BatchMarkColumn;
using tk::BatchProblems;
using tk::BatchReader;
using tk::BatchRow;

namespace {

const std::vector<BatchMarkColumn> kMarks = {{"ability", 29}, {"quality", 26}, {"partnership", 5}};

struct Read {
  std::vector<BatchRow> rows;
  std::vector<std::string> problems;  // "LINE:COL: MESSAGE"
  bool header = false;
};

// Reads every row, `group` at a time.
Read read_all(BatchReader& reader, BatchProblems& problems, std::size_t group = 3) {
  Read out;
  out.header = reader.read_header();
  if (out.header) {
    std::vector<BatchRow> buffer(group);
    while (std::size_t n = reader.read(buffer.data(), group)) out.rows.insert(out.rows.end(), buffer.begin(), buffer.begin() + static_cast<long>(n));
  }
  for (const tk::Problem& p : problems.list) {
    out.problems.push_back(std::to_string(p.where.line) + ":" + std::to_string(p.where.column) + ": " + p.message);
  }
  return out;
}

}  // namespace

TEST_CASE("Plain rows: ids, rate in pence, quality = Σ multiplier × mark") {
  std::string text = "competition_id,bidder_id,rate,ability,quality,partnership\nC1,P01,19.00,4,1,4\nC1,P02,18.2,3,2,3\n";
  BatchProblems problems;
  BatchReader reader(text, "b.csv", kMarks, problems);
  Read r = read_all(reader, problems);
  REQUIRE(r.header);
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].id == "C1");
  CHECK(r.rows[0].bidder == "P01");
  CHECK(r.rows[0].rate == 1900);
  CHECK(r.rows[0].quality == 29 * 4 + 26 * 1 + 5 * 4);
  CHECK(r.rows[0].line == 2);
  CHECK(r.rows[0].good);
  CHECK(r.rows[1].rate == 1820);
  CHECK(r.rows[1].start == text.find("C1,P02"));
  CHECK(r.problems.empty());
}

TEST_CASE("What Excel and portals export") {
  BatchProblems problems;
  SUBCASE("BOM, CRLF, columns in another order, an extra column, a blank line, no final newline") {
    std::string text =
        "\xEF\xBB\xBFnotes,partnership,quality,ability,rate,bidder_id,competition_id\r\n"
        "late,4,1,4,19.00,P01,C1\r\n\r\n"
        ",3,2,3,18.24,P02,C1";
    BatchReader reader(text, "b.csv", kMarks, problems);
    Read r = read_all(reader, problems);
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[0].quality == 162);
    CHECK(r.rows[1].bidder == "P02");
    CHECK(r.rows[1].line == 4);
    CHECK(r.rows[1].start == text.find(",3,2,3"));
    CHECK(r.problems.empty());
  }
  SUBCASE("quoted fields: commas, doubled quotes, a newline in an ignored column") {
    std::string text =
        "competition_id,bidder_id,rate,ability,quality,partnership,notes\n"
        "\"Care, North\",\"Bright \"\"B\"\"\",\"19.00\",4,1,4,\"two\nlines\"\n"
        "C2,P1,20,1,1,1,x\n";
    BatchReader reader(text, "b.csv", kMarks, problems);
    Read r = read_all(reader, problems);
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[0].id == "Care, North");
    CHECK(r.rows[0].bidder == "Bright \"B\"");
    CHECK(r.rows[0].rate == 1900);
    CHECK(r.rows[1].line == 4);
    CHECK(r.problems.empty());
  }
  SUBCASE("money as people write it; marks with spaces") {
    std::string text = "competition_id,bidder_id,rate,ability,quality,partnership\nC1,P1,£1,234.50,1,1,1\n";
    BatchReader reader(text, "b.csv", kMarks, problems);
    Read r = read_all(reader, problems);
    REQUIRE(r.rows.size() == 1);
    CHECK_FALSE(r.rows[0].good);  // the comma splits the field: too many fields
    std::string quoted = "competition_id,bidder_id,rate,ability,quality,partnership\nC1,P1,\"£1,234.50\", 1 ,1 , 5\n";
    BatchProblems more;
    BatchReader again(quoted, "b.csv", kMarks, more);
    Read q = read_all(again, more);
    REQUIRE(q.rows.size() == 1);
    CHECK(q.rows[0].good);
    CHECK(q.rows[0].rate == 123450);
    CHECK(q.rows[0].quality == 29 + 26 + 25);
  }
  SUBCASE("all-empty records carry no data; a lone CR ends a line") {
    std::string text = "competition_id,bidder_id,rate,ability,quality,partnership\r,,,,,\rC1,P1,5,0,0,0\r";
    BatchReader reader(text, "b.csv", kMarks, problems);
    Read r = read_all(reader, problems);
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].line == 3);
    CHECK(r.problems.empty());
  }
  SUBCASE("UTF-8 ids") {
    std::string text = "competition_id,bidder_id,rate,ability,quality,partnership\nHôme,Só Care,5,0,0,0\n";
    BatchReader reader(text, "b.csv", kMarks, problems);
    Read r = read_all(reader, problems);
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].good);
    CHECK(r.rows[0].bidder == "Só Care");
  }
}

TEST_CASE("Bad rows are reported, located, and returned as not good") {
  const std::string header = "competition_id,bidder_id,rate,ability,quality,partnership\n";
  BatchProblems problems;
  SUBCASE("a bad value keeps the row's competition id") {
    std::string text = header + "C1,P1,1.234,1,1,1\n";
    BatchReader reader(text, "b.csv", kMarks, problems);
    Read r = read_all(reader, problems);
    REQUIRE(r.rows.size() == 1);
    CHECK_FALSE(r.rows[0].good);
    CHECK(r.rows[0].id == "C1");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0] == "2:7: rate '1.234': expected at most 2 decimal places (pence), found 3");
  }
  SUBCASE("invalid UTF-8 in an id; the row has no readable competition id") {
    std::string text = header + "C\xff,P1,1,1,1,1\nC2,P\xc3,1,1,1,1\n";
    BatchReader reader(text, "b.csv", kMarks, problems);
    Read r = read_all(reader, problems);
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[0].id.empty());
    CHECK(r.rows[1].id == "C2");
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0] ==
          "2:1: competition_id has the invalid UTF-8 byte 0xFF; expected UTF-8 text (save the file as \"CSV UTF-8\")");
    CHECK(r.problems[1] ==
          "3:4: bidder_id has the invalid UTF-8 byte 0xC3; expected UTF-8 text (save the file as \"CSV UTF-8\")");
  }
  SUBCASE("CSV syntax: text after a closing quote, an unterminated quote") {
    std::string text = header + "C1,\"P1\"x,1,1,1,1\nC2,P1,1,1,1,1\nC3,\"P1,1,1,1,1\n";
    BatchReader reader(text, "b.csv", kMarks, problems);
    Read r = read_all(reader, problems);
    REQUIRE(r.rows.size() == 3);
    CHECK_FALSE(r.rows[0].good);
    CHECK(r.rows[1].good);
    CHECK_FALSE(r.rows[2].good);
    CHECK(r.rows[2].id == "C3");
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0] == "2:8: unexpected character 'x' after a closing quote; expected ',' or the end of the line");
    CHECK(r.problems[1] == "4:4: unterminated quoted field: no closing '\"' before the end of the file");
  }
  SUBCASE("an id longer than 1000 bytes") {
    std::string text = header + "C1," + std::string(1001, 'p') + ",1,1,1,1\n";
    BatchReader reader(text, "b.csv", kMarks, problems);
    Read r = read_all(reader, problems);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0] == "2:4: bidder_id '" + std::string(40, 'p') + "...' is 1001 bytes long; expected at most 1000");
  }
  SUBCASE("a NUL byte in an id") {
    std::string text = header;
    text.append("C1,P\0,1,1,1,1\n", 14);
    BatchReader reader(text, "b.csv", kMarks, problems);
    Read r = read_all(reader, problems);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0] == "2:4: bidder_id has a NUL byte; expected UTF-8 text (save the file as \"CSV UTF-8\")");
  }
}

TEST_CASE("The problem limit counts what it drops") {
  std::string text = "competition_id,bidder_id,rate,ability,quality,partnership\n";
  for (int i = 0; i < 5; ++i) text += "C1,P1,x,1,1,1\n";
  BatchProblems problems;
  problems.limit = 2;
  BatchReader reader(text, "b.csv", kMarks, problems);
  Read r = read_all(reader, problems);
  CHECK(r.problems.size() == 2);
  CHECK(problems.dropped == 3);
}

TEST_CASE("Rows are read again from where they start, without reporting") {
  std::string text =
      "competition_id,bidder_id,rate,ability,quality,partnership\n"
      "C1,\"P,1\",19,1,1,1\n\nC1,P2,20,1,1,1\nC2,P1,x,1,1,1\n";
  BatchProblems problems;
  BatchReader reader(text, "b.csv", kMarks, problems);
  Read r = read_all(reader, problems, 64);
  REQUIRE(r.rows.size() == 3);
  CHECK(problems.list.size() == 1);
  std::vector<BatchRow> again(2);
  REQUIRE(reader.reread(r.rows[0].start, r.rows[0].line, again.data(), 2) == 2);
  CHECK(again[0].bidder == "P,1");
  CHECK(again[1].bidder == "P2");
  CHECK(again[1].line == 4);
  CHECK(problems.list.size() == 1);
  // and reading goes on where it was: at the end
  CHECK(reader.read(again.data(), 2) == 0);
}

TEST_CASE("column_of counts characters, and a quoted field starts at its quote") {
  std::string text = "competition_id,bidder_id,rate,ability,quality,partnership\nHôme,\"P1\",1,1,1,1\n";
  BatchProblems problems;
  BatchReader reader(text, "b.csv", kMarks, problems);
  Read r = read_all(reader, problems);
  REQUIRE(r.rows.size() == 1);
  CHECK(reader.column_of(r.rows[0].id.data()) == 1);
  CHECK(reader.column_of(r.rows[0].bidder.data()) == 6);
}
