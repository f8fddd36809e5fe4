#pragma once
// Text helpers of the section splitter that classification shares: folding a heading for
// matching (lower case, accents removed).

#include <string>
#include <string_view>

namespace planmine {

// "Financiën & Risico's" -> "financien & risico's": lower case, diacritics removed.
std::string fold_heading(std::string_view text);

}  // namespace planmine
