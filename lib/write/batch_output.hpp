#pragma once

#include <string>

#include "decide/batch.hpp"

namespace tk {

// The batch result as CSV (contract section 6): `competition_id,bidder_id,rate,score`, one
// winner a line in first-seen order, rate in pounds to 2 places, score to 2 places half away
// from zero. Ids are quoted as RFC 4180 requires. Withheld competitions are left out.
HugeString batch_csv(const BatchResult& result);

// The same as JSON: {"competitions": [{"competition_id", "bidder_id", "rate", "score",
// "score_exact", "bids", "tie"}...], "withheld": [competition_id...]}, money and scores as
// fixed-decimal strings, score_exact as "p/q" in lowest terms.
HugeString batch_json(const BatchResult& result);

}  // namespace tk
