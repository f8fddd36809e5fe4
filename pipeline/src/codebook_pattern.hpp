#pragma once
// The indicator pattern language of the codebook (docs/codebook.md):
//   pattern     := alternative { " | " alternative }
//   alternative := "@" feature | phrase [ "NEAR/" n phrase ]
//   phrase      := word { " " word }      word := ["="] text ["*"]
// "=" matches the whole word only (no compound parts), "*" a word beginning.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace planmine {

class Tokenizer;
struct Token;

// Structural features the classifier computes from a plan's build, usable as "@name".
const std::vector<std::string>& known_features();

struct PatternWord {
  std::string folded;   // folded form as the tokenizer gives it
  std::string stem;     // its Dutch stem
  bool exact = false;   // "=": whole word only, not a compound part
  bool prefix = false;  // "*": word beginning
};

using PatternPhrase = std::vector<PatternWord>;

struct PatternAlternative {
  std::string feature;  // non-empty for "@feature"
  PatternPhrase phrase;
  std::optional<PatternPhrase> near;  // second phrase of "A NEAR/n B"
  int distance = 0;                   // n: at most n tokens between A and B, either order
};

struct CompiledPattern {
  std::vector<PatternAlternative> alternatives;
};

// Checks a pattern's syntax; returns the reason it is wrong, or nullopt when it is fine.
std::optional<std::string> pattern_syntax_error(std::string_view pattern);

// Compiles a pattern with the tokenizer (so words are folded and stemmed as plan text is), and
// adds the members of any synonym group a whole alternative belongs to.
CompiledPattern compile_pattern(std::string_view pattern, const Tokenizer& tokenizer,
                                const std::vector<std::vector<std::string>>& synonyms);

// The tokens the classifier matches against, with the stems of their compound parts.
struct MatchToken {
  const Token* token = nullptr;
  std::vector<std::string> part_stems;
};

// Where an alternative matched: token range [first, last] in the matched sequence.
struct PatternMatch {
  std::size_t first = 0;
  std::size_t last = 0;
};

// All non-overlapping matches of the pattern's word alternatives in `tokens` (features are
// not matched here).
std::vector<PatternMatch> find_matches(const CompiledPattern& pattern,
                                       const std::vector<MatchToken>& tokens);

}  // namespace planmine
