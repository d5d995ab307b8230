#include "cost/ceiling_inputs.hpp"

#include <fmt/format.h>

namespace tk {

namespace {

struct StatutoryTarget {
  std::string_view name;
  Rational CeilingInputs::*member;
  bool sick_pay_only;  // used only with statutory sick pay
};

const std::vector<StatutoryTarget>& statutory_targets() {
  static const std::vector<StatutoryTarget> targets = {
      {"llw", &CeilingInputs::llw, false},
      {"nlw", &CeilingInputs::nlw, false},
      {"ni_rate", &CeilingInputs::ni_rate, false},
      {"ni_secondary_threshold", &CeilingInputs::ni_secondary_threshold, false},
      {"pension_rate", &CeilingInputs::pension_rate, false},
      {"pension_band_lower", &CeilingInputs::pension_band_lower, false},
      {"pension_band_upper", &CeilingInputs::pension_band_upper, false},
      {"pension_trigger", &CeilingInputs::pension_trigger, false},
      {"ssp_weekly", &CeilingInputs::ssp_weekly, true},
      {"ssp_waiting_days", &CeilingInputs::ssp_waiting_days, true},
  };
  return targets;
}

StatutoryFigure from_override(const StatutoryOverride& o, const Rational& value) {
  StatutoryFigure f;
  f.name = o.name;
  f.value = value;
  f.overridden = true;
  f.source = "cost model [statutory]";
  f.origin = "cost model [statutory]";
  f.where = o.where;
  return f;
}

class Resolver {
 public:
  Resolver(const CostModel& model, const StatutoryRates& rates, Date on, ResolvedModel& out)
      : model_(model), rates_(rates), on_(on), out_(out) {}

  // The figure from the override or the table in force; nullopt (with a problem) when none.
  std::optional<Rational> figure(std::string_view name) {
    if (const StatutoryOverride* o = model_.override_of(name)) {
      out_.statutory.push_back(from_override(*o, *o->value));
      return *o->value;
    }
    int lag = name == "llw" ? model_.llw_lag_months : 0;
    if (auto f = rates_.figure(name, on_, lag)) {
      out_.statutory.push_back(*f);
      return f->value;
    }
    not_in_force(name, lag);
    return std::nullopt;
  }

  // ssp_earnings_percent: nullopt means no earnings cap (an empty cell or "none").
  std::optional<Rational> earnings_cap() {
    const std::string_view name = "ssp_earnings_percent";
    if (const StatutoryOverride* o = model_.override_of(name)) {
      if (!o->value) return std::nullopt;
      out_.statutory.push_back(from_override(*o, *o->value));
      return *o->value;
    }
    // No row in force: ssp_weekly already reports it, and before the tables start there was no cap.
    if (auto f = rates_.figure(name, on_)) {
      out_.statutory.push_back(*f);
      return f->value;
    }
    return std::nullopt;
  }

  // Adds one problem per table without a row in force, naming the figures needed from it.
  Problems& problems() {
    for (const Missing& m : missing_) {
      const RateTable* table = m.table;
      std::string first = table && !table->rows.empty()
                              ? fmt::format(" (its first row: {} {}{})", table->spec->date_column,
                                            table->rows.front().from.str(),
                                            m.lag ? fmt::format(", applied {} months later", m.lag) : "")
                              : "";
      std::string names;
      for (std::size_t i = 0; i < m.names.size(); ++i)
        names += (i == 0 ? "" : i + 1 == m.names.size() ? " and " : ", ") + fmt::format("'{}'", m.names[i]);
      problems_.add(
          model_.on_where,
          fmt::format("no row of {} is in force on {}{}; set {} in [statutory] or choose a later date",
                      table ? table->spec->file : "the statutory tables", on_.str(), first, names));
    }
    missing_.clear();
    return problems_;
  }

 private:
  struct Missing {
    const RateTable* table;
    int lag;
    std::vector<std::string> names;
  };

  void not_in_force(std::string_view name, int lag) {
    const RateTable* table = rates_.table_for(name);
    for (Missing& m : missing_)
      if (m.table == table) {
        m.names.emplace_back(name);
        return;
      }
    missing_.push_back({table, lag, {std::string(name)}});
  }

  const CostModel& model_;
  const StatutoryRates& rates_;
  Date on_;
  ResolvedModel& out_;
  std::vector<Missing> missing_;
  Problems problems_;
};

}  // namespace

std::vector<InputField> input_fields(const CeilingInputs& in) {
  std::vector<InputField> out = {
      {"contact_hours_per_week", &CeilingInputs::contact_hours_per_week},
      {"travel_minutes_per_contact_hour", &CeilingInputs::travel_minutes_per_contact_hour},
      {"miles_per_contact_hour", &CeilingInputs::miles_per_contact_hour},
      {"pence_per_mile", &CeilingInputs::pence_per_mile},
      {"holiday_weeks", &CeilingInputs::holiday_weeks},
      {"training_hours_per_year", &CeilingInputs::training_hours_per_year},
      {"sickness_days_per_year", &CeilingInputs::sickness_days_per_year},
      {"working_days_per_week", &CeilingInputs::working_days_per_week},
      {"bank_holiday_pay_multiplier", &CeilingInputs::bank_holiday_pay_multiplier},
      {in.overheads_per_hour_given ? "overheads_per_hour" : "overheads_percent", &CeilingInputs::overheads},
      {"surplus_percent", &CeilingInputs::surplus_percent},
  };
  for (const StatutoryTarget& t : statutory_targets())
    if (!t.sick_pay_only || in.sick_pay == SickPay::statutory) out.push_back({t.name, t.member});
  if (in.sick_pay == SickPay::statutory && in.ssp_earnings_cap)
    out.push_back({"ssp_earnings_percent", &CeilingInputs::ssp_earnings_percent});
  return out;
}

std::vector<const StatutoryFigure*> ResolvedModel::unconfirmed() const {
  std::vector<const StatutoryFigure*> out;
  for (const StatutoryFigure& f : statutory)
    if (!f.confirmed) out.push_back(&f);
  return out;
}

const StatutoryFigure* ResolvedModel::figure(std::string_view name) const {
  for (const StatutoryFigure& f : statutory)
    if (f.name == name) return &f;
  return nullptr;
}

ResolvedModel resolve_model(const CostModel& model, const StatutoryRates& rates, Date on) {
  ResolvedModel out;
  out.on = on;
  CeilingInputs& in = out.inputs;
  in.contact_hours_per_week = model.contact_hours_per_week.value;
  in.travel_minutes_per_contact_hour = model.travel_minutes_per_contact_hour.value;
  in.miles_per_contact_hour = model.miles_per_contact_hour.value;
  in.holiday_weeks = model.holiday_weeks.value;
  in.training_hours_per_year = model.training_hours_per_year.value;
  in.sickness_days_per_year = model.sickness_days_per_year.value;
  in.sick_pay = model.sick_pay;
  in.working_days_per_week = model.working_days_per_week.value;
  in.bank_holiday_pay_multiplier = model.bank_holiday_pay_multiplier.value;
  in.overheads_per_hour_given = model.overheads_per_hour.has_value();
  in.overheads = model.overheads_per_hour  ? model.overheads_per_hour->value
                 : model.overheads_percent ? model.overheads_percent->value
                                           : 0;
  in.surplus_percent = model.surplus_percent.value;

  Resolver resolver(model, rates, on, out);
  for (const StatutoryTarget& t : statutory_targets()) {
    if (t.sick_pay_only && model.sick_pay != SickPay::statutory) continue;
    if (auto v = resolver.figure(t.name)) in.*t.member = *v;
  }
  if (model.sick_pay == SickPay::statutory) {
    if (auto cap = resolver.earnings_cap()) {
      in.ssp_earnings_cap = true;
      in.ssp_earnings_percent = *cap;
    }
  }
  if (model.pence_per_mile)
    in.pence_per_mile = model.pence_per_mile->value;
  else if (auto v = resolver.figure("pence_per_mile"))
    in.pence_per_mile = *v;

  if (resolver.problems().empty() && in.pension_band_upper < in.pension_band_lower) {
    const StatutoryFigure* upper = out.figure("pension_band_upper");
    resolver.problems().add(
        upper && upper->overridden ? upper->where : model.on_where,
        fmt::format("the pension band on {} runs from {} down to {}; expected "
                    "pension_band_upper to be at least pension_band_lower",
                    on.str(), decimal_text(in.pension_band_lower), decimal_text(in.pension_band_upper)));
  }
  resolver.problems().throw_if_any();
  return out;
}

std::string decimal_text(const Rational& value, int places, int min_places) {
  for (int p = min_places; p <= places; ++p) {
    Rational scaled = value * Rational(pow10(p));
    if (denominator(scaled) == 1)
      return to_fixed(value, p, Rounding::half_away_from_zero);
  }
  return to_fixed(value, places, Rounding::half_away_from_zero) + "...";
}

std::string input_text(std::string_view name, const Rational& value) {
  bool pounds = name == "llw" || name == "nlw" || name == "ssp_weekly" || name == "overheads_per_hour";
  return decimal_text(value, 4, pounds ? 2 : 0);
}

std::vector<std::string> unconfirmed_notes(const ResolvedModel& resolved) {
  std::vector<std::string> out;
  for (const StatutoryFigure* f : resolved.unconfirmed())
    out.push_back(fmt::format("{} {} ({}) is not confirmed by a source; check it or set '{}' in {}", f->name,
                              input_text(f->name, f->value), f->origin, f->name,
                              f->name == "pence_per_mile" ? "the cost model" : "[statutory]"));
  return out;
}

}  // namespace tk
