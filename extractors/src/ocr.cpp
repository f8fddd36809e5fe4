// Recognising a page image with Tesseract: render with poppler, read the text in the reading
// order of Tesseract's own layout analysis (blocks, paragraphs, lines).

#include "planmine/extractors/ocr.hpp"

#include <dlfcn.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <vector>

#include "planmine/extractors/extract.hpp"

namespace planmine {
namespace {

// Tesseract runs parts of its LSTM in OpenMP teams of several threads. On a machine whose cores
// are already busy (planmine runs one OCR per worker process) those teams spin-wait for each
// other: a page measured 16 s instead of 4.5 s. So the thread that OCRs runs its parallel regions
// serially (max-active-levels 0), unless the user set OpenMP's own variables. libgomp is loaded
// with libtesseract, so its setter is looked up at run time rather than linked.
void run_tesseract_single_threaded() {
  if (std::getenv("OMP_THREAD_LIMIT") != nullptr || std::getenv("OMP_NUM_THREADS") != nullptr) {
    return;
  }
  using SetMaxActiveLevels = void (*)(int);
  if (auto* set_levels = reinterpret_cast<SetMaxActiveLevels>(
          ::dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"))) {
    set_levels(0);
  }
}

// Init loads the language model (a few tenths of a second), so each thread keeps one engine
// per language for its lifetime. TessBaseAPI is not thread-safe; thread_local keeps it apart.
tesseract::TessBaseAPI& engine_for(const std::string& language) {
  thread_local std::map<std::string, std::unique_ptr<tesseract::TessBaseAPI>> engines;
  auto found = engines.find(language);
  if (found != engines.end()) return *found->second;
  run_tesseract_single_threaded();
  auto engine = std::make_unique<tesseract::TessBaseAPI>();
  if (engine->Init(nullptr, language.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
    throw ExtractionError("OCR unavailable: Tesseract cannot load language '" + language +
                          "' (install tesseract-ocr-" + language + ")");
  }
  // Tesseract's own diagnostics ("Detected 12 diacritics") are noise in a batch's stderr.
  engine->SetVariable("debug_file", "/dev/null");
  engine->SetPageSegMode(tesseract::PSM_AUTO);
  return *engines.emplace(language, std::move(engine)).first->second;
}

int bytes_per_pixel(poppler::image::format_enum format) {
  switch (format) {
    case poppler::image::format_gray8:
      return 1;
    case poppler::image::format_rgb24:
    case poppler::image::format_bgr24:
      return 3;
    case poppler::image::format_argb32:
      return 4;
    default:
      return 0;
  }
}

std::string trim_line_end(std::string line) {
  while (!line.empty() && (line.back() == '\n' || line.back() == ' ' || line.back() == '\r')) {
    line.pop_back();
  }
  return line;
}

// Lines in Tesseract's reading order; a blank line where a new paragraph or block begins.
std::string read_lines(tesseract::TessBaseAPI& engine) {
  std::string text;
  std::unique_ptr<tesseract::ResultIterator> lines(engine.GetIterator());
  if (!lines) return text;
  constexpr auto kLine = tesseract::RIL_TEXTLINE;
  do {
    const std::unique_ptr<char[]> raw(lines->GetUTF8Text(kLine));
    if (!raw) continue;
    const std::string line = trim_line_end(raw.get());
    if (line.find_first_not_of(' ') == std::string::npos) continue;
    const bool new_block =
        lines->IsAtBeginningOf(tesseract::RIL_BLOCK) || lines->IsAtBeginningOf(tesseract::RIL_PARA);
    if (new_block && !text.empty() && !text.ends_with("\n\n")) text.push_back('\n');
    text += line;
    text.push_back('\n');
  } while (lines->Next(kLine));
  return text;
}

}  // namespace

std::optional<OcrMode> parse_ocr_mode(std::string_view text) {
  if (text == "auto") return OcrMode::kAuto;
  if (text == "never") return OcrMode::kNever;
  return std::nullopt;
}

std::string tesseract_version() {
  return tesseract::TessBaseAPI::Version();
}

int ink_pixels_beyond_text(const poppler::page& page) {
  constexpr double kProbeDpi = 24;     // coarse: a page is ~200 x 280 pixels, rendered in ms
  constexpr int kTextMargin = 2;       // pixels around each word box still count as the word
  constexpr unsigned char kInk = 192;  // darker than this is ink (light greys are paper)
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_image_format(poppler::image::format_gray8);
  const poppler::image image = renderer.render_page(&page, kProbeDpi, kProbeDpi);
  if (!image.is_valid() || image.format() != poppler::image::format_gray8) return 0;
  const int width = image.width();
  const int height = image.height();
  std::vector<bool> text_area(static_cast<size_t>(width) * static_cast<size_t>(height), false);
  const double scale = kProbeDpi / 72.0;
  for (const poppler::text_box& box : page.text_list()) {
    const poppler::rectf rect = box.bbox();
    const int left = std::max(0, static_cast<int>(rect.left() * scale) - kTextMargin);
    const int right = std::min(width - 1, static_cast<int>(rect.right() * scale) + kTextMargin);
    const int top = std::max(0, static_cast<int>(rect.top() * scale) - kTextMargin);
    const int bottom = std::min(height - 1, static_cast<int>(rect.bottom() * scale) + kTextMargin);
    for (int y = top; y <= bottom; ++y) {
      for (int x = left; x <= right; ++x) text_area[static_cast<size_t>(y) * width + x] = true;
    }
  }
  int ink = 0;
  for (int y = 0; y < height; ++y) {
    const auto* row = reinterpret_cast<const unsigned char*>(image.const_data()) +
                      static_cast<size_t>(y) * image.bytes_per_row();
    for (int x = 0; x < width; ++x) {
      if (row[x] < kInk && !text_area[static_cast<size_t>(y) * width + x]) ++ink;
    }
  }
  return ink;
}

bool page_needs_ocr(const poppler::page& page, std::string_view layer_text) {
  int visible = 0;
  for (const char c : layer_text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
      // Count characters, not bytes: skip UTF-8 continuation bytes.
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++visible;
      if (visible >= kMinTextLayerCharacters) return false;
    }
  }
  // Little text: a scan, or a born-digital page that holds only the end of a sentence or a page
  // number. Only a scan shows ink where the text layer has no words.
  return ink_pixels_beyond_text(page) >= kMinInkPixelsBeyondText;
}

OcrText recognise_image(const poppler::image& image, int dpi, const std::string& language) {
  const int depth = bytes_per_pixel(image.format());
  if (!image.is_valid() || depth == 0) throw ExtractionError("OCR: page could not be rendered");
  tesseract::TessBaseAPI& engine = engine_for(language);
  // Tesseract reads 3- and 4-byte pixels as R,G,B(,A) in memory order; poppler's argb32 is
  // B,G,R,A in memory. For text on paper the channel order hardly matters; gray8 avoids it.
  engine.SetImage(reinterpret_cast<const unsigned char*>(image.const_data()), image.width(),
                  image.height(), depth, image.bytes_per_row());
  engine.SetSourceResolution(dpi);
  OcrText result;
  if (engine.Recognize(nullptr) == 0) {
    result.text = read_lines(engine);
    result.mean_confidence = result.text.empty() ? 0 : engine.MeanTextConf();
  }
  engine.Clear();  // drop the image and results; keep the loaded model
  return result;
}

bool has_ocr_pages(const PlanText& plan) {
  return std::any_of(plan.pages.begin(), plan.pages.end(),
                     [](const PageText& page) { return page.ocr; });
}

double mean_ocr_confidence(const PlanText& plan) {
  double sum = 0;
  int pages = 0;
  for (const PageText& page : plan.pages) {
    if (!page.ocr) continue;
    sum += page.ocr_confidence;
    ++pages;
  }
  return pages > 0 ? sum / pages : -1;
}

namespace {
std::function<void(int)>& ocr_page_listener() {
  static std::function<void(int)> listener;
  return listener;
}
}  // namespace

void set_ocr_page_listener(std::function<void(int page_number)> listener) {
  ocr_page_listener() = std::move(listener);
}

void announce_ocr_page(int page_number) {
  if (const auto& listener = ocr_page_listener()) listener(page_number);
}

std::vector<std::string> low_ocr_confidence_warnings(const PlanText& plan) {
  std::vector<std::string> warnings;
  for (const PageText& page : plan.pages) {
    if (page.ocr && page.ocr_confidence < kLowOcrConfidence) {
      // Rounded down: a page under the threshold never reads as "confidence 60".
      warnings.push_back("page " + std::to_string(page.number) + ": OCR confidence " +
                         std::to_string(static_cast<int>(std::floor(page.ocr_confidence))) +
                         ", text may be unreliable");
    }
  }
  return warnings;
}

OcrText recognise_page(const poppler::page& page, const OcrOptions& options) {
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_gray8);
  const poppler::image image = renderer.render_page(&page, options.dpi, options.dpi);
  return recognise_image(image, options.dpi, options.language);
}

}  // namespace planmine
