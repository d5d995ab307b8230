#include "write/markdown.hpp"

#include <doctest/doctest.h>

TEST_CASE("markdown_escape: one rule for every Markdown tenderkit writes") {
  const auto line = tk::MarkdownPlace::line_start;
  SUBCASE("plain names stay readable") {
    CHECK(tk::markdown_escape("Bright Care, Lewisham", line) == "Bright Care, Lewisham");
    CHECK(tk::markdown_escape("Quality & Operational Competence", line) ==
          "Quality & Operational Competence");
    CHECK(tk::markdown_escape("2016-04-01 to 2018-03-31", line) == "2016-04-01 to 2018-03-31");
  }
  SUBCASE("markup is shown literally") {
    CHECK(tk::markdown_escape("<script>", line) == "\\<script\\>");
    CHECK(tk::markdown_escape("a|b", line) == "a\\|b");
    CHECK(tk::markdown_escape("*bold* _it_ `code` [link](x)", line) ==
          "\\*bold\\* \\_it\\_ \\`code\\` \\[link](x)");
    CHECK(tk::markdown_escape("bidder_id", line) == "bidder_id");
    CHECK(tk::markdown_escape("&amp;", line) == "\\&amp;");
    CHECK(tk::markdown_escape("# heading", line) == "\\# heading");
    CHECK(tk::markdown_escape("- item", line) == "\\- item");
  }
  SUBCASE("line breaks become spaces") {
    CHECK(tk::markdown_escape("one\r\ntwo\nthree", line) == "one two three");
  }
  SUBCASE("within a line, numbers and list markers stay as they are") {
    const auto within = tk::MarkdownPlace::within_line;
    CHECK(tk::markdown_escape("-1.25", within) == "-1.25");
    CHECK(tk::markdown_escape("+1.23", within) == "+1.23");
    CHECK(tk::markdown_escape("£1,234.50", within) == "£1,234.50");
    CHECK(tk::markdown_escape("# (used)", within) == "# (used)");
    CHECK(tk::markdown_escape("-1.25", line) == "\\-1.25");
    CHECK(tk::markdown_escape("<script> [x](y) a|b", within) == "\\<script\\> \\[x](y) a\\|b");
  }
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

TEST_CASE("Markdown tables: one writer, every cell escaped as text within a line") {
  tk::TextGrid g;
  g.header = {{"Bidder", "Name", "Total"}};
  g.left_aligned = {true, true, false};
  g.rows = {{"EVL", "<script>alert(1)</script> [x](y) | Ltd", "-1.25"}, {"ACE", "", "£1,234.50"}};
  SUBCASE("the compact rule of the command outputs") {
    CHECK(tk::render_markdown(g) ==
          "| Bidder | Name | Total |\n"
          "|---|---|--:|\n"
          "| EVL | \\<script\\>alert(1)\\</script\\> \\[x](y) \\| Ltd | -1.25 |\n"
          "| ACE |  | £1,234.50 |\n");
  }
  SUBCASE("the spaced rule of the documents, with a bold footer") {
    std::string out;
    tk::append_markdown_table(out, g.header[0], {false, false, true}, g.rows, {"Total", "", "*3*"},
                              tk::MarkdownRule::spaced);
    CHECK(out ==
          "| Bidder | Name | Total |\n"
          "| --- | --- | ---: |\n"
          "| EVL | \\<script\\>alert(1)\\</script\\> \\[x](y) \\| Ltd | -1.25 |\n"
          "| ACE |   | £1,234.50 |\n"
          "| **Total** |  | **\\*3\\*** |\n");
  }
  SUBCASE("a row shorter than the header is filled with empty cells") {
    g.rows = {{"ACE"}};
    CHECK(tk::render_markdown(g) == "| Bidder | Name | Total |\n|---|---|--:|\n| ACE |  |  |\n");
  }
}
