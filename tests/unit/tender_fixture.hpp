#pragma once
// Test helpers shared by the tender loader tests: the contract's tiny tender as text, and
// edits of it.

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace tk::test {

inline std::string tiny_tender_dir() {
  return std::string(TENDERKIT_TEST_SOURCE_DIR) + "/tests/data/spec-examples/tiny-tender";
}

// The content of one file of the tiny tender: "tender.toml", "bidders.csv", ...
inline std::string tiny_tender_file(const std::string& name) {
  std::ifstream in(tiny_tender_dir() + "/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// `text` with the first `from` replaced by `to`; `from` must be there.
inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "not in the text: " << from);
  return text.replace(at, from.size(), to);
}

// Every problem as "FILE:LINE:COL: error: MESSAGE".
inline std::vector<std::string> formatted(const Problems& problems) {
  std::vector<std::string> out;
  for (const Problem& p : problems.list()) out.push_back(p.format());
  return out;
}

}  // namespace tk::test
