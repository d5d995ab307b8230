#pragma once

#include <optional>
#include <string_view>

#include "core/exact.hpp"
#include "model/tender.hpp"

namespace tk {

// The share s of bank-holiday days in the contract period (contract 4.2), with where it came from.
struct BankHolidayShare {
  Rational value;
  bool from_calendar = false;  // counted: bank_holidays / days; otherwise a given fraction
  long bank_holidays = 0;      // when from_calendar
  long days = 0;               // when from_calendar

  friend bool operator==(const BankHolidayShare&, const BankHolidayShare&) = default;
};

// s = bank_holidays / days (days > 0).
BankHolidayShare calendar_share(long bank_holidays, long days);
// A share given as a fraction (tender.toml or --bank-holiday-share).
BankHolidayShare given_share(const Rational& value);

// standard × (1 − s) + bank_holiday × s, exactly.
Rational blend(const Rational& standard, const Rational& bank_holiday, const Rational& s);

// How a bid's evaluated price P was reached: the two rates used and the blend.
struct EvaluatedPrice {
  const PriceRow* standard = nullptr;      // points into the Tender
  const PriceRow* bank_holiday = nullptr;  // points into the Tender
  Rational standard_part;                  // standard × (1 − s)
  Rational bank_holiday_part;              // bank_holiday × s
  Rational value;                          // P
};

// P for a bidder's bid for a lot on a basis; nullopt when either rate is missing.
std::optional<EvaluatedPrice> evaluated_price(const Tender& tender, std::string_view bidder_id,
                                              std::string_view lot_id, Basis basis, const Rational& s);

// The ceiling C of a basis blended like P.
Rational evaluated_ceiling(const Ceiling& ceiling, const Rational& s);

// The cost floor of a basis blended like P; the bank-holiday floor is taken as the standard
// floor when only that is given. nullopt when the ceiling has no cost floor.
std::optional<Rational> evaluated_cost_floor(const Ceiling& ceiling, const Rational& s);

}  // namespace tk
