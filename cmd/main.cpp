#include <algorithm>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "command.hpp"
#include "console.hpp"
#include "core/closest_name.hpp"
#include "core/error.hpp"
#include "core/version.hpp"
#include "write/terminal.hpp"

namespace {

int report(const tk::Error& e) {
  for (const tk::Problem& p : e.problems()) tk::cmd::print_problem(p);
  return static_cast<int>(e.code());
}

// True, after saying so with the nearest name, when the first word on the command line that is
// not an option is no subcommand's name (tenderkit's own options are all flags).
bool unknown_command(const CLI::App& app, int argc, char** argv) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    names.push_back(sub->get_name());
  }
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word.starts_with("-")) continue;
    if (std::find(names.begin(), names.end(), word) != names.end()) return false;
    if (auto meant = tk::closest_name(word, names)) {
      std::cerr << fmt::format("tenderkit: unknown command '{}'; did you mean '{}'?\n", word, *meant);
    } else {
      std::cerr << fmt::format("tenderkit: unknown command '{}'; 'tenderkit --help' lists them\n", word);
    }
    return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"tenderkit: evaluate homecare tenders exactly and explain every number.\n"
               "Example: tenderkit validate data/sample-tender",
               "tenderkit"};
  app.set_version_flag("--version", fmt::format("tenderkit {} (commit {})", tk::kVersion, tk::kCommit));
  bool quiet = false;
  app.add_flag("-q,--quiet", quiet,
               "Errors only: no warnings or notes, and no summary from validate or evaluate");
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
  tk::cmd::setup_verify(app, runner);

  try {
    if (unknown_command(app, argc, argv)) return static_cast<int>(tk::ExitCode::usage);
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : static_cast<int>(tk::ExitCode::usage);
  }

  tk::cmd::set_console({quiet, tk::stderr_wants_colour()});
  try {
    return runner ? runner() : static_cast<int>(tk::ExitCode::usage);
  } catch (const tk::Error& e) {
    return report(e);
  } catch (const std::exception& e) {
    std::cerr << "tenderkit: internal error: " << e.what() << '\n';
    return static_cast<int>(tk::ExitCode::internal);
  }
}
