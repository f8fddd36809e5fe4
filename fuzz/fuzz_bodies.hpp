#pragma once
// The bodies of the libFuzzer targets, shared with tests/e2e/hostile_fuzz_regressions_test.cpp so
// that a crashing input kept in fuzz/regressions/<target>/ is replayed through the very same code.
// Each body returns normally for any input; a broken invariant calls std::abort() (a finding).

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "planmine/extractors/cleaning.hpp"
#include "planmine/index/plan_index.hpp"
#include "planmine/index/search.hpp"
#include "planmine/pipeline/classify.hpp"
#include "planmine/pipeline/codebook.hpp"
#include "planmine/pipeline/sections.hpp"
#include "planmine/pipeline/tokenizer.hpp"

namespace planmine::fuzz {

inline void require(bool condition) {
  if (!condition) std::abort();
}

// Splits on '\n'; '\f' starts a new page, as pdftotext-like text does.
inline std::vector<std::vector<std::string>> split_pages(std::string_view text) {
  std::vector<std::vector<std::string>> pages(1);
  std::string line;
  for (char c : text) {
    if (c == '\n' || c == '\f') {
      pages.back().push_back(line);
      line.clear();
      if (c == '\f') pages.emplace_back();
    } else {
      line += c;
    }
  }
  pages.back().push_back(line);
  return pages;
}

// Text in, cleaned text out: every cleaning rule the extractor applies to a page's lines.
inline void fuzz_cleaning(std::string_view input) {
  const std::string normalized = normalize_characters(input);
  auto pages = split_pages(normalized);
  std::size_t lines_before = 0;
  for (auto& page : pages) {
    lines_before += page.size();
    for (std::size_t i = 0; i + 1 < page.size(); ++i) {
      (void)decide_line_join(page[i], page[i + 1]);
      (void)is_page_number_line(page[i]);
      (void)running_line_key(page[i]);
    }
    const std::size_t count = page.size();
    join_hyphenated_lines(page);
    require(page.size() <= count);  // joining never makes lines
  }
  strip_running_headers(pages);
  std::size_t lines_after = 0;
  for (const auto& page : pages) lines_after += page.size();
  require(lines_after <= lines_before);  // stripping never adds lines
}

inline void fuzz_tokenizer(std::string_view input) {
  const Tokenizer& tokenizer = Tokenizer::standard();
  const auto tokens = tokenizer.tokenize(input, 3);
  std::size_t previous_end = 0;
  for (const Token& token : tokens) {
    require(token.begin < token.end && token.end <= input.size());
    require(token.begin >= previous_end);  // in order, not overlapping
    require(token.page == 3);
    previous_end = token.end;
    (void)Tokenizer::fold(token.text);
    (void)tokenizer.compound_parts(token.folded);
  }
}

// A loader must either return a checked codebook or throw CodebookError, nothing else.
inline void fuzz_codebook(std::string_view input) {
  try {
    const Codebook codebook = parse_codebook(input, "fuzz.json");
    for (const auto& code : codebook.themes) require(codebook.find_theme(code.code) != nullptr);
  } catch (const CodebookError&) {
  }
}

// Text in ('\f' between pages), sections and a coding out: the splitter must keep every section
// inside the text and its pages, and the classifier must give codes of the codebook only.
inline void fuzz_sections(std::string_view input) {
  static const Codebook codebook = load_codebook(default_codebook_path());
  static const Classifier classifier(codebook, Tokenizer::standard());
  const PlanText plan = plan_text_from_pages(input);
  const int last_page = static_cast<int>(plan.pages.size());
  const std::vector<Section> sections = split_sections(plan);
  require(!sections.empty());
  std::size_t text_bytes = 0;
  for (const Section& section : sections) {
    require(section.first_page >= 1 && section.first_page <= section.last_page);
    require(section.last_page <= last_page);
    require(section.level >= 0 && section.level <= 2);
    require(!section.page_starts.empty());
    require(std::is_sorted(section.page_starts.begin(), section.page_starts.end()));
    require(section.page_starts.back() <= section.text.size());
    text_bytes += section.text.size();
  }
  // Lines are kept (trimmed, one '\n' each) or joined into headings, never repeated.
  require(text_bytes <= 2 * input.size() + 1);

  const Coding coding = classifier.classify(sections);
  require(codebook.find_type(coding.type) != nullptr);
  require(coding.confidence >= 0 && coding.confidence <= 1);
  require(codebook.find_theme(coding.leading_theme) != nullptr);
  double shares = 0;
  for (const auto& [code, share] : coding.theme_scores) {
    require(share >= 0 && share <= 1 + 1e-9);
    shares += share;
  }
  require(shares == 0 || std::abs(shares - 1) < 1e-6);
  for (std::size_t i = 0; i < coding.risks.size(); ++i) {
    require(codebook.find_risk(coding.risks[i]) != nullptr);
    require(std::find(coding.risks.begin(), coding.risks.begin() + static_cast<long>(i),
                      coding.risks[i]) == coding.risks.begin() + static_cast<long>(i));
  }
}

// A small database with one plan, made once per process in a temporary directory.
class QueryFixture {
 public:
  QueryFixture() {
    char pattern[] = "/tmp/planmine-fuzz-query-XXXXXX";
    require(mkdtemp(pattern) != nullptr);
    directory_ = pattern;
    {
      index::PlanIndexWriter writer(directory_ / "db");
      index::IndexedPlan plan;
      plan.record.plan_id = index::plan_id("/plans/utrecht.pdf");
      plan.record.path = "/plans/utrecht.pdf";
      plan.record.municipality = "Utrecht";
      plan.record.type = "service";
      plan.record.page_count = 1;
      index::Passage passage;
      passage.first_page = passage.last_page = 1;
      passage.section_kind = "risks";
      passage.text = "Het klantcontactcentrum en de e-overheid: risico's van capaciteit.";
      for (const Token& token : Tokenizer::standard().tokenize(passage.text, 1)) {
        index::Word word;
        word.text = token.text;
        word.folded = token.folded;
        word.stems = {token.stem};
        word.parts = token.parts;
        passage.words.push_back(word);
      }
      plan.passages.push_back(passage);
      writer.replace_plan(plan);
      writer.set_synonyms({{"kcc", "klantcontactcentrum"}});
      writer.commit();
    }
    searcher_ = std::make_unique<index::PlanSearcher>(
        std::vector<std::string>{(directory_ / "db").string()}, Tokenizer::stemmer(),
        std::vector<index::SynonymEntry>{});
  }
  ~QueryFixture() {
    searcher_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(directory_, ignored);
  }
  const index::PlanSearcher& searcher() const { return *searcher_; }

 private:
  std::filesystem::path directory_;
  std::unique_ptr<index::PlanSearcher> searcher_;
};

// The search front-end: query string -> Xapian query -> a search on the small database. A bad
// query must come back as QueryError.
inline void fuzz_query(std::string_view input) {
  static const QueryFixture fixture;
  index::SearchRequest request;
  request.query = std::string(input);
  request.limit = 5;
  try {
    (void)fixture.searcher().parse(request.query);
    (void)fixture.searcher().search(request);
    request.by_passage = true;
    (void)fixture.searcher().search(request);
  } catch (const index::QueryError&) {
  }
}

}  // namespace planmine::fuzz
