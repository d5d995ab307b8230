// libFuzzer harness: any tender.toml text is read into a Tender or reported as problems; it
// never crashes, and the only exception is tk::Error.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/error.hpp"
#include "model/tender.hpp"
#include "read/tender_settings.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  tk::Tender tender;
  tk::Problems problems;
  try {
    (void)tk::read_tender_settings(text, "tender.toml", tender, problems);
  } catch (const tk::Error&) {
  }
  return 0;
}
