#include <utility>

#include "write/score_json.hpp"
#include "write/score_text.hpp"
#include "write/sensitivity_output.hpp"
#include "write/sensitivity_text.hpp"

namespace tk {

namespace {

using Json = nlohmann::ordered_json;

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

nlohmann::ordered_json sensitivity_json(const WinnerSensitivity& s) {
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

}  // namespace tk
