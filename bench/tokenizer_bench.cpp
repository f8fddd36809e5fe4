// Speed of the Dutch tokenizer: word list loading, folding, compound splitting, and whole
// texts (the desk study, or any UTF-8 file given in PLANMINE_BENCH_TEXT, e.g. pdftotext output).
//
//   cmake -S . -B build-bench -DPLANMINE_BUILD_BENCH=ON
//   cmake --build build-bench --target tokenizer_bench && build-bench/bench/tokenizer_bench

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "planmine/pipeline/tokenizer.hpp"

namespace {

const std::filesystem::path kWordList =
    std::filesystem::path(PLANMINE_SOURCE_DIR) / "codebook" / "compound-words.txt";

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The text to tokenize: $PLANMINE_BENCH_TEXT, else the desk study in shared/seed/.
std::string bench_text() {
  if (const char* path = std::getenv("PLANMINE_BENCH_TEXT")) return read_file(path);
  for (const auto& entry :
       std::filesystem::directory_iterator(std::filesystem::path(PLANMINE_SHARED_DIR) / "seed")) {
    if (entry.path().extension() == ".txt") return read_file(entry.path());
  }
  return {};
}

void BM_LoadWordList(benchmark::State& state) {
  for (auto _ : state) {
    planmine::Tokenizer tokenizer(kWordList);
    benchmark::DoNotOptimize(tokenizer);
  }
}
BENCHMARK(BM_LoadWordList)->Unit(benchmark::kMillisecond);

// Each iteration uses a fresh tokenizer's cold compound cache only on the first pass; later
// passes show the steady state of a long run (words repeat across plans).
void BM_TokenizeText(benchmark::State& state) {
  const planmine::Tokenizer& tokenizer = planmine::Tokenizer::standard();
  const std::string text = bench_text();
  if (text.empty()) {
    state.SkipWithError("no text: set PLANMINE_BENCH_TEXT");
    return;
  }
  std::size_t tokens = 0;
  for (auto _ : state) {
    auto result = tokenizer.tokenize(text);
    tokens += result.size();
    benchmark::DoNotOptimize(result);
  }
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_TokenizeText)->Unit(benchmark::kMillisecond);

// A cold cache every iteration: a new tokenizer per pass (its load is not timed).
void BM_TokenizeTextColdCache(benchmark::State& state) {
  const std::string text = bench_text();
  std::size_t tokens = 0;
  for (auto _ : state) {
    state.PauseTiming();
    planmine::Tokenizer tokenizer(kWordList);
    state.ResumeTiming();
    auto result = tokenizer.tokenize(text);
    tokens += result.size();
    benchmark::DoNotOptimize(result);
  }
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TokenizeTextColdCache)->Unit(benchmark::kMillisecond)->Iterations(10);

void BM_Fold(benchmark::State& state) {
  const std::vector<std::string> words = {"Financiële", "coördinator", "Dienstverlening", "KCC"};
  for (auto _ : state) {
    for (const std::string& word : words) benchmark::DoNotOptimize(planmine::Tokenizer::fold(word));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(words.size()));
}
BENCHMARK(BM_Fold);

void BM_StemmerForXapian(benchmark::State& state) {
  Xapian::Stem stem = planmine::Tokenizer::stemmer();
  const std::vector<std::string> words = {"Financiële", "registraties", "gemeenten", "risico's"};
  for (auto _ : state) {
    for (const std::string& word : words) benchmark::DoNotOptimize(stem(word));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(words.size()));
}
BENCHMARK(BM_StemmerForXapian);

}  // namespace

BENCHMARK_MAIN();
