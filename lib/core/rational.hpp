#pragma once

#include <boost/multiprecision/cpp_int.hpp>
#include <climits>
#include <concepts>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>

namespace tk {

using BigInt = boost::multiprecision::cpp_int;

// An exact rational number, always in lowest terms with a positive denominator.
//
// Almost every number tenderkit meets (prices in pence, shares like 3/146, weights, marks and
// the scores made from them) has a numerator and a denominator well inside 64 bits. Those are
// held as two machine integers, and arithmetic on them runs in 128-bit integers with a 64-bit
// gcd: no heap, no multi-word division. A result that does not fit goes over to Boost's
// arbitrary-precision rational, so no operation ever overflows, rounds or loses a digit; a big
// result that shrinks back comes back to machine integers. Either way the value, and so every
// output, is the same: the representation is invisible outside this class.
class Rational {
 public:
  Rational() = default;
  template <std::integral T>
  Rational(T value) {  // NOLINT(google-explicit-constructor): an integer is a rational
    if constexpr (std::is_signed_v<T>) {
      set_integer(static_cast<long long>(value));
    } else if (static_cast<unsigned long long>(value) <= kLimit) {
      num_ = static_cast<std::int64_t>(value);
    } else {
      set_big(BigInt(value), 1);
    }
  }
  template <std::integral T, std::integral U>
  Rational(T num, U den) {
    if (fits_long_long(num) && fits_long_long(den)) {
      set_ratio(static_cast<long long>(num), static_cast<long long>(den));
    } else {
      set_big_or_small(BigInt(num), BigInt(den));
    }
  }
  Rational(const BigInt& value);  // NOLINT(google-explicit-constructor)
  Rational(const BigInt& num, const BigInt& den);  // den != 0; throws std::overflow_error on 0

  Rational(const Rational& o) : num_(o.num_), den_(o.den_) {
    if (o.big_) big_ = std::make_unique<Big>(*o.big_);
  }
  Rational(Rational&& o) noexcept = default;
  Rational& operator=(const Rational& o) {
    if (this != &o) {
      num_ = o.num_;
      den_ = o.den_;
      big_ = o.big_ ? std::make_unique<Big>(*o.big_) : nullptr;
    }
    return *this;
  }
  Rational& operator=(Rational&& o) noexcept = default;
  ~Rational() = default;

  // The numerator and the (positive) denominator in lowest terms.
  BigInt numerator() const;
  BigInt denominator() const;
  bool is_integer() const { return big_ ? big_->den == 1 : den_ == 1; }
  int sign() const;

  // "p/q", or "p" for an integer, as Boost's rationals print.
  std::string str() const;

  // The value truncated toward zero, as an integer type.
  template <typename T>
  T convert_to() const {
    return truncated().convert_to<T>();
  }

  // For the fast paths of callers: the value as machine integers when it is held as them.
  bool small() const { return !big_; }
  std::int64_t small_numerator() const { return num_; }
  std::int64_t small_denominator() const { return den_; }

  Rational operator-() const;
  Rational& operator+=(const Rational& o);
  Rational& operator-=(const Rational& o);
  Rational& operator*=(const Rational& o);
  Rational& operator/=(const Rational& o);  // throws std::overflow_error on division by 0

  friend Rational operator+(Rational a, const Rational& b) { return a += b; }
  friend Rational operator-(Rational a, const Rational& b) { return a -= b; }
  friend Rational operator*(Rational a, const Rational& b) { return a *= b; }
  friend Rational operator/(Rational a, const Rational& b) { return a /= b; }

  friend bool operator==(const Rational& a, const Rational& b);
  friend int compare(const Rational& a, const Rational& b);  // -1, 0 or 1
  friend bool operator<(const Rational& a, const Rational& b) { return compare(a, b) < 0; }
  friend bool operator>(const Rational& a, const Rational& b) { return compare(a, b) > 0; }
  friend bool operator<=(const Rational& a, const Rational& b) { return compare(a, b) <= 0; }
  friend bool operator>=(const Rational& a, const Rational& b) { return compare(a, b) >= 0; }

  friend std::ostream& operator<<(std::ostream& out, const Rational& r);

 private:
  // Machine integers are used while |numerator| and denominator are at most 2^62: then every
  // product of two of them fits in a signed 128-bit integer, and so does a sum of two products.
  static constexpr std::uint64_t kLimit = std::uint64_t{1} << 62;

  struct Big {
    BigInt num;
    BigInt den;
  };

  template <std::integral T>
  static bool fits_long_long(T v) {
    if constexpr (std::is_signed_v<T>) return true;
    else return static_cast<unsigned long long>(v) <= static_cast<unsigned long long>(LLONG_MAX);
  }
  __extension__ typedef __int128 Wide;  // GCC and Clang's 128-bit integer
  void store(Wide num, Wide den);                  // den > 0; reduces
  void set_integer(long long v);
  void set_ratio(long long num, long long den);    // any, den != 0
  void set_big(BigInt num, BigInt den);            // already in lowest terms, den > 0
  void set_big_or_small(BigInt num, BigInt den);   // any, den != 0
  Big as_big() const;
  BigInt truncated() const;

  std::int64_t num_ = 0;
  std::int64_t den_ = 1;
  std::unique_ptr<Big> big_;  // set when the value does not fit the machine integers
};

// Mixed arithmetic and comparison with integers (and BigInt): the integer becomes a Rational.
template <typename T>
concept IntegerOperand = std::integral<T> || std::same_as<T, BigInt>;

template <IntegerOperand T>
Rational operator+(const Rational& a, const T& b) { return a + Rational(b); }
template <IntegerOperand T>
Rational operator+(const T& a, const Rational& b) { return Rational(a) + b; }
template <IntegerOperand T>
Rational operator-(const Rational& a, const T& b) { return a - Rational(b); }
template <IntegerOperand T>
Rational operator-(const T& a, const Rational& b) { return Rational(a) - b; }
template <IntegerOperand T>
Rational operator*(const Rational& a, const T& b) { return a * Rational(b); }
template <IntegerOperand T>
Rational operator*(const T& a, const Rational& b) { return Rational(a) * b; }
template <IntegerOperand T>
Rational operator/(const Rational& a, const T& b) { return a / Rational(b); }
template <IntegerOperand T>
Rational operator/(const T& a, const Rational& b) { return Rational(a) / b; }
template <IntegerOperand T>
bool operator==(const Rational& a, const T& b) { return a == Rational(b); }
template <IntegerOperand T>
bool operator<(const Rational& a, const T& b) { return a < Rational(b); }
template <IntegerOperand T>
bool operator<(const T& a, const Rational& b) { return Rational(a) < b; }
template <IntegerOperand T>
bool operator>(const Rational& a, const T& b) { return a > Rational(b); }
template <IntegerOperand T>
bool operator>(const T& a, const Rational& b) { return Rational(a) > b; }
template <IntegerOperand T>
bool operator<=(const Rational& a, const T& b) { return a <= Rational(b); }
template <IntegerOperand T>
bool operator<=(const T& a, const Rational& b) { return Rational(a) <= b; }
template <IntegerOperand T>
bool operator>=(const Rational& a, const T& b) { return a >= Rational(b); }
template <IntegerOperand T>
bool operator>=(const T& a, const Rational& b) { return Rational(a) >= b; }

inline BigInt numerator(const Rational& r) { return r.numerator(); }
inline BigInt denominator(const Rational& r) { return r.denominator(); }
inline Rational abs(const Rational& r) { return r.sign() < 0 ? -r : r; }

}  // namespace tk
