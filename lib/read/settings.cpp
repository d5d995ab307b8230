#include "read/settings.hpp"

#include <fmt/format.h>

namespace tk {

namespace {

std::string type_name(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a TOML float";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    case toml::node_type::array: return "an array";
    case toml::node_type::table: return "a table";
    default: return "nothing";
  }
}

std::string float_text(const toml::node& n) {
  if (auto v = n.value<double>()) return fmt::format("{}", *v);
  return "?";
}

}  // namespace

std::optional<toml::table> SettingsReader::parse(std::string_view text) {
  try {
    return toml::parse(text, file_);
  } catch (const toml::parse_error& e) {
    add(Location{file_, static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column)},
        fmt::format("invalid TOML: {}", e.description()));
    return std::nullopt;
  }
}

Location SettingsReader::location(const toml::node& node) const {
  return Location{file_, static_cast<int>(node.source().begin.line),
                  static_cast<int>(node.source().begin.column)};
}

Location SettingsReader::location_of(const toml::table& t, std::string_view key) const {
  if (const toml::node* n = t.get(key)) return location(*n);
  return location(t);
}

void SettingsReader::missing(const toml::table& t, std::string_view key) {
  Location at = location(t);
  if (at.line == 0) at.line = 1;
  add(at, fmt::format("missing key '{}'", key));
}

std::optional<std::string> SettingsReader::string(const toml::table& t, std::string_view key,
                                                  bool required) {
  const toml::node* n = t.get(key);
  if (!n) {
    if (required) missing(t, key);
    return std::nullopt;
  }
  if (auto s = n->value<std::string>(); s && n->is_string()) return *s;
  add(location(*n), fmt::format("'{}' must be a string, found {}", key, type_name(*n)));
  return std::nullopt;
}

std::optional<std::string> SettingsReader::choice(const toml::table& t, std::string_view key,
                                                  const std::vector<std::string_view>& allowed,
                                                  bool required) {
  auto s = string(t, key, required);
  if (!s) return std::nullopt;
  for (std::string_view a : allowed)
    if (*s == a) return s;
  std::string list;
  for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + fmt::format("\"{}\"", a);
  add(location(*t.get(key)), fmt::format("'{}' is \"{}\"; expected one of {}", key, shown_value(*s), list));
  return std::nullopt;
}

std::optional<long long> SettingsReader::integer(const toml::table& t, std::string_view key,
                                                 bool required, long long min, long long max) {
  const toml::node* n = t.get(key);
  if (!n) {
    if (required) missing(t, key);
    return std::nullopt;
  }
  long long v = 0;
  if (n->is_integer()) {
    v = n->as_integer()->get();
  } else if (n->is_string()) {
    auto p = parse_small_int(n->as_string()->get());
    if (!p) {
      add(location(*n), fmt::format("'{}' is \"{}\"; expected a whole number", key, shown_value(n->as_string()->get())));
      return std::nullopt;
    }
    v = *p.value;
  } else {
    add(location(*n), fmt::format("'{}' must be a whole number, found {}", key, type_name(*n)));
    return std::nullopt;
  }
  if (v < min || v > max) {
    add(location(*n), fmt::format("'{}' is {}; expected {} to {}", key, v, min, max));
    return std::nullopt;
  }
  return v;
}

std::optional<Rational> SettingsReader::decimal(const toml::table& t, std::string_view key,
                                                bool required, bool allow_fraction) {
  const toml::node* n = t.get(key);
  if (!n) {
    if (required) missing(t, key);
    return std::nullopt;
  }
  if (n->is_integer()) return Rational(n->as_integer()->get());
  if (n->is_floating_point()) {
    add(location(*n), fmt::format("'{}' is the TOML float {}; write it as a string (\"{}\") so "
                                  "that it stays exact",
                                  key, float_text(*n), float_text(*n)));
    return std::nullopt;
  }
  if (n->is_string()) {
    const std::string& s = n->as_string()->get();
    Parsed<Rational> p = allow_fraction ? parse_rational(s) : parse_decimal(s);
    if (!p) {
      add(location(*n), fmt::format("'{}' is \"{}\"; {}", key, shown_value(s), p.error));
      return std::nullopt;
    }
    return *p.value;
  }
  add(location(*n), fmt::format("'{}' must be a number or a string holding a decimal, found {}",
                                key, type_name(*n)));
  return std::nullopt;
}

std::optional<Date> SettingsReader::date(const toml::table& t, std::string_view key, bool required) {
  const toml::node* n = t.get(key);
  if (!n) {
    if (required) missing(t, key);
    return std::nullopt;
  }
  if (n->is_date()) {
    toml::date d = n->as_date()->get();
    Date out(d.year, d.month, d.day);
    if (out.valid()) return out;
  } else if (n->is_string()) {
    if (auto d = Date::parse(n->as_string()->get())) return d;
    add(location(*n), fmt::format("'{}' is \"{}\"; expected a date such as 2016-04-01", key,
                                  shown_value(n->as_string()->get())));
    return std::nullopt;
  }
  add(location(*n), fmt::format("'{}' must be a date such as 2016-04-01, found {}", key, type_name(*n)));
  return std::nullopt;
}

std::vector<const toml::table*> SettingsReader::tables(const toml::table& t, std::string_view key) {
  std::vector<const toml::table*> out;
  const toml::node* n = t.get(key);
  if (!n) return out;
  const toml::array* a = n->as_array();
  if (!a) {
    add(location(*n), fmt::format("'{}' must be written as [[{}]] tables, found {}", key, key, type_name(*n)));
    return out;
  }
  for (const toml::node& e : *a) {
    if (const toml::table* tt = e.as_table()) out.push_back(tt);
    else add(location(e), fmt::format("each entry of '{}' must be a table, found {}", key, type_name(e)));
  }
  return out;
}

const toml::table* SettingsReader::table(const toml::table& t, std::string_view key, bool required) {
  const toml::node* n = t.get(key);
  if (!n) {
    if (required) missing(t, key);
    return nullptr;
  }
  if (const toml::table* tt = n->as_table()) return tt;
  add(location(*n), fmt::format("'{}' must be a table [{}], found {}", key, key, type_name(*n)));
  return nullptr;
}

void SettingsReader::reject_unknown_keys(const toml::table& t, const std::vector<std::string_view>& known,
                                         std::string_view where) {
  for (const auto& [k, v] : t) {
    bool found = false;
    for (std::string_view name : known)
      if (k.str() == name) found = true;
    if (!found) {
      std::string list;
      for (std::string_view name : known) list += (list.empty() ? "" : ", ") + std::string(name);
      add(location(v), fmt::format("unknown key '{}' in {}; expected one of {}", k.str(), where, list));
    }
  }
}

}  // namespace tk
