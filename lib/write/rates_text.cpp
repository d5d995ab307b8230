#include "write/rates_text.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/money.hpp"
#include "evaluate/gates.hpp"
#include "write/score_text.hpp"

namespace tk {

std::string show_surplus(const Rational& surplus) {
  std::string s = format_money(surplus);
  return s[0] == '-' || s == "0.00" ? s : "+" + s;
}

std::string describe_rates_settings(const RateReport& report) {
  return fmt::format("llw {}, travel {}; bank-holiday share {}", to_string(report.evaluated_basis.llw),
                     to_string(report.evaluated_basis.travel), describe_share(report.share));
}

std::string ceilings_source(const Tender& tender) {
  if (tender.ceiling_model) return "the cost model " + *tender.ceiling_model;
  return "tender.toml [[ceiling]] tables";
}

std::string severity_legend() {
  return "An error excludes the bid on the evaluated basis as it stands (contract 4.1); a warning asks for a "
         "look or a question, and is never a reason to exclude on its own.";
}

std::vector<const Bidder*> bidders_with_findings(const RateReport& report) {
  std::vector<const Bidder*> out;
  for (const RateFinding& f : report.findings)
    if (out.empty() || out.back() != f.bidder) out.push_back(f.bidder);
  return out;
}

std::vector<const RateFinding*> findings_of(const RateReport& report, const Bidder* bidder) {
  std::vector<const RateFinding*> out;
  for (const RateFinding& f : report.findings)
    if (f.bidder == bidder) out.push_back(&f);
  return out;
}

std::vector<FindingAcrossLots> findings_across_lots(const RateReport& report, const Bidder* bidder) {
  std::vector<FindingAcrossLots> out;
  for (const RateFinding* f : findings_of(report, bidder)) {
    auto same = std::find_if(out.begin(), out.end(), [&](const FindingAcrossLots& g) {
      const RateFinding& o = *g.finding;
      return o.severity == f->severity && o.check == f->check && o.llw == f->llw && o.travel == f->travel &&
             o.day == f->day && o.message == f->message;
    });
    if (same == out.end()) {
      out.push_back({f, {f->lot->id}});
    } else {
      same->lots.push_back(f->lot->id);
    }
  }
  return out;
}

namespace {

std::vector<std::string> codes_once(const std::vector<Reason>& reasons, bool besides_rates) {
  std::vector<std::string> out;
  for (const Reason& r : reasons) {
    if (besides_rates && (r.code == ReasonCode::missing_rate || r.code == ReasonCode::above_ceiling))
      continue;
    std::string code(to_string(r.code));
    if (std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
  }
  return out;
}

std::string floor_or_dash(const std::optional<Money>& m) { return m ? m->str() : "-"; }

}  // namespace

std::vector<std::string> exclusions_besides_rates(const RateReport& report, const Bidder* bidder) {
  for (const BidRates& b : report.bids)
    if (b.bidder == bidder) return codes_once(b.excluded_by, true);
  return {};
}

std::string exclusion_codes(const BidRates& bid, const char* separator) {
  return fmt::format("{}", fmt::join(codes_once(bid.excluded_by, false), separator));
}

TextGrid ceilings_grid(const RateReport& report, const std::string& mark) {
  TextGrid grid;
  grid.header = {{"Basis", "Standard", "Bank holiday", "Cost floor", "Bank-holiday cost floor"}};
  grid.left_aligned = {true, false, false, false, false};
  for (Basis basis : all_bases()) {
    const Ceiling* c = report.tender->ceiling(basis);
    std::string name = describe(basis) + (basis == report.evaluated_basis ? mark : "");
    if (c == nullptr) {
      grid.rows.push_back({name, "none", "none", "-", "-"});
      continue;
    }
    grid.rows.push_back({name, c->standard.str(), c->bank_holiday.str(), floor_or_dash(c->cost_floor),
                         floor_or_dash(c->bank_holiday_cost_floor)});
  }
  return grid;
}

TextGrid summary_grid(const RateReport& report) {
  TextGrid grid;
  grid.header = {{"Check", "Errors", "Warnings"}};
  for (RateCheck check : kRateChecks) {
    grid.rows.push_back({std::string(to_string(check)), std::to_string(report.count(check, Severity::error)),
                         std::to_string(report.count(check, Severity::warning))});
  }
  grid.rows.push_back({"total", std::to_string(report.count(Severity::error)),
                       std::to_string(report.count(Severity::warning))});
  return grid;
}

TextGrid surplus_grid(const RateReport& report, const std::string& mark) {
  TextGrid grid;
  std::vector<std::size_t> shown;
  for (std::size_t i = 0; i < all_bases().size(); ++i) {
    const Ceiling* c = report.tender->ceiling(all_bases()[i]);
    if (c != nullptr && c->cost_floor) shown.push_back(i);
  }
  if (shown.empty()) return grid;
  grid.header = {{"", ""}, {"Bidder", "Lot"}};
  grid.left_aligned = {true, true};
  for (std::size_t i : shown) {
    Basis basis = all_bases()[i];
    grid.header[0].push_back(fmt::format("llw {}", to_string(basis.llw)));
    grid.header[1].push_back(
        fmt::format("travel {}{}", to_string(basis.travel), basis == report.evaluated_basis ? mark : ""));
    grid.left_aligned.push_back(false);
  }
  grid.header[0].push_back("");
  grid.header[1].push_back("Evaluated basis");
  grid.left_aligned.push_back(true);
  for (const BidRates& b : report.bids) {
    std::vector<std::string> row = {b.bidder->id, b.lot->id};
    for (std::size_t i : shown) {
      const BasisMargin& m = b.margins[i];
      row.push_back(m.surplus ? show_surplus(*m.surplus) : "no rate");
    }
    row.push_back(b.excluded_by.empty() ? "ranked" : "excluded: " + exclusion_codes(b, ", "));
    grid.rows.push_back(std::move(row));
  }
  return grid;
}

std::string summary_line(const RateReport& report) {
  std::size_t with = report.bids_with_findings();
  std::size_t errors = report.count(Severity::error);
  std::size_t warnings = report.count(Severity::warning);
  return fmt::format("{} bid{} checked, {} with findings; {} finding{}: {} error{}, {} warning{}",
                     report.bids.size(), report.bids.size() == 1 ? "" : "s", with, report.findings.size(),
                     report.findings.size() == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings,
                     warnings == 1 ? "" : "s");
}

}  // namespace tk
