#include "write/score_markdown.hpp"

#include <fmt/format.h>

#include "write/score_text.hpp"
#include "write/text_grid.hpp"

namespace tk {

namespace {

std::string title_of(const Tender& t) { return t.title + (t.reference.empty() ? "" : " (" + t.reference + ")"); }

}  // namespace

std::string render_score_markdown(const Evaluation& e) {
  const Tender& t = *e.tender;
  std::string out = fmt::format("# Scores: {}\n\n", title_of(t));
  out += fmt::format("Basis: {}.\n", describe_settings(e));
  if (e.what_if) out += fmt::format("\n**What-if: not the tender's published evaluation:** {}.\n", fmt::join(e.overrides, "; "));
  out += "\n| Criterion | Weight | Name |\n| --- | ---: | --- |\n";
  for (const Criterion& c : t.criteria) out += fmt::format("| {} | {} | {} |\n", c.id, show_exact(c.weight), c.name);
  for (const LotResult& lot : e.lots) {
    out += fmt::format("\n## Lot {}: {}\n\n", lot.lot->id, lot.lot->name);
    if (lot.bids.empty()) {
      out += "No bids.\n";
      continue;
    }
    if (lot.ranked_count > 0) {
      TextGrid table;
      add_column(table, "Rank", false);
      add_column(table, "Bidder", true);
      add_column(table, "Name", true);
      add_column(table, "Evaluated price", false);
      for (const Criterion& c : t.criteria)
        add_column(table, fmt::format("{} ({})", c.id, show_exact(c.weight)), false);
      add_column(table, "Total", false);
      add_column(table, "Flags", true);
      for (const BidResult& b : lot.bids) {
        if (!b.ranked()) continue;
        std::vector<std::string> row = {std::to_string(b.rank), b.bidder->id, b.bidder->name, show_money(b.price->value)};
        for (const Rational& s : b.scores) row.push_back(show_score(e, s));
        row.push_back(show_score(e, b.total));
        row.push_back(flag_codes(b, ", "));
        table.rows.push_back(std::move(row));
      }
      out += render_markdown(table);
    } else {
      out += "No ranked bids.\n";
    }
    if (lot.ranked_count < lot.bids.size()) {
      out += "\nExcluded:\n\n";
      for (const BidResult& b : lot.bids) {
        if (b.ranked()) continue;
        out += fmt::format("- {} {} (evaluated price {})\n", b.bidder->id, b.bidder->name,
                           b.price ? show_money(b.price->value) : std::string("none"));
        for (const Reason& r : b.reasons) out += fmt::format("  - {}\n", r.text());
      }
    }
    std::string flags;
    for (const BidResult& b : lot.bids)
      for (const FlagNote& f : b.flags) flags += fmt::format("- {} {}\n", b.bidder->id, f.text());
    if (!flags.empty()) out += "\nFlags:\n\n" + flags;
  }
  return out;
}

std::string render_all_bases_markdown(const std::vector<Evaluation>& evaluations) {
  if (evaluations.empty()) return "";
  const Evaluation& first = evaluations.front();
  const Tender& t = *first.tender;
  std::size_t own = tender_basis_index(evaluations);
  std::string out = fmt::format("# Scores on every basis: {}\n\n", title_of(t));
  out += fmt::format("Method {}; bank-holiday share {}. The tender evaluates on llw {}, travel {} (marked \\*); the "
                     "Mayor chooses the basis to award on.\n",
                     to_string(first.method), describe_share(first.share), to_string(t.price.basis.llw),
                     to_string(t.price.basis.travel));
  for (std::size_t li = 0; li < first.lots.size(); ++li) {
    const LotResult& lot = first.lots[li];
    out += fmt::format("\n## Lot {}: {}\n\n", lot.lot->id, lot.lot->name);
    if (lot.bids.empty()) {
      out += "No bids.\n";
      continue;
    }
    TextGrid table;
    add_column(table, "Bidder", true);
    add_column(table, "Name", true);
    for (std::size_t i = 0; i < evaluations.size(); ++i) {
      add_column(table, fmt::format("{}{} total", basis_key(evaluations[i].basis), i == own ? "\\*" : ""), false);
      add_column(table, "rank", false);
    }
    for (const Bidder* bidder : bidders_in_order(evaluations, li, own)) {
      std::vector<std::string> row = {bidder->id, bidder->name};
      for (const Evaluation& e : evaluations) {
        const BidResult* b = find_bid(e.lots[li], bidder);
        bool ranked = b != nullptr && b->ranked();
        row.push_back(ranked ? show_score(e, b->total) : "excluded");
        row.push_back(ranked ? std::to_string(b->rank) : "-");
      }
      table.rows.push_back(std::move(row));
    }
    out += render_markdown(table);
  }
  return out;
}

}  // namespace tk
