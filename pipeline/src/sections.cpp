// Splits a plan's text into sections by its headings and recognises what each section is for.
//
// Real plans mark headings in two ways: numbered ("3 Visie", "3.2 Risico's", "7. Risico's") or
// as short title lines followed by body text. The table of contents lists the same headings in a
// row, so runs of heading-like lines without body between them are taken as contents, not as
// headings.

#include "planmine/pipeline/sections.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sections_text.hpp"

namespace planmine {

const char* to_string(SectionKind kind) {
  switch (kind) {
    case SectionKind::front:
      return "front";
    case SectionKind::introduction:
      return "introduction";
    case SectionKind::baseline:
      return "baseline";
    case SectionKind::vision:
      return "vision";
    case SectionKind::projects:
      return "projects";
    case SectionKind::planning:
      return "planning";
    case SectionKind::organisation:
      return "organisation";
    case SectionKind::finance:
      return "finance";
    case SectionKind::risks:
      return "risks";
    case SectionKind::communication:
      return "communication";
    case SectionKind::appendix:
      return "appendix";
    case SectionKind::other:
      return "other";
  }
  return "other";
}

std::optional<SectionKind> section_kind_from_string(std::string_view name) {
  static constexpr std::array kinds = {
      SectionKind::front,         SectionKind::introduction, SectionKind::baseline,
      SectionKind::vision,        SectionKind::projects,     SectionKind::planning,
      SectionKind::organisation,  SectionKind::finance,      SectionKind::risks,
      SectionKind::communication, SectionKind::appendix,     SectionKind::other};
  for (SectionKind kind : kinds) {
    if (name == to_string(kind)) return kind;
  }
  return std::nullopt;
}

namespace {

struct HeadingCue {
  std::string_view word;  // folded word prefix or phrase that marks the kind
  SectionKind kind;
};

// Checked in order: the first cue found in a heading decides its kind, so "Risico's en
// beheersmaatregelen" is a risk section and "Bijlage 2 Projectenoverzicht" an appendix.
constexpr std::array kHeadingCues = {
    HeadingCue{"bijlage", SectionKind::appendix},
    HeadingCue{"afkortingen", SectionKind::appendix},
    HeadingCue{"begrippen", SectionKind::appendix},
    HeadingCue{"woordenlijst", SectionKind::appendix},
    HeadingCue{"literatuur", SectionKind::appendix},
    HeadingCue{"bronnen", SectionKind::appendix},
    HeadingCue{"annex", SectionKind::appendix},
    HeadingCue{"inhoud", SectionKind::front},
    HeadingCue{"colofon", SectionKind::front},
    HeadingCue{"versiebeheer", SectionKind::front},
    HeadingCue{"versiehistorie", SectionKind::front},
    HeadingCue{"documentbeheer", SectionKind::front},
    HeadingCue{"documentgegevens", SectionKind::front},
    HeadingCue{"risico", SectionKind::risks},
    HeadingCue{"aandachtspunt", SectionKind::risks},
    HeadingCue{"succesfactor", SectionKind::risks},
    HeadingCue{"faalfactor", SectionKind::risks},
    HeadingCue{"knelpunt", SectionKind::risks},
    HeadingCue{"bedreiging", SectionKind::risks},
    HeadingCue{"wat kan er misgaan", SectionKind::risks},
    HeadingCue{"mis gaan", SectionKind::risks},
    HeadingCue{"valkuil", SectionKind::risks},
    // "Waar moeten we op letten?", "Waar we op moeten letten:" (an unnumbered title is read
    // by its first four words).
    HeadingCue{"op letten", SectionKind::risks},
    HeadingCue{"op moeten letten", SectionKind::risks},
    HeadingCue{"waar moeten we op", SectionKind::risks},
    HeadingCue{"waar we op moeten", SectionKind::risks},
    HeadingCue{"onzekerhe", SectionKind::risks},
    HeadingCue{"communicatie", SectionKind::communication},
    HeadingCue{"voorwoord", SectionKind::introduction},
    HeadingCue{"inleiding", SectionKind::introduction},
    HeadingCue{"aanleiding", SectionKind::introduction},
    HeadingCue{"introductie", SectionKind::introduction},
    HeadingCue{"samenvatting", SectionKind::introduction},
    HeadingCue{"leeswijzer", SectionKind::introduction},
    HeadingCue{"achtergrond", SectionKind::introduction},
    HeadingCue{"waarom dit plan", SectionKind::introduction},
    HeadingCue{"in een oogopslag", SectionKind::introduction},
    HeadingCue{"nulmeting", SectionKind::baseline},
    HeadingCue{"nulsituatie", SectionKind::baseline},
    HeadingCue{"beginsituatie", SectionKind::baseline},
    HeadingCue{"vertreksituatie", SectionKind::baseline},
    HeadingCue{"terugblik", SectionKind::baseline},
    HeadingCue{"huidige situatie", SectionKind::baseline},
    HeadingCue{"uitgangssituatie", SectionKind::baseline},
    HeadingCue{"uitgangspositie", SectionKind::baseline},
    HeadingCue{"startpositie", SectionKind::baseline},
    HeadingCue{"stand van zaken", SectionKind::baseline},
    HeadingCue{"waar staan we", SectionKind::baseline},
    HeadingCue{"analyse", SectionKind::baseline},
    HeadingCue{"visie", SectionKind::vision},
    HeadingCue{"ambitie", SectionKind::vision},
    HeadingCue{"missie", SectionKind::vision},
    HeadingCue{"doelstelling", SectionKind::vision},
    HeadingCue{"doelen", SectionKind::vision},
    HeadingCue{"koers", SectionKind::vision},
    HeadingCue{"strategie", SectionKind::vision},
    HeadingCue{"uitgangspunten", SectionKind::vision},
    HeadingCue{"waar willen we", SectionKind::vision},
    HeadingCue{"wat willen we", SectionKind::vision},
    HeadingCue{"naartoe", SectionKind::vision},
    HeadingCue{"toekomstbeeld", SectionKind::vision},
    HeadingCue{"wensbeeld", SectionKind::vision},
    HeadingCue{"stip op de horizon", SectionKind::vision},
    HeadingCue{"financ", SectionKind::finance},
    HeadingCue{"wat kost", SectionKind::finance},
    HeadingCue{"kosten", SectionKind::finance},
    HeadingCue{"budget", SectionKind::finance},
    HeadingCue{"begroting", SectionKind::finance},
    HeadingCue{"investering", SectionKind::finance},
    HeadingCue{"dekking", SectionKind::finance},
    HeadingCue{"middelen", SectionKind::finance},
    HeadingCue{"planning", SectionKind::planning},
    HeadingCue{"fasering", SectionKind::planning},
    HeadingCue{"plateau", SectionKind::planning},
    HeadingCue{"roadmap", SectionKind::planning},
    HeadingCue{"routekaart", SectionKind::planning},
    HeadingCue{"tijdpad", SectionKind::planning},
    HeadingCue{"tijdlijn", SectionKind::planning},
    HeadingCue{"mijlpalen", SectionKind::planning},
    HeadingCue{"projecten", SectionKind::projects},
    HeadingCue{"project", SectionKind::projects},
    HeadingCue{"bouwsteen", SectionKind::projects},
    HeadingCue{"bouwstenen", SectionKind::projects},
    HeadingCue{"voorzieningen", SectionKind::projects},
    HeadingCue{"e-overheidsvoorzieningen", SectionKind::projects},
    HeadingCue{"overheidsvoorzieningen", SectionKind::projects},
    HeadingCue{"activiteiten", SectionKind::projects},
    HeadingCue{"wat gaan we doen", SectionKind::projects},
    HeadingCue{"organisatie", SectionKind::organisation},
    HeadingCue{"sturing", SectionKind::organisation},
    HeadingCue{"governance", SectionKind::organisation},
    HeadingCue{"besturing", SectionKind::organisation},
    HeadingCue{"verantwoordelijkheden", SectionKind::organisation},
    HeadingCue{"bedrijfsvoering", SectionKind::organisation},
    HeadingCue{"borging", SectionKind::organisation},
    HeadingCue{"veranderaanpak", SectionKind::organisation},
    HeadingCue{"verander", SectionKind::organisation},  // "Samen veranderen", verandermanagement
    HeadingCue{"capaciteit", SectionKind::organisation},
    HeadingCue{"monitoring", SectionKind::organisation},
};

// True when `phrase` starts a word in `folded` (so "project" matches "projectenoverzicht"
// but "risico" does not match "prisicos").
bool contains_word_prefix(std::string_view folded, std::string_view phrase) {
  for (std::size_t at = folded.find(phrase); at != std::string_view::npos;
       at = folded.find(phrase, at + 1)) {
    if (at == 0 || !std::isalnum(static_cast<unsigned char>(folded[at - 1]))) return true;
  }
  return false;
}

// Splits a line's leading section number off: "3.2 Risico's" -> ("3.2", "Risico's"),
// "Bijlage A Begrippen" has none. Numbers above 40 are years or amounts, not chapters.
struct NumberedTitle {
  std::string number;
  std::string_view title;
};

std::optional<NumberedTitle> split_section_number(std::string_view line) {
  std::size_t at = 0;
  // "Hoofdstuk 3 Visie", "Paragraaf 3.2 Kanalen" and "§ 7 Risicoanalyse" number their headings
  // with a word or sign.
  for (std::string_view word : {"hoofdstuk ", "paragraaf ", "deel ", "chapter ", "§ ", "§"}) {
    if (line.size() > word.size() && starts_with_folded(line, word)) {
      at = word.size();
      break;
    }
  }
  std::string number;
  while (at < line.size()) {
    std::size_t digits = at;
    while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
    if (digits == at || digits - at > 2) return std::nullopt;
    number.append(line.substr(at, digits - at));
    at = digits;
    if (at < line.size() && line[at] == '.') {
      ++at;
      if (at < line.size() && std::isdigit(static_cast<unsigned char>(line[at]))) {
        number.push_back('.');
        continue;
      }
    }
    break;
  }
  if (number.empty() || std::stoi(number) > 40) return std::nullopt;
  if (at >= line.size() || (line[at] != ' ' && line[at] != '\t')) return std::nullopt;
  while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
  return NumberedTitle{number, line.substr(at)};
}

std::string_view trim(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

UChar32 first_code_point(std::string_view text) {
  if (text.empty()) return 0;
  int32_t at = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), at, static_cast<int32_t>(text.size()), c);
  return c;
}

// Headings start with a capital (É and Ö count); "€ 140.000" or "– item" do not.
bool starts_upper(std::string_view text) {
  const UChar32 c = first_code_point(text);
  return c > 0 && (u_isupper(c) || u_istitle(c));
}

bool starts_lower(std::string_view text) {
  return !text.empty() && std::islower(static_cast<unsigned char>(text.front()));
}

int count_words(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// A contents entry: dot leaders or a trailing page number after a gap ("Inleiding ..... 3").
bool looks_like_contents_entry(std::string_view line) {
  if (line.find("....") != std::string_view::npos || line.find("…") != std::string_view::npos)
    return true;
  std::size_t end = line.size();
  std::size_t digits = end;
  while (digits > 0 && std::isdigit(static_cast<unsigned char>(line[digits - 1]))) --digits;
  if (digits == end || end - digits > 3 || digits < 2) return false;
  return line[digits - 1] == '\t' || (line[digits - 1] == ' ' && line[digits - 2] == ' ');
}

enum class LineRole { blank, body, heading, contents };

struct Line {
  int page = 0;
  std::size_t begin = 0;  // byte offset in the page text
  std::string text;       // trimmed
  LineRole role = LineRole::body;
  bool numbered = false;
  std::string number;
  std::optional<SectionKind> cue_kind;
  bool colon_title = false;  // "Waar we op moeten letten:" standing alone
};

// A line ending in an article, preposition or conjunction is a sentence wrapped in the middle.
bool ends_with_function_word(std::string_view text) {
  static constexpr std::array kFunctionWords = {
      "de",  "het", "een", "en",  "of",   "van",  "op",   "in",   "te",   "voor",  "met",    "die",
      "dat", "aan", "bij", "tot", "om",   "door", "naar", "is",   "zijn", "wordt", "worden", "als",
      "dan", "we",  "wij", "ons", "onze", "zij",  "ook",  "niet", "nog",  "uit",   "over",   "per"};
  const std::size_t space = text.find_last_of(' ');
  if (space == std::string_view::npos) return false;
  const std::string last = fold_heading(text.substr(space + 1));
  return std::find(kFunctionWords.begin(), kFunctionWords.end(), last) != kFunctionWords.end();
}

std::string_view first_words(std::string_view text, int count) {
  std::size_t at = 0;
  for (int word = 0; word < count && at != std::string_view::npos; ++word) {
    at = text.find(' ', at == 0 ? 0 : at + 1);
  }
  return at == std::string_view::npos ? text : text.substr(0, at);
}

// The first of the topics a title joins with commas or "en": "Kritische succesfactoren" of
// "Kritische succesfactoren en risico's", "Sturing" of "Sturing, monitoring en risico's".
std::string_view first_topic(std::string_view title) {
  std::size_t end = title.find(',');
  for (std::string_view joint : {" en ", " & "}) end = std::min(end, title.find(joint));
  return end == std::string_view::npos ? title : title.substr(0, end);
}

bool ends_sentence(std::string_view text) {
  if (text.empty()) return true;
  const char last = text.back();
  return last == '.' || last == ':' || last == '!' || last == '?' || last == ';';
}

// Captions of tables and figures ("Tabel 3: planning", "Overzicht 2. projecten", "Bron: ...").
bool is_caption(std::string_view text) {
  for (std::string_view caption : {"bron:", "afbeelding ", "grafiek "}) {
    if (text.size() > caption.size() && starts_with_folded(text, caption)) return true;
  }
  for (std::string_view caption : {"tabel ", "figuur ", "overzicht ", "schema ", "kader "}) {
    if (text.size() > caption.size() && starts_with_folded(text, caption) &&
        std::isdigit(static_cast<unsigned char>(text[caption.size()])))
      return true;
  }
  return false;
}

// Words with a digit in them: section numbers, years, quarters, amounts.
int count_number_words(std::string_view text) {
  int numbers = 0;
  bool in_word = false;
  bool counted = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t';
    if (space) {
      in_word = false;
      continue;
    }
    if (!in_word) counted = false;
    in_word = true;
    if (!counted && std::isdigit(static_cast<unsigned char>(c))) {
      ++numbers;
      counted = true;
    }
  }
  return numbers;
}

// "Bijlage 1 Planning 2010 – 2011", "Bijlage B: Risicotabel": an appendix names its number or
// letter first; it is the heading's own, not a table row's cell.
bool opens_appendix(std::string_view text) {
  for (std::string_view word : {"bijlage ", "appendix ", "annex "}) {
    if (text.size() <= word.size() || !starts_with_folded(text, word)) continue;
    const std::string_view rest = text.substr(word.size());
    const std::size_t end = rest.find_first_of(" :.");
    return end != std::string_view::npos && end > 0 && end <= 4;
  }
  return false;
}

// Decides whether a line reads as a heading, before looking at its neighbours' roles.
bool heading_shaped(Line& line) {
  std::string_view text = line.text;
  if (text.size() < 3 || text.size() > 90) return false;
  if (text.find('\t') != std::string_view::npos) return false;  // table rows
  // Bullets, dashes, currency signs: list items and amounts, not headings ("§ 7" is one).
  if (!u_isalnum(first_code_point(text)) && !text.starts_with("§")) return false;
  if (is_caption(text)) return false;
  // Amounts and several numbers ("Koppelingen € 33.000 € 40.000", "2 Q3 2009 front- en
  // backoffice gekoppeld") make a table row whose cells lost their tabs, not a title. The
  // number a word or sign introduces ("Hoofdstuk 1 Terugblik 2008-2010") is the heading's own.
  const std::optional<NumberedTitle> numbered = split_section_number(text);
  const bool appendix = opens_appendix(text);
  const bool number_after_word =
      (numbered && !std::isdigit(static_cast<unsigned char>(text.front()))) || appendix;
  if (text.find("€") != std::string_view::npos ||
      count_number_words(text) - (number_after_word ? 1 : 0) >= 3)
    return false;
  const char last = text.back();
  if (last == '.' || last == ',' || last == ';') return false;
  // Informal plans end a title with a colon ("Onze ambitie:"); a longer line ending so
  // introduces a list. Whether it stands alone is checked with its neighbours.
  constexpr int kColonTitleWords = 8;
  if (last == ':') {
    if (count_words(text) > kColonTitleWords || text.find(':') + 1 != text.size()) return false;
    line.colon_title = true;
  }

  std::string_view title = text;
  if (numbered) {
    line.numbered = true;
    line.number = numbered->number;
    title = numbered->title;
  }
  if (!starts_upper(title) || std::isdigit(static_cast<unsigned char>(title.front()))) return false;
  const int words = count_words(title);
  if (words == 0 || words > (line.numbered ? 9 : 8) + (appendix ? 2 : 0)) return false;
  if (!line.numbered && title.size() > 70) return false;
  if (ends_with_function_word(title)) return false;
  // An unnumbered title names its subject up front ("Risico's en maatregelen"); a cue word
  // further on is more likely a signature or caption ("Wethouder ... en Bedrijfsvoering").
  line.cue_kind = heading_kind(line.numbered ? title : first_words(title, 4));
  return true;
}

// A contents entry or heading without its dot leaders and page number: "Inleiding ....... 3"
// -> "Inleiding".
std::string_view without_page_number(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && std::isdigit(static_cast<unsigned char>(text[end - 1]))) --end;
  if (end == text.size() || end == 0) end = text.size();
  std::string_view title = text.substr(0, end);
  while (!title.empty() && (title.back() == ' ' || title.back() == '\t' || title.back() == '.'))
    title.remove_suffix(1);
  if (title.ends_with("…")) title.remove_suffix(std::string_view("…").size());
  return trim(title);
}

// The same, folded, so "Inleiding ....... 3" and the heading "Inleiding" after the contents
// compare equal.
std::string entry_title(std::string_view text) {
  return fold_heading(without_page_number(text));
}

// The numbered titles a contents page spells whole ("4. Informatiebeveiliging\t4"), by number.
std::map<std::string, std::string> numbered_contents_titles(const std::vector<Line>& lines) {
  std::map<std::string, std::string> titles;
  for (const Line& line : lines) {
    if (line.role != LineRole::contents) continue;
    const auto numbered = split_section_number(without_page_number(line.text));
    if (numbered && !numbered->title.empty())
      titles.emplace(numbered->number, std::string(numbered->title));
  }
  return titles;
}

// A title folded and without spaces and hyphens, so a word broken over two lines
// ("Informatiebeveiligin" / "g", "Informatie-" / "beveiliging") compares equal to it whole.
std::string squeezed(std::string_view text) {
  std::string out = fold_heading(text);
  std::erase_if(out, [](char c) { return c == ' ' || c == '\t' || c == '-'; });
  return out;
}

// A section number standing on a line of its own: "4.", "4.1", "Hoofdstuk 5". A bare "5" is
// as likely a page number, so it does not count.
std::optional<std::string> bare_section_number(std::string_view text) {
  // The title of the result points into its argument, which must outlive it.
  const std::string with_title = std::string(text) + " X";
  const auto numbered = split_section_number(with_title);
  if (!numbered || numbered->title != "X") return std::nullopt;
  const bool marked = text.back() == '.' || numbered->number.find('.') != std::string::npos ||
                      !std::isdigit(static_cast<unsigned char>(text.front()));
  if (!marked) return std::nullopt;
  return numbered->number;
}

// Chapter styles and narrow columns put a heading's number and title on separate lines ("4." /
// "Informatiebeveiligin" / "g"). When the contents page lists the number, the following short
// lines are joined as long as together they spell its title, and the heading takes the title as
// the contents page writes it; otherwise a bare number takes the next line when the two read
// as a heading.
void join_headings_split_from_their_number(std::vector<Line>& lines) {
  constexpr std::size_t kMaxTitleLines = 3;
  const std::map<std::string, std::string> contents = numbered_contents_titles(lines);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    Line& line = lines[i];
    if (line.role == LineRole::blank || line.role == LineRole::contents) continue;
    const std::optional<std::string> bare = bare_section_number(line.text);
    const auto numbered = bare ? std::nullopt : split_section_number(line.text);
    if (!bare && !numbered) continue;
    const std::string number = bare ? *bare : numbered->number;
    const std::string_view prefix =
        bare ? std::string_view(line.text)
             : std::string_view(line.text).substr(0, line.text.size() - numbered->title.size());
    const auto same_block = [&](std::size_t k) {
      return lines[k].role != LineRole::blank && lines[k].page == line.page &&
             lines[k].text.size() <= 60;
    };
    std::size_t joined_lines = 0;
    std::string title;
    if (const auto listed = contents.find(number); listed != contents.end()) {
      const std::string target = squeezed(listed->second);
      std::string spelled = bare ? std::string() : squeezed(numbered->title);
      for (std::size_t k = 1; k <= kMaxTitleLines && i + k < lines.size() && spelled != target;
           ++k) {
        if (!same_block(i + k)) break;
        std::string longer = spelled + squeezed(lines[i + k].text);
        if (!target.starts_with(longer)) break;
        spelled = std::move(longer);
        joined_lines = k;
      }
      if (spelled == target && joined_lines > 0) title = listed->second;
    }
    if (title.empty() && bare && same_block(i + 1)) {
      title = lines[i + 1].text;
      joined_lines = 1;
    }
    if (title.empty()) continue;
    Line joined = line;
    joined.text = std::string(trim(prefix)) + " " + title;
    joined.numbered = false;
    joined.number.clear();
    joined.cue_kind.reset();
    if (!heading_shaped(joined)) continue;
    joined.role = LineRole::heading;
    line = std::move(joined);
    for (std::size_t k = 1; k <= joined_lines; ++k) {
      lines[i + k].role = LineRole::blank;
      lines[i + k].text.clear();
    }
  }
}

// A numbered heading wrapped over two or three lines in a narrow column ("10 Kritische" /
// "succesfactoren en" / "risico's") is joined when each next line is a short fragment that
// does not read as a sentence of its own.
void join_wrapped_numbered_headings(std::vector<Line>& lines) {
  constexpr std::size_t kMaxWrappedLines = 2;
  const auto continues_title = [](const std::string& title, const Line& next, int page) {
    const std::string_view fragment = next.text;
    if (next.role == LineRole::blank || next.page != page) return false;
    if (fragment.size() > 40 || count_words(fragment) > 4 || ends_sentence(fragment) ||
        fragment.find('\t') != std::string_view::npos)
      return false;
    return starts_lower(fragment) || ends_with_function_word(title);
  };
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    Line& line = lines[i];
    if (line.role == LineRole::blank || line.role == LineRole::contents) continue;
    // An unnumbered title cut after "en" ("Beveiliging en" / "privacy") stands alone between
    // blank lines; a paragraph's first line does not.
    const bool starts_block =
        i == 0 || lines[i - 1].role == LineRole::blank || lines[i - 1].page != line.page;
    const bool unnumbered_title = starts_block && ends_with_function_word(line.text) &&
                                  i + 2 < lines.size() && lines[i + 2].role == LineRole::blank;
    if (!split_section_number(line.text) && !unnumbered_title) continue;
    std::string title = line.text;
    std::size_t joined_lines = 0;
    std::optional<Line> best;
    const std::size_t max_lines = unnumbered_title ? 1 : kMaxWrappedLines;
    for (std::size_t k = 1; k <= max_lines && i + k < lines.size(); ++k) {
      if (!continues_title(title, lines[i + k], line.page)) break;
      title += " " + lines[i + k].text;
      Line joined = line;
      joined.text = title;
      joined.numbered = false;
      joined.number.clear();
      joined.cue_kind.reset();
      if (heading_shaped(joined)) {
        joined.role = LineRole::heading;
        best = std::move(joined);
        joined_lines = k;
      }
    }
    if (!best) continue;
    line = std::move(*best);
    for (std::size_t k = 1; k <= joined_lines; ++k) {
      lines[i + k].role = LineRole::blank;
      lines[i + k].text.clear();
    }
  }
}

// The lines right under a table caption, up to the next blank line, are the table's rows even
// when the extractor lost the tabs between their cells ("Plateau Periode Resultaat").
void mark_captioned_tables(std::vector<Line>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].role == LineRole::blank || !is_caption(lines[i].text)) continue;
    for (std::size_t j = i + 1; j < lines.size(); ++j) {
      if (lines[j].role == LineRole::blank || lines[j].page != lines[i].page) break;
      if (lines[j].role == LineRole::heading && !lines[j].numbered) lines[j].role = LineRole::body;
    }
  }
}

std::vector<Line> split_lines(const PlanText& plan) {
  std::vector<Line> lines;
  for (const PageText& page : plan.pages) {
    std::string_view text = page.text;
    std::size_t begin = 0;
    while (begin < text.size()) {
      std::size_t end = text.find('\n', begin);
      if (end == std::string_view::npos) end = text.size();
      Line line;
      line.page = page.number;
      line.begin = begin;
      line.text = std::string(trim(text.substr(begin, end - begin)));
      if (line.text.empty()) {
        line.role = LineRole::blank;
      } else if (looks_like_contents_entry(line.text)) {
        line.role = LineRole::contents;
      } else if (heading_shaped(line)) {
        line.role = LineRole::heading;
      }
      lines.push_back(std::move(line));
      begin = end + 1;
    }
  }
  join_headings_split_from_their_number(lines);
  join_wrapped_numbered_headings(lines);
  mark_captioned_tables(lines);
  return lines;
}

bool is_contents_title(std::string_view text) {
  const std::string folded = fold_heading(text);
  return folded == "inhoud" || folded == "inhoudsopgave" || folded == "inhoudsindex" ||
         folded == "inhoudstafel" || folded == "inhoudsoverzicht" || folded == "contents";
}

// The page number a contents entry ends in ("Risico's\t7" -> 7), 0 when none.
int trailing_number(std::string_view text) {
  std::size_t digits = text.size();
  while (digits > 0 && std::isdigit(static_cast<unsigned char>(text[digits - 1]))) --digits;
  if (digits == text.size() || text.size() - digits > 3 || digits == 0) return 0;
  if (text[digits - 1] != '\t' && text[digits - 1] != ' ' && text[digits - 1] != '.') return 0;
  return std::stoi(std::string(text.substr(digits)));
}

// A line of a contents page that lists several sub-headings ("2.1 Organisatie · 2.2 ...").
bool lists_section_numbers(std::string_view text) {
  int numbers = 0;
  for (std::size_t at = 0; at + 2 < text.size(); ++at) {
    const bool starts = at == 0 || text[at - 1] == ' ' || text[at - 1] == '\t';
    if (starts && std::isdigit(static_cast<unsigned char>(text[at])) &&
        split_section_number(text.substr(at)))
      ++numbers;
  }
  return numbers >= 2 || text.find("·") != std::string_view::npos;
}

// A line that could be an entry of a contents page: numbered, naming a section kind, or with
// a page number. Table header cells ("Kans", "Impact") are none of these.
bool contents_like(const Line& line) {
  return line.role == LineRole::contents ||
         (line.role == LineRole::heading && (line.numbered || line.cue_kind));
}

// Marks the table of contents: the block after an "Inhoud" title, and any run of three or
// more contents-like lines with no body text between them. A line repeating an entry of the
// block is the first real heading after the contents, not an entry.
void mark_contents(std::vector<Line>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].role == LineRole::blank || !is_contents_title(lines[i].text)) continue;
    lines[i].role = LineRole::contents;
    std::vector<std::string> entries;
    for (std::size_t j = i + 1; j < lines.size() && lines[j].page <= lines[i].page + 1; ++j) {
      Line& line = lines[j];
      if (line.role == LineRole::blank) continue;
      std::string folded = entry_title(line.text);
      if (std::find(entries.begin(), entries.end(), folded) != entries.end()) break;
      if (line.role == LineRole::heading || line.role == LineRole::contents ||
          lists_section_numbers(line.text)) {
        line.role = LineRole::contents;
        entries.push_back(std::move(folded));
        continue;
      }
      break;
    }
  }
  std::size_t i = 0;
  while (i < lines.size()) {
    if (!contents_like(lines[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    int listed = 0;
    int last_page_number = 0;
    std::vector<std::string> entries;
    for (std::size_t j = i; j < lines.size(); ++j) {
      if (lines[j].role == LineRole::blank) continue;
      if (!contents_like(lines[j])) break;
      std::string folded = entry_title(lines[j].text);
      if (std::find(entries.begin(), entries.end(), folded) != entries.end()) break;
      // Contents pages count up; table rows ending in a small number ("Midoffice 2") need not.
      if (const int page_number = trailing_number(lines[j].text); page_number > 0) {
        if (page_number < last_page_number) break;
        last_page_number = page_number;
      }
      entries.push_back(std::move(folded));
      ++listed;
      end = j + 1;
    }
    if (listed >= 3) {
      for (std::size_t j = i; j < end; ++j)
        if (lines[j].role == LineRole::heading) lines[j].role = LineRole::contents;
    }
    i = std::max(end, i + 1);
  }
}

// An unnumbered heading without a known cue must look like a title between paragraphs: the
// line before ends a sentence or is short, and the line after does not continue a sentence.
void drop_wrapped_lines(std::vector<Line>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Line& line = lines[i];
    if (line.role != LineRole::heading) continue;
    const Line* before = nullptr;
    bool blank_before = false;  // a blank line ends a paragraph: nothing runs on past it
    for (std::size_t j = i; j-- > 0;) {
      if (lines[j].role == LineRole::blank) {
        blank_before = true;
        continue;
      }
      before = &lines[j];
      break;
    }
    const Line* after = nullptr;
    for (std::size_t j = i + 1; j < lines.size(); ++j) {
      if (lines[j].role == LineRole::blank) continue;
      after = &lines[j];
      break;
    }
    if (after && starts_lower(after->text)) {
      line.role = LineRole::body;
      continue;
    }
    // A title with a colon stands between blank space and text, not inside a paragraph.
    const bool first_on_page = i == 0 || lines[i - 1].page != line.page;
    if (line.colon_title && !blank_before && !first_on_page) {
      line.role = LineRole::body;
      continue;
    }
    if (line.numbered) continue;
    // A long line without a full stop before it is a sentence running on; a table row is not.
    const bool continues_before = before && !blank_before && before->page == line.page &&
                                  before->role == LineRole::body && !ends_sentence(before->text) &&
                                  before->text.size() > 60 &&
                                  before->text.find('\t') == std::string::npos;
    if (continues_before) line.role = LineRole::body;
    if (!line.cue_kind && count_words(line.text) < 2) line.role = LineRole::body;
  }
}

std::string top_number(std::string_view number) {
  return std::string(number.substr(0, number.find('.')));
}

// The kind of the section a heading opens, from its own words and where it stands.
SectionKind heading_section_kind(const Line& line, SectionKind current_kind,
                                 SectionKind numbered_kind, SectionKind chapter_kind,
                                 bool chapter_of_risks_only, bool started_by_number,
                                 bool seen_heading, bool on_first_page) {
  const bool sub_section = line.numbered && line.number.find('.') != std::string::npos;
  if (!line.numbered && !seen_heading) {
    // Title-page lines before the first real heading stay front matter.
    const bool opens_text = line.cue_kind && (*line.cue_kind == SectionKind::introduction ||
                                              *line.cue_kind == SectionKind::vision ||
                                              *line.cue_kind == SectionKind::baseline);
    if (on_first_page && !opens_text) return SectionKind::front;
    if (!line.cue_kind) return SectionKind::front;
  }
  if (!line.numbered && started_by_number) {
    // In a numbered plan an unnumbered line is a sub-heading or a table caption: it keeps its
    // chapter's kind, except an appendix start or a heading that opens with a risk word.
    if (line.cue_kind == SectionKind::appendix) return SectionKind::appendix;
    if (line.cue_kind == SectionKind::risks && heading_kind(first_words(line.text, 1)))
      return SectionKind::risks;
    if (current_kind == SectionKind::appendix) return SectionKind::appendix;
    // Under a numbered "3.3 Risico's" in a chapter of other topics, the unnumbered titles are
    // its risks ("Is de ambitie haalbaar?", "Cultuur en gedrag"); after an unnumbered risk
    // title in another numbered section they stand beside it ("Financiën").
    if (numbered_kind == SectionKind::risks) return SectionKind::risks;
    return chapter_kind;
  }
  // The parts of a baseline chapter describe the present ("2.2 Knelpunten" are today's
  // bottlenecks, not the plan's risks); the parts of a risk chapter name risk topics
  // ("7.1 Capaciteit"); the parts of an appendix stay appendix. A chapter that only ends on
  // risks ("7 Sturing, monitoring en risico's") has risk parts only where they say so
  // ("7.4 Risico's", not "7.1 Programmaorganisatie").
  if (sub_section && chapter_kind == SectionKind::risks && !chapter_of_risks_only)
    return line.cue_kind.value_or(SectionKind::other);
  if (sub_section && (chapter_kind == SectionKind::baseline || chapter_kind == SectionKind::risks ||
                      chapter_kind == SectionKind::appendix))
    return chapter_kind;
  if (line.cue_kind) {
    // Inside an appendix, sub-headings stay appendix unless a new numbered chapter begins.
    const bool new_chapter = line.numbered && !sub_section;
    if (current_kind == SectionKind::appendix && !new_chapter) return SectionKind::appendix;
    return *line.cue_kind;
  }
  if (sub_section) return chapter_kind;
  if (!line.numbered &&
      (current_kind == SectionKind::risks || current_kind == SectionKind::appendix))
    return current_kind;  // a sub-heading inside a risk list or an appendix
  return SectionKind::other;
}

}  // namespace

std::optional<SectionKind> heading_kind(std::string_view heading) {
  const std::string folded = fold_heading(heading);
  for (const HeadingCue& cue : kHeadingCues) {
    if (contains_word_prefix(folded, cue.word)) return cue.kind;
  }
  return std::nullopt;
}

std::vector<Section> split_sections(const PlanText& plan) {
  std::vector<Line> lines = split_lines(plan);
  drop_wrapped_lines(lines);
  mark_contents(lines);

  std::vector<Section> sections;
  Section current;
  current.kind = SectionKind::front;
  current.first_page = plan.pages.empty() ? 0 : plan.pages.front().number;
  current.last_page = current.first_page;
  bool started_by_number = false;
  bool seen_heading = false;
  // Kind of the current numbered chapter, so "7.1 Capaciteit" under "7 Risico's" stays risks.
  SectionKind current_chapter_kind = SectionKind::other;
  // Kind of the section the last numbered heading opened, chapter or sub-section.
  SectionKind numbered_kind = SectionKind::other;
  bool chapter_of_risks_only = false;  // the chapter's first topic is risks
  const int first_page = plan.pages.empty() ? 0 : plan.pages.front().number;

  const auto append_line = [&current](const Line& line) {
    // Every page from the section's first to this line's gets a start, also pages without text.
    int from = current.page_starts.empty() ? current.first_page : current.last_page + 1;
    for (int page = from; page <= line.page; ++page)
      current.page_starts.push_back(current.text.size());
    current.last_page = std::max(current.last_page, line.page);
    current.text.append(line.text);
    current.text.push_back('\n');
  };

  int current_chapter = 0;
  // The first chapter and the last one reached from it in steps of one or two: project
  // descriptions numbered by project ("9 Gegevensmagazijn", "24 Informatiebeveiliging" in
  // chapter 4) jump ahead, and "5. Fasering" after them goes on from 4.
  constexpr int kChapterStep = 2;
  int counted_chapter = 0;
  // Chapters count up and sub-sections belong to the current chapter; "1. Klantcontactcentrum"
  // inside chapter 6 is a numbered list item, not a heading. "6.1" right after chapter 5 opens
  // chapter 6, whose own heading the extractor lost.
  // A list numbered from 1 inside a chapter ("1 BAG", "2 Gegevensmagazijn" in chapter 4) may go
  // on past the chapter numbers ("6 Wabo", "7 GBA"); only the next chapter's number ("5
  // Planning") ends it.
  bool in_numbered_list = false;
  const auto continues_numbering = [&](const Line& line) {
    if (!line.numbered) return true;
    const int chapter = std::stoi(top_number(line.number));
    if (line.number.find('.') == std::string::npos) {
      if (in_numbered_list) return chapter == counted_chapter + 1;
      return chapter > current_chapter ||
             (chapter > counted_chapter && chapter <= counted_chapter + kChapterStep);
    }
    return current_chapter == 0 || chapter == current_chapter ||
           (chapter == current_chapter + 1 && line.number == std::to_string(chapter) + ".1");
  };

  // A plan whose chapters are unnumbered does not switch to numbers in its risk section: after
  // this many unnumbered chapters, "1. Mensen gaan niet mee" under "Wat kan er misgaan?" is a
  // list item of the risks.
  constexpr int kUnnumberedPlan = 5;
  int unnumbered_headings = 0;  // past the front matter
  const auto numbered_list_item = [&](const Line& line) {
    return line.numbered && !started_by_number && current.kind == SectionKind::risks &&
           unnumbered_headings >= kUnnumberedPlan;
  };

  for (const Line& line : lines) {
    if (line.role != LineRole::heading || !continues_numbering(line) || numbered_list_item(line)) {
      if (line.role == LineRole::heading && line.numbered && line.number == "1" &&
          current_chapter > 0)
        in_numbered_list = true;
      if (line.role != LineRole::blank) append_line(line);
      continue;
    }
    if (line.numbered && line.number.find('.') == std::string::npos) in_numbered_list = false;
    if (!line.numbered && current.kind != SectionKind::front) ++unnumbered_headings;
    if (line.numbered) {
      current_chapter = std::stoi(top_number(line.number));
      if (counted_chapter == 0 ||
          (current_chapter > counted_chapter && current_chapter <= counted_chapter + kChapterStep))
        counted_chapter = current_chapter;
    }
    SectionKind kind = heading_section_kind(line, current.kind, numbered_kind, current_chapter_kind,
                                            chapter_of_risks_only, started_by_number, seen_heading,
                                            line.page == first_page);
    if (line.numbered) numbered_kind = kind;
    if (line.numbered && line.number.find('.') == std::string::npos) {
      current_chapter_kind = kind;
      const auto numbered = split_section_number(line.text);
      chapter_of_risks_only =
          numbered && heading_kind(first_topic(numbered->title)) == SectionKind::risks;
    }

    // Read before `current` is moved into the list.
    std::string chapter_heading = current.level == 1 ? current.heading : current.chapter;
    if (!current.text.empty() || !current.heading.empty() || !sections.empty())
      sections.push_back(std::move(current));
    const bool sub_section = (line.numbered && line.number.find('.') != std::string::npos) ||
                             (!line.numbered && started_by_number && current_chapter > 0);
    current = Section{};
    current.heading = std::string(line.text);
    current.kind = kind;
    current.level = kind == SectionKind::front && !line.numbered ? 0 : (sub_section ? 2 : 1);
    current.chapter = current.level == 2 ? std::move(chapter_heading) : current.heading;
    current.first_page = line.page;
    current.last_page = line.page;
    if (line.numbered) started_by_number = true;
    if (kind != SectionKind::front && (line.cue_kind || line.numbered)) seen_heading = true;
  }
  if (!current.text.empty() || !current.heading.empty() || sections.empty())
    sections.push_back(std::move(current));
  // Sections whose heading stood on a page but whose text starts later still map pages.
  for (Section& section : sections) {
    if (section.page_starts.empty()) section.page_starts.push_back(0);
  }
  return sections;
}

}  // namespace planmine
