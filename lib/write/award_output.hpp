#pragma once

#include <string>

#include "decide/award.hpp"
#include "write/json.hpp"

namespace tk {

// The award in each output format (totals to the tender's decimal_places, money to pence, half
// away from zero). Every format gives the chosen mechanism's winners, each lot's reserve list in
// rank order (bidders that won another lot marked), the unawarded lots, and the other
// mechanism's result with the lots where it differs.
std::string render_award_table(const Award& a);
std::string render_award_markdown(const Award& a);
// One row per lot and mechanism (the chosen one first).
std::string render_award_csv(const Award& a);
// Contract section 7: {"mechanism", "awards": [{"lot","bidder_id","total","evaluated_price",...}],
// "reserve": {lot: [bidder_id...]}, "unawarded": [lot...]} plus details and "other_mechanism".
Json award_json(const Award& a);
std::string render_award_json(const Award& a);

// "optimal: ..." or "lot-order: ...": the mechanism's rule in one sentence, naming the
// lot-order sequence.
std::string describe_mechanism(const Award& a, AwardMechanism mechanism);

}  // namespace tk
