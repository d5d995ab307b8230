#include "cost/ceiling_compare.hpp"

#include <doctest/doctest.h>

#include "shipped_data.hpp"

using tk::Rational;

TEST_CASE("comparing two dates shows every line and the statutory figures that changed") {
  tk::CostModel model = tk::read_cost_model(tk::test::source_path("data/cost-models/london-2026.toml"));
  tk::StatutoryRates rates = tk::test::shipped_rates();
  tk::ResolvedModel before = tk::resolve_model(model, rates, *tk::Date::parse("2025-11-01"));
  tk::ResolvedModel after = tk::resolve_model(model, rates, *tk::Date::parse("2026-04-06"));
  tk::CeilingResult a = tk::compute_ceilings(before.inputs), b = tk::compute_ceilings(after.inputs);
  tk::CeilingComparison c = tk::compare_ceilings(before, a, after, b);
  CHECK(c.before.str() == "2025-11-01");
  REQUIRE(c.bases.size() == 4);
  const tk::ComparedBasis& nlw = c.bases[3];
  REQUIRE(nlw.lines.size() == 14);
  CHECK(nlw.lines[0].name == "contact_pay");
  CHECK(nlw.lines[0].before == Rational(1221, 100));
  CHECK(nlw.lines[0].after == Rational(1271, 100));
  CHECK(nlw.lines[0].change == Rational(50, 100));
  CHECK(nlw.lines[10].name == "standard");
  CHECK(nlw.lines[10].change == b.bases[3].standard.ceiling - a.bases[3].standard.ceiling);
  std::vector<std::string> changed;
  for (const auto& f : c.changed) changed.push_back(f.name);
  // LLW 14.80 on both dates; NI and pension unchanged; NLW, SSP and mileage changed.
  CHECK(changed == std::vector<std::string>{"nlw", "ssp_weekly", "ssp_waiting_days", "ssp_earnings_percent",
                                            "pence_per_mile"});  // in the order of [statutory]
  CHECK_FALSE(c.changed[3].before);
  CHECK(c.changed[3].after->value == 80);
}
