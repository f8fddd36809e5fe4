// OCR of scanned pages: image-only PDFs are made here from born-digital plans (rendered with
// poppler at 200 dpi, wrapped in a PDF with cairo), recognised with Tesseract and compared, as a
// case-folded bag of words, with the original page's text layer.

#include "planmine/extractors/ocr.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <fmt/core.h>
#include <gtest/gtest.h>
#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <numeric>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "planmine/extractors/digest.hpp"
#include "planmine/extractors/extract.hpp"

namespace planmine {
namespace {

namespace fs = std::filesystem;

const fs::path kSamplePlans = fs::path(PLANMINE_SHARED_DIR) / "sample-plans";

std::unique_ptr<poppler::document> open_pdf(const fs::path& pdf) {
  std::unique_ptr<poppler::document> document(poppler::document::load_from_file(pdf.string()));
  if (!document) throw std::runtime_error("cannot open " + pdf.string());
  return document;
}

std::string page_layer_text(const poppler::page& page) {
  const poppler::byte_array bytes = page.text().to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// A fresh folder under the system's temporary folder, removed at the end of the test.
class TemporaryFolder {
 public:
  TemporaryFolder() {
    std::string pattern = (fs::temp_directory_path() / "planmine-ocr-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TemporaryFolder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// Writes a PDF whose pages are only images: the given pages of `source` rendered at `dpi`.
// No text layer survives, exactly like a scanned plan.
void write_image_only_pdf(const fs::path& source, const std::vector<int>& page_indexes, int dpi,
                          const fs::path& out) {
  auto document = open_pdf(source);
  cairo_surface_t* pdf = cairo_pdf_surface_create(out.c_str(), 595, 842);
  cairo_t* cr = cairo_create(pdf);
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_argb32);
  for (const int index : page_indexes) {
    std::unique_ptr<poppler::page> page(document->create_page(index));
    ASSERT_TRUE(page) << "no page " << index << " in " << source;
    const poppler::rectf size = page->page_rect();
    cairo_pdf_surface_set_size(pdf, size.width(), size.height());
    poppler::image image = renderer.render_page(page.get(), dpi, dpi);
    ASSERT_TRUE(image.is_valid());
    cairo_surface_t* picture = cairo_image_surface_create_for_data(
        reinterpret_cast<unsigned char*>(image.data()), CAIRO_FORMAT_RGB24, image.width(),
        image.height(), image.bytes_per_row());
    cairo_save(cr);
    cairo_scale(cr, 72.0 / dpi, 72.0 / dpi);
    cairo_set_source_surface(cr, picture, 0, 0);
    cairo_paint(cr);
    cairo_restore(cr);
    cairo_show_page(cr);
    cairo_surface_destroy(picture);
  }
  cairo_destroy(cr);
  cairo_surface_finish(pdf);
  ASSERT_EQ(cairo_surface_status(pdf), CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy(pdf);
}

// Words as a multiset: runs of letters and digits, ASCII case folded. Latin letters with
// diacritics (U+00C0-U+024F, "financiële") are letters; other characters (dashes, bullets,
// soft hyphens) separate words, as they are not words a reader would count.
std::map<std::string, int> bag_of_words(std::string_view text) {
  std::map<std::string, int> bag;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) ++bag[word];
    word.clear();
  };
  for (size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if (std::isalnum(byte)) {
        word.push_back(static_cast<char>(std::tolower(byte)));
      } else {
        flush();
      }
      ++i;
      continue;
    }
    size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    length = std::min(length, text.size() - i);
    // Two-byte sequences from C3 80 (U+00C0) up to C9 8F (U+024F), without × and ÷.
    const bool latin_letter = length == 2 && byte >= 0xC3 && byte <= 0xC9 &&
                              text.substr(i, 2) != "\u00D7" && text.substr(i, 2) != "\u00F7";
    if (latin_letter) {
      word.append(text.substr(i, 2));
    } else {
      flush();
    }
    i += length;
  }
  flush();
  return bag;
}

TEST(BagOfWords, CountsLettersWithDiacriticsButNotDashesOrSoftHyphens) {
  const auto bag =
      bag_of_words("Financi\u00EBle 2009\u20132012 dienst\u00ADverlening \u00B7 Dienst");
  EXPECT_EQ(bag.at("financi\u00EBle"), 1);
  EXPECT_EQ(bag.at("2009"), 1);
  EXPECT_EQ(bag.at("2012"), 1);
  EXPECT_EQ(bag.at("dienst"), 2);
  EXPECT_EQ(bag.at("verlening"), 1);
  EXPECT_EQ(bag.size(), 5u);
}

// |original ∩ recognised| / |original|, counted with multiplicity. The words of `original` that
// were not recognised are listed in `missed` (at most 20), for the test's output.
double word_recall(std::string_view original, std::string_view recognised,
                   std::string* missed = nullptr) {
  const auto expected = bag_of_words(original);
  const auto found = bag_of_words(recognised);
  int total = 0;
  int matched = 0;
  int listed = 0;
  for (const auto& [word, count] : expected) {
    total += count;
    const auto hit = found.find(word);
    const int recognised_count = hit == found.end() ? 0 : std::min(count, hit->second);
    matched += recognised_count;
    if (missed != nullptr && recognised_count < count && listed++ < 20) *missed += word + ' ';
  }
  return total == 0 ? 0 : static_cast<double>(matched) / total;
}

OcrOptions uncached() {
  OcrOptions options;
  options.use_cache = false;
  return options;
}

// OCRs page `index` of an image-only copy of `source` and returns its word recall against the
// text layer of the original page.
double recall_of_scanned_page(const fs::path& source, int index, const std::string& label) {
  TemporaryFolder folder;
  const fs::path scan = folder.path() / "scan.pdf";
  write_image_only_pdf(source, {index}, 200, scan);
  auto original = open_pdf(source);
  auto scanned = open_pdf(scan);
  std::unique_ptr<poppler::page> original_page(original->create_page(index));
  std::unique_ptr<poppler::page> scanned_page(scanned->create_page(0));
  const std::string scanned_layer = page_layer_text(*scanned_page);
  EXPECT_TRUE(page_needs_ocr(*scanned_page, scanned_layer))
      << "the image-only page still has a text layer: " << scanned_layer;
  const OcrText text = recognise_page(*scanned_page, uncached());
  const std::string original_text = page_layer_text(*original_page);
  std::string missed;
  const double recall = word_recall(original_text, text.text, &missed);
  int word_count = 0;
  for (const auto& [word, count] : bag_of_words(original_text)) word_count += count;
  fmt::print("OCR recall {}: page {}: {:.1f}% of {} words, mean confidence {:.0f}\n", label,
             index + 1, 100 * recall, word_count, text.mean_confidence);
  fmt::print("  missed: {}\n", missed);
  EXPECT_GE(text.mean_confidence, kLowOcrConfidence) << label;
  return recall;
}

TEST(Sha256, MatchesTheStandardsTestVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256_hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, OfAFileIsTheHashOfItsBytes) {
  const fs::path plan = kSamplePlans / "plan-e01.pdf";
  std::ifstream in(plan, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  ASSERT_GT(bytes.str().size(), 1000u);  // several 64-byte blocks and a partial one
  EXPECT_EQ(file_sha256(plan), sha256_hex(bytes.str()));
  EXPECT_THROW(file_sha256("/nonexistent/plan.pdf"), std::runtime_error);
}

TEST(OcrMode, ParsesAutoAndNeverOnly) {
  EXPECT_EQ(parse_ocr_mode("auto"), OcrMode::kAuto);
  EXPECT_EQ(parse_ocr_mode("never"), OcrMode::kNever);
  EXPECT_FALSE(parse_ocr_mode("always").has_value());
  EXPECT_FALSE(parse_ocr_mode("").has_value());
}

TEST(PageNeedsOcr, NeverForABornDigitalSamplePlanPage) {
  int pages = 0;
  for (const auto& entry : fs::directory_iterator(kSamplePlans)) {
    if (entry.path().extension() != ".pdf") continue;
    auto document = open_pdf(entry.path());
    for (int index = 0; index < document->pages(); ++index) {
      std::unique_ptr<poppler::page> page(document->create_page(index));
      ASSERT_TRUE(page);
      EXPECT_FALSE(page_needs_ocr(*page, page_layer_text(*page)))
          << entry.path().filename() << " page " << index + 1;
      ++pages;
    }
  }
  EXPECT_GE(pages, 8);
}

TEST(PageNeedsOcr, CountsCharactersNotBytesOrSpaces) {
  TemporaryFolder folder;
  const fs::path scan = folder.path() / "scan.pdf";
  write_image_only_pdf(kSamplePlans / "plan-e01.pdf", {0}, 100, scan);  // the title page
  auto document = open_pdf(scan);
  std::unique_ptr<poppler::page> page(document->create_page(0));
  EXPECT_GE(ink_pixels_beyond_text(*page), kMinInkPixelsBeyondText);
  EXPECT_TRUE(page_needs_ocr(*page, ""));
  EXPECT_TRUE(page_needs_ocr(*page, " \n\t 12 \n\n"));             // a lone page number
  EXPECT_TRUE(page_needs_ocr(*page, "ëëëëëëëëëëëëëëë"));           // 15 characters, 30 bytes
  EXPECT_FALSE(page_needs_ocr(*page, "ëëëëëëëëëëëëëëëë"));         // 16 characters
  EXPECT_FALSE(page_needs_ocr(*page, "Realisatieplan gemeente"));  // a real line of text
}

// A born-digital page that holds only the end of a paragraph and a page number (the generator
// makes such pages) has little text but no ink beyond it: it is not a scan.
TEST(PageNeedsOcr, NotForABornDigitalPageWithOnlyALastLine) {
  TemporaryFolder folder;
  const fs::path pdf = folder.path() / "last-line.pdf";
  {
    cairo_surface_t* surface = cairo_pdf_surface_create(pdf.c_str(), 595, 842);
    cairo_t* cr = cairo_create(surface);
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, 10);
    cairo_move_to(cr, 72, 80);
    cairo_show_text(cr, "advies.");
    cairo_move_to(cr, 280, 800);
    cairo_show_text(cr, "blad 9");
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
  }
  auto document = open_pdf(pdf);
  std::unique_ptr<poppler::page> page(document->create_page(0));
  const std::string layer = page_layer_text(*page);
  ASSERT_NE(layer.find("advies."), std::string::npos);
  EXPECT_LT(ink_pixels_beyond_text(*page), kMinInkPixelsBeyondText);
  EXPECT_FALSE(page_needs_ocr(*page, layer));
}

TEST(RecogniseImage, ABlankPageYieldsNoText) {
  poppler::image blank(600, 800, poppler::image::format_gray8);
  std::fill(blank.data(), blank.data() + blank.bytes_per_row() * blank.height(), '\xff');
  const OcrText text = recognise_image(blank, 100);
  EXPECT_EQ(text.text.find_first_not_of(" \n"), std::string::npos) << text.text;
  EXPECT_EQ(text.mean_confidence, 0);
}

TEST(RecogniseImage, UnknownLanguageIsAClearError) {
  poppler::image blank(100, 100, poppler::image::format_gray8);
  EXPECT_THROW(recognise_image(blank, 100, "xx-no-such-language"), std::exception);
}

TEST(RecognisePage, RecoversTheWordsOfTwoScannedSamplePlanPages) {
  // Two body pages of a sample plan (pages 3 and 5: running text with headings and a list).
  const fs::path plan = kSamplePlans / "plan-e01.pdf";
  for (const int index : {2, 4}) {
    EXPECT_GE(recall_of_scanned_page(plan, index, "sample plan-e01"), 0.95) << "page " << index + 1;
  }
}

TEST(RecognisePage, KeepsParagraphsApartWithBlankLines) {
  TemporaryFolder folder;
  const fs::path scan = folder.path() / "scan.pdf";
  write_image_only_pdf(kSamplePlans / "plan-f03.pdf", {1}, 200, scan);
  auto scanned = open_pdf(scan);
  std::unique_ptr<poppler::page> page(scanned->create_page(0));
  const OcrText text = recognise_page(*page, uncached());
  ASSERT_FALSE(text.text.empty());
  EXPECT_EQ(text.text.back(), '\n');
  EXPECT_NE(text.text.find("\n\n"), std::string::npos) << "no paragraph break in:\n" << text.text;
  EXPECT_EQ(text.text.find("\n\n\n"), std::string::npos);
}

// One plan from `planmine corpus` (the generator), or an empty path when it cannot make one yet.
fs::path generate_one_plan(const fs::path& folder) {
  const fs::path binary = PLANMINE_BINARY;
  if (!fs::exists(binary)) return {};
  const std::string command =
      fmt::format("'{}' corpus --out '{}' --plans 1 --validation 0 >/dev/null 2>&1",
                  binary.string(), (folder / "corpus").string());
  if (std::system(command.c_str()) != 0) return {};
  fs::path plan;
  for (const auto& entry : fs::recursive_directory_iterator(folder / "corpus")) {
    if (entry.path().extension() == ".pdf") plan = entry.path();
  }
  return plan;
}

// Runs a command and returns what it printed on stdout; nullopt when it failed.
std::optional<std::string> command_output(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
  if (!pipe) return std::nullopt;
  std::string output;
  std::array<char, 4096> buffer{};
  size_t read = 0;
  while ((read = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0) {
    output.append(buffer.data(), read);
  }
  const int status = ::pclose(pipe.release());
  if (status != 0) return std::nullopt;
  return output;
}

// The `type` column of each data line of `planmine classify --format csv`.
std::vector<std::string> plan_types(const std::string& csv) {
  std::vector<std::string> types;
  std::istringstream lines(csv);
  std::string line;
  std::getline(lines, line);  // the header
  while (std::getline(lines, line)) {
    const size_t first = line.rfind(".pdf,");
    if (first == std::string::npos) continue;
    const size_t start = first + 5;
    types.push_back(line.substr(start, line.find(',', start) - start));
  }
  return types;
}

TEST(RecognisePage, RecoversTheWordsOfAScannedGeneratedPlanPage) {
  TemporaryFolder folder;
  const fs::path plan = generate_one_plan(folder.path());
  if (plan.empty()) GTEST_SKIP() << "the corpus generator does not write plans yet";
  auto document = open_pdf(plan);
  // The page with the most words: a body page, not the title page.
  int best = 0;
  size_t most_words = 0;
  for (int index = 0; index < document->pages(); ++index) {
    std::unique_ptr<poppler::page> page(document->create_page(index));
    const size_t words = bag_of_words(page_layer_text(*page)).size();
    if (words > most_words) {
      most_words = words;
      best = index;
    }
  }
  EXPECT_GE(recall_of_scanned_page(plan, best, "generated plan"), 0.95);
}

TEST(Classify, AScannedGeneratedPlanGetsTheSameTypeAsTheBornDigitalOriginal) {
  TemporaryFolder folder;
  const fs::path plan = generate_one_plan(folder.path());
  if (plan.empty()) GTEST_SKIP() << "the corpus generator does not write plans yet";
  std::vector<int> every_page(static_cast<size_t>(open_pdf(plan)->pages()));
  std::iota(every_page.begin(), every_page.end(), 0);
  const fs::path scan = folder.path() / "scan.pdf";
  write_image_only_pdf(plan, every_page, 200, scan);
  const std::string command =
      fmt::format("PLANMINE_OCR_CACHE='{}' '{}' classify --format csv '{}' '{}'",
                  (folder.path() / "cache").string(), std::string(PLANMINE_BINARY), plan.string(),
                  scan.string());
  const std::optional<std::string> csv = command_output(command);
  if (!csv || csv->find("path,type") == std::string::npos) {
    GTEST_SKIP() << "planmine classify --format csv does not work yet";
  }
  const std::vector<std::string> types = plan_types(*csv);
  ASSERT_EQ(types.size(), 2u) << *csv;
  fmt::print("plan type: born-digital {}, scanned (OCR of {} pages) {}\n", types[0],
             every_page.size(), types[1]);
  EXPECT_EQ(types[1], types[0]) << *csv;
}

// Runs planmine with `arguments` (already quoted), an OCR cache in `folder`; stdout is returned,
// stderr goes to folder/stderr, the exit status to `status`.
std::string run_planmine(const fs::path& folder, const std::string& arguments, int& status) {
  const std::string command =
      fmt::format("PLANMINE_OCR_CACHE='{}' '{}' {} 2>'{}'", (folder / "cache").string(),
                  std::string(PLANMINE_BINARY), arguments, (folder / "stderr").string());
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
  std::string output;
  std::array<char, 4096> buffer{};
  size_t read = 0;
  while (pipe && (read = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0) {
    output.append(buffer.data(), read);
  }
  const int raw = pipe ? ::pclose(pipe.release()) : -1;
  status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return output;
}

std::string read_text_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(ExtractCommand, OcrAutoReadsAScanAndNeverLeavesItAnError) {
  if (!fs::exists(PLANMINE_BINARY)) GTEST_SKIP() << "planmine not built";
  TemporaryFolder folder;
  const fs::path scan = folder.path() / "scan.pdf";
  write_image_only_pdf(kSamplePlans / "plan-f02.pdf", {2}, 200, scan);

  int status = -1;
  const std::string jsonl = run_planmine(
      folder.path(), fmt::format("extract --format jsonl '{}'", scan.string()), status);
  EXPECT_EQ(status, 0) << read_text_file(folder.path() / "stderr");
  const auto plan = nlohmann::json::parse(jsonl);
  ASSERT_EQ(plan["metadata"]["ocr_pages"].size(), 1u) << jsonl;
  EXPECT_EQ(plan["metadata"]["ocr_pages"][0]["page"], 1);
  EXPECT_GE(plan["metadata"]["ocr_pages"][0]["confidence"].get<double>(), kLowOcrConfidence);
  EXPECT_GT(bag_of_words(plan["pages"][0].get<std::string>()).size(), 100u);

  run_planmine(folder.path(), fmt::format("extract --ocr never '{}'", scan.string()), status);
  EXPECT_EQ(status, 1);
  EXPECT_EQ(read_text_file(folder.path() / "stderr"),
            fmt::format("planmine: {}: no text layer: scanned image? (OCR is off: --ocr never)\n",
                        scan.string()));

  run_planmine(folder.path(), fmt::format("extract --ocr sometimes '{}'", scan.string()), status);
  EXPECT_EQ(status, 2);
}

TEST(ExtractCommand, APoorScanIsKeptWithAWarningLine) {
  if (!fs::exists(PLANMINE_BINARY)) GTEST_SKIP() << "planmine not built";
  TemporaryFolder folder;
  const fs::path scan = folder.path() / "poor scan.pdf";
  write_image_only_pdf(kSamplePlans / "plan-e01.pdf", {2}, 30, scan);  // a coarse 30 dpi scan
  int status = -1;
  const std::string jsonl = run_planmine(
      folder.path(), fmt::format("extract --format jsonl '{}'", scan.string()), status);
  EXPECT_EQ(status, 0);
  const auto plan = nlohmann::json::parse(jsonl);
  ASSERT_EQ(plan["metadata"]["ocr_pages"].size(), 1u) << jsonl;
  const double confidence = plan["metadata"]["ocr_pages"][0]["confidence"].get<double>();
  fmt::print("30 dpi scan: OCR confidence {:.0f}\n", confidence);
  ASSERT_LT(confidence, kLowOcrConfidence)
      << "the coarse scan is no longer poor; pick a coarser one";
  EXPECT_EQ(read_text_file(folder.path() / "stderr"),
            fmt::format("planmine: {}: page 1: OCR confidence {}, text may be unreliable\n",
                        scan.string(), static_cast<int>(confidence)));
}

// --file-timeout 1 would kill a 3-page scan (render + Tesseract take about a second a page);
// each page OCR'd adds --ocr-page-timeout (default 30 s), so it is read. Cold cache each time:
// run_planmine points PLANMINE_OCR_CACHE into the fresh folder.
TEST(ExtractCommand, AScanGetsMoreTimeForEachPageItOcrs) {
  if (!fs::exists(PLANMINE_BINARY)) GTEST_SKIP() << "planmine not built";
  TemporaryFolder folder;
  const fs::path scan = folder.path() / "scan.pdf";
  write_image_only_pdf(kSamplePlans / "plan-e03.pdf", {0, 1, 2}, 200, scan);
  int status = -1;
  const std::string jsonl = run_planmine(
      folder.path(), fmt::format("extract --format jsonl --file-timeout 1 '{}'", scan.string()),
      status);
  EXPECT_EQ(status, 0) << read_text_file(folder.path() / "stderr");
  ASSERT_FALSE(jsonl.empty());
  const auto plan = nlohmann::json::parse(jsonl);
  EXPECT_EQ(plan["metadata"]["ocr_pages"].size(), 3u) << jsonl;
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder.path() / "cache")) {
    ++entries;
  }
  EXPECT_EQ(entries, 3u) << "the cache was not cold: three pages recognised";

  // Without that allowance the same scan, again uncached, is given up at the file timeout.
  TemporaryFolder cold;
  fs::copy_file(scan, cold.path() / "scan.pdf");
  run_planmine(cold.path(),
               fmt::format("extract --file-timeout 1 --ocr-page-timeout 0 '{}'",
                           (cold.path() / "scan.pdf").string()),
               status);
  EXPECT_EQ(status, 1);
  EXPECT_EQ(read_text_file(cold.path() / "stderr"),
            fmt::format("planmine: {}: gave up after 1 s\n", (cold.path() / "scan.pdf").string()));
}

TEST(PlanOcr, CachesResultsByContentSoARerunDoesNotRecogniseAgain) {
  TemporaryFolder folder;
  const fs::path scan = folder.path() / "scan.pdf";
  write_image_only_pdf(kSamplePlans / "plan-e02.pdf", {1}, 200, scan);
  auto scanned = open_pdf(scan);
  std::unique_ptr<poppler::page> page(scanned->create_page(0));
  OcrOptions options;
  options.cache_dir = folder.path() / "cache";

  PlanOcr first_run(scan, options);
  const OcrText first = first_run.recognise(*page, 1);
  EXPECT_EQ(first_run.cache_hits(), 0);
  ASSERT_FALSE(first.text.empty());

  // One entry, named by the content hash, with no temporary file left behind.
  std::vector<fs::path> entries;
  for (const auto& entry : fs::directory_iterator(options.cache_dir)) entries.push_back(entry);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].filename().string(), OcrCache::key(file_sha256(scan), 1, options));

  // A copy under another name has the same content: a hit, with the same text and confidence.
  const fs::path copy = folder.path() / "renamed.pdf";
  fs::copy_file(scan, copy);
  PlanOcr second_run(copy, options);
  const OcrText second = second_run.recognise(*page, 1);
  EXPECT_EQ(second_run.cache_hits(), 1);
  EXPECT_EQ(second.text, first.text);
  EXPECT_NEAR(second.mean_confidence, first.mean_confidence, 0.01);

  // Another page number or another dpi is another key.
  EXPECT_NE(OcrCache::key("abc", 1, options), OcrCache::key("abc", 2, options));
  OcrOptions coarse = options;
  coarse.dpi = 150;
  EXPECT_NE(OcrCache::key("abc", 1, options), OcrCache::key("abc", 1, coarse));
}

TEST(OcrCache, ACorruptEntryIsAMiss) {
  TemporaryFolder folder;
  const OcrCache cache(folder.path());
  { std::ofstream(folder.path() / "broken") << "not a cache entry\n"; }
  EXPECT_FALSE(cache.find("broken").has_value());
  EXPECT_FALSE(cache.find("missing").has_value());
  cache.store("good", OcrText{"Regel een\n\nRegel twee\n", 87.5});
  const auto found = cache.find("good");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->text, "Regel een\n\nRegel twee\n");
  EXPECT_DOUBLE_EQ(found->mean_confidence, 87.5);
}

TEST(OcrCache, DefaultFolderFollowsTheEnvironment) {
  const char* saved = std::getenv("PLANMINE_OCR_CACHE");
  const std::string saved_value = saved ? saved : "";
  ::setenv("PLANMINE_OCR_CACHE", "/tmp/elsewhere/ocr", 1);
  EXPECT_EQ(default_ocr_cache_dir(), fs::path("/tmp/elsewhere/ocr"));
  ::unsetenv("PLANMINE_OCR_CACHE");
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg != nullptr && *xdg != '\0') {
    EXPECT_EQ(default_ocr_cache_dir(), fs::path(xdg) / "planmine" / "ocr");
  } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    EXPECT_EQ(default_ocr_cache_dir(), fs::path(home) / ".cache" / "planmine" / "ocr");
  }
  if (saved) ::setenv("PLANMINE_OCR_CACHE", saved_value.c_str(), 1);
}

std::string plan_words(const PlanText& plan) {
  std::string text;
  for (const PageText& page : plan.pages) text += page.text;
  return text;
}

TEST(ExtractPlan, ReadsAScannedPlanByOcrThroughTheSameCleaning) {
  TemporaryFolder folder;
  const fs::path original = kSamplePlans / "plan-e03.pdf";
  const fs::path scan = folder.path() / "scan.pdf";
  write_image_only_pdf(original, {1, 2}, 200, scan);
  ExtractOptions options;
  options.ocr_options.cache_dir = folder.path() / "cache";
  const PlanText scanned = extract_plan(scan, options);
  ASSERT_EQ(scanned.pages.size(), 2u);
  for (const PageText& page : scanned.pages) {
    EXPECT_TRUE(page.ocr) << "page " << page.number;
    EXPECT_GE(page.ocr_confidence, kLowOcrConfidence) << "page " << page.number;
    EXPECT_LE(page.ocr_confidence, 100) << "page " << page.number;
  }
  EXPECT_TRUE(has_ocr_pages(scanned));
  EXPECT_TRUE(low_ocr_confidence_warnings(scanned).empty());

  // The born-digital pages, cleaned by the same extractor (headers, hyphenation, characters).
  {
    // The same two pages with their text layer: extract the whole plan and keep pages 2 and 3.
    const PlanText whole = extract_plan(original, options);
    ASSERT_GE(whole.pages.size(), 3u);
    EXPECT_FALSE(has_ocr_pages(whole));
    const std::string expected = whole.pages[1].text + whole.pages[2].text;
    const double recall = word_recall(expected, plan_words(scanned));
    fmt::print("OCR recall through extract_plan, sample plan-e03 pages 2-3: {:.1f}%\n",
               100 * recall);
    EXPECT_GE(recall, 0.95);
  }

  // --ocr never: the scan has no text, which is the foundation's error.
  options.ocr = OcrMode::kNever;
  try {
    extract_plan(scan, options);
    ADD_FAILURE() << "a scan without OCR gave text";
  } catch (const ExtractionError& error) {
    EXPECT_EQ(std::string(error.what()), "no text layer: scanned image? (OCR is off: --ocr never)");
  }
}

TEST(ExtractPlan, AScanWithNoTextEvenAfterOcrIsStillAnError) {
  TemporaryFolder folder;
  const fs::path blank = folder.path() / "blank.pdf";
  {
    cairo_surface_t* pdf = cairo_pdf_surface_create(blank.c_str(), 595, 842);
    cairo_t* cr = cairo_create(pdf);
    cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);  // an empty grey scan: ink, but no text
    cairo_rectangle(cr, 40, 40, 515, 762);
    cairo_fill(cr);
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_destroy(pdf);
  }
  ExtractOptions options;
  options.ocr_options.cache_dir = folder.path() / "cache";
  try {
    extract_plan(blank, options);
    ADD_FAILURE() << "an empty scan gave text";
  } catch (const ExtractionError& error) {
    EXPECT_EQ(std::string(error.what()), "no text layer: scanned image? OCR found no text");
  }
  // OCR did run (and its empty result was cached).
  ASSERT_TRUE(fs::exists(options.ocr_options.cache_dir));
  EXPECT_FALSE(fs::is_empty(options.ocr_options.cache_dir));
}

TEST(ExtractPlan, NoSamplePlanPageIsReadByOcr) {
  ExtractOptions options;
  options.ocr_options.use_cache = false;
  for (const auto& entry : fs::directory_iterator(kSamplePlans)) {
    if (entry.path().extension() != ".pdf") continue;
    const PlanText plan = extract_plan(entry.path(), options);
    EXPECT_FALSE(has_ocr_pages(plan)) << entry.path().filename();
    for (const PageText& page : plan.pages) EXPECT_EQ(page.ocr_confidence, -1);
  }
}

TEST(LowOcrConfidenceWarnings, NameEachUnreliablePage) {
  PlanText plan;
  plan.pages.push_back({1, "Inleiding\n", false, -1});
  plan.pages.push_back({2, "Onleesbare scan\n", true, 41.4});
  plan.pages.push_back({3, "Goede scan\n", true, 88});
  plan.pages.push_back({4, "Bijna goed\n", true, 59.6});
  const std::vector<std::string> warnings = low_ocr_confidence_warnings(plan);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0], "page 2: OCR confidence 41, text may be unreliable");
  // Rounded down, so a page under the threshold never reads as "confidence 60".
  EXPECT_EQ(warnings[1], "page 4: OCR confidence 59, text may be unreliable");
  EXPECT_TRUE(has_ocr_pages(plan));
}

}  // namespace
}  // namespace planmine
