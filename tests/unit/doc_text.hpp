#pragma once
// Test helpers for the worked examples in docs/*.md that unit tests check against what
// tenderkit computes, so that the documentation cannot drift from the code.

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace tk::test {

inline const std::string kSource = TENDERKIT_TEST_SOURCE_DIR;

// The whole file at `path`; the test stops when it cannot be read.
inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The text between the line holding `begin` and the line holding `end`.
inline std::string between(const std::string& text, const std::string& begin, const std::string& end) {
  std::size_t b = text.find(begin);
  REQUIRE_MESSAGE(b != std::string::npos, begin);
  b = text.find('\n', b) + 1;
  std::size_t e = text.find(end, b);
  REQUIRE_MESSAGE(e != std::string::npos, end);
  e = text.rfind('\n', e - 1) + 1;
  return text.substr(b, e - b);
}

// The trimmed cells of a Markdown table row "| a | b |".
inline std::vector<std::string> cells(const std::string& row) {
  std::vector<std::string> out;
  std::stringstream ss(row);
  std::string cell;
  std::getline(ss, cell, '|');  // before the first '|'
  while (std::getline(ss, cell, '|')) {
    std::size_t a = cell.find_first_not_of(' ');
    std::size_t z = cell.find_last_not_of(' ');
    out.push_back(a == std::string::npos ? "" : cell.substr(a, z - a + 1));
  }
  return out;
}

// A figure as a doc shows it: rounded for display, and exact.
struct Shown {
  std::string shown;
  std::string exact;
};

}  // namespace tk::test
