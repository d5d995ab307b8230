#pragma once

#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

#include "core/huge_pages.hpp"
#include "decide/batch.hpp"
#include "read/batch_reader.hpp"
#include "read/id_index.hpp"

namespace tk {

using BatchOutcomes = std::vector<BatchOutcome, HugePageAllocator<BatchOutcome>>;

// Decides batch competitions from the rows a BatchReader gives, keeping nothing per bid (see
// "How the rows are read" in batch.cpp). One engine reads one stretch of the text; engines of
// later stretches are merged in with absorb, and finish decides what is left.
class BatchEngine {
 public:
  // Decides the rows `reader` gives, with 5 × the scaled price weight `five_p`; `text_size`
  // (the bytes it will read) sizes the tables.
  BatchEngine(BatchReader& reader, std::uint64_t five_p, std::size_t text_size);

  // Reads every row in the reader's range (which may then be moved on to read more). Rows are
  // read into a buffer in groups; the rows of a run still going on at the end of a group move
  // to the front of the buffer, and stay there until flush() or the next rows.
  void run();

  // Ends the run still going on when the rows ran out.
  void flush();

  // Takes in the competitions of `later`, which read the part of the text after this one's,
  // with its lines counted from 1: `line_base` is added to them.
  void absorb(const BatchEngine& later, int line_base);

  // Decides the competitions whose rows came in more than one run, and marks withheld those
  // without a good row.
  void finish();

  std::size_t rows() const { return rows_; }
  BatchOutcomes& outcomes() { return outcomes_; }

 private:
  static constexpr std::size_t kGroup = 64;  // rows read at a time
  static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

  // Where a competition's rows are, for reading them again: its first run and a list of more.
  struct Runs {
    std::uint64_t start = 0;   // offset of the first row of the first run
    std::uint32_t line = 0;
    std::uint32_t rows = 0;    // rows in the first run; 0 until there is one
    std::uint32_t more = kNone;  // further runs, newest first (index into runs_)
  };

  struct Run {
    std::uint64_t start = 0;
    std::uint32_t line = 0;
    std::uint32_t rows = 0;
    std::uint32_t next = kNone;
  };

  // The index of competition `id` (whose hash is `hash`, or 0 when not computed), added when new.
  std::uint32_t competition(std::string_view id, std::uint64_t hash);

  void add_run(Runs& where, std::uint64_t start, std::uint32_t line, std::uint32_t rows);

  // Adds run[0..n), consecutive good rows of one competition.
  void end_run(BatchRow* run, std::size_t n);

  // Picks the winner of rows[0..n), all of competition o, whose lowest rate is set.
  void decide(const BatchRow* rows, std::size_t n, BatchOutcome& o) const;

  // Reports every row whose bidder bid earlier among rows[0..n) (in file order), and returns
  // whether there was any. With `across_runs`, rows whose `hash` (the run they are in) equals
  // that of an earlier row with the same bidder were reported with their run already.
  bool report_duplicates(BatchRow* rows, std::size_t n, bool across_runs);

  void duplicate(const BatchRow& row, int first_line);

  BatchReader& reader_;
  const std::uint64_t five_p_;
  IdIndex index_;
  BatchOutcomes outcomes_;
  std::vector<Runs, HugePageAllocator<Runs>> runs_of_;  // per competition, as outcomes_
  std::vector<Run> runs_;                               // further runs of split competitions
  std::uint32_t last_ = kNone;                          // the competition looked up last
  std::vector<BatchRow> buffer_ = std::vector<BatchRow>(kGroup);  // rows read, see run()
  std::size_t carried_ = 0;                             // rows of an unfinished run in buffer_
  std::string_view previous_;                           // the competition_id of the row before
  std::size_t rows_ = 0;
};

}  // namespace tk
