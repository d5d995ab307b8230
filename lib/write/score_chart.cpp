#include "write/score_chart.hpp"

#include <fmt/format.h>

#include "write/document.hpp"
#include "write/score_text.hpp"

namespace tk {

namespace {

// Okabe and Ito's palette, distinguishable with the common colour-vision deficiencies.
constexpr const char* kColours[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                    "#56B4E9", "#D55E00", "#F0E442", "#000000"};
constexpr int kLabelWidth = 90;
constexpr int kBarWidth = 400;  // 100 points
constexpr int kTotalWidth = 60;
constexpr int kTop = 24;
constexpr int kRowHeight = 24;
constexpr int kBarHeight = 16;
constexpr int kLegendRow = 18;

std::string px(const Rational& value) { return to_fixed(value, 2, Rounding::half_away_from_zero); }

const char* colour(std::size_t i) { return kColours[i % (sizeof kColours / sizeof kColours[0])]; }

}  // namespace

std::string stacked_score_chart(const Evaluation& e, const LotResult& lot) {
  if (lot.ranked_count == 0) return "";
  const Tender& t = *e.tender;
  const int width = kLabelWidth + kBarWidth + kTotalWidth;
  const int bars_bottom = kTop + static_cast<int>(lot.ranked_count) * kRowHeight;
  const int height = bars_bottom + 16 + static_cast<int>(t.criteria.size()) * kLegendRow + 8;
  const Rational scale(kBarWidth, 100);
  std::string id = "chart-" + html_escape(lot.lot->id);
  std::string title = fmt::format("Weighted scores per criterion, Lot {}", lot.lot->id);

  std::string svg = fmt::format(
      "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" "
      "role=\"img\" aria-labelledby=\"{2}\">\n<title id=\"{2}\">{3}</title>\n",
      width, height, id, html_escape(title));
  for (int tick = 0; tick <= 100; tick += 20) {
    int x = kLabelWidth + tick * kBarWidth / 100;
    svg += fmt::format(
        "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#c8c8c8\" stroke-width=\"1\"/>"
        "<text x=\"{0}\" y=\"{3}\" text-anchor=\"middle\">{4}</text>\n",
        x, kTop - 4, bars_bottom, kTop - 10, tick);
  }
  int row = 0;
  for (const BidResult& b : lot.bids) {
    if (!b.ranked()) continue;
    int y = kTop + row * kRowHeight + (kRowHeight - kBarHeight) / 2;
    svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}. {}</text>\n", kLabelWidth - 6,
                       y + kBarHeight - 4, b.rank, html_escape(b.bidder->id));
    Rational x = kLabelWidth;
    for (std::size_t i = 0; i < t.criteria.size(); ++i) {
      Rational w = b.scores[i] * scale;
      svg += fmt::format(
          "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"><title>{} {}: {}</title></rect>\n", px(x), y,
          px(w), kBarHeight, colour(i), html_escape(b.bidder->id), html_escape(t.criteria[i].id),
          show_score(e, b.scores[i]));
      x += w;
    }
    svg += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", px(x + 4), y + kBarHeight - 4, show_score(e, b.total));
    ++row;
  }
  for (std::size_t i = 0; i < t.criteria.size(); ++i) {
    int y = bars_bottom + 12 + static_cast<int>(i) * kLegendRow;
    svg += fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/><text x=\"{}\" y=\"{}\">{} ({})</text>\n",
        kLabelWidth, y, colour(i), kLabelWidth + 18, y + 10, html_escape(t.criteria[i].name),
        show_exact(e.weights[i]));
  }
  svg += fmt::format("</svg>\n<figcaption>{}: each bar is a ranked bid, each segment a criterion's weighted "
                     "score.</figcaption>\n</figure>\n",
                     html_escape(title));
  return svg;
}

}  // namespace tk
