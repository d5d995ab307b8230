#include "write/excel_number.hpp"

#include <doctest/doctest.h>

TEST_CASE("external_number: rounded half away from zero first, then the nearest double") {
  CHECK(tk::external_number(tk::Rational(1, 3), 2) == 0.33);
  CHECK(tk::external_number(tk::Rational(2537, 146), 2) == 17.38);
  CHECK(tk::external_number(tk::Rational(-5, 1000), 2) == -0.01);  // -0.005 away from zero
  CHECK(tk::external_number(tk::Rational(0), 10) == 0.0);
  CHECK(tk::external_number(tk::Rational(123456789012345, 100), 2) == 1234567890123.45);
}
