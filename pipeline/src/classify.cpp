// Classifying a plan the way the desk study's readers did: not by counting words, but by
// what the plan is built of and where it says things.
//
// - Type: the codebook's indicators, each match weighted by the kind of section it stands in
//   (a vision chapter says what a plan is for; an appendix or a foreword much less), with
//   diminishing returns per indicator, plus structural features: how much of the plan is project
//   rows with dates and money, how much is vision, which headings it has.
// - Themes: the same, with the theme section weights (vision, introduction and title count most).
// - Risks: only sentences and table rows that stand in a risk section or are framed as a risk
//   ("het risico bestaat dat...", "afhankelijk van"); measures against a risk count little.

#include "planmine/pipeline/classify.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "codebook_pattern.hpp"
#include "planmine/pipeline/sections.hpp"

namespace planmine {
namespace {

// Confidence is a softmax over the type scores; this temperature keeps a clear lead near 1 and
// a close call near the middle.
constexpr double kTypeTemperature = 4.0;
// A risk needs a total of this much, and at least one passage that states it: one weighing more
// than a mention (a weak word, or a sentence that states no problem, names the code later or
// under another risk's heading, all 0.5). Several mentions alone were contracts, college
// decisions and reports in risk chapters, more often than risks.
constexpr double kRiskThreshold = 0.9;
constexpr double kMentionWeight = 0.5;
// Measures against a risk ("Maatregel: extra communicatie") are no risk statement themselves.
constexpr double kMitigationFactor = 0.3;
// Words after "kan leiden tot" or "waardoor" tell what a risk would cause, not the risk: on
// their own they fall short of the threshold.
constexpr double kConsequenceFactor = 0.5;
// A prose sentence of a risk section that states no problem ("De stuurgroep bespreekt de
// planning van de landelijke voorzieningen") is context: alone it falls short of the threshold.
constexpr double kNoProblemFactor = 0.5;
// A sentence outside a risk section framed as a risk counts a little less than one inside.
constexpr double kFramedFactor = 0.9;
// A sentence names one risk first; risk words of other codes after it mostly say what causes
// that risk or what it leads to ("bezetting te krap voor het aantal projecten" is capacity).
// Alone they fall short of the threshold; named again elsewhere they count.
constexpr double kLaterRiskFactor = 0.5;
// Under a heading that names a risk as a topic ("8.2 Bestuurlijke continuïteit", "De menselijke
// factor") the prose is about that risk; other codes' words there count this much.
constexpr double kOffTopicFactor = 0.5;
// A title of at most this many words names a risk's topic ("Capaciteit", "Gewoontes en houding
// van medewerkers").
constexpr int kTopicWords = 6;
constexpr std::size_t kPassageLimit = 260;
// Theme words in a chapter of other, secondary topics count this much.
constexpr double kSecondaryFactor = 0.4;
// A theme heading over a section holding all of the plan's text would count like this many
// matches.
constexpr double kHeadingShareScale = 20.0;

struct Unit {
  std::size_t token_begin = 0;  // token range within the section
  std::size_t token_end = 0;
  std::size_t byte_begin = 0;  // byte range within the section text
  std::size_t byte_end = 0;
  bool table_row = false;
  bool wrapped_row = false;  // a table row whose cells go on over the next line(s)
};

struct AnalysedSection {
  const Section* section = nullptr;
  std::vector<Token> tokens;
  std::vector<MatchToken> match;
  WordPositions positions;  // of `match`
  std::vector<Token> heading_tokens;
  std::vector<MatchToken> heading_match;
  std::vector<Unit> units;
  bool risk_section = false;
  bool watch_list = false;        // success factors or points of attention, no risk words
  bool measures = false;          // a risk's "Maatregelen" or "Beheersmaatregelen:"
  bool secondary = false;         // in a chapter of "other" topics ("Overige speerpunten")
  std::size_t chapter_chars = 0;  // a chapter's text with its sub-sections' (level 1 only)
};

struct CompiledIndicator {
  const Indicator* indicator = nullptr;
  CompiledPattern pattern;
  std::vector<SectionKind> where;  // empty = anywhere
  bool heading_only = false;
};

struct CompiledCode {
  const Code* code = nullptr;
  std::vector<CompiledIndicator> indicators;
};

bool ends_sentence_at(std::string_view text, std::size_t at) {
  const char c = text[at];
  if (c != '.' && c != '!' && c != '?' && c != ';') return false;
  return at + 1 >= text.size() || text[at + 1] == ' ' || text[at + 1] == '\n';
}

// "1)", "2.", "a.", "b)": the mark of an enumerated item (a lower-case letter, so "A." in "A. de
// Vries" is none).
bool is_enumerator(std::string_view word) {
  std::size_t at = 0;
  while (at < word.size() && at < 2 && std::isdigit(static_cast<unsigned char>(word[at]))) ++at;
  if (at == 0 && !word.empty() && std::islower(static_cast<unsigned char>(word[0]))) at = 1;
  return at > 0 && at + 1 == word.size() && (word[at] == ')' || word[at] == '.');
}

// "1) ", "2. ", "a. ", "b) " before the item's text.
bool starts_enumerated_item(std::string_view line) {
  const std::size_t end = line.find_first_of(" \t");
  return end != std::string_view::npos && is_enumerator(line.substr(0, end));
}

bool starts_list_item(std::string_view line) {
  return line.starts_with("- ") || line.starts_with("• ") || line.starts_with("* ") ||
         line.starts_with("– ") || starts_enumerated_item(line);
}

bool starts_lower_case(std::string_view line) {
  return !line.empty() && std::islower(static_cast<unsigned char>(line.front()));
}

// A short line without end punctuation before a line that starts with a capital: a title.
bool titles_next_line(std::string_view text, std::size_t line_begin, std::size_t line_end) {
  constexpr long kTitleSpaces = 8;  // at most eight words
  const std::string_view line = text.substr(line_begin, line_end - line_begin);
  if (line.empty() || std::count(line.begin(), line.end(), ' ') >= kTitleSpaces) return false;
  if (std::string_view(".,;:").find(line.back()) != std::string_view::npos) return false;
  const std::size_t next = line_end + 1;
  return next < text.size() && std::isupper(static_cast<unsigned char>(text[next]));
}

// Sentences, list items and table rows: the passages risks are judged on and evidence quotes.
// A table cell wrapped over two lines continues on the next line with empty cells between
// ("belang onvoldoende voorop\t\t\tde inrichting") or as a lower-case line without tabs: such
// lines belong to the row above.
std::vector<Unit> split_units(std::string_view text) {
  std::vector<Unit> units;
  std::size_t unit_begin = 0;
  bool open = false;
  bool after_table_row = false;
  const auto close = [&](std::size_t end, bool table_row) {
    if (open && end > unit_begin) units.push_back(Unit{0, 0, unit_begin, end, table_row});
    open = false;
  };
  std::size_t line_begin = 0;
  while (line_begin < text.size()) {
    std::size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view line = text.substr(line_begin, line_end - line_begin);
    const bool has_tab = line.find('\t') != std::string_view::npos;
    const bool continues_row =
        after_table_row && !units.empty() &&
        ((has_tab && line.find("\t\t") != std::string_view::npos) ||
         (!has_tab && starts_lower_case(line) && line.find('.') == std::string_view::npos));
    after_table_row = has_tab;
    if (continues_row) {
      units.back().byte_end = line_end;
      units.back().wrapped_row = true;
      line_begin = line_end + 1;
      continue;
    }
    if (has_tab) {
      close(line_begin, false);
      unit_begin = line_begin;
      open = true;
      close(line_end, true);
    } else {
      if (starts_list_item(line)) close(line_begin, false);
      for (std::size_t at = line_begin; at < line_end; ++at) {
        if (!open) {
          unit_begin = at;
          open = true;
        }
        if (ends_sentence_at(text, at)) close(at + 1, false);
      }
      // A title line ("1) Betrokkenheid van de vakafdelingen") is a unit of its own, not the
      // start of the sentence under it.
      if (open && unit_begin == line_begin && titles_next_line(text, line_begin, line_end))
        close(line_end, false);
    }
    line_begin = line_end + 1;
  }
  close(text.size(), false);
  return units;
}

std::vector<Token> tokenize_section(const Section& section, const Tokenizer& tokenizer) {
  std::vector<Token> tokens;
  for (std::size_t i = 0; i < section.page_starts.size(); ++i) {
    const std::size_t begin = section.page_starts[i];
    const std::size_t end =
        i + 1 < section.page_starts.size() ? section.page_starts[i + 1] : section.text.size();
    if (end <= begin) continue;
    std::vector<Token> page_tokens =
        tokenizer.tokenize(std::string_view(section.text).substr(begin, end - begin),
                           section.first_page + static_cast<int>(i));
    for (Token& token : page_tokens) {
      token.begin += begin;
      token.end += begin;
      tokens.push_back(std::move(token));
    }
  }
  return tokens;
}

bool is_risk_heading(std::string_view heading) {
  const std::string folded = Tokenizer::fold(heading);
  return folded.find("risico") != std::string::npos ||
         folded.find("aandachtspunt") != std::string::npos ||
         folded.find("wat kan er mis") != std::string::npos ||
         folded.find("faalfactor") != std::string::npos ||
         folded.find("bedreiging") != std::string::npos;
}

// "Kritische succesfactoren" and "Aandachtspunten" ("Waar we op moeten letten") list what a plan
// must watch: conditions for success ("Elke directie neemt eigenaarschap") and notes ("De
// leverancier heeft de koppeling contractueel toegezegd") beside its worries. With risk words
// ("Kritische succesfactoren en risico's") such a heading lists risks.
bool names_a_watch_list(std::string_view heading) {
  const std::string folded = Tokenizer::fold(heading);
  for (std::string_view risk_words :
       {"risico", "faalfactor", "bedreiging", "wat kan er mis", "knelpunt"}) {
    if (folded.find(risk_words) != std::string::npos) return false;
  }
  for (std::string_view watch_words :
       {"succesfactor", "aandachtspunt", "op letten", "op moeten letten"}) {
    if (folded.find(watch_words) != std::string::npos) return true;
  }
  return false;
}

// "Maatregelen", "Beheersmaatregelen:" under a risk: what is done against it, not a risk.
bool names_measures_only(std::string_view heading) {
  const std::string folded = Tokenizer::fold(heading);
  return (folded.find("maatregel") != std::string::npos ||
          folded.find("beheersing") != std::string::npos ||
          folded.find("wat doen we") != std::string::npos) &&
         !is_risk_heading(heading);
}

// "Overige speerpunten", "Andere thema's", "Thema's": a chapter that lists topics side by side.
bool lists_other_topics(std::string_view heading) {
  const std::string folded = Tokenizer::fold(heading);
  for (std::string_view word :
       {"overig", "andere", "verder", "thema", "samenhang", "relatie met", "raakvlak"}) {
    if (folded.find(word) != std::string::npos) return true;
  }
  return false;
}

std::vector<AnalysedSection> analyse(const std::vector<Section>& sections,
                                     const Tokenizer& tokenizer,
                                     const PatternVocabulary& vocabulary) {
  std::vector<AnalysedSection> analysed;
  analysed.reserve(sections.size());
  for (const Section& section : sections) {
    AnalysedSection a;
    a.section = &section;
    a.tokens = tokenize_section(section, tokenizer);
    a.match = vocabulary.match(a.tokens);
    a.positions = WordPositions(a.match);
    a.heading_tokens = tokenizer.tokenize(section.heading, section.first_page);
    a.heading_match = vocabulary.match(a.heading_tokens);
    a.units = split_units(section.text);
    std::size_t t = 0;
    for (Unit& unit : a.units) {
      while (t < a.tokens.size() && a.tokens[t].begin < unit.byte_begin) ++t;
      unit.token_begin = t;
      while (t < a.tokens.size() && a.tokens[t].begin < unit.byte_end) ++t;
      unit.token_end = t;
    }
    if (section.level == 2) a.secondary = lists_other_topics(section.chapter);
    a.risk_section = section.kind == SectionKind::risks ||
                     (section.kind == SectionKind::appendix && is_risk_heading(section.heading));
    a.measures = a.risk_section && names_measures_only(section.heading);
    a.watch_list = a.risk_section && (names_a_watch_list(section.heading) ||
                                      (section.level == 2 && !is_risk_heading(section.heading) &&
                                       names_a_watch_list(section.chapter)));
    analysed.push_back(std::move(a));
  }
  // In a plan without numbers, the titles after "Andere thema's" up to the next heading of a
  // known kind are that chapter's topics; a chapter's size includes its sub-sections.
  bool in_other_topics = false;
  AnalysedSection* chapter = nullptr;
  for (AnalysedSection& a : analysed) {
    if (a.section->level == 1) {
      if (lists_other_topics(a.section->heading)) {
        in_other_topics = true;
      } else if (a.section->kind != SectionKind::other) {
        in_other_topics = false;
      }
      a.secondary = a.secondary || in_other_topics;
      chapter = &a;
    }
    if (a.section->level == 2 && lists_other_topics(a.section->heading)) a.secondary = true;
    if (chapter != nullptr && a.section->level >= 1)
      chapter->chapter_chars += a.section->text.size();
  }
  return analysed;
}

// One passage for evidence: the unit the match stands in, on one line, not too long.
std::string quote(std::string_view text) {
  std::string out;
  out.reserve(std::min(text.size(), kPassageLimit + 4));
  bool space = false;
  for (char c : text) {
    if (c == '\n' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
    if (out.size() >= kPassageLimit) {
      // Do not cut a UTF-8 sequence in half.
      while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
        out.pop_back();
      if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
      out += " …";
      break;
    }
  }
  return out;
}

const Unit* unit_at(const AnalysedSection& section, std::size_t token) {
  for (const Unit& unit : section.units)
    if (token >= unit.token_begin && token < unit.token_end) return &unit;
  return nullptr;
}

std::string passage_at(const AnalysedSection& section, std::size_t token) {
  if (const Unit* unit = unit_at(section, token))
    return quote(std::string_view(section.section->text)
                     .substr(unit->byte_begin, unit->byte_end - unit->byte_begin));
  const Token& t = section.tokens[token];
  return quote(std::string_view(section.section->text).substr(t.begin, t.end - t.begin));
}

double weight_of(const std::map<std::string, double>& weights, SectionKind kind) {
  auto it = weights.find(to_string(kind));
  return it == weights.end() ? 1.0 : it->second;
}

// What the plan is built of, independent of its wording.
struct StructuralFeatures {
  double deadline_table_rows = 0;  // weighted share of lines that are dated project rows (x3)
  double projects_share = 0;
  double vision_share = 0;
  double no_vision = 0;
  double table_share = 0;

  double value(std::string_view name) const {
    if (name == "deadline_table_rows") return deadline_table_rows;
    if (name == "projects_share") return projects_share;
    if (name == "vision_share") return vision_share;
    if (name == "no_vision") return no_vision;
    if (name == "table_share") return table_share;
    return 0;
  }
};

bool is_time_marker(const Token& token) {
  static const std::set<std::string> months = {
      "jan",  "januari",   "feb",  "februari", "mrt",      "maart",    "apr",      "april",
      "mei",  "jun",       "juni", "jul",      "juli",     "aug",      "augustus", "sep",
      "sept", "september", "okt",  "oktober",  "nov",      "november", "dec",      "december",
      "q1",   "q2",        "q3",   "q4",       "kwartaal", "medio",    "eind",     "begin"};
  const std::string& word = token.folded;
  if (months.count(word)) return true;
  if (word.size() >= 4 && word.starts_with("20") &&
      std::all_of(word.begin(), word.begin() + 4, [](char c) { return std::isdigit(c); })) {
    const int year = std::stoi(word.substr(0, 4));
    return year >= 2007 && year <= 2016;
  }
  return false;
}

bool is_priority_marker(const Token& token) {
  static const std::set<std::string> markers = {"hoog", "middel", "laag", "prio",  "p1",
                                                "p2",   "p3",     "hoge", "urgent"};
  return markers.count(token.folded) > 0;
}

StructuralFeatures structural_features(const std::vector<AnalysedSection>& sections) {
  StructuralFeatures features;
  double content_chars = 0;
  double vision_chars = 0;
  double project_chars = 0;
  double lines = 0;
  double table_lines = 0;
  double project_rows = 0;
  for (const AnalysedSection& a : sections) {
    const SectionKind kind = a.section->kind;
    const bool content = kind != SectionKind::front && kind != SectionKind::appendix;
    const double size = static_cast<double>(a.section->text.size());
    if (content) {
      content_chars += size;
      if (kind == SectionKind::vision) vision_chars += size;
      if (kind == SectionKind::projects || kind == SectionKind::planning) project_chars += size;
    }
    // Rows: every line of the section, judged on its tokens.
    const double row_weight = content ? 1.0 : 0.25;
    std::size_t t = 0;
    std::string_view text = a.section->text;
    std::size_t line_begin = 0;
    while (line_begin < text.size()) {
      std::size_t line_end = text.find('\n', line_begin);
      if (line_end == std::string_view::npos) line_end = text.size();
      const std::string_view line = text.substr(line_begin, line_end - line_begin);
      bool time = false;
      bool priority = false;
      const bool money = line.find("€") != std::string_view::npos;
      while (t < a.tokens.size() && a.tokens[t].begin < line_end) {
        time = time || is_time_marker(a.tokens[t]);
        priority = priority || is_priority_marker(a.tokens[t]);
        ++t;
      }
      const bool table_row = line.find('\t') != std::string_view::npos;
      if (content) {
        lines += 1;
        if (table_row) table_lines += 1;
      }
      if (table_row && time && (money || priority)) project_rows += row_weight;
      line_begin = line_end + 1;
    }
  }
  if (content_chars > 0) {
    features.vision_share = vision_chars / content_chars;
    features.projects_share = project_chars / content_chars;
  }
  features.no_vision = vision_chars == 0 ? 1 : 0;
  if (lines > 0) {
    features.table_share = table_lines / lines;
    features.deadline_table_rows = std::min(1.0, 3.0 * project_rows / lines);
  }
  return features;
}

bool allowed_in(const CompiledIndicator& indicator, SectionKind kind) {
  return indicator.where.empty() ||
         std::find(indicator.where.begin(), indicator.where.end(), kind) != indicator.where.end();
}

struct CodeScore {
  double score = 0;
  std::vector<Evidence> evidence;
};

// A chapter of its own on one topic, not a part of the vision, the introduction or a list of
// other topics: where a plan puts its weight.
bool dedicated_chapter(const AnalysedSection& a) {
  return a.section->level == 1 && !a.secondary &&
         (a.section->kind == SectionKind::other || a.section->kind == SectionKind::projects);
}

// Scores one code: per indicator, the section-weighted number of matches with diminishing
// returns (log2(1 + n)), so one repeated word cannot outweigh a plan's structure.
CodeScore score_code(const CompiledCode& code, const std::vector<AnalysedSection>& sections,
                     const std::map<std::string, double>& section_weights,
                     const StructuralFeatures& features, bool discount_secondary = false,
                     double chapter_weight = 0) {
  CodeScore result;
  double total_chars = 1;
  for (const AnalysedSection& a : sections) total_chars += a.section->text.size();
  for (const CompiledIndicator& indicator : code.indicators) {
    double raw = 0;
    double feature_value = 0;
    bool is_feature = false;
    double best_weight = -1;
    Evidence best;
    for (const PatternAlternative& alternative : indicator.pattern.alternatives) {
      if (alternative.feature.empty()) continue;
      is_feature = true;
      feature_value += features.value(alternative.feature);
    }
    if (is_feature) {
      const double contribution = indicator.indicator->weight * feature_value;
      result.score += contribution;
      if (contribution != 0) {
        Evidence evidence;
        evidence.code = code.code->code;
        evidence.indicator = indicator.indicator->id;
        evidence.weight = contribution;
        evidence.passage = fmt::format("structural feature {} = {:.2f}",
                                       indicator.indicator->pattern, feature_value);
        result.evidence.push_back(std::move(evidence));
      }
      continue;
    }
    for (const AnalysedSection& a : sections) {
      const SectionKind kind = a.section->kind;
      if (!indicator.heading_only && !allowed_in(indicator, kind)) continue;
      double weight = weight_of(section_weights, kind);
      // A chapter heading announces more than a sub-section heading.
      if (indicator.heading_only && a.section->level == 1) weight *= 2;
      // Topics a plan files under "Overige speerpunten" or "Andere thema's" are not its lead.
      if (discount_secondary && a.secondary) weight *= kSecondaryFactor;
      const std::vector<PatternMatch> matches =
          indicator.heading_only ? find_matches(indicator.pattern, a.heading_match)
                                 : find_matches(indicator.pattern, a.match, a.positions);
      for (const PatternMatch& match : matches) {
        // For themes, a chapter heading counts by the share of the plan the chapter fills
        // (with its sub-sections), more when the chapter is the topic's own. Sub-section
        // headings are a chapter's parts (a programme's tracks, the topics listed under
        // "Andere thema's") and count through their words only.
        raw += discount_secondary && indicator.heading_only
                   ? (a.section->level == 1
                          ? weight * (kHeadingShareScale * a.chapter_chars / total_chars +
                                      (dedicated_chapter(a) ? chapter_weight : 0.0))
                          : 0.0)
                   : weight;
        if (weight > best_weight) {
          best_weight = weight;
          best.page = (indicator.heading_only ? a.heading_tokens : a.tokens)[match.first].page;
          best.section = a.section->heading;
          best.passage =
              indicator.heading_only ? quote(a.section->heading) : passage_at(a, match.first);
        }
      }
    }
    if (raw <= 0) continue;
    const double contribution = indicator.indicator->weight * std::log2(1.0 + raw);
    result.score += contribution;
    best.code = code.code->code;
    best.indicator = indicator.indicator->id;
    best.weight = contribution;
    result.evidence.push_back(std::move(best));
  }
  return result;
}

}  // namespace

struct Classifier::Compiled {
  const Codebook* codebook = nullptr;
  const Tokenizer* tokenizer = nullptr;
  PatternVocabulary vocabulary;  // the words of all patterns below
  std::vector<CompiledCode> types;
  std::vector<CompiledCode> themes;
  std::vector<CompiledCode> risks;
  CompiledPattern risk_framing;
  CompiledPattern mitigation;
  CompiledPattern consequence;
  CompiledPattern problem;
  CompiledPattern no_risk;
};

namespace {

std::vector<CompiledCode> compile_codes(const std::vector<Code>& codes, const Codebook& codebook,
                                        const Tokenizer& tokenizer, PatternVocabulary& vocabulary) {
  std::vector<CompiledCode> compiled;
  for (const Code& code : codes) {
    CompiledCode c;
    c.code = &code;
    for (const Indicator& indicator : code.indicators) {
      CompiledIndicator ci;
      ci.indicator = &indicator;
      ci.pattern = compile_pattern(indicator.pattern, tokenizer, codebook.synonyms, vocabulary);
      std::string_view where = indicator.where;
      while (!where.empty()) {
        std::size_t comma = where.find(',');
        std::string_view name = where.substr(0, comma);
        while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
        while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
        if (name == "heading") {
          ci.heading_only = true;
        } else if (auto kind = section_kind_from_string(name)) {
          ci.where.push_back(*kind);
        }
        if (comma == std::string_view::npos) break;
        where.remove_prefix(comma + 1);
      }
      c.indicators.push_back(std::move(ci));
    }
    compiled.push_back(std::move(c));
  }
  return compiled;
}

CompiledPattern compile_list(const std::vector<std::string>& patterns, const Codebook& codebook,
                             const Tokenizer& tokenizer, PatternVocabulary& vocabulary) {
  std::string joined;
  for (const std::string& pattern : patterns) joined += (joined.empty() ? "" : " | ") + pattern;
  if (joined.empty()) return {};
  return compile_pattern(joined, tokenizer, codebook.synonyms, vocabulary);
}

std::span<const MatchToken> unit_tokens(const AnalysedSection& section, const Unit& unit) {
  return std::span(section.match).subspan(unit.token_begin, unit.token_end - unit.token_begin);
}

// The cells of a table row, split at its tabs (views into `row`).
std::vector<std::string_view> cells_of(std::string_view row) {
  std::vector<std::string_view> cells;
  for (std::size_t begin = 0; begin <= row.size();) {
    const std::size_t end = std::min(row.find('\t', begin), row.size());
    cells.push_back(row.substr(begin, end - begin));
    begin = end + 1;
  }
  return cells;
}

// Where `cell`, a view into `row`, begins in it.
std::size_t offset_in(std::string_view row, std::string_view cell) {
  return static_cast<std::size_t>(cell.data() - row.data());
}

// Byte ranges of the cells of a table row after the risk description: the first cell of three
// words or more describes the risk, later long cells are the measures against it.
std::size_t mitigation_cells_begin(std::string_view row) {
  bool described = false;
  for (const std::string_view cell : cells_of(row)) {
    const auto words = std::count(cell.begin(), cell.end(), ' ') + (cell.empty() ? 0 : 1);
    if (words >= 3) {
      if (described) return offset_in(row, cell);
      described = true;
    }
  }
  return row.size();
}

// The byte where the `column`-th cell of a row begins, or npos when the row has fewer cells.
std::size_t cell_begin(std::string_view row, std::size_t column) {
  const std::vector<std::string_view> cells = cells_of(row);
  return column < cells.size() ? offset_in(row, cells[column]) : std::string_view::npos;
}

// What a risk table's header row says about its columns: every cell short, one of them the
// measures ("Maatregel", "Wat doen we eraan?") or what a risk leads to ("Gevolg", "Effect").
// A column on why a risk is one ("Waarom is dit een risico?") states the risk.
struct RiskTableColumns {
  std::optional<std::size_t> measures;
  std::optional<std::size_t> consequences;
};

std::optional<RiskTableColumns> risk_table_header(std::string_view row, std::size_t row_begin,
                                                  std::span<const MatchToken> tokens,
                                                  const WordPositions& positions,
                                                  const CompiledPattern& mitigation) {
  constexpr long kHeaderCellSpaces = 5;
  RiskTableColumns columns;
  const std::vector<std::string_view> cells = cells_of(row);
  for (std::size_t column = 0; column < cells.size(); ++column) {
    const std::string_view cell = cells[column];
    if (std::count(cell.begin(), cell.end(), ' ') >= kHeaderCellSpaces) return std::nullopt;
    const std::string folded = Tokenizer::fold(cell);
    for (std::string_view word : {"gevolg", "effect", "consequentie"})
      if (folded.starts_with(word) && !columns.consequences) columns.consequences = column;
  }
  for (const PatternMatch& match : find_matches(mitigation, tokens, positions)) {
    const std::size_t at = tokens[match.first].token->begin - row_begin;
    columns.measures = std::count(row.begin(), row.begin() + static_cast<long>(at), '\t');
    break;
  }
  if (!columns.measures && !columns.consequences) return std::nullopt;
  return columns;
}

// A table row wrapped over several lines, put back together cell by cell: the n-th cell of
// every line continues the n-th cell of the first; a line without tabs continues the first cell.
std::string rejoined_row(std::string_view row) {
  std::vector<std::string> cells;
  std::size_t line_begin = 0;
  while (line_begin <= row.size()) {
    std::size_t line_end = row.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = row.size();
    const std::string_view line = row.substr(line_begin, line_end - line_begin);
    std::size_t cell_begin = 0;
    for (std::size_t column = 0; cell_begin <= line.size(); ++column) {
      std::size_t cell_end = line.find('\t', cell_begin);
      if (cell_end == std::string_view::npos) cell_end = line.size();
      const std::string_view cell = line.substr(cell_begin, cell_end - cell_begin);
      if (cells.size() <= column) cells.emplace_back();
      if (!cell.empty()) {
        if (!cells[column].empty()) cells[column] += ' ';
        cells[column] += cell;
      }
      cell_begin = cell_end + 1;
    }
    line_begin = line_end + 1;
  }
  std::string out;
  for (const std::string& cell : cells) out += (out.empty() ? "" : "\t") + cell;
  return out;
}

struct RiskFinding {
  double score = 0;
  double best = 0;
  Evidence evidence;
};

// A row of a risk table, an item of a bulleted list or a sentence under a label ("De
// menselijke factor: ..."): in a risk section each names a risk, however it is worded
// ("Wisseling van bestuur", "Veranderende wettelijke eisen"). A bullet that runs on into a
// sentence of more than 15 words ("- De leverancier van het klantcontactsysteem heeft de
// koppeling met het zaaksysteem in het contract van december 2009 toegezegd.") is prose.
bool listed_item(const Unit& unit, std::string_view text) {
  constexpr long kLabelWords = 5;
  constexpr long kBulletSpaces = 15;  // at most 15 words
  if (unit.table_row) return true;
  for (std::string_view bullet : {"•", "–", "-", "▪", "*", "·", "o ", "○", "■", "◦"})
    if (text.starts_with(bullet)) return std::count(text.begin(), text.end(), ' ') < kBulletSpaces;
  if (starts_enumerated_item(text))
    return std::count(text.begin(), text.end(), ' ') < kBulletSpaces;
  const std::size_t colon = text.find(':');
  return colon != std::string_view::npos &&
         std::count(text.begin(), text.begin() + static_cast<long>(colon), ' ') < kLabelWords;
}

long count_letters(std::string_view text) {
  return std::count_if(text.begin(), text.end(),
                       [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// The first cell of a row that says something: after a bullet, "1)" or "R4".
std::string_view first_telling_cell(std::string_view item) {
  for (const std::string_view cell : cells_of(item))
    if (count_letters(cell) >= 3) return cell;
  return {};
}

// A title run in before its text or standing alone ("Kennis. De kennis van StUF ...", "R2 –
// Gedrag van medewerkers.", "- Capaciteit", "Draagvlak en betrokkenheid van de
// vakafdelingen."): a few words led by a capitalised word that is no article or pronoun, so not
// a short sentence ("Het budget staat in bijlage 2.", "Zie hoofdstuk 7.").
bool reads_as_title(std::string_view item) {
  static constexpr std::array kSentenceStarts = {
      "de",  "het", "een", "dit",  "dat", "deze", "die", "wij", "we",   "er",  "zie",
      "ook", "zij", "ons", "onze", "als", "in",   "op",  "bij", "voor", "met", "door"};
  std::vector<std::string_view> words;
  const std::string_view cell = first_telling_cell(item);
  for (std::size_t at = 0; at < cell.size();) {
    const std::size_t end = std::min(cell.find_first_of(" \n", at), cell.size());
    const std::string_view word = cell.substr(at, end - at);
    // Bullets, dashes, "2.", "b)", "R4" before the title.
    const bool marker = count_letters(word) == 0 ||
                        (words.empty() && word.size() <= 3 &&
                         std::isdigit(static_cast<unsigned char>(word.back()))) ||
                        (words.empty() && is_enumerator(word));
    if (!word.empty() && !marker) words.push_back(word);
    at = end + 1;
  }
  if (words.empty() || words.size() > static_cast<std::size_t>(kTopicWords)) return false;
  const std::string_view first = words.front();
  if (!std::isupper(static_cast<unsigned char>(first.front()))) return false;
  const std::string folded = Tokenizer::fold(first);
  return std::find(kSentenceStarts.begin(), kSentenceStarts.end(), folded) == kSentenceStarts.end();
}

// A problem word before the measures ("onvoldoende", "te laat", "afhankelijk").
bool states_a_problem(const CompiledPattern& problem, std::span<const MatchToken> slice,
                      const WordPositions& positions, std::size_t measures_at) {
  for (const PatternMatch& match : find_matches(problem, slice, positions))
    if (slice[match.first].token->begin < measures_at) return true;
  return false;
}

// Each risk code's strongest match in a passage and where its first match starts; the weight
// of a match is its indicator's times `factor_at` its first token.
struct CodeMatch {
  const CompiledCode* code = nullptr;
  const CompiledIndicator* indicator = nullptr;
  double weight = 0;
  int page = 0;
  std::size_t first = std::string::npos;
};

// A phrase of one code that holds a shorter match of another claims its words: "kennis te
// delen" is behaviour (the human factor), not knowledge. Only close phrases claim, so a
// NEAR/8 pattern does not swallow the words between its ends.
constexpr std::size_t kClaimingSpan = 4;

template <typename FactorAt>
std::vector<CodeMatch> strongest_matches(const std::vector<CompiledCode>& codes,
                                         std::span<const MatchToken> slice,
                                         const WordPositions& positions, FactorAt factor_at) {
  struct Found {
    const CompiledCode* code;
    const CompiledIndicator* indicator;
    PatternMatch match;
  };
  std::vector<Found> found;
  for (const CompiledCode& code : codes)
    for (const CompiledIndicator& indicator : code.indicators)
      for (const PatternMatch& match : find_matches(indicator.pattern, slice, positions))
        found.push_back(Found{&code, &indicator, match});
  const auto claimed = [&](const Found& shorter) {
    return std::any_of(found.begin(), found.end(), [&](const Found& longer) {
      const std::size_t span = longer.match.last - longer.match.first;
      return longer.code != shorter.code && span < kClaimingSpan &&
             span > shorter.match.last - shorter.match.first &&
             longer.match.first <= shorter.match.first && shorter.match.last <= longer.match.last;
    });
  };

  std::vector<CodeMatch> matches;
  for (const CompiledCode& code : codes) {
    CodeMatch strongest{&code};
    for (const Found& candidate : found) {
      if (candidate.code != &code || claimed(candidate)) continue;
      const Token& token = *slice[candidate.match.first].token;
      strongest.first = std::min(strongest.first, token.begin);
      const double weight = candidate.indicator->indicator->weight * factor_at(token);
      if (weight > strongest.weight) {
        strongest.weight = weight;
        strongest.indicator = candidate.indicator;
        strongest.page = token.page;
      }
    }
    if (strongest.indicator) matches.push_back(strongest);
  }
  return matches;
}

// Whether another code is named before this one in the same passage, from byte `since` on.
bool named_later(const CodeMatch& match, const std::vector<CodeMatch>& matches,
                 std::size_t since = 0) {
  return std::any_of(matches.begin(), matches.end(), [&](const CodeMatch& other) {
    return other.first >= since && other.first < match.first;
  });
}

// Where the table cell holding byte `at` begins; `row` starts at byte `row_begin`.
std::size_t cell_begin_at(std::string_view row, std::size_t row_begin, std::size_t at) {
  const std::size_t tab = row.rfind('\t', at - row_begin);
  return tab == std::string_view::npos ? row_begin : row_begin + tab + 1;
}

struct RiskRules {
  const std::vector<CompiledCode>& risks;
  const CompiledPattern& risk_framing;
  const CompiledPattern& mitigation;
  const CompiledPattern& consequence;
  const CompiledPattern& problem;
  const CompiledPattern& no_risk;
  const Tokenizer& tokenizer;
  const PatternVocabulary& vocabulary;
};

void find_risks(const RiskRules& compiled, const std::vector<AnalysedSection>& sections,
                Coding& coding) {
  const RiskRules& rules = compiled;
  std::map<std::string, RiskFinding> findings;
  const auto record = [&](const CompiledCode& code, const CompiledIndicator& indicator,
                          double factor, const AnalysedSection& a, int page, std::string passage) {
    const double weight = indicator.indicator->weight * factor;
    RiskFinding& finding = findings[code.code->code];
    finding.score += weight;
    if (weight > finding.best) {
      finding.best = weight;
      finding.evidence = Evidence{code.code->code,    indicator.indicator->id, weight, page,
                                  a.section->heading, std::move(passage)};
    }
  };

  for (const AnalysedSection& a : sections) {
    const SectionKind kind = a.section->kind;
    // Today's bottlenecks (baseline), the title page and appendices other than a risk appendix
    // describe, they do not name the plan's risks.
    const bool may_frame = kind != SectionKind::baseline && kind != SectionKind::front &&
                           kind != SectionKind::appendix;
    if (!a.risk_section && !may_frame) continue;
    // "Wat wij niet als risico zien", "Geen risico, wel aandachtspunt".
    if (!find_matches(rules.no_risk, a.heading_match).empty()) continue;

    // A risk sub-heading ("7.2 Capaciteit") names its risk; like a sentence, it names one risk
    // first ("Bestuurlijk commitment" is governance). When it names that risk as a topic, with
    // no problem word ("Draagvlak (R1)", not "Onvoldoende draagvlak bij de afdelingen", which
    // may be the first of several risks whose titles were not taken for headings), its prose
    // is about that risk.
    std::set<const CompiledCode*> heading_topics;
    if (a.risk_section && !a.heading_match.empty()) {
      const bool states_problem = !find_matches(rules.problem, a.heading_match).empty();
      const WordPositions heading_positions(a.heading_match);
      const std::vector<CodeMatch> named = strongest_matches(
          compiled.risks, a.heading_match, heading_positions, [](const Token&) { return 1.0; });
      for (const CodeMatch& match : named) {
        const bool later = named_later(match, named);
        record(*match.code, *match.indicator, later ? kLaterRiskFactor : 1.0, a,
               a.section->first_page, quote(a.section->heading));
        if (!states_problem && !later) heading_topics.insert(match.code);
      }
    }

    std::optional<RiskTableColumns> table;  // the header of the risk table being read
    for (const Unit& unit : a.units) {
      if (unit.token_begin >= unit.token_end) continue;
      double factor = 1.0;
      std::span<const MatchToken> slice = unit_tokens(a, unit);
      WordPositions positions(slice);
      if (!unit.table_row) {
        table.reset();
      } else if (auto header = risk_table_header(
                     std::string_view(a.section->text)
                         .substr(unit.byte_begin, unit.byte_end - unit.byte_begin),
                     unit.byte_begin, slice, positions, compiled.mitigation)) {
        table = header;
        continue;
      }
      const bool framed = !find_matches(compiled.risk_framing, slice, positions).empty();
      if (!a.risk_section) {
        if (!framed) continue;
        factor = kFramedFactor;
      }
      // "Wat wij niet als risico zien", "de financiering is geregeld", "de volgende risico's".
      if (!find_matches(rules.no_risk, slice, positions).empty()) continue;
      const bool mitigation = !find_matches(compiled.mitigation, slice, positions).empty();
      std::string_view unit_text = std::string_view(a.section->text)
                                       .substr(unit.byte_begin, unit.byte_end - unit.byte_begin);
      std::size_t text_offset = unit.byte_begin;  // where unit_text's bytes start in the section
      // A wrapped row is read cell by cell, so "Leidinggevenden dragen het" + "belang
      // onvoldoende voorop" is one risk, not a risk and a measure.
      std::string row_text;
      std::vector<Token> row_tokens;
      std::vector<MatchToken> row_match;
      if (unit.wrapped_row) {
        row_text = rejoined_row(unit_text);
        row_tokens = rules.tokenizer.tokenize(row_text, a.tokens[unit.token_begin].page);
        row_match = rules.vocabulary.match(row_tokens);
        slice = row_match;
        positions = WordPositions(slice);
        unit_text = row_text;
        text_offset = 0;
      }
      // The header's measure column, else the cells after the first long one.
      std::size_t measures_at = text_offset + unit_text.size();
      // The header's consequence column: [begin, end).
      std::size_t consequences_begin = std::string_view::npos;
      std::size_t consequences_end = std::string_view::npos;
      if (unit.table_row) {
        const auto column_at = [&](std::optional<std::size_t> column) {
          return column ? cell_begin(unit_text, *column) : std::string_view::npos;
        };
        const std::size_t measures = column_at(table ? table->measures : std::nullopt);
        measures_at =
            text_offset +
            (measures != std::string_view::npos ? measures : mitigation_cells_begin(unit_text));
        const std::size_t consequences = column_at(table ? table->consequences : std::nullopt);
        if (consequences != std::string_view::npos) {
          consequences_begin = text_offset + consequences;
          const std::size_t end = unit_text.find('\t', consequences);
          consequences_end = text_offset + (end == std::string_view::npos ? unit_text.size() : end);
        }
      }
      std::size_t consequence_at = measures_at;
      for (const PatternMatch& match : find_matches(rules.consequence, slice, positions))
        consequence_at = std::min(consequence_at, slice[match.last].token->begin);
      // Without problem_cues in the codebook every sentence counts fully, as before them.
      const bool prose = !listed_item(unit, unit_text);
      // Prose, and any item of a watch list, names a risk when it says what may go wrong; a
      // title ("Kennis.", "- Capaciteit") names the topic of one.
      const bool title = reads_as_title(unit_text);
      const bool statement = (prose || a.watch_list) && !title;
      if (!rules.problem.alternatives.empty() && !framed && statement &&
          !states_a_problem(rules.problem, slice, positions, measures_at))
        factor *= kNoProblemFactor;
      const std::vector<CodeMatch> matches =
          strongest_matches(compiled.risks, slice, positions, [&](const Token& token) {
            if (a.measures || token.begin >= measures_at || (mitigation && !unit.table_row))
              return factor * kMitigationFactor;
            if (token.begin > consequence_at ||
                (token.begin >= consequences_begin && token.begin < consequences_end))
              return factor * kConsequenceFactor;
            return factor;
          });
      // Prose, list items and each cell of a table row (description, cause, measure) name
      // one risk first: "Bestuurlijk commitment is onvoldoende" in a risk table is governance.
      for (const CodeMatch& match : matches) {
        double weight = match.weight;
        const std::size_t since =
            unit.table_row ? cell_begin_at(unit_text, text_offset, match.first) : 0;
        if (named_later(match, matches, since)) weight *= kLaterRiskFactor;
        if (prose && !title && !heading_topics.empty() && !heading_topics.contains(match.code))
          weight *= kOffTopicFactor;
        record(*match.code, *match.indicator, weight / match.indicator->indicator->weight, a,
               match.page, quote(unit_text));
      }
    }
  }
  for (const CompiledCode& code : compiled.risks) {
    auto it = findings.find(code.code->code);
    if (it == findings.end() || it->second.score < kRiskThreshold ||
        it->second.best <= kMentionWeight)
      continue;
    coding.risks.push_back(code.code->code);
    Evidence evidence = it->second.evidence;
    evidence.weight = it->second.score;
    coding.evidence.push_back(std::move(evidence));
  }
}

}  // namespace

Classifier::Classifier(const Codebook& codebook, const Tokenizer& tokenizer)
    : compiled_(std::make_unique<Compiled>()) {
  compiled_->codebook = &codebook;
  compiled_->tokenizer = &tokenizer;
  PatternVocabulary& vocabulary = compiled_->vocabulary;
  compiled_->types = compile_codes(codebook.types, codebook, tokenizer, vocabulary);
  compiled_->themes = compile_codes(codebook.themes, codebook, tokenizer, vocabulary);
  compiled_->risks = compile_codes(codebook.risks, codebook, tokenizer, vocabulary);
  compiled_->risk_framing = compile_list(codebook.risk_framing, codebook, tokenizer, vocabulary);
  compiled_->mitigation = compile_list(codebook.mitigation_cues, codebook, tokenizer, vocabulary);
  compiled_->consequence = compile_list(codebook.consequence_cues, codebook, tokenizer, vocabulary);
  compiled_->problem = compile_list(codebook.problem_cues, codebook, tokenizer, vocabulary);
  compiled_->no_risk = compile_list(codebook.no_risk_cues, codebook, tokenizer, vocabulary);
}

Classifier::~Classifier() = default;
Classifier::Classifier(Classifier&&) noexcept = default;
Classifier& Classifier::operator=(Classifier&&) noexcept = default;

Coding Classifier::classify(const PlanText& plan) const {
  return classify(split_sections(plan));
}

Coding Classifier::classify(const std::vector<Section>& sections) const {
  const Codebook& codebook = *compiled_->codebook;
  const std::vector<AnalysedSection> analysed =
      analyse(sections, *compiled_->tokenizer, compiled_->vocabulary);
  const StructuralFeatures features = structural_features(analysed);

  Coding coding;
  std::vector<Evidence> type_evidence;
  {
    std::map<std::string, double> raw;
    std::map<std::string, std::vector<Evidence>> evidence;
    for (const CompiledCode& code : compiled_->types) {
      CodeScore score = score_code(code, analysed, codebook.section_weights, features);
      raw[code.code->code] = score.score;
      evidence[code.code->code] = std::move(score.evidence);
    }
    double top = -1e300;
    for (const auto& [code, score] : raw) top = std::max(top, score);
    double sum = 0;
    for (const auto& [code, score] : raw) sum += std::exp((score - top) / kTypeTemperature);
    for (const auto& [code, score] : raw) {
      const double probability = std::exp((score - top) / kTypeTemperature) / sum;
      coding.type_scores[code] = probability;
      if (coding.type.empty() || probability > coding.confidence) {
        coding.type = code;
        coding.confidence = probability;
      }
    }
    type_evidence = std::move(evidence[coding.type]);
  }

  std::vector<Evidence> theme_evidence;
  {
    std::map<std::string, std::vector<Evidence>> evidence;
    double sum = 0;
    for (const CompiledCode& code : compiled_->themes) {
      CodeScore score = score_code(code, analysed, codebook.theme_section_weights, features, true,
                                   codebook.theme_chapter_weight);
      coding.theme_scores[code.code->code] = score.score;
      sum += score.score;
      evidence[code.code->code] = std::move(score.evidence);
    }
    double best = -1;
    for (auto& [code, score] : coding.theme_scores) {
      if (sum > 0) score /= sum;
      if (score > best) {
        best = score;
        coding.leading_theme = code;
      }
    }
    theme_evidence = std::move(evidence[coding.leading_theme]);
  }

  const auto by_weight = [](const Evidence& a, const Evidence& b) { return a.weight > b.weight; };
  std::sort(type_evidence.begin(), type_evidence.end(), by_weight);
  std::sort(theme_evidence.begin(), theme_evidence.end(), by_weight);
  coding.evidence = std::move(type_evidence);
  coding.evidence.insert(coding.evidence.end(), theme_evidence.begin(), theme_evidence.end());
  find_risks(RiskRules{compiled_->risks, compiled_->risk_framing, compiled_->mitigation,
                       compiled_->consequence, compiled_->problem, compiled_->no_risk,
                       *compiled_->tokenizer, compiled_->vocabulary},
             analysed, coding);
  return coding;
}

Coding classify_plan(const PlanText& plan, const Codebook& codebook, const Tokenizer& tokenizer) {
  return Classifier(codebook, tokenizer).classify(plan);
}

nlohmann::json coding_to_json(const std::string& path, const Coding& coding, bool with_evidence) {
  nlohmann::json out = {{"path", path},
                        {"type", coding.type},
                        {"confidence", coding.confidence},
                        {"leading_theme", coding.leading_theme},
                        {"risks", coding.risks},
                        {"type_scores", coding.type_scores},
                        {"theme_scores", coding.theme_scores}};
  if (with_evidence) {
    nlohmann::json evidence = nlohmann::json::array();
    for (const Evidence& e : coding.evidence)
      evidence.push_back({{"code", e.code},
                          {"indicator", e.indicator},
                          {"weight", e.weight},
                          {"page", e.page},
                          {"section", e.section},
                          {"passage", e.passage}});
    out["evidence"] = std::move(evidence);
  }
  return out;
}

}  // namespace planmine
