#include "decide/batch_engine.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

namespace tk {

namespace {

// True when bid a ranks above bid b (same competition, lowest rate m, 5 × the scaled price
// weight five_p): higher exact total (compared as in batch.cpp, in 128-bit integers), then
// higher quality, then lower rate, then lower bidder_id. `equal` is set when the totals are
// exactly equal.
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

}  // namespace

BatchEngine::BatchEngine(BatchReader& reader, std::uint64_t five_p, std::size_t text_size)
    : reader_(reader), five_p_(five_p), index_(std::max<std::size_t>(1024, text_size / 160)) {
  outcomes_.reserve(text_size / 128 + 16);
  runs_of_.reserve(text_size / 128 + 16);
}

void BatchEngine::run() {
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

void BatchEngine::flush() {
  end_run(buffer_.data(), carried_);
  carried_ = 0;
}

void BatchEngine::absorb(const BatchEngine& later, int line_base) {
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

void BatchEngine::finish() {
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

std::uint32_t BatchEngine::competition(std::string_view id, std::uint64_t hash) {
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

void BatchEngine::add_run(Runs& where, std::uint64_t start, std::uint32_t line, std::uint32_t rows) {
  runs_.push_back(Run{start, line, rows, where.more});
  where.more = static_cast<std::uint32_t>(runs_.size() - 1);
}

void BatchEngine::end_run(BatchRow* run, std::size_t n) {
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

void BatchEngine::decide(const BatchRow* rows, std::size_t n, BatchOutcome& o) const {
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

bool BatchEngine::report_duplicates(BatchRow* rows, std::size_t n, bool across_runs) {
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

void BatchEngine::duplicate(const BatchRow& row, int first_line) {
  reader_.report(row.line, reader_.column_of(row.bidder.data()),
                 fmt::format("bidder_id '{}' bids twice in competition '{}' (first on line {}); expected "
                             "one row per bidder in a competition",
                             shown_value(row.bidder), shown_value(row.id), first_line));
}

}  // namespace tk
