#include "core/huge_pages.hpp"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

namespace tk {

namespace {
constexpr std::size_t kHugePage = std::size_t{2} << 20;
constexpr std::size_t kThreshold = std::size_t{1} << 20;

std::size_t rounded(std::size_t bytes) { return (bytes + kHugePage - 1) / kHugePage * kHugePage; }
}  // namespace

void use_huge_pages_for_heap() {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  return;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
  return;
#endif
#endif
  // glibc grows its main heap with brk. The next growth reserves kReserve more than it needs;
  // the whole 2 MiB pages in that reserve are advised huge. Blocks up to kMmapBelow come from
  // the heap instead of mmaps of their own (in 4 KiB pages); the heap is never trimmed, as
  // giving back a huge page would split it.
  constexpr std::size_t kReserve = std::size_t{64} << 20;
  constexpr std::size_t kMmapBelow = std::size_t{8} << 20;
  if (::mallopt(M_MMAP_THRESHOLD, static_cast<int>(kMmapBelow)) == 0) return;
  ::mallopt(M_TRIM_THRESHOLD, static_cast<int>(2 * kReserve));
  ::mallopt(M_TOP_PAD, static_cast<int>(kReserve));
  // A block bigger than what is left of the heap makes it grow now, by kReserve more. malloc
  // writes only the block's header and, after its end, the header of the rest (the "top"). The
  // whole 2 MiB pages past that are advised huge before anything is written there, and the block
  // is then grown in place up to the first of them: later blocks start on huge pages. The block
  // stays allocated and is never written, so it costs address space only.
  [[maybe_unused]] static void* below_first_huge_page = nullptr;
  char* before = static_cast<char*>(::sbrk(0));
  constexpr std::size_t kGrow = kHugePage + (std::size_t{64} << 10);
  auto* block = static_cast<char*>(std::malloc(kGrow));
  ::mallopt(M_TOP_PAD, static_cast<int>(kHugePage));  // later growth: ordinary steps
  if (block == nullptr) return;
  char* end = static_cast<char*>(::sbrk(0));
  const std::uintptr_t written = reinterpret_cast<std::uintptr_t>(block + kGrow) + 4096;
  auto* first = reinterpret_cast<char*>((written + kHugePage - 1) / kHugePage * kHugePage);
  if (before == reinterpret_cast<char*>(-1) || block < before - kGrow || block > end ||
      end < before + kReserve || end < first + kHugePage) {
    std::free(block);  // not the heap's growth as expected: leave everything as malloc made it
    return;
  }
  ::madvise(first, static_cast<std::size_t>(end - first), MADV_HUGEPAGE);
  // The chunk then ends at `first`: its size is the request plus malloc's 8-byte size field.
  below_first_huge_page = std::realloc(block, static_cast<std::size_t>(first - block) + sizeof(std::size_t));
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
