// planmine: the one executable. Parses the command line (CLI11) and hands over to a subcommand.

#include <CLI/CLI.hpp>

#include "allocator.hpp"
#include "cli_support.hpp"
#include "commands.hpp"

int main(int argc, char** argv) {
  planmine::cli::report_allocation_failures();
  CLI::App app{
      "planmine: text mining of Dutch municipal e-government plans (EGEM-i, NUP).\n"
      "Classifies plans (multi-project, control, service), indexes them for search and\n"
      "checks the desk study's conclusions against them."};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Print help for every subcommand");

  int exit_status = planmine::cli::kExitOk;
  planmine::cli::add_corpus_command(app, exit_status);
  planmine::cli::add_extract_command(app, exit_status);
  planmine::cli::add_classify_command(app, exit_status);
  planmine::cli::add_evaluate_command(app, exit_status);
  planmine::cli::add_index_command(app, exit_status);
  planmine::cli::add_search_command(app, exit_status);
  planmine::cli::add_report_command(app, exit_status);
  planmine::cli::add_run_command(app, exit_status);
  planmine::cli::add_serve_command(app, exit_status);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // CLI11's own codes are not the contract's: every usage error is status 2.
    app.exit(e);
    return planmine::cli::kExitUsage;
  }
  return exit_status;
}
