// planmine run: Extract, classify, index and report in one go

#include <fmt/core.h>

#include <memory>
#include <string>
#include <vector>

#include "cli_support.hpp"
#include "commands.hpp"
#include "planmine/extractors/ocr.hpp"
#include "planmine/pipeline/run.hpp"

namespace planmine::cli {

void add_run_command(CLI::App& root, int& exit_status) {
  // Option storage is shared with the callback so it outlives this function.
  auto* sub = root.add_subcommand(
      "run",
      "Extract, classify, index and report in one go, into DIR: plans.csv, plans.jsonl, index/, "
      "report/index.html. Without PATH: generates the built-in corpus into DIR/corpus and runs "
      "on it. A re-run reuses what is unchanged.");
  auto options = std::make_shared<RunOptions>();
  auto out = std::make_shared<std::string>();
  auto labels = std::make_shared<std::string>();
  auto codebook = std::make_shared<std::string>();
  sub->add_option("paths", options->paths,
                  "PDF files or folders; none: the built-in corpus (DIR/corpus)");
  sub->add_option("--out", *out, "Folder to write everything to")->required();
  sub->add_option("--validation", options->validation_paths,
                  "PDFs or folders of held-apart plans, reported claim by claim beside the main "
                  "plans (default without PATH: DIR/corpus/validation)");
  sub->add_option("--labels", *labels,
                  "Manifest (manifest.jsonl) to compare the classification with");
  sub->add_option("--codebook", *codebook, "Codebook file (default: codebook/codebook.json)");
  auto limits = std::make_shared<WorkerLimitSettings>();
  add_worker_limit_options(*sub, *limits);
  auto ocr = std::make_shared<std::string>("auto");
  add_ocr_option(*sub, *ocr);
  sub->add_option("--jobs,-j", options->jobs, "Extraction worker processes (default: cores)")
      ->check(CLI::NonNegativeNumber);
  sub->callback([&exit_status, options, out, labels, codebook, limits, ocr] {
    RunOptions run = *options;
    BatchOptions batch;
    if (!apply_worker_limits(*limits, batch)) {
      exit_status = kExitUsage;
      return;
    }
    run.file_timeout_seconds = batch.file_timeout_seconds;
    run.file_memory_bytes = batch.file_memory_bytes;
    run.ocr_page_timeout_seconds = batch.ocr_page_timeout_seconds;
    run.extract.ocr = parse_ocr_mode(*ocr).value_or(OcrMode::kAuto);
    run.out = *out;
    if (!labels->empty()) run.labels = *labels;
    run.codebook = *codebook;
    run.command_line = current_command_line();
    Progress progress = Progress::on_stdout();
    try {
      const RunSummary summary = run_pipeline(run, progress);
      fmt::print("planmine: {} plans classified ({} read anew), {} failed\n", summary.plans,
                 summary.extracted, summary.failures);
      fmt::print("{}\n", summary.report.string());
      exit_status = summary.failures == 0 ? kExitOk : kExitSomeFailed;
    } catch (const RunError& error) {
      print_error(error.what());
      exit_status = kExitUsage;
    }
  });
}

}  // namespace planmine::cli
