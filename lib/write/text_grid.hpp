#pragma once

#include <string>
#include <vector>

namespace tk {

// A grid of text cells for terminal tables and Markdown (write/markdown.hpp). Column 0 is left-aligned, the
// others right-aligned (they hold numbers) unless `left_aligned` says otherwise.
struct TextGrid {
  std::vector<std::vector<std::string>> header;  // one or more header rows
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> left_aligned;  // per column; missing: column 0 only

  bool is_left(std::size_t column) const;
};

// Columns padded to their widest cell (UTF-8 characters counted once), two spaces apart,
// a dashed rule under the header; each line ends in '\n' without trailing spaces.
std::string render_text(const TextGrid& grid);

}  // namespace tk
