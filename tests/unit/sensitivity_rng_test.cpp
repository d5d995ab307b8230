#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

#include "decide/sensitivity_rng.hpp"

using namespace tk;

TEST_CASE("SplitMix64 gives the published reference outputs") {
  SUBCASE("seed 1234567 (the reference splitmix64.c sequence)") {
    SplitMix64 g(1234567);
    for (std::uint64_t expected : {6457827717110365317ULL, 3203168211198807973ULL, 9817491932198370423ULL,
                                   4593380528125082431ULL, 16408922859458223821ULL})
      CHECK(g.next() == expected);
  }
  SUBCASE("seed 0") {
    SplitMix64 g(0);
    for (std::uint64_t expected : {0xE220A8397B1DCDAFULL, 0x6E789E6AA1B965F4ULL, 0x06C45D188009454FULL,
                                   0xF88BB8A8724C81ECULL, 0x1B39896A51A8749BULL})
      CHECK(g.next() == expected);
  }
  SUBCASE("the largest seed wraps around") {
    SplitMix64 g(UINT64_MAX);
    CHECK(g.next() == 0xE4D971771B652C20ULL);
  }
}

TEST_CASE("any output of the stream can be drawn directly") {
  for (std::uint64_t seed : {std::uint64_t{0}, std::uint64_t{1}, std::uint64_t{1234567}, std::uint64_t{UINT64_MAX}}) {
    SplitMix64 g(seed);
    for (std::uint64_t n = 1; n <= 100; ++n) CHECK(splitmix64_output(seed, n) == g.next());
  }
}

TEST_CASE("each sample reads the next outputs of one stream, one per criterion") {
  // Seed 1, four criteria: sample 0 uses outputs 1-4, sample 1 outputs 5-8 (upper 32 bits).
  // Outputs of seed 1: 0x910a2dec89025cc1, 0xbeeb8da1658eec67, 0xf893a2eefb32555e,
  // 0x71c18690ee42c90b, 0x71bb54d8d101b5b9, ...
  CHECK(weight_draw(1, 0, 4, 0) == 0x910a2decU);
  CHECK(weight_draw(1, 0, 4, 1) == 0xbeeb8da1U);
  CHECK(weight_draw(1, 0, 4, 2) == 0xf893a2eeU);
  CHECK(weight_draw(1, 0, 4, 3) == 0x71c18690U);
  CHECK(weight_draw(1, 1, 4, 0) == 0x71bb54d8U);
  SplitMix64 g(99);
  for (std::uint64_t sample = 0; sample < 10; ++sample)
    for (std::size_t c = 0; c < 3; ++c) CHECK(weight_draw(99, sample, 3, c) == static_cast<std::uint32_t>(g.next() >> 32));
}

TEST_CASE("a draw maps to an exact factor within 1 ± spread/100") {
  const std::uint32_t half = 1U << 31;
  SUBCASE("the ends and the middle") {
    CHECK(weight_factor(10, 0) == Rational(9, 10));
    CHECK(weight_factor(10, half) == 1);
    // u = 2^32 − 1: 1 + 0.1 × (2^31 − 1) / 2^31, just under 1.1
    CHECK(weight_factor(10, UINT32_MAX) == 1 + Rational(1, 10) * Rational(BigInt(half) - 1, BigInt(half)));
    CHECK(weight_factor(10, UINT32_MAX) < Rational(11, 10));
  }
  SUBCASE("a quarter of the way up") {
    CHECK(weight_factor(20, 1U << 30) == Rational(9, 10));  // 1 + 0.2 × (−1/2)
  }
  SUBCASE("no spread: always 1") {
    for (std::uint32_t u : {0U, 1U, half, UINT32_MAX}) CHECK(weight_factor(0, u) == 1);
  }
  SUBCASE("a fractional spread") {
    CHECK(weight_factor(Rational(25, 2), 0) == Rational(7, 8));
  }
}
