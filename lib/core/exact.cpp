#include "core/exact.hpp"

#include <algorithm>
#include <limits>

#include <fmt/format.h>

namespace tk {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

BigInt pow10(int n) {
  BigInt r = 1;
  for (int i = 0; i < n; ++i) r *= 10;
  return r;
}

BigInt from_decimal_digits(std::string_view digits) {
  BigInt r = 0;
  for (char c : digits) r = r * 10 + (c - '0');
  return r;
}

namespace {

__extension__ typedef unsigned __int128 U128;  // GCC and Clang's 128-bit integer, for the fast path

// The common case of round_scaled: a value held as machine integers (|numerator| and the
// denominator at most 2^62) and at most 18 places, so that every intermediate fits in 128
// bits. Returns false otherwise, leaving the general BigInt arithmetic to do the work.
bool round_scaled_small(const Rational& value, int places, long long& rounded) {
  if (places < 0 || places > 18 || !value.small()) return false;
  long long n = value.small_numerator();
  bool negative = n < 0;
  U128 magnitude = static_cast<U128>(negative ? -n : n);
  for (int i = 0; i < places; ++i) magnitude *= 10;
  U128 d = static_cast<U128>(value.small_denominator());
  // floor((2|n| + d) / 2d) = |n|/d rounded, halves going up in magnitude.
  U128 q = (2 * magnitude + d) / (2 * d);
  if (q > static_cast<U128>(std::numeric_limits<long long>::max())) return false;
  rounded = negative ? -static_cast<long long>(q) : static_cast<long long>(q);
  return true;
}

}  // namespace

BigInt round_scaled(const Rational& value, int places, Rounding mode) {
  switch (mode) {
    case Rounding::half_away_from_zero: {
      long long small = 0;
      if (round_scaled_small(value, places, small)) return BigInt(small);
      Rational scaled = value * Rational(pow10(places));
      BigInt num = numerator(scaled);
      BigInt den = denominator(scaled);  // always > 0
      bool negative = num < 0;
      if (negative) num = -num;
      // floor((2|n| + d) / 2d) = |n|/d rounded, halves going up in magnitude.
      BigInt q = (2 * num + den) / (2 * den);
      return negative ? BigInt(-q) : q;
    }
  }
  return 0;
}

namespace {

// Writes the digits of `q` (without sign) with a decimal point `places` from the right.
std::string fixed_digits(std::string digits, int places) {
  if (places > 0) {
    if (digits.size() <= static_cast<std::size_t>(places)) {
      digits.insert(0, static_cast<std::size_t>(places) + 1 - digits.size(), '0');
    }
    digits.insert(digits.end() - places, '.');
  }
  return digits;
}

}  // namespace

std::string to_fixed(const Rational& value, int places, Rounding mode) {
  long long small = 0;
  if (mode == Rounding::half_away_from_zero && round_scaled_small(value, places, small)) {
    bool negative = small < 0;
    std::string digits = fixed_digits(std::to_string(negative ? -small : small), places);
    return negative ? "-" + digits : digits;
  }
  BigInt q = round_scaled(value, places, mode);
  bool negative = q < 0;
  if (negative) q = -q;
  std::string digits = fixed_digits(q.str(), places);
  return negative ? "-" + digits : digits;
}

std::string to_exact_string(const Rational& value) {
  if (denominator(value) == 1) {
    return numerator(value).str();
  }
  return numerator(value).str() + "/" +
         denominator(value).str();
}

std::string to_decimal_string(const Rational& value) {
  BigInt den = denominator(value);
  // A denominator 2^a * 5^b needs max(a, b) decimal places; any other factor, a fraction.
  int twos = 0, fives = 0;
  for (; den % 2 == 0; den /= 2) ++twos;
  for (; den % 5 == 0; den /= 5) ++fives;
  if (den != 1) return to_exact_string(value);
  int places = std::max(twos, fives);
  return to_fixed(value, places, Rounding::half_away_from_zero);
}

Parsed<Rational> parse_decimal(std::string_view text, int max_places) {
  std::string_view s = trim_spaces(text);
  if (s.empty()) return Parsed<Rational>::fail("expected a decimal number, found an empty value");
  bool negative = false;
  std::size_t i = 0;
  if (s[0] == '-') {
    negative = true;
    ++i;
  }
  std::string digits;
  std::size_t int_digits = 0;
  while (i < s.size() && is_digit(s[i])) {
    digits += s[i++];
    ++int_digits;
  }
  int places = 0;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && is_digit(s[i])) {
      digits += s[i++];
      ++places;
    }
    if (places == 0) return Parsed<Rational>::fail("expected digits after the decimal point");
  }
  if (i != s.size() || int_digits + static_cast<std::size_t>(places) == 0) {
    return Parsed<Rational>::fail("expected a decimal number such as 12.50");
  }
  if (max_places >= 0 && places > max_places) {
    return Parsed<Rational>::fail(
        fmt::format("expected at most {} decimal places, found {}", max_places, places));
  }
  if (digits.size() > 60) return Parsed<Rational>::fail("expected at most 60 digits");
  BigInt n = from_decimal_digits(digits);
  if (negative) n = -n;
  return Parsed<Rational>::ok(Rational(n, pow10(places)));
}

Parsed<Rational> parse_rational(std::string_view text) {
  std::string_view s = trim_spaces(text);
  std::size_t slash = s.find('/');
  if (slash == std::string_view::npos) return parse_decimal(s);
  std::string_view num = s.substr(0, slash), den = s.substr(slash + 1);
  auto all_digits = [](std::string_view p) {
    if (p.empty() || p.size() > 30) return false;
    for (char c : p)
      if (!is_digit(c)) return false;
    return true;
  };
  if (!all_digits(num) || !all_digits(den)) {
    return Parsed<Rational>::fail("expected a decimal such as 0.0219 or a fraction such as 15/730");
  }
  BigInt d = from_decimal_digits(den);
  if (d == 0) return Parsed<Rational>::fail("the denominator of a fraction must not be 0");
  return Parsed<Rational>::ok(Rational(from_decimal_digits(num), d));
}

Parsed<int> parse_small_int(std::string_view text) {
  std::string_view s = trim_spaces(text);
  if (s.empty() || s.size() > 9) return Parsed<int>::fail("expected a whole number");
  int v = 0;
  for (char c : s) {
    if (!is_digit(c)) return Parsed<int>::fail("expected a whole number");
    v = v * 10 + (c - '0');
  }
  return Parsed<int>::ok(v);
}

}  // namespace tk
