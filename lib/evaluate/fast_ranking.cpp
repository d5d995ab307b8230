#include "evaluate/fast_ranking.hpp"

#include <stdexcept>

namespace tk {

namespace {


BigInt lcm(const BigInt& a, const BigInt& b) { return a / boost::multiprecision::gcd(a, b) * b; }

}  // namespace

FastLotRanking::FastLotRanking(const LotFacts& facts, PriceMethod method) : facts_(&facts) {
  price_fractions(facts, method, price_fractions_);
  std::size_t n = facts.bids.size();
  std::size_t criteria = facts.bids.empty() ? 0 : facts.bids[0].fractions.size();
  try {
    for (const Rational& f : price_fractions_) {
      price_num_.push_back(Int(numerator(f)));
      price_den_.push_back(Int(denominator(f)));
    }
    // D_c: the lcm of criterion c's fraction denominators over the lot's bids; Q: their lcm.
    std::vector<BigInt> d(criteria, BigInt(1));
    BigInt q = 1;
    for (std::size_t c = 0; c < criteria; ++c) {
      if (c == facts.price_criterion) continue;
      for (const BidFacts& b : facts.bids) d[c] = lcm(d[c], denominator(b.fractions[c]));
      q = lcm(q, d[c]);
    }
    for (std::size_t c = 0; c < criteria; ++c) scale_.push_back(c == facts.price_criterion ? Int(0) : Int(q / d[c]));
    quality_num_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t c = 0; c < criteria; ++c) {
        if (c == facts.price_criterion) {
          quality_num_[i].push_back(Int(0));
          continue;
        }
        const Rational& f = facts.bids[i].fractions[c];
        quality_num_[i].push_back(Int(numerator(f) * (d[c] / denominator(f))));
      }
    }
    // The price term is x_p × a_i / b_i × Q: fold Q into a_i once.
    for (Int& a : price_num_) a *= Int(q);
  } catch (const std::exception&) {  // a number too wide for Int: use the Rational path
    usable_ = false;
  }
  weight_num_.resize(criteria);
}

std::size_t FastLotRanking::best_exact(const std::vector<Rational>& weights) const {
  score_lot(*facts_, weights, price_fractions_, scratch_);
  return best_bid(*facts_, scratch_);
}

std::size_t FastLotRanking::best(const std::vector<Rational>& weights) const {
  if (!usable_) return best_exact(weights);
  try {
    // Weights over a common denominator Y: w_c = x_c / Y. Y is common to every total.
    BigInt y = 1;
    for (const Rational& w : weights) {
      const BigInt& den = denominator(w);
      if (den != 1 && y % den != 0) y = lcm(y, den);
    }
    for (std::size_t c = 0; c < weights.size(); ++c)
      weight_num_[c] = Int(numerator(weights[c]) * (y / denominator(weights[c])));
    // Total_i × Y × Q = (x_p a_i Q + b_i S_i) / b_i, S_i = Σ_c x_c n_ic (Q / D_c).
    const std::size_t p = facts_->price_criterion;
    std::size_t best = 0;
    Int best_num, best_den;
    for (std::size_t i = 0; i < facts_->bids.size(); ++i) {
      Int s = 0;
      for (std::size_t c = 0; c < weight_num_.size(); ++c)
        if (c != p) s += weight_num_[c] * quality_num_[i][c] * scale_[c];
      Int num = weight_num_[p] * price_num_[i] + price_den_[i] * s;
      if (i == 0) {
        best_num = num;
        best_den = price_den_[i];
        continue;
      }
      Int lhs = num * best_den;
      Int rhs = best_num * price_den_[i];
      if (lhs == rhs) return best_exact(weights);  // equal totals: the tie rule decides
      if (lhs > rhs) {
        best = i;
        best_num = num;
        best_den = price_den_[i];
      }
    }
    return best;
  } catch (const std::exception&) {
    return best_exact(weights);
  }
}

}  // namespace tk
