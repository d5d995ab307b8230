#pragma once

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace tk {

// A calendar date (proleptic Gregorian), with day arithmetic. No time zone is involved.
class Date {
 public:
  Date() = default;
  Date(int year, unsigned month, unsigned day)
      : ymd_(std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)) {}
  explicit Date(std::chrono::year_month_day ymd) : ymd_(ymd) {}

  // Parses "YYYY-MM-DD"; nullopt if malformed or not a real date (2023-02-29).
  static std::optional<Date> parse(std::string_view text);
  static Date from_days(long days);  // days since 1970-01-01

  int year() const { return static_cast<int>(ymd_.year()); }
  unsigned month() const { return static_cast<unsigned>(ymd_.month()); }
  unsigned day() const { return static_cast<unsigned>(ymd_.day()); }
  bool valid() const { return ymd_.ok(); }
  long days() const;  // days since 1970-01-01
  // 1 = Monday ... 7 = Sunday.
  unsigned iso_weekday() const;
  Date plus_days(long n) const { return from_days(days() + n); }
  std::string str() const;  // "2016-04-01"

  friend bool operator==(const Date& a, const Date& b) { return a.ymd_ == b.ymd_; }
  friend std::strong_ordering operator<=>(const Date& a, const Date& b) { return a.ymd_ <=> b.ymd_; }

 private:
  std::chrono::year_month_day ymd_{std::chrono::year(1970), std::chrono::month(1), std::chrono::day(1)};
};

}  // namespace tk
