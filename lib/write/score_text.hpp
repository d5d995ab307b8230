#pragma once

#include <string>
#include <vector>

#include "core/exact.hpp"
#include "evaluate/evaluation.hpp"
#include "write/text_grid.hpp"

namespace tk {

// How evaluation results are shown, shared by every score format. Rounding is half away
// from zero: scores to the tender's decimal_places, money to pence.

// Adds a column to the grid's one header row; `left` aligns it left (text), else right.
void add_column(TextGrid& grid, std::string header, bool left);
// `text` with `spaces` spaces before each non-empty line.
std::string indented(const std::string& text, int spaces);

// The tender's title with its reference: "Worked example (EX-1)", or the title alone.
std::string tender_title(const Tender& tender);
// A score rounded to the tender's decimal_places: "82.87".
std::string show_score(const Evaluation& e, const Rational& value);
// Money rounded to pence: "17.38".
std::string show_money(const Rational& pounds);
// An exact number as a terminating decimal when it is one ("40", "12.5", "0.0219"), else as
// a fraction ("3/146").
std::string show_exact(const Rational& value);
// "llw inclusive, travel inclusive; method relative-to-lowest; bank-holiday share 3/146
// (15 bank holidays in 730 days)".
std::string describe_settings(const Evaluation& e);
// "3/146 (15 bank holidays in 730 days)" or "0.0219".
std::string describe_share(const BankHolidayShare& share);
// "llw-inclusive/travel-exclusive": a short name for column headers and keys.
std::string basis_key(Basis basis);
// Codes joined with ", " (table, Markdown) or ";" (CSV).
std::string flag_codes(const BidResult& bid, const char* separator);
// The bidder ids of a lot in the order an all-bases view lists them: by rank on `order_by`,
// then the bids excluded there by bidder_id, then bidders only other bases have.
std::vector<const Bidder*> bidders_in_order(const std::vector<Evaluation>& evaluations, std::size_t lot_index,
                                            std::size_t order_by);
// The index of the evaluation on the tender's own basis (0 when none is).
std::size_t tender_basis_index(const std::vector<Evaluation>& evaluations);
// The bid of `bidder` in a lot, or nullptr when the bidder is not in it.
const BidResult* find_bid(const LotResult& lot, const Bidder* bidder);

}  // namespace tk
