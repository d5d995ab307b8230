#pragma once

#include <string>
#include <string_view>

#include "core/shared_library.hpp"
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

// Opens libxlsxwriter (with zlib, minizip and the libcrypto it links) now rather than at the
// first workbook. Throws as render_score_workbook does when the library is missing.
void score_workbook_prepare();

// score_workbook_prepare on the other core from construction, for a command that will write a
// workbook after reading and evaluating the tender (core/shared_library.hpp).
class ScoreWorkbookPreparation : public BackgroundPreparation {
 public:
  ScoreWorkbookPreparation() : BackgroundPreparation(score_workbook_prepare) {}
};

}  // namespace tk
