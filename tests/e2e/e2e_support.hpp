#pragma once
// End-to-end helpers: run the built planmine as a user would, and share one `planmine run` on
// the test corpus between the tests of this folder (each test is its own process under CTest).

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace planmine::e2e {

namespace fs = std::filesystem;

struct Completed {
  int status = -1;  // exit status, or -1 when killed by a signal
  std::string out;
  std::string err;
};

inline std::string read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Runs `argv` with stdout and stderr sent to files (no shell), waits, and returns both.
inline Completed run_program(const std::vector<std::string>& argv, const fs::path& scratch) {
  fs::create_directories(scratch);
  const fs::path out_file = scratch / "stdout.txt";
  const fs::path err_file = scratch / "stderr.txt";
  const pid_t child = ::fork();
  if (child == 0) {
    const int out = ::open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = ::open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int null = ::open("/dev/null", O_RDONLY);
    ::dup2(out, 1);
    ::dup2(err, 2);
    ::dup2(null, 0);
    std::vector<char*> args;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    ::execv(args[0], args.data());
    ::_exit(127);
  }
  int wait_status = 0;
  ::waitpid(child, &wait_status, 0);
  Completed completed;
  completed.status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : -1;
  completed.out = read_text(out_file);
  completed.err = read_text(err_file);
  return completed;
}

inline std::vector<nlohmann::json> read_jsonl(const fs::path& file) {
  std::vector<nlohmann::json> lines;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) lines.push_back(nlohmann::json::parse(line));
  }
  return lines;
}

// Debian's headless Chromium, for tests that look at a page as a reader's browser builds it.
// Empty when it is not installed (the test then skips).
inline std::string chromium_binary() {
  for (const char* candidate : {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
    if (fs::exists(candidate)) return candidate;
  }
  return {};
}

// Runs Chromium once on a URL with an action (`--dump-dom`, `--screenshot=...`), with its own
// profile under scratch/profile-NAME so runs never share state.
inline Completed chromium(const std::string& binary, const fs::path& scratch,
                          const std::string& name, const std::vector<std::string>& action,
                          const std::string& url) {
  std::vector<std::string> argv{binary,
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--hide-scrollbars",
                                "--user-data-dir=" + (scratch / ("profile-" + name)).string()};
  argv.insert(argv.end(), action.begin(), action.end());
  argv.push_back(url);
  return run_program(argv, scratch / name);
}

// The shared run: `planmine run` on the test corpus's plans plus a few bad inputs, with its
// validation plans and manifest. Made once (under a lock) and again when planmine is rebuilt.
struct SharedRun {
  fs::path out;                        // the run's --out
  fs::path bad;                        // the bad inputs given
  std::vector<std::string> arguments;  // after `planmine run`, without --out
  Completed completed;
};

inline fs::path test_corpus() {
  return PLANMINE_TEST_CORPUS;
}

// The inputs of the shared run: the corpus's plans, bad inputs of our own and the corpus's,
// a path that does not exist; the validation plans and the manifest.
inline std::vector<std::string> shared_run_arguments(const fs::path& root) {
  std::vector<std::string> arguments{(test_corpus() / "plans").string(),
                                     (root / "bad-inputs").string(),
                                     (root / "missing.pdf").string()};
  if (fs::exists(test_corpus() / "bad")) arguments.push_back((test_corpus() / "bad").string());
  for (const std::string& argument :
       {std::string("--validation"), (test_corpus() / "validation").string(),
        std::string("--labels"), (test_corpus() / "manifest.jsonl").string()}) {
    arguments.push_back(argument);
  }
  return arguments;
}

inline SharedRun shared_run() {
  SharedRun run;
  const fs::path root = fs::path(PLANMINE_TEST_CORPUS).parent_path() / "e2e-run";
  run.out = root / "out";
  run.bad = root / "bad-inputs";
  fs::create_directories(root);
  const int lock = ::open((root / ".lock").c_str(), O_RDWR | O_CREAT, 0644);
  ::flock(lock, LOCK_EX);
  const fs::path done = root / "done.json";
  const bool fresh =
      fs::exists(done) && fs::last_write_time(done) > fs::last_write_time(PLANMINE_BINARY) &&
      fs::last_write_time(done) > fs::last_write_time(test_corpus() / "manifest.jsonl");
  if (!fresh) {
    fs::remove_all(run.out);
    fs::remove_all(run.bad);
    fs::create_directories(run.bad);
    std::ofstream(run.bad / "not-a-pdf.pdf") << "This is plain text, not a PDF.\n";
    std::ofstream(run.bad / "empty.pdf");
    std::ofstream(run.bad / "truncated.pdf") << "%PDF-1.4\n1 0 obj\n<< /Type /Catalog";
    std::vector<std::string> argv{PLANMINE_BINARY, "run"};
    for (const auto& arg : shared_run_arguments(root)) argv.push_back(arg);
    argv.push_back("--out");
    argv.push_back(run.out.string());
    const Completed completed = run_program(argv, root / "first");
    std::ofstream(done) << nlohmann::json{
        {"status", completed.status},
        {"out", completed.out},
        {"err", completed.err}}.dump();
  }
  run.arguments = shared_run_arguments(root);
  const auto recorded = nlohmann::json::parse(read_text(done));
  run.completed.status = recorded.at("status");
  run.completed.out = recorded.at("out");
  run.completed.err = recorded.at("err");
  ::flock(lock, LOCK_UN);
  ::close(lock);
  return run;
}

}  // namespace planmine::e2e
