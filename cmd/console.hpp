#pragma once

#include <string_view>

#include "core/error.hpp"

namespace tk::cmd {

// How the process talks to the person at the terminal, set once by main after parsing the
// command line and before the subcommand runs: process-wide, like the terminal itself.
struct Console {
  bool quiet = false;   // --quiet: errors only; no warnings, notes or summaries on the terminal
  bool colour = false;  // colour the severity on standard error (a terminal, no NO_COLOR)
};

void set_console(const Console& console);
const Console& console();

// Prints one problem on standard error, in colour when allowed. Warnings are left out under
// --quiet; errors never are.
void print_problem(const Problem& problem);

// Prints "warning: MESSAGE" on standard error, unless --quiet.
void print_warning(std::string_view message);

}  // namespace tk::cmd
