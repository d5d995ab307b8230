#include "write/award_output.hpp"

#include <utility>

#include <fmt/format.h>

#include "write/csv.hpp"
#include "write/json.hpp"
#include "write/markdown.hpp"
#include "write/score_output.hpp"
#include "write/score_text.hpp"
#include "write/text_grid.hpp"

namespace tk {

namespace {

std::string cap_phrase(int cap) {
  if (cap == 0) return "no lot cap";
  return fmt::format("at most {} lot{} per bidder", cap, cap == 1 ? "" : "s");
}

std::string lot_ids(const std::vector<const Lot*>& lots, const char* separator) {
  std::vector<std::string> ids;
  for (const Lot* l : lots) ids.push_back(l->id);
  return fmt::format("{}", fmt::join(ids, separator));
}

std::string lot_ids(const std::vector<const LotResult*>& lots, const char* separator) {
  std::vector<const Lot*> plain;
  for (const LotResult* l : lots) plain.push_back(l->lot);
  return lot_ids(plain, separator);
}

// "BRT (rank 2; won N2, at the cap)".
std::string reserve_text(const ReserveBid& r) {
  std::string out = fmt::format("{} (rank {}", r.bid->bidder->id, r.bid->rank);
  if (!r.won.empty()) out += fmt::format("; won {}", lot_ids(r.won, ", "));
  if (r.at_cap) out += ", at the cap";
  return out + ")";
}

std::string reserve_line(const LotAward& l) {
  if (l.reserve.empty()) return "none";
  std::vector<std::string> parts;
  for (const ReserveBid& r : l.reserve) parts.push_back(reserve_text(r));
  return fmt::format("{}", fmt::join(parts, ", "));
}

TextGrid awards_grid(const Award& a, const AwardOutcome& o) {
  const Evaluation& e = *a.evaluation;
  TextGrid g;
  add_column(g, "Lot", true);
  add_column(g, "Winner", true);
  add_column(g, "Name", true);
  add_column(g, "Total", false);
  add_column(g, "Evaluated price", false);
  add_column(g, "Hours/week", false);
  for (const LotAward& l : o.lots) {
    std::string hours = show_exact(l.lot->lot->hours_per_week);
    if (l.winner == nullptr) {
      g.rows.push_back({l.lot->lot->id, "-", "unawarded", "-", "-", hours});
    } else {
      g.rows.push_back({l.lot->lot->id, l.winner->bidder->id, l.winner->bidder->name, show_score(e, l.winner->total),
                        show_money(l.winner->price->value), hours});
    }
  }
  return g;
}

std::string outcome_summary(const Award& a, const AwardOutcome& o) {
  return fmt::format("Sum of awarded totals {} ({} of {} lots awarded).", show_score(*a.evaluation, o.sum_of_totals),
                     o.awarded, o.lots.size());
}

std::string unawarded_text(const AwardOutcome& o) {
  std::vector<const LotResult*> u = o.unawarded();
  if (u.empty()) return "none";
  std::vector<std::string> parts;
  for (const LotResult* l : u)
    parts.push_back(fmt::format("{} ({})", l->lot->id, l->ranked_count == 0 ? "no ranked bid" : "every ranked bidder is at the cap"));
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string comparison_text(const Award& a) {
  if (a.agree) return fmt::format("The {} mechanism gives the same awards.", to_string(a.other.mechanism));
  return fmt::format("The {} mechanism would award differently, in {}:", to_string(a.other.mechanism),
                     lot_ids(a.differences(), ", "));
}

std::string heading_lines(const Award& a, const char* bullet) {
  const Evaluation& e = *a.evaluation;
  std::string out = fmt::format("{}Basis: {}\n", bullet, describe_settings(e));
  out += fmt::format("{}Mechanism: {}, {}\n", bullet, to_string(a.chosen.mechanism), cap_phrase(a.max_lots_per_bidder));
  return out;
}

Json award_items(const Award& a, const AwardOutcome& o) {
  const Evaluation& e = *a.evaluation;
  Json items = Json::array();
  for (const LotAward& l : o.lots) {
    if (l.winner == nullptr) continue;
    Json j;
    j["lot"] = l.lot->lot->id;
    j["bidder_id"] = l.winner->bidder->id;
    j["name"] = l.winner->bidder->name;
    j["rank"] = l.winner->rank;
    j["total"] = show_score(e, l.winner->total);
    j["evaluated_price"] = show_money(l.winner->price->value);
    j["hours_per_week"] = show_exact(l.lot->lot->hours_per_week);
    j["exact"] = {{"total", to_exact_string(l.winner->total)},
                  {"evaluated_price", to_exact_string(l.winner->price->value)}};
    items.push_back(std::move(j));
  }
  return items;
}

Json unawarded_items(const AwardOutcome& o) {
  Json u = Json::array();
  for (const LotResult* l : o.unawarded()) u.push_back(l->lot->id);
  return u;
}

}  // namespace

std::string describe_mechanism(const Award& a, AwardMechanism mechanism) {
  std::string sequence = lot_ids(a.sequence, ", ");
  if (mechanism == AwardMechanism::lot_order) {
    return fmt::format("lot-order: lots in order of hours per week, largest first ({}), each to its best-ranked "
                       "bidder still under the cap.",
                       sequence);
  }
  return fmt::format("optimal: under the cap, the most lots awarded, then the largest sum of exact totals; equal sums "
                     "go to the better-ranked bidder at the first lot where they differ, taking the lots in order of "
                     "hours per week ({}).",
                     sequence);
}

std::string render_award_table(const Award& a) {
  const Tender& t = *a.evaluation->tender;
  std::string out = fmt::format("Award: {}{}\n", t.title, t.reference.empty() ? "" : " (" + t.reference + ")");
  out += heading_lines(a, "");
  if (a.what_if) out += fmt::format("WHAT-IF: not the tender's published award: {}\n", fmt::join(a.overrides, "; "));
  out += "Rule: " + describe_mechanism(a, a.chosen.mechanism) + "\n\n";
  out += indented(render_text(awards_grid(a, a.chosen)), 2);
  out += "  " + outcome_summary(a, a.chosen) + "\n";
  out += "\nReserve bidders, in rank order (won: lots the bidder was awarded):\n";
  for (const LotAward& l : a.chosen.lots) out += fmt::format("  {}: {}\n", l.lot->lot->id, reserve_line(l));
  out += fmt::format("Unawarded: {}\n", unawarded_text(a.chosen));
  out += fmt::format("\n{}\n", comparison_text(a));
  if (!a.agree) {
    out += "Rule: " + describe_mechanism(a, a.other.mechanism) + "\n\n";
    out += indented(render_text(awards_grid(a, a.other)), 2);
    out += "  " + outcome_summary(a, a.other) + "\n";
  }
  return out;
}

std::string render_award_markdown(const Award& a) {
  const Tender& t = *a.evaluation->tender;
  std::string out = fmt::format("# Award: {}\n\n", markdown_escape(t.title, MarkdownPlace::within_line));
  out += heading_lines(a, "- ");
  if (a.what_if)
    out += fmt::format("\n**What-if: not the tender's published award:** {}.\n",
                       markdown_escape(fmt::format("{}", fmt::join(a.overrides, "; ")), MarkdownPlace::within_line));
  out += "\nRule: " + markdown_escape(describe_mechanism(a, a.chosen.mechanism), MarkdownPlace::within_line) + "\n\n";
  out += render_markdown(awards_grid(a, a.chosen));
  out += fmt::format("\n{}\n", outcome_summary(a, a.chosen));
  out += "\n## Reserve bidders\n\nIn rank order; *won* names the lots a reserve bidder was awarded.\n\n";
  for (const LotAward& l : a.chosen.lots)
    out += fmt::format("- {}: {}\n", markdown_escape(l.lot->lot->id, MarkdownPlace::line_start),
                       markdown_escape(reserve_line(l), MarkdownPlace::within_line));
  out += fmt::format("\nUnawarded: {}.\n", markdown_escape(unawarded_text(a.chosen), MarkdownPlace::within_line));
  out += "\n## The other mechanism\n\n" + markdown_escape(comparison_text(a), MarkdownPlace::line_start) + "\n";
  if (!a.agree) {
    out += "\nRule: " + markdown_escape(describe_mechanism(a, a.other.mechanism), MarkdownPlace::within_line) + "\n\n";
    out += render_markdown(awards_grid(a, a.other));
    out += fmt::format("\n{}\n", outcome_summary(a, a.other));
  }
  return out;
}

std::string render_award_csv(const Award& a) {
  const Evaluation& e = *a.evaluation;
  std::string out = csv_record({"mechanism", "chosen", "lot", "hours_per_week", "bidder_id", "name", "rank", "total",
                                "evaluated_price", "reserve", "reserve_won_other_lots", "differs_from_other"});
  for (const AwardOutcome* o : {&a.chosen, &a.other}) {
    for (std::size_t i = 0; i < o->lots.size(); ++i) {
      const LotAward& l = o->lots[i];
      std::vector<std::string> reserve, won_other;
      for (const ReserveBid& r : l.reserve) {
        reserve.push_back(r.bid->bidder->id);
        if (!r.won.empty()) won_other.push_back(r.bid->bidder->id);
      }
      bool differs = a.chosen.lots[i].winner != a.other.lots[i].winner;
      const BidResult* w = l.winner;
      out += csv_record({std::string(to_string(o->mechanism)), o == &a.chosen ? "yes" : "no", l.lot->lot->id,
                         show_exact(l.lot->lot->hours_per_week), w ? w->bidder->id : "", w ? w->bidder->name : "",
                         w ? std::to_string(w->rank) : "", w ? show_score(e, w->total) : "",
                         w ? show_money(w->price->value) : "", fmt::format("{}", fmt::join(reserve, ";")),
                         fmt::format("{}", fmt::join(won_other, ";")), differs ? "yes" : "no"});
    }
  }
  return out;
}

Json award_json(const Award& a) {
  const Evaluation& e = *a.evaluation;
  Json j;
  j["mechanism"] = std::string(to_string(a.chosen.mechanism));
  j["max_lots_per_bidder"] = a.max_lots_per_bidder;
  j["basis"] = evaluation_json_head(e)["basis"];
  j["what_if"] = a.what_if;
  j["overrides"] = a.overrides;
  Json sequence = Json::array();
  for (const Lot* l : a.sequence) sequence.push_back(l->id);
  j["lot_order_sequence"] = std::move(sequence);
  j["rule"] = describe_mechanism(a, a.chosen.mechanism);
  j["awards"] = award_items(a, a.chosen);
  Json reserve = Json::object();
  Json details = Json::object();
  for (const LotAward& l : a.chosen.lots) {
    Json ids = Json::array();
    Json list = Json::array();
    for (const ReserveBid& r : l.reserve) {
      ids.push_back(r.bid->bidder->id);
      Json won = Json::array();
      for (const Lot* w : r.won) won.push_back(w->id);
      list.push_back({{"bidder_id", r.bid->bidder->id},
                      {"rank", r.bid->rank},
                      {"total", show_score(e, r.bid->total)},
                      {"evaluated_price", show_money(r.bid->price->value)},
                      {"won_lots", std::move(won)},
                      {"at_cap", r.at_cap}});
    }
    reserve[l.lot->lot->id] = std::move(ids);
    details[l.lot->lot->id] = std::move(list);
  }
  j["reserve"] = std::move(reserve);
  j["reserve_details"] = std::move(details);
  j["unawarded"] = unawarded_items(a.chosen);
  j["sum_of_totals"] = show_score(e, a.chosen.sum_of_totals);
  Json other;
  other["mechanism"] = std::string(to_string(a.other.mechanism));
  other["agrees"] = a.agree;
  Json differs = Json::array();
  for (const LotResult* l : a.differences()) differs.push_back(l->lot->id);
  other["differs_in"] = std::move(differs);
  other["awards"] = award_items(a, a.other);
  other["unawarded"] = unawarded_items(a.other);
  other["sum_of_totals"] = show_score(e, a.other.sum_of_totals);
  j["other_mechanism"] = std::move(other);
  return j;
}

std::string render_award_json(const Award& a) { return award_json(a).dump(2) + "\n"; }

}  // namespace tk
