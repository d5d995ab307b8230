#pragma once

#include <string>

#include "core/error.hpp"
#include "model/tender.hpp"

namespace tk {

// A tender folder as read, with every problem found in it (up to the Problems limit).
struct CheckedTender {
  Tender tender;
  Problems problems;  // errors, file by file (tender.toml, bidders, prices, quality), by line
  Problems warnings;  // Severity::warning: missing rates and marks, no ceiling for the basis
};

// Reads DIR/tender.toml, bidders.csv, prices.csv and quality.csv and cross-checks them
// (contract section 3; docs/formats.md lists every check). Problems with the data are
// collected, not thrown; problems are located at "DIR/FILE" as DIR was given. A missing folder
// or file (or a folder where a file should be) throws Error(no_input) naming every one.
CheckedTender check_tender(const std::string& dir);

// Like check_tender, but throws Error(data_error) carrying every problem when there is any.
Tender load_tender(const std::string& dir);

}  // namespace tk
