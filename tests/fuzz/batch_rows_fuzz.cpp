// libFuzzer harness: any batch CSV text is decided or rejected with located problems, both
// stopping at the first bad row and with keep_going; never a crash, only tk::Error thrown.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/error.hpp"
#include "decide/batch.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (bool keep_going : {false, true}) {
    tk::BatchSettings settings;
    settings.keep_going = keep_going;
    try {
      tk::BatchResult result = tk::decide_batch(text, "batch.csv", settings);
      for (const tk::BatchOutcome& o : result.competitions)
        if (!o.withheld) (void)result.total_hundredths(o);
    } catch (const tk::Error&) {
    }
  }
  return 0;
}
