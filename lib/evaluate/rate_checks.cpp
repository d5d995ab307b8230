#include "evaluate/rate_checks.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "evaluate/evaluation.hpp"
#include "evaluate/gates.hpp"

namespace tk {

std::string_view to_string(RateCheck check) {
  switch (check) {
    case RateCheck::missing_rate: return "missing-rate";
    case RateCheck::above_ceiling: return "above-ceiling";
    case RateCheck::below_cost_floor: return "below-cost-floor";
    case RateCheck::abnormally_low: return "abnormally-low";
    case RateCheck::bank_holiday_below_standard: return "bank-holiday-below-standard";
    case RateCheck::llw_inclusive_below_exclusive: return "llw-inclusive-below-exclusive";
    case RateCheck::travel_inclusive_below_exclusive: return "travel-inclusive-below-exclusive";
  }
  return "?";
}

std::string_view to_string(Severity severity) { return severity == Severity::error ? "error" : "warning"; }

std::size_t RateReport::count(RateCheck check) const {
  return static_cast<std::size_t>(
      std::count_if(findings.begin(), findings.end(), [&](const RateFinding& f) { return f.check == check; }));
}

std::size_t RateReport::count(Severity severity) const {
  return static_cast<std::size_t>(
      std::count_if(findings.begin(), findings.end(), [&](const RateFinding& f) { return f.severity == severity; }));
}

std::size_t RateReport::count(RateCheck check, Severity severity) const {
  return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(), [&](const RateFinding& f) {
    return f.check == check && f.severity == severity;
  }));
}

std::size_t RateReport::bids_with_findings() const {
  return static_cast<std::size_t>(
      std::count_if(bids.begin(), bids.end(), [](const BidRates& b) { return b.findings > 0; }));
}

namespace {

constexpr DayType kDays[] = {DayType::standard, DayType::bank_holiday};

std::string_view day_name(DayType day) { return day == DayType::standard ? "standard" : "bank-holiday"; }

std::size_t basis_index(Basis basis) {
  const std::vector<Basis>& bases = all_bases();
  return static_cast<std::size_t>(std::find(bases.begin(), bases.end(), basis) - bases.begin());
}

std::size_t slot(Basis basis, DayType day) { return basis_index(basis) * 2 + (day == DayType::standard ? 0 : 1); }

// The checks of one bid: its rates, the tender's limits and the evaluated basis.
class BidChecker {
 public:
  // `rows` are the bidder's rows of prices.csv (all of them, or more).
  BidChecker(const Tender& tender, const Bidder& bidder, const Lot& lot, Basis evaluated,
             const std::vector<const PriceRow*>& rows)
      : tender_(tender), bidder_(bidder), lot_(lot), evaluated_(evaluated) {
    // As Tender::rate: a row for the lot itself wins over a "*" row. Looked up once per bid,
    // so that a large tender is not scanned for each of the checks.
    for (const PriceRow* r : rows) {
      if (r->bidder_id != bidder.id || (r->lot != lot.id && r->lot != "*")) continue;
      const PriceRow*& held = rates_[slot(r->basis, r->day)];
      if (held == nullptr || (r->lot == lot.id && held->lot == "*")) held = r;
    }
  }

  const PriceRow* rate(Basis basis, DayType day) const { return rates_[slot(basis, day)]; }

  void missing_rates() {
    for (Basis basis : all_bases()) {
      for (DayType day : kDays) {
        if (rate(basis, day) != nullptr) continue;
        bool own = basis == evaluated_;
        add(RateCheck::missing_rate, severity_on(basis), basis, day,
            own ? fmt::format("no {} rate on {}, the evaluated basis: the bid is excluded", day_name(day), describe(basis))
                : fmt::format("no {} rate on {}: the bid cannot be evaluated on that basis", day_name(day),
                              describe(basis)));
      }
    }
  }

  void ceilings() {
    for (Basis basis : all_bases()) {
      const Ceiling* ceiling = tender_.ceiling(basis);
      if (ceiling == nullptr) continue;
      for (DayType day : kDays) {
        const PriceRow* row = rate(basis, day);
        const Money& limit = day == DayType::standard ? ceiling->standard : ceiling->bank_holiday;
        if (row == nullptr || !(row->rate > limit)) continue;
        bool own = basis == evaluated_;
        add(RateCheck::above_ceiling, severity_on(basis), basis, day,
            fmt::format("{} rate {} is above the ceiling {} on {}{}", day_name(day), row->rate.str(), limit.str(),
                        describe(basis),
                        own ? ", the evaluated basis: the bid is excluded"
                            : ": the bid would be excluded if that basis were evaluated"));
      }
    }
  }

  void cost_floors() {
    for (Basis basis : all_bases()) {
      const Ceiling* ceiling = tender_.ceiling(basis);
      if (ceiling == nullptr) continue;
      for (DayType day : kDays) {
        // Like evaluated_cost_floor: the standard floor stands in for a bank-holiday floor not given.
        std::optional<Money> floor = day == DayType::bank_holiday && ceiling->bank_holiday_cost_floor
                                         ? ceiling->bank_holiday_cost_floor
                                         : ceiling->cost_floor;
        const PriceRow* row = rate(basis, day);
        if (!floor || row == nullptr || !(row->rate < *floor)) continue;
        add(RateCheck::below_cost_floor, Severity::warning, basis, day,
            fmt::format("{} rate {} is {} below the cost floor {} on {}: at this rate the bidder cannot pay the wage "
                        "floor and on-costs",
                        day_name(day), row->rate.str(), (*floor - row->rate).str(), floor->str(), describe(basis)));
      }
    }
  }

  void abnormally_low(Basis basis, const BidResult& bid, const AbnormallyLowSettings& settings) {
    if (!bid.abnormally_low || !bid.abnormally_low->flagged()) return;
    const AbnormallyLowCheck& c = *bid.abnormally_low;
    add(RateCheck::abnormally_low, Severity::warning, basis, std::nullopt,
        fmt::format("evaluated price {} on {}{} is more than {}% below {}, the mean of the lot's evaluated prices "
                    "without the highest, and more than {}% below {}, the lowest other: ask the bidder to explain; "
                    "it is never a reason to exclude on its own",
                    format_money(bid.price->value), describe(basis), basis == evaluated_ ? " (the evaluated basis)" : "",
                    to_exact_string(settings.below_adjusted_mean_percent), format_money(c.adjusted_mean),
                    to_exact_string(settings.proximity_percent), format_money(c.lowest_other)));
  }

  void bank_holidays() {
    for (Basis basis : all_bases()) {
      const PriceRow* standard = rate(basis, DayType::standard);
      const PriceRow* bank_holiday = rate(basis, DayType::bank_holiday);
      if (standard == nullptr || bank_holiday == nullptr || !(bank_holiday->rate < standard->rate)) continue;
      add(RateCheck::bank_holiday_below_standard, Severity::warning, basis, std::nullopt,
          fmt::format("bank-holiday rate {} is below the standard rate {} on {}", bank_holiday->rate.str(),
                      standard->rate.str(), describe(basis)));
    }
  }

  void llw_consistency() {
    for (Travel travel : {Travel::inclusive, Travel::exclusive}) {
      for (DayType day : kDays) {
        const PriceRow* inc = rate({Llw::inclusive, travel}, day);
        const PriceRow* exc = rate({Llw::exclusive, travel}, day);
        if (inc == nullptr || exc == nullptr || !(inc->rate < exc->rate)) continue;
        RateFinding& f = add(RateCheck::llw_inclusive_below_exclusive, Severity::warning, {Llw::inclusive, travel}, day,
                             fmt::format("LLW-inclusive {} rate {} is below the LLW-exclusive one {} (travel {}): "
                                         "paying the London Living Wage cannot cost less",
                                         day_name(day), inc->rate.str(), exc->rate.str(), to_string(travel)));
        f.llw.reset();
      }
    }
  }

  void travel_consistency() {
    for (Llw llw : {Llw::inclusive, Llw::exclusive}) {
      for (DayType day : kDays) {
        const PriceRow* inc = rate({llw, Travel::inclusive}, day);
        const PriceRow* exc = rate({llw, Travel::exclusive}, day);
        if (inc == nullptr || exc == nullptr || !(inc->rate < exc->rate)) continue;
        RateFinding& f = add(RateCheck::travel_inclusive_below_exclusive, Severity::warning, {llw, Travel::inclusive},
                             day,
                             fmt::format("travel-inclusive {} rate {} is below the travel-exclusive one {} (llw {}): "
                                         "paying for travel time and mileage cannot cost less",
                                         day_name(day), inc->rate.str(), exc->rate.str(), to_string(llw)));
        f.travel.reset();
      }
    }
  }

  // The findings, errors first, then in RateCheck order; each check's findings stay in the
  // order they were made (bases in all_bases() order, standard before bank holiday).
  std::vector<RateFinding> take() {
    std::stable_sort(findings_.begin(), findings_.end(), [](const RateFinding& a, const RateFinding& b) {
      if (a.severity != b.severity) return a.severity == Severity::error;
      return static_cast<int>(a.check) < static_cast<int>(b.check);
    });
    return std::move(findings_);
  }

 private:
  Severity severity_on(Basis basis) const { return basis == evaluated_ ? Severity::error : Severity::warning; }

  RateFinding& add(RateCheck check, Severity severity, Basis basis, std::optional<DayType> day, std::string message) {
    RateFinding f;
    f.bidder = &bidder_;
    f.lot = &lot_;
    f.check = check;
    f.severity = severity;
    f.llw = basis.llw;
    f.travel = basis.travel;
    f.day = day;
    f.message = std::move(message);
    findings_.push_back(std::move(f));
    return findings_.back();
  }

  const Tender& tender_;
  const Bidder& bidder_;
  const Lot& lot_;
  Basis evaluated_;
  std::array<const PriceRow*, 8> rates_{};
  std::vector<RateFinding> findings_;
};

// The engine's evaluation of every (or the chosen) lot on each basis, for the gates and the
// abnormally-low screen. The price method does not change either, so relative-to-lowest is
// used on every basis (ceiling-linear would need a ceiling on each).
std::vector<Evaluation> evaluate_all_bases(const Tender& tender, const RateCheckOptions& options) {
  std::vector<Evaluation> out;
  for (Basis basis : all_bases()) {
    EvaluationOptions o;
    o.tender_share = options.share;
    o.llw = basis.llw;
    o.travel = basis.travel;
    o.method = PriceMethod::relative_to_lowest;
    o.lot = options.lot;
    out.push_back(evaluate_tender(tender, o));
  }
  return out;
}

const BidResult* bid_of(const LotResult& lot, const Bidder* bidder) {
  for (const BidResult& b : lot.bids)
    if (b.bidder == bidder) return &b;
  return nullptr;
}

BasisMargin margin_on(const Tender& tender, const BidChecker& rates, Basis basis, const RateCheckOptions& options,
                      const BidResult* bid) {
  BasisMargin m;
  m.basis = basis;
  m.evaluated = basis == tender.price.basis;
  const PriceRow* standard = rates.rate(basis, DayType::standard);
  const PriceRow* bank_holiday = rates.rate(basis, DayType::bank_holiday);
  if (standard != nullptr && bank_holiday != nullptr) {
    m.evaluated_price = blend(standard->rate.pounds(), bank_holiday->rate.pounds(), options.share.value);
  }
  if (const Ceiling* ceiling = tender.ceiling(basis)) m.cost_floor = evaluated_cost_floor(*ceiling, options.share.value);
  if (m.evaluated_price && m.cost_floor) m.surplus = *m.evaluated_price - *m.cost_floor;
  m.screened = bid != nullptr && bid->abnormally_low.has_value();
  return m;
}

}  // namespace

RateReport check_rates(const Tender& tender, const RateCheckOptions& options) {
  if (options.bidder && tender.bidder(*options.bidder) == nullptr) {
    throw Error(ExitCode::usage, Location{}, fmt::format("unknown bidder '{}': it is not in bidders.csv", *options.bidder));
  }
  RateReport report;
  report.tender = &tender;
  report.evaluated_basis = tender.price.basis;
  report.share = options.share;
  std::vector<Evaluation> evaluations = evaluate_all_bases(tender, options);

  std::vector<const Bidder*> bidders;
  for (const Bidder& b : tender.bidders)
    if (!options.bidder || b.id == *options.bidder) bidders.push_back(&b);
  std::stable_sort(bidders.begin(), bidders.end(), [](const Bidder* a, const Bidder* b) { return a->id < b->id; });

  std::map<std::string_view, std::vector<const PriceRow*>> rows_by_bidder;
  for (const PriceRow& r : tender.prices) rows_by_bidder[r.bidder_id].push_back(&r);
  static const std::vector<const PriceRow*> kNoRows;

  std::size_t own = basis_index(tender.price.basis);
  for (const Bidder* bidder : bidders) {
    auto found = rows_by_bidder.find(bidder->id);
    const std::vector<const PriceRow*>& rows = found == rows_by_bidder.end() ? kNoRows : found->second;
    for (std::size_t li = 0; li < evaluations.front().lots.size(); ++li) {
      const Lot& lot = *evaluations.front().lots[li].lot;
      if (!bidder->bids_for(lot.id)) continue;
      BidRates rates;
      rates.bidder = bidder;
      rates.lot = &lot;
      BidChecker checker(tender, *bidder, lot, tender.price.basis, rows);
      checker.missing_rates();
      checker.ceilings();
      checker.cost_floors();
      for (std::size_t bi = 0; bi < evaluations.size(); ++bi) {
        const Basis basis = all_bases()[bi];
        const BidResult* bid = bid_of(evaluations[bi].lots[li], bidder);
        if (bid != nullptr) checker.abnormally_low(basis, *bid, tender.abnormally_low);
        if (bi == own && bid != nullptr) rates.excluded_by = bid->reasons;
        rates.margins[bi] = margin_on(tender, checker, basis, options, bid);
      }
      checker.bank_holidays();
      checker.llw_consistency();
      checker.travel_consistency();
      std::vector<RateFinding> found = checker.take();
      rates.findings = found.size();
      for (RateFinding& f : found) report.findings.push_back(std::move(f));
      report.bids.push_back(std::move(rates));
    }
  }
  return report;
}

}  // namespace tk
