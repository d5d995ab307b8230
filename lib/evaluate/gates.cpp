#include "evaluate/gates.hpp"

#include <fmt/format.h>

namespace tk {

std::string describe(Basis basis) {
  return fmt::format("llw {}, travel {}", to_string(basis.llw), to_string(basis.travel));
}

namespace {
std::string_view day_name(DayType day) { return day == DayType::standard ? "standard" : "bank-holiday"; }
}  // namespace

std::vector<Reason> check_gates(const Tender& tender, const Bidder& bidder, const Lot& lot, Basis basis,
                                const QualityAssessment& quality) {
  std::vector<Reason> reasons;
  if (!bidder.sq_pass) reasons.push_back({ReasonCode::sq_fail, "did not pass the Suitability Questionnaire"});
  if (!bidder.form_signed) reasons.push_back({ReasonCode::form_unsigned, "the Form of Tender is not signed"});
  if (!bidder.bids_for(lot.id)) reasons.push_back({ReasonCode::not_bid, fmt::format("did not bid for lot {}", lot.id)});
  const PriceRow* rows[] = {tender.rate(bidder.id, lot.id, basis, DayType::standard),
                            tender.rate(bidder.id, lot.id, basis, DayType::bank_holiday)};
  const DayType days[] = {DayType::standard, DayType::bank_holiday};
  for (int i = 0; i < 2; ++i) {
    if (rows[i] != nullptr) continue;
    reasons.push_back(
        {ReasonCode::missing_rate, fmt::format("no {} rate for lot {} ({})", day_name(days[i]), lot.id, describe(basis))});
  }
  if (const Ceiling* ceiling = tender.ceiling(basis)) {
    for (int i = 0; i < 2; ++i) {
      const Money& limit = days[i] == DayType::standard ? ceiling->standard : ceiling->bank_holiday;
      if (rows[i] == nullptr || !(rows[i]->rate > limit)) continue;
      reasons.push_back({ReasonCode::above_ceiling, fmt::format("{} rate {} is above the ceiling {} ({})", day_name(days[i]),
                                                                rows[i]->rate.str(), limit.str(), describe(basis))});
    }
  }
  reasons.insert(reasons.end(), quality.reasons.begin(), quality.reasons.end());
  return reasons;
}

}  // namespace tk
