#include "model/tender.hpp"

#include <algorithm>

namespace tk {

namespace {

template <typename E, std::size_t N>
std::optional<E> lookup(const std::pair<E, std::string_view> (&table)[N], std::string_view s) {
  for (const auto& [e, name] : table)
    if (name == s) return e;
  return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view name_of(const std::pair<E, std::string_view> (&table)[N], E v) {
  for (const auto& [e, name] : table)
    if (e == v) return name;
  return "?";
}

constexpr std::pair<Llw, std::string_view> kLlw[] = {{Llw::inclusive, "inclusive"}, {Llw::exclusive, "exclusive"}};
constexpr std::pair<Travel, std::string_view> kTravel[] = {{Travel::inclusive, "inclusive"},
                                                           {Travel::exclusive, "exclusive"}};
constexpr std::pair<DayType, std::string_view> kDay[] = {{DayType::standard, "standard"},
                                                         {DayType::bank_holiday, "bank_holiday"}};
constexpr std::pair<PriceMethod, std::string_view> kMethod[] = {
    {PriceMethod::relative_to_lowest, "relative-to-lowest"},
    {PriceMethod::linear_from_lowest, "linear-from-lowest"},
    {PriceMethod::ceiling_linear, "ceiling-linear"}};
constexpr std::pair<Aggregate, std::string_view> kAggregate[] = {
    {Aggregate::consensus, "consensus"}, {Aggregate::mean, "mean"}, {Aggregate::median, "median"}};
constexpr std::pair<CriterionKind, std::string_view> kKind[] = {{CriterionKind::price, "price"},
                                                                {CriterionKind::quality, "quality"}};
constexpr std::pair<AwardMechanism, std::string_view> kMechanism[] = {
    {AwardMechanism::optimal, "optimal"}, {AwardMechanism::lot_order, "lot-order"}};

}  // namespace

std::string_view to_string(Llw v) { return name_of(kLlw, v); }
std::string_view to_string(Travel v) { return name_of(kTravel, v); }
std::string_view to_string(DayType v) { return name_of(kDay, v); }
std::string_view to_string(PriceMethod v) { return name_of(kMethod, v); }
std::string_view to_string(Aggregate v) { return name_of(kAggregate, v); }
std::string_view to_string(CriterionKind v) { return name_of(kKind, v); }
std::string_view to_string(AwardMechanism v) { return name_of(kMechanism, v); }
std::optional<Llw> parse_llw(std::string_view s) { return lookup(kLlw, s); }
std::optional<Travel> parse_travel(std::string_view s) { return lookup(kTravel, s); }
std::optional<DayType> parse_day_type(std::string_view s) { return lookup(kDay, s); }
std::optional<PriceMethod> parse_price_method(std::string_view s) { return lookup(kMethod, s); }
std::optional<Aggregate> parse_aggregate(std::string_view s) { return lookup(kAggregate, s); }
std::optional<CriterionKind> parse_criterion_kind(std::string_view s) { return lookup(kKind, s); }
std::optional<AwardMechanism> parse_award_mechanism(std::string_view s) { return lookup(kMechanism, s); }

const std::vector<Basis>& all_bases() {
  static const std::vector<Basis> bases = {{Llw::inclusive, Travel::inclusive},
                                           {Llw::inclusive, Travel::exclusive},
                                           {Llw::exclusive, Travel::inclusive},
                                           {Llw::exclusive, Travel::exclusive}};
  return bases;
}

bool Bidder::bids_for(std::string_view lot) const {
  return all_lots || std::find(lots.begin(), lots.end(), lot) != lots.end();
}

const Bidder* Tender::bidder(std::string_view id) const {
  for (const Bidder& b : bidders)
    if (b.id == id) return &b;
  return nullptr;
}

const Lot* Tender::lot(std::string_view id) const {
  for (const Lot& l : lots)
    if (l.id == id) return &l;
  return nullptr;
}

const Criterion* Tender::criterion(std::string_view id) const {
  for (const Criterion& c : criteria)
    if (c.id == id) return &c;
  return nullptr;
}

const Question* Tender::question(std::string_view id) const {
  for (const Question& q : questions)
    if (q.id == id) return &q;
  return nullptr;
}

const Criterion& Tender::price_criterion() const {
  for (const Criterion& c : criteria)
    if (c.kind == CriterionKind::price) return c;
  throw Error(ExitCode::internal, Location{dir}, "tender has no price criterion");
}

const Ceiling* Tender::ceiling(Basis basis) const {
  for (const Ceiling& c : ceilings)
    if (c.basis == basis) return &c;
  return nullptr;
}

const PriceRow* Tender::rate(std::string_view bidder_id, std::string_view lot_id, Basis basis,
                             DayType day) const {
  const PriceRow* any = nullptr;
  for (const PriceRow& r : prices) {
    if (r.day != day || !(r.basis == basis) || r.bidder_id != bidder_id) continue;  // cheapest test first
    if (r.lot == lot_id) return &r;
    if (r.lot == "*") any = &r;
  }
  return any;
}

}  // namespace tk
