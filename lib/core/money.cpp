#include "core/money.hpp"

#include <fmt/format.h>

namespace tk {

namespace {

constexpr std::string_view kPound = "\xC2\xA3";  // U+00A3 in UTF-8

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

Parsed<Money> Money::parse(std::string_view text) {
  std::string_view s = text;
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s.empty()) return Parsed<Money>::fail("expected an amount of money such as 16.80, found an empty value");
  bool negative = false;
  if (s.front() == '-') {
    negative = true;
    s.remove_prefix(1);
  }
  if (s.substr(0, kPound.size()) == kPound) s.remove_prefix(kPound.size());

  const std::string expected = "expected an amount of money such as 16.80 or £1,234.50";
  std::string digits;
  std::size_t i = 0;
  std::size_t group = 0;  // digits since the last comma
  bool saw_comma = false;
  while (i < s.size() && (is_digit(s[i]) || s[i] == ',')) {
    if (s[i] == ',') {
      if (digits.empty() || (saw_comma && group != 3) || (!saw_comma && group > 3)) {
        return Parsed<Money>::fail(expected + " (misplaced thousands comma)");
      }
      saw_comma = true;
      group = 0;
    } else {
      digits += s[i];
      ++group;
    }
    ++i;
  }
  if (saw_comma && group != 3) return Parsed<Money>::fail(expected + " (misplaced thousands comma)");
  if (digits.empty() && (i >= s.size() || s[i] != '.')) return Parsed<Money>::fail(expected);
  std::string fraction;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && is_digit(s[i])) fraction += s[i++];
    if (fraction.empty()) return Parsed<Money>::fail(expected + " (no digits after the point)");
  }
  if (i != s.size()) return Parsed<Money>::fail(expected);
  if (digits.empty() && fraction.empty()) return Parsed<Money>::fail(expected);
  if (fraction.size() > 2) {
    return Parsed<Money>::fail(
        fmt::format("expected at most 2 decimal places (pence), found {}", fraction.size()));
  }
  if (digits.size() > 15) return Parsed<Money>::fail("expected an amount below £1,000,000,000,000,000");
  while (fraction.size() < 2) fraction += '0';
  BigInt pence = from_decimal_digits(digits + fraction);
  if (negative) pence = -pence;
  return Parsed<Money>::ok(Money(pence));
}

std::string Money::str() const { return to_fixed(pounds(), 2, Rounding::half_away_from_zero); }

std::string format_money(const Rational& pounds) {
  return to_fixed(pounds, 2, Rounding::half_away_from_zero);
}

}  // namespace tk
