#include "cost/tender_ceilings.hpp"

#include <filesystem>

#include "cost/cost_model.hpp"
#include "read/statutory_tables.hpp"
#include "read/tender_loader.hpp"

namespace tk {

namespace {
Money pence(const Rational& pounds) {
  return Money::from_pence(round_scaled(pounds, 2, Rounding::half_away_from_zero));
}
}  // namespace

std::vector<Ceiling> ceilings_from(const CeilingResult& result, const Location& where) {
  std::vector<Ceiling> out;
  for (const BasisCeilings& b : result.bases) {
    Ceiling c;
    c.basis = b.basis;
    c.standard = pence(b.standard.ceiling);
    c.bank_holiday = pence(b.bank_holiday.ceiling);
    c.cost_floor = pence(b.standard.cost_floor);
    c.bank_holiday_cost_floor = pence(b.bank_holiday.cost_floor);
    c.where = where;
    out.push_back(c);
  }
  return out;
}

std::vector<Ceiling> ceilings_from_model_file(const std::string& path, std::optional<Date> on) {
  CostModel model = read_cost_model(path);
  StatutoryRates rates = load_statutory_tables();
  ResolvedModel resolved = resolve_model(model, rates, on.value_or(model.on));
  return ceilings_from(compute_ceilings(resolved.inputs), Location{path});
}

void resolve_ceilings(Tender& tender) {
  if (!tender.ceiling_model) return;
  tender.ceilings =
      ceilings_from_model_file((std::filesystem::path(tender.dir) / *tender.ceiling_model).string());
}

Tender load_tender_with_ceilings(const std::string& dir) {
  Tender tender = load_tender(dir);
  resolve_ceilings(tender);
  return tender;
}

}  // namespace tk
