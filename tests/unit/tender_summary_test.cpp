#include "model/tender_summary.hpp"

#include <doctest/doctest.h>

#include "read/tender_loader.hpp"
#include "tender_fixture.hpp"

TEST_CASE("summarise the tiny tender") {
  tk::Tender t = tk::load_tender(tk::test::tiny_tender_dir());
  tk::TenderSummary s = tk::summarise(t);
  CHECK(s.bidders == 5);
  CHECK(s.sq_fail == 0);
  CHECK(s.form_unsigned == 1);  // DUN
  CHECK(s.price_rows == 40);
  CHECK(s.bids == 9);  // ACE, CLR, ELM: 2 lots each; BRT: N1 and N2; DUN: N2
  CHECK(s.complete_schedules == 9);
  CHECK(s.marks == 80);
  CHECK(s.consensus_marks == 20);
  CHECK(s.evaluators == std::vector<std::string>{"E1", "E2", "E3"});
  auto ability = tk::questions_of(t, "ability");
  REQUIRE(ability.size() == 2);
  CHECK(ability[0]->id == "A1");
  CHECK(ability[1]->id == "A2");
  CHECK(tk::questions_of(t, "price").empty());
}

TEST_CASE("summarise counts incomplete schedules and failed gates") {
  tk::Tender t = tk::load_tender(tk::test::tiny_tender_dir());
  t.bidders[0].sq_pass = false;
  t.bidders[4].form_signed = false;
  t.prices.erase(t.prices.begin());  // ACE's llw inclusive, travel inclusive standard rate: both its lots
  t.marks.push_back(tk::Mark{"ACE", "A1", "Zoe", 3, "", {}});
  tk::TenderSummary s = tk::summarise(t);
  CHECK(s.sq_fail == 1);
  CHECK(s.form_unsigned == 2);
  CHECK(s.price_rows == 39);
  CHECK(s.complete_schedules == 7);
  CHECK(s.evaluators == std::vector<std::string>{"E1", "E2", "E3", "Zoe"});
}
