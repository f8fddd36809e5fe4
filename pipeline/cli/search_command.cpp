// planmine search: Search the plans by words, theme and risk

#include <memory>
#include <string>
#include <vector>

#include "cli_support.hpp"
#include "commands.hpp"

namespace planmine::cli {

void add_search_command(CLI::App& root, int& exit_status) {
  // Option storage is shared with the callback so it outlives this function.
  auto* sub = root.add_subcommand("search", "Search the plans by words, theme and risk");
  auto query = std::make_shared<std::vector<std::string>>();
  sub->add_option("query", *query, "Query in Xapian syntax (several words are joined by spaces)");
  sub->callback([&exit_status, query] { exit_status = not_implemented("search"); });
}

}  // namespace planmine::cli
