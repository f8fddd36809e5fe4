// The cleaning rules: odd characters, hyphenated line ends, running headers and page numbers.

#include "planmine/extractors/cleaning.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace planmine {
namespace {

constexpr UChar32 kSoftHyphen = 0x00AD;

void append_code_point(std::string& out, UChar32 c) {
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, U8_MAX_LENGTH, c, error);
  if (!error) out.append(buffer, static_cast<size_t>(length));
}

// Spaces other than ' ' that should read as one: NBSP, the typographic spaces, ideographic.
bool is_odd_space(UChar32 c) {
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000 ||
         c == 0x1680;
}

bool is_zero_width(UChar32 c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

// Characters whose compatibility decomposition is their plain reading: ligatures (ﬁ, ĳ),
// full-width and half-width forms, font variants. Superscripts, fractions and the like stay.
bool has_plain_compatibility_form(UChar32 c) {
  switch (u_getIntPropertyValue(c, UCHAR_DECOMPOSITION_TYPE)) {
    case U_DT_COMPAT:
    case U_DT_FONT:
    case U_DT_WIDE:
    case U_DT_NARROW:
    case U_DT_SMALL:
    case U_DT_VERTICAL:
      return true;
    default:
      return false;
  }
}

std::string normalize_utf8(const icu::Normalizer2& normalizer, std::string_view text) {
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
  UErrorCode status = U_ZERO_ERROR;
  normalizer.normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())),
                           sink, nullptr, status);
  if (U_FAILURE(status)) return std::string(text);
  return out;
}

// Code point at byte offset `index` of `text` (advancing it); U+FFFD for a bad sequence.
UChar32 next_code_point(std::string_view text, int32_t& index) {
  UChar32 c = 0;
  U8_NEXT(text.data(), index, static_cast<int32_t>(text.size()), c);
  return c < 0 ? 0xFFFD : c;
}

UChar32 previous_code_point(std::string_view text, int32_t& index) {
  UChar32 c = 0;
  U8_PREV(text.data(), 0, index, c);
  return c < 0 ? 0xFFFD : c;
}

bool is_hyphen(UChar32 c) {
  return c == '-' || c == 0x2010 || c == 0x2011 || c == kSoftHyphen;
}

bool is_vowel(UChar32 c) {
  switch (u_tolower(c)) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
      return true;
    default:
      return false;
  }
}

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

bool is_blank(std::string_view line) {
  return trim(line).empty();
}

struct HyphenatedEnd {
  std::string_view before_hyphens;  // the line without its trailing hyphen(s)
  std::string_view fragment;        // the last word of the line, without the hyphen(s)
  bool soft = false;                // a soft hyphen marked the break
};

// Splits off the trailing hyphen(s) of `line`; nullopt-like (empty before_hyphens and
// fragment, soft false) when the line does not end in a hyphen.
bool split_hyphenated_end(std::string_view line, HyphenatedEnd& end) {
  line = trim(line);
  int32_t index = static_cast<int32_t>(line.size());
  if (index == 0) return false;
  int32_t cut = index;
  bool any = false;
  while (cut > 0) {
    int32_t before = cut;
    const UChar32 c = previous_code_point(line, before);
    if (!is_hyphen(c)) break;
    any = true;
    if (c == kSoftHyphen) end.soft = true;
    cut = before;
  }
  if (!any) return false;
  end.before_hyphens = line.substr(0, static_cast<size_t>(cut));
  const auto space = end.before_hyphens.find_last_of(" \t");
  end.fragment =
      space == std::string_view::npos ? end.before_hyphens : end.before_hyphens.substr(space + 1);
  return true;
}

// A word fragment before a line-end hyphen that is a prefix of a real compound: a single letter
// (e-, i-), an abbreviation or name with capitals inside (KCC-, NUP-, DigiD-, StUF-), or a
// fragment that has a hyphen, digit or sign of its own (EGEM-i-, 14+-).
bool is_compound_prefix(std::string_view fragment) {
  int32_t index = 0;
  int letters = 0;
  bool inner_capital = false;
  bool other = false;
  while (index < static_cast<int32_t>(fragment.size())) {
    const UChar32 c = next_code_point(fragment, index);
    if (u_isalpha(c)) {
      if (letters > 0 && u_isupper(c)) inner_capital = true;
      ++letters;
    } else {
      other = true;
    }
  }
  return letters <= 1 || inner_capital || other;
}

}  // namespace

std::string normalize_characters(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool plain_ascii = true;
  int32_t index = 0;
  const auto length = static_cast<int32_t>(text.size());
  const icu::Normalizer2* nfkc = nullptr;
  while (index < length) {
    const auto byte = static_cast<unsigned char>(text[static_cast<size_t>(index)]);
    if (byte < 0x80) {
      ++index;
      // Control characters other than line ends and tabs are noise from the PDF.
      if (byte >= 0x20 || byte == '\n' || byte == '\t') out.push_back(static_cast<char>(byte));
      continue;
    }
    plain_ascii = false;
    const UChar32 c = next_code_point(text, index);
    if (c == kSoftHyphen || is_zero_width(c) || c == 0xFFFD) continue;
    if (is_odd_space(c)) {
      out.push_back(' ');
    } else if (c == 0x2010 || c == 0x2011) {
      out.push_back('-');
    } else if (has_plain_compatibility_form(c)) {
      UErrorCode status = U_ZERO_ERROR;
      if (nfkc == nullptr) nfkc = icu::Normalizer2::getNFKCInstance(status);
      std::string single;
      append_code_point(single, c);
      out += U_SUCCESS(status) ? normalize_utf8(*nfkc, single) : single;
    } else {
      append_code_point(out, c);
    }
  }
  if (plain_ascii) return out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  return U_SUCCESS(status) ? normalize_utf8(*nfc, out) : out;
}

LineJoin decide_line_join(std::string_view line, std::string_view next) {
  HyphenatedEnd end;
  if (!split_hyphenated_end(line, end)) return LineJoin::kSeparate;
  next = trim(next);
  if (end.fragment.empty() || next.empty()) return LineJoin::kSeparate;  // a dash, not a break
  int32_t index = 0;
  const UChar32 first = next_code_point(next, index);
  int32_t back = static_cast<int32_t>(end.fragment.size());
  const UChar32 last = previous_code_point(end.fragment, back);
  if (u_isdigit(first) || u_isdigit(last)) return LineJoin::kJoinKeepHyphen;  // 2009-2012
  if (!u_isalpha(first) || !u_isalpha(last)) return LineJoin::kSeparate;
  // A soft hyphen is a hyphenation point by definition.
  if (end.soft) return LineJoin::kJoinDropHyphen;
  // A capital after the hyphen is a compound with a name: "Noord-Brabant", "KCC-Medewerker".
  if (u_isupper(first)) return LineJoin::kJoinKeepHyphen;
  if (is_compound_prefix(end.fragment)) return LineJoin::kJoinKeepHyphen;
  // Dutch writes a hyphen where two vowels would merge: "informatie-uitwisseling".
  if (is_vowel(last) && is_vowel(first)) return LineJoin::kJoinKeepHyphen;
  return LineJoin::kJoinDropHyphen;
}

std::string join_two_lines(std::string_view line, std::string_view next) {
  const LineJoin join = decide_line_join(line, next);
  next = trim(next);
  if (join == LineJoin::kSeparate) {
    std::string out(trim(line));
    if (!out.empty() && !next.empty()) out.push_back(' ');
    out += next;
    return out;
  }
  HyphenatedEnd end;
  split_hyphenated_end(line, end);
  std::string out(end.before_hyphens);
  if (join == LineJoin::kJoinKeepHyphen) out.push_back('-');
  out += next;
  return out;
}

void join_hyphenated_lines(std::vector<std::string>& lines) {
  size_t i = 0;
  while (i + 1 < lines.size()) {
    std::string& line = lines[i];
    std::string& next = lines[i + 1];
    const bool table_row =
        line.find('\t') != std::string::npos || next.find('\t') != std::string::npos;
    if (is_blank(line) || is_blank(next) || table_row ||
        decide_line_join(line, next) == LineJoin::kSeparate) {
      ++i;
      continue;
    }
    // Move the rest of the broken word up; the next line keeps the words after it. The joined
    // line is looked at again: its new end may be hyphenated too.
    const std::string_view rest = trim(next);
    const auto space = rest.find(' ');
    const std::string_view head = rest.substr(0, space);
    std::string tail(space == std::string_view::npos ? std::string_view{}
                                                     : trim(rest.substr(space + 1)));
    line = join_two_lines(line, head);
    if (tail.empty()) {
      lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    } else {
      lines[i + 1] = std::move(tail);
      ++i;
    }
  }
}

bool is_page_number_line(std::string_view line) {
  // Decorations around the number: "- 3 -", "–2–", "— 4 —" (the dashes read as spaces).
  std::string text;
  const std::string_view trimmed = trim(line);
  for (size_t i = 0; i < trimmed.size(); ++i) {
    const std::string_view rest = trimmed.substr(i);
    if (rest.starts_with("\u2013") || rest.starts_with("\u2014") || rest.starts_with("\u2012")) {
      text.push_back(' ');
      i += 2;
    } else {
      text.push_back(trimmed[i]);
    }
  }
  std::vector<std::string> tokens;
  std::string token;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '-' || c == '/' || c == '|') {
      if (!token.empty()) tokens.push_back(std::move(token));
      token.clear();
      if (c == '/') tokens.emplace_back("/");
    } else {
      token.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  if (!token.empty()) tokens.push_back(std::move(token));
  auto is_number = [](const std::string& t) {
    return !t.empty() && t.size() <= 3 &&
           std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  size_t at = 0;
  static const std::set<std::string> kPageWords = {"pagina", "pag.",      "pag",  "blad", "page",
                                                   "p.",     "bladzijde", "blz.", "blz"};
  if (at < tokens.size() && kPageWords.count(tokens[at])) ++at;
  if (at >= tokens.size() || !is_number(tokens[at])) return false;
  ++at;
  if (at == tokens.size()) return true;
  static const std::set<std::string> kOf = {"van", "of", "/", "uit"};
  if (!kOf.count(tokens[at])) return false;
  ++at;
  return at + 1 == tokens.size() && is_number(tokens[at]);
}

std::string running_line_key(std::string_view line) {
  std::string key;
  bool in_space = false;
  bool in_digits = false;
  for (const char c : trim(line)) {
    if (c == ' ' || c == '\t') {
      in_space = true;
      in_digits = false;
      continue;
    }
    if (in_space && !key.empty()) key.push_back(' ');
    in_space = false;
    if (c >= '0' && c <= '9') {
      if (!in_digits) key.push_back('#');
      in_digits = true;
      continue;
    }
    in_digits = false;
    key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return key;
}

void strip_running_headers(std::vector<std::vector<std::string>>& pages) {
  // Headers and footers sit among the first and last few lines of a page.
  constexpr size_t kZone = 3;
  constexpr size_t kPageNumberZone = 2;
  auto zone_indices = [](const std::vector<std::string>& lines, size_t zone) {
    std::vector<size_t> non_blank;
    for (size_t i = 0; i < lines.size(); ++i) {
      if (!is_blank(lines[i])) non_blank.push_back(i);
    }
    std::set<size_t> picked;
    for (size_t k = 0; k < non_blank.size() && k < zone; ++k) {
      picked.insert(non_blank[k]);
      picked.insert(non_blank[non_blank.size() - 1 - k]);
    }
    return picked;
  };

  std::map<std::string, size_t> pages_with_key;
  for (const auto& lines : pages) {
    std::set<std::string> keys;
    for (const size_t i : zone_indices(lines, kZone)) keys.insert(running_line_key(lines[i]));
    for (const auto& key : keys) ++pages_with_key[key];
  }
  const size_t threshold = std::max<size_t>(2, (pages.size() + 1) / 2);

  for (auto& lines : pages) {
    const auto zone = zone_indices(lines, kZone);
    const auto number_zone = zone_indices(lines, kPageNumberZone);
    std::vector<std::string> kept;
    kept.reserve(lines.size());
    for (size_t i = 0; i < lines.size(); ++i) {
      bool drop = false;
      if (zone.count(i)) {
        const std::string key = running_line_key(lines[i]);
        drop = !key.empty() && pages_with_key[key] >= threshold;
      }
      if (!drop && number_zone.count(i)) drop = is_page_number_line(lines[i]);
      if (!drop) kept.push_back(std::move(lines[i]));
    }
    // Tidy up: no blank lines at the ends, never two in a row.
    lines.clear();
    for (auto& line : kept) {
      if (is_blank(line) && (lines.empty() || is_blank(lines.back()))) continue;
      lines.push_back(std::move(line));
    }
    while (!lines.empty() && is_blank(lines.back())) lines.pop_back();
  }
}

}  // namespace planmine
