#include "cost/tender_ceilings.hpp"

#include <doctest/doctest.h>

#include "shipped_data.hpp"
#include "tender_fixture.hpp"

TEST_CASE("a cost model turns into the [[ceiling]] tables of a tender") {
  std::string path = tk::test::source_path("tests/data/spec-examples/model.toml");
  std::vector<tk::Ceiling> ceilings = tk::ceilings_from_model_file(path);
  REQUIRE(ceilings.size() == 4);
  CHECK(ceilings[0].basis == tk::Basis{tk::Llw::inclusive, tk::Travel::inclusive});
  CHECK(ceilings[0].standard.str() == "31.35");
  CHECK(ceilings[0].bank_holiday.str() == "46.72");
  CHECK(ceilings[0].cost_floor->str() == "23.41");
  CHECK(ceilings[0].bank_holiday_cost_floor->str() == "34.89");
  CHECK(ceilings[2].basis == tk::Basis{tk::Llw::exclusive, tk::Travel::inclusive});
  CHECK(ceilings[2].standard.str() == "27.71");
  CHECK(ceilings[3].bank_holiday_cost_floor->str() == "24.72");
  CHECK(ceilings[3].where.file == path);
}

TEST_CASE("rounding to pence is half away from zero on the exact value") {
  tk::CeilingResult result;
  tk::BasisCeilings b;
  b.basis = {tk::Llw::inclusive, tk::Travel::inclusive};
  b.standard.ceiling = tk::Rational(20775, 1000);        // 20.775 -> 20.78
  b.bank_holiday.ceiling = tk::Rational(207749, 10000);  // 20.7749 -> 20.77
  b.standard.cost_floor = tk::Rational(1, 3);            // 0.333... -> 0.33
  b.bank_holiday.cost_floor = tk::Rational(2, 3);        // 0.666... -> 0.67
  result.bases.push_back(b);
  std::vector<tk::Ceiling> c = tk::ceilings_from(result, tk::Location{"m.toml"});
  CHECK(c[0].standard.str() == "20.78");
  CHECK(c[0].bank_holiday.str() == "20.77");
  CHECK(c[0].cost_floor->str() == "0.33");
  CHECK(c[0].bank_holiday_cost_floor->str() == "0.67");
}

TEST_CASE("resolve_ceilings fills a tender's ceilings from the cost model it names") {
  SUBCASE("the model's path is relative to the tender folder") {
    tk::Tender t;
    t.dir = tk::test::source_path("tests/data/spec-examples");
    t.ceiling_model = "model.toml";
    tk::resolve_ceilings(t);
    REQUIRE(t.ceilings.size() == 4);
    CHECK(t.ceilings[0].standard.str() == "31.35");
    CHECK(t.ceilings[3].bank_holiday_cost_floor->str() == "24.72");
    CHECK(t.ceilings[0].where.file == t.dir + "/model.toml");
  }
  SUBCASE("no model: the [[ceiling]] tables stay as they are") {
    tk::Tender t;
    tk::Ceiling c;
    c.standard = tk::Money::from_pence(1720);
    t.ceilings.push_back(c);
    tk::resolve_ceilings(t);
    REQUIRE(t.ceilings.size() == 1);
    CHECK(t.ceilings[0].standard.str() == "17.20");
  }
  SUBCASE("a missing model file is missing input, named as found from the folder") {
    tk::Tender t;
    t.dir = "no-such-folder";
    t.ceiling_model = "model.toml";
    try {
      tk::resolve_ceilings(t);
      FAIL("no error");
    } catch (const tk::Error& e) {
      CHECK(e.code() == tk::ExitCode::no_input);
      REQUIRE_FALSE(e.problems().empty());
      CHECK(e.problems()[0].where.file == "no-such-folder/model.toml");
    }
  }
}

namespace {

// Makes the tiny tender in `folder` name the cost model `model` instead of its [[ceiling]] table.
void use_cost_model(const tk::test::TempTender& folder, const std::string& model) {
  folder.edit("tender.toml", "[[ceiling]]\nllw = \"inclusive\"\ntravel = \"inclusive\"\nstandard = \"17.20\"\n"
              "bank_holiday = \"25.80\"\n", "");
  folder.edit("tender.toml", "decimal_places = 2\n", "decimal_places = 2\nceiling_model = \"" + model + "\"\n");
}

}  // namespace

TEST_CASE("load_tender_with_ceilings loads the tender with the ceilings it asks for") {
  SUBCASE("[[ceiling]] tables: as load_tender reads them") {
    tk::Tender t = tk::load_tender_with_ceilings(tk::test::tiny_tender_dir());
    REQUIRE(t.ceilings.size() == 1);
    CHECK(t.ceilings[0].standard.str() == "17.20");
    CHECK(t.ceilings[0].bank_holiday.str() == "25.80");
  }
  SUBCASE("a cost model: its ceilings instead") {
    tk::test::TempTender folder;
    use_cost_model(folder, "model.toml");
    folder.write("model.toml", tk::test::read_source_file("tests/data/spec-examples/model.toml"));
    tk::Tender t = tk::load_tender_with_ceilings(folder.dir());
    REQUIRE(t.ceilings.size() == 4);
    CHECK(t.ceilings[0].standard.str() == "31.35");
    CHECK(t.ceilings[0].where.file == folder.dir() + "/model.toml");
  }
  SUBCASE("a problem in the tender folder is reported before the model is looked for") {
    tk::test::TempTender folder;
    use_cost_model(folder, "no-such-model.toml");
    folder.edit("bidders.csv", "ACE", "ACE!");
    try {
      tk::load_tender_with_ceilings(folder.dir());
      FAIL("no error");
    } catch (const tk::Error& e) {
      CHECK(e.code() == tk::ExitCode::data_error);
      REQUIRE_FALSE(e.problems().empty());
      CHECK(e.problems()[0].where.file == folder.dir() + "/bidders.csv");
    }
  }
}
