#include "read/identifier.hpp"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("is_identifier: ids safe in CSV lists, JSON and file names") {
  SUBCASE("accepted") {
    for (const char* id : {"ACE", "N1", "b-001", "lot_2", "v1.2", "9"})
      CHECK_MESSAGE(tk::is_identifier(id), id);
    CHECK(tk::is_identifier(std::string(64, 'a')));
  }
  SUBCASE("rejected") {
    for (const char* id : {"", "*", "N1;N2", "a b", "../x", ".hidden", "-x", "_x", "a/b", "£1", "a,b"})
      CHECK_FALSE_MESSAGE(tk::is_identifier(id), id);
    CHECK_FALSE(tk::is_identifier(std::string(65, 'a')));
  }
}

TEST_CASE("trim removes spaces and tabs at both ends only") {
  CHECK(tk::trim("  a b\t") == "a b");
  CHECK(tk::trim("\t\t") == "");
  CHECK(tk::trim("") == "");
  CHECK(tk::trim("x") == "x");
}

TEST_CASE("equals_ignoring_case is ASCII case-insensitive") {
  CHECK(tk::equals_ignoring_case("YES", "yes"));
  CHECK(tk::equals_ignoring_case("Consensus", "consensus"));
  CHECK_FALSE(tk::equals_ignoring_case("yes", "yes "));
  CHECK_FALSE(tk::equals_ignoring_case("no", "on"));
}
