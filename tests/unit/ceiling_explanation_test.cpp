#include "write/ceiling_explanation.hpp"

#include <doctest/doctest.h>

#include "core/money.hpp"
#include "shipped_data.hpp"

namespace {

struct Hca {
  tk::CostModel model;
  tk::ResolvedModel resolved;
  tk::CeilingResult result;
};

Hca homecare_association() {
  Hca h{
      tk::read_cost_model(tk::test::source_path("data/cost-models/homecare-association-2020.toml")), {}, {}};
  h.resolved = tk::resolve_model(h.model, tk::test::shipped_rates(), h.model.on);
  h.result = tk::compute_ceilings(h.resolved.inputs);
  return h;
}

const tk::Basis kBasis{tk::Llw::exclusive, tk::Travel::inclusive};

std::string between(const std::string& text, const std::string& begin, const std::string& end) {
  auto b = text.find(begin);
  auto e = text.find(end);
  REQUIRE(b != std::string::npos);
  REQUIRE(e != std::string::npos);
  b += begin.size();
  return text.substr(b, e - b);
}

}  // namespace

TEST_CASE("docs/ceiling-model.md shows exactly the working tenderkit prints for its worked example") {
  Hca h = homecare_association();
  tk::CeilingReport report{h.model, h.resolved, h.result, "homecare-association-2020.toml"};
  std::string working = tk::ceiling_explanation(report, {kBasis}, {tk::DayType::standard});
  std::string doc = tk::test::read_source_file("docs/ceiling-model.md");
  CHECK(between(doc, "<!-- worked-example:begin -->\n", "<!-- worked-example:end -->") ==
        "```\n" + working + "```\n");
}

TEST_CASE("docs/ceiling-model.md groups the lines into the published breakdown with the right numbers") {
  Hca h = homecare_association();
  const tk::CostLines& l = h.result.basis(kBasis).standard.per_hour;
  auto t = [](const tk::Rational& v) { return tk::decimal_text(v); };
  auto p = [](const tk::Rational& v) { return tk::format_money(v); };
  std::vector<std::string> rows = {
      "| careworkers' contact time | 8.72 | contact_pay | " + t(l.contact_pay) + " | " + p(l.contact_pay) +
          " |",
      "| careworkers' travel time | 1.70 | travel_pay | " + t(l.travel_pay) + " | " + p(l.travel_pay) + " |",
      "| employer NI and pension | 1.14 | employer_ni + pension = " + t(l.employer_ni) + " + " +
          t(l.pension) + " | " + t(l.employer_ni + l.pension) + " | " + p(l.employer_ni + l.pension) + " |",
      "| other wage on-costs | 1.97 | holiday_pay + training_pay + sick_pay = " + t(l.holiday_pay) + " + " +
          t(l.training_pay) + " + " + t(l.sick_pay) + " | " + t(l.holiday_pay + l.training_pay + l.sick_pay) +
          " | " + p(l.holiday_pay + l.training_pay + l.sick_pay) + " |",
      "| careworkers' mileage | 1.36 | mileage | " + t(l.mileage) + " | " + p(l.mileage) + " |",
      "| running the business | 5.20 | overheads | " + t(l.overheads) + " | " + p(l.overheads) + " |",
      "| surplus | 0.60 | surplus | " + t(l.surplus) + " | " + p(l.surplus) + " |",
      "| total | 20.69 | total (the ceiling) | " + t(l.total) + " | " + p(l.total) + " |",
  };
  std::string table = between(tk::test::read_source_file("docs/ceiling-model.md"),
                              "<!-- grouping:begin -->\n", "<!-- grouping:end -->");
  for (const std::string& row : rows) {
    CAPTURE(row);
    CHECK(table.find(row + "\n") != std::string::npos);
    // The published figure (second cell) equals tenderkit's figure to pence (last cell).
    std::string published = row.substr(row.find(" | ") + 3);
    published = published.substr(0, published.find(' '));
    CHECK(row.substr(row.rfind("| ", row.size() - 3) + 2, published.size()) == published);
  }
}

TEST_CASE("the working shows every line for each chosen basis and day type") {
  Hca h = homecare_association();
  tk::CeilingReport report{h.model, h.resolved, h.result, "m.toml"};
  std::string all =
      tk::ceiling_explanation(report, tk::all_bases(), {tk::DayType::standard, tk::DayType::bank_holiday});
  CHECK(all.find("LLW inclusive, travel inclusive, standard day\n") != std::string::npos);
  CHECK(all.find("LLW exclusive, travel exclusive, bank holiday\n") != std::string::npos);
  CHECK(all.find("= nlw * bank_holiday_pay_multiplier\n") != std::string::npos);
  CHECK(all.find("= 1 (travel exclusive: travel time unpaid)\n") != std::string::npos);
  CHECK(all.find("note: pension_band_lower 6240") != std::string::npos);
}
