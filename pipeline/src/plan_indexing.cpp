// Turning a plan (text, sections, coding) into index/'s plain values with the project's tokenizer.

#include "planmine/pipeline/plan_indexing.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "planmine/extractors/plan_text.hpp"
#include "planmine/index/schema.hpp"

namespace planmine {
namespace {

std::string absolute_key(const std::filesystem::path& path) {
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::absolute(path, error);
  return (error ? path : absolute).lexically_normal().string();
}

std::string join(const std::vector<std::string>& words, const char* separator) {
  std::string joined;
  for (const std::string& word : words) {
    if (!joined.empty()) joined += separator;
    joined += word;
  }
  return joined;
}

// Plurals of words ending in a vowel take -s or -'s in Dutch; Snowball keeps them.
std::string singular(const std::string& word) {
  for (std::string_view apostrophe_s : {"'s", "\u2019s"}) {
    if (word.size() > apostrophe_s.size() + 1 && word.ends_with(apostrophe_s)) {
      return word.substr(0, word.size() - apostrophe_s.size());
    }
  }
  if (word.size() > 4 && word.ends_with("ies")) return word.substr(0, word.size() - 1);
  return word;
}

class SearchStemmer : public Xapian::StemImplementation {
 public:
  std::string operator()(const std::string& word) override { return base_(singular(word)); }
  std::string get_description() const override { return "planmine-dutch"; }

 private:
  Xapian::Stem base_ = Tokenizer::stemmer();
};

// The search stemmer's stems of a plan's words, each computed once: a plan uses a few
// thousand distinct words many times over, and Snowball is the costly step.
class StemMemo {
 public:
  const std::string& operator()(const std::string& word) {
    auto [it, added] = stems_.try_emplace(word);
    if (added) it->second = stemmer_(word);
    return it->second;
  }

 private:
  Xapian::Stem stemmer_ = search_stemmer();
  std::unordered_map<std::string, std::string> stems_;
};

index::Word to_word(const Token& token, StemMemo& stem) {
  index::Word word;
  word.text = token.text;
  word.folded = token.folded;
  word.stems.push_back(token.stem);
  if (const std::string& own = stem(token.folded); own != token.stem) word.stems.push_back(own);
  word.parts = token.parts;
  for (const std::string& part : token.parts) word.part_stems.push_back(stem(part));
  return word;
}

// "Gemeente Lindenmaar" on the title page, when no manifest names the municipality.
std::string municipality_from_title_page(const PlanText& plan, const Tokenizer& tokenizer) {
  if (plan.pages.empty()) return {};
  const std::vector<Token> tokens = tokenizer.tokenize(plan.pages.front().text, 1);
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].folded != "gemeente") continue;
    const Token& name = tokens[i + 1];
    const unsigned char first = static_cast<unsigned char>(name.text.front());
    if (first < 'A' || first > 'Z') continue;
    return "Gemeente " + name.text;
  }
  return {};
}

int year_from_metadata(const PlanMetadata& metadata) {
  if (metadata.creation_date.size() < 4) return 0;
  const int year = std::atoi(metadata.creation_date.substr(0, 4).c_str());
  return year >= 1990 && year <= 2100 ? year : 0;
}

// Cuts one section into passages: at page ends, and after kPassageWords words.
void add_section_passages(const Section& section, const Tokenizer& tokenizer,
                          const SynonymMatcher& synonyms, StemMemo& stem,
                          std::vector<index::Passage>& passages) {
  std::vector<std::size_t> starts = section.page_starts;
  if (starts.empty()) starts.push_back(0);
  std::vector<Token> heading_tokens = tokenizer.tokenize(section.heading, section.first_page);
  bool heading_pending = !heading_tokens.empty();
  for (std::size_t i = 0; i < starts.size(); ++i) {
    const std::size_t begin = std::min(starts[i], section.text.size());
    const std::size_t end =
        i + 1 < starts.size() ? std::min(starts[i + 1], section.text.size()) : section.text.size();
    if (end <= begin) continue;
    const int page = section.first_page + static_cast<int>(i);
    const std::string_view chunk(section.text.data() + begin, end - begin);
    const std::vector<Token> tokens = tokenizer.tokenize(chunk, page);
    const std::vector<std::vector<std::string>> groups = synonyms.groups_at(tokens);
    for (std::size_t first = 0; first < tokens.size(); first += kPassageWords) {
      const std::size_t last = std::min(tokens.size(), first + kPassageWords);
      index::Passage passage;
      passage.first_page = page;
      passage.last_page = page;
      passage.section_kind = to_string(section.kind);
      passage.heading = section.heading;
      // The heading's words belong to the section's first passage, so "risico's" finds it.
      if (heading_pending) {
        const auto heading_groups = synonyms.groups_at(heading_tokens);
        for (std::size_t h = 0; h < heading_tokens.size(); ++h) {
          passage.words.push_back(to_word(heading_tokens[h], stem));
          passage.words.back().synonym_groups = heading_groups[h];
        }
        heading_pending = false;
      }
      for (std::size_t t = first; t < last; ++t) {
        passage.words.push_back(to_word(tokens[t], stem));
        passage.words.back().synonym_groups = groups[t];
      }
      passage.text = std::string(
          chunk.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin));
      passages.push_back(std::move(passage));
    }
  }
}

}  // namespace

void PlanFactsLookup::add_manifest(const std::filesystem::path& manifest) {
  std::ifstream in(manifest);
  if (!in) throw std::runtime_error(manifest.string() + ": cannot read the manifest");
  const std::filesystem::path folder = manifest.parent_path();
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const nlohmann::json object = nlohmann::json::parse(line, nullptr, false);
    if (object.is_discarded() || !object.is_object() || !object.contains("file") ||
        !object["file"].is_string()) {
      throw std::runtime_error(manifest.string() + ":" + std::to_string(number) +
                               ": not a manifest line with a \"file\"");
    }
    PlanFacts facts;
    facts.municipality = object.value("municipality", "");
    facts.kind = object.value("kind", "");
    facts.size_class = object.value("size_class", "");
    facts.year = object.value("year", 0);
    const std::filesystem::path file = object["file"].get<std::string>();
    by_path_[absolute_key(folder / file)] = facts;
    by_file_name_[file.filename().string()] = facts;
  }
}

void PlanFactsLookup::add_manifests_near(const std::filesystem::path& pdf) {
  const std::filesystem::path folder = std::filesystem::path(absolute_key(pdf)).parent_path();
  for (const std::filesystem::path& dir : {folder, folder.parent_path()}) {
    for (const char* name : {"manifest.jsonl", "labels.jsonl"}) {
      const std::string candidate = (dir / name).string();
      if (std::find(read_.begin(), read_.end(), candidate) != read_.end()) continue;
      read_.push_back(candidate);
      std::error_code error;
      if (std::filesystem::is_regular_file(candidate, error)) add_manifest(candidate);
    }
  }
}

const PlanFacts* PlanFactsLookup::find(const std::filesystem::path& pdf) const {
  if (auto found = by_path_.find(absolute_key(pdf)); found != by_path_.end()) {
    return &found->second;
  }
  if (auto found = by_file_name_.find(pdf.filename().string()); found != by_file_name_.end()) {
    return &found->second;
  }
  return nullptr;
}

Xapian::Stem search_stemmer() {
  return Xapian::Stem(new SearchStemmer());
}

FileFacts file_facts(const std::filesystem::path& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return {};
  FileFacts facts;
  facts.size = static_cast<std::uint64_t>(info.st_size);
  facts.mtime_ns =
      static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
  return facts;
}

SynonymMatcher::SynonymMatcher(const Codebook& codebook, const Tokenizer& tokenizer) {
  std::set<std::pair<std::string, std::string>> seen;
  Xapian::Stem query_stemmer = search_stemmer();
  auto add_entry = [&](const std::string& key, const std::string& expansion) {
    if (!key.empty() && seen.emplace(key, expansion).second) entries_.push_back({key, expansion});
  };
  for (const std::vector<std::string>& group : codebook.synonyms) {
    if (group.empty()) continue;
    const std::string canonical = Tokenizer::fold(group.front());
    const std::string group_term = index::synonym_group_term(canonical);
    for (const std::string& spelling : group) {
      const std::vector<Token> tokens = tokenizer.tokenize(spelling);
      if (tokens.empty()) continue;
      Spelling recognised;
      recognised.canonical = canonical;
      std::vector<std::string> lower;
      std::vector<std::string> folded;
      for (const Token& token : tokens) {
        recognised.stems.push_back(token.stem);
        lower.push_back(Xapian::Unicode::tolower(token.text));
        folded.push_back(token.folded);
      }
      by_first_stem_.emplace(recognised.stems.front(), spellings_.size());
      spellings_.push_back(std::move(recognised));
      // Keys as QueryParser forms them: unstemmed words joined by spaces, and for one word
      // also its stemmed Z form.
      add_entry(join(lower, " "), group_term);
      add_entry(join(folded, " "), group_term);
      if (tokens.size() == 1)
        add_entry(std::string(index::kStemPrefix) + query_stemmer(tokens[0].folded), group_term);
    }
  }
}

std::vector<std::vector<std::string>> SynonymMatcher::groups_at(
    const std::vector<Token>& tokens) const {
  std::vector<std::vector<std::string>> groups(tokens.size());
  if (spellings_.empty()) return groups;
  Xapian::Stem part_stemmer = Tokenizer::stemmer();
  std::unordered_map<std::string, std::string> part_stems;  // Snowball once per distinct part
  auto stem_of_part = [&](const std::string& part) -> const std::string& {
    auto [it, added] = part_stems.try_emplace(part);
    if (added) it->second = part_stemmer(part);
    return it->second;
  };
  auto add = [&](std::size_t i, const Spelling& spelling) {
    auto& here = groups[i];
    if (std::find(here.begin(), here.end(), spelling.canonical) == here.end()) {
      here.push_back(spelling.canonical);
    }
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    // Spellings are looked up by their first stem, so a word costs one hash lookup.
    const auto [first, last] = by_first_stem_.equal_range(tokens[i].stem);
    for (auto it = first; it != last; ++it) {
      const Spelling& spelling = spellings_[it->second];
      const std::size_t n = spelling.stems.size();
      bool matches = i + n <= tokens.size();
      for (std::size_t k = 1; matches && k < n; ++k) {
        matches = tokens[i + k].stem == spelling.stems[k];
      }
      if (matches) add(i, spelling);
    }
    // A one-word spelling inside a compound: "kcc-medewerkers", "klantcontactcentrumfunctie".
    for (const std::string& part : tokens[i].parts) {
      const auto [part_first, part_last] = by_first_stem_.equal_range(stem_of_part(part));
      for (auto it = part_first; it != part_last; ++it) {
        if (spellings_[it->second].stems.size() == 1) add(i, spellings_[it->second]);
      }
    }
  }
  return groups;
}

index::IndexedPlan prepare_plan_for_index(const PlanText& plan,
                                          const std::vector<Section>& sections,
                                          const Coding& coding, const Tokenizer& tokenizer,
                                          const SynonymMatcher& synonyms, const PlanFacts* facts) {
  index::IndexedPlan indexed;
  index::PlanRecord& record = indexed.record;
  record.plan_id = index::plan_id(plan.path);
  record.path = plan.path.string();
  record.title = plan.metadata.title;
  record.page_count = static_cast<int>(plan.pages.size());
  if (facts != nullptr) {
    record.municipality = facts->municipality;
    record.kind = facts->kind;
    record.size_class = facts->size_class;
    record.year = facts->year;
  }
  if (record.municipality.empty())
    record.municipality = municipality_from_title_page(plan, tokenizer);
  if (record.year == 0) record.year = year_from_metadata(plan.metadata);
  record.type = coding.type;
  record.confidence = coding.confidence;
  record.leading_theme = coding.leading_theme;
  record.theme_scores = coding.theme_scores;
  record.risks = coding.risks;
  for (const Evidence& evidence : coding.evidence) {
    // Strongest first: the first per code is the one to show.
    record.evidence.try_emplace(
        evidence.code,
        index::PlanRecord::Evidence{evidence.page, evidence.section, evidence.passage});
  }
  record.coding_json = coding_to_json(coding);
  record.ocr_pages = ocr_page_confidences(plan);

  StemMemo stem;
  if (!sections.empty()) {
    for (const Section& section : sections) {
      add_section_passages(section, tokenizer, synonyms, stem, indexed.passages);
    }
  } else {
    // No structure found: one section per page.
    for (const PageText& page : plan.pages) {
      Section section;
      section.first_page = section.last_page = page.number;
      section.text = page.text;
      section.page_starts = {0};
      add_section_passages(section, tokenizer, synonyms, stem, indexed.passages);
    }
  }
  // A passage lies on one page: it came from OCR when that page did.
  for (index::Passage& passage : indexed.passages) {
    const auto page = record.ocr_pages.find(passage.first_page);
    if (page != record.ocr_pages.end()) passage.ocr_confidence = page->second;
  }
  return indexed;
}

void reserve_theme_score_slots(index::PlanIndexWriter& writer, const Codebook& codebook) {
  std::vector<std::string> codes;
  for (const Code& theme : codebook.themes) codes.push_back(theme.code);
  std::sort(codes.begin(), codes.end());
  writer.add_theme_codes(codes);
}

std::string coding_to_json(const Coding& coding) {
  nlohmann::json evidence = nlohmann::json::array();
  for (const Evidence& item : coding.evidence) {
    evidence.push_back({{"code", item.code},
                        {"indicator", item.indicator},
                        {"weight", item.weight},
                        {"page", item.page},
                        {"section", item.section},
                        {"passage", item.passage}});
  }
  const nlohmann::json object = {{"type", coding.type},
                                 {"confidence", coding.confidence},
                                 {"type_scores", coding.type_scores},
                                 {"leading_theme", coding.leading_theme},
                                 {"theme_scores", coding.theme_scores},
                                 {"risks", coding.risks},
                                 {"evidence", evidence}};
  return object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string one_line(std::string_view text) {
  std::string line;
  bool space = false;
  for (char c : text) {
    if (c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == ' ') {
      space = !line.empty();
      continue;
    }
    if (space) line += ' ';
    space = false;
    line += c;
  }
  return line;
}

nlohmann::json hit_to_json(const index::Hit& hit, int rank, bool by_passage) {
  nlohmann::json object = {{"rank", rank},
                           {"path", hit.plan.path},
                           {"municipality", hit.plan.municipality},
                           {"type", hit.plan.type},
                           {"leading_theme", hit.plan.leading_theme},
                           {"risks", hit.plan.risks},
                           {"kind", hit.plan.kind},
                           {"size_class", hit.plan.size_class},
                           {"page", hit.page},
                           {"section", hit.section_kind},
                           {"score", hit.score},
                           {"snippet", one_line(hit.snippet)},
                           {"ocr", hit.ocr},
                           {"ocr_confidence", nullptr}};
  if (hit.ocr) object["ocr_confidence"] = hit.ocr_confidence;
  if (!by_passage) {
    // Every page of the plan that was read by OCR (empty for a born-digital plan).
    nlohmann::json pages = nlohmann::json::array();
    for (const auto& [page, confidence] : hit.plan.ocr_pages) pages.push_back(page);
    object["ocr_pages"] = std::move(pages);
  }
  return object;
}

}  // namespace planmine
