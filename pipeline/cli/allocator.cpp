// What the programs' allocator says when memory runs out (mimalloc when PLANMINE_MIMALLOC).

#include "allocator.hpp"

#if PLANMINE_MIMALLOC
#include <mimalloc.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace planmine::cli {

void report_allocation_failures() {
#if PLANMINE_MIMALLOC
  // mimalloc's operator new cannot throw std::bad_alloc: out of memory, it aborts. It calls
  // this first, so a worker stopped by --file-memory leaves the words poppler's allocator
  // uses on its stderr, and the file's reason reads "out of memory (limit ...)" instead of
  // "extractor crashed (signal 6)".
  mi_register_error(
      [](int error, void*) {
        if (error != ENOMEM) return;
        constexpr char kMessage[] = "Out of memory\n";
        [[maybe_unused]] const ssize_t written =
            ::write(STDERR_FILENO, kMessage, sizeof kMessage - 1);
      },
      nullptr);
#endif
}

}  // namespace planmine::cli
