#include <utility>

#include <fmt/format.h>

#include "core/version.hpp"
#include "write/report_sections.hpp"
#include "write/score_text.hpp"

namespace tk::report {

namespace {

std::string optional_date(const std::optional<Date>& d) { return d ? d->str() : "not given"; }

// Every setting of tender.toml as read (defaults included), as `key = value` rows.
DocTable settings_table(const AwardPack& p) {
  const Tender& t = *p.tender;
  DocTable s;
  s.header = {"Setting", "Value"};
  auto add = [&](std::string key, std::string value) { s.rows.push_back({std::move(key), std::move(value)}); };
  add("title", t.title);
  add("authority", t.authority);
  add("reference", t.reference);
  add("contract_start", t.contract_start.str());
  add("contract_end", t.contract_end.str());
  add("decimal_places", std::to_string(t.decimal_places));
  add("[price] llw", std::string(to_string(t.price.basis.llw)));
  add("[price] travel", std::string(to_string(t.price.basis.travel)));
  add("[price] method", std::string(to_string(t.price.method)));
  add("[price] bank_holiday_share",
      t.price.bank_holiday_share ? show_exact(*t.price.bank_holiday_share) : std::string("calendar"));
  for (const Criterion& c : t.criteria)
    add(fmt::format("[[criteria]] {}", c.id),
        fmt::format("weight {}, kind {}, name \"{}\"", show_exact(c.weight), to_string(c.kind), c.name));
  for (const Question& q : t.questions)
    add(fmt::format("[[questions]] {}", q.id),
        fmt::format("criterion {}, weight {}, text \"{}\"", q.criterion, show_exact(q.weight), q.text));
  add("[quality] scale_max", std::to_string(t.quality.scale_max));
  add("[quality] aggregate", std::string(to_string(t.quality.aggregate)));
  add("[quality] min_mark", std::to_string(t.quality.min_mark));
  add("[quality] moderation_spread", std::to_string(t.quality.moderation_spread));
  for (const Lot& l : t.lots)
    add(fmt::format("[[lots]] {}", l.id), fmt::format("hours_per_week {}, name \"{}\"", show_exact(l.hours_per_week), l.name));
  add("[award] max_lots_per_bidder", std::to_string(t.award.max_lots_per_bidder));
  add("[award] mechanism", std::string(to_string(t.award.mechanism)));
  add("[award] shortlist", std::to_string(t.award.shortlist));
  if (t.ceiling_model) add("ceiling_model", *t.ceiling_model);
  for (const Ceiling& c : t.ceilings)
    add(fmt::format("[[ceiling]] llw {}, travel {}", to_string(c.basis.llw), to_string(c.basis.travel)),
        fmt::format("standard {}, bank_holiday {}, cost_floor {}, bank_holiday_cost_floor {}", c.standard.str(),
                    c.bank_holiday.str(), c.cost_floor ? c.cost_floor->str() : "none",
                    c.bank_holiday_cost_floor ? c.bank_holiday_cost_floor->str() : "none"));
  add("[abnormally_low] below_adjusted_mean_percent", show_exact(t.abnormally_low.below_adjusted_mean_percent));
  add("[abnormally_low] proximity_percent", show_exact(t.abnormally_low.proximity_percent));
  add("[report] report_date", optional_date(t.report.report_date));
  add("[report] award_notice_date", optional_date(t.report.award_notice_date));
  add("[report] ocid_prefix", t.report.ocid_prefix ? *t.report.ocid_prefix : "not given");
  return s;
}

}  // namespace

void add_audit(Document& doc, const AwardPack& p) {
  const Evaluation& e = p.evaluation;
  doc.heading(2, "Appendix A. Audit: how to reproduce this report", "audit");
  doc.paragraph("Running the same version of tenderkit on files with these SHA-256 digests, with the same options, "
                "gives this report byte for byte: nothing in it comes from the clock, the machine or its locale.");
  DocTable files;
  files.header = {"File", "Bytes", "SHA-256"};
  files.numeric = {false, true, false};
  for (const InputDigest& d : p.inputs()) files.rows.push_back({d.name, std::to_string(d.bytes), d.sha256});
  doc.table(std::move(files));
  doc.paragraph("Files are named relative to the tender folder; data/ files are shipped with tenderkit.");
  doc.paragraph(Spans{{"Tool: ", true}, {fmt::format("tenderkit {} (commit {})", kVersion, kCommit)}});
  doc.paragraph(Spans{{"Evaluated: ", true}, {describe_settings(e)}});
  doc.paragraph(Spans{{"Award mechanism: ", true},
                      {fmt::format("{}, at most {} lot(s) per bidder (0: no cap)", to_string(p.award.mechanism),
                                   p.award.max_lots_per_bidder)}});
  doc.paragraph(Spans{{"Options given: ", true},
                      {p.options_given.empty() ? std::string("none") : fmt::format("{}", fmt::join(p.options_given, " "))}});
  doc.paragraph(Spans{{"Overrides of tender.toml: ", true},
                      {e.overrides.empty() ? std::string("none") : fmt::format("{}", fmt::join(e.overrides, "; "))}});
  doc.paragraph(Spans{{"OCDS ocid: ", true}, {p.ocid}});
  doc.heading(3, "Settings", "settings");
  doc.paragraph("Every setting of tender.toml as read, defaults included.");
  doc.table(settings_table(p));
}

}  // namespace tk::report
