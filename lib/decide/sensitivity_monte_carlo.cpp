#include "decide/sensitivity_monte_carlo.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <numeric>
#include <thread>

#include "core/common_denominator.hpp"
#include "core/error.hpp"
#include "decide/sensitivity_rng.hpp"

namespace tk {

namespace {

__extension__ typedef unsigned __int128 Wide;

constexpr std::uint64_t kBlock = 4096;        // samples a thread takes at a time
constexpr long kMinFractionBits = 24;         // fewer: the filter would decide too little
constexpr auto kProgressEvery = std::chrono::milliseconds(100);

long bit_length(const BigInt& v) { return v == 0 ? 0 : static_cast<long>(boost::multiprecision::msb(v)) + 1; }

const Rational& unit_score(const LotFacts& f, const std::vector<Rational>& fractions, std::size_t i, std::size_t c) {
  return c == f.price_criterion ? fractions[i] : f.bids[i].fractions[c];
}

// A lot's scores per point of weight, and the box of weights the samples stay in, as integers
// over common denominators: exact, and cheap to compare for every pair of bids.
struct DominanceBox {
  std::size_t criteria = 0;
  std::vector<BigInt> unit;  // [bid × criteria + criterion], over one denominator
  std::vector<BigInt> lo;    // the box's corners, over another
  std::vector<BigInt> hi;
};

DominanceBox dominance_box(const LotFacts& f, const std::vector<Rational>& fractions, const std::vector<Rational>& lo,
                           const std::vector<Rational>& hi) {
  DominanceBox box;
  box.criteria = lo.size();
  std::vector<const Rational*> units;
  for (std::size_t i = 0; i < f.bids.size(); ++i)
    for (std::size_t c = 0; c < box.criteria; ++c) units.push_back(&unit_score(f, fractions, i, c));
  box.unit = over_common_denominator(units).numerators;
  std::vector<const Rational*> corners;
  for (const Rational& v : lo) corners.push_back(&v);
  for (const Rational& v : hi) corners.push_back(&v);
  std::vector<BigInt> scaled = over_common_denominator(corners).numerators;
  box.lo.assign(scaled.begin(), scaled.begin() + static_cast<std::ptrdiff_t>(box.criteria));
  box.hi.assign(scaled.begin() + static_cast<std::ptrdiff_t>(box.criteria), scaled.end());
  return box;
}

// True when bid i ranks above bid j for every weight set in the box [lo, hi]: the smallest
// value of (total_i − total_j), a linear function of the weights, is taken at a corner;
// when it is 0 because the two bids score the same per point everywhere, the rest of the tie
// rule (lower P, then bidder_id) decides for every weight set alike.
bool dominates(const LotFacts& f, const DominanceBox& box, std::size_t i, std::size_t j) {
  BigInt least = 0;
  bool same = true;
  for (std::size_t c = 0; c < box.criteria; ++c) {
    BigInt d = box.unit[i * box.criteria + c] - box.unit[j * box.criteria + c];
    if (d == 0) continue;
    same = false;
    least += (d > 0 ? box.lo[c] : box.hi[c]) * d;
  }
  if (!same) return least > 0;
  const BidFacts& a = f.bids[i];
  const BidFacts& b = f.bids[j];
  return a.price != b.price ? a.price < b.price : a.bidder_id < b.bidder_id;
}

}  // namespace

std::vector<Rational> sample_weights(const std::vector<Rational>& weights, const MonteCarloSettings& settings,
                                     std::uint64_t sample) {
  std::vector<Rational> w(weights.size());
  Rational sum = 0;
  for (std::size_t c = 0; c < weights.size(); ++c) {
    w[c] = weights[c] * weight_factor(settings.spread_percent, weight_draw(settings.seed, sample, weights.size(), c));
    sum += w[c];
  }
  for (Rational& x : w) x = x * 100 / sum;
  return w;
}

struct MonteCarlo::Plan {
  struct Lot {
    const LotFacts* facts = nullptr;
    std::vector<std::size_t> candidates;        // into facts->bids
    LotFacts candidate_facts;                   // the candidates only, for the exact path
    std::vector<Rational> candidate_fractions;  // their price scores per point
    std::vector<std::uint64_t> fixed;           // per candidate, per criterion: floor(score per point × 2^F)
  };

  MonteCarloSettings settings;
  std::vector<Rational> weights;
  std::size_t criteria = 0;
  // Integer weights: sample weight c ∝ x_c = weight_num[c] × (base + spread_num × u_c).
  bool integer_weights = false;
  std::vector<std::uint64_t> weight_num;
  std::uint64_t base = 0;
  std::uint64_t spread_num = 0;
  bool filter = false;
  long fraction_bits = 0;  // F
  std::vector<Lot> lots;

  // Each worker's counts and scratch space.
  struct Tally {
    std::vector<std::vector<std::uint64_t>> wins;
    std::uint64_t exact = 0;
    std::vector<std::uint64_t> x;
    std::vector<Rational> exact_weights;
    std::vector<ScoredBid> scored;
  };

  void draw(std::uint64_t sample, std::vector<std::uint64_t>& x) const {
    for (std::size_t c = 0; c < criteria; ++c)
      x[c] = weight_num[c] * (base + spread_num * weight_draw(settings.seed, sample, criteria, c));
  }

  // The index into lot.candidates of the bid that comes first, by exact Rationals.
  std::size_t exact_best(const Lot& lot, Tally& t) const {
    score_lot(lot.candidate_facts, t.exact_weights, lot.candidate_fractions, t.scored);
    return best_bid(lot.candidate_facts, t.scored);
  }

  void run_samples(std::uint64_t begin, std::uint64_t end, Tally& t) const {
    for (std::uint64_t s = begin; s < end; ++s) {
      Wide total_x = 0;
      bool exact_ready = false;
      if (integer_weights) {
        draw(s, t.x);
        for (std::uint64_t v : t.x) total_x += v;
      } else {
        t.exact_weights = sample_weights(weights, settings, s);
        exact_ready = true;
      }
      for (std::size_t li = 0; li < lots.size(); ++li) {
        const Lot& lot = lots[li];
        const std::size_t m = lot.candidates.size();
        if (m == 0) continue;
        if (m == 1) {
          ++t.wins[li][lot.candidates[0]];
          continue;
        }
        if (filter) {
          // Lower bounds of the scaled totals; each true value is below its bound + total_x.
          Wide top = 0, second = 0;
          std::size_t best = 0;
          const std::uint64_t* g = lot.fixed.data();
          for (std::size_t i = 0; i < m; ++i, g += criteria) {
            Wide sum = 0;
            for (std::size_t c = 0; c < criteria; ++c) sum += static_cast<Wide>(t.x[c]) * g[c];
            if (i == 0) {
              top = sum;
            } else if (sum > top) {
              second = top;
              top = sum;
              best = i;
            } else if (sum > second) {
              second = sum;
            }
          }
          if (top > second + total_x) {
            ++t.wins[li][lot.candidates[best]];
            continue;
          }
        }
        if (!exact_ready) {
          t.exact_weights.resize(criteria);
          for (std::size_t c = 0; c < criteria; ++c) t.exact_weights[c] = Rational(BigInt(t.x[c]));
          exact_ready = true;
        }
        ++t.exact;
        ++t.wins[li][lot.candidates[exact_best(lot, t)]];
      }
    }
  }
};

MonteCarlo::MonteCarlo(std::vector<const LotFacts*> lots, const std::vector<Rational>& weights, PriceMethod method,
                       MonteCarloSettings settings)
    : plan_(std::make_unique<Plan>()) {
  Plan& p = *plan_;
  if (settings.spread_percent < 0 || settings.spread_percent >= 100) {
    throw Error(ExitCode::usage, Location{},
                "--spread: expected a percentage from 0 up to (not including) 100, found " + to_decimal_string(settings.spread_percent));
  }
  p.settings = settings;
  p.weights = weights;
  p.criteria = weights.size();
  const Rational s = settings.spread_percent / 100;
  std::vector<Rational> lo, hi;
  for (const Rational& w : weights) {
    lo.push_back(w * (1 - s));
    hi.push_back(w * (1 + s));
  }

  // Integer weights: published weights over their common denominator, the spread as sn/sd.
  BigInt common = 1;
  for (const Rational& w : weights) common = boost::multiprecision::lcm(common, BigInt(denominator(w)));
  const BigInt sn = numerator(settings.spread_percent);
  const BigInt sd = denominator(settings.spread_percent);
  BigInt largest = 0;
  std::vector<BigInt> nums;
  for (const Rational& w : weights) {
    nums.push_back(numerator(w) * (common / denominator(w)));
    largest = std::max(largest, nums.back());
  }
  const BigInt bound = largest * 100 * sd << 32;  // every x_c is below it
  p.integer_weights = bit_length(bound) <= 64 && std::all_of(nums.begin(), nums.end(), [](const BigInt& v) { return v >= 0; });
  if (p.integer_weights) {
    for (const BigInt& v : nums) p.weight_num.push_back(static_cast<std::uint64_t>(v));
    p.base = static_cast<std::uint64_t>((100 * sd - sn) << 31);
    p.spread_num = static_cast<std::uint64_t>(sn);
    p.fraction_bits = std::min<long>(63, 127 - bit_length(bound) - bit_length(BigInt(p.criteria + 1)));
    p.filter = p.fraction_bits >= kMinFractionBits;
  }

  for (const LotFacts* facts : lots) {
    Plan::Lot lot;
    lot.facts = facts;
    std::vector<Rational> fractions;
    price_fractions(*facts, method, fractions);
    // Try the likeliest winners as dominators first: the bids in order of published rank.
    std::vector<ScoredBid> scored;
    score_lot(*facts, weights, fractions, scored);
    std::vector<std::size_t> order = rank_lot(*facts, scored);
    const DominanceBox box = dominance_box(*facts, fractions, lo, hi);
    for (std::size_t j = 0; j < facts->bids.size(); ++j) {
      bool beaten = std::any_of(order.begin(), order.end(),
                                [&](std::size_t i) { return i != j && dominates(*facts, box, i, j); });
      if (!beaten) lot.candidates.push_back(j);
    }
    lot.candidate_facts.price_criterion = facts->price_criterion;
    lot.candidate_facts.lowest_price = facts->lowest_price;
    lot.candidate_facts.ceiling = facts->ceiling;
    for (std::size_t j : lot.candidates) {
      lot.candidate_facts.bids.push_back(facts->bids[j]);
      lot.candidate_fractions.push_back(fractions[j]);
      for (std::size_t c = 0; c < p.criteria; ++c) {
        const Rational& g = unit_score(*facts, fractions, j, c);
        if (g < 0 || g > 1) p.filter = false;
        if (!p.filter) continue;
        BigInt scaled = (numerator(g) << static_cast<unsigned>(p.fraction_bits)) / denominator(g);
        lot.fixed.push_back(static_cast<std::uint64_t>(scaled));
      }
    }
    p.lots.push_back(std::move(lot));
  }
}

MonteCarlo::~MonteCarlo() = default;

const std::vector<std::size_t>& MonteCarlo::candidates(std::size_t lot) const { return plan_->lots[lot].candidates; }

bool MonteCarlo::integer_filter() const { return plan_->filter; }

MonteCarloCounts MonteCarlo::run(unsigned threads, const MonteCarloProgress& progress) const {
  const Plan& p = *plan_;
  const std::uint64_t n = p.settings.samples;
  auto fresh_tally = [&]() {
    Plan::Tally t;
    for (const Plan::Lot& lot : p.lots) t.wins.emplace_back(lot.facts->bids.size(), 0);
    t.x.resize(p.criteria);
    return t;
  };
  MonteCarloCounts out;
  out.wins = fresh_tally().wins;
  if (n == 0) return out;

  if (p.settings.spread_percent == 0) {  // every sample is the published weight set
    Plan::Tally t = fresh_tally();
    t.exact_weights = sample_weights(p.weights, p.settings, 0);
    for (std::size_t li = 0; li < p.lots.size(); ++li)
      if (!p.lots[li].candidates.empty()) out.wins[li][p.lots[li].candidates[p.exact_best(p.lots[li], t)]] = n;
    if (progress) progress(n);
    return out;
  }

  const std::uint64_t blocks = (n + kBlock - 1) / kBlock;
  const unsigned workers = static_cast<unsigned>(std::clamp<std::uint64_t>(threads, 1, blocks));
  std::vector<Plan::Tally> tallies;
  for (unsigned w = 0; w < workers; ++w) tallies.push_back(fresh_tally());
  std::atomic<std::uint64_t> next_block{0};
  std::atomic<std::uint64_t> done{0};
  std::mutex failure_mutex;
  std::exception_ptr failure;

  auto work = [&](unsigned w, bool reports) {
    try {
      auto last = std::chrono::steady_clock::now();
      for (;;) {
        std::uint64_t b = next_block.fetch_add(1);
        if (b >= blocks) break;
        std::uint64_t begin = b * kBlock;
        std::uint64_t end = std::min(n, begin + kBlock);
        p.run_samples(begin, end, tallies[w]);
        done.fetch_add(end - begin);
        if (reports && progress) {
          auto now = std::chrono::steady_clock::now();
          if (now - last >= kProgressEvery) {
            progress(done.load());
            last = now;
          }
        }
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next_block.store(blocks);  // the others stop after their current block
    }
  };

  std::vector<std::thread> pool;
  for (unsigned w = 1; w < workers; ++w) pool.emplace_back(work, w, false);
  work(0, true);
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);

  for (const Plan::Tally& t : tallies) {
    out.exact_decisions += t.exact;
    for (std::size_t li = 0; li < out.wins.size(); ++li)
      for (std::size_t i = 0; i < out.wins[li].size(); ++i) out.wins[li][i] += t.wins[li][i];
  }
  if (progress) progress(n);
  return out;
}

}  // namespace tk
