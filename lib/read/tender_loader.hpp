#pragma once

#include <string>

#include "core/error.hpp"
#include "model/tender.hpp"

namespace tk {

// A tender folder as read, with every problem found in it (up to the Problems limit).
struct CheckedTender {
  Tender tender;
  Problems problems;
};

// Reads DIR/tender.toml, bidders.csv, prices.csv and quality.csv and cross-checks them
// (contract section 3). Problems with the data are collected, not thrown; a missing or
// unreadable file throws Error(no_input).
CheckedTender check_tender(const std::string& dir);

// Like check_tender, but throws Error(data_error) carrying every problem when there is any.
Tender load_tender(const std::string& dir);

}  // namespace tk
