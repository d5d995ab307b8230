#include "read/batch_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "core/money.hpp"
#include "read/csv_reader.hpp"
#include "read/id_index.hpp"

namespace tk {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
// Duplicate bidders are found by walking a competition's earlier bids while it has fewer
// than this many; larger competitions are checked once at the end by sorting.
constexpr std::uint32_t kChainLimit = 16;
constexpr int kMaxRateDigits = 13;  // whole pounds: keeps rates within kBatchMaxRatePence

enum class Role : std::uint8_t { ignored, competition, bidder, rate, mark };

struct Column {
  Role role = Role::ignored;
  std::uint32_t multiplier = 0;
  std::size_t mark = 0;  // index into the mark columns
};

// Byte classes for the fast path: bytes that end an unquoted field, and bytes that send an
// id to the general path (NUL, and non-ASCII, whose UTF-8 must be checked).
struct ByteClasses {
  std::array<bool, 256> separator{};
  std::array<bool, 256> unusual{};
};

constexpr ByteClasses make_byte_classes() {
  ByteClasses c;
  c.separator[','] = c.separator['\n'] = c.separator['\r'] = true;
  c.unusual[0] = true;
  for (int b = 0x80; b < 0x100; ++b) c.unusual[static_cast<std::size_t>(b)] = true;
  return c;
}
constexpr ByteClasses kBytes = make_byte_classes();

unsigned char byte_of(char c) { return static_cast<unsigned char>(c); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_continuation(char c) { return (byte_of(c) & 0xC0) == 0x80; }

// Offset of the first NUL or invalid UTF-8 sequence in `s`, or npos.
std::size_t invalid_utf8_at(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = byte_of(s[i]);
    if (c == 0) return i;
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned int min = 0, cp = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2, min = 0x80, cp = c & 0x1Fu;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, min = 0x800, cp = c & 0x0Fu;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, min = 0x10000, cp = c & 0x07u;
    } else {
      return i;
    }
    if (i + len > s.size()) return i;
    for (std::size_t k = 1; k < len; ++k) {
      if (!is_continuation(s[i + k])) return i;
      cp = (cp << 6) | (byte_of(s[i + k]) & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::string_view::npos;
}

// A value as shown in a message: at most 40 bytes (cut on a character boundary), control
// characters escaped.
std::string shown(std::string_view value) {
  std::string out;
  std::size_t n = value.size();
  bool cut = false;
  if (n > 40) {
    n = 40;
    while (n > 0 && is_continuation(value[n])) --n;
    cut = true;
  }
  for (char c : value.substr(0, n)) {
    if (byte_of(c) < 0x20 || c == 0x7F) out += fmt::format("\\x{:02X}", byte_of(c));
    else out += c;
  }
  if (cut) out += "...";
  return out;
}

struct RawField {
  std::string_view text;
  int line = 0;
  int column = 0;
};

class Reader {
 public:
  Reader(std::string_view text, const std::string& file, const std::vector<BatchMarkColumn>& marks,
         std::size_t problem_limit, BatchTable& table)
      : s_(text), file_(file), marks_(marks), limit_(problem_limit), t_(table),
        index_(std::max<std::size_t>(1024, text.size() / 128)) {
    if (s_.substr(0, kBom.size()) == kBom) s_.remove_prefix(kBom.size());
    t_.bids.reserve(text.size() / 16 + 16);
    t_.competitions.reserve(text.size() / 64 + 16);
  }

  void run() {
    if (!read_header()) return;
    read_rows();
    if (large_) check_large_competitions();
    std::stable_sort(t_.problems.begin(), t_.problems.end(), [](const Problem& a, const Problem& b) {
      return a.where.line != b.where.line ? a.where.line < b.where.line : a.where.column < b.where.column;
    });
  }

 private:
  // ---- problems and ids

  void problem(int line, int column, std::string message) {
    if (t_.problems.size() >= limit_) {
      ++t_.problems_dropped;
      return;
    }
    t_.problems.push_back(Problem{Location{file_, line, column}, std::move(message)});
  }

  // `view` if it lies in the input text, else a copy kept in the table's store.
  std::string_view stable(std::string_view view) {
    const char* origin = s_.data();
    if (view.data() >= origin && view.data() + view.size() <= origin + s_.size()) return view;
    t_.store.emplace_back(view);
    return t_.store.back();
  }

  std::uint32_t competition(std::string_view id, int line) {
    if (id.size() == last_id_.size() && std::memcmp(id.data(), last_id_.data(), id.size()) == 0) {
      return last_competition_;
    }
    auto next = static_cast<std::uint32_t>(t_.competitions.size());
    std::uint32_t found = index_.find(id);
    if (found == IdIndex::kAbsent) {
      BatchCompetition c;
      c.id = stable(id);
      c.line = static_cast<std::uint32_t>(line);
      t_.competitions.push_back(c);
      found = index_.find_or_insert(c.id, next);
    }
    last_id_ = t_.competitions[found].id;
    last_competition_ = found;
    return found;
  }

  // Adds a good row's bid. Returns false, changing nothing, when the bidder already bid in
  // the competition and `bidder_field` is null (the fast path: the general path then reports it).
  bool commit(std::string_view id, std::string_view bidder, std::uint64_t rate, std::uint32_t quality,
              int line, const RawField* bidder_field) {
    std::uint32_t ci = competition(id, line);
    BatchCompetition& c = t_.competitions[ci];
    if (c.bids < kChainLimit) {
      for (std::uint32_t b = c.last_bid; b != BatchBid::kNone; b = t_.bids[b].previous) {
        std::string_view other = t_.bids[b].bidder_id();
        if (other.size() != bidder.size() || std::memcmp(other.data(), bidder.data(), bidder.size()) != 0) {
          continue;
        }
        if (bidder_field == nullptr) return false;
        duplicate(bidder_field->line, bidder_field->column, bidder, c, t_.bids[b].line);
        return true;
      }
    } else {
      large_ = true;
    }
    if (t_.bids.size() >= BatchBid::kNone - 1) {
      throw Error(ExitCode::data_error, Location{file_, line, 0},
                  "too many rows; expected at most 4294967294 bids in one batch");
    }
    BatchBid bid;
    bidder = stable(bidder);
    bid.bidder = bidder.data();
    bid.rate_and_length = rate | (static_cast<std::uint64_t>(bidder.size()) << 50);
    bid.competition = ci;
    bid.quality = quality;
    bid.previous = c.last_bid;
    bid.line = static_cast<std::uint32_t>(line);
    c.last_bid = static_cast<std::uint32_t>(t_.bids.size());
    c.lowest_rate = std::min(c.lowest_rate, rate);
    ++c.bids;
    t_.bids.push_back(bid);
    return true;
  }

  void duplicate(int line, int column, std::string_view bidder, BatchCompetition& c, std::uint32_t first) {
    problem(line, column,
            fmt::format("bidder_id '{}' bids twice in competition '{}' (first on line {}); expected "
                        "one row per bidder in a competition",
                        shown(bidder), shown(c.id), first));
    c.rejected = true;
  }

  // Marks the competition of a bad row rejected, when its id can be read.
  void reject(std::string_view id, int line) {
    if (id.empty() || id.size() > kBatchMaxIdBytes || invalid_utf8_at(id) != std::string_view::npos) return;
    t_.competitions[competition(id, line)].rejected = true;
  }

  // ---- the general CSV tokenizer (csv_reader's rules, one record at a time)

  void advance() {
    if (s_[pos_] == '\n') {
      ++line_;
      column_ = 1;
    } else if (!is_continuation(s_[pos_])) {
      ++column_;
    }
    ++pos_;
  }

  void end_of_line() {
    if (s_[pos_] == '\r') {
      ++pos_;
      ++column_;
      if (pos_ < s_.size() && s_[pos_] == '\n') {
        advance();
      } else {
        ++line_;  // a lone CR ends a line too
        column_ = 1;
      }
    } else {
      advance();
    }
  }

  void skip_rest_of_record() {
    bool in_quotes = false;
    while (pos_ < s_.size()) {
      char c = s_[pos_];
      if (c == '"') in_quotes = !in_quotes;
      if (!in_quotes && (c == '\n' || c == '\r')) {
        end_of_line();
        return;
      }
      advance();
    }
  }

  // Reads a quoted field into `f`; returns false when the record ended with a problem.
  bool quoted(RawField& f) {
    int open_line = line_, open_column = column_;
    advance();
    std::size_t start = pos_;
    bool plain = true;  // no doubled quotes or CRLF: the text is a view of the input
    std::string text;
    for (;;) {
      if (pos_ >= s_.size()) {
        problem(open_line, open_column, "unterminated quoted field: no closing '\"' before the end of the file");
        return false;
      }
      char c = s_[pos_];
      bool crlf = c == '\r' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '\n';
      if ((c == '"' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '"') || crlf) {
        if (plain) text.assign(s_.substr(start, pos_ - start));
        plain = false;
        if (crlf) {
          ++pos_;  // CRLF inside quotes is kept as LF
          continue;
        }
        text += '"';
        advance();
        advance();
        continue;
      }
      if (c == '"') {
        std::size_t stop = pos_;
        advance();
        if (pos_ < s_.size() && !kBytes.separator[byte_of(s_[pos_])]) {
          char bad = s_[pos_];
          problem(line_, column_,
                  fmt::format("unexpected character '{}' after a closing quote; expected ',' or the end "
                              "of the line",
                              byte_of(bad) < 0x20 ? fmt::format("\\x{:02X}", byte_of(bad)) : std::string(1, bad)));
          skip_rest_of_record();
          return false;
        }
        if (plain) {
          f.text = s_.substr(start, stop - start);
        } else {
          scratch_.push_back(std::move(text));
          f.text = scratch_.back();
        }
        return true;
      }
      if (!plain) text += c;
      advance();
    }
  }

  // Reads one record at pos_ into `out`; returns false at the end of the input. `ok` is false
  // when the record had a problem (already reported).
  bool next_record(std::vector<RawField>& out, bool& ok) {
    if (pos_ >= s_.size()) return false;
    out.clear();
    scratch_.clear();
    ok = true;
    for (;;) {
      RawField f;
      f.line = line_;
      f.column = column_;
      if (s_.size() > pos_ && s_[pos_] == '"') {
        if (!quoted(f)) {
          ok = false;
          return true;
        }
      } else {
        std::size_t start = pos_;
        while (pos_ < s_.size() && !kBytes.separator[byte_of(s_[pos_])]) advance();
        f.text = s_.substr(start, pos_ - start);
      }
      out.push_back(f);
      if (pos_ >= s_.size()) return true;
      if (s_[pos_] == ',') {
        advance();
        continue;
      }
      end_of_line();
      return true;
    }
  }

  static bool all_empty(const std::vector<RawField>& fields) {
    return std::all_of(fields.begin(), fields.end(), [](const RawField& f) { return f.text.empty(); });
  }

  // ---- header

  bool read_header() {
    bool ok = true;
    while (next_record(fields_, ok)) {
      if (!ok || all_empty(fields_)) continue;
      CsvTable header;
      header.file = file_;
      for (const RawField& f : fields_) {
        std::string_view name = f.text;
        while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
        while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
        header.header.push_back(CsvField{std::string(name), f.line, f.column});
      }
      std::vector<std::string_view> required = {"competition_id", "bidder_id", "rate"};
      for (const BatchMarkColumn& m : marks_) required.push_back(m.name);
      Problems found;
      bool all = require_columns(header, required, found);
      for (const Problem& p : found.list()) problem(p.where.line, p.where.column, p.message);
      if (!all || !found.empty()) return false;
      columns_.assign(header.header.size(), Column{});
      id_column_ = *header.column("competition_id");
      columns_[id_column_].role = Role::competition;
      columns_[*header.column("bidder_id")].role = Role::bidder;
      columns_[*header.column("rate")].role = Role::rate;
      for (std::size_t k = 0; k < marks_.size(); ++k) {
        Column& c = columns_[*header.column(marks_[k].name)];
        c.role = Role::mark;
        c.multiplier = marks_[k].multiplier;
        c.mark = k;
      }
      return true;
    }
    std::string names = "competition_id,bidder_id,rate";
    for (const BatchMarkColumn& m : marks_) names += "," + m.name;
    problem(1, 0, "the file is empty; expected a header row with " + names);
    return false;
  }

  // ---- rows

  void read_rows() {
    while (pos_ < s_.size()) {
      char c = s_[pos_];
      if (c == '\n' || c == '\r') {  // a blank line
        ++pos_;
        if (c == '\r' && pos_ < s_.size() && s_[pos_] == '\n') ++pos_;
        ++line_;
        continue;
      }
      if (!fast_row()) general_row();
    }
  }

  // Reads a plain row (no quotes, plain decimals and marks, ASCII ids, no duplicate) and
  // returns true; returns false, changing nothing, for anything else.
  bool fast_row() {
    const char* p = s_.data() + pos_;
    const char* const end = s_.data() + s_.size();
    std::string_view id, bidder;
    std::uint64_t rate = 0;
    std::uint32_t quality = 0;
    const std::size_t width = columns_.size();
    for (std::size_t i = 0; i < width; ++i) {
      const Column& column = columns_[i];
      const char* start = p;
      if (p < end && *p == '"') return false;
      switch (column.role) {
        case Role::competition:
        case Role::bidder: {
          bool unusual = false;
          while (p < end && !kBytes.separator[byte_of(*p)]) unusual |= kBytes.unusual[byte_of(*p++)];
          auto length = static_cast<std::size_t>(p - start);
          if (unusual || length == 0 || length > kBatchMaxIdBytes) return false;
          (column.role == Role::competition ? id : bidder) = std::string_view(start, length);
          break;
        }
        case Role::rate: {
          std::uint64_t pence = 0;
          while (p < end && is_digit(*p)) pence = pence * 10 + static_cast<std::uint64_t>(*p++ - '0');
          if (p == start || p - start > kMaxRateDigits) return false;
          pence *= 100;
          if (p < end && *p == '.') {
            ++p;
            if (p == end || !is_digit(*p)) return false;
            pence += static_cast<std::uint64_t>(*p++ - '0') * 10;
            if (p < end && is_digit(*p)) pence += static_cast<std::uint64_t>(*p++ - '0');
          }
          if (pence == 0) return false;
          rate = pence;
          break;
        }
        case Role::mark: {
          if (p == end || *p < '0' || *p > '5') return false;
          quality += column.multiplier * static_cast<std::uint32_t>(*p++ - '0');
          break;
        }
        case Role::ignored:
          while (p < end && !kBytes.separator[byte_of(*p)]) ++p;
          break;
      }
      if (i + 1 < width) {
        if (p == end || *p != ',') return false;
        ++p;
      }
    }
    if (p < end) {
      if (*p == '\n') {
        ++p;
      } else if (*p == '\r') {
        ++p;
        if (p < end && *p == '\n') ++p;
      } else {
        return false;
      }
    }
    if (!commit(id, bidder, rate, quality, line_, nullptr)) return false;
    ++t_.data_rows;
    ++line_;
    pos_ = static_cast<std::size_t>(p - s_.data());
    return true;
  }

  // Reads any row, reporting every problem in it.
  void general_row() {
    int line = line_;
    bool ok = true;
    next_record(fields_, ok);
    if (ok && all_empty(fields_)) return;
    ++t_.data_rows;
    std::string_view id;
    if (id_column_ < fields_.size()) id = fields_[id_column_].text;
    if (!ok) {
      reject(id, line);
      return;
    }
    if (fields_.size() != columns_.size()) {
      bool wide = fields_.size() > columns_.size();
      problem(line, wide ? fields_[columns_.size()].column : 0,
              fmt::format("expected {} fields as in the header, found {}", columns_.size(), fields_.size()));
      reject(id, line);
      return;
    }
    bool good = true;
    std::uint64_t rate = 0;
    std::uint32_t quality = 0;
    const RawField* bidder = nullptr;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      const RawField& f = fields_[i];
      switch (columns_[i].role) {
        case Role::competition:
          good &= check_id(f, "competition_id");
          break;
        case Role::bidder:
          good &= check_id(f, "bidder_id");
          bidder = &f;
          break;
        case Role::rate:
          good &= check_rate(f, rate);
          break;
        case Role::mark: {
          Parsed<int> mark = parse_small_int(f.text);
          if (!mark || *mark.value > 5) {
            problem(f.line, f.column,
                    fmt::format("{} mark '{}': expected a whole number from 0 to 5", marks_[columns_[i].mark].name,
                                shown(f.text)));
            good = false;
          } else {
            quality += columns_[i].multiplier * static_cast<std::uint32_t>(*mark.value);
          }
          break;
        }
        case Role::ignored:
          break;
      }
    }
    if (!good) {
      reject(id, line);
      return;
    }
    commit(id, bidder->text, rate, quality, line, bidder);
  }

  bool check_id(const RawField& f, std::string_view name) {
    if (f.text.empty()) {
      problem(f.line, f.column, fmt::format("{} is empty; expected an id", name));
      return false;
    }
    if (f.text.size() > kBatchMaxIdBytes) {
      problem(f.line, f.column,
              fmt::format("{} '{}' is {} bytes long; expected at most {}", name, shown(f.text), f.text.size(),
                          kBatchMaxIdBytes));
      return false;
    }
    std::size_t bad = invalid_utf8_at(f.text);
    if (bad != std::string_view::npos) {
      problem(f.line, f.column,
              fmt::format("{} has {}; expected UTF-8 text (save the file as \"CSV UTF-8\")", name,
                          f.text[bad] == '\0' ? std::string("a NUL byte")
                                              : fmt::format("the invalid UTF-8 byte 0x{:02X}", byte_of(f.text[bad]))));
      return false;
    }
    return true;
  }

  bool check_rate(const RawField& f, std::uint64_t& rate) {
    Parsed<Money> money = Money::parse(f.text);
    if (!money) {
      problem(f.line, f.column, fmt::format("rate '{}': {}", shown(f.text), money.error));
      return false;
    }
    const BigInt& pence = money.value->pence();
    if (pence <= 0) {
      problem(f.line, f.column, fmt::format("rate '{}': expected a rate above 0", shown(f.text)));
      return false;
    }
    if (pence > kBatchMaxRatePence) {
      problem(f.line, f.column, fmt::format("rate '{}': expected at most 9999999999999.99", shown(f.text)));
      return false;
    }
    rate = pence.convert_to<std::uint64_t>();
    return true;
  }

  // ---- duplicates in large competitions

  void check_large_competitions() {
    std::vector<std::uint32_t> order;
    for (std::uint32_t i = 0; i < t_.bids.size(); ++i) {
      if (t_.competitions[t_.bids[i].competition].bids > kChainLimit) order.push_back(i);
    }
    const auto& bids = t_.bids;
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      if (bids[a].competition != bids[b].competition) return bids[a].competition < bids[b].competition;
      int c = bids[a].bidder_id().compare(bids[b].bidder_id());
      return c != 0 ? c < 0 : a < b;
    });
    for (std::size_t k = 1; k < order.size(); ++k) {
      const BatchBid& first = bids[order[k - 1]];
      const BatchBid& later = bids[order[k]];
      if (first.competition != later.competition || first.bidder_id() != later.bidder_id()) continue;
      // Report against the first row of a run of equal bidders.
      std::size_t j = k - 1;
      while (j > 0 && bids[order[j - 1]].competition == later.competition &&
             bids[order[j - 1]].bidder_id() == later.bidder_id()) {
        --j;
      }
      duplicate(static_cast<int>(later.line), column_of(later.bidder), later.bidder_id(),
                t_.competitions[later.competition], bids[order[j]].line);
    }
  }

  // The character column of a field whose text starts at `p`, or 0 when `p` is not in the input.
  int column_of(const char* p) const {
    const char* origin = s_.data();
    if (p < origin || p > origin + s_.size()) return 0;
    if (p > origin && p[-1] == '"') --p;  // a quoted field starts at its quote
    const char* q = p;
    while (q > origin && q[-1] != '\n' && q[-1] != '\r') --q;
    int column = 1;
    for (; q < p; ++q)
      if (!is_continuation(*q)) ++column;
    return column;
  }

  std::string_view s_;
  const std::string& file_;
  const std::vector<BatchMarkColumn>& marks_;
  std::size_t limit_;
  BatchTable& t_;
  IdIndex index_;

  std::size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
  std::vector<Column> columns_;
  std::size_t id_column_ = 0;
  std::vector<RawField> fields_;
  std::deque<std::string> scratch_;  // unquoted field texts of the current record
  std::string_view last_id_;
  std::uint32_t last_competition_ = 0;
  bool large_ = false;
};

}  // namespace

BatchTable read_batch(std::string_view text, const std::string& file, const std::vector<BatchMarkColumn>& marks,
                      std::size_t problem_limit) {
  BatchTable table;
  Reader(text, file, marks, problem_limit, table).run();
  return table;
}

}  // namespace tk
