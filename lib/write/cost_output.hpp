#pragma once

#include <string>
#include <vector>

#include "decide/contract_cost.hpp"

namespace tk {

// The projected contract cost in each output format, one ContractCost per pricing basis (the
// cost command passes LLW-inclusive and LLW-exclusive side by side, or the one basis asked for).
// All costs share the tender, the contract period and the options. Money to pence, half away
// from zero; hours to 2 places. With two bases, a comparison by financial year follows
// (first basis − second).
std::string render_cost_table(const std::vector<ContractCost>& costs);
std::string render_cost_markdown(const std::vector<ContractCost>& costs);
// One row per basis, lot (or "all") and financial year (or "total").
std::string render_cost_csv(const std::vector<ContractCost>& costs);
std::string render_cost_json(const std::vector<ContractCost>& costs);

}  // namespace tk
