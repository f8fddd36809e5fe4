// The OCR cache: results on disk keyed by the PDF's SHA-256, the page and the OCR settings.
//
// SHA-256 is written out here (FIPS 180-4) because extractors/ links no crypto library and the
// hash is only a cache key; the tests check it against the standard's test vectors.

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

#include "planmine/extractors/ocr.hpp"

namespace planmine {
namespace {

constexpr std::array<std::uint32_t, 64> kRoundConstants = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

// Incremental SHA-256, so a large PDF is hashed without holding it in memory.
class Sha256 {
 public:
  void update(std::string_view bytes) {
    for (const char byte : bytes) {
      block_[block_size_++] = static_cast<std::uint8_t>(byte);
      if (block_size_ == block_.size()) {
        compress();
        block_size_ = 0;
      }
    }
    total_bytes_ += bytes.size();
  }

  std::string hex_digest() {
    const std::uint64_t total_bits = total_bytes_ * 8;
    update(std::string_view("\x80", 1));
    while (block_size_ != 56) update(std::string_view("\0", 1));
    for (int shift = 56; shift >= 0; shift -= 8) {
      const char byte = static_cast<char>((total_bits >> shift) & 0xff);
      update(std::string_view(&byte, 1));
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (const std::uint32_t word : state_) {
      for (int shift = 28; shift >= 0; shift -= 4) hex.push_back(kHex[(word >> shift) & 0xf]);
    }
    return hex;
  }

 private:
  void compress() {
    std::array<std::uint32_t, 64> schedule{};
    for (size_t i = 0; i < 16; ++i) {
      schedule[i] = (std::uint32_t{block_[4 * i]} << 24) |
                    (std::uint32_t{block_[4 * i + 1]} << 16) |
                    (std::uint32_t{block_[4 * i + 2]} << 8) | std::uint32_t{block_[4 * i + 3]};
    }
    for (size_t i = 16; i < 64; ++i) {
      const std::uint32_t s0 = std::rotr(schedule[i - 15], 7) ^ std::rotr(schedule[i - 15], 18) ^
                               (schedule[i - 15] >> 3);
      const std::uint32_t s1 =
          std::rotr(schedule[i - 2], 17) ^ std::rotr(schedule[i - 2], 19) ^ (schedule[i - 2] >> 10);
      schedule[i] = schedule[i - 16] + s0 + schedule[i - 7] + s1;
    }
    auto [a, b, c, d, e, f, g, h] = state_;
    for (size_t i = 0; i < 64; ++i) {
      const std::uint32_t sum1 = std::rotr(e, 6) ^ std::rotr(e, 11) ^ std::rotr(e, 25);
      const std::uint32_t choice = (e & f) ^ (~e & g);
      const std::uint32_t t1 = h + sum1 + choice + kRoundConstants[i] + schedule[i];
      const std::uint32_t sum0 = std::rotr(a, 2) ^ std::rotr(a, 13) ^ std::rotr(a, 22);
      const std::uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
      const std::uint32_t t2 = sum0 + majority;
      h = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    const std::array<std::uint32_t, 8> rounds = {a, b, c, d, e, f, g, h};
    for (size_t i = 0; i < 8; ++i) state_[i] += rounds[i];
  }

  std::array<std::uint32_t, 8> state_ = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                         0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  std::array<std::uint8_t, 64> block_{};
  size_t block_size_ = 0;
  std::uint64_t total_bytes_ = 0;
};

constexpr std::string_view kCacheMagic = "planmine-ocr-cache 1";

std::filesystem::path environment_path(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? std::filesystem::path(value)
                                            : std::filesystem::path();
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  Sha256 hash;
  hash.update(bytes);
  return hash.hex_digest();
}

std::string file_sha256(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open for reading");
  Sha256 hash;
  std::array<char, 1 << 16> buffer{};
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    hash.update(std::string_view(buffer.data(), static_cast<size_t>(in.gcount())));
  }
  if (in.bad()) throw std::runtime_error("read error");
  return hash.hex_digest();
}

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
