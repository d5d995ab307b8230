#include <filesystem>
#include <string>

#include "command.hpp"
#include "core/error.hpp"
#include "document_flags.hpp"
#include "write/atomic_file.hpp"
#include "write/award_report.hpp"

namespace tk::cmd {

namespace {

struct ReportOptions {
  std::string dir;
  std::string output;
  std::string format;  // html | md; empty: from the output's extension
  DocumentFlags documents;
};

std::string format_of(const ReportOptions& opts) {
  if (!opts.format.empty()) return opts.format;
  std::string ext = std::filesystem::path(opts.output).extension().string();
  if (ext == ".html" || ext == ".htm") return "html";
  if (ext == ".md") return "md";
  throw Error(ExitCode::usage, Location{},
              "cannot tell the format from '" + opts.output + "'; expected FILE.html or FILE.md, or --format html|md");
}

int run_report(const ReportOptions& opts) {
  std::string format = format_of(opts);
  LoadedPack loaded = load_award_pack(opts.dir, opts.documents);
  std::string text = format == "html" ? render_report_html(loaded.pack) : render_report_markdown(loaded.pack);
  write_output(opts.output, text);
  return 0;
}

}  // namespace

void setup_report(CLI::App& app, Runner& runner) {
  auto opts = std::make_shared<ReportOptions>();
  CLI::App* sub = app.add_subcommand("report", "The Contract Award Report for Mayor and Cabinet, as HTML or Markdown");
  sub->footer(
      "The format follows the output's extension (.html or .md) unless --format says. Dates come from tender.toml\n"
      "[report] (report_date, award_notice_date) or the options, never the clock. docs/report.md describes it.\n"
      "Example:\n"
      "  tenderkit report data/sample-tender -o report.html --notice-date 2016-03-01");
  sub->add_option("DIR", opts->dir, "The tender folder")->required()->type_name("");
  sub->add_option("-o,--output", opts->output, "The report file (- or none: standard output, with --format)")
      ->type_name("FILE");
  sub->add_option("--format", opts->format, "html or md (default: from the output's extension)")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"html", "md"}));
  add_document_flags(*sub, opts->documents);
  sub->callback([opts, &runner]() { runner = [opts]() { return run_report(*opts); }; });
}

}  // namespace tk::cmd
