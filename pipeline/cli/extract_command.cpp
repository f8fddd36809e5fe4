// planmine extract: Extract the clean text of plan PDFs

#include <fmt/core.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <system_error>
#include <vector>

#include "cli_support.hpp"
#include "commands.hpp"
#include "planmine/extractors/batch.hpp"
#include "planmine/extractors/extract.hpp"

namespace planmine::cli {
namespace {

struct ExtractSettings {
  std::vector<std::string> paths;
  std::string out;
  std::string format = "text";
  int jobs = 0;
  WorkerLimitSettings limits;
  std::string ocr = "auto";  // auto: pages without a text layer are read by OCR; never
};

// Keys in the order a reader expects: path, metadata, pages.
nlohmann::ordered_json plan_to_json(const PlanText& plan) {
  nlohmann::ordered_json pages = nlohmann::ordered_json::array();
  for (const PageText& page : plan.pages) pages.push_back(page.text);
  // Pages read by OCR, with Tesseract's mean word confidence (0-100); empty for born-digital.
  nlohmann::ordered_json ocr_pages = nlohmann::ordered_json::array();
  for (const PageText& page : plan.pages) {
    if (page.ocr) ocr_pages.push_back({{"page", page.number}, {"confidence", page.ocr_confidence}});
  }
  return {{"path", plan.path.string()},
          {"metadata",
           {{"title", plan.metadata.title},
            {"author", plan.metadata.author},
            {"creator", plan.metadata.creator},
            {"producer", plan.metadata.producer},
            {"creation_date", plan.metadata.creation_date},
            {"page_count", plan.metadata.page_count},
            {"ocr_pages", std::move(ocr_pages)}}},
          {"pages", std::move(pages)}};
}

std::string plan_as_text(const PlanText& plan) {
  std::string text;
  for (const PageText& page : plan.pages) {
    text += page.text;
    text.push_back('\f');
  }
  return text;
}

std::string plan_as_json_line(const PlanText& plan) {
  // File names are bytes; a name that is not UTF-8 must not stop the output.
  return plan_to_json(plan).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
         "\n";
}

// The output file for `input` in `out_dir`: its file name with the new extension, made unique
// among the names already used. Only the last path component is used, so no input name can
// place a file outside `out_dir`.
std::filesystem::path output_path(const std::filesystem::path& out_dir,
                                  const std::filesystem::path& input, std::string_view extension,
                                  std::map<std::string, int>& used) {
  std::string stem = input.filename().stem().string();
  if (stem.empty() || stem == "." || stem == "..") stem = "plan";
  std::string name = stem + std::string(extension);
  for (int copy = ++used[name]; copy > 1; copy = ++used[name]) {
    name = stem + "-" + std::to_string(copy) + std::string(extension);
  }
  return out_dir / name;
}

// Written under a temporary name and renamed, so a killed run leaves no half-written file.
bool write_file_atomically(const std::filesystem::path& path, const std::string& content) {
  const std::filesystem::path temporary =
      path.parent_path() / ("." + path.filename().string() + ".tmp" + std::to_string(::getpid()));
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out.flush()) return false;
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) std::filesystem::remove(temporary, error);
  return !error;
}

int run_extract(const ExtractSettings& settings) {
  const bool as_json = settings.format == "jsonl";
  BatchOptions options;
  if (!apply_worker_limits(settings.limits, options)) return kExitUsage;
  const std::filesystem::path out_dir(settings.out);
  if (!settings.out.empty()) {
    std::error_code error;
    std::filesystem::create_directories(out_dir, error);
    if (error) {
      print_failure(settings.out, "cannot create the output folder: " + error.message());
      return kExitUsage;
    }
  }

  InputList inputs = collect_pdf_inputs(settings.paths);
  int status = kExitOk;
  for (const InputFailure& failure : inputs.failures) {
    print_failure(failure.path, failure.reason);
    status = kExitSomeFailed;
  }
  options.jobs = settings.jobs;
  options.extract = extractor_with_ocr(settings.ocr);
  std::map<std::string, int> used_names;
  extract_batch(inputs.files, options, [&](BatchResult&& result) {
    if (!result.plan) {
      print_failure(result.path.string(), result.error);
      status = kExitSomeFailed;
      return;
    }
    // A poorly recognised page is kept, with a warning (the exit status stays as it is).
    print_ocr_warnings(result.path, *result.plan);
    const std::string output =
        as_json ? plan_as_json_line(*result.plan) : plan_as_text(*result.plan);
    if (settings.out.empty()) {
      std::fwrite(output.data(), 1, output.size(), stdout);
      std::fflush(stdout);
      return;
    }
    const auto path = output_path(out_dir, result.path, as_json ? ".json" : ".txt", used_names);
    if (!write_file_atomically(path, output)) {
      print_failure(path.string(), "cannot write");
      status = kExitSomeFailed;
    }
  });
  return status;
}

}  // namespace

void add_extract_command(CLI::App& root, int& exit_status) {
  // Option storage is shared with the callback so it outlives this function.
  auto* sub = root.add_subcommand("extract", "Extract the clean text of plan PDFs");
  auto settings = std::make_shared<ExtractSettings>();
  sub->add_option("paths", settings->paths, "PDF files or folders (searched recursively for *.pdf)")
      ->required();
  sub->add_option("--out", settings->out, "Write one .txt (or .json) per plan into this folder");
  sub->add_option("--format", settings->format, "text: pages separated by form feeds; jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}));
  sub->add_option("--jobs", settings->jobs, "Worker processes (default: number of cores)")
      ->check(CLI::Range(1, 4096));
  add_worker_limit_options(*sub, settings->limits);
  add_ocr_option(*sub, settings->ocr);
  sub->callback([&exit_status, settings] { exit_status = run_extract(*settings); });
}

}  // namespace planmine::cli
