#pragma once
// Dutch tokenization shared by classification, indexing and querying, so all three see the
// same terms: ICU word break, case folding, accent folding, compound splitting, Snowball stem.

#include <xapian.h>

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace planmine {

struct Token {
  std::string text;    // as written in the plan (NFC), for display
  std::string folded;  // case-folded, accents removed: the form used for matching
  std::string stem;    // Dutch Snowball stem of `folded`
  // Compound parts of `folded` (without linking s/en), empty when the word is no compound:
  // "dienstverleningsconcept" -> {"dienstverlening", "concept"}.
  std::vector<std::string> parts;
  int page = 0;           // page the token stands on (as passed to tokenize)
  std::size_t begin = 0;  // byte offset of `text` in the tokenized string
  std::size_t end = 0;    // one past its last byte
};

class CompoundSplitter;

class Tokenizer {
 public:
  // Uses the compound word list at `wordlist` (one word a line).
  explicit Tokenizer(const std::filesystem::path& wordlist);
  ~Tokenizer();
  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;

  // The project's tokenizer with its built-in word list.
  static const Tokenizer& standard();

  std::vector<Token> tokenize(std::string_view text, int page = 0) const;

  // Case-folds and removes accents: "Financiële" -> "financiele".
  static std::string fold(std::string_view word);

  // A Xapian stemmer doing fold() then Dutch Snowball stemming, for TermGenerator and
  // QueryParser, so the index and queries agree with classification.
  static Xapian::Stem stemmer();

  // The compound parts of a folded word (as in Token::parts): "klantcontactcentrum" ->
  // {"klant", "contact", "centrum"}; empty when it is no compound.
  std::vector<std::string> compound_parts(std::string_view folded) const;

 private:
  std::unique_ptr<CompoundSplitter> splitter_;
};

}  // namespace planmine
