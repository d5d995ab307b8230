#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/tender.hpp"

namespace tk {

// One of the 8 rates of a full price schedule: a basis and a day type.
struct RateSlot {
  Basis basis;
  DayType day = DayType::standard;
  friend bool operator==(const RateSlot&, const RateSlot&) = default;
};

// The 8 slots of a full schedule: each basis of all_bases(), standard then bank_holiday.
const std::vector<RateSlot>& all_rate_slots();

// "llw inclusive, travel exclusive, bank_holiday".
std::string describe(const RateSlot& slot);

// The slots of `bidder_id`'s schedule for `lot` that have no rate, neither for the lot itself
// nor for "*", in all_rate_slots() order.
std::vector<RateSlot> missing_rates(const Tender& tender, std::string_view bidder_id, std::string_view lot);

}  // namespace tk
