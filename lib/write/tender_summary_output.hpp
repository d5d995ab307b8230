#pragma once

#include <cstddef>
#include <string>

#include "model/tender.hpp"
#include "model/tender_summary.hpp"

namespace tk {

// The one-screen overview `validate` prints for a tender folder read without errors: title,
// contract period, price basis, criteria and weights, questions per criterion, lots, award
// rules, ceilings, and the counts of bidders, rates and marks. `warnings` is how many
// warnings were found. Deterministic: the same tender gives the same bytes.
std::string summary_table(const Tender& tender, const TenderSummary& summary, std::size_t warnings);

// The same as a JSON object (weights, hours and money as exact decimal strings).
std::string summary_json(const Tender& tender, const TenderSummary& summary, std::size_t warnings);

}  // namespace tk
