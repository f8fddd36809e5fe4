#include "cli_support.hpp"

#include <fmt/core.h>

#include <cstdio>

#include "planmine/extractors/extract.hpp"
#include "planmine/extractors/ocr.hpp"

namespace planmine::cli {

void print_failure(std::string_view path, std::string_view reason) {
  fmt::print(stderr, "planmine: {}: {}\n", path, reason);
}

void print_error(std::string_view message) {
  fmt::print(stderr, "planmine: {}\n", message);
}

void add_ocr_option(CLI::App& command, std::string& mode) {
  command
      .add_option("--ocr", mode,
                  "auto: read pages without a text layer (scans) with Tesseract OCR; never "
                  "(default auto)")
      ->check(CLI::IsMember({"auto", "never"}));
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
