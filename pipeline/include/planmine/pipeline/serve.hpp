#pragma once
// planmine serve: a local search page over the plan database. Three layers, each apart:
// - printers (serve_html.cpp, serve_csv.cpp): plain values in, HTML or CSV out; every string
//   that came from a PDF is escaped here and nowhere else;
// - the site (serve_site.cpp): a request as a path and parameters in, a response out; checks
//   parameters, searches, reads plans, never writes to the database; no HTTP in it;
// - the server (serve_http.cpp): cpp-httplib, threads, signals.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace planmine::serve {

// ---------------------------------------------------------------------------------------------
// Printers

// Highlight marks inside "marked" text: the printers turn them into <mark>…</mark>.
inline constexpr char kMarkOpen = '\x01';
inline constexpr char kMarkClose = '\x02';

// Escapes & < > " ' so the text is safe in HTML content and in quoted attributes.
std::string html_escape(std::string_view text);
// Percent-encodes everything but unreserved characters (for query parameters and paths).
std::string url_encode(std::string_view text);
// Marked text as HTML: escaped, marks as <mark>; unbalanced marks are closed or dropped.
std::string marked_to_html(std::string_view marked);
// Xapian's snippets come HTML-escaped (&lt; &gt; &amp;) when highlight marks are asked for;
// this undoes exactly that, so the printers can escape once and for everything.
std::string unescape_snippet(std::string_view snippet);

struct Choice {
  std::string code;
  std::string label;
};

// What the search form holds; the same words as `planmine search` options.
struct SearchForm {
  std::string query;  // Xapian syntax
  std::string theme;
  std::string risk;
  std::string type;
  std::string kind;
  std::string size_class;
  std::string scans;  // "" (include), "only" or "exclude": plans or passages read by OCR
  bool by_passage = false;
  unsigned limit = 20;
};

// `path` followed by the form as query parameters (empty ones left out), e.g.
// "/?q=kcc&risk=capaciteit".
std::string form_url(std::string_view path, const SearchForm& form);

struct FacetValue {
  std::string value;
  std::string label;
  std::uint64_t count = 0;
  bool selected = false;
  std::string url;  // the search with this value toggled
};

struct Facet {
  std::string name;  // "type", "kind", "size"
  std::string title;
  std::vector<FacetValue> values;
};

// One hit as the page and the CSV show it.
struct ResultRow {
  int rank = 0;
  std::string plan_id;
  std::string path;
  std::string municipality;
  std::string type;
  double confidence = -1;  // -1 when unknown
  std::string leading_theme;
  std::vector<std::string> risks;
  std::string kind;
  std::string size_class;
  int year = 0;
  int page = 0;
  std::string section;  // section kind
  std::string heading;
  double score = 0;
  std::string snippet;  // marked text
  std::string plan_url;
  std::string pdf_url;
  double ocr_confidence = -1;  // the page shown was read by OCR with this confidence; else -1
};

struct SearchPage {
  SearchForm form;
  std::vector<Choice> themes;
  std::vector<Choice> risks;
  std::vector<Choice> types;
  std::vector<Choice> kinds;
  std::vector<Choice> size_classes;
  std::vector<Choice> scan_choices;  // only / exclude; "" includes scans
  bool searched = false;             // false: the empty start page
  std::string message;               // a friendly error, e.g. a query Xapian cannot read
  std::vector<Facet> facets;
  std::vector<ResultRow> rows;
  std::uint64_t matches = 0;
  std::uint64_t plans_in_index = 0;
  std::string csv_url;
  std::string api_url;
};
std::string render_search_page(const SearchPage& page);

struct ScoreRow {
  std::string code;
  std::string label;
  double score = 0;
  bool chosen = false;  // the plan's type or leading theme
};

struct EvidenceRow {
  std::string code;
  std::string indicator;
  double weight = 0;
  int page = 0;
  std::string section;
  std::string passage;
};

struct PageView {
  int number = 0;
  std::string text;  // marked text
  int hits = 0;      // marks on the page
  bool ocr = false;
};

struct PlanPage {
  std::string plan_id;
  std::string title;
  std::string municipality;
  std::string path;
  std::string kind;
  std::string size_class;
  int year = 0;
  int page_count = 0;
  std::string type;
  std::string type_label;
  double confidence = 0;
  std::string leading_theme;
  std::vector<ScoreRow> type_scores;
  std::vector<ScoreRow> theme_scores;
  std::vector<Choice> risks;
  std::vector<EvidenceRow> type_evidence;  // for the plan's type
  std::vector<EvidenceRow> risk_evidence;  // for its risks
  std::vector<PageView> pages;
  std::string text_message;  // why the text is missing, when it is
  std::string highlighted;   // what the marks stand for (the query), "" for none
  std::string back_url;      // the search the reader came from
  std::string pdf_url;       // without #page
};
std::string render_plan_page(const PlanPage& page);

struct KwicLine {
  std::string left;
  std::string word;
  std::string right;
  std::string plan_id;
  std::string municipality;
  std::string path;
  int page = 0;
};

struct KwicPage {
  std::string word;
  std::vector<KwicLine> lines;
  bool truncated = false;  // more occurrences than shown
  std::string message;
};
std::string render_kwic_page(const KwicPage& page);

// A page with a title and one paragraph: 400, 404, 500 and friends.
std::string render_message_page(std::string_view title, std::string_view message);

// The result list as CSV (RFC 4180, header line first). Text cells that a spreadsheet would
// take for a formula (= + - @) get a leading apostrophe.
std::string render_csv(const std::vector<ResultRow>& rows);

// ---------------------------------------------------------------------------------------------
// The site

inline constexpr std::size_t kMaxQueryBytes = 500;
inline constexpr unsigned kMaxLimit = 200;
inline constexpr unsigned kMaxKwicLines = 500;

struct SiteRequest {
  std::string path;  // decoded, as the server got it
  std::multimap<std::string, std::string> params;
};

struct SiteResponse {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

struct SiteOptions {
  std::vector<std::string> databases;  // folders, or tcp:HOST:PORT
  std::filesystem::path codebook;      // "" for the built-in one
};

// Routes: /  /search.csv  /api/search  /kwic  /plan/<id>  /pdf/<id>. Safe to call from
// several threads at once: each request borrows a searcher of its own, and searchers reopen
// the database when it has changed.
class Site {
 public:
  // Throws index::DatabaseError when a database cannot be opened, CodebookError.
  explicit Site(SiteOptions options);
  ~Site();
  Site(const Site&) = delete;
  Site& operator=(const Site&) = delete;

  SiteResponse handle(const SiteRequest& request) const;
  std::size_t plan_count() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// ---------------------------------------------------------------------------------------------
// The server

struct ServeOptions {
  SiteOptions site;
  std::string bind = "127.0.0.1";
  int port = 8080;  // 0: any free port
  int threads = 32;
};

class ServeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Serves until SIGINT or SIGTERM. Calls `on_listening` with the address (e.g.
// "http://127.0.0.1:8080/") once the port is bound. Throws ServeError when it cannot bind,
// index::DatabaseError or CodebookError when the site cannot be set up.
void serve(const ServeOptions& options,
           const std::function<void(const std::string& url)>& on_listening);

}  // namespace planmine::serve
