#pragma once

#include <cstddef>
#include <future>
#include <new>
#include <string>
#include <type_traits>

namespace tk {

// Allocates large blocks on 2 MiB boundaries and asks the kernel to back them with huge
// pages (where transparent huge pages are enabled for madvise), so that filling a large table
// costs a few page faults instead of one per 4 KiB page. Small blocks use operator new.
void* allocate_huge(std::size_t bytes);
void free_huge(void* p, std::size_t bytes) noexcept;

// True in a sanitizer build, whose allocator replaces glibc's malloc.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr bool kSanitizerAllocator = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
inline constexpr bool kSanitizerAllocator = true;
#else
inline constexpr bool kSanitizerAllocator = false;
#endif
#else
inline constexpr bool kSanitizerAllocator = false;
#endif

// Puts the rest of the process's heap on transparent huge pages, so that the few megabytes a
// command on a tender allocates cost a few page faults rather than one per 4 KiB page (about
// 11 µs each on the virtual machines this runs on; docs/PERFORMANCE.md). Call it first thing
// in main, before any thread starts. It reserves address space, not memory: a page is only
// backed when first written. Advice only: where transparent huge pages are off, or under a
// sanitizer (whose allocator is not glibc's), it changes nothing but malloc's thresholds.
void use_huge_pages_for_heap();

// The same for the heap glibc gives the calling thread, at the start of a thread that will
// allocate a lot (the workbook, the digests). Does nothing when the thread's heap is not new,
// or when use_huge_pages_for_heap has not prepared malloc first; true when it did something.
bool use_huge_pages_for_thread_heap();

// std::async(std::launch::async, f) on a thread that first calls use_huge_pages_for_thread_heap:
// how tenderkit starts a thread for a piece of work that allocates.
template <class F>
auto async_on_huge_pages(F f) -> std::future<std::invoke_result_t<F&>> {
  return std::async(std::launch::async, [f = std::move(f)]() mutable {
    use_huge_pages_for_thread_heap();
    return f();
  });
}

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

// A string for large outputs (a batch result of many megabytes), built in huge pages.
using HugeString = std::basic_string<char, std::char_traits<char>, HugePageAllocator<char>>;

}  // namespace tk
