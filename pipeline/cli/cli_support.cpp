#include "cli_support.hpp"

#include <fmt/core.h>

#include <cstdio>

namespace planmine::cli {

void print_failure(std::string_view path, std::string_view reason) {
  fmt::print(stderr, "planmine: {}: {}\n", path, reason);
}

void print_error(std::string_view message) { fmt::print(stderr, "planmine: {}\n", message); }

int not_implemented(std::string_view subcommand) {
  print_error(fmt::format("{}: not implemented yet", subcommand));
  return kExitUsage;
}

}  // namespace planmine::cli
