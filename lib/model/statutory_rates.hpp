#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"
#include "core/exact.hpp"

namespace tk {

// The dated statutory rate tables shipped in data/statutory/ (llw.csv, nlw.csv,
// employer-ni.csv, pension.csv, ssp.csv, mileage.csv). Each row holds the figures in force
// from its date until the next row's date, where they were found (`source`) and whether a
// source confirmed them (`confirmed`, with `unconfirmed` naming the figures in doubt).
// A finance analyst adds next year's row to the CSV file; no code changes.

// One figure a table provides, e.g. "ni_rate" in employer-ni.csv.
struct RateColumn {
  std::string_view name;
  bool may_be_empty = false;  // an empty cell means "does not apply" (ssp_earnings_percent)
};

// What one table file holds. The date column is "from", except llw.csv's "announced".
struct RateTableSpec {
  std::string_view name;         // "employer-ni"
  std::string_view file;         // "statutory/employer-ni.csv", relative to the data directory
  std::string_view date_column;  // "from" or "announced"
  std::vector<RateColumn> columns;
};

// The six shipped tables, in the order above.
const std::vector<RateTableSpec>& statutory_table_specs();

struct RateRow {
  Date from;                                     // in force from this date (llw.csv: the announcement date)
  std::vector<std::optional<Rational>> figures;  // one per spec column; nullopt: empty cell
  std::string source;
  bool confirmed = true;
  std::vector<std::string> unconfirmed;  // figures in doubt when !confirmed; empty: all of them
  std::string note;
  Location where;  // the row

  // True when a source confirmed this row's figure `column`.
  bool is_confirmed(std::string_view column) const;
};

struct RateTable {
  const RateTableSpec* spec = nullptr;
  std::string file;           // as shown in messages
  std::vector<RateRow> rows;  // strictly ascending `from`

  // The row in force on `on`: the last row whose date plus `lag_months` is on or before `on`;
  // nullptr when the table starts later.
  const RateRow* in_force(Date on, int lag_months = 0) const;
  // Index of column `name` in the spec; nullopt when this table does not hold it.
  std::optional<std::size_t> column(std::string_view name) const;
};

// A figure as it will be used: its value and where it came from.
struct StatutoryFigure {
  std::string name;  // "nlw"
  Rational value;
  bool confirmed = true;     // false: a source did not confirm it; outputs say so
  bool overridden = false;   // true: from the cost model's [statutory] table, not a rate table
  std::optional<Date> from;  // the table row's date (not for overrides)
  std::string source;        // the row's source, or "cost model [statutory]"
  std::string origin;        // "statutory/llw.csv row announced 2024-10-23" (no absolute path)
  std::string note;          // the row's note
  Location where;            // the CSV row or the override's key
};

// The tables, one per spec in statutory_table_specs() order (read/statutory_tables.hpp reads
// the shipped ones).
class StatutoryRates {
 public:
  explicit StatutoryRates(std::vector<RateTable> tables) : tables_(std::move(tables)) {}

  const std::vector<RateTable>& tables() const { return tables_; }
  // The table that holds figure `name` ("ssp_weekly" -> ssp), or nullptr.
  const RateTable* table_for(std::string_view name) const;
  // Figure `name` in force on `on`. nullopt when the table starts after `on` or the cell is
  // empty; `lag_months` delays every row (used for the LLW's implementation lag).
  std::optional<StatutoryFigure> figure(std::string_view name, Date on, int lag_months = 0) const;

 private:
  std::vector<RateTable> tables_;
};

// Returns `d` plus `months` calendar months, the day clamped to the month's end
// (2024-08-31 + 6 months = 2025-02-28).
Date add_months(Date d, int months);

}  // namespace tk
