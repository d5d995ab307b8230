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

namespace {

std::size_t slot_index(const RateSlot& slot) {
  const auto& slots = all_rate_slots();
  for (std::size_t i = 0; i < slots.size(); ++i)
    if (slots[i] == slot) return i;
  return slots.size();
}

}  // namespace

RateIndex::RateIndex(const Tender& tender) {
  for (const PriceRow& r : tender.prices)
    quoted_.emplace(r.bidder_id, r.lot, slot_index(RateSlot{r.basis, r.day}));
}

std::vector<RateSlot> RateIndex::missing(std::string_view bidder_id, std::string_view lot) const {
  std::vector<RateSlot> out;
  const auto& slots = all_rate_slots();
  std::string bidder(bidder_id), lot_id(lot), any("*");
  for (std::size_t i = 0; i < slots.size(); ++i) {
    if (!quoted_.count(std::tuple{bidder, lot_id, i}) && !quoted_.count(std::tuple{bidder, any, i}))
      out.push_back(slots[i]);
  }
  return out;
}

std::vector<RateSlot> missing_rates(const Tender& tender, std::string_view bidder_id, std::string_view lot) {
  std::vector<RateSlot> out;
  for (const RateSlot& s : all_rate_slots())
    if (!tender.rate(bidder_id, lot, s.basis, s.day)) out.push_back(s);
  return out;
}

}  // namespace tk
