#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tk {

// The path of a shipped data file, e.g. data_path("bank-holidays/england-and-wales.json").
// Looks in the folders of data_roots() in order. Throws Error(no_input) naming the file when
// none has it.
std::string data_path(std::string_view relative);

// Where shipped data is looked for, first match wins:
//   1. `env_dir` ($TENDERKIT_DATA_DIR) when set and not empty;
//   2. `share/tenderkit` next to the executable's `bin/` (`exe_path`/../../share/tenderkit, as
//      configured), so that an installed or unpacked copy finds its own data wherever it lives;
//   3. the source tree's data/ (a binary run from its build folder);
//   4. the install folder configured at build time.
// Empty arguments are skipped.
std::vector<std::string> data_roots(std::string_view env_dir, std::string_view exe_path);

}  // namespace tk
