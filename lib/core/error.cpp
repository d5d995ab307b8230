#include "core/error.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace tk {

std::string Problem::format() const {
  std::string out;
  if (!where.file.empty()) {
    out += where.file;
    if (where.line > 0) {
      out += fmt::format(":{}", where.line);
      if (where.column > 0) out += fmt::format(":{}", where.column);
    }
    out += ": ";
  }
  out += severity == Severity::warning ? "warning: " : "error: ";
  out += message;
  return out;
}

namespace {
std::string summarise(const std::vector<Problem>& problems) {
  if (problems.empty()) return "error";
  return problems.front().format();
}
}  // namespace

Error::Error(ExitCode code, std::vector<Problem> problems)
    : std::runtime_error(summarise(problems)), code_(code), problems_(std::move(problems)) {}

Error::Error(ExitCode code, Location where, std::string message)
    : Error(code, std::vector<Problem>{Problem{std::move(where), std::move(message)}}) {}

void Problems::add(Location where, std::string message) {
  add(Problem{std::move(where), std::move(message)});
}

void Problems::add(Problem problem) {
  if (list_.size() >= kDefaultLimit) {
    ++dropped_;
    return;
  }
  list_.push_back(std::move(problem));
}

void Problems::append(const Problems& other) {
  for (const Problem& p : other.list()) add(p);
  dropped_ += other.dropped();
}

void Problems::sort_by_line() {
  std::stable_sort(list_.begin(), list_.end(), [](const Problem& a, const Problem& b) {
    if (a.where.line != b.where.line) return a.where.line < b.where.line;
    return a.where.column < b.where.column;
  });
}

void Problems::throw_if_any() const {
  if (!list_.empty()) throw Error(ExitCode::data_error, list_);
}

}  // namespace tk
