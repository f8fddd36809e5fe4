#pragma once
// Optical character recognition of scanned pages (page images without a text layer) with
// Tesseract, and a cache of its results keyed by the file's content, so re-runs do not OCR again.
//
// Only pages whose text layer is (almost) empty are recognised: born-digital pages never pay
// the rendering cost.

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planmine/extractors/plan_text.hpp"

namespace poppler {
class page;
class image;
}  // namespace poppler

namespace planmine {

// --ocr auto|never: recognise scanned pages, or leave them empty.
enum class OcrMode { kAuto, kNever };

// "auto" / "never" (case-sensitive); nullopt for anything else.
std::optional<OcrMode> parse_ocr_mode(std::string_view text);

// A text layer with fewer non-space characters than this counts as "no text layer".
inline constexpr int kMinTextLayerCharacters = 16;

// A page with little text is a scan only when its image shows at least this much ink (pixels
// darker than light grey in a 24 dpi rendering) outside the text layer's words.
inline constexpr int kMinInkPixelsBeyondText = 60;

// Below this mean word confidence (0-100) a page's OCR text is reported as unreliable.
inline constexpr double kLowOcrConfidence = 60;

struct OcrOptions {
  int dpi = 300;                    // rendering resolution handed to Tesseract
  std::string language = "nld";     // Tesseract language (traineddata name)
  bool use_cache = true;            // read and write the OCR cache
  std::filesystem::path cache_dir;  // empty: default_ocr_cache_dir()
};

struct OcrText {
  // Lines in Tesseract's reading order (its layout analysis: blocks, then paragraphs, then
  // lines), each ending in '\n'; a blank line separates paragraphs and blocks, as in
  // lay_out_page(). Not yet cleaned: the extractor applies the same cleaning as to other pages.
  std::string text;
  double mean_confidence = 0;  // Tesseract's mean word confidence, 0-100 (0 when no words)
};

// True when the page's text layer (`layer_text`, as extracted) holds fewer than
// kMinTextLayerCharacters non-space characters and the page shows ink beyond that text (a coarse
// rendering, only made for such near-empty pages): a scanned page. A born-digital page that only
// holds a last line and a page number is not one.
bool page_needs_ocr(const poppler::page& page, std::string_view layer_text);

// The number of ink pixels of a 24 dpi rendering of the page outside its text layer's words.
int ink_pixels_beyond_text(const poppler::page& page);

// Renders `page` at options.dpi (grayscale) and recognises it. Throws ExtractionError when
// Tesseract or its language data is missing.
OcrText recognise_page(const poppler::page& page, const OcrOptions& options = {});

// Recognises an already rendered image (format gray8, rgb24, bgr24 or argb32) of `dpi`.
OcrText recognise_image(const poppler::image& image, int dpi, const std::string& language = "nld");

// "5.3.0": part of every cache key, so a new Tesseract does not reuse older results.
std::string tesseract_version();

// $PLANMINE_OCR_CACHE, else $XDG_CACHE_HOME/planmine/ocr, else ~/.cache/planmine/ocr; empty
// when none of these can be found (then nothing is cached).
std::filesystem::path default_ocr_cache_dir();

// True when any page of the plan was read by OCR.
bool has_ocr_pages(const PlanText& plan);

// The mean of the OCR'd pages' confidences (0-100); -1 when no page was OCR'd.
double mean_ocr_confidence(const PlanText& plan);

// Who hears that Tesseract is about to start on a page (a cache miss: a cached page is quick).
// An extraction worker tells its parent through its pipe, and the parent gives the file more
// time (BatchOptions::ocr_page_timeout_seconds). Process-wide, as the worker is a process of
// its own; none by default.
void set_ocr_page_listener(std::function<void(int page_number)> listener);

// Calls the listener, if any: what PlanOcr does before it recognises a page.
void announce_ocr_page(int page_number);

// One reason per OCR'd page under kLowOcrConfidence, for print_failure(path, reason):
// "page 3: OCR confidence 41, text may be unreliable". The plan itself is kept.
std::vector<std::string> low_ocr_confidence_warnings(const PlanText& plan);

// OCR results on disk, one small file per page. Best effort: a cache that cannot be read or
// written is simply a miss; it never fails an extraction.
class OcrCache {
 public:
  explicit OcrCache(std::filesystem::path dir) : dir_(std::move(dir)) {}

  // The key of one page: content hash + page number + Tesseract version + language + dpi.
  static std::string key(std::string_view content_sha256, int page_number,
                         const OcrOptions& options);

  std::optional<OcrText> find(const std::string& key) const;
  // Writes atomically (temporary file + rename), so a killed run never leaves half an entry.
  void store(const std::string& key, const OcrText& text) const;

  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::filesystem::path dir_;
};

// The OCR of one PDF's pages through the cache. The file is hashed only when its first page
// needs OCR, so born-digital files cost nothing.
class PlanOcr {
 public:
  PlanOcr(std::filesystem::path pdf, OcrOptions options);

  // `page_number` is 1-based, as in PageText.
  OcrText recognise(const poppler::page& page, int page_number);

  int cache_hits() const { return cache_hits_; }

 private:
  std::filesystem::path pdf_;
  OcrOptions options_;
  std::optional<OcrCache> cache_;
  std::string content_sha256_;
  int cache_hits_ = 0;
};

}  // namespace planmine
