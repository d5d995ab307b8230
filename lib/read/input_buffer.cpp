#include "read/input_buffer.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/error.hpp"
#include "core/huge_pages.hpp"

namespace tk {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& why) {
  throw Error(ExitCode::no_input, Location{path == "-" ? "<stdin>" : path}, "cannot read file: " + why);
}

}  // namespace

InputBuffer InputBuffer::open(const std::string& path) {
  const bool standard_input = path == "-";
  int fd = standard_input ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail(path, errno == ENOENT ? "no such file" : std::strerror(errno));
  struct stat st {};
  std::string why;
  if (::fstat(fd, &st) != 0) why = std::strerror(errno);
  else if (S_ISDIR(st.st_mode)) why = "it is a directory";
  InputBuffer buffer;
  try {
    // + 1: the end of a regular file is seen without growing the buffer.
    buffer.reserve(why.empty() && S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) + 1 : std::size_t{1} << 16);
    while (why.empty()) {
      if (buffer.size_ == buffer.capacity_) buffer.reserve(buffer.capacity_ * 2);
      ssize_t n = ::read(fd, buffer.data_ + buffer.size_, buffer.capacity_ - buffer.size_);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) why = std::strerror(errno);
      if (n <= 0) break;
      buffer.size_ += static_cast<std::size_t>(n);
    }
  } catch (...) {
    if (!standard_input) ::close(fd);
    throw;
  }
  if (!standard_input) ::close(fd);
  if (!why.empty()) fail(path, why);
  return buffer;
}

InputBuffer InputBuffer::from_text(std::string_view text) {
  InputBuffer buffer;
  buffer.reserve(text.size() + 1);
  std::memcpy(buffer.data_, text.data(), text.size());
  buffer.size_ = text.size();
  return buffer;
}

void InputBuffer::reserve(std::size_t capacity) {
  if (capacity <= capacity_) return;
  char* bigger = static_cast<char*>(allocate_huge(capacity));
  if (size_ > 0) std::memcpy(bigger, data_, size_);
  if (data_ != nullptr) free_huge(data_, capacity_);
  data_ = bigger;
  capacity_ = capacity;
}

InputBuffer::InputBuffer(InputBuffer&& other) noexcept
    : data_(other.data_), size_(other.size_), capacity_(other.capacity_) {
  other.data_ = nullptr;
  other.size_ = other.capacity_ = 0;
}

InputBuffer& InputBuffer::operator=(InputBuffer&& other) noexcept {
  if (this != &other) {
    if (data_ != nullptr) free_huge(data_, capacity_);
    data_ = other.data_;
    size_ = other.size_;
    capacity_ = other.capacity_;
    other.data_ = nullptr;
    other.size_ = other.capacity_ = 0;
  }
  return *this;
}

InputBuffer::~InputBuffer() {
  if (data_ != nullptr) free_huge(data_, capacity_);
}

}  // namespace tk
