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
  for (std::size_t i = 0; i < prices.size(); ++i) {
    std::optional<Rational> lowest_other;
    for (std::size_t j = 0; j < prices.size(); ++j)
      if (j != i && (!lowest_other || prices[j] < *lowest_other)) lowest_other = prices[j];
    AbnormallyLowCheck c;
    c.adjusted_mean = adjusted_mean;
    c.mean_threshold = mean_threshold;
    c.lowest_other = *lowest_other;
    c.proximity_threshold = *lowest_other * keep_other;
    c.below_mean = prices[i] < c.mean_threshold;
    c.below_others = prices[i] < c.proximity_threshold;
    out[i] = std::move(c);
  }
  return out;
}

}  // namespace tk
