// The cleaning rules, one by one, on small hand-made text (and their counter-cases).

#include "planmine/extractors/cleaning.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace planmine {
namespace {

TEST(NormalizeCharacters, ReplacesLigaturesWithTheirLetters) {
  EXPECT_EQ(normalize_characters("\uFB01nanciering en \uFB02exibel, \uFB00ectief"),
            "financiering en flexibel, ffectief");
  EXPECT_EQ(normalize_characters("\u0133sselmeer"), "ijsselmeer");
}

TEST(NormalizeCharacters, OddSpacesBecomeSpacesAndInvisibleCharactersGo) {
  EXPECT_EQ(normalize_characters("€\u00A0120.000"), "€ 120.000");
  EXPECT_EQ(normalize_characters("a\u202Fb\u2009c"), "a b c");
  EXPECT_EQ(normalize_characters("zaak\u200Bgericht\uFEFF"), "zaakgericht");
  EXPECT_EQ(normalize_characters("uitvoerings\u00ADprogramma"), "uitvoeringsprogramma");
}

TEST(NormalizeCharacters, FullWidthFormsBecomePlain) {
  EXPECT_EQ(normalize_characters("\uFF2B\uFF23\uFF23"), "KCC");
}

TEST(NormalizeCharacters, KeepsDiacriticsComposed) {
  // Decomposed input (e + combining diaeresis) comes out composed (NFC).
  EXPECT_EQ(normalize_characters("financie\u0308le"), "financi\u00EBle");
  EXPECT_EQ(normalize_characters("co\u00F6rdinator \u00E9\u00E9n"),
            "co\u00F6rdinator \u00E9\u00E9n");
}

TEST(NormalizeCharacters, KeepsLineEndsTabsAndSuperscripts) {
  EXPECT_EQ(normalize_characters("a\tb\nc"), "a\tb\nc");
  EXPECT_EQ(normalize_characters("m\u00B2"), "m\u00B2");
  EXPECT_EQ(normalize_characters("a\x01"
                                 "b\r"),
            "ab");
}

TEST(NormalizeCharacters, SurvivesBrokenUtf8) {
  EXPECT_EQ(normalize_characters("ab\xC3"), "ab");
  EXPECT_EQ(normalize_characters("\xFF\xFEok"), "ok");
}

TEST(LineJoin, JoinsAWordBrokenByHyphenation) {
  EXPECT_EQ(decide_line_join("het dienstverlenings-", "concept is"), LineJoin::kJoinDropHyphen);
  EXPECT_EQ(join_two_lines("het dienstverlenings-", "concept"), "het dienstverleningsconcept");
}

TEST(LineJoin, KeepsTheHyphenOfRealCompounds) {
  EXPECT_EQ(join_two_lines("de e-", "overheid"), "de e-overheid");
  EXPECT_EQ(join_two_lines("alle NUP-", "bouwstenen"), "alle NUP-bouwstenen");
  EXPECT_EQ(join_two_lines("de KCC-", "medewerkers"), "de KCC-medewerkers");
  EXPECT_EQ(join_two_lines("de DigiD-", "koppeling"), "de DigiD-koppeling");
  EXPECT_EQ(join_two_lines("het EGEM-i-", "referentiemodel"), "het EGEM-i-referentiemodel");
  EXPECT_EQ(join_two_lines("de informatie-", "uitwisseling"), "de informatie-uitwisseling");
  EXPECT_EQ(join_two_lines("Noord-", "Brabant"), "Noord-Brabant");
  EXPECT_EQ(join_two_lines("periode 2009-", "2012"), "periode 2009-2012");
}

TEST(LineJoin, SoftHyphensAlwaysJoin) {
  EXPECT_EQ(join_two_lines("de dienst\u00AD\u2010", "verleningsvisie"), "de dienstverleningsvisie");
  EXPECT_EQ(join_two_lines("een klant\u00AD", "contactcentrum"), "een klantcontactcentrum");
}

TEST(LineJoin, LeavesDashesAndOrdinaryLineEndsAlone) {
  EXPECT_EQ(decide_line_join("de wethouder -", "en de raad"), LineJoin::kSeparate);
  EXPECT_EQ(decide_line_join("gewone regel", "volgende regel"), LineJoin::kSeparate);
  EXPECT_EQ(decide_line_join("opsomming:", "- punt"), LineJoin::kSeparate);
  EXPECT_EQ(decide_line_join("-", "los"), LineJoin::kSeparate);
  EXPECT_EQ(decide_line_join("", ""), LineJoin::kSeparate);
}

TEST(JoinHyphenatedLines, MovesTheRestOfTheWordUp) {
  std::vector<std::string> lines = {"wij bouwen een dienstverlenings-", "concept voor de e-",
                                    "overheid.", "", "nieuwe alinea"};
  join_hyphenated_lines(lines);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], "wij bouwen een dienstverleningsconcept");
  EXPECT_EQ(lines[1], "voor de e-overheid.");
  EXPECT_EQ(lines[2], "");
  EXPECT_EQ(lines[3], "nieuwe alinea");
}

TEST(JoinHyphenatedLines, NeverJoinsAcrossBlankLinesOrTableRows) {
  std::vector<std::string> lines = {"een organisatie-", "", "ontwikkeling", "A1\tproject-", "plan"};
  const auto before = lines;
  join_hyphenated_lines(lines);
  EXPECT_EQ(lines, before);
}

TEST(PageNumberLine, RecognisesTheCommonForms) {
  for (const char* line :
       {"12", " 3 ", "- 3 -", "\u20132\u2013", "\u2014 4 \u2014", "Pagina 3 van 12", "pagina 4",
        "blad 2", "Blad 2 van 9", "page 3 of 9", "3/12", "3 / 12", "p. 7"}) {
    EXPECT_TRUE(is_page_number_line(line)) << line;
  }
}

TEST(PageNumberLine, RejectsTextWithNumbers) {
  for (const char* line : {"", "2009", "12 april", "Tabel 3", "pagina's 3 en 4", "1.2 Visie",
                           "€ 120.000", "3 van de 12 projecten", "12345"}) {
    EXPECT_FALSE(is_page_number_line(line)) << line;
  }
}

TEST(RunningLineKey, FoldsDigitsCaseAndSpaces) {
  EXPECT_EQ(running_line_key("  Gemeente X \t· versie 1.0  pagina 12"),
            running_line_key("gemeente x · versie 2.3 pagina 7"));
  EXPECT_NE(running_line_key("Gemeente X"), running_line_key("Gemeente Y"));
}

// A page as the layout gives it: header, body lines that differ from page to page, footer.
std::vector<std::string> page_lines(int page, const std::vector<std::string>& top,
                                    const std::vector<std::string>& bottom) {
  std::vector<std::string> lines = top;
  const std::string letter(1, static_cast<char>('a' + page));
  lines.push_back("Hoofdstuk " + letter);
  for (int i = 0; i < 6; ++i) lines.push_back("tekst " + letter + std::string(1, 'k' + i));
  lines.insert(lines.end(), bottom.begin(), bottom.end());
  return lines;
}

TEST(StripRunningHeaders, RemovesRepeatedTopAndBottomLinesAndPageNumbers) {
  std::vector<std::vector<std::string>> pages;
  for (int page = 1; page <= 5; ++page) {
    const std::string number = std::to_string(page);
    pages.push_back(page_lines(page, {"Gemeente Proefdorp · Plan 2010", ""},
                               {"", "Kenmerk AB/2010/10" + number + "\tblad " + number, number}));
  }
  pages[0].insert(pages[0].begin(), "TITELPAGINA");
  strip_running_headers(pages);
  for (size_t i = 0; i < pages.size(); ++i) {
    const auto& lines = pages[i];
    for (const auto& line : lines) {
      EXPECT_EQ(line.find("Proefdorp"), std::string::npos) << line;
      EXPECT_EQ(line.find("Kenmerk"), std::string::npos) << line;
    }
    const auto non_blank = std::count_if(lines.begin(), lines.end(),
                                         [](const std::string& line) { return !line.empty(); });
    EXPECT_EQ(non_blank, i == 0 ? 8 : 7);
    EXPECT_EQ(lines.back(), "tekst " + std::string(1, static_cast<char>('a' + i + 1)) + "p");
  }
  EXPECT_EQ(pages[0].front(), "TITELPAGINA");
}

TEST(StripRunningHeaders, KeepsLinesThatRepeatOnFewPagesOrInTheMiddle) {
  std::vector<std::vector<std::string>> pages;
  for (int page = 1; page <= 6; ++page) {
    pages.push_back(page_lines(page, {}, {}));
    pages.back()[3] = "zelfde zin midden op de pagina";
  }
  pages[0][0] = "Samenvatting";
  pages[1][0] = "Samenvatting";
  const auto before = pages;
  strip_running_headers(pages);
  EXPECT_EQ(pages, before);  // "Samenvatting" is on 2 of 6 pages: not a running header
}

TEST(StripRunningHeaders, AOnePagePlanOnlyLosesItsPageNumber) {
  std::vector<std::vector<std::string>> pages = {{"Titel", "tekst", "1"}};
  strip_running_headers(pages);
  EXPECT_EQ(pages[0], (std::vector<std::string>{"Titel", "tekst"}));
}

}  // namespace
}  // namespace planmine
