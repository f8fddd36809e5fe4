// Progress of planmine run: log lines off a terminal, one redrawn line on it.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "planmine/pipeline/progress.hpp"

namespace planmine {
namespace {

std::string contents(std::FILE* file) {
  std::fflush(file);
  std::rewind(file);
  std::string text;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;) text.append(buffer, n);
  return text;
}

TEST(Progress, DurationsReadAsMinutesAndSeconds) {
  EXPECT_EQ(Progress::format_duration(std::chrono::seconds(42)), "42s");
  EXPECT_EQ(Progress::format_duration(std::chrono::seconds(65)), "1m05s");
  EXPECT_EQ(Progress::format_duration(std::chrono::seconds(3720)), "1h02m");
}

TEST(Progress, PlainLogLinesOffATerminal) {
  std::FILE* out = std::tmpfile();
  ASSERT_NE(out, nullptr);
  Progress progress(out, false);
  progress.start_stage("extract", 20);
  for (int i = 0; i < 20; ++i) progress.advance("plan.pdf");
  progress.finish_stage();
  const std::string text = contents(out);
  std::fclose(out);
  EXPECT_NE(text.find("planmine: extract: 20 files"), std::string::npos) << text;
  EXPECT_NE(text.find("planmine: extract: 10/20 done"), std::string::npos) << text;
  EXPECT_NE(text.find("planmine: extract: 20/20 done in"), std::string::npos) << text;
  // No carriage returns or escape sequences in a log.
  EXPECT_EQ(text.find('\r'), std::string::npos);
  EXPECT_EQ(text.find('\x1b'), std::string::npos);
  // About one line per tenth, not one per file.
  EXPECT_LE(std::count(text.begin(), text.end(), '\n'), 12);
}

TEST(Progress, OneRedrawnLineOnATerminal) {
  std::FILE* out = std::tmpfile();
  ASSERT_NE(out, nullptr);
  Progress progress(out, true);
  progress.start_stage("classify", 4);
  progress.advance("a.pdf");
  progress.advance("b.pdf");
  const std::string line = progress.status_line("b.pdf");
  EXPECT_NE(line.find("classify"), std::string::npos) << line;
  EXPECT_NE(line.find("[############............]"), std::string::npos) << line;
  EXPECT_NE(line.find("2/4"), std::string::npos) << line;
  EXPECT_NE(line.find("eta"), std::string::npos) << line;
  progress.advance("c.pdf");
  progress.advance("d.pdf");
  progress.finish_stage();
  const std::string text = contents(out);
  std::fclose(out);
  EXPECT_NE(text.find('\r'), std::string::npos);
  EXPECT_NE(text.find("4/4"), std::string::npos);
  // The finished stage leaves exactly one line behind.
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 1);
}

}  // namespace
}  // namespace planmine
