// planmine corpus: Generate a labelled corpus of realistic plan PDFs and its manifest

#include <memory>
#include <string>
#include <vector>

#include "cli_support.hpp"
#include "commands.hpp"

namespace planmine::cli {

void add_corpus_command(CLI::App& root, int& exit_status) {
  // Option storage is shared with the callback so it outlives this function.
  auto* sub = root.add_subcommand("corpus", "Generate a labelled corpus of realistic plan PDFs and its manifest");
  auto out = std::make_shared<std::string>();
  sub->add_option("--out", *out, "Folder to write plans/, validation/ and manifest.jsonl to")->required();
  sub->callback([&exit_status, out] { exit_status = not_implemented("corpus"); });
}

}  // namespace planmine::cli
