#include "write/csv.hpp"

#include <doctest/doctest.h>

TEST_CASE("CSV records quote only when needed") {
  CHECK(tk::csv_record({"a", "b c", "1.00"}) == "a,b c,1.00\n");
  CHECK(tk::csv_record({"x,y", "say \"hi\""}) == "\"x,y\",\"say \"\"hi\"\"\"\n");
}

TEST_CASE("csv_record neutralises a field a spreadsheet would take as a formula") {
  CHECK(tk::csv_record({"=1+2", "-1.25", "@x"}) == "'=1+2,-1.25,'@x\n");
  SUBCASE("inside quotes when the field needs them") {
    CHECK(tk::csv_record({"=SUM(A1,B1)"}) == "\"'=SUM(A1,B1)\"\n");
  }
  SUBCASE("a tab or carriage return at the start") {
    CHECK(tk::csv_record({"\tname"}) == "'\tname\n");
    CHECK(tk::csv_record({"\rname"}) == "\"'\rname\"\n");
  }
}

TEST_CASE("put_csv_field writes within csv_field_room") {
  for (std::string field : {"", "plain", "=1,\"2\"", "\"\"\"", "'=x"}) {
    std::string buffer(tk::csv_field_room(field.size()), '\0');
    char* end = tk::put_csv_field(buffer.data(), field);
    CHECK(static_cast<std::size_t>(end - buffer.data()) <= buffer.size());
    CHECK(std::string(buffer.data(), end) + "\n" == tk::csv_record({field}));
  }
}
