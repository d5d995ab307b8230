#include "decide/batch.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <numeric>

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

namespace {

constexpr std::size_t kGroup = 64;
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

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

struct Competition {
  const char* id = nullptr;
  const char* winner = nullptr;  // the winner's bidder_id (so far, for a competition in runs)
  std::uint64_t lowest = 0;      // lowest rate, pence
  std::uint64_t rate = 0;        // the winner's rate
  std::uint64_t run_start = 0;   // offset of the first row of the first run
  std::uint32_t run_line = 0;
  std::uint32_t run_rows = 0;    // rows in the first run; 0 until there is one
  std::uint32_t line = 0;        // where the competition is first seen
  std::uint32_t bids = 0;
  std::uint32_t quality = 0;     // the winner's
  std::uint32_t more_runs = kNone;  // further runs, newest first (index into Engine::runs_)
  std::uint16_t id_length = 0;
  std::uint16_t winner_length = 0;
  bool tie = false;
  bool rejected = false;  // a row of it had a problem

  std::string_view id_view() const { return {id, id_length}; }
};

struct Run {
  std::uint64_t start = 0;
  std::uint32_t line = 0;
  std::uint32_t rows = 0;
  std::uint32_t next = kNone;
};

class Engine {
 public:
  Engine(BatchReader& reader, std::uint64_t five_p, std::size_t text_size)
      : reader_(reader), five_p_(five_p), index_(std::max<std::size_t>(1024, text_size / 160)) {
    competitions_.reserve(text_size / 128 + 16);
  }

  void run() {
    std::vector<BatchRow> group(kGroup);
    run_.reserve(kGroup);
    std::string_view previous;
    for (;;) {
      std::size_t n = reader_.read(group.data(), kGroup);
      if (n == 0) break;
      rows_ += n;
      for (std::size_t k = 0; k < n; ++k) {
        BatchRow& row = group[k];
        row.hash = 0;
        if (!row.id.empty() && !IdIndex::same(row.id, previous)) {
          row.hash = IdIndex::hash(row.id);
          index_.prefetch(row.hash);
        }
        previous = row.id;
      }
      for (std::size_t k = 0; k < n; ++k) add(group[k]);
    }
    end_run();
    decide_split_competitions();
  }

  std::size_t rows() const { return rows_; }
  const std::vector<Competition, HugePageAllocator<Competition>>& competitions() const { return competitions_; }

 private:
  void add(const BatchRow& row) {
    if (!row.good) {
      end_run();
      if (!row.id.empty()) competitions_[competition(row.id, row.hash, row.line)].rejected = true;
      return;
    }
    if (!run_.empty() && !IdIndex::same(row.id, run_.front().id)) end_run();
    run_.push_back(row);
  }

  std::uint32_t competition(std::string_view id, std::uint64_t hash, int line) {
    if (last_ != kNone && IdIndex::same(id, competitions_[last_].id_view())) return last_;
    if (hash == 0) hash = IdIndex::hash(id);
    const auto next = static_cast<std::uint32_t>(competitions_.size());
    const std::uint32_t found = index_.find_or_insert(id, hash, next);
    if (found == next) {
      Competition c;
      c.id = id.data();
      c.id_length = static_cast<std::uint16_t>(id.size());
      c.line = static_cast<std::uint32_t>(line);
      competitions_.push_back(c);
    }
    last_ = found;
    return found;
  }

  void end_run() {
    if (run_.empty()) return;
    const BatchRow& first = run_.front();
    bool duplicates = report_duplicates(run_.data(), run_.size(), false);
    Competition& c = competitions_[competition(first.id, first.hash, first.line)];
    c.rejected |= duplicates;
    std::uint64_t lowest = run_.front().rate;
    for (const BatchRow& row : run_) lowest = std::min(lowest, row.rate);
    if (c.run_rows == 0) {
      c.run_start = first.start;
      c.run_line = static_cast<std::uint32_t>(first.line);
      c.run_rows = static_cast<std::uint32_t>(run_.size());
      c.lowest = lowest;
      c.bids = static_cast<std::uint32_t>(run_.size());
      decide(run_.data(), run_.size(), c);
    } else {
      runs_.push_back(Run{first.start, static_cast<std::uint32_t>(first.line),
                          static_cast<std::uint32_t>(run_.size()), c.more_runs});
      c.more_runs = static_cast<std::uint32_t>(runs_.size() - 1);
      c.lowest = std::min(c.lowest, lowest);
      c.bids += static_cast<std::uint32_t>(run_.size());
    }
    run_.clear();
  }

  // Picks the winner of rows[0..n) (all of competition c, whose lowest rate is set).
  void decide(const BatchRow* rows, std::size_t n, Competition& c) const {
    std::size_t best = 0;
    bool tie = false;
    for (std::size_t i = 1; i < n; ++i) {
      bool equal = false;
      bool above = ranks_above(rows[i], rows[best], c.lowest, five_p_, equal);
      // The best total so far is shared when a bid equals it, and no longer when one beats it.
      if (equal) tie = true;
      else if (above) tie = false;
      if (above) best = i;
    }
    c.winner = rows[best].bidder.data();
    c.winner_length = static_cast<std::uint16_t>(rows[best].bidder.size());
    c.rate = rows[best].rate;
    c.quality = rows[best].quality;
    c.tie = tie;
  }

  // Reports every row whose bidder bid earlier among rows[0..n) (in file order), and returns
  // whether there was any. With `across_runs`, rows whose `hash` (the run they are in) equals
  // that of an earlier row with the same bidder were reported with their run already.
  bool report_duplicates(BatchRow* rows, std::size_t n, bool across_runs) {
    bool any = false;
    if (n <= 16 && !across_runs) {
      for (std::size_t j = 1; j < n; ++j) {
        for (std::size_t i = 0; i < j; ++i) {
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

  // Decides the competitions whose rows came in more than one run, from their rows read again.
  void decide_split_competitions() {
    std::vector<BatchRow> rows;
    std::vector<Run> runs;
    for (Competition& c : competitions_) {
      if (c.more_runs == kNone) continue;
      runs.assign(1, Run{c.run_start, c.run_line, c.run_rows, kNone});
      for (std::uint32_t r = c.more_runs; r != kNone; r = runs_[r].next) runs.push_back(runs_[r]);
      std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.start < b.start; });
      rows.resize(c.bids);
      std::size_t n = 0;
      for (std::size_t r = 0; r < runs.size(); ++r) {
        std::size_t got = reader_.reread(runs[r].start, static_cast<int>(runs[r].line), rows.data() + n, runs[r].rows);
        for (std::size_t k = n; k < n + got; ++k) rows[k].hash = r;  // the run each row is in
        n += got;
      }
      c.rejected |= report_duplicates(rows.data(), n, true);
      if (!c.rejected && n > 0) decide(rows.data(), n, c);
    }
  }

  BatchReader& reader_;
  const std::uint64_t five_p_;
  IdIndex index_;
  std::vector<Competition, HugePageAllocator<Competition>> competitions_;
  std::vector<Run> runs_;
  std::vector<BatchRow> run_;  // the current run
  std::uint32_t last_ = kNone;  // the competition looked up last
  std::size_t rows_ = 0;
};

std::uint32_t scaled(const Rational& weight, std::uint32_t scale) {
  return (weight * scale).convert_to<std::uint32_t>();
}

}  // namespace

BigInt to_big_int(BatchWide value) {
  BigInt high = static_cast<std::uint64_t>(value >> 64);
  BigInt low = static_cast<std::uint64_t>(value);
  return (high << 64) + low;
}

Rational BatchWinner::total() const { return Rational(to_big_int(numerator()), to_big_int(denominator())); }

std::uint64_t BatchWinner::total_hundredths() const {
  const BatchWide d = denominator();
  return static_cast<std::uint64_t>((200 * numerator() + d) / (2 * d));
}

BatchResult decide_batch(std::string_view text, const std::string& file, const BatchSettings& settings) {
  const BatchWeights& weights = settings.weights;
  const std::uint32_t scale = weights.scale();
  std::vector<BatchMarkColumn> marks;
  for (const BatchCriterion& c : weights.criteria) marks.push_back({c.column, scaled(c.weight, scale)});
  const std::uint32_t five_p = 5 * scaled(weights.price, scale);

  BatchProblems problems;
  if (!settings.keep_going) problems.limit = Problems::kDefaultLimit;
  BatchReader reader(text, file, marks, problems);
  BatchResult result;
  if (reader.read_header()) {
    Engine engine(reader, five_p, text.size());
    engine.run();
    result.rows = engine.rows();
    for (const Competition& c : engine.competitions()) {
      if (c.rejected || c.bids == 0) {
        result.withheld.push_back(c.id_view());
        continue;
      }
      BatchWinner w;
      w.competition_id = c.id_view();
      w.bidder_id = {c.winner, c.winner_length};
      w.rate_pence = c.rate;
      w.lowest_rate_pence = c.lowest;
      w.quality = c.quality;
      w.bids = c.bids;
      w.five_price = five_p;
      w.five_scale = 5 * scale;
      w.tie = c.tie;
      result.winners.push_back(w);
    }
  }
  std::stable_sort(problems.list.begin(), problems.list.end(), [](const Problem& a, const Problem& b) {
    return a.where.line != b.where.line ? a.where.line < b.where.line : a.where.column < b.where.column;
  });
  result.problems = std::move(problems.list);
  result.problems_dropped = problems.dropped;
  result.store = reader.release_store();
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
