#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"
#include "core/exact.hpp"
#include "core/money.hpp"

namespace tk {

// The pricing bases of the schedule: LLW inclusive/exclusive x travel inclusive/exclusive.
enum class Llw { inclusive, exclusive };
enum class Travel { inclusive, exclusive };
enum class DayType { standard, bank_holiday };

struct Basis {
  Llw llw = Llw::inclusive;
  Travel travel = Travel::inclusive;
  friend bool operator==(const Basis&, const Basis&) = default;
};

std::string_view to_string(Llw v);
std::string_view to_string(Travel v);
std::string_view to_string(DayType v);
std::optional<Llw> parse_llw(std::string_view s);
std::optional<Travel> parse_travel(std::string_view s);
std::optional<DayType> parse_day_type(std::string_view s);
// The four bases in display order: inc/inc, inc/exc, exc/inc, exc/exc.
const std::vector<Basis>& all_bases();

enum class PriceMethod { relative_to_lowest, linear_from_lowest, ceiling_linear };
enum class Aggregate { consensus, mean, median };
enum class CriterionKind { price, quality };
enum class AwardMechanism { optimal, lot_order };

std::string_view to_string(PriceMethod v);
std::string_view to_string(Aggregate v);
std::string_view to_string(CriterionKind v);
std::string_view to_string(AwardMechanism v);
std::optional<PriceMethod> parse_price_method(std::string_view s);
std::optional<Aggregate> parse_aggregate(std::string_view s);
std::optional<CriterionKind> parse_criterion_kind(std::string_view s);
std::optional<AwardMechanism> parse_award_mechanism(std::string_view s);

struct Criterion {
  std::string id;
  std::string name;
  Rational weight;  // points out of 100
  CriterionKind kind = CriterionKind::quality;
  Location where;
};

struct Question {
  std::string id;
  std::string criterion;  // a quality criterion id
  Rational weight;        // relative weight within its criterion
  std::string text;
  Location where;
};

struct Lot {
  std::string id;
  std::string name;
  Rational hours_per_week;  // estimated volume
  Location where;
};

// The council's ceiling for one basis; a bid above it on the evaluated basis is excluded.
struct Ceiling {
  Basis basis;
  Money standard;
  Money bank_holiday;
  std::optional<Money> cost_floor;
  std::optional<Money> bank_holiday_cost_floor;
  Location where;
};

struct PriceSettings {
  Basis basis;
  PriceMethod method = PriceMethod::relative_to_lowest;
  // nullopt: "calendar" (bank holidays in the contract period / days in it).
  std::optional<Rational> bank_holiday_share;
};

struct QualitySettings {
  int scale_max = 5;
  Aggregate aggregate = Aggregate::consensus;
  int min_mark = 0;           // 0: no threshold
  int moderation_spread = 2;  // flag evaluator marks this far apart
};

struct AwardSettings {
  int max_lots_per_bidder = 1;  // 0: no cap
  AwardMechanism mechanism = AwardMechanism::optimal;
  int shortlist = 18;
};

struct AbnormallyLowSettings {
  Rational below_adjusted_mean_percent = 15;
  Rational proximity_percent = 1;
};

// Dates and identifiers the award documents need ([report]); never taken from the clock.
struct ReportSettings {
  std::optional<Date> report_date;        // the date the Contract Award Report carries
  std::optional<Date> award_notice_date;  // the contract award notice: standstill counts from it
  std::optional<std::string> ocid_prefix; // the publisher's registered OCDS prefix ("ocds-213czf")
};

struct Bidder {
  std::string id;
  std::string name;
  bool all_lots = false;          // lots = "*"
  std::vector<std::string> lots;  // when not all_lots
  bool sq_pass = false;
  bool form_signed = false;
  Location where;

  bool bids_for(std::string_view lot) const;
};

// One row of prices.csv.
struct PriceRow {
  std::string bidder_id;
  std::string lot;  // a lot id, or "*" for every lot bid for
  Basis basis;
  DayType day = DayType::standard;
  Money rate;
  Location where;  // the row
};

// One row of quality.csv.
struct Mark {
  std::string bidder_id;
  std::string question;
  std::string evaluator;  // "consensus" for the moderated mark
  int mark = 0;
  std::string comment;
  Location where;  // the row

  bool is_consensus() const { return evaluator == "consensus"; }
};

// A whole tender folder, as read and cross-checked by the loader.
struct Tender {
  std::string dir;
  std::string title;
  std::string authority;
  std::string reference;
  Date contract_start;
  Date contract_end;  // inclusive
  int decimal_places = 2;

  PriceSettings price;
  std::vector<Criterion> criteria;
  std::vector<Question> questions;
  QualitySettings quality;
  std::vector<Lot> lots;
  AwardSettings award;
  std::vector<Ceiling> ceilings;
  std::optional<std::string> ceiling_model;  // path relative to dir, when given instead
  AbnormallyLowSettings abnormally_low;
  ReportSettings report;

  std::vector<Bidder> bidders;
  std::vector<PriceRow> prices;
  std::vector<Mark> marks;

  const Bidder* bidder(std::string_view id) const;
  const Lot* lot(std::string_view id) const;
  const Criterion* criterion(std::string_view id) const;
  const Question* question(std::string_view id) const;
  // The one criterion of kind price (the loader guarantees there is exactly one).
  const Criterion& price_criterion() const;
  const Ceiling* ceiling(Basis basis) const;
  // The rate a bidder quoted for a lot, basis and day: a row for the lot itself wins over a
  // "*" row; nullptr when there is none.
  const PriceRow* rate(std::string_view bidder_id, std::string_view lot, Basis basis, DayType day) const;
  // Number of days in the contract period, both ends included.
  long contract_days() const { return contract_end.days() - contract_start.days() + 1; }
};

}  // namespace tk
