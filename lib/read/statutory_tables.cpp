#include "read/statutory_tables.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "core/data_dir.hpp"
#include "read/csv_reader.hpp"
#include "read/input_file.hpp"

namespace tk {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> out;
  while (true) {
    std::size_t semi = s.find(';');
    std::string_view item = trim(s.substr(0, semi));
    if (!item.empty()) out.emplace_back(item);
    if (semi == std::string_view::npos) break;
    s.remove_prefix(semi + 1);
  }
  return out;
}

std::string column_names(const RateTableSpec& spec) {
  std::string out;
  for (const RateColumn& c : spec.columns) out += (out.empty() ? "" : ", ") + std::string(c.name);
  return out;
}

// Reads one row; returns nullopt (after adding problems) when any cell is bad.
std::optional<RateRow> read_row(const CsvTable& csv, const CsvRecord& rec, const RateTableSpec& spec,
                                Problems& problems) {
  const std::size_t before = problems.size();
  RateRow row;
  row.where = Location{csv.file, rec.line, 0};
  auto cell = [&](std::string_view name) -> const CsvField* {
    auto i = csv.column(name);
    return i ? &rec.fields[*i] : nullptr;
  };

  const CsvField& date = *cell(spec.date_column);
  if (auto d = Date::parse(trim(date.text)))
    row.from = *d;
  else
    problems.add(csv.location(date), fmt::format("'{}' is \"{}\"; expected a date such as 2025-04-06",
                                                 spec.date_column, date.text));

  for (const RateColumn& c : spec.columns) {
    const CsvField& f = *cell(c.name);
    std::string_view text = trim(f.text);
    if (text.empty() && c.may_be_empty) {
      row.figures.emplace_back(std::nullopt);
      continue;
    }
    Parsed<Rational> p = parse_decimal(text);
    if (!p) {
      problems.add(csv.location(f), fmt::format("'{}' is \"{}\"; {}", c.name, f.text, p.error));
    } else if (*p.value < 0) {
      problems.add(csv.location(f), fmt::format("'{}' is {}; expected a figure of 0 or more", c.name, text));
    }
    row.figures.emplace_back(p.value);
  }

  const CsvField& source = *cell("source");
  row.source = std::string(trim(source.text));
  if (row.source.empty())
    problems.add(csv.location(source),
                 "'source' is empty; every row needs the source its figures were found in");

  const CsvField& confirmed = *cell("confirmed");
  std::string_view yes_no = trim(confirmed.text);
  if (yes_no == "yes" || yes_no == "no")
    row.confirmed = yes_no == "yes";
  else
    problems.add(csv.location(confirmed),
                 fmt::format("'confirmed' is \"{}\"; expected \"yes\" or \"no\"", confirmed.text));

  if (const CsvField* f = cell("unconfirmed")) {
    row.unconfirmed = split_list(f->text);
    if (row.confirmed && !row.unconfirmed.empty())
      problems.add(csv.location(*f),
                   "'unconfirmed' names figures but 'confirmed' is \"yes\"; "
                   "set 'confirmed' to \"no\" or leave 'unconfirmed' empty");
    for (const std::string& name : row.unconfirmed) {
      bool known = false;
      for (const RateColumn& c : spec.columns) known = known || c.name == name;
      if (!known)
        problems.add(csv.location(*f), fmt::format("'unconfirmed' names \"{}\"; expected figures of "
                                                   "this table: {}",
                                                   name, column_names(spec)));
    }
  }
  if (const CsvField* f = cell("note")) row.note = std::string(trim(f->text));

  if (problems.size() != before) return std::nullopt;
  return row;
}

RateTable read_table(std::string_view text, const std::string& file, const RateTableSpec& spec,
                     Problems& problems) {
  RateTable table;
  table.spec = &spec;
  table.file = file;
  CsvTable csv = parse_csv(text, file, problems);
  std::vector<std::string_view> required{spec.date_column};
  for (const RateColumn& c : spec.columns) required.push_back(c.name);
  required.push_back("source");
  required.push_back("confirmed");
  if (!require_columns(csv, required, problems)) return table;
  std::optional<std::size_t> date_col = csv.column(spec.date_column);
  for (const CsvRecord& rec : csv.records) {
    std::optional<RateRow> row = read_row(csv, rec, spec, problems);
    if (!row) continue;
    if (!table.rows.empty() && !(table.rows.back().from < row->from)) {
      problems.add(csv.location(rec, *date_col),
                   fmt::format("'{}' {} is not after the previous row's {}; rows must be in date order, "
                               "one row per date",
                               spec.date_column, row->from.str(), table.rows.back().from.str()));
      continue;
    }
    table.rows.push_back(std::move(*row));
  }
  if (table.rows.empty() && csv.records.empty())
    problems.add(Location{file, 1, 0}, "the table has no rows; expected at least one dated row");
  return table;
}

}  // namespace

StatutoryRates parse_statutory_tables(const std::vector<std::string>& texts,
                                      const std::vector<std::string>& files) {
  const std::vector<RateTableSpec>& specs = statutory_table_specs();
  if (texts.size() != specs.size() || files.size() != specs.size())
    throw std::logic_error("parse_statutory_tables needs one text and file per table");
  Problems problems;
  std::vector<RateTable> tables;
  for (std::size_t i = 0; i < specs.size(); ++i) tables.push_back(read_table(texts[i], files[i], specs[i], problems));
  problems.throw_if_any();
  return StatutoryRates(std::move(tables));
}

StatutoryRates load_statutory_tables() {
  std::vector<std::string> texts, files;
  for (const RateTableSpec& spec : statutory_table_specs()) {
    std::string path = data_path(spec.file);
    texts.push_back(read_input_file(path));
    files.push_back(path);
  }
  return parse_statutory_tables(texts, files);
}

}  // namespace tk
