// planmine index: Add or update plans in a Xapian database

#include <memory>
#include <string>
#include <vector>

#include "cli_support.hpp"
#include "commands.hpp"

namespace planmine::cli {

void add_index_command(CLI::App& root, int& exit_status) {
  // Option storage is shared with the callback so it outlives this function.
  auto* sub = root.add_subcommand("index", "Add or update plans in a Xapian database");
  auto paths = std::make_shared<std::vector<std::string>>();
  sub->add_option("paths", *paths, "PDF files or folders (searched recursively for *.pdf)")->required();
  sub->callback([&exit_status, paths] { exit_status = not_implemented("index"); });
}

}  // namespace planmine::cli
