#include "model/schedule.hpp"

#include <fmt/format.h>

namespace tk {

const std::vector<RateSlot>& all_rate_slots() {
  static const std::vector<RateSlot> slots = [] {
    std::vector<RateSlot> out;
    for (const Basis& b : all_bases())
      for (DayType d : {DayType::standard, DayType::bank_holiday}) out.push_back(RateSlot{b, d});
    return out;
  }();
  return slots;
}

std::string describe(const RateSlot& slot) {
  return fmt::format("llw {}, travel {}, {}", to_string(slot.basis.llw), to_string(slot.basis.travel),
                     to_string(slot.day));
}

std::vector<RateSlot> missing_rates(const Tender& tender, std::string_view bidder_id, std::string_view lot) {
  std::vector<RateSlot> out;
  for (const RateSlot& s : all_rate_slots())
    if (!tender.rate(bidder_id, lot, s.basis, s.day)) out.push_back(s);
  return out;
}

}  // namespace tk
