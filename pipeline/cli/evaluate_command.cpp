// planmine evaluate: Compare classification with a labelled manifest

#include <fmt/core.h>

#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_support.hpp"
#include "commands.hpp"
#include "planmine/corpus/manifest.hpp"
#include "planmine/extractors/batch.hpp"
#include "planmine/extractors/extract.hpp"
#include "planmine/pipeline/classify.hpp"
#include "planmine/pipeline/evaluate.hpp"

namespace planmine::cli {
namespace {

struct EvaluateSettings {
  std::string labels;
  std::vector<std::string> paths;
  std::string format = "text";
  std::string codebook;
  int jobs = 0;
  WorkerLimitSettings limits;
  std::string ocr = "auto";
};

std::vector<std::string> codes_of(const std::vector<Code>& codes) {
  std::vector<std::string> out;
  for (const Code& code : codes) out.push_back(code.code);
  return out;
}

int run_evaluate(const EvaluateSettings& settings) {
  BatchOptions options;
  if (!apply_worker_limits(settings.limits, options)) return kExitUsage;
  Codebook codebook;
  try {
    codebook = load_codebook(settings.codebook.empty() ? default_codebook_path()
                                                       : std::filesystem::path(settings.codebook));
  } catch (const CodebookError& error) {
    print_error(error.what());
    return kExitUsage;
  }
  // The labels, by file name: the manifest says "plans/plan-001.pdf", the path may be anywhere.
  std::map<std::string, corpus::ManifestEntry> labels;
  try {
    for (corpus::ManifestEntry& entry : corpus::read_manifest(settings.labels)) {
      const std::string name = std::filesystem::path(entry.file).filename().string();
      labels[name] = std::move(entry);
    }
  } catch (const std::exception& error) {
    print_failure(settings.labels, error.what());
    return kExitUsage;
  }

  const Classifier classifier(codebook, Tokenizer::standard());
  InputList inputs = collect_pdf_inputs(settings.paths);
  int status = kExitOk;
  for (const InputFailure& failure : inputs.failures) {
    print_failure(failure.path, failure.reason);
    status = kExitSomeFailed;
  }
  // Only labelled files are extracted: a folder may hold other PDFs (bad inputs, drafts).
  std::vector<std::filesystem::path> files;
  for (const std::filesystem::path& file : inputs.files) {
    if (labels.count(file.filename().string())) {
      files.push_back(file);
    } else {
      print_failure(file.string(), "not in the labels manifest");
      status = kExitSomeFailed;
    }
  }
  std::vector<LabelledResult> results;
  options.jobs = settings.jobs;
  options.extract = extractor_with_ocr(settings.ocr);
  extract_batch(files, options, [&](BatchResult&& result) {
    if (!result.plan) {
      print_failure(result.path.string(), result.error);
      status = kExitSomeFailed;
      return;
    }
    const corpus::ManifestEntry& entry = labels.at(result.path.filename().string());
    Coding coding;
    try {
      coding = classifier.classify(*result.plan);
    } catch (const std::exception& error) {
      print_failure(result.path.string(), std::string("cannot classify: ") + error.what());
      status = kExitSomeFailed;
      return;
    }
    LabelledResult labelled;
    labelled.file = result.path.filename().string();
    labelled.hard = entry.hard;
    labelled.true_type = entry.type;
    labelled.predicted_type = coding.type;
    labelled.true_theme = entry.leading_theme;
    labelled.predicted_theme = coding.leading_theme;
    labelled.true_risks = entry.risks;
    labelled.predicted_risks = coding.risks;
    results.push_back(std::move(labelled));
  });

  const EvaluationReport report = evaluate_results(
      results, codes_of(codebook.types), codes_of(codebook.themes), codes_of(codebook.risks));
  if (settings.format == "jsonl") {
    fmt::print("{}\n", evaluation_to_json(report).dump(-1, ' ', false,
                                                       nlohmann::json::error_handler_t::replace));
  } else {
    fmt::print("{}", format_evaluation_text(report));
  }
  return status;
}

}  // namespace

void add_evaluate_command(CLI::App& root, int& exit_status) {
  // Option storage is shared with the callback so it outlives this function.
  auto* sub = root.add_subcommand("evaluate", "Compare classification with a labelled manifest");
  auto settings = std::make_shared<EvaluateSettings>();
  sub->add_option("--labels", settings->labels, "The labels: a corpus manifest.jsonl")->required();
  sub->add_option("paths", settings->paths, "PDF files or folders (searched recursively for *.pdf)")
      ->required();
  sub->add_option("--format", settings->format, "text (for people) or jsonl (one JSON object)")
      ->check(CLI::IsMember({"text", "jsonl"}));
  sub->add_option("--codebook", settings->codebook,
                  "Codebook file to use instead of the project's codebook/codebook.json");
  sub->add_option("--jobs", settings->jobs, "Extraction worker processes (default: cores)")
      ->check(CLI::NonNegativeNumber);
  add_worker_limit_options(*sub, settings->limits);
  add_ocr_option(*sub, settings->ocr);
  sub->callback([&exit_status, settings] { exit_status = run_evaluate(*settings); });
}

}  // namespace planmine::cli
