#include "write/excel_number.hpp"

#include <charconv>

#include "core/error.hpp"

namespace tk {

double external_number(const Rational& value, int places) {
  std::string text = to_fixed(value, places, Rounding::half_away_from_zero);
  double out = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec != std::errc() || end != text.data() + text.size())
    throw Error(ExitCode::internal, Location{}, "cannot convert " + text + " to a number");
  return out;
}

}  // namespace tk
