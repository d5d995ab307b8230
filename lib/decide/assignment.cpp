#include "decide/assignment.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "core/common_denominator.hpp"
#include "core/error.hpp"

namespace tk {

namespace {

// The cost of a flow: first the negated sum of awarded totals, then the negated rank tie-break
// value, compared lexicographically. Pairs under addition and this order are an ordered group,
// which is all the shortest-path method needs. Totals are held as integers, in units of
// 1/(common denominator of every candidate's total): the same order, without a gcd per addition.
struct Cost {
  BigInt value;
  BigInt order;

  friend Cost operator+(const Cost& a, const Cost& b) { return {a.value + b.value, a.order + b.order}; }
  friend Cost operator-(const Cost& a) { return {-a.value, -a.order}; }
  friend bool operator<(const Cost& a, const Cost& b) {
    if (a.value != b.value) return a.value < b.value;
    return a.order < b.order;
  }
};

struct Edge {
  std::size_t to = 0;
  int capacity = 0;
  Cost cost;
  std::size_t reverse = 0;                 // index of the paired edge in graph[to]
  std::optional<std::size_t> candidate;    // on a bidder → lot edge: the candidate's index
};

class FlowGraph {
 public:
  explicit FlowGraph(std::size_t nodes) : graph_(nodes) {}

  void add_edge(std::size_t from, std::size_t to, int capacity, const Cost& cost,
                std::optional<std::size_t> candidate = std::nullopt) {
    graph_[from].push_back({to, capacity, cost, graph_[to].size(), candidate});
    graph_[to].push_back({from, 0, -cost, graph_[from].size() - 1, std::nullopt});
  }

  // Pushes one unit along a cheapest residual path from `source` to `sink` (Bellman-Ford: costs
  // may be negative, and the residual graph has no negative cycle while every augmentation is
  // along a cheapest path). False when the sink cannot be reached.
  bool augment(std::size_t source, std::size_t sink) {
    std::size_t n = graph_.size();
    std::vector<std::optional<Cost>> dist(n);
    std::vector<std::pair<std::size_t, std::size_t>> via(n);  // (node, edge index) reached from
    dist[source] = Cost{};
    for (std::size_t round = 0; round + 1 < n; ++round) {
      bool changed = false;
      for (std::size_t u = 0; u < n; ++u) {
        if (!dist[u]) continue;
        for (std::size_t i = 0; i < graph_[u].size(); ++i) {
          const Edge& e = graph_[u][i];
          if (e.capacity <= 0) continue;
          Cost through = *dist[u] + e.cost;
          if (!dist[e.to] || through < *dist[e.to]) {
            dist[e.to] = through;
            via[e.to] = {u, i};
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    if (!dist[sink]) return false;
    for (std::size_t v = sink; v != source;) {
      auto [u, i] = via[v];
      Edge& e = graph_[u][i];
      e.capacity -= 1;
      graph_[v][e.reverse].capacity += 1;
      v = u;
    }
    return true;
  }

  const std::vector<Edge>& edges(std::size_t node) const { return graph_[node]; }

 private:
  std::vector<std::vector<Edge>> graph_;
};

void check_candidates(const std::vector<AwardLot>& lots) {
  for (const AwardLot& lot : lots) {
    std::set<std::size_t> seen;
    for (std::size_t i = 0; i < lot.candidates.size(); ++i) {
      if (!seen.insert(lot.candidates[i].bidder).second) {
        throw Error(ExitCode::internal, Location{}, "award: a bidder is listed twice in lot " + lot.id);
      }
      if (i > 0 && lot.candidates[i].total > lot.candidates[i - 1].total) {
        throw Error(ExitCode::internal, Location{}, "award: the candidates of lot " + lot.id + " are not in rank order");
      }
    }
  }
}

}  // namespace

std::vector<std::size_t> lot_order_sequence(const std::vector<AwardLot>& lots) {
  std::vector<std::size_t> order(lots.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (lots[a].hours_per_week != lots[b].hours_per_week) return lots[a].hours_per_week > lots[b].hours_per_week;
    return lots[a].id < lots[b].id;
  });
  return order;
}

Assignment assign_lot_order(const std::vector<AwardLot>& lots, int max_lots_per_bidder) {
  Assignment result(lots.size());
  std::map<std::size_t, int> won;
  for (std::size_t l : lot_order_sequence(lots)) {
    const std::vector<AwardCandidate>& candidates = lots[l].candidates;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      int& count = won[candidates[i].bidder];
      if (max_lots_per_bidder > 0 && count >= max_lots_per_bidder) continue;
      ++count;
      result[l] = i;
      break;
    }
  }
  return result;
}

Assignment assign_optimal(const std::vector<AwardLot>& lots, int max_lots_per_bidder) {
  check_candidates(lots);
  const std::size_t lot_count = lots.size();
  Assignment result(lot_count);
  if (lot_count == 0) return result;

  // A lot's winner is always among its first L candidates: at most L − 1 bidders can be full
  // with other lots, so a lower candidate could be swapped for a free better-ranked one whose
  // total is no lower, which would improve the assignment.
  std::vector<std::size_t> kept(lot_count);
  std::size_t worst = 0;
  for (std::size_t l = 0; l < lot_count; ++l) {
    kept[l] = std::min(lots[l].candidates.size(), lot_count);
    worst = std::max(worst, kept[l]);
  }

  // Nodes: source, one per bidder, one per lot, sink.
  std::map<std::size_t, std::size_t> bidder_node;
  for (std::size_t l = 0; l < lot_count; ++l)
    for (std::size_t i = 0; i < kept[l]; ++i) bidder_node.emplace(lots[l].candidates[i].bidder, 0);
  std::size_t next = 1;
  for (auto& [bidder, node] : bidder_node) node = next++;
  const std::size_t first_lot = next;
  const std::size_t source = 0;
  const std::size_t sink = first_lot + lot_count;
  FlowGraph flow(sink + 1);

  // The tie-break as a number: the ranks of the winners in lot-order sequence read as the
  // digits of a number in base R + 1 (R = worst + 1 standing for "unawarded"), so that a smaller
  // number is a better-ranked winner at the first lot where two assignments differ. An awarded
  // lot lowers that number by (R − rank) × its place value.
  const BigInt unawarded = static_cast<unsigned long>(worst + 1);
  const BigInt base = unawarded + 1;
  std::vector<BigInt> place(lot_count);
  std::vector<std::size_t> sequence = lot_order_sequence(lots);
  BigInt value = 1;
  for (std::size_t k = lot_count; k-- > 0;) {
    place[sequence[k]] = value;
    value *= base;
  }

  // The totals over one common denominator, so that every cost is an exact integer.
  std::vector<const Rational*> totals;
  for (std::size_t l = 0; l < lot_count; ++l)
    for (std::size_t i = 0; i < kept[l]; ++i) totals.push_back(&lots[l].candidates[i].total);
  const CommonDenominator scaled = over_common_denominator(totals);

  const int capacity = max_lots_per_bidder > 0 ? max_lots_per_bidder : static_cast<int>(lot_count);
  for (const auto& [bidder, node] : bidder_node) flow.add_edge(source, node, capacity, Cost{});
  for (std::size_t l = 0, k = 0; l < lot_count; ++l) {
    for (std::size_t i = 0; i < kept[l]; ++i, ++k) {
      const AwardCandidate& c = lots[l].candidates[i];
      BigInt rank = static_cast<unsigned long>(i + 1);
      flow.add_edge(bidder_node.at(c.bidder), first_lot + l, 1, Cost{-scaled.numerators[k], -(unawarded - rank) * place[l]}, i);
    }
    flow.add_edge(first_lot + l, sink, 1, Cost{});
  }

  while (flow.augment(source, sink)) {
  }

  for (const auto& [bidder, node] : bidder_node) {
    for (const Edge& e : flow.edges(node)) {
      if (e.candidate && e.capacity == 0) result[e.to - first_lot] = *e.candidate;
    }
  }
  return result;
}

bool within_cap(const std::vector<AwardLot>& lots, const Assignment& a, int max_lots_per_bidder) {
  if (a.size() != lots.size()) return false;
  std::map<std::size_t, int> won;
  for (std::size_t l = 0; l < lots.size(); ++l) {
    if (!a[l]) continue;
    if (*a[l] >= lots[l].candidates.size()) return false;
    int count = ++won[lots[l].candidates[*a[l]].bidder];
    if (max_lots_per_bidder > 0 && count > max_lots_per_bidder) return false;
  }
  return true;
}

}  // namespace tk
