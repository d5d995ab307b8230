#include "cost/cost_model.hpp"

#include <fmt/format.h>

#include "read/input_file.hpp"
#include "read/settings.hpp"

namespace tk {

namespace {

// How far an assumption may go: from `min` (excluded when `above_min`) up to `max` (when
// `has_max`; excluded when `below_max`).
struct Range {
  Rational min;
  bool above_min = false;
  bool has_max = false;
  Rational max;
  bool below_max = false;

  static Range at_least(int v) { return Range{Rational(v), false, false, Rational(0), false}; }
  static Range more_than(int v) { return Range{Rational(v), true, false, Rational(0), false}; }
  Range up_to(int v) const { return Range{min, above_min, true, Rational(v), false}; }
  Range below(int v) const { return Range{min, above_min, true, Rational(v), true}; }
};

std::string as_written(const toml::node& n) {
  if (n.is_string()) return fmt::format("\"{}\"", n.as_string()->get());
  if (n.is_integer()) return std::to_string(n.as_integer()->get());
  return "?";
}

std::string describe(const Range& r) {
  std::string out = r.above_min ? fmt::format("more than {}", to_exact_string(r.min))
                                : fmt::format("at least {}", to_exact_string(r.min));
  if (r.has_max)
    out += r.below_max ? fmt::format(" and less than {}", to_exact_string(r.max))
                       : fmt::format(" and at most {}", to_exact_string(r.max));
  return out;
}

bool in_range(const Rational& v, const Range& r) {
  if (r.above_min ? !(v > r.min) : v < r.min) return false;
  if (r.has_max && (r.below_max ? !(v < r.max) : v > r.max)) return false;
  return true;
}

class ModelReader {
 public:
  ModelReader(SettingsReader& settings, const toml::table& root) : s_(settings), root_(root) {}

  std::optional<Assumption> get(const toml::table& t, std::string_view key, bool required,
                                const Range& range) {
    std::optional<Rational> v = s_.decimal(t, key, required);
    if (!v) return std::nullopt;
    Location at = s_.location_of(t, key);
    if (!in_range(*v, range)) {
      s_.add(at, fmt::format("'{}' is {}; expected {}", key, as_written(*t.get(key)), describe(range)));
      return std::nullopt;
    }
    return Assumption{*v, at};
  }

  // A required assumption; on a problem the returned default keeps the reader going.
  Assumption need(std::string_view key, const Range& range) {
    if (auto a = get(root_, key, true, range)) return *a;
    return Assumption{};
  }

 private:
  SettingsReader& s_;
  const toml::table& root_;
};

const Range kNonNegative = Range::at_least(0);
const Range kPositive = Range::more_than(0);
const Range kPercent = Range::at_least(0).up_to(100);

const std::vector<std::string_view> kTopLevelKeys = {"name",
                                                     "description",
                                                     "on",
                                                     "contact_hours_per_week",
                                                     "travel_minutes_per_contact_hour",
                                                     "miles_per_contact_hour",
                                                     "pence_per_mile",
                                                     "holiday_weeks",
                                                     "training_hours_per_year",
                                                     "sickness_days_per_year",
                                                     "sick_pay",
                                                     "working_days_per_week",
                                                     "bank_holiday_pay_multiplier",
                                                     "overheads_percent",
                                                     "overheads_per_hour",
                                                     "surplus_percent",
                                                     "llw_lag_months",
                                                     "statutory"};

Range statutory_range(std::string_view name) {
  if (name == "ni_rate" || name == "pension_rate" || name == "ssp_earnings_percent") return kPercent;
  if (name == "llw" || name == "nlw") return kPositive;
  return kNonNegative;
}

void read_statutory(SettingsReader& s, ModelReader& reader, const toml::table& t, CostModel& model) {
  s.reject_unknown_keys(t, statutory_figure_names(), "[statutory]");
  for (std::string_view name : statutory_figure_names()) {
    const toml::node* n = t.get(name);
    if (!n) continue;
    if (name == "ssp_earnings_percent" && n->is_string() && n->as_string()->get() == "none") {
      model.statutory.push_back({std::string(name), std::nullopt, s.location(*n)});
      continue;
    }
    if (auto a = reader.get(t, name, false, statutory_range(name)))
      model.statutory.push_back({std::string(name), a->value, a->where});
  }
  const StatutoryOverride* lower = model.override_of("pension_band_lower");
  const StatutoryOverride* upper = model.override_of("pension_band_upper");
  if (lower && upper && lower->value && upper->value && *upper->value < *lower->value)
    s.add(upper->where,
          "'pension_band_upper' is below 'pension_band_lower'; expected the upper end "
          "of the qualifying earnings band to be at least its lower end");
}

}  // namespace

std::string_view to_string(SickPay v) { return v == SickPay::occupational ? "occupational" : "statutory"; }

const std::vector<std::string_view>& statutory_figure_names() {
  static const std::vector<std::string_view> names = {"llw",
                                                      "nlw",
                                                      "ni_rate",
                                                      "ni_secondary_threshold",
                                                      "pension_rate",
                                                      "pension_band_lower",
                                                      "pension_band_upper",
                                                      "pension_trigger",
                                                      "ssp_weekly",
                                                      "ssp_waiting_days",
                                                      "ssp_earnings_percent"};
  return names;
}

const StatutoryOverride* CostModel::override_of(std::string_view name) const {
  for (const StatutoryOverride& o : statutory)
    if (o.name == name) return &o;
  return nullptr;
}

CostModel parse_cost_model(std::string_view text, const std::string& file) {
  Problems problems;
  SettingsReader s(file, problems);
  std::optional<toml::table> parsed = s.parse(text);
  if (!parsed) problems.throw_if_any();
  const toml::table& root = *parsed;

  CostModel m;
  m.file = file;
  ModelReader reader(s, root);
  s.reject_unknown_keys(root, kTopLevelKeys, "the cost model");
  if (auto v = s.string(root, "name", true)) m.name = *v;
  if (auto v = s.string(root, "description", false)) m.description = *v;
  if (auto v = s.date(root, "on", true)) m.on = *v;
  m.on_where = s.location_of(root, "on");

  m.contact_hours_per_week = reader.need("contact_hours_per_week", Range::more_than(0).up_to(168));
  m.travel_minutes_per_contact_hour = reader.need("travel_minutes_per_contact_hour", kNonNegative);
  m.miles_per_contact_hour = reader.need("miles_per_contact_hour", kNonNegative);
  m.pence_per_mile = reader.get(root, "pence_per_mile", false, kNonNegative);
  m.holiday_weeks = reader.need("holiday_weeks", Range::at_least(0).below(52));
  m.training_hours_per_year = reader.need("training_hours_per_year", kNonNegative);
  m.sickness_days_per_year = reader.need("sickness_days_per_year", kNonNegative);
  if (auto v = s.choice(root, "sick_pay", {"occupational", "statutory"}, true))
    m.sick_pay = *v == "occupational" ? SickPay::occupational : SickPay::statutory;
  m.sick_pay_where = s.location_of(root, "sick_pay");
  m.working_days_per_week = reader.need("working_days_per_week", Range::more_than(0).up_to(7));
  m.bank_holiday_pay_multiplier = reader.need("bank_holiday_pay_multiplier", Range::at_least(1));
  m.overheads_percent = reader.get(root, "overheads_percent", false, kNonNegative);
  m.overheads_per_hour = reader.get(root, "overheads_per_hour", false, kNonNegative);
  bool has_percent = root.contains("overheads_percent"), has_per_hour = root.contains("overheads_per_hour");
  if (has_percent && has_per_hour)
    s.add(s.location_of(root, "overheads_per_hour"),
          "both 'overheads_percent' and 'overheads_per_hour' are given; expected one of them");
  if (!has_percent && !has_per_hour)
    s.add(Location{file, 1, 1}, "missing key 'overheads_percent' (or 'overheads_per_hour')");
  m.surplus_percent = reader.need("surplus_percent", kNonNegative);
  if (auto v = s.integer(root, "llw_lag_months", false, 0, 24)) m.llw_lag_months = static_cast<int>(*v);

  if (const toml::table* t = s.table(root, "statutory", false)) read_statutory(s, reader, *t, m);
  problems.throw_if_any();
  return m;
}

CostModel read_cost_model(const std::string& path) { return parse_cost_model(read_input_file(path), path); }

}  // namespace tk
