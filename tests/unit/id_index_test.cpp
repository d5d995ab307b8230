#include <doctest/doctest.h>

#include <deque>
#include <string>

#include "read/id_index.hpp"

using tk::IdIndex;

TEST_CASE("IdIndex stores the first number given for each id") {
  IdIndex index(4);
  std::deque<std::string> keys;
  for (int i = 0; i < 5000; ++i) keys.push_back("PKG" + std::to_string(i));
  for (std::uint32_t i = 0; i < keys.size(); ++i) CHECK(index.find_or_insert(keys[i], i) == i);
  CHECK(index.size() == 5000);
  SUBCASE("found again after growing, from other bytes with the same text") {
    for (std::uint32_t i = 0; i < keys.size(); ++i) {
      std::string copy = keys[i];
      REQUIRE(index.find(copy) == i);
      REQUIRE(index.find_or_insert(copy, 99999) == i);
    }
    CHECK(index.size() == 5000);
  }
  SUBCASE("absent ids, including prefixes and the empty id") {
    CHECK(index.find("PKG") == IdIndex::kAbsent);
    CHECK(index.find("PKG50000") == IdIndex::kAbsent);
    CHECK(index.find("") == IdIndex::kAbsent);
  }
}

TEST_CASE("IdIndex::hash is never 0 and same compares bytes") {
  CHECK(IdIndex::hash("") != 0);
  CHECK(IdIndex::hash("a") != IdIndex::hash("b"));
  CHECK(IdIndex::hash("12345678x") != IdIndex::hash("12345678y"));
  CHECK(IdIndex::same("", ""));
  CHECK(IdIndex::same("abc", "abc"));
  CHECK_FALSE(IdIndex::same("abc", "abd"));
  CHECK_FALSE(IdIndex::same("abc", "abcd"));
  CHECK(IdIndex::same("abcdefghij", "abcdefghij"));
  CHECK_FALSE(IdIndex::same("abcdefghij", "abcdefghiJ"));
  CHECK_FALSE(IdIndex::same("Xbcdefghij", "abcdefghij"));
  CHECK(IdIndex::same(std::string(40, 'z'), std::string(40, 'z')));
  CHECK_FALSE(IdIndex::same(std::string(40, 'z'), std::string(39, 'z') + "y"));
}
