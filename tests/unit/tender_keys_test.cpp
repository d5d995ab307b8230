// docs/formats.md is checked against the code: it documents every tender.toml key the loader
// accepts, and its complete example folder is valid.
#include "read/tender_keys.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "read/tender_loader.hpp"

namespace fs = std::filesystem;

namespace {

std::string formats_md() {
  std::ifstream in(std::string(TENDERKIT_TEST_SOURCE_DIR) + "/docs/formats.md", std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The code blocks that follow "<!-- example: NAME -->" lines, by NAME.
std::map<std::string, std::string> examples(const std::string& doc) {
  std::map<std::string, std::string> out;
  const std::string marker = "<!-- example: ";
  for (std::size_t at = doc.find(marker); at != std::string::npos; at = doc.find(marker, at + 1)) {
    std::size_t name_end = doc.find(" -->", at);
    std::string name = doc.substr(at + marker.size(), name_end - at - marker.size());
    std::size_t open = doc.find("```", name_end);
    std::size_t body = doc.find('\n', open) + 1;
    std::size_t close = doc.find("```", body);
    out[name] = doc.substr(body, close - body);
  }
  return out;
}

}  // namespace

TEST_CASE("docs/formats.md documents every tender.toml key") {
  std::string doc = formats_md();
  for (const tk::TenderTableKeys* table : tk::tender_keys::all) {
    for (std::string_view key : table->keys) {
      bool table_key = doc.find("`[" + std::string(key) + "]`") != std::string::npos ||
                       doc.find("`[[" + std::string(key) + "]]`") != std::string::npos;
      bool plain_key = doc.find("| `" + std::string(key) + "` |") != std::string::npos;
      CHECK_MESSAGE((table_key || plain_key), "undocumented key ", key, " in ", table->table);
    }
  }
}

TEST_CASE("docs/formats.md: the complete example is a valid tender folder") {
  auto files = examples(formats_md());
  REQUIRE(files.size() == 4);
  std::string tmpl = (fs::temp_directory_path() / "tk-docs-XXXXXX").string();
  REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
  for (const auto& [name, content] : files) std::ofstream(fs::path(tmpl) / name, std::ios::binary) << content;
  tk::CheckedTender c = tk::check_tender(tmpl);
  fs::remove_all(tmpl);
  for (const tk::Problem& p : c.problems.list()) FAIL_CHECK(p.format());
  for (const tk::Problem& p : c.warnings.list()) FAIL_CHECK(p.format());
  CHECK(c.tender.bidders.size() == 2);
  CHECK(c.tender.prices.size() == 16);
}
