#include "write/markdown.hpp"

#include <algorithm>
#include <array>

namespace tk {

void append_markdown_escaped(std::string& out, std::string_view text, MarkdownPlace place) {
  // What each byte may need: 1 always escaped, 2 escaped at the start of a line, 4 decided by
  // its neighbours or replaced. Runs of bytes that need nothing are copied whole.
  static constexpr auto kNeeds = [] {
    std::array<unsigned char, 256> t{};
    for (char c : std::string_view("\\`*[<>|~")) t[static_cast<unsigned char>(c)] = 1;
    for (char c : std::string_view("-+#!({")) t[static_cast<unsigned char>(c)] = 2;
    for (char c : std::string_view("_&\r\n")) t[static_cast<unsigned char>(c)] = 4;
    return t;
  }();
  auto word = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  const bool line_start = place == MarkdownPlace::line_start;
  std::size_t plain = 0;  // where the bytes not yet copied begin
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    unsigned char needs = kNeeds[static_cast<unsigned char>(c)];
    if (needs == 0 || (needs == 2 && !(i == 0 && line_start))) continue;
    out.append(text, plain, i - plain);
    plain = i + 1;
    if (c == '\r') continue;
    if (c == '\n') {
      out += ' ';
      continue;
    }
    bool special = needs != 4;
    // An '_' inside a word (bidder_id) cannot start or end emphasis; '&' only starts an
    // entity before a name or '#'.
    if (c == '_') special = i == 0 || i + 1 == text.size() || !word(text[i - 1]) || !word(text[i + 1]);
    if (c == '&' && i + 1 < text.size()) {
      char next = text[i + 1];
      special = next == '#' || (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z');
    }
    if (special) out += '\\';
    out += c;
  }
  out.append(text, plain, text.size() - plain);
}

std::string markdown_escape(std::string_view text, MarkdownPlace place) {
  std::string out;
  out.reserve(text.size() + 8);
  append_markdown_escaped(out, text, place);
  return out;
}

void append_markdown_table(std::string& out, const std::vector<std::string>& header,
                           const std::vector<bool>& right_aligned,
                           const std::vector<std::vector<std::string>>& rows,
                           const std::vector<std::string>& footer, MarkdownRule rule) {
  const bool spaced = rule == MarkdownRule::spaced;
  auto row = [&](const std::vector<std::string>& cells) {
    out += '|';
    for (std::size_t i = 0; i < std::max(header.size(), cells.size()); ++i) {
      std::string_view c = i < cells.size() ? std::string_view(cells[i]) : std::string_view();
      out += ' ';
      if (c.empty() && spaced) out += ' ';
      append_markdown_escaped(out, c, MarkdownPlace::within_line);
      out += " |";
    }
    out += '\n';
  };
  row(header);
  out += '|';
  for (std::size_t i = 0; i < header.size(); ++i) {
    bool right = i < right_aligned.size() && right_aligned[i];
    if (spaced) {
      out += right ? " ---: |" : " --- |";
    } else {
      out += right ? "--:|" : "---|";
    }
  }
  out += '\n';
  for (const auto& r : rows) row(r);
  if (footer.empty()) return;
  out += '|';
  for (const std::string& c : footer) {
    if (c.empty()) {
      out += "  |";
      continue;
    }
    out += " **";
    append_markdown_escaped(out, c, MarkdownPlace::within_line);
    out += "** |";
  }
  out += '\n';
}

std::string render_markdown(const TextGrid& grid) {
  std::size_t n = 0;
  for (const auto& r : grid.header) n = std::max(n, r.size());
  for (const auto& r : grid.rows) n = std::max(n, r.size());
  std::vector<std::string> head(n);
  for (const auto& r : grid.header)
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (r[i].empty()) continue;
      head[i] += (head[i].empty() ? "" : " ") + r[i];
    }
  std::vector<bool> right(n);
  for (std::size_t i = 0; i < n; ++i) right[i] = !grid.is_left(i);
  std::string out;
  append_markdown_table(out, head, right, grid.rows, {}, MarkdownRule::compact);
  return out;
}

}  // namespace tk
