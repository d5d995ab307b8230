#include "read/tender_checks.hpp"

#include <doctest/doctest.h>

#include "model/schedule.hpp"
#include "tender_fixture.hpp"

using tk::test::formatted;
using Lines = std::vector<std::string>;

namespace {

const tk::Basis kIncInc{tk::Llw::inclusive, tk::Travel::inclusive};

// Two lots; bidder ACE bids for both, BRT for N1 only; no rates or marks yet.
tk::Tender tender() {
  tk::Tender t;
  t.lots = {tk::Lot{"N1", "North", 5000, {}}, tk::Lot{"N2", "South", 4000, {}}};
  t.questions = {tk::Question{"A1", "ability", 1, "q", {}}, tk::Question{"A2", "ability", 1, "q", {}},
                 tk::Question{"A3", "ability", 1, "q", {}}};
  tk::Bidder ace;
  ace.id = "ACE";
  ace.all_lots = true;
  ace.sq_pass = ace.form_signed = true;
  tk::Bidder brt = ace;
  brt.id = "BRT";
  brt.all_lots = false;
  brt.lots = {"N1"};
  t.bidders = {ace, brt};
  return t;
}

// Adds all 8 rates for `bidder` and `lot`, except the slots in `leave_out`.
void price(tk::Tender& t, const std::string& bidder, const std::string& lot,
           const std::vector<tk::RateSlot>& leave_out = {}) {
  for (const tk::Basis& b : tk::all_bases()) {
    for (tk::DayType d : {tk::DayType::standard, tk::DayType::bank_holiday}) {
      bool skip = false;
      for (const tk::RateSlot& s : leave_out) skip = skip || (s.basis == b && s.day == d);
      if (!skip) t.prices.push_back(tk::PriceRow{bidder, lot, b, d, tk::Money::from_pence(1500), {}});
    }
  }
}

void mark(tk::Tender& t, const std::string& bidder, const std::string& question) {
  t.marks.push_back(tk::Mark{bidder, question, "E1", 3, "", {}});
}

}  // namespace

TEST_CASE("warn_missing_rates") {
  tk::Tender t = tender();
  tk::Problems w;
  SUBCASE("complete schedules: no warning") {
    price(t, "ACE", "*");
    price(t, "BRT", "N1");
    tk::warn_missing_rates(t, "p.csv", w);
    CHECK(w.empty());
  }
  SUBCASE("no rates at all, said once for every lot") {
    price(t, "BRT", "N1");
    tk::warn_missing_rates(t, "p.csv", w);
    CHECK(formatted(w) == Lines{"p.csv: warning: bidder 'ACE' has no rates at all; the evaluated basis (llw "
                                "inclusive, travel inclusive) is incomplete, so the bid will be excluded "
                                "(missing-rate)"});
    CHECK(w.list()[0].severity == tk::Severity::warning);
  }
  SUBCASE("a gap in one lot only is said for that lot") {
    price(t, "ACE", "N1");
    price(t, "ACE", "N2",
          {{{tk::Llw::exclusive, tk::Travel::exclusive}, tk::DayType::standard},
           {{tk::Llw::exclusive, tk::Travel::inclusive}, tk::DayType::bank_holiday}});
    price(t, "BRT", "N1");
    tk::warn_missing_rates(t, "p.csv", w);
    CHECK(formatted(w) ==
          Lines{"p.csv: warning: bidder 'ACE' has, for lot 'N2', no rate for llw exclusive, travel "
                "inclusive, bank_holiday; llw exclusive, travel exclusive, standard (2 of 8 missing)"});
  }
  SUBCASE("a lot-specific row fills the gap of a '*' schedule") {
    price(t, "ACE", "*", {{kIncInc, tk::DayType::bank_holiday}});
    t.prices.push_back(
        tk::PriceRow{"ACE", "N1", kIncInc, tk::DayType::bank_holiday, tk::Money::from_pence(2200), {}});
    price(t, "BRT", "N1");
    tk::warn_missing_rates(t, "p.csv", w);
    CHECK(formatted(w) ==
          Lines{"p.csv: warning: bidder 'ACE' has, for lot 'N2', no rate for llw inclusive, travel "
                "inclusive, bank_holiday (1 of 8 missing); the evaluated basis (llw inclusive, "
                "travel inclusive) is incomplete, so the bid will be excluded (missing-rate)"});
  }
  SUBCASE("bidders that failed the SQ or did not sign are excluded anyway: no warning") {
    t.bidders[0].sq_pass = false;
    t.bidders[1].form_signed = false;
    tk::warn_missing_rates(t, "p.csv", w);
    CHECK(w.empty());
  }
}

TEST_CASE("warn_missing_marks") {
  tk::Tender t = tender();
  tk::Problems w;
  SUBCASE("one, several, all questions unmarked") {
    mark(t, "ACE", "A1");
    mark(t, "ACE", "A3");
    tk::warn_missing_marks(t, "q.csv", w);
    CHECK(
        formatted(w) ==
        Lines{"q.csv: warning: bidder 'ACE' has no mark for question A2; its bids will be excluded "
              "(missing-mark)",
              "q.csv: warning: bidder 'BRT' has no marks at all; its bids will be excluded (missing-mark)"});
    mark(t, "BRT", "A2");
    tk::Problems w2;
    tk::warn_missing_marks(t, "q.csv", w2);
    CHECK(formatted(w2)[1] ==
          "q.csv: warning: bidder 'BRT' has no mark for questions A1 and A3; its bids will be excluded "
          "(missing-mark)");
  }
  SUBCASE("a consensus mark alone is a mark") {
    for (const char* q : {"A1", "A2", "A3"}) {
      t.marks.push_back(tk::Mark{"ACE", q, "consensus", 3, "", {}});
      mark(t, "BRT", q);
    }
    tk::warn_missing_marks(t, "q.csv", w);
    CHECK(w.empty());
  }
  SUBCASE("three or more missing are listed with commas") {
    t.questions.push_back(tk::Question{"A4", "ability", 1, "q", {}});
    mark(t, "ACE", "A4");
    for (const char* q : {"A1", "A2", "A3", "A4"}) mark(t, "BRT", q);
    tk::warn_missing_marks(t, "q.csv", w);
    CHECK(formatted(w) ==
          Lines{"q.csv: warning: bidder 'ACE' has no mark for questions A1, A2 and A3; its bids "
                "will be excluded (missing-mark)"});
  }
}

TEST_CASE("warn_no_ceiling") {
  tk::Tender t = tender();
  tk::Problems w;
  SUBCASE("no ceiling for the evaluated basis") {
    t.ceilings.push_back(tk::Ceiling{{tk::Llw::exclusive, tk::Travel::inclusive},
                                     tk::Money::from_pence(1700),
                                     tk::Money::from_pence(2500),
                                     std::nullopt,
                                     std::nullopt,
                                     {}});
    tk::warn_no_ceiling(t, "t.toml", w);
    CHECK(formatted(w) ==
          Lines{"t.toml: warning: no [[ceiling]] for the evaluated basis (llw inclusive, travel "
                "inclusive) and no ceiling_model; bids on it cannot be checked against a ceiling"});
  }
  SUBCASE("a ceiling for the basis, or a ceiling model") {
    t.ceilings.push_back(tk::Ceiling{
        kIncInc, tk::Money::from_pence(1700), tk::Money::from_pence(2500), std::nullopt, std::nullopt, {}});
    tk::warn_no_ceiling(t, "t.toml", w);
    t.ceilings.clear();
    t.ceiling_model = "m.toml";
    tk::warn_no_ceiling(t, "t.toml", w);
    CHECK(w.empty());
  }
}
