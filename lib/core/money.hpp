#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/exact.hpp"

namespace tk {

// An exact amount of money in pounds, held as a whole number of pence. There is no
// constructor from a binary floating-point number; amounts come from text or pence.
class Money {
 public:
  Money() = default;

  // Parses "16.80", "£1,234.50", "-3", "0.5" (at most 2 decimal places; thousands commas
  // must be in groups of three; an optional '£' after an optional '-').
  static Parsed<Money> parse(std::string_view text);
  static Money from_pence(const BigInt& pence) { return Money(pence); }

  const BigInt& pence() const { return pence_; }
  // The amount in pounds, exactly.
  Rational pounds() const { return Rational(pence_, 100); }
  // Always two places: "1234.50", "-0.05".
  std::string str() const;

  bool is_zero() const { return pence_ == 0; }
  bool is_negative() const { return pence_ < 0; }

  friend Money operator+(const Money& a, const Money& b) { return Money(a.pence_ + b.pence_); }
  friend Money operator-(const Money& a, const Money& b) { return Money(a.pence_ - b.pence_); }
  friend bool operator==(const Money& a, const Money& b) { return a.pence_ == b.pence_; }
  friend std::strong_ordering operator<=>(const Money& a, const Money& b) {
    if (a.pence_ < b.pence_) return std::strong_ordering::less;
    if (b.pence_ < a.pence_) return std::strong_ordering::greater;
    return std::strong_ordering::equal;
  }

 private:
  explicit Money(BigInt pence) : pence_(std::move(pence)) {}
  BigInt pence_ = 0;
};

// Formats an exact amount of pounds to pence, half away from zero: "17.38".
std::string format_money(const Rational& pounds);

}  // namespace tk
