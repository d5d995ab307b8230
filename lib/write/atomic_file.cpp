#include "write/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>

#include "core/error.hpp"

namespace tk {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& why) {
  throw Error(ExitCode::cant_create, Location{path}, "cannot write output file: " + why);
}

}  // namespace

namespace {

// A temporary file beside its target, written and not yet renamed; removed unless committed.
class PendingFile {
 public:
  // Creates the temporary file.
  explicit PendingFile(const std::string& path) : path_(path) {
    std::filesystem::path target(path);
    if (std::filesystem::is_directory(target)) fail(path, "it is a directory");
    std::filesystem::path dir = target.parent_path();
    if (dir.empty()) dir = ".";
    temp_ = (dir / fmt::format(".{}.tmp-XXXXXX", target.filename().string())).string();
    fd_ = ::mkstemp(temp_.data());
    if (fd_ < 0) {
      temp_.clear();
      fail(path, std::strerror(errno));
    }
  }
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;
  ~PendingFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!temp_.empty()) ::unlink(temp_.c_str());
  }

  void write(std::string_view content) {
    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0) {
      ssize_t n = ::write(fd_, p, left);
      if (n < 0) {
        if (errno == EINTR) continue;
        fail(path_, std::strerror(errno));
      }
      p += n;
      left -= static_cast<std::size_t>(n);
    }
    // Output files are ordinary documents: readable by all, writable by the owner.
    if (::fchmod(fd_, 0644) != 0) fail(path_, std::strerror(errno));
  }

  // Starts writing the file to disk without waiting (Linux; elsewhere the flush does it all).
  void start_flush() {
#ifdef SYNC_FILE_RANGE_WRITE
    (void)::sync_file_range(fd_, 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
  }

  // Waits until the file is on disk, then closes it.
  void flush() {
    if (::fsync(fd_) != 0) fail(path_, std::strerror(errno));
    int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) fail(path_, std::strerror(errno));
  }

  void rename() {
    if (std::rename(temp_.c_str(), path_.c_str()) != 0) fail(path_, std::strerror(errno));
    temp_.clear();
  }

 private:
  std::string path_;
  std::string temp_;
  int fd_ = -1;
};

// True when `path` is already exactly what writing `content` would leave there: a regular
// file, not linked elsewhere, with the mode tenderkit gives its outputs and the same bytes.
// Such a file is left alone. Re-running a command on unchanged inputs (the outputs are
// byte-identical) then writes nothing: no time stamp changes, and no old blocks are freed.
bool already_written(const std::string& path, std::string_view content) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return false;
  if (!S_ISREG(st.st_mode) || (st.st_mode & 07777) != 0644 || st.st_nlink != 1 ||
      static_cast<std::uintmax_t>(st.st_size) != content.size()) {
    return false;
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char buffer[16384];
  std::size_t at = 0;
  bool same = true;
  while (same) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      same = n == 0 && at == content.size();
      break;
    }
    auto got = static_cast<std::size_t>(n);
    same = at + got <= content.size() && std::memcmp(buffer, content.data() + at, got) == 0;
    at += got;
  }
  ::close(fd);
  return same;
}

}  // namespace

void write_files_atomically(std::size_t count, const std::function<FileToWrite(std::size_t)>& file) {
  // At most this many files are open at once, well inside the usual limit of 1,024.
  constexpr std::size_t kOpenAtOnce = 256;
  std::vector<std::unique_ptr<PendingFile>> pending;
  std::size_t flushed = 0;
  for (std::size_t i = 0; i < count; ++i) {
    FileToWrite f = file(i);
    if (already_written(f.path, f.content)) continue;
    pending.push_back(std::make_unique<PendingFile>(f.path));
    pending.back()->write(f.content);
    pending.back()->start_flush();
    if (pending.size() - flushed == kOpenAtOnce) {
      for (; flushed < pending.size(); ++flushed) pending[flushed]->flush();
    }
  }
  for (; flushed < pending.size(); ++flushed) pending[flushed]->flush();
  for (auto& p : pending) p->rename();
}

void write_files_atomically(const std::vector<FileToWrite>& files) {
  write_files_atomically(files.size(), [&](std::size_t i) { return files[i]; });
}

void write_file_atomically(const std::string& path, std::string_view content) {
  write_files_atomically({FileToWrite{path, content}});
}

void write_output(const std::string& path, std::string_view content) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    if (!std::cout) throw Error(ExitCode::cant_create, Location{"<stdout>"}, "cannot write to standard output");
    return;
  }
  write_file_atomically(path, content);
}

}  // namespace tk
