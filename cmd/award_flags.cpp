#include "award_flags.hpp"

namespace tk::cmd {

void add_award_flags(CLI::App& app, AwardFlags& flags) {
  app.add_option("--mechanism", flags.mechanism, "What-if: the award mechanism (default: tender.toml [award] mechanism)")
      ->check(CLI::IsMember({"optimal", "lot-order"}));
  app.add_option("--max-lots-per-bidder", flags.max_lots_per_bidder,
                 "What-if: the lot cap, 0 for none (default: tender.toml [award] max_lots_per_bidder)")
      ->option_text("N")
      ->check(CLI::Validator(
          [](std::string& value) {
            return parse_small_int(value) ? std::string()
                                          : "expected a whole number of lots, 0 for no cap, found '" + value + "'";
          },
          "N>=0"));
}

AwardMechanism award_mechanism(const Tender& tender, const AwardFlags& flags) {
  if (flags.mechanism.empty()) return tender.award.mechanism;
  return *parse_award_mechanism(flags.mechanism);
}

int award_cap(const Tender& tender, const AwardFlags& flags) {
  if (flags.max_lots_per_bidder.empty()) return tender.award.max_lots_per_bidder;
  return *parse_small_int(flags.max_lots_per_bidder).value;
}

}  // namespace tk::cmd
