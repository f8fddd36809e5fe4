// planmine serve, the site: routes, parameters, searching and reading plans. Requests come in
// as a path and parameters, responses go out as status and body; the printers make the body.
// The database is only ever read: each request borrows a searcher (Xapian databases are not
// to be shared between threads), and a searcher reopens its database when the index changed.

#include <fmt/core.h>
#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <fstream>
#include <list>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "planmine/extractors/batch.hpp"
#include "planmine/index/search.hpp"
#include "planmine/pipeline/codebook.hpp"
#include "planmine/pipeline/plan_indexing.hpp"
#include "planmine/pipeline/report.hpp"
#include "planmine/pipeline/serve.hpp"
#include "planmine/pipeline/tokenizer.hpp"

namespace planmine::serve {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr const char* kSizeClasses[] = {"<10k", "10-25k", "25-50k", "50-100k", ">100k"};
constexpr const char* kKinds[] = {"egem-i", "nup"};
constexpr auto kReopenInterval = std::chrono::milliseconds(250);
constexpr std::size_t kTextCacheSize = 8;
constexpr std::uintmax_t kMaxPdfBytes = 512ULL << 20;
constexpr std::size_t kMaxKwicWordBytes = 100;
constexpr unsigned kMaxKwicPassages = 5000;
constexpr std::size_t kKwicContextBytes = 45;
constexpr std::size_t kEvidenceShown = 12;

// A request that cannot be answered as asked: the status and a sentence for the reader.
struct RequestError {
  int status;
  std::string message;
};

bool is_plan_id(std::string_view text) {
  return text.size() >= 8 && text.size() <= 64 && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

std::string param(const SiteRequest& request, const std::string& name) {
  const auto found = request.params.find(name);
  return found == request.params.end() ? std::string() : found->second;
}

std::string trimmed(std::string text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

SiteResponse html_response(int status, std::string body) {
  SiteResponse response;
  response.status = status;
  response.body = std::move(body);
  return response;
}

SiteResponse message_response(int status, std::string_view title, std::string_view message) {
  return html_response(status, render_message_page(title, message));
}

// What the index knows of every plan, kept until the database changes.
struct Catalogue {
  Xapian::doccount documents = 0;
  Xapian::docid last_docid = 0;
  std::map<std::string, index::PlanRecord> by_id;
  std::map<std::string, std::string> id_by_path;
};

struct PooledSearcher {
  std::unique_ptr<index::PlanSearcher> searcher;
  Xapian::Stem stemmer;  // its own: stemmers keep state and are not shared between threads
  Clock::time_point checked;
};

// The words a query stands for, to mark them in a page's text.
struct MarkTerms {
  std::set<std::string> stems;
  std::set<std::string> words;
  bool empty() const { return stems.empty() && words.empty(); }
};

struct CachedText {
  std::string plan_id;
  std::string key;  // size and mtime of the file when read
  std::shared_ptr<const PlanText> text;
};

}  // namespace

struct Site::State {
  SiteOptions options;
  Codebook codebook;
  std::vector<index::SynonymEntry> synonyms;  // only for remote databases

  mutable std::mutex pool_mutex;
  mutable std::vector<std::unique_ptr<PooledSearcher>> idle;

  mutable std::mutex catalogue_mutex;
  mutable std::shared_ptr<const Catalogue> catalogue;

  mutable std::mutex text_mutex;
  mutable std::list<CachedText> texts;  // most recently used first

  std::unique_ptr<PooledSearcher> make_searcher() const {
    auto pooled = std::make_unique<PooledSearcher>();
    pooled->stemmer = search_stemmer();
    pooled->searcher =
        std::make_unique<index::PlanSearcher>(options.databases, search_stemmer(), synonyms);
    pooled->checked = Clock::now();
    return pooled;
  }

  // A searcher for this request; given back when the lease ends.
  class Lease {
   public:
    Lease(const State& state) : state_(state) {
      {
        std::lock_guard lock(state_.pool_mutex);
        if (!state_.idle.empty()) {
          pooled_ = std::move(state_.idle.back());
          state_.idle.pop_back();
        }
      }
      if (!pooled_) pooled_ = state_.make_searcher();
      if (Clock::now() - pooled_->checked > kReopenInterval) reopen();
    }
    ~Lease() {
      if (!pooled_) return;
      std::lock_guard lock(state_.pool_mutex);
      state_.idle.push_back(std::move(pooled_));
    }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;

    const index::PlanSearcher& searcher() const { return *pooled_->searcher; }
    Xapian::Stem& stemmer() { return pooled_->stemmer; }
    // Moves to the latest committed revision (a copy of the handle shares the database).
    void reopen() {
      Xapian::Database handle = pooled_->searcher->database();
      handle.reopen();
      pooled_->checked = Clock::now();
    }

   private:
    const State& state_;
    std::unique_ptr<PooledSearcher> pooled_;
  };

  std::shared_ptr<const Catalogue> catalogue_for(Lease& lease) const {
    const Xapian::Database& database = lease.searcher().database();
    const Xapian::doccount documents = database.get_doccount();
    const Xapian::docid last_docid = database.get_lastdocid();
    {
      std::lock_guard lock(catalogue_mutex);
      if (catalogue && catalogue->documents == documents && catalogue->last_docid == last_docid) {
        return catalogue;
      }
    }
    auto fresh = std::make_shared<Catalogue>();
    fresh->documents = documents;
    fresh->last_docid = last_docid;
    for (index::PlanRecord& record : index::list_plans(database)) {
      fresh->id_by_path[record.path] = record.plan_id;
      std::string id = record.plan_id;
      fresh->by_id.emplace(std::move(id), std::move(record));
    }
    std::lock_guard lock(catalogue_mutex);
    catalogue = fresh;
    return fresh;
  }

  // Runs `work` with a searcher; once more after a reopen when the database changed under it.
  template <typename Work>
  auto with_searcher(Work&& work) const {
    Lease lease(*this);
    try {
      return work(lease);
    } catch (const Xapian::DatabaseModifiedError&) {
      lease.reopen();
      return work(lease);
    }
  }

  // --- the search form --------------------------------------------------------------------

  SearchForm read_form(const SiteRequest& request, unsigned default_limit) const {
    SearchForm form;
    form.query = trimmed(param(request, "q"));
    form.theme = param(request, "theme");
    form.risk = param(request, "risk");
    form.type = param(request, "type");
    form.kind = param(request, "kind");
    form.size_class = param(request, "size");
    form.scans = param(request, "scans");
    form.limit = default_limit;
    if (form.query.size() > kMaxQueryBytes) {
      throw RequestError{400, fmt::format("The query is too long: at most {} characters, please.",
                                          kMaxQueryBytes)};
    }
    if (!form.theme.empty() && codebook.find_theme(form.theme) == nullptr) {
      throw RequestError{400, fmt::format("There is no theme \"{}\" in the codebook.", form.theme)};
    }
    if (!form.risk.empty() && codebook.find_risk(form.risk) == nullptr) {
      throw RequestError{400, fmt::format("There is no risk \"{}\" in the codebook.", form.risk)};
    }
    if (!form.type.empty() && codebook.find_type(form.type) == nullptr) {
      throw RequestError{400, fmt::format("There is no plan type \"{}\".", form.type)};
    }
    if (!form.kind.empty() &&
        std::find(std::begin(kKinds), std::end(kKinds), form.kind) == std::end(kKinds)) {
      throw RequestError{400, fmt::format("There is no kind \"{}\" (egem-i or nup).", form.kind)};
    }
    if (!form.size_class.empty() && std::find(std::begin(kSizeClasses), std::end(kSizeClasses),
                                              form.size_class) == std::end(kSizeClasses)) {
      throw RequestError{400, fmt::format("There is no size class \"{}\".", form.size_class)};
    }
    if (!form.scans.empty() && !index::SearchRequest::scans_named(form.scans)) {
      throw RequestError{400, "Scanned pages: include, only or exclude."};
    }
    if (form.scans == "include") form.scans.clear();
    const std::string by = param(request, "by");
    if (!by.empty() && by != "plan" && by != "passage") {
      throw RequestError{400, "Rank by plan or by passage."};
    }
    form.by_passage = by == "passage";
    const std::string limit = param(request, "limit");
    if (!limit.empty()) {
      if (limit.size() > 6 ||
          !std::all_of(limit.begin(), limit.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        throw RequestError{400, "The limit is a number of hits."};
      }
      // Bounded: a page never lists more than kMaxLimit hits.
      form.limit = std::clamp(static_cast<unsigned>(std::stoul(limit)), 1u, kMaxLimit);
    }
    return form;
  }

  index::SearchRequest search_request(const SearchForm& form) const {
    index::SearchRequest request;
    request.query = form.query;
    if (!form.theme.empty()) {
      request.theme = form.theme;
      request.theme_query = codebook.find_theme(form.theme)->query;
    }
    if (!form.risk.empty()) {
      request.risk = form.risk;
      request.risk_query = codebook.find_risk(form.risk)->query;
    }
    request.type = form.type;
    request.kind = form.kind;
    request.size_class = form.size_class;
    request.scans = index::SearchRequest::scans_named(form.scans)
                        .value_or(index::SearchRequest::Scans::include);
    request.by_passage = form.by_passage;
    request.limit = form.limit;
    request.highlight_start = std::string(1, kMarkOpen);
    request.highlight_end = std::string(1, kMarkClose);
    return request;
  }

  static RequestError query_error(const index::QueryError& error) {
    return {400, fmt::format("The query could not be read ({}). Use words, \"phrases\", AND, OR, "
                             "NOT, prefix* and fields such as type:service or risk:budget.",
                             error.what())};
  }

  std::string plan_url(const std::string& plan_id, const SearchForm& form, int page) const {
    SearchForm marks;
    marks.query = form.query;
    marks.theme = form.theme;
    marks.risk = form.risk;
    std::string url = form_url("/plan/" + plan_id, marks);
    if (page > 0) url += fmt::format("#p-{}", page);
    return url;
  }

  std::vector<ResultRow> result_rows(const index::SearchResult& result, const SearchForm& form,
                                     const Catalogue& catalogue) const {
    std::vector<ResultRow> rows;
    int rank = 0;
    for (const index::Hit& hit : result.hits) {
      ResultRow row;
      row.rank = ++rank;
      row.plan_id = hit.plan.plan_id;
      row.path = hit.plan.path;
      row.municipality = hit.plan.municipality;
      row.type = hit.plan.type;
      row.leading_theme = hit.plan.leading_theme;
      row.risks = hit.plan.risks;
      row.kind = hit.plan.kind;
      row.size_class = hit.plan.size_class;
      // Passage hits carry only some of their plan's facts; the catalogue has the rest.
      const auto plan = catalogue.by_id.find(hit.plan.plan_id);
      if (plan != catalogue.by_id.end()) {
        row.confidence = plan->second.type.empty() ? -1 : plan->second.confidence;
        row.year = plan->second.year;
      }
      row.page = hit.page;
      row.section = hit.section_kind;
      row.heading = one_line(hit.heading);
      row.score = hit.score;
      row.snippet = one_line(unescape_snippet(hit.snippet));
      row.plan_url = plan_url(hit.plan.plan_id, form, hit.page);
      row.pdf_url = "/pdf/" + hit.plan.plan_id;
      if (hit.ocr) row.ocr_confidence = hit.ocr_confidence;
      rows.push_back(std::move(row));
    }
    return rows;
  }

  std::vector<Choice> choices(const std::vector<Code>& codes) const {
    std::vector<Choice> list;
    for (const Code& code : codes) list.push_back({code.code, code.label});
    return list;
  }

  Facet facet(std::string name, std::string title, const std::vector<Choice>& values,
              const std::map<std::string, Xapian::doccount>& counts, const SearchForm& form,
              std::string SearchForm::*field) const {
    Facet facet{std::move(name), std::move(title), {}};
    for (const Choice& choice : values) {
      FacetValue value;
      value.value = choice.code;
      value.label = choice.label;
      const auto count = counts.find(choice.code);
      value.count = count == counts.end() ? 0 : count->second;
      value.selected = form.*field == choice.code;
      SearchForm toggled = form;
      toggled.*field = value.selected ? "" : choice.code;
      value.url = form_url("/", toggled);
      facet.values.push_back(std::move(value));
    }
    return facet;
  }

  SiteResponse search_page(const SiteRequest& http) const {
    SearchPage page;
    page.themes = choices(codebook.themes);
    page.risks = choices(codebook.risks);
    page.types = choices(codebook.types);
    for (const char* kind : kKinds) page.kinds.push_back({kind, ""});
    for (const char* size : kSizeClasses) page.size_classes.push_back({size, ""});
    page.scan_choices = {{"only", "read by OCR"}, {"exclude", "no OCR"}};
    try {
      page.form = read_form(http, SearchForm{}.limit);
    } catch (const RequestError& error) {
      page.message = error.message;
      page.searched = true;
      return html_response(error.status, render_search_page(page));
    }
    const SearchForm& form = page.form;
    page.searched = !form.query.empty() || !form.theme.empty() || !form.risk.empty() ||
                    !form.type.empty() || !form.kind.empty() || !form.size_class.empty() ||
                    !form.scans.empty();
    page.csv_url = form_url("/search.csv", form);
    page.api_url = form_url("/api/search", form);
    try {
      with_searcher([&](Lease& lease) {
        const auto catalogue = catalogue_for(lease);
        page.plans_in_index = catalogue->by_id.size();
        const index::SearchResult result = lease.searcher().search(search_request(form));
        page.matches = result.matches;
        page.rows = result_rows(result, form, *catalogue);
        // The index counts types and size classes; kinds are counted by asking for each.
        std::map<std::string, Xapian::doccount> kinds;
        for (const char* kind : kKinds) {
          index::SearchRequest request = search_request(form);
          request.kind = kind;
          request.limit = 0;
          request.with_snippets = false;
          kinds[kind] = lease.searcher().search(request).matches;
        }
        const auto counts = [&result](const char* name) {
          const auto found = result.facets.find(name);
          return found == result.facets.end() ? std::map<std::string, Xapian::doccount>{}
                                              : found->second;
        };
        page.facets.clear();
        page.facets.push_back(
            facet("type", "Plan type", page.types, counts("type"), form, &SearchForm::type));
        page.facets.push_back(facet("kind", "Kind", page.kinds, kinds, form, &SearchForm::kind));
        page.facets.push_back(facet("size", "Size class", page.size_classes, counts("size_class"),
                                    form, &SearchForm::size_class));
        return 0;
      });
    } catch (const index::QueryError& error) {
      page.message = query_error(error).message;
      page.rows.clear();
      return html_response(400, render_search_page(page));
    }
    return html_response(200, render_search_page(page));
  }

  SiteResponse search_csv(const SiteRequest& http) const {
    const SearchForm form = read_form(http, SearchForm{}.limit);
    std::vector<ResultRow> rows;
    try {
      with_searcher([&](Lease& lease) {
        const auto catalogue = catalogue_for(lease);
        rows = result_rows(lease.searcher().search(search_request(form)), form, *catalogue);
        return 0;
      });
    } catch (const index::QueryError& error) {
      throw query_error(error);
    }
    SiteResponse response;
    response.content_type = "text/csv; charset=utf-8";
    response.body = render_csv(rows);
    response.headers.emplace_back("Content-Disposition",
                                  "attachment; filename=\"planmine-search.csv\"");
    return response;
  }

  // The objects `planmine search --format jsonl` prints, as one JSON array.
  SiteResponse search_api(const SiteRequest& http) const {
    SiteResponse response;
    response.content_type = "application/json; charset=utf-8";
    try {
      const SearchForm form = read_form(http, 10);
      index::SearchRequest request = search_request(form);
      request.highlight_start = request.highlight_end = "";
      const index::SearchResult result =
          with_searcher([&](Lease& lease) { return lease.searcher().search(request); });
      nlohmann::json array = nlohmann::json::array();
      int rank = 0;
      for (const index::Hit& hit : result.hits) {
        array.push_back(hit_to_json(hit, ++rank, request.by_passage));
      }
      nlohmann::json facets = nlohmann::json::object();
      for (const auto& [name, counts] : result.facets) facets[name] = counts;
      array.push_back({{"facets", facets}});
      response.body = array.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    } catch (const index::QueryError& error) {
      response.status = 400;
      response.body = nlohmann::json{{"error", query_error(error).message}}.dump();
    } catch (const RequestError& error) {
      response.status = error.status;
      response.body = nlohmann::json{{"error", error.message}}.dump();
    }
    return response;
  }

  // --- concordance --------------------------------------------------------------------------

  SiteResponse kwic_page(const SiteRequest& http) const {
    KwicPage page;
    page.word = trimmed(param(http, "w"));
    if (page.word.empty()) {
      page.message = "Type one word to see every place it is used.";
      return html_response(200, render_kwic_page(page));
    }
    const Tokenizer& tokenizer = Tokenizer::standard();
    const std::vector<Token> wanted =
        page.word.size() > kMaxKwicWordBytes ? std::vector<Token>{} : tokenizer.tokenize(page.word);
    if (wanted.size() != 1) {
      page.message = "The concordance takes one word.";
      return html_response(400, render_kwic_page(page));
    }
    try {
      with_searcher([&](Lease& lease) {
        page.lines.clear();
        const auto catalogue = catalogue_for(lease);
        Xapian::Stem& stemmer = lease.stemmer();
        const std::string stem = stemmer(wanted.front().folded);
        for (const index::StoredPassage& passage :
             lease.searcher().passages_matching(page.word, kMaxKwicPassages)) {
          const auto id = catalogue->id_by_path.find(passage.path);
          for (const Token& token : tokenizer.tokenize(passage.text, passage.page)) {
            bool match = stemmer(token.folded) == stem;
            for (const std::string& part : token.parts) match = match || stemmer(part) == stem;
            if (!match) continue;
            if (page.lines.size() == kMaxKwicLines) {
              page.truncated = true;
              return 0;
            }
            KwicLine line;
            line.left = one_line(std::string_view(passage.text).substr(0, token.begin));
            line.right = one_line(std::string_view(passage.text).substr(token.end));
            // Cut on UTF-8 character starts so no character is split.
            if (line.left.size() > kKwicContextBytes) {
              std::size_t cut = line.left.size() - kKwicContextBytes;
              while (cut < line.left.size() &&
                     (static_cast<unsigned char>(line.left[cut]) & 0xC0) == 0x80) {
                ++cut;
              }
              line.left = line.left.substr(cut);
            }
            if (line.right.size() > kKwicContextBytes) {
              std::size_t cut = kKwicContextBytes;
              while (cut > 0 && (static_cast<unsigned char>(line.right[cut]) & 0xC0) == 0x80) {
                --cut;
              }
              line.right = line.right.substr(0, cut);
            }
            line.word = token.text;
            line.plan_id = id == catalogue->id_by_path.end() ? "" : id->second;
            line.municipality = passage.municipality;
            line.path = passage.path;
            line.page = passage.page;
            page.lines.push_back(std::move(line));
          }
        }
        return 0;
      });
    } catch (const index::QueryError& error) {
      page.message = query_error(error).message;
      return html_response(400, render_kwic_page(page));
    }
    return html_response(200, render_kwic_page(page));
  }

  // --- one plan -----------------------------------------------------------------------------

  const index::PlanRecord* find_plan(const Catalogue& catalogue, const std::string& id) const {
    if (!is_plan_id(id)) return nullptr;
    const auto found = catalogue.by_id.find(id);
    return found == catalogue.by_id.end() ? nullptr : &found->second;
  }

  static std::string file_key(const fs::path& path) {
    const FileFacts facts = file_facts(path);
    return fmt::format("{}:{}", facts.size, facts.mtime_ns);
  }

  // The plan's clean text, read again from its PDF in a worker process (a PDF that upsets
  // poppler costs the worker, not the server), cached for the last few plans.
  std::shared_ptr<const PlanText> plan_text(const index::PlanRecord& record,
                                            std::string& message) const {
    std::error_code error;
    if (!fs::is_regular_file(record.path, error)) {
      message = "The PDF is no longer where it was indexed, so its text cannot be shown.";
      return nullptr;
    }
    const std::string key = file_key(record.path);
    {
      std::lock_guard lock(text_mutex);
      for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (it->plan_id == record.plan_id && it->key == key) {
          texts.splice(texts.begin(), texts, it);
          return texts.front().text;
        }
      }
    }
    BatchOptions options;
    options.jobs = 1;
    options.file_timeout_seconds = 60;
    std::shared_ptr<const PlanText> text;
    extract_batch({fs::path(record.path)}, options, [&](BatchResult&& result) {
      if (result.plan) {
        text = std::make_shared<const PlanText>(std::move(*result.plan));
      } else {
        message = "The PDF could not be read again: " + result.error;
      }
    });
    if (!text) return nullptr;
    if (record.file_size != 0 && file_facts(record.path).size != record.file_size) {
      message = "The PDF changed since it was indexed: this is its text now.";
    }
    std::lock_guard lock(text_mutex);
    texts.push_front({record.plan_id, key, text});
    if (texts.size() > kTextCacheSize) texts.pop_back();
    return text;
  }

  MarkTerms mark_terms(const index::PlanSearcher& searcher, const SearchForm& form) const {
    MarkTerms terms;
    auto add = [&](const std::string& query) {
      if (query.empty()) return;
      Xapian::Query parsed;
      try {
        parsed = searcher.parse(query);
      } catch (const index::QueryError&) {
        return;  // nothing to mark for a query that does not parse
      }
      for (auto it = parsed.get_terms_begin(); it != parsed.get_terms_end(); ++it) {
        const std::string term = *it;
        if (term.empty()) continue;
        if (term[0] == 'Z') {
          terms.stems.insert(term.substr(1));
        } else if (!(term[0] >= 'A' && term[0] <= 'Z')) {
          terms.words.insert(Tokenizer::fold(term));
        }
      }
    };
    add(form.query);
    if (!form.theme.empty()) add(codebook.find_theme(form.theme)->query);
    if (!form.risk.empty()) add(codebook.find_risk(form.risk)->query);
    return terms;
  }

  static PageView marked_page(const PageText& page, const MarkTerms& terms, Xapian::Stem& stemmer) {
    PageView view;
    view.number = page.number;
    view.ocr = page.ocr;
    std::string text = page.text;
    std::replace(text.begin(), text.end(), kMarkOpen, ' ');
    std::replace(text.begin(), text.end(), kMarkClose, ' ');
    if (terms.empty()) {
      view.text = std::move(text);
      return view;
    }
    std::size_t done = 0;
    for (const Token& token : Tokenizer::standard().tokenize(text, page.number)) {
      bool match = terms.words.count(token.folded) > 0 || terms.stems.count(stemmer(token.folded));
      for (const std::string& part : token.parts) match = match || terms.stems.count(stemmer(part));
      if (!match) continue;
      view.text.append(text, done, token.begin - done);
      view.text += kMarkOpen;
      view.text.append(text, token.begin, token.end - token.begin);
      view.text += kMarkClose;
      done = token.end;
      ++view.hits;
    }
    view.text.append(text, done);
    return view;
  }

  std::vector<EvidenceRow> evidence_rows(const Coding& coding,
                                         const std::set<std::string>& codes) const {
    std::vector<EvidenceRow> rows;
    for (const Evidence& item : coding.evidence) {
      if (codes.count(item.code) == 0) continue;
      rows.push_back({item.code, item.indicator, item.weight, item.page, item.section,
                      one_line(item.passage)});
      if (rows.size() == kEvidenceShown) break;
    }
    return rows;
  }

  SiteResponse plan_page(const SiteRequest& http, const std::string& id) const {
    SearchForm form;
    try {
      form = read_form(http, SearchForm{}.limit);
    } catch (const RequestError&) {
      form = SearchForm{};  // marks are a nicety: a bad query just marks nothing
    }
    PlanPage page;
    MarkTerms terms;
    std::shared_ptr<const Catalogue> catalogue;
    with_searcher([&](Lease& lease) {
      catalogue = catalogue_for(lease);
      terms = mark_terms(lease.searcher(), form);
      return 0;
    });
    const index::PlanRecord* record = find_plan(*catalogue, id);
    if (record == nullptr) {
      return message_response(404, "No such plan", "The index has no plan with this id.");
    }
    nlohmann::json object = nlohmann::json::object();
    if (!record->coding_json.empty()) {
      object = nlohmann::json::parse(record->coding_json, nullptr, false);
      if (object.is_discarded() || !object.is_object()) object = nlohmann::json::object();
    }
    object["path"] = record->path;
    const Coding coding = plan_from_json(object).coding;

    page.plan_id = record->plan_id;
    page.title = record->title;
    page.municipality = record->municipality;
    page.path = record->path;
    page.kind = record->kind;
    page.size_class = record->size_class;
    page.year = record->year;
    page.page_count = record->page_count;
    page.type = record->type;
    page.confidence = record->confidence;
    page.leading_theme = record->leading_theme;
    if (const Code* type = codebook.find_type(record->type)) page.type_label = type->label;
    for (const Code& type : codebook.types) {
      const auto score = coding.type_scores.find(type.code);
      page.type_scores.push_back({type.code, type.label,
                                  score == coding.type_scores.end() ? 0 : score->second,
                                  type.code == record->type});
    }
    for (const Code& theme : codebook.themes) {
      const auto score = coding.theme_scores.find(theme.code);
      page.theme_scores.push_back({theme.code, theme.label,
                                   score == coding.theme_scores.end() ? 0 : score->second,
                                   theme.code == record->leading_theme});
    }
    for (const std::string& risk : record->risks) {
      const Code* code = codebook.find_risk(risk);
      page.risks.push_back({risk, code == nullptr ? "" : code->label});
    }
    page.type_evidence = evidence_rows(coding, {record->type});
    page.risk_evidence =
        evidence_rows(coding, std::set<std::string>(record->risks.begin(), record->risks.end()));
    page.back_url = form_url("/", form);
    page.pdf_url = "/pdf/" + record->plan_id;
    std::vector<std::string> marked;
    if (!form.query.empty()) marked.push_back(form.query);
    if (!form.theme.empty()) marked.push_back("theme " + form.theme);
    if (!form.risk.empty()) marked.push_back("risk " + form.risk);
    for (const std::string& part : marked) {
      page.highlighted += (page.highlighted.empty() ? "" : "; ") + part;
    }
    if (const auto text = plan_text(*record, page.text_message)) {
      Xapian::Stem stemmer = search_stemmer();
      for (const PageText& text_page : text->pages) {
        page.pages.push_back(marked_page(text_page, terms, stemmer));
      }
      if (page.page_count == 0) page.page_count = static_cast<int>(text->pages.size());
    }
    return html_response(200, render_plan_page(page));
  }

  // The original PDF, found by the plan's id in the index: never by a path from the request.
  SiteResponse pdf(const std::string& id) const {
    std::shared_ptr<const Catalogue> catalogue =
        with_searcher([&](Lease& lease) { return catalogue_for(lease); });
    const index::PlanRecord* record = find_plan(*catalogue, id);
    std::error_code error;
    if (record == nullptr || !fs::is_regular_file(record->path, error)) {
      return message_response(404, "No such PDF", "The index has no plan file with this id.");
    }
    const auto size = fs::file_size(record->path, error);
    if (error || size > kMaxPdfBytes) {
      return message_response(404, "No such PDF", "The plan's file cannot be served.");
    }
    std::ifstream in(record->path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in && !in.eof()) {
      return message_response(404, "No such PDF", "The plan's file cannot be read.");
    }
    SiteResponse response;
    response.content_type = "application/pdf";
    response.body = std::move(bytes).str();
    std::string name = fs::path(record->path).filename().string();
    // Only plain characters in the header's file name.
    for (char& c : name) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '_') c = '_';
    }
    response.headers.emplace_back("Content-Disposition", "inline; filename=\"" + name + "\"");
    return response;
  }

  SiteResponse route(const SiteRequest& request) const {
    const std::string& path = request.path;
    if (path == "/" || path == "/search") return search_page(request);
    if (path == "/search.csv") return search_csv(request);
    if (path == "/api/search") return search_api(request);
    if (path == "/kwic") return kwic_page(request);
    if (path.starts_with("/plan/")) return plan_page(request, path.substr(6));
    if (path.starts_with("/pdf/")) return pdf(path.substr(5));
    return message_response(404, "Not found", "There is no page at this address.");
  }
};

Site::Site(SiteOptions options) : state_(std::make_unique<State>()) {
  state_->options = std::move(options);
  state_->codebook = load_codebook(state_->options.codebook.empty() ? default_codebook_path()
                                                                    : state_->options.codebook);
  const bool remote =
      std::any_of(state_->options.databases.begin(), state_->options.databases.end(),
                  [](const std::string& spec) { return spec.rfind("tcp:", 0) == 0; });
  if (remote) state_->synonyms = SynonymMatcher(state_->codebook, Tokenizer::standard()).entries();
  // Open one searcher now, so a database that cannot be opened is an error at start.
  state_->idle.push_back(state_->make_searcher());
}

Site::~Site() = default;

std::size_t Site::plan_count() const {
  return state_->with_searcher(
      [&](State::Lease& lease) { return state_->catalogue_for(lease)->by_id.size(); });
}

SiteResponse Site::handle(const SiteRequest& request) const {
  try {
    return state_->route(request);
  } catch (const RequestError& error) {
    return message_response(error.status, "Cannot search like this", error.message);
  } catch (const index::DatabaseError& error) {
    return message_response(503, "The index cannot be read", error.what());
  } catch (const Xapian::Error& error) {
    return message_response(503, "The index cannot be read", error.get_description());
  }
}

}  // namespace planmine::serve
