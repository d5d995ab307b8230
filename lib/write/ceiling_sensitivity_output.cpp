#include "write/ceiling_sensitivity_output.hpp"

#include <fmt/format.h>


#include "core/money.hpp"
#include "write/csv.hpp"
#include "write/json.hpp"
#include "write/markdown.hpp"
#include "write/text_grid.hpp"

namespace tk {

namespace {

std::string money_or_na(const std::optional<Rational>& v) { return v ? format_money(*v) : "n/a"; }

std::string day_name(DayType d) { return d == DayType::standard ? "standard" : "bank holiday"; }

std::string text(const SensitivityReport& r, bool markdown) {
  const Sensitivity& s = r.sensitivity;
  std::string step = decimal_text(s.step_percent);
  // A line of text from the inputs (the model's name and file, a note), escaped for Markdown.
  auto line = [&](const std::string& text) {
    return markdown ? markdown_escape(text, MarkdownPlace::line_start) : text;
  };
  std::string out = fmt::format("{}{}\n", markdown ? "# " : "",
                                line(fmt::format("Sensitivity: {} ({}), statutory figures in force on {}", r.model.name,
                                                 r.model_file, r.resolved.on.str())));
  out += fmt::format("{}{} ceiling, {}: {}; each input moved by -{}% and +{}% on its own\n",
                     markdown ? "\n" : "", day_name(s.day), basis_title(s.basis), format_money(s.ceiling),
                     step, step);
  TextGrid g;
  g.header = {{"input", "value", "-" + step + "%", "+" + step + "%", "ceiling at -" + step + "%",
               "ceiling at +" + step + "%", "impact"}};
  for (const SensitivityRow& row : s.rows)
    g.rows.push_back({row.name, input_text(row.name, row.value), decimal_text(row.low_value),
                      decimal_text(row.high_value), money_or_na(row.ceiling_low),
                      money_or_na(row.ceiling_high), format_money(row.impact)});
  out += fmt::format("\n{}", markdown ? render_markdown(g) : render_text(g));
  std::vector<std::string> notes = unconfirmed_notes(r.resolved);
  if (markdown && !notes.empty()) out += "\n## Notes\n\n";
  for (const std::string& n : notes) out += (markdown ? "- " : "note: ") + line(n) + "\n";
  return out;
}

std::string csv(const SensitivityReport& r) {
  std::string out =
      csv_record({"input", "value", "low_value", "high_value", "ceiling_low", "ceiling_high", "impact"});
  for (const SensitivityRow& row : r.sensitivity.rows)
    out += csv_record({row.name, input_text(row.name, row.value), decimal_text(row.low_value),
                       decimal_text(row.high_value), money_or_na(row.ceiling_low),
                       money_or_na(row.ceiling_high), format_money(row.impact)});
  return out;
}

std::string json(const SensitivityReport& r) {
  const Sensitivity& s = r.sensitivity;
  Json out = Json::object();
  out["model"] = r.model.name;
  out["file"] = r.model_file;
  out["on"] = r.resolved.on.str();
  out["llw"] = std::string(to_string(s.basis.llw));
  out["travel"] = std::string(to_string(s.basis.travel));
  out["day"] = std::string(to_string(s.day));
  out["step_percent"] = decimal_text(s.step_percent);
  out["ceiling"] = format_money(s.ceiling);
  Json rows = Json::array();
  for (const SensitivityRow& row : s.rows) {
    Json j = Json::object();
    j["input"] = row.name;
    j["value"] = decimal_text(row.value);
    j["low_value"] = decimal_text(row.low_value);
    j["high_value"] = decimal_text(row.high_value);
    j["ceiling_low"] = row.ceiling_low ? Json(format_money(*row.ceiling_low)) : Json(nullptr);
    j["ceiling_high"] = row.ceiling_high ? Json(format_money(*row.ceiling_high)) : Json(nullptr);
    j["impact"] = format_money(row.impact);
    rows.push_back(std::move(j));
  }
  out["inputs"] = std::move(rows);
  out["notes"] = unconfirmed_notes(r.resolved);
  return out.dump(2) + "\n";
}

}  // namespace

std::string sensitivity_report(const SensitivityReport& report, std::string_view format) {
  if (format == "csv") return csv(report);
  if (format == "json") return json(report);
  return text(report, format == "md");
}

}  // namespace tk
