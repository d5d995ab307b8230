#pragma once

#include <functional>

#include <CLI/CLI.hpp>

namespace tk::cmd {

// The chosen subcommand's work; returns the process exit code. Errors are thrown as
// tk::Error and mapped to exit codes in main.
using Runner = std::function<int()>;

// Each subcommand lives in its own file: an options struct, setup_x and run_x.
// setup_x adds the subcommand to `app` and, when it is chosen, sets `runner`.
void setup_ceiling(CLI::App& app, Runner& runner);
void setup_validate(CLI::App& app, Runner& runner);
void setup_score(CLI::App& app, Runner& runner);
void setup_shortlist(CLI::App& app, Runner& runner);
void setup_evaluate(CLI::App& app, Runner& runner);
void setup_report(CLI::App& app, Runner& runner);
void setup_summaries(CLI::App& app, Runner& runner);
void setup_export(CLI::App& app, Runner& runner);
void setup_batch(CLI::App& app, Runner& runner);
void setup_rates(CLI::App& app, Runner& runner);
void setup_sensitivity(CLI::App& app, Runner& runner);
void setup_award(CLI::App& app, Runner& runner);
void setup_cost(CLI::App& app, Runner& runner);
void setup_verify(CLI::App& app, Runner& runner);

}  // namespace tk::cmd
