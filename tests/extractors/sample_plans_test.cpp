// extract_plan on the 8 sample plans in shared/sample-plans (made by a browser's print engine).
// What the text must be is derived here from poppler's own word boxes, independently of the
// extractor's layout code: the running header and footer bands, the words with diacritics, the
// lines of each column on two-column pages.

#include <gtest/gtest.h>
#include <poppler-document.h>
#include <poppler-page.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "planmine/extractors/cleaning.hpp"
#include "planmine/extractors/extract.hpp"

namespace planmine {
namespace {

namespace fs = std::filesystem;

struct Box {
  std::string text;
  double left, top, right, bottom;
};

using PageBoxes = std::vector<Box>;

const fs::path kSamples = fs::path(PLANMINE_SHARED_DIR) / "sample-plans";

std::vector<fs::path> sample_plans() {
  std::vector<fs::path> plans;
  if (!fs::is_directory(kSamples)) return plans;
  for (const auto& entry : fs::directory_iterator(kSamples)) {
    if (entry.path().extension() == ".pdf") plans.push_back(entry.path());
  }
  std::sort(plans.begin(), plans.end());
  return plans;
}

struct PopplerView {
  std::vector<PageBoxes> pages;
  double width = 0;
  double height = 0;
};

PopplerView read_boxes(const fs::path& pdf) {
  PopplerView view;
  std::unique_ptr<poppler::document> document(poppler::document::load_from_file(pdf.string()));
  if (!document) return view;
  for (int i = 0; i < document->pages(); ++i) {
    std::unique_ptr<poppler::page> page(document->create_page(i));
    view.width = page->page_rect().width();
    view.height = page->page_rect().height();
    PageBoxes boxes;
    for (const auto& box : page->text_list()) {
      const auto utf8 = box.text().to_utf8();
      const auto rect = box.bbox();
      boxes.push_back({normalize_characters(std::string(utf8.begin(), utf8.end())), rect.left(),
                       rect.top(), rect.right(), rect.bottom()});
    }
    view.pages.push_back(std::move(boxes));
  }
  return view;
}

std::string collapse_spaces(const std::string& text) {
  std::string out;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// The words of a horizontal band of the page, in reading order, digits folded.
std::string band_text(const PageBoxes& boxes, double from, double to) {
  std::vector<const Box*> in_band;
  for (const Box& box : boxes) {
    if (box.top >= from && box.bottom <= to) in_band.push_back(&box);
  }
  std::sort(in_band.begin(), in_band.end(), [](const Box* a, const Box* b) {
    return std::abs(a->top - b->top) > 2 ? a->top < b->top : a->left < b->left;
  });
  std::string text;
  for (const Box* box : in_band) text += box->text + " ";
  return running_line_key(text);
}

class SamplePlans : public ::testing::Test {
 protected:
  void SetUp() override {
    if (sample_plans().empty()) GTEST_SKIP() << "no sample plans in " << kSamples;
  }
};

TEST_F(SamplePlans, AllEightExtract) {
  const auto plans = sample_plans();
  EXPECT_EQ(plans.size(), 8u);
  for (const auto& pdf : plans) {
    const PlanText plan = extract_plan(pdf);
    EXPECT_EQ(plan.pages.size(), static_cast<size_t>(plan.metadata.page_count)) << pdf;
    EXPECT_FALSE(plan.metadata.title.empty()) << pdf;
    size_t characters = 0;
    for (const auto& page : plan.pages) characters += page.text.size();
    EXPECT_GT(characters, 5000u) << pdf;
  }
}

TEST_F(SamplePlans, NoRunningHeaderOrFooterRemains) {
  size_t bands_checked = 0;
  for (const auto& pdf : sample_plans()) {
    const PopplerView view = read_boxes(pdf);
    // Bands (top and bottom 7% of the page) whose text repeats on at least half of the pages.
    std::map<std::string, int> band_pages;
    for (const PageBoxes& boxes : view.pages) {
      std::set<std::string> bands = {band_text(boxes, 0, 0.07 * view.height),
                                     band_text(boxes, 0.93 * view.height, view.height)};
      for (const auto& band : bands) ++band_pages[band];
    }
    const PlanText plan = extract_plan(pdf);
    for (const auto& [band, count] : band_pages) {
      if (band.size() < 8 || count * 2 < static_cast<int>(view.pages.size())) continue;
      ++bands_checked;
      // No running header words left in the text, not even a part of one line.
      for (const auto& page : plan.pages) {
        const std::string folded = collapse_spaces(running_line_key(page.text));
        for (size_t at = 0; at + 32 <= band.size(); at += 8) {
          const std::string piece = band.substr(at, 32);
          EXPECT_EQ(folded.find(piece), std::string::npos)
              << pdf.filename() << " page " << page.number << " keeps \"" << piece << "\" of \""
              << band << "\"";
        }
      }
    }
  }
  EXPECT_GE(bands_checked, 8u) << "every sample plan has a running header or footer";
}

TEST_F(SamplePlans, NoPageNumberLinesRemain) {
  const std::regex page_number(
      R"(^\s*((pagina|blad|page|p\.)\s*)?[-\xE2\x80\x93\s]*\d{1,3}[-\xE2\x80\x93\s]*((van|of|/)\s*\d{1,3})?\s*$)",
      std::regex::icase);
  for (const auto& pdf : sample_plans()) {
    const PlanText plan = extract_plan(pdf);
    for (const auto& page : plan.pages) {
      std::string::size_type start = 0;
      while (start < page.text.size()) {
        const auto end = page.text.find('\n', start);
        const std::string line = page.text.substr(start, end - start);
        EXPECT_FALSE(std::regex_match(line, page_number))
            << pdf.filename() << " page " << page.number << ": \"" << line << "\"";
        if (end == std::string::npos) break;
        start = end + 1;
      }
    }
  }
}

TEST_F(SamplePlans, EveryWordWithADiacriticSurvives) {
  size_t words_checked = 0;
  for (const auto& pdf : sample_plans()) {
    const PopplerView view = read_boxes(pdf);
    const PlanText plan = extract_plan(pdf);
    for (size_t i = 0; i < view.pages.size(); ++i) {
      for (const Box& box : view.pages[i]) {
        const std::string& word = box.text;
        const bool has_diacritic = std::any_of(word.begin(), word.end(), [](char c) {
          return static_cast<unsigned char>(c) == 0xC3;  // Latin-1 letters with marks: é ë ö ï ...
        });
        if (!has_diacritic || word.empty() || word.back() == '-') continue;
        ++words_checked;
        EXPECT_NE(plan.pages[i].text.find(word), std::string::npos)
            << pdf.filename() << " page " << i + 1 << " lost \"" << word << "\"";
      }
    }
  }
  EXPECT_GT(words_checked, 50u);
}

TEST_F(SamplePlans, NoSoftHyphensLigaturesOrBrokenWordsRemain) {
  for (const auto& pdf : sample_plans()) {
    const PlanText plan = extract_plan(pdf);
    for (const auto& page : plan.pages) {
      EXPECT_EQ(page.text.find("\u00AD"), std::string::npos) << pdf.filename();
      EXPECT_EQ(page.text.find("\u2010"), std::string::npos) << pdf.filename();
      EXPECT_EQ(page.text.find("\u00A0"), std::string::npos) << pdf.filename();
      EXPECT_EQ(page.text.find("\uFB01"), std::string::npos) << pdf.filename();
      // A line may end in a hyphen only when the next line cannot continue the word.
      EXPECT_EQ(page.text.find("-\n" + std::string(1, 'a')), std::string::npos) << pdf.filename();
    }
  }
}

TEST_F(SamplePlans, TableRowsKeepTheirCellsOnOneLine) {
  // Rows of percentages (indicator tables) and rows of coded bouwstenen (projectenboek).
  const std::regex percent_row(R"(.*\t\d+%\t\d+%.*)");
  const std::regex coded_row(R"(^[A-Z]\d\t[^\t]+\t[^\t]+\t.*)");
  int percent_rows = 0;
  int coded_rows = 0;
  for (const auto& pdf : sample_plans()) {
    const PlanText plan = extract_plan(pdf);
    for (const auto& page : plan.pages) {
      std::string::size_type start = 0;
      while (start < page.text.size()) {
        const auto end = page.text.find('\n', start);
        const std::string line = page.text.substr(start, end - start);
        percent_rows += std::regex_match(line, percent_row) ? 1 : 0;
        coded_rows += std::regex_match(line, coded_row) ? 1 : 0;
        if (end == std::string::npos) break;
        start = end + 1;
      }
    }
  }
  EXPECT_GE(percent_rows, 3);
  EXPECT_GE(coded_rows, 6);
}

// Lines of one half of a page (boxes wholly left or right of the middle), top to bottom.
std::vector<std::string> half_lines(const PageBoxes& boxes, double middle, bool left_half,
                                    double top, double bottom) {
  std::vector<const Box*> half;
  for (const Box& box : boxes) {
    if (box.top < top || box.bottom > bottom) continue;
    if (left_half ? box.right < middle : box.left > middle) half.push_back(&box);
  }
  std::sort(half.begin(), half.end(), [](const Box* a, const Box* b) {
    return std::abs(a->top - b->top) > 2 ? a->top < b->top : a->left < b->left;
  });
  std::vector<std::string> lines;
  double line_top = -100;
  for (const Box* box : half) {
    if (std::abs(box->top - line_top) > 2) {
      lines.emplace_back();
      line_top = box->top;
    } else {
      lines.back() += " ";
    }
    lines.back() += box->text;
  }
  return lines;
}

TEST_F(SamplePlans, TwoColumnPagesAreReadColumnByColumn) {
  int pages_checked = 0;
  for (const auto& pdf : sample_plans()) {
    const PopplerView view = read_boxes(pdf);
    const PlanText plan = extract_plan(pdf);
    const double middle = view.width / 2;
    const double top = 0.07 * view.height;
    const double bottom = 0.93 * view.height;
    for (size_t i = 0; i < view.pages.size(); ++i) {
      // A two-column page: no body word crosses the middle, and both halves are full of lines.
      const auto& boxes = view.pages[i];
      const bool crossing = std::any_of(boxes.begin(), boxes.end(), [&](const Box& box) {
        return box.top >= top && box.bottom <= bottom && box.left < middle && box.right > middle;
      });
      const auto left = half_lines(boxes, middle, true, top, bottom);
      const auto right = half_lines(boxes, middle, false, top, bottom);
      if (crossing || left.size() < 10 || right.size() < 10) continue;
      // Running text, not a table's short cells: several words a line on both sides (the
      // samples' tables have 4.3 or fewer, their two-column pages 4.5 or more).
      auto words_per_line = [](const std::vector<std::string>& lines) {
        double words = 0;
        for (const auto& line : lines) words += 1 + std::count(line.begin(), line.end(), ' ');
        return words / static_cast<double>(lines.size());
      };
      if (words_per_line(left) < 4.4 || words_per_line(right) < 4.4) continue;
      ++pages_checked;
      // Every line of the left column comes, in order, before every line of the right column.
      const std::string text = collapse_spaces(plan.pages[i].text);
      size_t at = 0;
      for (const auto& column : {left, right}) {
        for (const auto& line : column) {
          if (line.find('-') != std::string::npos) continue;  // may be joined with the next line
          const auto found = text.find(collapse_spaces(line), at);
          ASSERT_NE(found, std::string::npos)
              << pdf.filename() << " page " << i + 1 << ": \"" << line << "\" out of order";
          at = found;
        }
      }
    }
  }
  EXPECT_GE(pages_checked, 3);
}

}  // namespace
}  // namespace planmine
