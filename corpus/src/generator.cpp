// The corpus as a whole: labels, text, PDFs written in parallel (each plan from its own random
// stream, so the output does not depend on the thread count), manifest and bad inputs.

#include "planmine/corpus/generator.hpp"

#include <fmt/core.h>
#include <pango/pangocairo.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
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

constexpr int kMaxPages = 20;

int write_plan(const PlanSpec& spec, const fs::path& path) {
  RenderOptions options;
  options.creation_date = creation_date(spec);
  PlanDocument document = compose_plan(spec);
  int pages = render_pdf(document, path, options);
  // Plans stay within 20 pages: a long one is set tighter, as a writer would before printing.
  for (int attempt = 0; pages > kMaxPages && attempt < 4; ++attempt) {
    auto& style = document.style;
    style.chapter_new_page = false;
    style.line_spacing = std::max(1.0, style.line_spacing - 0.08);
    style.body_size = std::max(9.0, style.body_size - 0.5);
    style.margin = std::max(50.0, style.margin - 6);
    pages = render_pdf(document, path, options);
  }
  return pages;
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
  // AES-128 with qpdf's static ID and IV: a user password is required to open it, and the bytes
  // are the same on every run (AES-256 would draw a random file key).
  const int status =
      run_program({"qpdf", "--static-id", "--static-aes-iv", "--encrypt", "geheim", "eigenaar",
                   "128", "--use-aes=y", "--", plain.string(), encrypted.string()});
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
  // Project chapters repeat until the plan passes 300 pages (pages per round vary by type).
  int rounds = 120;
  for (int attempt = 0; attempt < 4; ++attempt) {
    const int pages = render_pdf(compose_long_plan(specs[3], rounds), long_plan, long_options);
    if (pages >= 300) break;
    rounds = rounds * 310 / std::max(pages, 1) + 1;
  }
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
  dutch_phrasebook();

  // Worker processes, not threads: cairo 1.16's font subsetting is not safe when threads share
  // FreeType faces. Each worker writes its share of plans and reports "index pages" lines (or
  // "index -1 reason") through a pipe. Every plan has its own seed, so output does not depend
  // on the number of workers.
  const unsigned workers = std::max(
      1u,
      std::min<unsigned>(options.threads > 0 ? static_cast<unsigned>(options.threads)
                                             : std::max(1u, std::thread::hardware_concurrency()),
                         static_cast<unsigned>(std::max<std::size_t>(specs.size(), 1))));
  std::vector<ManifestEntry> entries(specs.size());
  for (std::size_t i = 0; i < specs.size(); ++i) entries[i] = specs[i].labels;
  std::vector<int> pages(specs.size(), 0);
  std::string problems;
  if (workers == 1) {
    for (std::size_t i = 0; i < specs.size(); ++i)
      pages[i] = write_plan(specs[i], options.out / specs[i].labels.file);
  } else {
    std::vector<std::pair<pid_t, int>> children;
    for (unsigned w = 0; w < workers; ++w) {
      int fds[2];
      if (pipe(fds) != 0) throw std::runtime_error("cannot create a pipe for the PDF workers");
      const pid_t pid = fork();
      if (pid < 0) throw std::runtime_error("cannot start a PDF worker process");
      if (pid == 0) {
        close(fds[0]);
        std::string report;
        for (std::size_t i = w; i < specs.size(); i += workers) {
          try {
            report +=
                fmt::format("{} {}\n", i, write_plan(specs[i], options.out / specs[i].labels.file));
          } catch (const std::exception& e) {
            report += fmt::format("{} -1 {}\n", i, e.what());
          }
        }
        std::size_t done = 0;
        while (done < report.size()) {
          const ssize_t n = write(fds[1], report.data() + done, report.size() - done);
          if (n <= 0) break;
          done += static_cast<std::size_t>(n);
        }
        close(fds[1]);
        _exit(0);
      }
      close(fds[1]);
      children.emplace_back(pid, fds[0]);
    }
    for (auto [pid, fd] : children) {
      std::string report;
      char buffer[4096];
      ssize_t n;
      while ((n = read(fd, buffer, sizeof buffer)) > 0)
        report.append(buffer, static_cast<std::size_t>(n));
      close(fd);
      int status = 0;
      waitpid(pid, &status, 0);
      if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) problems += "a PDF worker process died; ";
      std::size_t pos = 0;
      while (pos < report.size()) {
        const std::size_t end = report.find('\n', pos);
        const std::string line = report.substr(pos, end - pos);
        pos = end == std::string::npos ? report.size() : end + 1;
        const std::size_t space = line.find(' ');
        const std::size_t index = std::stoul(line.substr(0, space));
        const int count = std::stoi(line.substr(space + 1));
        if (count < 0 || index >= pages.size())
          problems +=
              specs[index].labels.file + ": " + line.substr(line.find(' ', space + 1) + 1) + "; ";
        else
          pages[index] = count;
      }
    }
  }
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (pages[i] <= 0 && problems.empty()) problems += specs[i].labels.file + ": not written; ";
    entries[i].pages = pages[i];
  }
  if (!problems.empty()) throw std::runtime_error(problems.substr(0, problems.size() - 2));

  write_manifest(options.out / "manifest.jsonl", entries);
  CorpusResult result;
  result.entries = std::move(entries);
  if (options.with_bad_inputs) result.bad_inputs = write_bad_inputs(options);
  return result;
}

}  // namespace planmine::corpus
