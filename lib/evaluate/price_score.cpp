#include "evaluate/price_score.hpp"

namespace tk {

Rational price_fraction(PriceMethod method, const Rational& p, const Rational& lowest, const Rational* ceiling) {
  switch (method) {
    case PriceMethod::relative_to_lowest:
      if (p == 0) return 1;  // then lowest is 0 too: a free bid is the best price
      return lowest / p;
    case PriceMethod::linear_from_lowest: {
      if (lowest == 0) return p == 0 ? Rational(1) : Rational(0);
      Rational f = 1 - (p - lowest) / lowest;
      return f < 0 ? Rational(0) : f;
    }
    case PriceMethod::ceiling_linear: {
      if (ceiling == nullptr) throw Error(ExitCode::internal, Location{}, "ceiling-linear scoring needs a ceiling");
      if (*ceiling == lowest) return 1;  // then every admissible P equals C
      return (*ceiling - p) / (*ceiling - lowest);
    }
  }
  return 0;
}

Rational price_score(PriceMethod method, const Rational& weight, const Rational& p, const Rational& lowest,
                     const Rational* ceiling) {
  return weight * price_fraction(method, p, lowest, ceiling);
}

}  // namespace tk
