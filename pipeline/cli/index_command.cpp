// planmine index: add or update plans in a Xapian database, incrementally and atomically.

#include <fmt/core.h>
#include <unistd.h>

#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cli_support.hpp"
#include "commands.hpp"
#include "planmine/extractors/batch.hpp"
#include "planmine/extractors/digest.hpp"
#include "planmine/extractors/extract.hpp"
#include "planmine/extractors/ocr.hpp"
#include "planmine/index/plan_index.hpp"
#include "planmine/pipeline/classify.hpp"
#include "planmine/pipeline/codebook.hpp"
#include "planmine/pipeline/plan_indexing.hpp"
#include "planmine/pipeline/progress.hpp"
#include "planmine/pipeline/sections.hpp"
#include "planmine/pipeline/tokenizer.hpp"

namespace planmine::cli {
namespace {

struct IndexSettings {
  std::vector<std::string> paths;
  std::string database;
  std::string shard;  // "K/N", "" for all
  bool prune = false;
  std::vector<std::string> manifests;
  std::string codebook;
  unsigned checkpoint_every = index::CheckpointPolicy{}.plans;
  int jobs = 0;
  WorkerLimitSettings limits;
  std::string ocr = "auto";
  bool quiet = false;
};

struct ShardSlice {
  std::size_t index = 1;  // 1-based
  std::size_t count = 1;
};

// "K/N" with 1 <= K <= N.
bool parse_shard(const std::string& text, ShardSlice& slice) {
  const std::size_t slash = text.find('/');
  if (slash == std::string::npos) return false;
  try {
    std::size_t used = 0;
    const unsigned long k = std::stoul(text.substr(0, slash), &used);
    if (used != slash) return false;
    const std::string rest = text.substr(slash + 1);
    const unsigned long n = std::stoul(rest, &used);
    if (used != rest.size() || n == 0 || k == 0 || k > n) return false;
    slice = {k, n};
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

// The K-th of N contiguous slices of the sorted inputs.
std::vector<std::filesystem::path> slice_of(const std::vector<std::filesystem::path>& files,
                                            const ShardSlice& slice) {
  const std::size_t first = (slice.index - 1) * files.size() / slice.count;
  const std::size_t last = slice.index * files.size() / slice.count;
  return {files.begin() + static_cast<std::ptrdiff_t>(first),
          files.begin() + static_cast<std::ptrdiff_t>(last)};
}

int run_index(const IndexSettings& settings) {
  BatchOptions batch;
  if (!apply_worker_limits(settings.limits, batch)) return kExitUsage;
  ShardSlice slice;
  if (!settings.shard.empty() && !parse_shard(settings.shard, slice)) {
    print_error(fmt::format("--shard {}: expected K/N with 1 <= K <= N", settings.shard));
    return kExitUsage;
  }
  Codebook codebook;
  try {
    codebook = load_codebook(settings.codebook.empty() ? default_codebook_path()
                                                       : std::filesystem::path(settings.codebook));
  } catch (const std::exception& error) {
    print_error(error.what());
    return kExitUsage;
  }
  PlanFactsLookup facts;
  try {
    for (const std::string& manifest : settings.manifests) facts.add_manifest(manifest);
  } catch (const std::exception& error) {
    print_error(error.what());
    return kExitUsage;
  }

  int status = kExitOk;
  const InputList inputs = collect_pdf_inputs(settings.paths);
  for (const InputFailure& failure : inputs.failures) {
    print_failure(failure.path, failure.reason);
    status = kExitSomeFailed;
  }
  const std::vector<std::filesystem::path> files =
      settings.shard.empty() ? inputs.files : slice_of(inputs.files, slice);

  std::unique_ptr<index::PlanIndexWriter> writer;
  try {
    writer = std::make_unique<index::PlanIndexWriter>(settings.database);
  } catch (const index::IndexError& error) {
    print_failure(settings.database, error.what());
    return kExitUsage;
  }

  const Tokenizer& tokenizer = Tokenizer::standard();
  const SynonymMatcher synonyms(codebook, tokenizer);
  const Classifier classifier(codebook, tokenizer);
  std::size_t updated = 0;
  std::size_t unchanged = 0;
  std::size_t removed = 0;
  index::CheckpointPolicy checkpoints;
  checkpoints.plans = settings.checkpoint_every;
  std::set<std::string> present;
  try {
    writer->set_synonyms(synonyms.entries());
    writer->set_metadata("planmine.codebook", codebook.hash);
    const bool schema_changed = !writer->schema_is_current();
    writer->checkpoint();
    // First what changed (hash and size against the stored plan), then extraction of those in
    // worker processes (a crashing or hanging PDF cannot take the run down), classification
    // and indexing in input order.
    std::map<std::filesystem::path, FileFacts> stats;
    std::map<std::filesystem::path, std::string> hashes;
    std::vector<std::filesystem::path> to_extract;
    for (const std::filesystem::path& file : files) {
      const std::string id = index::plan_id(file);
      present.insert(id);
      try {
        const FileFacts stat = file_facts(file);
        const std::string sha256 = file_sha256(file);
        const std::optional<index::PlanRecord> stored = writer->find_plan(id);
        if (stored && !schema_changed && stored->file_sha256 == sha256 &&
            stored->file_size == stat.size) {
          // Same bytes: nothing to redo; remember a new mtime so the next run agrees.
          if (stored->file_mtime_ns != stat.mtime_ns) writer->update_file_mtime(id, stat.mtime_ns);
          ++unchanged;
          continue;
        }
        stats[file] = stat;
        hashes[file] = sha256;
        to_extract.push_back(file);
      } catch (const std::exception& error) {  // unreadable file, or the database
        print_failure(file.string(), error.what());
        status = kExitSomeFailed;
      }
    }
    // Manifests beside the inputs are read before the workers start, which share them.
    for (const std::filesystem::path& file : to_extract) {
      try {
        facts.add_manifests_near(file);
      } catch (const std::runtime_error& error) {
        // A manifest that cannot be read: said once, the plans go on without it.
        print_failure(file.string(), error.what());
        status = kExitSomeFailed;
      }
    }
    reserve_theme_score_slots(*writer, codebook);
    writer->checkpoint();

    // On a terminal, a progress line over the files to read (on stderr: stdout stays free);
    // failures and warnings are then printed above it.
    std::optional<Progress> progress;
    if (!settings.quiet && ::isatty(STDERR_FILENO) != 0) {
      progress.emplace(stderr, true);
      progress->start_stage("index", to_extract.size());
    }
    auto say = [&](const std::filesystem::path& file, const std::string& message) {
      if (progress) {
        progress->failure(file.string(), message);
      } else {
        print_failure(file.string(), message);
      }
    };

    batch.jobs = settings.jobs;
    batch.extract = extractor_with_ocr(settings.ocr);
    // Each worker extracts, classifies (as planmine classify does; stored with each plan for
    // search and report) and builds the plan's documents; this process only adds them.
    batch.prepare = [&](const PlanText& plan) {
      const std::vector<Section> sections = split_sections(plan);
      const Coding coding = classifier.classify(sections);
      index::IndexedPlan indexed = prepare_plan_for_index(plan, sections, coding, tokenizer,
                                                          synonyms, facts.find(plan.path));
      indexed.record.file_size = stats.at(plan.path).size;
      indexed.record.file_mtime_ns = stats.at(plan.path).mtime_ns;
      indexed.record.file_sha256 = hashes.at(plan.path);
      return index::serialise_plan_documents(indexed, writer->theme_codes());
    };
    extract_batch_in_helper(to_extract, batch, [&](BatchResult&& result) {
      if (progress) progress->advance(result.path.string());
      if (!result.plan) {
        say(result.path, result.error);
        status = kExitSomeFailed;
        return;
      }
      for (const std::string& warning : low_ocr_confidence_warnings(*result.plan)) {
        say(result.path, warning);
      }
      writer->replace_plan_documents(result.prepared);
      ++updated;
      writer->checkpoint_when_due(checkpoints);
    });
    if (progress) progress->finish_stage();
    if (settings.prune) {
      for (const index::PlanRecord& plan : writer->plans()) {
        if (present.count(plan.plan_id) == 0) {
          writer->remove_plan(plan.plan_id);
          ++removed;
        }
      }
    }
    writer->mark_schema_current();
    writer->commit();
  } catch (const Xapian::Error& error) {
    print_failure(settings.database, error.get_description());
    return kExitUsage;
  } catch (const index::IndexError& error) {
    print_failure(settings.database, error.what());
    return kExitUsage;
  }
  if (!settings.quiet) {
    fmt::print(stderr, "planmine index: {} indexed, {} unchanged, {} removed ({} in {})\n", updated,
               unchanged, removed, files.size(), settings.database);
  }
  return status;
}

}  // namespace

void add_index_command(CLI::App& root, int& exit_status) {
  auto* sub = root.add_subcommand("index", "Add or update plans in a Xapian database");
  // Option storage is shared with the callback so it outlives this function.
  auto settings = std::make_shared<IndexSettings>();
  sub->add_option("paths", settings->paths, "PDF files or folders (searched recursively for *.pdf)")
      ->required();
  sub->add_option("--db", settings->database, "The database folder (created if missing)")
      ->required();
  sub->add_option("--shard", settings->shard,
                  "Index only the K-th of N slices of the sorted inputs (K/N, 1-based), "
                  "into its own database");
  sub->add_flag("--prune", settings->prune,
                "Remove plans from the database that are not among the inputs");
  sub->add_option("--manifest", settings->manifests,
                  "A manifest.jsonl giving municipality, kind, size class and year of plans "
                  "(manifest.jsonl/labels.jsonl beside the inputs are read too)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  sub->add_option("--codebook", settings->codebook, "Codebook file (default: the built-in one)");
  sub->add_option("--checkpoint-every", settings->checkpoint_every,
                  "Commit after every K indexed plans (default 100; and at least every 30 s), "
                  "so a killed run keeps them")
      ->check(CLI::PositiveNumber);
  sub->add_option("--jobs", settings->jobs, "Extraction worker processes (default: one per core)")
      ->check(CLI::NonNegativeNumber);
  add_worker_limit_options(*sub, settings->limits);
  add_ocr_option(*sub, settings->ocr);
  sub->add_flag("--quiet", settings->quiet, "No summary line");
  sub->callback([&exit_status, settings] { exit_status = run_index(*settings); });
}

}  // namespace planmine::cli
