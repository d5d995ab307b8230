#include "evaluate/bank_holiday_share.hpp"

#include "model/calendar.hpp"

namespace tk {

BankHolidayShare calendar_bank_holiday_share(const Tender& tender) {
  long count = BankHolidays::england_and_wales().count(tender.contract_start, tender.contract_end);
  return calendar_share(count, tender.contract_days());
}

BankHolidayShare tender_bank_holiday_share(const Tender& tender) {
  if (tender.price.bank_holiday_share) return given_share(*tender.price.bank_holiday_share);
  return calendar_bank_holiday_share(tender);
}

}  // namespace tk
