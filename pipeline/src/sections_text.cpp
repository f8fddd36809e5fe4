#include "sections_text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace planmine {
namespace {

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace

std::string fold_heading(std::string_view text) {
  // Most lines are plain ASCII, where folding is lower-casing: ICU would give the same.
  if (is_ascii(text)) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), ascii_lower);
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(source, status) : source;
  if (U_FAILURE(status)) decomposed = source;
  icu::UnicodeString folded;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;  // the accent of é, ë, ï
    // Typographic apostrophes and dashes become ASCII so "risico’s" matches "risico's".
    if (c == 0x2019 || c == 0x2018) {
      folded.append(static_cast<UChar32>('\''));
    } else if (c == 0x2013 || c == 0x2014 || c == 0x00AD) {
      if (c != 0x00AD) folded.append(static_cast<UChar32>('-'));
    } else if (c == 0x00A0) {
      folded.append(static_cast<UChar32>(' '));
    } else {
      folded.append(u_foldCase(c, U_FOLD_CASE_DEFAULT));
    }
  }
  std::string out;
  folded.toUTF8String(out);
  return out;
}

bool starts_with_folded(std::string_view text, std::string_view folded_prefix) {
  if (text.size() < folded_prefix.size()) return false;
  const std::string_view head = text.substr(0, folded_prefix.size());
  // The common case without a string: ASCII folds byte by byte.
  if (is_ascii(head)) {
    return std::equal(head.begin(), head.end(), folded_prefix.begin(),
                      [](char a, char b) { return ascii_lower(a) == b; });
  }
  return fold_heading(head) == folded_prefix;
}

}  // namespace planmine
