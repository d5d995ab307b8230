#include "evaluate/codes.hpp"

namespace tk {

std::string_view to_string(ReasonCode code) {
  switch (code) {
    case ReasonCode::sq_fail: return "sq-fail";
    case ReasonCode::form_unsigned: return "form-unsigned";
    case ReasonCode::not_bid: return "not-bid";
    case ReasonCode::missing_rate: return "missing-rate";
    case ReasonCode::above_ceiling: return "above-ceiling";
    case ReasonCode::missing_mark: return "missing-mark";
    case ReasonCode::below_min_mark: return "below-min-mark";
  }
  return "?";
}

std::string_view to_string(Flag flag) {
  switch (flag) {
    case Flag::tie: return "tie";
    case Flag::abnormally_low: return "abnormally-low";
    case Flag::below_cost_floor: return "below-cost-floor";
    case Flag::no_consensus: return "no-consensus";
    case Flag::moderation_spread: return "moderation-spread";
  }
  return "?";
}

namespace {
std::string join(std::string_view code, const std::string& detail) {
  std::string out(code);
  if (!detail.empty()) {
    out += ": ";
    out += detail;
  }
  return out;
}
}  // namespace

std::string Reason::text() const { return join(to_string(code), detail); }
std::string FlagNote::text() const { return join(to_string(flag), detail); }

}  // namespace tk
