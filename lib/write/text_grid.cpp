#include "write/text_grid.hpp"

#include <algorithm>

namespace tk {

namespace {

std::size_t display_width(const std::string& s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;  // count UTF-8 lead bytes only
  return n;
}

std::size_t column_count(const TextGrid& g) {
  std::size_t n = 0;
  for (const auto& r : g.header) n = std::max(n, r.size());
  for (const auto& r : g.rows) n = std::max(n, r.size());
  return n;
}

std::string cell(const std::vector<std::string>& row, std::size_t i) { return i < row.size() ? row[i] : ""; }

std::string rtrim(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

}  // namespace

bool TextGrid::is_left(std::size_t column) const {
  if (column < left_aligned.size()) return left_aligned[column];
  return column == 0;
}

std::string render_text(const TextGrid& g) {
  const std::size_t n = column_count(g);
  std::vector<std::size_t> width(n, 0);
  auto measure = [&](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], display_width(row[i]));
  };
  for (const auto& r : g.header) measure(r);
  for (const auto& r : g.rows) measure(r);
  auto line = [&](const std::vector<std::string>& row) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
      std::string c = cell(row, i);
      std::string pad(width[i] - display_width(c), ' ');
      if (i > 0) out += "  ";
      out += g.is_left(i) ? c + pad : pad + c;
    }
    return rtrim(out) + "\n";
  };
  std::string out;
  for (const auto& r : g.header) out += line(r);
  if (!g.header.empty()) {
    std::size_t total = 0;
    for (std::size_t i = 0; i < n; ++i) total += width[i] + (i > 0 ? 2 : 0);
    out += std::string(total, '-') + "\n";
  }
  for (const auto& r : g.rows) out += line(r);
  return out;
}

}  // namespace tk
