#pragma once

#include <set>
#include <string>
#include <string_view>
#include <tuple>
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

// Which rates each bidder quoted, so that missing_rates can be asked of every bid of a large
// tender without scanning all its price rows each time. Refers to nothing in the tender.
class RateIndex {
 public:
  explicit RateIndex(const Tender& tender);
  // As missing_rates(tender, bidder_id, lot).
  std::vector<RateSlot> missing(std::string_view bidder_id, std::string_view lot) const;

 private:
  std::set<std::tuple<std::string, std::string, std::size_t>, std::less<>> quoted_;  // bidder, lot, slot
};

}  // namespace tk
