#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "evaluate/evaluation.hpp"
#include "model/calendar.hpp"
#include "model/tender.hpp"

namespace tk::cmd {

// The what-if options shared by the commands that score: --llw, --travel, --method,
// --bank-holiday-share (each overrides tender.toml [price]; empty: not given).
struct EvaluationFlags {
  std::string llw;
  std::string travel;
  std::string method;
  std::string bank_holiday_share;
  std::string lot;
};

// Adds --llw, --travel, --method and --bank-holiday-share to `app`; with_lot adds --lot too.
// Returns the --llw and --travel options so callers can exclude them.
std::pair<CLI::Option*, CLI::Option*> add_evaluation_flags(CLI::App& app, EvaluationFlags& flags, bool with_lot);

// The EvaluationOptions the flags ask for on `tender` (a "calendar" share, of tender.toml or
// --bank-holiday-share, counted on `calendar`). Throws Error(usage) for a share that is not
// "calendar" or a fraction from 0 to 1.
EvaluationOptions evaluation_options(const Tender& tender, const BankHolidays& calendar,
                                     const EvaluationFlags& flags);

// Adds --format table|csv|json|md.
void add_format_flag(CLI::App& app, std::string& format);

}  // namespace tk::cmd
