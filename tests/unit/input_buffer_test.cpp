#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/error.hpp"
#include "read/input_buffer.hpp"

TEST_CASE("InputBuffer reads a file and holds its bytes") {
  auto path = std::filesystem::temp_directory_path() / "tk_input_buffer_test.csv";
  {
    std::ofstream out(path, std::ios::binary);
    out << "a,b\r\n1,2";
  }
  tk::InputBuffer buffer = tk::InputBuffer::open(path.string());
  CHECK(buffer.text() == "a,b\r\n1,2");
  SUBCASE("moving keeps the bytes") {
    tk::InputBuffer moved = std::move(buffer);
    CHECK(moved.text() == "a,b\r\n1,2");
  }
  std::filesystem::remove(path);
}

TEST_CASE("InputBuffer: an empty file and text in memory") {
  auto path = std::filesystem::temp_directory_path() / "tk_input_buffer_empty.csv";
  { std::ofstream out(path); }
  CHECK(tk::InputBuffer::open(path.string()).text().empty());
  std::filesystem::remove(path);
  tk::InputBuffer small = tk::InputBuffer::from_text("x");
  tk::InputBuffer moved = std::move(small);
  CHECK(moved.text() == "x");
}

TEST_CASE("InputBuffer: a missing file or a directory is missing input") {
  try {
    tk::InputBuffer::open("/nonexistent/tk/batch.csv");
    FAIL("no error");
  } catch (const tk::Error& e) {
    CHECK(e.code() == tk::ExitCode::no_input);
    CHECK(e.problems().front().format() == "/nonexistent/tk/batch.csv: error: cannot read file: no such file");
  }
  try {
    tk::InputBuffer::open(std::filesystem::temp_directory_path().string());
    FAIL("no error");
  } catch (const tk::Error& e) {
    CHECK(e.code() == tk::ExitCode::no_input);
    CHECK(e.problems().front().message == "cannot read file: it is a directory");
  }
}
