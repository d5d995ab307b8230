#include "write/evaluation_outputs.hpp"

#include <deque>

#include "core/error.hpp"
#include "core/sha256.hpp"
#include "core/version.hpp"
#include "decide/award.hpp"
#include "decide/contract_cost.hpp"
#include "write/assessment_summary.hpp"
#include "write/award_output.hpp"
#include "write/award_report.hpp"
#include "write/cost_output.hpp"
#include "write/document.hpp"
#include "write/json.hpp"
#include "write/ocds_release.hpp"
#include "write/score_output.hpp"
#include "write/score_workbook.hpp"

namespace tk {

namespace {

Json digests(const std::vector<InputDigest>& list) {
  Json out = Json::array();
  for (const InputDigest& d : list) out.push_back({{"name", d.name}, {"sha256", d.sha256}, {"bytes", d.bytes}});
  return out;
}

}  // namespace

std::vector<OutputFile> render_evaluation_outputs(const AwardPack& pack) {
  const Evaluation& e = pack.evaluation;
  // The award and its contract cost, as `tenderkit award` and `tenderkit cost` give them: the
  // same decision as the pack's (decide_award), the cost on each LLW basis that could be evaluated.
  Award award = decide_award(e, pack.award.mechanism, pack.award.max_lots_per_bidder);
  std::deque<Award> basis_awards;  // ContractCost points into its Award: keep their addresses
  std::vector<ContractCost> costs;
  for (const BasisCosts& c : pack.costs) {
    if (!c.unavailable.empty()) continue;
    basis_awards.push_back(decide_award(c.evaluation, pack.award.mechanism, pack.award.max_lots_per_bidder));
    costs.push_back(contract_cost(basis_awards.back(), *pack.bank_holidays, CostOptions{}));
  }

  const Document report = award_report(pack);  // one document, written as Markdown and as HTML
  std::vector<OutputFile> files = {
      {"score.json", render_score_json(e)},
      {"score.csv", render_score_csv(e)},
      {"award.json", render_award_json(award)},
      {"award.md", render_award_markdown(award)},
      {"cost.json", render_cost_json(costs)},
      {"cost.csv", render_cost_csv(costs)},
      {"report.md", render_markdown(report)},
      {"report.html", render_html(report)},
      {"evaluation.xlsx", render_score_workbook(pack)},
  };
  if (pack.report_date) files.push_back({"ocds.json", render_ocds(pack)});
  for (const Bidder* b : assessed_bidders(pack)) {
    Document doc = assessment_summary(pack, *b);
    files.push_back({"summaries/" + b->id + ".md", render_markdown(doc)});
    files.push_back({"summaries/" + b->id + ".html", render_html(doc)});
  }
  return files;
}

std::string render_audit_json(const std::string& tender_dir, const AwardPack& pack,
                              const std::vector<OutputFile>& files) {
  std::vector<InputDigest> outputs;
  for (const OutputFile& f : files) {
    outputs.push_back(InputDigest{f.name, sha256_hex(f.text), f.text.size()});
  }
  Json j;
  j["audit"] = "tenderkit evaluate";
  j["version"] = kVersion;
  j["commit"] = kCommit;
  j["tender"] = tender_dir;
  j["options"] = pack.options_given;
  j["inputs"] = digests(pack.inputs());
  j["outputs"] = digests(outputs);
  return j.dump(2) + "\n";
}

AuditRecord parse_audit_json(std::string_view text, const std::string& file) {
  auto bad = [&](const std::string& what) {
    return Error(ExitCode::data_error, Location{file}, "not an audit record written by tenderkit evaluate: " + what);
  };
  Json j = Json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw bad("not a JSON object");
  if (j.value("audit", "") != "tenderkit evaluate") throw bad("no \"audit\": \"tenderkit evaluate\"");
  AuditRecord r;
  try {
    r.version = j.at("version").get<std::string>();
    r.commit = j.at("commit").get<std::string>();
    r.tender_dir = j.at("tender").get<std::string>();
    r.options = j.at("options").get<std::vector<std::string>>();
    for (const char* key : {"inputs", "outputs"}) {
      std::vector<InputDigest>& list = std::string_view(key) == "inputs" ? r.inputs : r.outputs;
      for (const Json& d : j.at(key)) {
        list.push_back(InputDigest{d.at("name").get<std::string>(), d.at("sha256").get<std::string>(),
                                   d.at("bytes").get<std::size_t>()});
      }
    }
  } catch (const Json::exception& e) {
    throw bad(e.what());
  }
  return r;
}

}  // namespace tk
