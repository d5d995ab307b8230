#pragma once
// Test helpers: six small statutory tables, one per spec of statutory_table_specs(), that read
// without problems.

#include <string>
#include <vector>

#include "model/statutory_rates.hpp"
#include "read/statutory_tables.hpp"

namespace tk::test {

// The tables' texts, in statutory_table_specs() order: llw, nlw, employer-ni, pension (its
// upper band unconfirmed), ssp (an empty earnings percent, then an unconfirmed row), mileage.
inline std::vector<std::string> small_rate_texts() {
  return {
      "announced,llw,source,confirmed\n2024-10-23,13.85,a,yes\n2025-10-22,14.80,b,yes\n",
      "from,nlw,source,confirmed\n2025-04-01,12.21,c,yes\n",
      "from,ni_rate,ni_secondary_threshold,source,confirmed\n2025-04-06,15,5000,d,yes\n",
      "from,pension_rate,pension_band_lower,pension_band_upper,pension_trigger,source,confirmed,unconfirmed\n"
      "2025-04-06,3,6240,50270,10000,e,no,pension_band_upper\n",
      "from,ssp_weekly,ssp_waiting_days,ssp_earnings_percent,source,confirmed\n"
      "2025-04-06,118.75,3,,f,yes\n2026-04-06,123.25,0,80,g,no\n",
      "from,pence_per_mile,source,confirmed\n2011-04-06,45,h,yes\n",
  };
}

// `texts` read as if from the specs' files ("statutory/nlw.csv").
inline StatutoryRates small_rates(const std::vector<std::string>& texts) {
  std::vector<std::string> files;
  for (const RateTableSpec& spec : statutory_table_specs()) files.emplace_back(spec.file);
  return parse_statutory_tables(texts, files);
}

}  // namespace tk::test
