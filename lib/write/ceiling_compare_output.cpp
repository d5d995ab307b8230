#include "write/ceiling_compare_output.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/money.hpp"
#include "write/csv.hpp"
#include "write/json.hpp"
#include "write/markdown.hpp"
#include "write/text_grid.hpp"

namespace tk {

namespace {

// The change between the two amounts as shown (each to pence), so that the columns add up.
std::string shown_change(const ComparedLine& l) {
  BigInt pence = round_scaled(l.after, 2, Rounding::half_away_from_zero) -
                 round_scaled(l.before, 2, Rounding::half_away_from_zero);
  std::string s = Money::from_pence(pence).str();
  return pence > 0 ? "+" + s : s;
}

std::string line_label(const std::string& name) {
  if (name == "standard") return "ceiling, standard";
  if (name == "bank_holiday") return "ceiling, bank holiday";
  if (name == "cost_floor") return "cost floor, standard";
  if (name == "bank_holiday_cost_floor") return "cost floor, bank holiday";
  return cost_line_label(name);
}

std::string figure_text(const std::optional<StatutoryFigure>& f) {
  return f ? input_text(f->name, f->value) : "-";
}

TextGrid basis_grid(const ComparedBasis& b, const CeilingComparison& c) {
  TextGrid g;
  g.header = {{basis_title(b.basis), c.before.str(), c.after.str(), "change"}};
  for (const ComparedLine& l : b.lines)
    g.rows.push_back({line_label(l.name), format_money(l.before), format_money(l.after), shown_change(l)});
  return g;
}

TextGrid figures_grid(const CeilingComparison& c) {
  TextGrid g;
  g.header = {{"figure", c.before.str(), c.after.str(), "from (" + c.after.str() + ")"}};
  g.left_aligned = {true, false, false, true};
  for (const ChangedFigure& f : c.changed)
    g.rows.push_back(
        {f.name, figure_text(f.before), figure_text(f.after), f.after ? f.after->origin : "not used"});
  return g;
}

std::vector<std::string> notes(const ComparisonReport& r) {
  std::vector<std::string> out;
  for (const ResolvedModel* m : {&r.before, &r.after})
    for (const std::string& n : unconfirmed_notes(*m))
      if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
  return out;
}

std::string title(const ComparisonReport& r) {
  return fmt::format("Ceiling rates: {} ({}), statutory figures on {} compared with {}", r.model.name,
                     r.model_file, r.comparison.before.str(), r.comparison.after.str());
}

std::string text(const ComparisonReport& r, bool markdown) {
  const CeilingComparison& c = r.comparison;
  auto render = [&](const TextGrid& g) { return markdown ? render_markdown(g) : render_text(g); };
  // A line of text from the inputs (the model's name and file, a note), escaped for Markdown.
  auto line = [&](const std::string& text) {
    return markdown ? markdown_escape(text, MarkdownPlace::line_start) : text;
  };
  std::string out = (markdown ? "# " : "") + line(title(r)) + "\n";
  for (const ComparedBasis& b : c.bases) out += fmt::format("\n{}", render(basis_grid(b, c)));
  out += markdown ? "\n## Statutory figures that changed\n\n" : "\nStatutory figures that changed\n";
  out += c.changed.empty() ? std::string("none\n") : render(figures_grid(c));
  std::vector<std::string> ns = notes(r);
  if (markdown && !ns.empty()) out += "\n## Notes\n\n";
  for (const std::string& n : ns) out += (markdown ? "- " : "note: ") + line(n) + "\n";
  return out;
}

std::string csv(const ComparisonReport& r) {
  const CeilingComparison& c = r.comparison;
  std::string out = csv_record({"section", "llw", "travel", "line", "before", "after", "change"});
  for (const ComparedBasis& b : c.bases)
    for (const ComparedLine& l : b.lines)
      out += csv_record({"cost", std::string(to_string(b.basis.llw)), std::string(to_string(b.basis.travel)),
                         l.name, format_money(l.before), format_money(l.after), shown_change(l)});
  for (const ChangedFigure& f : c.changed) {
    std::string change = f.before && f.after ? input_text(f.name, f.after->value - f.before->value) : "";
    out += csv_record({"statutory", "", "", f.name, f.before ? input_text(f.name, f.before->value) : "",
                       f.after ? input_text(f.name, f.after->value) : "", change});
  }
  return out;
}

Json figure_json(const std::optional<StatutoryFigure>& f) {
  if (!f) return Json(nullptr);
  Json j = Json::object();
  j["value"] = input_text(f->name, f->value);
  j["confirmed"] = f->confirmed;
  j["origin"] = f->origin;
  return j;
}

std::string json(const ComparisonReport& r) {
  const CeilingComparison& c = r.comparison;
  Json out = Json::object();
  out["model"] = r.model.name;
  out["file"] = r.model_file;
  out["before"] = c.before.str();
  out["after"] = c.after.str();
  Json bases = Json::array();
  for (const ComparedBasis& b : c.bases) {
    Json jb = Json::object();
    jb["llw"] = std::string(to_string(b.basis.llw));
    jb["travel"] = std::string(to_string(b.basis.travel));
    Json lines = Json::array();
    for (const ComparedLine& l : b.lines) {
      Json jl = Json::object();
      jl["line"] = l.name;
      jl["before"] = format_money(l.before);
      jl["after"] = format_money(l.after);
      jl["change"] = shown_change(l);
      lines.push_back(std::move(jl));
    }
    jb["lines"] = std::move(lines);
    bases.push_back(std::move(jb));
  }
  out["bases"] = std::move(bases);
  Json changed = Json::array();
  for (const ChangedFigure& f : c.changed) {
    Json jf = Json::object();
    jf["name"] = f.name;
    jf["before"] = figure_json(f.before);
    jf["after"] = figure_json(f.after);
    changed.push_back(std::move(jf));
  }
  out["changed_statutory"] = std::move(changed);
  out["notes"] = notes(r);
  return out.dump(2) + "\n";
}

}  // namespace

std::string comparison_report(const ComparisonReport& report, std::string_view format) {
  if (format == "csv") return csv(report);
  if (format == "json") return json(report);
  return text(report, format == "md");
}

}  // namespace tk
