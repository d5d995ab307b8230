#pragma once

#include <string>
#include <vector>

namespace tk {

// One RFC 4180 record: fields joined by commas, a field quoted (quotes doubled) when it holds
// a comma, quote, CR or LF; ends in "\n".
std::string csv_record(const std::vector<std::string>& fields);

}  // namespace tk
