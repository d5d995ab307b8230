#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/exact.hpp"
#include "decide/award.hpp"
#include "decide/shortlist.hpp"
#include "evaluate/evaluation.hpp"
#include "model/calendar.hpp"
#include "model/tender.hpp"
#include "read/clarifications.hpp"

namespace tk {

// One lot's award as the documents show it. Pointers point into the pack's evaluation.
struct LotDecision {
  const LotResult* lot = nullptr;
  const BidResult* winner = nullptr;        // nullptr: the lot is unawarded
  std::vector<const BidResult*> reserve;    // the other ranked bids, in rank order
};

// Why a bidder was not awarded a lot it bid for.
enum class NotAwardedReason {
  excluded,     // it failed a gate (the bid's reasons say which)
  lower_score,  // ranked below the winner
  cap,          // ranked above the winner, but the lot cap gave it other lots
  unawarded,    // nobody was awarded the lot
};

// The award of every lot of an evaluation as the documents show it: the one award decision of
// decide/award.hpp (optimal or lot-order under the lot cap), without its pointer to the
// Evaluation object, so that it survives the pack being moved (it points only into the
// evaluation's lots, which move with it).
struct AwardDecision {
  AwardMechanism mechanism = AwardMechanism::optimal;
  int max_lots_per_bidder = 1;
  std::vector<LotDecision> lots;  // like evaluation.lots
  AwardMechanism other_mechanism = AwardMechanism::lot_order;
  std::vector<const BidResult*> other_winners;  // like lots: the other mechanism's winner, or nullptr
  std::vector<const LotResult*> differs_in;     // the lots where the other mechanism differs

  // The lots a bidder is awarded, in tender order.
  std::vector<const LotDecision*> won_by(const Bidder* bidder) const;
  // Why `bid` (a bid of `lot`) did not win it; nullopt when it did.
  std::optional<NotAwardedReason> why_not(const LotDecision& lot, const BidResult& bid) const;
};

// The documents' view of `award` (see decide_award in decide/award.hpp).
AwardDecision award_decision(const Award& award);

// A lot's cost at the awarded bid's evaluated price: hours_per_week × 52 × P, exact.
struct CostLine {
  const Lot* lot = nullptr;
  const BidResult* winner = nullptr;  // nullptr: unawarded, no cost
  Rational annual_cost;
};

// The award and its annual cost on one pricing basis, for the financial implications.
struct BasisCosts {
  Basis basis;
  std::string unavailable;  // why this basis could not be evaluated; empty when it could
  Evaluation evaluation;
  AwardDecision award;
  std::vector<CostLine> lines;  // like tender.lots
  Rational total;
};

// One file the documents were computed from, for the audit appendix.
struct InputDigest {
  std::string name;    // relative to the tender folder ("tender.toml"), or "data/…" for shipped data
  std::string sha256;  // 64 hex digits
  std::size_t bytes = 0;
};

// The parts of a pack that only some documents show: the contract cost on both LLW bases (the
// report, evaluate's cost files) and the SHA-256 of every input (the report's audit appendix,
// audit.json). Assessment summaries, the workbook and OCDS show neither; left out, `costs` and
// `inputs` stay empty, which saves two more evaluations and reading every input again.
struct PackParts {
  bool costs = true;
  bool input_digests = true;
};

// Dates and identifiers given on the command line; each overrides tender.toml [report].
struct DocumentOptions {
  PackParts parts;
  std::optional<Date> report_date;
  std::optional<Date> notice_date;
  std::optional<std::string> ocid_prefix;
  std::optional<AwardMechanism> mechanism;
  std::vector<std::string> given;  // each option as given ("--notice-date 2016-03-01"), for the audit
};

// One option of a document command as given: its name ("--notice-date") and its value, empty
// when it was not given.
struct GivenOption {
  std::string_view name;
  std::string value;
};

// The DocumentOptions that `options` ask for: --report-date and --notice-date (YYYY-MM-DD),
// --ocid-prefix (an identifier) and --mechanism are read; every option given, these and the
// what-if evaluation options alike, is recorded in `given` as "NAME VALUE", in the order of
// `options`. Throws Error(usage) naming the option for a malformed date or prefix.
DocumentOptions parse_document_options(const std::vector<GivenOption>& options);

// Everything the award documents (report, assessment summaries, workbook, OCDS) show, decided
// once. The pack points into `tender` and `bank_holidays`, which must outlive it; do not copy a
// pack (its decisions point into its own evaluations), move it.
struct AwardPack {
  const Tender* tender = nullptr;
  const BankHolidays* bank_holidays = nullptr;  // the calendar standstill and costs count on
  Evaluation evaluation;  // the evaluated basis, with any what-if overrides
  AwardDecision award;
  Shortlist shortlist;
  std::vector<BasisCosts> costs;  // LLW inclusive, then exclusive; travel as evaluated
  Clarifications clarifications;
  std::optional<Date> report_date;
  std::optional<Date> notice_date;
  std::optional<Date> standstill_end;          // 8 working days after notice_date
  std::vector<Date> standstill_bank_holidays;  // the bank holidays the standstill skips
  std::string ocid;                            // OCDS: PREFIX-REFERENCE (or tenderkit-REFERENCE)
  // The digests of the input files, in reading order (input_digests in PackParts); else empty.
  std::vector<InputDigest> input_digests;
  std::vector<std::string> options_given;

  AwardPack() = default;
  AwardPack(AwardPack&&) = default;
  AwardPack& operator=(AwardPack&&) = default;
  AwardPack(const AwardPack&) = delete;
  AwardPack& operator=(const AwardPack&) = delete;

  // The input files' digests, in reading order; empty when not asked for.
  const std::vector<InputDigest>& inputs() const { return input_digests; }

  // The clarification of an abnormally low bid, or nullptr: "clarification outstanding".
  const Clarification* clarification(const BidResult& bid, const LotResult& lot) const;
};

// The standstill period's last day: `notice` plus 8 working days (weekends and the bank
// holidays of `calendar` skipped). The contract may be entered into after the end of that day.
Date standstill_end(Date notice, const BankHolidays& calendar);
inline constexpr int kStandstillWorkingDays = 8;

// Evaluates `tender` with `options`, decides the award, costs it on both LLW bases, counts the
// standstill on `calendar`, reads DIR/clarifications.csv and digests every input file (the last
// two as documents.parts says). Throws Error as evaluate_tender, read_clarifications and
// read_input_file do.
AwardPack make_award_pack(const Tender& tender, const BankHolidays& calendar,
                          const EvaluationOptions& options, const DocumentOptions& documents);

}  // namespace tk
