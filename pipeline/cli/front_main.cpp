// planmine, the command researchers run. `planmine search` runs here; every other subcommand
// is handed to planmine-full (main.cpp, beside this executable) by exec, same process id.
//
// Why two executables: planmine-full links poppler, Tesseract, cairo/pango and an HTTP server,
// about 100 shared libraries whose loading and relocation cost ~20 ms of CPU per process before
// main(). A search is a few milliseconds of work and is run once per query by scripts, so this
// front end links only what search needs (Xapian, ICU, fmt); for the long-running subcommands
// the extra exec is noise.

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

#include "allocator.hpp"
#include "cli_support.hpp"
#include "commands.hpp"

namespace {

std::filesystem::path full_executable() {
  std::error_code error;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
  return (error ? std::filesystem::path("planmine") : self).parent_path() / "planmine-full";
}

int search_here(int argc, char** argv) {
  CLI::App app{"planmine: text mining of Dutch municipal e-government plans (EGEM-i, NUP)."};
  app.require_subcommand(1);
  int exit_status = planmine::cli::kExitOk;
  planmine::cli::add_search_command(app, exit_status);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return planmine::cli::kExitUsage;
  }
  return exit_status;
}

}  // namespace

int main(int argc, char** argv) {
  planmine::cli::report_allocation_failures();
  if (argc >= 2 && std::string_view(argv[1]) == "search") return search_here(argc, argv);
  const std::string full = full_executable().string();
  ::execv(full.c_str(), argv);
  planmine::cli::print_failure(full, std::string("cannot start: ") + std::strerror(errno));
  return planmine::cli::kExitUsage;
}
