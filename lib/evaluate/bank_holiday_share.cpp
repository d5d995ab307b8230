#include "evaluate/bank_holiday_share.hpp"

namespace tk {

BankHolidayShare calendar_bank_holiday_share(const Tender& tender, const BankHolidays& calendar) {
  long count = calendar.count(tender.contract_start, tender.contract_end);
  return calendar_share(count, tender.contract_days());
}

BankHolidayShare tender_bank_holiday_share(const Tender& tender, const BankHolidays& calendar) {
  if (tender.price.bank_holiday_share) return given_share(*tender.price.bank_holiday_share);
  return calendar_bank_holiday_share(tender, calendar);
}

}  // namespace tk
