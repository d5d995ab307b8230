#include "write/assessment_summary.hpp"

#include <optional>
#include <utility>

#include <fmt/format.h>

#include "write/atomic_file.hpp"
#include "write/output_dir.hpp"
#include "write/report_text.hpp"
#include "write/score_text.hpp"

namespace tk {

namespace {

using report::bidder_label;
using report::lot_label;
using report::pounds;

std::string mark_text(const Rational& mark) {
  return denominator(mark) == 1 ? show_exact(mark)
                                                       : to_fixed(mark, 2, Rounding::half_away_from_zero);
}

void add_outcome(Document& doc, const AwardPack& p, const Bidder& bidder) {
  doc.heading(2, "Outcome", "outcome");
  std::vector<std::string> items;
  for (const LotDecision& d : p.award.lots) {
    for (const BidResult& b : d.lot->bids) {
      if (b.bidder != &bidder) continue;
      std::optional<NotAwardedReason> why = p.award.why_not(d, b);
      items.push_back(why ? fmt::format("{}: not awarded. Why: {}.", lot_label(*d.lot->lot),
                                        report::not_awarded_text(p, d, b))
                          : fmt::format("{}: you are the recommended bidder.", lot_label(*d.lot->lot)));
    }
  }
  doc.bullets(std::move(items));
}

void add_criteria(Document& doc, const AwardPack& p) {
  const Tender& t = *p.tender;
  const Evaluation& e = p.evaluation;
  doc.heading(2, "Award criteria and weights", "criteria");
  doc.paragraph("Each criterion's weight is the most it can score; the total is out of 100.");
  DocTable table;
  table.header = {"Criterion", "Kind", "Weight (score available)"};
  table.numeric = {false, false, true};
  for (std::size_t i = 0; i < t.criteria.size(); ++i)
    table.rows.push_back({t.criteria[i].name, std::string(to_string(t.criteria[i].kind)), show_exact(e.weights[i])});
  doc.table(std::move(table));
  doc.paragraph(fmt::format("Price: {}; the evaluated price blends the standard and bank-holiday rates ({}) with "
                            "the bank-holiday share {}.",
                            report::price_formula(e), report::basis_text(e.basis), describe_share(e.share)));
  doc.paragraph(fmt::format("Quality: each question is marked 0 to {}; a criterion scores its weight × Σ(question "
                            "weight × mark ÷ {}) ÷ Σ(question weight).{}",
                            t.quality.scale_max, t.quality.scale_max,
                            t.quality.min_mark > 0
                                ? fmt::format(" A mark below {} on any question excludes the bid.", t.quality.min_mark)
                                : std::string()));
}

void add_lot_scores(Document& doc, const AwardPack& p, const Bidder& bidder) {
  const Tender& t = *p.tender;
  const Evaluation& e = p.evaluation;
  for (const LotDecision& d : p.award.lots) {
    const BidResult* mine = nullptr;
    for (const BidResult& b : d.lot->bids)
      if (b.bidder == &bidder) mine = &b;
    if (!mine) continue;
    doc.heading(2, "Your scores: " + lot_label(*d.lot->lot), "lot-" + d.lot->lot->id);
    if (!mine->ranked()) {
      std::vector<std::string> reasons;
      for (const Reason& r : mine->reasons) reasons.push_back(r.text());
      doc.paragraph("Your bid was excluded from this lot and not scored, for these reasons:");
      doc.bullets(std::move(reasons));
      continue;
    }
    const BidResult* winner = d.winner;
    bool compare = winner && winner != mine;
    DocTable table;
    table.header = {"Criterion", "Available", "Your score"};
    table.numeric = {false, true, true};
    if (compare) {
      table.header.push_back("Winning bid: " + bidder_label(*winner->bidder));
      table.numeric.push_back(true);
    }
    for (std::size_t i = 0; i < t.criteria.size(); ++i) {
      std::vector<std::string> row = {t.criteria[i].name, show_exact(e.weights[i]), show_score(e, mine->scores[i])};
      if (compare) row.push_back(show_score(e, winner->scores[i]));
      table.rows.push_back(std::move(row));
    }
    table.footer = {"Total", "100", show_score(e, mine->total)};
    if (compare) table.footer.push_back(show_score(e, winner->total));
    doc.table(std::move(table));
    doc.paragraph(fmt::format("Your total is {} of 100, ranked {} of {} in this lot. Your evaluated price is {} an "
                              "hour (standard {}, bank holiday {}); the lowest in the lot is {}.{}",
                              show_score(e, mine->total), mine->rank, d.lot->ranked_count, pounds(mine->price->value),
                              pounds(mine->price->standard->rate.pounds()),
                              pounds(mine->price->bank_holiday->rate.pounds()), pounds(*d.lot->lowest_price),
                              compare ? fmt::format(" The winning bid's evaluated price is {}.",
                                                    pounds(winner->price->value))
                                      : std::string()));
    std::vector<std::string> flags;
    for (const FlagNote& f : mine->flags) flags.push_back(f.text());
    if (!flags.empty()) {
      doc.paragraph("Flags raised on your bid:");
      doc.bullets(std::move(flags));
    }
  }
}

void add_questions(Document& doc, const AwardPack& p, const Bidder& bidder) {
  const Tender& t = *p.tender;
  const Evaluation& e = p.evaluation;
  std::size_t index = static_cast<std::size_t>(&bidder - t.bidders.data());
  const QualityAssessment& q = e.quality[index];
  doc.heading(2, "Your quality marks and the reasons for them", "questions");
  doc.paragraph("The same in every lot you bid for. Reasons are the evaluators' moderated (consensus) comments.");
  DocTable table;
  table.header = {"Question", "Criterion", "Weight in criterion", fmt::format("Mark (of {})", t.quality.scale_max),
                  "Reason"};
  table.numeric = {false, false, true, true, false};
  for (const QuestionMark& m : q.questions) {
    std::string reason = m.consensus ? m.consensus->comment : std::string();
    if (reason.empty()) reason = m.consensus ? "no comment recorded" : std::string(to_string(m.source)) + " of evaluators' marks";
    table.rows.push_back({fmt::format("{}: {}", m.question->id, m.question->text), m.question->criterion,
                          show_exact(m.question->weight), m.mark ? mark_text(*m.mark) : "missing", reason});
  }
  doc.table(std::move(table));
  DocTable criteria;
  criteria.header = {"Quality criterion", "Available", "Your score"};
  criteria.numeric = {false, true, true};
  for (const CriterionQuality& c : q.criteria)
    criteria.rows.push_back({t.criteria[c.criterion].name, show_exact(e.weights[c.criterion]),
                             q.complete ? show_score(e, c.score) : "not scored"});
  doc.table(std::move(criteria));
}

}  // namespace

std::vector<const Bidder*> assessed_bidders(const AwardPack& p) {
  std::vector<const Bidder*> out;
  for (const Bidder& b : p.tender->bidders) {
    bool in_a_lot = false;
    for (const LotResult& lot : p.evaluation.lots)
      for (const BidResult& bid : lot.bids) in_a_lot = in_a_lot || bid.bidder == &b;
    if (in_a_lot) out.push_back(&b);
  }
  return out;
}

Document assessment_summary(const AwardPack& p, const Bidder& bidder) {
  const Tender& t = *p.tender;
  Document doc;
  doc.title = fmt::format("Assessment summary: {} ({}), {}", bidder.name, bidder.id, t.reference);
  doc.heading(1, "Assessment summary: " + bidder_label(bidder), "top");
  doc.paragraph(Spans{{"Contract: ", true}, {fmt::format("{} ({})", t.title, t.reference)}});
  doc.paragraph(Spans{{"Contracting authority: ", true}, {t.authority}});
  if (p.report_date) doc.paragraph(Spans{{"Date: ", true}, {report::long_date(*p.report_date)}});
  doc.paragraph("This summary of the assessment of your tender is given under section 50 of the Procurement Act "
                "2023 and regulation 31 of the Procurement Regulations 2024.");
  if (p.evaluation.what_if)
    doc.warning("What-if evaluation, not the tender's published evaluation: " +
                fmt::format("{}", fmt::join(p.evaluation.overrides, "; ")) + ".");
  if (p.standstill_end)
    doc.paragraph(fmt::format("The standstill period ends at the end of {}; the contracts will not be entered into "
                              "before then.",
                              report::long_date(*p.standstill_end)));
  add_outcome(doc, p, bidder);
  add_criteria(doc, p);
  add_lot_scores(doc, p, bidder);
  add_questions(doc, p, bidder);
  return doc;
}

std::vector<std::string> write_assessment_summaries(const AwardPack& p, const std::string& outdir) {
  // Each bidder's summary is rendered when its files are written, and dropped after: the
  // summaries of a large tender are never in memory together.
  std::vector<const Bidder*> bidders = assessed_bidders(p);
  std::vector<std::string> written;
  for (const Bidder* b : bidders) {
    written.push_back(path_in(outdir, b->id + ".md"));
    written.push_back(path_in(outdir, b->id + ".html"));
  }
  ensure_directory(outdir);
  std::optional<Document> doc;  // the summary of bidders[i / 2]
  std::string text;
  write_files_atomically(written.size(), [&](std::size_t i) {
    if (i % 2 == 0) doc = assessment_summary(p, *bidders[i / 2]);
    text = i % 2 == 0 ? render_markdown(*doc) : render_html(*doc);
    return FileToWrite{written[i], text};
  });
  return written;
}

}  // namespace tk
