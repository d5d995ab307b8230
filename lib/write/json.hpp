#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/exact.hpp"
#include "core/money.hpp"

namespace tk {

// JSON as tenderkit writes it: an object's keys stay in the order they are set, so each
// output lists them as the contract does and the same inputs give the same bytes.
using Json = nlohmann::ordered_json;

// Money to pence, half away from zero ("17.38"); null when there is none.
Json money_or_null(const std::optional<Rational>& pounds);
Json money_or_null(const std::optional<Money>& money);

// An exact value as to_exact_string writes it ("3/146", "17.375"); null when there is none.
Json exact_or_null(const std::optional<Rational>& value);

// The name of an enumerator (its to_string); null when there is none.
template <typename T>
Json name_or_null(const std::optional<T>& value) {
  return value ? Json(std::string(to_string(*value))) : Json(nullptr);
}

}  // namespace tk
