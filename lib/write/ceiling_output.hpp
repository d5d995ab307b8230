#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cost/ceiling_inputs.hpp"
#include "cost/ceiling_model.hpp"
#include "cost/cost_model.hpp"

namespace tk {

// The ceiling output of `tenderkit ceiling` (contract section 5): ceilings and cost floors
// for the four bases, the cost of a contact hour line by line for both day types, the
// assumptions and the statutory figures with where they came from. Money is shown to pence,
// half away from zero; nothing else is rounded.
struct CeilingReport {
  const CostModel& model;
  const ResolvedModel& resolved;
  const CeilingResult& result;
  std::string model_file;  // as shown: the file name without its directories
};

// Dispatches on `format`: table (the default), csv, json or md.
std::string ceiling_report(const CeilingReport& report, std::string_view format);

std::string ceiling_table(const CeilingReport& report);
std::string ceiling_markdown(const CeilingReport& report);
// One record per basis and day type: llw,travel,day, the cost lines, cost_floor, ceiling.
std::string ceiling_csv(const CeilingReport& report);
// Contract section 7 `ceiling`, plus the bank-holiday components, the assumptions and the
// statutory figures (with `confirmed`), `unconfirmed` and `notes`.
std::string ceiling_json(const CeilingReport& report);
// The four [[ceiling]] tables to paste into tender.toml, money to pence.
std::string ceiling_toml(const CeilingReport& report);

// Shared by the ceiling writers.
std::string basis_title(Basis basis);                 // "LLW inclusive, travel inclusive"
std::string cost_line_label(std::string_view name);   // "contact_pay" -> "contact pay"
std::string file_name_only(const std::string& path);  // "data/x/model.toml" -> "model.toml"
// Every assumption of the cost model, in its order, with its value as written and a note
// ("HMRC rate from statutory/mileage.csv" when pence_per_mile came from the table).
struct AssumptionText {
  std::string name;
  std::string value;
  std::string note;
};
std::vector<AssumptionText> assumption_list(const CeilingReport& report);

}  // namespace tk
