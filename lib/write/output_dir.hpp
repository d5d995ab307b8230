#pragma once

#include <string>

namespace tk {

// Creates the folder `path` and its parents when missing. Throws Error(cant_create) naming it
// when it cannot be created or a file is in the way.
void ensure_directory(const std::string& path);

// `dir`/`name` as a path string.
std::string path_in(const std::string& dir, const std::string& name);

}  // namespace tk
