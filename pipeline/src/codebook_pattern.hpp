#pragma once
// The indicator pattern language of the codebook (docs/codebook.md):
//   pattern     := alternative { " | " alternative }
//   alternative := "@" feature | phrase [ "NEAR/" n phrase ]
//   phrase      := word { " " word }      word := ["="] text ["*"]
// "=" matches the whole word only (no compound parts), "*" a word beginning.

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "string_map.hpp"

namespace planmine {

class Tokenizer;
struct Token;

// Structural features the classifier computes from a plan's build, usable as "@name".
const std::vector<std::string>& known_features();

struct PatternWord {
  std::string folded;    // folded form as the tokenizer gives it
  std::string stem;      // its Dutch stem
  bool exact = false;    // "=": whole word only, not a compound part
  bool prefix = false;   // "*": word beginning
  std::uint32_t id = 0;  // its number in the PatternVocabulary it was compiled with
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
  std::vector<std::uint32_t> first_words;  // ids of the words a match can start with, ascending
};

// The tokens the classifier matches against: a token with the pattern words it matches.
struct MatchToken {
  const Token* token = nullptr;
  std::vector<std::uint32_t> words;  // ids, ascending

  bool matches(const PatternWord& word) const;
};

// Every distinct word of a set of compiled patterns. Each token of a plan is looked up here
// once, by hashing, to learn which words it matches; patterns then compare numbers at every
// token instead of comparing each of their words' strings with it.
class PatternVocabulary {
 public:
  // The id of `word` (folded, stem, exact, prefix), the same for equal words.
  std::uint32_t add(const PatternWord& word);

  // The tokens (as the Tokenizer gives them) with the words each matches: a word matches a
  // token when their folded forms or stems are equal, or (not for "=") one of the token's
  // compound parts or its stem; a prefix word when it begins the folded form (or, not for "=",
  // a part).
  std::vector<MatchToken> match(const std::vector<Token>& tokens) const;

 private:
  // The ids a string finds as a token's whole form and as one of its compound parts.
  struct Ids {
    std::vector<std::uint32_t> whole;
    std::vector<std::uint32_t> part;
  };
  // The words a token with this folded form matches as a whole (its stem follows from it).
  std::vector<std::uint32_t> words_of_token(const std::string& folded,
                                            const std::string& stem) const;
  // The words a token with this compound part matches through the part.
  std::vector<std::uint32_t> words_of_part(const std::string& part) const;
  void add_form_matches(std::string_view form, bool part, std::vector<std::uint32_t>& out) const;
  void add_stem_matches(std::string_view stem, bool part, std::vector<std::uint32_t>& out) const;

  std::map<std::tuple<std::string, std::string, bool, bool>, std::uint32_t> ids_;
  StringMap<Ids> forms_;                     // whole words by folded form
  StringMap<Ids> stems_;                     // whole words by stem
  StringMap<Ids> prefixes_;                  // prefix words by folded beginning
  std::vector<std::size_t> prefix_lengths_;  // of the keys of prefixes_, ascending
  std::uint64_t version_ = 0;  // tells this vocabulary's answers apart in the per-thread memo
};

// Checks a pattern's syntax; returns the reason it is wrong, or nullopt when it is fine.
std::optional<std::string> pattern_syntax_error(std::string_view pattern);

// Compiles a pattern with the tokenizer (so words are folded and stemmed as plan text is), and
// adds the members of any synonym group a whole alternative belongs to. Its words are added to
// `vocabulary`, which must match the tokens the pattern is looked for in.
CompiledPattern compile_pattern(std::string_view pattern, const Tokenizer& tokenizer,
                                const std::vector<std::vector<std::string>>& synonyms,
                                PatternVocabulary& vocabulary);

// Where an alternative matched: token range [first, last] in the matched sequence.
struct PatternMatch {
  std::size_t first = 0;
  std::size_t last = 0;
};

// Where the pattern words stand in a sequence of tokens, so that a pattern is tried only at
// the few tokens that can start one of its matches, not at each of a section's thousands.
class WordPositions {
 public:
  WordPositions() = default;  // of no tokens
  explicit WordPositions(std::span<const MatchToken> tokens);

  // The positions of the tokens that match one of `words`, ascending.
  std::vector<std::size_t> of(const std::vector<std::uint32_t>& words) const;

 private:
  struct Occurrence {
    std::uint32_t word = 0;
    std::uint32_t position = 0;
    auto operator<=>(const Occurrence&) const = default;

    struct ByWord {
      bool operator()(const Occurrence& a, std::uint32_t word) const { return a.word < word; }
      bool operator()(std::uint32_t word, const Occurrence& a) const { return word < a.word; }
    };
  };
  std::vector<Occurrence> occurrences_;  // by word, then position
};

// All non-overlapping matches of the pattern's word alternatives in `tokens` (features are
// not matched here), earliest first; at one token the first alternative that matches wins.
// `positions` must be those of `tokens`.
std::vector<PatternMatch> find_matches(const CompiledPattern& pattern,
                                       std::span<const MatchToken> tokens,
                                       const WordPositions& positions);
std::vector<PatternMatch> find_matches(const CompiledPattern& pattern,
                                       std::span<const MatchToken> tokens);

}  // namespace planmine
