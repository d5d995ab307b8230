#include "write/output_dir.hpp"

#include <filesystem>
#include <system_error>

#include "core/error.hpp"

namespace tk {

void ensure_directory(const std::string& path) {
  std::error_code ec;
  std::filesystem::create_directories(path, ec);
  if (ec || !std::filesystem::is_directory(path)) {
    throw Error(ExitCode::cant_create, Location{path},
                "cannot create the output folder: " + (ec ? ec.message() : std::string("a file is in the way")));
  }
}

std::string path_in(const std::string& dir, const std::string& name) {
  return (std::filesystem::path(dir) / name).string();
}

}  // namespace tk
