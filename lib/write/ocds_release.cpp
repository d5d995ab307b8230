#include "write/ocds_release.hpp"

#include <utility>

#include <fmt/format.h>

#include "write/excel_number.hpp"
#include "write/json.hpp"
#include "write/score_text.hpp"

namespace tk {

namespace {

constexpr const char* kBuyerId = "buyer";

std::string date_time(Date d) { return d.str() + "T00:00:00Z"; }

Json org_ref(std::string_view id, std::string_view name) { return Json{{"id", id}, {"name", name}}; }

Json gbp(const Rational& amount) {
  return Json{{"amount", external_number(amount, 2)}, {"currency", "GBP"}};
}

std::string bid_id(const BidResult& b, const LotResult& lot) { return b.bidder->id + "-" + lot.lot->id; }

Json parties(const AwardPack& p) {
  const Tender& t = *p.tender;
  Json out = Json::array();
  out.push_back(Json{{"id", kBuyerId}, {"name", t.authority}, {"roles", Json::array({"buyer", "procuringEntity"})}});
  for (const Bidder& b : t.bidders) {
    Json roles = Json::array({"tenderer"});
    if (!p.award.won_by(&b).empty()) roles.push_back("supplier");
    out.push_back(Json{{"id", b.id}, {"name", b.name}, {"roles", roles}});
  }
  return out;
}

Json tender_json(const AwardPack& p) {
  const Tender& t = *p.tender;
  const Evaluation& e = p.evaluation;
  std::string criteria;
  for (std::size_t i = 0; i < t.criteria.size(); ++i)
    criteria += fmt::format("{}{} {}", i ? "; " : "", t.criteria[i].name, show_exact(e.weights[i]));
  Json lots = Json::array();
  for (const Lot& l : t.lots)
    lots.push_back(Json{{"id", l.id},
                        {"title", l.name},
                        {"description", fmt::format("{} contact hours a week (estimate)", show_exact(l.hours_per_week))},
                        {"status", "complete"}});
  Json tenderers = Json::array();
  for (const Bidder& b : t.bidders) tenderers.push_back(org_ref(b.id, b.name));
  return Json{{"id", t.reference},
              {"title", t.title},
              {"status", "complete"},
              {"procuringEntity", org_ref(kBuyerId, t.authority)},
              {"mainProcurementCategory", "services"},
              {"awardCriteria", "ratedCriteria"},
              {"awardCriteriaDetails", criteria + "; " + describe_settings(e)},
              {"contractPeriod", Json{{"startDate", date_time(t.contract_start)}, {"endDate", date_time(t.contract_end)}}},
              {"numberOfTenderers", t.bidders.size()},
              {"tenderers", tenderers},
              {"lots", lots}};
}

Json bids_json(const AwardPack& p) {
  Json details = Json::array();
  for (const LotResult& lot : p.evaluation.lots) {
    for (const BidResult& b : lot.bids) {
      Json bid{{"id", bid_id(b, lot)},
               {"status", b.ranked() ? "valid" : "disqualified"},
               {"tenderers", Json::array({org_ref(b.bidder->id, b.bidder->name)})},
               {"relatedLots", Json::array({lot.lot->id})}};
      if (b.ranked()) {
        bid["hasRank"] = true;
        bid["rank"] = b.rank;
      }
      if (b.price) {
        std::string d = fmt::format("evaluated price {} an hour (standard {}, bank holiday {})", show_money(b.price->value),
                                    b.price->standard->rate.str(), b.price->bank_holiday->rate.str());
        if (b.ranked()) d += "; total score " + show_score(p.evaluation, b.total);
        for (const Reason& r : b.reasons) d += "; " + r.text();
        bid["description"] = std::move(d);
      } else {
        std::string d;
        for (const Reason& r : b.reasons) d += (d.empty() ? "" : "; ") + r.text();
        bid["description"] = std::move(d);
      }
      details.push_back(std::move(bid));
    }
  }
  return Json{{"details", std::move(details)}};
}

Json awards_json(const AwardPack& p, const std::string& date) {
  Json awards = Json::array();
  for (const LotDecision& d : p.award.lots) {
    if (!d.winner) continue;
    const Lot& lot = *d.lot->lot;
    const BidResult& w = *d.winner;
    awards.push_back(Json{{"id", p.ocid + "-award-" + lot.id},
                          {"title", fmt::format("Lot {}: {}", lot.id, lot.name)},
                          {"description", fmt::format("Recommended for award at an evaluated price of {} an hour; "
                                                      "value is the annual cost at {} contact hours a week",
                                                      show_money(w.price->value), show_exact(lot.hours_per_week))},
                          {"status", "pending"},
                          {"date", date},
                          {"value", gbp(lot.hours_per_week * 52 * w.price->value)},
                          {"suppliers", Json::array({org_ref(w.bidder->id, w.bidder->name)})},
                          {"relatedBids", Json::array({bid_id(w, *d.lot)})},
                          {"relatedLots", Json::array({lot.id})}});
  }
  return awards;
}

}  // namespace

Json ocds_release_package(const AwardPack& p) {
  if (!p.report_date)
    throw Error(ExitCode::usage, Location{},
                "the OCDS release needs a date: set report_date under [report] in tender.toml, or give --report-date");
  const Tender& t = *p.tender;
  std::string date = date_time(*p.report_date);
  Json release{{"ocid", p.ocid},
               {"id", p.ocid + "-award-" + p.report_date->str()},
               {"date", date},
               {"tag", Json::array({"award"})},
               {"initiationType", "tender"},
               {"language", "en"},
               {"parties", parties(p)},
               {"buyer", org_ref(kBuyerId, t.authority)},
               {"tender", tender_json(p)},
               {"bids", bids_json(p)},
               {"awards", awards_json(p, date)}};
  return Json{{"uri", "urn:ocid:" + p.ocid + ":award:" + p.report_date->str()},
              {"version", "1.1"},
              {"extensions",
               Json::array({"https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json",
                            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json"})},
              {"publishedDate", date},
              {"publisher", Json{{"name", t.authority}}},
              {"releases", Json::array({release})}};
}

std::string render_ocds(const AwardPack& p) { return ocds_release_package(p).dump(2) + "\n"; }

}  // namespace tk
