#include "write/score_text.hpp"

#include <fmt/format.h>

#include "core/money.hpp"

namespace tk {

void add_column(TextGrid& grid, std::string header, bool left) {
  if (grid.header.empty()) grid.header.emplace_back();
  grid.header[0].push_back(std::move(header));
  grid.left_aligned.push_back(left);
}

std::string indented(const std::string& text, int spaces) {
  std::string margin(static_cast<std::size_t>(spaces), ' ');
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && c != '\n') out += margin;
    out += c;
    line_start = c == '\n';
  }
  return out;
}

std::string tender_title(const Tender& tender) {
  return tender.title + (tender.reference.empty() ? "" : " (" + tender.reference + ")");
}

std::string show_score(const Evaluation& e, const Rational& value) {
  return to_fixed(value, e.tender->decimal_places, Rounding::half_away_from_zero);
}

std::string show_money(const Rational& pounds) { return format_money(pounds); }

std::string show_exact(const Rational& value) {
  BigInt den = denominator(value);
  int places = 0;
  BigInt d = den;
  while (d % 2 == 0 || d % 5 == 0) {
    if (d % 2 == 0) d /= 2;
    if (d % 5 == 0) d /= 5;
  }
  if (d != 1) return to_exact_string(value);
  while (denominator(value * Rational(pow10(places))) != 1) ++places;
  return to_fixed(value, places, Rounding::half_away_from_zero);
}

std::string describe_share(const BankHolidayShare& share) {
  if (share.from_calendar) {
    return fmt::format("{} ({} bank holidays in {} days)", to_exact_string(share.value), share.bank_holidays, share.days);
  }
  return show_exact(share.value);
}

std::string describe_settings(const Evaluation& e) {
  return fmt::format("llw {}, travel {}; method {}; bank-holiday share {}", to_string(e.basis.llw),
                     to_string(e.basis.travel), to_string(e.method), describe_share(e.share));
}

std::string basis_key(Basis basis) {
  return fmt::format("llw-{}/travel-{}", to_string(basis.llw), to_string(basis.travel));
}

std::string flag_codes(const BidResult& bid, const char* separator) {
  std::string out;
  for (const FlagNote& f : bid.flags) {
    if (!out.empty()) out += separator;
    out += to_string(f.flag);
  }
  return out;
}

const BidResult* find_bid(const LotResult& lot, const Bidder* bidder) {
  for (const BidResult& b : lot.bids)
    if (b.bidder == bidder) return &b;
  return nullptr;
}

std::size_t tender_basis_index(const std::vector<Evaluation>& evaluations) {
  for (std::size_t i = 0; i < evaluations.size(); ++i)
    if (evaluations[i].basis == evaluations[i].tender->price.basis) return i;
  return 0;
}

std::vector<const Bidder*> bidders_in_order(const std::vector<Evaluation>& evaluations, std::size_t lot_index,
                                            std::size_t order_by) {
  std::vector<const Bidder*> out;
  auto add = [&](const Bidder* b) {
    for (const Bidder* x : out)
      if (x == b) return;
    out.push_back(b);
  };
  for (const BidResult& b : evaluations[order_by].lots[lot_index].bids) add(b.bidder);
  for (const Evaluation& e : evaluations)
    for (const BidResult& b : e.lots[lot_index].bids) add(b.bidder);
  return out;
}

}  // namespace tk
