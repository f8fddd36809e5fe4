// planmine report: Write the desk-study report (HTML + JSON) from a database

#include <memory>
#include <string>
#include <vector>

#include "cli_support.hpp"
#include "commands.hpp"

namespace planmine::cli {

void add_report_command(CLI::App& root, int& exit_status) {
  // Option storage is shared with the callback so it outlives this function.
  auto* sub = root.add_subcommand("report", "Write the desk-study report (HTML + JSON) from a database");
  auto out = std::make_shared<std::string>();
  sub->add_option("--out", *out, "Folder to write index.html and report.json to")->required();
  sub->callback([&exit_status, out] { exit_status = not_implemented("report"); });
}

}  // namespace planmine::cli
