#pragma once

#include "evaluate/evaluated_price.hpp"
#include "model/tender.hpp"

namespace tk {

// The England and Wales bank holidays from contract_start to contract_end inclusive divided
// by the days in that period, counted on the shipped calendar (bank_holiday_share = "calendar").
BankHolidayShare calendar_bank_holiday_share(const Tender& tender);

// The bank-holiday share tender.toml asks for: the fraction given, or the calendar share.
BankHolidayShare tender_bank_holiday_share(const Tender& tender);

}  // namespace tk
