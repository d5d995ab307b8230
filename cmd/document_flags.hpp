#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "decide/award_pack.hpp"
#include "evaluation_flags.hpp"

namespace tk::cmd {

// The options of the commands that write award documents (report, summaries, export):
// --report-date, --notice-date, --ocid-prefix and --mechanism (each overrides tender.toml),
// plus the what-if evaluation options.
struct DocumentFlags {
  EvaluationFlags evaluation;
  std::string report_date;
  std::string notice_date;
  std::string ocid_prefix;
  std::string mechanism;
};

// Adds the date and prefix options; `what_if` adds --mechanism and the evaluation options too.
void add_document_flags(CLI::App& app, DocumentFlags& flags, bool what_if = true);

// Loads the tender folder and the shipped calendar and makes the award pack the flags ask for,
// with the `parts` the command's documents show. Throws Error(usage) for a malformed date or
// prefix, and Error as load_tender, load_bank_holidays and make_award_pack do.
struct LoadedPack {
  std::unique_ptr<Tender> tender;  // the pack points into it
  std::unique_ptr<BankHolidays> bank_holidays;  // and into this
  AwardPack pack;
};
LoadedPack load_award_pack(const std::string& dir, const DocumentFlags& flags, PackParts parts = {});

// The DocumentOptions the flags ask for. Throws Error(usage) for a malformed date or prefix.
DocumentOptions document_options(const DocumentFlags& flags);

}  // namespace tk::cmd
