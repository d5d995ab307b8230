#include "decide/award.hpp"

#include <fmt/format.h>

namespace tk {

std::vector<const LotResult*> AwardOutcome::unawarded() const {
  std::vector<const LotResult*> out;
  for (const LotAward& a : lots)
    if (a.winner == nullptr) out.push_back(a.lot);
  return out;
}

std::vector<const LotResult*> Award::differences() const {
  std::vector<const LotResult*> out;
  for (std::size_t i = 0; i < chosen.lots.size(); ++i)
    if (chosen.lots[i].winner != other.lots[i].winner) out.push_back(chosen.lots[i].lot);
  return out;
}

std::vector<AwardLot> award_lots(const Evaluation& e) {
  std::vector<AwardLot> lots;
  for (const LotResult& lot : e.lots) {
    AwardLot a{lot.lot->id, lot.lot->hours_per_week, {}};
    for (const BidResult& b : lot.bids)
      if (b.ranked()) a.candidates.push_back({b.bidder_index, b.total});
    lots.push_back(std::move(a));
  }
  return lots;
}

namespace {

// The ranked bid at `index` among a lot's ranked bids (which come first, in rank order).
const BidResult* ranked_bid(const LotResult& lot, std::size_t index) { return &lot.bids[index]; }

AwardOutcome outcome_of(const Evaluation& e, AwardMechanism mechanism, const Assignment& assignment,
                        int max_lots_per_bidder) {
  AwardOutcome out;
  out.mechanism = mechanism;
  std::vector<std::vector<const Lot*>> won(e.tender->bidders.size());
  for (std::size_t l = 0; l < e.lots.size(); ++l) {
    LotAward a;
    a.lot = &e.lots[l];
    if (assignment[l]) {
      a.winner = ranked_bid(e.lots[l], *assignment[l]);
      won[a.winner->bidder_index].push_back(e.lots[l].lot);
      out.sum_of_totals += a.winner->total;
      ++out.awarded;
    }
    out.lots.push_back(std::move(a));
  }
  for (LotAward& a : out.lots) {
    for (const BidResult& b : a.lot->bids) {
      if (!b.ranked() || &b == a.winner) continue;
      ReserveBid r;
      r.bid = &b;
      r.won = won[b.bidder_index];
      r.at_cap = max_lots_per_bidder > 0 && r.won.size() >= static_cast<std::size_t>(max_lots_per_bidder);
      a.reserve.push_back(std::move(r));
    }
  }
  return out;
}

Assignment assign(const std::vector<AwardLot>& lots, AwardMechanism mechanism, int max_lots_per_bidder) {
  return mechanism == AwardMechanism::optimal ? assign_optimal(lots, max_lots_per_bidder)
                                              : assign_lot_order(lots, max_lots_per_bidder);
}

std::string cap_text(int cap) { return cap == 0 ? std::string("0 (no cap)") : std::to_string(cap); }

}  // namespace

Award decide_award(const Evaluation& e, AwardMechanism mechanism, int max_lots_per_bidder) {
  Award award;
  award.evaluation = &e;
  award.max_lots_per_bidder = max_lots_per_bidder;
  std::vector<AwardLot> lots = award_lots(e);
  for (std::size_t l : lot_order_sequence(lots)) award.sequence.push_back(e.lots[l].lot);
  AwardMechanism other = mechanism == AwardMechanism::optimal ? AwardMechanism::lot_order : AwardMechanism::optimal;
  award.chosen = outcome_of(e, mechanism, assign(lots, mechanism, max_lots_per_bidder), max_lots_per_bidder);
  award.other = outcome_of(e, other, assign(lots, other, max_lots_per_bidder), max_lots_per_bidder);
  award.agree = award.differences().empty();

  const AwardSettings& settings = e.tender->award;
  award.overrides = e.overrides;
  if (mechanism != settings.mechanism) {
    award.overrides.push_back(
        fmt::format("mechanism {} (tender.toml: {})", to_string(mechanism), to_string(settings.mechanism)));
  }
  if (max_lots_per_bidder != settings.max_lots_per_bidder) {
    award.overrides.push_back(fmt::format("max_lots_per_bidder {} (tender.toml: {})", cap_text(max_lots_per_bidder),
                                          cap_text(settings.max_lots_per_bidder)));
  }
  award.what_if = !award.overrides.empty();
  return award;
}

}  // namespace tk
