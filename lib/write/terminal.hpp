#pragma once

#include <string>

#include "core/error.hpp"

namespace tk {

// Whether text for a stream may carry colour: only when the stream is a terminal, never when
// NO_COLOR is set to anything but "" (no-color.org), never when TERM is "dumb". Null means unset.
bool colour_wanted(bool is_terminal, const char* no_color, const char* term);

// colour_wanted for standard error, from isatty(2) and the environment.
bool stderr_wants_colour();

// problem.format(), with "error:" in bold red and "warning:" in bold magenta when `colour`.
std::string format_problem(const Problem& problem, bool colour);

}  // namespace tk
