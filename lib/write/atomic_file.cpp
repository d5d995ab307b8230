#include "write/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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
    temp_ = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
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

}  // namespace

void write_files_atomically(const std::vector<FileToWrite>& files) {
  // At most this many files are open at once, well inside the usual limit of 1,024.
  constexpr std::size_t kOpenAtOnce = 256;
  std::vector<std::unique_ptr<PendingFile>> pending;
  pending.reserve(files.size());
  for (std::size_t first = 0; first < files.size(); first += kOpenAtOnce) {
    std::size_t end = std::min(files.size(), first + kOpenAtOnce);
    for (std::size_t i = first; i < end; ++i) {
      pending.push_back(std::make_unique<PendingFile>(files[i].path));
      pending.back()->write(files[i].content);
      pending.back()->start_flush();
    }
    for (std::size_t i = first; i < end; ++i) pending[i]->flush();
  }
  for (auto& p : pending) p->rename();
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
