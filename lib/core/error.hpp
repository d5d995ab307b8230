#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tk {

// Process exit codes (sysexits.h values), mapped in one place by cmd/main.cpp.
enum class ExitCode : int {
  ok = 0,
  usage = 2,
  data_error = 65,   // invalid input data
  no_input = 66,     // input missing or unreadable
  internal = 70,     // a bug in tenderkit
  cant_create = 73,  // output cannot be created
};

// Where a problem is. line and column are 1-based; 0 means "not meaningful".
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
};

// An error makes the input unusable; a warning is worth knowing but the input can be used.
enum class Severity { error, warning };

// One located problem with an input.
struct Problem {
  Location where;
  std::string message;
  Severity severity = Severity::error;

  // "FILE:LINE:COL: error: MESSAGE" (or "warning:"), leaving out the parts that are 0.
  std::string format() const;
};

// The one exception family: carries the exit code and every problem found.
class Error : public std::runtime_error {
 public:
  Error(ExitCode code, std::vector<Problem> problems);
  Error(ExitCode code, Location where, std::string message);

  ExitCode code() const { return code_; }
  const std::vector<Problem>& problems() const { return problems_; }

 private:
  ExitCode code_;
  std::vector<Problem> problems_;
};

// A list of problems gathered while reading; stops collecting after a limit so that
// a hostile file cannot make the error list itself the problem.
class Problems {
 public:
  static constexpr std::size_t kDefaultLimit = 100;

  void add(Location where, std::string message);
  void add(Problem problem);
  void append(const Problems& other);
  // Orders the kept problems by line, then column, keeping the order of equal locations.
  void sort_by_line();
  bool empty() const { return list_.empty(); }
  std::size_t size() const { return list_.size(); }
  // True once more problems were reported than are kept.
  bool truncated() const { return dropped_ > 0; }
  std::size_t dropped() const { return dropped_; }
  const std::vector<Problem>& list() const { return list_; }
  // Throws Error(data_error) with the problems when there are any.
  void throw_if_any() const;

 private:
  std::vector<Problem> list_;
  std::size_t dropped_ = 0;
};

// A value from an input file as a message shows it, so that a pasted blob cannot flood the
// terminal: at most 40 bytes (cut at a character boundary, "..." added), control bytes as \xHH.
std::string shown_value(std::string_view value);

}  // namespace tk
