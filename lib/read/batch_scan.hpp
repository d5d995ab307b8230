#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace tk::batch_scan {

// Byte-level scanning for the batch reader's fast path, and the small text checks it shares
// with the general path. Inline: these run for every byte of a batch.

// Whole pounds a plain rate may have: keeps rates within kBatchMaxRatePence.
inline constexpr int kMaxRateDigits = 13;

// Byte classes for the fast path: 0 a plain byte, 1 a byte that ends an unquoted field,
// 2 a byte that sends an id to the general path (NUL, and non-ASCII, whose UTF-8 it checks).
constexpr std::array<std::uint8_t, 256> make_byte_classes() {
  std::array<std::uint8_t, 256> c{};
  c[','] = c['\n'] = c['\r'] = 1;
  c[0] = 2;
  for (int b = 0x80; b < 0x100; ++b) c[static_cast<std::size_t>(b)] = 2;
  return c;
}
inline constexpr std::array<std::uint8_t, 256> kClass = make_byte_classes();
inline constexpr std::uint8_t kPlain = 0, kSeparator = 1;

inline unsigned char byte_of(char c) { return static_cast<unsigned char>(c); }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_continuation(char c) { return (byte_of(c) & 0xC0) == 0x80; }

// Returns the first byte at or after p that is not plain (kClass != kPlain). There must be
// one before the end of the text; 8 bytes are tested at a time while p + 8 <= limit.
[[gnu::always_inline]] inline const char* skip_plain(const char* p, const char* limit) {
  if constexpr (std::endian::native == std::endian::little) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = kOnes * 0x80;
    for (;;) {
      while (p + 8 <= limit) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        // Flags every byte below ',' + 1 or from 0x80 up: the separators, NUL and non-ASCII,
        // and a few plain bytes such as space. The lowest flag is exact: a borrow only
        // carries into the bytes above a flagged one.
        std::uint64_t stop = ((w - kOnes * (',' + 1)) | w) & kHigh;
        if (stop == 0) {
          p += 8;
          continue;
        }
        p += std::countr_zero(stop) >> 3;
        if (kClass[byte_of(*p)] != kPlain) return p;
        ++p;
      }
      break;
    }
  }
  while (kClass[byte_of(*p)] == kPlain) ++p;
  return p;
}

// Reads a plain rate at p (digits, then optionally '.' and one or two digits; above zero, at
// most kMaxRateDigits whole pounds) into `pence`; returns where it ends, or null for anything
// else. p must be before the text's last LF, whose bytes end the scan.
[[gnu::always_inline]] inline const char* plain_pence(const char* p, std::uint64_t& pence) {
  pence = 0;
  if (is_digit(p[0]) && is_digit(p[1]) && p[2] == '.' && is_digit(p[3]) && is_digit(p[4]) && !is_digit(p[5])) {
    // The usual hourly rate, "DD.DD" (no byte read here is the last LF, as none is one)
    pence = static_cast<std::uint64_t>((p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[3] - '0') * 10 + (p[4] - '0'));
    return pence == 0 ? nullptr : p + 5;
  }
  const char* start = p;
  while (is_digit(*p)) pence = pence * 10 + static_cast<std::uint64_t>(*p++ - '0');
  if (p == start || p - start > kMaxRateDigits) return nullptr;
  pence *= 100;
  if (*p == '.') {
    ++p;
    if (!is_digit(*p)) return nullptr;
    pence += static_cast<std::uint64_t>(*p++ - '0') * 10;
    if (is_digit(*p)) pence += static_cast<std::uint64_t>(*p++ - '0');
  }
  return pence == 0 ? nullptr : p;
}

// Offset of the first NUL or invalid UTF-8 sequence in `s`, or npos.
std::size_t invalid_utf8_at(std::string_view s);

}  // namespace tk::batch_scan
