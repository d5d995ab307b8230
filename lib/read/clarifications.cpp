#include "read/clarifications.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <set>
#include <utility>

#include "read/csv_reader.hpp"
#include "read/input_file.hpp"

namespace tk {

std::string_view to_string(ClarificationOutcome outcome) {
  switch (outcome) {
    case ClarificationOutcome::cleared:
      return "cleared";
    case ClarificationOutcome::rejected:
      return "rejected";
    case ClarificationOutcome::outstanding:
      return "outstanding";
  }
  return "outstanding";
}

std::optional<ClarificationOutcome> parse_clarification_outcome(std::string_view text) {
  for (ClarificationOutcome o :
       {ClarificationOutcome::cleared, ClarificationOutcome::rejected, ClarificationOutcome::outstanding})
    if (text == to_string(o)) return o;
  return std::nullopt;
}

const Clarification* Clarifications::find(std::string_view bidder_id, std::string_view lot) const {
  const Clarification* any = nullptr;
  for (const Clarification& c : rows) {
    if (c.bidder_id != bidder_id) continue;
    if (c.lot == lot) return &c;
    if (c.lot == "*") any = &c;
  }
  return any;
}

Clarifications parse_clarifications(std::string_view text, const std::string& file, const Tender& tender) {
  Clarifications out;
  out.file = file;
  out.text = std::string(text);
  Problems problems;
  CsvTable table = parse_csv(text, file, problems);
  const std::vector<std::string_view> columns = {"bidder_id", "lot", "outcome", "note"};
  if (require_columns(table, columns, problems)) {
    std::size_t kBidder = *table.column("bidder_id"), kLot = *table.column("lot");
    std::size_t kOutcome = *table.column("outcome"), kNote = *table.column("note");
    std::set<std::pair<std::string, std::string>> seen;
    for (const CsvRecord& r : table.records) {
      Clarification c;
      c.bidder_id = r.fields[kBidder].text;
      c.lot = r.fields[kLot].text;
      c.note = r.fields[kNote].text;
      c.where = Location{file, r.line, 0};
      bool ok = true;
      if (!tender.bidder(c.bidder_id)) {
        problems.add(table.location(r, kBidder),
                     fmt::format("unknown bidder_id '{}'; expected a bidder_id from bidders.csv", c.bidder_id));
        ok = false;
      }
      if (c.lot != "*" && !tender.lot(c.lot)) {
        problems.add(table.location(r, kLot),
                     fmt::format("unknown lot '{}'; expected a lot id from tender.toml or *", c.lot));
        ok = false;
      }
      std::optional<ClarificationOutcome> outcome = parse_clarification_outcome(r.fields[kOutcome].text);
      if (!outcome) {
        problems.add(table.location(r, kOutcome),
                     fmt::format("outcome is '{}'; expected cleared, rejected or outstanding", r.fields[kOutcome].text));
        ok = false;
      }
      if (!ok) continue;
      c.outcome = *outcome;
      if (!seen.emplace(c.bidder_id, c.lot).second) {
        problems.add(table.location(r, kBidder),
                     fmt::format("a second row for bidder '{}' and lot '{}'; expected one per bidder and lot",
                                 c.bidder_id, c.lot));
        continue;
      }
      out.rows.push_back(std::move(c));
    }
  }
  problems.throw_if_any();
  return out;
}

Clarifications read_clarifications(const std::string& dir, const Tender& tender) {
  std::string path = (std::filesystem::path(dir) / "clarifications.csv").string();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Clarifications{};
  return parse_clarifications(read_input_file(path), path, tender);
}

}  // namespace tk
