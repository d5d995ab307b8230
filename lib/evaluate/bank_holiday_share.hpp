#pragma once

#include "evaluate/evaluated_price.hpp"
#include "model/tender.hpp"

namespace tk {

// The bank-holiday share tender.toml asks for: the fraction given, or for "calendar" the
// England and Wales bank holidays from contract_start to contract_end inclusive divided by
// the days in that period, counted on the shipped calendar.
BankHolidayShare tender_bank_holiday_share(const Tender& tender);

}  // namespace tk
