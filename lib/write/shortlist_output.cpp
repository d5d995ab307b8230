#include "write/shortlist_output.hpp"

#include <utility>

#include <fmt/format.h>

#include "write/csv.hpp"
#include "write/json.hpp"
#include "write/markdown.hpp"
#include "write/score_text.hpp"
#include "write/text_grid.hpp"

namespace tk {

namespace {

constexpr const char* kRule =
    "Each bidder's best bid (its best rank in any lot; between lots with that rank, the higher total) orders the "
    "list: rank, then total, then bidder_id. Bidders excluded from every lot they bid for are not listed.";

TextGrid table_of(const Evaluation& e, const Shortlist& s) {
  TextGrid table;
  add_column(table, "#", false);
  add_column(table, "Bidder", true);
  add_column(table, "Name", true);
  add_column(table, "Best rank", false);
  add_column(table, "in lot", true);
  add_column(table, "Total", false);
  for (const ShortlistEntry& x : s.order) {
    if (!x.shortlisted) continue;
    table.rows.push_back({std::to_string(x.position), x.bidder->id, x.bidder->name, std::to_string(x.best_rank), x.best_lot->id,
                   show_score(e, x.best_total)});
  }
  return table;
}

std::string summary(const Shortlist& s) {
  std::string out = fmt::format("{} of {} ranked bidders shortlisted ({} asked for).", s.size(), s.order.size(), s.requested);
  if (s.tie_at_cut) out += " Warning: the last shortlisted and the first left off have the same best rank and total; "
                           "bidder_id decided the cut.";
  return out;
}

}  // namespace

std::string render_shortlist_table(const Evaluation& e, const Shortlist& s) {
  std::string out = fmt::format("Shortlist: {}\n", e.tender->title);
  out += fmt::format("Basis: {}\n", describe_settings(e));
  if (e.what_if) out += fmt::format("WHAT-IF: not the tender's published evaluation: {}\n", fmt::join(e.overrides, "; "));
  out += std::string(kRule) + "\n";
  out += summary(s) + "\n";
  TextGrid table = table_of(e, s);
  if (!table.rows.empty()) out += fmt::format("\n{}", indented(render_text(table), 2));
  return out;
}

std::string render_shortlist_markdown(const Evaluation& e, const Shortlist& s) {
  std::string out = fmt::format("# Shortlist: {}\n\nBasis: {}.\n", markdown_escape(e.tender->title, MarkdownPlace::within_line),
                                describe_settings(e));
  if (e.what_if)
    out += fmt::format("\n**What-if: not the tender's published evaluation:** {}.\n",
                       markdown_escape(fmt::format("{}", fmt::join(e.overrides, "; ")), MarkdownPlace::within_line));
  out += fmt::format("\n{} {}\n", kRule, summary(s));
  TextGrid table = table_of(e, s);
  if (!table.rows.empty()) out += fmt::format("\n{}", render_markdown(table));
  return out;
}

std::string render_shortlist_csv(const Evaluation& e, const Shortlist& s) {
  std::string out = csv_record({"position", "bidder_id", "name", "best_rank", "best_lot", "best_total", "shortlisted"});
  for (const ShortlistEntry& x : s.order) {
    out += csv_record({std::to_string(x.position), x.bidder->id, x.bidder->name, std::to_string(x.best_rank),
                       x.best_lot->id, show_score(e, x.best_total), x.shortlisted ? "yes" : "no"});
  }
  return out;
}

std::string render_shortlist_json(const Evaluation& e, const Shortlist& s) {
  Json j;
  j["requested"] = s.requested;
  j["rule"] = kRule;
  j["what_if"] = e.what_if;
  j["tie_at_cut"] = s.tie_at_cut;
  Json list = Json::array();
  Json rest = Json::array();
  for (const ShortlistEntry& x : s.order) {
    Json item;
    item["position"] = x.position;
    item["bidder_id"] = x.bidder->id;
    item["name"] = x.bidder->name;
    item["best_rank"] = x.best_rank;
    item["best_lot"] = x.best_lot->id;
    item["best_total"] = show_score(e, x.best_total);
    (x.shortlisted ? list : rest).push_back(std::move(item));
  }
  j["shortlist"] = std::move(list);
  j["not_shortlisted"] = std::move(rest);
  return j.dump(2) + "\n";
}

}  // namespace tk
