#include <string>

#include "command.hpp"
#include "cost/tender_ceilings.hpp"
#include "decide/shortlist.hpp"
#include "evaluate/evaluation.hpp"
#include "evaluation_flags.hpp"
#include "read/bank_holidays.hpp"
#include "read/tender_loader.hpp"
#include "write/atomic_file.hpp"
#include "write/shortlist_output.hpp"

namespace tk::cmd {

namespace {

struct ShortlistOptions {
  std::string dir;
  int n = 0;  // 0: tender.toml [award] shortlist
  EvaluationFlags evaluation;
  std::string format = "table";
  std::string output;
};

int run_shortlist(const ShortlistOptions& opts) {
  Tender tender = load_tender_with_ceilings(opts.dir);
  Evaluation e = evaluate_tender(tender, evaluation_options(tender, load_bank_holidays(), opts.evaluation));
  Shortlist s = make_shortlist(e, opts.n > 0 ? opts.n : tender.award.shortlist);
  std::string content;
  if (opts.format == "csv") {
    content = render_shortlist_csv(e, s);
  } else if (opts.format == "json") {
    content = render_shortlist_json(e, s);
  } else if (opts.format == "md") {
    content = render_shortlist_markdown(e, s);
  } else {
    content = render_shortlist_table(e, s);
  }
  write_output(opts.output, content);
  return 0;
}

}  // namespace

void setup_shortlist(CLI::App& app, Runner& runner) {
  auto opts = std::make_shared<ShortlistOptions>();
  CLI::App* sub = app.add_subcommand("shortlist", "The top N bidders for interview");
  sub->footer(
      "Each bidder's best bid (its best rank in any lot; between lots with that rank, the higher total)\n"
      "orders the list: rank, then total, then bidder_id.\n"
      "Examples:\n"
      "  tenderkit shortlist data/sample-tender\n"
      "  tenderkit shortlist data/sample-tender -n 18 --format csv -o shortlist.csv");
  sub->add_option("DIR", opts->dir, "The tender folder")->required()->type_name("");
  sub->add_option("-n", opts->n, "How many to shortlist (default: tender.toml [award] shortlist)")
      ->type_name("N")
      ->check(CLI::Validator(
          [](std::string& value) {
            return value.find_first_not_of("0123456789") == std::string::npos && value.find_first_not_of('0') != std::string::npos
                       ? std::string()
                       : "expected a whole number of at least 1, found '" + value + "'";
          },
          "N>=1"));
  add_evaluation_flags(*sub, opts->evaluation, false);
  add_format_flag(*sub, opts->format);
  sub->add_option("-o,--output", opts->output, "Write to FILE (atomically) instead of standard output")->type_name("FILE");
  sub->callback([opts, &runner]() { runner = [opts]() { return run_shortlist(*opts); }; });
}

}  // namespace tk::cmd
