#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include "core/money.hpp"
#include "decide/batch.hpp"
#include "read/csv_reader.hpp"

using tk::BatchResult;
using tk::BatchSettings;
using tk::BatchWeights;
using tk::BatchOutcome;
using tk::Rational;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A result views its text: every text decided is kept for the whole test run.
BatchResult decide(std::string text, BatchSettings settings = {}) {
  static std::deque<std::string> kept;
  kept.push_back(std::move(text));
  return tk::decide_batch(kept.back(), "b.csv", settings);
}

// The competitions given a winner, in first-seen order.
std::vector<BatchOutcome> winners(const BatchResult& r) {
  std::vector<BatchOutcome> out;
  for (const BatchOutcome& o : r.competitions)
    if (!o.withheld) out.push_back(o);
  return out;
}

std::string score(const BatchResult& r, const BatchOutcome& w) {
  std::uint64_t h = r.total_hundredths(w);
  std::string cents = std::to_string(h % 100);
  return std::to_string(h / 100) + "." + (cents.size() == 1 ? "0" : "") + cents;
}

// The problems an Error carries, one "LINE:COL: MESSAGE" a line.
std::string problems_of(const std::string& text, BatchSettings settings = {}) {
  try {
    decide(text, settings);
  } catch (const tk::Error& e) {
    CHECK(e.code() == tk::ExitCode::data_error);
    std::string out;
    for (const tk::Problem& p : e.problems()) out += p.format() + "\n";
    return out;
  }
  return "(no error)";
}

// A straightforward reference: the whole CSV through csv_reader, every total a Rational,
// the winner by sorting with the contract's rule.
struct Reference {
  std::string competition;
  std::string bidder;
  std::string rate;
  Rational total;
  bool tie = false;
  bool cross = false;  // a tie between bids of different quality (so different rates)
};

std::vector<Reference> reference(const std::string& text, const BatchWeights& weights) {
  tk::Problems problems;
  tk::CsvTable t = tk::parse_csv(text, "ref.csv", problems);
  REQUIRE(problems.empty());
  struct Bid {
    std::string bidder;
    tk::Money rate;
    Rational quality;
  };
  std::vector<std::string> order;
  std::map<std::string, std::vector<Bid>> bids;
  for (const tk::CsvRecord& r : t.records) {
    std::string id(r.fields[*t.column("competition_id")].text);
    if (!bids.count(id)) order.push_back(id);
    Bid b{std::string(r.fields[*t.column("bidder_id")].text), *tk::Money::parse(r.fields[*t.column("rate")].text).value, 0};
    for (const tk::BatchCriterion& c : weights.criteria) {
      b.quality += c.weight * std::stoi(std::string(r.fields[*t.column(c.column)].text)) / 5;
    }
    bids[id].push_back(b);
  }
  std::vector<Reference> out;
  for (const std::string& id : order) {
    const std::vector<Bid>& list = bids[id];
    tk::Money lowest = list.front().rate;
    for (const Bid& b : list) lowest = std::min(lowest, b.rate);
    std::vector<std::pair<Rational, const Bid*>> ranked;
    for (const Bid& b : list) ranked.emplace_back(weights.price * lowest.pounds() / b.rate.pounds() + b.quality, &b);
    std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
      if (x.first != y.first) return x.first > y.first;
      if (x.second->quality != y.second->quality) return x.second->quality > y.second->quality;
      if (x.second->rate != y.second->rate) return x.second->rate < y.second->rate;
      return x.second->bidder < y.second->bidder;
    });
    bool tie = ranked.size() > 1 && ranked[0].first == ranked[1].first;
    bool cross = tie && ranked[0].second->quality != ranked[1].second->quality;
    out.push_back({id, ranked[0].second->bidder, ranked[0].second->rate.str(), ranked[0].first, tie, cross});
  }
  return out;
}

// Random competitions with many exact ties. Each uses a pair of rates (m, r) with
// r = 200m / (200 − 8), so with the default weights a bid at m scores 40·8/200 = 1.6 points
// more on price than one at r, which marks one higher on ability, one lower on quality and one
// higher on partnership (+29/5 − 26/5 + 5/5 = 1.6) make up exactly (as C1: 18.24 and 19.00).
// A third of the competitions hold such a pair above weaker bids, a third two identical bids,
// and a third random bids.
std::string random_batch(std::mt19937& rng, int competitions, bool shuffle, const BatchWeights& weights) {
  static const std::pair<int, int> kRates[] = {{1824, 1900}, {3000, 3125}, {2400, 2500}, {2016, 2100}};
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  auto money = [](int pence) {
    return std::to_string(pence / 100) + "." + (pence % 100 < 10 ? "0" : "") + std::to_string(pence % 100);
  };
  const std::size_t width = weights.criteria.size();
  std::vector<std::string> rows;
  for (int c = 0; c < competitions; ++c) {
    auto [m, r] = kRates[static_cast<std::size_t>(pick(0, 3))];
    std::vector<std::pair<int, std::vector<int>>> bids;  // rate, marks
    int mode = pick(0, 2);
    std::vector<int> top(width);
    for (int& k : top) k = pick(3, 4);
    if (mode == 0 && width >= 3) {
      std::vector<int> other = top;
      other[0] += 1, other[1] -= 1, other[2] += 1;
      bids.push_back({m, top});
      bids.push_back({r, other});
    } else if (mode == 1) {
      bids.push_back({m, top});
      bids.push_back({m, top});
    }
    for (int n = pick(bids.empty() ? 1 : 0, 5); n > 0; --n) {
      std::vector<int> marks(width);
      for (int& k : marks) k = mode == 2 ? pick(0, 5) : pick(0, 2);
      bids.push_back({pick(0, 1) == 0 ? m : r, marks});
    }
    if (bids.front().first != m) bids.front().first = m;
    std::shuffle(bids.begin(), bids.end(), rng);
    std::vector<int> ids = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    std::shuffle(ids.begin(), ids.end(), rng);
    for (std::size_t b = 0; b < bids.size(); ++b) {
      std::string row = fmt::format("K{},B{},{}", c, ids[b], money(bids[b].first));
      for (int k : bids[b].second) row += fmt::format(",{}", k);
      rows.push_back(row);
    }
  }
  if (shuffle) std::shuffle(rows.begin(), rows.end(), rng);
  std::string header = "competition_id,bidder_id,rate";
  for (const tk::BatchCriterion& c : weights.criteria) header += "," + c.column;
  std::string text = header + "\n";
  for (const std::string& row : rows) text += row + "\n";
  return text;
}

struct TieCount {
  int ties = 0;
  int cross = 0;
};

void check_against_reference(const std::string& text, const BatchWeights& weights, TieCount& ties,
                             bool halves = false) {
  BatchSettings settings;
  settings.weights = weights;
  settings.threads = halves ? 2 : 1;
  settings.parallel_from = 0;
  BatchResult got = decide(text, settings);
  std::vector<Reference> want = reference(text, weights);
  REQUIRE(got.competitions.size() == want.size());
  CHECK(got.withheld == 0);
  for (std::size_t i = 0; i < want.size(); ++i) {
    const BatchOutcome& w = got.competitions[i];
    INFO("competition " << want[i].competition);
    CHECK(w.competition_id() == want[i].competition);
    CHECK(w.bidder_id() == want[i].bidder);
    CHECK(score(got, w) == tk::to_fixed(want[i].total, 2, tk::Rounding::half_away_from_zero));
    CHECK(got.total(w) == want[i].total);
    CHECK(w.tie == want[i].tie);
    ties.ties += want[i].tie ? 1 : 0;
    ties.cross += want[i].cross ? 1 : 0;
  }
}

}  // namespace

TEST_CASE("The contract's worked example") {
  std::string dir = TENDERKIT_TEST_SOURCE_DIR "/tests/data/spec-examples/";
  BatchResult r = decide(read_file(dir + "batch.csv"));
  REQUIRE(r.competitions.size() == 4);
  SUBCASE("C1: an exact tie on 70.80; the higher quality total wins") {
    // P01: 40 × 18.24/19.00 + 29×4/5 + 26×1/5 + 5×4/5 = 38.4 + 23.2 + 5.2 + 4 = 70.8 (quality 32.4)
    // P02: 40 + 29×3/5 + 26×2/5 + 5×3/5 = 40 + 17.4 + 10.4 + 3 = 70.8 (quality 30.8)
    CHECK(r.competitions[0].competition_id() == "C1");
    CHECK(r.competitions[0].bidder_id() == "P01");
    CHECK(r.total(r.competitions[0]) == Rational(354, 5));
    CHECK(r.competitions[0].tie);
  }
  SUBCASE("C2: rows not adjacent; 40 × 19.99/21 + 29 + 26 + 5 = 98.0762 -> 98.08") {
    CHECK(r.competitions[1].competition_id() == "C2");
    CHECK(r.competitions[1].bidder_id() == "P01");
    CHECK(r.total(r.competitions[1]) == Rational(40 * 1999, 2100) + 60);
    CHECK(score(r, r.competitions[1]) == "98.08");
    CHECK(r.competitions[1].bids == 3);
    CHECK_FALSE(r.competitions[1].tie);
  }
  SUBCASE("C3: a single bid scores full price marks") {
    CHECK(r.competitions[2].bidder_id() == "P05");
    CHECK(score(r, r.competitions[2]) == "76.00");  // 40 + (29 + 26 + 5) × 3/5
  }
  SUBCASE("C4: identical bids; the lower bidder_id wins") {
    CHECK(r.competitions[3].bidder_id() == "P06");
    CHECK(r.competitions[3].tie);
    CHECK(r.competitions[3].rate_pence == 2000);
  }
  CHECK(r.rows == 9);
  CHECK(r.problems.empty());
}

TEST_CASE("Exact ties and the tie-break order") {
  SUBCASE("equal totals: higher quality beats lower rate") {
    auto r = decide("competition_id,bidder_id,rate,ability,quality,partnership\n"
                    "X,Z9,18.24,3,2,3\nX,A1,19.00,4,1,4\n");
    CHECK(r.competitions[0].bidder_id() == "A1");
  }
  SUBCASE("equal totals and quality: the lower rate wins") {
    // price weight 0: the rate only breaks ties
    BatchSettings s;
    s.weights = BatchWeights::parse("ability=50,quality=50");
    auto r = decide("competition_id,bidder_id,rate,ability,quality\nX,A1,20.00,3,3\nX,B2,19.99,3,3\n", s);
    CHECK(r.competitions[0].bidder_id() == "B2");
    CHECK(r.competitions[0].tie);
  }
  SUBCASE("everything equal: bidder_id in byte order ('Z' before 'a')") {
    auto r = decide("competition_id,bidder_id,rate,ability,quality,partnership\n"
                    "X,a1,20,1,1,1\nX,Z1,20,1,1,1\nX,b1,20,1,1,1\n");
    CHECK(r.competitions[0].bidder_id() == "Z1");
  }
  SUBCASE("a tie that a later bid beats is no longer a tie") {
    auto r = decide("competition_id,bidder_id,rate,ability,quality,partnership\n"
                    "X,A,20,1,1,1\nX,B,20,1,1,1\nX,C,20,5,5,5\n");
    CHECK(r.competitions[0].bidder_id() == "C");
    CHECK_FALSE(r.competitions[0].tie);
  }
  SUBCASE("a near-tie one ten-thousandth of a point apart is not a tie") {
    // A: 40; B: 40 × 100.00/100.01 = 39.996
    auto r = decide("competition_id,bidder_id,rate,ability,quality,partnership\n"
                    "X,A,100.00,0,0,0\nX,B,100.01,0,0,0\n");
    CHECK(r.competitions[0].bidder_id() == "A");
    CHECK_FALSE(r.competitions[0].tie);
  }
}

TEST_CASE("Scores round half away from zero at display only") {
  // A single bid scores the whole price weight: 0.125 exactly, shown as 0.13.
  BatchSettings s;
  s.weights = BatchWeights::parse("price=0.125,a=99.875");
  auto r = decide("competition_id,bidder_id,rate,a\nX,A,10,0\n", s);
  CHECK(r.total(r.competitions[0]) == Rational(1, 8));
  CHECK(score(r, r.competitions[0]) == "0.13");
}

TEST_CASE("Random batches with many exact ties agree with a Rational reference") {
  std::mt19937 rng(20240601);
  TieCount ties;
  SUBCASE("default weights, competitions in runs") {
    BatchWeights w;
    for (int k = 0; k < 5; ++k) check_against_reference(random_batch(rng, 400, false, w), w, ties);
    CHECK(ties.ties > 600);
    CHECK(ties.cross > 300);
  }
  SUBCASE("default weights, rows shuffled: competitions split in many runs") {
    BatchWeights w;
    for (int k = 0; k < 5; ++k) check_against_reference(random_batch(rng, 400, true, w), w, ties);
    CHECK(ties.ties > 600);
    CHECK(ties.cross > 300);
  }
  SUBCASE("read in two halves at once, in runs and shuffled") {
    BatchWeights w;
    for (int k = 0; k < 6; ++k) check_against_reference(random_batch(rng, 300, k % 2 == 1, w), w, ties, true);
    CHECK(ties.cross > 100);
  }
  SUBCASE("decimal weights with four places") {
    BatchWeights w = BatchWeights::parse("price=37.5,x=30.25,y=27.2,z=5.05");
    CHECK(w.scale() == 100);
    for (int k = 0; k < 5; ++k) check_against_reference(random_batch(rng, 300, k % 2 == 1, w), w, ties);
    BatchWeights v = BatchWeights::parse("price=33.3333,x=33.3333,y=33.3334");
    CHECK(v.scale() == 10000);
    for (int k = 0; k < 3; ++k) check_against_reference(random_batch(rng, 300, k % 2 == 1, v), v, ties);
  }
}

TEST_CASE("Rates at the limits stay exact") {
  auto r = decide("competition_id,bidder_id,rate,ability,quality,partnership\n"
                  "X,A,9999999999999.99,5,5,5\nX,B,0.01,0,0,0\nX,C,9999999999999.98,5,5,5\n");
  // B: 40. A and C: 60 + 40 × 0.01 / rate, C a hair higher.
  CHECK(r.competitions[0].bidder_id() == "C");
  CHECK(r.total(r.competitions[0]) == Rational(60) + Rational(40, 999999999999998));
  CHECK(score(r, r.competitions[0]) == "60.00");
}

TEST_CASE("Bad rows stop the batch, located, unless keep_going") {
  const std::string header = "competition_id,bidder_id,rate,ability,quality,partnership\n";
  SUBCASE("a rate with three decimals") {
    CHECK(problems_of(header + "C1,P1,19.005,1,1,1\n") ==
          "b.csv:2:7: error: rate '19.005': expected at most 2 decimal places (pence), found 3\n");
  }
  SUBCASE("a rate of zero, a negative rate, text") {
    CHECK(problems_of(header + "C1,P1,0.00,1,1,1\nC1,P2,-3,1,1,1\nC1,P3,abc,1,1,1\n") ==
          "b.csv:2:7: error: rate '0.00': expected a rate above 0\n"
          "b.csv:3:7: error: rate '-3': expected a rate above 0\n"
          "b.csv:4:7: error: rate 'abc': expected an amount of money such as 16.80 or £1,234.50\n");
  }
  SUBCASE("a rate above the largest accepted") {
    CHECK(problems_of(header + "C1,P1,10000000000000,1,1,1\n") ==
          "b.csv:2:7: error: rate '10000000000000': expected at most 9999999999999.99\n");
  }
  SUBCASE("a mark of 6, a mark of 2.5, an empty mark") {
    CHECK(problems_of(header + "C1,P1,19,6,2.5,\n") ==
          "b.csv:2:10: error: ability mark '6': expected a whole number from 0 to 5\n"
          "b.csv:2:12: error: quality mark '2.5': expected a whole number from 0 to 5\n"
          "b.csv:2:16: error: partnership mark '': expected a whole number from 0 to 5\n");
  }
  SUBCASE("empty ids") {
    CHECK(problems_of(header + ",P1,19,1,1,1\nC1,,19,1,1,1\n") ==
          "b.csv:2:1: error: competition_id is empty; expected an id\n"
          "b.csv:3:4: error: bidder_id is empty; expected an id\n");
  }
  SUBCASE("a duplicate bidder, adjacent and apart") {
    CHECK(problems_of(header + "C1,P1,19,1,1,1\nC1,P1,18,1,1,1\nC2,P1,19,1,1,1\nC1,P2,19,1,1,1\nC2,P1,20,1,1,1\n") ==
          "b.csv:3:4: error: bidder_id 'P1' bids twice in competition 'C1' (first on line 2); expected one row "
          "per bidder in a competition\n"
          "b.csv:6:4: error: bidder_id 'P1' bids twice in competition 'C2' (first on line 4); expected one row "
          "per bidder in a competition\n");
  }
  SUBCASE("a duplicate in a run of more than 16 rows") {
    std::string text = header;
    for (int i = 0; i < 20; ++i) text += "C1,P" + std::to_string(i == 17 ? 3 : i) + ",19,1,1,1\n";
    CHECK(problems_of(text) ==
          "b.csv:19:4: error: bidder_id 'P3' bids twice in competition 'C1' (first on line 5); expected one row "
          "per bidder in a competition\n");
  }
  SUBCASE("a missing column, a repeated column") {
    CHECK(problems_of("competition_id,bidder_id,rate,ability,quality\nC1,P1,19,1,1\n") ==
          "b.csv:1: error: missing column 'partnership'; expected a header with "
          "competition_id,bidder_id,rate,ability,quality,partnership\n");
    CHECK(problems_of("competition_id,bidder_id,rate,rate,ability,quality,partnership\n") ==
          "b.csv:1:31: error: duplicate column 'rate' (also column 3)\n");
  }
  SUBCASE("a row narrower or wider than the header") {
    CHECK(problems_of(header + "C1,P1,19,1,1\nC1,P2,19,1,1,1,9\n") ==
          "b.csv:2: error: expected 6 fields as in the header, found 5\n"
          "b.csv:3:16: error: expected 6 fields as in the header, found 7\n");
  }
  SUBCASE("an empty file; a file of blank lines") {
    const std::string message = "b.csv:1: error: the file is empty; expected a header row with "
                                "competition_id,bidder_id,rate,ability,quality,partnership\n";
    CHECK(problems_of("") == message);
    CHECK(problems_of("\n\r\n\n") == message);
  }
  SUBCASE("more than 100 problems: the first 100 and a count") {
    std::string text = header;
    for (int i = 0; i < 130; ++i) text += fmt::format("C{},P1,x,1,1,1\n", i);
    std::string p = problems_of(text);
    CHECK(std::count(p.begin(), p.end(), '\n') == 101);
    CHECK(p.find("b.csv: error: 30 more problems not shown\n") != std::string::npos);
  }
}

TEST_CASE("keep_going decides the competitions whose rows are all good") {
  BatchSettings s;
  s.keep_going = true;
  auto r = decide("competition_id,bidder_id,rate,ability,quality,partnership\n"
                  "C1,P1,19,1,1,1\nC2,P1,19.005,1,1,1\nC3,P1,20,1,1,1\nC2,P2,20,5,5,5\n"
                  "C4,P1,20,1,1,1\nC4,P1,21,1,1,1\n,P9,20,1,1,1\n",
                  s);
  REQUIRE(r.competitions.size() == 4);  // in first-seen order; the row without an id is in none
  std::vector<BatchOutcome> w = winners(r);
  REQUIRE(w.size() == 2);
  CHECK(w[0].competition_id() == "C1");
  CHECK(w[1].competition_id() == "C3");
  CHECK(r.withheld == 2);
  CHECK(r.competitions[1].competition_id() == "C2");
  CHECK(r.competitions[1].withheld);  // a bad rate: its other bid would win on part of the data
  CHECK(r.competitions[3].withheld);  // a duplicate bidder
  REQUIRE(r.problems.size() == 3);
  CHECK(r.problems[0].where.line == 3);
  CHECK(r.problems[1].where.line == 7);
  CHECK(r.problems[2].where.line == 8);
  CHECK(r.rows == 7);
}

TEST_CASE("A header and no rows decides nothing") {
  auto r = decide("competition_id,bidder_id,rate,ability,quality,partnership\r\n");
  CHECK(r.competitions.empty());
  CHECK(r.problems.empty());
  CHECK(r.rows == 0);
}

TEST_CASE("Other mark columns with --weights") {
  BatchSettings s;
  s.weights = BatchWeights::parse("price=50,care=50");
  auto r = decide("rate,care,bidder_id,competition_id,notes\n20,5,A,X,late\n10,0,B,X,\n", s);
  // A: 50 × 10/20 + 50 = 75; B: 50 + 0 = 50
  CHECK(r.competitions[0].bidder_id() == "A");
  CHECK(r.total(r.competitions[0]) == 75);
}

TEST_CASE("Reading in two halves gives what one pass gives") {
  const std::string header = "competition_id,bidder_id,rate,ability,quality,partnership\n";
  BatchSettings one, two;
  one.keep_going = two.keep_going = true;
  one.threads = 1;
  two.threads = 2;
  two.parallel_from = 0;
  auto same = [&](const std::string& text) {
    BatchResult a = decide(text, one), b = decide(text, two);
    REQUIRE(a.competitions.size() == b.competitions.size());
    for (std::size_t i = 0; i < a.competitions.size(); ++i) {
      CHECK(a.competitions[i].competition_id() == b.competitions[i].competition_id());
      CHECK(a.competitions[i].withheld == b.competitions[i].withheld);
      CHECK(a.competitions[i].bids == b.competitions[i].bids);
      if (a.competitions[i].withheld) continue;  // a withheld competition's winner fields mean nothing
      CHECK(a.competitions[i].bidder_id() == b.competitions[i].bidder_id());
      CHECK(a.competitions[i].tie == b.competitions[i].tie);
      CHECK(a.total(a.competitions[i]) == b.total(b.competitions[i]));
    }
    REQUIRE(a.problems.size() == b.problems.size());
    for (std::size_t i = 0; i < a.problems.size(); ++i) CHECK(a.problems[i].format() == b.problems[i].format());
    CHECK(a.rows == b.rows);
    return b;
  };
  SUBCASE("a competition on both sides of the split, with a duplicate across it") {
    std::string text = header;
    for (int i = 0; i < 40; ++i) text += "C1,P" + std::to_string(i) + ",20." + std::to_string(10 + i) + ",1,2,3\n";
    text += "C1,P7,19,5,5,5\nC2,P1,x,1,1,1\n";
    BatchResult b = same(text);
    CHECK(b.competitions[0].withheld);
    REQUIRE(b.problems.size() == 2);
    CHECK(b.problems[0].format() ==
          "b.csv:42:4: error: bidder_id 'P7' bids twice in competition 'C1' (first on line 9); expected one row "
          "per bidder in a competition");
    CHECK(b.problems[1].where.line == 43);
  }
  SUBCASE("the same with no duplicate: decided from both halves") {
    std::string text = header;
    for (int i = 0; i < 40; ++i) text += fmt::format("C{},P{},20,1,2,3\n", i % 3, i);
    text += "C1,Q,19,5,5,5\n";
    BatchResult b = same(text);
    CHECK(b.competitions[1].bidder_id() == "Q");
  }
  SUBCASE("the split falls in a quoted line break: the second half is dropped and read again") {
    std::string text = header + "C1,P1,20,1,1,1\n";
    text += "C1,\"P2\n" + std::string(200, '\n') + "\",20,1,1,1\n";
    text += "C2,P1,20,1,1,1\nC2,P1,20,1,1,1\n";
    BatchResult b = same(text);
    REQUIRE(b.competitions.size() == 2);
    CHECK(b.competitions[0].bids == 2);
    REQUIRE(b.problems.size() == 1);
    CHECK(b.problems[0].where.line == 206);
  }
  SUBCASE("a bad row before the split, its competition's good rows after") {
    std::string text = header + "C1,P1,1.001,1,1,1\n";
    for (int i = 0; i < 30; ++i) text += "C1,P" + std::to_string(i + 2) + ",20,1,1,1\n";
    BatchResult b = same(text);
    CHECK(b.competitions[0].withheld);
    CHECK(b.competitions[0].bids == 30);
  }
}

