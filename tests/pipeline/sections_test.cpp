// Section splitting on hand-made plan texts: numbered and unnumbered headings, the table of
// contents, sub-headings inheriting their chapter's kind, and page mapping.

#include "planmine/pipeline/sections.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace planmine {
namespace {

PlanText plan_of(std::vector<std::string> pages) {
  PlanText plan;
  int number = 1;
  for (std::string& text : pages) plan.pages.push_back(PageText{number++, std::move(text)});
  return plan;
}

const Section* find_heading(const std::vector<Section>& sections, const std::string& heading) {
  auto it = std::find_if(sections.begin(), sections.end(),
                         [&](const Section& s) { return s.heading == heading; });
  return it == sections.end() ? nullptr : &*it;
}

// The kind of the section with this heading, none when no section has it.
std::optional<SectionKind> kind_of(const std::vector<Section>& sections,
                                   const std::string& heading) {
  const Section* section = find_heading(sections, heading);
  return section ? std::optional(section->kind) : std::nullopt;
}

int count_heading(const std::vector<Section>& sections, const std::string& heading) {
  return static_cast<int>(std::count_if(sections.begin(), sections.end(),
                                        [&](const Section& s) { return s.heading == heading; }));
}

TEST(HeadingKind, RecognisesKindsFromHeadingWords) {
  EXPECT_EQ(heading_kind("7 Risico's en beheersmaatregelen"), SectionKind::risks);
  EXPECT_EQ(heading_kind("Risico’s"), SectionKind::risks);
  EXPECT_EQ(heading_kind("Kritische succesfactoren"), SectionKind::risks);
  EXPECT_EQ(heading_kind("Onze visie op dienstverlening"), SectionKind::vision);
  EXPECT_EQ(heading_kind("Financiën"), SectionKind::finance);
  EXPECT_EQ(heading_kind("Bijlage 2 Projectenoverzicht"), SectionKind::appendix);
  EXPECT_EQ(heading_kind("Plateauplanning"), SectionKind::planning);
  EXPECT_EQ(heading_kind("Huidige situatie"), SectionKind::baseline);
  EXPECT_EQ(heading_kind("Lokale vertaling van de e-overheidsvoorzieningen"),
            SectionKind::projects);
  EXPECT_EQ(heading_kind("Wat kan er misgaan?"), SectionKind::risks);
  EXPECT_FALSE(heading_kind("Tot slot").has_value());
}

// Capitals and accents fold away, whether the heading is plain ASCII or not.
TEST(HeadingKind, FoldsCapitalsAndAccents) {
  EXPECT_EQ(heading_kind("BIJLAGE 2 PROJECTENOVERZICHT"), SectionKind::appendix);
  EXPECT_EQ(heading_kind("FINANCIËN"), SectionKind::finance);
  EXPECT_EQ(heading_kind("ÉÉN VISIE"), SectionKind::vision);
  EXPECT_EQ(heading_kind("RISICO’S"), SectionKind::risks);
  EXPECT_FALSE(heading_kind("TOT SLOT").has_value());
}

TEST(SectionKindNames, RoundTrip) {
  for (const char* name :
       {"front", "introduction", "baseline", "vision", "projects", "planning", "organisation",
        "finance", "risks", "communication", "appendix", "other"}) {
    auto kind = section_kind_from_string(name);
    ASSERT_TRUE(kind.has_value()) << name;
    EXPECT_STREQ(to_string(*kind), name);
  }
  EXPECT_FALSE(section_kind_from_string("risico").has_value());
}

TEST(SplitSections, NumberedPlanWithContentsPage) {
  PlanText plan = plan_of({
      "Gemeente Voorbeeld\nRealisatieplan e-overheid 2009-2011\n",
      "Inhoud\n1 Inleiding\n2 Visie op dienstverlening\n3 Projecten\n4 Risico's\n"
      "Bijlage A Afkortingen\n",
      "1 Inleiding\nDit plan beschrijft hoe de gemeente de komende jaren werkt aan betere "
      "dienstverlening.\n2 Visie op dienstverlening\nDe klant staat centraal in alles wat wij "
      "doen.\n2.1 Kanalen\nWij sturen op het digitale kanaal.\n",
      "3 Projecten\nWij voeren de volgende projecten uit.\n4 Risico's\nDe belangrijkste risico's "
      "staan hieronder.\n4.1 Capaciteit\nEr is te weinig capaciteit bij de afdelingen.\n"
      "Bijlage A Afkortingen\nKCC Klant Contact Centrum\n",
  });
  const std::vector<Section> sections = split_sections(plan);

  // The contents page lists every heading; each must still open exactly one section.
  EXPECT_EQ(count_heading(sections, "1 Inleiding"), 1);
  EXPECT_EQ(count_heading(sections, "4 Risico's"), 1);

  const Section* intro = find_heading(sections, "1 Inleiding");
  ASSERT_NE(intro, nullptr);
  EXPECT_EQ(intro->kind, SectionKind::introduction);
  EXPECT_EQ(intro->first_page, 3);
  EXPECT_NE(intro->text.find("betere"), std::string::npos);

  const Section* vision = find_heading(sections, "2 Visie op dienstverlening");
  ASSERT_NE(vision, nullptr);
  EXPECT_EQ(vision->kind, SectionKind::vision);

  // A sub-section without a kind of its own belongs to its chapter.
  const Section* channels = find_heading(sections, "2.1 Kanalen");
  ASSERT_NE(channels, nullptr);
  EXPECT_EQ(channels->kind, SectionKind::vision);

  const Section* capacity = find_heading(sections, "4.1 Capaciteit");
  ASSERT_NE(capacity, nullptr);
  EXPECT_EQ(capacity->kind, SectionKind::risks);
  EXPECT_EQ(capacity->first_page, 4);

  const Section* appendix = find_heading(sections, "Bijlage A Afkortingen");
  ASSERT_NE(appendix, nullptr);
  EXPECT_EQ(appendix->kind, SectionKind::appendix);

  // The title page is front matter.
  EXPECT_EQ(sections.front().kind, SectionKind::front);
  EXPECT_EQ(sections.front().first_page, 1);
}

TEST(SplitSections, ContentsWithPageNumbersIsNotTakenForHeadings) {
  PlanText plan = plan_of({
      "Inhoudsopgave\nInleiding ........ 3\nAmbitie ........ 4\nRisico's ........ 7\n",
      "Inleiding\nDeze inleiding legt uit waarom er een plan is.\nAmbitie\nWij willen de beste "
      "gemeente van de regio zijn.\nRisico's\nHet grootste risico is gebrek aan draagvlak.\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  EXPECT_EQ(count_heading(sections, "Risico's"), 1);
  const Section* risks = find_heading(sections, "Risico's");
  ASSERT_NE(risks, nullptr);
  EXPECT_EQ(risks->kind, SectionKind::risks);
  EXPECT_EQ(risks->first_page, 2);
  EXPECT_NE(risks->text.find("draagvlak"), std::string::npos);
  const Section* ambition = find_heading(sections, "Ambitie");
  ASSERT_NE(ambition, nullptr);
  EXPECT_EQ(ambition->kind, SectionKind::vision);
  EXPECT_EQ(ambition->text.find("draagvlak"), std::string::npos);
}

// The first heading after the contents repeats the entry without its page number; it is the
// first real heading, not one more contents line.
TEST(SplitSections, FirstHeadingAfterContentsWithPageNumbers) {
  PlanText plan = plan_of({
      "Inhoudsopgave\nInleiding\t3\nVisie op dienstverlening\t4\nRisico's en maatregelen\t7\n"
      "Inleiding\n\nDit plan beschrijft de invoering van de bouwstenen.\n",
      "Visie op dienstverlening\n\nDe inwoner staat centraal.\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  const Section* introduction = find_heading(sections, "Inleiding");
  ASSERT_NE(introduction, nullptr);
  EXPECT_EQ(introduction->kind, SectionKind::introduction);
  EXPECT_NE(introduction->text.find("bouwstenen"), std::string::npos);
}

// A contents page in two columns ("4. Waar staan we nu?<tab>10. Sturing") is contents too, so
// its last entry does not become chapter 6 and hide chapters 1 to 5.
TEST(SplitSections, ContentsInTwoColumnsWithTwoDigitNumbers) {
  PlanText plan = plan_of({
      "Inhoud\n\n1. Waarom dit plan?\t5. Organisatie\n2. Onze ambitie\t6. Investeringen\n"
      "3. Waar staan we nu?\t7. Risico's\n4. Architectuur als fundament\t10. Sturing en "
      "communicatie\n6. Wat gaan we doen: de routekaart\n",
      "1. Waarom dit plan?\n\nHet college heeft dienstverlening tot speerpunt benoemd.\n\n"
      "2. Onze ambitie\n\nIn 2014 regelen inwoners hun zaken digitaal.\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  EXPECT_EQ(find_heading(sections, "6. Wat gaan we doen: de routekaart"), nullptr);
  const Section* ambition = find_heading(sections, "2. Onze ambitie");
  ASSERT_NE(ambition, nullptr);
  EXPECT_EQ(ambition->kind, SectionKind::vision);
}

// A heading right under a table: the last row has no full stop but is no sentence running on.
TEST(SplitSections, HeadingRightAfterATableRow) {
  PlanText plan = plan_of({
      "Realisatieplan e-overheid\n",
      "Middelen\n\nDe kosten staan in de tabel.\n"
      "Totaal\t€ 412.000\t€ 500.000\t€ 574.000\t€ 515.000\t€ 2.001.000\n\n"
      "Risico's en maatregelen\n\nDe planning is krap en de kennis zit bij twee mensen.\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  const Section* risks = find_heading(sections, "Risico's en maatregelen");
  ASSERT_NE(risks, nullptr);
  EXPECT_EQ(risks->kind, SectionKind::risks);
}

// A numbered heading in a narrow column wraps over three lines.
TEST(SplitSections, NumberedHeadingWrappedOverThreeLines) {
  PlanText plan = plan_of({
      "9 Kosten en dekking\nDe kosten zijn gedekt in de begroting.\n\n10 Kritische\n"
      "succesfactoren en\nrisico's\n\nBij de voorbereiding hebben wij de risico's "
      "geïnventariseerd.\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  const Section* risks = find_heading(sections, "10 Kritische succesfactoren en risico's");
  ASSERT_NE(risks, nullptr);
  EXPECT_EQ(risks->kind, SectionKind::risks);
  EXPECT_NE(risks->text.find("geïnventariseerd"), std::string::npos);
}

// A chapter heading wrapped after "en" in a narrow column, right after table rows that end
// in a number like contents entries (but do not count up like page numbers).
TEST(SplitSections, HeadingWrappedAfterAConjunction) {
  PlanText plan = plan_of({
      "Realisatieplan e-overheid\n",
      "4. Projecten\n\nDe projecten staan in de tabel.\nProject\tPlateau\n\n"
      "OverheidsServiceBus\t3\n\nMidoffice\t2\n\n"
      "5. Beveiliging en\nprivacy\n\nPrivacy wordt een vast onderdeel\nbij alle projecten.\n",
      "Beveiliging en\nprivacy\n\nPrivacy is een toetspunt bij elk\nproject.\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  const Section* numbered = find_heading(sections, "5. Beveiliging en privacy");
  ASSERT_NE(numbered, nullptr);
  EXPECT_EQ(numbered->level, 1);
  EXPECT_NE(find_heading(sections, "Beveiliging en privacy"), nullptr);
}

// Chapter styles put the number on a line of its own; a narrow column broke the title in the
// middle of a word without a hyphen. The contents page spells the title whole.
TEST(SplitSections, ChapterNumberOnItsOwnLineAndTitleBrokenMidWord) {
  PlanText plan = plan_of({
      "Inhoudsopgave\n1. Inleiding\t3\n2. Informatiebeveiliging\t3\n3. Risico's\t4\n",
      "1. Inleiding\nDit plan beschrijft de stappen.\n\n2.\nInformatiebeveiligin\ng\n\n"
      "De beveiliging van informatie heeft veel aandacht.\n\n2.1 Stappen\nWij maken "
      "beleid.\n",
      "Hoofdstuk 3\nRisico's\nDe capaciteit is een risico.\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  const Section* security = find_heading(sections, "2. Informatiebeveiliging");
  ASSERT_NE(security, nullptr);
  EXPECT_EQ(security->level, 1);
  EXPECT_NE(security->text.find("veel aandacht"), std::string::npos);
  const Section* steps = find_heading(sections, "2.1 Stappen");
  ASSERT_NE(steps, nullptr);
  EXPECT_EQ(steps->chapter, "2. Informatiebeveiliging");
  // Without a contents entry ("Hoofdstuk 3" is listed as "3. Risico's", which it does not
  // spell), the bare number still takes the title on the next line.
  const Section* risks = find_heading(sections, "Hoofdstuk 3 Risico's");
  ASSERT_NE(risks, nullptr);
  EXPECT_EQ(risks->kind, SectionKind::risks);
  EXPECT_NE(risks->text.find("capaciteit"), std::string::npos);
}

// A bare number at the end of a numbered list, or a page number, is not a heading's number.
TEST(SplitSections, BareNumbersThatAreNotHeadings) {
  PlanText plan = plan_of({
      "1. Inleiding\nDe stappen zijn:\n3.\nDe gemeente richt een zaaksysteem in en koppelt het "
      "aan de website.\n\n12\nVisie\nWij willen de klant centraal zetten.\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  for (const Section& section : sections) {
    EXPECT_FALSE(section.heading.starts_with("3.")) << section.heading;
    EXPECT_FALSE(section.heading.starts_with("12")) << section.heading;
  }
}

// A sub-section "6.1" right after chapter 5 opens chapter 6 whose heading was lost; "6.3" after
// chapter 4 is a list item.
TEST(SplitSections, FirstSubSectionOfTheNextChapterOpensIt) {
  PlanText plan = plan_of({
      "5. Overige onderwerpen\nDe gemeente werkt samen.\n\n6.1 Wabo / Omgevingsloket\n"
      "De Wabo voegt vergunningen samen.\n\n6.2 Nieuw Handelsregister\nHet NHR is de "
      "registratie van bedrijven.\n\n8.3 Midoffice\nDe midoffice koppelt systemen.\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  EXPECT_NE(find_heading(sections, "6.1 Wabo / Omgevingsloket"), nullptr);
  EXPECT_NE(find_heading(sections, "6.2 Nieuw Handelsregister"), nullptr);
  EXPECT_EQ(find_heading(sections, "8.3 Midoffice"), nullptr);
}

// A chapter that ends on risks ("Sturing, monitoring en risico's") is not a list of risk topics:
// only its part that says so is a risk section. The parts of "Risico's" stay risks.
TEST(SplitSections, OnlyTheRiskPartOfAMixedChapterIsRisks) {
  PlanText plan = plan_of({
      "7 Sturing, monitoring en risico's\n\n7.1 Programmaorganisatie\nDe wethouder is "
      "opdrachtgever.\n\n7.2 Risico's\nDe capaciteit is te krap.\n\n"
      "8 Risico's en maatregelen\n\n8.1 Capaciteit\nTe weinig mensen.\n\n"
      "9 Kritische succesfactoren en risico's\n\n9.1 Het haalbaarheidsvraagstuk\nDe "
      "ambitie is groot.\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  const std::optional<SectionKind> organisation = kind_of(sections, "7.1 Programmaorganisatie");
  ASSERT_TRUE(organisation.has_value());
  EXPECT_NE(organisation, SectionKind::risks);
  EXPECT_EQ(kind_of(sections, "7.2 Risico's"), SectionKind::risks);
  EXPECT_EQ(kind_of(sections, "8.1 Capaciteit"), SectionKind::risks);
  // Critical success factors are risk talk too: the whole chapter is risks.
  EXPECT_EQ(kind_of(sections, "9.1 Het haalbaarheidsvraagstuk"), SectionKind::risks);
}

// Under a numbered risk sub-section of another chapter, unnumbered titles are its risks; after
// an unnumbered risk title in a chapter of other topics, a title of its own kind stands beside
// it.
TEST(SplitSections, UnnumberedTitlesUnderANumberedRiskSection) {
  PlanText plan = plan_of({
      "3 Uitvoering\n\n3.2 Middelen\nDe kosten staan in de bijlage.\n\n3.3 Risico's\nWij zien "
      "vier risico's.\n\nIs de ambitie haalbaar?\nDe planning is krap.\n\nCultuur en gedrag\n"
      "Medewerkers houden vast aan het vertrouwde.\n\n"
      "4 Training klantgericht werken\nDe medewerkers volgen een training.\n\nAandachtspunten "
      "en risico's\nDe capaciteit is krap.\n\nFinanciën\nDe kosten zijn gedekt.\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  EXPECT_EQ(kind_of(sections, "Is de ambitie haalbaar?"), SectionKind::risks);
  EXPECT_EQ(kind_of(sections, "Cultuur en gedrag"), SectionKind::risks);
  EXPECT_EQ(kind_of(sections, "Aandachtspunten en risico's"), SectionKind::risks);
  const std::optional<SectionKind> finance = kind_of(sections, "Financiën");
  ASSERT_TRUE(finance.has_value());
  EXPECT_NE(finance, SectionKind::risks);
}

// Project descriptions numbered by project ("9 Gegevensmagazijn" in chapter 4) jump ahead of
// the chapters; "5. Fasering" after them goes on from chapter 4.
TEST(SplitSections, ChaptersGoOnAfterProjectNumbersJumpAhead) {
  PlanText plan = plan_of({
      "4. Projecten\nDe projecten op een rij.\n\n9 Gegevensmagazijn\nEen magazijn voor vier "
      "gemeenten.\n\n24 Informatiebeveiliging\nEen gezamenlijke baseline.\n\n5. Fasering\n"
      "Eerst de wettelijke projecten.\n\n8. Risico's\nDe capaciteit is krap.\n\n2. Mensen\n"
      "Een genummerd punt.\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  EXPECT_NE(find_heading(sections, "5. Fasering"), nullptr);
  EXPECT_EQ(kind_of(sections, "8. Risico's"), SectionKind::risks);
  EXPECT_EQ(find_heading(sections, "2. Mensen"), nullptr);
}

// "§ 7 Risicoanalyse" numbers its chapter with a sign; the years in "§ 1 Terugblik 2008 – 2010"
// do not make it a table row.
TEST(SplitSections, ChaptersNumberedWithAParagraphSign) {
  PlanText plan = plan_of({
      "§ 1 Terugblik 2008 – 2010\nVeel is bereikt.\n\n§ 7 Risicoanalyse\nWij zien de "
      "volgende risico's.\n\n1. Budget\nHet budget is nog niet toegekend.\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  EXPECT_EQ(kind_of(sections, "§ 1 Terugblik 2008 – 2010"), SectionKind::baseline);
  EXPECT_EQ(kind_of(sections, "§ 7 Risicoanalyse"), SectionKind::risks);
  EXPECT_EQ(find_heading(sections, "1. Budget"), nullptr);
}

// Projects numbered from 1 inside chapter 4 ("1 BAG" ... "8 Digikoppeling", only the A-projects)
// run past the chapter numbers; "5 Planning" goes on from chapter 4, and so do "7 Sturing" and
// "8 Risico's" after it.
TEST(SplitSections, AProjectListInsideAChapterRunsPastTheChapterNumbers) {
  std::string text =
      "1 Inleiding\nDit plan.\n\n2 Uitgangspunten\nWettelijk eerst.\n\n3 Portfolio\nDe "
      "lijst.\n\n4 Toelichting op de A-projecten\nPer project.\n\n";
  for (const char* project :
       {"1 BAG", "2 Gegevensmagazijn", "3 WOZ", "6 Wabo", "7 GBA", "8 Digikoppeling"})
    text += std::string(project) + "\nHet project loopt in 2010.\n\n";
  text +=
      "5 Planning\nIn 2010 en 2011.\n\n6 Financien\nDe kosten.\n\n7 Sturing\nDe "
      "programmamanager.\n\n8 Risico's\nDe capaciteit is te krap.\n";
  const std::vector<Section> sections = split_sections(plan_of({text}));
  EXPECT_EQ(find_heading(sections, "6 Wabo"), nullptr);
  EXPECT_EQ(find_heading(sections, "8 Digikoppeling"), nullptr);
  EXPECT_NE(find_heading(sections, "5 Planning"), nullptr);
  EXPECT_NE(find_heading(sections, "7 Sturing"), nullptr);
  EXPECT_EQ(kind_of(sections, "8 Risico's"), SectionKind::risks);
}

// "Bijlage 1 Planning 2010 – 2011" names its own number: the years do not make it a table row,
// and the planning after it is no part of the risk chapter before it.
TEST(SplitSections, AppendixHeadingsWithNumberAndYears) {
  PlanText plan = plan_of({
      "1. Inleiding\nDit plan beschrijft de aanpak.\n\n9. Aandachtspunten\nDe herindeling is "
      "het grootste risico.\n\nBijlage 1 Planning 2010 – 2011\n\nProject\tQ1 2010\tQ2 "
      "2010\n9 Opleiding\tx\tx\n\nBijlage 3 Betrokkenen bij het opstellen van het plan\n- H. "
      "Kuipers, opsteller\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  EXPECT_EQ(kind_of(sections, "Bijlage 1 Planning 2010 – 2011"), SectionKind::appendix);
  EXPECT_EQ(kind_of(sections, "Bijlage 3 Betrokkenen bij het opstellen van het plan"),
            SectionKind::appendix);
  const Section* risks = find_heading(sections, "9. Aandachtspunten");
  ASSERT_NE(risks, nullptr);
  EXPECT_EQ(risks->text.find("Opleiding"), std::string::npos);
}

// A plan with unnumbered chapters that numbers its risks ("1. Mensen gaan niet mee") has a
// list of risks, not a new numbered chapter 1.
TEST(SplitSections, NumberedRisksInAnUnnumberedPlanStayInTheRiskSection) {
  std::string text;
  for (const char* chapter : {"Inleiding", "Visie", "Projecten", "Planning", "Financien"})
    text += std::string(chapter) + "\nDit hoofdstuk beschrijft het onderwerp.\n\n";
  text +=
      "Wat kan er misgaan?\nDrie risico's springen eruit.\n\n1. Mensen gaan niet mee\nHet "
      "grootste risico zit in de mensen.\n\n2. Het geld\nDe investeringen zijn nog niet "
      "vastgesteld.\n";
  const std::vector<Section> sections = split_sections(plan_of({text}));
  const Section* risks = find_heading(sections, "Wat kan er misgaan?");
  ASSERT_NE(risks, nullptr);
  EXPECT_EQ(risks->kind, SectionKind::risks);
  EXPECT_NE(risks->text.find("nog niet vastgesteld"), std::string::npos);
  EXPECT_EQ(find_heading(sections, "2. Het geld"), nullptr);
}

// Informal plans end their titles with a colon; a line ending so inside a paragraph, or a long
// one, introduces what follows and is no title. "Waar we op moeten letten" names the risks.
TEST(SplitSections, TitlesEndingInAColon) {
  PlanText plan = plan_of({
      "Realisatieplan e-overheid\n\nOnze ambitie:\nWij willen dichtbij onze inwoners staan.\n"
      "Het plan is als volgt opgebouwd:\n- eerst de ambitie;\n- dan de projecten.\n\n"
      "Waar we op moeten letten:\nHet eerste is dat we met te weinig mensen zijn.\n\n"
      "De volgende drie projecten krijgen voorrang bij de uitvoering in 2010:\nDe website.\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  EXPECT_EQ(kind_of(sections, "Onze ambitie:"), SectionKind::vision);
  EXPECT_EQ(find_heading(sections, "Het plan is als volgt opgebouwd:"), nullptr);
  EXPECT_EQ(kind_of(sections, "Waar we op moeten letten:"), SectionKind::risks);
  EXPECT_EQ(find_heading(sections,
                         "De volgende drie projecten krijgen voorrang bij de uitvoering "
                         "in 2010:"),
            nullptr);
}

// Rows under a table caption whose tabs the extractor lost are rows, not headings; a row that
// starts with a number ("2 Q3 2009 ...") does not turn the plan into a numbered one.
TEST(SplitSections, CaptionedTableWithoutTabsHasNoHeadings) {
  PlanText plan = plan_of({
      "Realisatieplan e-overheid\n",
      "Planning\n\nWij werken in plateaus.\nTabel 3: planning in stappen\n"
      "Plateau Periode Resultaat\n1 medio 2009 basis op orde: BAG, GBA-V, BSN, website\n"
      "2 Q3 2009 front- en backoffice gekoppeld, midoffice, e-formulieren\n\n"
      "Kritische succesfactoren en risico's\n\nDe bezetting van de afdeling is te beperkt.\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  EXPECT_EQ(find_heading(sections, "Plateau Periode Resultaat"), nullptr);
  const Section* risks = find_heading(sections, "Kritische succesfactoren en risico's");
  ASSERT_NE(risks, nullptr);
  EXPECT_EQ(risks->kind, SectionKind::risks);
  EXPECT_EQ(risks->level, 1);
}

// Caption and chapter words are recognised in capitals too ("TABEL 3", "HOOFDSTUK 2").
TEST(SplitSections, CaptionAndChapterWordsInCapitals) {
  PlanText plan = plan_of({
      "HOOFDSTUK 1 Inleiding\nDit plan beschrijft de komende jaren.\n\n"
      "HOOFDSTUK 2 Planning\nWij werken in plateaus.\nTABEL 3: planning in stappen\n"
      "Plateau Periode Resultaat\n\nDe eerste stap zetten wij in 2010.\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  const Section* planning = find_heading(sections, "HOOFDSTUK 2 Planning");
  ASSERT_NE(planning, nullptr);
  EXPECT_EQ(planning->kind, SectionKind::planning);
  EXPECT_EQ(planning->level, 1);
  EXPECT_EQ(find_heading(sections, "Plateau Periode Resultaat"), nullptr);
}

TEST(SplitSections, WrappedSentencesAndListItemsAreNotHeadings) {
  PlanText plan = plan_of({
      "1 Inleiding\nDe gemeente werkt sinds 2008 aan de invoering van de e-overheid en wil met "
      "dit plan de\nRisico's en kansen\nvan de komende jaren in beeld brengen.\n"
      "2 Financiën\nDe kosten zijn verdeeld over vier sporen:\n1. Klantcontactcentrum\n"
      "2. Digitaal loket\n3. Informatiefundament\nSamen kosten zij anderhalf miljoen.\n"
      "3 Risico's\nCapaciteit is schaars.\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  // "Risico's en kansen" continues a sentence (next line starts in lower case).
  EXPECT_EQ(find_heading(sections, "Risico's en kansen"), nullptr);
  // Numbered list items inside chapter 2 do not restart the numbering.
  EXPECT_EQ(find_heading(sections, "1. Klantcontactcentrum"), nullptr);
  const Section* finance = find_heading(sections, "2 Financiën");
  ASSERT_NE(finance, nullptr);
  EXPECT_EQ(finance->kind, SectionKind::finance);
  EXPECT_NE(finance->text.find("Informatiefundament"), std::string::npos);
  const Section* risks = find_heading(sections, "3 Risico's");
  ASSERT_NE(risks, nullptr);
  EXPECT_EQ(risks->kind, SectionKind::risks);
}

TEST(SplitSections, UnnumberedHeadingsBetweenParagraphs) {
  PlanText plan = plan_of({
      "Waarom dit plan?\nDe wet verplicht ons tot aansluiting op de landelijke voorzieningen.\n\n"
      "Onze ambitie\nInwoners regelen hun zaken waar en wanneer zij willen.\n\n",
      "Wat kan er misgaan?\nDe ambitie is groot en de organisatie klein.\n\nTijdpad\n"
      "In 2010 starten wij met het klantcontactcentrum.\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  const Section* why = find_heading(sections, "Waarom dit plan?");
  ASSERT_NE(why, nullptr);
  EXPECT_EQ(why->kind, SectionKind::introduction);
  const Section* ambition = find_heading(sections, "Onze ambitie");
  ASSERT_NE(ambition, nullptr);
  EXPECT_EQ(ambition->kind, SectionKind::vision);
  const Section* risks = find_heading(sections, "Wat kan er misgaan?");
  ASSERT_NE(risks, nullptr);
  EXPECT_EQ(risks->kind, SectionKind::risks);
  const Section* timeline = find_heading(sections, "Tijdpad");
  ASSERT_NE(timeline, nullptr);
  EXPECT_EQ(timeline->kind, SectionKind::planning);
}

TEST(SplitSections, PageStartsMapTextBackToPages) {
  PlanText plan = plan_of({
      "1 Visie\nEerste pagina van de visie.\n",
      "Tweede pagina van de visie.\n",
      "",
      "Vierde pagina van de visie.\n2 Planning\nIn 2010 beginnen we.\n",
  });
  const std::vector<Section> sections = split_sections(plan);
  const Section* vision = find_heading(sections, "1 Visie");
  ASSERT_NE(vision, nullptr);
  EXPECT_EQ(vision->first_page, 1);
  EXPECT_EQ(vision->last_page, 4);
  ASSERT_EQ(vision->page_starts.size(), 4u);
  const std::size_t fourth = vision->text.find("Vierde");
  EXPECT_EQ(vision->page_starts[3], fourth);
  EXPECT_EQ(vision->page_starts[1], vision->text.find("Tweede"));
  EXPECT_EQ(vision->page_starts[2], fourth);  // the empty third page starts where page 4 does
}

}  // namespace
}  // namespace planmine
