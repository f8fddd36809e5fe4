#include "cli_support.hpp"

#include <fmt/core.h>

#include <cstdio>

#include "planmine/extractors/extract.hpp"
#include "planmine/extractors/ocr.hpp"

namespace planmine::cli {

void add_ocr_option(CLI::App& command, std::string& mode) {
  command
      .add_option("--ocr", mode,
                  "auto: read pages without a text layer (scans) with Tesseract OCR; never "
                  "(default auto)")
      ->check(CLI::IsMember({"auto", "never"}));
}

void add_worker_limit_options(CLI::App& command, WorkerLimitSettings& limits) {
  command
      .add_option("--file-timeout", limits.file_timeout,
                  "Give up on a file after this many seconds (default 60)")
      ->check(CLI::PositiveNumber);
  command.add_option("--file-memory", limits.file_memory,
                     "Memory limit of the worker reading one file, e.g. 2G, 512M (default 2G)");
  command
      .add_option("--ocr-page-timeout", limits.ocr_page_timeout,
                  "Seconds added to --file-timeout for each page that is OCR'd (default 30)")
      ->check(CLI::NonNegativeNumber);
}

bool apply_worker_limits(const WorkerLimitSettings& limits, BatchOptions& options) {
  const auto memory = parse_byte_size(limits.file_memory);
  if (!memory) {
    print_error(fmt::format("--file-memory: cannot read \"{}\" as a size (e.g. 2G, 512M)",
                            limits.file_memory));
    return false;
  }
  options.file_timeout_seconds = limits.file_timeout;
  options.file_memory_bytes = *memory;
  options.ocr_page_timeout_seconds = limits.ocr_page_timeout;
  return true;
}

std::function<PlanText(const std::filesystem::path&)> extractor_with_ocr(const std::string& mode) {
  ExtractOptions options;
  options.ocr = parse_ocr_mode(mode).value_or(OcrMode::kAuto);
  return [options](const std::filesystem::path& file) { return extract_plan(file, options); };
}

void print_ocr_warnings(const std::filesystem::path& file, const PlanText& plan) {
  for (const std::string& warning : low_ocr_confidence_warnings(plan)) {
    print_failure(file.string(), warning);
  }
}

int not_implemented(std::string_view subcommand) {
  print_error(fmt::format("{}: not implemented yet", subcommand));
  return kExitUsage;
}

}  // namespace planmine::cli
