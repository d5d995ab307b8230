#include "evaluate/ranking.hpp"

#include <algorithm>
#include <numeric>

namespace tk {

bool ranks_above(const RankKey& a, const RankKey& b) {
  if (a.total != b.total) return a.total > b.total;
  if (a.quality_total != b.quality_total) return a.quality_total > b.quality_total;
  if (a.price != b.price) return a.price < b.price;
  return a.bidder_id < b.bidder_id;
}

TieBreak tie_break(const RankKey& a, const RankKey& b) {
  if (a.quality_total != b.quality_total) return TieBreak::quality_total;
  if (a.price != b.price) return TieBreak::price;
  return TieBreak::bidder_id;
}

std::string_view to_string(TieBreak rule) {
  switch (rule) {
    case TieBreak::quality_total: return "higher quality total";
    case TieBreak::price: return "lower evaluated price";
    case TieBreak::bidder_id: return "bidder_id";
  }
  return "?";
}

std::vector<std::size_t> rank_order(const std::vector<RankKey>& keys) {
  std::vector<std::size_t> order(keys.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return ranks_above(keys[a], keys[b]); });
  return order;
}

}  // namespace tk
