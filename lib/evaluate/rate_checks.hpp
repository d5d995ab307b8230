#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/exact.hpp"
#include "evaluate/codes.hpp"
#include "evaluate/evaluated_price.hpp"
#include "model/tender.hpp"

namespace tk {

// What a rate check found (contract 7, `rates`). The enum order is the order findings of
// one bid are listed in, after their severity.
enum class RateCheck {
  missing_rate,                      // one of the 8 rates is not quoted
  above_ceiling,                     // a rate above its basis's ceiling for its day type
  below_cost_floor,                  // a rate below its basis's cost floor for its day type
  abnormally_low,                    // the 4.6 screen on a basis's evaluated prices
  bank_holiday_below_standard,       // bank-holiday rate below the standard rate of a basis
  llw_inclusive_below_exclusive,     // LLW-inclusive rate below the LLW-exclusive one
  travel_inclusive_below_exclusive,  // travel-inclusive rate below the travel-exclusive one
};
inline constexpr std::array kRateChecks = {
    RateCheck::missing_rate,
    RateCheck::above_ceiling,
    RateCheck::below_cost_floor,
    RateCheck::abnormally_low,
    RateCheck::bank_holiday_below_standard,
    RateCheck::llw_inclusive_below_exclusive,
    RateCheck::travel_inclusive_below_exclusive,
};

// "missing-rate", "above-ceiling", ...
std::string_view to_string(RateCheck check);
// "error" or "warning".
std::string_view to_string(Severity severity);

// One finding on one bid (a bidder's bid for one lot). Severity::error marks what excludes
// the bid on the evaluated basis as it stands (contract 4.1: a missing rate or a rate above
// the ceiling on that basis); everything else is a warning: something to look at or ask
// about, never a reason to exclude on its own.
struct RateFinding {
  const Bidder* bidder = nullptr;  // points into the Tender
  const Lot* lot = nullptr;        // points into the Tender
  RateCheck check = RateCheck::missing_rate;
  Severity severity = Severity::warning;
  // Which rates the finding is about; the one left empty is what a comparison is across
  // (no llw for llw-inclusive-below-exclusive, no day for bank-holiday-below-standard and
  // for abnormally-low, which is about the blended evaluated price).
  std::optional<Llw> llw;
  std::optional<Travel> travel;
  std::optional<DayType> day;
  std::string message;
};

// A bid's evaluated price on one basis against that basis's cost floor, both blended with the
// bank-holiday share (contract 4.2, 4.6). surplus = evaluated_price − cost_floor, per hour;
// negative is a deficit. Each is nullopt when a rate or the floor is missing.
struct BasisMargin {
  Basis basis;
  bool evaluated = false;  // the basis the tender evaluates on
  std::optional<Rational> evaluated_price;
  std::optional<Rational> cost_floor;
  std::optional<Rational> surplus;
  bool screened = false;  // in that basis's abnormally-low screen (not excluded there, and the
                          // lot has two or more such bids)
};

// One bid and its margins on every basis, in all_bases() order.
struct BidRates {
  const Bidder* bidder = nullptr;
  const Lot* lot = nullptr;
  std::vector<Reason> excluded_by;  // why the evaluated basis excludes the bid (gate order);
                                    // empty when it is ranked there
  std::array<BasisMargin, 4> margins;
  std::size_t findings = 0;  // how many of the report's findings are about this bid
};

// Which bids to check.
struct RateCheckOptions {
  BankHolidayShare share;             // tender_bank_holiday_share(tender) for the tender's own
  std::optional<std::string> lot;     // only this lot
  std::optional<std::string> bidder;  // only this bidder
};

// Every finding, grouped by bidder (by bidder_id), then lot (tender order), then severity
// (errors first), check, basis (all_bases() order) and day; and every bid checked.
struct RateReport {
  const Tender* tender = nullptr;
  Basis evaluated_basis;
  BankHolidayShare share;
  std::vector<BidRates> bids;  // by bidder_id, then lot in tender order
  std::vector<RateFinding> findings;

  // How many findings have `check` / `severity` / both; how many bids have any.
  std::size_t count(RateCheck check) const;
  std::size_t count(Severity severity) const;
  std::size_t count(RateCheck check, Severity severity) const;
  std::size_t bids_with_findings() const;
};

// Checks each bid's price schedule (every bidder, sq and form failures included, and every lot
// it bid for): missing rates, ceilings and cost floors on each basis that has them, the
// abnormally-low screen of contract 4.6 on each basis (check_abnormally_low among the lot's
// bids that check_gates would not exclude on that basis, as `score` runs it), and the
// schedule's internal consistency. A rate exactly at a ceiling or floor, and equal
// rates, raise nothing. Throws Error(usage) for an unknown options.lot or options.bidder.
// The report points into `tender`, which must outlive it.
RateReport check_rates(const Tender& tender, const RateCheckOptions& options);

}  // namespace tk
