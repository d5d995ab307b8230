#include "write/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "core/error.hpp"

namespace tk {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& why) {
  throw Error(ExitCode::cant_create, Location{path}, "cannot write output file: " + why);
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view content) {
  std::filesystem::path target(path);
  if (std::filesystem::is_directory(target)) fail(path, "it is a directory");
  std::filesystem::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) fail(path, std::strerror(errno));
  const char* p = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      std::string why = std::strerror(errno);
      ::close(fd);
      ::unlink(tmpl.c_str());
      fail(path, why);
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  // Output files are ordinary documents: readable by all, writable by the owner.
  if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0 || ::close(fd) != 0) {
    std::string why = std::strerror(errno);
    ::unlink(tmpl.c_str());
    fail(path, why);
  }
  if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
    std::string why = std::strerror(errno);
    ::unlink(tmpl.c_str());
    fail(path, why);
  }
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
