#include <fmt/format.h>

#include "write/report_text.hpp"
#include "write/score_text.hpp"

namespace tk::report {

std::string long_date(Date d) {
  static constexpr const char* kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  static constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};
  return fmt::format("{} {} {} {}", kDays[d.iso_weekday() - 1], d.day(), kMonths[d.month() - 1], d.year());
}

std::string pounds(const Rational& value) {
  // to_fixed rounds half away from zero and gives "-1234.50" or "0.05": group its whole pounds.
  const std::string fixed = to_fixed(value, 2, Rounding::half_away_from_zero);
  const bool negative = fixed.front() == '-';
  const std::string_view digits = std::string_view(fixed).substr(negative ? 1 : 0, fixed.size() - (negative ? 1 : 0) - 3);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return fmt::format("{}£{}{}", negative ? "-" : "", grouped, std::string_view(fixed).substr(fixed.size() - 3));
}

std::string bidder_label(const Bidder& b) { return fmt::format("{} ({})", b.name, b.id); }

std::string lot_label(const Lot& lot) { return fmt::format("Lot {} ({})", lot.id, lot.name); }

std::string basis_text(Basis basis) {
  return fmt::format("LLW {}, travel {}", to_string(basis.llw), to_string(basis.travel));
}

std::string percent(const Rational& fraction) {
  return to_fixed(fraction * 100, 2, Rounding::half_away_from_zero) + "%";
}

std::string price_formula(const Evaluation& e) {
  std::string w = show_exact(e.weights[e.lots.empty() ? 0 : e.lots.front().facts.price_criterion]);
  switch (e.method) {
    case PriceMethod::relative_to_lowest:
      return fmt::format("price score = {} × lowest evaluated price ÷ the bid's evaluated price", w);
    case PriceMethod::linear_from_lowest:
      return fmt::format(
          "price score = {} × max(0, 1 − (the bid's evaluated price − lowest) ÷ lowest): a bid twice the lowest "
          "scores 0",
          w);
    case PriceMethod::ceiling_linear:
      return fmt::format(
          "price score = {} × (ceiling − the bid's evaluated price) ÷ (ceiling − lowest), the ceiling blended like "
          "the prices ({} when the price, the ceiling and the lowest are equal)",
          w, w);
  }
  return "";
}

std::string not_awarded_text(const AwardPack& p, const LotDecision& d, const BidResult& b) {
  std::optional<NotAwardedReason> why = p.award.why_not(d, b);
  if (!why) return "awarded";
  switch (*why) {
    case NotAwardedReason::excluded: {
      std::string reasons;
      for (const Reason& r : b.reasons) reasons += (reasons.empty() ? "" : "; ") + r.text();
      return "excluded: " + reasons;
    }
    case NotAwardedReason::lower_score:
      return fmt::format("lower score: ranked {} of {}; the winner ranked {}", b.rank, d.lot->ranked_count,
                         d.winner->rank);
    case NotAwardedReason::cap: {
      std::string won;
      for (const LotDecision* w : p.award.won_by(b.bidder)) won += (won.empty() ? "" : ", ") + w->lot->lot->id;
      return fmt::format("lot cap: ranked {} here, but awarded {} {} (at most {} lot{} per bidder)", b.rank,
                         won.find(',') == std::string::npos ? "lot" : "lots", won, p.award.max_lots_per_bidder,
                         p.award.max_lots_per_bidder == 1 ? "" : "s");
    }
    case NotAwardedReason::unawarded:
      return "the lot is not awarded";
  }
  return "";
}

std::string outcome_text(const AwardPack& p, const LotDecision& d, const BidResult& b) {
  if (d.winner == &b) return "Recommended";
  for (std::size_t i = 0; i < d.reserve.size(); ++i)
    if (d.reserve[i] == &b) return fmt::format("Reserve {}: {}", i + 1, not_awarded_text(p, d, b));
  return not_awarded_text(p, d, b);
}

}  // namespace tk::report
