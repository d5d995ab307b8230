#include "decide/shortlist.hpp"

#include <algorithm>

namespace tk {

std::size_t Shortlist::size() const {
  return static_cast<std::size_t>(
      std::count_if(order.begin(), order.end(), [](const ShortlistEntry& s) { return s.shortlisted; }));
}

Shortlist make_shortlist(const Evaluation& e, int n) {
  Shortlist list;
  list.requested = n;
  for (const Bidder& bidder : e.tender->bidders) {
    ShortlistEntry entry;
    for (const LotResult& lot : e.lots) {
      for (const BidResult& b : lot.bids) {
        if (b.bidder != &bidder || !b.ranked()) continue;
        if (entry.bidder == nullptr || b.rank < entry.best_rank ||
            (b.rank == entry.best_rank && b.total > entry.best_total)) {
          entry.best_rank = b.rank;
          entry.best_total = b.total;
          entry.best_lot = lot.lot;
        }
        entry.bidder = &bidder;
      }
    }
    if (entry.bidder != nullptr) list.order.push_back(std::move(entry));
  }
  std::sort(list.order.begin(), list.order.end(), [](const ShortlistEntry& a, const ShortlistEntry& b) {
    if (a.best_rank != b.best_rank) return a.best_rank < b.best_rank;
    if (a.best_total != b.best_total) return a.best_total > b.best_total;
    return a.bidder->id < b.bidder->id;
  });
  for (std::size_t i = 0; i < list.order.size(); ++i) {
    list.order[i].position = static_cast<int>(i) + 1;
    list.order[i].shortlisted = n > 0 && i < static_cast<std::size_t>(n);
  }
  if (n > 0 && static_cast<std::size_t>(n) < list.order.size()) {
    const ShortlistEntry& last = list.order[static_cast<std::size_t>(n) - 1];
    const ShortlistEntry& next = list.order[static_cast<std::size_t>(n)];
    list.tie_at_cut = last.best_rank == next.best_rank && last.best_total == next.best_total;
  }
  return list;
}

}  // namespace tk
