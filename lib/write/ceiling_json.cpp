#include <nlohmann/json.hpp>

#include "core/money.hpp"
#include "write/ceiling_output.hpp"

namespace tk {

namespace {

using Json = nlohmann::ordered_json;

Json components(const DayCost& d) {
  Json out = Json::object();
  for (const CostLineName& l : cost_line_names())
    out[std::string(l.name)] = format_money(d.per_hour.*l.member);
  return out;
}

Json figure(const StatutoryFigure& f) {
  Json out = Json::object();
  out["name"] = f.name;
  out["value"] = input_text(f.name, f.value);
  out["confirmed"] = f.confirmed;
  out["overridden"] = f.overridden;
  out["from"] = f.from ? Json(f.from->str()) : Json(nullptr);
  out["origin"] = f.origin;
  out["source"] = f.source;
  return out;
}

}  // namespace

std::string ceiling_json(const CeilingReport& report) {
  Json out = Json::object();
  out["model"] = report.model.name;
  out["file"] = report.model_file;
  out["on"] = report.resolved.on.str();
  Json bases = Json::array();
  for (const BasisCeilings& b : report.result.bases) {
    Json j = Json::object();
    j["llw"] = std::string(to_string(b.basis.llw));
    j["travel"] = std::string(to_string(b.basis.travel));
    j["standard"] = format_money(b.standard.ceiling);
    j["bank_holiday"] = format_money(b.bank_holiday.ceiling);
    j["cost_floor"] = format_money(b.standard.cost_floor);
    j["bank_holiday_cost_floor"] = format_money(b.bank_holiday.cost_floor);
    j["components"] = components(b.standard);
    j["bank_holiday_components"] = components(b.bank_holiday);
    bases.push_back(std::move(j));
  }
  out["bases"] = std::move(bases);
  Json assumptions = Json::object();
  for (const AssumptionText& a : assumption_list(report)) assumptions[a.name] = a.value;
  out["assumptions"] = std::move(assumptions);
  Json statutory = Json::array();
  Json unconfirmed = Json::array();
  for (const StatutoryFigure& f : report.resolved.statutory) {
    statutory.push_back(figure(f));
    if (!f.confirmed) unconfirmed.push_back(f.name);
  }
  out["statutory"] = std::move(statutory);
  out["unconfirmed"] = std::move(unconfirmed);
  out["notes"] = unconfirmed_notes(report.resolved);
  return out.dump(2) + "\n";
}

}  // namespace tk
