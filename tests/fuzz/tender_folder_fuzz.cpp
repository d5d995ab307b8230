// libFuzzer harness: a whole tender folder. The input is tender.toml, bidders.csv, prices.csv
// and quality.csv joined by lines "%%"; they are written to a private folder and loaded. A
// folder that loads without problems is evaluated and ranked on every basis it can be; anything
// wrong must come out as problems or tk::Error, never a crash.
#include <stdlib.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "evaluate/bank_holiday_share.hpp"
#include "evaluate/evaluation.hpp"
#include "read/bank_holidays.hpp"
#include "read/tender_loader.hpp"

namespace {

const tk::BankHolidays& calendar() {
  static const tk::BankHolidays shipped = tk::load_bank_holidays();
  return shipped;
}

const std::string& folder() {
  static const std::string dir = [] {
    std::string d = "/tmp/tenderkit-fuzz-XXXXXX";
    if (::mkdtemp(d.data()) == nullptr) abort();
    return d;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static constexpr std::array<const char*, 4> kFiles = {"tender.toml", "bidders.csv", "prices.csv", "quality.csv"};
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (std::size_t i = 0; i < kFiles.size(); ++i) {
    std::size_t end = text.find("\n%%\n");
    std::ofstream(folder() + "/" + kFiles[i], std::ios::binary | std::ios::trunc)
        << text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 4);
  }
  try {
    tk::CheckedTender checked = tk::check_tender(folder());
    if (!checked.problems.empty()) return 0;
    tk::EvaluationOptions options;
    options.tender_share = tk::tender_bank_holiday_share(checked.tender, calendar());
    for (tk::Llw llw : {tk::Llw::inclusive, tk::Llw::exclusive}) {
      options.llw = llw;
      try {
        (void)tk::evaluate_tender(checked.tender, options);
      } catch (const tk::Error&) {
      }
    }
  } catch (const tk::Error&) {
  }
  return 0;
}
