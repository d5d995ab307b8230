#include "write/ceiling_output.hpp"

#include <fmt/format.h>

#include "core/money.hpp"
#include "write/csv.hpp"
#include "write/json.hpp"
#include "write/markdown.hpp"
#include "write/text_grid.hpp"

namespace tk {

namespace {

std::string short_llw(Basis b) { return b.llw == Llw::inclusive ? "LLW incl." : "LLW excl."; }
std::string short_travel(Basis b) { return b.travel == Travel::inclusive ? "travel incl." : "travel excl."; }

std::vector<std::vector<std::string>> basis_header(const CeilingResult& r, const std::string& first) {
  std::vector<std::string> top{""}, bottom{first};
  for (const BasisCeilings& b : r.bases) {
    top.push_back(short_llw(b.basis));
    bottom.push_back(short_travel(b.basis));
  }
  return {top, bottom};
}

TextGrid summary_grid(const CeilingResult& r) {
  TextGrid g;
  g.header = basis_header(r, "£ per contact hour");
  auto row = [&](std::string label, auto pick) {
    std::vector<std::string> cells{std::move(label)};
    for (const BasisCeilings& b : r.bases) cells.push_back(format_money(pick(b)));
    g.rows.push_back(std::move(cells));
  };
  row("ceiling, standard", [](const BasisCeilings& b) { return b.standard.ceiling; });
  row("ceiling, bank holiday", [](const BasisCeilings& b) { return b.bank_holiday.ceiling; });
  row("cost floor, standard", [](const BasisCeilings& b) { return b.standard.cost_floor; });
  row("cost floor, bank holiday", [](const BasisCeilings& b) { return b.bank_holiday.cost_floor; });
  return g;
}

TextGrid lines_grid(const CeilingResult& r, DayType day) {
  TextGrid g;
  g.header = basis_header(r, day == DayType::standard ? "standard day" : "bank holiday");
  for (const CostLineName& l : cost_line_names()) {
    std::vector<std::string> cells{cost_line_label(l.name)};
    for (const BasisCeilings& b : r.bases) {
      const DayCost& d = day == DayType::standard ? b.standard : b.bank_holiday;
      cells.push_back(format_money(d.per_hour.*l.member));
    }
    g.rows.push_back(std::move(cells));
  }
  return g;
}

TextGrid assumptions_grid(const CeilingReport& report) {
  TextGrid g;
  g.header = {{"assumption", "value", "note"}};
  g.left_aligned = {true, false, true};
  for (const AssumptionText& a : assumption_list(report)) g.rows.push_back({a.name, a.value, a.note});
  return g;
}

TextGrid statutory_grid(const CeilingReport& report, bool with_source) {
  TextGrid g;
  g.header = {{"figure", "value", "where from", "confirmed"}};
  if (with_source) g.header[0].push_back("source");
  g.left_aligned = {true, false, true, true, true};
  for (const StatutoryFigure& f : report.resolved.statutory) {
    std::vector<std::string> row{f.name, input_text(f.name, f.value), f.origin,
                                 f.overridden  ? "given"
                                 : f.confirmed ? "yes"
                                               : "NO"};
    if (with_source) row.push_back(f.source);
    g.rows.push_back(std::move(row));
  }
  return g;
}

std::string title(const CeilingReport& report) {
  return fmt::format("Ceiling rates: {} ({}), statutory figures in force on {}", report.model.name,
                     report.model_file, report.resolved.on.str());
}

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

std::string basis_title(Basis basis) {
  return fmt::format("LLW {}, travel {}", to_string(basis.llw), to_string(basis.travel));
}

std::string cost_line_label(std::string_view name) {
  if (name == "employer_ni") return "employer NI";
  std::string out(name);
  for (char& c : out)
    if (c == '_') c = ' ';
  return out;
}

std::string file_name_only(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::vector<AssumptionText> assumption_list(const CeilingReport& report) {
  const CeilingInputs& in = report.resolved.inputs;
  std::vector<AssumptionText> out;
  for (const InputField& f : input_fields(in)) {
    std::string name(f.name);
    bool from_table = name == "pence_per_mile" && !report.model.pence_per_mile;
    // Statutory figures are listed on their own.
    if (report.resolved.figure(name) && name != "pence_per_mile") continue;
    out.push_back(
        {name, input_text(name, in.*f.member), from_table ? "HMRC rate, see statutory figures" : ""});
    if (name == "sickness_days_per_year")
      out.push_back({"sick_pay", std::string(to_string(in.sick_pay)), ""});
  }
  out.push_back({"llw_lag_months", std::to_string(report.model.llw_lag_months), ""});
  return out;
}

std::string ceiling_report(const CeilingReport& report, std::string_view format) {
  if (format == "csv") return ceiling_csv(report);
  if (format == "json") return ceiling_json(report);
  if (format == "md") return ceiling_markdown(report);
  return ceiling_table(report);
}

std::string ceiling_table(const CeilingReport& report) {
  std::string out = title(report) + "\n\n";
  out += render_text(summary_grid(report.result)) + "\n";
  out += "Cost of a contact hour, £\n";
  out += render_text(lines_grid(report.result, DayType::standard)) + "\n";
  out += render_text(lines_grid(report.result, DayType::bank_holiday)) + "\n";
  out += "Assumptions\n" + render_text(assumptions_grid(report)) + "\n";
  out += "Statutory figures\n" + render_text(statutory_grid(report, false));
  for (const std::string& n : unconfirmed_notes(report.resolved)) out += "note: " + n + "\n";
  return out;
}

std::string ceiling_markdown(const CeilingReport& report) {
  std::string out = "# " + markdown_escape(title(report), MarkdownPlace::line_start) + "\n\n";
  if (!report.model.description.empty())
    out += markdown_escape(report.model.description, MarkdownPlace::line_start) + "\n\n";
  out += "## Ceilings and cost floors\n\n" + render_markdown(summary_grid(report.result));
  out += "\n## Cost of a contact hour, standard day (£)\n\n" +
         render_markdown(lines_grid(report.result, DayType::standard));
  out += "\n## Cost of a contact hour, bank holiday (£)\n\n" +
         render_markdown(lines_grid(report.result, DayType::bank_holiday));
  out += "\n## Assumptions\n\n" + render_markdown(assumptions_grid(report));
  out += "\n## Statutory figures\n\n" + render_markdown(statutory_grid(report, true));
  std::vector<std::string> notes = unconfirmed_notes(report.resolved);
  if (!notes.empty()) {
    out += "\n## Notes\n\n";
    for (const std::string& n : notes) out += "- " + markdown_escape(n, MarkdownPlace::line_start) + "\n";
  }
  return out;
}

std::string ceiling_csv(const CeilingReport& report) {
  std::vector<std::string> header{"llw", "travel", "day"};
  for (const CostLineName& l : cost_line_names())
    if (std::string_view(l.name) != "total") header.emplace_back(l.name);
  header.emplace_back("cost_floor");
  header.emplace_back("ceiling");
  std::string out = csv_record(header);
  for (const BasisCeilings& b : report.result.bases) {
    for (const DayCost* d : {&b.standard, &b.bank_holiday}) {
      std::vector<std::string> row{std::string(to_string(b.basis.llw)),
                                   std::string(to_string(b.basis.travel)), std::string(to_string(d->day))};
      for (const CostLineName& l : cost_line_names())
        if (std::string_view(l.name) != "total") row.push_back(format_money(d->per_hour.*l.member));
      row.push_back(format_money(d->cost_floor));
      row.push_back(format_money(d->ceiling));
      out += csv_record(row);
    }
  }
  return out;
}

std::string ceiling_toml(const CeilingReport& report) {
  std::string out = fmt::format(
      "# [[ceiling]] tables from the cost model \"{}\" ({}), statutory figures in force on {}.\n"
      "# Money is rounded to pence, half away from zero. Paste into tender.toml.\n",
      report.model.name, report.model_file, report.resolved.on.str());
  for (const std::string& n : unconfirmed_notes(report.resolved)) out += "# note: " + n + "\n";
  for (const BasisCeilings& b : report.result.bases) {
    out += fmt::format(
        "\n[[ceiling]]\nllw = \"{}\"\ntravel = \"{}\"\nstandard = \"{}\"\nbank_holiday = \"{}\"\n"
        "cost_floor = \"{}\"\nbank_holiday_cost_floor = \"{}\"\n",
        to_string(b.basis.llw), to_string(b.basis.travel), format_money(b.standard.ceiling),
        format_money(b.bank_holiday.ceiling), format_money(b.standard.cost_floor),
        format_money(b.bank_holiday.cost_floor));
  }
  return out;
}

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
