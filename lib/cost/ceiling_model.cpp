#include "cost/ceiling_model.hpp"

#include <fmt/format.h>

namespace tk {

namespace {

std::string t(const Rational& v) { return decimal_text(v); }

Rational max0(const Rational& v) { return v < 0 ? Rational(0) : v; }

class Working {
 public:
  explicit Working(std::vector<WorkingLine>& lines) : lines_(lines) {}
  Rational add(std::string symbol, std::string label, std::string formula, std::string substituted,
               Rational value) {
    lines_.push_back(
        {std::move(symbol), std::move(label), std::move(formula), std::move(substituted), std::move(value)});
    return lines_.back().value;  // a copy: later lines move the vector
  }
  // As add, for an amount in £ per contact hour.
  Rational add_hourly(std::string symbol, std::string label, std::string formula, std::string substituted,
                      Rational value) {
    add(std::move(symbol), std::move(label), std::move(formula), std::move(substituted), std::move(value));
    lines_.back().per_contact_hour = true;
    return lines_.back().value;
  }

 private:
  std::vector<WorkingLine>& lines_;
};

// Sick pay a year per worker (Ps), with its working.
Rational sick_pay(const CeilingInputs& in, const Rational& wage, const Rational& H, const Rational& Pw,
                  const Rational& Ph, Working& w) {
  if (in.sick_pay == SickPay::occupational) {
    return w.add("Ps", "sick pay (occupational: full pay), £ a year",
                 "sickness_days_per_year * wage * contact_hours_per_week * H / working_days_per_week",
                 fmt::format("{} * {} * {} * {} / {}", t(in.sickness_days_per_year), t(wage),
                             t(in.contact_hours_per_week), t(H), t(in.working_days_per_week)),
                 in.sickness_days_per_year * wage * in.contact_hours_per_week * H / in.working_days_per_week);
  }
  Rational weekly = in.ssp_weekly;
  std::string weekly_name = "ssp_weekly";
  if (in.ssp_earnings_cap) {
    Rational awe = w.add("AWE", "average weekly earnings, £", "(Pw + Ph) / 52",
                         fmt::format("({} + {}) / 52", t(Pw), t(Ph)), (Pw + Ph) / 52);
    Rational capped = in.ssp_earnings_percent / 100 * awe;
    weekly =
        w.add("SSP", "statutory sick pay a week, £", "min(ssp_weekly, ssp_earnings_percent / 100 * AWE)",
              fmt::format("min({}, {} / 100 * {})", t(in.ssp_weekly), t(in.ssp_earnings_percent), t(awe)),
              capped < in.ssp_weekly ? capped : in.ssp_weekly);
    weekly_name = "SSP";
  }
  return w.add("Ps", "sick pay (statutory), £ a year",
               fmt::format("max(0, sickness_days_per_year - ssp_waiting_days) * {} / working_days_per_week",
                           weekly_name),
               fmt::format("max(0, {} - {}) * {} / {}", t(in.sickness_days_per_year), t(in.ssp_waiting_days),
                           t(weekly), t(in.working_days_per_week)),
               max0(in.sickness_days_per_year - in.ssp_waiting_days) * weekly / in.working_days_per_week);
}

}  // namespace

const std::vector<CostLineName>& cost_line_names() {
  static const std::vector<CostLineName> names = {{"contact_pay", &CostLines::contact_pay},
                                                  {"travel_pay", &CostLines::travel_pay},
                                                  {"training_pay", &CostLines::training_pay},
                                                  {"holiday_pay", &CostLines::holiday_pay},
                                                  {"sick_pay", &CostLines::sick_pay},
                                                  {"employer_ni", &CostLines::employer_ni},
                                                  {"pension", &CostLines::pension},
                                                  {"mileage", &CostLines::mileage},
                                                  {"overheads", &CostLines::overheads},
                                                  {"surplus", &CostLines::surplus},
                                                  {"total", &CostLines::total}};
  return names;
}

const BasisCeilings& CeilingResult::basis(Basis b) const {
  for (const BasisCeilings& c : bases)
    if (c.basis == b) return c;
  throw std::logic_error("CeilingResult has every basis");
}

DayCost compute_day(const CeilingInputs& in, Basis basis, DayType day) {
  DayCost out;
  out.basis = basis;
  out.day = day;
  Working w(out.working);
  const bool travel = basis.travel == Travel::inclusive;
  const bool llw = basis.llw == Llw::inclusive;
  const std::string wage_name = llw ? "llw" : "nlw";

  Rational W = w.add("W", "worked weeks a year", "52 - holiday_weeks",
                     fmt::format("52 - {}", t(in.holiday_weeks)), 52 - in.holiday_weeks);
  Rational A =
      w.add("A", "contact hours a year per worker", "contact_hours_per_week * W",
            fmt::format("{} * {}", t(in.contact_hours_per_week), t(W)), in.contact_hours_per_week * W);
  Rational H = travel ? w.add("H", "paid hours per contact hour", "1 + travel_minutes_per_contact_hour / 60",
                              fmt::format("1 + {} / 60", t(in.travel_minutes_per_contact_hour)),
                              1 + in.travel_minutes_per_contact_hour / 60)
                      : w.add("H", "paid hours per contact hour", "1 (travel exclusive: travel time unpaid)",
                              "1", Rational(1));
  const Rational& base_wage = llw ? in.llw : in.nlw;
  Rational wage =
      day == DayType::standard
          ? w.add("wage", "hourly pay, £", wage_name, t(base_wage), base_wage)
          : w.add("wage", "hourly pay on a bank holiday, £", wage_name + " * bank_holiday_pay_multiplier",
                  fmt::format("{} * {}", t(base_wage), t(in.bank_holiday_pay_multiplier)),
                  base_wage * in.bank_holiday_pay_multiplier);
  Rational Pw = w.add("Pw", "pay for work, £ a year", "wage * (A * H + training_hours_per_year)",
                      fmt::format("{} * ({} * {} + {})", t(wage), t(A), t(H), t(in.training_hours_per_year)),
                      wage * (A * H + in.training_hours_per_year));
  Rational Ph =
      w.add("Ph", "holiday pay, £ a year", "Pw * holiday_weeks / W",
            fmt::format("{} * {} / {}", t(Pw), t(in.holiday_weeks), t(W)), Pw * in.holiday_weeks / W);
  Rational Ps = sick_pay(in, wage, H, Pw, Ph, w);
  Rational G = w.add("G", "gross pay, £ a year", "Pw + Ph + Ps",
                     fmt::format("{} + {} + {}", t(Pw), t(Ph), t(Ps)), Pw + Ph + Ps);
  Rational NI = w.add(
      "NI", "employer National Insurance, £ a year", "ni_rate / 100 * max(0, G - ni_secondary_threshold)",
      fmt::format("{} / 100 * max(0, {} - {})", t(in.ni_rate), t(G), t(in.ni_secondary_threshold)),
      in.ni_rate / 100 * max0(G - in.ni_secondary_threshold));
  Rational pension_value =
      G < in.pension_trigger
          ? Rational(0)
          : in.pension_rate / 100 *
                max0((G < in.pension_band_upper ? G : in.pension_band_upper) - in.pension_band_lower);
  Rational Pn = G < in.pension_trigger
                    ? w.add("Pn", "employer pension, £ a year", "0 when G < pension_trigger",
                            fmt::format("0 ({} < {})", t(G), t(in.pension_trigger)), pension_value)
                    : w.add("Pn", "employer pension, £ a year",
                            "pension_rate / 100 * max(0, min(G, pension_band_upper) - pension_band_lower)",
                            fmt::format("{} / 100 * max(0, min({}, {}) - {})", t(in.pension_rate), t(G),
                                        t(in.pension_band_upper), t(in.pension_band_lower)),
                            pension_value);
  Rational M =
      travel
          ? w.add("M", "mileage, £ a year", "A * miles_per_contact_hour * pence_per_mile / 100",
                  fmt::format("{} * {} * {} / 100", t(A), t(in.miles_per_contact_hour), t(in.pence_per_mile)),
                  A * in.miles_per_contact_hour * in.pence_per_mile / 100)
          : w.add("M", "mileage, £ a year", "0 (travel exclusive)", "0", Rational(0));
  Rational D = w.add_hourly("D", "direct cost per contact hour (cost floor), £", "(G + NI + Pn + M) / A",
                            fmt::format("({} + {} + {} + {}) / {}", t(G), t(NI), t(Pn), t(M), t(A)),
                            (G + NI + Pn + M) / A);
  Rational O =
      in.overheads_per_hour_given
          ? w.add_hourly("O", "overheads per contact hour, £", "overheads_per_hour", t(in.overheads),
                         in.overheads)
          : w.add_hourly("O", "overheads per contact hour, £", "D * overheads_percent / 100",
                         fmt::format("{} * {} / 100", t(D), t(in.overheads)), D * in.overheads / 100);
  Rational S = w.add_hourly("S", "surplus per contact hour, £", "(D + O) * surplus_percent / 100",
                            fmt::format("({} + {}) * {} / 100", t(D), t(O), t(in.surplus_percent)),
                            (D + O) * in.surplus_percent / 100);
  Rational C = w.add_hourly("C", "ceiling per contact hour, £", "D + O + S",
                            fmt::format("{} + {} + {}", t(D), t(O), t(S)), D + O + S);

  out.wage = wage;
  out.paid_hours = H;
  out.contact_hours = A;
  out.gross_pay = G;
  out.cost_floor = D;
  out.ceiling = C;
  // The same cost per contact hour, line by line (these add up to C).
  CostLines& l = out.per_hour;
  l.contact_pay = w.add_hourly("contact_pay", "contact pay per contact hour, £", "wage", t(wage), wage);
  l.travel_pay = w.add_hourly("travel_pay", "travel pay per contact hour, £", "wage * (H - 1)",
                              fmt::format("{} * ({} - 1)", t(wage), t(H)), wage * (H - 1));
  l.training_pay =
      w.add_hourly("training_pay", "training pay per contact hour, £", "wage * training_hours_per_year / A",
                   fmt::format("{} * {} / {}", t(wage), t(in.training_hours_per_year), t(A)),
                   wage * in.training_hours_per_year / A);
  l.holiday_pay = w.add_hourly("holiday_pay", "holiday pay per contact hour, £", "Ph / A",
                               fmt::format("{} / {}", t(Ph), t(A)), Ph / A);
  l.sick_pay = w.add_hourly("sick_pay", "sick pay per contact hour, £", "Ps / A",
                            fmt::format("{} / {}", t(Ps), t(A)), Ps / A);
  l.employer_ni = w.add_hourly("employer_ni", "employer NI per contact hour, £", "NI / A",
                               fmt::format("{} / {}", t(NI), t(A)), NI / A);
  l.pension = w.add_hourly("pension", "pension per contact hour, £", "Pn / A",
                           fmt::format("{} / {}", t(Pn), t(A)), Pn / A);
  l.mileage = w.add_hourly("mileage", "mileage per contact hour, £", "M / A",
                           fmt::format("{} / {}", t(M), t(A)), M / A);
  l.overheads = O;
  l.surplus = S;
  l.total = C;
  return out;
}

CeilingResult compute_ceilings(const CeilingInputs& inputs) {
  CeilingResult out;
  for (const Basis& b : all_bases())
    out.bases.push_back(
        {b, compute_day(inputs, b, DayType::standard), compute_day(inputs, b, DayType::bank_holiday)});
  return out;
}

}  // namespace tk
