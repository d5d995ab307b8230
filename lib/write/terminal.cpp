#include "write/terminal.hpp"

#include <unistd.h>

#include <cstdlib>
#include <string_view>

namespace tk {

bool colour_wanted(bool is_terminal, const char* no_color, const char* term) {
  if (!is_terminal) return false;
  if (no_color && *no_color) return false;
  return !(term && std::string_view(term) == "dumb");
}

bool stderr_wants_colour() {
  return colour_wanted(::isatty(STDERR_FILENO) == 1, std::getenv("NO_COLOR"), std::getenv("TERM"));
}

std::string format_problem(const Problem& problem, bool colour) {
  std::string plain = problem.format();
  if (!colour) return plain;
  // The location part is what format() puts before the severity word.
  Problem bare = problem;
  bare.message.clear();
  const bool warning = problem.severity == Severity::warning;
  const std::string_view word = warning ? "warning:" : "error:";
  const std::size_t at = bare.format().size() - word.size() - 1;
  return plain.substr(0, at) + (warning ? "\x1b[1;35m" : "\x1b[1;31m") + std::string(word) + "\x1b[0m" +
         plain.substr(at + word.size());
}

}  // namespace tk
