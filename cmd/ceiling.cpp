// tenderkit ceiling: ceiling rates, cost floors and the cost of a contact hour from a cost model.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "command.hpp"
#include "console.hpp"
#include "core/error.hpp"
#include "cost/ceiling_compare.hpp"
#include "cost/ceiling_inputs.hpp"
#include "cost/ceiling_model.hpp"
#include "cost/ceiling_sensitivity.hpp"
#include "cost/cost_model.hpp"
#include "read/statutory_tables.hpp"
#include "write/atomic_file.hpp"
#include "write/ceiling_compare_output.hpp"
#include "write/ceiling_explanation.hpp"
#include "write/ceiling_output.hpp"
#include "write/ceiling_sensitivity_output.hpp"

namespace tk::cmd {

struct CeilingOptions {
  std::string model;
  std::string on;  // empty: the model's `on`
  std::string format = "table";
  std::string output;  // empty: stdout
  bool write = false;
  std::string compare;  // another date
  bool sensitivity = false;
  std::string step = "10";
  bool explain = false;
  std::string llw;  // for --sensitivity and --explain
  std::string travel;
  std::string day;
};

namespace {

[[noreturn]] void usage(const std::string& message) { throw Error(ExitCode::usage, Location{}, message); }

Date date_option(const std::string& name, const std::string& text) {
  if (auto d = Date::parse(text)) return *d;
  usage(fmt::format("{} is \"{}\"; expected a date such as 2025-11-01", name, text));
}

void warn(const std::vector<std::string>& notes) {
  for (const std::string& n : notes) print_warning(n);
}

std::vector<Basis> chosen_bases(const CeilingOptions& o) {
  std::vector<Basis> out;
  for (const Basis& b : all_bases()) {
    if (!o.llw.empty() && to_string(b.llw) != o.llw) continue;
    if (!o.travel.empty() && to_string(b.travel) != o.travel) continue;
    out.push_back(b);
  }
  return out;
}

std::vector<DayType> chosen_days(const CeilingOptions& o) {
  if (o.day.empty()) return {DayType::standard, DayType::bank_holiday};
  return {*parse_day_type(o.day)};
}

}  // namespace

int run_ceiling(const CeilingOptions& o) {
  const int modes = int(o.write) + int(!o.compare.empty()) + int(o.sensitivity) + int(o.explain);
  if (modes > 1) usage("choose one of --write, --compare, --sensitivity and --explain");
  if ((!o.llw.empty() || !o.travel.empty() || !o.day.empty()) && !o.sensitivity && !o.explain)
    usage("--llw, --travel and --day choose what --sensitivity and --explain show");
  if (o.format != "table" && (o.write || o.explain))
    usage("--write and --explain print text; leave out --format");

  CostModel model = read_cost_model(o.model);
  StatutoryRates rates = load_statutory_tables();
  Date on = o.on.empty() ? model.on : date_option("--on", o.on);
  ResolvedModel resolved = resolve_model(model, rates, on);
  CeilingResult result = compute_ceilings(resolved.inputs);
  CeilingReport report{model, resolved, result, file_name_only(o.model)};
  const bool quiet_notes = (o.format == "table" || o.format == "md") && o.output.empty();

  std::string content;
  std::vector<std::string> notes = unconfirmed_notes(resolved);
  if (o.write) {
    content = ceiling_toml(report);
  } else if (o.explain) {
    content = ceiling_explanation(report, chosen_bases(o), chosen_days(o));
  } else if (!o.compare.empty()) {
    ResolvedModel other = resolve_model(model, rates, date_option("--compare", o.compare));
    CeilingResult other_result = compute_ceilings(other.inputs);
    // Earlier date first, so that a change is what happened over time.
    const bool other_first = other.on < resolved.on;
    const ResolvedModel& before = other_first ? other : resolved;
    const ResolvedModel& after = other_first ? resolved : other;
    CeilingComparison comparison = other_first ? compare_ceilings(other, other_result, resolved, result)
                                               : compare_ceilings(resolved, result, other, other_result);
    content = comparison_report({model, before, after, comparison, report.model_file}, o.format);
    for (const std::string& n : unconfirmed_notes(other))
      if (std::find(notes.begin(), notes.end(), n) == notes.end()) notes.push_back(n);
  } else if (o.sensitivity) {
    Parsed<Rational> step = parse_decimal(o.step);
    if (!step || !(*step.value > 0 && *step.value < 100))
      usage(fmt::format("--step is \"{}\"; expected a percentage more than 0 and less than 100", o.step));
    Basis basis;  // LLW inclusive, travel inclusive unless chosen
    if (!o.llw.empty()) basis.llw = *parse_llw(o.llw);
    if (!o.travel.empty()) basis.travel = *parse_travel(o.travel);
    DayType day = o.day.empty() ? DayType::standard : *parse_day_type(o.day);
    Sensitivity s = ceiling_sensitivity(resolved.inputs, basis, day, *step.value);
    content = sensitivity_report({model, resolved, s, report.model_file}, o.format);
  } else {
    content = ceiling_report(report, o.format);
  }
  write_output(o.output, content);
  if (!quiet_notes) warn(notes);
  return 0;
}

void setup_ceiling(CLI::App& app, Runner& runner) {
  auto opts = std::make_shared<CeilingOptions>();
  CLI::App* sub = app.add_subcommand(
      "ceiling", "Compute ceiling rates, cost floors and the cost of a contact hour from a cost model");
  sub->footer(
      "Examples:\n"
      "  tenderkit ceiling --model data/cost-models/london-2026.toml\n"
      "  tenderkit ceiling --model model.toml --on 2026-05-01 --format json -o ceiling.json\n"
      "  tenderkit ceiling --model model.toml --write >> tender.toml\n"
      "  tenderkit ceiling --model model.toml --compare 2026-05-01\n"
      "  tenderkit ceiling --model model.toml --sensitivity --step 5 --llw exclusive\n"
      "  tenderkit ceiling --model model.toml --explain --llw inclusive --travel inclusive --day standard");
  sub->add_option("--model", opts->model, "Cost model TOML file (docs/ceiling-model.md)")
      ->required()
      ->type_name("FILE");
  sub->add_option("--on", opts->on,
                  "Use the statutory figures in force on this date (default: the model's `on`)")
      ->type_name("DATE");
  sub->add_option("--format", opts->format, "Output format")
      ->check(CLI::IsMember({"table", "csv", "json", "md"}));
  sub->add_option("-o,--output", opts->output, "Write to FILE atomically instead of standard output")
      ->type_name("FILE");
  sub->add_flag("--write", opts->write, "Print the four [[ceiling]] tables to paste into tender.toml");
  sub->add_option("--compare", opts->compare,
                  "Show the model on this date and on --on (or the model's date) side by side, earlier first")
      ->type_name("DATE");
  CLI::Option* sensitivity = sub->add_flag(
      "--sensitivity", opts->sensitivity,
      "Show how the ceiling moves when each input moves by -step% and +step% (a tornado table)");
  sub->add_option("--step", opts->step, "Step for --sensitivity, in percent (default 10)")
      ->needs(sensitivity)
      ->type_name("PCT");
  sub->add_flag("--explain", opts->explain, "Print every formula with its numbers");
  sub->add_option("--llw", opts->llw, "Basis for --sensitivity and --explain")
      ->check(CLI::IsMember({"inclusive", "exclusive"}));
  sub->add_option("--travel", opts->travel, "Basis for --sensitivity and --explain")
      ->check(CLI::IsMember({"inclusive", "exclusive"}));
  sub->add_option("--day", opts->day, "Day type for --sensitivity and --explain")
      ->check(CLI::IsMember({"standard", "bank_holiday"}));
  sub->callback([opts, &runner] { runner = [opts] { return run_ceiling(*opts); }; });
}

}  // namespace tk::cmd
