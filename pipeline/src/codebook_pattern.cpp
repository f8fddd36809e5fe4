#include "codebook_pattern.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>

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

PatternPhrase compile_phrase(std::string_view phrase, const Tokenizer& tokenizer) {
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
      words.push_back(std::move(pattern_word));
    }
  }
  return words;
}

bool word_matches(const PatternWord& word, const MatchToken& candidate) {
  const Token& token = *candidate.token;
  if (word.prefix) {
    if (token.folded.starts_with(word.folded)) return true;
    if (word.exact) return false;
    return std::any_of(token.parts.begin(), token.parts.end(),
                       [&](const std::string& part) { return part.starts_with(word.folded); });
  }
  if (token.folded == word.folded || (!word.stem.empty() && token.stem == word.stem)) return true;
  if (word.exact) return false;
  for (std::size_t i = 0; i < token.parts.size(); ++i) {
    if (token.parts[i] == word.folded) return true;
    if (i < candidate.part_stems.size() && candidate.part_stems[i] == word.stem) return true;
  }
  return false;
}

bool phrase_at(const PatternPhrase& phrase, const std::vector<MatchToken>& tokens, std::size_t at) {
  if (phrase.empty() || at + phrase.size() > tokens.size()) return false;
  for (std::size_t i = 0; i < phrase.size(); ++i)
    if (!word_matches(phrase[i], tokens[at + i])) return false;
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
                                const std::vector<std::vector<std::string>>& synonyms) {
  CompiledPattern compiled;
  std::vector<std::string> seen;
  const auto add_phrase_alternative = [&](std::string_view phrase) {
    PatternAlternative alternative;
    alternative.phrase = compile_phrase(phrase, tokenizer);
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
      alternative.phrase = compile_phrase(raw.phrase, tokenizer);
      alternative.near = compile_phrase(raw.near, tokenizer);
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
  return compiled;
}

std::vector<PatternMatch> find_matches(const CompiledPattern& pattern,
                                       const std::vector<MatchToken>& tokens) {
  std::vector<PatternMatch> matches;
  std::size_t at = 0;
  while (at < tokens.size()) {
    std::optional<PatternMatch> found;
    for (const PatternAlternative& alternative : pattern.alternatives) {
      if (!alternative.feature.empty() || !phrase_at(alternative.phrase, tokens, at)) continue;
      const std::size_t last = at + alternative.phrase.size() - 1;
      if (!alternative.near) {
        found = PatternMatch{at, last};
        break;
      }
      // The second phrase within `distance` tokens before or after the first.
      const PatternPhrase& near = *alternative.near;
      const std::size_t from =
          at > alternative.distance + near.size() ? at - alternative.distance - near.size() : 0;
      const std::size_t to = std::min(tokens.size(), last + 1 + alternative.distance);
      for (std::size_t other = from; other < to; ++other) {
        if (other + near.size() - 1 >= at && other <= last) continue;  // overlapping
        if (phrase_at(near, tokens, other)) {
          found = PatternMatch{std::min(at, other), std::max(last, other + near.size() - 1)};
          break;
        }
      }
      if (found) break;
    }
    if (found) {
      matches.push_back(*found);
      at = std::max(found->last, at) + 1;
    } else {
      ++at;
    }
  }
  return matches;
}

}  // namespace planmine
