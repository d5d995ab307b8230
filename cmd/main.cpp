#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "command.hpp"
#include "core/error.hpp"
#include "core/version.hpp"

namespace {

int report(const tk::Error& e) {
  for (const tk::Problem& p : e.problems()) std::cerr << p.format() << '\n';
  return static_cast<int>(e.code());
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"tenderkit: evaluate homecare tenders exactly and explain every number.\n"
               "Example: tenderkit validate data/sample-tender",
               "tenderkit"};
  app.set_version_flag("--version", fmt::format("tenderkit {} (commit {})", tk::kVersion, tk::kCommit));
  app.require_subcommand(1);
  app.fallthrough();

  tk::cmd::Runner runner;
  tk::cmd::setup_ceiling(app, runner);
  tk::cmd::setup_validate(app, runner);
  tk::cmd::setup_score(app, runner);
  tk::cmd::setup_shortlist(app, runner);
  tk::cmd::setup_evaluate(app, runner);
  tk::cmd::setup_report(app, runner);
  tk::cmd::setup_summaries(app, runner);
  tk::cmd::setup_export(app, runner);
  tk::cmd::setup_batch(app, runner);
  tk::cmd::setup_rates(app, runner);
  tk::cmd::setup_sensitivity(app, runner);
  tk::cmd::setup_award(app, runner);
  tk::cmd::setup_cost(app, runner);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : static_cast<int>(tk::ExitCode::usage);
  }

  try {
    return runner ? runner() : static_cast<int>(tk::ExitCode::usage);
  } catch (const tk::Error& e) {
    return report(e);
  } catch (const std::exception& e) {
    std::cerr << "tenderkit: internal error: " << e.what() << '\n';
    return static_cast<int>(tk::ExitCode::internal);
  }
}
