#include "evaluate/evaluation.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "evaluate/gates.hpp"
#include "evaluate/ranking.hpp"

namespace tk {

std::string_view to_string(BidStatus status) { return status == BidStatus::ranked ? "ranked" : "excluded"; }

bool BidResult::has(Flag flag) const {
  return std::any_of(flags.begin(), flags.end(), [&](const FlagNote& f) { return f.flag == flag; });
}

const LotResult* Evaluation::lot(std::string_view id) const {
  for (const LotResult& l : lots)
    if (l.lot->id == id) return &l;
  return nullptr;
}

namespace {

std::string share_text(const BankHolidayShare& s) {
  if (s.from_calendar) return fmt::format("calendar, {}", to_exact_string(s.value));
  return to_exact_string(s.value);
}

// Applies the options to the tender's settings and records what differs.
void settle_settings(const Tender& tender, const EvaluationOptions& options, Evaluation& e) {
  e.basis = tender.price.basis;
  e.method = tender.price.method;
  e.share = options.tender_share;
  if (options.llw && *options.llw != tender.price.basis.llw) {
    e.basis.llw = *options.llw;
    e.overrides.push_back(fmt::format("llw {} (tender.toml: {})", to_string(e.basis.llw), to_string(tender.price.basis.llw)));
  }
  if (options.travel && *options.travel != tender.price.basis.travel) {
    e.basis.travel = *options.travel;
    e.overrides.push_back(
        fmt::format("travel {} (tender.toml: {})", to_string(e.basis.travel), to_string(tender.price.basis.travel)));
  }
  if (options.method && *options.method != tender.price.method) {
    e.method = *options.method;
    e.overrides.push_back(fmt::format("method {} (tender.toml: {})", to_string(e.method), to_string(tender.price.method)));
  }
  if (options.bank_holiday_share && options.bank_holiday_share->value != options.tender_share.value) {
    e.share = *options.bank_holiday_share;
    e.overrides.push_back(fmt::format("bank-holiday share {} (tender.toml: {})", share_text(e.share),
                                      share_text(options.tender_share)));
  }
  e.what_if = !e.overrides.empty();
}

std::vector<FlagNote> sorted_flags(std::vector<FlagNote> flags) {
  std::stable_sort(flags.begin(), flags.end(),
                   [](const FlagNote& a, const FlagNote& b) { return static_cast<int>(a.flag) < static_cast<int>(b.flag); });
  return flags;
}

// Flags `tie` on every ranked bid whose exact total equals another's (bids in rank order).
void flag_ties(std::vector<BidResult>& ranked) {
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    std::vector<std::string> others;
    for (std::size_t j = 0; j < ranked.size(); ++j) {
      if (j == i || ranked[j].total != ranked[i].total) continue;
      const BidResult& a = ranked[std::min(i, j)];
      const BidResult& b = ranked[std::max(i, j)];
      TieBreak rule = tie_break(RankKey{a.total, a.quality_total, a.price->value, a.bidder->id},
                                RankKey{b.total, b.quality_total, b.price->value, b.bidder->id});
      others.push_back(fmt::format("{} (placed by {})", ranked[j].bidder->id, to_string(rule)));
    }
    if (!others.empty()) {
      ranked[i].flags.push_back({Flag::tie, fmt::format("equal total with {}", fmt::join(others, ", "))});
    }
  }
}

void flag_abnormally_low(const Tender& tender, std::vector<BidResult>& ranked) {
  std::vector<Rational> prices;
  for (const BidResult& b : ranked) prices.push_back(b.price->value);
  std::vector<std::optional<AbnormallyLowCheck>> checks = check_abnormally_low(prices, tender.abnormally_low);
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    ranked[i].abnormally_low = checks[i];
    if (checks[i] && checks[i]->flagged()) {
      ranked[i].flags.push_back(
          {Flag::abnormally_low,
           fmt::format("{} is more than {}% below {}, the mean of the lot's evaluated prices without the "
                       "highest, and more than {}% below {}, the lowest other",
                       format_money(ranked[i].price->value), to_exact_string(tender.abnormally_low.below_adjusted_mean_percent),
                       format_money(checks[i]->adjusted_mean), to_exact_string(tender.abnormally_low.proximity_percent),
                       format_money(checks[i]->lowest_other))});
    }
  }
}

void flag_cost_floor(const LotResult& lot, BidResult& bid) {
  if (!lot.cost_floor || !bid.price || !(bid.price->value < *lot.cost_floor)) return;
  bid.flags.push_back({Flag::below_cost_floor, fmt::format("evaluated price {} is below the cost floor {}",
                                                           format_money(bid.price->value), format_money(*lot.cost_floor))});
}

LotResult evaluate_lot(const Tender& tender, const Evaluation& e, const Lot& lot) {
  LotResult result;
  result.lot = &lot;
  const Ceiling* ceiling = tender.ceiling(e.basis);
  if (ceiling != nullptr) {
    result.ceiling = evaluated_ceiling(*ceiling, e.share.value);
    result.cost_floor = evaluated_cost_floor(*ceiling, e.share.value);
  }

  std::vector<BidResult> ranked;
  std::vector<BidResult> excluded;
  for (std::size_t bi = 0; bi < tender.bidders.size(); ++bi) {
    const Bidder& bidder = tender.bidders[bi];
    if (!bidder.bids_for(lot.id)) continue;  // left out of the lot, not excluded from it
    const QualityAssessment& quality = e.quality[bi];
    BidResult bid;
    bid.bidder = &bidder;
    bid.bidder_index = bi;
    bid.reasons = check_gates(tender, bidder, lot, e.basis, quality);
    bid.price = evaluated_price(tender, bidder.id, lot.id, e.basis, e.share.value);
    bid.flags = quality.flags;
    bid.status = bid.reasons.empty() ? BidStatus::ranked : BidStatus::excluded;
    flag_cost_floor(result, bid);
    (bid.ranked() ? ranked : excluded).push_back(std::move(bid));
  }

  LotFacts& facts = result.facts;
  facts.price_criterion = static_cast<std::size_t>(&tender.price_criterion() - tender.criteria.data());
  facts.ceiling = result.ceiling;
  for (const BidResult& bid : ranked) {
    BidFacts f;
    f.bidder_id = bid.bidder->id;
    f.price = bid.price->value;
    f.fractions.assign(tender.criteria.size(), Rational(0));
    for (const CriterionQuality& c : e.quality_of(bid).criteria) f.fractions[c.criterion] = c.fraction;
    if (!result.lowest_price || f.price < *result.lowest_price) result.lowest_price = f.price;
    facts.bids.push_back(std::move(f));
  }
  if (result.lowest_price) facts.lowest_price = *result.lowest_price;

  std::vector<ScoredBid> scored;
  score_lot(facts, e.weights, e.method, scored);
  std::vector<std::size_t> order = rank_lot(facts, scored);

  std::vector<BidResult> in_order;
  LotFacts ordered_facts{facts.price_criterion, facts.lowest_price, facts.ceiling, {}};
  for (std::size_t r = 0; r < order.size(); ++r) {
    std::size_t i = order[r];
    BidResult& bid = ranked[i];
    bid.rank = static_cast<int>(r) + 1;
    bid.price_score = scored[i].price_score;
    bid.quality_total = scored[i].quality_total;
    bid.total = scored[i].total;
    bid.scores.assign(tender.criteria.size(), Rational(0));
    bid.scores[facts.price_criterion] = bid.price_score;
    for (const CriterionQuality& c : e.quality_of(bid).criteria) bid.scores[c.criterion] = c.score;
    if (!result.lowest_bidder && bid.price->value == facts.lowest_price) result.lowest_bidder = bid.bidder;
    in_order.push_back(std::move(bid));
    ordered_facts.bids.push_back(std::move(facts.bids[i]));
  }
  result.facts = std::move(ordered_facts);

  flag_ties(in_order);
  flag_abnormally_low(tender, in_order);
  for (BidResult& bid : in_order) bid.flags = sorted_flags(std::move(bid.flags));
  for (BidResult& bid : excluded) bid.flags = sorted_flags(std::move(bid.flags));
  std::sort(excluded.begin(), excluded.end(),
            [](const BidResult& a, const BidResult& b) { return a.bidder->id < b.bidder->id; });

  result.ranked_count = in_order.size();
  result.bids = std::move(in_order);
  for (BidResult& bid : excluded) result.bids.push_back(std::move(bid));
  return result;
}

}  // namespace

Evaluation evaluate_tender(const Tender& tender, const EvaluationOptions& options) {
  Evaluation e;
  e.tender = &tender;
  settle_settings(tender, options, e);

  if (options.lot && tender.lot(*options.lot) == nullptr) {
    std::vector<std::string> ids;
    for (const Lot& l : tender.lots) ids.push_back(l.id);
    throw Error(ExitCode::usage, Location{},
                fmt::format("unknown lot '{}': the tender's lots are {}", *options.lot, fmt::join(ids, ", ")));
  }
  if (e.method == PriceMethod::ceiling_linear && tender.ceiling(e.basis) == nullptr) {
    throw Error(ExitCode::data_error, Location{tender.dir.empty() ? "tender.toml" : tender.dir + "/tender.toml"},
                fmt::format("the ceiling-linear price method needs a [[ceiling]] for {}, and tender.toml has none",
                            describe(e.basis)));
  }

  for (const Criterion& c : tender.criteria) e.weights.push_back(c.weight);

  std::map<std::string_view, std::vector<const Mark*>> marks_by_bidder;
  for (const Mark& m : tender.marks) marks_by_bidder[m.bidder_id].push_back(&m);
  static const std::vector<const Mark*> kNone;
  for (const Bidder& b : tender.bidders) {
    auto it = marks_by_bidder.find(b.id);
    e.quality.push_back(assess_quality(tender, b, it == marks_by_bidder.end() ? kNone : it->second));
  }

  for (const Lot& lot : tender.lots) {
    if (options.lot && lot.id != *options.lot) continue;
    e.lots.push_back(evaluate_lot(tender, e, lot));
  }
  return e;
}

}  // namespace tk
