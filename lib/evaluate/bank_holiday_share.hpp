#pragma once

#include "evaluate/evaluated_price.hpp"
#include "model/calendar.hpp"
#include "model/tender.hpp"

namespace tk {

// The bank holidays of `calendar` from contract_start to contract_end inclusive divided by the
// days in that period (bank_holiday_share = "calendar").
BankHolidayShare calendar_bank_holiday_share(const Tender& tender, const BankHolidays& calendar);

// The bank-holiday share tender.toml asks for: the fraction given, or the calendar share.
BankHolidayShare tender_bank_holiday_share(const Tender& tender, const BankHolidays& calendar);

}  // namespace tk
