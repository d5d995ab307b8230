#pragma once

#include <string>
#include <string_view>

namespace tk {

// The whole content of an input file or of standard input, read in full into one block from
// allocate_huge (core/huge_pages.hpp). Readers that stream through large inputs (batch) use it
// rather than read_input_file: a regular file is read straight into a block of its size,
// without the zero-filling and copying a std::string would add.
class InputBuffer {
 public:
  // Reads `path`, or standard input when `path` is "-". Throws Error(no_input) naming the
  // path (as read_input_file does; "<stdin>" for "-") when it is missing, a directory or unreadable.
  static InputBuffer open(const std::string& path);
  // A buffer over text already in memory (tests); the text is copied.
  static InputBuffer from_text(std::string_view text);

  InputBuffer(InputBuffer&& other) noexcept;
  InputBuffer& operator=(InputBuffer&& other) noexcept;
  InputBuffer(const InputBuffer&) = delete;
  InputBuffer& operator=(const InputBuffer&) = delete;
  ~InputBuffer();

  std::string_view text() const { return {data_, size_}; }

 private:
  InputBuffer() = default;
  // Makes room for at least `capacity` bytes, keeping the first size_ (not zeroed: the bytes
  // are about to be read over).
  void reserve(std::size_t capacity);

  char* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

}  // namespace tk
