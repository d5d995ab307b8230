#include "read/tender_checks.hpp"

#include <fmt/format.h>

#include <set>
#include <utility>
#include <vector>

#include "model/schedule.hpp"

namespace tk {

namespace {

bool assessed(const Bidder& b) { return b.sq_pass && b.form_signed; }

void warn(Problems& warnings, const std::string& file, std::string message) {
  warnings.add(Problem{Location{file}, std::move(message), Severity::warning});
}

// "no rate for llw inclusive, travel inclusive, bank_holiday (1 of 8 missing)" and what follows.
std::string describe_gap(const std::vector<RateSlot>& missing, Basis evaluated) {
  std::string out;
  if (missing.size() == all_rate_slots().size()) {
    out = "no rates at all";
  } else {
    out = "no rate for ";
    for (std::size_t i = 0; i < missing.size(); ++i) out += (i ? "; " : "") + describe(missing[i]);
    out += fmt::format(" ({} of {} missing)", missing.size(), all_rate_slots().size());
  }
  for (const RateSlot& s : missing) {
    if (s.basis == evaluated) {
      return out + fmt::format(
                       "; the evaluated basis (llw {}, travel {}) is incomplete, so the bid will be "
                       "excluded (missing-rate)",
                       to_string(evaluated.llw), to_string(evaluated.travel));
    }
  }
  return out;
}

}  // namespace

void warn_missing_rates(const Tender& tender, const std::string& prices_file, Problems& warnings) {
  RateIndex rates(tender);
  for (const Bidder& b : tender.bidders) {
    if (!assessed(b)) continue;
    std::vector<std::pair<const Lot*, std::vector<RateSlot>>> gaps;
    std::size_t lots_bid = 0;
    for (const Lot& lot : tender.lots) {
      if (!b.bids_for(lot.id)) continue;
      ++lots_bid;
      std::vector<RateSlot> missing = rates.missing(b.id, lot.id);
      if (!missing.empty()) gaps.emplace_back(&lot, std::move(missing));
    }
    if (gaps.empty()) continue;
    bool same_everywhere = gaps.size() == lots_bid;
    for (const auto& g : gaps) same_everywhere = same_everywhere && g.second == gaps.front().second;
    if (same_everywhere) {
      warn(warnings, prices_file,
           fmt::format("bidder '{}' has {}", b.id, describe_gap(gaps.front().second, tender.price.basis)));
      continue;
    }
    for (const auto& [lot, missing] : gaps) {
      warn(warnings, prices_file,
           fmt::format("bidder '{}' has, for lot '{}', {}", b.id, lot->id,
                       describe_gap(missing, tender.price.basis)));
    }
  }
}

void warn_missing_marks(const Tender& tender, const std::string& quality_file, Problems& warnings) {
  std::set<std::pair<std::string, std::string>> marked;  // (bidder, question)
  for (const Mark& m : tender.marks) marked.emplace(m.bidder_id, m.question);
  for (const Bidder& b : tender.bidders) {
    if (!assessed(b) || tender.questions.empty()) continue;
    std::vector<std::string> missing;
    for (const Question& q : tender.questions)
      if (!marked.count({b.id, q.id})) missing.push_back(q.id);
    if (missing.empty()) continue;
    std::string which;
    if (missing.size() == tender.questions.size()) {
      which = "no marks at all";
    } else {
      which = missing.size() == 1 ? "no mark for question " : "no mark for questions ";
      for (std::size_t i = 0; i < missing.size(); ++i)
        which += (i == 0 ? "" : i + 1 == missing.size() ? " and " : ", ") + missing[i];
    }
    warn(warnings, quality_file,
         fmt::format("bidder '{}' has {}; its bids will be excluded (missing-mark)", b.id, which));
  }
}

void warn_no_ceiling(const Tender& tender, const std::string& settings_file, Problems& warnings) {
  if (tender.ceiling_model || tender.ceiling(tender.price.basis)) return;
  warn(warnings, settings_file,
       fmt::format("no [[ceiling]] for the evaluated basis (llw {}, travel {}) and no ceiling_model; bids on "
                   "it cannot be checked against a ceiling",
                   to_string(tender.price.basis.llw), to_string(tender.price.basis.travel)));
}

}  // namespace tk
