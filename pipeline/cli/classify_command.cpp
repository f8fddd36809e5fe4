// planmine classify: Classify plans: type, leading theme and risks, with evidence

#include <fmt/core.h>

#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_support.hpp"
#include "commands.hpp"
#include "planmine/extractors/batch.hpp"
#include "planmine/extractors/extract.hpp"
#include "planmine/pipeline/classify.hpp"
#include "planmine/pipeline/sections.hpp"

namespace planmine::cli {
namespace {

struct ClassifySettings {
  std::vector<std::string> paths;
  std::string format = "table";
  bool explain = false;
  bool sections = false;
  std::string codebook;
  int jobs = 0;
  std::string ocr = "auto";
};

std::string csv_field(const std::string& value) {
  if (value.find_first_of(",\"\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c);
  }
  return quoted + "\"";
}

std::string joined_risks(const Coding& coding) {
  std::string out;
  for (const std::string& risk : coding.risks) out += (out.empty() ? "" : ";") + risk;
  return out;
}

// The outline the classifier reads: where it thinks each section starts and what it is for.
void print_sections(const PlanText& plan) {
  for (const Section& section : split_sections(plan)) {
    fmt::print("    {:<13} p.{:<2}-{:<2} {}{}\n", to_string(section.kind), section.first_page,
               section.last_page, section.level == 2 ? "  " : "",
               section.heading.empty() ? "(text before the first heading)" : section.heading);
  }
}

void print_table_row(const std::string& path, const Coding& coding, bool explain) {
  fmt::print("{:<40} {:<14} {:>5.2f}  {:<18} {}\n", path, coding.type, coding.confidence,
             coding.leading_theme, joined_risks(coding));
  if (!explain) return;
  for (const Evidence& evidence : coding.evidence) {
    fmt::print("    {:<18} {:<28} {:>6.2f}  p.{:<3} {}{}\n", evidence.code, evidence.indicator,
               evidence.weight, evidence.page,
               evidence.section.empty() ? "" : "[" + evidence.section + "] ", evidence.passage);
  }
}

int run_classify(const ClassifySettings& settings) {
  Codebook codebook;
  try {
    codebook = load_codebook(settings.codebook.empty() ? default_codebook_path()
                                                       : std::filesystem::path(settings.codebook));
  } catch (const CodebookError& error) {
    print_error(error.what());
    return kExitUsage;
  }
  const Classifier classifier(codebook, Tokenizer::standard());

  InputList inputs = collect_pdf_inputs(settings.paths);
  int status = kExitOk;
  for (const InputFailure& failure : inputs.failures) {
    print_failure(failure.path, failure.reason);
    status = kExitSomeFailed;
  }
  if (settings.format == "csv") {
    fmt::print("path,type,confidence,leading_theme,risks\n");
  } else if (settings.format == "table") {
    fmt::print("{:<40} {:<14} {:>5}  {:<18} {}\n", "path", "type", "conf", "leading_theme",
               "risks");
  }
  std::fflush(stdout);
  BatchOptions options;
  options.jobs = settings.jobs;
  options.extract = extractor_with_ocr(settings.ocr);
  extract_batch(inputs.files, options, [&](BatchResult&& result) {
    if (!result.plan) {
      print_failure(result.path.string(), result.error);
      status = kExitSomeFailed;
      return;
    }
    print_ocr_warnings(result.path, *result.plan);
    const std::string path = result.path.string();
    Coding coding;
    try {
      coding = classifier.classify(*result.plan);
    } catch (const std::exception& error) {
      print_failure(path, std::string("cannot classify: ") + error.what());
      status = kExitSomeFailed;
      return;
    }
    if (settings.format == "csv") {
      fmt::print("{},{},{:.3f},{},{}\n", csv_field(path), coding.type, coding.confidence,
                 coding.leading_theme, joined_risks(coding));
    } else if (settings.format == "jsonl") {
      fmt::print("{}\n", coding_to_json(path, coding, settings.explain)
                             .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    } else {
      print_table_row(path, coding, settings.explain);
      if (settings.sections) print_sections(*result.plan);
    }
    std::fflush(stdout);
  });
  return status;
}

}  // namespace

void add_classify_command(CLI::App& root, int& exit_status) {
  // Option storage is shared with the callback so it outlives this function.
  auto* sub = root.add_subcommand("classify",
                                  "Classify plans: type, leading theme and risks, with evidence");
  auto settings = std::make_shared<ClassifySettings>();
  sub->add_option("paths", settings->paths, "PDF files or folders (searched recursively for *.pdf)")
      ->required();
  sub->add_option("--format", settings->format,
                  "table (for people), csv (path,type,confidence,leading_theme,risks) or jsonl")
      ->check(CLI::IsMember({"table", "csv", "jsonl"}));
  sub->add_flag("--explain", settings->explain,
                "Show the evidence of each decision: indicator, weight, page, quoted passage");
  sub->add_flag("--sections", settings->sections,
                "Table format: also print each plan's sections (kind, pages, heading)");
  sub->add_option("--codebook", settings->codebook,
                  "Codebook file to use instead of the project's codebook/codebook.json");
  sub->add_option("--jobs", settings->jobs, "Extraction worker processes (default: cores)")
      ->check(CLI::NonNegativeNumber);
  add_ocr_option(*sub, settings->ocr);
  sub->callback([&exit_status, settings] { exit_status = run_classify(*settings); });
}

}  // namespace planmine::cli
