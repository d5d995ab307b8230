#include "write/text_table.hpp"

#include <algorithm>

namespace tk {

std::size_t display_width(const std::string& text) {
  std::size_t n = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

void TextTable::add_column(std::string header, Align align) { columns_.push_back({std::move(header), align}); }

void TextTable::add_row(std::vector<std::string> cells) {
  cells.resize(columns_.size());
  rows_.push_back(std::move(cells));
}

namespace {

std::string pad(const std::string& text, std::size_t width, TextTable::Align align) {
  std::size_t w = display_width(text);
  std::string fill(width > w ? width - w : 0, ' ');
  return align == TextTable::Align::left ? text + fill : fill + text;
}

void trim_right(std::string& line) {
  while (!line.empty() && line.back() == ' ') line.pop_back();
}

std::string escape_markdown(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::string TextTable::render(int indent) const {
  std::vector<std::size_t> widths;
  for (const Column& c : columns_) widths.push_back(display_width(c.header));
  for (const auto& row : rows_)
    for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], display_width(row[i]));
  std::string margin(static_cast<std::size_t>(std::max(indent, 0)), ' ');
  auto line = [&](const std::vector<std::string>& cells) {
    std::string out = margin;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) out += "  ";
      out += pad(cells[i], widths[i], columns_[i].align);
    }
    trim_right(out);
    return out + "\n";
  };
  std::vector<std::string> headers;
  std::vector<std::string> rules;
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    headers.push_back(columns_[i].header);
    rules.push_back(std::string(widths[i], '-'));
  }
  std::string out = line(headers) + line(rules);
  for (const auto& row : rows_) out += line(row);
  return out;
}

std::string TextTable::render_markdown() const {
  std::string out = "|";
  for (const Column& c : columns_) out += " " + escape_markdown(c.header) + " |";
  out += "\n|";
  for (const Column& c : columns_) out += c.align == Align::right ? " ---: |" : " --- |";
  out += "\n";
  for (const auto& row : rows_) {
    out += "|";
    for (const std::string& cell : row) out += " " + escape_markdown(cell) + " |";
    out += "\n";
  }
  return out;
}

}  // namespace tk
