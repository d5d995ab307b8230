#include "evaluate/evaluated_price.hpp"

namespace tk {

BankHolidayShare calendar_share(long bank_holidays, long days) {
  BankHolidayShare share;
  share.value = Rational(bank_holidays, days);
  share.from_calendar = true;
  share.bank_holidays = bank_holidays;
  share.days = days;
  return share;
}

BankHolidayShare given_share(const Rational& value) {
  BankHolidayShare share;
  share.value = value;
  return share;
}

Rational blend(const Rational& standard, const Rational& bank_holiday, const Rational& s) {
  return standard * (1 - s) + bank_holiday * s;
}

std::optional<EvaluatedPrice> evaluated_price(const Tender& tender, std::string_view bidder_id,
                                              std::string_view lot_id, Basis basis, const Rational& s) {
  const PriceRow* standard = tender.rate(bidder_id, lot_id, basis, DayType::standard);
  const PriceRow* bank_holiday = tender.rate(bidder_id, lot_id, basis, DayType::bank_holiday);
  if (standard == nullptr || bank_holiday == nullptr) return std::nullopt;
  EvaluatedPrice p;
  p.standard = standard;
  p.bank_holiday = bank_holiday;
  p.standard_part = standard->rate.pounds() * (1 - s);
  p.bank_holiday_part = bank_holiday->rate.pounds() * s;
  p.value = p.standard_part + p.bank_holiday_part;
  return p;
}

Rational evaluated_ceiling(const Ceiling& ceiling, const Rational& s) {
  return blend(ceiling.standard.pounds(), ceiling.bank_holiday.pounds(), s);
}

std::optional<Rational> evaluated_cost_floor(const Ceiling& ceiling, const Rational& s) {
  if (!ceiling.cost_floor) return std::nullopt;
  const Money& bank_holiday = ceiling.bank_holiday_cost_floor ? *ceiling.bank_holiday_cost_floor : *ceiling.cost_floor;
  return blend(ceiling.cost_floor->pounds(), bank_holiday.pounds(), s);
}

}  // namespace tk
