#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/exact.hpp"
#include "evaluate/abnormally_low.hpp"
#include "evaluate/codes.hpp"
#include "evaluate/evaluated_price.hpp"
#include "evaluate/lot_scoring.hpp"
#include "evaluate/quality_score.hpp"
#include "model/tender.hpp"

namespace tk {

// How to evaluate: the tender's own settings, or overrides for a what-if run.
struct EvaluationOptions {
  BankHolidayShare tender_share;               // what tender.toml's bank_holiday_share gives
                                               // (tender_bank_holiday_share)
  std::optional<Llw> llw;                      // overrides of tender.toml [price]
  std::optional<Travel> travel;
  std::optional<PriceMethod> method;
  std::optional<BankHolidayShare> bank_holiday_share;
  std::optional<std::string> lot;              // evaluate only this lot
};

enum class BidStatus { ranked, excluded };
std::string_view to_string(BidStatus status);

// One bid: a bidder's bid for one lot, on the evaluated basis. Pointers point into the Tender.
struct BidResult {
  const Bidder* bidder = nullptr;
  std::size_t bidder_index = 0;                // into tender.bidders and Evaluation::quality
  BidStatus status = BidStatus::excluded;
  std::vector<Reason> reasons;                 // why excluded, in gate order; empty when ranked
  std::vector<FlagNote> flags;                 // in Flag order
  std::optional<EvaluatedPrice> price;         // P, when both rates are present
  // When ranked: scores like tender.criteria (price score at the price criterion), exact.
  std::vector<Rational> scores;
  Rational price_score;
  Rational quality_total;
  Rational total;
  int rank = 0;                                // 1 = best; 0 when excluded
  std::optional<AbnormallyLowCheck> abnormally_low;  // when ranked in a lot of two or more

  bool ranked() const { return status == BidStatus::ranked; }
  bool has(Flag flag) const;
};

// One lot's bids: the ranked ones by rank, then the excluded ones by bidder_id. Bidders that
// did not bid for the lot are left out.
struct LotResult {
  const Lot* lot = nullptr;
  std::vector<BidResult> bids;
  std::size_t ranked_count = 0;
  std::optional<Rational> lowest_price;        // Pmin, when a bid is ranked
  const Bidder* lowest_bidder = nullptr;       // the best-ranked bid with P = Pmin
  std::optional<Rational> ceiling;             // C, when the basis has a ceiling
  std::optional<Rational> cost_floor;          // blended like P, when the basis has one
  LotFacts facts;                              // the ranked bids' facts, in rank order, for
                                               // re-scoring under other weights or methods
};

// The evaluation of a tender on one basis with one price method.
struct Evaluation {
  const Tender* tender = nullptr;
  Basis basis;
  PriceMethod method = PriceMethod::relative_to_lowest;
  BankHolidayShare share;
  bool what_if = false;                 // a setting differs from tender.toml
  std::vector<std::string> overrides;   // each differing setting, e.g.
                                        // "method ceiling-linear (tender.toml: relative-to-lowest)"
  std::vector<Rational> weights;        // like tender.criteria
  std::vector<QualityAssessment> quality;  // like tender.bidders
  std::vector<LotResult> lots;          // in tender order

  const LotResult* lot(std::string_view id) const;
  const QualityAssessment& quality_of(const BidResult& bid) const { return quality[bid.bidder_index]; }
};

// Evaluates every lot (or options.lot): gates, evaluated prices, price and quality scores,
// totals, ranks with the tie rule, and flags (contract 4.1–4.6). Throws Error(usage) for an
// unknown options.lot and Error(data_error) for ceiling-linear without a ceiling on the basis.
// The result points into `tender`, which must outlive it.
Evaluation evaluate_tender(const Tender& tender, const EvaluationOptions& options);

}  // namespace tk
