#pragma once

// Tenders built in code for the evaluation tests: the contract's worked example (the tiny
// tender of tests/data/spec-examples) and helpers to vary it.

#include <string>
#include <vector>

#include "model/tender.hpp"

namespace tk::test {

inline Money pounds(const char* text) { return *Money::parse(text).value; }

inline void add_rates(Tender& t, const std::string& bidder, const std::string& lot, Basis basis, const char* standard,
                      const char* bank_holiday, int line = 0) {
  t.prices.push_back({bidder, lot, basis, DayType::standard, pounds(standard), {"prices.csv", line, 0}});
  t.prices.push_back({bidder, lot, basis, DayType::bank_holiday, pounds(bank_holiday), {"prices.csv", line + 1, 0}});
}

// Consensus marks for A1, A2, Q1, P1 and three evaluators who all agree with them.
inline void add_marks(Tender& t, const std::string& bidder, std::vector<int> marks) {
  const char* questions[] = {"A1", "A2", "Q1", "P1"};
  for (std::size_t i = 0; i < 4; ++i) {
    for (const char* evaluator : {"E1", "E2", "E3", "consensus"}) {
      t.marks.push_back({bidder, questions[i], evaluator, marks[i], "", {"quality.csv", static_cast<int>(t.marks.size()) + 2, 0}});
    }
  }
}

inline Bidder bidder(const std::string& id, const std::string& name, std::vector<std::string> lots, bool sq = true,
                     bool signed_form = true) {
  Bidder b;
  b.id = id;
  b.name = name;
  b.all_lots = lots.empty();
  b.lots = std::move(lots);
  b.sq_pass = sq;
  b.form_signed = signed_form;
  return b;
}

// The settings of the tiny tender, with no bidders yet: price 40, ability 29 (A1 weight 2,
// A2 weight 1), quality 26 (Q1), partnership 5 (P1); scale 5; consensus; min mark 1; lots
// N1 and N2; ceiling 17.20 / 25.80 on llw inclusive, travel inclusive; share 3/146 given.
inline Tender tiny_settings() {
  Tender t;
  t.title = "Worked example: two neighbourhoods";
  t.reference = "EX-1";
  t.contract_start = Date(2016, 4, 1);
  t.contract_end = Date(2018, 3, 31);
  t.price.basis = {Llw::inclusive, Travel::inclusive};
  t.price.method = PriceMethod::relative_to_lowest;
  t.price.bank_holiday_share = Rational(3, 146);
  t.criteria = {{"price", "Financial detail including price", 40, CriterionKind::price, {}},
                {"ability", "Ability to Deliver the Service", 29, CriterionKind::quality, {}},
                {"quality", "Quality & Operational Competence", 26, CriterionKind::quality, {}},
                {"partnership", "Partnership Working", 5, CriterionKind::quality, {}}};
  t.questions = {{"A1", "ability", 2, "Mobilisation and capacity", {}},
                 {"A2", "ability", 1, "Continuity of care", {}},
                 {"Q1", "quality", 1, "Outcome-based support planning", {}},
                 {"P1", "partnership", 1, "Working with neighbourhood teams", {}}};
  t.quality.scale_max = 5;
  t.quality.aggregate = Aggregate::consensus;
  t.quality.min_mark = 1;
  t.quality.moderation_spread = 2;
  t.lots = {{"N1", "Neighbourhood 1", 5000, {}}, {"N2", "Neighbourhood 2", 4000, {}}};
  Ceiling c;
  c.basis = {Llw::inclusive, Travel::inclusive};
  c.standard = pounds("17.20");
  c.bank_holiday = pounds("25.80");
  t.ceilings.push_back(c);
  return t;
}

// The tiny tender of the contract's worked example, inclusive/inclusive rates only for
// brevity (the other bases are added where a test needs them).
inline Tender tiny_tender() {
  Tender t = tiny_settings();
  t.bidders = {bidder("ACE", "Ace Homecare Ltd", {}), bidder("BRT", "Bright Care, Lewisham", {"N1", "N2"}),
               bidder("CLR", "Clearwater Support", {}), bidder("DUN", "Dunmore Care", {"N2"}, true, false),
               bidder("ELM", "Elm Tree Domiciliary", {})};
  Basis inc{Llw::inclusive, Travel::inclusive};
  add_rates(t, "ACE", "*", inc, "16.80", "25.20", 2);
  add_rates(t, "BRT", "*", inc, "15.90", "23.85", 10);
  add_rates(t, "CLR", "*", inc, "17.20", "25.80", 18);
  add_rates(t, "DUN", "*", inc, "16.10", "24.15", 26);
  add_rates(t, "ELM", "*", inc, "12.90", "19.35", 34);
  add_marks(t, "ACE", {4, 4, 3, 4});
  add_marks(t, "BRT", {3, 4, 4, 3});
  add_marks(t, "CLR", {5, 4, 4, 5});
  add_marks(t, "DUN", {4, 4, 4, 4});
  add_marks(t, "ELM", {3, 3, 3, 2});
  return t;
}

}  // namespace tk::test
