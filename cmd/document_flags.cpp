#include "document_flags.hpp"

#include <optional>

#include "core/error.hpp"
#include "cost/tender_ceilings.hpp"
#include "read/bank_holidays.hpp"

namespace tk::cmd {

void add_document_flags(CLI::App& app, DocumentFlags& flags, bool what_if) {
  app.add_option("--report-date", flags.report_date, "The date of the report, YYYY-MM-DD (tender.toml [report] report_date)")
      ->type_name("DATE");
  app.add_option("--notice-date", flags.notice_date,
                 "The contract award notice date, YYYY-MM-DD: standstill counts from it ([report] award_notice_date)")
      ->type_name("DATE");
  app.add_option("--ocid-prefix", flags.ocid_prefix, "The publisher's registered OCDS prefix ([report] ocid_prefix)")
      ->type_name("PREFIX");
  if (!what_if) return;
  app.add_option("--mechanism", flags.mechanism, "What-if: the award mechanism ([award] mechanism)")
      ->type_name("MECHANISM")
      ->check(CLI::IsMember({"optimal", "lot-order"}));
  add_evaluation_flags(app, flags.evaluation, false);
}

DocumentOptions document_options(const DocumentFlags& flags) {
  const EvaluationFlags& e = flags.evaluation;
  return parse_document_options({{"--llw", e.llw},
                                 {"--travel", e.travel},
                                 {"--method", e.method},
                                 {"--bank-holiday-share", e.bank_holiday_share},
                                 {"--mechanism", flags.mechanism},
                                 {"--report-date", flags.report_date},
                                 {"--notice-date", flags.notice_date},
                                 {"--ocid-prefix", flags.ocid_prefix}});
}

LoadedPack load_award_pack(const std::string& dir, const DocumentFlags& flags, PackParts parts) {
  DocumentOptions d = document_options(flags);
  d.parts = parts;
  const EvaluationFlags& e = flags.evaluation;
  LoadedPack out;
  out.tender = std::make_unique<Tender>(load_tender_with_ceilings(dir));
  out.bank_holidays = std::make_unique<BankHolidays>(load_bank_holidays());
  const BankHolidays& calendar = *out.bank_holidays;
  out.pack = make_award_pack(*out.tender, calendar, evaluation_options(*out.tender, calendar, e), d);
  return out;
}

}  // namespace tk::cmd
