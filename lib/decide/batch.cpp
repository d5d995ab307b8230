#include "decide/batch.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "read/batch_reader.hpp"
#include "read/id_index.hpp"

namespace tk {

// Exact arithmetic in integers
// ----------------------------
// With S = scale() (1, 10, 100, 1000 or 10000), the weights times S are whole numbers
// P (price) and W_c (criteria) with P + Σ W_c = 100·S ≤ 10^6. For a bid with rate r pence,
// marks k_c ∈ 0..5 and its competition's lowest rate m pence (1 ≤ m ≤ r ≤ R = 10^15 − 1):
//
//   Q = Σ W_c·k_c                   ≤ 5·(100S − P)      ≤ 5·10^6 < 2^32   (the row's quality)
//   total = (P·m/r + Q/5) / S = N / (5S·r),   N = 5P·m + Q·r
//   N ≤ 5P·r + 5(100S − P)·r = 500S·r       ≤ 5·10^6 · 10^15 = 5·10^21 < 2^73
//
// Two bids a, b of one competition compare as N_a/r_a against N_b/r_b (the factor 5S is
// common), that is N_a·r_b against N_b·r_a, both ≤ 500S·r_a·r_b ≤ 5·10^36 < 2^127: exact in
// unsigned 128-bit integers. Quality totals compare as Q (the factor 5S is common).
// Display: 100·total = 100N/D; rounding a/b half away from zero (a, b > 0) is ⌊(2a + b) / 2b⌋
// = ⌊(200N + D) / 2D⌋ with 200N ≤ 10^24 and 2D ≤ 10^20: again within 128 bits. No binary
// floating point anywhere; Rational only for total() on request.
//
// How the rows are read
// ---------------------
// Nothing is kept per bid. Consecutive good rows of one competition form a run; a run is
// checked for duplicate bidders and decided as soon as it ends, and its competition keeps only
// the winner, the lowest rate and where the run is. A competition whose rows come in several
// runs is decided at the end by reading its runs again from the text, with its final lowest
// rate. Rows are read in groups, and the index slots of the competitions in a group are
// prefetched before the group is added, so that the index's cache misses overlap.
// A large text is cut into parts at line breaks, which two threads share: one from the
// front, one from the back (see read_rows). The back parts' competitions are then merged into
// the front's in file order (a competition in several parts is decided from its runs read
// again).

namespace {

constexpr std::size_t kGroup = 64;
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
// A large text is cut into this many parts for the two threads to share.
constexpr std::size_t kParts = 16;
// True when bid a ranks above bid b (same competition, lowest rate m): higher exact total,
// then higher quality, then lower rate, then lower bidder_id. `equal` is set when the totals
// are exactly equal.
bool ranks_above(const BatchRow& a, const BatchRow& b, std::uint64_t m, std::uint64_t five_p, bool& equal) {
  const std::uint64_t ra = a.rate, rb = b.rate;
  equal = false;
  if (ra == rb) {
    if (a.quality != b.quality) return a.quality > b.quality;
    equal = true;
  } else {
    const BatchWide base = BatchWide{five_p} * m;
    const BatchWide na = base + BatchWide{a.quality} * ra;
    const BatchWide nb = base + BatchWide{b.quality} * rb;
    const BatchWide left = na * rb, right = nb * ra;
    if (left != right) return left > right;
    equal = true;
    if (a.quality != b.quality) return a.quality > b.quality;
    return ra < rb;
  }
  return a.bidder < b.bidder;
}

// Where a competition's rows are, for reading them again: its first run and a list of more.
struct Runs {
  std::uint64_t start = 0;   // offset of the first row of the first run
  std::uint32_t line = 0;
  std::uint32_t rows = 0;    // rows in the first run; 0 until there is one
  std::uint32_t more = kNone;  // further runs, newest first (index into Engine::runs_)
};

struct Run {
  std::uint64_t start = 0;
  std::uint32_t line = 0;
  std::uint32_t rows = 0;
  std::uint32_t next = kNone;
};

using Outcomes = std::vector<BatchOutcome, HugePageAllocator<BatchOutcome>>;

class Engine {
 public:
  Engine(BatchReader& reader, std::uint64_t five_p, std::size_t text_size)
      : reader_(reader), five_p_(five_p), index_(std::max<std::size_t>(1024, text_size / 160)) {
    outcomes_.reserve(text_size / 128 + 16);
    runs_of_.reserve(text_size / 128 + 16);
  }

  // Reads every row in the reader's range (which may then be moved on to read more). Rows are
  // read into a buffer in groups; the rows of a run still going on at the end of a group move
  // to the front of the buffer, and stay there until flush() or the next rows.
  void run() {
    for (;;) {
      if (carried_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);  // a long run
      const std::size_t n = reader_.read(buffer_.data() + carried_, buffer_.size() - carried_);
      if (n == 0) return;
      rows_ += n;
      const std::size_t end = carried_ + n;
      // hash 0 marks a row whose competition_id is the row before's.
      for (std::size_t k = carried_; k < end; ++k) {
        BatchRow& row = buffer_[k];
        row.hash = 0;
        if (!row.id.empty() && !IdIndex::same(row.id, previous_)) {
          row.hash = IdIndex::hash(row.id);
          index_.prefetch(row.hash);
        }
        previous_ = row.id;
      }
      std::size_t first = 0;  // the current run is buffer_[first, k)
      for (std::size_t k = carried_; k < end; ++k) {
        const BatchRow& row = buffer_[k];
        if (!row.good) {
          end_run(buffer_.data() + first, k - first);
          if (!row.id.empty()) outcomes_[competition(row.id, row.hash)].withheld = true;
          first = k + 1;
        } else if (row.hash != 0 && k > first) {
          end_run(buffer_.data() + first, k - first);
          first = k;
        }
      }
      carried_ = end - first;
      std::copy(buffer_.begin() + static_cast<std::ptrdiff_t>(first), buffer_.begin() + static_cast<std::ptrdiff_t>(end),
                buffer_.begin());
    }
  }

  // Ends the run still going on when the rows ran out.
  void flush() {
    end_run(buffer_.data(), carried_);
    carried_ = 0;
  }

  // Takes in the competitions of `later`, which read the part of the text after this one's,
  // with its lines counted from 1: `line_base` is added to them.
  void absorb(const Engine& later, int line_base) {
    const auto base = static_cast<std::uint32_t>(line_base);
    const std::size_t n = later.outcomes_.size();
    constexpr std::size_t kAhead = 16;
    std::vector<std::uint64_t> hashes(n);
    for (std::size_t j = 0; j < n; ++j) hashes[j] = IdIndex::hash(later.outcomes_[j].competition_id());
    for (std::size_t j = 0; j < n; ++j) {
      if (j + kAhead < n) index_.prefetch(hashes[j + kAhead]);
      const BatchOutcome& theirs = later.outcomes_[j];
      Runs their_runs = later.runs_of_[j];
      their_runs.line += base;
      const auto next = static_cast<std::uint32_t>(outcomes_.size());
      const std::uint32_t i = index_.find_or_insert(theirs.competition_id(), hashes[j], next);
      if (i == next) {
        outcomes_.push_back(theirs);
        their_runs.more = kNone;
        runs_of_.push_back(their_runs);
      } else {
        BatchOutcome& ours = outcomes_[i];
        ours.withheld |= theirs.withheld;
        if (theirs.bids == 0) continue;
        if (ours.bids == 0) {
          const bool withheld = ours.withheld;
          ours = theirs;
          ours.withheld = withheld;
          runs_of_[i] = their_runs;
          runs_of_[i].more = kNone;
        } else {
          ours.lowest_rate_pence = std::min(ours.lowest_rate_pence, theirs.lowest_rate_pence);
          ours.bids += theirs.bids;
          add_run(runs_of_[i], their_runs.start, their_runs.line, their_runs.rows);
        }
      }
      for (std::uint32_t r = later.runs_of_[j].more; r != kNone; r = later.runs_[r].next) {
        add_run(runs_of_[i], later.runs_[r].start, later.runs_[r].line + base, later.runs_[r].rows);
      }
    }
    rows_ += later.rows_;
    last_ = kNone;
  }

  // Decides the competitions whose rows came in more than one run, and marks withheld those
  // without a good row.
  void finish() {
    std::vector<BatchRow> rows;
    std::vector<Run> runs;
    for (std::size_t i = 0; i < outcomes_.size(); ++i) {
      BatchOutcome& o = outcomes_[i];
      const Runs& where = runs_of_[i];
      if (where.more != kNone) {
        runs.assign(1, Run{where.start, where.line, where.rows, kNone});
        for (std::uint32_t r = where.more; r != kNone; r = runs_[r].next) runs.push_back(runs_[r]);
        std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.start < b.start; });
        rows.resize(o.bids);
        std::size_t n = 0;
        for (std::size_t r = 0; r < runs.size(); ++r) {
          std::size_t got = reader_.reread(runs[r].start, static_cast<int>(runs[r].line), rows.data() + n, runs[r].rows);
          for (std::size_t k = n; k < n + got; ++k) rows[k].hash = r;  // the run each row is in
          n += got;
        }
        o.withheld |= report_duplicates(rows.data(), n, true);
        if (!o.withheld && n > 0) decide(rows.data(), n, o);
      }
      o.withheld |= o.bids == 0;
      if (o.withheld) {  // no winner: leave nothing that looks like one
        o.winner = nullptr;
        o.winner_length = 0;
        o.rate_pence = o.lowest_rate_pence = 0;
        o.quality = 0;
        o.tie = false;
      }
    }
  }

  std::size_t rows() const { return rows_; }
  Outcomes& outcomes() { return outcomes_; }

 private:
  std::uint32_t competition(std::string_view id, std::uint64_t hash) {
    if (last_ != kNone && IdIndex::same(id, outcomes_[last_].competition_id())) return last_;
    if (hash == 0) hash = IdIndex::hash(id);
    const auto next = static_cast<std::uint32_t>(outcomes_.size());
    const std::uint32_t found = index_.find_or_insert(id, hash, next);
    if (found == next) {
      BatchOutcome o;
      o.competition = id.data();
      o.competition_length = static_cast<std::uint16_t>(id.size());
      outcomes_.push_back(o);
      runs_of_.emplace_back();
    }
    last_ = found;
    return found;
  }

  void add_run(Runs& where, std::uint64_t start, std::uint32_t line, std::uint32_t rows) {
    runs_.push_back(Run{start, line, rows, where.more});
    where.more = static_cast<std::uint32_t>(runs_.size() - 1);
  }

  // Adds run[0..n), consecutive good rows of one competition.
  void end_run(BatchRow* run, std::size_t n) {
    if (n == 0) return;
    const BatchRow& first = run[0];
    const bool duplicates = report_duplicates(run, n, false);
    const std::uint32_t i = competition(first.id, first.hash);
    BatchOutcome& o = outcomes_[i];
    Runs& where = runs_of_[i];
    o.withheld |= duplicates;
    std::uint64_t lowest = first.rate;
    for (std::size_t k = 1; k < n; ++k) lowest = std::min(lowest, run[k].rate);
    const auto rows = static_cast<std::uint32_t>(n);
    const auto line = static_cast<std::uint32_t>(first.line);
    if (o.bids == 0) {
      where.start = first.start;
      where.line = line;
      where.rows = rows;
      o.lowest_rate_pence = lowest;
      o.bids = rows;
      decide(run, n, o);
    } else {
      add_run(where, first.start, line, rows);
      o.lowest_rate_pence = std::min(o.lowest_rate_pence, lowest);
      o.bids += rows;
    }
  }

  // Picks the winner of rows[0..n), all of competition o, whose lowest rate is set.
  void decide(const BatchRow* rows, std::size_t n, BatchOutcome& o) const {
    std::size_t best = 0;
    bool tie = false;
    for (std::size_t i = 1; i < n; ++i) {
      bool equal = false;
      bool above = ranks_above(rows[i], rows[best], o.lowest_rate_pence, five_p_, equal);
      // The best total so far is shared when a bid equals it, and no longer when one beats it.
      if (equal) tie = true;
      else if (above) tie = false;
      if (above) best = i;
    }
    o.winner = rows[best].bidder.data();
    o.winner_length = static_cast<std::uint16_t>(rows[best].bidder.size());
    o.rate_pence = rows[best].rate;
    o.quality = rows[best].quality;
    o.tie = tie;
  }

  // Reports every row whose bidder bid earlier among rows[0..n) (in file order), and returns
  // whether there was any. With `across_runs`, rows whose `hash` (the run they are in) equals
  // that of an earlier row with the same bidder were reported with their run already.
  bool report_duplicates(BatchRow* rows, std::size_t n, bool across_runs) {
    bool any = false;
    if (n == 1 && !across_runs) return false;
    if (n <= 16 && !across_runs) {
      // Bidders with different non-zero keys differ; only others need their bytes compared.
      for (std::size_t j = 1; j < n; ++j) {
        const std::uint64_t key = rows[j].bidder_key;
        for (std::size_t i = 0; i < j; ++i) {
          if (key != 0 && rows[i].bidder_key != 0 && key != rows[i].bidder_key) continue;
          if (!IdIndex::same(rows[i].bidder, rows[j].bidder)) continue;
          duplicate(rows[j], rows[i].line);
          any = true;
          break;
        }
      }
      return any;
    }
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      int c = rows[a].bidder.compare(rows[b].bidder);
      return c != 0 ? c < 0 : rows[a].line < rows[b].line;
    });
    for (std::size_t k = 0; k < n;) {
      std::size_t end = k + 1;
      while (end < n && rows[order[end]].bidder == rows[order[k]].bidder) ++end;
      for (std::size_t j = k + 1; j < end; ++j) {
        any = true;
        const BatchRow& later = rows[order[j]];
        bool reported = false;
        for (std::size_t i = k; i < j && across_runs; ++i) reported |= rows[order[i]].hash == later.hash;
        if (!reported) duplicate(later, rows[order[k]].line);
      }
      k = end;
    }
    return any;
  }

  void duplicate(const BatchRow& row, int first_line) {
    reader_.report(row.line, reader_.column_of(row.bidder.data()),
                   fmt::format("bidder_id '{}' bids twice in competition '{}' (first on line {}); expected "
                               "one row per bidder in a competition",
                               shown_value(row.bidder), shown_value(row.id), first_line));
  }

  BatchReader& reader_;
  const std::uint64_t five_p_;
  IdIndex index_;
  Outcomes outcomes_;
  std::vector<Runs, HugePageAllocator<Runs>> runs_of_;  // per competition, as outcomes_
  std::vector<Run> runs_;                               // further runs of split competitions
  std::uint32_t last_ = kNone;                          // the competition looked up last
  std::vector<BatchRow> buffer_ = std::vector<BatchRow>(kGroup);  // rows read, see run()
  std::size_t carried_ = 0;                             // rows of an unfinished run in buffer_
  std::string_view previous_;                           // the competition_id of the row before
  std::size_t rows_ = 0;
};

std::uint32_t scaled(const Rational& weight, std::uint32_t scale) {
  return (weight * scale).convert_to<std::uint32_t>();
}

// A large text's parts: offsets b[0] = rows_start < b[1] < ... < b[k] = text size, each
// inner one just after an LF near an even division of the rows. One part for a small text.
std::vector<std::size_t> part_bounds(std::string_view text, std::size_t rows_start, std::size_t parallel_from) {
  std::vector<std::size_t> bounds = {rows_start};
  if (text.size() >= parallel_from && rows_start < text.size()) {
    const std::size_t rows = text.size() - rows_start;
    for (std::size_t i = 1; i < kParts; ++i) {
      std::size_t lf = text.find('\n', rows_start + rows / kParts * i);
      if (lf == std::string_view::npos || lf + 1 >= text.size()) break;
      if (lf + 1 > bounds.back()) bounds.push_back(lf + 1);
    }
  }
  bounds.push_back(text.size());
  return bounds;
}

// Rows read apart from the first thread's: a reader over a stretch of parts and its
// competitions, lines counted from the stretch's start.
struct Stretch {
  BatchProblems problems;
  std::unique_ptr<BatchReader> reader;
  std::unique_ptr<Engine> engine;
  std::size_t begin = 0, end = 0;  // parts [begin, end)
};

using ReaderMaker = std::function<std::unique_ptr<BatchReader>(BatchProblems&)>;
using EngineMaker = std::function<std::unique_ptr<Engine>(BatchReader&, std::size_t)>;

// Reads the rows after the header into `engine`. With k parts, a second thread reads the
// back half part by part, from part k/2 on, while this thread reads the front half; this
// thread then takes whatever parts the second has not begun (into the same engine if the
// second thread has not run at all, as on a busy machine). The other stretches are merged in
// file order. Should a stretch not end at a record boundary (a quoted line break across
// parts), the others' work is dropped and this thread reads on alone.
void read_rows(Engine& engine, BatchReader& reader, BatchProblems& problems, std::vector<std::deque<std::string>>& stores,
               const std::vector<std::size_t>& bounds, const ReaderMaker& make_reader, const EngineMaker& make_engine) {
  const std::size_t k = bounds.size() - 1;
  const std::size_t middle = k / 2;
  if (k == 1) {
    engine.run();
    engine.flush();
    return;
  }
  auto start = [&](Stretch& s, std::size_t part) {
    s.problems.limit = problems.limit;
    s.reader = make_reader(s.problems);
    s.reader->set_range(bounds[part], bounds[part], 1);
    s.engine = make_engine(*s.reader, bounds[k] - bounds[part]);
    s.begin = s.end = part;
  };
  auto read_part = [&](Stretch& s) {  // reads part s.end into s
    s.reader->set_range(s.reader->position(), bounds[s.end + 1], s.reader->line());
    s.engine->run();
    ++s.end;
  };
  Stretch second, tail;
  std::mutex mutex;
  std::size_t next = middle;  // the next part of the back half nobody has begun
  bool taken_over = false;    // this thread has taken the back half's remaining parts
  std::exception_ptr failure;
  std::thread helper([&] {
    try {
      for (;;) {
        {
          std::lock_guard<std::mutex> lock(mutex);
          if (taken_over || next == k) return;
          ++next;
        }
        if (!second.engine) start(second, middle);
        read_part(second);
      }
    } catch (...) {
      failure = std::current_exception();
    }
  });
  auto stop_helper = [&] {
    {
      std::lock_guard<std::mutex> lock(mutex);
      taken_over = true;
    }
    helper.join();
  };
  bool consistent = true;
  try {
    reader.set_range(reader.position(), bounds[middle], reader.line());
    engine.run();
    consistent = reader.position() == bounds[middle];
    std::size_t rest = k;
    {
      std::lock_guard<std::mutex> lock(mutex);
      taken_over = true;
      rest = next;
      next = k;
    }
    if (consistent && rest == middle) {  // the helper has not begun: read on here
      reader.set_range(reader.position(), bounds[k], reader.line());
      engine.run();
    } else if (consistent && rest < k) {
      start(tail, rest);
      while (tail.end < k) read_part(tail);
    }
  } catch (...) {
    stop_helper();
    throw;
  }
  helper.join();
  if (failure) std::rethrow_exception(failure);
  std::vector<Stretch*> stretches;
  for (Stretch* s : {&second, &tail}) {
    if (!s->engine) continue;
    s->engine->flush();
    consistent = consistent && s->reader->position() == bounds[s->end];
    stretches.push_back(s);
  }
  if (!consistent) {
    reader.set_range(reader.position(), bounds[k], reader.line());
    engine.run();
    engine.flush();
    return;
  }
  engine.flush();
  int base = reader.line() - 1;
  for (Stretch* s : stretches) {
    engine.absorb(*s->engine, base);
    for (Problem& p : s->problems.list) {
      if (p.where.line > 0) p.where.line += base;
      problems.add(std::move(p.where), std::move(p.message));
    }
    problems.dropped += s->problems.dropped;
    stores.push_back(s->reader->release_store());
    base += s->reader->line() - 1;
  }
}

}  // namespace

BigInt to_big_int(BatchWide value) {
  BigInt high = static_cast<std::uint64_t>(value >> 64);
  BigInt low = static_cast<std::uint64_t>(value);
  return (high << 64) + low;
}

Rational BatchResult::total(const BatchOutcome& o) const {
  return Rational(to_big_int(numerator(o)), to_big_int(denominator(o)));
}

std::uint64_t BatchResult::total_hundredths(const BatchOutcome& o) const {
  const BatchWide d = denominator(o);
  return static_cast<std::uint64_t>((200 * numerator(o) + d) / (2 * d));
}

BatchResult decide_batch(std::string_view text, const std::string& file, const BatchSettings& settings) {
  const BatchWeights& weights = settings.weights;
  const std::uint32_t scale = weights.scale();
  std::vector<BatchMarkColumn> marks;
  for (const BatchCriterion& c : weights.criteria) marks.push_back({c.column, scaled(c.weight, scale)});
  const std::uint32_t five_p = 5 * scaled(weights.price, scale);
  const std::size_t limit = settings.keep_going ? std::numeric_limits<std::size_t>::max() : Problems::kDefaultLimit;

  BatchResult result;
  result.five_price = five_p;
  result.five_scale = 5 * scale;
  BatchProblems problems;
  problems.limit = limit;
  BatchReader reader(text, file, marks, problems);
  if (reader.read_header()) {
    Engine engine(reader, five_p, text.size());
    const std::vector<std::size_t> bounds =
        part_bounds(text, reader.position(), settings.threads > 1 ? settings.parallel_from : SIZE_MAX);
    read_rows(
        engine, reader, problems, result.store, bounds,
        [&](BatchProblems& part_problems) {
          auto part_reader = std::make_unique<BatchReader>(text, file, marks, part_problems);
          part_reader->read_header();
          return part_reader;
        },
        [&](BatchReader& part_reader, std::size_t size) { return std::make_unique<Engine>(part_reader, five_p, size); });
    engine.finish();
    result.rows = engine.rows();
    result.competitions = std::move(engine.outcomes());
    for (const BatchOutcome& o : result.competitions) result.withheld += o.withheld ? 1 : 0;
  }
  std::stable_sort(problems.list.begin(), problems.list.end(), [](const Problem& a, const Problem& b) {
    return a.where.line != b.where.line ? a.where.line < b.where.line : a.where.column < b.where.column;
  });
  result.problems = std::move(problems.list);
  result.problems_dropped = problems.dropped;
  result.store.push_back(reader.release_store());
  if (!settings.keep_going && !result.problems.empty()) {
    std::vector<Problem> shown = std::move(result.problems);
    if (result.problems_dropped > 0) {
      shown.push_back(Problem{Location{file}, fmt::format("{} more problems not shown", result.problems_dropped)});
    }
    throw Error(ExitCode::data_error, std::move(shown));
  }
  return result;
}

}  // namespace tk
