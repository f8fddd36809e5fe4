#pragma once
// planmine run: the whole pipeline in one go. Extracts (worker processes), classifies, indexes
// and reports into one folder, reusing what an earlier run in the same folder already did.
//
// DIR/plans.csv      the classify csv (path,type,confidence,leading_theme,risks)
// DIR/plans.jsonl    one plan a line: facts, coding with evidence, desk-study terms, "set"
// DIR/index/         the Xapian database (planmine search --db DIR/index)
// DIR/report/        index.html, report.json, plans/*.html
// DIR/.cache/        classification per file content, so unchanged files are not re-read

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "planmine/extractors/extract.hpp"
#include "planmine/pipeline/progress.hpp"
#include "planmine/pipeline/report.hpp"

namespace planmine {

struct RunOptions {
  std::vector<std::string> paths;  // PDFs or folders; none: the built-in corpus in DIR/corpus
  std::filesystem::path out;
  std::vector<std::string> validation_paths;    // held-apart plans, reported side by side
  std::optional<std::filesystem::path> labels;  // a manifest to compare the coding with
  std::filesystem::path codebook;               // empty: the default codebook
  int jobs = 0;                                 // extraction workers; 0: one per core
  ExtractOptions extract;                       // --ocr auto|never
  // Limits of each extraction worker (see BatchOptions): --file-timeout, --file-memory,
  // --ocr-page-timeout.
  double file_timeout_seconds = 60;
  std::uint64_t file_memory_bytes = 2ULL << 30;
  double ocr_page_timeout_seconds = 30;
  std::string command_line;  // shown in the report's footer
};

struct RunSummary {
  std::size_t plans = 0;         // plans classified (main and validation)
  std::size_t extracted = 0;     // of which read anew (not taken from the cache)
  std::size_t failures = 0;      // inputs that failed
  std::filesystem::path report;  // DIR/report/index.html
};

// A problem that stops the run as a whole (unwritable folder, bad codebook): a usage error.
class RunError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Runs the pipeline. Each failed input is printed on stderr as "planmine: <path>: <reason>"
// and listed in the report; the others go on. Throws RunError.
RunSummary run_pipeline(const RunOptions& options, Progress& progress);

// The built-in corpus of a run without paths: DIR/corpus (generated when missing).
std::filesystem::path builtin_corpus_dir(const std::filesystem::path& out);

// The version of planmine, e.g. "0.1.0".
std::string planmine_version();
// This process's command line as typed (arguments quoted when needed), from /proc/self/cmdline.
std::string current_command_line();
// The current time, ISO 8601 in UTC: "2026-11-29T18:30:00Z".
std::string utc_timestamp();

// The classify csv's line for a plan (no newline), fields quoted as CSV needs.
std::string classify_csv_line(const std::string& path, const Coding& coding);

}  // namespace planmine
