// The programs' allocator (see PLANMINE_MIMALLOC in CMakeLists.txt).

#pragma once

namespace planmine::cli {

// Makes an allocation failure leave "Out of memory" on stderr before the allocator aborts, as
// poppler's does; main() calls it first.
void report_allocation_failures();

}  // namespace planmine::cli
