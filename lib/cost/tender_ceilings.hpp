#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"
#include "cost/ceiling_model.hpp"
#include "model/tender.hpp"

namespace tk {

// The ceiling of each basis as tender.toml's [[ceiling]] tables hold it: standard and
// bank-holiday ceilings and cost floors, each rounded to pence half away from zero, in
// all_bases() order. `where` is recorded on each (the cost model file).
std::vector<Ceiling> ceilings_from(const CeilingResult& result, const Location& where);

// For `ceiling_model = "FILE"` in tender.toml: reads the cost model at `path`, resolves it
// with the shipped statutory tables on the model's `on` date (or `on` when given) and returns
// its ceilings. Throws Error as read_cost_model, load_statutory_tables and resolve_model do.
std::vector<Ceiling> ceilings_from_model_file(const std::string& path, std::optional<Date> on = std::nullopt);

// When the tender names a cost model (`ceiling_model`, a path relative to tender.dir), fills
// tender.ceilings from it with ceilings_from_model_file; otherwise leaves the tender as it is.
// Every command that checks rates against ceilings loads the tender and then calls this.
void resolve_ceilings(Tender& tender);

}  // namespace tk
