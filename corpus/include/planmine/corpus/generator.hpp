#pragma once
// The corpus generator: draws the labels of every plan, writes each plan as text and as a PDF,
// and the bad-input fixtures. Same options and seed => byte-identical files.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "planmine/corpus/manifest.hpp"

namespace planmine::corpus {

struct CorpusOptions {
  std::filesystem::path out;
  int plans = 150;      // plans in DIR/plans/
  int validation = 19;  // held-apart plans in DIR/validation/
  std::uint64_t seed = 2010;
  bool with_bad_inputs = false;
  int threads = 0;  // 0: one per core
};

// One plan's labels and everything else drawn before its text is written.
struct PlanSpec {
  ManifestEntry labels;      // file, municipality, kind, type, theme, risks, ... (pages unset)
  std::string anders_topic;  // what "anders" means for this plan: regio|beveiliging|archief|hnw
  std::uint64_t seed = 0;    // the plan's own random stream
};

// The labels of the whole corpus, in manifest order (plans first, then validation).
std::vector<PlanSpec> draw_corpus(const CorpusOptions& options);

// The text a reader of the plan's PDF sees (title page, headings, paragraphs, lists, tables).
std::string plan_text(const PlanSpec& spec);

// Words that name a plan type in the study; no generated plan contains them.
const std::vector<std::string>& label_words();

struct CorpusResult {
  std::vector<ManifestEntry> entries;             // as written to manifest.jsonl
  std::vector<std::filesystem::path> bad_inputs;  // files written to DIR/bad/
};

// Writes DIR/plans/, DIR/validation/, DIR/manifest.jsonl and (with_bad_inputs) DIR/bad/.
// Throws std::runtime_error with a clear message when the folder cannot be written.
CorpusResult generate_corpus(const CorpusOptions& options);

}  // namespace planmine::corpus
