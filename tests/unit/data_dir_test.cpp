#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/data_dir.hpp"
#include "core/error.hpp"

namespace fs = std::filesystem;

namespace {

// Sets $TENDERKIT_DATA_DIR for the life of the object and restores "unset" afterwards.
struct DataDirOverride {
  explicit DataDirOverride(const std::string& dir) {
    ::setenv("TENDERKIT_DATA_DIR", dir.c_str(), 1);
  }
  ~DataDirOverride() { ::unsetenv("TENDERKIT_DATA_DIR"); }
  DataDirOverride(const DataDirOverride&) = delete;
  DataDirOverride& operator=(const DataDirOverride&) = delete;
};

}  // namespace

TEST_CASE("data_path finds the shipped files") {
  SUBCASE("in the source tree's data/") {
    const std::string path = tk::data_path("bank-holidays/england-and-wales.json");
    CHECK(fs::equivalent(path, fs::path(TENDERKIT_TEST_SOURCE_DIR) / "data" / "bank-holidays" /
                                   "england-and-wales.json"));
  }
  SUBCASE("$TENDERKIT_DATA_DIR first") {
    const fs::path dir = fs::temp_directory_path() / "tenderkit-data-dir-test";
    fs::create_directories(dir / "bank-holidays");
    std::ofstream(dir / "bank-holidays" / "england-and-wales.json") << "{}";
    {
      DataDirOverride override(dir.string());
      CHECK(tk::data_path("bank-holidays/england-and-wales.json") ==
            (dir / "bank-holidays" / "england-and-wales.json").string());
    }
    fs::remove_all(dir);
  }
  SUBCASE("a missing file is a missing input, named as asked for") {
    try {
      tk::data_path("no-such-folder/no-such-file.json");
      FAIL("data_path found a file that does not exist");
    } catch (const tk::Error& e) {
      CHECK(e.code() == tk::ExitCode::no_input);
      REQUIRE(e.problems().size() == 1);
      CHECK(e.problems()[0].where.file == "no-such-folder/no-such-file.json");
    }
  }
}
