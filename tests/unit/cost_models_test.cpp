// The shipped cost models in data/cost-models/.
#include <doctest/doctest.h>

#include "core/money.hpp"
#include "cost/ceiling_model.hpp"
#include "shipped_data.hpp"

namespace {

tk::CeilingResult computed(const std::string& name, tk::ResolvedModel* resolved_out = nullptr) {
  tk::CostModel m = tk::read_cost_model(tk::test::source_path("data/cost-models/" + name + ".toml"));
  tk::ResolvedModel resolved = tk::resolve_model(m, tk::test::shipped_rates(), m.on);
  if (resolved_out) *resolved_out = resolved;
  return tk::compute_ceilings(resolved.inputs);
}

}  // namespace

TEST_CASE("the Homecare Association 2020-21 Minimum Price is reproduced to the penny") {
  // Published breakdown at NLW £8.72 (statutory-rates.md): contact 8.72, travel 1.70,
  // employer NI and pension 1.14, other wage on-costs (holiday, training, sick pay) 1.97,
  // mileage 1.36, running the business 5.20, surplus 0.60, total 20.69.
  tk::ResolvedModel resolved;
  tk::CeilingResult result = computed("homecare-association-2020", &resolved);
  CHECK(tk::format_money(resolved.inputs.nlw) == "8.72");
  const tk::CostLines& l = result.basis({tk::Llw::exclusive, tk::Travel::inclusive}).standard.per_hour;
  CHECK(tk::format_money(l.contact_pay) == "8.72");
  CHECK(tk::format_money(l.travel_pay) == "1.70");
  CHECK(tk::format_money(l.employer_ni + l.pension) == "1.14");
  CHECK(tk::format_money(l.holiday_pay + l.training_pay + l.sick_pay) == "1.97");
  CHECK(tk::format_money(l.mileage) == "1.36");
  CHECK(tk::format_money(l.overheads) == "5.20");
  CHECK(tk::format_money(l.surplus) == "0.60");
  CHECK(tk::format_money(l.total) == "20.69");
}

TEST_CASE("the London 2026 model uses the April 2026 sick pay rules") {
  tk::ResolvedModel resolved;
  tk::CeilingResult result = computed("london-2026", &resolved);
  CHECK(resolved.inputs.llw == tk::Rational(1480, 100));
  CHECK(resolved.inputs.nlw == tk::Rational(1271, 100));
  CHECK(resolved.inputs.ssp_waiting_days == 0);
  CHECK(resolved.inputs.ssp_earnings_cap);
  CHECK_FALSE(resolved.unconfirmed().empty());
  // Every ceiling is above its cost floor, and the bank-holiday rate above the standard.
  for (const auto& b : result.bases) {
    CHECK(b.standard.ceiling > b.standard.cost_floor);
    CHECK(b.bank_holiday.ceiling > b.standard.ceiling);
  }
}

TEST_CASE("the Lewisham 2015 model pays the LLW in force on 1 November 2015") {
  tk::ResolvedModel resolved;
  tk::CeilingResult result = computed("lewisham-2015", &resolved);
  CHECK(resolved.inputs.llw == tk::Rational(915, 100));
  CHECK(resolved.inputs.nlw == tk::Rational(670, 100));
  CHECK(resolved.inputs.sick_pay == tk::SickPay::occupational);
  CHECK(result.bases[0].standard.per_hour.travel_pay > 0);
  CHECK(result.bases[0].standard.per_hour.training_pay > 0);
}
