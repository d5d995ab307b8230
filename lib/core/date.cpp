#include "core/date.hpp"

#include <fmt/format.h>

namespace tk {

std::optional<Date> Date::parse(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto number = [&](std::size_t from, std::size_t len) -> int {
    int v = 0;
    for (std::size_t i = from; i < from + len; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  int y = number(0, 4), m = number(5, 2), d = number(8, 2);
  if (y < 0 || m < 0 || d < 0) return std::nullopt;
  Date date(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  if (!date.valid()) return std::nullopt;
  return date;
}

Date Date::from_days(long days) {
  return Date(std::chrono::year_month_day(std::chrono::sys_days(std::chrono::days(days))));
}

long Date::days() const {
  return static_cast<long>(std::chrono::sys_days(ymd_).time_since_epoch().count());
}

unsigned Date::iso_weekday() const {
  return std::chrono::weekday(std::chrono::sys_days(ymd_)).iso_encoding();
}

std::string Date::str() const { return fmt::format("{:04}-{:02}-{:02}", year(), month(), day()); }

}  // namespace tk
