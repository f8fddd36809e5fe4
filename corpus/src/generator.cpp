// The corpus as a whole: labels, text, PDFs written in parallel (each plan from its own random
// stream, so the output does not depend on the thread count), manifest and bad inputs.

#include "planmine/corpus/generator.hpp"

#include <fmt/core.h>
#include <pango/pangocairo.h>
#include <spawn.h>
#include <sys/wait.h>

#include <atomic>
#include <exception>
#include <fstream>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "compose.hpp"
#include "grammar.hpp"
#include "random.hpp"
#include "render_pdf.hpp"

extern char** environ;

namespace planmine::corpus {
namespace {

namespace fs = std::filesystem;

// A creation date inside the plan's year, drawn from the plan's seed: the same seed gives the
// same bytes.
std::string creation_date(const PlanSpec& spec) {
  Random random(spec.seed ^ 0xC0FFEEULL);
  return fmt::format("{}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}", spec.labels.year,
                     random.between(1, 12), random.between(1, 28), random.between(8, 17),
                     random.between(0, 59), random.between(0, 59));
}

int write_plan(const PlanSpec& spec, const fs::path& path) {
  RenderOptions options;
  options.creation_date = creation_date(spec);
  return render_pdf(compose_plan(spec), path, options);
}

void write_bytes(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out) throw std::runtime_error(path.string() + ": cannot write");
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Runs a program without a shell; returns its exit status (or -1 when it could not start).
int run_program(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid;
  if (posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ) != 0) return -1;
  int status = 0;
  if (waitpid(pid, &status, 0) < 0) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::vector<fs::path> write_bad_inputs(const CorpusOptions& options) {
  const fs::path bad = options.out / "bad";
  fs::create_directories(bad);
  // Plans for the fixtures come from their own stream: the manifest does not change with them.
  CorpusOptions spare = options;
  spare.plans = 4;
  spare.validation = 0;
  spare.seed = options.seed ^ 0xBADBADULL;
  auto specs = draw_corpus(spare);
  std::vector<fs::path> written;

  const fs::path empty = bad / "empty.pdf";
  write_bytes(empty, "");
  written.push_back(empty);

  const fs::path whole = bad / "plan met spatie – Súdwest.pdf";
  write_plan(specs[0], whole);
  written.push_back(whole);

  const fs::path truncated = bad / "truncated.pdf";
  const std::string bytes = read_bytes(whole);
  write_bytes(truncated, bytes.substr(0, bytes.size() * 2 / 5));
  written.push_back(truncated);

  const fs::path not_pdf = bad / "not-a-pdf.pdf";
  write_bytes(not_pdf,
              "Realisatieplan e-overheid\n\nDit bestand is een tekstbestand met de extensie .pdf;\n"
              "het is per ongeluk zo opgeslagen.\n");
  written.push_back(not_pdf);

  const fs::path encrypted = bad / "password-protected.pdf";
  const fs::path plain = bad / ".encrypt-source.pdf";
  write_plan(specs[1], plain);
  const int status = run_program(
      {"qpdf", "--encrypt", "geheim", "eigenaar", "256", "--", plain.string(), encrypted.string()});
  fs::remove(plain);
  if (status != 0) throw std::runtime_error("qpdf --encrypt failed (is Debian's qpdf installed?)");
  written.push_back(encrypted);

  const fs::path image = bad / "image-only.pdf";
  RenderOptions image_options;
  image_options.creation_date = creation_date(specs[2]);
  image_options.image_only = true;
  render_pdf(compose_plan(specs[2]), image, image_options);
  written.push_back(image);

  const fs::path long_plan = bad / "long-300-pages.pdf";
  RenderOptions long_options;
  long_options.creation_date = creation_date(specs[3]);
  render_pdf(compose_long_plan(specs[3], 300), long_plan, long_options);
  written.push_back(long_plan);
  return written;
}

}  // namespace

const std::vector<std::string>& label_words() {
  static const std::vector<std::string> words = {"multi-projectplan", "multi-projectenplan",
                                                 "multiprojectplan", "beheersingsplan",
                                                 "dienstverleningsplan"};
  return words;
}

std::string plan_text(const PlanSpec& spec) {
  return document_text(compose_plan(spec));
}

CorpusResult generate_corpus(const CorpusOptions& options) {
  if (options.plans < 0 || options.validation < 0)
    throw std::invalid_argument("the number of plans cannot be negative");
  std::error_code error;
  fs::create_directories(options.out / "plans", error);
  if (!error) fs::create_directories(options.out / "validation", error);
  if (error) throw std::runtime_error(options.out.string() + ": " + error.message());

  auto specs = draw_corpus(options);
  // Fontconfig and pango's font map are set up once before threads start.
  pango_cairo_font_map_get_default();
  dutch_phrasebook();

  std::vector<ManifestEntry> entries(specs.size());
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto worker = [&] {
    for (;;) {
      const std::size_t i = next.fetch_add(1);
      if (i >= specs.size()) return;
      try {
        entries[i] = specs[i].labels;
        entries[i].pages = write_plan(specs[i], options.out / specs[i].labels.file);
      } catch (...) {
        std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
      }
    }
  };
  unsigned threads = options.threads > 0 ? static_cast<unsigned>(options.threads)
                                         : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);

  write_manifest(options.out / "manifest.jsonl", entries);
  CorpusResult result;
  result.entries = std::move(entries);
  if (options.with_bad_inputs) result.bad_inputs = write_bad_inputs(options);
  return result;
}

}  // namespace planmine::corpus
