#include "write/batch_output.hpp"

#include <charconv>
#include <cstring>

namespace tk {

namespace {

// Writes `value` hundredths as "D.DD" at `out` (7080 -> "70.80", 5 -> "0.05"); returns the end.
char* put_hundredths(char* out, std::uint64_t value) {
  out = std::to_chars(out, out + 20, value / 100).ptr;  // 20 digits hold any 64-bit number
  std::uint64_t cents = value % 100;
  *out++ = '.';
  *out++ = static_cast<char>('0' + cents / 10);
  *out++ = static_cast<char>('0' + cents % 10);
  return out;
}
constexpr std::size_t kMaxHundredths = 24;

bool needs_quotes(std::string_view text) {
  for (char c : text)
    if (c == ',' || c == '"' || c == '\r' || c == '\n') return true;
  return false;
}

// Writes `text` as a CSV field at `out` (room for 2 × size + 2 bytes); returns the end.
char* put_csv_field(char* out, std::string_view text) {
  if (!needs_quotes(text)) {
    std::memcpy(out, text.data(), text.size());
    return out + text.size();
  }
  *out++ = '"';
  for (char c : text) {
    if (c == '"') *out++ = '"';
    *out++ = c;
  }
  *out++ = '"';
  return out;
}

void append_hundredths(HugeString& out, std::uint64_t value) {
  char digits[kMaxHundredths];
  out.append(digits, put_hundredths(digits, value));
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
  constexpr std::string_view kHeader = "competition_id,bidder_id,rate,score\n";
  std::size_t room = kHeader.size();
  for (const BatchWinner& w : result.winners) {
    room += 2 * (w.competition_id.size() + w.bidder_id.size()) + 4 + 2 * kMaxHundredths + 4;
  }
  HugeString out;
  out.resize(room);
  char* p = out.data();
  std::memcpy(p, kHeader.data(), kHeader.size());
  p += kHeader.size();
  for (const BatchWinner& w : result.winners) {
    p = put_csv_field(p, w.competition_id);
    *p++ = ',';
    p = put_csv_field(p, w.bidder_id);
    *p++ = ',';
    p = put_hundredths(p, w.rate_pence);
    *p++ = ',';
    p = put_hundredths(p, w.total_hundredths());
    *p++ = '\n';
  }
  out.resize(static_cast<std::size_t>(p - out.data()));
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
