#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"
#include "model/tender.hpp"

namespace tk {

// What the files read before established. A cross-check against something that could not be
// read is skipped, so that one broken file does not bury the others under follow-on errors.
struct KnownIds {
  bool lots = true;       // tender.lots are complete
  bool questions = true;  // tender.questions and tender.quality.scale_max are complete
  bool bidders = true;    // tender.bidders are complete
};

// How far a CSV file could be read.
struct TableOutcome {
  bool readable = false;  // valid CSV with every required column: its ids can be checked against
  bool complete = false;  // readable, and every row made it into the tender
};

// Each reader parses one CSV file of a tender folder (`text`, reported as `file`; columns in
// any order, extra columns ignored, values trimmed of surrounding spaces and tabs), checks
// every row, appends the good rows to `tender` and every problem to `problems`. A file that
// lacks a required column has none of its rows read.

// bidders.csv: bidder_id,name,lots,sq_pass,form_signed. Ids unique, even ignoring letter case
// (they name files); lots "*" or known lot ids joined by ';'; sq_pass and form_signed yes or
// no (in any case). At least one bidder.
TableOutcome read_bidders(std::string_view text, const std::string& file, Tender& tender,
                          const KnownIds& known, Problems& problems);

// prices.csv: bidder_id,lot,llw,travel,day,rate. Known bidder; lot "*" or a lot the bidder bid
// for; llw and travel inclusive|exclusive, day standard|bank_holiday (in any case); rate an
// amount above zero with at most 2 places; no two rows for the same bidder, lot, basis and day.
TableOutcome read_prices(std::string_view text, const std::string& file, Tender& tender,
                         const KnownIds& known, Problems& problems);

// quality.csv: bidder_id,question,evaluator,mark,comment. Known bidder and question; evaluator
// not empty ("consensus" in any case is the moderated mark); mark a whole number from 0 to
// scale_max; no two marks for the same bidder, question and evaluator.
TableOutcome read_marks(std::string_view text, const std::string& file, Tender& tender, const KnownIds& known,
                        Problems& problems);

}  // namespace tk
