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

TEST_CASE("data_roots: the order data is looked for in") {
  SUBCASE("$TENDERKIT_DATA_DIR, then share/tenderkit beside bin/, then the source tree") {
    auto roots = tk::data_roots("/tmp/my-data", "/opt/tenderkit/bin/tenderkit");
    REQUIRE(roots.size() == 4);
    CHECK(roots[0] == "/tmp/my-data");
    CHECK(roots[1] == "/opt/tenderkit/share/tenderkit");
    CHECK(fs::equivalent(roots[2], fs::path(TENDERKIT_TEST_SOURCE_DIR) / "data"));
  }
  SUBCASE("an installed copy under /usr finds /usr/share/tenderkit") {
    auto roots = tk::data_roots("", "/usr/bin/tenderkit");
    REQUIRE(roots.size() == 3);
    CHECK(roots[0] == "/usr/share/tenderkit");
  }
  SUBCASE("no environment and no executable path: the build's own folders only") {
    auto roots = tk::data_roots("", "");
    REQUIRE(roots.size() == 2);
    CHECK(fs::equivalent(roots[0], fs::path(TENDERKIT_TEST_SOURCE_DIR) / "data"));
  }
}

TEST_CASE("data_path finds the data of a copy unpacked anywhere") {
  // A bin/ + share/tenderkit tree as `cmake --install --prefix` or `dpkg -x` leaves it: the
  // running test binary is not in it, so the lookup beside bin/ is checked through data_roots.
  const fs::path prefix = fs::temp_directory_path() / "tenderkit-data-roots-test";
  fs::create_directories(prefix / "bin");
  fs::create_directories(prefix / "share" / "tenderkit" / "bank-holidays");
  std::ofstream(prefix / "share" / "tenderkit" / "bank-holidays" / "x.json") << "{}";
  auto roots = tk::data_roots("", (prefix / "bin" / "tenderkit").string());
  CHECK(fs::is_regular_file(fs::path(roots[0]) / "bank-holidays" / "x.json"));
  fs::remove_all(prefix);
}
