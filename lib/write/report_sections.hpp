#pragma once

// The sections of the Contract Award Report (write/award_report.hpp), in the report's order,
// each adding its blocks to the document. Private to lib/write.

#include "decide/award_pack.hpp"
#include "write/document.hpp"

namespace tk::report {

void add_front(Document& doc, const AwardPack& p);
void add_summary(Document& doc, const AwardPack& p);
void add_process(Document& doc, const AwardPack& p);
void add_method(Document& doc, const AwardPack& p);
void add_results(Document& doc, const AwardPack& p);
void add_abnormally_low(Document& doc, const AwardPack& p);
void add_finance(Document& doc, const AwardPack& p);
void add_standstill(Document& doc, const AwardPack& p);
void add_audit(Document& doc, const AwardPack& p);

}  // namespace tk::report
