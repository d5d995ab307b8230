#include "cost/ceiling_compare.hpp"

namespace tk {

namespace {

std::vector<std::pair<std::string, Rational>> lines_of(const BasisCeilings& b) {
  std::vector<std::pair<std::string, Rational>> out;
  for (const CostLineName& l : cost_line_names())
    if (std::string_view(l.name) != "total") out.emplace_back(l.name, b.standard.per_hour.*l.member);
  out.emplace_back("standard", b.standard.ceiling);
  out.emplace_back("bank_holiday", b.bank_holiday.ceiling);
  out.emplace_back("cost_floor", b.standard.cost_floor);
  out.emplace_back("bank_holiday_cost_floor", b.bank_holiday.cost_floor);
  return out;
}

std::optional<StatutoryFigure> find(const ResolvedModel& m, const std::string& name) {
  if (const StatutoryFigure* f = m.figure(name)) return *f;
  return std::nullopt;
}

}  // namespace

CeilingComparison compare_ceilings(const ResolvedModel& before, const CeilingResult& before_result,
                                   const ResolvedModel& after, const CeilingResult& after_result) {
  CeilingComparison out;
  out.before = before.on;
  out.after = after.on;
  for (const BasisCeilings& b : before_result.bases) {
    ComparedBasis cb;
    cb.basis = b.basis;
    auto old_lines = lines_of(b);
    auto new_lines = lines_of(after_result.basis(b.basis));
    for (std::size_t i = 0; i < old_lines.size(); ++i)
      cb.lines.push_back({old_lines[i].first, old_lines[i].second, new_lines[i].second,
                          new_lines[i].second - old_lines[i].second});
    out.bases.push_back(std::move(cb));
  }
  std::vector<std::string> names;
  for (std::string_view n : statutory_figure_names()) names.emplace_back(n);
  names.emplace_back("pence_per_mile");
  for (const std::string& name : names) {
    std::optional<StatutoryFigure> a = find(before, name), b = find(after, name);
    if (!a && !b) continue;
    if (a && b && a->value == b->value) continue;
    out.changed.push_back({name, a, b});
  }
  return out;
}

}  // namespace tk
