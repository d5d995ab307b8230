#include <utility>

#include <fmt/format.h>

#include "write/report_sections.hpp"
#include "write/score_text.hpp"

namespace tk::report {

namespace {

std::string rates_text(const BidResult& b) {
  return fmt::format("{} an hour standard and {} an hour on bank holidays", pounds(b.price->standard->rate.pounds()),
                     pounds(b.price->bank_holiday->rate.pounds()));
}

}  // namespace

void add_front(Document& doc, const AwardPack& p) {
  const Tender& t = *p.tender;
  doc.title = fmt::format("Contract Award Report: {} ({})", t.title, t.reference);
  doc.heading(1, "Contract Award Report: " + t.title, "top");
  doc.paragraph(Spans{{"Authority: ", true}, {t.authority}});
  doc.paragraph(Spans{{"Reference: ", true}, {t.reference}});
  doc.paragraph(Spans{{"Report to: ", true}, {"Mayor and Cabinet"}});
  doc.paragraph(Spans{{"Date of report: ", true},
                      {p.report_date ? long_date(*p.report_date)
                                     : std::string("not given (set report_date under [report] in tender.toml, or "
                                                   "--report-date)")}});
  doc.paragraph(Spans{{"Contract period: ", true},
                      {fmt::format("{} to {} inclusive", long_date(t.contract_start), long_date(t.contract_end))}});
  if (p.evaluation.what_if)
    doc.warning("What-if evaluation, not the tender's published evaluation: " + fmt::format("{}", fmt::join(p.evaluation.overrides, "; ")) + ".");
}

void add_summary(Document& doc, const AwardPack& p) {
  const Tender& t = *p.tender;
  const Evaluation& e = p.evaluation;
  doc.heading(2, "1. Summary and recommendations", "summary");
  doc.paragraph(fmt::format(
      "This report asks the Mayor to agree the award of the contract for {} ({} lot{}), evaluated on the {} rates "
      "against the published criteria and weights (section 3).",
      t.title, t.lots.size(), t.lots.size() == 1 ? "" : "s", basis_text(e.basis)));
  doc.paragraph(Spans{{"Recommendations. ", true}, {"The Mayor is recommended to:"}});
  std::vector<std::string> items;
  for (const LotDecision& d : p.award.lots) {
    const Lot& lot = *d.lot->lot;
    if (!d.winner) {
      items.push_back(fmt::format("note that {} cannot be awarded: no bid for it passed the gates, or every bidder "
                                  "that did is at the lot cap",
                                  lot_label(lot)));
      continue;
    }
    const BidResult& w = *d.winner;
    items.push_back(fmt::format("award {} to {} at {} ({}): evaluated price {} an hour, total score {} of 100, "
                                "ranked {} of {}",
                                lot_label(lot), bidder_label(*w.bidder), rates_text(w), basis_text(e.basis),
                                pounds(w.price->value), show_score(e, w.total), w.rank, d.lot->ranked_count));
  }
  for (const LotDecision& d : p.award.lots) {
    if (!d.winner) continue;
    std::string reserve;
    for (const BidResult* r : d.reserve) reserve += (reserve.empty() ? "" : ", ") + bidder_label(*r->bidder);
    items.push_back(fmt::format("note the reserve bidders for {}, in rank order: {}", lot_label(*d.lot->lot),
                                reserve.empty() ? std::string("none") : reserve));
  }
  if (p.standstill_end)
    items.push_back(fmt::format("note that the standstill period ends at the end of {} (section 7)",
                                long_date(*p.standstill_end)));
  doc.bullets(std::move(items));

  DocTable table;
  table.header = {"Lot", "Hours a week", "Recommended bidder", "Standard rate", "Bank holiday rate",
                  "Evaluated price", "Total score", "Annual cost"};
  table.numeric = {false, true, false, true, true, true, true, true};
  Rational total;
  for (const LotDecision& d : p.award.lots) {
    const Lot& lot = *d.lot->lot;
    if (!d.winner) {
      table.rows.push_back({lot.id, show_exact(lot.hours_per_week), "not awarded", "", "", "", "", ""});
      continue;
    }
    const BidResult& w = *d.winner;
    Rational cost = lot.hours_per_week * 52 * w.price->value;
    total += cost;
    table.rows.push_back({lot.id, show_exact(lot.hours_per_week), bidder_label(*w.bidder),
                          pounds(w.price->standard->rate.pounds()), pounds(w.price->bank_holiday->rate.pounds()),
                          pounds(w.price->value), show_score(e, w.total), pounds(cost)});
  }
  table.footer = {"Total", "", "", "", "", "", "", pounds(total)};
  doc.table(std::move(table));
  doc.paragraph("Annual cost = hours a week × 52 × evaluated price. Section 6 sets the costs on the LLW-inclusive "
                "and LLW-exclusive rates side by side.");
}

void add_standstill(Document& doc, const AwardPack& p) {
  doc.heading(2, "7. Standstill", "standstill");
  if (!p.notice_date) {
    doc.paragraph("Not computed: no contract award notice date was given (set award_notice_date under [report] in "
                  "tender.toml, or --notice-date).");
    return;
  }
  doc.paragraph(fmt::format(
      "The contract award notice is dated {}. The standstill period is {} working days from the day after it, "
      "weekends and England and Wales bank holidays skipped: it ends at the end of {}. The contracts may be "
      "entered into only after that.",
      long_date(*p.notice_date), kStandstillWorkingDays, long_date(*p.standstill_end)));
  if (p.standstill_bank_holidays.empty()) {
    doc.paragraph("No bank holiday falls within the standstill period.");
  } else {
    std::vector<std::string> days;
    for (Date d : p.standstill_bank_holidays) days.push_back(long_date(d));
    doc.paragraph("Bank holidays skipped:");
    doc.bullets(std::move(days));
  }
}

}  // namespace tk::report
