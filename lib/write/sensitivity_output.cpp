#include <fmt/format.h>

#include "write/score_text.hpp"
#include "write/sensitivity_output.hpp"
#include "write/sensitivity_text.hpp"

namespace tk {

namespace {

std::string title_of(const Tender& t) { return t.title + (t.reference.empty() ? "" : " (" + t.reference + ")"); }

}  // namespace

std::string render_sensitivity_table(const WinnerSensitivity& s) {
  const Evaluation& e = *s.evaluation;
  std::string out = fmt::format("Sensitivity of each lot's winner: {}\n", title_of(*e.tender));
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
  std::string out = fmt::format("# Sensitivity of each lot's winner: {}\n\n", title_of(*e.tender));
  out += fmt::format("Basis: {}.\n", describe_settings(e));
  if (e.what_if) out += fmt::format("\n**What-if: not the tender's published evaluation:** {}.\n", fmt::join(e.overrides, "; "));
  out += fmt::format("\nWeights: {}.\n", describe_weights(e));
  out += fmt::format("\nMonte Carlo: {}.\n", describe_monte_carlo(s));
  for (const LotSensitivity& lot : s.lots) {
    out += fmt::format("\n## Lot {}: {}\n\n", lot.lot->lot->id, lot.lot->lot->name);
    std::string winner = winner_text(e, lot);
    winner[0] = static_cast<char>(winner[0] - 'a' + 'A');
    out += winner + ".\n";
    if (!lot.has_winner()) continue;
    if (lot.lot->ranked_count == 1) {
      out += "\nOnly one ranked bid: no change of weights or price formula can change the winner.\n";
      continue;
    }
    out += "\n### Moving weight between criteria\n\nThe smallest move of weight from one criterion to another that changes the winner.\n\n";
    out += render_markdown(margins_grid(e, lot));
    out += "\n" + closest_margin_text(e, lot) + "\n";
    if (s.monte_carlo.samples > 0) {
      out += fmt::format("\n### Chance of winning\n\nOver {} weight sets, each weight within ±{}% of itself.\n\n",
                         with_commas(s.monte_carlo.samples), show_exact(s.monte_carlo.spread_percent));
      out += render_markdown(chances_grid(s, lot));
      std::string note = chances_note(lot);
      if (!note.empty()) out += "\n" + note + "\n";
    }
    out += "\n### Price formula\n\nThe winner under each price formula, with the published weights.\n\n";
    out += render_markdown(formulas_grid(e, lot));
    out += "\n" + formulas_note(lot) + "\n";
  }
  return out;
}

}  // namespace tk
