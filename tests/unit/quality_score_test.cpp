#include <doctest/doctest.h>

#include <deque>

#include "evaluate/quality_score.hpp"
#include "scoring_fixture.hpp"

using namespace tk;

namespace {

// Marks for one question; the deque keeps the Mark objects where the pointers point.
struct Marks {
  std::deque<Mark> rows;
  std::vector<const Mark*> ptrs;
  void add(const char* evaluator, int mark) {
    rows.push_back({"ACE", "A1", evaluator, mark, "", {"quality.csv", static_cast<int>(rows.size()) + 2, 0}});
    ptrs.push_back(&rows.back());
  }
};

Question a1() { return {"A1", "ability", 2, "Mobilisation", {}}; }

QualitySettings settings(Aggregate aggregate, int spread = 2) {
  QualitySettings s;
  s.aggregate = aggregate;
  s.moderation_spread = spread;
  return s;
}

}  // namespace

TEST_CASE("consensus aggregation uses the consensus mark") {
  Question q = a1();
  Marks m;
  m.add("E1", 4);
  m.add("E2", 5);
  m.add("consensus", 4);
  m.add("E3", 2);
  QuestionMark r = aggregate_marks(q, m.ptrs, settings(Aggregate::consensus));
  CHECK(r.source == MarkSource::consensus);
  CHECK(*r.mark == 4);
  CHECK(r.consensus == m.ptrs[2]);
  CHECK(r.evaluator_marks.size() == 3);
  CHECK_FALSE(r.no_consensus);
  SUBCASE("a spread of 3 reaches moderation_spread 2") {
    CHECK(r.spread == 3);
    CHECK(r.wide_spread);
  }
}

TEST_CASE("consensus aggregation without a consensus mark falls back to the mean") {
  Question q = a1();
  Marks m;
  m.add("E1", 4);
  m.add("E2", 5);
  m.add("E3", 4);
  QuestionMark r = aggregate_marks(q, m.ptrs, settings(Aggregate::consensus));
  CHECK(r.source == MarkSource::mean);
  CHECK(*r.mark == Rational(13, 3));
  CHECK(r.no_consensus);
  CHECK(r.spread == 1);
  CHECK_FALSE(r.wide_spread);
}

TEST_CASE("mean and median ignore the consensus row") {
  Question q = a1();
  Marks m;
  m.add("E1", 1);
  m.add("E2", 4);
  m.add("E3", 4);
  m.add("E4", 5);
  m.add("consensus", 2);
  SUBCASE("mean") {
    QuestionMark r = aggregate_marks(q, m.ptrs, settings(Aggregate::mean));
    CHECK(r.source == MarkSource::mean);
    CHECK(*r.mark == Rational(14, 4));
    CHECK_FALSE(r.no_consensus);
  }
  SUBCASE("median of an even count: the mean of the middle two") {
    QuestionMark r = aggregate_marks(q, m.ptrs, settings(Aggregate::median));
    CHECK(r.source == MarkSource::median);
    CHECK(*r.mark == 4);
  }
  SUBCASE("spread flag disabled by 0") {
    QuestionMark r = aggregate_marks(q, m.ptrs, settings(Aggregate::mean, 0));
    CHECK(r.spread == 4);
    CHECK_FALSE(r.wide_spread);
  }
}

TEST_CASE("median") {
  CHECK(median({3}) == 3);
  CHECK(median({5, 1, 3}) == 3);
  CHECK(median({2, 3}) == Rational(5, 2));
  CHECK(median({4, 1, 2, 5}) == Rational(3));
  CHECK(median({0, 5, 1, 4}) == Rational(5, 2));
}

TEST_CASE("no marks at all: missing") {
  Question q = a1();
  Marks m;
  SUBCASE("nothing") {
    QuestionMark r = aggregate_marks(q, m.ptrs, settings(Aggregate::consensus));
    CHECK(r.source == MarkSource::missing);
    CHECK_FALSE(r.mark);
  }
  SUBCASE("only a consensus row under mean") {
    m.add("consensus", 3);
    QuestionMark r = aggregate_marks(q, m.ptrs, settings(Aggregate::mean));
    CHECK_FALSE(r.mark);
  }
}

TEST_CASE("criterion scores from question weights") {
  Tender t = test::tiny_tender();
  std::vector<const Mark*> clr;
  for (const Mark& m : t.marks)
    if (m.bidder_id == "CLR") clr.push_back(&m);
  QualityAssessment a = assess_quality(t, t.bidders[2], clr);
  REQUIRE(a.complete);
  CHECK(a.reasons.empty());
  CHECK(a.flags.empty());
  REQUIRE(a.criteria.size() == 3);
  SUBCASE("ability: 29 x (2 x 5/5 + 1 x 4/5) / 3 = 406/15") {
    CHECK(a.criteria[0].criterion == 1);
    CHECK(a.criteria[0].weighted_marks == 14);
    CHECK(a.criteria[0].question_weights == 3);
    CHECK(a.criteria[0].fraction == Rational(14, 15));
    CHECK(a.criteria[0].score == Rational(406, 15));
  }
  SUBCASE("quality: 26 x 4/5; partnership: 5 x 5/5") {
    CHECK(a.criteria[1].score == Rational(104, 5));
    CHECK(a.criteria[2].score == 5);
  }
  SUBCASE("total 406/15 + 104/5 + 5 = 793/15") { CHECK(a.total == Rational(793, 15)); }
}

TEST_CASE("missing and low marks are gate reasons; no consensus and spread are flags") {
  Tender t = test::tiny_tender();
  std::vector<const Mark*> elm;
  for (Mark& m : t.marks) {
    if (m.bidder_id != "ELM") continue;
    if (m.question == "Q1") continue;                             // Q1 missing altogether
    if (m.question == "A2" && m.is_consensus()) continue;          // A2: mean of 3, 3, 3
    if (m.question == "P1") m.mark = m.is_consensus() ? 0 : m.mark;  // P1 consensus 0 < min 1
    if (m.question == "A1" && m.evaluator == "E2") m.mark = 5;     // A1 evaluators 3, 5, 3
    elm.push_back(&m);
  }
  QualityAssessment a = assess_quality(t, t.bidders[4], elm);
  CHECK_FALSE(a.complete);
  REQUIRE(a.reasons.size() == 2);
  CHECK(a.reasons[0].code == ReasonCode::missing_mark);
  CHECK(a.reasons[0].text() == "missing-mark: no mark for question Q1");
  CHECK(a.reasons[1].code == ReasonCode::below_min_mark);
  CHECK(a.reasons[1].text() == "below-min-mark: question P1 mark 0 is below the minimum 1");
  REQUIRE(a.flags.size() == 2);
  CHECK(a.flags[0].flag == Flag::no_consensus);
  CHECK(a.flags[0].text().find("A2") != std::string::npos);
  CHECK(a.flags[1].flag == Flag::moderation_spread);
  CHECK(a.flags[1].text().find("A1 (spread 2)") != std::string::npos);
  SUBCASE("an incomplete bid has no criterion scores") {
    CHECK(a.total == 0);
  }
  SUBCASE("min_mark 0 means no threshold") {
    t.quality.min_mark = 0;
    QualityAssessment b = assess_quality(t, t.bidders[4], elm);
    REQUIRE(b.reasons.size() == 1);
    CHECK(b.reasons[0].code == ReasonCode::missing_mark);
  }
}

TEST_CASE("a mean mark just below min_mark is below it, exactly") {
  Tender t = test::tiny_tender();
  t.quality.aggregate = Aggregate::mean;
  t.quality.min_mark = 3;
  std::vector<const Mark*> ace;
  for (Mark& m : t.marks) {
    if (m.bidder_id != "ACE") continue;
    if (m.question == "Q1" && m.evaluator == "E3") m.mark = 2;  // Q1: 3, 3, 2 -> 8/3 < 3
    ace.push_back(&m);
  }
  QualityAssessment a = assess_quality(t, t.bidders[0], ace);
  REQUIRE(a.reasons.size() == 1);
  CHECK(a.reasons[0].text() == "below-min-mark: question Q1 mark 8/3 is below the minimum 3");
  CHECK(a.questions[2].mark == Rational(8, 3));
}
