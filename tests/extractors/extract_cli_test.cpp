// planmine extract as researchers call it: output formats, --out, and a batch with bad inputs.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "fixture_pdfs.hpp"

extern char** environ;

namespace planmine {
namespace {

namespace fs = std::filesystem;

struct CommandRun {
  int status = -1;
  std::string out;
  std::string err;
};

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

class ExtractCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("planmine-extract-cli-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs build/planmine with `args` (no shell), stdout and stderr captured in files.
  CommandRun planmine(std::vector<std::string> args) {
    args.insert(args.begin(), PLANMINE_BINARY);
    std::vector<char*> argv;
    for (auto& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    const fs::path out = dir_ / "stdout";
    const fs::path err = dir_ / "stderr";
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CommandRun run;
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0) {
      int status = 0;
      waitpid(pid, &status, 0);
      run.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    posix_spawn_file_actions_destroy(&actions);
    run.out = read_all(out);
    run.err = read_all(err);
    return run;
  }

  fs::path make_plan(const std::string& name) {
    const fs::path pdf = dir_ / name;
    fs::create_directories(pdf.parent_path());
    testing::write_pdf(pdf, testing::plan_layout_pages());
    return pdf;
  }

  fs::path dir_;
};

TEST_F(ExtractCli, TextSeparatesPagesWithFormFeeds) {
  const CommandRun run = planmine({"extract", make_plan("plan.pdf").string()});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\f'), 3);
  EXPECT_NE(run.out.find("dienstverleningsconcept"), std::string::npos);
  EXPECT_TRUE(run.err.empty()) << run.err;
}

TEST_F(ExtractCli, JsonlHasPathMetadataAndPages) {
  const fs::path a = make_plan("a.pdf");
  const fs::path b = make_plan("b.pdf");
  const CommandRun run = planmine({"extract", "--format", "jsonl", a.string(), b.string()});
  EXPECT_EQ(run.status, 0) << run.err;
  std::istringstream lines(run.out);
  std::string line;
  std::vector<nlohmann::json> objects;
  while (std::getline(lines, line)) objects.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(objects.size(), 2u);
  EXPECT_EQ(objects[0]["path"], a.string());
  EXPECT_EQ(objects[1]["path"], b.string());
  EXPECT_EQ(objects[0]["metadata"]["page_count"], 3);
  ASSERT_EQ(objects[0]["pages"].size(), 3u);
  EXPECT_NE(objects[0]["pages"][1].get<std::string>().find("Project\tBudget\tStatus"),
            std::string::npos);
}

TEST_F(ExtractCli, BadInputsGetOneLineEachAndTheRestIsExtracted) {
  const fs::path good = make_plan("goed plan \u00E9\u00E9n.pdf");
  std::ofstream(dir_ / "leeg.pdf").flush();
  std::ofstream(dir_ / "geen.pdf") << "geen PDF";
  testing::write_image_only_pdf(dir_ / "scan.pdf");
  fs::create_directories(dir_ / "lege map");
  const CommandRun run =
      planmine({"extract", (dir_ / "leeg.pdf").string(), (dir_ / "geen.pdf").string(),
                (dir_ / "scan.pdf").string(), (dir_ / "weg.pdf").string(),
                (dir_ / "lege map").string(), good.string()});
  EXPECT_EQ(run.status, 1);
  const std::string p = "planmine: " + dir_.string() + "/";
  for (const std::string& expected :
       {p + "leeg.pdf: empty file\n", p + "geen.pdf: not a PDF\n",
        p + "scan.pdf: no text layer: scanned image?", p + "weg.pdf: no such file or directory\n",
        p + "lege map: no PDF files in this directory\n"}) {
    EXPECT_NE(run.err.find(expected), std::string::npos) << "missing " << expected << run.err;
  }
  EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 5) << run.err;
  EXPECT_NE(run.out.find("KCC-medewerkers"), std::string::npos);
}

TEST_F(ExtractCli, OutWritesOneFilePerPlanInsideTheFolder) {
  const fs::path first = make_plan("een/plan.pdf");
  const fs::path second = make_plan("twee/plan.pdf");
  // A path that climbs out and back in: its output still lands in --out.
  const std::string climbing = (dir_ / "een" / ".." / "twee" / "plan.pdf").string();
  const fs::path out = dir_ / "uit";
  const CommandRun run = planmine({"extract", "--out", out.string(), first.string(),
                                   second.string(), climbing, "--format", "jsonl"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_TRUE(run.out.empty());
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(out)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  // twee/plan.pdf named twice (plainly and climbing) is one input.
  EXPECT_EQ(names, (std::vector<std::string>{"plan-2.json", "plan.json"}));
  EXPECT_FALSE(fs::exists(dir_ / "plan.json"));
  const auto json = nlohmann::json::parse(read_all(out / "plan.json"));
  EXPECT_EQ(json["pages"].size(), 3u);
}

TEST_F(ExtractCli, JobsDoNotChangeTheOutput) {
  for (const char* name : {"a.pdf", "b.pdf", "c.pdf", "d.pdf"}) make_plan(name);
  std::ofstream(dir_ / "e.pdf") << "kapot";
  const CommandRun one = planmine({"extract", "--jobs", "1", dir_.string()});
  const CommandRun four = planmine({"extract", "--jobs", "4", dir_.string()});
  EXPECT_EQ(one.status, 1);
  EXPECT_EQ(four.status, 1);
  EXPECT_EQ(one.out, four.out);
  EXPECT_EQ(one.err, four.err);
  EXPECT_EQ(std::count(one.out.begin(), one.out.end(), '\f'), 12);
}

TEST_F(ExtractCli, UsageErrorsExitTwo) {
  EXPECT_EQ(planmine({"extract"}).status, 2);
  EXPECT_EQ(planmine({"extract", "--format", "xml", "a.pdf"}).status, 2);
  EXPECT_EQ(planmine({"extract", "--jobs", "0", "a.pdf"}).status, 2);
  EXPECT_EQ(planmine({"extract", "--file-memory", "veel", "a.pdf"}).status, 2);
  EXPECT_EQ(planmine({"extract", "--help"}).status, 0);
}

}  // namespace
}  // namespace planmine
