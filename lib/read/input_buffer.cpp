#include "read/input_buffer.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <cstdlib>

#include "core/error.hpp"

namespace tk {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& why) {
  throw Error(ExitCode::no_input, Location{path == "-" ? "<stdin>" : path}, "cannot read file: " + why);
}

// Reads everything left on `fd` into `out`, growing it geometrically.
void read_all(int fd, const std::string& path, HugeString& out, std::size_t hint) {
  std::size_t used = 0;
  out.resize(hint > 0 ? hint + 1 : 1 << 16);
  for (;;) {
    if (used == out.size()) out.resize(out.size() * 2);
    ssize_t n = ::read(fd, out.data() + used, out.size() - used);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(path, std::strerror(errno));
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
  }
  out.resize(used);
}

}  // namespace

InputBuffer InputBuffer::open(const std::string& path) {
  const bool standard_input = path == "-";
  int fd = standard_input ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail(path, errno == ENOENT ? "no such file" : std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    int err = errno;
    if (!standard_input) ::close(fd);
    fail(path, std::strerror(err));
  }
  if (S_ISDIR(st.st_mode)) {
    if (!standard_input) ::close(fd);
    fail(path, "it is a directory");
  }
  InputBuffer buffer;
  if (S_ISREG(st.st_mode) && st.st_size > 0) {
    auto size = static_cast<std::size_t>(st.st_size);
    // A file redirected to standard input may have been read from already: map from 0 only
    // when the offset is 0, otherwise read what is left.
    off_t offset = standard_input ? ::lseek(fd, 0, SEEK_CUR) : 0;
    if (offset == 0 && std::getenv("TK_NOMMAP") == nullptr) {
      void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
      if (p != MAP_FAILED) {
        buffer.data_ = static_cast<const char*>(p);
        buffer.size_ = size;
        buffer.mapped_ = true;
        if (!standard_input) ::close(fd);
        return buffer;
      }
    }
  }
  std::size_t hint = S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) : 0;
  try {
    read_all(fd, path, buffer.owned_, hint);
  } catch (...) {
    if (!standard_input) ::close(fd);
    throw;
  }
  if (!standard_input) ::close(fd);
  buffer.data_ = buffer.owned_.data();
  buffer.size_ = buffer.owned_.size();
  return buffer;
}

InputBuffer InputBuffer::from_text(std::string_view text) {
  InputBuffer buffer;
  buffer.owned_ = HugeString(text);
  buffer.data_ = buffer.owned_.data();
  buffer.size_ = buffer.owned_.size();
  return buffer;
}

InputBuffer::InputBuffer(InputBuffer&& other) noexcept { *this = std::move(other); }

InputBuffer& InputBuffer::operator=(InputBuffer&& other) noexcept {
  if (this == &other) return *this;
  release();
  mapped_ = other.mapped_;
  size_ = other.size_;
  owned_ = std::move(other.owned_);
  data_ = mapped_ ? other.data_ : owned_.data();
  other.data_ = "";
  other.size_ = 0;
  other.mapped_ = false;
  return *this;
}

InputBuffer::~InputBuffer() { release(); }

void InputBuffer::release() {
  if (mapped_) ::munmap(const_cast<char*>(data_), size_);
  mapped_ = false;
  data_ = "";
  size_ = 0;
  owned_.clear();
}

}  // namespace tk
