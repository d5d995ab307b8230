#pragma once

#include <string>
#include <string_view>

namespace tk {

// Why a bid is excluded (contract 4.1), in the order the gates are checked.
enum class ReasonCode {
  sq_fail,
  form_unsigned,
  not_bid,
  missing_rate,
  above_ceiling,
  missing_mark,
  below_min_mark,
};

// What a reader of the results should look at; a flag never excludes a bid. The enum order
// is the order flags are listed in.
enum class Flag {
  tie,                // equal exact total with another ranked bid of the lot (4.5)
  abnormally_low,     // 4.6
  below_cost_floor,   // 4.6
  no_consensus,       // aggregate = consensus but a question has no consensus mark (4.4)
  moderation_spread,  // evaluators' marks on a question differ by at least moderation_spread
};

// "sq-fail", "abnormally-low", ...: the codes the outputs use.
std::string_view to_string(ReasonCode code);
std::string_view to_string(Flag flag);

// An exclusion reason: its code and what exactly failed.
struct Reason {
  ReasonCode code = ReasonCode::sq_fail;
  std::string detail;

  // "CODE: DETAIL", or "CODE" when there is no detail.
  std::string text() const;
};

// A flag with what raised it.
struct FlagNote {
  Flag flag = Flag::tie;
  std::string detail;

  std::string text() const;
};

}  // namespace tk
