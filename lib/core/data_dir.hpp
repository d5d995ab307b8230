#pragma once

#include <string>
#include <string_view>

namespace tk {

// The path of a shipped data file, e.g. data_path("bank-holidays/england-and-wales.json").
// Looks in $TENDERKIT_DATA_DIR, then the installed share/tenderkit, then the source tree's
// data/. Throws Error(no_input) naming the file when none has it.
std::string data_path(std::string_view relative);

}  // namespace tk
