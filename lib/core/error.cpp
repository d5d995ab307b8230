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

std::string shown_value(std::string_view value) {
  auto byte = [](char c) { return static_cast<unsigned char>(c); };
  std::size_t n = value.size();
  bool cut = false;
  if (n > 40) {
    n = 40;
    while (n > 0 && (byte(value[n]) & 0xC0) == 0x80) --n;  // not inside a UTF-8 character
    cut = true;
  }
  std::string out;
  for (char c : value.substr(0, n)) {
    if (byte(c) < 0x20 || byte(c) == 0x7F) out += fmt::format("\\x{:02X}", byte(c));
    else out += c;
  }
  if (cut) out += "...";
  return out;
}

}  // namespace tk
