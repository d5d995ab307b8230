#include "write/rates_csv.hpp"

#include "core/money.hpp"
#include "write/rates_text.hpp"

namespace tk {

namespace {

template <typename T>
std::string name_or_blank(const std::optional<T>& v) {
  return v ? std::string(to_string(*v)) : "";
}

std::string money_or_blank(const std::optional<Rational>& v) { return v ? format_money(*v) : ""; }

}  // namespace

std::string render_rates_csv(const RateReport& report) {
  std::string out =
      csv_record({"bidder_id", "name", "lot", "severity", "code", "llw", "travel", "day", "message"});
  for (const RateFinding& f : report.findings) {
    out += csv_record({f.bidder->id, f.bidder->name, f.lot->id, std::string(to_string(f.severity)),
                       std::string(to_string(f.check)), name_or_blank(f.llw), name_or_blank(f.travel),
                       name_or_blank(f.day), f.message});
  }
  return out;
}

std::string render_surplus_csv(const RateReport& report) {
  std::string out = csv_record({"bidder_id", "name", "lot", "llw", "travel", "evaluated_basis",
                                "evaluated_price", "cost_floor", "surplus", "excluded_by"});
  for (const BidRates& b : report.bids) {
    for (const BasisMargin& m : b.margins) {
      out += csv_record({b.bidder->id, b.bidder->name, b.lot->id, std::string(to_string(m.basis.llw)),
                         std::string(to_string(m.basis.travel)), m.evaluated ? "yes" : "no",
                         money_or_blank(m.evaluated_price), money_or_blank(m.cost_floor),
                         money_or_blank(m.surplus), exclusion_codes(b, ";")});
    }
  }
  return out;
}

}  // namespace tk
