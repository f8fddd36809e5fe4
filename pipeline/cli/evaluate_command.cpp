// planmine evaluate: Compare classification with a labelled manifest

#include <fmt/core.h>

#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "classify_batch.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "planmine/corpus/manifest.hpp"
#include "planmine/extractors/extract.hpp"
#include "planmine/pipeline/classify.hpp"
#include "planmine/pipeline/evaluate.hpp"

namespace planmine::cli {
namespace {

struct EvaluateSettings {
  std::string labels;
  std::vector<std::string> paths;
  std::string format = "text";
  ClassifyBatchSettings batch;
};

std::vector<std::string> codes_of(const std::vector<Code>& codes) {
  std::vector<std::string> out;
  for (const Code& code : codes) out.push_back(code.code);
  return out;
}

int run_evaluate(const EvaluateSettings& settings) {
  const std::optional<ClassifyBatch> batch = prepare_classify_batch(settings.batch);
  if (!batch) return kExitUsage;
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
  const auto compare = [&](const std::filesystem::path& file, const PlanText& /*plan*/,
                           const Coding& coding) {
    const corpus::ManifestEntry& entry = labels.at(file.filename().string());
    LabelledResult labelled;
    labelled.file = file.filename().string();
    labelled.hard = entry.hard;
    labelled.true_type = entry.type;
    labelled.predicted_type = coding.type;
    labelled.true_theme = entry.leading_theme;
    labelled.predicted_theme = coding.leading_theme;
    labelled.true_risks = entry.risks;
    labelled.predicted_risks = coding.risks;
    results.push_back(std::move(labelled));
  };
  classify_files(files, *batch, compare, status);

  const EvaluationReport report =
      evaluate_results(results, codes_of(batch->codebook.types), codes_of(batch->codebook.themes),
                       codes_of(batch->codebook.risks));
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
  add_classify_batch_options(*sub, settings->batch);
  sub->callback([&exit_status, settings] { exit_status = run_evaluate(*settings); });
}

}  // namespace planmine::cli
