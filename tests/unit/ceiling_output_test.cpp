#include "write/ceiling_output.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "cost/ceiling_model.hpp"
#include "shipped_data.hpp"

using Json = nlohmann::json;

namespace {

struct Example {
  tk::CostModel model;
  tk::ResolvedModel resolved;
  tk::CeilingResult result;
};

Example spec_example() {
  Example e{tk::read_cost_model(tk::test::source_path("tests/data/spec-examples/model.toml")), {}, {}};
  e.resolved = tk::resolve_model(e.model, tk::test::shipped_rates(), e.model.on);
  e.result = tk::compute_ceilings(e.resolved.inputs);
  return e;
}

// Every value in `expected` is in `actual` at the same place (actual may hold more keys).
void check_contains(const Json& expected, const Json& actual, const std::string& path) {
  CAPTURE(path);
  if (expected.is_object()) {
    REQUIRE(actual.is_object());
    for (auto it = expected.begin(); it != expected.end(); ++it) {
      REQUIRE_MESSAGE(actual.contains(it.key()), path << "." << it.key() << " is missing");
      check_contains(it.value(), actual[it.key()], path + "." + it.key());
    }
  } else if (expected.is_array()) {
    REQUIRE(actual.is_array());
    REQUIRE(actual.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
      check_contains(expected[i], actual[i], path + "[" + std::to_string(i) + "]");
  } else {
    CHECK(actual == expected);
  }
}

}  // namespace

TEST_CASE("the contract's worked example gives every value of expected/ceiling.json") {
  Example e = spec_example();
  tk::CeilingReport report{e.model, e.resolved, e.result, "model.toml"};
  Json actual = Json::parse(tk::ceiling_json(report));
  Json expected = Json::parse(tk::test::read_source_file("tests/data/spec-examples/expected/ceiling.json"));
  check_contains(expected, actual, "");
  CHECK(actual["on"] == "2025-11-01");
  CHECK(actual["unconfirmed"].empty());
  CHECK(actual["bases"][0]["components"]["total"] == "31.35");
  CHECK(actual["bases"][0]["bank_holiday_components"]["contact_pay"] == "20.78");  // 13.85 * 1.5 = 20.775
}

TEST_CASE("--write gives the four [[ceiling]] tables to pence") {
  Example e = spec_example();
  std::string toml = tk::ceiling_toml({e.model, e.resolved, e.result, "model.toml"});
  CHECK(
      toml.find("[[ceiling]]\nllw = \"inclusive\"\ntravel = \"inclusive\"\nstandard = \"31.35\"\n"
                "bank_holiday = \"46.72\"\ncost_floor = \"23.41\"\nbank_holiday_cost_floor = \"34.89\"\n") !=
      std::string::npos);
  CHECK(
      toml.find("[[ceiling]]\nllw = \"exclusive\"\ntravel = \"exclusive\"\nstandard = \"21.77\"\n"
                "bank_holiday = \"33.10\"\ncost_floor = \"16.26\"\nbank_holiday_cost_floor = \"24.72\"\n") !=
      std::string::npos);
}

TEST_CASE("the CSV has one record per basis and day type") {
  Example e = spec_example();
  std::string csv = tk::ceiling_csv({e.model, e.resolved, e.result, "model.toml"});
  CHECK(csv.rfind(
            "llw,travel,day,contact_pay,travel_pay,training_pay,holiday_pay,sick_pay,employer_ni,pension,"
            "mileage,overheads,surplus,cost_floor,ceiling\n"
            "inclusive,inclusive,standard,13.85,2.77,0.30,2.04,0.50,2.38,0.45,1.12,7.02,0.91,23.41,31.35\n",
            0) == 0);
  CHECK(std::count(csv.begin(), csv.end(), '\n') == 9);
}

TEST_CASE("outputs that use an unconfirmed figure say so") {
  tk::CostModel model = tk::read_cost_model(tk::test::source_path("data/cost-models/london-2026.toml"));
  tk::ResolvedModel resolved = tk::resolve_model(model, tk::test::shipped_rates(), model.on);
  tk::CeilingResult result = tk::compute_ceilings(resolved.inputs);
  tk::CeilingReport report{model, resolved, result, "london-2026.toml"};
  Json j = Json::parse(tk::ceiling_json(report));
  CHECK(std::find(j["unconfirmed"].begin(), j["unconfirmed"].end(), "ssp_weekly") != j["unconfirmed"].end());
  CHECK(j["notes"].size() == j["unconfirmed"].size());
  for (const Json& f : j["statutory"])
    if (f["name"] == "ssp_weekly") CHECK(f["confirmed"] == false);
  CHECK(tk::ceiling_table(report).find("note: ssp_weekly 123.25") != std::string::npos);
  CHECK(tk::ceiling_markdown(report).find("- ssp_weekly 123.25") != std::string::npos);
  CHECK(tk::ceiling_toml(report).find("# note: ssp_weekly 123.25") != std::string::npos);
}

TEST_CASE("labels and file names") {
  CHECK(tk::cost_line_label("employer_ni") == "employer NI");
  CHECK(tk::cost_line_label("contact_pay") == "contact pay");
  CHECK(tk::file_name_only("data/cost-models/x.toml") == "x.toml");
  CHECK(tk::file_name_only("x.toml") == "x.toml");
  CHECK(tk::basis_title({tk::Llw::exclusive, tk::Travel::inclusive}) == "LLW exclusive, travel inclusive");
}
