// libFuzzer harness: Money::parse and parse_decimal must never crash on any text, and what
// they accept must print back to a value that parses to the same amount.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/exact.hpp"
#include "core/money.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto money = tk::Money::parse(text);
  if (money) {
    auto again = tk::Money::parse(money.value->str());
    if (!again || !(*again.value == *money.value)) std::abort();
  } else if (money.error.empty()) {
    std::abort();
  }
  auto decimal = tk::parse_decimal(text);
  if (decimal && size <= 25) {  // 25 characters hold at most 25 digits: 30 places is exact
    auto again = tk::parse_decimal(tk::to_fixed(*decimal.value, 30, tk::Rounding::half_away_from_zero));
    if (!again || *again.value != *decimal.value) std::abort();
  }
  (void)tk::parse_rational(text);
  return 0;
}
