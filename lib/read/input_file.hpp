#pragma once

#include <string>

namespace tk {

// Returns the whole content of `path`. Throws Error(no_input) when it is missing, is a
// directory or cannot be read; the message names the path as given.
std::string read_input_file(const std::string& path);

// Returns the content of standard input.
std::string read_standard_input();

}  // namespace tk
