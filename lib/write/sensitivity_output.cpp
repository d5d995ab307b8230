#include "write/sensitivity_output.hpp"

#include <utility>

#include <fmt/format.h>

#include "write/csv.hpp"
#include "write/json.hpp"
#include "write/markdown.hpp"
#include "write/score_output.hpp"
#include "write/score_text.hpp"
#include "write/sensitivity_text.hpp"
#include "write/text_grid.hpp"

namespace tk {

namespace {

std::string md(std::string_view text) { return markdown_escape(text, MarkdownPlace::within_line); }

// The columns, in order; each part fills its own.
enum Column { part, lot_id, winner, from, to, transfer, transfer_exact, outcome, weights_after, bidder_id, name, rank,
              wins, samples, chance_percent_column, method, total, columns };

const char* const kHeader[] = {"part", "lot", "winner", "from", "to", "transfer", "transfer_exact", "outcome",
                               "weights_after", "bidder_id", "name", "rank", "wins", "samples", "chance_percent",
                               "method", "total"};

std::string weights_text(const Evaluation& e, const std::vector<Rational>& weights) {
  std::vector<std::string> parts;
  for (std::size_t c = 0; c < weights.size(); ++c)
    parts.push_back(fmt::format("{}={}", e.tender->criteria[c].id, show_points(e, weights[c])));
  return fmt::format("{}", fmt::join(parts, ";"));
}

Json weights_json(const Evaluation& e, const std::vector<Rational>& weights, bool exact) {
  Json j = Json::object();
  for (std::size_t c = 0; c < weights.size(); ++c)
    j[e.tender->criteria[c].id] = exact ? to_exact_string(weights[c]) : show_points(e, weights[c]);
  return j;
}

Json margin_json(const Evaluation& e, const LotSensitivity& lot, const WeightMargin& m) {
  Json j;
  j["from"] = e.tender->criteria[m.from].id;
  j["to"] = e.tender->criteria[m.to].id;
  j["outcome"] = margin_code(m);
  j["transfer"] = m.transfer ? Json(show_points(e, *m.transfer)) : Json(nullptr);
  j["transfer_exact"] = m.transfer ? Json(to_exact_string(*m.transfer)) : Json(nullptr);
  j["new_winner"] = m.transfer ? Json(bid_at(lot, m.new_winner).bidder->id) : Json(nullptr);
  j["tie_rule"] = m.transfer ? Json(std::string(to_string(m.tie_rule))) : Json(nullptr);
  j["weights"] = m.transfer ? weights_json(e, m.weights, false) : Json(nullptr);
  j["weights_exact"] = m.transfer ? weights_json(e, m.weights, true) : Json(nullptr);
  j["explanation"] = margin_outcome(e, lot, m);
  return j;
}

Json lot_json(const WinnerSensitivity& s, const LotSensitivity& lot) {
  const Evaluation& e = *s.evaluation;
  Json j;
  j["lot"] = lot.lot->lot->id;
  j["name"] = lot.lot->lot->name;
  if (lot.has_winner()) {
    const BidResult& w = bid_at(lot, 0);
    j["winner"] = {{"bidder_id", w.bidder->id}, {"name", w.bidder->name}, {"total", show_score(e, w.total)},
                   {"total_exact", to_exact_string(w.total)}};
  } else {
    j["winner"] = nullptr;
  }
  Json margins = Json::array();
  for (const WeightMargin& m : lot.margins) margins.push_back(margin_json(e, lot, m));
  j["weight_margins"] = std::move(margins);
  Json chances = Json::array();
  for (std::size_t i : by_wins(lot)) {
    if (s.monte_carlo.samples == 0) break;
    const BidResult& b = bid_at(lot, i);
    chances.push_back({{"bidder_id", b.bidder->id}, {"name", b.bidder->name}, {"rank", b.rank}, {"wins", lot.wins[i]},
                       {"chance_percent", chance_percent(lot.wins[i], s.monte_carlo.samples)}});
  }
  j["monte_carlo"] = std::move(chances);
  Json formulas = Json::array();
  for (const FormulaWinner& f : lot.formulas) {
    Json fj;
    fj["method"] = std::string(to_string(f.method));
    fj["available"] = f.available;
    fj["winner"] = f.winner ? Json(bid_at(lot, *f.winner).bidder->id) : Json(nullptr);
    fj["total"] = f.winner ? Json(show_score(e, f.total)) : Json(nullptr);
    fj["total_exact"] = f.winner ? Json(to_exact_string(f.total)) : Json(nullptr);
    formulas.push_back(std::move(fj));
  }
  j["price_formulas"] = std::move(formulas);
  j["formula_changes_winner"] = lot.formula_changes_winner;
  return j;
}

}  // namespace

std::string render_sensitivity_table(const WinnerSensitivity& s) {
  const Evaluation& e = *s.evaluation;
  std::string out = fmt::format("Sensitivity of each lot's winner: {}\n", tender_title(*e.tender));
  out += fmt::format("Basis: {}\n", describe_settings(e));
  if (e.what_if) out += fmt::format("WHAT-IF: not the tender's published evaluation: {}\n", fmt::join(e.overrides, "; "));
  out += fmt::format("Weights: {}\n", describe_weights(e));
  out += fmt::format("Monte Carlo: {}\n", describe_monte_carlo(s));
  for (const LotSensitivity& lot : s.lots) {
    out += fmt::format("\nLot {}: {}: {}\n", lot.lot->lot->id, lot.lot->lot->name, winner_text(e, lot));
    if (!lot.has_winner()) continue;
    if (lot.lot->ranked_count == 1) {
      out += "  Only one ranked bid: no change of weights or price formula can change the winner.\n";
      continue;
    }
    out += "  The smallest move of weight from one criterion to another that changes the winner:\n";
    out += indented(render_text(margins_grid(e, lot)), 4);
    out += "    " + closest_margin_text(e, lot) + "\n";
    if (s.monte_carlo.samples > 0) {
      out += fmt::format("  Chance of winning over {} weight sets (each weight within ±{}% of itself):\n",
                         with_commas(s.monte_carlo.samples), show_exact(s.monte_carlo.spread_percent));
      out += indented(render_text(chances_grid(s, lot)), 4);
      std::string note = chances_note(lot);
      if (!note.empty()) out += "    " + note + "\n";
    }
    out += "  The winner under each price formula, with the published weights:\n";
    out += indented(render_text(formulas_grid(e, lot)), 4);
    out += "    " + formulas_note(lot) + "\n";
  }
  return out;
}

std::string render_sensitivity_markdown(const WinnerSensitivity& s) {
  const Evaluation& e = *s.evaluation;
  std::string out = fmt::format("# Sensitivity of each lot's winner: {}\n\n", md(tender_title(*e.tender)));
  out += fmt::format("Basis: {}.\n", describe_settings(e));
  if (e.what_if) out += fmt::format("\n**What-if: not the tender's published evaluation:** {}.\n", md(fmt::format("{}", fmt::join(e.overrides, "; "))));
  out += fmt::format("\nWeights: {}.\n", md(describe_weights(e)));
  out += fmt::format("\nMonte Carlo: {}.\n", describe_monte_carlo(s));
  for (const LotSensitivity& lot : s.lots) {
    out += fmt::format("\n## Lot {}: {}\n\n", md(lot.lot->lot->id), md(lot.lot->lot->name));
    std::string winner = winner_text(e, lot);
    winner[0] = static_cast<char>(winner[0] - 'a' + 'A');
    out += markdown_escape(winner, MarkdownPlace::line_start) + ".\n";
    if (!lot.has_winner()) continue;
    if (lot.lot->ranked_count == 1) {
      out += "\nOnly one ranked bid: no change of weights or price formula can change the winner.\n";
      continue;
    }
    out += "\n### Moving weight between criteria\n\nThe smallest move of weight from one criterion to another that changes the winner.\n\n";
    out += render_markdown(margins_grid(e, lot));
    out += fmt::format("\n{}\n", markdown_escape(closest_margin_text(e, lot), MarkdownPlace::line_start));
    if (s.monte_carlo.samples > 0) {
      out += fmt::format("\n### Chance of winning\n\nOver {} weight sets, each weight within ±{}% of itself.\n\n",
                         with_commas(s.monte_carlo.samples), show_exact(s.monte_carlo.spread_percent));
      out += render_markdown(chances_grid(s, lot));
      std::string note = chances_note(lot);
      if (!note.empty()) out += fmt::format("\n{}\n", note);
    }
    out += "\n### Price formula\n\nThe winner under each price formula, with the published weights.\n\n";
    out += render_markdown(formulas_grid(e, lot));
    out += fmt::format("\n{}\n", formulas_note(lot));
  }
  return out;
}

std::string render_sensitivity_csv(const WinnerSensitivity& s) {
  const Evaluation& e = *s.evaluation;
  std::string out = csv_record(std::vector<std::string>(std::begin(kHeader), std::end(kHeader)));
  for (const LotSensitivity& lot : s.lots) {
    if (!lot.has_winner()) continue;
    auto row = [&](const char* part_name) {
      std::vector<std::string> r(columns);
      r[part] = part_name;
      r[lot_id] = lot.lot->lot->id;
      r[winner] = bid_at(lot, 0).bidder->id;
      return r;
    };
    for (const WeightMargin& m : lot.margins) {
      std::vector<std::string> r = row("margin");
      r[from] = e.tender->criteria[m.from].id;
      r[to] = e.tender->criteria[m.to].id;
      r[outcome] = margin_code(m);
      if (m.transfer) {
        r[transfer] = show_points(e, *m.transfer);
        r[transfer_exact] = to_exact_string(*m.transfer);
        r[weights_after] = weights_text(e, m.weights);
        r[bidder_id] = bid_at(lot, m.new_winner).bidder->id;
        r[name] = bid_at(lot, m.new_winner).bidder->name;
      }
      out += csv_record(r);
    }
    for (std::size_t i : by_wins(lot)) {
      if (s.monte_carlo.samples == 0) break;
      const BidResult& b = bid_at(lot, i);
      std::vector<std::string> r = row("monte-carlo");
      r[bidder_id] = b.bidder->id;
      r[name] = b.bidder->name;
      r[rank] = std::to_string(b.rank);
      r[wins] = std::to_string(lot.wins[i]);
      r[samples] = std::to_string(s.monte_carlo.samples);
      r[chance_percent_column] = chance_percent(lot.wins[i], s.monte_carlo.samples);
      out += csv_record(r);
    }
    for (const FormulaWinner& f : lot.formulas) {
      std::vector<std::string> r = row("formula");
      r[method] = std::string(to_string(f.method));
      r[outcome] = f.available ? (f.winner && *f.winner != 0 ? "changes" : "same") : "no-ceiling";
      if (f.winner) {
        r[bidder_id] = bid_at(lot, *f.winner).bidder->id;
        r[name] = bid_at(lot, *f.winner).bidder->name;
        r[total] = show_score(e, f.total);
      }
      out += csv_record(r);
    }
  }
  return out;
}

Json sensitivity_json(const WinnerSensitivity& s) {
  const Evaluation& e = *s.evaluation;
  Json j = evaluation_json_head(e);
  j["weights"] = weights_json(e, e.weights, true);
  j["monte_carlo"] = {{"samples", s.monte_carlo.samples},
                      {"spread_percent", to_decimal_string(s.monte_carlo.spread_percent)},
                      {"seed", s.monte_carlo.seed},
                      {"generator", "splitmix64"}};
  Json lots = Json::array();
  for (const LotSensitivity& lot : s.lots) lots.push_back(lot_json(s, lot));
  j["lots"] = std::move(lots);
  return j;
}

std::string render_sensitivity_json(const WinnerSensitivity& s) { return sensitivity_json(s).dump(2) + "\n"; }

std::string render_unit_scores_csv(const Evaluation& e) {
  constexpr int kPlaces = 15;
  std::vector<std::string> header = {"lot", "bidder_id"};
  for (const Criterion& c : e.tender->criteria) header.push_back(c.id);
  std::string out = csv_record(header);
  for (const LotResult& lot : e.lots) {
    std::vector<Rational> fractions;
    price_fractions(lot.facts, e.method, fractions);
    for (std::size_t i = 0; i < lot.facts.bids.size(); ++i) {
      const BidFacts& bid = lot.facts.bids[i];
      std::vector<std::string> row = {lot.lot->id, std::string(bid.bidder_id)};
      for (std::size_t c = 0; c < e.weights.size(); ++c) {
        const Rational& unit = c == lot.facts.price_criterion ? fractions[i] : bid.fractions[c];
        row.push_back(to_fixed(unit, kPlaces, Rounding::half_away_from_zero));
      }
      out += csv_record(row);
    }
  }
  std::vector<std::string> weights = {"weights", "-"};
  for (const Rational& w : e.weights) {
    std::string exact = to_decimal_string(w);  // "p/q" when w has no finite decimal form
    weights.push_back(exact.find('/') == std::string::npos ? exact : to_fixed(w, kPlaces, Rounding::half_away_from_zero));
  }
  out += csv_record(weights);
  return out;
}

}  // namespace tk
