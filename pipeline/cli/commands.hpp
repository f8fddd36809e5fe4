#pragma once
// The planmine subcommands. Each adds itself to the root app and, when it runs, sets the
// process exit status: 0 all processed, 1 some inputs failed, 2 usage error.

#include <CLI/CLI.hpp>

namespace planmine::cli {

void add_corpus_command(CLI::App& root, int& exit_status);
void add_extract_command(CLI::App& root, int& exit_status);
void add_classify_command(CLI::App& root, int& exit_status);
void add_evaluate_command(CLI::App& root, int& exit_status);
void add_index_command(CLI::App& root, int& exit_status);
void add_search_command(CLI::App& root, int& exit_status);
void add_report_command(CLI::App& root, int& exit_status);
void add_run_command(CLI::App& root, int& exit_status);
void add_serve_command(CLI::App& root, int& exit_status);

}  // namespace planmine::cli
