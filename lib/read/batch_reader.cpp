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
using batch_scan::kClass;
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
    quiet_ = true;
    std::size_t n = read(rows, count);
    quiet_ = false;
    pos_ = pos;
    end_ = end;
    line_ = old_line;
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

  // Reads the record at pos_ into fields_ with csv_reader's tokenizer and moves past it;
  // returns false, having reported it, when the record had a CSV syntax problem.
  bool next_record() {
    scratch_.clear();
    CsvCursor at{pos_, line_};
    std::optional<CsvSyntaxProblem> problem = read_csv_record(s_, at, fields_, scratch_);
    pos_ = at.offset;
    line_ = at.line;
    if (!problem) return true;
    report(problem->line, problem->column, std::move(problem->message));
    return false;
  }

  // ---- header

  bool read_header() {
    while (pos_ < s_.size()) {
      if (!next_record() || carries_no_data(fields_)) continue;
      CsvTable header;
      header.file = file_;
      header.header = header_names(fields_);
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
    for (const BatchMarkColumn& m : marks_) names.append(",").append(m.name);
    report(1, 0, fmt::format("the file is empty; expected a header row with {}", names));
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
    const bool ok = next_record();
    if (ok && carries_no_data(fields_)) return false;
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
      const CsvField& f = fields_[i];
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

  bool check_id(const CsvField& f, std::string_view name) {
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

  bool check_rate(const CsvField& f, std::uint64_t& rate) {
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
  std::vector<Column> columns_;
  bool standard_ = false;                // columns_ are competition_id, bidder_id, rate, marks
  std::vector<std::uint32_t> multipliers_;  // of the marks, for parse_standard
  std::size_t id_column_ = 0;
  std::vector<CsvField> fields_;
  std::deque<std::string> scratch_;  // unescaped field texts of the current record
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
