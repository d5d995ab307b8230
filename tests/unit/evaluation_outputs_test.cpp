#include "write/evaluation_outputs.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "award_pack_fixture.hpp"
#include "core/error.hpp"
#include "core/sha256.hpp"

using tk::test::tiny_pack;

TEST_CASE("render_evaluation_outputs: every file evaluate writes, once, in a fixed order") {
  auto t = tiny_pack();
  std::vector<tk::OutputFile> files = tk::render_evaluation_outputs(t.pack);
  std::set<std::string> names;
  for (const tk::OutputFile& f : files) {
    CHECK_MESSAGE(names.insert(f.name).second, f.name);
    CHECK_MESSAGE(!f.text.empty(), f.name);
    CHECK_MESSAGE(f.name.find("..") == std::string::npos, f.name);  // never outside OUTDIR
  }
  CHECK(files.front().name == "score.json");
  CHECK(names.count("ocds.json") == 1);  // the fixture has a report date
  // 5 bidders bid for a lot in the tiny tender: a summary each, in Markdown and HTML.
  CHECK(names.count("summaries/ACE.md") == 1);
  CHECK(names.count("summaries/DUN.html") == 1);
  CHECK(files.size() == 10 + 2 * 5);
  SUBCASE("the same pack gives the same bytes") {
    std::vector<tk::OutputFile> again = tk::render_evaluation_outputs(t.pack);
    REQUIRE(again.size() == files.size());
    for (std::size_t i = 0; i < files.size(); ++i) CHECK(again[i].text == files[i].text);
  }
}

TEST_CASE("audit.json: what it records is read back as it was") {
  tk::DocumentOptions documents;
  documents.given = {"--notice-date 2016-03-01"};
  auto t = tiny_pack(documents);
  std::vector<tk::OutputFile> files = tk::render_evaluation_outputs(t.pack);
  std::string json = tk::render_audit_json("tenders/tiny", t.pack, files);
  tk::AuditRecord r = tk::parse_audit_json(json, "audit.json");
  CHECK(r.tender_dir == "tenders/tiny");
  CHECK(r.options == std::vector<std::string>{"--notice-date 2016-03-01"});
  REQUIRE(r.inputs.size() == t.pack.inputs().size());
  for (std::size_t i = 0; i < r.inputs.size(); ++i) {
    CHECK(r.inputs[i].name == t.pack.inputs()[i].name);
    CHECK(r.inputs[i].sha256 == t.pack.inputs()[i].sha256);
  }
  REQUIRE(r.outputs.size() == files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    CHECK(r.outputs[i].name == files[i].name);
    CHECK(r.outputs[i].sha256 == tk::sha256_hex(files[i].text));
    CHECK(r.outputs[i].bytes == files[i].text.size());
  }
}

TEST_CASE("parse_audit_json: anything else is an error located at the file") {
  for (const char* text : {"", "[]", "{\"audit\": \"other\"}", "{\"audit\": \"tenderkit evaluate\"}",
                           "{\"audit\": \"tenderkit evaluate\", \"version\": 1}"}) {
    CAPTURE(text);
    try {
      (void)tk::parse_audit_json(text, "out/audit.json");
      FAIL("accepted");
    } catch (const tk::Error& e) {
      CHECK(e.code() == tk::ExitCode::data_error);
      REQUIRE(!e.problems().empty());
      CHECK(e.problems().front().where.file == "out/audit.json");
    }
  }
}
