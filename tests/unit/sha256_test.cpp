#include "core/sha256.hpp"

#include <doctest/doctest.h>

#include <string>

// Expected digests are the FIPS 180-2 test vectors and `printf ... | sha256sum`.
TEST_CASE("sha256_hex: the standard test vectors") {
  SUBCASE("empty input") {
    CHECK(tk::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
  SUBCASE("abc") {
    CHECK(tk::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
  SUBCASE("two blocks") {
    CHECK(tk::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  }
  SUBCASE("bytes after a NUL are hashed too") {
    std::string with_nul("a\0b", 3);
    CHECK(tk::sha256_hex(with_nul) != tk::sha256_hex("a"));
    CHECK(tk::sha256_hex(with_nul).size() == 64);
  }
}
