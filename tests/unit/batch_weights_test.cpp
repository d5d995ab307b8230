#include <doctest/doctest.h>

#include "core/error.hpp"
#include "decide/batch_weights.hpp"

using tk::BatchWeights;
using tk::Rational;

namespace {
// The message of the usage error parse throws, as main prints it.
std::string usage_error(const char* spec) {
  try {
    BatchWeights::parse(spec);
  } catch (const tk::Error& e) {
    CHECK(e.code() == tk::ExitCode::usage);
    return e.problems().front().format();
  }
  return "(no error)";
}
}  // namespace

TEST_CASE("The contract's default weights: price 40, ability 29, quality 26, partnership 5") {
  BatchWeights w;
  CHECK(w.price == 40);
  REQUIRE(w.criteria.size() == 3);
  CHECK(w.criteria[0].column == "ability");
  CHECK(w.criteria[1].weight == 26);
  CHECK(w.scale() == 1);
}

TEST_CASE("--weights NAME=WEIGHT pairs") {
  SUBCASE("the defaults spelt out, in another order, with spaces") {
    BatchWeights w = BatchWeights::parse(" quality=26, price = 40,ability=29,partnership=5");
    CHECK(w.price == 40);
    REQUIRE(w.criteria.size() == 3);
    CHECK(w.criteria[0].column == "quality");
  }
  SUBCASE("decimals set the scale") {
    CHECK(BatchWeights::parse("price=37.5,a=62.5").scale() == 10);
    CHECK(BatchWeights::parse("price=0.0001,a=99.9999").scale() == 10000);
    CHECK(BatchWeights::parse("price=40.00,a=60").scale() == 1);
  }
  SUBCASE("price left out weighs 0") {
    BatchWeights w = BatchWeights::parse("a=100");
    CHECK(w.price == 0);
    CHECK(w.criteria.size() == 1);
  }
}

TEST_CASE("--weights mistakes are usage errors naming what is wrong") {
  CHECK(usage_error("price=40,ability=29,quality=26") == "--weights: error: the weights sum to 95; expected 100");
  CHECK(usage_error("price=40.5,ability=59.55") == "--weights: error: the weights sum to 100.05; expected 100");
  CHECK(usage_error("price40,a=60") ==
        "--weights: error: 'price40': expected NAME=WEIGHT pairs separated by commas, such as "
        "price=40,ability=29,quality=26,partnership=5");
  CHECK(usage_error("price=40,,a=60") ==
        "--weights: error: '': expected NAME=WEIGHT pairs separated by commas, such as "
        "price=40,ability=29,quality=26,partnership=5");
  CHECK(usage_error("=40,a=60") == "--weights: error: '=40': expected a criterion name before '='");
  CHECK(usage_error("price=-40,a=140") == "--weights: error: weight of price '-40': expected 0 or more");
  CHECK(usage_error("price=x,a=60") ==
        "--weights: error: weight of price 'x': expected a decimal number such as 12.50");
  CHECK(usage_error("price=40.00001,a=59.99999") ==
        "--weights: error: weight of price '40.00001': expected at most 4 decimal places, found 5");
  CHECK(usage_error("price=40,a=30,a=30") == "--weights: error: a is given twice; expected each criterion once");
  CHECK(usage_error("price=40,rate=60") ==
        "--weights: error: 'rate' is not a quality criterion; expected price or a mark column");
}
