#pragma once
// The glue between the pipeline and index/: turns a plan's text, sections and coding into the
// plain values index/ stores (passages of tokenized words, a plan record), and the codebook's
// synonym groups into Xapian synonym entries, all with the project's tokenizer so search and
// classification see the same terms.

#include <cstdint>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "planmine/extractors/plan_text.hpp"
#include "planmine/index/plan_index.hpp"
#include "planmine/index/search.hpp"
#include "planmine/pipeline/codebook.hpp"
#include "planmine/pipeline/coding.hpp"
#include "planmine/pipeline/sections.hpp"
#include "planmine/pipeline/tokenizer.hpp"

namespace planmine {

// What a manifest beside the inputs says of a plan that is not classification: only these
// facts are taken from it (never type, theme or risks).
struct PlanFacts {
  std::string municipality;
  std::string kind;
  std::string size_class;
  int year = 0;
};

// Manifests (manifest.jsonl or labels.jsonl with one JSON object per plan and a "file" key)
// found next to the inputs or given explicitly, looked up by a PDF's path.
class PlanFactsLookup {
 public:
  // Reads one manifest; `file` keys are relative to its folder. Throws std::runtime_error.
  void add_manifest(const std::filesystem::path& manifest);
  // Reads manifest.jsonl / labels.jsonl in the PDF's folder and its parent, once each.
  void add_manifests_near(const std::filesystem::path& pdf);
  // Facts for a PDF: matched on its absolute path, else on its file name.
  const PlanFacts* find(const std::filesystem::path& pdf) const;

 private:
  std::map<std::string, PlanFacts> by_path_;
  std::map<std::string, PlanFacts> by_file_name_;
  std::vector<std::string> read_;
};

// Stat facts the index compares to decide whether a file changed.
struct FileFacts {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
};
FileFacts file_facts(const std::filesystem::path& path);

// Recognises the codebook's synonym spellings in token streams ("Klant Contact Centrum",
// "klantcontactcentrum", "KCC" all name the group "kcc").
class SynonymMatcher {
 public:
  SynonymMatcher() = default;
  SynonymMatcher(const Codebook& codebook, const Tokenizer& tokenizer);
  // For each token, the canonical names of the groups whose spelling starts there.
  std::vector<std::vector<std::string>> groups_at(const std::vector<Token>& tokens) const;
  // Synonym entries for the database: every spelling (as QueryParser forms it) -> XSYN term.
  const std::vector<index::SynonymEntry>& entries() const { return entries_; }

 private:
  struct Spelling {
    std::vector<std::string> stems;  // one per word
    std::string canonical;
  };
  std::vector<Spelling> spellings_;
  std::unordered_multimap<std::string, std::size_t> by_first_stem_;  // -> spellings_ index
  std::vector<index::SynonymEntry> entries_;
};

// The stemmer the index and search use: Tokenizer::stemmer() after Dutch plurals in -s that
// Snowball leaves alone are made singular ("registraties" -> "registratie", "risico's" ->
// "risico"), so a query for the singular finds the plural and the other way round.
Xapian::Stem search_stemmer();

// Passage size: sections are cut at page ends and after this many words.
inline constexpr std::size_t kPassageWords = 180;

// Builds what the index stores of one plan.
index::IndexedPlan prepare_plan_for_index(const PlanText& plan,
                                          const std::vector<Section>& sections,
                                          const Coding& coding, const Tokenizer& tokenizer,
                                          const SynonymMatcher& synonyms, const PlanFacts* facts);

// Gives every theme of the codebook its score slot in the database (sorted codes, after any the
// database has), before workers build documents against writer.theme_codes().
void reserve_theme_score_slots(index::PlanIndexWriter& writer, const Codebook& codebook);

// The coding as one line of JSON, as stored in the plan document.
std::string coding_to_json(const Coding& coding);

// A snippet or context on one line: the plan's line breaks, tabs and runs of spaces become one
// space. `planmine search` and `planmine serve` both print hits this way, so they agree.
std::string one_line(std::string_view text);

// One search hit as `search --format jsonl` prints it and serve's /api/search returns it: the
// plan's codes and facts, page, score, one-line snippet, OCR marks (`ocr_pages` for plan hits).
nlohmann::json hit_to_json(const index::Hit& hit, int rank, bool by_passage);

}  // namespace planmine
