// The error lines every subcommand prints. Apart from cli_support.cpp so that the search
// front end (front_main.cpp) links without the extractors.

#include <fmt/core.h>

#include <cstdio>

#include "cli_support.hpp"

namespace planmine::cli {

void print_failure(std::string_view path, std::string_view reason) {
  fmt::print(stderr, "planmine: {}: {}\n", path, reason);
}

void print_error(std::string_view message) {
  fmt::print(stderr, "planmine: {}\n", message);
}

}  // namespace planmine::cli
