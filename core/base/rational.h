#pragma once

#include <cstdint>
#include <numeric>
#include <stdexcept>

namespace marionette {

// Exact rational number for frame rates and times: 30000/1001 stays exact,
// and a time is never keyed by a double.
class Rational {
 public:
  constexpr Rational() = default;
  constexpr Rational(std::int64_t num, std::int64_t den = 1) : num_(num), den_(den) { normalize(); }

  constexpr std::int64_t num() const { return num_; }
  constexpr std::int64_t den() const { return den_; }
  constexpr bool valid() const { return den_ != 0; }
  constexpr double toDouble() const { return den_ == 0 ? 0.0 : static_cast<double>(num_) / den_; }
  constexpr Rational inverse() const { return Rational(den_, num_); }

  friend constexpr Rational operator+(Rational a, Rational b) {
    return Rational(a.num_ * b.den_ + b.num_ * a.den_, a.den_ * b.den_);
  }
  friend constexpr Rational operator-(Rational a, Rational b) {
    return Rational(a.num_ * b.den_ - b.num_ * a.den_, a.den_ * b.den_);
  }
  friend constexpr Rational operator*(Rational a, Rational b) { return Rational(a.num_ * b.num_, a.den_ * b.den_); }
  friend constexpr Rational operator/(Rational a, Rational b) { return Rational(a.num_ * b.den_, a.den_ * b.num_); }
  friend constexpr bool operator==(Rational a, Rational b) { return a.num_ == b.num_ && a.den_ == b.den_; }
  friend constexpr bool operator<(Rational a, Rational b) {
    // Denominators are kept positive, so cross-multiplication preserves order;
    // long double keeps media-sized values (time bases up to 1/90000) exact enough.
    return static_cast<long double>(a.num_) * b.den_ < static_cast<long double>(b.num_) * a.den_;
  }
  friend constexpr bool operator>(Rational a, Rational b) { return b < a; }
  friend constexpr bool operator<=(Rational a, Rational b) { return !(b < a); }
  friend constexpr bool operator>=(Rational a, Rational b) { return !(a < b); }

  // Largest integer not above the value, e.g. the frame index containing a time.
  constexpr std::int64_t floor() const {
    std::int64_t q = num_ / den_;
    return (num_ % den_ != 0 && num_ < 0) ? q - 1 : q;
  }

 private:
  constexpr void normalize() {
    if (den_ == 0) {
      num_ = 0;
      return;
    }
    if (den_ < 0) {
      num_ = -num_;
      den_ = -den_;
    }
    std::int64_t g = std::gcd(num_ < 0 ? -num_ : num_, den_);
    if (g > 1) {
      num_ /= g;
      den_ /= g;
    }
  }

  std::int64_t num_ = 0;
  std::int64_t den_ = 1;
};

}  // namespace marionette
