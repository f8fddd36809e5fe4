// planmine search: search the plans by words, theme and risk; facets, snippets, concordance.

#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_support.hpp"
#include "commands.hpp"
#include "planmine/index/search.hpp"
#include "planmine/pipeline/codebook.hpp"
#include "planmine/pipeline/plan_indexing.hpp"
#include "planmine/pipeline/tokenizer.hpp"

namespace planmine::cli {
namespace {

struct SearchSettings {
  std::vector<std::string> query;
  std::vector<std::string> databases;
  std::string theme;
  std::string risk;
  std::string type;
  std::string kind;
  std::string size_class;
  std::string scans = "include";
  std::string by = "plan";
  unsigned limit = 10;
  bool limit_given = false;
  std::string format = "table";
  std::string kwic;
  std::string codebook;
  bool timing = false;
  unsigned repeat = 1;
};

constexpr const char* kSizeClasses[] = {"<10k", "10-25k", "25-50k", "50-100k", ">100k"};

std::string joined(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& word : words) {
    if (!text.empty()) text += ' ';
    text += word;
  }
  return text;
}

std::string dump(const nlohmann::json& object) {
  return object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// " [OCR 87]" beside the page of a hit read by OCR (confidence rounded down, as in the warning
// line); for a plan hit whose shown page is born-digital but other pages are scans,
// " [partly OCR]"; else nothing.
std::string ocr_mark(bool ocr, double confidence, bool other_ocr_pages) {
  if (ocr) return fmt::format(" [OCR {}]", static_cast<int>(confidence));
  return other_ocr_pages ? " [partly OCR]" : "";
}

void print_table(const index::SearchResult& result, bool by_passage) {
  if (result.hits.empty()) fmt::print("no matches\n");
  int rank = 0;
  for (const index::Hit& hit : result.hits) {
    ++rank;
    fmt::print("{:>3}. {:8.3f}  {:<13}  {:<28}  p.{:<3} {}{}\n", rank, hit.score,
               hit.plan.type.empty() ? "-" : hit.plan.type,
               hit.plan.municipality.empty() ? "-" : hit.plan.municipality, hit.page, hit.plan.path,
               ocr_mark(hit.ocr, hit.ocr_confidence, !hit.plan.ocr_pages.empty()));
    if (by_passage && !hit.section_kind.empty()) {
      fmt::print("     [{}] {}\n", hit.section_kind, one_line(hit.heading));
    }
    if (!hit.snippet.empty()) fmt::print("     {}\n", one_line(hit.snippet));
  }
  fmt::print("\n{} {} matched\n", result.matches, by_passage ? "passages" : "plans");
  const std::pair<const char*, const char*> facets[] = {
      {"type", "type"}, {"theme", "leading theme"}, {"size_class", "size class"}};
  for (const auto& [key, label] : facets) {
    const auto found = result.facets.find(key);
    if (found == result.facets.end() || found->second.empty()) continue;
    std::string line;
    for (const auto& [value, count] : found->second) {
      line += fmt::format("{}{} {}", line.empty() ? "" : " · ", value, count);
    }
    fmt::print("  {:<14} {}\n", label, line);
  }
}

void print_jsonl(const index::SearchResult& result, bool by_passage) {
  int rank = 0;
  for (const index::Hit& hit : result.hits) {
    const nlohmann::json object = hit_to_json(hit, ++rank, by_passage);
    fmt::print("{}\n", dump(object));
  }
  nlohmann::json facets = nlohmann::json::object();
  for (const auto& [name, counts] : result.facets) facets[name] = counts;
  fmt::print("{}\n", dump({{"facets", facets}}));
}

// Keyword in context: every occurrence of the word (same stem, or a compound part with it).
int print_concordance(const index::PlanSearcher& searcher, const SearchSettings& settings) {
  const Tokenizer& tokenizer = Tokenizer::standard();
  Xapian::Stem stemmer = search_stemmer();
  const std::vector<Token> wanted = tokenizer.tokenize(settings.kwic);
  if (wanted.size() != 1) {
    print_error("--kwic takes one word");
    return kExitUsage;
  }
  const std::string stem = stemmer(wanted.front().folded);
  const unsigned limit = settings.limit_given ? settings.limit : 200;
  constexpr std::size_t kContextBytes = 45;
  unsigned lines = 0;
  for (const index::StoredPassage& passage : searcher.passages_matching(settings.kwic, 100000)) {
    const std::vector<Token> tokens = tokenizer.tokenize(passage.text, passage.page);
    for (const Token& token : tokens) {
      bool match = stemmer(token.folded) == stem;
      for (const std::string& part : token.parts) match = match || stemmer(part) == stem;
      if (!match) continue;
      std::string left = one_line(std::string_view(passage.text).substr(0, token.begin));
      std::string right = one_line(std::string_view(passage.text).substr(token.end));
      // Cut on UTF-8 character starts so no character is split.
      if (left.size() > kContextBytes) {
        std::size_t cut = left.size() - kContextBytes;
        while (cut < left.size() && (static_cast<unsigned char>(left[cut]) & 0xC0) == 0x80) ++cut;
        left = left.substr(cut);
      }
      if (right.size() > kContextBytes) {
        std::size_t cut = kContextBytes;
        while (cut > 0 && (static_cast<unsigned char>(right[cut]) & 0xC0) == 0x80) --cut;
        right = right.substr(0, cut);
      }
      if (settings.format == "jsonl") {
        fmt::print("{}\n", dump({{"left", left},
                                 {"word", token.text},
                                 {"right", right},
                                 {"path", passage.path},
                                 {"municipality", passage.municipality},
                                 {"page", passage.page},
                                 {"ocr", passage.ocr_confidence >= 0}}));
      } else {
        // Right-align the left context on display width, counting characters not bytes.
        const auto width =
            static_cast<std::size_t>(std::count_if(left.begin(), left.end(), [](char c) {
              return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
            }));
        fmt::print("{}{}  {}  {:<{}}  {} p.{}{}\n",
                   std::string(kContextBytes - std::min(kContextBytes, width), ' '), left,
                   token.text, right, kContextBytes, passage.path, passage.page,
                   ocr_mark(passage.ocr_confidence >= 0, passage.ocr_confidence, false));
      }
      if (++lines >= limit) return kExitOk;
    }
  }
  if (lines == 0 && settings.format != "jsonl") fmt::print("no occurrences\n");
  return kExitOk;
}

double cpu_milliseconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

bool any_remote(const std::vector<std::string>& databases) {
  return std::any_of(databases.begin(), databases.end(),
                     [](const std::string& spec) { return spec.rfind("tcp:", 0) == 0; });
}

int run_search(const SearchSettings& settings) {
  Codebook codebook;
  try {
    codebook = load_codebook(settings.codebook.empty() ? default_codebook_path()
                                                       : std::filesystem::path(settings.codebook));
  } catch (const std::exception& error) {
    print_error(error.what());
    return kExitUsage;
  }
  index::SearchRequest request;
  request.query = joined(settings.query);
  request.by_passage = settings.by == "passage";
  request.limit = settings.limit;
  request.kind = settings.kind;
  request.size_class = settings.size_class;
  // --scans is checked by CLI11 against the same words.
  request.scans = index::SearchRequest::scans_named(settings.scans)
                      .value_or(index::SearchRequest::Scans::include);
  if (settings.format == "jsonl") request.highlight_start = request.highlight_end = "";
  if (!settings.theme.empty()) {
    const Code* theme = codebook.find_theme(settings.theme);
    if (theme == nullptr) {
      print_error(fmt::format("--theme {}: not a theme of the codebook", settings.theme));
      return kExitUsage;
    }
    request.theme = theme->code;
    request.theme_query = theme->query;
  }
  if (!settings.risk.empty()) {
    const Code* risk = codebook.find_risk(settings.risk);
    if (risk == nullptr) {
      print_error(fmt::format("--risk {}: not a risk of the codebook", settings.risk));
      return kExitUsage;
    }
    request.risk = risk->code;
    request.risk_query = risk->query;
  }
  if (!settings.type.empty()) {
    if (codebook.find_type(settings.type) == nullptr) {
      print_error(fmt::format("--type {}: not a plan type of the codebook", settings.type));
      return kExitUsage;
    }
    request.type = settings.type;
  }

  try {
    const auto start = std::chrono::steady_clock::now();
    // Synonyms are only needed here for remote shards (their own table can't be read).
    std::vector<index::SynonymEntry> synonyms;
    if (any_remote(settings.databases)) {
      synonyms = SynonymMatcher(codebook, Tokenizer::standard()).entries();
    }
    const index::PlanSearcher searcher(settings.databases, search_stemmer(), synonyms);
    if (!settings.kwic.empty()) return print_concordance(searcher, settings);
    const auto opened = std::chrono::steady_clock::now();
    index::SearchResult result = searcher.search(request);
    const auto done = std::chrono::steady_clock::now();
    // --repeat: the same search again, warm, for latency measurements (bench/search).
    // CPU time too: on a loaded machine wall time mostly measures the wait for a core.
    std::vector<double> repeats;
    std::vector<double> cpu_repeats;
    for (unsigned i = 1; i < settings.repeat; ++i) {
      const double cpu_begin = cpu_milliseconds();
      const auto begin = std::chrono::steady_clock::now();
      result = searcher.search(request);
      repeats.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin)
              .count());
      cpu_repeats.push_back(cpu_milliseconds() - cpu_begin);
    }
    if (settings.format == "jsonl") {
      print_jsonl(result, request.by_passage);
    } else {
      print_table(result, request.by_passage);
    }
    if (settings.timing) {
      using Milliseconds = std::chrono::duration<double, std::milli>;
      std::string warm;
      if (!repeats.empty()) {
        std::sort(repeats.begin(), repeats.end());
        std::sort(cpu_repeats.begin(), cpu_repeats.end());
        warm = fmt::format(", warm median {:.3f} ms (cpu {:.3f} ms)", repeats[repeats.size() / 2],
                           cpu_repeats[cpu_repeats.size() / 2]);
      }
      fmt::print(stderr, "timing: open {:.3f} ms, search {:.3f} ms{}\n",
                 Milliseconds(opened - start).count(), Milliseconds(done - opened).count(), warm);
    }
  } catch (const index::DatabaseError& error) {
    print_error(error.what());
    return kExitUsage;
  } catch (const index::QueryError& error) {
    print_error(fmt::format("bad query: {}", error.what()));
    return kExitUsage;
  } catch (const Xapian::Error& error) {
    print_error(fmt::format("search failed: {}", error.get_description()));
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace

void add_search_command(CLI::App& root, int& exit_status) {
  auto* sub = root.add_subcommand("search", "Search the plans by words, theme and risk");
  // Option storage is shared with the callback so it outlives this function.
  auto settings = std::make_shared<SearchSettings>();
  sub->add_option("query", settings->query,
                  "Query in Xapian syntax: AND OR NOT \"phrase\" prefix* NEAR, fields type: "
                  "theme: risk: kind: size: year: section: (several words are joined by spaces; "
                  "every word matches by its Dutch stem, accents ignored)");
  sub->add_option("--db", settings->databases,
                  "Database folder, or tcp:HOST:PORT for one served by xapian-tcpsrv; give it "
                  "several times to search shards as one")
      ->required()
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);  // one folder per --db, so the query
                                                               // is not taken for one
  sub->add_option("--theme", settings->theme, "Add the codebook's query for this leading theme");
  sub->add_option("--risk", settings->risk,
                  "Add the codebook's query for this risk: plans that name it as a risk");
  sub->add_option("--type", settings->type, "Only plans of this type")
      ->check(CLI::IsMember({"multi-project", "control", "service"}));
  sub->add_option("--kind", settings->kind, "Only plans of this kind")
      ->check(CLI::IsMember({"egem-i", "nup"}));
  sub->add_option("--size", settings->size_class, "Only plans of municipalities of this size class")
      ->check(CLI::IsMember(
          std::vector<std::string>(std::begin(kSizeClasses), std::end(kSizeClasses))));
  sub->add_option("--scans", settings->scans,
                  "Plans read by OCR: include (default), only or exclude them; with --by passage, "
                  "the passages of scanned pages")
      ->check(CLI::IsMember({"include", "only", "exclude"}));
  sub->add_option("--by", settings->by, "Rank plans or passages")
      ->check(CLI::IsMember({"plan", "passage"}));
  auto* limit = sub->add_option("--limit", settings->limit, "Number of hits (default 10)")
                    ->check(CLI::PositiveNumber);
  sub->add_option("--format", settings->format, "table or jsonl")
      ->check(CLI::IsMember({"table", "jsonl"}));
  sub->add_option("--kwic", settings->kwic,
                  "Print a keyword-in-context concordance of WORD (left context, word, right "
                  "context, plan, page) instead of hits");
  sub->add_option("--codebook", settings->codebook, "Codebook file (default: the built-in one)");
  sub->add_option("--repeat", settings->repeat,
                  "Run the search N times (with --timing: the warm median, for benchmarks)")
      ->check(CLI::PositiveNumber);
  sub->add_flag("--timing", settings->timing, "Print the time to open and to search on stderr");
  sub->callback([&exit_status, settings, limit] {
    settings->limit_given = limit->count() > 0;
    exit_status = run_search(*settings);
  });
}

}  // namespace planmine::cli
