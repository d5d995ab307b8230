#pragma once

#include <string>

#include "core/exact.hpp"

namespace tk {

// The one place where an exact value becomes a binary double: for libraries whose API takes
// only doubles (libxlsxwriter's numbers, JSON numbers in the OCDS export). The value is first
// rounded half away from zero to `places` decimals, and the double is the one nearest that
// decimal (std::from_chars, locale-free); with at most 15 significant digits it prints back as
// the same decimal.
double external_number(const Rational& value, int places);

}  // namespace tk
