// planmine classify: Classify plans: type, leading theme and risks, with evidence

#include <memory>
#include <string>
#include <vector>

#include "cli_support.hpp"
#include "commands.hpp"

namespace planmine::cli {

void add_classify_command(CLI::App& root, int& exit_status) {
  // Option storage is shared with the callback so it outlives this function.
  auto* sub = root.add_subcommand("classify", "Classify plans: type, leading theme and risks, with evidence");
  auto paths = std::make_shared<std::vector<std::string>>();
  sub->add_option("paths", *paths, "PDF files or folders (searched recursively for *.pdf)")->required();
  sub->callback([&exit_status, paths] { exit_status = not_implemented("classify"); });
}

}  // namespace planmine::cli
