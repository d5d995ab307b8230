#include "read/batch_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "core/money.hpp"
#include "read/batch_scan.hpp"
#include "read/csv_reader.hpp"

namespace tk {

using batch_scan::byte_of;
using batch_scan::invalid_utf8_at;
using batch_scan::is_continuation;
using batch_scan::is_digit;
using batch_scan::kClass;
using batch_scan::kPlain;
using batch_scan::kSeparator;
using batch_scan::plain_pence;
using batch_scan::skip_plain;

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

enum class Role : std::uint8_t { ignored, competition, bidder, rate, mark };

struct Column {
  Role role = Role::ignored;
  std::uint32_t multiplier = 0;
  std::size_t mark = 0;  // index into the mark columns
};

}  // namespace

void BatchProblems::add(Location where, std::string message) {
  if (list.size() >= limit) {
    ++dropped;
    return;
  }
  list.push_back(Problem{std::move(where), std::move(message)});
}

namespace {

struct RawField {
  std::string_view text;
  int line = 0;
  int column = 0;
};

}  // namespace

class BatchReader::Impl {
 public:
  Impl(std::string_view text, std::string file, std::vector<BatchMarkColumn> marks, BatchProblems& problems)
      : s_(text), file_(std::move(file)), marks_(std::move(marks)), problems_(problems) {
    if (s_.substr(0, kBom.size()) == kBom) {
      s_.remove_prefix(kBom.size());
      bom_ = kBom.size();
    }
    // Plain rows are only parsed before the last LF: every scan then stops at a separator
    // without checking for the end of the text.
    std::size_t last_lf = s_.rfind('\n');
    fast_end_ = last_lf == std::string_view::npos ? 0 : last_lf + 1;
    end_ = s_.size();
  }

  void report(int line, int column, std::string message) {
    if (!quiet_) problems_.add(Location{file_, line, column}, std::move(message));
  }

  void set_range(std::size_t begin, std::size_t end, int line) {
    pos_ = std::max(begin, bom_) - bom_;
    end_ = std::max(end, bom_) - bom_;
    line_ = line;
    column_ = 1;
  }
  std::size_t position() const { return pos_ + bom_; }
  int line() const { return line_; }

  std::size_t read(BatchRow* rows, std::size_t capacity) {
    std::size_t n = 0;
    while (n < capacity && pos_ < end_) {
      char c = s_[pos_];
      if (c == '\n' || c == '\r') {  // a blank line
        ++pos_;
        if (c == '\r' && pos_ < s_.size() && s_[pos_] == '\n') ++pos_;
        ++line_;
        continue;
      }
      if (pos_ < fast_end_ && (standard_ ? parse_standard(rows[n]) : parse_plain(rows[n]))) {
        ++n;
        continue;
      }
      if (general_row(rows[n])) ++n;
    }
    return n;
  }

  std::size_t reread(std::size_t offset, int line, BatchRow* rows, std::size_t count) {
    const std::size_t pos = pos_, end = end_;
    const int old_line = line_;
    end_ = s_.size();
    pos_ = offset - bom_;
    line_ = line;
    column_ = 1;
    quiet_ = true;
    std::size_t n = read(rows, count);
    quiet_ = false;
    pos_ = pos;
    end_ = end;
    line_ = old_line;
    column_ = 1;
    return n;
  }

  const std::string& file() const { return file_; }
  std::deque<std::string> release_store() { return std::move(store_); }

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
        report(open_line, open_column, "unterminated quoted field: no closing '\"' before the end of the file");
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
        if (pos_ < s_.size() && kClass[byte_of(s_[pos_])] != kSeparator) {
          char bad = s_[pos_];
          report(line_, column_,
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
        while (pos_ < s_.size() && kClass[byte_of(s_[pos_])] != kSeparator) advance();
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
        header.header.push_back(CsvField{name, f.line, f.column});
      }
      std::vector<std::string_view> required = {"competition_id", "bidder_id", "rate"};
      for (const BatchMarkColumn& m : marks_) required.push_back(m.name);
      Problems found;
      bool all = require_columns(header, required, found);
      for (const Problem& p : found.list()) report(p.where.line, p.where.column, p.message);
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
      standard_ = columns_.size() >= 3 && columns_[0].role == Role::competition &&
                  columns_[1].role == Role::bidder && columns_[2].role == Role::rate;
      for (std::size_t i = 3; i < columns_.size(); ++i) {
        standard_ &= columns_[i].role == Role::mark;
        multipliers_.push_back(columns_[i].multiplier);
      }
      return true;
    }
    std::string names = "competition_id,bidder_id,rate";
    for (const BatchMarkColumn& m : marks_) names += "," + m.name;
    report(1, 0, "the file is empty; expected a header row with " + names);
    return false;
  }

  // ---- rows

  // Parses a plain row at pos_ (< fast_end_: no quotes, plain decimals and marks, ASCII ids)
  // into `row` and moves past it; returns false, moving nothing, for anything else.
  bool parse_plain(BatchRow& row) {
    row.bidder_key = 0;
    const char* p = s_.data() + pos_;
    const char* const limit = s_.data() + s_.size();
    std::uint32_t quality = 0;
    const std::size_t width = columns_.size();
    for (std::size_t i = 0; i < width; ++i) {
      const Column& column = columns_[i];
      const char* start = p;
      if (*p == '"') return false;
      switch (column.role) {
        case Role::competition:
        case Role::bidder: {
          p = skip_plain(p, limit);
          auto length = static_cast<std::size_t>(p - start);
          if (kClass[byte_of(*p)] != kSeparator || length == 0 || length > kBatchMaxIdBytes) return false;
          (column.role == Role::competition ? row.id : row.bidder) = std::string_view(start, length);
          break;
        }
        case Role::rate: {
          p = plain_pence(p, row.rate);
          if (p == nullptr) return false;
          break;
        }
        case Role::mark: {
          if (*p < '0' || *p > '5') return false;
          quality += column.multiplier * static_cast<std::uint32_t>(*p++ - '0');
          break;
        }
        case Role::ignored:
          while (kClass[byte_of(*p)] != kSeparator) ++p;
          break;
      }
      if (i + 1 < width) {
        if (*p != ',') return false;
        ++p;
      }
    }
    if (*p == '\n') {
      ++p;
    } else if (*p == '\r') {
      ++p;
      if (*p == '\n') ++p;
    } else {
      return false;
    }
    row.quality = quality;
    row.good = true;
    row.line = line_;
    row.start = pos_ + bom_;
    ++line_;
    pos_ = static_cast<std::size_t>(p - s_.data());
    return true;
  }

  // parse_plain for the usual layout: competition_id, bidder_id, rate, then mark columns.
  bool parse_standard(BatchRow& row) {
    const char* p = s_.data() + pos_;
    const char* const limit = s_.data() + s_.size();
    for (std::string_view* id : {&row.id, &row.bidder}) {
      const char* start = p;
      if (*p == '"') return false;
      p = skip_plain(p, limit);
      auto length = static_cast<std::size_t>(p - start);
      if (*p != ',' || length == 0 || length > kBatchMaxIdBytes) return false;
      *id = std::string_view(start, length);
      ++p;
    }
    row.bidder_key = 0;
    if (std::endian::native == std::endian::little && row.bidder.size() <= 8 && row.bidder.data() + 8 <= limit) {
      std::uint64_t w;
      std::memcpy(&w, row.bidder.data(), 8);
      row.bidder_key = row.bidder.size() == 8 ? w : w & ((std::uint64_t{1} << (8 * row.bidder.size())) - 1);
    }
    std::uint64_t pence = 0;
    p = plain_pence(p, pence);
    if (p == nullptr) return false;
    std::uint32_t quality = 0;
    for (std::uint32_t multiplier : multipliers_) {
      // A mark is one digit between commas; p[1] is safe to read as p[0] is not the last LF.
      if (p[0] != ',' || p[1] < '0' || p[1] > '5') return false;
      quality += multiplier * static_cast<std::uint32_t>(p[1] - '0');
      p += 2;
    }
    if (*p == '\n') {
      ++p;
    } else if (*p == '\r') {
      ++p;
      if (*p == '\n') ++p;
    } else {
      return false;
    }
    row.rate = pence;
    row.quality = quality;
    row.good = true;
    row.line = line_;
    row.start = pos_ + bom_;
    ++line_;
    pos_ = static_cast<std::size_t>(p - s_.data());
    return true;
  }

  // Reads any row at pos_ into `row`, reporting every problem in it. Returns false for an
  // all-empty record, which carries no data.
  bool general_row(BatchRow& row) {
    row = BatchRow{};  // bidder_key 0: not computed
    row.line = line_;
    row.start = pos_ + bom_;
    bool ok = true;
    next_record(fields_, ok);
    if (ok && all_empty(fields_)) return false;
    if (id_column_ < fields_.size()) {
      std::string_view id = fields_[id_column_].text;
      bool readable = !id.empty() && id.size() <= kBatchMaxIdBytes && invalid_utf8_at(id) == std::string_view::npos;
      if (readable) row.id = stable(id);
    }
    if (!ok) return true;
    if (fields_.size() != columns_.size()) {
      bool wide = fields_.size() > columns_.size();
      report(row.line, wide ? fields_[columns_.size()].column : 0,
             fmt::format("expected {} fields as in the header, found {}", columns_.size(), fields_.size()));
      return true;
    }
    bool good = true;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      const RawField& f = fields_[i];
      switch (columns_[i].role) {
        case Role::competition:
          good &= check_id(f, "competition_id");
          break;
        case Role::bidder:
          good &= check_id(f, "bidder_id");
          row.bidder = stable(f.text);
          break;
        case Role::rate:
          good &= check_rate(f, row.rate);
          break;
        case Role::mark: {
          Parsed<int> mark = parse_small_int(f.text);
          if (!mark || *mark.value > 5) {
            report(f.line, f.column,
                   fmt::format("{} mark '{}': expected a whole number from 0 to 5", marks_[columns_[i].mark].name,
                               shown_value(f.text)));
            good = false;
          } else {
            row.quality += columns_[i].multiplier * static_cast<std::uint32_t>(*mark.value);
          }
          break;
        }
        case Role::ignored:
          break;
      }
    }
    row.good = good;
    return true;
  }

  bool check_id(const RawField& f, std::string_view name) {
    if (f.text.empty()) {
      report(f.line, f.column, fmt::format("{} is empty; expected an id", name));
      return false;
    }
    if (f.text.size() > kBatchMaxIdBytes) {
      report(f.line, f.column,
              fmt::format("{} '{}' is {} bytes long; expected at most {}", name, shown_value(f.text), f.text.size(),
                          kBatchMaxIdBytes));
      return false;
    }
    std::size_t bad = invalid_utf8_at(f.text);
    if (bad != std::string_view::npos) {
      report(f.line, f.column,
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
      report(f.line, f.column, fmt::format("rate '{}': {}", shown_value(f.text), money.error));
      return false;
    }
    const BigInt& pence = money.value->pence();
    if (pence <= 0) {
      report(f.line, f.column, fmt::format("rate '{}': expected a rate above 0", shown_value(f.text)));
      return false;
    }
    if (pence > kBatchMaxRatePence) {
      report(f.line, f.column, fmt::format("rate '{}': expected at most 9999999999999.99", shown_value(f.text)));
      return false;
    }
    rate = pence.convert_to<std::uint64_t>();
    return true;
  }

  // `view` if it lies in the text, else a copy kept in the store.
  std::string_view stable(std::string_view view) {
    const char* origin = s_.data();
    if (view.data() >= origin && view.data() + view.size() <= origin + s_.size()) return view;
    store_.emplace_back(view);
    return store_.back();
  }

  std::string_view s_;
  std::size_t bom_ = 0;  // bytes of BOM before s_: offsets given out count from the text's start
  std::string file_;
  std::vector<BatchMarkColumn> marks_;
  BatchProblems& problems_;
  bool quiet_ = false;

  std::size_t pos_ = 0;
  std::size_t fast_end_ = 0;  // just after the last LF
  std::size_t end_ = 0;       // rows that start from here on are not read
  int line_ = 1;
  int column_ = 1;
  std::vector<Column> columns_;
  bool standard_ = false;                // columns_ are competition_id, bidder_id, rate, marks
  std::vector<std::uint32_t> multipliers_;  // of the marks, for parse_standard
  std::size_t id_column_ = 0;
  std::vector<RawField> fields_;
  std::deque<std::string> scratch_;  // unquoted field texts of the current record
  std::deque<std::string> store_;    // unquoted ids that rows view
};

BatchReader::BatchReader(std::string_view text, std::string file, std::vector<BatchMarkColumn> marks,
                         BatchProblems& problems)
    : impl_(std::make_unique<Impl>(text, std::move(file), std::move(marks), problems)) {}
BatchReader::~BatchReader() = default;
bool BatchReader::read_header() { return impl_->read_header(); }
std::size_t BatchReader::read(BatchRow* rows, std::size_t capacity) { return impl_->read(rows, capacity); }
std::size_t BatchReader::reread(std::size_t offset, int line, BatchRow* rows, std::size_t count) {
  return impl_->reread(offset, line, rows, count);
}
void BatchReader::set_range(std::size_t begin, std::size_t end, int line) { impl_->set_range(begin, end, line); }
std::size_t BatchReader::position() const { return impl_->position(); }
int BatchReader::line() const { return impl_->line(); }
int BatchReader::column_of(const char* p) const { return impl_->column_of(p); }
const std::string& BatchReader::file() const { return impl_->file(); }
std::deque<std::string> BatchReader::release_store() { return impl_->release_store(); }
void BatchReader::report(int line, int column, std::string message) {
  impl_->report(line, column, std::move(message));
}

}  // namespace tk
