#include <doctest/doctest.h>

#include <stdlib.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "evaluate/bank_holiday_share.hpp"
#include "evaluate/evaluation.hpp"
#include "read/tender_loader.hpp"
#include "write/score_output.hpp"
#include "shipped_data.hpp"

using namespace tk;
namespace fs = std::filesystem;

namespace {

const std::string kTiny = std::string(TENDERKIT_TEST_SOURCE_DIR) + "/tests/data/spec-examples/tiny-tender";

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

struct Lcg {
  std::uint64_t state;
  std::size_t operator()(std::size_t bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>((state >> 33) % bound);
  }
};

// A temporary folder removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "tenderkit-row-order-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

// Copies the tiny tender with the data rows of each CSV in a shuffled order (header first).
void write_shuffled(const fs::path& dir, std::uint64_t seed) {
  fs::copy_file(fs::path(kTiny) / "tender.toml", dir / "tender.toml");
  Lcg g{seed};
  for (const char* name : {"bidders.csv", "prices.csv", "quality.csv"}) {
    std::vector<std::string> l = lines(read(fs::path(kTiny) / name));
    for (std::size_t i = l.size() - 1; i > 1; --i) std::swap(l[i], l[1 + g(i)]);  // Fisher-Yates on rows 1..
    std::ofstream out(dir / name, std::ios::binary);
    for (const std::string& line : l) out << line << '\n';
  }
}

std::string score_json_of(const std::string& dir) {
  Tender t = load_tender(dir);
  EvaluationOptions o;
  o.tender_share = tender_bank_holiday_share(t, tk::test::shipped_bank_holidays());
  return render_score_json(evaluate_tender(t, o));
}

}  // namespace

TEST_CASE("scores never depend on the order of rows in the CSV files") {
  std::string reference = score_json_of(kTiny);
  for (std::uint64_t seed : {1, 2, 3, 4, 5, 6, 7, 8}) {
    CAPTURE(seed);
    TempDir dir;
    write_shuffled(dir.path, seed);
    std::string shuffled = read(dir.path / "prices.csv");
    REQUIRE(shuffled != read(fs::path(kTiny) / "prices.csv"));  // the shuffle did something
    CHECK(score_json_of(dir.path.string()) == reference);
  }
}
