#pragma once

#include <string_view>
#include <vector>

namespace tk {

// Every key tender.toml may hold, per table: the one place to add a setting. A key not listed
// here is reported as an unknown key, so that a typo in a setting is never silently ignored.
// docs/formats.md documents each of them (a unit test checks it).
struct TenderTableKeys {
  std::string_view table;  // as the user writes it: "tender.toml", "[price]", "[[criteria]]"
  std::vector<std::string_view> keys;
};

namespace tender_keys {

inline const TenderTableKeys top{
    "tender.toml",
    {"title", "authority", "reference", "contract_start", "contract_end", "decimal_places", "price",
     "criteria", "questions", "quality", "lots", "award", "ceiling", "ceiling_model", "abnormally_low", "report"}};
inline const TenderTableKeys price{"[price]", {"llw", "travel", "method", "bank_holiday_share"}};
inline const TenderTableKeys criterion{"[[criteria]]", {"id", "name", "weight", "kind"}};
inline const TenderTableKeys question{"[[questions]]", {"id", "criterion", "weight", "text"}};
inline const TenderTableKeys quality{"[quality]",
                                     {"scale_max", "aggregate", "min_mark", "moderation_spread"}};
inline const TenderTableKeys lot{"[[lots]]", {"id", "name", "hours_per_week"}};
inline const TenderTableKeys award{"[award]", {"max_lots_per_bidder", "mechanism", "shortlist"}};
inline const TenderTableKeys ceiling{
    "[[ceiling]]", {"llw", "travel", "standard", "bank_holiday", "cost_floor", "bank_holiday_cost_floor"}};
inline const TenderTableKeys abnormally_low{"[abnormally_low]",
                                            {"below_adjusted_mean_percent", "proximity_percent"}};
inline const TenderTableKeys report{"[report]", {"report_date", "award_notice_date", "ocid_prefix"}};

// All of the above, in the order the documentation lists them.
inline const std::vector<const TenderTableKeys*> all{&top, &price, &criterion, &question,      &quality,
                                                     &lot, &award, &ceiling,   &abnormally_low, &report};

}  // namespace tender_keys

}  // namespace tk
