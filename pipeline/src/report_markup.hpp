#pragma once
// Private to the report: HTML escaping and the inline SVG charts (no scripts, no fonts to fetch).

#include <string>
#include <string_view>
#include <vector>

namespace planmine::report_markup {

// Escapes &, <, >, " and ' so text from PDFs can stand in HTML text and attributes.
std::string escape(std::string_view text);

struct Series {
  std::string name;
  std::string colour;          // CSS colour
  std::vector<double> values;  // one per category, in the chart's unit
};

// Vertical bars, one group per category and one bar per series, values in percent (0-100).
std::string grouped_bar_chart(std::string_view title, const std::vector<std::string>& categories,
                              const std::vector<Series>& series);

// Horizontal bars in percent, each labelled with its own text; an optional dashed reference line
// (e.g. the study's 60%) when `reference_percent` >= 0.
std::string horizontal_bar_chart(std::string_view title, const std::vector<std::string>& categories,
                                 const std::vector<double>& percents,
                                 const std::vector<std::string>& labels, double reference_percent,
                                 std::string_view reference_label);

// A grid of cells shaded by share (0-1); each cell shows its percentage.
std::string heatmap(std::string_view title, const std::vector<std::string>& rows,
                    const std::vector<std::string>& columns,
                    const std::vector<std::vector<double>>& shares);

}  // namespace planmine::report_markup
