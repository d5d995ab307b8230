#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read/toml.hpp"

#include "core/date.hpp"
#include "core/error.hpp"
#include "core/exact.hpp"

namespace tk {

// Reads typed, located values out of a TOML settings file. Numbers are integers or strings
// holding a decimal; a TOML float is rejected so that no setting passes through binary
// floating point. Every problem is added to the Problems list with file, line and column;
// getters then return nullopt and the caller goes on to find further problems.
class SettingsReader {
 public:
  SettingsReader(std::string file, Problems& problems) : file_(std::move(file)), problems_(problems) {}

  // Parses `text`; on a syntax error adds the located problem and returns nullopt.
  std::optional<toml::table> parse(std::string_view text);

  const std::string& file() const { return file_; }
  Problems& problems() { return problems_; }
  Location location(const toml::node& node) const;
  Location location_of(const toml::table& table, std::string_view key) const;

  // Each getter: absent key -> nullopt (and a "missing key" problem when `required`).
  std::optional<std::string> string(const toml::table& t, std::string_view key, bool required);
  // One of `allowed`, e.g. {"inclusive", "exclusive"}.
  std::optional<std::string> choice(const toml::table& t, std::string_view key,
                                    const std::vector<std::string_view>& allowed, bool required);
  std::optional<long long> integer(const toml::table& t, std::string_view key, bool required,
                                   long long min, long long max);
  // An integer or a string holding a decimal (or "p/q" when `allow_fraction`).
  std::optional<Rational> decimal(const toml::table& t, std::string_view key, bool required,
                                  bool allow_fraction = false);
  std::optional<Date> date(const toml::table& t, std::string_view key, bool required);
  // An array of tables ([[name]]); absent -> empty, wrong type -> problem.
  std::vector<const toml::table*> tables(const toml::table& t, std::string_view key);
  const toml::table* table(const toml::table& t, std::string_view key, bool required);

  // Adds a problem for every key of `t` not in `known` (a likely typo).
  void reject_unknown_keys(const toml::table& t, const std::vector<std::string_view>& known,
                           std::string_view where);

  void add(Location where, std::string message) { problems_.add(std::move(where), std::move(message)); }

 private:
  void missing(const toml::table& t, std::string_view key);

  std::string file_;
  Problems& problems_;
};

}  // namespace tk
