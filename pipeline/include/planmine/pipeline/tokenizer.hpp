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
  // Searchable sub-words of `folded`, empty when it has none. For a compound: its parts
  // without linking s/en, "dienstverleningsconcept" -> {"dienstverlening", "concept"},
  // "klantcontactcentrum" -> {"klant", "contact", "centrum"}. For a hyphenated word: each
  // piece of two or more characters followed by that piece's own compound parts,
  // "NUP-bouwstenen" -> {"nup", "bouwstenen", "bouw", "stenen"}, "e-overheid" -> {"overheid"}.
  // Parts are folded, not stemmed: stem them with stemmer() to match on stems.
  std::vector<std::string> parts;
  int page = 0;           // page the token stands on (as passed to tokenize)
  std::size_t begin = 0;  // byte offset of `text` in the tokenized string
  std::size_t end = 0;    // one past its last byte
};

class CompoundSplitter;

class Tokenizer {
 public:
  // Uses the compound word list at `wordlist` (folded words, one a line); throws
  // std::runtime_error when it cannot be read. Safe to use from several threads at once.
  explicit Tokenizer(const std::filesystem::path& wordlist);
  ~Tokenizer();
  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;

  // The project's tokenizer with its built-in word list, compound-words.txt from
  // <bin>/../share/planmine/ when installed there, else the checkout's codebook/; loaded once
  // on first use (about 40 ms; planmine search never needs it).
  static const Tokenizer& standard();

  // The word-like tokens of UTF-8 `text` (letters or digits; punctuation, symbols and spaces
  // are dropped) in order. Words written with a hyphen or plus between them and no spaces are
  // one token: "e-NIK", "2010-2011", "14+netnummer"; so are number ranges with an en dash.
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
