#pragma once

#include <optional>
#include <vector>

#include "core/exact.hpp"
#include "evaluate/codes.hpp"
#include "model/tender.hpp"

namespace tk {

// Where a question's aggregated mark came from.
enum class MarkSource { consensus, mean, median, missing };

std::string_view to_string(MarkSource source);

// One question's marks for one bidder and the mark aggregated from them (contract 4.4).
struct QuestionMark {
  const Question* question = nullptr;       // points into the Tender
  const Mark* consensus = nullptr;          // the consensus row, if any
  std::vector<const Mark*> evaluator_marks; // the other rows, in file order
  MarkSource source = MarkSource::missing;
  std::optional<Rational> mark;             // the aggregated mark; nullopt when missing
  bool no_consensus = false;                // consensus asked for, none given: the mean is used
  int spread = 0;                           // highest minus lowest evaluator mark
  bool wide_spread = false;                 // spread >= moderation_spread (when that is > 0)
};

// Aggregates one question's rows of quality.csv for one bidder: the consensus mark when
// aggregate = consensus and there is one (else the mean, flagged no-consensus); otherwise the
// exact mean or median of the evaluators' marks (the consensus row is not an evaluator's).
// No mark to aggregate leaves `mark` empty.
QuestionMark aggregate_marks(const Question& question, const std::vector<const Mark*>& marks,
                             const QualitySettings& settings);

// The exact median: the middle value, or the mean of the middle two of an even count.
// `values` must not be empty.
Rational median(std::vector<int> values);

// One quality criterion's score for one bidder:
//   score = weight × Σ(question weight × mark / scale_max) / Σ(question weight).
struct CriterionQuality {
  std::size_t criterion = 0;  // index into tender.criteria
  Rational weighted_marks;    // Σ question weight × mark
  Rational question_weights;  // Σ question weight
  Rational fraction;          // weighted_marks / (scale_max × question_weights), 0..1
  Rational score;             // criterion weight × fraction
};

// Everything about one bidder's quality marks; the same for every lot.
struct QualityAssessment {
  const Bidder* bidder = nullptr;          // points into the Tender
  std::vector<QuestionMark> questions;     // like tender.questions
  std::vector<CriterionQuality> criteria;  // the quality criteria, in tender order
  std::vector<Reason> reasons;             // missing-mark, below-min-mark
  std::vector<FlagNote> flags;             // no-consensus, moderation-spread
  Rational total;                          // Σ criterion scores (0 when a mark is missing)
  bool complete = false;                   // every question has a mark
};

// Assesses a bidder's quality from its rows of quality.csv (`marks`, any order).
QualityAssessment assess_quality(const Tender& tender, const Bidder& bidder, const std::vector<const Mark*>& marks);

}  // namespace tk
