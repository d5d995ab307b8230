#include "write/verification.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "cost/tender_ceilings.hpp"
#include "doc_text.hpp"
#include "evaluate/bank_holiday_share.hpp"
#include "read/bank_holidays.hpp"
#include "tender_fixture.hpp"
#include "write/atomic_file.hpp"
#include "write/evaluation_outputs.hpp"
#include "write/output_dir.hpp"

namespace fs = std::filesystem;
using tk::InputDifference;
using tk::OutputDifference;
using tk::Verification;

namespace {

// A copy of the tiny tender and, in its folder's results/, what `tenderkit evaluate` writes for
// it with the document options `given`; audit.json names the tender folder `recorded_dir`, or
// the copy's when empty.
struct Evaluated {
  explicit Evaluated(const std::vector<tk::GivenOption>& given = {}, const std::string& recorded_dir = "") {
    tk::Tender tender = tk::load_tender_with_ceilings(tender_dir());
    tk::BankHolidays calendar = tk::load_bank_holidays();
    tk::EvaluationOptions options;
    options.tender_share = tk::tender_bank_holiday_share(tender, calendar);
    tk::AwardPack pack = tk::make_award_pack(tender, calendar, options, tk::parse_document_options(given));
    std::vector<tk::OutputFile> files = tk::render_evaluation_outputs(pack);
    std::string audit = tk::render_audit_json(recorded_dir.empty() ? tender_dir() : recorded_dir, pack, files);
    tk::ensure_directory(outdir());
    tk::ensure_directory(tk::path_in(outdir(), "summaries"));
    std::vector<tk::FileToWrite> writes;
    for (const tk::OutputFile& f : files) writes.push_back({tk::path_in(outdir(), f.name), f.text});
    writes.push_back({tk::path_in(outdir(), "audit.json"), audit});
    tk::write_files_atomically(writes);
  }

  std::string tender_dir() const { return tender.dir(); }
  std::string outdir() const { return tender.dir() + "/results"; }
  // Replaces `from` by `to` in the results folder's file `name`.
  void edit_output(const std::string& name, const std::string& from, const std::string& to) const {
    std::string path = tk::path_in(outdir(), name);
    tk::write_file_atomically(path, tk::test::replaced(tk::test::read_text(path), from, to));
  }

  tk::test::TempTender tender;
};

std::vector<std::string> names(const std::vector<OutputDifference>& outputs, OutputDifference::Kind kind) {
  std::vector<std::string> out;
  for (const OutputDifference& d : outputs)
    if (d.kind == kind) out.push_back(d.name);
  return out;
}

// The problems verify_results(outdir) throws, formatted, once its exit code is checked.
std::vector<std::string> problems_verifying(const std::string& outdir, tk::ExitCode code) {
  try {
    tk::verify_results(outdir);
  } catch (const tk::Error& e) {
    CHECK(e.code() == code);
    std::vector<std::string> out;
    for (const tk::Problem& p : e.problems()) out.push_back(p.format());
    return out;
  }
  FAIL("verify_results found no error in " << outdir);
  return {};
}

}  // namespace

TEST_CASE("a results folder as evaluate wrote it verifies, with the options recorded") {
  const std::vector<tk::GivenOption> dates = {{"--report-date", "2016-02-16"}, {"--notice-date", "2016-03-01"}};
  Evaluated e(dates);
  Verification v = tk::verify_results(e.outdir());
  CHECK(v.differences() == 0);
  CHECK(v.tender_dir == e.tender_dir());
  CHECK(v.inputs_recorded == 5);
  CHECK(v.outputs_computed == 20);  // ocds.json too: there is a report date
  CHECK(v.outputs_identical == 20);
  CHECK(tk::render_verification(v) == "Verifying " + e.outdir() + " against the tender folder " + e.tender_dir() +
                                          "\n"
                                          "Inputs: 5 recorded, all unchanged\n"
                                          "Outputs: 20 of 20 identical to the evaluation run again\n"
                                          "Verified: every figure matches.\n");
}

TEST_CASE("a changed input is named, and the outputs it changes are told apart from edited ones") {
  Evaluated e;
  e.tender.edit("prices.csv", "ELM,*,inclusive,inclusive,standard,12.90", "ELM,*,inclusive,inclusive,standard,13.10");
  Verification v = tk::verify_results(e.outdir());
  REQUIRE(v.inputs.size() == 1);
  CHECK(v.inputs[0].kind == InputDifference::Kind::changed);
  CHECK(v.inputs[0].name == "prices.csv");
  CHECK(v.inputs[0].recorded_sha256.size() == 64);
  CHECK(v.inputs[0].current_sha256.size() == 64);
  CHECK(v.inputs[0].recorded_sha256 != v.inputs[0].current_sha256);
  CHECK(names(v.outputs, OutputDifference::Kind::as_written).size() == v.outputs.size());
  CHECK(names(v.outputs, OutputDifference::Kind::as_written).front() == "score.json");
  CHECK(v.outputs_identical + v.outputs.size() == v.outputs_computed);
  CHECK(v.differences() == 1 + v.outputs.size());
}

TEST_CASE("an output edited since it was written") {
  Evaluated e;
  std::ofstream(tk::path_in(e.outdir(), "summaries/ACE.md"), std::ios::app) << "A sentence added by hand.\n";
  Verification v = tk::verify_results(e.outdir());
  CHECK(v.inputs.empty());
  REQUIRE(v.outputs.size() == 1);
  CHECK(v.outputs[0].kind == OutputDifference::Kind::edited);
  CHECK(v.outputs[0].name == "summaries/ACE.md");
  CHECK(tk::render_verification(v).find("  summaries/ACE.md: differs from the evaluation run again (edited since it "
                                        "was written)\nNOT verified: 1 difference.\n") != std::string::npos);
}

TEST_CASE("a missing output") {
  Evaluated e;
  fs::remove(tk::path_in(e.outdir(), "cost.csv"));
  Verification v = tk::verify_results(e.outdir());
  REQUIRE(v.outputs.size() == 1);
  CHECK(v.outputs[0].kind == OutputDifference::Kind::missing);
  CHECK(v.outputs[0].name == "cost.csv");
  CHECK(v.outputs_identical == v.outputs_computed - 1);
}

TEST_CASE("files only one side has: recorded but not made now, made now but not recorded") {
  Evaluated e;
  e.edit_output("audit.json", "\"name\": \"quality.csv\"", "\"name\": \"marks.csv\"");
  e.edit_output("audit.json", "\"name\": \"score.csv\"", "\"name\": \"scores.csv\"");
  Verification v = tk::verify_results(e.outdir());
  REQUIRE(v.inputs.size() == 2);
  CHECK(v.inputs[0].kind == InputDifference::Kind::not_read_now);
  CHECK(v.inputs[0].name == "marks.csv");
  CHECK(v.inputs[1].kind == InputDifference::Kind::not_recorded);
  CHECK(v.inputs[1].name == "quality.csv");
  // score.csv itself is as the evaluation makes it again: only the recorded name is left over.
  CHECK(names(v.outputs, OutputDifference::Kind::not_written_now) == std::vector<std::string>{"scores.csv"});
  CHECK(v.outputs.size() == 1);
}

TEST_CASE("the tender folder given instead of the one audit.json names") {
  Evaluated e({}, "no-such-folder");
  CHECK(tk::verify_results(e.outdir(), e.tender_dir()).differences() == 0);
  CHECK(problems_verifying(e.outdir(), tk::ExitCode::no_input) ==
        std::vector<std::string>{"no-such-folder: error: no such folder; expected a tender folder holding "
                                 "tender.toml, bidders.csv, prices.csv and quality.csv"});
}

TEST_CASE("an option in audit.json that evaluate does not take") {
  const std::vector<tk::GivenOption> notice = {{"--notice-date", "2016-03-01"}};
  Evaluated e(notice);
  e.edit_output("audit.json", "\"--notice-date 2016-03-01\"", "\"--llw exclusive\"");
  CHECK(problems_verifying(e.outdir(), tk::ExitCode::data_error) ==
        std::vector<std::string>{e.outdir() +
                                 "/audit.json: error: option '--llw exclusive' is not one evaluate takes; "
                                 "expected --report-date, --notice-date or --ocid-prefix"});
}

TEST_CASE("a folder without audit.json is missing input") {
  tk::test::TempTender folder;
  CHECK(problems_verifying(folder.dir(), tk::ExitCode::no_input) ==
        std::vector<std::string>{folder.dir() + "/audit.json: error: cannot read file: no such file"});
}
