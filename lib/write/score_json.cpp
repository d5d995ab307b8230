#include "write/score_json.hpp"

#include <utility>

#include "write/score_text.hpp"

namespace tk {

namespace {

using Json = nlohmann::ordered_json;

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

}  // namespace

nlohmann::ordered_json evaluation_json_head(const Evaluation& e) {
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

nlohmann::ordered_json score_json(const Evaluation& e) {
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

}  // namespace tk
