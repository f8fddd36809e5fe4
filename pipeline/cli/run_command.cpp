// planmine run: Extract, classify, index and report in one go

#include <memory>
#include <string>
#include <vector>

#include "cli_support.hpp"
#include "commands.hpp"

namespace planmine::cli {

void add_run_command(CLI::App& root, int& exit_status) {
  // Option storage is shared with the callback so it outlives this function.
  auto* sub = root.add_subcommand("run", "Extract, classify, index and report in one go");
  auto paths = std::make_shared<std::vector<std::string>>();
  sub->add_option("paths", *paths, "PDF files or folders; none: generate the built-in corpus");
  sub->callback([&exit_status, paths] { exit_status = not_implemented("run"); });
}

}  // namespace planmine::cli
