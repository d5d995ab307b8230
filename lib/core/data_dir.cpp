#include "core/data_dir.hpp"

#include <cstdlib>
#include <filesystem>
#include <vector>

#include "core/error.hpp"

namespace tk {

std::string data_path(std::string_view relative) {
  namespace fs = std::filesystem;
  std::vector<fs::path> roots;
  if (const char* env = std::getenv("TENDERKIT_DATA_DIR"); env && *env) roots.emplace_back(env);
  roots.emplace_back(TENDERKIT_INSTALL_DATA_DIR);
  roots.emplace_back(TENDERKIT_SOURCE_DATA_DIR);
  for (const fs::path& root : roots) {
    fs::path p = root / relative;
    std::error_code ec;
    if (fs::is_regular_file(p, ec)) return p.string();
  }
  throw Error(ExitCode::no_input, Location{std::string(relative)},
              "shipped data file not found in $TENDERKIT_DATA_DIR, " TENDERKIT_INSTALL_DATA_DIR
              " or " TENDERKIT_SOURCE_DATA_DIR);
}

}  // namespace tk
