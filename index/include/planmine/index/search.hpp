#pragma once
// Searching the plan database: QueryParser with the caller's stemmer and the synonym
// dictionary, theme and risk queries with their boosts, filters, facets and snippets. Opens
// one database, several shards as one (add_database) or shards served by xapian-tcpsrv.

#include <xapian.h>

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "planmine/index/plan_index.hpp"

namespace planmine::index {

// A query string Xapian could not parse; what() says why.
class QueryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A database that could not be opened; what() names it and says why.
class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct SearchRequest {
  std::string query;        // the user's query, Xapian syntax; "" for none
  std::string theme;        // theme code, "" for none
  std::string theme_query;  // the codebook's query for it
  std::string risk;         // risk code, "" for none
  std::string risk_query;   // the codebook's query for it
  std::string type;         // filters, "" for none
  std::string kind;
  std::string size_class;
  // Plans read by OCR (a scanned page: XOCR): by plan, plans with any such page; by passage,
  // the passages of such pages.
  enum class Scans { include, only, exclude };
  Scans scans = Scans::include;
  // "include", "only", "exclude" (the words of `--scans` and serve's `scans=`); none for others.
  static std::optional<Scans> scans_named(std::string_view name);
  bool by_passage = false;
  unsigned limit = 10;
  bool with_snippets = true;
  std::string highlight_start = "**";
  std::string highlight_end = "**";
  unsigned snippet_length = 240;  // bytes
};

struct Hit {
  PlanRecord plan;  // the plan the hit belongs to (coding_json left empty)
  int page = 0;     // the passage's (best passage's for plan hits) first page
  std::string section_kind;
  std::string heading;
  double score = 0;
  std::string snippet;
  // The page shown (`page`) was read by OCR, with this confidence (0-100; else -1). A plan
  // hit's plan.ocr_pages lists all its OCR'd pages.
  bool ocr = false;
  double ocr_confidence = -1;
};

struct SearchResult {
  std::vector<Hit> hits;
  Xapian::doccount matches = 0;  // documents matched (plans or passages)
  // facet name ("type", "theme", "size_class") -> value -> count of matching documents
  std::map<std::string, std::map<std::string, Xapian::doccount>> facets;
};

// A passage as stored: for concordances.
struct StoredPassage {
  std::string path;
  std::string municipality;
  std::string type;
  int page = 0;
  std::string text;
  double ocr_confidence = -1;  // the page was read by OCR with this confidence; else -1
};

class PlanSearcher {
 public:
  // `databases`: directories, or tcp:HOST:PORT for a database served by xapian-tcpsrv.
  // `stemmer` must be the one the words were stemmed with. `synonyms` are used when a remote
  // database is among them (the remote backend has no synonym table), else the databases' own.
  // Throws DatabaseError.
  PlanSearcher(const std::vector<std::string>& databases, const Xapian::Stem& stemmer,
               const std::vector<SynonymEntry>& synonyms);
  ~PlanSearcher();
  PlanSearcher(const PlanSearcher&) = delete;
  PlanSearcher& operator=(const PlanSearcher&) = delete;

  // Throws QueryError for a query that does not parse.
  SearchResult search(const SearchRequest& request) const;

  // The passages matching `query` (e.g. one word), in path and page order, at most `limit`.
  std::vector<StoredPassage> passages_matching(const std::string& query, unsigned limit) const;

  // The parsed query (for --explain-like output and tests).
  Xapian::Query parse(const std::string& query, const std::string& prefix = "") const;

  const Xapian::Database& database() const { return database_; }

 private:
  Xapian::Query text_query(const SearchRequest& request, bool plan_level) const;
  void add_best_passages(const SearchRequest& request, std::vector<Hit>& hits) const;

  Xapian::Database database_;
  Xapian::Database synonym_database_;
  std::map<std::string, Xapian::valueno> theme_score_slots_;  // where QueryParser looks synonyms up
  std::string temporary_synonym_directory_;
  Xapian::Stem stemmer_;
};

}  // namespace planmine::index
