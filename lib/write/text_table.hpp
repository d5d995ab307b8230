#pragma once

#include <string>
#include <vector>

namespace tk {

// A table of text cells rendered for a terminal (columns padded, two spaces apart, a rule
// under the header) or as a GitHub-flavoured Markdown pipe table. Widths count UTF-8 code
// points, so "£" and "é" take one column.
class TextTable {
 public:
  enum class Align { left, right };

  void add_column(std::string header, Align align = Align::left);
  // Adds a row; missing cells are blank, extra cells are an error in the caller (ignored).
  void add_row(std::vector<std::string> cells);
  bool empty() const { return rows_.empty(); }

  // Each line ends in '\n'; trailing spaces are trimmed. `indent` spaces start each line.
  std::string render(int indent = 0) const;
  // "| a | b |" lines with a "| --- | ---: |" rule; '|' in cells is escaped.
  std::string render_markdown() const;

 private:
  struct Column {
    std::string header;
    Align align;
  };
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

// The display width of UTF-8 text: its code points.
std::size_t display_width(const std::string& text);

}  // namespace tk
