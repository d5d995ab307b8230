#pragma once

#include <string>
#include <string_view>

#include "core/huge_pages.hpp"

namespace tk {

// The whole content of an input file or of standard input, held in memory as one block of
// bytes: a read-only mapping for a regular file, otherwise one buffer read in full. Readers
// that stream through large inputs (batch) use it instead of read_input_file to avoid a copy.
class InputBuffer {
 public:
  // Opens `path`, or standard input when `path` is "-". Throws Error(no_input) naming the
  // path (as read_input_file does) when it is missing, a directory or unreadable.
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
  void release();

  const char* data_ = "";
  std::size_t size_ = 0;
  bool mapped_ = false;
  HugeString owned_;
};

}  // namespace tk
