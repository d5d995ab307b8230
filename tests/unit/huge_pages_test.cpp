#include <doctest/doctest.h>

#include <cstdint>
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
  text.append(5, 'y');  // past a whole number of huge pages
  CHECK(text.substr(text.size() - 6) == "xyyyyy");
}

TEST_CASE("HugePageAllocator refuses a size that cannot be represented") {
  tk::HugePageAllocator<std::uint64_t> allocator;
  CHECK_THROWS_AS(allocator.allocate(static_cast<std::size_t>(-1) / 4), std::bad_array_new_length);
}
