#include "classify_batch.hpp"

#include "planmine/extractors/batch.hpp"
#include "planmine/pipeline/tokenizer.hpp"

namespace planmine::cli {

void add_classify_batch_options(CLI::App& command, ClassifyBatchSettings& settings) {
  command.add_option("--codebook", settings.codebook,
                     "Codebook file to use instead of the project's codebook/codebook.json");
  command.add_option("--jobs", settings.jobs, "Extraction worker processes (default: cores)")
      ->check(CLI::NonNegativeNumber);
  add_worker_limit_options(command, settings.limits);
  add_ocr_option(command, settings.ocr);
}

std::optional<ClassifyBatch> prepare_classify_batch(const ClassifyBatchSettings& settings) {
  ClassifyBatch batch;
  if (!apply_worker_limits(settings.limits, batch.options)) return std::nullopt;
  batch.options.jobs = settings.jobs;
  batch.options.extract = extractor_with_ocr(settings.ocr);
  try {
    batch.codebook =
        load_codebook(settings.codebook.empty() ? default_codebook_path()
                                                : std::filesystem::path(settings.codebook));
  } catch (const CodebookError& error) {
    print_error(error.what());
    return std::nullopt;
  }
  return batch;
}

void classify_files(const std::vector<std::filesystem::path>& files, const ClassifyBatch& batch,
                    const ClassifiedPlanHandler& on_plan, int& status) {
  const Classifier classifier(batch.codebook, Tokenizer::standard());
  extract_batch_in_helper(files, batch.options, [&](BatchResult&& result) {
    if (!result.plan) {
      print_failure(result.path.string(), result.error);
      status = kExitSomeFailed;
      return;
    }
    print_ocr_warnings(result.path, *result.plan);
    Coding coding;
    try {
      coding = classifier.classify(*result.plan);
    } catch (const std::exception& error) {
      print_failure(result.path.string(), std::string("cannot classify: ") + error.what());
      status = kExitSomeFailed;
      return;
    }
    on_plan(result.path, *result.plan, coding);
  });
}

}  // namespace planmine::cli
