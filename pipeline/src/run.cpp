// planmine run: extract (worker processes), classify, index and report into one folder.
// Each stage takes plain values from the one before; what an earlier run in the same folder
// already did for a file with the same content is taken from DIR/.cache and DIR/index.

#include "planmine/pipeline/run.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "planmine/corpus/generator.hpp"
#include "planmine/extractors/batch.hpp"
#include "planmine/extractors/digest.hpp"
#include "planmine/extractors/extract.hpp"
#include "planmine/extractors/plan_text.hpp"
#include "planmine/index/plan_index.hpp"
#include "planmine/pipeline/classify.hpp"
#include "planmine/pipeline/codebook.hpp"
#include "planmine/pipeline/plan_indexing.hpp"
#include "planmine/pipeline/sections.hpp"
#include "planmine/pipeline/tokenizer.hpp"

namespace planmine {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// One input file through the run.
struct RunItem {
  fs::path file;
  bool validation = false;
  std::string sha256;
  std::optional<ReportPlan> plan;  // classified (from the cache or anew)
  bool needs_index = false;        // the index lacks this content
  std::string failure;             // the reason, when the file failed
};

std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// A classification cached per file content, valid for one codebook and one planmine version.
class CodingCache {
 public:
  CodingCache(fs::path dir, std::string codebook_hash)
      : dir_(std::move(dir)), codebook_hash_(std::move(codebook_hash)) {
    fs::create_directories(dir_);
  }

  std::optional<ReportPlan> find(const std::string& sha256) const {
    const fs::path file = dir_ / (sha256 + ".json");
    if (!fs::exists(file)) return std::nullopt;
    const json object = json::parse(read_file(file), nullptr, false);
    if (object.is_discarded() || object.value("codebook", "") != codebook_hash_ ||
        object.value("version", "") != planmine_version() || !object.contains("plan")) {
      return std::nullopt;
    }
    return plan_from_json(object.at("plan"));
  }

  void store(const std::string& sha256, const ReportPlan& plan) const {
    const json object = {{"codebook", codebook_hash_},
                         {"version", planmine_version()},
                         {"plan", plan_to_json(plan)}};
    write_file_atomically(dir_ / (sha256 + ".json"), object.dump());
  }

 private:
  fs::path dir_;
  std::string codebook_hash_;
};

long count_words(const PlanText& text) {
  long words = 0;
  for (const auto& page : text.pages) {
    bool in_word = false;
    for (char c : page.text) {
      const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
      if (!space && !in_word) ++words;
      in_word = !space;
    }
  }
  return words;
}

// Facts of a plan without a manifest: what its title says ("Gemeente X", "NUP", a year).
PlanFacts facts_from_title(const PlanText& text) {
  PlanFacts facts;
  std::string title = text.metadata.title;
  if (title.empty() && !text.pages.empty()) {
    title = text.pages.front().text.substr(0, text.pages.front().text.find('\n'));
  }
  static const std::regex municipality(
      R"((?:Gemeente|gemeente)\s+([A-Z][\w'-]*(?:[ -][A-Z][\w'-]*)*))");
  static const std::regex year(R"(\b(2009|2010|2011)\b)");
  std::smatch match;
  if (std::regex_search(title, match, municipality))
    facts.municipality = "Gemeente " + match[1].str();
  if (std::regex_search(title, match, year)) facts.year = std::stoi(match[1].str());
  if (title.find("NUP") != std::string::npos) {
    facts.kind = "nup";
  } else if (title.find("ealisatieplan") != std::string::npos) {
    facts.kind = "egem-i";
  }
  return facts;
}

void apply_facts(ReportPlan& plan, const PlanFacts& facts) {
  if (!facts.municipality.empty()) plan.municipality = facts.municipality;
  if (!facts.kind.empty()) plan.kind = facts.kind;
  if (!facts.size_class.empty()) plan.size_class = facts.size_class;
  if (facts.year != 0) plan.year = facts.year;
}

std::vector<RunItem> collect_items(const std::vector<std::string>& paths, bool validation,
                                   std::vector<RunItem>& items, Progress& progress) {
  std::vector<RunItem> failed;
  if (paths.empty()) return failed;
  const InputList inputs = collect_pdf_inputs(paths);
  for (const auto& failure : inputs.failures) {
    progress.failure(failure.path, failure.reason);
    failed.push_back({failure.path, validation, {}, std::nullopt, false, failure.reason});
  }
  for (const auto& file : inputs.files)
    items.push_back({file, validation, {}, std::nullopt, false, {}});
  return failed;
}

}  // namespace

fs::path builtin_corpus_dir(const fs::path& out) {
  return out / "corpus";
}

RunSummary run_pipeline(const RunOptions& options, Progress& progress) {
  RunOptions run = options;
  std::error_code error;
  fs::create_directories(run.out, error);
  if (error)
    throw RunError(fmt::format("{}: cannot create: {}", run.out.string(), error.message()));

  // No paths: the built-in corpus, generated once into DIR/corpus.
  if (run.paths.empty()) {
    const fs::path corpus_dir = builtin_corpus_dir(run.out);
    if (!fs::exists(corpus_dir / "manifest.jsonl")) {
      progress.note(fmt::format("generating the built-in corpus into {}", corpus_dir.string()));
      corpus::CorpusOptions corpus_options;
      corpus_options.out = corpus_dir;
      try {
        corpus::generate_corpus(corpus_options);
      } catch (const std::exception& failure) {
        throw RunError(fmt::format("cannot generate the corpus: {}", failure.what()));
      }
    }
    run.paths = {(corpus_dir / "plans").string()};
    if (run.validation_paths.empty()) run.validation_paths = {(corpus_dir / "validation").string()};
    if (!run.labels) run.labels = corpus_dir / "manifest.jsonl";
  }

  Codebook codebook;
  try {
    codebook = load_codebook(run.codebook.empty() ? default_codebook_path() : run.codebook);
  } catch (const std::exception& failure) {
    throw RunError(failure.what());
  }

  std::vector<RunItem> items;
  std::vector<RunItem> failed_inputs = collect_items(run.paths, false, items, progress);
  for (auto& item : collect_items(run.validation_paths, true, items, progress)) {
    failed_inputs.push_back(std::move(item));
  }

  // Facts (municipality, kind, size, year) from a manifest given or lying beside the inputs.
  PlanFactsLookup facts;
  std::optional<std::vector<PlanLabel>> labels;
  try {
    if (run.labels) {
      facts.add_manifest(*run.labels);
      labels = read_plan_labels(*run.labels);
    }
    for (const auto& item : items) facts.add_manifests_near(item.file);
  } catch (const std::exception& failure) {
    throw RunError(
        fmt::format("{}: {}", run.labels ? run.labels->string() : "manifest", failure.what()));
  }

  // What is unchanged since the last run: same content, same codebook, same version.
  const CodingCache cache(run.out / ".cache" / "coding", codebook.hash);
  const fs::path database = run.out / "index";
  std::optional<index::PlanIndexWriter> opened;
  try {
    opened.emplace(database);
  } catch (const index::IndexError& failure) {
    throw RunError(fmt::format("{}: {}", database.string(), failure.what()));
  }
  index::PlanIndexWriter& writer = *opened;
  const bool schema_changed = !writer.schema_is_current();
  progress.start_stage("check", items.size());
  std::vector<fs::path> to_extract;
  for (auto& item : items) {
    try {
      item.sha256 = file_sha256(item.file);
    } catch (const std::exception& failure) {
      item.failure = failure.what();
      progress.failure(item.file.string(), item.failure);
      progress.advance(item.file.string());
      continue;
    }
    item.plan = cache.find(item.sha256);
    const auto record = writer.find_plan(index::plan_id(item.file));
    item.needs_index = !record || record->file_sha256 != item.sha256 || schema_changed;
    if (!item.needs_index && item.plan) {
      // Same bytes, maybe touched: the index remembers the new mtime so `planmine index` agrees.
      const FileFacts stat = file_facts(item.file);
      if (record->file_mtime_ns != stat.mtime_ns) {
        writer.update_file_mtime(record->plan_id, stat.mtime_ns);
      }
    }
    if (!item.plan || item.needs_index) {
      item.plan.reset();
      to_extract.push_back(item.file);
    }
    progress.advance(item.file.string());
  }
  progress.finish_stage();

  // Extract, classify and index what changed, each file in a worker process.
  const Tokenizer& tokenizer = Tokenizer::standard();
  const SynonymMatcher synonyms(codebook, tokenizer);
  const Classifier classifier(codebook, tokenizer);
  std::map<fs::path, RunItem*> by_file;
  for (auto& item : items) by_file[item.file] = &item;
  BatchOptions batch;
  batch.jobs = run.jobs;
  batch.file_timeout_seconds = run.file_timeout_seconds;
  batch.file_memory_bytes = run.file_memory_bytes;
  batch.ocr_page_timeout_seconds = run.ocr_page_timeout_seconds;
  batch.extract = [options = run.extract](const fs::path& file) {
    return extract_plan(file, options);
  };
  // Each worker extracts, classifies and builds the plan's index documents; it sends the
  // report's view of the plan (JSON, one line) and the documents after it.
  reserve_theme_score_slots(writer, codebook);
  writer.checkpoint();
  batch.prepare = [&](const PlanText& text) {
    const RunItem& item = *by_file.at(text.path);
    const std::vector<Section> sections = split_sections(text);
    ReportPlan plan;
    plan.path = item.file.string();
    plan.pages = static_cast<int>(text.pages.size());
    plan.words = count_words(text);
    plan.ocr_pages = ocr_page_confidences(text);
    plan.ocr = !plan.ocr_pages.empty();
    plan.coding = classifier.classify(sections);
    plan.mentions = find_desk_study_terms(text);
    // What the title says is a fact of the content (cached); a manifest overrides it later.
    const PlanFacts guessed = facts_from_title(text);
    apply_facts(plan, guessed);
    const PlanFacts* known = facts.find(item.file);
    index::IndexedPlan indexed = prepare_plan_for_index(
        text, sections, plan.coding, tokenizer, synonyms, known != nullptr ? known : &guessed);
    // What the next run compares to decide the file is unchanged.
    const FileFacts stat = file_facts(item.file);
    indexed.record.file_size = stat.size;
    indexed.record.file_mtime_ns = stat.mtime_ns;
    indexed.record.file_sha256 = item.sha256;
    return plan_to_json(plan).dump() + '\n' +
           index::serialise_plan_documents(indexed, writer.theme_codes());
  };
  std::size_t extracted = 0;
  progress.start_stage("extract", to_extract.size());
  extract_batch_in_helper(to_extract, batch, [&](BatchResult&& result) {
    RunItem& item = *by_file.at(result.path);
    if (!result.plan) {
      item.failure = result.error;
      progress.failure(item.file.string(), item.failure);
      progress.advance(result.path.string());
      return;
    }
    try {
      const std::size_t end_of_plan = result.prepared.find('\n');
      ReportPlan plan = plan_from_json(json::parse(result.prepared.substr(0, end_of_plan)));
      cache.store(item.sha256, plan);
      writer.replace_plan_documents(std::string_view(result.prepared).substr(end_of_plan + 1));
      item.plan = std::move(plan);
      // A killed run keeps what was indexed up to here.
      ++extracted;
      writer.checkpoint_when_due(index::CheckpointPolicy{});
    } catch (const std::exception& failure) {
      item.failure = failure.what();
      progress.failure(item.file.string(), item.failure);
    }
    progress.advance(result.path.string());
  });
  progress.finish_stage();

  // The index holds exactly this run's plans: plans no longer given are dropped.
  progress.start_stage("index", 1);
  std::set<std::string> current;
  for (const auto& item : items) {
    if (item.plan) current.insert(index::plan_id(item.file));
  }
  for (const auto& record : writer.plans()) {
    if (!current.contains(record.plan_id)) writer.remove_plan(record.plan_id);
  }
  writer.set_synonyms(synonyms.entries());
  writer.set_metadata("planmine.codebook", codebook.hash);
  writer.mark_schema_current();
  writer.commit();
  progress.advance();
  progress.finish_stage();

  // Plans and failures, in input order; facts applied after the cache (a manifest may change).
  ReportInput input;
  std::vector<ReportPlan> validation;
  std::size_t failures = failed_inputs.size();
  for (const auto& failed : failed_inputs) {
    (failed.validation ? input.validation_failures : input.failures)
        .push_back({failed.file.string(), failed.failure});
  }
  for (auto& item : items) {
    if (!item.failure.empty() || !item.plan) {
      const std::string reason = item.failure.empty() ? "not classified" : item.failure;
      if (item.failure.empty()) progress.failure(item.file.string(), reason);
      (item.validation ? input.validation_failures : input.failures)
          .push_back({item.file.string(), reason});
      ++failures;
      continue;
    }
    ReportPlan plan = *item.plan;
    plan.path = item.file.string();
    if (const PlanFacts* known = facts.find(item.file)) apply_facts(plan, *known);
    (item.validation ? validation : input.plans).push_back(std::move(plan));
  }

  // plans.csv and plans.jsonl: main plans first, then validation plans.
  std::string csv = "path,type,confidence,leading_theme,risks\n";
  std::string jsonl;
  const auto add_lines = [&](const std::vector<ReportPlan>& plans, const char* set) {
    for (const auto& plan : plans) {
      csv += classify_csv_line(plan.path, plan.coding) + "\n";
      json object = plan_to_json(plan);
      object["set"] = set;
      jsonl += object.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
    }
  };
  add_lines(input.plans, "plans");
  add_lines(validation, "validation");
  write_file_atomically(run.out / "plans.csv", csv);
  write_file_atomically(run.out / "plans.jsonl", jsonl);

  if (!run.validation_paths.empty()) input.validation = std::move(validation);
  input.labels = std::move(labels);
  input.codebook_hash = codebook.hash;
  input.command_line = run.command_line;
  input.version = planmine_version();
  input.date = utc_timestamp();
  progress.start_stage("report", 1);
  write_report(input, run.out / "report");
  progress.advance();
  progress.finish_stage();

  RunSummary summary;
  summary.plans = input.plans.size() + (input.validation ? input.validation->size() : 0);
  summary.extracted = extracted;
  summary.failures = failures;
  summary.report = run.out / "report" / "index.html";
  return summary;
}

}  // namespace planmine
