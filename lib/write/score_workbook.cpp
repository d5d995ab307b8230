#include "write/score_workbook.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "write/excel_number.hpp"
#include "write/report_text.hpp"
#include "write/score_text.hpp"
#include "write/spreadsheet_safety.hpp"

namespace tk {

namespace {

constexpr int kCachedPlaces = 10;

// "A", "B", ... "Z", "AA", ...: the name of a 0-based column.
std::string column_name(int col) {
  std::string out;
  for (int c = col + 1; c > 0; c = (c - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (c - 1) % 26));
  return out;
}

// "H8": a 0-based cell as Excel names it; `fixed_row`/`fixed_col` add the $.
std::string cell(int row, int col, bool fixed_row = false, bool fixed_col = false) {
  return fmt::format("{}{}{}{}", fixed_col ? "$" : "", column_name(col), fixed_row ? "$" : "", row + 1);
}

// A workbook being written, with its formats.
class Book {
 public:
  // `scratch` is the folder for libxlsxwriter's temporary files.
  Book(const std::string& path, std::string scratch) : scratch_(std::move(scratch)), wb_(open(path, scratch_)) {
    if (!wb_) throw Error(ExitCode::cant_create, Location{path}, "cannot create the workbook");
    bold_ = workbook_add_format(wb_);
    format_set_bold(bold_);
    header_ = workbook_add_format(wb_);
    format_set_bold(header_);
    format_set_bottom(header_, LXW_BORDER_THIN);
    format_set_text_wrap(header_);
    money_ = workbook_add_format(wb_);
    format_set_num_format(money_, "0.00");
    exact_ = workbook_add_format(wb_);
    format_set_num_format(exact_, "0.000000");
    wrap_ = workbook_add_format(wb_);
    format_set_text_wrap(wrap_);
  }
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;
  ~Book() {
    if (wb_) workbook_close(wb_);
  }

  lxw_workbook* get() { return wb_; }
  static lxw_workbook* open(const std::string& path, std::string& scratch) {
    lxw_workbook_options options{};
    options.tmpdir = scratch.data();
    return workbook_new_opt(path.c_str(), &options);
  }
  // Closes the workbook, writing the file; false when that failed.
  bool close() {
    lxw_error e = workbook_close(wb_);
    wb_ = nullptr;
    return e == LXW_NO_ERROR;
  }
  lxw_format* score_format(int places) {
    if (!score_) {
      score_ = workbook_add_format(wb_);
      format_set_num_format(score_, places == 0 ? "0" : ("0." + std::string(static_cast<std::size_t>(places), '0')).c_str());
    }
    return score_;
  }

  lxw_format* bold_ = nullptr;
  lxw_format* header_ = nullptr;
  lxw_format* money_ = nullptr;
  lxw_format* exact_ = nullptr;
  lxw_format* wrap_ = nullptr;  // for a column of text with line breaks

 private:
  std::string scratch_;  // before wb_, which keeps a pointer to it
  lxw_workbook* wb_;
  lxw_format* score_ = nullptr;
};

void text(lxw_worksheet* ws, int row, int col, std::string_view value, lxw_format* format = nullptr) {
  worksheet_write_string(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                         spreadsheet_safe(value).c_str(), format);
}

void number(lxw_worksheet* ws, int row, int col, const Rational& value, lxw_format* format) {
  worksheet_write_number(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                         external_number(value, kCachedPlaces), format);
}

void formula(lxw_worksheet* ws, int row, int col, const std::string& f, const Rational& cached, lxw_format* format) {
  worksheet_write_formula_num(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), f.c_str(), format,
                              external_number(cached, kCachedPlaces));
}

void headers(lxw_worksheet* ws, int row, const std::vector<std::string>& names, lxw_format* format) {
  for (std::size_t i = 0; i < names.size(); ++i) text(ws, row, static_cast<int>(i), names[i], format);
}

std::string sheet_name(const Lot& lot, std::size_t index) {
  std::string name = "Lot " + lot.id;
  return name.size() <= 31 ? name : fmt::format("Lot {}", index + 1);
}

void method_sheet(Book& book, const AwardPack& p) {
  const Tender& t = *p.tender;
  const Evaluation& e = p.evaluation;
  lxw_worksheet* ws = workbook_add_worksheet(book.get(), "Method");
  worksheet_set_column(ws, 0, 0, 28, nullptr);
  worksheet_set_column(ws, 1, 1, 60, nullptr);
  int r = 0;
  auto row = [&](std::string_view key, std::string_view value) {
    text(ws, r, 0, key, book.bold_);
    text(ws, r, 1, value);
    ++r;
  };
  row("Title", t.title);
  row("Authority", t.authority);
  row("Reference", t.reference);
  row("Contract period", fmt::format("{} to {}", t.contract_start.str(), t.contract_end.str()));
  row("Evaluated", describe_settings(e));
  row("Price", report::price_formula(e));
  if (e.what_if) row("What-if overrides", fmt::format("{}", fmt::join(e.overrides, "; ")));
  row("Award", fmt::format("mechanism {}, at most {} lot(s) per bidder (0: no cap)", to_string(p.award.mechanism),
                           p.award.max_lots_per_bidder));
  row("Cells", "Evaluated price, price score, quality total and total are formulas; values are exact, rounded to 10 "
               "places, and shown to the tender's decimal places.");
  ++r;
  headers(ws, r++, {"Criterion", "Name", "Kind", "Weight"}, book.header_);
  for (std::size_t i = 0; i < t.criteria.size(); ++i, ++r) {
    text(ws, r, 0, t.criteria[i].id);
    text(ws, r, 1, t.criteria[i].name);
    text(ws, r, 2, to_string(t.criteria[i].kind));
    number(ws, r, 3, e.weights[i], nullptr);
  }
  ++r;
  headers(ws, r++, {"Lot", "Awarded to", "Total", "Evaluated price"}, book.header_);
  for (const LotDecision& d : p.award.lots) {
    text(ws, r, 0, d.lot->lot->id);
    if (d.winner) {
      text(ws, r, 1, report::bidder_label(*d.winner->bidder));
      number(ws, r, 2, d.winner->total, book.score_format(t.decimal_places));
      number(ws, r, 3, d.winner->price->value, book.money_);
    } else {
      text(ws, r, 1, "not awarded");
    }
    ++r;
  }
}

std::string price_score_formula(const Evaluation& e, int row, int price_col, int weight_row, int criterion_col,
                                const std::string& lowest, const std::string& ceiling) {
  std::string w = cell(weight_row, criterion_col, true, false);
  std::string p = cell(row, price_col);
  switch (e.method) {
    case PriceMethod::relative_to_lowest:
      return fmt::format("={}*{}/{}", w, lowest, p);
    case PriceMethod::linear_from_lowest:
      return fmt::format("={0}*MAX(0,1-({1}-{2})/{2})", w, p, lowest);
    case PriceMethod::ceiling_linear:
      return fmt::format("=IF({0}={1},{2},{2}*({0}-{3})/({0}-{1}))", ceiling, lowest, w, p);
  }
  return "";
}

void lot_sheet(Book& book, const AwardPack& p, const LotDecision& d, std::size_t index) {
  const Tender& t = *p.tender;
  const Evaluation& e = p.evaluation;
  const LotResult& lot = *d.lot;
  lxw_worksheet* ws = workbook_add_worksheet(book.get(), sheet_name(*lot.lot, index).c_str());
  lxw_format* score = book.score_format(t.decimal_places);
  const int n = static_cast<int>(t.criteria.size());
  const int kRank = 0, kId = 1, kName = 2, kStatus = 3, kStandard = 4, kBank = 5, kPrice = 6, kFirst = 7;
  const int kQuality = kFirst + n, kTotal = kQuality + 1, kFlags = kTotal + 1, kReasons = kFlags + 1,
            kOutcome = kReasons + 1;
  worksheet_set_column(ws, kName, kName, 28, nullptr);
  worksheet_set_column(ws, kFlags, kOutcome, 36, nullptr);

  text(ws, 0, 0, fmt::format("Lot {}: {}", lot.lot->id, lot.lot->name), book.bold_);
  text(ws, 1, 0, "Basis");
  text(ws, 1, 1, report::basis_text(e.basis));
  text(ws, 2, 0, "Bank-holiday share");
  number(ws, 2, 1, e.share.value, book.exact_);
  text(ws, 3, 0, "Evaluated ceiling");
  if (lot.ceiling) number(ws, 3, 1, *lot.ceiling, book.money_);
  else text(ws, 3, 1, "none");
  const std::string share = cell(2, 1, true, true), ceiling = cell(3, 1, true, true);
  const int weight_row = 5, header_row = 6, first_row = 7;
  text(ws, weight_row, kPrice, "Weight", book.bold_);
  for (int i = 0; i < n; ++i) number(ws, weight_row, kFirst + i, e.weights[static_cast<std::size_t>(i)], nullptr);

  std::vector<std::string> names = {"Rank", "Bidder ID", "Name", "Status", "Standard rate", "Bank holiday rate",
                                    "Evaluated price"};
  for (const Criterion& c : t.criteria) names.push_back(c.name);
  for (const char* h : {"Quality total", "Total", "Flags", "Reasons", "Outcome"}) names.push_back(h);
  headers(ws, header_row, names, book.header_);
  worksheet_freeze_panes(ws, static_cast<lxw_row_t>(first_row), static_cast<lxw_col_t>(kStatus));

  const std::size_t price_index = lot.facts.price_criterion;
  const int ranked = static_cast<int>(lot.ranked_count);
  std::string lowest = ranked > 0 ? fmt::format("MIN({}:{})", cell(first_row, kPrice, true, true),
                                                cell(first_row + ranked - 1, kPrice, true, true))
                                  : std::string();
  int r = first_row;
  for (const BidResult& b : lot.bids) {
    if (b.ranked()) worksheet_write_number(ws, static_cast<lxw_row_t>(r), kRank, b.rank, nullptr);
    text(ws, r, kId, b.bidder->id);
    text(ws, r, kName, b.bidder->name);
    text(ws, r, kStatus, to_string(b.status));
    if (b.price) {
      number(ws, r, kStandard, b.price->standard->rate.pounds(), book.money_);
      number(ws, r, kBank, b.price->bank_holiday->rate.pounds(), book.money_);
      formula(ws, r, kPrice, fmt::format("={}*(1-{})+{}*{}", cell(r, kStandard), share, cell(r, kBank), share),
              b.price->value, book.money_);
    }
    if (b.ranked()) {
      std::string quality;
      for (int i = 0; i < n; ++i) {
        std::size_t ci = static_cast<std::size_t>(i);
        if (ci == price_index) {
          formula(ws, r, kFirst + i,
                  price_score_formula(e, r, kPrice, weight_row, kFirst + i, lowest, ceiling), b.scores[ci], score);
        } else {
          number(ws, r, kFirst + i, b.scores[ci], score);
          quality += fmt::format("{}{}", quality.empty() ? "=" : "+", cell(r, kFirst + i));
        }
      }
      formula(ws, r, kQuality, quality.empty() ? "=0" : quality, b.quality_total, score);
      formula(ws, r, kTotal, fmt::format("=SUM({}:{})", cell(r, kFirst), cell(r, kFirst + n - 1)), b.total, score);
    }
    text(ws, r, kFlags, flag_codes(b, ", "));
    std::string reasons;
    for (const Reason& reason : b.reasons) reasons += (reasons.empty() ? "" : "; ") + reason.text();
    text(ws, r, kReasons, reasons);
    text(ws, r, kOutcome, report::outcome_text(p, d, b));
    ++r;
  }
}

// The folder libxlsxwriter assembles the workbook in: the system's temporary folder ($TMPDIR
// when set).
// Throws Error(cant_create) when that folder is missing.
std::string scratch_directory() {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
  if (ec) {
    const char* given = std::getenv("TMPDIR");
    throw Error(ExitCode::cant_create, Location{given != nullptr ? given : ""},
                "no temporary folder to assemble the workbook in: " + ec.message());
  }
  return dir.string();
}

// The moderation view: one row per bidder and question, each evaluator's mark in a column of
// its own beside the consensus and the mark used, and every comment, named by its evaluator.
void marks_sheet(Book& book, const AwardPack& p) {
  const Tender& t = *p.tender;
  const Evaluation& e = p.evaluation;
  std::vector<std::string_view> evaluators;  // in order of first appearance in quality.csv
  for (const Mark& m : t.marks) {
    if (!m.is_consensus() && std::find(evaluators.begin(), evaluators.end(), m.evaluator) == evaluators.end())
      evaluators.push_back(m.evaluator);
  }
  const int kEvaluator = 4;
  const int kConsensus = kEvaluator + static_cast<int>(evaluators.size());
  const int kUsed = kConsensus + 1, kComments = kUsed + 1;
  lxw_worksheet* ws = workbook_add_worksheet(book.get(), "Marks");
  std::vector<std::string> names = {"Bidder ID", "Bidder", "Question", "Criterion"};
  names.insert(names.end(), evaluators.begin(), evaluators.end());
  for (const char* h : {"Consensus", "Mark used", "Comments"}) names.push_back(h);
  headers(ws, 0, names, book.header_);
  worksheet_set_column(ws, 1, 1, 28, nullptr);
  worksheet_set_column(ws, static_cast<lxw_col_t>(kComments), static_cast<lxw_col_t>(kComments), 80, book.wrap_);
  worksheet_freeze_panes(ws, 1, 0);
  auto mark = [&](int row, int col, const Mark& m) {
    worksheet_write_number(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), m.mark, nullptr);
  };
  int r = 1;
  std::string comments;
  for (const QualityAssessment& a : e.quality) {
    for (const QuestionMark& q : a.questions) {
      if (!q.consensus && q.evaluator_marks.empty()) continue;  // no row of quality.csv
      text(ws, r, 0, a.bidder->id);
      text(ws, r, 1, a.bidder->name);
      text(ws, r, 2, q.question->id);
      text(ws, r, 3, q.question->criterion);
      comments.clear();
      auto comment = [&](const Mark& m) {
        if (m.comment.empty()) return;
        comments += fmt::format("{}{}: {}", comments.empty() ? "" : "\n", m.evaluator, m.comment);
      };
      for (const Mark* m : q.evaluator_marks) {
        auto at = std::find(evaluators.begin(), evaluators.end(), m->evaluator) - evaluators.begin();
        mark(r, kEvaluator + static_cast<int>(at), *m);
        comment(*m);
      }
      if (q.consensus) {
        mark(r, kConsensus, *q.consensus);
        comment(*q.consensus);
      }
      if (q.mark) number(ws, r, kUsed, *q.mark, nullptr);
      else text(ws, r, kUsed, "missing");
      text(ws, r, kComments, comments);
      ++r;
    }
  }
}

}  // namespace

std::string render_score_workbook(const AwardPack& p) {
  // libxlsxwriter writes only to a named file: a private temporary file, read back and removed.
  const std::string scratch = scratch_directory();
  std::string temp = (std::filesystem::path(scratch) / "tenderkit-workbook-XXXXXX").string();
  int fd = ::mkstemp(temp.data());
  if (fd < 0) throw Error(ExitCode::cant_create, Location{temp}, "cannot create a temporary file for the workbook");
  ::close(fd);
  bool ok = false;
  {
    Book book(temp, scratch);
    Date created = p.report_date.value_or(p.tender->contract_start);
    lxw_doc_properties properties{};
    std::string title = "Evaluation matrix: " + p.tender->title;
    properties.title = title.data();
    std::string company = p.tender->authority;
    properties.company = company.data();
    properties.created = static_cast<time_t>(created.days()) * 86400;
    workbook_set_properties(book.get(), &properties);
    method_sheet(book, p);
    for (std::size_t i = 0; i < p.award.lots.size(); ++i) lot_sheet(book, p, p.award.lots[i], i);
    marks_sheet(book, p);
    ok = book.close();
  }
  std::string bytes;
  if (ok) {
    std::ifstream in(temp, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    ok = static_cast<bool>(in) || in.eof();
    bytes = s.str();
  }
  std::error_code ec;
  std::filesystem::remove(temp, ec);
  if (!ok) throw Error(ExitCode::cant_create, Location{temp}, "cannot write the workbook");
  return bytes;
}

}  // namespace tk
