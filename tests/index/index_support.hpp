#pragma once
// Hand-made plans for the index tests: a few sections of Dutch text, tokenized by the
// project's tokenizer and turned into index values by the pipeline's glue.

#include <unistd.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "planmine/index/plan_index.hpp"
#include "planmine/pipeline/codebook.hpp"
#include "planmine/pipeline/coding.hpp"
#include "planmine/pipeline/plan_indexing.hpp"
#include "planmine/pipeline/sections.hpp"
#include "planmine/pipeline/tokenizer.hpp"

namespace planmine::testing {

struct SectionSpec {
  SectionKind kind;
  std::string heading;
  std::string text;
};

inline Codebook codebook_with_synonyms() {
  Codebook codebook;
  codebook.synonyms = {{"klantcontactcentrum", "kcc", "klant contact centrum"},
                       {"basisregistratie adressen en gebouwen", "bag"}};
  return codebook;
}

// One plan of one page per section.
inline index::IndexedPlan make_plan(const std::string& name, const std::vector<SectionSpec>& specs,
                                    Coding coding = {}, const PlanFacts* facts = nullptr) {
  PlanText text;
  text.path = std::filesystem::path("/plans") / name;
  std::vector<Section> sections;
  int page = 0;
  for (const SectionSpec& spec : specs) {
    ++page;
    text.pages.push_back({page, spec.heading + "\n" + spec.text});
    Section section;
    section.heading = spec.heading;
    section.kind = spec.kind;
    section.first_page = section.last_page = page;
    section.text = spec.text;
    section.page_starts = {0};
    sections.push_back(section);
  }
  static const Codebook codebook = codebook_with_synonyms();
  static const SynonymMatcher synonyms(codebook, Tokenizer::standard());
  return prepare_plan_for_index(text, sections, coding, Tokenizer::standard(), synonyms, facts);
}

// A temporary folder removed at the end of the test.
class TemporaryFolder {
 public:
  TemporaryFolder() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "planmine-index-test-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TemporaryFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace planmine::testing
