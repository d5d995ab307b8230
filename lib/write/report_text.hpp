#pragma once

// The wording the award documents share (the Contract Award Report, the assessment summaries
// and the workbook's labels). Private to lib/write.

#include <string>

#include "core/date.hpp"
#include "core/exact.hpp"
#include "decide/award_pack.hpp"

namespace tk::report {

// "Thursday 10 March 2016".
std::string long_date(Date d);
// "£1,234,567.89": rounded to pence, half away from zero, with thousands commas.
std::string pounds(const Rational& value);
// "Clearwater Support (CLR)".
std::string bidder_label(const Bidder& b);
// "Lot N1 (Neighbourhood 1)".
std::string lot_label(const Lot& lot);
// "LLW inclusive, travel inclusive".
std::string basis_text(Basis basis);
// A percentage to two places: "2.05%".
std::string percent(const Rational& fraction);
// "price score = 40 × lowest evaluated price ÷ the bid's evaluated price".
std::string price_formula(const Evaluation& e);
// What a bid's not being awarded means, for tables: "Recommended", "Reserve 1", ...
std::string outcome_text(const AwardPack& p, const LotDecision& d, const BidResult& b);
// "cap: awarded Lot N1 instead", "lower score (rank 2; the winner is rank 1)", ...
std::string not_awarded_text(const AwardPack& p, const LotDecision& d, const BidResult& b);

}  // namespace tk::report
