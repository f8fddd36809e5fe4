// The report's charts, drawn as inline SVG by hand: a page that works offline and prints.

#include <fmt/core.h>

#include <algorithm>
#include <cmath>

#include "report_markup.hpp"

namespace planmine::report_markup {

std::string escape(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&#39;";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

namespace {

constexpr std::string_view kFont = "font-family=\"system-ui, 'DejaVu Sans', sans-serif\"";

std::string svg_open(std::string_view title, int width, int height) {
  return fmt::format(
      "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" "
      "width=\"{0}\" height=\"{1}\" role=\"img\" aria-label=\"{2}\" {3}>"
      "<title>{2}</title>\n",
      width, height, escape(title), kFont);
}

// A light-to-deep blue for a share in [0,1].
std::string shade(double share) {
  share = std::clamp(share, 0.0, 1.0);
  const auto mix = [share](int from, int to) {
    return static_cast<int>(std::lround(from + (to - from) * share));
  };
  return fmt::format("#{:02x}{:02x}{:02x}", mix(0xf4, 0x1c), mix(0xf7, 0x4e), mix(0xfb, 0x8a));
}

}  // namespace

std::string grouped_bar_chart(std::string_view title, const std::vector<std::string>& categories,
                              const std::vector<Series>& series) {
  const int left = 48, right = 16, top = 40, bottom = 64;
  const int group_width = std::max(72, 24 * static_cast<int>(series.size()) + 28);
  const int plot_height = 220;
  const int width = left + right + group_width * static_cast<int>(categories.size());
  const int height = top + plot_height + bottom;
  double max_value = 10;
  for (const auto& one : series) {
    for (double value : one.values) max_value = std::max(max_value, value);
  }
  max_value = std::ceil(max_value / 10.0) * 10.0;
  const auto y_of = [&](double value) { return top + plot_height * (1.0 - value / max_value); };

  std::string svg = svg_open(title, width, height);
  // Gridlines every 10 (or 20) points, labelled on the left.
  const double step = max_value > 50 ? 20 : 10;
  for (double tick = 0; tick <= max_value + 0.01; tick += step) {
    svg += fmt::format(
        "<line x1=\"{0}\" x2=\"{1}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\" stroke=\"#dde3ea\"/>"
        "<text x=\"{3}\" y=\"{4:.1f}\" font-size=\"11\" text-anchor=\"end\" "
        "fill=\"#52606d\">{5:.0f}%</text>\n",
        left, width - right, y_of(tick), left - 6, y_of(tick) + 4, tick);
  }
  const int bar_width = 22;
  for (std::size_t c = 0; c < categories.size(); ++c) {
    const int group_left = left + group_width * static_cast<int>(c);
    const int bars_width = bar_width * static_cast<int>(series.size());
    const int first_bar = group_left + (group_width - bars_width) / 2;
    for (std::size_t s = 0; s < series.size(); ++s) {
      const double value = c < series[s].values.size() ? series[s].values[c] : 0;
      const double y = y_of(value);
      const int x = first_bar + bar_width * static_cast<int>(s);
      svg += fmt::format(
          "<rect class=\"bar\" x=\"{}\" y=\"{:.1f}\" width=\"{}\" height=\"{:.1f}\" fill=\"{}\">"
          "<title>{}: {} {:.1f}%</title></rect>"
          "<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"9.5\" text-anchor=\"middle\" "
          "fill=\"#323f4b\">{:.0f}</text>\n",
          x + 1, y, bar_width - 2, top + plot_height - y, series[s].colour, escape(categories[c]),
          escape(series[s].name), value, x + bar_width / 2.0, y - 3, value);
    }
    svg += fmt::format(
        "<text x=\"{:.1f}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\" "
        "fill=\"#323f4b\">{}</text>\n",
        group_left + group_width / 2.0, top + plot_height + 16, escape(categories[c]));
  }
  svg += fmt::format("<line x1=\"{0}\" x2=\"{1}\" y1=\"{2}\" y2=\"{2}\" stroke=\"#52606d\"/>\n",
                     left, width - right, top + plot_height);
  // Legend above the plot.
  int legend_x = left;
  for (const auto& one : series) {
    svg += fmt::format(
        "<rect x=\"{}\" y=\"14\" width=\"12\" height=\"12\" fill=\"{}\"/>"
        "<text x=\"{}\" y=\"24\" font-size=\"12\" fill=\"#1f2933\">{}</text>\n",
        legend_x, one.colour, legend_x + 17, escape(one.name));
    legend_x += 30 + 7 * static_cast<int>(one.name.size());
  }
  svg += "</svg>";
  return svg;
}

std::string horizontal_bar_chart(std::string_view title, const std::vector<std::string>& categories,
                                 const std::vector<double>& percents,
                                 const std::vector<std::string>& labels, double reference_percent,
                                 std::string_view reference_label) {
  const int left = 120, right = 150, top = 30, row_height = 30, plot_width = 360;
  const int width = left + plot_width + right;
  const int height = top + row_height * static_cast<int>(categories.size()) + 30;
  const auto x_of = [&](double percent) { return left + plot_width * percent / 100.0; };
  std::string svg = svg_open(title, width, height);
  for (int tick = 0; tick <= 100; tick += 20) {
    svg += fmt::format(
        "<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#dde3ea\"/>"
        "<text x=\"{0:.1f}\" y=\"{3}\" font-size=\"10\" text-anchor=\"middle\" "
        "fill=\"#52606d\">{4}%</text>\n",
        x_of(tick), top - 6, height - 24, height - 10, tick);
  }
  for (std::size_t i = 0; i < categories.size(); ++i) {
    const int y = top + row_height * static_cast<int>(i);
    const double percent = i < percents.size() ? percents[i] : 0;
    svg += fmt::format(
        "<text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"end\" fill=\"#1f2933\">{}</text>"
        "<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"#2b6cb0\">"
        "<title>{}: {}</title></rect>"
        "<text x=\"{:.1f}\" y=\"{}\" font-size=\"11\" fill=\"#323f4b\">{}</text>\n",
        left - 8, y + 18, escape(categories[i]), left, y + 5, x_of(percent) - left, row_height - 10,
        escape(categories[i]), escape(i < labels.size() ? labels[i] : ""), x_of(percent) + 6,
        y + 18, escape(i < labels.size() ? labels[i] : ""));
  }
  if (reference_percent >= 0) {
    svg += fmt::format(
        "<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#c05621\" "
        "stroke-width=\"2\" stroke-dasharray=\"5 4\"/>"
        "<text x=\"{0:.1f}\" y=\"{3}\" font-size=\"11\" text-anchor=\"middle\" "
        "fill=\"#c05621\">{4}</text>\n",
        x_of(reference_percent), top - 4, height - 26, top - 10, escape(reference_label));
  }
  svg += "</svg>";
  return svg;
}

std::string heatmap(std::string_view title, const std::vector<std::string>& rows,
                    const std::vector<std::string>& columns,
                    const std::vector<std::vector<double>>& shares) {
  const int left = 120, top = 120, cell_width = 74, cell_height = 40, right = 90, bottom = 12;
  const int width = left + cell_width * static_cast<int>(columns.size()) + right;
  const int height = top + cell_height * static_cast<int>(rows.size()) + bottom;
  std::string svg = svg_open(title, width, height);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    // Column labels slanted so long risk codes fit.
    const double x = left + cell_width * (c + 0.5);
    svg += fmt::format(
        "<text transform=\"translate({:.1f},{}) rotate(-40)\" font-size=\"12.5\" "
        "fill=\"#1f2933\">{}</text>\n",
        x - 4, top - 8, escape(columns[c]));
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const int y = top + cell_height * static_cast<int>(r);
    svg += fmt::format(
        "<text x=\"{}\" y=\"{}\" font-size=\"13\" text-anchor=\"end\" fill=\"#1f2933\">{}</text>\n",
        left - 8, y + cell_height / 2 + 5, escape(rows[r]));
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const double share = r < shares.size() && c < shares[r].size() ? shares[r][c] : 0;
      const int x = left + cell_width * static_cast<int>(c);
      svg += fmt::format(
          "<rect class=\"cell\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" "
          "stroke=\"#ffffff\" stroke-width=\"2\"><title>{} × {}: {:.0f}%</title></rect>"
          "<text x=\"{:.1f}\" y=\"{}\" font-size=\"12.5\" text-anchor=\"middle\" "
          "fill=\"{}\">{:.0f}%</text>\n",
          x, y, cell_width, cell_height, shade(share), escape(rows[r]), escape(columns[c]),
          100 * share, x + cell_width / 2.0, y + cell_height / 2 + 4,
          share > 0.5 ? "#ffffff" : "#1f2933", 100 * share);
    }
  }
  svg += "</svg>";
  return svg;
}

}  // namespace planmine::report_markup
