#include "read/csv_reader.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace tk {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t len = 0;
  unsigned int min = 0;
  unsigned int cp = 0;
  if ((c & 0xE0) == 0xC0) {
    len = 2, min = 0x80, cp = c & 0x1Fu;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, min = 0x800, cp = c & 0x0Fu;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, min = 0x10000, cp = c & 0x07u;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The line and column (in characters) of byte `at`, for a problem there; the text before it
// is valid UTF-8.
Location location_of(std::string_view text, std::size_t at, const std::string& file) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < at; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if (!is_continuation(text[i])) {
      ++column;
    }
  }
  return Location{file, line, column};
}

// Reports the first invalid UTF-8 sequence or NUL byte; returns false if there is one. ASCII,
// nearly all of a tender's files, is passed over a byte at a time with one test; lines and
// columns are counted only to report a problem.
bool check_encoding(std::string_view text, const std::string& file, Problems& problems) {
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c != 0 && c < 0x80) {
      ++i;
      continue;
    }
    if (c == 0) {
      problems.add(location_of(text, i, file), "NUL byte in the file; expected UTF-8 text");
      return false;
    }
    std::size_t len = utf8_sequence_length(text, i);
    if (len == 0) {
      problems.add(location_of(text, i, file),
                   fmt::format("invalid UTF-8 byte 0x{:02X}; expected UTF-8 text (save the file "
                               "as \"CSV UTF-8\")",
                               c));
      return false;
    }
    i += len;
  }
  return true;
}

// Reads one record from a cursor, counting columns in characters (bytes that are not UTF-8
// continuation bytes).
class RecordReader {
 public:
  RecordReader(std::string_view text, CsvCursor at, std::deque<std::string>& store)
      : s_(text), store_(store), pos_(at.offset), line_(at.line) {}

  std::optional<CsvSyntaxProblem> read(std::vector<CsvField>& out) {
    out.clear();
    for (;;) {
      CsvField field{{}, line_, column_};
      if (pos_ < s_.size() && s_[pos_] == '"') {
        if (auto problem = quoted(field)) return problem;
      } else {
        unquoted(field);
      }
      out.push_back(field);
      if (pos_ >= s_.size()) return std::nullopt;
      if (s_[pos_] == ',') {
        advance();
        continue;
      }
      end_of_line();
      return std::nullopt;
    }
  }

  CsvCursor cursor() const { return CsvCursor{pos_, line_}; }

 private:
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
      if (pos_ < s_.size() && s_[pos_] == '\n') advance();
      else {
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

  // An unquoted field holds no line end, so only the column moves (by characters).
  void unquoted(CsvField& field) {
    const std::size_t start = pos_;
    for (; pos_ < s_.size(); ++pos_) {
      char c = s_[pos_];
      if (c == ',' || c == '\n' || c == '\r') break;
      if (!is_continuation(c)) ++column_;
    }
    field.text = s_.substr(start, pos_ - start);
  }

  // Reads a quoted field; returns the problem that ended the record here, if any. The field
  // views its bytes between the quotes, unless it holds doubled quotes or CRLF line ends,
  // which are unescaped into the store.
  std::optional<CsvSyntaxProblem> quoted(CsvField& field) {
    const int open_line = line_, open_column = column_;
    advance();  // the opening quote
    const std::size_t start = pos_;
    bool plain = true;
    for (;;) {
      if (pos_ >= s_.size())
        return CsvSyntaxProblem{open_line, open_column,
                                "unterminated quoted field: no closing '\"' before the end of the file"};
      char c = s_[pos_];
      if (c == '"') {
        if (pos_ + 1 < s_.size() && s_[pos_ + 1] == '"') {
          plain = false;
          advance();
          advance();
          continue;
        }
        std::string_view raw = s_.substr(start, pos_ - start);
        advance();  // the closing quote
        if (pos_ < s_.size() && s_[pos_] != ',' && s_[pos_] != '\n' && s_[pos_] != '\r') {
          CsvSyntaxProblem problem{line_, column_,
                                   fmt::format("unexpected character '{}' after a closing quote; expected "
                                               "',' or the end of the line",
                                               printable(s_[pos_]))};
          skip_rest_of_record();
          return problem;
        }
        field.text = plain ? raw : unescape(raw);
        return std::nullopt;
      }
      if (c == '\r' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '\n') {
        plain = false;
        ++pos_;  // CRLF inside quotes is kept as LF
        continue;
      }
      advance();
    }
  }

  // The text of a quoted field from its bytes between the quotes: each doubled quote (the only
  // quotes there) one quote, each CRLF one LF.
  std::string_view unescape(std::string_view raw) {
    std::string& out = store_.emplace_back();
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '"') ++i;  // the first of a pair; the second is kept
      else if (raw[i] == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') continue;
      out += raw[i];
    }
    return out;
  }

  static std::string printable(char c) {
    if (static_cast<unsigned char>(c) < 0x20) return fmt::format("\\x{:02X}", static_cast<unsigned char>(c));
    return std::string(1, c);
  }

  std::string_view s_;
  std::deque<std::string>& store_;
  std::size_t pos_;
  int line_;
  int column_ = 1;
};

}  // namespace

std::optional<CsvSyntaxProblem> read_csv_record(std::string_view text, CsvCursor& at, std::vector<CsvField>& fields,
                                                std::deque<std::string>& store) {
  RecordReader reader(text, at, store);
  std::optional<CsvSyntaxProblem> problem = reader.read(fields);
  at = reader.cursor();
  return problem;
}

bool carries_no_data(std::span<const CsvField> fields) {
  return std::all_of(fields.begin(), fields.end(), [](const CsvField& f) { return f.text.empty(); });
}

std::vector<CsvField> header_names(std::span<const CsvField> fields) {
  std::vector<CsvField> names(fields.begin(), fields.end());
  for (CsvField& f : names) {
    while (!f.text.empty() && f.text.front() == ' ') f.text.remove_prefix(1);
    while (!f.text.empty() && f.text.back() == ' ') f.text.remove_suffix(1);
  }
  return names;
}

std::optional<std::size_t> CsvTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i].text == name) return i;
  return std::nullopt;
}

Location CsvTable::location(const CsvRecord& record, std::size_t column_index) const {
  if (column_index < record.fields.size()) return location(record.fields[column_index]);
  return Location{file, record.line, 0};
}

CsvTable parse_csv(std::string_view text, const std::string& file, Problems& problems) {
  CsvTable table;
  table.file = file;
  table.unescaped_ = std::make_unique<std::deque<std::string>>();
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  if (!check_encoding(text, file, problems)) return table;

  const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
  // Each kept record as (its first field in cells_, its line); the spans are made at the end,
  // when cells_ has stopped growing.
  std::vector<std::pair<std::size_t, int>> kept;
  kept.reserve(lines);
  std::vector<CsvField> row;
  bool have_header = false;
  for (CsvCursor cursor; cursor.offset < text.size();) {
    const int line = cursor.line;
    if (auto problem = read_csv_record(text, cursor, row, *table.unescaped_)) {
      problems.add(Location{file, problem->line, problem->column}, std::move(problem->message));
      continue;
    }
    if (carries_no_data(row)) continue;
    if (!have_header) {
      table.header = header_names(row);
      table.cells_.reserve(lines * row.size());
      have_header = true;
      continue;
    }
    if (row.size() != table.header.size()) {
      const CsvField& at = row.size() > table.header.size() ? row[table.header.size()] : row.back();
      problems.add(Location{file, line, row.size() > table.header.size() ? at.column : 0},
                   fmt::format("expected {} fields as in the header, found {}", table.header.size(), row.size()));
      continue;
    }
    kept.emplace_back(table.cells_.size(), line);
    table.cells_.insert(table.cells_.end(), row.begin(), row.end());
  }
  if (!have_header) problems.add(Location{file, 1, 0}, "the file is empty; expected a header row");
  table.records.reserve(kept.size());
  for (const auto& [first, record_line] : kept)
    table.records.push_back(CsvRecord{std::span<const CsvField>(table.cells_.data() + first, table.header.size()), record_line});
  return table;
}

bool require_columns(const CsvTable& table, const std::vector<std::string_view>& required,
                     Problems& problems) {
  if (table.header.empty()) return false;
  for (std::size_t i = 0; i < table.header.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (!table.header[i].text.empty() && table.header[i].text == table.header[j].text) {
        problems.add(table.location(table.header[i]),
                     fmt::format("duplicate column '{}' (also column {})", shown_value(table.header[i].text),
                                 j + 1));
      }
    }
  }
  bool all = true;
  std::string names;
  for (std::string_view r : required) {
    if (!names.empty()) names += ',';
    names += r;
  }
  std::string separator;  // what a one-column header seems to be separated by instead of ','
  if (table.header.size() == 1) {
    std::string_view only = table.header[0].text;
    if (only.find(';') != std::string_view::npos) separator = "';'";
    else if (only.find('\t') != std::string_view::npos) separator = "tabs";
  }
  if (!separator.empty()) {
    // One problem for the whole header, not one per column it seems to lack.
    problems.add(Location{table.file, table.header.front().line, 0},
                 fmt::format("the header is separated by {}; expected ',' between the columns {} (save "
                             "the file as CSV with commas)",
                             separator, names));
    return false;
  }
  for (std::string_view name : required) {
    if (!table.column(name)) {
      problems.add(Location{table.file, table.header.front().line, 0},
                   fmt::format("missing column '{}'; expected a header with {}", name, names));
      all = false;
    }
  }
  return all;
}

}  // namespace tk
