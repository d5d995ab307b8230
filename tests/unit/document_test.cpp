#include "write/document.hpp"

#include <doctest/doctest.h>

TEST_CASE("html_escape") {
  CHECK(tk::html_escape("Bright Care, Lewisham") == "Bright Care, Lewisham");
  CHECK(tk::html_escape("<script>alert('x')</script> & \"Co\"") ==
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;");
  CHECK(tk::html_escape("") == "");
  CHECK(tk::html_escape("£17.20 – café") == "£17.20 – café");  // UTF-8 passes through
}

TEST_CASE("a document as Markdown") {
  tk::Document doc;
  doc.heading(1, "Title <x>");
  doc.paragraph(tk::Spans{{"Strong: ", true}, {"plain"}});
  doc.bullets(std::vector<std::string>{"one", "two"});
  tk::DocTable t;
  t.header = {"Name", "Score"};
  t.numeric = {false, true};
  t.rows = {{"A|B", "1.00"}, {"", "2.00"}};
  t.footer = {"Total", "3.00"};
  doc.table(t);
  doc.html("<svg></svg>", "");
  doc.warning("Careful");
  CHECK(tk::render_markdown(doc) ==
        "# Title \\<x\\>\n"
        "\n**Strong:** plain\n"
        "\n- one\n- two\n"
        "\n| Name | Score |\n| --- | ---: |\n| A\\|B | 1.00 |\n|   | 2.00 |\n| **Total** | **3.00** |\n"
        "\n> **Careful**\n");
}

TEST_CASE("Markdown: blocks that render to nothing leave no blank line, wherever they are") {
  tk::Document doc;
  doc.bullets(std::vector<std::string>{});
  doc.html("<svg></svg>", "");
  doc.heading(2, "# hash");
  doc.html("<svg></svg>", "");
  doc.paragraph(tk::Spans{{"- a dash"}, {"bold ", true}, {"- tail"}});
  doc.warning("#1");
  doc.bullets(std::vector<std::string>{});
  // A block's first span starts a line, after any "## " before it: a leading '#' or '-' there
  // is escaped, later in the line it is not. A strong span's trailing space goes after its **.
  CHECK(tk::render_markdown(doc) == "## \\# hash\n\n\\- a dash**bold** - tail\n\n> **#1**\n");
}

TEST_CASE("a document as HTML") {
  tk::Document doc;
  doc.title = "T & <b>";
  doc.heading(2, "Section", "sec");
  doc.paragraph("<script>alert(1)</script>");
  tk::DocTable t;
  t.header = {"Name", "Score"};
  t.numeric = {false, true};
  t.rows = {{"Ace & Co", "1.00"}};
  doc.table(t);
  doc.html("<svg><rect/></svg>\n", "");
  std::string html = tk::render_html(doc);
  CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
  CHECK(html.find("<title>T &amp; &lt;b&gt;</title>") != std::string::npos);
  CHECK(html.find("<h2 id=\"sec\">Section</h2>") != std::string::npos);
  CHECK(html.find("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<td>Ace &amp; Co</td><td class=\"n\">1.00</td>") != std::string::npos);
  CHECK(html.find("<svg><rect/></svg>") != std::string::npos);
  SUBCASE("self-contained, with a print stylesheet") {
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.find("default-src 'none'") != std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("src=") == std::string::npos);
    CHECK(html.find("url(") == std::string::npos);
  }
}
