// libFuzzer harness: a cost model that parses must resolve against the statutory tables and
// compute without crashing (no division by zero, whatever the assumptions); anything else
// must be rejected with tk::Error.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "cost/ceiling_model.hpp"
#include "cost/cost_model.hpp"
#include "read/statutory_tables.hpp"

namespace {

const tk::StatutoryRates& rates() {
  static const tk::StatutoryRates r = tk::parse_statutory_tables(
      {"announced,llw,source,confirmed\n2024-10-23,13.85,a,yes\n",
       "from,nlw,source,confirmed\n2025-04-01,12.21,b,yes\n",
       "from,ni_rate,ni_secondary_threshold,source,confirmed\n2025-04-06,15,5000,c,yes\n",
       "from,pension_rate,pension_band_lower,pension_band_upper,pension_trigger,source,confirmed\n"
       "2025-04-06,3,6240,50270,10000,d,yes\n",
       "from,ssp_weekly,ssp_waiting_days,ssp_earnings_percent,source,confirmed\n"
       "2025-04-06,118.75,3,,e,yes\n2026-04-06,123.25,0,80,f,no\n",
       "from,pence_per_mile,source,confirmed\n2011-04-06,45,g,yes\n"},
      {"llw.csv", "nlw.csv", "employer-ni.csv", "pension.csv", "ssp.csv", "mileage.csv"});
  return r;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    tk::CostModel model = tk::parse_cost_model(text, "model.toml");
    tk::ResolvedModel resolved = tk::resolve_model(model, rates(), model.on);
    (void)tk::compute_ceilings(resolved.inputs);
  } catch (const tk::Error&) {
  }
  return 0;
}
