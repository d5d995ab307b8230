#pragma once

#include <cstddef>
#include <new>
#include <string>

namespace tk {

// Allocates a large block aligned to 2 MiB and, where the system offers transparent huge pages
// (Linux's madvise(MADV_HUGEPAGE)), asks for it to be backed by them, so that filling a large
// table takes a few page faults rather than one per 4 KiB page. Elsewhere, and for blocks
// under 1 MiB, it is an ordinary allocation. Throws std::bad_alloc.
void* allocate_huge(std::size_t bytes);
// Frees a block from allocate_huge; `bytes` is the size it was asked for.
void free_huge(void* p, std::size_t bytes) noexcept;

// A std::allocator for big arrays (batch bids, hash slots): see allocate_huge.
template <typename T>
struct HugePageAllocator {
  using value_type = T;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) noexcept {}  // NOLINT: converting, as allocators are

  T* allocate(std::size_t n) {
    if (n > static_cast<std::size_t>(-1) / sizeof(T)) throw std::bad_array_new_length();
    return static_cast<T*>(allocate_huge(n * sizeof(T)));
  }
  void deallocate(T* p, std::size_t n) noexcept { free_huge(p, n * sizeof(T)); }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const noexcept {
    return true;
  }
};

// A string for large outputs (a batch result of many megabytes).
using HugeString = std::basic_string<char, std::char_traits<char>, HugePageAllocator<char>>;

}  // namespace tk
