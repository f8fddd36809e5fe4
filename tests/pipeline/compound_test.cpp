// Dutch compound splitting against the project's word list (codebook/compound-words.txt).

#include <gtest/gtest.h>
#include <xapian.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
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
  // The linking s wins over a part that would start with s ("staak").
  EXPECT_EQ(split("dienstverleningstaak"), (Parts{"dienstverlening", "taak"}));
  // No linking element where the next part starts with s or n itself.
  EXPECT_EQ(split("weerstand"), (Parts{"weer", "stand"}));
  EXPECT_EQ(split("daarnaast"), (Parts{"daar", "naast"}));
  // wdutch lists the genitive "overheids" as a word; it has the stem of "overheid".
  EXPECT_EQ(split("overheidsorganisaties"), (Parts{"overheids", "organisaties"}));
  EXPECT_EQ(Xapian::Stem("dutch")("overheids"), Xapian::Stem("dutch")("overheid"));
}

TEST(CompoundSplitter, SplitsWithLinkingEn) {
  // Dutch writes the linking -en- as the plural, so the part keeps it; its stem is the stem
  // of the singular, which is what matching and the index use.
  EXPECT_EQ(split("gemeentenportaal"), (Parts{"gemeenten", "portaal"}));
  EXPECT_EQ(split("klantenservice"), (Parts{"klanten", "service"}));
  EXPECT_EQ(split("pakkettenlijst"), (Parts{"pakketten", "lijst"}));
  Xapian::Stem dutch("dutch");
  EXPECT_EQ(dutch("gemeenten"), dutch("gemeente"));
  EXPECT_EQ(dutch("pakketten"), dutch("pakket"));
}

TEST(CompoundSplitter, SplitsIntoAllConstituents) {
  EXPECT_EQ(split("klantcontactcentrum"), (Parts{"klant", "contact", "centrum"}));
  EXPECT_EQ(split("basisregistraties"), (Parts{"basis", "registraties"}));
  EXPECT_EQ(split("basisregistratie"), (Parts{"basis", "registratie"}));
  // A part before a linking s stays whole; the others are split down.
  EXPECT_EQ(split("programmamanagers"), (Parts{"programma", "managers"}));
  EXPECT_EQ(split("informatiebeleidsplan"), (Parts{"informatiebeleid", "plan"}));
  EXPECT_EQ(split("raadsinformatiesysteem"), (Parts{"raad", "informatie", "systeem"}));
  // Short parts only from the domain list: top|taken, web|formulieren.
  EXPECT_EQ(split("toptaken"), (Parts{"top", "taken"}));
  EXPECT_EQ(split("webformulieren"), (Parts{"web", "formulieren"}));
  EXPECT_EQ(split("standaardproducten"), (Parts{"standaard", "producten"}));
}

TEST(CompoundSplitter, LeavesNonCompoundsWhole) {
  for (const char* word :
       {"organisatie", "bestuur", "overheid", "gemeentelijke", "voorstel", "onderzoek",
        "informatie", "ontwikkeling", "kwaliteit", "gemeente", "verantwoordelijk", "uitvoering",
        "project", "nup",
        // inflections of simple words: no dien|sten, mana|gers, gesp|rekken, volg|ende
        "diensten", "managers", "gesprekken", "volgende", "ambtenaren", "opbrengsten",
        // suffixes and prefixes that are words too: no waarde|ring, manage|ment, prak|tijk
        "waardering", "management", "praktijk", "belangrijk", "transport", "digitalisering",
        "algemeen", "vergeleken", "maatschappelijk", "noodzakelijk", "standaard", "rechtstreeks"}) {
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
    out << "zon\nbloem\nzonnebloem\nveld\nboek\nwinkel\n";
  }
  Tokenizer tokenizer(path);
  EXPECT_EQ(tokenizer.compound_parts("bloemveld"), (Parts{"bloem", "veld"}));
  EXPECT_EQ(tokenizer.compound_parts("zonnebloemveld"), (Parts{"zonnebloem", "veld"}));
  // This list lacks the plural "boeken": the -en- is a linking element.
  EXPECT_EQ(tokenizer.compound_parts("boekenwinkel"), (Parts{"boek", "winkel"}));
  // The standard list knows 'klant'; this one does not.
  EXPECT_EQ(tokenizer.compound_parts("klantcontact"), Parts{});
  std::filesystem::remove(path);
}

TEST(CompoundWordList, CommittedListIsWhatTheScriptBuilds) {
  // Catches an edit of scripts/compound-words/*.txt without re-running the script.
  if (!std::filesystem::exists("/usr/share/dict/nederlands") ||
      std::system("command -v uconv >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "wdutch or uconv (icu-devtools) not installed";
  }
  const auto out = std::filesystem::temp_directory_path() / "planmine-compound-words-check.txt";
  const std::string command = std::string(PLANMINE_SOURCE_DIR) +
                              "/scripts/build-compound-words --out " + out.string() + " >/dev/null";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  auto read = [](const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  };
  const std::string built = read(out);
  std::filesystem::remove(out);
  EXPECT_GT(built.size(), 1'000'000u);
  EXPECT_TRUE(built == read(std::string(PLANMINE_SOURCE_DIR) + "/codebook/compound-words.txt"))
      << "codebook/compound-words.txt is stale: run scripts/build-compound-words";
}

TEST(CompoundSplitter, MissingWordListIsAnError) {
  EXPECT_THROW(Tokenizer("/nonexistent/planmine-words.txt"), std::runtime_error);
}

}  // namespace
}  // namespace planmine
