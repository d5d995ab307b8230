#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <iostream>
#include <string>
#include <thread>

#include <fmt/format.h>

#include "command.hpp"
#include "console.hpp"
#include "cost/tender_ceilings.hpp"
#include "decide/sensitivity.hpp"
#include "evaluate/evaluation.hpp"
#include "evaluation_flags.hpp"
#include "read/bank_holidays.hpp"
#include "write/atomic_file.hpp"
#include "write/sensitivity_output.hpp"

namespace tk::cmd {

namespace {

struct SensitivityOptions {
  std::string dir;
  EvaluationFlags evaluation;
  std::uint64_t samples = 100000;
  std::string spread = "10";
  std::uint64_t seed = 1;
  unsigned threads = 0;  // 0: one per hardware thread
  std::string format = "table";
  std::string output;
  std::string unit_scores;
};

// A one-line progress bar on standard error, shown only when it is a terminal, not under
// --quiet, and the run has taken more than half a second; erased when the run ends.
class ProgressBar {
 public:
  explicit ProgressBar(std::uint64_t total)
      : total_(total), enabled_(isatty(STDERR_FILENO) == 1 && !console().quiet) {}
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;
  ~ProgressBar() {
    if (shown_) std::cerr << "\r\033[K" << std::flush;
  }

  void update(std::uint64_t done) {
    if (!enabled_ || total_ == 0) return;
    if (!shown_ && std::chrono::steady_clock::now() - start_ < std::chrono::milliseconds(500)) return;
    if (done >= total_) {
      if (shown_) std::cerr << "\r\033[K" << std::flush;
      shown_ = false;
      return;
    }
    shown_ = true;
    constexpr std::uint64_t kWidth = 30;
    std::uint64_t filled = done * kWidth / total_;
    std::cerr << fmt::format("\rsensitivity [{}{}] {:3}% of {} weight sets", std::string(filled, '#'),
                             std::string(kWidth - filled, '.'), done * 100 / total_, total_)
              << std::flush;
  }

 private:
  std::uint64_t total_;
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

std::string render(const WinnerSensitivity& s, const std::string& format) {
  if (format == "csv") return render_sensitivity_csv(s);
  if (format == "json") return render_sensitivity_json(s);
  if (format == "md") return render_sensitivity_markdown(s);
  return render_sensitivity_table(s);
}

Rational parse_spread(const std::string& text) {
  std::string digits = text;
  if (!digits.empty() && digits.back() == '%') digits.pop_back();
  Parsed<Rational> spread = parse_decimal(digits, 6);
  if (!spread || *spread.value < 0 || *spread.value >= 100) {
    throw Error(ExitCode::usage, Location{},
                "--spread: expected a percentage from 0 up to (not including) 100 with at most 6 decimal places, "
                "such as 10 or 12.5, found '" + text + "'");
  }
  return *spread.value;
}

int run_sensitivity(const SensitivityOptions& opts) {
  Rational spread = parse_spread(opts.spread);
  Tender tender = load_tender_with_ceilings(opts.dir);
  Evaluation e = evaluate_tender(tender, evaluation_options(tender, load_bank_holidays(), opts.evaluation));

  SensitivitySettings settings;
  settings.monte_carlo.samples = opts.samples;
  settings.monte_carlo.spread_percent = spread;
  settings.monte_carlo.seed = opts.seed;
  settings.threads = opts.threads > 0 ? opts.threads : std::max(1U, std::thread::hardware_concurrency());
  ProgressBar bar(opts.samples);
  settings.progress = [&bar](std::uint64_t done) { bar.update(done); };
  WinnerSensitivity s = analyse_sensitivity(e, settings);

  std::string content = render(s, opts.format);
  if (!opts.unit_scores.empty()) write_file_atomically(opts.unit_scores, render_unit_scores_csv(e));
  write_output(opts.output, content);
  return 0;
}

}  // namespace

void setup_sensitivity(CLI::App& app, Runner& runner) {
  auto opts = std::make_shared<SensitivityOptions>();
  CLI::App* sub = app.add_subcommand("sensitivity", "How robust each lot's winner is to the weights and the price formula");
  sub->footer(
      "For each lot: the smallest move of weight between two criteria that changes the winner (exact);\n"
      "each bidder's chance of winning when every weight varies at random by up to --spread percent of\n"
      "itself (Monte Carlo; the same --seed gives the same result on any machine and thread count);\n"
      "and the winner under each of the three price formulas.\n"
      "Examples:\n"
      "  tenderkit sensitivity data/sample-tender\n"
      "  tenderkit sensitivity data/sample-tender --samples 1000000 --spread 20 --seed 7\n"
      "  tenderkit sensitivity data/sample-tender --lot N1 --format json -o sensitivity.json");
  sub->add_option("DIR", opts->dir, "The tender folder")->required();
  add_evaluation_flags(*sub, opts->evaluation, true);
  sub->add_option("--samples", opts->samples, "Monte Carlo weight sets to draw (0: none)")
      ->capture_default_str()
      ->check(CLI::Range(std::uint64_t{0}, std::uint64_t{1000000000000}));
  sub->add_option("--spread", opts->spread, "Vary each weight by up to PCT percent of itself (0 up to 100, not 100)")
      ->option_text("PCT")
      ->capture_default_str();
  sub->add_option("--seed", opts->seed, "Seed of the random weight sets")->capture_default_str();
  sub->add_option("--threads", opts->threads, "Threads for the Monte Carlo samples (default: one per core)")
      ->check(CLI::Range(1U, 1024U));
  add_format_flag(*sub, opts->format);
  sub->add_option("-o,--output", opts->output, "Write to FILE (atomically) instead of standard output");
  sub->add_option("--unit-scores", opts->unit_scores,
                  "Also write each bid's score per point of weight as CSV (the input of the numpy benchmark peer)")
      ->option_text("FILE");
  sub->callback([opts, &runner]() { runner = [opts]() { return run_sensitivity(*opts); }; });
}

}  // namespace tk::cmd
