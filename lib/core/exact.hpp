#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/rational.hpp"

namespace tk {

// Exact numbers. Scores, shares and blended prices are Rationals from input to display;
// nothing in tenderkit converts them to or from binary floating point.

// The rounding modes tenderkit uses; each call site names its mode.
enum class Rounding {
  half_away_from_zero,  // 2.345 -> 2.35, -2.345 -> -2.35 (the contract's display rule)
};

// Returns `value` rounded to `places` decimals with `mode`, as text ("82.87", "-0.50",
// "3"). A value that rounds to zero prints without a sign.
std::string to_fixed(const Rational& value, int places, Rounding mode);

// Returns `value` rounded to an integer number of units of 10^-places, e.g. pence.
BigInt round_scaled(const Rational& value, int places, Rounding mode);

// Returns the exact value as "p/q" in lowest terms, or "p" when it is an integer.
std::string to_exact_string(const Rational& value);

// Returns the exact value as a decimal when it has one ("12.5", "0.0219", "-3"), otherwise
// as "p/q" ("1/3"): for echoing settings and weights back to the user without rounding.
std::string to_decimal_string(const Rational& value);

// A parse outcome: a value, or what was wrong (the caller adds the location).
template <typename T>
struct Parsed {
  std::optional<T> value;
  std::string error;

  explicit operator bool() const { return value.has_value(); }
  static Parsed ok(T v) { return Parsed{std::move(v), {}}; }
  static Parsed fail(std::string why) { return Parsed{std::nullopt, std::move(why)}; }
};

// Parses a plain decimal: optional '-', digits, optional '.' and digits ("0.0219", "-3",
// "5200"). Surrounding ASCII spaces are ignored; anything else (exponents, '+', commas,
// letters) is rejected. max_places limits the digits after the point (-1: no limit).
Parsed<Rational> parse_decimal(std::string_view text, int max_places = -1);

// Parses a decimal as parse_decimal does, or an exact fraction "p/q" with q > 0.
Parsed<Rational> parse_rational(std::string_view text);

// Parses a non-negative integer with at most 9 digits ("3", "0").
Parsed<int> parse_small_int(std::string_view text);

// 10^n as a BigInt.
BigInt pow10(int n);

// The integer a string of decimal digits spells ("0219" is 219: never octal, unlike
// BigInt's own string constructor). `digits` must hold only '0'..'9'.
BigInt from_decimal_digits(std::string_view digits);

}  // namespace tk
