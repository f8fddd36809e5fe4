#pragma once
// Text helpers of the section splitter that classification shares: folding a heading for
// matching (lower case, accents removed).

#include <string>
#include <string_view>

namespace planmine {

// "Financiën & Risico's" -> "financien & risico's": lower case, diacritics removed.
std::string fold_heading(std::string_view text);

// fold_heading(text.substr(0, folded_prefix.size())) == folded_prefix, without building a
// string when those bytes are ASCII: "Tabel 3" starts with "tabel ".
bool starts_with_folded(std::string_view text, std::string_view folded_prefix);

}  // namespace planmine
