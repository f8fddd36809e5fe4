#pragma once
// What `classify` and `evaluate` share: the codebook, the extraction workers and the classifier
// over a batch of PDFs, each failure reported on its own line.

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli_support.hpp"
#include "planmine/pipeline/classify.hpp"
#include "planmine/pipeline/codebook.hpp"

namespace planmine::cli {

// The options both commands take for reading and classifying plans.
struct ClassifyBatchSettings {
  std::string codebook;  // empty: the project's codebook/codebook.json
  int jobs = 0;
  WorkerLimitSettings limits;
  std::string ocr = "auto";
};

// Adds --codebook, --jobs, the worker limits and --ocr.
void add_classify_batch_options(CLI::App& command, ClassifyBatchSettings& settings);

// The codebook and the worker options, checked before any input is read.
struct ClassifyBatch {
  Codebook codebook;
  BatchOptions options;
};

// Loads the codebook and reads the worker limits; prints the usage error and returns nothing
// when either is invalid.
std::optional<ClassifyBatch> prepare_classify_batch(const ClassifyBatchSettings& settings);

// Extracts `files` in worker processes and classifies each plan, calling `on_plan` in the order
// plans finish. A file that cannot be read or classified gets its failure line and sets
// `status` to kExitSomeFailed.
using ClassifiedPlanHandler = std::function<void(const std::filesystem::path& file,
                                                 const PlanText& plan, const Coding& coding)>;
void classify_files(const std::vector<std::filesystem::path>& files, const ClassifyBatch& batch,
                    const ClassifiedPlanHandler& on_plan, int& status);

}  // namespace planmine::cli
