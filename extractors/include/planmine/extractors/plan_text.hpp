#pragma once
// The value extractors/ hands to the rest of the pipeline: one plan's clean text, page by page.

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace planmine {

struct PlanMetadata {
  std::string title;
  std::string author;
  std::string creator;
  std::string producer;
  std::string creation_date;  // ISO 8601 (YYYY-MM-DDTHH:MM:SS), empty when the PDF has none
  int page_count = 0;
};

struct PageText {
  int number = 0;    // 1-based page number in the PDF
  std::string text;  // clean UTF-8 (NFC): lines end in '\n', table cells are separated by '\t'
  bool ocr = false;  // text recognised from the page image (no text layer)
  double ocr_confidence = -1;  // Tesseract's mean word confidence 0-100 when ocr, else -1
};

struct PlanText {
  std::filesystem::path path;
  PlanMetadata metadata;
  std::vector<PageText> pages;
};

// The pages read by OCR -> Tesseract's mean word confidence there; empty for a born-digital plan.
// Here, not in ocr.hpp: code that only reads plans (search, behind the lean `planmine`
// executable) must not pull Tesseract into its link.
inline std::map<int, double> ocr_page_confidences(const PlanText& plan) {
  std::map<int, double> pages;
  for (const PageText& page : plan.pages)
    if (page.ocr) pages[page.number] = page.ocr_confidence;
  return pages;
}

// A plan from text whose pages end in (or are separated by) form feeds, as `planmine extract
// --format text` writes it; always at least one page.
inline PlanText plan_text_from_pages(std::string_view text) {
  PlanText plan;
  std::size_t begin = 0;
  do {
    std::size_t end = text.find('\f', begin);
    if (end == std::string_view::npos) end = text.size();
    const int number = static_cast<int>(plan.pages.size()) + 1;
    plan.pages.push_back(PageText{number, std::string(text.substr(begin, end - begin))});
    begin = end + 1;
  } while (begin < text.size());
  return plan;
}

}  // namespace planmine
