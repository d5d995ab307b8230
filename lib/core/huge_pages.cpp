#include "core/huge_pages.hpp"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>

namespace tk {

namespace {
constexpr std::size_t kHugePage = std::size_t{2} << 20;
constexpr std::size_t kThreshold = std::size_t{1} << 20;

std::size_t rounded(std::size_t bytes) { return (bytes + kHugePage - 1) / kHugePage * kHugePage; }

// The first block of a heap's growth: bigger than a huge page, below the mmap threshold.
constexpr std::size_t kGrow = kHugePage + (std::size_t{64} << 10);
// How much more than it needs glibc makes a heap read-write when it grows the main heap or
// creates a thread's: the room the first huge pages are in.
constexpr std::size_t kPad = std::size_t{32} << 20;
// glibc's reservation per thread heap on 64-bit Linux (HEAP_MAX_SIZE), aligned to its size.
constexpr std::size_t kThreadHeap = std::size_t{64} << 20;

// Set once use_huge_pages_for_heap has set malloc's thresholds: a thread heap starts kPad long.
std::atomic<bool> heap_prepared{false};

// `block` (kGrow bytes) was just carved from the start of fresh heap memory that reaches `end`.
// malloc has written only the block's header and, after its end, the header of the rest (the
// "top"). The whole 2 MiB pages past that are advised huge before anything is written there,
// and the block is then grown in place up to the first of them, so that later blocks start on
// huge pages. The block stays allocated and is never written: it costs address space only.
bool grow_onto_huge_pages(char* block, char* end) {
  const std::uintptr_t written = reinterpret_cast<std::uintptr_t>(block + kGrow) + 4096;
  auto* first = reinterpret_cast<char*>((written + kHugePage - 1) / kHugePage * kHugePage);
  if (end < first + kHugePage) {
    std::free(block);
    return false;
  }
  ::madvise(first, static_cast<std::size_t>(end - first), MADV_HUGEPAGE);
  // The chunk then ends at `first`: its size is the request plus malloc's 8-byte size field.
  [[maybe_unused]] void* kept = std::realloc(block, static_cast<std::size_t>(first - block) + sizeof(std::size_t));
  return true;
}

}  // namespace

void use_huge_pages_for_heap() {
  if (kSanitizerAllocator) return;
  // glibc grows its main heap with brk. Blocks up to kMmapBelow come from the heap instead of
  // mmaps of their own (in 4 KiB pages); the heap is never trimmed, as giving back a huge page
  // would split it. The next growth, forced now, reserves kReserve more than it needs.
  constexpr std::size_t kReserve = std::size_t{64} << 20;
  constexpr std::size_t kMmapBelow = std::size_t{8} << 20;
  if (::mallopt(M_MMAP_THRESHOLD, static_cast<int>(kMmapBelow)) == 0) return;
  ::mallopt(M_TRIM_THRESHOLD, static_cast<int>(2 * kReserve));
  ::mallopt(M_TOP_PAD, static_cast<int>(kReserve));
  char* before = static_cast<char*>(::sbrk(0));
  auto* block = static_cast<char*>(std::malloc(kGrow));
  ::mallopt(M_TOP_PAD, static_cast<int>(kPad));  // later growth, and each thread heap's start
  if (block == nullptr) return;
  char* end = static_cast<char*>(::sbrk(0));
  if (before == reinterpret_cast<char*>(-1) || block < before - kGrow || block > end || end < before + kReserve) {
    std::free(block);  // not the heap's growth as expected: leave everything as malloc made it
    return;
  }
  heap_prepared = grow_onto_huge_pages(block, end);
}

bool use_huge_pages_for_thread_heap() {
  if (kSanitizerAllocator || !heap_prepared) return false;
  // A thread's first allocation gave it a heap of its own (an arena): a kThreadHeap reservation
  // on a kThreadHeap boundary, made read-write kPad bytes beyond the arena's header. A block
  // near that start is the first in a fresh heap; anywhere else (a heap an earlier thread left,
  // or the main heap) it is given back and nothing changes.
  auto* block = static_cast<char*>(std::malloc(kGrow));
  if (block == nullptr) return false;
  const std::uintptr_t base = reinterpret_cast<std::uintptr_t>(block) & ~(kThreadHeap - 1);
  if (reinterpret_cast<std::uintptr_t>(block) - base > (std::size_t{16} << 10)) {
    std::free(block);
    return false;
  }
  return grow_onto_huge_pages(block, reinterpret_cast<char*>(base) + kPad);
}

void* allocate_huge(std::size_t bytes) {
  if (bytes < kThreshold) return ::operator new(bytes);
  void* p = std::aligned_alloc(kHugePage, rounded(bytes));
  if (p == nullptr) throw std::bad_alloc();
  // Advice only: without transparent huge pages the block is still ordinary memory.
  ::madvise(p, rounded(bytes), MADV_HUGEPAGE);
  return p;
}

void free_huge(void* p, std::size_t bytes) noexcept {
  if (bytes < kThreshold) {
    ::operator delete(p);
    return;
  }
  std::free(p);
}

}  // namespace tk
