// Dutch compound splitting against the project's word list (codebook/compound-words.txt).

#include <gtest/gtest.h>
#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "planmine/pipeline/tokenizer.hpp"

namespace planmine {
namespace {

using Parts = std::vector<std::string>;

Parts split(const std::string& word) {
  return Tokenizer::standard().compound_parts(word);
}

TEST(CompoundSplitter, SplitsWithLinkingS) {
  EXPECT_EQ(split("dienstverleningsconcept"), (Parts{"dienstverlening", "concept"}));
  EXPECT_EQ(split("beleidsplan"), (Parts{"beleid", "plan"}));
  EXPECT_EQ(split("uitvoeringsprogramma"), (Parts{"uitvoering", "programma"}));
}

TEST(CompoundSplitter, SplitsWithLinkingEn) {
  // Dutch writes the linking -en- as the plural, so the part keeps it; its stem is the
  // stem of the singular, which is what matching and the index use.
  EXPECT_EQ(split("gemeentenportaal"), (Parts{"gemeenten", "portaal"}));
  EXPECT_EQ(split("pakkettenlijst"), (Parts{"pakketten", "lijst"}));
  EXPECT_EQ(split("klantenservice"), (Parts{"klanten", "service"}));
  Xapian::Stem dutch("dutch");
  EXPECT_EQ(dutch("gemeenten"), dutch("gemeente"));
  EXPECT_EQ(dutch("pakketten"), dutch("pakket"));
}

TEST(CompoundSplitter, SplitsIntoAllConstituents) {
  EXPECT_EQ(split("klantcontactcentrum"), (Parts{"klant", "contact", "centrum"}));
  EXPECT_EQ(split("basisregistraties"), (Parts{"basis", "registraties"}));
  EXPECT_EQ(split("basisregistratie"), (Parts{"basis", "registratie"}));
}

TEST(CompoundSplitter, LeavesNonCompoundsWhole) {
  for (const char* word : {"organisatie", "bestuur", "overheid", "gemeentelijke", "voorstel",
                           "onderzoek", "informatie", "ontwikkeling", "kwaliteit", "gemeente",
                           "verantwoordelijk", "uitvoering", "project", "nup"}) {
    EXPECT_EQ(split(word), Parts{}) << word;
  }
}

TEST(CompoundSplitter, UnknownWordsAreNotSplit) {
  EXPECT_EQ(split("xqzwvbnm"), Parts{});
  EXPECT_EQ(split(""), Parts{});
}

TEST(CompoundSplitter, ReadsAnotherWordList) {
  const auto path = std::filesystem::temp_directory_path() / "planmine-compound-test-words.txt";
  {
    std::ofstream out(path);
    out << "zon\nbloem\nzonnebloem\nveld\n";
  }
  Tokenizer tokenizer(path);
  EXPECT_EQ(tokenizer.compound_parts("bloemveld"), (Parts{"bloem", "veld"}));
  EXPECT_EQ(tokenizer.compound_parts("zonnebloemveld"), (Parts{"zonnebloem", "veld"}));
  // The standard list knows 'klant'; this one does not.
  EXPECT_EQ(tokenizer.compound_parts("klantcontact"), Parts{});
  std::filesystem::remove(path);
}

TEST(CompoundSplitter, MissingWordListIsAnError) {
  EXPECT_THROW(Tokenizer("/nonexistent/planmine-words.txt"), std::runtime_error);
}

}  // namespace
}  // namespace planmine
