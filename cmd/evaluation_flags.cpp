#include "evaluation_flags.hpp"

#include "core/error.hpp"

#include "evaluate/bank_holiday_share.hpp"

namespace tk::cmd {

std::pair<CLI::Option*, CLI::Option*> add_evaluation_flags(CLI::App& app, EvaluationFlags& flags, bool with_lot) {
  if (with_lot) app.add_option("--lot", flags.lot, "Only this lot (a lot id from tender.toml)")->type_name("ID");
  CLI::Option* llw = app.add_option("--llw", flags.llw, "What-if: evaluate the LLW-inclusive or -exclusive rates")
                         ->type_name("BASIS")
                         ->check(CLI::IsMember({"inclusive", "exclusive"}));
  CLI::Option* travel = app.add_option("--travel", flags.travel, "What-if: evaluate the travel-inclusive or -exclusive rates")
                            ->type_name("BASIS")
                            ->check(CLI::IsMember({"inclusive", "exclusive"}));
  app.add_option("--method", flags.method, "What-if: the price formula")
      ->type_name("METHOD")
      ->check(CLI::IsMember({"relative-to-lowest", "linear-from-lowest", "ceiling-linear"}));
  app.add_option("--bank-holiday-share", flags.bank_holiday_share,
                 "What-if: the share of bank-holiday days: 'calendar' or a fraction such as 0.0219 or 3/146")
      ->type_name("SHARE");
  return {llw, travel};
}

EvaluationOptions evaluation_options(const Tender& tender, const BankHolidays& calendar,
                                     const EvaluationFlags& flags) {
  EvaluationOptions o;
  o.tender_share = tender_bank_holiday_share(tender, calendar);
  if (!flags.llw.empty()) o.llw = parse_llw(flags.llw);
  if (!flags.travel.empty()) o.travel = parse_travel(flags.travel);
  if (!flags.method.empty()) o.method = parse_price_method(flags.method);
  if (!flags.lot.empty()) o.lot = flags.lot;
  if (flags.bank_holiday_share == "calendar") {
    o.bank_holiday_share = calendar_bank_holiday_share(tender, calendar);
  } else if (!flags.bank_holiday_share.empty()) {
    Parsed<Rational> s = parse_rational(flags.bank_holiday_share);
    if (!s || *s.value < 0 || *s.value > 1) {
      throw Error(ExitCode::usage, Location{},
                  "--bank-holiday-share: expected 'calendar' or a fraction from 0 to 1 such as 0.0219 or 3/146, found '" +
                      flags.bank_holiday_share + "'");
    }
    o.bank_holiday_share = given_share(*s.value);
  }
  return o;
}

void add_format_flag(CLI::App& app, std::string& format) {
  app.add_option("--format", format, "Output format")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"table", "csv", "json", "md"}))
      ->capture_default_str();
}

}  // namespace tk::cmd
