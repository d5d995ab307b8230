#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tk {

// The number of single-character insertions, deletions, substitutions and swaps of two
// neighbours that turn `a` into `b` (optimal string alignment distance): "scroe" → "score" is 1.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The name in `names` that `typed` most likely meant: the only name `typed` is a prefix of,
// else the nearest by edit_distance when that is at most 2 (or a third of the typed length,
// when longer), ties going to the name first in alphabetical order. nullopt when nothing is close.
std::optional<std::string> closest_name(std::string_view typed, const std::vector<std::string>& names);

}  // namespace tk
