#include <doctest/doctest.h>

#include "write/csv_writer.hpp"

TEST_CASE("csv_record quotes only what needs quoting") {
  CHECK(tk::csv_record({"N1", "CLR", "82.87"}) == "N1,CLR,82.87\n");
  CHECK(tk::csv_record({"Bright Care, Lewisham"}) == "\"Bright Care, Lewisham\"\n");
  CHECK(tk::csv_record({"say \"hi\"", ""}) == "\"say \"\"hi\"\"\",\n");
  CHECK(tk::csv_record({"two\nlines", "cr\r"}) == "\"two\nlines\",\"cr\r\"\n");
  CHECK(tk::csv_record({}) == "\n");
}
