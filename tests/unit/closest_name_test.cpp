#include "core/closest_name.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

TEST_CASE("edit_distance counts the edits between two words") {
  SUBCASE("equal words") { CHECK(tk::edit_distance("score", "score") == 0); }
  SUBCASE("a swap of two neighbours is one edit") { CHECK(tk::edit_distance("scroe", "score") == 1); }
  SUBCASE("one letter missing, extra or wrong") {
    CHECK(tk::edit_distance("scor", "score") == 1);
    CHECK(tk::edit_distance("scoore", "score") == 1);
    CHECK(tk::edit_distance("scare", "score") == 1);
  }
  SUBCASE("against the empty word: its length") {
    CHECK(tk::edit_distance("", "rates") == 5);
    CHECK(tk::edit_distance("rates", "") == 5);
  }
  SUBCASE("nothing in common") { CHECK(tk::edit_distance("abc", "xyz") == 3); }
  SUBCASE("kitten to sitting: two substitutions and an insertion") {
    CHECK(tk::edit_distance("kitten", "sitting") == 3);
  }
}

TEST_CASE("closest_name picks what a mistyped name meant") {
  const std::vector<std::string> names{"validate", "score",    "shortlist", "rates",
                                       "ceiling",  "evaluate", "batch",     "cost"};
  SUBCASE("one swap") { CHECK(tk::closest_name("scroe", names) == "score"); }
  SUBCASE("two edits are still close") { CHECK(tk::closest_name("rtae", names) == "rates"); }
  SUBCASE("a longer word allows a third of its length") {
    CHECK(tk::closest_name("evalluattte", names) == "evaluate");  // 3 insertions in 11 letters
  }
  SUBCASE("a unique prefix, even with another name two edits away") {
    CHECK(tk::edit_distance("short", "score") == 2);
    CHECK(tk::closest_name("short", names) == "shortlist");
  }
  SUBCASE("a prefix of two names is no guess by itself") {
    CHECK(!tk::closest_name("c", names));
    CHECK(tk::closest_name("ce", names) == "ceiling");  // the one name starting "ce"
  }
  SUBCASE("nothing close") { CHECK(!tk::closest_name("frobnicate", names)); }
  SUBCASE("a tie goes to the first name alphabetically") {
    CHECK(tk::closest_name("cast", std::vector<std::string>{"cost", "case"}) == "case");
  }
  SUBCASE("no names") { CHECK(!tk::closest_name("score", {})); }
}
