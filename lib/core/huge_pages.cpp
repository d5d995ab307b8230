#include "core/huge_pages.hpp"

#include <cstdlib>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace tk {

namespace {
constexpr std::size_t kHugePage = std::size_t{2} << 20;
constexpr std::size_t kThreshold = std::size_t{1} << 20;

std::size_t rounded(std::size_t bytes) { return (bytes + kHugePage - 1) / kHugePage * kHugePage; }
}  // namespace

void* allocate_huge(std::size_t bytes) {
  if (bytes < kThreshold) return ::operator new(bytes);
  // aligned_alloc wants a size that is a multiple of the alignment.
  void* p = std::aligned_alloc(kHugePage, rounded(bytes));
  if (p == nullptr) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  // Advice only: without transparent huge pages the block is still ordinary memory.
  ::madvise(p, rounded(bytes), MADV_HUGEPAGE);
#endif
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
