// Tests of the corpus generator: the generated corpus (PLANMINE_TEST_CORPUS, made by the
// generate_test_corpus fixture), shares against the desk study, determinism, language variety
// (8-word shingles), text extraction with pdftotext, label words and the bad inputs.

#include <fcntl.h>
#include <fmt/core.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "planmine/corpus/generator.hpp"
#include "planmine/corpus/manifest.hpp"

extern char** environ;

namespace planmine::corpus {
namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = PLANMINE_TEST_CORPUS;

struct ProgramResult {
  int status = -1;
  std::string out;
};

// Runs a program without a shell and captures its standard output.
ProgramResult run(const std::vector<std::string>& argv) {
  int fds[2];
  if (pipe(fds) != 0) return {};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addclose(&actions, fds[0]);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid;
  ProgramResult result;
  const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  if (spawned != 0) {
    close(fds[0]);
    return result;
  }
  char buffer[8192];
  ssize_t n;
  while ((n = read(fds[0], buffer, sizeof buffer)) > 0) result.out.append(buffer, n);
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string lower(std::string text) {
  for (auto& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

std::vector<ManifestEntry> test_manifest() {
  return read_manifest(kCorpus / "manifest.jsonl");
}

int count_if_field(const std::vector<ManifestEntry>& entries, const std::string& set,
                   const std::function<bool(const ManifestEntry&)>& predicate) {
  return static_cast<int>(std::count_if(entries.begin(), entries.end(), [&](const auto& e) {
    return (set.empty() || e.set == set) && predicate(e);
  }));
}

// ---------------------------------------------------------------- manifest and counts

TEST(CorpusManifest, HasTheStudyCountsAndValidLabels) {
  const auto entries = test_manifest();
  ASSERT_EQ(entries.size(), 169u);
  EXPECT_EQ(count_if_field(entries, "plans", [](auto&) { return true; }), 150);
  EXPECT_EQ(count_if_field(entries, "validation", [](auto&) { return true; }), 19);
  EXPECT_EQ(count_if_field(entries, "plans", [](auto& e) { return e.kind == "egem-i"; }), 103);
  EXPECT_EQ(count_if_field(entries, "plans", [](auto& e) { return e.kind == "nup"; }), 47);

  const std::set<std::string> types = {"multi-project", "control", "service"};
  const std::set<std::string> themes = {"basisregistraties", "dienstverlening", "zaakgericht",
                                        "projectmatig",      "architectuur",    "anders"};
  const std::set<std::string> risks = {"capaciteit",        "focus",  "draagvlak",   "realisme",
                                       "menselijke-factor", "budget", "rijk",        "kennis",
                                       "bestuur",           "fusie",  "leveranciers"};
  const std::map<std::string, std::pair<int, int>> classes = {{"<10k", {1, 9999}},
                                                              {"10-25k", {10000, 24999}},
                                                              {"25-50k", {25000, 49999}},
                                                              {"50-100k", {50000, 99999}},
                                                              {">100k", {100000, 2000000}}};
  std::set<std::string> files, names;
  for (const auto& e : entries) {
    SCOPED_TRACE(e.file);
    EXPECT_TRUE(fs::is_regular_file(kCorpus / e.file));
    EXPECT_TRUE(files.insert(fs::path(e.file).filename().string()).second) << "file names repeat";
    EXPECT_TRUE(names.insert(e.municipality).second) << "municipality names repeat";
    EXPECT_TRUE(types.count(e.type));
    EXPECT_TRUE(themes.count(e.leading_theme));
    EXPECT_GE(e.risks.size(), 2u);
    EXPECT_LE(e.risks.size(), 6u);
    EXPECT_EQ(std::set<std::string>(e.risks.begin(), e.risks.end()).size(), e.risks.size());
    for (const auto& r : e.risks) EXPECT_TRUE(risks.count(r)) << r;
    ASSERT_TRUE(classes.count(e.size_class)) << e.size_class;
    EXPECT_GE(e.inhabitants, classes.at(e.size_class).first);
    EXPECT_LE(e.inhabitants, classes.at(e.size_class).second);
    EXPECT_TRUE(e.year == 2009 || e.year == 2010);
    EXPECT_GE(e.pages, 6);
    EXPECT_LE(e.pages, 20);
    EXPECT_GT(e.budget_euro, 0);
  }
}

TEST(CorpusManifest, TypeThemeRiskAndHardSharesFollowTheStudy) {
  const auto entries = test_manifest();
  const auto plans = [&](auto predicate) { return count_if_field(entries, "plans", predicate); };
  const int service = plans([](auto& e) { return e.type == "service"; });
  const int control = plans([](auto& e) { return e.type == "control"; });
  const int multi = plans([](auto& e) { return e.type == "multi-project"; });
  fmt::print("types of 150: service {} control {} multi-project {}\n", service, control, multi);
  EXPECT_GT(service, 90);  // "ruim zestig procent"
  EXPECT_LT(service, 100);
  EXPECT_GT(control, multi + 5);
  EXPECT_GT(multi, 10);

  std::map<std::string, int> themes;
  for (const auto& e : entries)
    if (e.set == "plans") ++themes[e.leading_theme];
  fmt::print(
      "themes of 150: dienstverlening {} zaakgericht {} basisregistraties {} architectuur {} "
      "anders {} projectmatig {}\n",
      themes["dienstverlening"], themes["zaakgericht"], themes["basisregistraties"],
      themes["architectuur"], themes["anders"], themes["projectmatig"]);
  EXPECT_NEAR(themes["dienstverlening"], 90, 5);
  EXPECT_NEAR(themes["zaakgericht"], 19.5, 3);
  EXPECT_NEAR(themes["basisregistraties"], 15, 3);
  EXPECT_NEAR(themes["architectuur"], 6, 2);
  EXPECT_NEAR(themes["anders"], 19.5, 3);
  EXPECT_GE(themes["projectmatig"], 1);
  EXPECT_LE(themes["projectmatig"], 3);

  // The type's typical risk in about three plans in four.
  const std::map<std::string, std::set<std::string>> typical = {
      {"multi-project", {"capaciteit", "focus"}},
      {"control", {"draagvlak"}},
      {"service", {"realisme", "menselijke-factor"}}};
  int with_typical = 0;
  for (const auto& e : entries) {
    const auto& t = typical.at(e.type);
    with_typical +=
        std::any_of(e.risks.begin(), e.risks.end(), [&](auto& r) { return t.count(r); });
  }
  const double share = static_cast<double>(with_typical) / entries.size();
  fmt::print("typical risk present in {:.0f}% of plans\n", 100 * share);
  EXPECT_GT(share, 0.65);
  EXPECT_LT(share, 0.87);

  const int hard = count_if_field(entries, "", [](auto& e) { return e.hard; });
  EXPECT_NEAR(hard, 169 * 0.25, 4);
}

TEST(CorpusManifest, ValidationPlansSpreadEvenlyOverSizeClasses) {
  const auto entries = test_manifest();
  std::map<std::string, int> classes;
  for (const auto& e : entries)
    if (e.set == "validation") ++classes[e.size_class];
  ASSERT_EQ(classes.size(), 5u);
  for (const auto& [name, count] : classes) {
    EXPECT_GE(count, 3) << name;
    EXPECT_LE(count, 4) << name;
  }
}

TEST(CorpusManifest, ReadManifestNamesTheBadLine) {
  const fs::path path = fs::temp_directory_path() / fmt::format("manifest-{}.jsonl", getpid());
  {
    std::ofstream out(path);
    ManifestEntry ok;
    ok.file = "plans/a.pdf";
    ok.municipality = "Testdam";
    ok.kind = "nup";
    ok.type = "control";
    ok.leading_theme = "anders";
    ok.risks = {"budget", "rijk"};
    ok.size_class = "<10k";
    ok.year = 2010;
    out << manifest_line(ok) << "\n";
    out << R"({"file":"plans/b.pdf","municipality":"X","kind":"nup","type":"control"})"
        << "\n";
  }
  try {
    read_manifest(path);
    ADD_FAILURE() << "a line without leading_theme was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(":2:"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("leading_theme"), std::string::npos) << e.what();
  }
  {
    std::ofstream out(path);
    out << "{not json\n";
  }
  EXPECT_THROW(read_manifest(path), std::runtime_error);
  EXPECT_THROW(read_manifest(path.string() + ".missing"), std::runtime_error);
  fs::remove(path);
}

TEST(CorpusManifest, WriteThenReadRoundTrips) {
  CorpusOptions options;
  options.plans = 5;
  options.validation = 2;
  auto specs = draw_corpus(options);
  std::vector<ManifestEntry> entries;
  for (const auto& s : specs) entries.push_back(s.labels);
  const fs::path path = fs::temp_directory_path() / fmt::format("roundtrip-{}.jsonl", getpid());
  write_manifest(path, entries);
  const auto back = read_manifest(path);
  ASSERT_EQ(back.size(), entries.size());
  for (std::size_t i = 0; i < back.size(); ++i)
    EXPECT_EQ(manifest_line(back[i]), manifest_line(entries[i]));
  fs::remove(path);
}

// ---------------------------------------------------------------- determinism

std::map<std::string, std::string> read_tree(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    files[fs::relative(entry.path(), root).string()] =
        std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return files;
}

TEST(CorpusDeterminism, SameSeedGivesByteIdenticalFilesWhateverTheWorkerCount) {
  const fs::path base = fs::temp_directory_path() / fmt::format("planmine-corpus-det-{}", getpid());
  fs::remove_all(base);
  CorpusOptions options;
  options.plans = 4;
  options.validation = 2;
  options.seed = 77;
  options.with_bad_inputs = true;
  options.out = base / "a";
  options.threads = 2;
  generate_corpus(options);
  options.out = base / "b";
  options.threads = 1;
  generate_corpus(options);
  options.out = base / "c";
  options.seed = 78;
  options.with_bad_inputs = false;
  generate_corpus(options);
  const auto a = read_tree(base / "a");
  const auto b = read_tree(base / "b");
  const auto c = read_tree(base / "c");
  EXPECT_EQ(a.size(), 6u + 1u + 7u);  // plans, manifest, bad inputs
  ASSERT_EQ(a.size(), b.size());
  for (const auto& [name, bytes] : a) {
    ASSERT_TRUE(b.count(name)) << name;
    EXPECT_TRUE(bytes == b.at(name)) << name << " differs between two runs with the same seed";
  }
  EXPECT_NE(a.at("manifest.jsonl"), c.at("manifest.jsonl")) << "another seed, same corpus";
  EXPECT_NE(a.at("plans/plan-001.pdf"), c.at("plans/plan-001.pdf"));
  fs::remove_all(base);
}

// ---------------------------------------------------------------- language

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c >= 0x80) {
      word += static_cast<char>(std::tolower(c));
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

std::unordered_set<std::string> shingles(const std::string& text, std::size_t size = 8) {
  const auto words = words_of(text);
  std::unordered_set<std::string> out;
  for (std::size_t i = 0; i + size <= words.size(); ++i) {
    std::string s;
    for (std::size_t k = 0; k < size; ++k) s += words[i + k] + ' ';
    out.insert(s);
  }
  return out;
}

TEST(CorpusLanguage, PlansShareFewEightWordShingles) {
  // The share of one plan's 8-word shingles found in another (of the smaller plan), averaged
  // over all pairs of the first 80 plans of the default corpus.
  CorpusOptions options;
  auto specs = draw_corpus(options);
  specs.resize(80);
  std::vector<std::unordered_set<std::string>> sets;
  std::size_t words = 0;
  for (const auto& spec : specs) {
    const std::string text = plan_text(spec);
    words += words_of(text).size();
    sets.push_back(shingles(text));
  }
  double sum = 0, worst = 0;
  int pairs = 0;
  for (std::size_t i = 0; i < sets.size(); ++i)
    for (std::size_t j = i + 1; j < sets.size(); ++j) {
      std::size_t common = 0;
      for (const auto& s : sets[i]) common += sets[j].count(s);
      const double share = static_cast<double>(common) / std::min(sets[i].size(), sets[j].size());
      sum += share;
      worst = std::max(worst, share);
      ++pairs;
    }
  const double mean = sum / pairs;
  fmt::print(
      "8-word shingles shared between two plans: mean {:.2f}%, worst pair {:.2f}% "
      "({} plans, {} words per plan)\n",
      100 * mean, 100 * worst, specs.size(), words / specs.size());
  EXPECT_LT(mean, 0.05);
  EXPECT_LT(worst, 0.25);
  EXPECT_GT(words / specs.size(), 1200u) << "plans are too short to be plausible";
}

TEST(CorpusLanguage, NoPlanContainsALabelWord) {
  CorpusOptions options;
  for (const auto& spec : draw_corpus(options)) {
    const std::string text = lower(plan_text(spec));
    for (const auto& word : label_words())
      EXPECT_EQ(text.find(word), std::string::npos) << spec.labels.file << " contains " << word;
  }
}

TEST(CorpusLanguage, HardPlansAvoidTheTextbookWordsOfTheirOwnType) {
  // Words only the textbook phrasing of a type uses; a hard plan paraphrases them.
  const std::map<std::string, std::vector<std::string>> textbook = {
      {"multi-project", {"wettelijke deadline", "projectenboek", "wettelijke verplichting"}},
      {"control", {"borging", "plateauplanning", "plateaumodel"}},
      {"service",
       {"visie op dienstverlening", "kanaalsturing", "coalitieakkoord", "collegeprogramma"}}};
  CorpusOptions options;
  int hard = 0, soft_with_words = 0, soft = 0;
  for (const auto& spec : draw_corpus(options)) {
    const std::string text = lower(plan_text(spec));
    const auto& words = textbook.at(spec.labels.type);
    const bool any = std::any_of(words.begin(), words.end(),
                                 [&](const auto& w) { return text.find(w) != std::string::npos; });
    if (spec.labels.hard) {
      ++hard;
      EXPECT_FALSE(any) << spec.labels.file << " (hard " << spec.labels.type
                        << ") uses its textbook words";
    } else {
      ++soft;
      soft_with_words += any;
    }
  }
  EXPECT_GT(hard, 30);
  // The ordinary plans do use them: otherwise "hard" would mean nothing.
  EXPECT_GT(soft_with_words, soft * 9 / 10);
}

// ---------------------------------------------------------------- the PDFs themselves

TEST(CorpusPdf, PdftotextReadsEveryPlanAndFindsItsMunicipality) {
  const auto entries = test_manifest();
  for (const auto& e : entries) {
    SCOPED_TRACE(e.file);
    const auto result = run({"pdftotext", "-enc", "UTF-8", (kCorpus / e.file).string(), "-"});
    ASSERT_EQ(result.status, 0) << "pdftotext failed";
    EXPECT_GT(result.out.size(), 8000u);
    // Compared on letters only: a long name may wrap at its hyphen, which pdftotext then drops.
    const auto letters = [](const std::string& text) {
      std::string out;
      for (unsigned char c : text)
        if (std::isalpha(c)) out += static_cast<char>(std::tolower(c));
      return out;
    };
    EXPECT_NE(letters(result.out).find(letters(e.municipality)), std::string::npos);
    const std::string text = lower(result.out);
    for (const auto& word : label_words()) EXPECT_EQ(text.find(word), std::string::npos) << word;
  }
}

TEST(CorpusPdf, PlansHaveATableOfContentsAndPageNumbers) {
  const auto entries = test_manifest();
  int toc = 0, numbered = 0;
  for (std::size_t i = 0; i < entries.size(); i += 7) {
    const auto result =
        run({"pdftotext", "-f", "2", "-l", "3", (kCorpus / entries[i].file).string(), "-"});
    toc += result.out.find("Inhoud") != std::string::npos;
    numbered += result.out.find('3') != std::string::npos;
  }
  EXPECT_EQ(toc, static_cast<int>((entries.size() + 6) / 7));
  EXPECT_EQ(numbered, toc);
}

TEST(CorpusPdf, BadInputsFailOrBehaveAsIntended) {
  const fs::path bad = kCorpus / "bad";
  ASSERT_TRUE(fs::is_directory(bad)) << "the test corpus was made without --with-bad-inputs";
  EXPECT_EQ(fs::file_size(bad / "empty.pdf"), 0u);
  EXPECT_NE(run({"pdftotext", (bad / "not-a-pdf.pdf").string(), "-"}).status, 0);
  EXPECT_NE(run({"pdftotext", (bad / "truncated.pdf").string(), "-"}).status, 0);
  // Encrypted: no text without the password, text with it.
  EXPECT_NE(run({"pdftotext", (bad / "password-protected.pdf").string(), "-"}).status, 0);
  const auto opened =
      run({"pdftotext", "-upw", "geheim", (bad / "password-protected.pdf").string(), "-"});
  EXPECT_EQ(opened.status, 0);
  EXPECT_GT(opened.out.size(), 2000u);
  // Image only: a valid PDF whose pages hold no text.
  const auto image = run({"pdftotext", (bad / "image-only.pdf").string(), "-"});
  EXPECT_EQ(image.status, 0);
  EXPECT_EQ(words_of(image.out).size(), 0u);
  const auto fonts = run({"pdffonts", (bad / "image-only.pdf").string()});
  EXPECT_EQ(std::count(fonts.out.begin(), fonts.out.end(), '\n'), 2) << fonts.out;
  // The long plan.
  const auto info = run({"pdfinfo", (bad / "long-300-pages.pdf").string()});
  const auto at = info.out.find("Pages:");
  ASSERT_NE(at, std::string::npos);
  EXPECT_GE(std::stoi(info.out.substr(at + 6)), 300);
  // The odd file name is a good plan.
  const auto odd = run({"pdftotext", (bad / "plan met spatie – Súdwest.pdf").string(), "-"});
  EXPECT_EQ(odd.status, 0);
  EXPECT_GT(odd.out.size(), 8000u);
}

TEST(CorpusPdf, FontsAreEmbedded) {
  const auto entries = test_manifest();
  std::set<std::string> families;
  for (std::size_t i = 0; i < entries.size(); i += 5) {
    const auto fonts = run({"pdffonts", (kCorpus / entries[i].file).string()});
    std::size_t line_start = 0;
    int line = 0;
    while (line_start < fonts.out.size()) {
      const std::size_t end = fonts.out.find('\n', line_start);
      const std::string text = fonts.out.substr(line_start, end - line_start);
      line_start = end == std::string::npos ? fonts.out.size() : end + 1;
      if (++line <= 2 || text.empty()) continue;
      EXPECT_NE(text.find(" yes "), std::string::npos) << entries[i].file << ": " << text;
      const std::string name = text.substr(text.find('+') + 1, text.find(' ') - text.find('+') - 1);
      families.insert(name.substr(0, name.find('-')));
    }
  }
  EXPECT_GE(families.size(), 4u) << "too little typographic variety";
}

}  // namespace
}  // namespace planmine::corpus
