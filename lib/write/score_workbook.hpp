#pragma once

#include <string>
#include <string_view>

#include "decide/award_pack.hpp"

namespace tk {

// The evaluation matrix as the bytes of an Excel workbook (libxlsxwriter): a "Method" sheet (settings, weights, award), one sheet per lot ("Lot N1": bidder, rates,
// evaluated price, score per criterion, quality total, total, rank, flags, reasons, outcome)
// and a "Marks" sheet (one row per bidder and question: each evaluator's mark in a column of
// its own, the consensus, the mark used and the comments; every row of quality.csv is a cell). Evaluated price, price score and totals are
// formulas (a total is the SUM of its criterion cells) with the exact value, rounded to 10
// places, cached. The workbook's creation time is the report date (else contract_start), so
// the same inputs give the same bytes. Throws Error(cant_create) when the temporary file it is
// built in cannot be written.
std::string render_score_workbook(const AwardPack& pack);

}  // namespace tk
