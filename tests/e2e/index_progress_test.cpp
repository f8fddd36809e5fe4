// planmine index shows a progress line when stderr is a terminal, and only its summary when not.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>
#include <vector>

#include "e2e_support.hpp"

namespace planmine::e2e {
namespace {

std::vector<std::string> index_arguments(const fs::path& database) {
  const fs::path samples = fs::path(PLANMINE_SHARED_DIR) / "sample-plans";
  return {PLANMINE_BINARY,
          "index",
          (samples / "plan-e01.pdf").string(),
          (samples / "plan-f01.pdf").string(),
          (samples / "plan-f02.pdf").string(),
          "--db",
          database.string()};
}

// Runs `argv` with stderr on a pseudo-terminal (stdout to /dev/null) and returns what the
// terminal received.
std::string stderr_on_a_terminal(const std::vector<std::string>& argv) {
  const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
  if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0) return "no pty";
  // Opened before the fork: a master read before any process opened the terminal gives EIO.
  const int slave = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
  if (slave < 0) return "no pty";
  const pid_t child = ::fork();
  if (child == 0) {
    const int null = ::open("/dev/null", O_RDWR);
    ::dup2(null, 0);
    ::dup2(null, 1);
    ::dup2(slave, 2);
    ::close(master);
    std::vector<char*> args;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    ::execv(args[0], args.data());
    ::_exit(127);
  }
  ::close(slave);
  std::string received;
  char buffer[4096];
  for (;;) {
    const ssize_t got = ::read(master, buffer, sizeof buffer);
    if (got > 0) {
      received.append(buffer, static_cast<std::size_t>(got));
    } else if (got < 0 && errno == EINTR) {
      continue;
    } else {
      break;  // EIO once the child and its helpers closed the terminal
    }
  }
  ::waitpid(child, nullptr, 0);
  ::close(master);
  return received;
}

TEST(IndexProgress, OnATerminalALineCountsTheFiles) {
  const fs::path scratch =
      fs::temp_directory_path() / ("planmine-progress-" + std::to_string(::getpid()));
  fs::remove_all(scratch);
  fs::create_directories(scratch);
  const std::string shown = stderr_on_a_terminal(index_arguments(scratch / "db"));
  fs::remove_all(scratch);
  EXPECT_NE(shown.find("\rindex"), std::string::npos) << shown;
  EXPECT_NE(shown.find("3/3"), std::string::npos) << shown;
  EXPECT_NE(shown.find("3 indexed"), std::string::npos) << shown;
}

TEST(IndexProgress, ElsewhereOnlyTheSummary) {
  const fs::path scratch =
      fs::temp_directory_path() / ("planmine-no-progress-" + std::to_string(::getpid()));
  fs::remove_all(scratch);
  const Completed completed = run_program(index_arguments(scratch / "db"), scratch / "output");
  fs::remove_all(scratch);
  EXPECT_EQ(completed.status, 0) << completed.err;
  EXPECT_EQ(completed.err, "planmine index: 3 indexed, 0 unchanged, 0 removed (3 in " +
                               (scratch / "db").string() + ")\n");
}

}  // namespace
}  // namespace planmine::e2e
