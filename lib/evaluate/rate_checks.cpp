#include "evaluate/rate_checks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "evaluate/abnormally_low.hpp"
#include "evaluate/gates.hpp"
#include "evaluate/quality_score.hpp"

namespace tk {

std::string_view to_string(RateCheck check) {
  switch (check) {
    case RateCheck::missing_rate:
      return "missing-rate";
    case RateCheck::above_ceiling:
      return "above-ceiling";
    case RateCheck::below_cost_floor:
      return "below-cost-floor";
    case RateCheck::abnormally_low:
      return "abnormally-low";
    case RateCheck::bank_holiday_below_standard:
      return "bank-holiday-below-standard";
    case RateCheck::llw_inclusive_below_exclusive:
      return "llw-inclusive-below-exclusive";
    case RateCheck::travel_inclusive_below_exclusive:
      return "travel-inclusive-below-exclusive";
  }
  return "?";
}

std::string_view to_string(Severity severity) { return severity == Severity::error ? "error" : "warning"; }

std::size_t RateReport::count(RateCheck check) const {
  return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(),
                                                [&](const RateFinding& f) { return f.check == check; }));
}

std::size_t RateReport::count(Severity severity) const {
  return static_cast<std::size_t>(std::count_if(
      findings.begin(), findings.end(), [&](const RateFinding& f) { return f.severity == severity; }));
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

std::size_t slot(Basis basis, DayType day) {
  return basis_index(basis) * 2 + (day == DayType::standard ? 0 : 1);
}

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

  // The gates of contract 4.1 that depend on the rates, as check_gates applies them: both
  // rates of the basis present and neither above its ceiling.
  bool passes_rate_gates(Basis basis) const {
    const PriceRow* standard = rate(basis, DayType::standard);
    const PriceRow* bank_holiday = rate(basis, DayType::bank_holiday);
    if (standard == nullptr || bank_holiday == nullptr) return false;
    const Ceiling* ceiling = tender_.ceiling(basis);
    return ceiling == nullptr ||
           (!(standard->rate > ceiling->standard) && !(bank_holiday->rate > ceiling->bank_holiday));
  }

  // P on `basis`, when both rates are there.
  std::optional<Rational> evaluated_price(Basis basis, const Rational& s) const {
    const PriceRow* standard = rate(basis, DayType::standard);
    const PriceRow* bank_holiday = rate(basis, DayType::bank_holiday);
    if (standard == nullptr || bank_holiday == nullptr) return std::nullopt;
    return blend(standard->rate.pounds(), bank_holiday->rate.pounds(), s);
  }

  void missing_rates() {
    for (Basis basis : all_bases()) {
      for (DayType day : kDays) {
        if (rate(basis, day) != nullptr) continue;
        bool own = basis == evaluated_;
        add(RateCheck::missing_rate, severity_on(basis), basis, day,
            own ? fmt::format("no {} rate on {}, the evaluated basis: the bid is excluded", day_name(day),
                              describe(basis))
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
            fmt::format("{} rate {} is above the ceiling {} on {}{}", day_name(day), row->rate.str(),
                        limit.str(), describe(basis),
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
            fmt::format(
                "{} rate {} is {} below the cost floor {} on {}: at this rate the bidder cannot pay the wage "
                "floor and on-costs",
                day_name(day), row->rate.str(), (*floor - row->rate).str(), floor->str(), describe(basis)));
      }
    }
  }

  // The screen's verdict on the bid's evaluated price P on `basis`.
  void abnormally_low(Basis basis, const Rational& price, const std::optional<AbnormallyLowCheck>& screen,
                      const AbnormallyLowSettings& settings) {
    if (!screen || !screen->flagged()) return;
    const AbnormallyLowCheck& c = *screen;
    add(RateCheck::abnormally_low, Severity::warning, basis, std::nullopt,
        fmt::format(
            "evaluated price {} on {}{} is more than {}% below {}, the mean of the lot's evaluated prices "
            "without the highest, and more than {}% below {}, the lowest other: ask the bidder to explain; "
            "it is never a reason to exclude on its own",
            format_money(price), describe(basis), basis == evaluated_ ? " (the evaluated basis)" : "",
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
        RateFinding& f =
            add(RateCheck::llw_inclusive_below_exclusive, Severity::warning, {Llw::inclusive, travel}, day,
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
        RateFinding& f =
            add(RateCheck::travel_inclusive_below_exclusive, Severity::warning, {llw, Travel::inclusive}, day,
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
  Severity severity_on(Basis basis) const {
    return basis == evaluated_ ? Severity::error : Severity::warning;
  }

  RateFinding& add(RateCheck check, Severity severity, Basis basis, std::optional<DayType> day,
                   std::string message) {
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

// A bid while the lot is checked: its rates, its gates and its price on each basis.
struct BidInLot {
  BidInLot(const Bidder* b, BidChecker c) : bidder(b), checker(std::move(c)) {}

  const Bidder* bidder = nullptr;
  BidChecker checker;
  std::vector<Reason> reasons;                   // check_gates on the evaluated basis
  bool fails_other_gates = false;                // a reason that is not about the rates (sq, form, marks)
  std::array<std::optional<Rational>, 4> price;  // P on each basis
  std::array<bool, 4> in_screen{};               // not excluded on that basis
  std::array<std::optional<AbnormallyLowCheck>, 4> screen;
};

BasisMargin margin_on(const Tender& tender, const BidInLot& bid, std::size_t basis_index, const Rational& s) {
  BasisMargin m;
  m.basis = all_bases()[basis_index];
  m.evaluated = m.basis == tender.price.basis;
  m.evaluated_price = bid.price[basis_index];
  if (const Ceiling* ceiling = tender.ceiling(m.basis)) m.cost_floor = evaluated_cost_floor(*ceiling, s);
  if (m.evaluated_price && m.cost_floor) m.surplus = *m.evaluated_price - *m.cost_floor;
  m.screened = bid.screen[basis_index].has_value();
  return m;
}

// Runs the abnormally-low screen of contract 4.6 (check_abnormally_low, as `score` does) on
// each basis, among the lot's bids not excluded there.
void screen_lot(std::vector<BidInLot>& bids, const AbnormallyLowSettings& settings) {
  for (std::size_t bi = 0; bi < all_bases().size(); ++bi) {
    std::vector<Rational> prices;
    std::vector<BidInLot*> screened;
    for (BidInLot& b : bids) {
      if (!b.in_screen[bi]) continue;
      prices.push_back(*b.price[bi]);
      screened.push_back(&b);
    }
    std::vector<std::optional<AbnormallyLowCheck>> checks = check_abnormally_low(prices, settings);
    for (std::size_t i = 0; i < screened.size(); ++i) screened[i]->screen[bi] = checks[i];
  }
}

std::map<std::string_view, QualityAssessment> assess_bidders(const Tender& tender) {
  std::map<std::string_view, std::vector<const Mark*>> marks;
  for (const Mark& m : tender.marks) marks[m.bidder_id].push_back(&m);
  std::map<std::string_view, QualityAssessment> out;
  for (const Bidder& b : tender.bidders) out.emplace(b.id, assess_quality(tender, b, marks[b.id]));
  return out;
}

}  // namespace

RateReport check_rates(const Tender& tender, const RateCheckOptions& options) {
  if (options.bidder && tender.bidder(*options.bidder) == nullptr) {
    throw Error(ExitCode::usage, Location{},
                fmt::format("unknown bidder '{}': it is not in bidders.csv", *options.bidder));
  }
  if (options.lot && tender.lot(*options.lot) == nullptr) {
    std::vector<std::string> ids;
    for (const Lot& l : tender.lots) ids.push_back(l.id);
    throw Error(
        ExitCode::usage, Location{},
        fmt::format("unknown lot '{}': the tender's lots are {}", *options.lot, fmt::join(ids, ", ")));
  }
  RateReport report;
  report.tender = &tender;
  report.evaluated_basis = tender.price.basis;
  report.share = options.share;
  const Rational& s = options.share.value;
  const Basis evaluated = tender.price.basis;

  std::map<std::string_view, std::vector<const PriceRow*>> rows_by_bidder;
  for (const PriceRow& r : tender.prices) rows_by_bidder[r.bidder_id].push_back(&r);
  static const std::vector<const PriceRow*> kNoRows;
  std::map<std::string_view, QualityAssessment> quality = assess_bidders(tender);

  std::vector<std::pair<BidRates, std::vector<RateFinding>>> checked;
  for (const Lot& lot : tender.lots) {
    if (options.lot && lot.id != *options.lot) continue;
    // Every bid of the lot takes part in the screen, whichever bidder is reported.
    std::vector<BidInLot> bids;
    for (const Bidder& bidder : tender.bidders) {
      if (!bidder.bids_for(lot.id)) continue;
      auto rows = rows_by_bidder.find(bidder.id);
      BidInLot b(&bidder, BidChecker(tender, bidder, lot, evaluated,
                                     rows == rows_by_bidder.end() ? kNoRows : rows->second));
      b.reasons = check_gates(tender, bidder, lot, evaluated, quality.at(bidder.id));
      b.fails_other_gates = std::any_of(b.reasons.begin(), b.reasons.end(), [](const Reason& r) {
        return r.code != ReasonCode::missing_rate && r.code != ReasonCode::above_ceiling;
      });
      for (std::size_t bi = 0; bi < all_bases().size(); ++bi) {
        Basis basis = all_bases()[bi];
        b.price[bi] = b.checker.evaluated_price(basis, s);
        b.in_screen[bi] = !b.fails_other_gates && b.checker.passes_rate_gates(basis);
      }
      bids.push_back(std::move(b));
    }
    screen_lot(bids, tender.abnormally_low);

    for (BidInLot& b : bids) {
      if (options.bidder && b.bidder->id != *options.bidder) continue;
      BidRates rates;
      rates.bidder = b.bidder;
      rates.lot = &lot;
      rates.excluded_by = b.reasons;
      BidChecker& checker = b.checker;
      checker.missing_rates();
      checker.ceilings();
      checker.cost_floors();
      for (std::size_t bi = 0; bi < all_bases().size(); ++bi) {
        if (b.price[bi])
          checker.abnormally_low(all_bases()[bi], *b.price[bi], b.screen[bi], tender.abnormally_low);
        rates.margins[bi] = margin_on(tender, b, bi, s);
      }
      checker.bank_holidays();
      checker.llw_consistency();
      checker.travel_consistency();
      std::vector<RateFinding> found = checker.take();
      rates.findings = found.size();
      checked.emplace_back(std::move(rates), std::move(found));
    }
  }

  // By bidder_id; each bidder's lots stay in tender order.
  std::stable_sort(checked.begin(), checked.end(),
                   [](const auto& a, const auto& b) { return a.first.bidder->id < b.first.bidder->id; });
  for (auto& [rates, found] : checked) {
    for (RateFinding& f : found) report.findings.push_back(std::move(f));
    report.bids.push_back(std::move(rates));
  }
  return report;
}

}  // namespace tk
