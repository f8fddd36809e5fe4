#pragma once
// Dutch Snowball stemming with a memory: Snowball is slow and a plan repeats its words, so each
// thread remembers the stems it computed (private to pipeline/; the tokenizer and the
// classifier use it).

#include <string>
#include <string_view>

namespace planmine {

// Xapian::Stem("dutch")(word), the same answer, from this thread's cache when it has it.
std::string dutch_stem(std::string_view word);

}  // namespace planmine
