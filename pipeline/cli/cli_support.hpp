#pragma once
// Small helpers every subcommand shares: the failure line and the exit statuses.

#include <CLI/CLI.hpp>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "planmine/extractors/batch.hpp"
#include "planmine/extractors/plan_text.hpp"

namespace planmine::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;
inline constexpr int kExitUsage = 2;

// Prints "planmine: <path>: <reason>" on stderr, the one line a failed input gets.
void print_failure(std::string_view path, std::string_view reason);

// Prints "planmine: <message>" on stderr.
void print_error(std::string_view message);

// Adds --ocr auto|never (default auto) to a command that reads PDFs, storing it in `mode`.
void add_ocr_option(CLI::App& command, std::string& mode);

// --file-timeout, --file-memory and --ocr-page-timeout as typed: the limits of the extraction
// workers, the same on every command that reads PDFs.
struct WorkerLimitSettings {
  double file_timeout = 60;
  std::string file_memory = "2G";
  double ocr_page_timeout = 30;
};

// Adds those three options to a command that reads PDFs.
void add_worker_limit_options(CLI::App& command, WorkerLimitSettings& limits);

// Copies the limits into `options`. When --file-memory cannot be read, prints the usage error
// and returns false.
bool apply_worker_limits(const WorkerLimitSettings& limits, BatchOptions& options);

// What an extraction worker runs on one file: extract_plan with the --ocr mode chosen.
std::function<PlanText(const std::filesystem::path&)> extractor_with_ocr(const std::string& mode);

// Prints a warning line for each page OCR read with low confidence; the plan is kept.
void print_ocr_warnings(const std::filesystem::path& file, const PlanText& plan);

// The only allowed stub: a subcommand whose issue has not landed yet.
int not_implemented(std::string_view subcommand);

}  // namespace planmine::cli
