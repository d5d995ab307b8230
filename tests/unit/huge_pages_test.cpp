#include <doctest/doctest.h>

#include <malloc.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

#include "core/huge_pages.hpp"

TEST_CASE("HugePageAllocator serves small and large vectors") {
  std::vector<std::uint64_t, tk::HugePageAllocator<std::uint64_t>> small(10, 7);
  CHECK(small[9] == 7);
  std::vector<std::uint64_t, tk::HugePageAllocator<std::uint64_t>> large(1 << 20, 3);  // 8 MiB
  CHECK(reinterpret_cast<std::uintptr_t>(large.data()) % (2 << 20) == 0);
  CHECK(large.back() == 3);
  large.resize(3 << 20, 5);  // grows: the old block is freed
  CHECK(large.back() == 5);
  tk::HugeString text(3 << 20, 'x');
  CHECK(text.size() == (3u << 20));
}

namespace {

// The /proc/self/smaps entry of the mapping that holds `p`: "THPeligible: 1" when the kernel
// would back it with huge pages.
std::string mapping_of(const void* p) {
  const auto at = reinterpret_cast<std::uintptr_t>(p);
  std::ifstream smaps("/proc/self/smaps");
  std::string line, entry;
  bool inside = false;
  while (std::getline(smaps, line)) {
    std::uintptr_t from = 0, to = 0;
    char dash = 0;
    std::istringstream head(line);
    if (line.find(':') == std::string::npos || line.find('-') < line.find(' ')) {
      if (head >> std::hex >> from >> dash >> to && dash == '-') {
        if (inside) return entry;
        inside = from <= at && at < to;
        entry.clear();
      }
    }
    if (inside) entry += line + "\n";
  }
  return inside ? entry : std::string();
}

bool huge_pages_on() {
  std::ifstream mode("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string text;
  std::getline(mode, text);
  return !text.empty() && text.find("[never]") == std::string::npos;
}

// The THPeligible field of a mapping_of entry: the kernel would back the mapping with huge pages.
bool huge_page_eligible(const std::string& entry) {
  std::size_t eligible = entry.find("THPeligible:");
  if (eligible == std::string::npos) return false;
  std::istringstream value(entry.substr(eligible + 12));
  int flag = -1;
  value >> flag;
  return flag == 1;
}

// Allocates and fills 64 blocks of 64 KiB and one of 3 MiB (below the 8 MiB mmap threshold):
// whether every byte read back as written, and the mapping_of entry of the big block.
std::pair<bool, std::string> fill_blocks() {
  std::vector<std::unique_ptr<char[]>> blocks;
  for (int i = 0; i < 64; ++i) {
    blocks.push_back(std::make_unique<char[]>(64 << 10));
    std::memset(blocks.back().get(), i, 64 << 10);
  }
  auto big = std::make_unique<char[]>(std::size_t{3} << 20);
  std::memset(big.get(), 0x5a, std::size_t{3} << 20);
  bool filled = big[(std::size_t{3} << 20) - 1] == 0x5a;
  for (int i = 0; i < 64; ++i) filled = filled && blocks[static_cast<std::size_t>(i)][(64 << 10) - 1] == static_cast<char>(i);
  return {filled, mapping_of(big.get() + (std::size_t{1} << 20))};
}

// True, after saying so, in a sanitizer build: the heap is the sanitizer's, not glibc's.
bool sanitizer_heap() {
  if (tk::kSanitizerAllocator) MESSAGE("under AddressSanitizer the heap is the sanitizer's: nothing to check");
  return tk::kSanitizerAllocator;
}

// True, after saying why, when this build or machine has no huge pages to check for.
bool nothing_to_check() {
  if (sanitizer_heap()) return true;
  if (!huge_pages_on()) {
    MESSAGE("transparent huge pages are off on this machine: nothing to check");
    return true;
  }
  return false;
}

}  // namespace

TEST_CASE("use_huge_pages_for_heap: later blocks of the heap are on huge pages, and still work") {
  tk::use_huge_pages_for_heap();
  auto [filled, entry] = fill_blocks();
  CHECK(filled);
  if (nothing_to_check()) return;
  INFO(entry);
  CHECK(entry.find("[heap]") != std::string::npos);  // from the brk heap, not an mmap of its own
  CHECK(huge_page_eligible(entry));
}

TEST_CASE("use_huge_pages_for_thread_heap: a thread's later blocks are on huge pages, and still work") {
  tk::use_huge_pages_for_heap();
  std::string entry;
  bool filled = false;
  // glibc hands a new thread the heap an earlier thread left, if any (malloc_info lists one
  // <heap> per arena): the thread's heap is fresh only when the main heap is the only one.
  char* info = nullptr;
  std::size_t info_size = 0;
  FILE* out = ::open_memstream(&info, &info_size);
  REQUIRE(out != nullptr);
  ::malloc_info(0, out);
  std::fclose(out);
  std::string heaps(info, info_size);
  std::free(info);
  int arenas = 0;
  for (std::size_t at = heaps.find("<heap nr="); at != std::string::npos; at = heaps.find("<heap nr=", at + 1)) ++arenas;
  bool prepared = false;
  std::thread worker([&] {
    prepared = tk::use_huge_pages_for_thread_heap();
    std::tie(filled, entry) = fill_blocks();
  });
  worker.join();
  CHECK(filled);
  if (sanitizer_heap()) return;
  if (arenas > 1) {
    MESSAGE("an earlier test's thread left a heap, which this thread took over: run this case alone (as ctest does)");
    return;
  }
  CHECK(prepared);
  if (nothing_to_check()) return;
  INFO(entry);
  CHECK(entry.find("[heap]") == std::string::npos);  // the thread's own heap
  CHECK(huge_page_eligible(entry));
}
