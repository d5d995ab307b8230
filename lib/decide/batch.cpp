#include "decide/batch.hpp"

#include <fmt/format.h>

#include <limits>

#include "read/batch_reader.hpp"

namespace tk {

// Exact arithmetic in integers
// ----------------------------
// With S = scale() (1, 10, 100, 1000 or 10000), the weights times S are whole numbers
// P (price) and W_c (criteria) with P + Σ W_c = 100·S ≤ 10^6. For a bid with rate r pence,
// marks k_c ∈ 0..5 and its competition's lowest rate m pence (1 ≤ m ≤ r ≤ R = 10^15 − 1):
//
//   Q = Σ W_c·k_c                   ≤ 5·(100S − P)      ≤ 5·10^6 < 2^32   (the reader's quality)
//   total = (P·m/r + Q/5) / S = N / (5S·r),   N = 5P·m + Q·r
//   N ≤ 5P·r + 5(100S − P)·r = 500S·r       ≤ 5·10^6 · 10^15 = 5·10^21 < 2^73
//
// Two bids a, b of one competition compare as N_a/r_a against N_b/r_b (the factor 5S is
// common), that is N_a·r_b against N_b·r_a, both ≤ 500S·r_a·r_b ≤ 5·10^36 < 2^127: exact in
// unsigned 128-bit integers. Quality totals compare as Q (the factor 5S is common).
// Display: 100·total = 20N/(S·r); rounding a/b half away from zero (a, b > 0) is
// ⌊(2a + b) / 2b⌋ = ⌊(40N + S·r) / (2S·r)⌋ with 40N ≤ 2·10^23 and 2S·r ≤ 2·10^19, again
// within 128 bits. No binary floating point anywhere; Rational only for total() on request.

namespace {

[[noreturn]] void bad_weights(const std::string& message) {
  throw Error(ExitCode::usage, Location{"--weights"}, message);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

std::uint32_t scaled(const Rational& weight, std::uint32_t scale) {
  return (weight * scale).convert_to<std::uint32_t>();
}

// True when bid a ranks above bid b (same competition, lowest rate m): higher exact total,
// then higher quality, then lower rate, then lower bidder_id. `equal` is set when the totals
// are exactly equal.
bool ranks_above(const BatchBid& a, const BatchBid& b, std::uint64_t m, std::uint64_t five_p, bool& equal) {
  const std::uint64_t ra = a.rate(), rb = b.rate();
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
  return a.bidder_id() < b.bidder_id();
}

}  // namespace

BatchWeights BatchWeights::parse(std::string_view spec) {
  BatchWeights w;
  w.price = 0;
  w.criteria.clear();
  bool have_price = false;
  Rational sum = 0;
  std::size_t start = 0;
  while (start <= spec.size()) {
    std::size_t comma = spec.find(',', start);
    if (comma == std::string_view::npos) comma = spec.size();
    std::string_view pair = trim(spec.substr(start, comma - start));
    start = comma + 1;
    std::size_t eq = pair.find('=');
    if (pair.empty() || eq == std::string_view::npos) {
      bad_weights(fmt::format("'{}': expected NAME=WEIGHT pairs separated by commas, such as "
                              "price=40,ability=29,quality=26,partnership=5",
                              pair));
    }
    std::string name(trim(pair.substr(0, eq)));
    std::string_view value = trim(pair.substr(eq + 1));
    if (name.empty()) bad_weights(fmt::format("'{}': expected a criterion name before '='", pair));
    Parsed<Rational> weight = parse_decimal(value, kMaxPlaces);
    if (!weight) bad_weights(fmt::format("weight of {} '{}': {}", name, value, weight.error));
    if (*weight.value < 0) bad_weights(fmt::format("weight of {} '{}': expected 0 or more", name, value));
    if (name == "competition_id" || name == "bidder_id" || name == "rate") {
      bad_weights(fmt::format("'{}' is not a quality criterion; expected price or a mark column", name));
    }
    bool repeated = name == "price" ? have_price : false;
    for (const BatchCriterion& c : w.criteria) repeated |= c.column == name;
    if (repeated) bad_weights(fmt::format("{} is given twice; expected each criterion once", name));
    if (name == "price") {
      w.price = *weight.value;
      have_price = true;
    } else {
      w.criteria.push_back(BatchCriterion{name, *weight.value});
    }
    sum += *weight.value;
  }
  if (sum != 100) {
    bad_weights(fmt::format("the weights sum to {}; expected 100", to_exact_string(sum)));
  }
  return w;
}

std::uint32_t BatchWeights::scale() const {
  auto whole = [&](std::uint32_t s) {
    if (denominator(Rational(price * s)) != 1) return false;
    for (const BatchCriterion& c : criteria)
      if (denominator(Rational(c.weight * s)) != 1) return false;
    return true;
  };
  std::uint32_t s = 1;
  for (int k = 0; k < kMaxPlaces && !whole(s); ++k) s *= 10;
  return s;
}

BigInt to_big_int(BatchWide value) {
  BigInt high = static_cast<std::uint64_t>(value >> 64);
  BigInt low = static_cast<std::uint64_t>(value);
  return (high << 64) + low;
}

Rational BatchWinner::total() const { return Rational(to_big_int(numerator()), to_big_int(denominator())); }

std::uint64_t BatchWinner::total_hundredths() const {
  // total = N / D; 100·total rounded half away from zero is ⌊(200N + D) / 2D⌋ (both positive).
  const BatchWide d = denominator();
  return static_cast<std::uint64_t>((200 * numerator() + d) / (2 * d));
}

BatchResult decide_batch(std::string_view text, const std::string& file, const BatchOptions& options) {
  const BatchWeights& weights = options.weights;
  const std::uint32_t scale = weights.scale();
  std::vector<BatchMarkColumn> marks;
  for (const BatchCriterion& c : weights.criteria) marks.push_back({c.column, scaled(c.weight, scale)});
  const std::uint64_t five_p = 5 * std::uint64_t{scaled(weights.price, scale)};

  std::size_t limit = options.keep_going ? std::numeric_limits<std::size_t>::max() : Problems::kDefaultLimit;
  BatchTable table = read_batch(text, file, marks, limit);

  BatchResult result;
  result.problems = std::move(table.problems);
  result.problems_dropped = table.problems_dropped;
  result.rows = table.data_rows;
  if (!options.keep_going && !result.problems.empty()) {
    std::vector<Problem> shown = std::move(result.problems);
    if (result.problems_dropped > 0) {
      shown.push_back(Problem{Location{file}, fmt::format("{} more problems not shown", result.problems_dropped)});
    }
    throw Error(ExitCode::data_error, std::move(shown));
  }

  const auto& competitions = table.competitions;
  const auto& bids = table.bids;
  std::vector<std::uint32_t> best(competitions.size(), BatchBid::kNone);
  std::vector<std::uint8_t> tie(competitions.size(), 0);
  for (std::uint32_t i = 0; i < bids.size(); ++i) {
    const BatchBid& bid = bids[i];
    const std::uint32_t c = bid.competition;
    if (best[c] == BatchBid::kNone) {
      best[c] = i;
      continue;
    }
    bool equal = false;
    bool above = ranks_above(bid, bids[best[c]], competitions[c].lowest_rate, five_p, equal);
    // The best total so far is shared when a bid equals it, and no longer when one beats it.
    if (equal) tie[c] = 1;
    else if (above) tie[c] = 0;
    if (above) best[c] = i;
  }

  result.winners.reserve(competitions.size());
  for (std::size_t c = 0; c < competitions.size(); ++c) {
    const BatchCompetition& comp = competitions[c];
    if (comp.rejected || best[c] == BatchBid::kNone) {
      result.withheld.push_back(comp.id);
      continue;
    }
    const BatchBid& w = bids[best[c]];
    BatchWinner winner;
    winner.competition_id = comp.id;
    winner.bidder_id = w.bidder_id();
    winner.rate_pence = w.rate();
    winner.bids = comp.bids;
    winner.lowest_rate_pence = comp.lowest_rate;
    winner.quality = w.quality;
    winner.five_price = static_cast<std::uint32_t>(five_p);
    winner.five_scale = 5 * scale;
    winner.tie = tie[c] != 0;
    result.winners.push_back(winner);
  }
  result.store = std::move(table.store);
  return result;
}

}  // namespace tk
