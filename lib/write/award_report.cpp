#include "write/award_report.hpp"

#include "write/report_sections.hpp"

namespace tk {

Document award_report(const AwardPack& pack) {
  Document doc;
  report::add_front(doc, pack);
  report::add_summary(doc, pack);
  report::add_process(doc, pack);
  report::add_method(doc, pack);
  report::add_results(doc, pack);
  report::add_abnormally_low(doc, pack);
  report::add_finance(doc, pack);
  report::add_standstill(doc, pack);
  report::add_audit(doc, pack);
  return doc;
}

std::string render_report_markdown(const AwardPack& pack) { return render_markdown(award_report(pack)); }

std::string render_report_html(const AwardPack& pack) { return render_html(award_report(pack)); }

}  // namespace tk
