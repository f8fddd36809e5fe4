#pragma once
// Extracting many files, each in a worker process of its own, so a PDF that crashes poppler,
// loops or eats memory costs that file only: the batch goes on and the file gets one reason.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planmine/extractors/plan_text.hpp"

namespace planmine {

struct BatchOptions {
  int jobs = 0;                                  // worker processes at a time; 0: number of cores
  double file_timeout_seconds = 60;              // a worker running longer is killed
  std::uint64_t file_memory_bytes = 2ULL << 30;  // address-space limit of a worker
  // Added to a file's time limit for each page its worker starts to OCR (a cache miss), so a
  // large scan is not killed while it is legitimately being read; 0: no extra time.
  double ocr_page_timeout_seconds = 30;
  // What a worker runs on one file (extract_plan unless a caller needs other options). It
  // reports an unreadable file by throwing ExtractionError.
  std::function<PlanText(const std::filesystem::path&)> extract;
  // More work for the worker on the text it extracted (classifying, building index documents),
  // so that it runs in parallel and isolated like extraction. Its bytes come back in
  // BatchResult::prepared; an exception it throws fails the file with its message.
  std::function<std::string(const PlanText&)> prepare;
};

struct BatchResult {
  std::filesystem::path path;
  std::optional<PlanText> plan;  // the text, when extraction succeeded
  std::string error;             // the one-line reason, when it failed
  std::string prepared;          // what options.prepare made of the text, when it is set
};

// Extracts every file in worker processes (fork, at most options.jobs at a time; a worker
// takes one file after another, and one that fails a file by crashing, timing out or running
// out of memory is replaced) and calls on_result for each file, in the order of `files`.
// Failures are results too: "gave up after 60 s" (or "gave up after 120 s (60 s + 30 s for each
// of 2 OCR'd pages)"), "extractor crashed (signal 11)", "out of memory (limit 2048 MiB)", or
// the ExtractionError's reason.
void extract_batch(const std::vector<std::filesystem::path>& files, const BatchOptions& options,
                   const std::function<void(BatchResult&&)>& on_result);

// As extract_batch, but the workers are started and watched by a helper process forked now,
// and results wait in a short queue. A caller whose on_result is slow (writing an index) then
// does not hold the workers back, and a caller that grew large (a database's buffers) does not
// make every worker's fork copy its page tables. Forks here: call it before starting threads.
void extract_batch_in_helper(const std::vector<std::filesystem::path>& files,
                             const BatchOptions& options,
                             const std::function<void(BatchResult&&)>& on_result);

// The number of cores, the default of --jobs.
int default_job_count();

// "2G", "512M", "100k" or plain bytes; nullopt when unreadable.
std::optional<std::uint64_t> parse_byte_size(std::string_view text);

// The byte form in which a worker sends its PlanText back. deserialize_plan_text throws
// std::runtime_error on bytes that are not a whole serialized PlanText.
std::string serialize_plan_text(const PlanText& plan);
PlanText deserialize_plan_text(std::string_view bytes);

}  // namespace planmine
