#pragma once

#include <cstddef>
#include <cstdint>

#include "core/exact.hpp"

namespace tk {

// The random numbers of the Monte Carlo sensitivity analysis, defined here bit for bit so
// that a seed gives the same weight sets on every machine, compiler and thread count.
//
// The generator is SplitMix64 (Steele, Lea and Flood 2014; the reference splitmix64.c): a
// 64-bit state that advances by kSplitMixGamma, each output the state passed through
// splitmix64_mix. Its n-th output (n = 1, 2, ...) for seed S is therefore
// splitmix64_mix(S + n × kSplitMixGamma) (mod 2^64), which lets any sample be drawn
// directly, without drawing the ones before it.

inline constexpr std::uint64_t kSplitMixGamma = 0x9E3779B97F4A7C15ULL;

// The SplitMix64 finaliser of one 64-bit value.
constexpr std::uint64_t splitmix64_mix(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// The n-th output (n >= 1) of SplitMix64 seeded with `seed`.
constexpr std::uint64_t splitmix64_output(std::uint64_t seed, std::uint64_t n) {
  return splitmix64_mix(seed + n * kSplitMixGamma);
}

// SplitMix64 as a stream: next() returns outputs 1, 2, 3, ... of the seed.
class SplitMix64 {
 public:
  explicit constexpr SplitMix64(std::uint64_t seed) : state_(seed) {}
  constexpr std::uint64_t next() {
    state_ += kSplitMixGamma;
    return splitmix64_mix(state_);
  }

 private:
  std::uint64_t state_;
};

// The 32-bit draw u for criterion `criterion` (0-based, tender order) of sample `sample`
// (0-based) when there are `criteria` criteria: the upper 32 bits of output number
// sample × criteria + criterion + 1. Sample 0 uses outputs 1..criteria, sample 1 the next
// `criteria`, and so on: one stream, read in order.
constexpr std::uint32_t weight_draw(std::uint64_t seed, std::uint64_t sample, std::size_t criteria,
                                    std::size_t criterion) {
  std::uint64_t n = sample * criteria + criterion + 1;
  return static_cast<std::uint32_t>(splitmix64_output(seed, n) >> 32);
}

// The exact factor a draw u multiplies a published weight by, for a spread of
// `spread_percent` (0 <= spread < 100):
//   1 + spread/100 × (2u/2^32 − 1),
// from 1 − spread/100 (u = 0) up to just under 1 + spread/100 (u = 2^32 − 1).
Rational weight_factor(const Rational& spread_percent, std::uint32_t u);

}  // namespace tk
