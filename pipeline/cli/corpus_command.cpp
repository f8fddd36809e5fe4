// planmine corpus: Generate a labelled corpus of realistic plan PDFs and its manifest

#include <fmt/core.h>

#include <chrono>
#include <cstdint>
#include <exception>
#include <memory>
#include <string>

#include "cli_support.hpp"
#include "commands.hpp"
#include "planmine/corpus/generator.hpp"

namespace planmine::cli {

void add_corpus_command(CLI::App& root, int& exit_status) {
  // Option storage is shared with the callback so it outlives this function.
  auto* sub = root.add_subcommand(
      "corpus", "Generate a labelled corpus of realistic plan PDFs and its manifest");
  auto options = std::make_shared<corpus::CorpusOptions>();
  auto out = std::make_shared<std::string>();
  sub->add_option("--out", *out, "Folder to write plans/, validation/ and manifest.jsonl to")
      ->required();
  sub->add_option("--plans", options->plans, "Number of plans in plans/ (default 150)")
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--validation", options->validation,
                  "Number of held-apart plans in validation/ (default 19)")
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--seed", options->seed,
                  "Random seed; the same seed gives byte-identical output (default 2010)");
  sub->add_flag("--with-bad-inputs", options->with_bad_inputs,
                "Also write bad/: empty, truncated, not-a-PDF, password-protected, image-only, "
                "300-page and oddly named files");
  sub->add_option("--threads", options->threads,
                  "Worker processes writing PDFs (default: one per core)")
      ->check(CLI::NonNegativeNumber);
  sub->callback([&exit_status, options, out] {
    options->out = *out;
    const auto start = std::chrono::steady_clock::now();
    try {
      const auto result = corpus::generate_corpus(*options);
      const double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      fmt::print(stderr, "planmine: wrote {} plans and {}/manifest.jsonl{} in {:.1f} s\n",
                 result.entries.size(), *out,
                 result.bad_inputs.empty()
                     ? ""
                     : fmt::format(" and {} bad inputs", result.bad_inputs.size()),
                 seconds);
      exit_status = kExitOk;
    } catch (const std::exception& e) {
      // The library names the folder itself in most messages; print it once.
      std::string reason = e.what();
      const std::string prefix = *out + ": ";
      if (reason.rfind(prefix, 0) == 0) reason.erase(0, prefix.size());
      print_failure(*out, reason);
      exit_status = kExitSomeFailed;
    }
  });
}

}  // namespace planmine::cli
