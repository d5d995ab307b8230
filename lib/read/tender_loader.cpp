#include "read/tender_loader.hpp"

#include <array>
#include <filesystem>

#include "read/input_file.hpp"
#include "read/tender_checks.hpp"
#include "read/tender_settings.hpp"
#include "read/tender_tables.hpp"

namespace tk {

namespace {

constexpr std::string_view kFolderHint =
    "expected a tender folder holding tender.toml, bidders.csv, prices.csv and quality.csv";

// DIR joined with a file name as the user will recognise it: "t/prices.csv", "t/" + "x" = "t/x".
std::string join_path(const std::string& dir, std::string_view name) {
  if (dir.empty() || dir.back() == '/') return dir + std::string(name);
  return dir + "/" + std::string(name);
}

void check_folder(const std::string& dir) {
  std::error_code ec;
  auto status = std::filesystem::status(dir, ec);
  if (ec || !std::filesystem::exists(status))
    throw Error(ExitCode::no_input, Location{dir},
                std::string("no such folder; ") + std::string(kFolderHint));
  if (!std::filesystem::is_directory(status))
    throw Error(ExitCode::no_input, Location{dir}, std::string("not a folder; ") + std::string(kFolderHint));
}

// Appends one file's problems to `all`, in line order.
void append_by_line(Problems& all, Problems file_problems) {
  file_problems.sort_by_line();
  all.append(file_problems);
}

}  // namespace

CheckedTender check_tender(const std::string& dir) {
  check_folder(dir);
  enum { kSettings, kBidders, kPrices, kQuality, kFiles };
  const std::array<std::string, kFiles> paths = {join_path(dir, "tender.toml"), join_path(dir, "bidders.csv"),
                                                 join_path(dir, "prices.csv"), join_path(dir, "quality.csv")};
  std::array<std::string, kFiles> texts;
  std::vector<Problem> unreadable;
  for (std::size_t i = 0; i < kFiles; ++i) {
    try {
      texts[i] = read_input_file(paths[i]);
    } catch (const Error& e) {
      if (e.code() != ExitCode::no_input) throw;
      unreadable.insert(unreadable.end(), e.problems().begin(), e.problems().end());
    }
  }
  if (!unreadable.empty()) throw Error(ExitCode::no_input, std::move(unreadable));

  CheckedTender out;
  Tender& t = out.tender;
  t.dir = dir;
  std::array<Problems, kFiles> found;
  SettingsOutcome settings = read_tender_settings(texts[kSettings], paths[kSettings], t, found[kSettings]);
  KnownIds known{settings.lots_known, settings.questions_known, true};
  TableOutcome bidders = read_bidders(texts[kBidders], paths[kBidders], t, known, found[kBidders]);
  known.bidders = bidders.readable && !t.bidders.empty();
  TableOutcome prices = read_prices(texts[kPrices], paths[kPrices], t, known, found[kPrices]);
  TableOutcome marks = read_marks(texts[kQuality], paths[kQuality], t, known, found[kQuality]);

  // Completeness is only judged on what was read in full, so that it does not echo the errors.
  if (found[kSettings].empty()) warn_no_ceiling(t, paths[kSettings], out.warnings);
  if (known.lots && bidders.complete && prices.complete) warn_missing_rates(t, paths[kPrices], out.warnings);
  if (known.questions && bidders.complete && marks.complete)
    warn_missing_marks(t, paths[kQuality], out.warnings);

  for (Problems& p : found) append_by_line(out.problems, std::move(p));
  return out;
}

Tender load_tender(const std::string& dir) {
  CheckedTender checked = check_tender(dir);
  checked.problems.throw_if_any();
  return std::move(checked.tender);
}

}  // namespace tk
