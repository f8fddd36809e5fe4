// The Dutch tokenizer: word break, folding, stemming, offsets, hyphenated words, Xapian stemmer.

#include "planmine/pipeline/tokenizer.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

namespace planmine {
namespace {

std::vector<std::string> texts(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& token : tokens) out.push_back(token.text);
  return out;
}

const Token* find_token(const std::vector<Token>& tokens, const std::string& text) {
  auto it = std::find_if(tokens.begin(), tokens.end(),
                         [&](const Token& token) { return token.text == text; });
  return it == tokens.end() ? nullptr : &*it;
}

TEST(Tokenizer, FoldsCaseAndAccents) {
  EXPECT_EQ(Tokenizer::fold("Financiële"), "financiele");
  EXPECT_EQ(Tokenizer::fold("coördinator"), "coordinator");
  EXPECT_EQ(Tokenizer::fold("CAFÉ"), "cafe");
  EXPECT_EQ(Tokenizer::fold("KCC"), "kcc");
  EXPECT_EQ(Tokenizer::fold("\u0133sselmeer"), "ijsselmeer");  // the ligature ĳ
  // A decomposed e + combining diaeresis folds like the precomposed ë.
  EXPECT_EQ(Tokenizer::fold("financie\u0308le"), "financiele");
  // A soft hyphen left in a word is no part of its matching form.
  EXPECT_EQ(Tokenizer::fold("dienst\u00ADverlening"), "dienstverlening");
  EXPECT_EQ(Tokenizer::fold("Één"), "een");
}

TEST(Tokenizer, KeepsTheOriginalForDisplay) {
  auto tokens = Tokenizer::standard().tokenize("De Financiële paragraaf.");
  ASSERT_EQ(texts(tokens), (std::vector<std::string>{"De", "Financiële", "paragraaf"}));
  EXPECT_EQ(tokens[1].folded, "financiele");
  EXPECT_EQ(tokens[0].folded, "de");
}

TEST(Tokenizer, OffsetsPointBackAtTheText) {
  const std::string text = "Coördinatie van het KCC:\n€ 1.250.000 in 2010-2011, zie e-NIK.";
  auto tokens = Tokenizer::standard().tokenize(text, 7);
  ASSERT_FALSE(tokens.empty());
  for (const Token& token : tokens) {
    ASSERT_LE(token.end, text.size());
    EXPECT_EQ(text.substr(token.begin, token.end - token.begin), token.text);
    EXPECT_EQ(token.page, 7);
  }
  EXPECT_EQ(texts(tokens),
            (std::vector<std::string>{"Coördinatie", "van", "het", "KCC", "1.250.000", "in",
                                      "2010-2011", "zie", "e-NIK"}));
}

TEST(Tokenizer, AbbreviationsAndNumbersSurvive) {
  auto tokens =
      Tokenizer::standard().tokenize("NUP en KCC, 14+netnummer, € 1.250.000, Antwoord© 2010");
  EXPECT_EQ(texts(tokens), (std::vector<std::string>{"NUP", "en", "KCC", "14+netnummer",
                                                     "1.250.000", "Antwoord", "2010"}));
  EXPECT_EQ(tokens[0].folded, "nup");
  EXPECT_EQ(tokens[2].folded, "kcc");
}

TEST(Tokenizer, HyphenatedWordsKeepTheirPieces) {
  auto tokens = Tokenizer::standard().tokenize(
      "NUP-bouwstenen en e-overheid, 2010-2011 en 2010–2011; niet - los");
  EXPECT_EQ(texts(tokens),
            (std::vector<std::string>{"NUP-bouwstenen", "en", "e-overheid", "2010-2011", "en",
                                      "2010–2011", "niet", "los"}));
  EXPECT_EQ(tokens[0].folded, "nup-bouwstenen");
  // The pieces come first, each followed by its compound parts: "bouwsteen" finds it.
  EXPECT_EQ(tokens[0].parts, (std::vector<std::string>{"nup", "bouwstenen", "bouw", "stenen"}));
  // The one-letter prefix of e-overheid is no search term; "overheid" is.
  EXPECT_EQ(tokens[2].parts, (std::vector<std::string>{"overheid"}));
  EXPECT_EQ(tokens[3].parts, (std::vector<std::string>{"2010", "2011"}));
}

TEST(Tokenizer, HyphenatedPiecesAreSplitFurther) {
  auto tokens = Tokenizer::standard().tokenize("ICT-basisregistraties");
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].parts,
            (std::vector<std::string>{"ict", "basisregistraties", "basis", "registraties"}));
}

TEST(Tokenizer, SplitsCompoundsInText) {
  auto tokens = Tokenizer::standard().tokenize("Het Dienstverleningsconcept en de gemeente.");
  const Token* compound = find_token(tokens, "Dienstverleningsconcept");
  ASSERT_NE(compound, nullptr);
  EXPECT_EQ(compound->parts, (std::vector<std::string>{"dienstverlening", "concept"}));
  const Token* plain = find_token(tokens, "gemeente");
  ASSERT_NE(plain, nullptr);
  EXPECT_TRUE(plain->parts.empty());
}

TEST(Tokenizer, StemsTheFoldedForm) {
  auto tokens = Tokenizer::standard().tokenize("Gemeenten gemeente Financiële financiele");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].stem, tokens[1].stem);
  EXPECT_EQ(tokens[2].stem, tokens[3].stem);
  EXPECT_NE(tokens[0].stem, tokens[0].folded);
}

TEST(Tokenizer, ApostrophePluralsStemLikeTheWord) {
  auto tokens = Tokenizer::standard().tokenize("Risico's, risico\u2019s en het risico; KCC's");
  ASSERT_EQ(texts(tokens), (std::vector<std::string>{"Risico's", "risico\u2019s", "en", "het",
                                                     "risico", "KCC's"}));
  EXPECT_EQ(tokens[0].folded, "risico's");
  EXPECT_EQ(tokens[1].folded, "risico's");  // the typographic apostrophe folds to '
  EXPECT_EQ(tokens[0].stem, tokens[4].stem);
  EXPECT_EQ(tokens[1].stem, tokens[4].stem);
  EXPECT_EQ(tokens[5].stem, "kcc");
  EXPECT_EQ(Tokenizer::stemmer()("risico's"), Tokenizer::stemmer()("Risico"));
}

TEST(Tokenizer, InvalidUtf8DoesNotBreakOffsets) {
  const std::string text = "klant\xff\xfe contact \xc3";
  auto tokens = Tokenizer::standard().tokenize(text);
  ASSERT_GE(tokens.size(), 2u);
  EXPECT_EQ(tokens.front().text, "klant");
  for (const Token& token : tokens) {
    ASSERT_LE(token.end, text.size());
    EXPECT_LT(token.begin, token.end);
  }
  EXPECT_NE(find_token(tokens, "contact"), nullptr);
}

TEST(Tokenizer, ThreadsGetTheSameTokens) {
  // One tokenizer is shared by the classifier's and indexer's threads.
  const std::string text =
      "Het klantcontactcentrum en de basisregistraties: NUP-bouwstenen, e-overheid, "
      "dienstverleningsconcept, Financiële risico's in 2010-2011.";
  auto describe = [](const std::vector<Token>& tokens) {
    std::string out;
    for (const Token& token : tokens) {
      out += token.text + "|" + token.folded + "|" + token.stem + "|";
      for (const std::string& part : token.parts) out += part + ",";
      out += std::to_string(token.begin) + ";";
    }
    return out;
  };
  const Tokenizer tokenizer(PLANMINE_SOURCE_DIR "/codebook/compound-words.txt");
  const std::string expected = describe(tokenizer.tokenize(text));
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] {
      for (int round = 0; round < 50; ++round) results[i] = describe(tokenizer.tokenize(text));
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& result : results) EXPECT_EQ(result, expected);
}

TEST(Tokenizer, EmptyAndPunctuationOnlyTextGiveNoTokens) {
  EXPECT_TRUE(Tokenizer::standard().tokenize("").empty());
  EXPECT_TRUE(Tokenizer::standard().tokenize(" -- , . € ©\n\t").empty());
}

TEST(TokenizerStemmer, FoldsBeforeStemming) {
  Xapian::Stem stem = Tokenizer::stemmer();
  EXPECT_EQ(stem("Financiële"), stem("financiele"));
  EXPECT_EQ(stem("Gemeenten"), stem("gemeente"));
  EXPECT_EQ(stem("PROJECTEN"), stem("project"));
  EXPECT_EQ(stem("financiele"), Xapian::Stem("dutch")("financiele"));
  EXPECT_FALSE(stem.get_description().empty());
}

TEST(TokenizerStemmer, IndexAndQueryAgree) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::TermGenerator indexer;
  indexer.set_stemmer(Tokenizer::stemmer());
  Xapian::Document doc;
  indexer.set_document(doc);
  indexer.index_text("De financiële paragraaf van de gemeenten.");
  db.add_document(doc);

  Xapian::QueryParser parser;
  parser.set_stemmer(Tokenizer::stemmer());
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  // Lower-case query words are stemmed (STEM_SOME), so they meet the indexed stems.
  for (const char* query : {"financiele", "financiële", "gemeente", "financieel gemeenten"}) {
    Xapian::Enquire enquire(db);
    enquire.set_query(parser.parse_query(query));
    EXPECT_EQ(enquire.get_mset(0, 10).size(), 1u) << query;
  }
}

}  // namespace
}  // namespace planmine
