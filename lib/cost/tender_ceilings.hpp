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
void resolve_ceilings(Tender& tender);

// load_tender(dir), then resolve_ceilings: the tender as every command that checks rates
// against ceilings needs it. Throws Error as both do.
Tender load_tender_with_ceilings(const std::string& dir);

}  // namespace tk
