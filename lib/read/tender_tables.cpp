#include "read/tender_tables.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "read/csv_reader.hpp"
#include "read/identifier.hpp"

namespace tk {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// "'X'" for a value, "empty" for none: "sq_pass is 'Y'", "sq_pass is empty".
std::string shown(std::string_view value) {
  return value.empty() ? "empty" : fmt::format("'{}'", shown_value(value));
}

// Ids for a message: all of them, or the first few and how many there are.
template <typename T>
std::string id_list(const std::vector<T>& items) {
  constexpr std::size_t kShown = 12;
  if (items.empty()) return "none are defined";
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < kShown; ++i) out += (i ? ", " : "") + items[i].id;
  if (items.size() > kShown) out += fmt::format(", ... ({} in all)", items.size());
  return out;
}

// " (did you mean 'ACE'?)" when `id` matches a known id but for letter case.
template <typename T>
std::string case_hint(const std::vector<T>& items, std::string_view id) {
  for (const T& item : items)
    if (equals_ignoring_case(item.id, id)) return fmt::format(" (did you mean '{}'?)", item.id);
  return "";
}

std::optional<bool> parse_yes_no(std::string_view s) {
  if (equals_ignoring_case(s, "yes")) return true;
  if (equals_ignoring_case(s, "no")) return false;
  return std::nullopt;
}

// One CSV file being read: its table, where each required column is, and its problems.
class TableReader {
 public:
  TableReader(std::string_view text, const std::string& file, Problems& problems,
              std::vector<std::string_view> columns)
      : problems_(problems), start_(seen()), columns_(std::move(columns)) {
    table_ = parse_csv(text, file, problems);
    parse_clean_ = seen() == start_;
    ok_ = require_columns(table_, columns_, problems);
    if (!ok_) return;
    for (std::string_view c : columns_) index_.push_back(*table_.column(c));
  }

  bool ok() const { return ok_; }
  // `kept`: how many records made it into the tender.
  TableOutcome outcome(std::size_t kept) const {
    bool readable = ok_ && parse_clean_;
    return TableOutcome{readable, readable && kept == table_.records.size()};
  }
  const std::vector<CsvRecord>& records() const { return table_.records; }

  // The value of required column `k` (its index in `columns`), trimmed.
  std::string value(const CsvRecord& r, std::size_t k) const { return std::string(view(r, k)); }
  std::string_view view(const CsvRecord& r, std::size_t k) const { return trim(r.fields[index_[k]].text); }
  std::string raw(const CsvRecord& r, std::size_t k) const { return std::string(r.fields[index_[k]].text); }
  Location at(const CsvRecord& r, std::size_t k) const { return table_.location(r.fields[index_[k]]); }

  void add(Location where, std::string message) { problems_.add(std::move(where), std::move(message)); }

  // An unknown id in column `k` is reported once, at its first row, so that a misspelt id
  // does not fill the screen. Returns what to say after the id there ("", or " in this row
  // and 7 more"), or nullopt at its later rows.
  std::optional<std::string> first_unknown(std::size_t k, const std::string& id) {
    if (!reported_.insert({k, id}).second) return std::nullopt;
    auto& counts = counts_[k];
    if (counts.empty())
      for (const CsvRecord& r : table_.records) ++counts[value(r, k)];
    std::size_t n = counts[id];
    return n > 1 ? fmt::format(" in this row and {} more", n - 1) : std::string();
  }

  // A problem when the file held a header and nothing else wrong, but no rows.
  void require_rows(std::string_view expected) {
    if (ok_ && table_.records.empty() && seen() == start_)
      add(Location{table_.file, table_.header.front().line, 0}, std::string(expected));
  }

 private:
  std::size_t seen() const { return problems_.size() + problems_.dropped(); }

  Problems& problems_;
  std::size_t start_;
  std::vector<std::string_view> columns_;
  CsvTable table_;
  std::vector<std::size_t> index_;
  bool ok_ = false;
  bool parse_clean_ = false;
  std::set<std::pair<std::size_t, std::string>> reported_;            // (column, id)
  std::map<std::size_t, std::map<std::string, std::size_t>> counts_;  // column -> id -> rows
};

// The bidders of bidders.csv by id, for checking the bidder_id of every row of a large file.
class BidderIndex {
 public:
  explicit BidderIndex(const Tender& tender) {
    for (const Bidder& b : tender.bidders) {
      by_id_.emplace(b.id, &b);
      by_lower_.emplace(lower(b.id), b.id);
    }
  }
  const Bidder* find(const std::string& id) const {
    auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : it->second;
  }
  // " (did you mean 'ACE'?)" when `id` is a bidder's id but for letter case.
  std::string case_hint(const std::string& id) const {
    auto it = by_lower_.find(lower(id));
    return it == by_lower_.end() ? "" : fmt::format(" (did you mean '{}'?)", it->second);
  }

 private:
  std::unordered_map<std::string, const Bidder*> by_id_;
  std::unordered_map<std::string, std::string> by_lower_;
};

// Checks a bidder_id column against bidders.csv; returns the bidder, or nullptr.
const Bidder* known_bidder(TableReader& in, const CsvRecord& r, std::size_t k, const BidderIndex& bidders,
                           const KnownIds& known, bool& bad) {
  std::string id = in.value(r, k);
  if (id.empty()) {
    in.add(in.at(r, k), "bidder_id is empty; expected a bidder_id from bidders.csv");
    bad = true;
    return nullptr;
  }
  const Bidder* b = bidders.find(id);
  if (!b && known.bidders) {
    if (auto rows = in.first_unknown(k, id)) {
      in.add(in.at(r, k), fmt::format("unknown bidder_id '{}'{}{}; expected a bidder_id from bidders.csv", shown_value(id),
                                      bidders.case_hint(id), *rows));
    }
    bad = true;
  }
  return b;
}

// `rows`: what first_unknown() says about the other rows with this lot.
std::string unknown_lot(const Tender& tender, std::string_view lot, std::string_view rows,
                        std::string_view expected) {
  if (lot.empty())
    return fmt::format("lot is empty{}; expected {}: {}", rows, expected, id_list(tender.lots));
  return fmt::format("unknown lot '{}'{}{}; expected {}: {}", shown_value(lot), case_hint(tender.lots, lot), rows,
                     expected, id_list(tender.lots));
}

// Reads the lots column of bidders.csv into `b`.
void read_bid_lots(TableReader& in, const CsvRecord& r, std::size_t k, const Tender& tender,
                   const KnownIds& known, Bidder& b) {
  std::string text = in.value(r, k);
  if (text == "*") {
    b.all_lots = true;
    return;
  }
  const std::string expected = "'*' (every lot) or lot ids joined by ';' such as N1;N2";
  if (text.empty()) {
    in.add(in.at(r, k), fmt::format("lots is empty; expected {}", expected));
    return;
  }
  std::size_t start = 0;
  for (;;) {
    std::size_t end = text.find(';', start);
    std::string lot(trim(std::string_view(text).substr(start, end == std::string::npos ? end : end - start)));
    if (lot.empty()) {
      in.add(in.at(r, k), fmt::format("lots '{}' has an empty lot id; expected {}", shown_value(text), expected));
    } else if (known.lots && !tender.lot(lot)) {
      in.add(in.at(r, k), unknown_lot(tender, lot, "", "'*' or lot ids from tender.toml"));
    } else if (b.bids_for(lot)) {
      in.add(in.at(r, k), fmt::format("lot '{}' is listed twice in lots '{}'", lot, shown_value(text)));
    } else {
      b.lots.push_back(lot);
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
}

}  // namespace

TableOutcome read_bidders(std::string_view text, const std::string& file, Tender& tender,
                          const KnownIds& known, Problems& problems) {
  constexpr std::size_t kId = 0, kName = 1, kLots = 2, kSq = 3, kForm = 4;
  TableReader in(text, file, problems, {"bidder_id", "name", "lots", "sq_pass", "form_signed"});
  if (!in.ok()) return TableOutcome{};
  std::map<std::string, int> first_line;
  std::map<std::string, std::pair<std::string, int>> by_lower;  // lower-case id -> id, line
  std::size_t kept = 0;
  for (const CsvRecord& r : in.records()) {
    Bidder b;
    b.id = in.value(r, kId);
    b.where = in.at(r, kId);
    if (b.id.empty() || !is_identifier(b.id)) {
      in.add(b.where, fmt::format("bidder_id is {}; expected {}", shown(b.id), identifier_rule()));
      continue;
    }
    if (auto it = first_line.find(b.id); it != first_line.end()) {
      in.add(b.where, fmt::format("duplicate bidder_id '{}' (first at line {})", b.id, it->second));
      continue;
    }
    if (auto it = by_lower.find(lower(b.id)); it != by_lower.end()) {
      in.add(b.where,
             fmt::format("bidder_id '{}' differs from '{}' (line {}) only in letter case; expected ids "
                         "that differ otherwise, as each bidder gets its own file",
                         b.id, it->second.first, it->second.second));
      continue;
    }
    first_line.emplace(b.id, r.line);
    by_lower.emplace(lower(b.id), std::pair{b.id, r.line});
    b.name = in.value(r, kName);
    if (b.name.empty()) in.add(in.at(r, kName), "name is empty; expected the bidder's name");
    read_bid_lots(in, r, kLots, tender, known, b);
    auto yes_no = [&](std::size_t k, std::string_view column, bool& flag) {
      std::string v = in.value(r, k);
      if (auto yes = parse_yes_no(v))
        flag = *yes;
      else
        in.add(in.at(r, k), fmt::format("{} is {}; expected yes or no", column, shown(v)));
    };
    yes_no(kSq, "sq_pass", b.sq_pass);
    yes_no(kForm, "form_signed", b.form_signed);
    tender.bidders.push_back(std::move(b));
    ++kept;
  }
  in.require_rows("no bidders: expected a row per bidder after the header");
  return in.outcome(kept);
}

TableOutcome read_prices(std::string_view text, const std::string& file, Tender& tender,
                         const KnownIds& known, Problems& problems) {
  constexpr std::size_t kBidder = 0, kLot = 1, kLlw = 2, kTravel = 3, kDay = 4, kRate = 5;
  TableReader in(text, file, problems, {"bidder_id", "lot", "llw", "travel", "day", "rate"});
  if (!in.ok()) return TableOutcome{};
  std::unordered_map<std::string, int> first_line;  // "bidder,lot,llw,travel,day" -> line
  first_line.reserve(in.records().size());
  tender.prices.reserve(tender.prices.size() + in.records().size());
  const BidderIndex bidders(tender);
  std::size_t kept = 0;
  for (const CsvRecord& r : in.records()) {
    bool bad = false;
    const Bidder* bidder = known_bidder(in, r, kBidder, bidders, known, bad);
    std::string lot = in.value(r, kLot);
    if (lot.empty() || (lot != "*" && !tender.lot(lot) && known.lots)) {
      if (auto rows = in.first_unknown(kLot, lot))
        in.add(in.at(r, kLot),
               unknown_lot(tender, lot, *rows, "'*' (every lot bid for) or a lot id from tender.toml"));
      bad = true;
    }
    std::string llw_text = in.value(r, kLlw), travel_text = in.value(r, kTravel),
                day_text = in.value(r, kDay);
    auto llw = parse_llw(lower(llw_text));
    auto travel = parse_travel(lower(travel_text));
    auto day = parse_day_type(lower(day_text));
    if (!llw)
      in.add(in.at(r, kLlw), fmt::format("llw is {}; expected inclusive or exclusive", shown(llw_text)));
    if (!travel)
      in.add(in.at(r, kTravel),
             fmt::format("travel is {}; expected inclusive or exclusive", shown(travel_text)));
    if (!day)
      in.add(in.at(r, kDay), fmt::format("day is {}; expected standard or bank_holiday", shown(day_text)));
    std::string rate_text = in.value(r, kRate);
    Parsed<Money> rate = Money::parse(rate_text);
    if (!rate) {
      in.add(in.at(r, kRate), fmt::format("rate is {}; {}", shown(rate_text), rate.error));
    } else if (rate.value->is_negative() || rate.value->is_zero()) {
      in.add(in.at(r, kRate), fmt::format("rate is '{}'; expected an hourly rate above zero", rate_text));
      rate.value.reset();
    }
    if (bad || !llw || !travel || !day || !rate) continue;
    if (bidder && lot != "*" && !bidder->bids_for(lot)) {
      std::string lots;
      for (const std::string& l : bidder->lots) lots += (lots.empty() ? "" : ";") + l;
      in.add(in.at(r, kLot), fmt::format("bidder '{}' did not bid for lot '{}' (its lots in bidders.csv are "
                                         "{}); expected only rates for lots it bid for, or '*'",
                                         bidder->id, lot, lots));
      continue;
    }
    PriceRow row{in.value(r, kBidder), lot, Basis{*llw, *travel}, *day, *rate.value, in.at(r, kBidder)};
    std::string key = fmt::format("{},{},{},{},{}", row.bidder_id, row.lot, to_string(row.basis.llw),
                                  to_string(row.basis.travel), to_string(row.day));
    if (auto it = first_line.find(key); it != first_line.end()) {
      in.add(row.where,
             fmt::format("duplicate rate for bidder '{}', lot '{}', llw {}, travel {}, {} (first at "
                         "line {})",
                         row.bidder_id, row.lot, to_string(row.basis.llw), to_string(row.basis.travel),
                         to_string(row.day), it->second));
      continue;
    }
    first_line.emplace(key, r.line);
    tender.prices.push_back(std::move(row));
    ++kept;
  }
  return in.outcome(kept);
}

TableOutcome read_marks(std::string_view text, const std::string& file, Tender& tender, const KnownIds& known,
                        Problems& problems) {
  constexpr std::size_t kBidder = 0, kQuestion = 1, kEvaluator = 2, kMark = 3, kComment = 4;
  TableReader in(text, file, problems, {"bidder_id", "question", "evaluator", "mark", "comment"});
  if (!in.ok()) return TableOutcome{};
  const std::size_t first_mark = tender.marks.size();
  tender.marks.reserve(tender.marks.size() + in.records().size());
  const BidderIndex bidders(tender);
  const int scale = tender.quality.scale_max;
  std::size_t kept = 0;
  for (const CsvRecord& r : in.records()) {
    bool bad = false;
    known_bidder(in, r, kBidder, bidders, known, bad);
    std::string_view question = in.view(r, kQuestion);
    if (known.questions && !tender.question(question)) {
      if (auto rows = in.first_unknown(kQuestion, std::string(question))) {
        in.add(in.at(r, kQuestion),
               fmt::format("unknown question {}{}{}; expected a question id from tender.toml: {}",
                           shown(question), case_hint(tender.questions, question), *rows,
                           id_list(tender.questions)));
      }
      bad = true;
    }
    std::string_view evaluator = in.view(r, kEvaluator);
    if (evaluator.empty()) {
      in.add(in.at(r, kEvaluator),
             "evaluator is empty; expected the evaluator's name or initials, or "
             "consensus for the moderated mark");
      bad = true;
    } else if (equals_ignoring_case(evaluator, "consensus")) {
      evaluator = "consensus";
    }
    std::string_view mark_text = in.view(r, kMark);
    Parsed<int> mark = parse_small_int(mark_text);
    if (!mark || (known.questions && *mark.value > scale)) {
      in.add(in.at(r, kMark),
             fmt::format("mark is {}; expected a whole number from 0 to {}", shown(mark_text), scale));
      bad = true;
    }
    if (bad) continue;
    tender.marks.push_back(Mark{std::string(in.view(r, kBidder)), std::string(question), std::string(evaluator),
                                *mark.value, in.raw(r, kComment), in.at(r, kBidder)});
    ++kept;
  }

  // One mark per bidder, question and evaluator. The marks go into an open-addressing table of
  // their indices in file order, so a slot holds the first of its key and every later copy
  // finds it there: one hash per mark, no allocation per mark.
  const std::size_t count = tender.marks.size() - first_mark;
  std::size_t size = 16;
  while (size < 2 * count) size *= 2;
  constexpr std::size_t kEmpty = static_cast<std::size_t>(-1);
  std::vector<std::size_t> slots(size, kEmpty);
  auto key = [&](std::size_t i) {
    const Mark& m = tender.marks[i];
    return std::tie(m.bidder_id, m.question, m.evaluator);
  };
  const std::hash<std::string_view> hash;
  std::vector<bool> duplicate(tender.marks.size(), false);
  for (std::size_t i = first_mark; i < tender.marks.size(); ++i) {
    const Mark& m = tender.marks[i];
    std::size_t h = hash(m.bidder_id);
    h = h * 31 + hash(m.question);
    h = h * 31 + hash(m.evaluator);
    std::size_t at = h & (size - 1);
    while (slots[at] != kEmpty && key(slots[at]) != key(i)) at = (at + 1) & (size - 1);
    if (slots[at] == kEmpty) {
      slots[at] = i;
      continue;
    }
    in.add(m.where, fmt::format("duplicate mark for bidder '{}', question '{}' by evaluator '{}' (first at "
                                "line {})",
                                m.bidder_id, m.question, m.evaluator, tender.marks[slots[at]].where.line));
    duplicate[i] = true;
    --kept;
  }
  if (kept != tender.marks.size() - first_mark) {
    std::size_t to = first_mark;
    for (std::size_t i = first_mark; i < tender.marks.size(); ++i) {
      if (duplicate[i]) continue;
      if (to != i) tender.marks[to] = std::move(tender.marks[i]);  // never onto itself
      ++to;
    }
    tender.marks.erase(tender.marks.begin() + static_cast<std::ptrdiff_t>(to), tender.marks.end());
  }
  return in.outcome(kept);
}

}  // namespace tk
