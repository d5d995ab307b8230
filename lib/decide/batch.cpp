#include "decide/batch.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <thread>

#include "decide/batch_engine.hpp"
#include "read/batch_reader.hpp"

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

// A large text is cut into this many parts for the two threads to share.
constexpr std::size_t kParts = 16;
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
  std::unique_ptr<BatchEngine> engine;
  std::size_t begin = 0, end = 0;  // parts [begin, end)
};

using ReaderMaker = std::function<std::unique_ptr<BatchReader>(BatchProblems&)>;
using EngineMaker = std::function<std::unique_ptr<BatchEngine>(BatchReader&, std::size_t)>;

// Reads the rows after the header into `engine`. With k parts, a second thread reads the
// back half part by part, from part k/2 on, while this thread reads the front half; this
// thread then takes whatever parts the second has not begun (into the same engine if the
// second thread has not run at all, as on a busy machine). The other stretches are merged in
// file order. Should a stretch not end at a record boundary (a quoted line break across
// parts), the others' work is dropped and this thread reads on alone.
void read_rows(BatchEngine& engine, BatchReader& reader, BatchProblems& problems, std::vector<std::deque<std::string>>& stores,
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
    BatchEngine engine(reader, five_p, text.size());
    const std::vector<std::size_t> bounds =
        part_bounds(text, reader.position(), settings.threads > 1 ? settings.parallel_from : SIZE_MAX);
    read_rows(
        engine, reader, problems, result.store, bounds,
        [&](BatchProblems& part_problems) {
          auto part_reader = std::make_unique<BatchReader>(text, file, marks, part_problems);
          part_reader->read_header();
          return part_reader;
        },
        [&](BatchReader& part_reader, std::size_t size) { return std::make_unique<BatchEngine>(part_reader, five_p, size); });
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
