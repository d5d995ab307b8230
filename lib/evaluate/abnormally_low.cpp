#include "evaluate/abnormally_low.hpp"

#include <algorithm>

namespace tk {

std::vector<std::optional<AbnormallyLowCheck>> check_abnormally_low(const std::vector<Rational>& prices,
                                                                    const AbnormallyLowSettings& settings) {
  std::vector<std::optional<AbnormallyLowCheck>> out(prices.size());
  if (prices.size() < 2) return out;
  auto highest = std::max_element(prices.begin(), prices.end());
  Rational sum = 0;
  for (const Rational& p : prices) sum += p;
  Rational adjusted_mean = (sum - *highest) / static_cast<long>(prices.size() - 1);
  Rational mean_threshold = adjusted_mean * (1 - settings.below_adjusted_mean_percent / 100);
  Rational keep_other = 1 - settings.proximity_percent / 100;
  // The lowest price other than bid i's is the lowest, except for the (first) lowest bid itself,
  // whose lowest other is the second lowest.
  std::size_t lowest = 0;
  std::optional<std::size_t> second;
  for (std::size_t j = 1; j < prices.size(); ++j) {
    if (prices[j] < prices[lowest]) {
      second = lowest;
      lowest = j;
    } else if (!second || prices[j] < prices[*second]) {
      second = j;
    }
  }
  const Rational threshold_of_others[2] = {prices[lowest] * keep_other, prices[*second] * keep_other};
  for (std::size_t i = 0; i < prices.size(); ++i) {
    bool is_lowest = i == lowest;
    const Rational& lowest_other = prices[is_lowest ? *second : lowest];
    AbnormallyLowCheck c;
    c.adjusted_mean = adjusted_mean;
    c.mean_threshold = mean_threshold;
    c.lowest_other = lowest_other;
    c.proximity_threshold = threshold_of_others[is_lowest ? 1 : 0];
    c.below_mean = prices[i] < c.mean_threshold;
    c.below_others = prices[i] < c.proximity_threshold;
    out[i] = std::move(c);
  }
  return out;
}

}  // namespace tk
