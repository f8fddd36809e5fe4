#pragma once
// Turning files into PlanText. Each unreadable file is one ExtractionError with a one-line reason.

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "planmine/extractors/ocr.hpp"
#include "planmine/extractors/plan_text.hpp"

namespace planmine {

class ExtractionError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads one PDF and returns its clean text. Throws ExtractionError whose what() is the reason
// alone (no path), e.g. "encrypted: needs a password".
PlanText extract_plan(const std::filesystem::path& pdf);

// How extract_plan treats pages without a text layer (scans).
struct ExtractOptions {
  OcrMode ocr = OcrMode::kAuto;  // kAuto: recognise such pages with Tesseract (see ocr.hpp)
  OcrOptions ocr_options;
};

// The same, with options; extract_plan(pdf) is extract_plan(pdf, ExtractOptions{}).
PlanText extract_plan(const std::filesystem::path& pdf, const ExtractOptions& options);

// A path given on the command line that could not be used, and why.
struct InputFailure {
  std::string path;
  std::string reason;
};

struct InputList {
  std::vector<std::filesystem::path> files;  // PDFs, in sorted order, no duplicates
  std::vector<InputFailure> failures;        // missing paths, directories without PDFs
};

// Expands command-line paths: files are taken as they are, directories are searched
// recursively for *.pdf (case-insensitive), in sorted order.
InputList collect_pdf_inputs(const std::vector<std::string>& paths);

}  // namespace planmine
