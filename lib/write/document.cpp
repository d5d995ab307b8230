#include "write/document.hpp"

#include <string>
#include <string_view>

#include "write/markdown.hpp"

namespace tk {

namespace {

constexpr std::string_view kCss = R"css(
:root { --ink: #1b1b1b; --muted: #555; --rule: #c8c8c8; --band: #f3f3f3; --warn: #fff4d6; --warn-edge: #b77a00; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.45 "Helvetica Neue", Arial, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.7rem; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
p, ul { margin: .4rem 0 .8rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid var(--rule); padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--band); }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tfoot td { font-weight: bold; background: var(--band); }
.warning { background: var(--warn); border-left: 4px solid var(--warn-edge); padding: .5rem .75rem; }
figure { margin: .5rem 0 1.2rem; }
svg text { font: 11px Arial, sans-serif; fill: var(--ink); }
code, .digest { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .85rem; word-break: break-all; }
@media screen { table { display: block; max-width: 100%; overflow-x: auto; } }
@media print {
  @page { size: A4; margin: 15mm; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3, h4 { break-after: avoid; page-break-after: avoid; }
  table, figure, .warning { break-inside: avoid; page-break-inside: avoid; }
  th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

void append_html_escaped(std::string& out, std::string_view text) {
  std::size_t plain = 0;  // where the bytes not yet copied begin: runs needing nothing go whole
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::string_view entity;
    switch (text[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&#39;"; break;
      default: continue;
    }
    out.append(text, plain, i - plain);
    out += entity;
    plain = i + 1;
  }
  out.append(text, plain, text.size() - plain);
}

void append_html_spans(std::string& out, const Spans& spans) {
  for (const Span& s : spans) {
    if (s.strong) out += "<strong>";
    append_html_escaped(out, s.text);
    if (s.strong) out += "</strong>";
  }
}

// A line starts where the spans do (after any "# " or "> " before them).
void append_markdown_spans(std::string& out, const Spans& spans) {
  const std::size_t start = out.size();
  for (const Span& s : spans) {
    bool line_start = out.size() == start;
    if (!s.strong) {
      append_markdown_escaped(out, s.text, line_start ? MarkdownPlace::line_start : MarkdownPlace::within_line);
      continue;
    }
    // Closing ** must follow a non-space to end the emphasis: trailing spaces go after it.
    std::size_t end = s.text.find_last_not_of(' ');
    std::string_view text = s.text;
    std::string_view body = end == std::string::npos ? std::string_view() : text.substr(0, end + 1);
    out += "**";
    append_markdown_escaped(out, body, MarkdownPlace::within_line);
    out += "**";
    out += text.substr(body.size());
  }
}

void append_html_table(std::string& out, const DocTable& t) {
  auto cell = [&](std::string_view open, std::size_t i, std::string_view text, std::string_view close) {
    out += open;
    if (i < t.numeric.size() && t.numeric[i]) out += " class=\"n\"";
    out += '>';
    append_html_escaped(out, text);
    out += close;
  };
  out += "<table>\n<thead><tr>";
  for (std::size_t i = 0; i < t.header.size(); ++i) cell("<th scope=\"col\"", i, t.header[i], "</th>");
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& r : t.rows) {
    out += "<tr>";
    for (std::size_t i = 0; i < r.size(); ++i) cell("<td", i, r[i], "</td>");
    out += "</tr>\n";
  }
  out += "</tbody>\n";
  if (!t.footer.empty()) {
    out += "<tfoot><tr>";
    for (std::size_t i = 0; i < t.footer.size(); ++i) cell("<td", i, t.footer[i], "</td>");
    out += "</tr></tfoot>\n";
  }
  out += "</table>\n";
}

}  // namespace

void Document::heading(int level, std::string text, std::string anchor) {
  Block b;
  b.kind = Block::Kind::heading;
  b.level = level;
  b.anchor = std::move(anchor);
  b.spans = {Span{std::move(text)}};
  blocks.push_back(std::move(b));
}

void Document::paragraph(std::string text) { paragraph(Spans{Span{std::move(text)}}); }

void Document::paragraph(Spans spans) {
  Block b;
  b.kind = Block::Kind::paragraph;
  b.spans = std::move(spans);
  blocks.push_back(std::move(b));
}

void Document::warning(std::string text) {
  paragraph(Spans{Span{std::move(text), true}});
  blocks.back().warning = true;
}

void Document::bullets(std::vector<std::string> items) {
  std::vector<Spans> spans;
  for (std::string& i : items) spans.push_back(Spans{Span{std::move(i)}});
  bullets(std::move(spans));
}

void Document::bullets(std::vector<Spans> items) {
  Block b;
  b.kind = Block::Kind::bullets;
  b.items = std::move(items);
  blocks.push_back(std::move(b));
}

void Document::table(DocTable t) {
  Block b;
  b.kind = Block::Kind::table;
  b.table = std::move(t);
  blocks.push_back(std::move(b));
}

void Document::html(std::string markup, std::string alt) {
  Block b;
  b.kind = Block::Kind::html;
  b.html = std::move(markup);
  b.alt = std::move(alt);
  blocks.push_back(std::move(b));
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  append_html_escaped(out, text);
  return out;
}

namespace {

// Enough room for a document rendered as Markdown or HTML: its text twice over (escapes) and a
// little markup per cell, span and block. Reserving it saves regrowing the output, which for a
// long report means copying it several times into fresh memory; room never written is never
// touched, so a generous guess costs nothing.
std::size_t rendered_size_bound(const Document& doc) {
  std::size_t text = doc.title.size(), pieces = 0;
  auto spans = [&](const Spans& list) {
    for (const Span& sp : list) text += sp.text.size();
    pieces += list.size() + 1;
  };
  for (const Block& b : doc.blocks) {
    text += b.anchor.size() + b.html.size() + b.alt.size();
    spans(b.spans);
    for (const Spans& item : b.items) spans(item);
    for (const std::string& c : b.table.header) text += c.size();
    for (const std::string& c : b.table.footer) text += c.size();
    for (const auto& row : b.table.rows) {
      for (const std::string& c : row) text += c.size();
      pieces += row.size() + 1;
    }
    pieces += b.table.header.size() + b.table.footer.size() + 1;
  }
  return 2 * text + 48 * pieces + kCss.size() + 1024;
}

}  // namespace

std::string render_markdown(const Document& doc) {
  std::string out;
  out.reserve(rendered_size_bound(doc));
  for (const Block& b : doc.blocks) {
    // Blocks are separated by a blank line; a block that renders to nothing takes its back.
    const std::size_t before = out.size();
    if (!out.empty()) out += '\n';
    const std::size_t start = out.size();
    switch (b.kind) {
      case Block::Kind::heading:
        out.append(static_cast<std::size_t>(b.level), '#');
        out += ' ';
        append_markdown_spans(out, b.spans);
        out += '\n';
        break;
      case Block::Kind::paragraph:
        if (b.warning) out += "> ";
        append_markdown_spans(out, b.spans);
        out += '\n';
        break;
      case Block::Kind::bullets:
        for (const Spans& item : b.items) {
          out += "- ";
          append_markdown_spans(out, item);
          out += '\n';
        }
        break;
      case Block::Kind::table:
        append_markdown_table(out, b.table.header, b.table.numeric, b.table.rows, b.table.footer, MarkdownRule::spaced);
        break;
      case Block::Kind::html:
        if (!b.alt.empty()) {
          append_markdown_escaped(out, b.alt, MarkdownPlace::line_start);
          out += '\n';
        }
        break;
    }
    if (out.size() == start) out.resize(before);
  }
  return out;
}

std::string render_html(const Document& doc) {
  std::string out;
  out.reserve(rendered_size_bound(doc));
  out +=
      "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      "img-src data:\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  append_html_escaped(out, doc.title);
  out += "</title>\n<style>";
  out += kCss;
  out += "</style>\n</head>\n<body>\n<main>\n";
  for (const Block& b : doc.blocks) {
    switch (b.kind) {
      case Block::Kind::heading: {
        const std::string level = std::to_string(b.level);
        out += "<h" + level;
        if (!b.anchor.empty()) {
          out += " id=\"";
          append_html_escaped(out, b.anchor);
          out += '"';
        }
        out += '>';
        append_html_spans(out, b.spans);
        out += "</h" + level + ">\n";
        break;
      }
      case Block::Kind::paragraph:
        out += b.warning ? "<p class=\"warning\">" : "<p>";
        append_html_spans(out, b.spans);
        out += "</p>\n";
        break;
      case Block::Kind::bullets:
        out += "<ul>\n";
        for (const Spans& item : b.items) {
          out += "<li>";
          append_html_spans(out, item);
          out += "</li>\n";
        }
        out += "</ul>\n";
        break;
      case Block::Kind::table:
        append_html_table(out, b.table);
        break;
      case Block::Kind::html:
        out += b.html;
        break;
    }
  }
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace tk
