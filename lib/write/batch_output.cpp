#include "write/batch_output.hpp"

#include <charconv>

namespace tk {

namespace {

// Appends `value` hundredths as "D.DD": 7080 -> "70.80", 5 -> "0.05".
void append_hundredths(HugeString& out, std::uint64_t value) {
  char digits[24];
  auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value / 100);
  (void)ec;  // 24 characters hold any 64-bit number
  out.append(digits, end);
  std::uint64_t cents = value % 100;
  out += '.';
  out += static_cast<char>('0' + cents / 10);
  out += static_cast<char>('0' + cents % 10);
}

void append_csv_field(HugeString& out, std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += text;
    return;
  }
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void append_json_string(HugeString& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (char c : text) {
    auto b = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (b < 0x20) {
      out += "\\u00";
      out += kHex[b >> 4];
      out += kHex[b & 0xF];
    } else {
      out += c;
    }
  }
  out += '"';
}

}  // namespace

HugeString batch_csv(const BatchResult& result) {
  HugeString out = "competition_id,bidder_id,rate,score\n";
  out.reserve(out.size() + result.winners.size() * 40);
  for (const BatchWinner& w : result.winners) {
    append_csv_field(out, w.competition_id);
    out += ',';
    append_csv_field(out, w.bidder_id);
    out += ',';
    append_hundredths(out, w.rate_pence);
    out += ',';
    append_hundredths(out, w.total_hundredths());
    out += '\n';
  }
  return out;
}

HugeString batch_json(const BatchResult& result) {
  HugeString out = "{\"competitions\": [";
  out.reserve(out.size() + result.winners.size() * 140);
  bool first = true;
  for (const BatchWinner& w : result.winners) {
    out += first ? "\n  " : ",\n  ";
    first = false;
    out += "{\"competition_id\": ";
    append_json_string(out, w.competition_id);
    out += ", \"bidder_id\": ";
    append_json_string(out, w.bidder_id);
    out += ", \"rate\": \"";
    append_hundredths(out, w.rate_pence);
    out += "\", \"score\": \"";
    append_hundredths(out, w.total_hundredths());
    out += "\", \"score_exact\": \"";
    out += to_exact_string(w.total());
    out += "\", \"bids\": ";
    out += std::to_string(w.bids);
    out += w.tie ? ", \"tie\": true}" : ", \"tie\": false}";
  }
  out += first ? "],\n \"withheld\": [" : "\n ],\n \"withheld\": [";
  first = true;
  for (std::string_view id : result.withheld) {
    out += first ? "" : ", ";
    first = false;
    append_json_string(out, id);
  }
  out += "]}\n";
  return out;
}

}  // namespace tk
