#pragma once
// The value extractors/ hands to the rest of the pipeline: one plan's clean text, page by page.

#include <filesystem>
#include <string>
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

}  // namespace planmine
