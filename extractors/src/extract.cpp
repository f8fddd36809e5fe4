// One PDF in, one clean PlanText out, or an ExtractionError with a one-line reason.

#include "planmine/extractors/extract.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <unicode/unistr.h>

#include <array>
#include <ctime>
#include <fstream>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include "planmine/extractors/cleaning.hpp"
#include "planmine/extractors/layout.hpp"

namespace planmine {
namespace {

// ICU instead of ustring::to_utf8, which goes through iconv and a byte array for every word
// (2% of planmine index's CPU on 169 plans).
std::string to_utf8(const poppler::ustring& text) {
  std::string out;
  if (text.empty()) return out;
  static_assert(sizeof(poppler::ustring::value_type) == sizeof(UChar));
  const icu::UnicodeString utf16(false, reinterpret_cast<const UChar*>(text.data()),
                                 static_cast<int32_t>(text.size()));
  utf16.toUTF8String(out);
  return out;
}

// Poppler reports every syntax problem on stderr; the failure line is ours to write.
void silence_poppler() {
  static const bool silenced = [] {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
    return true;
  }();
  (void)silenced;
}

std::string iso_date(time_t when) {
  if (when <= 0) return {};
  std::tm parts{};
  if (gmtime_r(&when, &parts) == nullptr) return {};
  std::array<char, 32> buffer{};
  const size_t length = std::strftime(buffer.data(), buffer.size(), "%Y-%m-%dT%H:%M:%S", &parts);
  return std::string(buffer.data(), length);
}

// The whole file, after the checks poppler does not make clearly: empty, not a PDF, cut off
// before its end. Poppler then reads it from memory rather than 256 bytes a system call.
std::string read_pdf(const std::filesystem::path& pdf) {
  std::error_code error;
  if (std::filesystem::is_directory(pdf, error)) throw ExtractionError("is a directory");
  const auto size = std::filesystem::file_size(pdf, error);
  if (error) throw ExtractionError("cannot read: " + error.message());
  if (size == 0) throw ExtractionError("empty file");
  if (size > static_cast<std::uintmax_t>(std::numeric_limits<int>::max())) {
    throw ExtractionError("too large: over 2 GiB");
  }
  std::ifstream in(pdf, std::ios::binary);
  if (!in) throw ExtractionError("cannot open for reading");
  std::string bytes(size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  bytes.resize(static_cast<size_t>(in.gcount()));
  if (std::string_view(bytes).substr(0, 1024).find("%PDF-") == std::string_view::npos) {
    throw ExtractionError("not a PDF");
  }
  // Every complete PDF ends with %%EOF (perhaps followed by a little junk).
  const size_t tail = bytes.size() - std::min<size_t>(bytes.size(), 4096);
  if (std::string_view(bytes).substr(tail).find("%%EOF") == std::string_view::npos) {
    throw ExtractionError("truncated PDF: the end of the file is missing");
  }
  return bytes;
}

std::vector<WordBox> page_words(const poppler::page& page) {
  std::vector<WordBox> words;
  std::vector<poppler::text_box> boxes = page.text_list();
  words.reserve(boxes.size());
  for (const poppler::text_box& box : boxes) {
    if (box.rotation() != 0) continue;  // vertical margin text and stamps are not body text
    const poppler::rectf rect = box.bbox();
    words.push_back({to_utf8(box.text()), rect.left(), rect.top(), rect.right(), rect.bottom(),
                     box.has_space_after()});
  }
  return words;
}

std::string join_page_lines(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) {
    text += line;
    text.push_back('\n');
  }
  return text;
}

// OCR text in the line form lay_out_page() gives: one entry a line, "" between paragraphs.
std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

}  // namespace

PlanText extract_plan(const std::filesystem::path& pdf) {
  return extract_plan(pdf, {});
}

PlanText extract_plan(const std::filesystem::path& pdf, const ExtractOptions& options) {
  const std::string bytes = read_pdf(pdf);
  silence_poppler();
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) throw ExtractionError("damaged PDF: cannot be opened");
  if (document->is_locked()) throw ExtractionError("encrypted: needs a password");

  PlanText plan;
  plan.path = pdf;
  plan.metadata.title = normalize_characters(to_utf8(document->get_title()));
  plan.metadata.author = normalize_characters(to_utf8(document->get_author()));
  plan.metadata.creator = normalize_characters(to_utf8(document->get_creator()));
  plan.metadata.producer = normalize_characters(to_utf8(document->get_producer()));
  plan.metadata.creation_date = iso_date(document->get_creation_date_t());
  plan.metadata.page_count = document->pages();

  std::vector<std::vector<std::string>> page_lines;
  page_lines.reserve(static_cast<size_t>(plan.metadata.page_count));
  // A page without a text layer is recognised by OCR; its lines then go through the same
  // cleaning as every other page's. -1: not OCR'd.
  std::vector<double> ocr_confidence(static_cast<size_t>(plan.metadata.page_count), -1);
  std::optional<PlanOcr> ocr;  // made at the first scanned page: born-digital files never hash
  for (int number = 0; number < plan.metadata.page_count; ++number) {
    std::unique_ptr<poppler::page> page(document->create_page(number));
    std::vector<std::string> lines =
        page ? lay_out_page(page_words(*page)) : std::vector<std::string>{};
    if (page && options.ocr == OcrMode::kAuto && page_needs_ocr(*page, join_page_lines(lines))) {
      if (!ocr) ocr.emplace(pdf, options.ocr_options);
      const OcrText recognised = ocr->recognise(*page, number + 1);
      lines = split_lines(recognised.text);
      ocr_confidence[static_cast<size_t>(number)] = recognised.mean_confidence;
    }
    page_lines.push_back(std::move(lines));
  }
  if (page_lines.empty()) throw ExtractionError("damaged PDF: no pages");

  strip_running_headers(page_lines);
  bool any_text = false;
  for (size_t i = 0; i < page_lines.size(); ++i) {
    join_hyphenated_lines(page_lines[i]);
    PageText page{static_cast<int>(i) + 1, normalize_characters(join_page_lines(page_lines[i]))};
    page.ocr = ocr_confidence[i] >= 0;
    page.ocr_confidence = ocr_confidence[i];
    if (page.text.find_first_not_of(" \t\n") != std::string::npos) any_text = true;
    plan.pages.push_back(std::move(page));
  }
  if (!any_text) {
    throw ExtractionError(options.ocr == OcrMode::kAuto
                              ? "no text layer: scanned image? OCR found no text"
                              : "no text layer: scanned image? (OCR is off: --ocr never)");
  }
  return plan;
}

}  // namespace planmine
