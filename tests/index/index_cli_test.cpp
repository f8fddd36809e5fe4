// planmine index and search as a researcher runs them: incremental updates, kill -9 in the
// middle, and the acceptance figures on the generated corpus and the sample plans.

#include <fmt/core.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <thread>

#include "index_support.hpp"
#include "planmine/index/schema.hpp"

namespace planmine {
namespace {

using testing::TemporaryFolder;

struct Output {
  int status = -1;
  std::string text;  // stdout and stderr together
};

std::string quoted(const std::string& word) {
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

Output planmine(const std::vector<std::string>& arguments, bool with_stderr = true) {
  std::string command = quoted(PLANMINE_BINARY);
  for (const std::string& argument : arguments) command += " " + quoted(argument);
  command += with_stderr ? " 2>&1" : " 2>/dev/null";
  Output output;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return output;
  char buffer[4096];
  std::size_t read = 0;
  while ((read = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) output.text.append(buffer, read);
  const int status = pclose(pipe);
  output.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return output;
}

std::vector<std::filesystem::path> corpus_plans(std::size_t count) {
  std::vector<std::filesystem::path> plans;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::filesystem::path(PLANMINE_TEST_CORPUS) / "plans")) {
    if (entry.path().extension() == ".pdf") plans.push_back(entry.path());
  }
  std::sort(plans.begin(), plans.end());
  if (plans.size() > count) plans.resize(count);
  return plans;
}

std::size_t plans_in(const std::filesystem::path& database) {
  return index::list_plans(Xapian::Database(database.string())).size();
}

TEST(IndexCommand, SkipsUnchangedReplacesChangedAndPrunesDeleted) {
  TemporaryFolder folder;
  const auto inputs = folder.path() / "in";
  const auto db = folder.path() / "db";
  std::filesystem::create_directories(inputs);
  const auto plans = corpus_plans(4);
  ASSERT_EQ(plans.size(), 4u) << "no test corpus at " << PLANMINE_TEST_CORPUS;
  for (int i = 0; i < 3; ++i) {
    std::filesystem::copy_file(plans[i], inputs / fmt::format("p{}.pdf", i));
  }
  Output first = planmine({"index", inputs.string(), "--db", db.string()});
  EXPECT_EQ(first.status, 0) << first.text;
  EXPECT_NE(first.text.find("3 indexed, 0 unchanged"), std::string::npos) << first.text;

  // Touched, same bytes: nothing re-read.
  std::filesystem::last_write_time(inputs / "p0.pdf",
                                   std::filesystem::file_time_type::clock::now());
  Output second = planmine({"index", inputs.string(), "--db", db.string()});
  EXPECT_NE(second.text.find("0 indexed, 3 unchanged"), std::string::npos) << second.text;

  // Other bytes under the same name: replaced, not added.
  std::filesystem::copy_file(plans[3], inputs / "p1.pdf",
                             std::filesystem::copy_options::overwrite_existing);
  Output third = planmine({"index", inputs.string(), "--db", db.string()});
  EXPECT_NE(third.text.find("1 indexed, 2 unchanged"), std::string::npos) << third.text;
  EXPECT_EQ(plans_in(db), 3u);

  std::filesystem::remove(inputs / "p2.pdf");
  Output kept = planmine({"index", inputs.string(), "--db", db.string()});
  EXPECT_EQ(plans_in(db), 3u) << "without --prune a deleted file stays";
  Output pruned = planmine({"index", inputs.string(), "--db", db.string(), "--prune"});
  EXPECT_NE(pruned.text.find("1 removed"), std::string::npos) << pruned.text;
  EXPECT_EQ(plans_in(db), 2u);
  // Only this plan's passages went: a passage search finds nothing of p2.
  Output search = planmine({"search", "--db", db.string(), "--by", "passage", "--limit", "1000",
                            "--format", "jsonl", "de"});
  EXPECT_EQ(search.text.find("p2.pdf"), std::string::npos);
}

// A database written under an older schema lacks what the new one adds (e.g. the OCR marks of
// schema 2): every plan is indexed again, unchanged files too, and then the version is current.
TEST(IndexCommand, ADatabaseOfAnOlderSchemaIsIndexedAgainInFull) {
  TemporaryFolder folder;
  const auto inputs = folder.path() / "in";
  const auto db = folder.path() / "db";
  std::filesystem::create_directories(inputs);
  const auto plans = corpus_plans(2);
  ASSERT_EQ(plans.size(), 2u) << "no test corpus at " << PLANMINE_TEST_CORPUS;
  for (const auto& plan : plans) std::filesystem::copy_file(plan, inputs / plan.filename());
  Output first = planmine({"index", inputs.string(), "--db", db.string()});
  ASSERT_EQ(first.status, 0) << first.text;
  EXPECT_EQ(Xapian::Database(db.string()).get_metadata(index::kMetadataSchema),
            index::kSchemaVersion);
  {
    Xapian::WritableDatabase old(db.string());
    old.set_metadata(index::kMetadataSchema, "1");
    old.commit();
  }
  Output again = planmine({"index", inputs.string(), "--db", db.string()});
  EXPECT_NE(again.text.find("2 indexed, 0 unchanged"), std::string::npos) << again.text;
  EXPECT_EQ(Xapian::Database(db.string()).get_metadata(index::kMetadataSchema),
            index::kSchemaVersion);
  Output current = planmine({"index", inputs.string(), "--db", db.string()});
  EXPECT_NE(current.text.find("0 indexed, 2 unchanged"), std::string::npos) << current.text;
  EXPECT_EQ(plans_in(db), 2u);
}

TEST(IndexCommand, KillNineLeavesTheLastCheckpointAndTheNextRunCompletes) {
  TemporaryFolder folder;
  const auto inputs = folder.path() / "in";
  const auto db = folder.path() / "db";
  std::filesystem::create_directories(inputs);
  const auto plans = corpus_plans(12);
  for (std::size_t i = 0; i < plans.size(); ++i) {
    std::filesystem::copy_file(plans[i], inputs / plans[i].filename());
  }
  std::mt19937 random(20100601);
  std::uniform_int_distribution<int> delay_ms(100, 2500);
  std::size_t previous = 0;
  for (int round = 0; round < 4; ++round) {
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      execl(PLANMINE_BINARY, PLANMINE_BINARY, "index", inputs.c_str(), "--db", db.c_str(),
            "--checkpoint-every", "1", "--quiet", static_cast<char*>(nullptr));
      _exit(127);
    }
    const int wait_ms = delay_ms(random);
    std::this_thread::sleep_for(std::chrono::milliseconds(wait_ms));
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    if (!std::filesystem::exists(db)) continue;  // killed before the database was created
    // It opens, passes xapian-check, and holds whole plans only, never fewer than before.
    const std::string check = "xapian-check " + quoted(db.string()) + " >/dev/null 2>&1";
    EXPECT_EQ(std::system(check.c_str()), 0) << "round " << round << " after " << wait_ms << " ms";
    const std::size_t now = plans_in(db);
    EXPECT_GE(now, previous);
    EXPECT_LE(now, plans.size());
    Xapian::Database database(db.string());
    for (const index::PlanRecord& plan : index::list_plans(database)) {
      // Every plan stored has its passages (plan document and passages commit together).
      const std::string term = "XPLAN" + plan.plan_id;
      EXPECT_GT(database.get_termfreq(term), 1u) << plan.path;
    }
    previous = now;
  }
  Output last = planmine({"index", inputs.string(), "--db", db.string()});
  EXPECT_EQ(last.status, 0) << last.text;
  EXPECT_EQ(plans_in(db), plans.size());
  EXPECT_NE(last.text.find(fmt::format("{} unchanged", previous)), std::string::npos) << last.text;
}

TEST(SearchCommand, UsageErrorsExitTwo) {
  TemporaryFolder folder;
  EXPECT_EQ(planmine({"search", "--db", (folder.path() / "none").string(), "kcc"}).status, 2);
  const auto db = folder.path() / "db";
  const auto plans = corpus_plans(1);
  ASSERT_EQ(plans.size(), 1u);
  ASSERT_EQ(planmine({"index", plans[0].string(), "--db", db.string()}).status, 0);
  const Output bad = planmine({"search", "--db", db.string(), "kcc AND"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.text.find("bad query"), std::string::npos) << bad.text;
  EXPECT_EQ(planmine({"search", "--db", db.string(), "--theme", "nothing"}).status, 2);
  EXPECT_EQ(planmine({"search", "--db", db.string(), "--by", "sentence"}).status, 2);
  const Output ok = planmine({"search", "--db", db.string(), "--db", db.string(), "kcc"});
  EXPECT_EQ(ok.status, 0) << ok.text;
}

TEST(IndexCommand, CreatesTheDatabaseFolderAndTheFoldersAboveIt) {
  TemporaryFolder folder;
  const auto db = folder.path() / "new" / "deeper" / "db";
  const auto plans = corpus_plans(1);
  ASSERT_EQ(plans.size(), 1u);
  const Output output = planmine({"index", plans[0].string(), "--db", db.string(), "--quiet"});
  EXPECT_EQ(output.status, 0) << output.text;
  EXPECT_EQ(plans_in(db), 1u);
}

TEST(IndexCommand, ADatabaseFolderThatCannotBeMadeIsOneLine) {
  TemporaryFolder folder;
  const auto file = folder.path() / "a-file";
  std::ofstream(file) << "not a folder\n";
  const auto plans = corpus_plans(1);
  ASSERT_EQ(plans.size(), 1u);
  const Output output =
      planmine({"index", plans[0].string(), "--db", (file / "db").string(), "--quiet"});
  EXPECT_EQ(output.status, 2) << output.text;
  EXPECT_EQ(output.text.rfind(
                "planmine: " + (file / "db").string() + ": cannot create the database folder: ", 0),
            0u)
      << output.text;
  EXPECT_EQ(std::count(output.text.begin(), output.text.end(), '\n'), 1) << output.text;
}

TEST(IndexCommand, BadInputsGetOneLineEachAndTheRestIsIndexed) {
  TemporaryFolder folder;
  const auto db = folder.path() / "db";
  const auto bad = std::filesystem::path(PLANMINE_TEST_CORPUS) / "bad";
  const auto good = corpus_plans(1);
  ASSERT_EQ(good.size(), 1u);
  const Output output =
      planmine({"index", bad.string(), good[0].string(), "--db", db.string(), "--quiet"});
  EXPECT_EQ(output.status, 1) << output.text;
  std::size_t failure_lines = 0;
  std::istringstream lines(output.text);
  for (std::string line; std::getline(lines, line);) {
    EXPECT_EQ(line.rfind("planmine: ", 0), 0u) << line;
    failure_lines += line.find(bad.string()) != std::string::npos;
  }
  EXPECT_GE(failure_lines, 3u) << output.text;
  bool good_indexed = false;
  for (const index::PlanRecord& plan : index::list_plans(Xapian::Database(db.string()))) {
    good_indexed = good_indexed || plan.path == good[0].string();
  }
  EXPECT_TRUE(good_indexed);
}

struct Labels {
  std::map<std::string, std::string> theme;            // file name -> leading theme
  std::map<std::string, std::set<std::string>> risks;  // file name -> risks
};

Labels read_labels(const std::filesystem::path& manifest) {
  Labels labels;
  std::ifstream in(manifest);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto object = nlohmann::json::parse(line);
    const std::string name = std::filesystem::path(object["file"].get<std::string>()).filename();
    labels.theme[name] = object["leading_theme"];
    for (const auto& risk : object["risks"]) labels.risks[name].insert(risk.get<std::string>());
  }
  return labels;
}

std::vector<std::string> hit_files(const std::string& text) {
  std::vector<std::string> files;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    const auto object = nlohmann::json::parse(line, nullptr, false);
    if (object.is_discarded() || !object.contains("path")) continue;
    files.push_back(std::filesystem::path(object["path"].get<std::string>()).filename());
  }
  return files;
}

const std::vector<std::string> kThemes = {"basisregistraties", "dienstverlening", "zaakgericht",
                                          "projectmatig",      "architectuur",    "anders"};
const std::vector<std::string> kRisks = {"capaciteit",        "focus",  "draagvlak",   "realisme",
                                         "menselijke-factor", "budget", "rijk",        "kennis",
                                         "bestuur",           "fusie",  "leveranciers"};

struct SearchFigures {
  double lowest_risk = 1;   // precision@10 (over the hits when fewer)
  double mean_theme = 0;    // R-precision
  double lowest_theme = 1;  // R-precision
};

// Prints R-precision per theme and precision@10 per risk (over the hits returned when fewer),
// labels used only to score.
SearchFigures print_figures(const std::string& name, const std::filesystem::path& db,
                            const Labels& labels) {
  SearchFigures figures;
  fmt::print("{}: theme R-precision of search --theme CODE --by plan\n", name);
  double theme_sum = 0;
  int theme_count = 0;
  for (const std::string& theme : kThemes) {
    std::size_t relevant = 0;
    for (const auto& [file, label] : labels.theme) relevant += label == theme;
    if (relevant == 0) continue;
    const auto hits =
        hit_files(planmine({"search", "--db", db.string(), "--theme", theme, "--by", "plan",
                            "--limit", std::to_string(relevant), "--format", "jsonl"},
                           false)
                      .text);
    std::size_t good = 0;
    for (const std::string& file : hits) good += labels.theme.at(file) == theme;
    const double r_precision = static_cast<double>(good) / static_cast<double>(relevant);
    fmt::print("  {:<20} R={:<4} R-precision {:.3f}\n", theme, relevant, r_precision);
    theme_sum += r_precision;
    ++theme_count;
    figures.lowest_theme = std::min(figures.lowest_theme, r_precision);
  }
  fmt::print("{}: precision@10 of search --risk CODE\n", name);
  for (const std::string& risk : kRisks) {
    const auto hits = hit_files(planmine({"search", "--db", db.string(), "--risk", risk, "--limit",
                                          "10", "--format", "jsonl"},
                                         false)
                                    .text);
    std::size_t good = 0;
    for (const std::string& file : hits) good += labels.risks.at(file).count(risk);
    if (hits.empty()) {
      fmt::print("  {:<20} no hits\n", risk);
      continue;
    }
    const double precision = static_cast<double>(good) / static_cast<double>(hits.size());
    fmt::print("  {:<20} P@{:<3} {:.3f}\n", risk, hits.size(), precision);
    figures.lowest_risk = std::min(figures.lowest_risk, precision);
  }
  figures.mean_theme = theme_count == 0 ? 0 : theme_sum / theme_count;
  return figures;
}

TEST(SearchAcceptance, ThemeAndRiskFiguresOnTheCorpusAndTheSamplePlans) {
  TemporaryFolder folder;
  const auto corpus_db = folder.path() / "corpus";
  const std::filesystem::path corpus = PLANMINE_TEST_CORPUS;
  const Output indexed = planmine({"index", (corpus / "plans").string(),
                                   (corpus / "validation").string(), "--db", corpus_db.string()});
  ASSERT_EQ(indexed.status, 0) << indexed.text;
  const SearchFigures corpus_figures =
      print_figures("corpus", corpus_db,
                    read_labels(std::filesystem::path(PLANMINE_TEST_CORPUS) / "manifest.jsonl"));
  const auto sample_db = folder.path() / "samples";
  const auto samples = std::filesystem::path(PLANMINE_SHARED_DIR) / "sample-plans";
  ASSERT_EQ(planmine({"index", samples.string(), "--db", sample_db.string()}).status, 0);
  const SearchFigures sample_figures =
      print_figures("sample plans", sample_db, read_labels(samples / "labels.jsonl"));
  fmt::print("mean theme R-precision: corpus {:.3f}, sample plans {:.3f} (target 0.9)\n",
             corpus_figures.mean_theme, sample_figures.mean_theme);
  // Search ranks by the stored classification, so these figures follow the classifier (see
  // docs/index.md). The target, 0.9 for every risk and theme on both sets, is met since
  // session 8 (the corpus' lowest theme, 'anders', at exactly 0.900). The sample plans are for
  // evaluation only: no rule is made on them; a change that lowers these figures needs a look
  // at what else it broke, not a rule for these eight plans.
  EXPECT_GE(corpus_figures.lowest_risk, 0.9);
  EXPECT_GE(corpus_figures.mean_theme, 0.9);
  EXPECT_GE(corpus_figures.lowest_theme, 0.9);
  EXPECT_GE(sample_figures.mean_theme, 0.9);
  EXPECT_GE(sample_figures.lowest_theme, 0.9);
  EXPECT_GE(sample_figures.lowest_risk, 0.9);
}

}  // namespace
}  // namespace planmine
