#pragma once

#include <string>
#include <string_view>

namespace tk {

// Writes `content` to `path` atomically: a temporary file in the same directory, flushed,
// then renamed over `path`, so readers see the old file or the new one, never a part.
// Throws Error(cant_create) naming the path when it cannot be written; the old file is
// then left untouched and the temporary file removed.
void write_file_atomically(const std::string& path, std::string_view content);

// Writes `content` to standard output when `path` is empty or "-", else atomically to `path`.
void write_output(const std::string& path, std::string_view content);

}  // namespace tk
