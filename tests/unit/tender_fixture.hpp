#pragma once
// Test helpers shared by the tender tests: the contract's tiny tender as text, edits of it, and
// a copy of it in a temporary folder.

#include <doctest/doctest.h>
#include <stdlib.h>

#include <filesystem>
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

// A copy of the tiny tender in a fresh temporary folder, removed afterwards.
class TempTender {
 public:
  TempTender() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "tk-tender-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    dir_ = tmpl;
    for (const char* name : {"tender.toml", "bidders.csv", "prices.csv", "quality.csv"})
      write(name, tiny_tender_file(name));
  }
  ~TempTender() { std::filesystem::remove_all(dir_); }
  TempTender(const TempTender&) = delete;
  TempTender& operator=(const TempTender&) = delete;

  void write(const std::string& name, const std::string& content) const {
    std::ofstream out(dir_ / name, std::ios::binary);
    out << content;
  }
  // Replaces `from` by `to` in the folder's file `name`.
  void edit(const std::string& name, const std::string& from, const std::string& to) const {
    std::ifstream in(dir_ / name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    write(name, replaced(s.str(), from, to));
  }
  std::string dir() const { return dir_.string(); }
  const std::filesystem::path& path() const { return dir_; }

 private:
  std::filesystem::path dir_;
};

// Every problem as "FILE:LINE:COL: error: MESSAGE".
inline std::vector<std::string> formatted(const Problems& problems) {
  std::vector<std::string> out;
  for (const Problem& p : problems.list()) out.push_back(p.format());
  return out;
}

}  // namespace tk::test
