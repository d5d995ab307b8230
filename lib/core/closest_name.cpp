#include "core/closest_name.hpp"

#include <algorithm>

namespace tk {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // d[i][j]: distance between the first i characters of a and the first j of b.
  const std::size_t w = b.size() + 1;
  std::vector<std::size_t> d((a.size() + 1) * w);
  for (std::size_t i = 0; i <= a.size(); ++i) d[i * w] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t best =
          std::min({d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1, d[(i - 1) * w + j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        best = std::min(best, d[(i - 2) * w + j - 2] + 1);
      }
      d[i * w + j] = best;
    }
  }
  return d[a.size() * w + b.size()];
}

std::optional<std::string> closest_name(std::string_view typed, const std::vector<std::string>& names) {
  std::vector<std::string> sorted = names;
  std::sort(sorted.begin(), sorted.end());
  std::optional<std::string> extended;
  std::size_t extensions = 0;
  for (const std::string& name : sorted) {
    if (!typed.empty() && name.starts_with(typed)) {
      extended = name;
      ++extensions;
    }
  }
  if (extensions == 1) return extended;

  const std::size_t limit = std::max<std::size_t>(2, typed.size() / 3);
  std::optional<std::string> nearest;
  std::size_t nearest_distance = limit + 1;
  for (const std::string& name : sorted) {
    std::size_t d = edit_distance(typed, name);
    if (d < nearest_distance) {
      nearest = name;
      nearest_distance = d;
    }
  }
  return nearest;
}

}  // namespace tk
