#include "decide/award_pack.hpp"

#include <fmt/format.h>

#include <filesystem>

#include "core/data_dir.hpp"
#include "core/sha256.hpp"
#include "model/statutory_rates.hpp"
#include "read/bank_holidays.hpp"
#include "read/identifier.hpp"
#include "read/input_file.hpp"

namespace tk {

namespace {

std::optional<Date> date_option(std::string_view name, const std::string& text) {
  std::optional<Date> d = Date::parse(text);
  if (!d)
    throw Error(ExitCode::usage, Location{}, fmt::format("{}: expected a date YYYY-MM-DD, found '{}'", name, text));
  return d;
}

InputDigest digest(const std::string& path, std::string name) {
  std::string bytes = read_input_file(path);
  return InputDigest{std::move(name), sha256_hex(bytes), bytes.size()};
}

std::string join(const std::string& dir, const std::string& name) { return (std::filesystem::path(dir) / name).string(); }

// The digests of the input files read from disk: the tender's four files, its cost model and
// the statutory rate tables it was built from, and the bank-holiday calendar.
std::vector<InputDigest> file_digests(const Tender& tender) {
  std::vector<InputDigest> out;
  for (const char* name : {"tender.toml", "bidders.csv", "prices.csv", "quality.csv"})
    out.push_back(digest(join(tender.dir, name), name));
  if (tender.ceiling_model) {
    out.push_back(digest(join(tender.dir, *tender.ceiling_model), *tender.ceiling_model));
    for (const RateTableSpec& spec : statutory_table_specs())
      out.push_back(digest(data_path(spec.file), "data/" + std::string(spec.file)));
  }
  out.push_back(digest(data_path(kBankHolidaysFile), "data/" + std::string(kBankHolidaysFile)));
  return out;
}

// The award on LLW basis `llw` and what it costs. `evaluated` is the pack's own evaluation, of
// the whole tender with the same options but perhaps another LLW basis: when the basis is
// `llw`, it is the evaluation wanted, and is copied rather than made again.
BasisCosts costs_on(const Tender& tender, EvaluationOptions options, Llw llw, AwardMechanism mechanism,
                    const Evaluation& evaluated) {
  BasisCosts c;
  c.basis = Basis{llw, options.travel.value_or(tender.price.basis.travel)};
  if (!options.lot && evaluated.basis == c.basis) {
    c.evaluation = evaluated;
  } else {
    options.llw = llw;
    options.lot.reset();
    try {
      c.evaluation = evaluate_tender(tender, options);
    } catch (const Error& err) {
      c.unavailable = err.problems().empty() ? "cannot be evaluated" : err.problems().front().message;
      return c;
    }
  }
  c.award = award_decision(decide_award(c.evaluation, mechanism, tender.award.max_lots_per_bidder));
  for (const LotDecision& d : c.award.lots) {
    CostLine line{d.lot->lot, d.winner, Rational(0)};
    if (d.winner) line.annual_cost = d.lot->lot->hours_per_week * 52 * d.winner->price->value;
    c.total += line.annual_cost;
    c.lines.push_back(line);
  }
  return c;
}

}  // namespace

std::vector<const LotDecision*> AwardDecision::won_by(const Bidder* bidder) const {
  std::vector<const LotDecision*> out;
  for (const LotDecision& d : lots)
    if (d.winner && d.winner->bidder == bidder) out.push_back(&d);
  return out;
}

std::optional<NotAwardedReason> AwardDecision::why_not(const LotDecision& lot, const BidResult& bid) const {
  if (lot.winner == &bid) return std::nullopt;
  if (!bid.ranked()) return NotAwardedReason::excluded;
  if (!lot.winner) return NotAwardedReason::unawarded;
  return bid.rank < lot.winner->rank ? NotAwardedReason::cap : NotAwardedReason::lower_score;
}

AwardDecision award_decision(const Award& award) {
  AwardDecision out;
  out.mechanism = award.chosen.mechanism;
  out.max_lots_per_bidder = award.max_lots_per_bidder;
  out.other_mechanism = award.other.mechanism;
  for (const LotAward& a : award.chosen.lots) {
    LotDecision d{a.lot, a.winner, {}};
    for (const ReserveBid& r : a.reserve) d.reserve.push_back(r.bid);
    out.lots.push_back(std::move(d));
  }
  for (const LotAward& a : award.other.lots) out.other_winners.push_back(a.winner);
  out.differs_in = award.differences();
  return out;
}

DocumentOptions parse_document_options(const std::vector<GivenOption>& options) {
  DocumentOptions d;
  for (const GivenOption& o : options) {
    if (o.value.empty()) continue;
    if (o.name == "--report-date") {
      d.report_date = date_option(o.name, o.value);
    } else if (o.name == "--notice-date") {
      d.notice_date = date_option(o.name, o.value);
    } else if (o.name == "--ocid-prefix") {
      if (!is_identifier(o.value))
        throw Error(ExitCode::usage, Location{},
                    fmt::format("--ocid-prefix: expected {}, found '{}'", identifier_rule(), o.value));
      d.ocid_prefix = o.value;
    } else if (o.name == "--mechanism") {
      d.mechanism = parse_award_mechanism(o.value);
    }
    d.given.push_back(fmt::format("{} {}", o.name, o.value));
  }
  return d;
}

const Clarification* AwardPack::clarification(const BidResult& bid, const LotResult& lot) const {
  return clarifications.find(bid.bidder->id, lot.lot->id);
}

Date standstill_end(Date notice, const BankHolidays& calendar) {
  return calendar.add_working_days(notice, kStandstillWorkingDays);
}

AwardPack make_award_pack(const Tender& tender, const BankHolidays& calendar,
                          const EvaluationOptions& options, const DocumentOptions& documents) {
  AwardPack p;
  p.tender = &tender;
  p.bank_holidays = &calendar;
  AwardMechanism mechanism = documents.mechanism.value_or(tender.award.mechanism);
  p.clarifications = read_clarifications(tender.dir, tender);
  if (documents.parts.input_digests) {
    p.input_digests = file_digests(tender);
    if (!p.clarifications.file.empty()) {
      // After the four tender files, as in the order of reading.
      const std::string& text = p.clarifications.text;
      p.input_digests.insert(p.input_digests.begin() + 4,
                             InputDigest{"clarifications.csv", sha256_hex(text), text.size()});
    }
  }
  p.evaluation = evaluate_tender(tender, options);
  p.award = award_decision(decide_award(p.evaluation, mechanism, tender.award.max_lots_per_bidder));
  p.shortlist = make_shortlist(p.evaluation, tender.award.shortlist);
  if (documents.parts.costs)
    for (Llw llw : {Llw::inclusive, Llw::exclusive}) p.costs.push_back(costs_on(tender, options, llw, mechanism, p.evaluation));

  p.report_date = documents.report_date ? documents.report_date : tender.report.report_date;
  p.notice_date = documents.notice_date ? documents.notice_date : tender.report.award_notice_date;
  if (p.notice_date) {
    p.standstill_end = standstill_end(*p.notice_date, calendar);
    p.standstill_bank_holidays = calendar.between(p.notice_date->plus_days(1), *p.standstill_end);
  }
  std::optional<std::string> prefix = documents.ocid_prefix ? documents.ocid_prefix : tender.report.ocid_prefix;
  p.ocid = (prefix ? *prefix : std::string("tenderkit")) + "-" + tender.reference;

  p.options_given = documents.given;
  return p;
}

}  // namespace tk
