#include "core/rational.hpp"

#include <numeric>
#include <ostream>
#include <stdexcept>

namespace tk {

namespace {

// GCC and Clang's 128-bit integers: wide enough for any product of two small parts.
__extension__ typedef __int128 I128;
__extension__ typedef unsigned __int128 U128;

constexpr U128 kLimit = U128{1} << 62;

U128 magnitude(I128 v) { return v < 0 ? -static_cast<U128>(v) : static_cast<U128>(v); }

std::uint64_t gcd64(std::uint64_t a, std::uint64_t b) { return std::gcd(a, b); }

U128 gcd128(U128 a, U128 b) {
  while (b != 0) {
    if ((a >> 64) == 0 && (b >> 64) == 0) return gcd64(static_cast<std::uint64_t>(a), static_cast<std::uint64_t>(b));
    U128 r = a % b;
    a = b;
    b = r;
  }
  return a;
}

BigInt to_big(I128 v) {
  U128 m = magnitude(v);
  BigInt out = static_cast<std::uint64_t>(m >> 64);
  out <<= 64;
  out += static_cast<std::uint64_t>(m);
  return v < 0 ? BigInt(-out) : out;
}

[[noreturn]] void divide_by_zero() { throw std::overflow_error("Division by zero."); }

}  // namespace

Rational::Rational(const BigInt& value) { set_big_or_small(value, 1); }

Rational::Rational(const BigInt& num, const BigInt& den) { set_big_or_small(num, den); }

void Rational::set_integer(long long v) {
  if (magnitude(v) <= kLimit) {
    num_ = v;
    den_ = 1;
    big_.reset();
  } else {
    set_big(BigInt(v), 1);
  }
}

void Rational::set_ratio(long long num, long long den) {
  if (den == 0) divide_by_zero();
  if (den < 0) {
    store(-static_cast<I128>(num), -static_cast<I128>(den));  // 128 bits: LLONG_MIN negates
  } else {
    store(num, den);
  }
}

void Rational::set_big(BigInt num, BigInt den) {
  num_ = 0;
  den_ = 1;
  big_ = std::make_unique<Big>(Big{std::move(num), std::move(den)});
}

void Rational::set_big_or_small(BigInt num, BigInt den) {
  if (den == 0) divide_by_zero();
  if (den < 0) {
    num = -num;
    den = -den;
  }
  BigInt g = boost::multiprecision::gcd(num, den);
  if (g > 1) {
    num /= g;
    den /= g;
  }
  if (num == 0) den = 1;
  static const BigInt kBigLimit = BigInt(1) << 62;
  if (den <= kBigLimit && num <= kBigLimit && num >= -kBigLimit) {
    num_ = num.convert_to<std::int64_t>();
    den_ = den.convert_to<std::int64_t>();
    big_.reset();
    return;
  }
  set_big(std::move(num), std::move(den));
}

Rational::Big Rational::as_big() const {
  if (big_) return *big_;
  return Big{BigInt(num_), BigInt(den_)};
}

BigInt Rational::numerator() const { return big_ ? big_->num : BigInt(num_); }

BigInt Rational::denominator() const { return big_ ? big_->den : BigInt(den_); }

int Rational::sign() const {
  if (big_) return big_->num.sign();
  return num_ < 0 ? -1 : (num_ > 0 ? 1 : 0);
}

BigInt Rational::truncated() const {
  if (!big_) return BigInt(num_ / den_);  // C++ integer division truncates toward zero
  return big_->num / big_->den;             // so does BigInt's
}

std::string Rational::str() const {
  if (!big_) return den_ == 1 ? std::to_string(num_) : std::to_string(num_) + "/" + std::to_string(den_);
  return big_->den == 1 ? big_->num.str() : big_->num.str() + "/" + big_->den.str();
}

std::ostream& operator<<(std::ostream& out, const Rational& r) { return out << r.str(); }

void Rational::store(I128 num, I128 den) {
  // den > 0 here, and the fraction may still share a factor.
  U128 n = magnitude(num), d = static_cast<U128>(den);
  U128 g = gcd128(n, d);
  if (g > 1) {
    n /= g;
    d /= g;
  }
  I128 signed_n = num < 0 ? -static_cast<I128>(n) : static_cast<I128>(n);
  if (n <= kLimit && d <= kLimit) {
    num_ = static_cast<std::int64_t>(signed_n);
    den_ = n == 0 ? 1 : static_cast<std::int64_t>(d);
    big_.reset();
    return;
  }
  set_big(to_big(signed_n), to_big(static_cast<I128>(d)));
}

Rational Rational::operator-() const {
  Rational r;
  if (big_) {
    r.set_big(-big_->num, big_->den);
  } else {
    r.num_ = -num_;
    r.den_ = den_;
  }
  return r;
}

Rational& Rational::operator+=(const Rational& o) {
  if (!big_ && !o.big_) {
    if (den_ == o.den_) {  // the common case of sums of like fractions and of integers
      store(static_cast<I128>(num_) + o.num_, den_);
      return *this;
    }
    I128 num = static_cast<I128>(num_) * o.den_ + static_cast<I128>(o.num_) * den_;
    I128 den = static_cast<I128>(den_) * o.den_;
    store(num, den);
    return *this;
  }
  Big a = as_big(), b = o.as_big();
  set_big_or_small(a.num * b.den + b.num * a.den, a.den * b.den);
  return *this;
}

Rational& Rational::operator-=(const Rational& o) { return *this += -o; }

Rational& Rational::operator*=(const Rational& o) {
  if (!big_ && !o.big_) {
    // Cross-cancel first: the product of the reduced parts is then in lowest terms.
    std::uint64_t g1 = gcd64(static_cast<std::uint64_t>(magnitude(num_)), static_cast<std::uint64_t>(o.den_));
    std::uint64_t g2 = gcd64(static_cast<std::uint64_t>(magnitude(o.num_)), static_cast<std::uint64_t>(den_));
    I128 num = static_cast<I128>(num_ / static_cast<std::int64_t>(g1)) * (o.num_ / static_cast<std::int64_t>(g2));
    I128 den = static_cast<I128>(den_ / static_cast<std::int64_t>(g2)) * (o.den_ / static_cast<std::int64_t>(g1));
    if (num == 0) den = 1;
    if (magnitude(num) <= kLimit && static_cast<U128>(den) <= kLimit) {
      num_ = static_cast<std::int64_t>(num);
      den_ = static_cast<std::int64_t>(den);
      return *this;
    }
    *this = Rational(to_big(num), to_big(den));
    return *this;
  }
  Big a = as_big(), b = o.as_big();
  set_big_or_small(a.num * b.num, a.den * b.den);
  return *this;
}

Rational& Rational::operator/=(const Rational& o) {
  if (o.sign() == 0) divide_by_zero();
  if (!o.big_) {
    Rational reciprocal;
    reciprocal.num_ = o.num_ < 0 ? -o.den_ : o.den_;
    reciprocal.den_ = o.num_ < 0 ? -o.num_ : o.num_;
    return *this *= reciprocal;
  }
  Big a = as_big(), b = o.as_big();
  set_big_or_small(a.num * b.den, a.den * b.num);
  return *this;
}

bool operator==(const Rational& a, const Rational& b) {
  if (!a.big_ && !b.big_) return a.num_ == b.num_ && a.den_ == b.den_;
  if (!a.big_ || !b.big_) return false;  // lowest terms: a small value never equals a big one
  return a.big_->num == b.big_->num && a.big_->den == b.big_->den;
}

int compare(const Rational& a, const Rational& b) {
  if (!a.big_ && !b.big_) {
    if (a.den_ == b.den_) return a.num_ < b.num_ ? -1 : (a.num_ > b.num_ ? 1 : 0);
    I128 l = static_cast<I128>(a.num_) * b.den_, r = static_cast<I128>(b.num_) * a.den_;
    return l < r ? -1 : (l > r ? 1 : 0);
  }
  Rational::Big x = a.as_big(), y = b.as_big();
  BigInt l = x.num * y.den, r = y.num * x.den;
  return l < r ? -1 : (l > r ? 1 : 0);
}

}  // namespace tk
