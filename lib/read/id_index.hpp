#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/huge_pages.hpp"

namespace tk {

// A hash index from ids (byte strings) to small numbers, for readers that meet hundreds of
// thousands of ids. Open addressing with linear probing; the index keeps views of the keys,
// so the bytes behind every key must outlive it.
class IdIndex {
 public:
  static constexpr std::uint32_t kAbsent = UINT32_MAX;

  explicit IdIndex(std::size_t expected_keys = 1024);

  // Returns the number stored for `key`, or kAbsent.
  std::uint32_t find(std::string_view key) const;
  // Returns the number stored for `key`; when there is none, stores `value` and returns it.
  std::uint32_t find_or_insert(std::string_view key, std::uint32_t value);
  std::size_t size() const { return size_; }

  static std::uint64_t hash(std::string_view key);

 private:
  struct Slot {
    const char* key = nullptr;
    std::uint32_t length = 0;
    std::uint32_t value = kAbsent;
  };
  void grow();

  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace tk
