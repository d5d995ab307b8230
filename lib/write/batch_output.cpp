#include "write/batch_output.hpp"

#include <charconv>
#include <vector>

#include "write/csv.hpp"

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
  HugeString out(kHeader);
  // Reserving (not resizing) leaves the pages untouched until written.
  out.reserve(kHeader.size() + (result.competitions.size() - result.withheld) * 40);
  std::vector<char> line;
  for (const BatchOutcome& o : result.competitions) {
    if (o.withheld) continue;
    std::string_view id = o.competition_id(), bidder = o.bidder_id();
    line.resize(csv_field_room(id.size()) + csv_field_room(bidder.size()) + 4 + 2 * kMaxHundredths);  // 3 commas, \n
    char* p = put_csv_field(line.data(), id);
    *p++ = ',';
    p = put_csv_field(p, bidder);
    *p++ = ',';
    p = put_hundredths(p, o.rate_pence);
    *p++ = ',';
    p = put_hundredths(p, result.total_hundredths(o));
    *p++ = '\n';
    out.append(line.data(), p);
  }
  return out;
}

HugeString batch_json(const BatchResult& result) {
  HugeString out = "{\"competitions\": [";
  out.reserve(out.size() + (result.competitions.size() - result.withheld) * 140);
  bool first = true;
  for (const BatchOutcome& o : result.competitions) {
    if (o.withheld) continue;
    out += first ? "\n  " : ",\n  ";
    first = false;
    out += "{\"competition_id\": ";
    append_json_string(out, o.competition_id());
    out += ", \"bidder_id\": ";
    append_json_string(out, o.bidder_id());
    out += ", \"rate\": \"";
    append_hundredths(out, o.rate_pence);
    out += "\", \"score\": \"";
    append_hundredths(out, result.total_hundredths(o));
    out += "\", \"score_exact\": \"";
    out += to_exact_string(result.total(o));
    out += "\", \"bids\": ";
    out += std::to_string(o.bids);
    out += o.tie ? ", \"tie\": true}" : ", \"tie\": false}";
  }
  out += first ? "],\n \"withheld\": [" : "\n ],\n \"withheld\": [";
  first = true;
  for (const BatchOutcome& o : result.competitions) {
    if (!o.withheld) continue;
    out += first ? "" : ", ";
    first = false;
    append_json_string(out, o.competition_id());
  }
  out += "]}\n";
  return out;
}

}  // namespace tk
