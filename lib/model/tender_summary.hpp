#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/tender.hpp"

namespace tk {

// The counts `validate` shows about a tender folder that was read without errors.
struct TenderSummary {
  std::size_t bidders = 0;
  std::size_t sq_fail = 0;        // sq_pass = no
  std::size_t form_unsigned = 0;  // form_signed = no
  std::size_t price_rows = 0;
  std::size_t bids = 0;                // (bidder, lot) pairs where the bidder bid for the lot
  std::size_t complete_schedules = 0;  // bids with all 8 rates
  std::size_t marks = 0;
  std::size_t consensus_marks = 0;
  std::vector<std::string> evaluators;  // every evaluator but "consensus", sorted
};

TenderSummary summarise(const Tender& tender);

// The questions of criterion `criterion_id`, in tender.toml order.
std::vector<const Question*> questions_of(const Tender& tender, const std::string& criterion_id);

}  // namespace tk
