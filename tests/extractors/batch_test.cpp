// The batch API: worker processes, per-file limits, input order, and the result serialization.

#include "planmine/extractors/batch.hpp"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "fixture_pdfs.hpp"
#include "planmine/extractors/extract.hpp"

namespace planmine {
namespace {

namespace fs = std::filesystem;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif

PlanText sample_plan() {
  PlanText plan;
  plan.path = "map met spatie/plan \u00E9\u00E9n.pdf";
  plan.metadata = {"Titel", "Auteur", "Chrome", "Skia/PDF", "2009-04-14T10:00:00", 2};
  plan.pages.push_back({1, "eerste pagina\nmet\ttab\n", false, -1});
  plan.pages.push_back({2, std::string("nul\0byte", 8), true, 87.5});
  return plan;
}

TEST(Serialization, RoundTripsEveryField) {
  const PlanText plan = sample_plan();
  const PlanText back = deserialize_plan_text(serialize_plan_text(plan));
  EXPECT_EQ(back.path, plan.path);
  EXPECT_EQ(back.metadata.title, "Titel");
  EXPECT_EQ(back.metadata.author, "Auteur");
  EXPECT_EQ(back.metadata.creator, "Chrome");
  EXPECT_EQ(back.metadata.producer, "Skia/PDF");
  EXPECT_EQ(back.metadata.creation_date, "2009-04-14T10:00:00");
  EXPECT_EQ(back.metadata.page_count, 2);
  ASSERT_EQ(back.pages.size(), 2u);
  EXPECT_EQ(back.pages[0].text, plan.pages[0].text);
  EXPECT_EQ(back.pages[1].text, plan.pages[1].text);
  EXPECT_EQ(back.pages[1].number, 2);
  EXPECT_TRUE(back.pages[1].ocr);
  EXPECT_DOUBLE_EQ(back.pages[1].ocr_confidence, 87.5);
  EXPECT_FALSE(back.pages[0].ocr);
}

TEST(Serialization, RejectsEveryTruncationAndGarbage) {
  const std::string bytes = serialize_plan_text(sample_plan());
  for (size_t size = 0; size < bytes.size(); ++size) {
    EXPECT_THROW(deserialize_plan_text(std::string_view(bytes).substr(0, size)), std::runtime_error)
        << size;
  }
  EXPECT_THROW(deserialize_plan_text(bytes + "x"), std::runtime_error);
  EXPECT_THROW(deserialize_plan_text("garbage"), std::runtime_error);
}

TEST(ByteSize, ReadsUnits) {
  EXPECT_EQ(parse_byte_size("2G"), 2ULL << 30);
  EXPECT_EQ(parse_byte_size("512M"), 512ULL << 20);
  EXPECT_EQ(parse_byte_size("100k"), 100ULL << 10);
  EXPECT_EQ(parse_byte_size("1GiB"), 1ULL << 30);
  EXPECT_EQ(parse_byte_size("4096"), 4096u);
  EXPECT_FALSE(parse_byte_size(""));
  EXPECT_FALSE(parse_byte_size("G"));
  EXPECT_FALSE(parse_byte_size("2T"));
  EXPECT_FALSE(parse_byte_size("-1"));
  EXPECT_FALSE(parse_byte_size("99999999999999999999"));
}

// A stand-in extractor whose behaviour the file name chooses, so each failure can be staged.
PlanText staged_extract(const fs::path& file) {
  const std::string name = file.filename().string();
  if (name == "crash") ::raise(SIGSEGV);
  if (name == "hang") std::this_thread::sleep_for(std::chrono::seconds(30));
  if (name == "abort") std::abort();
  if (name == "greedy") {
    // Touch far more memory than the limit allows.
    std::vector<std::vector<char>> hoard;
    for (int i = 0; i < 64; ++i) hoard.emplace_back(64u << 20, 'x');
  }
  if (name == "unreadable") throw ExtractionError("not a PDF");
  if (name == "leaky") {
    // Keeps 300 MiB touched after it is done, as a leak in a library would.
    static std::vector<std::vector<char>> kept;
    kept.emplace_back(300u << 20, 'x');
  }
  if (name.starts_with("slow")) std::this_thread::sleep_for(std::chrono::milliseconds(300));
  if (name.starts_with("mark-")) std::ofstream(file.string() + ".done") << "extracted\n";
  // A scan: three pages OCR'd, 0.7 s each, as PlanOcr announces them.
  if (name == "scan") {
    for (int page = 1; page <= 3; ++page) {
      announce_ocr_page(page);
      std::this_thread::sleep_for(std::chrono::milliseconds(700));
    }
  }
  if (name == "scan-hang") {
    announce_ocr_page(1);
    std::this_thread::sleep_for(std::chrono::seconds(30));
  }
  PlanText plan;
  plan.path = file;
  plan.metadata.page_count = 1;
  plan.pages.push_back(
      {1, "tekst van " + name + " uit proces " + std::to_string(::getpid()) + "\n"});
  return plan;
}

std::vector<BatchResult> run_batch(const std::vector<fs::path>& files, BatchOptions options) {
  options.extract = staged_extract;
  std::vector<BatchResult> results;
  extract_batch(files, options,
                [&](BatchResult&& result) { results.push_back(std::move(result)); });
  return results;
}

TEST(ExtractBatch, DeliversInInputOrderFromOtherProcesses) {
  const std::vector<fs::path> files = {"slow-a", "b", "slow-c", "d", "e"};
  BatchOptions options;
  options.jobs = 3;
  const auto results = run_batch(files, options);
  ASSERT_EQ(results.size(), files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    EXPECT_EQ(results[i].path, files[i]);
    ASSERT_TRUE(results[i].plan) << results[i].error;
    const std::string& text = results[i].plan->pages[0].text;
    EXPECT_NE(text.find("tekst van " + files[i].string()), std::string::npos);
    EXPECT_EQ(text.find("uit proces " + std::to_string(::getpid()) + "\n"), std::string::npos)
        << "extracted in the parent process";
  }
}

std::string process_of(const BatchResult& result) {
  const std::string& text = result.plan->pages[0].text;
  return text.substr(text.find(" uit proces "));
}

TEST(ExtractBatch, AWorkerGoesOnToTheNextFile) {
  BatchOptions options;
  options.jobs = 1;
  const auto results = run_batch({"a", "b", "c"}, options);
  ASSERT_EQ(results.size(), 3u);
  for (const BatchResult& result : results) ASSERT_TRUE(result.plan) << result.error;
  EXPECT_EQ(process_of(results[0]), process_of(results[1]));
  EXPECT_EQ(process_of(results[1]), process_of(results[2]));
}

TEST(ExtractBatch, TheFileAfterACrashOrATimeoutGetsAFreshWorker) {
  BatchOptions options;
  options.jobs = 1;
  options.file_timeout_seconds = 0.5;
  const auto results = run_batch({"a", "crash", "b", "hang", "c"}, options);
  ASSERT_EQ(results.size(), 5u);
  ASSERT_TRUE(results[0].plan) << results[0].error;
  EXPECT_FALSE(results[1].plan);
  ASSERT_TRUE(results[2].plan) << results[2].error;
  EXPECT_EQ(results[3].error, "gave up after 0.5 s");
  ASSERT_TRUE(results[4].plan) << results[4].error;
  EXPECT_NE(process_of(results[0]), process_of(results[2]));
  EXPECT_NE(process_of(results[2]), process_of(results[4]));
}

TEST(ExtractBatch, AWorkerThatGrewPastHalfItsLimitIsReplaced) {
  if (kAddressSanitizer) GTEST_SKIP() << "AddressSanitizer cannot run under an address-space limit";
  BatchOptions options;
  options.jobs = 1;
  options.file_memory_bytes = 512ULL << 20;
  const auto results = run_batch({"a", "leaky", "b", "leaky", "c"}, options);
  ASSERT_EQ(results.size(), 5u);
  for (const BatchResult& result : results) ASSERT_TRUE(result.plan) << result.error;
  // Without the fresh start the second leak would not fit under the limit.
  EXPECT_EQ(process_of(results[0]), process_of(results[1]));
  EXPECT_NE(process_of(results[1]), process_of(results[2]));
  EXPECT_EQ(process_of(results[2]), process_of(results[3]));
  EXPECT_NE(process_of(results[3]), process_of(results[4]));
}

TEST(ExtractBatch, OneBadFileDoesNotStopTheOthers) {
  const std::vector<fs::path> files = {"a", "crash", "b", "abort", "unreadable", "c"};
  BatchOptions options;
  options.jobs = 2;
  const auto results = run_batch(files, options);
  ASSERT_EQ(results.size(), files.size());
  EXPECT_TRUE(results[0].plan);
  EXPECT_FALSE(results[1].plan);
  if (kAddressSanitizer) {
    // AddressSanitizer catches SIGSEGV itself and exits with a status instead.
    EXPECT_TRUE(results[1].error.starts_with("extractor")) << results[1].error;
  } else {
    EXPECT_EQ(results[1].error, "extractor crashed (signal 11)");
  }
  EXPECT_TRUE(results[2].plan);
  EXPECT_EQ(results[3].error, "extractor crashed (signal 6)");
  EXPECT_EQ(results[4].error, "not a PDF");
  EXPECT_TRUE(results[5].plan);
}

TEST(ExtractBatch, GivesUpOnAFileAfterTheTimeout) {
  BatchOptions options;
  options.jobs = 2;
  options.file_timeout_seconds = 0.5;
  const auto start = std::chrono::steady_clock::now();
  const auto results = run_batch({"hang", "a"}, options);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0].error, "gave up after 0.5 s");
  EXPECT_TRUE(results[1].plan);
  EXPECT_LT(elapsed, std::chrono::seconds(10));
}

TEST(ExtractBatch, TimeoutMessageUsesWholeSeconds) {
  BatchOptions options;
  options.file_timeout_seconds = 1;
  const auto results = run_batch({"hang"}, options);
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].error, "gave up after 1 s");
}

TEST(ExtractBatch, GivesAFileMoreTimeForEachPageItOcrs) {
  BatchOptions options;
  options.jobs = 2;
  options.file_timeout_seconds = 1;      // the scan takes 2.1 s ...
  options.ocr_page_timeout_seconds = 1;  // ... of the 1 + 3 x 1 s it is allowed
  const auto results = run_batch({"scan", "a"}, options);
  ASSERT_EQ(results.size(), 2u);
  EXPECT_TRUE(results[0].plan) << results[0].error;
  EXPECT_TRUE(results[1].plan) << results[1].error;
}

TEST(ExtractBatch, WithoutTimeForOcrPagesAScanGivesUpAtTheFileTimeout) {
  BatchOptions options;
  options.file_timeout_seconds = 1;
  options.ocr_page_timeout_seconds = 0;
  const auto results = run_batch({"scan"}, options);
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].error, "gave up after 1 s");
}

TEST(ExtractBatch, AnOcrPageThatNeverEndsIsStillStopped) {
  BatchOptions options;
  options.file_timeout_seconds = 1;
  options.ocr_page_timeout_seconds = 1.5;
  const auto start = std::chrono::steady_clock::now();
  const auto results = run_batch({"scan-hang"}, options);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].error, "gave up after 2.5 s (1 s + 1.5 s for 1 OCR'd page)");
  EXPECT_GE(elapsed, std::chrono::milliseconds(2500));
  EXPECT_LT(elapsed, std::chrono::seconds(10));
}

TEST(ExtractBatch, StopsAFileThatEatsMemory) {
  if (kAddressSanitizer) GTEST_SKIP() << "AddressSanitizer cannot run under an address-space limit";
  BatchOptions options;
  options.jobs = 1;
  options.file_memory_bytes = 512ULL << 20;
  const auto results = run_batch({"greedy", "a"}, options);
  ASSERT_EQ(results.size(), 2u);
  EXPECT_FALSE(results[0].plan);
  EXPECT_EQ(results[0].error, "out of memory (limit 512 MiB)");
  EXPECT_TRUE(results[1].plan);
}

TEST(ExtractBatch, RealExtractionOfMissingFileIsAResult) {
  BatchOptions options;
  options.jobs = 1;
  std::vector<BatchResult> results;
  extract_batch({"/nonexistent/plan.pdf"}, options,
                [&](BatchResult&& result) { results.push_back(std::move(result)); });
  ASSERT_EQ(results.size(), 1u);
  EXPECT_FALSE(results[0].plan);
  EXPECT_NE(results[0].error.find("cannot read"), std::string::npos) << results[0].error;
}

TEST(ExtractBatch, AHostilePdfThatMakesPopplerSpinIsGivenUpOn) {
  const fs::path dir = fs::temp_directory_path() / ("planmine-batch-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path small_bomb = dir / "small.pdf";
  const fs::path bomb = dir / "bomb.pdf";
  const fs::path plan = dir / "plan.pdf";
  testing::write_form_bomb_pdf(small_bomb, 2, 10);  // 100 draws: harmless, proves the PDF reads
  testing::write_form_bomb_pdf(bomb, 8, 10);        // 10^8 draws: poppler would take minutes
  testing::write_pdf(plan, testing::plan_layout_pages());
  BatchOptions options;
  options.jobs = 2;
  options.file_timeout_seconds = 2;
  std::vector<BatchResult> results;
  const auto start = std::chrono::steady_clock::now();
  extract_batch({small_bomb, bomb, plan}, options,
                [&](BatchResult&& result) { results.push_back(std::move(result)); });
  const auto elapsed = std::chrono::steady_clock::now() - start;
  fs::remove_all(dir);
  ASSERT_EQ(results.size(), 3u);
  ASSERT_TRUE(results[0].plan) << results[0].error;
  EXPECT_NE(results[0].plan->pages[0].text.find("lus"), std::string::npos);
  EXPECT_FALSE(results[1].plan);
  // Within the time limit, or stopped by the memory limit first: either way, one reason.
  EXPECT_TRUE(results[1].error == "gave up after 2 s" ||
              results[1].error.starts_with("out of memory"))
      << results[1].error;
  ASSERT_TRUE(results[2].plan) << results[2].error;
  EXPECT_LT(elapsed, std::chrono::seconds(20));
}

// What a caller's prepare step makes of a text: its first line and the process that made it.
std::string staged_prepare(const PlanText& plan) {
  if (plan.path.filename() == "prepare-fails") throw std::runtime_error("cannot classify: staged");
  const std::string& text = plan.pages.front().text;
  return text.substr(0, text.find('\n'));
}

TEST(ExtractBatch, PreparesEachTextInItsWorker) {
  BatchOptions options;
  options.jobs = 2;
  options.prepare = staged_prepare;
  const auto results = run_batch({"a", "prepare-fails", "crash", "b"}, options);
  ASSERT_EQ(results.size(), 4u);
  ASSERT_TRUE(results[0].plan) << results[0].error;
  EXPECT_TRUE(results[0].prepared.starts_with("tekst van a uit proces ")) << results[0].prepared;
  EXPECT_NE(results[0].prepared, "tekst van a uit proces " + std::to_string(::getpid()));
  // The caller's own failure is reported in its own words, and the batch goes on.
  EXPECT_FALSE(results[1].plan);
  EXPECT_EQ(results[1].error, "cannot classify: staged");
  EXPECT_FALSE(results[2].plan);
  ASSERT_TRUE(results[3].plan) << results[3].error;
  EXPECT_TRUE(results[3].prepared.starts_with("tekst van b")) << results[3].prepared;
}

std::vector<BatchResult> run_batch_in_helper(const std::vector<fs::path>& files,
                                             BatchOptions options) {
  options.extract = staged_extract;
  std::vector<BatchResult> results;
  extract_batch_in_helper(files, options,
                          [&](BatchResult&& result) { results.push_back(std::move(result)); });
  return results;
}

TEST(ExtractBatchInHelper, GivesTheSameResultsInInputOrder) {
  const std::vector<fs::path> files = {"slow-a", "crash", "unreadable", "prepare-fails", "b"};
  BatchOptions options;
  options.jobs = 2;
  options.prepare = staged_prepare;
  const auto results = run_batch_in_helper(files, options);
  ASSERT_EQ(results.size(), files.size());
  for (size_t i = 0; i < files.size(); ++i) EXPECT_EQ(results[i].path, files[i]);
  ASSERT_TRUE(results[0].plan) << results[0].error;
  EXPECT_EQ(results[0].plan->pages[0].text.substr(0, 16), "tekst van slow-a");
  EXPECT_TRUE(results[0].prepared.starts_with("tekst van slow-a")) << results[0].prepared;
  EXPECT_FALSE(results[1].plan);
  EXPECT_TRUE(results[1].error.starts_with("extractor")) << results[1].error;
  EXPECT_EQ(results[2].error, "not a PDF");
  EXPECT_EQ(results[3].error, "cannot classify: staged");
  ASSERT_TRUE(results[4].plan) << results[4].error;
}

TEST(ExtractBatchInHelper, WorkersGoOnWhileTheCallerIsBusy) {
  // Each "mark-" file leaves a mark when extracted. While the caller still holds the first
  // result, the other files get extracted all the same.
  const fs::path folder =
      fs::temp_directory_path() / ("planmine-helper-" + std::to_string(::getpid()));
  fs::create_directories(folder);
  std::vector<fs::path> files;
  for (int i = 1; i <= 5; ++i) files.push_back(folder / ("mark-" + std::to_string(i)));
  BatchOptions options;
  options.jobs = 2;
  options.extract = staged_extract;
  bool others_done_meanwhile = false;
  std::size_t delivered = 0;
  extract_batch_in_helper(files, options, [&](BatchResult&&) {
    if (delivered++ > 0) return;
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (!others_done_meanwhile && std::chrono::steady_clock::now() < give_up) {
      others_done_meanwhile = std::all_of(files.begin(), files.end(), [](const fs::path& file) {
        return fs::exists(file.string() + ".done");
      });
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  });
  fs::remove_all(folder);
  EXPECT_EQ(delivered, files.size());
  EXPECT_TRUE(others_done_meanwhile);
}

TEST(ExtractBatchInHelper, ACallerThatThrowsLeavesNoHelperBehind) {
  BatchOptions options;
  options.jobs = 1;
  options.extract = staged_extract;
  EXPECT_THROW(extract_batch_in_helper(
                   {"a", "hang", "b"}, options,
                   [](BatchResult&& result) { throw std::runtime_error(result.path.string()); }),
               std::runtime_error);
  // The helper (and through it the hanging worker) is gone and waited for: no child is left.
  errno = 0;
  EXPECT_EQ(::waitpid(-1, nullptr, WNOHANG), -1);
  EXPECT_EQ(errno, ECHILD);
}

TEST(ExtractBatch, EmptyListCallsNothing) {
  int calls = 0;
  extract_batch({}, BatchOptions{}, [&](BatchResult&&) { ++calls; });
  EXPECT_EQ(calls, 0);
}

}  // namespace
}  // namespace planmine
