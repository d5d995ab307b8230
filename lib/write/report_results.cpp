#include <utility>

#include <fmt/format.h>

#include "write/report_sections.hpp"
#include "write/score_chart.hpp"
#include "write/score_text.hpp"

namespace tk::report {

namespace {

const LotDecision& decision_of(const AwardPack& p, const LotResult& lot) {
  for (const LotDecision& d : p.award.lots)
    if (d.lot == &lot) return d;
  return p.award.lots.front();  // every lot of the evaluation has a decision
}

std::string flags_text(const BidResult& b) { return flag_codes(b, ", "); }

}  // namespace

void add_results(Document& doc, const AwardPack& p) {
  const Tender& t = *p.tender;
  const Evaluation& e = p.evaluation;
  doc.heading(2, "4. Results by lot", "results");
  doc.paragraph(fmt::format("Scores are the weighted scores of each criterion (its weight in brackets). Basis: {}.",
                            describe_settings(e)));
  for (const LotResult& lot : e.lots) {
    const LotDecision& d = decision_of(p, lot);
    doc.heading(3, fmt::format("Lot {}: {} ({} hours a week)", lot.lot->id, lot.lot->name,
                               show_exact(lot.lot->hours_per_week)),
                "lot-" + lot.lot->id);
    if (lot.bids.empty()) {
      doc.paragraph("No bids.");
      continue;
    }
    DocTable table;
    table.header = {"Rank", "Bidder", "Evaluated price"};
    table.numeric = {true, false, true};
    for (std::size_t i = 0; i < t.criteria.size(); ++i) {
      table.header.push_back(fmt::format("{} ({})", t.criteria[i].name, show_exact(e.weights[i])));
      table.numeric.push_back(true);
    }
    for (const char* h : {"Total", "Flags", "Outcome"}) table.header.push_back(h);
    table.numeric.insert(table.numeric.end(), {true, false, false});
    for (const BidResult& b : lot.bids) {
      std::vector<std::string> row = {b.ranked() ? std::to_string(b.rank) : "-", bidder_label(*b.bidder),
                                      b.price ? pounds(b.price->value) : "none"};
      for (std::size_t i = 0; i < t.criteria.size(); ++i) row.push_back(b.ranked() ? show_score(e, b.scores[i]) : "");
      row.push_back(b.ranked() ? show_score(e, b.total) : "");
      row.push_back(flags_text(b));
      row.push_back(outcome_text(p, d, b));
      table.rows.push_back(std::move(row));
    }
    doc.table(std::move(table));
    doc.html(stacked_score_chart(e, lot), "");
    std::vector<std::string> notes;
    for (const BidResult& b : lot.bids)
      for (const FlagNote& f : b.flags) notes.push_back(fmt::format("{}: {}", b.bidder->id, f.text()));
    if (!notes.empty()) {
      doc.paragraph("Flags:");
      doc.bullets(std::move(notes));
    }
  }
}

void add_abnormally_low(Document& doc, const AwardPack& p) {
  const Evaluation& e = p.evaluation;
  doc.heading(2, "5. Abnormally low prices", "abnormally-low");
  doc.paragraph("The council must ask a bidder to explain a price that appears abnormally low, and may reject it "
                "only if the explanation does not satisfy it. The outcome of each request is recorded in the "
                "tender folder's clarifications.csv (bidder_id, lot, outcome, note); a flagged bid with no row there "
                "has its clarification outstanding.");
  DocTable table;
  table.header = {"Lot", "Bidder", "Evaluated price", "Flag", "Screen", "Clarification", "Note"};
  table.numeric = {false, false, true, false, false, false, false};
  for (const LotResult& lot : e.lots) {
    for (const BidResult& b : lot.bids) {
      for (const FlagNote& f : b.flags) {
        if (f.flag != Flag::abnormally_low && f.flag != Flag::below_cost_floor) continue;
        std::string screen;
        if (f.flag == Flag::abnormally_low && b.abnormally_low) {
          const AbnormallyLowCheck& c = *b.abnormally_low;
          screen = fmt::format("below {} ({}% under the adjusted mean {}) and below {} (under the lowest other "
                               "price {})",
                               pounds(c.mean_threshold),
                               show_exact(p.tender->abnormally_low.below_adjusted_mean_percent),
                               pounds(c.adjusted_mean), pounds(c.proximity_threshold), pounds(c.lowest_other));
        } else if (f.flag == Flag::below_cost_floor && lot.cost_floor) {
          screen = fmt::format("below the cost floor {}", pounds(*lot.cost_floor));
        } else {
          screen = f.detail;
        }
        const Clarification* c = p.clarification(b, lot);
        table.rows.push_back({lot.lot->id, bidder_label(*b.bidder), pounds(b.price->value),
                              std::string(to_string(f.flag)), screen,
                              c ? std::string(to_string(c->outcome)) : "clarification outstanding",
                              c ? c->note : ""});
      }
    }
  }
  if (table.rows.empty()) {
    doc.paragraph("No price was flagged.");
  } else {
    doc.table(std::move(table));
  }
}

void add_finance(Document& doc, const AwardPack& p) {
  const Tender& t = *p.tender;
  doc.heading(2, "6. Financial implications", "finance");
  doc.paragraph("The annual cost of each lot is its estimated hours a week × 52 × the awarded bid's evaluated "
                "price. The Mayor may award on the LLW-inclusive or the LLW-exclusive rates (Best Value duty), so "
                "both are shown, each with the award decided on that basis's own scores.");
  DocTable table;
  table.header = {"Lot", "Hours a week"};
  table.numeric = {false, true};
  for (const BasisCosts& c : p.costs) {
    std::string b = fmt::format("LLW {}", to_string(c.basis.llw));
    for (const char* h : {": bidder", ": evaluated price", ": annual cost"}) table.header.push_back(b + h);
    table.numeric.insert(table.numeric.end(), {false, true, true});
  }
  for (std::size_t li = 0; li < t.lots.size(); ++li) {
    const Lot& lot = t.lots[li];
    std::vector<std::string> row = {lot.id, show_exact(lot.hours_per_week)};
    for (const BasisCosts& c : p.costs) {
      const CostLine* line = nullptr;
      for (const CostLine& l : c.lines)
        if (l.lot == &lot) line = &l;
      if (!c.unavailable.empty() || !line) {
        row.insert(row.end(), {"not evaluated", "", ""});
      } else if (!line->winner) {
        row.insert(row.end(), {"not awarded", "", ""});
      } else {
        row.insert(row.end(), {bidder_label(*line->winner->bidder), pounds(line->winner->price->value),
                               pounds(line->annual_cost)});
      }
    }
    table.rows.push_back(std::move(row));
  }
  table.footer = {"Total", ""};
  for (const BasisCosts& c : p.costs)
    table.footer.insert(table.footer.end(), {"", "", c.unavailable.empty() ? pounds(c.total) : ""});
  doc.table(std::move(table));
  for (const BasisCosts& c : p.costs)
    if (!c.unavailable.empty())
      doc.paragraph(fmt::format("The {} rates could not be evaluated: {}", basis_text(c.basis), c.unavailable));
  if (p.costs.size() == 2 && p.costs[0].unavailable.empty() && p.costs[1].unavailable.empty())
    doc.paragraph(fmt::format("Awarding on the LLW-inclusive rates costs {} a year more than on the LLW-exclusive "
                              "rates.",
                              pounds(p.costs[0].total - p.costs[1].total)));
}

}  // namespace tk::report
