#pragma once
// The cleaning rules applied to extracted text. Each is a plain function on UTF-8 text so it can
// be tested (and fuzzed) on its own.

#include <string>
#include <string_view>
#include <vector>

namespace planmine {

// Ligatures (ﬁ, ﬂ, ĳ), full-width and other compatibility forms are replaced by their plain
// letters (NFKC, for those characters only); non-breaking and other odd spaces become ' ';
// zero-width characters and soft hyphens inside a line are dropped; the result is NFC, so
// diacritics stay ("financiële", "één"). Line ends and tabs are kept.
std::string normalize_characters(std::string_view text);

// What to do with a line that ends in a hyphen when the next line follows.
enum class LineJoin {
  kSeparate,        // not a hyphenated line end: the lines stay apart
  kJoinDropHyphen,  // a word broken by hyphenation: "dienstverlenings-" + "concept"
  kJoinKeepHyphen,  // a real compound broken at its hyphen: "e-" + "overheid", "KCC-" +
                    // "medewerkers"
};

// Decides how `line` (ending in '-', U+2010 or a soft hyphen) joins the `next` line.
LineJoin decide_line_join(std::string_view line, std::string_view next);

// Joins `line` and `next` as decide_line_join says; kSeparate joins them with a space.
std::string join_two_lines(std::string_view line, std::string_view next);

// Applies decide_line_join to every pair of consecutive lines of `lines` (in place). Blank lines
// and lines with tabs (table rows) are never joined.
void join_hyphenated_lines(std::vector<std::string>& lines);

// True for a line that is nothing but a page number: "12", "- 3 -", "–2–", "Pagina 3 van 12",
// "pagina 4", "blad 2", "page 3 of 9", "3/12".
bool is_page_number_line(std::string_view line);

// The form under which running headers are compared: digits folded to '#', spaces and tabs
// collapsed, case folded for ASCII.
std::string running_line_key(std::string_view line);

// Removes running headers and footers from the pages' lines (in place): lines near the top or
// bottom of a page whose running_line_key repeats on at least half of the pages (and on two or
// more), and page-number lines at the top or bottom of a page.
void strip_running_headers(std::vector<std::vector<std::string>>& pages);

}  // namespace planmine
