#include "read/tender_settings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "read/identifier.hpp"
#include "read/settings.hpp"
#include "read/tender_keys.hpp"

namespace tk {

namespace {

const std::vector<std::string_view> kLlwChoices = {"inclusive", "exclusive"};
const std::vector<std::string_view> kTravelChoices = {"inclusive", "exclusive"};
const std::vector<std::string_view> kMethodChoices = {"relative-to-lowest", "linear-from-lowest",
                                                      "ceiling-linear"};
const std::vector<std::string_view> kKindChoices = {"price", "quality"};
const std::vector<std::string_view> kAggregateChoices = {"consensus", "mean", "median"};
const std::vector<std::string_view> kMechanismChoices = {"optimal", "lot-order"};

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : std::string(separator)) + s;
  return out;
}

std::string describe(Basis b) {
  return fmt::format("llw {}, travel {}", to_string(b.llw), to_string(b.travel));
}

// Reads the tables of tender.toml in turn into a Tender, adding every problem found.
class SettingsLoader {
 public:
  SettingsLoader(SettingsReader& reader, Tender& tender) : r_(reader), t_(tender) {}

  SettingsOutcome load(const toml::table& root) {
    r_.reject_unknown_keys(root, tender_keys::top.keys, tender_keys::top.table);
    top(root);
    price(root);
    bool criteria_known = criteria(root);
    bool questions_known = questions(root, criteria_known);
    questions_known = section_ok([&] { quality(root); }) && questions_known;
    bool lots_known = lots(root);
    award(root);
    ceilings(root);
    abnormally_low(root);
    report(root);
    return SettingsOutcome{lots_known, questions_known};
  }

 private:
  std::size_t seen() const { return r_.problems().size() + r_.problems().dropped(); }

  // Runs `read` and tells whether it added no problem.
  template <typename F>
  bool section_ok(F read) {
    std::size_t before = seen();
    read();
    return seen() == before;
  }

  void add(Location where, std::string message) { r_.add(std::move(where), std::move(message)); }

  // A required string that is not blank.
  std::optional<std::string> text(const toml::table& t, std::string_view key) {
    auto s = r_.string(t, key, true);
    if (s && trim(*s).empty()) {
      add(r_.location_of(t, key), fmt::format("'{}' is empty; expected some text", key));
      return std::nullopt;
    }
    return s;
  }

  std::optional<std::string> id(const toml::table& t, std::string_view key) {
    auto s = r_.string(t, key, true);
    if (s && !is_identifier(*s)) {
      add(r_.location_of(t, key), fmt::format("'{}' is \"{}\"; expected {}", key, shown_value(*s), identifier_rule()));
      return std::nullopt;
    }
    return s;
  }

  std::optional<Rational> positive(const toml::table& t, std::string_view key) {
    auto v = r_.decimal(t, key, true);
    if (v && *v <= 0) {
      add(r_.location_of(t, key),
          fmt::format("'{}' is {}; expected a number above zero", key, to_decimal_string(*v)));
      return std::nullopt;
    }
    return v;
  }

  std::optional<Rational> percent(const toml::table& t, std::string_view key) {
    auto v = r_.decimal(t, key, false);
    if (v && *v < 0) {
      add(r_.location_of(t, key),
          fmt::format("'{}' is {}; expected a percentage of 0 or more", key, to_decimal_string(*v)));
      return std::nullopt;
    }
    return v;
  }

  // An amount of money above zero: a string as Money::parse reads it ("17.20", "£1,234.50"),
  // or a whole number of pounds.
  std::optional<Money> money(const toml::table& t, std::string_view key, bool required) {
    const toml::node* n = t.get(key);
    if (!n) {
      if (required) add(r_.location(t), fmt::format("missing key '{}'", key));
      return std::nullopt;
    }
    Money value;
    std::string written;  // as the user wrote it, for messages
    if (n->is_integer()) {
      value = Money::from_pence(BigInt(n->as_integer()->get()) * 100);
      written = std::to_string(n->as_integer()->get());
    } else if (n->is_string()) {
      const std::string& s = n->as_string()->get();
      written = fmt::format("\"{}\"", s);
      Parsed<Money> p = Money::parse(s);
      if (!p) {
        add(r_.location(*n), fmt::format("'{}' is \"{}\"; {}", key, shown_value(s), p.error));
        return std::nullopt;
      }
      value = *p.value;
    } else if (n->is_floating_point()) {
      r_.decimal(t, key, required);  // reports the TOML float and how to write it instead
      return std::nullopt;
    } else {
      add(r_.location(*n), fmt::format("'{}' must be a string holding an amount such as \"17.20\"", key));
      return std::nullopt;
    }
    if (value.is_negative() || value.is_zero()) {
      add(r_.location(*n), fmt::format("'{}' is {}; expected an amount above zero", key, written));
      return std::nullopt;
    }
    return value;
  }

  // The [[key]] tables; `complete` is false when the key held something else too.
  struct Entries {
    std::vector<const toml::table*> tables;
    bool complete = true;
  };

  // The [[key]] tables, with a problem when there are none but `needed` (when not empty) says
  // what is expected.
  Entries entries(const toml::table& root, std::string_view key, std::string_view needed) {
    const toml::node* n = root.get(key);
    Entries e{r_.tables(root, key), true};
    if (n && (!n->is_array() || n->as_array()->size() != e.tables.size())) e.complete = false;
    if (!needed.empty() && (!n || (n->is_array() && n->as_array()->empty())))
      add(r_.location(root), fmt::format("no [[{}]] tables; expected {}", key, needed));
    return e;
  }

  void top(const toml::table& root) {
    if (auto s = text(root, "title")) t_.title = *s;
    if (auto s = text(root, "authority")) t_.authority = *s;
    if (auto s = text(root, "reference")) t_.reference = *s;
    auto start = r_.date(root, "contract_start", true);
    auto end = r_.date(root, "contract_end", true);
    if (start) t_.contract_start = *start;
    if (end) t_.contract_end = *end;
    if (start && end && *end < *start) {
      add(r_.location_of(root, "contract_end"),
          fmt::format("'contract_end' {} is before 'contract_start' {}; expected the last day of the "
                      "contract, on or after its first",
                      end->str(), start->str()));
    }
    if (auto d = r_.integer(root, "decimal_places", false, 0, 6)) t_.decimal_places = static_cast<int>(*d);
  }

  void price(const toml::table& root) {
    const toml::table* p = r_.table(root, "price", true);
    if (!p) return;
    r_.reject_unknown_keys(*p, tender_keys::price.keys, tender_keys::price.table);
    if (auto v = r_.choice(*p, "llw", kLlwChoices, true)) t_.price.basis.llw = *parse_llw(*v);
    if (auto v = r_.choice(*p, "travel", kTravelChoices, true)) t_.price.basis.travel = *parse_travel(*v);
    if (auto v = r_.choice(*p, "method", kMethodChoices, true)) t_.price.method = *parse_price_method(*v);
    bank_holiday_share(*p);
  }

  // "calendar" (the default), or a fraction of days from 0 to 1 as a decimal or "p/q".
  void bank_holiday_share(const toml::table& p) {
    const toml::node* n = p.get("bank_holiday_share");
    if (!n) return;
    std::optional<Rational> share;
    if (n->is_string()) {
      const std::string& s = n->as_string()->get();
      if (s == "calendar") return;
      Parsed<Rational> parsed = parse_rational(s);
      if (!parsed) {
        add(r_.location(*n), fmt::format("'bank_holiday_share' is \"{}\"; expected \"calendar\" or a "
                                         "fraction of days such as \"0.0219\" or \"16/731\"",
                                         s));
        return;
      }
      share = parsed.value;
    } else {
      share = r_.decimal(p, "bank_holiday_share", true);
      if (!share) return;
    }
    if (*share < 0 || *share > 1) {
      add(r_.location(*n), fmt::format("'bank_holiday_share' is {}; expected a fraction from 0 to 1",
                                       to_decimal_string(*share)));
      return;
    }
    t_.price.bank_holiday_share = share;
  }

  // Returns true when every criterion's id could be read.
  bool criteria(const toml::table& root) {
    Entries e = entries(root, "criteria", "criteria whose weights sum to 100, exactly one of kind \"price\"");
    const auto& list = e.tables;
    bool ids_known = e.complete;
    std::map<std::string, int> first_line;
    bool weights_known = true, kinds_known = true;
    std::string price_id;
    int price_line = 0;
    for (const toml::table* c : list) {
      r_.reject_unknown_keys(*c, tender_keys::criterion.keys, tender_keys::criterion.table);
      auto id_ = id(*c, "id");
      auto name = text(*c, "name");
      auto weight = positive(*c, "weight");
      auto kind = r_.choice(*c, "kind", kKindChoices, true);
      weights_known = weights_known && weight;
      kinds_known = kinds_known && kind;
      if (!id_) {
        ids_known = false;
        continue;
      }
      Location where = r_.location(*c);
      if (auto it = first_line.find(*id_); it != first_line.end()) {
        add(r_.location_of(*c, "id"),
            fmt::format("duplicate criterion id '{}' (first at line {})", *id_, it->second));
        weights_known = false;
        continue;
      }
      first_line.emplace(*id_, where.line);
      if (!kind) uncertain_kind_.insert(*id_);
      CriterionKind k = kind ? *parse_criterion_kind(*kind) : CriterionKind::quality;
      t_.criteria.push_back(Criterion{*id_, name.value_or(""), weight.value_or(0), k, where});
      if (k != CriterionKind::price) continue;
      if (!price_id.empty()) {
        add(r_.location_of(*c, "kind"),
            fmt::format("criterion '{}' is a second price criterion (the first is '{}' at line {}); "
                        "expected exactly one of kind \"price\"",
                        *id_, price_id, price_line));
      } else {
        price_id = *id_;
        price_line = where.line;
      }
    }
    if (list.empty() || t_.criteria.size() != list.size()) return ids_known;
    Location first = r_.location(*list.front());
    if (kinds_known && price_id.empty())
      add(first, "no criterion has kind = \"price\"; expected exactly one price criterion");
    if (!weights_known) return ids_known;
    Rational sum = 0;
    std::vector<std::string> terms;
    for (const Criterion& c : t_.criteria) {
      sum += c.weight;
      terms.push_back(fmt::format("{} {}", c.id, to_decimal_string(c.weight)));
    }
    if (sum != 100) {
      add(first, fmt::format("criteria weights sum to {} ({}); expected exactly 100", to_decimal_string(sum),
                             join(terms, " + ")));
    }
    return ids_known;
  }

  std::vector<std::string> quality_criteria() const {
    std::vector<std::string> ids;
    for (const Criterion& c : t_.criteria)
      if (c.kind == CriterionKind::quality && !uncertain_kind_.count(c.id)) ids.push_back(c.id);
    return ids;
  }

  // Returns true when every question's id could be read.
  bool questions(const toml::table& root, bool criteria_known) {
    Entries e = entries(root, "questions", "");
    const auto& list = e.tables;
    bool ids_known = e.complete;
    std::map<std::string, int> first_line;
    std::set<std::string> named;  // criteria some question names
    std::string expected =
        fmt::format("expected one of the quality criteria: {}", join(quality_criteria(), ", "));
    for (const toml::table* q : list) {
      r_.reject_unknown_keys(*q, tender_keys::question.keys, tender_keys::question.table);
      auto id_ = id(*q, "id");
      auto criterion = r_.string(*q, "criterion", true);
      auto weight = positive(*q, "weight");
      auto text_ = text(*q, "text");
      if (criterion) {
        named.insert(*criterion);
        const Criterion* c = t_.criterion(*criterion);
        std::string who = id_ ? fmt::format("question '{}'", *id_) : std::string("the question");
        if (!c && criteria_known) {
          add(r_.location_of(*q, "criterion"),
              fmt::format("{} has criterion '{}', which is not defined; {}", who, *criterion, expected));
          criterion.reset();
        } else if (c && c->kind == CriterionKind::price && !uncertain_kind_.count(c->id)) {
          add(r_.location_of(*q, "criterion"),
              fmt::format("{} has criterion '{}', the price criterion; {}", who, *criterion, expected));
          criterion.reset();
        }
      }
      if (!id_) {
        ids_known = false;
        continue;
      }
      Location where = r_.location(*q);
      if (auto it = first_line.find(*id_); it != first_line.end()) {
        add(r_.location_of(*q, "id"),
            fmt::format("duplicate question id '{}' (first at line {})", *id_, it->second));
        continue;
      }
      first_line.emplace(*id_, where.line);
      t_.questions.push_back(
          Question{*id_, criterion.value_or(""), weight.value_or(0), text_.value_or(""), where});
    }
    if (!e.complete) return false;  // already reported as the wrong type
    for (const Criterion& c : t_.criteria) {
      if (c.kind != CriterionKind::quality || uncertain_kind_.count(c.id) || named.count(c.id)) continue;
      add(c.where, fmt::format("quality criterion '{}' has no questions; expected at least one [[questions]] "
                               "table with criterion = \"{}\"",
                               c.id, c.id));
    }
    return ids_known;
  }

  void quality(const toml::table& root) {
    const toml::table* q = r_.table(root, "quality", false);
    if (!q) return;
    r_.reject_unknown_keys(*q, tender_keys::quality.keys, tender_keys::quality.table);
    QualitySettings& s = t_.quality;
    if (auto v = r_.integer(*q, "scale_max", false, 1, 100)) s.scale_max = static_cast<int>(*v);
    if (auto v = r_.choice(*q, "aggregate", kAggregateChoices, false)) s.aggregate = *parse_aggregate(*v);
    if (auto v = r_.integer(*q, "min_mark", false, 0, s.scale_max)) s.min_mark = static_cast<int>(*v);
    if (auto v = r_.integer(*q, "moderation_spread", false, 1, s.scale_max))
      s.moderation_spread = static_cast<int>(*v);
  }

  // Returns true when every lot's id could be read.
  bool lots(const toml::table& root) {
    Entries e = entries(root, "lots", "at least one lot");
    bool ids_known = e.complete;
    std::map<std::string, int> first_line;
    for (const toml::table* l : e.tables) {
      r_.reject_unknown_keys(*l, tender_keys::lot.keys, tender_keys::lot.table);
      auto id_ = id(*l, "id");
      auto name = text(*l, "name");
      auto hours = positive(*l, "hours_per_week");
      if (!id_) {
        ids_known = false;
        continue;
      }
      Location where = r_.location(*l);
      if (auto it = first_line.find(*id_); it != first_line.end()) {
        add(r_.location_of(*l, "id"),
            fmt::format("duplicate lot id '{}' (first at line {})", *id_, it->second));
        continue;
      }
      first_line.emplace(*id_, where.line);
      t_.lots.push_back(Lot{*id_, name.value_or(""), hours.value_or(0), where});
    }
    // With no lots at all (already an error), rows naming lots are not checked against none.
    return ids_known && !e.tables.empty();
  }

  void award(const toml::table& root) {
    const toml::table* a = r_.table(root, "award", false);
    if (!a) return;
    r_.reject_unknown_keys(*a, tender_keys::award.keys, tender_keys::award.table);
    AwardSettings& s = t_.award;
    if (auto v = r_.integer(*a, "max_lots_per_bidder", false, 0, 1000))
      s.max_lots_per_bidder = static_cast<int>(*v);
    if (auto v = r_.choice(*a, "mechanism", kMechanismChoices, false))
      s.mechanism = *parse_award_mechanism(*v);
    if (auto v = r_.integer(*a, "shortlist", false, 1, 100000)) s.shortlist = static_cast<int>(*v);
  }

  // A cost floor must not be above the ceiling it goes with: no bid could then be valid.
  void floor_not_above(const toml::table& c, std::string_view floor_key, const std::optional<Money>& floor,
                       std::string_view ceiling_key, const std::optional<Money>& ceiling) {
    if (!floor || !ceiling || *floor <= *ceiling) return;
    add(r_.location_of(c, floor_key),
        fmt::format("'{}' {} is above '{}' {}; expected a cost floor at or below "
                    "the ceiling",
                    floor_key, floor->str(), ceiling_key, ceiling->str()));
  }

  void ceilings(const toml::table& root) {
    auto model = r_.string(root, "ceiling_model", false);
    auto list = r_.tables(root, "ceiling");
    if (model && trim(*model).empty()) {
      add(r_.location_of(root, "ceiling_model"),
          "'ceiling_model' is empty; expected the path of a cost model file");
      model.reset();
    }
    if (model && !list.empty()) {
      add(r_.location_of(root, "ceiling_model"),
          "'ceiling_model' and [[ceiling]] tables are both given; expected one or the other");
    }
    t_.ceiling_model = model;
    std::vector<std::pair<Basis, int>> first_line;
    for (const toml::table* c : list) {
      r_.reject_unknown_keys(*c, tender_keys::ceiling.keys, tender_keys::ceiling.table);
      auto llw = r_.choice(*c, "llw", kLlwChoices, true);
      auto travel = r_.choice(*c, "travel", kTravelChoices, true);
      auto standard = money(*c, "standard", true);
      auto bank_holiday = money(*c, "bank_holiday", true);
      auto cost_floor = money(*c, "cost_floor", false);
      auto bank_holiday_cost_floor = money(*c, "bank_holiday_cost_floor", false);
      floor_not_above(*c, "cost_floor", cost_floor, "standard", standard);
      floor_not_above(*c, "bank_holiday_cost_floor", bank_holiday_cost_floor, "bank_holiday", bank_holiday);
      if (!llw || !travel) continue;
      Basis basis{*parse_llw(*llw), *parse_travel(*travel)};
      auto first =
          std::find_if(first_line.begin(), first_line.end(), [&](const auto& f) { return f.first == basis; });
      if (first != first_line.end()) {
        add(r_.location(*c),
            fmt::format("a second [[ceiling]] for {} (the first is at line {}); expected one "
                        "per basis",
                        describe(basis), first->second));
        continue;
      }
      first_line.emplace_back(basis, r_.location(*c).line);
      if (!standard || !bank_holiday) continue;
      t_.ceilings.push_back(
          Ceiling{basis, *standard, *bank_holiday, cost_floor, bank_holiday_cost_floor, r_.location(*c)});
    }
  }

  void abnormally_low(const toml::table& root) {
    const toml::table* a = r_.table(root, "abnormally_low", false);
    if (!a) return;
    r_.reject_unknown_keys(*a, tender_keys::abnormally_low.keys, tender_keys::abnormally_low.table);
    if (auto v = percent(*a, "below_adjusted_mean_percent"))
      t_.abnormally_low.below_adjusted_mean_percent = *v;
    if (auto v = percent(*a, "proximity_percent")) t_.abnormally_low.proximity_percent = *v;
  }

  void report(const toml::table& root) {
    const toml::table* r = r_.table(root, "report", false);
    if (!r) return;
    r_.reject_unknown_keys(*r, tender_keys::report.keys, tender_keys::report.table);
    t_.report.report_date = r_.date(*r, "report_date", false);
    t_.report.award_notice_date = r_.date(*r, "award_notice_date", false);
    if (auto s = r_.string(*r, "ocid_prefix", false)) {
      if (!is_identifier(*s)) {
        add(r_.location_of(*r, "ocid_prefix"), fmt::format("'ocid_prefix' is \"{}\"; expected {}", *s, identifier_rule()));
      } else {
        t_.report.ocid_prefix = *s;
      }
    }
  }

  SettingsReader& r_;
  Tender& t_;
  std::set<std::string> uncertain_kind_;  // criteria whose kind could not be read
};

}  // namespace

SettingsOutcome read_tender_settings(std::string_view text, const std::string& file, Tender& tender,
                                     Problems& problems) {
  SettingsReader reader(file, problems);
  std::optional<toml::table> root = reader.parse(text);
  if (!root) return SettingsOutcome{};
  return SettingsLoader(reader, tender).load(*root);
}

}  // namespace tk
