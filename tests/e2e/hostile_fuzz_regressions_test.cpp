// Replays the inputs kept in fuzz/regressions/<target>/ (crashes the fuzzers found, and edge
// cases written by hand) through the same functions the libFuzzer targets call. A body aborts
// the test process on a broken invariant, as it would abort the fuzzer.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include "../../fuzz/fuzz_bodies.hpp"

namespace planmine::fuzz {
namespace {

namespace fs = std::filesystem;

std::string bytes_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Replays every kept input of `target`; returns how many there were.
std::size_t replay(const std::string& target, const std::function<void(std::string_view)>& body) {
  const fs::path directory = fs::path(PLANMINE_SOURCE_DIR) / "fuzz" / "regressions" / target;
  std::size_t count = 0;
  if (!fs::exists(directory)) return count;
  for (const auto& entry : fs::directory_iterator(directory)) {
    SCOPED_TRACE(entry.path().string());
    body(bytes_of(entry.path()));
    ++count;
  }
  return count;
}

TEST(FuzzRegressions, Cleaning) {
  EXPECT_GT(replay("cleaning", fuzz_cleaning), 0u);
}

TEST(FuzzRegressions, Tokenizer) {
  EXPECT_GT(replay("tokenizer", fuzz_tokenizer), 0u);
}

TEST(FuzzRegressions, Codebook) {
  EXPECT_GT(replay("codebook", fuzz_codebook), 0u);
  // The real codebook parses (the body's catch would hide a CodebookError).
  EXPECT_NO_THROW(parse_codebook(bytes_of(default_codebook_path()), "codebook.json"));
}

TEST(FuzzRegressions, Sections) {
  EXPECT_GT(replay("sections", fuzz_sections), 0u);
}

TEST(FuzzRegressions, Query) {
  EXPECT_GT(replay("query", fuzz_query), 0u);
}

}  // namespace
}  // namespace planmine::fuzz
