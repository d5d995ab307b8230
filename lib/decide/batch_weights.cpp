#include "decide/batch_weights.hpp"

#include <fmt/format.h>

#include "core/error.hpp"

namespace tk {

namespace {

[[noreturn]] void bad_weights(const std::string& message) {
  throw Error(ExitCode::usage, Location{"--weights"}, message);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// A sum of weights (at most 4 places) as a plain decimal: "95", "100.05".
std::string decimal(const Rational& value) {
  std::string text = to_fixed(value, BatchWeights::kMaxPlaces, Rounding::half_away_from_zero);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

}  // namespace

BatchWeights BatchWeights::parse(std::string_view spec) {
  BatchWeights w;
  w.price = 0;
  w.criteria.clear();
  bool have_price = false;
  Rational sum = 0;
  std::size_t start = 0;
  while (start <= spec.size()) {
    std::size_t comma = spec.find(',', start);
    if (comma == std::string_view::npos) comma = spec.size();
    std::string_view pair = trim(spec.substr(start, comma - start));
    start = comma + 1;
    std::size_t eq = pair.find('=');
    if (pair.empty() || eq == std::string_view::npos) {
      bad_weights(fmt::format("'{}': expected NAME=WEIGHT pairs separated by commas, such as "
                              "price=40,ability=29,quality=26,partnership=5",
                              pair));
    }
    std::string name(trim(pair.substr(0, eq)));
    std::string_view value = trim(pair.substr(eq + 1));
    if (name.empty()) bad_weights(fmt::format("'{}': expected a criterion name before '='", pair));
    Parsed<Rational> weight = parse_decimal(value, kMaxPlaces);
    if (!weight) bad_weights(fmt::format("weight of {} '{}': {}", name, value, weight.error));
    if (*weight.value < 0) bad_weights(fmt::format("weight of {} '{}': expected 0 or more", name, value));
    if (name == "competition_id" || name == "bidder_id" || name == "rate") {
      bad_weights(fmt::format("'{}' is not a quality criterion; expected price or a mark column", name));
    }
    bool repeated = name == "price" ? have_price : false;
    for (const BatchCriterion& c : w.criteria) repeated |= c.column == name;
    if (repeated) bad_weights(fmt::format("{} is given twice; expected each criterion once", name));
    if (name == "price") {
      w.price = *weight.value;
      have_price = true;
    } else {
      w.criteria.push_back(BatchCriterion{name, *weight.value});
    }
    sum += *weight.value;
  }
  if (sum != 100) {
    bad_weights(fmt::format("the weights sum to {}; expected 100", decimal(sum)));
  }
  return w;
}

std::uint32_t BatchWeights::scale() const {
  auto whole = [&](std::uint32_t s) {
    if (denominator(Rational(price * s)) != 1) return false;
    for (const BatchCriterion& c : criteria)
      if (denominator(Rational(c.weight * s)) != 1) return false;
    return true;
  };
  std::uint32_t s = 1;
  for (int k = 0; k < kMaxPlaces && !whole(s); ++k) s *= 10;
  return s;
}

}  // namespace tk
