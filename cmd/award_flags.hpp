#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "model/tender.hpp"

namespace tk::cmd {

// The award options shared by the commands that award: --mechanism and --max-lots-per-bidder
// (each overrides tender.toml [award]; empty: not given).
struct AwardFlags {
  std::string mechanism;
  std::string max_lots_per_bidder;
};

// Adds --mechanism optimal|lot-order and --max-lots-per-bidder N to `app`.
void add_award_flags(CLI::App& app, AwardFlags& flags);

// The mechanism asked for: --mechanism, else tender.toml's.
AwardMechanism award_mechanism(const Tender& tender, const AwardFlags& flags);
// The lot cap asked for (0: none): --max-lots-per-bidder, else tender.toml's.
int award_cap(const Tender& tender, const AwardFlags& flags);

}  // namespace tk::cmd
