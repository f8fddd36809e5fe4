#pragma once
// The coding scheme as data: plan types, themes and risks with their indicators and search
// queries, and the synonym groups. A researcher edits codebook/codebook.json and re-runs.

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace planmine {

// One thing to look for in a plan and what it is worth.
struct Indicator {
  std::string id;       // stable name, shown as evidence
  std::string pattern;  // words or phrase, or a proximity pattern (see docs/codebook.md)
  double weight = 1;
  std::string where;  // section kind it must stand in ("" = anywhere), e.g. "risks"
};

struct Code {
  std::string code;         // e.g. "service", "dienstverlening", "capaciteit"
  std::string label;        // Dutch name, e.g. "dienstverleningsplan"
  std::string description;  // what marks it, in a sentence
  std::string query;        // Xapian query string used by search --theme / --risk
  std::vector<Indicator> indicators;
};

struct Codebook {
  std::vector<Code> types;
  std::vector<Code> themes;
  std::vector<Code> risks;
  // Each group lists words or phrases that mean the same; the first is the canonical one.
  std::vector<std::vector<std::string>> synonyms;
  std::string hash;  // hex digest of the file's bytes, printed in reports

  // How much a match counts in each section kind (to_string(SectionKind) -> factor) when
  // scoring plan types, and when scoring themes. Kinds not listed count 1.
  std::map<std::string, double> section_weights;
  std::map<std::string, double> theme_section_weights;
  // A theme heading over a chapter of its own (not vision, introduction, or a list of other
  // topics) counts like this many matches on top of the share of the plan the chapter fills.
  double theme_chapter_weight = 3.0;
  // Patterns that frame a sentence as a risk outside a risk section ("risico", "knelpunt",
  // "afhankelijk van"), those that start a measure against it ("beheersmaatregel"), and those
  // after which a risk statement tells its consequence ("kan leiden tot", "waardoor").
  std::vector<std::string> risk_framing;
  std::vector<std::string> mitigation_cues;
  std::vector<std::string> consequence_cues;
  // Words that state a problem ("onvoldoende", "te weinig", "vertraging"): a sentence of a risk
  // section without one (nor a framing word) is context and counts less. And words that say
  // a sentence names no risk ("geen risico", "is geregeld", "de volgende risico's").
  std::vector<std::string> problem_cues;
  std::vector<std::string> no_risk_cues;

  const Code* find_type(std::string_view code) const;
  const Code* find_theme(std::string_view code) const;
  const Code* find_risk(std::string_view code) const;
};

class CodebookError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Parses and checks a codebook from its text; `file` only names it in error messages.
Codebook parse_codebook(std::string_view json_text, const std::filesystem::path& file);

// Loads and checks a codebook. Throws CodebookError naming the file, line and key at fault.
Codebook load_codebook(const std::filesystem::path& file);

// codebook/codebook.json of this checkout.
std::filesystem::path default_codebook_path();

}  // namespace planmine
