#pragma once

#include <string>

#include "decide/award_pack.hpp"
#include "write/json.hpp"

namespace tk {

// An OCDS 1.1 release package (JSON) of the award: one release tagged "award" with the
// buyer and every bidder as parties, tender.lots, bids.details (one bid per bidder and lot,
// "valid" or "disqualified", with its rank) and awards (status "pending": recommended, awaiting
// the decision and standstill) with suppliers, relatedBids, relatedLots and the annual value.
// Uses the bids and lots extensions. Ids: ocid = pack.ocid, bid "BIDDER-LOT", award
// "OCID-award-LOT". Dates come from the report date. Throws Error(usage) when there is no
// report date ([report] report_date or --report-date).
Json ocds_release_package(const AwardPack& pack);

// The package as indented JSON ending in a newline.
std::string render_ocds(const AwardPack& pack);

}  // namespace tk
