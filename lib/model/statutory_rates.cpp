#include "model/statutory_rates.hpp"

#include <fmt/format.h>

#include <chrono>

namespace tk {

const std::vector<RateTableSpec>& statutory_table_specs() {
  static const std::vector<RateTableSpec> specs = {
      {"llw", "statutory/llw.csv", "announced", {{"llw"}}},
      {"nlw", "statutory/nlw.csv", "from", {{"nlw"}}},
      {"employer-ni", "statutory/employer-ni.csv", "from", {{"ni_rate"}, {"ni_secondary_threshold"}}},
      {"pension",
       "statutory/pension.csv",
       "from",
       {{"pension_rate"}, {"pension_band_lower"}, {"pension_band_upper"}, {"pension_trigger"}}},
      {"ssp",
       "statutory/ssp.csv",
       "from",
       {{"ssp_weekly"}, {"ssp_waiting_days"}, {"ssp_earnings_percent", true}}},
      {"mileage", "statutory/mileage.csv", "from", {{"pence_per_mile"}}},
  };
  return specs;
}

bool RateRow::is_confirmed(std::string_view column) const {
  if (confirmed) return true;
  if (unconfirmed.empty()) return false;
  for (const std::string& name : unconfirmed)
    if (name == column) return false;
  return true;
}

const RateRow* RateTable::in_force(Date on, int lag_months) const {
  const RateRow* found = nullptr;
  for (const RateRow& row : rows) {
    if (on < add_months(row.from, lag_months)) break;
    found = &row;
  }
  return found;
}

std::optional<std::size_t> RateTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < spec->columns.size(); ++i)
    if (spec->columns[i].name == name) return i;
  return std::nullopt;
}

const RateTable* StatutoryRates::table_for(std::string_view name) const {
  for (const RateTable& t : tables_)
    if (t.column(name)) return &t;
  return nullptr;
}

std::optional<StatutoryFigure> StatutoryRates::figure(std::string_view name, Date on, int lag_months) const {
  const RateTable* table = table_for(name);
  if (!table) return std::nullopt;
  const RateRow* row = table->in_force(on, lag_months);
  if (!row) return std::nullopt;
  const std::optional<Rational>& value = row->figures[*table->column(name)];
  if (!value) return std::nullopt;
  StatutoryFigure f;
  f.name = std::string(name);
  f.value = *value;
  f.confirmed = row->is_confirmed(name);
  f.from = row->from;
  f.source = row->source;
  f.origin = fmt::format("{} row {} {}", table->spec->file, table->spec->date_column, row->from.str());
  f.note = row->note;
  f.where = row->where;
  return f;
}

Date add_months(Date d, int months) {
  using namespace std::chrono;
  year_month ym = year(d.year()) / month(d.month()) + std::chrono::months(months);
  unsigned month_end = static_cast<unsigned>((ym / last).day());
  unsigned day = d.day() < month_end ? d.day() : month_end;
  return Date(static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()), day);
}

}  // namespace tk
