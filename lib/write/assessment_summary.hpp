#pragma once

#include <string>
#include <vector>

#include "decide/award_pack.hpp"
#include "write/document.hpp"

namespace tk {

// The bidders that get an assessment summary: every bidder with a bid in at least one lot
// (excluded bids included), in bidders.csv order.
std::vector<const Bidder*> assessed_bidders(const AwardPack& pack);

// One bidder's assessment summary (Procurement Act 2023 s50, Procurement Regulations 2024
// reg 31): the award criteria and weights, the scores available, the bidder's score per
// criterion and per question with the consensus reasons, its total and rank in each lot, the
// winning bid's scores beside its own, and why it was not awarded a lot (a lower score, the
// gates it failed, or the lot cap).
Document assessment_summary(const AwardPack& pack, const Bidder& bidder);

// Writes OUTDIR/BIDDER_ID.md and OUTDIR/BIDDER_ID.html for every assessed bidder, each
// atomically, creating OUTDIR. Everything is rendered before the first file is written.
// Returns the paths written. Throws Error(cant_create) when a file cannot be written.
std::vector<std::string> write_assessment_summaries(const AwardPack& pack, const std::string& outdir);

}  // namespace tk
