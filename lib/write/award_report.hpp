#pragma once

#include <string>

#include "decide/award_pack.hpp"
#include "write/document.hpp"

namespace tk {

// The Contract Award Report for Mayor and Cabinet (docs/report.md says what each section
// shows and where each number comes from): summary and recommendations, the procurement
// process, the evaluation method, results per lot, abnormally low prices, financial
// implications, standstill and an audit appendix.
Document award_report(const AwardPack& pack);

// The report as GitHub-flavoured Markdown, or as one self-contained HTML page.
std::string render_report_markdown(const AwardPack& pack);
std::string render_report_html(const AwardPack& pack);

}  // namespace tk
