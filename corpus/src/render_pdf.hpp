#pragma once
// Setting a composed plan on A4 pages with cairo + pango and writing it as a PDF.

#include <filesystem>
#include <string>

#include "document.hpp"

namespace planmine::corpus {

struct RenderOptions {
  std::string creation_date;  // ISO 8601, e.g. "2009-04-14T10:12:00": fixed so output repeats
  bool image_only = false;    // pages as pictures, no text layer (a bad input)
  int image_pages = 2;        // image_only: how many pages to keep
};

// Writes the PDF; returns the number of pages. Throws std::runtime_error when writing fails.
int render_pdf(const PlanDocument& document, const std::filesystem::path& path,
               const RenderOptions& options);

// Inserts soft hyphens (U+00AD) into long words at plausible Dutch syllable breaks, so pango
// can hyphenate compounds at line ends the way word processors do.
std::string add_soft_hyphens(const std::string& text);

}  // namespace planmine::corpus
