// The OCR cache: results on disk keyed by the PDF's SHA-256, the page and the OCR settings.

#include <poppler-page.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include "planmine/extractors/digest.hpp"
#include "planmine/extractors/ocr.hpp"

namespace planmine {
namespace {

constexpr std::string_view kCacheMagic = "planmine-ocr-cache 1";

std::filesystem::path environment_path(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? std::filesystem::path(value)
                                            : std::filesystem::path();
}

}  // namespace

std::filesystem::path default_ocr_cache_dir() {
  if (auto dir = environment_path("PLANMINE_OCR_CACHE"); !dir.empty()) return dir;
  if (auto dir = environment_path("XDG_CACHE_HOME"); !dir.empty()) return dir / "planmine" / "ocr";
  if (auto home = environment_path("HOME"); !home.empty()) {
    return home / ".cache" / "planmine" / "ocr";
  }
  return {};
}

std::string OcrCache::key(std::string_view content_sha256, int page_number,
                          const OcrOptions& options) {
  std::ostringstream key;
  key << content_sha256 << "-p" << page_number << "-tesseract" << tesseract_version() << '-'
      << options.language << '-' << options.dpi << "dpi";
  std::string text = key.str();
  // The key is a file name: keep it to harmless characters whatever the language string holds.
  for (char& c : text) {
    const bool harmless = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                          (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
    if (!harmless) c = '_';
  }
  return text;
}

// Entry format: the magic line, "confidence <value>", then the text itself to the end.
std::optional<OcrText> OcrCache::find(const std::string& key) const {
  if (dir_.empty()) return std::nullopt;
  std::ifstream in(dir_ / key, std::ios::binary);
  if (!in) return std::nullopt;
  std::string magic;
  std::string confidence_line;
  if (!std::getline(in, magic) || magic != kCacheMagic) return std::nullopt;
  if (!std::getline(in, confidence_line) || !confidence_line.starts_with("confidence ")) {
    return std::nullopt;
  }
  OcrText result;
  try {
    result.mean_confidence = std::stod(confidence_line.substr(11));
  } catch (const std::exception&) {
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  result.text = text.str();
  return result;
}

void OcrCache::store(const std::string& key, const OcrText& text) const {
  if (dir_.empty()) return;
  std::error_code error;
  std::filesystem::create_directories(dir_, error);
  if (error) return;
  // A name no other writer (thread or process) uses, so concurrent stores never mix.
  static std::atomic<unsigned> counter{0};
  thread_local std::mt19937_64 random{std::random_device{}()};
  const std::filesystem::path temporary =
      dir_ / (key + ".tmp." + std::to_string(::getpid()) + '.' + std::to_string(counter++) + '.' +
              std::to_string(random() % 1000000));
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return;
    out << kCacheMagic << '\n' << "confidence " << text.mean_confidence << '\n' << text.text;
    out.flush();
    if (!out) {
      out.close();
      std::filesystem::remove(temporary, error);
      return;
    }
  }
  std::filesystem::rename(temporary, dir_ / key, error);
  if (error) std::filesystem::remove(temporary, error);
}

PlanOcr::PlanOcr(std::filesystem::path pdf, OcrOptions options)
    : pdf_(std::move(pdf)), options_(std::move(options)) {
  if (options_.use_cache) {
    std::filesystem::path dir =
        options_.cache_dir.empty() ? default_ocr_cache_dir() : options_.cache_dir;
    if (!dir.empty()) cache_.emplace(std::move(dir));
  }
}

OcrText PlanOcr::recognise(const poppler::page& page, int page_number) {
  if (!cache_) {
    announce_ocr_page(page_number);
    return recognise_page(page, options_);
  }
  if (content_sha256_.empty()) {
    try {
      content_sha256_ = file_sha256(pdf_);
    } catch (const std::exception&) {
      announce_ocr_page(page_number);
      return recognise_page(page, options_);  // unhashable: recognise without the cache
    }
  }
  const std::string key = OcrCache::key(content_sha256_, page_number, options_);
  if (std::optional<OcrText> cached = cache_->find(key)) {
    ++cache_hits_;
    return *cached;
  }
  announce_ocr_page(page_number);
  OcrText result = recognise_page(page, options_);
  cache_->store(key, result);
  return result;
}

}  // namespace planmine
