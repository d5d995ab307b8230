#include "write/ceiling_explanation.hpp"

#include <fmt/format.h>

#include "core/money.hpp"

namespace tk {

std::string ceiling_explanation(const CeilingReport& report, const std::vector<Basis>& bases,
                                const std::vector<DayType>& days) {
  std::string out = fmt::format("Working: {} ({}), statutory figures in force on {}\n", report.model.name,
                                report.model_file, report.resolved.on.str());
  out += "Values are exact; \"...\" marks one cut to 4 decimal places for display only.\n";
  for (const std::string& n : unconfirmed_notes(report.resolved)) out += "note: " + n + "\n";
  for (const Basis& basis : bases) {
    const BasisCeilings& b = report.result.basis(basis);
    for (DayType day : days) {
      const DayCost& d = day == DayType::standard ? b.standard : b.bank_holiday;
      out += fmt::format("\n{}, {}\n", basis_title(basis),
                         day == DayType::standard ? "standard day" : "bank holiday");
      for (const WorkingLine& l : d.working) {
        std::string value = decimal_text(l.value);
        if (l.per_contact_hour) value += fmt::format("  (£{} to the penny)", format_money(l.value));
        out += fmt::format("  {:<13}{}\n", l.symbol, l.label);
        std::string indent(15, ' ');
        out += indent + "= " + l.formula + "\n";
        if (l.substituted != l.formula && l.substituted != decimal_text(l.value))
          out += indent + "= " + l.substituted + "\n";
        out += indent + "= " + value + "\n";
      }
    }
  }
  return out;
}

}  // namespace tk
