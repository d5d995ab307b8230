#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "model/tender.hpp"

namespace tk {

// How the council's request to explain an abnormally low price ended.
enum class ClarificationOutcome { cleared, rejected, outstanding };

std::string_view to_string(ClarificationOutcome outcome);
std::optional<ClarificationOutcome> parse_clarification_outcome(std::string_view text);

// One row of DIR/clarifications.csv: `bidder_id,lot,outcome,note`.
struct Clarification {
  std::string bidder_id;
  std::string lot;  // a lot id, or "*" for every lot of the bidder
  ClarificationOutcome outcome = ClarificationOutcome::outstanding;
  std::string note;  // what the bidder explained and how the council judged it
  Location where;
};

// The clarifications of a tender; empty when the folder has no clarifications.csv.
struct Clarifications {
  std::string file;  // the path as read; empty when there was none
  std::string text;  // the file's bytes, for the audit digest
  std::vector<Clarification> rows;

  // The clarification for a bidder's bid for a lot: a row for the lot wins over a "*" row;
  // nullptr when there is none.
  const Clarification* find(std::string_view bidder_id, std::string_view lot) const;
};

// Reads DIR/clarifications.csv when it exists. Every bidder_id must be in bidders.csv and every
// lot a lot id of tender.toml (or "*"); outcome is cleared, rejected or outstanding; one row
// per bidder and lot. Throws Error(data_error) with every problem, located FILE:LINE:COLUMN.
Clarifications read_clarifications(const std::string& dir, const Tender& tender);

// The same from the text of such a file (`file` names it in problems).
Clarifications parse_clarifications(std::string_view text, const std::string& file, const Tender& tender);

}  // namespace tk
