#include "core/data_dir.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>

#include "core/error.hpp"

namespace tk {

namespace fs = std::filesystem;

namespace {

// The running executable, or "" where /proc is not mounted.
std::string executable_path() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : exe.string();
}

}  // namespace

std::vector<std::string> data_roots(std::string_view env_dir, std::string_view exe_path) {
  std::vector<std::string> roots;
  if (!env_dir.empty()) roots.emplace_back(env_dir);
  if (!exe_path.empty()) {
    fs::path beside = (fs::path(exe_path).parent_path() / TENDERKIT_BIN_TO_DATA_DIR).lexically_normal();
    roots.push_back(beside.string());
  }
  roots.emplace_back(TENDERKIT_SOURCE_DATA_DIR);
  roots.emplace_back(TENDERKIT_INSTALL_DATA_DIR);
  return roots;
}

std::string data_path(std::string_view relative) {
  const char* env = std::getenv("TENDERKIT_DATA_DIR");
  const std::vector<std::string> roots = data_roots(env ? env : "", executable_path());
  for (const std::string& root : roots) {
    fs::path p = fs::path(root) / relative;
    std::error_code ec;
    if (fs::is_regular_file(p, ec)) return p.string();
  }
  throw Error(ExitCode::no_input, Location{std::string(relative)},
              fmt::format("shipped data file not found in any of: {}", fmt::join(roots, ", ")));
}

}  // namespace tk
