#pragma once

#include <string>

#include "decide/shortlist.hpp"
#include "evaluate/evaluation.hpp"

namespace tk {

// The shortlist in each output format. The table and Markdown list the shortlisted bidders
// (position, bidder, name, and their best bid's rank, lot and total), state the rule and warn
// when bidder_id decided the cut; CSV lists every ranked bidder with a `shortlisted` column,
// JSON the shortlisted under "shortlist" and the rest under "not_shortlisted".
std::string render_shortlist_table(const Evaluation& e, const Shortlist& s);
std::string render_shortlist_markdown(const Evaluation& e, const Shortlist& s);
std::string render_shortlist_csv(const Evaluation& e, const Shortlist& s);
std::string render_shortlist_json(const Evaluation& e, const Shortlist& s);

}  // namespace tk
