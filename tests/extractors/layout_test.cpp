// Reading order of two narrow justified prose columns as a plan generator or word processor
// sets them: soft hyphens hanging a few points into the gutter, a heading inside a column, a
// full-width title above, and fewer than four words on some lines. Such columns used to be
// taken for a two-cell table and interleaved line by line with a tab.

#include "planmine/extractors/layout.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace planmine {
namespace {

constexpr double kLineHeight = 16.3;
constexpr double kCharWidth = 6.5;

// Lays the words of one line out justified between `left` and `right` (the last word may
// overhang `right` when it ends in a soft hyphen, as a hanging hyphen does).
void add_justified_line(std::vector<WordBox>& words, const std::vector<std::string>& line,
                        double left, double right, double top, bool justify = true) {
  double text_width = 0;
  for (const auto& word : line) text_width += kCharWidth * static_cast<double>(word.size());
  const double space = justify && line.size() > 1
                           ? (right - left - text_width) / static_cast<double>(line.size() - 1)
                           : 4.5;
  double x = left;
  for (const auto& word : line) {
    double width = kCharWidth * static_cast<double>(word.size());
    // A hanging soft hyphen: the word's box reaches past the column edge.
    if (word.ends_with("\u00AD")) width += 5;
    words.push_back({word, x, top, x + width, top + kLineHeight});
    x += width + space;
  }
}

// Lines of running text with words of varying length, so no white channel runs down a column
// by accident; every fifth line ends in a soft hyphen, and some hold only two or three words.
std::vector<std::vector<std::string>> column_lines(const std::string& tag, int count) {
  const std::vector<std::string> vocabulary = {"de",    "gemeente", "werkt",   "aan", "digitale",
                                               "loket", "met",      "burgers", "en",  "bedrijven"};
  std::vector<std::vector<std::string>> lines;
  size_t next = static_cast<size_t>(tag.size());
  auto word = [&] { return vocabulary[(next = (next * 7 + 3) % vocabulary.size())]; };
  for (int i = 0; i < count; ++i) {
    const std::string n = std::to_string(i + 1);
    if (i % 5 == 1) {
      lines.push_back({tag + n, "uitvoerings\u00AD"});
    } else if (i % 5 == 2) {
      lines.push_back({"programma", tag + n, word()});
    } else if (i % 2 == 0) {
      lines.push_back({tag + n, word(), word(), word()});
    } else {
      lines.push_back({word(), tag + n, word(), word(), word()});
    }
  }
  return lines;
}

std::vector<WordBox> two_column_page() {
  std::vector<WordBox> words;
  words.push_back({"Realisatieplan", 74, 40, 74 + 14 * 12, 40 + 24.8});
  words.push_back({"dienstverlening", 250, 40, 250 + 15 * 12, 40 + 24.8});
  words.push_back({"2010", 440, 40, 440 + 48, 40 + 24.8});
  const auto left = column_lines("links", 18);
  const auto right = column_lines("rechts", 16);
  double top = 74;
  for (const auto& line : left) {
    add_justified_line(words, line, 74, 288, top);
    top += kLineHeight;
  }
  // The right column: baselines a little off the left's, a larger heading inside it.
  top = 74.2;
  for (size_t i = 0; i < right.size(); ++i) {
    if (i == 6) {
      words.push_back({"1.2", 307, top + 4, 336, top + 4 + 19.4});
      words.push_back({"Doelstelling", 343, top + 4, 455, top + 4 + 19.4});
      top += 23.4 + 4;
    }
    add_justified_line(words, right[i], 307, 521, top, i + 1 != right.size());
    top += kLineHeight;
  }
  return words;
}

TEST(LayoutTest, ReadsNarrowJustifiedColumnsWithHangingHyphensOneAfterTheOther) {
  const auto lines = lay_out_page(two_column_page());
  std::string text;
  for (const auto& line : lines) {
    EXPECT_EQ(line.find('\t'), std::string::npos) << "prose columns taken for a table: " << line;
    text += line + "\n";
  }
  // No line mixes the two columns.
  for (const auto& line : lines) {
    EXPECT_FALSE(line.find("links") != std::string::npos &&
                 line.find("rechts") != std::string::npos)
        << line;
  }
  // The title first, then the whole left column, then the whole right column.
  const auto title = text.find("Realisatieplan");
  const auto last_left = text.find("links18");
  const auto first_right = text.find("rechts1 ");
  const auto heading = text.find("1.2 Doelstelling");
  ASSERT_NE(title, std::string::npos);
  ASSERT_NE(last_left, std::string::npos);
  ASSERT_NE(first_right, std::string::npos);
  ASSERT_NE(heading, std::string::npos);
  EXPECT_LT(title, text.find("links1 "));
  EXPECT_LT(last_left, first_right);
  EXPECT_LT(text.find("rechts6 "), heading);
  EXPECT_LT(heading, text.find("rechts7 "));
}

TEST(LayoutTest, TwoCellTableWithShortLabelsStaysATable) {
  // Counter-case: a label column and a value column are a table, even with a wide gutter.
  std::vector<WordBox> words;
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"Project", "Prioriteit"}, {"Zaaksysteem", "hoog"}, {"DigiD", "midden"},
      {"eFormulieren", "hoog"},  {"GBA", "laag"},         {"Website", "midden"}};
  double top = 100;
  for (const auto& [label, value] : rows) {
    words.push_back({label, 74, top, 74 + 6.5 * static_cast<double>(label.size()), top + 12});
    words.push_back({value, 300, top, 300 + 6.5 * static_cast<double>(value.size()), top + 12});
    top += 14;
  }
  const auto lines = lay_out_page(words);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines.front(), "Project\tPrioriteit");
  EXPECT_NE(std::find(lines.begin(), lines.end(), "GBA\tlaag"), lines.end());
}

}  // namespace
}  // namespace planmine
