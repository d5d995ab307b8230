#include <doctest/doctest.h>
#include <fmt/format.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "doc_text.hpp"
#include "write/atomic_file.hpp"

namespace fs = std::filesystem;

namespace {

// A fresh private folder, removed with everything in it at the end of the test.
struct Folder {
  Folder() {
    std::string t = (fs::temp_directory_path() / "tenderkit-atomic-XXXXXX").string();
    REQUIRE(::mkdtemp(t.data()) != nullptr);
    path = t;
  }
  ~Folder() { fs::remove_all(path); }
  std::string operator/(const std::string& name) const { return (path / name).string(); }
  fs::path path;
};

// The names in `dir`, sorted, temporary files included.
std::vector<std::string> names(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("write_files_atomically writes every file, readable by all, and leaves no temporary file") {
  Folder d;
  fs::create_directory(d.path / "summaries");
  std::string big(1 << 20, 'x');
  tk::write_files_atomically({{d / "score.json", "{}\n"}, {d / "summaries/ACE.md", "# Ace\n"}, {d / "big.txt", big}});
  CHECK(tk::test::read_text(d / "score.json") == "{}\n");
  CHECK(tk::test::read_text(d / "summaries/ACE.md") == "# Ace\n");
  CHECK(tk::test::read_text(d / "big.txt") == big);
  CHECK(names(d.path) == std::vector<std::string>{"big.txt", "score.json", "summaries"});
  struct stat st {};
  REQUIRE(::stat((d / "score.json").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0644);
}

TEST_CASE("write_files_atomically replaces nothing when one of the files cannot be written") {
  Folder d;
  tk::write_file_atomically(d / "a.txt", "old a\n");
  tk::write_file_atomically(d / "b.txt", "old b\n");
  fs::create_directory(d.path / "c.txt");  // a folder where the third file should go

  CHECK_THROWS_AS(tk::write_files_atomically({{d / "a.txt", "new a\n"}, {d / "b.txt", "new b\n"}, {d / "c.txt", "c\n"}}),
                  tk::Error);
  CHECK(tk::test::read_text(d / "a.txt") == "old a\n");
  CHECK(tk::test::read_text(d / "b.txt") == "old b\n");
  CHECK(names(d.path) == std::vector<std::string>{"a.txt", "b.txt", "c.txt"});

  // A folder that does not exist fails at the temporary file, after earlier files were written.
  try {
    tk::write_files_atomically({{d / "a.txt", "new a\n"}, {d / "missing/x.txt", "x\n"}});
    FAIL("expected an error");
  } catch (const tk::Error& e) {
    CHECK(e.code() == tk::ExitCode::cant_create);
    CHECK(std::string(e.what()).find("missing/x.txt") != std::string::npos);
  }
  CHECK(tk::test::read_text(d / "a.txt") == "old a\n");
  CHECK(names(d.path) == std::vector<std::string>{"a.txt", "b.txt", "c.txt"});
}

TEST_CASE("write_files_atomically writes more files than it keeps open at once") {
  Folder d;
  std::vector<std::string> texts;
  for (int i = 0; i < 600; ++i) texts.push_back("file " + std::to_string(i) + "\n");
  std::vector<tk::FileToWrite> files;
  for (int i = 0; i < 600; ++i) files.push_back({d / fmt::format("f{}", i), texts[static_cast<std::size_t>(i)]});
  tk::write_files_atomically(files);
  CHECK(names(d.path).size() == 600);
  CHECK(tk::test::read_text(d / "f0") == "file 0\n");
  CHECK(tk::test::read_text(d / "f599") == "file 599\n");
}

TEST_CASE("write_files_atomically leaves a file alone when it already holds exactly the content") {
  Folder d;
  auto inode = [&](const std::string& name) {
    struct stat st {};
    REQUIRE(::stat((d / name).c_str(), &st) == 0);
    return st.st_ino;
  };
  std::string big(100000, 'y');  // longer than one read
  tk::write_files_atomically({{d / "same.md", "# same\n"}, {d / "changed.md", "before\n"}, {d / "big.txt", big}});
  auto same = inode("same.md"), changed = inode("changed.md"), big_inode = inode("big.txt");

  std::string big_changed_at_end = big;
  big_changed_at_end.back() = 'z';
  tk::write_files_atomically(
      {{d / "same.md", "# same\n"}, {d / "changed.md", "after!\n"}, {d / "big.txt", big_changed_at_end}});
  CHECK(inode("same.md") == same);           // untouched: same file, same content
  CHECK(inode("changed.md") != changed);     // same length, other bytes: replaced
  CHECK(inode("big.txt") != big_inode);      // one byte differs past the first read: replaced
  CHECK(tk::test::read_text(d / "changed.md") == "after!\n");
  CHECK(tk::test::read_text(d / "big.txt") == big_changed_at_end);

  SUBCASE("a file with the same bytes but another mode is replaced, and gets the usual mode") {
    REQUIRE(::chmod((d / "same.md").c_str(), 0600) == 0);
    tk::write_files_atomically({{d / "same.md", "# same\n"}});
    CHECK(inode("same.md") != same);
    struct stat st {};
    REQUIRE(::stat((d / "same.md").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0644);
  }
  SUBCASE("a file with the same bytes and a second link is replaced, leaving the other link as it was") {
    fs::create_hard_link(d / "same.md", d / "elsewhere.md");
    tk::write_files_atomically({{d / "same.md", "# same\n"}});
    CHECK(inode("same.md") != same);
    CHECK(inode("elsewhere.md") == same);
  }
  SUBCASE("a shorter or longer file is replaced") {
    tk::write_files_atomically({{d / "same.md", "# same\n\n"}});
    CHECK(tk::test::read_text(d / "same.md") == "# same\n\n");
    tk::write_files_atomically({{d / "same.md", "#"}});
    CHECK(tk::test::read_text(d / "same.md") == "#");
  }
}

TEST_CASE("write_files_atomically one file at a time: each content made when written, in one reused buffer") {
  Folder d;
  std::string buffer;
  const std::vector<std::string> paths = {d / "a.md", d / "b.md", d / "c.md"};
  tk::write_files_atomically(paths.size(), [&](std::size_t i) {
    buffer = std::string(1000 * (i + 1), static_cast<char>('a' + i));  // overwrites the last one's text
    return tk::FileToWrite{paths[i], buffer};
  });
  CHECK(tk::test::read_text(d / "a.md") == std::string(1000, 'a'));
  CHECK(tk::test::read_text(d / "b.md") == std::string(2000, 'b'));
  CHECK(tk::test::read_text(d / "c.md") == std::string(3000, 'c'));

  SUBCASE("a file that cannot be made replaces nothing and leaves no temporary file") {
    CHECK_THROWS_AS(tk::write_files_atomically(paths.size(),
                                               [&](std::size_t i) {
                                                 if (i == 2) throw tk::Error(tk::ExitCode::internal, tk::Location{}, "no");
                                                 buffer = "new";
                                                 return tk::FileToWrite{paths[i], buffer};
                                               }),
                    tk::Error);
    CHECK(tk::test::read_text(d / "a.md") == std::string(1000, 'a'));
    CHECK(tk::test::read_text(d / "b.md") == std::string(2000, 'b'));
    CHECK(names(d.path) == std::vector<std::string>{"a.md", "b.md", "c.md"});
  }
}
