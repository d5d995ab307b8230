#include "model/schedule.hpp"

#include <doctest/doctest.h>

namespace {

tk::PriceRow row(const std::string& bidder, const std::string& lot, tk::Llw llw, tk::Travel travel,
                 tk::DayType day) {
  return tk::PriceRow{bidder, lot, tk::Basis{llw, travel}, day, tk::Money::from_pence(1600), {}};
}

}  // namespace

TEST_CASE("all_rate_slots: 4 bases x 2 days in display order") {
  const auto& slots = tk::all_rate_slots();
  REQUIRE(slots.size() == 8);
  CHECK(tk::describe(slots[0]) == "llw inclusive, travel inclusive, standard");
  CHECK(tk::describe(slots[1]) == "llw inclusive, travel inclusive, bank_holiday");
  CHECK(tk::describe(slots[2]) == "llw inclusive, travel exclusive, standard");
  CHECK(tk::describe(slots[7]) == "llw exclusive, travel exclusive, bank_holiday");
}

TEST_CASE("missing_rates") {
  using tk::DayType;
  using tk::Llw;
  using tk::Travel;
  tk::Tender t;
  SUBCASE("nothing priced: all 8 missing") { CHECK(tk::missing_rates(t, "ACE", "N1").size() == 8); }
  SUBCASE("a '*' row covers every lot; a lot row covers its lot only") {
    t.prices.push_back(row("ACE", "*", Llw::inclusive, Travel::inclusive, DayType::standard));
    t.prices.push_back(row("ACE", "N1", Llw::inclusive, Travel::inclusive, DayType::bank_holiday));
    t.prices.push_back(row("BRT", "*", Llw::exclusive, Travel::exclusive, DayType::standard));
    auto n1 = tk::missing_rates(t, "ACE", "N1");
    auto n2 = tk::missing_rates(t, "ACE", "N2");
    CHECK(n1.size() == 6);
    REQUIRE(n2.size() == 7);
    CHECK(tk::describe(n2[0]) == "llw inclusive, travel inclusive, bank_holiday");
    CHECK(tk::describe(n1[0]) == "llw inclusive, travel exclusive, standard");
  }
}

TEST_CASE("RateIndex answers as missing_rates does") {
  using tk::DayType;
  using tk::Llw;
  using tk::Travel;
  tk::Tender t;
  t.prices.push_back(row("ACE", "*", Llw::inclusive, Travel::inclusive, DayType::standard));
  t.prices.push_back(row("ACE", "N1", Llw::inclusive, Travel::inclusive, DayType::bank_holiday));
  t.prices.push_back(row("ACE", "N2", Llw::exclusive, Travel::exclusive, DayType::bank_holiday));
  t.prices.push_back(row("BRT", "*", Llw::exclusive, Travel::exclusive, DayType::standard));
  tk::RateIndex index(t);
  for (const char* bidder : {"ACE", "BRT", "CLR"}) {
    for (const char* lot : {"N1", "N2", "N3"}) {
      CAPTURE(bidder);
      CAPTURE(lot);
      CHECK(index.missing(bidder, lot) == tk::missing_rates(t, bidder, lot));
    }
  }
  CHECK(index.missing("ACE", "N1").size() == 6);
  CHECK(index.missing("ACE", "N2").size() == 6);
  CHECK(index.missing("CLR", "N1").size() == 8);
}
