#pragma once
// The contract's tiny tender loaded from tests/data/spec-examples and its award pack, for
// the tests of the award documents.

#include <memory>

#include "decide/award_pack.hpp"
#include "evaluate/bank_holiday_share.hpp"
#include "read/tender_loader.hpp"
#include "shipped_data.hpp"
#include "tender_fixture.hpp"

namespace tk::test {

struct TinyPack {
  std::unique_ptr<Tender> tender;
  AwardPack pack;
};

// The tiny tender's pack: report date 2016-02-16, notice date 2016-03-01 unless `documents`
// says otherwise.
inline TinyPack tiny_pack(DocumentOptions documents = {}, EvaluationOptions options = {}) {
  TinyPack t;
  t.tender = std::make_unique<Tender>(load_tender(tiny_tender_dir()));
  options.tender_share = tender_bank_holiday_share(*t.tender, shipped_bank_holidays());
  if (!documents.report_date) documents.report_date = Date(2016, 2, 16);
  if (!documents.notice_date) documents.notice_date = Date(2016, 3, 1);
  t.pack = make_award_pack(*t.tender, shipped_bank_holidays(), options, documents);
  return t;
}

// The bid of `bidder` in lot number `lot` (0-based) of the pack's evaluation.
inline const BidResult& bid_of(const AwardPack& p, std::size_t lot, const std::string& bidder) {
  for (const BidResult& b : p.evaluation.lots[lot].bids)
    if (b.bidder->id == bidder) return b;
  FAIL("no bid of " << bidder);
  return p.evaluation.lots[lot].bids.front();
}

}  // namespace tk::test
