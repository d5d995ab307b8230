#pragma once

#include <string>
#include <vector>

#include "model/statutory_rates.hpp"

namespace tk {

// Reads the tables from `texts` (one per spec of statutory_table_specs(), in that order) as if
// read from `files`. Throws Error(data_error) with every located problem of every table.
StatutoryRates parse_statutory_tables(const std::vector<std::string>& texts, const std::vector<std::string>& files);

// Reads every table from its shipped file (found with data_path). Throws Error: no_input when a
// file is missing, data_error with every located problem when a file is malformed.
StatutoryRates load_statutory_tables();

}  // namespace tk
