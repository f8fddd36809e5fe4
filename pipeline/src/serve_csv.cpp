// planmine serve, the CSV printer: a result list as researchers paste it into Excel or R.

#include <fmt/core.h>

#include <string>
#include <string_view>

#include "planmine/pipeline/serve.hpp"

namespace planmine::serve {
namespace {

// One text cell: quoted when it holds a separator, quote or line break (RFC 4180), and kept
// from being read as a formula by a spreadsheet (a cell starting with = + - @ gets a ').
std::string text_cell(std::string_view text) {
  std::string value;
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                        text[0] == '\t' || text[0] == '\r')) {
    value += '\'';
  }
  bool quote = false;
  for (char c : text) {
    if (c == kMarkOpen || c == kMarkClose) continue;  // highlights are for the page only
    if (c == '"' || c == ',' || c == '\n' || c == '\r') quote = true;
    if (c == '"') value += '"';
    value += c;
  }
  return quote ? "\"" + value + "\"" : value;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string text;
  for (const std::string& part : parts) text += (text.empty() ? "" : ";") + part;
  return text;
}

}  // namespace

std::string render_csv(const std::vector<ResultRow>& rows) {
  std::string out =
      "rank,path,municipality,type,confidence,leading_theme,risks,kind,size_class,year,page,"
      "section,score,snippet\r\n";
  for (const ResultRow& row : rows) {
    out +=
        fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{:.4f},{}\r\n", row.rank,
                    text_cell(row.path), text_cell(row.municipality), text_cell(row.type),
                    row.confidence >= 0 ? fmt::format("{:.3f}", row.confidence) : "",
                    text_cell(row.leading_theme), text_cell(joined(row.risks)), text_cell(row.kind),
                    text_cell(row.size_class), row.year > 0 ? std::to_string(row.year) : "",
                    row.page, text_cell(row.section), row.score, text_cell(row.snippet));
  }
  return out;
}

}  // namespace planmine::serve
