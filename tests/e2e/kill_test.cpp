// Crash safety: `planmine index` and `planmine run` killed with SIGKILL at random moments.
// After each kill the database opens, passes xapian-check and holds whole plans only; a final
// run ends with exactly the expected plans. A killed run never leaves a half-written plans.csv.

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "e2e_support.hpp"
#include "planmine/index/plan_index.hpp"

namespace planmine::e2e {
namespace {

class KillScratch {
 public:
  KillScratch() {
    char pattern[] = "/tmp/planmine-kill-XXXXXX";
    path_ = ::mkdtemp(pattern);
  }
  ~KillScratch() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::vector<fs::path> corpus_pdfs() {
  std::set<fs::path> sorted;
  if (fs::exists(test_corpus() / "plans")) {
    for (const auto& entry : fs::directory_iterator(test_corpus() / "plans")) {
      if (entry.path().extension() == ".pdf") sorted.insert(entry.path());
    }
  }
  return {sorted.begin(), sorted.end()};
}

// Starts `argv` with its output thrown away (no shell).
pid_t start_quietly(const std::vector<std::string>& argv) {
  const pid_t child = ::fork();
  if (child == 0) {
    const int null = ::open("/dev/null", O_RDWR);
    ::dup2(null, 0);
    ::dup2(null, 1);
    ::dup2(null, 2);
    std::vector<char*> args;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    ::execv(args[0], args.data());
    ::_exit(127);
  }
  return child;
}

// Waits up to `delay`; SIGKILLs the child if it is still running. True when it was killed.
bool kill_after(pid_t child, std::chrono::milliseconds delay) {
  const auto deadline = std::chrono::steady_clock::now() + delay;
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    if (::waitpid(child, &status, WNOHANG) == child) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ::kill(child, SIGKILL);
  ::waitpid(child, &status, 0);
  return WIFSIGNALED(status);
}

int exit_status_of(const std::vector<std::string>& argv) {
  int status = 0;
  ::waitpid(start_quietly(argv), &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Runs a command to its end and returns how long it took, so kill delays can be drawn from
// within a run's duration on this machine (a fixed range kills nothing on a fast machine).
std::chrono::milliseconds duration_of(const std::vector<std::string>& argv, int& exit_status) {
  const auto start = std::chrono::steady_clock::now();
  exit_status = exit_status_of(argv);
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               start);
}

std::set<std::string> indexed_paths(const fs::path& db) {
  std::set<std::string> paths;
  for (const index::PlanRecord& plan : index::list_plans(Xapian::Database(db.string()))) {
    paths.insert(plan.path);
  }
  return paths;
}

TEST(KillIndex, TwentySigkillsLeaveACheckedDatabaseAndTheReRunHasExactlyThePlans) {
  const std::vector<fs::path> pdfs = corpus_pdfs();
  ASSERT_GE(pdfs.size(), 12u) << "no test corpus at " << test_corpus();
  KillScratch scratch;
  const fs::path inputs = scratch.path() / "in";
  const fs::path db = scratch.path() / "db";
  fs::create_directories(inputs);
  std::size_t next_pdf = 0;
  // Copies the next `count` corpus plans into the inputs under new names.
  const auto add_plans = [&](std::size_t count) {
    for (std::size_t i = 0; i < count; ++i, ++next_pdf) {
      const fs::path& source = pdfs[next_pdf % pdfs.size()];
      const fs::path target =
          inputs / fmt::format("{:03}-{}", next_pdf, source.filename().string());
      fs::copy_file(source, target);
    }
  };
  // How long indexing a batch of new plans takes here: every round adds such a batch and is
  // killed at a random point within that time.
  constexpr std::size_t kBatch = 8;
  add_plans(kBatch);
  int first_status = 0;
  const auto batch_time = duration_of(
      {PLANMINE_BINARY, "index", inputs.string(), "--db", db.string(), "--quiet"}, first_status);
  ASSERT_EQ(first_status, 0);
  std::size_t previous_count = indexed_paths(db).size();

  std::mt19937 random(20091208);
  std::uniform_int_distribution<int> delay_ms(
      20, std::max(40, static_cast<int>(batch_time.count() * 9 / 10)));
  std::size_t kills = 0;
  for (int round = 0; kills < 20 && round < 60; ++round) {
    add_plans(kBatch);
    const int delay = delay_ms(random);
    const pid_t child = start_quietly({PLANMINE_BINARY, "index", inputs.string(), "--db",
                                       db.string(), "--checkpoint-every", "1", "--quiet"});
    kills += kill_after(child, std::chrono::milliseconds(delay)) ? 1 : 0;
    if (!fs::exists(db / "iamglass") && !fs::exists(db / "iamchert")) continue;  // not created
    SCOPED_TRACE(fmt::format("round {}, killed after {} ms", round, delay));
    EXPECT_EQ(exit_status_of({"/usr/bin/xapian-check", db.string()}), 0);
    std::set<std::string> paths;
    ASSERT_NO_THROW(paths = indexed_paths(db));
    EXPECT_GE(paths.size(), previous_count) << "a checkpointed plan was lost";
    previous_count = paths.size();
    const Xapian::Database database(db.string());
    for (const index::PlanRecord& plan : index::list_plans(database)) {
      EXPECT_TRUE(fs::exists(plan.path)) << plan.path;
      // A plan is there with its passages or not at all.
      EXPECT_GT(database.get_termfreq("XPLAN" + plan.plan_id), 1u) << plan.path;
    }
  }
  EXPECT_EQ(kills, 20u);

  ASSERT_EQ(exit_status_of({PLANMINE_BINARY, "index", inputs.string(), "--db", db.string()}), 0);
  EXPECT_EQ(exit_status_of({"/usr/bin/xapian-check", db.string()}), 0);
  std::set<std::string> expected;
  for (const auto& entry : fs::directory_iterator(inputs)) {
    expected.insert(fs::absolute(entry.path()).lexically_normal().string());
  }
  EXPECT_EQ(indexed_paths(db), expected);
}

TEST(KillIndex, AKilledIndexLeavesNoWorkerHoldingTheDatabase) {
  // A PDF that keeps its worker busy until the file timeout: when `index` is killed meanwhile,
  // the worker must die with it, or it would keep the write lock it inherited and the next run
  // would find the database "in use by another writer".
  const std::vector<fs::path> pdfs = corpus_pdfs();
  ASSERT_FALSE(pdfs.empty()) << "no test corpus at " << test_corpus();
  KillScratch scratch;
  const fs::path db = scratch.path() / "db";
  const fs::path spin =
      fs::path(PLANMINE_SOURCE_DIR) / "tests" / "fixtures" / "hostile" / "nested-forms-spin.pdf";
  const pid_t child = start_quietly({PLANMINE_BINARY, "index", spin.string(), "--db", db.string(),
                                     "--file-timeout", "600", "--quiet"});
  // Killed once the database exists and the worker has had time to start on the file.
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!fs::exists(db / "iamglass") && std::chrono::steady_clock::now() < give_up) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_TRUE(fs::exists(db / "iamglass"));
  EXPECT_TRUE(kill_after(child, std::chrono::seconds(2)));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // the kernel's death signal
  EXPECT_EQ(exit_status_of(
                {PLANMINE_BINARY, "index", pdfs.front().string(), "--db", db.string(), "--quiet"}),
            0);
  EXPECT_EQ(indexed_paths(db).size(), 1u);
}

TEST(KillRun, AKilledRunNeverLeavesAHalfWrittenPlansCsv) {
  const std::vector<fs::path> pdfs = corpus_pdfs();
  ASSERT_GE(pdfs.size(), 6u) << "no test corpus at " << test_corpus();
  KillScratch scratch;
  const fs::path inputs = scratch.path() / "in";
  const fs::path out = scratch.path() / "out";
  fs::create_directories(inputs);
  for (std::size_t i = 0; i < 6; ++i) fs::copy_file(pdfs[i], inputs / pdfs[i].filename());
  const std::vector<std::string> run{PLANMINE_BINARY, "run", inputs.string(), "--out", out.string(),
                                     "--jobs",        "2"};

  // The reference: a whole run in a folder of its own; its duration bounds the kill delays.
  const fs::path reference_out = scratch.path() / "reference";
  int reference_status = 0;
  const auto run_time = duration_of(
      {PLANMINE_BINARY, "run", inputs.string(), "--out", reference_out.string(), "--jobs", "2"},
      reference_status);
  ASSERT_EQ(reference_status, 0);
  const std::string reference_csv = read_text(reference_out / "plans.csv");
  ASSERT_FALSE(reference_csv.empty());

  std::mt19937 random(20100315);
  std::uniform_int_distribution<int> delay_ms(
      20, std::max(40, static_cast<int>(run_time.count() * 95 / 100)));
  std::size_t kills = 0;
  for (int round = 0; kills < 8 && round < 30; ++round) {
    // Every round starts from nothing, so the kill can land while plans.csv is first written.
    fs::remove_all(out);
    const int delay = delay_ms(random);
    kills += kill_after(start_quietly(run), std::chrono::milliseconds(delay)) ? 1 : 0;
    SCOPED_TRACE(fmt::format("round {}, killed after {} ms", round, delay));
    for (const char* name : {"plans.csv", "plans.jsonl"}) {
      if (!fs::exists(out / name)) continue;
      const std::string written = read_text(out / name);
      EXPECT_EQ(written, read_text(reference_out / name)) << name << " is half-written";
    }
    // The report names its folder and time, so it is only checked for being whole.
    if (fs::exists(out / "report" / "index.html")) {
      EXPECT_TRUE(read_text(out / "report" / "index.html").ends_with("</html>\n"));
    }
  }
  EXPECT_EQ(kills, 8u);
}

}  // namespace
}  // namespace planmine::e2e
