#pragma once

// Tenders built in code for the rate-check tests: the tiny tender's settings with a ceiling
// and cost floor on every basis, and full 8-rate schedules.

#include <array>
#include <string>

#include "evaluate/rate_checks.hpp"
#include "scoring_fixture.hpp"

namespace tk::test {

constexpr Basis kIncInc{Llw::inclusive, Travel::inclusive};
constexpr Basis kIncExc{Llw::inclusive, Travel::exclusive};
constexpr Basis kExcInc{Llw::exclusive, Travel::inclusive};
constexpr Basis kExcExc{Llw::exclusive, Travel::exclusive};

// The 8 rates in all_bases() order, standard then bank holiday on each.
using Schedule = std::array<const char*, 8>;

// ACE's schedule of the worked example: under every ceiling, over every floor, consistent.
constexpr Schedule kClean = {"16.80", "25.20", "15.60", "23.40", "15.85", "23.78", "14.65", "21.98"};

inline void add_schedule(Tender& t, const std::string& bidder, const std::string& lot,
                         const Schedule& rates) {
  for (std::size_t i = 0; i < 4; ++i)
    add_rates(t, bidder, lot, all_bases()[i], rates[2 * i], rates[2 * i + 1]);
}

inline Ceiling ceiling(Basis basis, const char* standard, const char* bank_holiday, const char* floor,
                       const char* bank_holiday_floor) {
  Ceiling c;
  c.basis = basis;
  c.standard = pounds(standard);
  c.bank_holiday = pounds(bank_holiday);
  if (floor != nullptr) c.cost_floor = pounds(floor);
  if (bank_holiday_floor != nullptr) c.bank_holiday_cost_floor = pounds(bank_holiday_floor);
  return c;
}

// The tiny tender's settings (evaluated on llw inclusive, travel inclusive; lots N1, N2) with
// a ceiling and cost floor on every basis, and no bidders.
inline Tender four_ceilings() {
  Tender t = tiny_settings();
  t.ceilings = {ceiling(kIncInc, "17.20", "25.80", "14.95", "22.40"),
                ceiling(kIncExc, "16.00", "24.00", "13.80", "20.70"),
                ceiling(kExcInc, "16.25", "24.38", "13.00", "19.50"),
                ceiling(kExcExc, "15.05", "22.58", "12.00", "18.00")};
  return t;
}

// The tender without cost floors, for checks that would otherwise also fall below one.
inline Tender no_floors(Tender t) {
  for (Ceiling& c : t.ceilings) {
    c.cost_floor.reset();
    c.bank_holiday_cost_floor.reset();
  }
  return t;
}

// The tiny tender's given bank-holiday share.
inline RateCheckOptions share_3_146() {
  RateCheckOptions o;
  o.share = given_share(Rational(3, 146));
  return o;
}

// For the output tests: ACE (lot N1, kClean, ranked) and BRT "Bright Care, Lewisham" (lot N1,
// Form of Tender unsigned, standard rate 17.21 on the evaluated basis: one above-ceiling error),
// on four_ceilings() with the share 3/146.
inline Tender two_bids() {
  Tender t = four_ceilings();
  t.bidders = {bidder("ACE", "Ace Homecare Ltd", {"N1"}),
               bidder("BRT", "Bright Care, Lewisham", {"N1"}, true, false)};
  add_schedule(t, "ACE", "*", kClean);
  Schedule brt = kClean;
  brt[0] = "17.21";
  add_schedule(t, "BRT", "*", brt);
  add_marks(t, "ACE", {4, 4, 4, 4});
  add_marks(t, "BRT", {4, 4, 4, 4});
  return t;
}

}  // namespace tk::test
