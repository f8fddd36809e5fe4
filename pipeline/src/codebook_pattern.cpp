#include "codebook_pattern.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <atomic>
#include <charconv>

#include "dutch_stem.hpp"
#include "planmine/pipeline/tokenizer.hpp"

namespace planmine {
namespace {

constexpr std::string_view kAlternativeSeparator = " | ";
constexpr std::string_view kNear = "NEAR/";

std::vector<std::string_view> split_on(std::string_view text, std::string_view separator) {
  std::vector<std::string_view> pieces;
  std::size_t begin = 0;
  while (true) {
    const std::size_t at = text.find(separator, begin);
    pieces.push_back(text.substr(begin, at == std::string_view::npos ? text.npos : at - begin));
    if (at == std::string_view::npos) break;
    begin = at + separator.size();
  }
  return pieces;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

struct RawAlternative {
  std::string_view feature;
  std::string_view phrase;
  std::string_view near;
  int distance = 0;
};

// Splits one alternative; returns the reason when its syntax is wrong.
std::optional<std::string> parse_alternative(std::string_view text, RawAlternative& out) {
  text = trim(text);
  if (text.empty()) return "an empty alternative (two '|' in a row?)";
  if (text.front() == '@') {
    out.feature = text.substr(1);
    const auto& features = known_features();
    if (std::find(features.begin(), features.end(), out.feature) == features.end()) {
      std::string names;
      for (const std::string& name : features) names += (names.empty() ? "" : ", ") + name;
      return fmt::format("unknown feature '@{}' (known: {})", out.feature, names);
    }
    return std::nullopt;
  }
  const std::size_t near = text.find(kNear);
  if (near == std::string_view::npos) {
    out.phrase = text;
  } else {
    out.phrase = trim(text.substr(0, near));
    std::string_view rest = text.substr(near + kNear.size());
    const char* end = rest.data() + rest.size();
    auto [number_end, error] = std::from_chars(rest.data(), end, out.distance);
    if (error != std::errc() || out.distance < 1 || out.distance > 50)
      return "NEAR/ needs a distance between 1 and 50, e.g. 'visie NEAR/5 dienstverlening'";
    out.near = trim(std::string_view(number_end, end - number_end));
    if (out.phrase.empty() || out.near.empty())
      return "NEAR/n needs a phrase on both sides, e.g. 'visie NEAR/5 dienstverlening'";
  }
  for (std::string_view phrase : {out.phrase, out.near}) {
    for (std::string_view word : split_on(phrase, " ")) {
      if (word.empty()) continue;
      if (word == "=" || word == "*" || word == "=*")
        return fmt::format("'{}' is a marker without a word", word);
      if (word.find('*') != std::string_view::npos && word.back() != '*')
        return fmt::format("'*' may only end a word ('{}')", word);
      if (word.find('|') != std::string_view::npos || word.find("NEAR/") != std::string_view::npos)
        return fmt::format("'{}': write alternatives as ' | ' with spaces", word);
    }
  }
  return std::nullopt;
}

PatternPhrase compile_phrase(std::string_view phrase, const Tokenizer& tokenizer,
                             PatternVocabulary& vocabulary) {
  PatternPhrase words;
  for (std::string_view word : split_on(phrase, " ")) {
    if (word.empty()) continue;
    bool exact = false;
    bool prefix = false;
    if (word.front() == '=') {
      exact = true;
      word.remove_prefix(1);
    }
    if (!word.empty() && word.back() == '*') {
      prefix = true;
      word.remove_suffix(1);
    }
    std::vector<Token> tokens = tokenizer.tokenize(word);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      PatternWord pattern_word;
      pattern_word.folded = tokens[i].folded;
      pattern_word.stem = tokens[i].stem;
      pattern_word.exact = exact && i == 0;
      pattern_word.prefix = prefix && i + 1 == tokens.size();
      pattern_word.id = vocabulary.add(pattern_word);
      words.push_back(std::move(pattern_word));
    }
  }
  return words;
}

bool phrase_at(const PatternPhrase& phrase, std::span<const MatchToken> tokens, std::size_t at) {
  if (phrase.empty() || at + phrase.size() > tokens.size()) return false;
  for (std::size_t i = 0; i < phrase.size(); ++i)
    if (!tokens[at + i].matches(phrase[i])) return false;
  return true;
}

}  // namespace

const std::vector<std::string>& known_features() {
  static const std::vector<std::string> features = {
      "deadline_table_rows",  // share of the plan's lines that are project rows with dates/money
      "projects_share",       // share of the text in project and planning sections
      "vision_share",         // share of the text in vision sections
      "no_vision",            // 1 when the plan has no vision section at all
      "table_share",          // share of the plan's lines that are table rows
  };
  return features;
}

std::optional<std::string> pattern_syntax_error(std::string_view pattern) {
  if (trim(pattern).empty()) return "an empty pattern";
  for (std::string_view text : split_on(pattern, kAlternativeSeparator)) {
    RawAlternative alternative;
    if (auto error = parse_alternative(text, alternative)) return error;
  }
  return std::nullopt;
}

CompiledPattern compile_pattern(std::string_view pattern, const Tokenizer& tokenizer,
                                const std::vector<std::vector<std::string>>& synonyms,
                                PatternVocabulary& vocabulary) {
  CompiledPattern compiled;
  std::vector<std::string> seen;
  const auto add_phrase_alternative = [&](std::string_view phrase) {
    PatternAlternative alternative;
    alternative.phrase = compile_phrase(phrase, tokenizer, vocabulary);
    if (alternative.phrase.empty()) return;
    std::string key;
    for (const PatternWord& word : alternative.phrase)
      key += word.folded + (word.prefix ? "*" : "") + (word.exact ? "=" : "") + " ";
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) return;
    seen.push_back(key);
    compiled.alternatives.push_back(std::move(alternative));
  };
  for (std::string_view text : split_on(pattern, kAlternativeSeparator)) {
    RawAlternative raw;
    if (parse_alternative(text, raw)) continue;  // checked when the codebook was loaded
    if (!raw.feature.empty()) {
      PatternAlternative alternative;
      alternative.feature = std::string(raw.feature);
      compiled.alternatives.push_back(std::move(alternative));
      continue;
    }
    if (!raw.near.empty()) {
      PatternAlternative alternative;
      alternative.phrase = compile_phrase(raw.phrase, tokenizer, vocabulary);
      alternative.near = compile_phrase(raw.near, tokenizer, vocabulary);
      alternative.distance = raw.distance;
      if (!alternative.phrase.empty() && !alternative.near->empty())
        compiled.alternatives.push_back(std::move(alternative));
      continue;
    }
    add_phrase_alternative(raw.phrase);
    // A whole alternative that is a member of a synonym group brings the other members.
    const std::string folded = Tokenizer::fold(raw.phrase);
    for (const auto& group : synonyms) {
      const bool member = std::any_of(group.begin(), group.end(), [&](const std::string& word) {
        return Tokenizer::fold(word) == folded;
      });
      if (!member) continue;
      for (const std::string& word : group) add_phrase_alternative(word);
    }
  }
  for (const PatternAlternative& alternative : compiled.alternatives)
    if (!alternative.phrase.empty()) compiled.first_words.push_back(alternative.phrase[0].id);
  std::sort(compiled.first_words.begin(), compiled.first_words.end());
  compiled.first_words.erase(std::unique(compiled.first_words.begin(), compiled.first_words.end()),
                             compiled.first_words.end());
  return compiled;
}

bool MatchToken::matches(const PatternWord& word) const {
  return std::binary_search(words.begin(), words.end(), word.id);
}

std::uint32_t PatternVocabulary::add(const PatternWord& word) {
  const auto [it, added] = ids_.try_emplace({word.folded, word.stem, word.exact, word.prefix},
                                            static_cast<std::uint32_t>(ids_.size()));
  if (!added) return it->second;
  // The memo of match() holds answers of the vocabulary as it was: give this one a new name.
  static std::atomic<std::uint64_t> next_version{1};
  version_ = next_version++;
  const std::uint32_t id = it->second;
  if (word.prefix) {
    Ids& ids = prefixes_[word.folded];
    ids.whole.push_back(id);
    if (!word.exact) ids.part.push_back(id);
    const auto length =
        std::lower_bound(prefix_lengths_.begin(), prefix_lengths_.end(), word.folded.size());
    if (length == prefix_lengths_.end() || *length != word.folded.size())
      prefix_lengths_.insert(length, word.folded.size());
    return id;
  }
  Ids& by_form = forms_[word.folded];
  by_form.whole.push_back(id);
  if (!word.exact) by_form.part.push_back(id);
  // A whole token is compared by stem only when the word has one; a part always was.
  Ids& by_stem = stems_[word.stem];
  if (!word.stem.empty()) by_stem.whole.push_back(id);
  if (!word.exact) by_stem.part.push_back(id);
  return id;
}

void PatternVocabulary::add_form_matches(std::string_view form, bool part,
                                         std::vector<std::uint32_t>& out) const {
  const auto add = [&](const StringMap<Ids>& table, std::string_view key) {
    const auto it = table.find(key);
    if (it == table.end()) return;
    const std::vector<std::uint32_t>& ids = part ? it->second.part : it->second.whole;
    out.insert(out.end(), ids.begin(), ids.end());
  };
  add(forms_, form);
  for (std::size_t length : prefix_lengths_) {
    if (length > form.size()) break;
    add(prefixes_, form.substr(0, length));
  }
}

void PatternVocabulary::add_stem_matches(std::string_view stem, bool part,
                                         std::vector<std::uint32_t>& out) const {
  const auto it = stems_.find(stem);
  if (it == stems_.end()) return;
  const std::vector<std::uint32_t>& ids = part ? it->second.part : it->second.whole;
  out.insert(out.end(), ids.begin(), ids.end());
}

std::vector<std::uint32_t> PatternVocabulary::words_of_token(const std::string& folded,
                                                             const std::string& stem) const {
  std::vector<std::uint32_t> words;
  add_form_matches(folded, false, words);
  add_stem_matches(stem, false, words);
  return words;
}

std::vector<std::uint32_t> PatternVocabulary::words_of_part(const std::string& part) const {
  std::vector<std::uint32_t> words;
  add_form_matches(part, true, words);
  add_stem_matches(dutch_stem(part), true, words);
  return words;
}

std::vector<MatchToken> PatternVocabulary::match(const std::vector<Token>& tokens) const {
  // A plan repeats its words, and so do plans: this thread remembers the words each folded form
  // and each part matched (a token's stem is the stem of its folded form), for this vocabulary.
  struct Memo {
    std::uint64_t version = 0;
    StringMap<std::vector<std::uint32_t>> of_token;
    StringMap<std::vector<std::uint32_t>> of_part;
  };
  constexpr std::size_t kMemoLimit = 200'000;
  thread_local Memo memo;
  if (memo.version != version_ || memo.of_token.size() + memo.of_part.size() > kMemoLimit) {
    memo.version = version_;
    memo.of_token.clear();
    memo.of_part.clear();
  }
  std::vector<MatchToken> matched;
  matched.reserve(tokens.size());
  for (const Token& token : tokens) {
    MatchToken match;
    match.token = &token;
    auto whole = memo.of_token.find(token.folded);
    if (whole == memo.of_token.end())
      whole = memo.of_token.emplace(token.folded, words_of_token(token.folded, token.stem)).first;
    match.words = whole->second;
    for (const std::string& part : token.parts) {
      auto through_part = memo.of_part.find(part);
      if (through_part == memo.of_part.end())
        through_part = memo.of_part.emplace(part, words_of_part(part)).first;
      match.words.insert(match.words.end(), through_part->second.begin(),
                         through_part->second.end());
    }
    std::sort(match.words.begin(), match.words.end());
    match.words.erase(std::unique(match.words.begin(), match.words.end()), match.words.end());
    matched.push_back(std::move(match));
  }
  return matched;
}

namespace {

// The match starting at token `at` of the first alternative that has one there.
std::optional<PatternMatch> match_at(const CompiledPattern& pattern,
                                     std::span<const MatchToken> tokens, std::size_t at) {
  for (const PatternAlternative& alternative : pattern.alternatives) {
    if (!alternative.feature.empty() || !phrase_at(alternative.phrase, tokens, at)) continue;
    const std::size_t last = at + alternative.phrase.size() - 1;
    if (!alternative.near) return PatternMatch{at, last};
    // The second phrase within `distance` tokens before or after the first: it may start at
    // most `distance` tokens after `last` + 1.
    const PatternPhrase& near = *alternative.near;
    const std::size_t from =
        at > alternative.distance + near.size() ? at - alternative.distance - near.size() : 0;
    const std::size_t to = std::min(tokens.size(), last + 2 + alternative.distance);
    for (std::size_t other = from; other < to; ++other) {
      if (other + near.size() - 1 >= at && other <= last) continue;  // overlapping
      if (phrase_at(near, tokens, other))
        return PatternMatch{std::min(at, other), std::max(last, other + near.size() - 1)};
    }
  }
  return std::nullopt;
}

}  // namespace

WordPositions::WordPositions(std::span<const MatchToken> tokens) {
  for (std::size_t position = 0; position < tokens.size(); ++position)
    for (std::uint32_t word : tokens[position].words)
      occurrences_.push_back({word, static_cast<std::uint32_t>(position)});
  std::sort(occurrences_.begin(), occurrences_.end());
}

std::vector<std::size_t> WordPositions::of(const std::vector<std::uint32_t>& words) const {
  std::vector<std::size_t> positions;
  for (std::uint32_t word : words) {
    const auto [begin, end] =
        std::equal_range(occurrences_.begin(), occurrences_.end(), word, Occurrence::ByWord{});
    for (auto it = begin; it != end; ++it) positions.push_back(it->position);
  }
  std::sort(positions.begin(), positions.end());
  positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
  return positions;
}

std::vector<PatternMatch> find_matches(const CompiledPattern& pattern,
                                       std::span<const MatchToken> tokens,
                                       const WordPositions& positions) {
  std::vector<PatternMatch> matches;
  std::size_t next = 0;  // the first token after the last match: matches do not overlap
  // Only a token with a first word of an alternative can start a match.
  for (std::size_t at : positions.of(pattern.first_words)) {
    if (at < next) continue;
    if (const std::optional<PatternMatch> found = match_at(pattern, tokens, at)) {
      matches.push_back(*found);
      next = std::max(found->last, at) + 1;
    }
  }
  return matches;
}

std::vector<PatternMatch> find_matches(const CompiledPattern& pattern,
                                       std::span<const MatchToken> tokens) {
  return find_matches(pattern, tokens, WordPositions(tokens));
}

}  // namespace planmine
