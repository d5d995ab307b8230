#include "console.hpp"

#include <iostream>

#include "write/terminal.hpp"

namespace tk::cmd {

namespace {
Console the_console;
}  // namespace

void set_console(const Console& console) { the_console = console; }

const Console& console() { return the_console; }

void print_problem(const Problem& problem) {
  if (problem.severity == Severity::warning && the_console.quiet) return;
  std::cerr << format_problem(problem, the_console.colour) << '\n';
}

void print_warning(std::string_view message) {
  print_problem(Problem{Location{}, std::string(message), Severity::warning});
}

}  // namespace tk::cmd
