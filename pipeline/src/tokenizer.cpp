#include "planmine/pipeline/tokenizer.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <utility>

#include "compound_splitter.hpp"
#include "data_files.hpp"
#include "dutch_stem.hpp"

namespace planmine {
namespace {

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

void throw_if_failed(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string(what) + ": " + u_errorName(status));
  }
}

// ICU's normalisers are process-wide singletons, safe to share between threads.
struct Normalizers {
  const icu::Normalizer2* nfc = nullptr;
  const icu::Normalizer2* nfd = nullptr;
  const icu::Normalizer2* nfkc_casefold = nullptr;
};

const Normalizers& normalizers() {
  static const Normalizers instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    Normalizers n;
    n.nfc = icu::Normalizer2::getNFCInstance(status);
    n.nfd = icu::Normalizer2::getNFDInstance(status);
    n.nfkc_casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    throw_if_failed(status, "ICU normalizer");
    return n;
  }();
  return instance;
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// The text as written, in NFC (the extractors already deliver NFC; this is the cheap check).
std::string to_nfc(std::string_view text) {
  if (is_ascii(text)) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2& nfc = *normalizers().nfc;
  if (nfc.isNormalizedUTF8(icu::StringPiece(text.data(), text.size()), status) &&
      U_SUCCESS(status)) {
    return std::string(text);
  }
  status = U_ZERO_ERROR;
  icu::UnicodeString normalized = nfc.normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size())), status);
  throw_if_failed(status, "NFC");
  return to_utf8(normalized);
}

// Word break is not thread-safe; each thread clones the Dutch word instance once.
icu::BreakIterator& word_breaker() {
  static const std::unique_ptr<icu::BreakIterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> breaker(
        icu::BreakIterator::createWordInstance(icu::Locale("nl"), status));
    throw_if_failed(status, "ICU word break");
    return breaker;
  }();
  thread_local std::unique_ptr<icu::BreakIterator> breaker(prototype->clone());
  return *breaker;
}

// Characters that join two words into one token when written without spaces around them:
// e-overheid, NUP-bouwstenen, 2010-2011, 14+netnummer.
bool is_joiner(UChar32 c) {
  return c == '-' || c == '+' || c == 0x2010 /* hyphen */ || c == 0x2011 /* non-breaking */;
}
bool is_en_dash(UChar32 c) {
  return c == 0x2013;
}  // joins number ranges only: 2010–2011

struct Segment {
  std::size_t begin;
  std::size_t end;
  bool number;  // ICU says the word is numeric
};

// The single code point a segment consists of, or -1 when it has more than one.
UChar32 single_code_point(std::string_view text, const Segment& s) {
  std::int32_t offset = 0;
  UChar32 c = 0;
  const auto length = static_cast<std::int32_t>(s.end - s.begin);
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data() + s.begin), offset, length, c);
  return offset == length ? c : -1;
}

// Snowball does not know the apostrophe plural (risico's, KCC's): it would leave "risico'".
std::string stem_folded(std::string_view folded) {
  if (folded.ends_with("'s") && folded.size() > 2) folded.remove_suffix(2);
  return dutch_stem(folded);
}

// The Xapian stemmer the index and the query parser use: the same terms as tokenize().
class FoldingDutchStemmer : public Xapian::StemImplementation {
 public:
  std::string operator()(const std::string& word) override {
    return stem_folded(Tokenizer::fold(word));
  }
  std::string get_description() const override {
    return "planmine fold (case, accents) + Snowball dutch";
  }
};

}  // namespace

Tokenizer::Tokenizer(const std::filesystem::path& wordlist)
    : splitter_(std::make_unique<CompoundSplitter>(wordlist)) {}
Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;

const Tokenizer& Tokenizer::standard() {
  static const Tokenizer instance(
      built_in_data_file("compound-words.txt", PLANMINE_DEFAULT_WORDLIST));
  return instance;
}

std::string Tokenizer::fold(std::string_view word) {
  if (is_ascii(word)) {
    std::string out(word);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  const Normalizers& n = normalizers();
  UErrorCode status = U_ZERO_ERROR;
  // NFKC case fold also turns compatibility forms into letters (the ligature ĳ -> ij).
  icu::UnicodeString folded = n.nfkc_casefold->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), word.size())), status);
  icu::UnicodeString decomposed = n.nfd->normalize(folded, status);
  throw_if_failed(status, "fold");
  icu::UnicodeString bare;
  for (std::int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC) {
      bare.append(UChar32{'\''});  // typographic apostrophes: risico’s -> risico's
    } else if (u_charType(c) != U_NON_SPACING_MARK) {
      bare.append(c);
    }
    i += U16_LENGTH(c);
  }
  icu::UnicodeString composed = n.nfc->normalize(bare, status);
  throw_if_failed(status, "fold");
  return to_utf8(composed);
}

Xapian::Stem Tokenizer::stemmer() {
  return Xapian::Stem(new FoldingDutchStemmer());
}

std::vector<std::string> Tokenizer::compound_parts(std::string_view folded) const {
  return splitter_->split(folded);
}

std::vector<Token> Tokenizer::tokenize(std::string_view text, int page) const {
  std::vector<Token> tokens;
  if (text.empty()) return tokens;
  if (text.size() > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max())) {
    // ICU break iterators count in int32_t.
    throw std::length_error("tokenize: text longer than 2 GiB");
  }

  // Word break directly over the UTF-8 bytes: UText native indices are byte offsets.
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  throw_if_failed(status, "UText");
  icu::BreakIterator& breaker = word_breaker();
  breaker.setText(utext, status);
  utext_close(utext);  // the break iterator keeps its own shallow clone
  throw_if_failed(status, "word break");

  // Every segment ICU reports (words and the separators between them), in order.
  std::vector<Segment> segments;
  std::vector<bool> is_word;
  segments.reserve(text.size() / 3);
  for (std::int32_t begin = breaker.first(), end = breaker.next(); end != icu::BreakIterator::DONE;
       begin = end, end = breaker.next()) {
    const std::int32_t rule = breaker.getRuleStatus();
    segments.push_back({static_cast<std::size_t>(begin), static_cast<std::size_t>(end),
                        rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT});
    is_word.push_back(rule >= UBRK_WORD_NONE_LIMIT);
  }
  breaker.setText(icu::UnicodeString());  // drop the reference to `text`

  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (!is_word[i]) continue;
    // Re-join words ICU split at a hyphen or plus written without spaces: e-NIK, 2010-2011.
    std::vector<std::size_t> pieces{i};
    while (i + 2 < segments.size() && is_word[i + 2] && !is_word[i + 1]) {
      const UChar32 c = single_code_point(text, segments[i + 1]);
      const bool joins =
          is_joiner(c) || (is_en_dash(c) && segments[i].number && segments[i + 2].number);
      if (!joins) break;
      i += 2;
      pieces.push_back(i);
    }

    Token token;
    token.begin = segments[pieces.front()].begin;
    token.end = segments[pieces.back()].end;
    token.page = page;
    token.text = to_nfc(text.substr(token.begin, token.end - token.begin));
    token.folded = fold(token.text);
    token.stem = stem_folded(token.folded);
    if (pieces.size() == 1) {
      token.parts = splitter_->split(token.folded);
    } else {
      // A hyphenated word's parts are its pieces, each followed by its own compound parts
      // (NUP-bouwstenen -> nup, bouwstenen, bouw, stenen); one-letter pieces (the e of
      // e-overheid) are no search terms of their own.
      for (std::size_t piece : pieces) {
        std::string folded =
            fold(text.substr(segments[piece].begin, segments[piece].end - segments[piece].begin));
        std::vector<std::string> subparts = splitter_->split(folded);
        if (folded.size() >= 2) token.parts.push_back(std::move(folded));
        for (std::string& part : subparts) token.parts.push_back(std::move(part));
      }
    }
    tokens.push_back(std::move(token));
  }
  return tokens;
}

}  // namespace planmine
