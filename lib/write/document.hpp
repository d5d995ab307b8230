#pragma once

#include <string>
#include <vector>

namespace tk {

// A small document model shared by the award documents, so that the Markdown and HTML
// versions of a report hold the same words and numbers. All text is plain text from tenderkit
// or the inputs; each renderer escapes it for its format. Only Block::html is markup, and only
// tenderkit itself builds it (the SVG charts).

// A run of text, optionally strong.
struct Span {
  std::string text;
  bool strong = false;
};
using Spans = std::vector<Span>;

struct DocTable {
  std::vector<std::string> header;
  std::vector<bool> numeric;  // like header: right-aligned columns
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> footer;  // a totals row; empty when none
};

struct Block {
  enum class Kind { heading, paragraph, bullets, table, html };
  Kind kind = Kind::paragraph;
  int level = 2;          // heading: 1..4
  std::string anchor;     // heading: an id for links (HTML)
  Spans spans;            // heading text, paragraph
  std::vector<Spans> items;  // bullets
  DocTable table;
  std::string html;       // trusted markup; Markdown shows `alt` instead (when not empty)
  std::string alt;
  bool warning = false;   // paragraph: shown as a warning box
};

struct Document {
  std::string title;   // the HTML <title>
  std::vector<Block> blocks;

  void heading(int level, std::string text, std::string anchor = "");
  void paragraph(std::string text);
  void paragraph(Spans spans);
  void warning(std::string text);
  void bullets(std::vector<std::string> items);
  void bullets(std::vector<Spans> items);
  void table(DocTable table);
  void html(std::string markup, std::string alt);
};

// Text safe inside HTML element content and double- or single-quoted attribute values:
// & < > " ' escaped.
std::string html_escape(std::string_view text);
// GitHub-flavoured Markdown (escaped as write/markdown.hpp says), ending in one newline.
std::string render_markdown(const Document& doc);
// A complete, self-contained HTML5 page: inline CSS (with a print stylesheet), no scripts,
// no external resources (a Content-Security-Policy forbids them).
std::string render_html(const Document& doc);

}  // namespace tk
