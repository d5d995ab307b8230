#include <deque>
#include <string>
#include <vector>

#include "award_flags.hpp"
#include "command.hpp"
#include "cost/tender_ceilings.hpp"
#include "decide/award.hpp"
#include "decide/contract_cost.hpp"
#include "evaluate/evaluation.hpp"
#include "evaluation_flags.hpp"
#include "read/bank_holidays.hpp"
#include "write/atomic_file.hpp"
#include "write/cost_output.hpp"

namespace tk::cmd {

namespace {

struct CostCommandOptions {
  std::string dir;
  AwardFlags award;
  EvaluationFlags evaluation;
  std::string uplift;
  std::string uplift_from = "04-01";
  std::string budget;
  std::string format = "table";
  std::string output;
};

CostOptions cost_options(const CostCommandOptions& opts) {
  CostOptions o;
  if (!opts.uplift.empty()) {
    Parsed<Rational> p = parse_decimal(opts.uplift);
    if (!p || *p.value <= -100) {
      throw Error(ExitCode::usage, Location{},
                  "--uplift: expected a percentage above -100 such as 3 or 2.5, found '" + opts.uplift + "'");
    }
    o.uplift_percent = *p.value;
  }
  Parsed<MonthDay> from = parse_month_day(opts.uplift_from);
  if (!from) throw Error(ExitCode::usage, Location{}, "--uplift-from: " + from.error);
  o.uplift_from = *from.value;
  if (!opts.budget.empty()) {
    Parsed<Money> b = Money::parse(opts.budget);
    if (!b || b.value->is_negative()) {
      throw Error(ExitCode::usage, Location{},
                  "--budget: expected an amount of money a year such as 18600000 or £18,600,000.00, found '" +
                      opts.budget + "'");
    }
    o.budget_per_year = *b.value;
  }
  return o;
}

int run_cost(const CostCommandOptions& opts) {
  CostOptions options = cost_options(opts);
  Tender tender = load_tender_with_ceilings(opts.dir);
  BankHolidays calendar = load_bank_holidays();
  EvaluationOptions evaluation = evaluation_options(tender, calendar, opts.evaluation);
  AwardMechanism mechanism = award_mechanism(tender, opts.award);
  int cap = award_cap(tender, opts.award);
  std::vector<Llw> bases = {Llw::inclusive, Llw::exclusive};
  if (evaluation.llw) bases = {*evaluation.llw};

  // Evaluations and awards point into each other: deques keep their addresses.
  std::deque<Evaluation> evaluations;
  std::deque<Award> awards;
  std::vector<ContractCost> costs;
  for (Llw llw : bases) {
    EvaluationOptions o = evaluation;
    o.llw = llw;
    evaluations.push_back(evaluate_tender(tender, o));
    awards.push_back(decide_award(evaluations.back(), mechanism, cap));
    costs.push_back(contract_cost(awards.back(), calendar, options));
  }
  std::string content;
  if (opts.format == "csv") {
    content = render_cost_csv(costs);
  } else if (opts.format == "json") {
    content = render_cost_json(costs);
  } else if (opts.format == "md") {
    content = render_cost_markdown(costs);
  } else {
    content = render_cost_table(costs);
  }
  write_output(opts.output, content);
  return 0;
}

}  // namespace

void setup_cost(CLI::App& app, Runner& runner) {
  auto opts = std::make_shared<CostCommandOptions>();
  CLI::App* sub = app.add_subcommand("cost", "Projected contract cost per lot and financial year at the awarded rates");
  sub->footer(
      "Day by day over the contract period: hours_per_week / 7 contact hours a day per awarded lot, at the\n"
      "winner's bank-holiday rate on England and Wales bank holidays and its standard rate otherwise,\n"
      "added up by financial year (1 April to 31 March). Without --llw the award and its cost are worked\n"
      "out on the LLW-inclusive and the LLW-exclusive rates side by side. docs/award.md has the method.\n"
      "Examples:\n"
      "  tenderkit cost data/sample-tender\n"
      "  tenderkit cost data/sample-tender --uplift 3 --budget 18600000\n"
      "  tenderkit cost data/sample-tender --llw inclusive --format csv -o cost.csv");
  sub->add_option("DIR", opts->dir, "The tender folder")->required();
  add_award_flags(*sub, opts->award);
  add_evaluation_flags(*sub, opts->evaluation, false);
  CLI::Option* uplift = sub->add_option(
      "--uplift", opts->uplift, "Rates rise by PCT percent (exact, compounding) on each --uplift-from date after the start");
  uplift->option_text("PCT");
  sub->add_option("--uplift-from", opts->uplift_from, "The day of the year the uplift applies from, MM-DD (default 04-01)")
      ->option_text("MM-DD")
      ->capture_default_str()
      ->needs(uplift);
  sub->add_option("--budget", opts->budget,
                  "The budget per financial year for all lots (part years pro rata by days); shows over/under")
      ->option_text("AMOUNT");
  add_format_flag(*sub, opts->format);
  sub->add_option("-o,--output", opts->output, "Write to FILE (atomically) instead of standard output");
  sub->callback([opts, &runner]() { runner = [opts]() { return run_cost(*opts); }; });
}

}  // namespace tk::cmd
