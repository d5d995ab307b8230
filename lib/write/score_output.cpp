#include "write/score_output.hpp"

#include <utility>

#include <fmt/format.h>

#include "write/csv.hpp"
#include "write/json.hpp"
#include "write/markdown.hpp"
#include "write/score_text.hpp"
#include "write/text_grid.hpp"

namespace tk {

namespace {

// The ranked bids of a lot: rank, bidder, name, evaluated price, each criterion, total, flags.
TextGrid ranked_grid(const Evaluation& e, const LotResult& lot) {
  const Tender& t = *e.tender;
  TextGrid table;
  add_column(table, "Rank", false);
  add_column(table, "Bidder", true);
  add_column(table, "Name", true);
  add_column(table, "Evaluated price", false);
  for (const Criterion& c : t.criteria) add_column(table, fmt::format("{} ({})", c.id, show_exact(c.weight)), false);
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
  return table;
}

// Every bidder of lot `li` with its total and rank on each basis ("excluded" and "-" where it
// is excluded); the tender's own basis marked "*".
TextGrid all_bases_grid(const std::vector<Evaluation>& evaluations, std::size_t li) {
  std::size_t own = tender_basis_index(evaluations);
  TextGrid table;
  add_column(table, "Bidder", true);
  add_column(table, "Name", true);
  for (std::size_t i = 0; i < evaluations.size(); ++i) {
    add_column(table, fmt::format("{}{} total", basis_key(evaluations[i].basis), i == own ? "*" : ""), false);
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
  return table;
}

std::string heading(const Evaluation& e) {
  const Tender& t = *e.tender;
  std::string out = fmt::format("Scores: {}\n", tender_title(t));
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
  std::string out = fmt::format("\n{}", lot_heading(lot));
  if (lot.bids.empty()) return out + "  No bids.\n";
  if (lot.ranked_count > 0) {
    out += indented(render_text(ranked_grid(e, lot)), 2);
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

Json bid_json(const Evaluation& e, const BidResult& b) {
  const Tender& t = *e.tender;
  Json j;
  j["bidder_id"] = b.bidder->id;
  j["name"] = b.bidder->name;
  j["status"] = std::string(to_string(b.status));
  j["rank"] = b.ranked() ? Json(b.rank) : Json(nullptr);
  j["evaluated_price"] = b.price ? Json(show_money(b.price->value)) : Json(nullptr);
  Json exact;
  exact["evaluated_price"] = b.price ? Json(to_exact_string(b.price->value)) : Json(nullptr);
  if (b.ranked()) {
    Json scores = Json::object();
    Json exact_scores = Json::object();
    for (std::size_t i = 0; i < t.criteria.size(); ++i) {
      scores[t.criteria[i].id] = show_score(e, b.scores[i]);
      exact_scores[t.criteria[i].id] = to_exact_string(b.scores[i]);
    }
    j["scores"] = std::move(scores);
    j["quality_total"] = show_score(e, b.quality_total);
    j["total"] = show_score(e, b.total);
    exact["scores"] = std::move(exact_scores);
    exact["quality_total"] = to_exact_string(b.quality_total);
    exact["total"] = to_exact_string(b.total);
  }
  Json flags = Json::array();
  Json notes = Json::array();
  for (const FlagNote& f : b.flags) {
    flags.push_back(std::string(to_string(f.flag)));
    notes.push_back(f.text());
  }
  Json reasons = Json::array();
  for (const Reason& r : b.reasons) reasons.push_back(r.text());
  j["flags"] = std::move(flags);
  j["reasons"] = std::move(reasons);
  j["flag_notes"] = std::move(notes);
  j["exact"] = std::move(exact);
  return j;
}

std::string md(std::string_view text) { return markdown_escape(text, MarkdownPlace::within_line); }


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
  std::string out = fmt::format("Scores on every basis: {}\n", tender_title(t));
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
    out += indented(render_text(all_bases_grid(evaluations, li)), 2);
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

std::string render_score_csv(const Evaluation& e) {
  std::vector<std::string> header = {"lot", "rank", "bidder_id", "name", "status", "evaluated_price"};
  for (const Criterion& c : e.tender->criteria) header.push_back(c.id);
  for (const char* h : {"quality_total", "total", "flags", "reasons"}) header.push_back(h);
  std::string out = csv_record(header);
  for (const LotResult& lot : e.lots) {
    for (const BidResult& b : lot.bids) {
      std::vector<std::string> row = {lot.lot->id, b.ranked() ? std::to_string(b.rank) : "", b.bidder->id,
                                      b.bidder->name, std::string(to_string(b.status)),
                                      b.price ? show_money(b.price->value) : ""};
      for (std::size_t i = 0; i < e.tender->criteria.size(); ++i)
        row.push_back(b.ranked() ? show_score(e, b.scores[i]) : "");
      row.push_back(b.ranked() ? show_score(e, b.quality_total) : "");
      row.push_back(b.ranked() ? show_score(e, b.total) : "");
      row.push_back(flag_codes(b, ";"));
      std::string reasons;
      for (const Reason& r : b.reasons) reasons += (reasons.empty() ? "" : "; ") + r.text();
      row.push_back(reasons);
      out += csv_record(row);
    }
  }
  return out;
}

std::string render_all_bases_csv(const std::vector<Evaluation>& evaluations) {
  if (evaluations.empty()) return "";
  std::vector<std::string> header = {"lot", "bidder_id", "name"};
  for (const Evaluation& e : evaluations) {
    header.push_back(basis_key(e.basis) + "_total");
    header.push_back(basis_key(e.basis) + "_rank");
  }
  std::string out = csv_record(header);
  std::size_t own = tender_basis_index(evaluations);
  const Evaluation& first = evaluations.front();
  for (std::size_t li = 0; li < first.lots.size(); ++li) {
    for (const Bidder* bidder : bidders_in_order(evaluations, li, own)) {
      std::vector<std::string> row = {first.lots[li].lot->id, bidder->id, bidder->name};
      for (const Evaluation& e : evaluations) {
        const BidResult* b = find_bid(e.lots[li], bidder);
        bool ranked = b != nullptr && b->ranked();
        row.push_back(ranked ? show_score(e, b->total) : "excluded");
        row.push_back(ranked ? std::to_string(b->rank) : "");
      }
      out += csv_record(row);
    }
  }
  return out;
}

Json evaluation_json_head(const Evaluation& e) {
  Json j;
  j["basis"] = {{"llw", std::string(to_string(e.basis.llw))},
                {"travel", std::string(to_string(e.basis.travel))},
                {"method", std::string(to_string(e.method))},
                {"bank_holiday_share", to_exact_string(e.share.value)}};
  j["what_if"] = e.what_if;
  j["overrides"] = e.overrides;
  j["decimal_places"] = e.tender->decimal_places;
  return j;
}

Json score_json(const Evaluation& e) {
  Json j = evaluation_json_head(e);
  Json lots = Json::array();
  for (const LotResult& lot : e.lots) {
    Json l;
    l["lot"] = lot.lot->id;
    l["name"] = lot.lot->name;
    Json bids = Json::array();
    for (const BidResult& b : lot.bids) bids.push_back(bid_json(e, b));
    l["bids"] = std::move(bids);
    lots.push_back(std::move(l));
  }
  j["lots"] = std::move(lots);
  return j;
}

std::string render_score_json(const Evaluation& e) { return score_json(e).dump(2) + "\n"; }

std::string render_all_bases_json(const std::vector<Evaluation>& evaluations) {
  Json all = Json::array();
  for (const Evaluation& e : evaluations) all.push_back(score_json(e));
  Json j;
  j["evaluations"] = all;
  return j.dump(2) + "\n";
}

std::string render_score_markdown(const Evaluation& e) {
  const Tender& t = *e.tender;
  std::string out = fmt::format("# Scores: {}\n\n", md(tender_title(t)));
  out += fmt::format("Basis: {}.\n", describe_settings(e));
  if (e.what_if) out += fmt::format("\n**What-if: not the tender's published evaluation:** {}.\n", md(fmt::format("{}", fmt::join(e.overrides, "; "))));
  std::vector<std::vector<std::string>> criteria;
  for (const Criterion& c : t.criteria) criteria.push_back({c.id, show_exact(c.weight), c.name});
  out += '\n';
  append_markdown_table(out, {"Criterion", "Weight", "Name"}, {false, true, false}, criteria, {}, MarkdownRule::spaced);
  for (const LotResult& lot : e.lots) {
    out += fmt::format("\n## Lot {}: {}\n\n", md(lot.lot->id), md(lot.lot->name));
    if (lot.bids.empty()) {
      out += "No bids.\n";
      continue;
    }
    if (lot.ranked_count > 0) {
      out += render_markdown(ranked_grid(e, lot));
    } else {
      out += "No ranked bids.\n";
    }
    if (lot.ranked_count < lot.bids.size()) {
      out += "\nExcluded:\n\n";
      for (const BidResult& b : lot.bids) {
        if (b.ranked()) continue;
        out += fmt::format("- {} {} (evaluated price {})\n", markdown_escape(b.bidder->id, MarkdownPlace::line_start), md(b.bidder->name),
                           b.price ? show_money(b.price->value) : std::string("none"));
        for (const Reason& r : b.reasons) out += fmt::format("  - {}\n", markdown_escape(r.text(), MarkdownPlace::line_start));
      }
    }
    std::string flags;
    for (const BidResult& b : lot.bids)
      for (const FlagNote& f : b.flags) flags += fmt::format("- {} {}\n", markdown_escape(b.bidder->id, MarkdownPlace::line_start), md(f.text()));
    if (!flags.empty()) out += "\nFlags:\n\n" + flags;
  }
  return out;
}

std::string render_all_bases_markdown(const std::vector<Evaluation>& evaluations) {
  if (evaluations.empty()) return "";
  const Evaluation& first = evaluations.front();
  const Tender& t = *first.tender;
  std::string out = fmt::format("# Scores on every basis: {}\n\n", md(tender_title(t)));
  out += fmt::format("Method {}; bank-holiday share {}. The tender evaluates on llw {}, travel {} (marked \\*); the "
                     "Mayor chooses the basis to award on.\n",
                     to_string(first.method), describe_share(first.share), to_string(t.price.basis.llw),
                     to_string(t.price.basis.travel));
  for (std::size_t li = 0; li < first.lots.size(); ++li) {
    const LotResult& lot = first.lots[li];
    out += fmt::format("\n## Lot {}: {}\n\n", md(lot.lot->id), md(lot.lot->name));
    if (lot.bids.empty()) {
      out += "No bids.\n";
      continue;
    }
    out += render_markdown(all_bases_grid(evaluations, li));
  }
  return out;
}

}  // namespace tk
