#include "read/input_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "core/error.hpp"

namespace tk {

std::string read_input_file(const std::string& path) {
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    throw Error(ExitCode::no_input, Location{path}, "cannot read file: no such file");
  }
  if (std::filesystem::is_directory(status)) {
    throw Error(ExitCode::no_input, Location{path}, "cannot read file: it is a directory");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(ExitCode::no_input, Location{path},
                std::string("cannot read file: ") + std::strerror(errno));
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw Error(ExitCode::no_input, Location{path}, "cannot read file: read error");
  return std::move(buffer).str();
}

std::string read_standard_input() {
  std::ostringstream buffer;
  buffer << std::cin.rdbuf();
  return std::move(buffer).str();
}

}  // namespace tk
