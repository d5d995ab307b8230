#include "write/score_output.hpp"

#include <fmt/format.h>

#include "write/score_text.hpp"
#include "write/text_grid.hpp"

namespace tk {

namespace {

std::string heading(const Evaluation& e) {
  const Tender& t = *e.tender;
  std::string out = fmt::format("Scores: {}{}\n", t.title, t.reference.empty() ? "" : " (" + t.reference + ")");
  out += fmt::format("Basis: {}\n", describe_settings(e));
  if (e.what_if) {
    out += fmt::format("WHAT-IF: not the tender's published evaluation: {}\n", fmt::join(e.overrides, "; "));
  }
  std::vector<std::string> criteria;
  for (const Criterion& c : t.criteria) criteria.push_back(fmt::format("{} {} ({})", c.id, show_exact(c.weight), c.name));
  out += fmt::format("Criteria: {}\n", fmt::join(criteria, "; "));
  return out;
}

std::string lot_heading(const LotResult& lot) {
  std::size_t excluded = lot.bids.size() - lot.ranked_count;
  return fmt::format("Lot {}: {} ({} ranked, {} excluded)\n", lot.lot->id, lot.lot->name, lot.ranked_count, excluded);
}

std::string lot_section(const Evaluation& e, const LotResult& lot) {
  const Tender& t = *e.tender;
  std::string out = "\n" + lot_heading(lot);
  if (lot.bids.empty()) return out + "  No bids.\n";
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
    out += indented(render_text(table), 2);
  } else {
    out += "  No ranked bids.\n";
  }
  if (lot.ranked_count < lot.bids.size()) {
    out += "  Excluded:\n";
    for (const BidResult& b : lot.bids) {
      if (b.ranked()) continue;
      out += fmt::format("    {} {} (evaluated price {})\n", b.bidder->id, b.bidder->name,
                         b.price ? show_money(b.price->value) : std::string("none"));
      for (const Reason& r : b.reasons) out += fmt::format("      - {}\n", r.text());
    }
  }
  bool any_flag = false;
  for (const BidResult& b : lot.bids) any_flag = any_flag || !b.flags.empty();
  if (any_flag) {
    out += "  Flags:\n";
    for (const BidResult& b : lot.bids)
      for (const FlagNote& f : b.flags) out += fmt::format("    {} {}\n", b.bidder->id, f.text());
  }
  return out;
}

}  // namespace

std::string render_score_table(const Evaluation& e) {
  std::string out = heading(e);
  for (const LotResult& lot : e.lots) out += lot_section(e, lot);
  return out;
}

std::string render_all_bases_table(const std::vector<Evaluation>& evaluations) {
  if (evaluations.empty()) return "";
  const Evaluation& first = evaluations.front();
  const Tender& t = *first.tender;
  std::size_t own = tender_basis_index(evaluations);
  std::string out = fmt::format("Scores on every basis: {}{}\n", t.title, t.reference.empty() ? "" : " (" + t.reference + ")");
  out += fmt::format("Method {}; bank-holiday share {}\n", to_string(first.method), describe_share(first.share));
  out += fmt::format("The tender evaluates on llw {}, travel {} (marked *); the Mayor chooses the basis to award on.\n",
                     to_string(t.price.basis.llw), to_string(t.price.basis.travel));
  for (const std::string& o : first.overrides) {
    if (o.rfind("method", 0) == 0 || o.rfind("bank-holiday", 0) == 0)
      out += fmt::format("WHAT-IF: not the tender's published evaluation: {}\n", o);
  }
  for (std::size_t li = 0; li < first.lots.size(); ++li) {
    const LotResult& lot = first.lots[li];
    out += fmt::format("\nLot {}: {}\n", lot.lot->id, lot.lot->name);
    if (lot.bids.empty()) {
      out += "  No bids.\n";
      continue;
    }
    TextGrid table;
    add_column(table, "Bidder", true);
    add_column(table, "Name", true);
    for (std::size_t i = 0; i < evaluations.size(); ++i) {
      std::string mark = i == own ? "*" : "";
      add_column(table, fmt::format("{}{} total", basis_key(evaluations[i].basis), mark), false);
      add_column(table, "rank", false);
    }
    for (const Bidder* bidder : bidders_in_order(evaluations, li, own)) {
      std::vector<std::string> row = {bidder->id, bidder->name};
      for (const Evaluation& e : evaluations) {
        const BidResult* b = find_bid(e.lots[li], bidder);
        if (b != nullptr && b->ranked()) {
          row.push_back(show_score(e, b->total));
          row.push_back(std::to_string(b->rank));
        } else {
          row.push_back("excluded");
          row.push_back("-");
        }
      }
      table.rows.push_back(std::move(row));
    }
    out += indented(render_text(table), 2);
    std::string excluded;
    for (const Evaluation& e : evaluations) {
      for (const BidResult& b : e.lots[li].bids) {
        if (b.ranked()) continue;
        std::vector<std::string> codes;
        for (const Reason& r : b.reasons) {
          std::string code(to_string(r.code));
          if (codes.empty() || codes.back() != code) codes.push_back(code);
        }
        excluded += fmt::format("    {} on {}: {}\n", b.bidder->id, basis_key(e.basis), fmt::join(codes, ", "));
      }
    }
    if (!excluded.empty()) out += "  Excluded:\n" + excluded;
  }
  return out;
}

}  // namespace tk
