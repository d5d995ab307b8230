#include "write/json.hpp"

namespace tk {

Json money_or_null(const std::optional<Rational>& pounds) {
  return pounds ? Json(format_money(*pounds)) : Json(nullptr);
}

Json money_or_null(const std::optional<Money>& money) { return money ? Json(money->str()) : Json(nullptr); }

Json exact_or_null(const std::optional<Rational>& value) {
  return value ? Json(to_exact_string(*value)) : Json(nullptr);
}

}  // namespace tk
