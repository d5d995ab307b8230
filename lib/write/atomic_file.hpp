#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tk {

// Writes `content` to `path` atomically: a temporary file in the same directory, flushed,
// then renamed over `path`, so readers see the old file or the new one, never a part.
// Throws Error(cant_create) naming the path when it cannot be written; the old file is
// then left untouched and the temporary file removed.
void write_file_atomically(const std::string& path, std::string_view content);

// One file for write_files_atomically: where, and what (the text must outlive the call).
struct FileToWrite {
  std::string path;
  std::string_view content;
};

// Writes several files atomically and together: each to a temporary file beside it, then all
// flushed to disk, then all renamed into place. If any cannot be written or flushed, no file
// is replaced and every temporary file is removed; only a failing rename (which needs the
// directory to change under us) can leave the earlier files replaced. The flush starts the
// write-back of every file before waiting for any, so the disk can commit them together rather
// than one by one. A file
// that already holds exactly `content` (a regular file with mode 0644 and no other links) is
// left as it is, with its time stamps: re-running a command whose outputs have not changed
// rewrites nothing.
void write_files_atomically(const std::vector<FileToWrite>& files);

// write_files_atomically for `count` files made one at a time: file(i) gives the i-th file,
// whose content need only stay valid until the next call. A command writing many documents
// then holds one in memory at a time instead of all of them.
void write_files_atomically(std::size_t count, const std::function<FileToWrite(std::size_t)>& file);

// Writes `content` to standard output when `path` is empty or "-", else atomically to `path`.
void write_output(const std::string& path, std::string_view content);

}  // namespace tk
