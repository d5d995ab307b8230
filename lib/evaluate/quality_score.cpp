#include "evaluate/quality_score.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace tk {

std::string_view to_string(MarkSource source) {
  switch (source) {
    case MarkSource::consensus: return "consensus";
    case MarkSource::mean: return "mean";
    case MarkSource::median: return "median";
    case MarkSource::missing: return "missing";
  }
  return "?";
}

Rational median(std::vector<int> values) {
  std::sort(values.begin(), values.end());
  std::size_t n = values.size();
  if (n % 2 == 1) return Rational(values[n / 2]);
  return Rational(values[n / 2 - 1] + values[n / 2], 2);
}

namespace {

Rational mean(const std::vector<int>& values) {
  long sum = 0;
  for (int v : values) sum += v;
  return Rational(sum, static_cast<long>(values.size()));
}

std::string mark_text(const Rational& r) { return to_exact_string(r); }

}  // namespace

QuestionMark aggregate_marks(const Question& question, const std::vector<const Mark*>& marks,
                             const QualitySettings& settings) {
  QuestionMark q;
  q.question = &question;
  std::vector<int> values;
  for (const Mark* m : marks) {
    if (m->is_consensus()) {
      q.consensus = m;
    } else {
      q.evaluator_marks.push_back(m);
      values.push_back(m->mark);
    }
  }
  if (!values.empty()) {
    auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    q.spread = *hi - *lo;
    q.wide_spread = settings.moderation_spread > 0 && q.spread >= settings.moderation_spread;
  }
  if (settings.aggregate == Aggregate::consensus && q.consensus != nullptr) {
    q.source = MarkSource::consensus;
    q.mark = Rational(q.consensus->mark);
    return q;
  }
  if (values.empty()) return q;  // missing
  if (settings.aggregate == Aggregate::median) {
    q.source = MarkSource::median;
    q.mark = median(values);
  } else {
    q.source = MarkSource::mean;
    q.mark = mean(values);
    q.no_consensus = settings.aggregate == Aggregate::consensus;
  }
  return q;
}

QualityAssessment assess_quality(const Tender& tender, const Bidder& bidder, const std::vector<const Mark*>& marks) {
  QualityAssessment a;
  a.bidder = &bidder;
  a.complete = true;
  std::vector<std::string> no_consensus;
  std::vector<std::string> spread;
  for (const Question& question : tender.questions) {
    std::vector<const Mark*> mine;
    for (const Mark* m : marks)
      if (m->question == question.id) mine.push_back(m);
    QuestionMark q = aggregate_marks(question, mine, tender.quality);
    if (!q.mark) {
      a.complete = false;
      a.reasons.push_back({ReasonCode::missing_mark, fmt::format("no mark for question {}", question.id)});
    }
    if (q.no_consensus) no_consensus.push_back(question.id);
    if (q.wide_spread) spread.push_back(fmt::format("{} (spread {})", question.id, q.spread));
    a.questions.push_back(std::move(q));
  }
  if (tender.quality.min_mark > 0) {
    for (const QuestionMark& q : a.questions) {
      if (q.mark && *q.mark < tender.quality.min_mark) {
        a.reasons.push_back({ReasonCode::below_min_mark,
                             fmt::format("question {} mark {} is below the minimum {}", q.question->id,
                                         mark_text(*q.mark), tender.quality.min_mark)});
      }
    }
  }
  if (!no_consensus.empty()) {
    a.flags.push_back({Flag::no_consensus, fmt::format("no consensus mark for {}; the mean of the evaluators' marks is used",
                                                       fmt::join(no_consensus, ", "))});
  }
  if (!spread.empty()) {
    a.flags.push_back({Flag::moderation_spread, fmt::format("evaluators' marks differ by at least {} on {}",
                                                            tender.quality.moderation_spread, fmt::join(spread, ", "))});
  }
  a.total = 0;
  for (std::size_t ci = 0; ci < tender.criteria.size(); ++ci) {
    const Criterion& criterion = tender.criteria[ci];
    if (criterion.kind != CriterionKind::quality) continue;
    CriterionQuality c;
    c.criterion = ci;
    c.weighted_marks = 0;
    c.question_weights = 0;
    for (const QuestionMark& q : a.questions) {
      if (q.question->criterion != criterion.id) continue;
      c.question_weights += q.question->weight;
      if (q.mark) c.weighted_marks += q.question->weight * *q.mark;
    }
    // A criterion without questions (or with zero weights) cannot be marked: it scores 0.
    if (a.complete && c.question_weights != 0) {
      c.fraction = c.weighted_marks / (c.question_weights * tender.quality.scale_max);
    } else {
      c.fraction = 0;
    }
    c.score = criterion.weight * c.fraction;
    a.total += c.score;
    a.criteria.push_back(std::move(c));
  }
  return a;
}

}  // namespace tk
