#include "write/rates_json.hpp"

#include <utility>

#include "core/money.hpp"
#include "write/rates_text.hpp"

namespace tk {

namespace {

using Json = nlohmann::ordered_json;

template <typename T>
Json name_or_null(const std::optional<T>& v) {
  return v ? Json(std::string(to_string(*v))) : Json(nullptr);
}

Json money_or_null(const std::optional<Rational>& v) { return v ? Json(format_money(*v)) : Json(nullptr); }
Json exact_or_null(const std::optional<Rational>& v) { return v ? Json(to_exact_string(*v)) : Json(nullptr); }

Json basis_json(const RateReport& report) {
  return {{"llw", std::string(to_string(report.evaluated_basis.llw))},
          {"travel", std::string(to_string(report.evaluated_basis.travel))},
          {"bank_holiday_share", to_exact_string(report.share.value)}};
}

Json finding_json(const RateFinding& f) {
  Json j;
  j["bidder_id"] = f.bidder->id;
  j["lot"] = f.lot->id;
  j["code"] = std::string(to_string(f.check));
  j["severity"] = std::string(to_string(f.severity));
  j["message"] = f.message;
  j["llw"] = name_or_null(f.llw);
  j["travel"] = name_or_null(f.travel);
  j["day"] = name_or_null(f.day);
  return j;
}

Json bid_json(const BidRates& b) {
  Json j;
  j["bidder_id"] = b.bidder->id;
  j["name"] = b.bidder->name;
  j["lot"] = b.lot->id;
  Json excluded = Json::array();
  for (const Reason& r : b.excluded_by) excluded.push_back(r.text());
  j["excluded_by"] = std::move(excluded);
  j["findings"] = b.findings;
  Json bases = Json::array();
  for (const BasisMargin& m : b.margins) {
    Json basis;
    basis["llw"] = std::string(to_string(m.basis.llw));
    basis["travel"] = std::string(to_string(m.basis.travel));
    basis["evaluated"] = m.evaluated;
    basis["evaluated_price"] = money_or_null(m.evaluated_price);
    basis["cost_floor"] = money_or_null(m.cost_floor);
    basis["surplus"] = money_or_null(m.surplus);
    basis["abnormally_low_screen"] = m.screened;
    basis["exact"] = {{"evaluated_price", exact_or_null(m.evaluated_price)},
                      {"cost_floor", exact_or_null(m.cost_floor)},
                      {"surplus", exact_or_null(m.surplus)}};
    bases.push_back(std::move(basis));
  }
  j["bases"] = std::move(bases);
  return j;
}

Json bids_json(const RateReport& report) {
  Json bids = Json::array();
  for (const BidRates& b : report.bids) bids.push_back(bid_json(b));
  return bids;
}

}  // namespace

nlohmann::ordered_json rates_json(const RateReport& report) {
  Json j;
  j["basis"] = basis_json(report);
  Json findings = Json::array();
  for (const RateFinding& f : report.findings) findings.push_back(finding_json(f));
  j["findings"] = std::move(findings);

  Json checks = Json::object();
  for (RateCheck check : kRateChecks) {
    checks[std::string(to_string(check))] = {{"errors", report.count(check, Severity::error)},
                                             {"warnings", report.count(check, Severity::warning)}};
  }
  j["summary"] = {{"bids", report.bids.size()},
                  {"bids_with_findings", report.bids_with_findings()},
                  {"errors", report.count(Severity::error)},
                  {"warnings", report.count(Severity::warning)},
                  {"checks", checks}};
  j["bids"] = bids_json(report);
  return j;
}

std::string render_rates_json(const RateReport& report) { return rates_json(report).dump(2) + "\n"; }

std::string render_surplus_json(const RateReport& report) {
  Json j;
  j["basis"] = basis_json(report);
  j["bids"] = bids_json(report);
  return j.dump(2) + "\n";
}

}  // namespace tk
