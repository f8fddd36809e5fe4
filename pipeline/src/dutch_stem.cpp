#include "dutch_stem.hpp"

#include <xapian.h>

#include "string_map.hpp"

namespace planmine {
namespace {

// Words of the plans seen by one process stay far below this; the bound only keeps a long
// run's memory flat.
constexpr std::size_t kCacheLimit = 200'000;

}  // namespace

std::string dutch_stem(std::string_view word) {
  // A Xapian::Stem is not safe to share between threads, so the stemmer is per thread too.
  thread_local Xapian::Stem snowball("dutch");
  thread_local StringMap<std::string> stems;
  if (auto it = stems.find(word); it != stems.end()) return it->second;
  if (stems.size() >= kCacheLimit) stems.clear();
  std::string stem = snowball(std::string(word));
  stems.emplace(word, stem);
  return stem;
}

}  // namespace planmine
