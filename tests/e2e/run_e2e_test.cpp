// planmine run end to end on the test corpus plus bad inputs: exit status, failures listed,
// every figure of the report recomputed from plans.jsonl, the csv, re-runs, planmine report.

#include <fmt/core.h>
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "e2e_support.hpp"

namespace planmine::e2e {
namespace {

using nlohmann::json;

const std::vector<std::string> kTypes{"multi-project", "control", "service"};
const std::vector<std::string> kThemes{"basisregistraties", "dienstverlening", "zaakgericht",
                                       "projectmatig",      "architectuur",    "anders"};
const std::vector<std::string> kRisks{"capaciteit",        "focus",  "draagvlak",   "realisme",
                                      "menselijke-factor", "budget", "rijk",        "kennis",
                                      "bestuur",           "fusie",  "leveranciers"};

int count_in(const json& counts, const std::string& key) {
  return counts.contains(key) ? counts.at(key).get<int>() : 0;
}

// The figures of one set of plans, recomputed here from plans.jsonl without the report's code.
struct Recount {
  int plans = 0;
  std::map<std::string, int> types, themes, risks, kinds, sizes, mentions;
  std::map<std::string, std::map<std::string, int>> type_risks, type_themes;
  int all_themes = 0;
  long pages = 0, words = 0;
};

Recount recount(const std::vector<json>& lines, const std::string& set) {
  Recount counted;
  for (const auto& plan : lines) {
    if (plan.at("set") != set) continue;
    ++counted.plans;
    counted.pages += plan.at("pages").get<long>();
    counted.words += plan.at("words").get<long>();
    const std::string type = plan.at("type");
    const std::string theme = plan.at("leading_theme");
    ++counted.types[type];
    ++counted.themes[theme];
    ++counted.type_themes[type][theme];
    ++counted
          .kinds[plan.at("kind").get<std::string>().empty() ? "unknown"
                                                            : plan.at("kind").get<std::string>()];
    ++counted.sizes[plan.at("size_class").get<std::string>().empty()
                        ? "unknown"
                        : plan.at("size_class").get<std::string>()];
    const auto risk_list = plan.at("risks").get<std::vector<std::string>>();
    for (const auto& risk : std::set<std::string>(risk_list.begin(), risk_list.end())) {
      ++counted.risks[risk];
      ++counted.type_risks[type][risk];
    }
    bool all = true;
    for (const auto& code : kThemes) {
      if (code == "anders") continue;
      const auto& scores = plan.at("theme_scores");
      if (!scores.contains(code) || scores.at(code).get<double>() <= 0) all = false;
    }
    if (all) ++counted.all_themes;
    if (plan.at("mentions").is_array()) {
      for (const auto& term : plan.at("mentions")) ++counted.mentions[term.get<std::string>()];
    }
  }
  return counted;
}

void expect_figures_agree(Recount counted, const json& figures) {
  EXPECT_EQ(figures.at("plans").get<int>(), counted.plans);
  EXPECT_EQ(figures.at("pages").get<long>(), counted.pages);
  EXPECT_EQ(figures.at("words").get<long>(), counted.words);
  for (const auto& type : kTypes) {
    EXPECT_EQ(count_in(figures.at("types"), type), counted.types[type]) << type;
    for (const auto& risk : kRisks) {
      EXPECT_EQ(count_in(figures.at("type_risks").at(type), risk), counted.type_risks[type][risk])
          << type << " x " << risk;
    }
    for (const auto& theme : kThemes) {
      EXPECT_EQ(count_in(figures.at("type_themes").at(type), theme),
                counted.type_themes[type][theme])
          << type << " x " << theme;
    }
  }
  for (const auto& theme : kThemes) {
    EXPECT_EQ(count_in(figures.at("leading_themes"), theme), counted.themes[theme]) << theme;
  }
  for (const auto& risk : kRisks) {
    EXPECT_EQ(count_in(figures.at("risks"), risk), counted.risks[risk]) << risk;
  }
  for (const auto& [kind, count] : counted.kinds)
    EXPECT_EQ(count_in(figures.at("kinds"), kind), count);
  for (const auto& [size, count] : counted.sizes) {
    EXPECT_EQ(count_in(figures.at("size_classes"), size), count);
  }
  for (const auto& [term, count] : counted.mentions) {
    EXPECT_EQ(count_in(figures.at("mentions"), term), count) << term;
  }
  EXPECT_EQ(figures.at("all_themes_present").get<int>(), counted.all_themes);
}

const json& claim(const json& report, const std::string& id) {
  for (const auto& one : report.at("claims")) {
    if (one.at("id") == id) return one;
  }
  ADD_FAILURE() << "no claim " << id;
  static const json none;
  return none;
}

std::string verdict(bool holds) {
  return holds ? "holds" : "does not hold";
}

std::string html_escaped(const std::string& text) {
  std::string escaped;
  for (char c : text) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&#39;";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

class RunEndToEnd : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!fs::exists(test_corpus() / "manifest.jsonl")) return;
    run_ = new SharedRun(shared_run());
  }
  static void TearDownTestSuite() {
    delete run_;
    run_ = nullptr;
  }
  void SetUp() override {
    if (run_ == nullptr) GTEST_SKIP() << "no test corpus at " << test_corpus();
  }
  static SharedRun* run_;
};
SharedRun* RunEndToEnd::run_ = nullptr;

TEST_F(RunEndToEnd, BadInputsAreListedAndTheRestIsThere) {
  const Completed& completed = run_->completed;
  EXPECT_EQ(completed.status, 1) << completed.err;
  const json report = json::parse(read_text(run_->out / "report" / "report.json"));
  std::set<std::string> failed;
  for (const auto& failure : report.at("failures")) failed.insert(failure.at("path"));
  for (const auto& bad : {"not-a-pdf.pdf", "empty.pdf", "truncated.pdf"}) {
    const std::string path = (run_->bad / bad).string();
    EXPECT_TRUE(failed.contains(path)) << path;
    EXPECT_NE(completed.err.find("planmine: " + path + ": "), std::string::npos) << completed.err;
  }
  EXPECT_NE(completed.err.find("missing.pdf"), std::string::npos);
  // Each failure is one stderr line of the contract's form, and listed in the page.
  const std::string index = read_text(run_->out / "report" / "index.html");
  for (const auto& path : failed) {
    EXPECT_NE(completed.err.find("planmine: " + path + ": "), std::string::npos) << path;
    EXPECT_NE(index.find(html_escaped(path)), std::string::npos) << path;
  }
  // Every generated plan is in plans.jsonl (the corpus's bad inputs may add readable ones).
  const auto lines = read_jsonl(run_->out / "plans.jsonl");
  std::set<std::string> classified;
  for (const auto& line : lines) {
    const fs::path path = line.at("path").get<std::string>();
    classified.insert(path.parent_path().filename().string() + "/" + path.filename().string() +
                      "@" + line.at("set").get<std::string>());
  }
  std::size_t expected = 0;
  for (const auto& line : read_jsonl(test_corpus() / "manifest.jsonl")) {
    const fs::path file = line.at("file").get<std::string>();
    const std::string set = file.parent_path().filename().string();
    ++expected;
    EXPECT_TRUE(classified.contains(file.string() + "@" + set)) << file;
  }
  const std::size_t failed_count =
      report.at("failures").size() + report.at("validation").at("failures").size();
  std::size_t bad_given = 4;  // three bad files and a missing path of our own
  if (fs::exists(test_corpus() / "bad")) {
    for (const auto& entry : fs::recursive_directory_iterator(test_corpus() / "bad")) {
      if (entry.path().extension() == ".pdf") ++bad_given;
    }
  }
  // The corpus's image-only plan is read by OCR, and plans.jsonl says which pages, how well.
  for (const auto& line : lines) {
    const bool scan = line.at("path").get<std::string>().ends_with("/bad/image-only.pdf");
    EXPECT_EQ(line.at("ocr"), scan) << line.at("path");
    EXPECT_EQ(line.at("ocr_pages").size(), scan ? 2u : 0u) << line.at("path");
    for (const auto& page : line.at("ocr_pages")) EXPECT_GT(page.at("confidence"), 0) << page;
  }
  // Every input is either a plan or a failure, never both or neither.
  EXPECT_EQ(lines.size() + failed_count, expected + bad_given);
  EXPECT_GE(failed_count, 4u);
  // The run ends by printing the report's path.
  EXPECT_NE(completed.out.find((run_->out / "report" / "index.html").string()), std::string::npos);
}

TEST_F(RunEndToEnd, EveryFigureIsRecomputedFromPlansJsonl) {
  const auto lines = read_jsonl(run_->out / "plans.jsonl");
  const json report = json::parse(read_text(run_->out / "report" / "report.json"));
  const std::string index = read_text(run_->out / "report" / "index.html");
  Recount counted = recount(lines, "plans");
  ASSERT_GT(counted.plans, 0);
  expect_figures_agree(counted, report.at("figures"));
  ASSERT_FALSE(report.at("validation").is_null());
  Recount validation = recount(lines, "validation");
  expect_figures_agree(validation, report.at("validation").at("figures"));

  // The claims' figures and verdicts, from the recount.
  const int service = counted.types.at("service");
  const json& share = claim(report, "service-share").at("main");
  EXPECT_EQ(share.at("numerator"), service);
  EXPECT_EQ(share.at("denominator"), counted.plans);
  EXPECT_EQ(share.at("text"), fmt::format("{:.1f}% ({}/{})", 100.0 * service / counted.plans,
                                          service, counted.plans));
  EXPECT_EQ(share.at("verdict"), verdict(service * 100 > 60 * counted.plans));
  const json& versus = claim(report, "control-vs-multi").at("main");
  EXPECT_EQ(versus.at("text"),
            fmt::format("control {} vs multi-project {}", counted.types.at("control"),
                        counted.types.at("multi-project")));
  EXPECT_EQ(versus.at("verdict"),
            verdict(counted.types.at("control") > counted.types.at("multi-project")));
  const auto top_is = [&](const std::string& type, std::set<std::string> expected) {
    int most = 0;
    for (const auto& [risk, count] : counted.type_risks[type]) most = std::max(most, count);
    bool holds = false;
    for (const auto& [risk, count] : counted.type_risks[type]) {
      if (count == most && most > 0 && expected.contains(risk)) holds = true;
    }
    return holds;
  };
  EXPECT_EQ(claim(report, "multi-risk").at("main").at("verdict"),
            verdict(top_is("multi-project", {"capaciteit", "focus"})));
  EXPECT_EQ(claim(report, "control-risk").at("main").at("verdict"),
            verdict(top_is("control", {"draagvlak"})));
  EXPECT_EQ(claim(report, "service-risk").at("main").at("verdict"),
            verdict(top_is("service", {"realisme", "menselijke-factor"})));
  EXPECT_EQ(claim(report, "all-themes").at("main").at("numerator"), counted.all_themes);
  const int gemma = counted.mentions.contains("gemma") ? counted.mentions.at("gemma") : 0;
  EXPECT_EQ(claim(report, "gemma").at("main").at("numerator"), gemma);
  for (const auto& row : report.at("figure6")) {
    const int count = counted.themes[row.at("theme").get<std::string>()];
    EXPECT_EQ(row.at("corpus_plans"), count);
    EXPECT_NEAR(row.at("corpus_percent").get<double>(), 100.0 * count / counted.plans, 1e-9);
    EXPECT_NE(index.find(fmt::format("<td class=\"num\">{:.1f}%</td><td class=\"num\">{}</td>",
                                     100.0 * count / counted.plans, count)),
              std::string::npos)
        << row;
  }
  // Every claim's figures, as report.json has them, stand in the page.
  for (const auto& one : report.at("claims")) {
    EXPECT_NE(index.find(html_escaped(one.at("main").at("text"))), std::string::npos) << one;
    if (!one.at("validation").is_null()) {
      EXPECT_NE(index.find(html_escaped(one.at("validation").at("text"))), std::string::npos)
          << one;
    }
  }
  // The types x risks table shows each count with its share of the type's plans.
  for (const auto& type : kTypes) {
    for (const auto& risk : kRisks) {
      const int count = counted.type_risks[type][risk];
      const int total = counted.types[type];
      const std::string cell = fmt::format("<td class=\"num\">{} <small>({:.0f}%)</small></td>",
                                           count, total == 0 ? 0.0 : 100.0 * count / total);
      EXPECT_NE(index.find(cell), std::string::npos) << type << " x " << risk;
    }
  }
  // One row and one page per plan.
  EXPECT_EQ(report.at("plans").size(), static_cast<std::size_t>(counted.plans));
  for (const auto& plan : report.at("plans")) {
    EXPECT_TRUE(fs::exists(run_->out / "report" / plan.at("page").get<std::string>())) << plan;
  }
}

TEST_F(RunEndToEnd, CsvHasTheClassificationOfPlansJsonl) {
  const auto lines = read_jsonl(run_->out / "plans.jsonl");
  std::istringstream csv(read_text(run_->out / "plans.csv"));
  std::string line;
  std::getline(csv, line);
  EXPECT_EQ(line, "path,type,confidence,leading_theme,risks");
  std::size_t row = 0;
  while (std::getline(csv, line)) {
    ASSERT_LT(row, lines.size());
    const json& plan = lines[row++];
    std::string risks;
    for (const auto& risk : plan.at("risks"))
      risks += (risks.empty() ? "" : ";") + risk.get<std::string>();
    EXPECT_EQ(line,
              fmt::format("{},{},{:.3f},{},{}", plan.at("path").get<std::string>(),
                          plan.at("type").get<std::string>(), plan.at("confidence").get<double>(),
                          plan.at("leading_theme").get<std::string>(), risks));
  }
  EXPECT_EQ(row, lines.size());
}

TEST_F(RunEndToEnd, ReRunReusesWhatIsUnchanged) {
  const fs::path copy = run_->out.parent_path() / fmt::format("rerun-{}", ::getpid());
  fs::remove_all(copy);
  fs::copy(run_->out, copy, fs::copy_options::recursive);
  std::vector<std::string> argv{PLANMINE_BINARY, "run"};
  for (const auto& argument : run_->arguments) argv.push_back(argument);
  argv.push_back("--out");
  argv.push_back(copy.string());
  const Completed again = run_program(argv, copy / "scratch");
  // The same inputs fail again; every other one is taken from the cache and the index.
  EXPECT_EQ(again.status, 1) << again.err;
  EXPECT_NE(again.out.find("(0 read anew)"), std::string::npos) << again.out;
  const auto first = read_jsonl(run_->out / "plans.jsonl");
  const auto second = read_jsonl(copy / "plans.jsonl");
  EXPECT_EQ(first, second);
  fs::remove_all(copy);
}

TEST_F(RunEndToEnd, ReportFromTheDatabaseHasTheRunsFigures) {
  const fs::path out = run_->out.parent_path() / fmt::format("report-{}", ::getpid());
  const Completed completed =
      run_program({PLANMINE_BINARY, "report", "--db", (run_->out / "index").string(), "--out",
                   out.string(), "--validation", (test_corpus() / "validation").string(),
                   "--labels", (test_corpus() / "manifest.jsonl").string()},
                  out.parent_path() / fmt::format("report-scratch-{}", ::getpid()));
  ASSERT_EQ(completed.status, 0) << completed.err;
  EXPECT_NE(completed.out.find((out / "index.html").string()), std::string::npos);
  const json from_db = json::parse(read_text(out / "report.json"));
  const json from_run = json::parse(read_text(run_->out / "report" / "report.json"));
  // Words and the desk-study terms are counted differently from an index (its own queries), so
  // only the coding's figures are compared.
  for (const char* key : {"plans", "types", "leading_themes", "risks", "type_risks", "type_themes",
                          "kinds", "size_classes", "all_themes_present", "ocr_plans"}) {
    EXPECT_EQ(from_db.at("figures").at(key), from_run.at("figures").at(key)) << key;
    EXPECT_EQ(from_db.at("validation").at("figures").at(key),
              from_run.at("validation").at("figures").at(key))
        << key;
  }
  EXPECT_EQ(from_db.at("agreement"), from_run.at("agreement"));
  fs::remove_all(out);
}

TEST(ReportCommand, UnreadableDatabaseIsAUsageError) {
  const fs::path scratch =
      fs::temp_directory_path() / fmt::format("planmine-report-{}", ::getpid());
  const Completed completed =
      run_program({PLANMINE_BINARY, "report", "--db", (scratch / "nothing").string(), "--out",
                   (scratch / "out").string()},
                  scratch);
  EXPECT_EQ(completed.status, 2);
  EXPECT_NE(completed.err.find("planmine: " + (scratch / "nothing").string() + ": "),
            std::string::npos)
      << completed.err;
  fs::remove_all(scratch);
}

}  // namespace
}  // namespace planmine::e2e
