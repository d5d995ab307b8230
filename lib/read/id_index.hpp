#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "core/huge_pages.hpp"

namespace tk {

// A hash index from ids (byte strings of at most 1023 bytes) to small numbers, for readers
// that meet hundreds of thousands of ids. Open addressing with linear probing; each slot keeps
// a view of its key and a tag (length and hash bits) so that a probe rarely reads key bytes.
// The bytes behind every key must outlive the index. Callers that know keys in advance can
// hash them and prefetch their slots to hide memory latency.
class IdIndex {
 public:
  static constexpr std::uint32_t kAbsent = UINT32_MAX;
  static constexpr std::size_t kMaxKeyBytes = 1023;

  explicit IdIndex(std::size_t expected_keys = 1024);

  // The hash of a key; never 0 (its top bit is set), so callers can use 0 for "not computed".
  static std::uint64_t hash(std::string_view key);
  // Whether two keys are equal; inline, for the short ids readers compare on every row.
  [[gnu::always_inline]] static bool same(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    const char* x = a.data();
    const char* y = b.data();
    const std::size_t n = a.size();
    if (n > 16) return std::memcmp(x, y, n) == 0;
    if (n >= 8) return ((load<std::uint64_t>(x) ^ load<std::uint64_t>(y)) |
                        (load<std::uint64_t>(x + n - 8) ^ load<std::uint64_t>(y + n - 8))) == 0;
    if (n >= 4) return ((load<std::uint32_t>(x) ^ load<std::uint32_t>(y)) |
                        (load<std::uint32_t>(x + n - 4) ^ load<std::uint32_t>(y + n - 4))) == 0;
    for (std::size_t i = 0; i < n; ++i)
      if (x[i] != y[i]) return false;
    return true;
  }
  // Starts loading the slot where a key with this hash would be.
  void prefetch(std::uint64_t hash) const { __builtin_prefetch(&slots_[hash & mask_]); }

  // Returns the number stored for `key` (whose hash is `hash`), or kAbsent.
  std::uint32_t find(std::string_view key, std::uint64_t hash) const;
  std::uint32_t find(std::string_view key) const { return find(key, hash(key)); }
  // Returns the number stored for `key`; when there is none, stores `value` and returns it.
  std::uint32_t find_or_insert(std::string_view key, std::uint64_t hash, std::uint32_t value);
  std::uint32_t find_or_insert(std::string_view key, std::uint32_t value) {
    return find_or_insert(key, hash(key), value);
  }
  std::size_t size() const { return size_; }

 private:
  template <typename T>
  static T load(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }

  struct Slot {
    const char* key = nullptr;
    std::uint32_t tag = 0;  // key length (low 10 bits) and 22 bits of the hash
    std::uint32_t value = kAbsent;
  };
  static std::uint32_t tag_of(std::size_t length, std::uint64_t hash) {
    return static_cast<std::uint32_t>(length) | (static_cast<std::uint32_t>(hash >> 42) << 10);
  }
  void grow();

  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace tk
