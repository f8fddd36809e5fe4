// Searching plans: query parsing, theme and risk boosts, filters, facets and snippets.

#include "planmine/index/search.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <set>
#include <sstream>

#include "document_data.hpp"
#include "planmine/index/schema.hpp"

namespace planmine::index {
namespace {

// Weight of a coded theme or risk (or a risks section) against BM25 weights of a few units: a
// plan coded with the theme ranks above any that merely uses its words.
constexpr double kCodedBoost = 100.0;

Xapian::Query boolean_term(std::string_view prefix, std::string_view value) {
  return Xapian::Query(prefixed(prefix, value));
}

// A fixed weight for every document carrying `term` (boolean terms have no weight of their own).
Xapian::Query boost_for(std::string_view prefix, std::string_view value, double weight) {
  return Xapian::Query(Xapian::Query::OP_FILTER,
                       Xapian::Query((new Xapian::FixedWeightPostingSource(weight))->release()),
                       boolean_term(prefix, value));
}

Xapian::Query filtered(Xapian::Query query, std::string_view prefix, std::string_view value) {
  if (value.empty()) return query;
  return Xapian::Query(Xapian::Query::OP_FILTER, query, boolean_term(prefix, value));
}

Xapian::Query and_all(const std::vector<Xapian::Query>& parts) {
  std::vector<Xapian::Query> present;
  for (const Xapian::Query& part : parts) {
    if (!part.empty()) present.push_back(part);
  }
  if (present.empty()) return Xapian::Query::MatchAll;
  return Xapian::Query(Xapian::Query::OP_AND, present.begin(), present.end());
}

Xapian::Database open_one(const std::string& spec, bool& remote) {
  try {
    if (spec.rfind("tcp:", 0) == 0) {
      const std::string address = spec.substr(4);
      const std::size_t colon = address.rfind(':');
      if (colon == std::string::npos || colon == 0 || colon + 1 == address.size()) {
        throw DatabaseError(spec + ": expected tcp:HOST:PORT");
      }
      const int port = std::atoi(address.c_str() + colon + 1);
      if (port <= 0 || port > 65535) throw DatabaseError(spec + ": bad port");
      remote = true;
      return Xapian::Remote::open(address.substr(0, colon), static_cast<unsigned>(port));
    }
    std::error_code error;
    if (!std::filesystem::is_directory(spec, error)) {
      throw DatabaseError(spec + ": no database there");
    }
    return Xapian::Database(spec);
  } catch (const Xapian::Error& error) {
    throw DatabaseError(spec + ": cannot open the database: " + error.get_msg());
  }
}

int to_int(const std::string& text) {
  return std::atoi(text.c_str());
}

std::vector<std::string> split_risks(const std::string& joined) {
  std::vector<std::string> risks;
  std::size_t start = 0;
  while (start < joined.size()) {
    std::size_t end = joined.find(';', start);
    if (end == std::string::npos) end = joined.size();
    if (end > start) risks.push_back(joined.substr(start, end - start));
    start = end + 1;
  }
  return risks;
}

std::map<std::string, Xapian::doccount> counts_of(const Xapian::ValueCountMatchSpy& spy) {
  std::map<std::string, Xapian::doccount> counts;
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
    if (!(*it).empty()) counts[*it] = it.get_termfreq();
  }
  return counts;
}

// The field a wildcard is handed to; rewrite_wildcards() writes it, users need not.
constexpr const char* kWildcardField = "planmine_wildcard";
// Stands for a hyphen in the field's value: Xapian passes "e_zaak" on as one word, "e-zaak" not.
constexpr char kHyphenInField = '_';

// Xapian's FLAG_WILDCARD expands over unprefixed terms, and the text terms are stems (Z...), so
// `zaak*` is rewritten to `planmine_wildcard:zaak`, which this expands: every word the plans
// spell that starts so (the XW vocabulary), as the stem the index holds for it. Like Xapian's
// own wildcards: OP_SYNONYM of the expansions, the 1000 most frequent at most.
class WildcardExpander : public Xapian::FieldProcessor {
 public:
  WildcardExpander(Xapian::Database database, Xapian::Stem stemmer)
      : database_(std::move(database)), stemmer_(std::move(stemmer)) {}

  Xapian::Query operator()(const std::string& start) override {
    constexpr std::size_t kMaxExpansion = 1000;
    std::string spelled = Xapian::Unicode::tolower(start);
    std::replace(spelled.begin(), spelled.end(), kHyphenInField, '-');
    const std::string root = prefixed(kPrefixWord, spelled);
    std::vector<std::pair<Xapian::doccount, std::string>> words;
    for (auto it = database_.allterms_begin(root); it != database_.allterms_end(root); ++it) {
      words.emplace_back(it.get_termfreq(), (*it).substr(kPrefixWord.size()));
    }
    if (words.size() > kMaxExpansion) {
      std::partial_sort(words.begin(), words.begin() + kMaxExpansion, words.end(),
                        [](const auto& a, const auto& b) { return a.first > b.first; });
      words.resize(kMaxExpansion);
    }
    std::set<std::string> stems;
    for (const auto& word : words) stems.insert(prefixed(kStemPrefix, stemmer_(word.second)));
    // No such word: the vocabulary term itself, which no document has (MatchNothing would be
    // an empty query, which callers read as "no words given").
    if (stems.empty()) return Xapian::Query(root);
    return Xapian::Query(Xapian::Query::OP_SYNONYM, stems.begin(), stems.end());
  }

 private:
  Xapian::Database database_;
  Xapian::Stem stemmer_;
};

bool is_word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return std::isalnum(byte) != 0 || byte >= 0x80 || c == '_';
}

// `word*` standing on its own (after a space, '(', '+' or '-' at a token start; before a space,
// ')' or the end; outside quotes) becomes `planmine_wildcard:word`; the rest is left as typed.
// The word may hold hyphens (`e-zaak*`).
std::string rewrite_wildcards(const std::string& query) {
  std::string rewritten;
  bool in_quotes = false;
  std::size_t i = 0;
  while (i < query.size()) {
    const char c = query[i];
    if (c == '"') in_quotes = !in_quotes;
    const bool token_start =
        !in_quotes && (i == 0 || std::isspace(static_cast<unsigned char>(query[i - 1])) != 0 ||
                       query[i - 1] == '(');
    if (token_start) {
      std::size_t word = i;
      if (query[word] == '+' || query[word] == '-') ++word;
      std::size_t end = word;
      // A hyphen between letters stays in the word, as the tokenizer keeps "e-zaak" whole.
      while (end < query.size() &&
             (is_word_byte(query[end]) || (query[end] == '-' && end > word &&
                                           end + 1 < query.size() && is_word_byte(query[end + 1]))))
        ++end;
      const bool wildcard =
          end > word && end < query.size() && query[end] == '*' &&
          (end + 1 == query.size() ||
           std::isspace(static_cast<unsigned char>(query[end + 1])) != 0 || query[end + 1] == ')');
      if (wildcard) {
        rewritten.append(query, i, word - i);
        // Xapian hands a field processor one word: "e-zaak" travels as "e_zaak".
        rewritten += kWildcardField;
        rewritten += ':';
        std::string spelled = query.substr(word, end - word);
        std::replace(spelled.begin(), spelled.end(), '-', kHyphenInField);
        rewritten += spelled;
        i = end + 1;
        continue;
      }
    }
    rewritten += c;
    ++i;
  }
  return rewritten;
}

}  // namespace

PlanSearcher::PlanSearcher(const std::vector<std::string>& databases, const Xapian::Stem& stemmer,
                           const std::vector<SynonymEntry>& synonyms)
    : stemmer_(stemmer) {
  if (databases.empty()) throw DatabaseError("no database given");
  bool any_remote = false;
  for (const std::string& spec : databases) database_.add_database(open_one(spec, any_remote));
  synonym_database_ = database_;
  try {
    std::istringstream codes(database_.get_metadata(kMetadataThemeSlots));
    std::string code;
    for (Xapian::valueno slot = kSlotThemeScores; codes >> code; ++slot) {
      theme_score_slots_[code] = slot;
    }
  } catch (const Xapian::Error& error) {
    throw DatabaseError("cannot read the database's metadata: " + error.get_msg());
  }
  if (!any_remote) return;
  // The remote backend has no synonym table, so the synonyms live in a small local database
  // the query parser reads; the expanded query then travels to the servers.
  try {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "planmine-synonyms-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw DatabaseError("cannot create a temporary folder");
    temporary_synonym_directory_ = pattern;
    Xapian::WritableDatabase writable(pattern, Xapian::DB_CREATE_OR_OVERWRITE);
    for (const SynonymEntry& entry : synonyms) {
      if (!entry.key.empty() && !entry.expansion.empty()) {
        writable.add_synonym(entry.key, entry.expansion);
      }
    }
    writable.commit();
    writable.close();
    synonym_database_ = Xapian::Database(pattern);
  } catch (const Xapian::Error& error) {
    throw DatabaseError("cannot build the synonym table: " + error.get_msg());
  }
}

PlanSearcher::~PlanSearcher() {
  if (!temporary_synonym_directory_.empty()) {
    synonym_database_.close();
    std::error_code ignored;
    std::filesystem::remove_all(temporary_synonym_directory_, ignored);
  }
}

Xapian::Query PlanSearcher::parse(const std::string& query, const std::string& prefix) const {
  if (query.empty()) return Xapian::Query();
  Xapian::QueryParser parser;
  parser.set_stemmer(stemmer_);
  // The index holds positional stems only (plan_index.cpp), as TermGenerator's STEM_ALL_Z.
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
  parser.set_database(synonym_database_);
  // Wildcards Xapian expands itself (one rewrite_wildcards() leaves, e.g. "zaak*," before a
  // comma) keep their bound; the text terms are Z-prefixed, so they find nothing.
  parser.set_max_expansion(1000, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  parser.add_prefix(kWildcardField, (new WildcardExpander(database_, stemmer_))->release());
  // Fields a researcher can type: type:service theme:dienstverlening risk:capaciteit ...
  parser.add_boolean_prefix("type", std::string(kPrefixType));
  parser.add_boolean_prefix("theme", std::string(kPrefixTheme));
  parser.add_boolean_prefix("risk", std::string(kPrefixRisk));
  parser.add_boolean_prefix("kind", std::string(kPrefixKind));
  parser.add_boolean_prefix("size", std::string(kPrefixSize));
  parser.add_boolean_prefix("year", std::string(kPrefixYear));
  parser.add_boolean_prefix("section", std::string(kPrefixSection));
  const unsigned flags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                         Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD |
                         Xapian::QueryParser::FLAG_SYNONYM |
                         Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS;
  try {
    return parser.parse_query(rewrite_wildcards(query), flags, prefix);
  } catch (const Xapian::QueryParserError& error) {
    throw QueryError(error.get_msg());
  }
}

std::optional<SearchRequest::Scans> SearchRequest::scans_named(std::string_view name) {
  if (name == "include") return Scans::include;
  if (name == "only") return Scans::only;
  if (name == "exclude") return Scans::exclude;
  return std::nullopt;
}

// The query for the request's words, theme and risk, before the level and filter terms.
Xapian::Query PlanSearcher::text_query(const SearchRequest& request, bool plan_level) const {
  std::vector<Xapian::Query> parts;
  parts.push_back(parse(request.query));
  if (!request.theme.empty()) {
    const Xapian::Query words = parse(request.theme_query);
    const Xapian::Query coded = boost_for(kPrefixTheme, request.theme, kCodedBoost);
    const auto slot = theme_score_slots_.find(request.theme);
    if (plan_level) {
      // Plans coded with the theme first, then by the classifier's score for it (a share in
      // [0,1], scaled past BM25's few units), then by the theme's words.
      std::vector<Xapian::Query> signals = {coded};
      if (!words.empty()) signals.push_back(words);
      if (slot != theme_score_slots_.end()) {
        signals.emplace_back(
            Xapian::Query::OP_SCALE_WEIGHT,
            Xapian::Query((new Xapian::ValueWeightPostingSource(slot->second))->release()),
            kCodedBoost);
      }
      parts.emplace_back(Xapian::Query::OP_OR, signals.begin(), signals.end());
    } else if (words.empty()) {
      parts.push_back(coded);
    } else {
      parts.emplace_back(Xapian::Query::OP_AND_MAYBE, words, coded);
    }
  }
  if (!request.risk.empty()) {
    const Xapian::Query coded = boost_for(kPrefixRisk, request.risk, kCodedBoost);
    if (plan_level) {
      // On the plan document the risk's words count only where they stand in a risks section.
      // A classified plan matches when its coding names the risk (the classifier read the risk
      // framing, also outside risk sections); an unclassified one when the risk's words stand
      // in its risks section. The words rank either.
      const Xapian::Query words = parse(request.risk_query, std::string(kPrefixRiskText));
      if (words.empty()) {
        parts.push_back(coded);
      } else {
        const Xapian::Query classified(Xapian::Query::OP_WILDCARD, std::string(kPrefixType));
        parts.emplace_back(Xapian::Query::OP_OR,
                           Xapian::Query(Xapian::Query::OP_AND_MAYBE, coded, words),
                           Xapian::Query(Xapian::Query::OP_AND_NOT, words, classified));
      }
    } else {
      // Passages: every mention matches, those in a risks section (of a plan coded with the
      // risk) first.
      const Xapian::Query words = parse(request.risk_query);
      const Xapian::Query section = boost_for(kPrefixSection, "risks", kCodedBoost);
      const Xapian::Query boosts(Xapian::Query::OP_OR, section,
                                 boost_for(kPrefixRisk, request.risk, kCodedBoost / 2));
      parts.push_back(words.empty() ? section
                                    : Xapian::Query(Xapian::Query::OP_AND_MAYBE, words, boosts));
    }
  }
  return and_all(parts);
}

// For plan hits: each plan's best passage (page, section, snippet), found with one passage
// query over the hit plans, collapsed to one passage per plan.
void PlanSearcher::add_best_passages(const SearchRequest& request, std::vector<Hit>& hits) const {
  if (hits.empty()) return;
  std::vector<Xapian::Query> plans;
  for (const Hit& hit : hits) plans.push_back(boolean_term(kPrefixPlan, hit.plan.plan_id));
  Xapian::Query query = filtered(text_query(request, false), kPrefixLevel, kLevelPassage);
  query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                        Xapian::Query(Xapian::Query::OP_OR, plans.begin(), plans.end()));
  Xapian::Enquire enquire(database_);
  enquire.set_query(query);
  enquire.set_collapse_key(kSlotPlanId);
  enquire.set_sort_by_relevance_then_value(kSlotOrder, false);
  const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(hits.size()));
  std::map<std::string, Hit*> by_plan;
  for (Hit& hit : hits) by_plan[hit.plan.plan_id] = &hit;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const DocumentData data = DocumentData::parse(it.get_document().get_data());
    const auto found = by_plan.find(data.get("plan_id"));
    if (found == by_plan.end()) continue;
    Hit& hit = *found->second;
    // A plan found for a risk it names: show where the classifier read it as a risk.
    if (const auto evidence = hit.plan.evidence.find(request.risk);
        !request.risk.empty() && evidence != hit.plan.evidence.end()) {
      hit.page = evidence->second.page;
      hit.section_kind = "evidence";
      hit.heading = evidence->second.section;
      hit.snippet = mset.snippet(evidence->second.passage, request.snippet_length, stemmer_,
                                 Xapian::MSet::SNIPPET_BACKGROUND_MODEL, request.highlight_start,
                                 request.highlight_end, "…");
      continue;
    }
    hit.page = to_int(data.get("first_page"));
    hit.section_kind = data.get("section");
    hit.heading = data.get("heading");
    hit.snippet = mset.snippet(data.get("text"), request.snippet_length, stemmer_,
                               Xapian::MSet::SNIPPET_BACKGROUND_MODEL, request.highlight_start,
                               request.highlight_end, "…");
  }
}

SearchResult PlanSearcher::search(const SearchRequest& request) const {
  const bool plan_level = !request.by_passage;
  Xapian::Query query = text_query(request, plan_level);
  query = filtered(query, kPrefixLevel, plan_level ? kLevelPlan : kLevelPassage);
  query = filtered(query, kPrefixType, request.type);
  query = filtered(query, kPrefixKind, request.kind);
  query = filtered(query, kPrefixSize, request.size_class);
  const Xapian::Query scanned{std::string(kTermOcr)};
  if (request.scans == SearchRequest::Scans::only)
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, scanned);
  else if (request.scans == SearchRequest::Scans::exclude)
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, scanned);

  Xapian::Enquire enquire(database_);
  enquire.set_query(query);
  // Ties in score fall back to path and passage order, so shards and one database agree.
  enquire.set_sort_by_relevance_then_value(kSlotOrder, false);
  Xapian::ValueCountMatchSpy type_spy(kSlotType);
  Xapian::ValueCountMatchSpy theme_spy(kSlotTheme);
  Xapian::ValueCountMatchSpy size_spy(kSlotSize);
  enquire.add_matchspy(&type_spy);
  enquire.add_matchspy(&theme_spy);
  enquire.add_matchspy(&size_spy);
  const Xapian::MSet mset = enquire.get_mset(0, request.limit, database_.get_doccount());

  SearchResult result;
  result.matches = mset.get_matches_estimated();
  result.facets["type"] = counts_of(type_spy);
  result.facets["theme"] = counts_of(theme_spy);
  result.facets["size_class"] = counts_of(size_spy);
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const Xapian::Document document = it.get_document();
    Hit hit;
    hit.score = it.get_weight();
    const DocumentData data = DocumentData::parse(document.get_data());
    if (plan_level) {
      hit.plan = read_plan_record(document);
      hit.plan.coding_json.clear();
      hit.page = 1;
    } else {
      hit.plan.plan_id = data.get("plan_id");
      hit.plan.path = data.get("path");
      hit.plan.municipality = data.get("municipality");
      hit.plan.type = data.get("type");
      hit.plan.leading_theme = data.get("leading_theme");
      hit.plan.risks = split_risks(data.get("risks"));
      hit.plan.kind = data.get("kind");
      hit.plan.size_class = data.get("size_class");
      hit.page = to_int(data.get("first_page"));
      hit.section_kind = data.get("section");
      hit.heading = data.get("heading");
      hit.ocr = !data.get("ocr_confidence").empty();
      if (hit.ocr) hit.ocr_confidence = std::strtod(data.get("ocr_confidence").c_str(), nullptr);
      if (request.with_snippets) {
        hit.snippet = mset.snippet(data.get("text"), request.snippet_length, stemmer_,
                                   Xapian::MSet::SNIPPET_BACKGROUND_MODEL, request.highlight_start,
                                   request.highlight_end, "…");
      }
    }
    result.hits.push_back(std::move(hit));
  }
  if (plan_level && request.with_snippets) add_best_passages(request, result.hits);
  if (plan_level) {
    for (Hit& hit : result.hits) {
      const auto page = hit.plan.ocr_pages.find(hit.page);
      hit.ocr = page != hit.plan.ocr_pages.end();
      if (hit.ocr) hit.ocr_confidence = page->second;
    }
  }
  return result;
}

std::vector<StoredPassage> PlanSearcher::passages_matching(const std::string& query,
                                                           unsigned limit) const {
  Xapian::Enquire enquire(database_);
  enquire.set_query(filtered(parse(query), kPrefixLevel, kLevelPassage));
  enquire.set_sort_by_value(kSlotOrder, false);
  const Xapian::MSet mset = enquire.get_mset(0, limit);
  std::vector<StoredPassage> passages;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const DocumentData data = DocumentData::parse(it.get_document().get_data());
    const std::string ocr_confidence = data.get("ocr_confidence");
    passages.push_back(
        {data.get("path"), data.get("municipality"), data.get("type"),
         to_int(data.get("first_page")), data.get("text"),
         ocr_confidence.empty() ? -1 : std::strtod(ocr_confidence.c_str(), nullptr)});
  }
  return passages;
}

}  // namespace planmine::index
