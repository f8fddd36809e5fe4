// planmine serve: a local search page over the plan database, for readers who do not live in a
// terminal. Serves until Ctrl-C (SIGINT) or SIGTERM.

#include <fmt/core.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli_support.hpp"
#include "commands.hpp"
#include "planmine/index/search.hpp"
#include "planmine/pipeline/codebook.hpp"
#include "planmine/pipeline/serve.hpp"

namespace planmine::cli {
namespace {

struct ServeSettings {
  std::vector<std::string> databases;
  std::string bind = "127.0.0.1";
  int port = 8080;
  int threads = 32;
  std::string codebook;
};

int run_serve(const ServeSettings& settings) {
  serve::ServeOptions options;
  options.site.databases = settings.databases;
  options.site.codebook = settings.codebook;
  options.bind = settings.bind;
  options.port = settings.port;
  options.threads = settings.threads;
  try {
    serve::serve(options, [](const std::string& url) {
      fmt::print("planmine: serving {}\n", url);
      std::fflush(stdout);
    });
  } catch (const index::DatabaseError& error) {
    print_error(error.what());
    return kExitUsage;
  } catch (const CodebookError& error) {
    print_error(error.what());
    return kExitUsage;
  } catch (const serve::ServeError& error) {
    print_error(error.what());
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace

void add_serve_command(CLI::App& root, int& exit_status) {
  auto* sub = root.add_subcommand(
      "serve", "Serve a search page for the plans on this machine (http://127.0.0.1:8080/)");
  auto settings = std::make_shared<ServeSettings>();
  sub->add_option("--db", settings->databases,
                  "Database folder, or tcp:HOST:PORT for one served by xapian-tcpsrv; give it "
                  "several times to search shards as one")
      ->required()
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  sub->add_option("--port", settings->port, "Port to listen on (default 8080; 0: any free port)")
      ->check(CLI::Range(0, 65535));
  sub->add_option("--bind", settings->bind,
                  "Address to listen on (default 127.0.0.1: this machine only)");
  sub->add_option("--threads", settings->threads,
                  "Connections served at once (default 32; each keeps a searcher)")
      ->check(CLI::Range(2, 1024));
  sub->add_option("--codebook", settings->codebook, "Codebook file (default: the built-in one)");
  sub->callback([&exit_status, settings] { exit_status = run_serve(*settings); });
}

}  // namespace planmine::cli
