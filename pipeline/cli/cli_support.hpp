#pragma once
// Small helpers every subcommand shares: the failure line and the exit statuses.

#include <string_view>

namespace planmine::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;
inline constexpr int kExitUsage = 2;

// Prints "planmine: <path>: <reason>" on stderr, the one line a failed input gets.
void print_failure(std::string_view path, std::string_view reason);

// Prints "planmine: <message>" on stderr.
void print_error(std::string_view message);

// The only allowed stub: a subcommand whose issue has not landed yet.
int not_implemented(std::string_view subcommand);

}  // namespace planmine::cli
