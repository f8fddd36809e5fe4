// Classification of hand-written plan texts, including the hard cases of issue 4: a service
// plan with a big project table, a multi-project plan whose introduction talks about service
// delivery, and risk words outside the risk section.

#include "planmine/pipeline/classify.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

namespace planmine {
namespace {

PlanText plan_of(std::vector<std::string> pages) {
  PlanText plan;
  plan.path = "hand-made.pdf";
  int number = 1;
  for (std::string& text : pages) plan.pages.push_back(PageText{number++, std::move(text)});
  return plan;
}

const Codebook& codebook() {
  static const Codebook instance = load_codebook(default_codebook_path());
  return instance;
}

Coding classify(const PlanText& plan) {
  return classify_plan(plan, codebook(), Tokenizer::standard());
}

bool has_risk(const Coding& coding, const std::string& code) {
  return std::find(coding.risks.begin(), coding.risks.end(), code) != coding.risks.end();
}

std::string project_table(int rows) {
  const std::vector<std::string> blocks = {"BAG aansluiting landelijke voorziening",
                                           "Wabo en Omgevingsloket online",
                                           "E-formulieren met DigiD",
                                           "Persoonlijke internetpagina",
                                           "Zaaksysteem en midoffice",
                                           "Documentmanagement en scannen",
                                           "NHR aansluiting",
                                           "GBA-V en voorbereiding BRP",
                                           "Productencatalogus",
                                           "OverheidsServiceBus",
                                           "WOZ aansluiting",
                                           "Samenwerkende Catalogi"};
  std::string table = "Project\tPrioriteit\tGereed\tInvestering\n";
  for (int i = 0; i < rows; ++i)
    table += blocks[i % blocks.size()] + "\t" + (i % 3 == 0 ? "hoog" : "middel") + "\tQ" +
             std::to_string(1 + i % 4) + " 201" + std::to_string(i % 2) + "\t€ " +
             std::to_string(20 + 5 * i) + ".000\n";
  return table;
}

// A service plan: its own ambitions from the college programme, e-government as the means,
// a KCC and organisational development; its project table is long but only the instrument.
TEST(Classify, ServicePlanWithABigProjectTable) {
  const PlanText plan = plan_of({
      "Gemeente Dijkzicht\nDichtbij en digitaal\nRealisatieplan 2009-2011\n",
      "1 Inleiding\nHet college heeft in het collegeprogramma 2006-2010 betere dienstverlening "
      "tot speerpunt gemaakt. Dit plan werkt die ambitie uit.\n"
      "2 Onze visie op dienstverlening\nDe inwoner staat centraal. Wij willen dat inwoners en "
      "ondernemers hun zaken regelen waar en wanneer zij willen. In 2012 is de gemeente het "
      "eerste aanspreekpunt voor alle vragen aan de overheid, volgens het concept Antwoord. Een "
      "klantcontactcentrum beantwoordt 80 procent van de vragen direct. De e-overheid is daarbij "
      "geen doel op zich maar een middel om onze ambitie te bereiken. Wij sturen op kanalen en "
      "meten de klanttevredenheid.\n"
      "3 Organisatieontwikkeling\nDe omslag vraagt een andere cultuur en houding van medewerkers. "
      "Wij investeren in opleiding en in klantgericht werken.\n",
      "4 Projecten\nDe volgende projecten dragen bij aan onze ambitie.\n" + project_table(12),
      "5 Risico's\nDe ambitie is groot; het risico bestaat dat wij te veel willen in te korte "
      "tijd en dat de planning niet realistisch blijkt.\nDe menselijke factor: medewerkers moeten "
      "de nieuwe werkwijze willen en kunnen toepassen.\n",
  });
  const Coding coding = classify(plan);
  EXPECT_EQ(coding.type, "service");
  EXPECT_TRUE(has_risk(coding, "realisme"));
  EXPECT_TRUE(has_risk(coding, "menselijke-factor"));
}

// A multi-project plan: every national building block with priority, lead time and
// investment, driven by legal deadlines; its introduction talks about service delivery.
TEST(Classify, MultiProjectPlanWhoseIntroductionTalksAboutServiceDelivery) {
  const PlanText plan = plan_of({
      "Gemeente Oostmeer\nNUP-projectenboek 2010-2011\n",
      "1 Inleiding\nDe gemeente wil de dienstverlening aan inwoners en ondernemers verbeteren. "
      "Klanten verwachten een goede website en een klantcontactcentrum. Dit projectenboek zet "
      "alle NUP-bouwstenen op een rij.\n"
      "2 Prioritering\nDe prioriteit volgt uit de wettelijke verplichtingen: wat wettelijk "
      "verplicht is met een harde deadline gaat voor. Per bouwsteen staan de doorlooptijd, de "
      "prioriteit en de investering in het overzicht.\n",
      "3 Overzicht bouwstenen\n" + project_table(14),
      "4 Planning\nDe projecten starten in het eerste kwartaal van 2010. De doorlooptijd per "
      "project staat in het overzicht; de deadline van de Wabo is leidend.\n" +
          project_table(6),
      "5 Risico's\nHet grootste risico is de beschikbare capaciteit: dezelfde medewerkers "
      "werken aan veel projecten naast het dagelijkse werk.\nDoor de hoeveelheid projecten "
      "dreigt versnippering en verlies van focus.\n",
  });
  const Coding coding = classify(plan);
  EXPECT_EQ(coding.type, "multi-project");
  EXPECT_TRUE(has_risk(coding, "capaciteit"));
  EXPECT_TRUE(has_risk(coding, "focus"));
}

// A control plan: the same facilities with safeguarding, management after delivery, plateau
// planning, operations and a change approach.
TEST(Classify, ControlPlan) {
  const PlanText plan = plan_of({
      "Gemeente Veldhoven-Zuid\nRealisatieplan e-overheid: invoeren en borgen\n",
      "1 Inleiding\nDit plan beschrijft de lokale vertaling van de e-overheidsvoorzieningen en "
      "vooral de borging van de resultaten in de organisatie.\n"
      "2 Plateauplanning\nWij volgen de plateaus van EGEM-i: eerst de basis op orde, dan "
      "digitaal werken, dan de digitale dienstverlening.\n"
      "3 Borging in de bedrijfsvoering\nNa oplevering wordt elk resultaat structureel belegd in "
      "de lijn. Er komt een gegevensbeheerder en een vaste cyclus voor kwaliteitscontrole. Het "
      "beheer van de website krijgt een redactiestatuut. Juridische aspecten, personele "
      "aspecten en financiele aspecten zijn uitgewerkt; de formatie wordt aangepast.\n",
      "4 Veranderaanpak\nDe veranderaanpak zorgt dat medewerkers en leidinggevenden de nieuwe "
      "werkwijze dragen. Elke voorziening krijgt een eigenaar.\n"
      "5 Risico's en beheersmaatregelen\nHet grootste risico is onvoldoende draagvlak en "
      "betrokkenheid bij medewerkers. Maatregel: communicatie via intranet en werkoverleg.\n",
  });
  const Coding coding = classify(plan);
  EXPECT_EQ(coding.type, "control");
  EXPECT_TRUE(has_risk(coding, "draagvlak"));
}

// Risk words that do not name a risk: the KCC's capacity in the vision, the budget in the
// finance chapter, knowledge in the baseline. Only the risk section's risk counts.
TEST(Classify, RiskWordsOutsideTheRiskSectionAreNoRisks) {
  const PlanText plan = plan_of({
      "1 Huidige situatie\nDe kennis van de e-overheid zit bij het team Informatievoorziening. "
      "Het knelpunt is nu dat de website verouderd is.\n"
      "2 Visie\nDe capaciteit van het KCC wordt 12 fte. Het klantcontactcentrum is de ingang "
      "voor alle vragen.\n"
      "3 Financien\nHet budget voor 2010 bedraagt € 250.000; de kosten zijn gedekt in de "
      "begroting.\n",
      "4 Risico's\nHet draagvlak bij de afdelingen is nog beperkt; zonder betrokkenheid van de "
      "vakafdelingen komt de invoering niet van de grond.\n",
  });
  const Coding coding = classify(plan);
  EXPECT_TRUE(has_risk(coding, "draagvlak"));
  EXPECT_FALSE(has_risk(coding, "capaciteit"));
  EXPECT_FALSE(has_risk(coding, "budget"));
  EXPECT_FALSE(has_risk(coding, "kennis"));
}

// A risk table whose first cell wraps over two lines: the second half of the risk belongs to
// the risk, not to the measure in the last column.
TEST(Classify, WrappedRiskTableRowIsReadCellByCell) {
  const PlanText plan = plan_of({
      "1 Visie op dienstverlening\nWij zetten de inwoner centraal.\n\n"
      "2 Risico's\nTabel 4: risico's en maatregelen\nRisico\tKans\tImpact\tBeheersmaatregel\n"
      "Leidinggevenden dragen het\tGroot\tGroot\tMedewerkers tijdig betrekken bij de\n"
      "belang onvoldoende voorop\t\t\tinrichting van de werkprocessen\n",
  });
  const Coding coding = classify(plan);
  EXPECT_TRUE(has_risk(coding, "draagvlak"));
}

// Political involvement is the board's commitment, not staff support; the behaviour (gedrag)
// of staff is the human factor, not support (gedragen).
TEST(Classify, PoliticalInvolvementAndBehaviourAreNoSupportRisk) {
  const PlanText plan = plan_of({
      "1 Risico's\nOnvoldoende politieke betrokkenheid bij de plannen.\n"
      "Het gedrag van collega's tegenover klanten wijzigt niet vanzelf.\n",
  });
  const Coding coding = classify(plan);
  EXPECT_FALSE(has_risk(coding, "draagvlak"));
  EXPECT_TRUE(has_risk(coding, "bestuur"));
  EXPECT_TRUE(has_risk(coding, "menselijke-factor"));
}

// Every plan talks about service delivery in its vision; the leading theme is the topic it
// gives a chapter of its own, not the themes it lists side by side under "Andere thema's".
TEST(Classify, LeadingThemeIsTheChapterOfItsOwnNotTheVisionsWords) {
  const PlanText plan = plan_of({
      "1 Visie op dienstverlening\nDe klant staat centraal. Het klantcontactcentrum is het "
      "eerste loket voor alle vragen van inwoners en ondernemers; de dienstverlening verbetert "
      "via kanaalsturing.\n\n"
      "2 Het fundament: basisgegevens op orde\nDe basisregistraties BAG, GBA en WOZ vormen "
      "samen het fundament. Wij richten gegevensbeheer in met een vaste beheerder per "
      "registratie en regelen de terugmelding.\n2.1 Aanpak\nDe kwaliteit van de "
      "adresgegevens gaat omhoog; afnemers gebruiken de authentieke gegevens.\n\n"
      "3 Andere thema's\n3.1 Zaakgericht werken\nEen zaaksysteem volgt later.\n"
      "3.2 Dienstverlening en klantcontact\nDe website wordt vernieuwd.\n",
  });
  const Coding coding = classify(plan);
  EXPECT_EQ(coding.leading_theme, "basisregistraties");
  EXPECT_GT(coding.theme_scores.at("basisregistraties"), coding.theme_scores.at("dienstverlening"));
}

// A chapter on how the plan relates to other topics ("Samenhang met dienstverlening en
// architectuur") names them beside the plan's own theme, not as its lead.
TEST(Classify, AChapterOnRelatedTopicsDoesNotLead) {
  const PlanText plan = plan_of({
      "1 Inleiding\nDit plan gaat over zaakgericht werken. Elke aanvraag wordt een zaak in het "
      "zaaksysteem, met een digitaal dossier.\n\n"
      "2 Zaakgericht werken\nWij voeren het zaaksysteem in en scannen de post. Elke afdeling "
      "beschrijft haar zaaktypen. De afhandeling van zaken wordt digitaal; het "
      "documentmanagement en het digitaal archief sluiten aan.\n\n"
      "3 Digitalisering\nPapierarm werken begint bij de postregistratie. Dossiers worden "
      "digitaal; het vervangingsbesluit volgt in 2011.\n\n"
      "4 Samenhang met dienstverlening en architectuur\nArchitectuur: wij volgen GEMMA en de "
      "referentiearchitectuur. Koppelingen verlopen via StUF en open standaarden. Het "
      "informatiebeleid en het informatiemanagement sluiten aan op de "
      "informatiearchitectuur.\n4.1 Architectuur\nDe projectstartarchitectuur legt per "
      "project de standaarden vast; de architect toetst.\n4.2 Dienstverlening\nDe website "
      "blijft.\n",
  });
  EXPECT_EQ(classify(plan).leading_theme, "zaakgericht");
}

// A sentence framed as a risk outside the risk section still names a risk.
TEST(Classify, RiskFramedSentenceInTheSummaryCounts) {
  const PlanText plan = plan_of({
      "Samenvatting\nHet grootste risico is dat de landelijke voorzieningen niet op tijd "
      "beschikbaar zijn.\n\n"
      "Onze ambitie\nWij willen de beste dienstverlening van de regio bieden.\n",
  });
  const Coding coding = classify(plan);
  EXPECT_TRUE(has_risk(coding, "rijk"));
}

// What a risk would cause ("kan leiden tot uitstel") is not a second risk: the cuts are the
// risk, not the national delays; a delay that is itself the risk still counts.
TEST(Classify, AConsequenceIsNotASecondRisk) {
  const PlanText cuts = plan_of({
      "1 Risico's\nDe bezuinigingsopgave kan leiden tot uitstel van projecten.\n",
  });
  const Coding coding = classify(cuts);
  EXPECT_TRUE(has_risk(coding, "budget"));
  EXPECT_FALSE(has_risk(coding, "rijk"));
  const PlanText delays = plan_of({
      "1 Risico's\nUitstel van de landelijke voorzieningen kan leiden tot hogere kosten.\n",
  });
  EXPECT_TRUE(has_risk(classify(delays), "rijk"));
}

// A risk section also says what is *not* a risk, what is arranged, and what the board will
// discuss: none of that names a risk. Listed risks count however they are worded.
TEST(Classify, WhatIsNoRiskOrIsArrangedIsNoRisk) {
  const PlanText plan = plan_of({
      "8 Risico's\nDe volgende risico's zijn benoemd in de werksessies met het MT.\n"
      "- Wisseling van portefeuillehouder na de verkiezingen.\n\n"
      "De financiering is geregeld in de begroting 2010. De landelijke voorzieningen vormen "
      "geen risico voor dit plan. De stuurgroep bespreekt de planning van de landelijke "
      "voorzieningen elk kwartaal.\n\n"
      "Wat wij niet als risico zien\nDe capaciteit van het KCC groeit mee met de taken.\n",
  });
  const Coding coding = classify(plan);
  EXPECT_TRUE(has_risk(coding, "bestuur"));
  EXPECT_FALSE(has_risk(coding, "budget"));
  EXPECT_FALSE(has_risk(coding, "rijk"));
  EXPECT_FALSE(has_risk(coding, "capaciteit"));
  // A sentence about the same thing that states a problem is a risk.
  const PlanText late = plan_of({
      "8 Risico's\nDe landelijke voorzieningen komen te laat beschikbaar.\n",
  });
  EXPECT_TRUE(has_risk(classify(late), "rijk"));
}

// A sentence names one risk first; other codes' words after it say what causes it. Named on
// their own elsewhere, or in another cell of a risk table, they count.
TEST(Classify, LaterRiskWordsInASentenceExplainTheFirst) {
  const PlanText plan = plan_of({
      "8 Risico's\nDe bezetting van de afdeling ICT is te krap voor het aantal projecten dat "
      "in 2010 start.\n",
  });
  const Coding coding = classify(plan);
  EXPECT_TRUE(has_risk(coding, "capaciteit"));
  EXPECT_FALSE(has_risk(coding, "focus"));
  const PlanText again = plan_of({
      "8 Risico's\nDe bezetting van de afdeling ICT is te krap voor het aantal projecten dat "
      "in 2010 start.\nWij dreigen te veel projecten tegelijk op te pakken.\n",
  });
  EXPECT_TRUE(has_risk(classify(again), "focus"));
  // So does each cell of a table row, while two cells may name a risk each.
  const PlanText table = plan_of({
      "8 Risico's\nRisico\tKans\tMaatregel\nDe bezetting is te krap voor het aantal "
      "projecten\thoog\tinhuur\n",
  });
  const Coding row = classify(table);
  EXPECT_TRUE(has_risk(row, "capaciteit"));
  EXPECT_FALSE(has_risk(row, "focus"));
  const PlanText cells = plan_of({
      "8 Risico's\nCategorie\tRisico\tKans\nCapaciteit\tVeel projecten starten tegelijk in "
      "2010\thoog\n",
  });
  const Coding both = classify(cells);
  EXPECT_TRUE(has_risk(both, "capaciteit"));
  EXPECT_TRUE(has_risk(both, "focus"));
  // A risk heading names one risk first too: "Bestuurlijk commitment" is governance.
  const PlanText heading = plan_of({
      "8 Risico's\n\n8.1 Bestuurlijk commitment van vier gemeenten\nDe colleges kiezen na de "
      "verkiezingen elk hun eigen koers.\n",
  });
  const Coding governance = classify(heading);
  EXPECT_TRUE(has_risk(governance, "bestuur"));
  EXPECT_FALSE(has_risk(governance, "draagvlak"));
}

// Under a heading that names a risk as a topic, the prose is about that risk: the elections in
// a paragraph on capacity are why capacity runs short, not a governance risk. A heading that
// states a problem may be only the first of several risk titles, so it does not bind its text.
TEST(Classify, ProseUnderARiskTopicHeadingIsAboutThatRisk) {
  const PlanText plan = plan_of({
      "8 Risico's\n\n8.1 Beschikbaarheid van capaciteit\nAls het reguliere werk voorgaat, "
      "en dat zal rond de verkiezingen van maart 2010 het geval zijn, lopen de projecten "
      "vertraging op.\n",
  });
  const Coding coding = classify(plan);
  EXPECT_TRUE(has_risk(coding, "capaciteit"));
  EXPECT_FALSE(has_risk(coding, "bestuur"));
  const PlanText titled = plan_of({
      "8 Risico's\n\n8.1 Onvoldoende capaciteit bij de afdelingen\nHet budget voor 2011 is "
      "nog niet toegekend.\n",
  });
  const Coding risks = classify(titled);
  EXPECT_TRUE(has_risk(risks, "capaciteit"));
  EXPECT_TRUE(has_risk(risks, "budget"));
}

// A short bullet in a risk section names a risk however it is worded; a bullet that runs on
// into a whole sentence must state a problem like any sentence.
TEST(Classify, ALongBulletIsReadAsASentence) {
  const PlanText plan = plan_of({
      "9 Overige aandachtspunten\n- De leverancier van het klantcontactsysteem heeft de "
      "koppeling met het zaaksysteem in het contract van december 2009 toegezegd.\n"
      "- Wisseling van portefeuillehouder\n",
  });
  const Coding coding = classify(plan);
  EXPECT_FALSE(has_risk(coding, "leveranciers"));
  EXPECT_TRUE(has_risk(coding, "bestuur"));
}

TEST(Classify, ScoresConfidenceAndEvidenceAreComplete) {
  const PlanText plan = plan_of({
      "1 Visie op dienstverlening\nWij zetten de klant centraal, met een klantcontactcentrum "
      "als eerste aanspreekpunt.\n",
      "2 Risico's\nDe ambitie is niet realistisch als de capaciteit ontbreekt.\n",
  });
  const Coding coding = classify(plan);
  ASSERT_EQ(coding.type_scores.size(), 3u);
  double sum = 0;
  for (const auto& [code, score] : coding.type_scores) sum += score;
  EXPECT_NEAR(sum, 1.0, 1e-9);
  EXPECT_GE(coding.confidence, 0.0);
  EXPECT_LE(coding.confidence, 1.0);
  EXPECT_DOUBLE_EQ(coding.confidence, coding.type_scores.at(coding.type));
  EXPECT_EQ(coding.theme_scores.size(), 6u);
  EXPECT_EQ(coding.leading_theme, "dienstverlening");
  EXPECT_TRUE(has_risk(coding, "realisme"));
  // Each risk comes with a quoted passage on page 2, in the risk section.
  const auto risk_evidence = std::find_if(coding.evidence.begin(), coding.evidence.end(),
                                          [](const Evidence& e) { return e.code == "realisme"; });
  ASSERT_NE(risk_evidence, coding.evidence.end());
  EXPECT_EQ(risk_evidence->page, 2);
  EXPECT_EQ(risk_evidence->section, "2 Risico's");
  EXPECT_NE(risk_evidence->passage.find("realistisch"), std::string::npos);

  const nlohmann::json json = coding_to_json("x.pdf", coding, true);
  EXPECT_EQ(json["path"], "x.pdf");
  EXPECT_TRUE(json["risks"].is_array());
  EXPECT_FALSE(json["evidence"].empty());
  EXPECT_FALSE(coding_to_json("x.pdf", coding, false).contains("evidence"));
}

}  // namespace
// Money, national facilities and software are "niet beschikbaar" as often as people are.
TEST(Classify, NotAvailableIsCapacityOnlyForPeopleOrHours) {
  const PlanText money = plan_of({
      "8 Risico's\nHet risico bestaat dat de middelen voor de voorinvesteringen in 2011 niet "
      "beschikbaar komen.\n",
  });
  EXPECT_FALSE(has_risk(classify(money), "capaciteit"));
  const PlanText hours = plan_of({
      "8 Risico's\nHet risico is groot dat de benodigde uren voor de projecten in de praktijk "
      "niet beschikbaar zijn.\n",
  });
  EXPECT_TRUE(has_risk(classify(hours), "capaciteit"));
}

// The college and the council are actors in many risk sentences; a governance risk is about
// their commitment or their change ("wisseling van het college").
TEST(Classify, GovernanceActorsAloneAreNoGovernanceRisk) {
  const PlanText actors = plan_of({
      "8 Risico's\nHet college heeft een ombuigingslijst opgesteld die in november door de raad "
      "wordt besproken.\n",
  });
  EXPECT_FALSE(has_risk(classify(actors), "bestuur"));
  const PlanText change = plan_of({
      "8 Risico's\nRisico\tKans\tImpact\nEen wisseling van het college na maart 2010\tgroot\t"
      "groot\n",
  });
  EXPECT_TRUE(has_risk(classify(change), "bestuur"));
  const PlanText audience = plan_of({
      "8 Risico's\nAls de organisatie deze doelen niet haalt, dreigt teleurstelling bij bestuur "
      "en medewerkers.\n",
  });
  EXPECT_FALSE(has_risk(classify(audience), "bestuur"));
}

// Software and plans are late as often as the national facilities: "niet op tijd beschikbaar"
// is a national risk when it says whose facilities.
TEST(Classify, LateAvailabilityIsNationalWhenItNamesTheFacilities) {
  const PlanText version = plan_of({
      "8 Risico's\nAls deze versie niet op tijd beschikbaar komt, loopt het programma "
      "vertraging op.\n",
  });
  EXPECT_FALSE(has_risk(classify(version), "rijk"));
  const PlanText central = plan_of({
      "8 Risico's\nRisico 3: Centrale voorzieningen zijn niet op tijd beschikbaar.\n",
  });
  EXPECT_TRUE(has_risk(classify(central), "rijk"));
}

// "Kritische succesfactoren" and "Aandachtspunten" list conditions and notes beside worries: a
// statement there is a risk when it says what may go wrong, a short item names a worry's topic.
// With risk words the heading lists risks however worded.
TEST(Classify, WatchListStatementsNeedAProblemWord) {
  const PlanText conditions = plan_of({
      "9 Kritische succesfactoren\n- Elke directie neemt eigenaarschap voor de implementatie.\n"
      "- Het management draagt het programma actief uit.\n\n10 Aandachtspunten\n- De "
      "capaciteit van het KCC groeit mee met de taken.\n",
  });
  const Coding noted = classify(conditions);
  EXPECT_FALSE(has_risk(noted, "draagvlak"));
  EXPECT_FALSE(has_risk(noted, "capaciteit"));
  const PlanText worries = plan_of({
      "9 Kritische succesfactoren\n- Het draagvlak bij de afdelingen is nog onvoldoende.\n\n10 "
      "Aandachtspunten\n- Capaciteit\n",
  });
  const Coding worried = classify(worries);
  EXPECT_TRUE(has_risk(worried, "draagvlak"));
  EXPECT_TRUE(has_risk(worried, "capaciteit"));
  const PlanText risks = plan_of({
      "9 Kritische succesfactoren en risico's\n- Elke directie neemt eigenaarschap voor de "
      "implementatie.\n",
  });
  EXPECT_TRUE(has_risk(classify(risks), "draagvlak"));
}

// "7.2 Beheersmaatregelen" under "7 Risico's" says what is done against the risks.
TEST(Classify, MeasuresUnderARiskChapterAreNoRisks) {
  const PlanText plan = plan_of({
      "7 Risico's\n\n7.1 Capaciteit\nDe bezetting van de afdeling is te krap.\n\n"
      "7.2 Beheersmaatregelen\n- Samenwerking in de regio voor Digikoppeling, zodat de "
      "vertraging van landelijke voorzieningen ons niet verrast.\n",
  });
  const Coding coding = classify(plan);
  EXPECT_TRUE(has_risk(coding, "capaciteit"));
  EXPECT_FALSE(has_risk(coding, "rijk"));
}

// "De ervaring leert" is an idiom, not knowledge; "tijd" alone is no shortage of capacity.
TEST(Classify, ExperienceAndTimeNeedWordsOfLack) {
  const PlanText idiom = plan_of({
      "8 Risico's\nDe ervaring leert dat toegezegde releasedata regelmatig niet worden "
      "gehaald.\n\n9 Aandachtspunten\n- Medewerkers laten ervaren dat digitaal werken tijd "
      "oplevert.\n",
  });
  const Coding coding = classify(idiom);
  EXPECT_FALSE(has_risk(coding, "kennis"));
  EXPECT_FALSE(has_risk(coding, "capaciteit"));
  const PlanText lack = plan_of({
      "8 Risico's\nDe medewerkers hebben geen tijd voor de projecten.\n",
  });
  EXPECT_TRUE(has_risk(classify(lack), "capaciteit"));
}

// An enumerated title ("1) Betrokkenheid van de vakafdelingen") is an item of its own, not the
// start of the sentence under it: under "Aandachtspunten" it names the topic of a worry.
TEST(Classify, EnumeratedTitlesAreItemsOfTheirOwn) {
  const PlanText plan = plan_of({
      "8 Aandachtspunten voor de uitvoering\nDrie punten verdienen aandacht.\n\n1) "
      "Betrokkenheid van de vakafdelingen\nDe borging staat of valt met de inzet van de "
      "vakafdelingen.\n\n2) Gewoontes en houding van medewerkers\nBij een deel van de "
      "medewerkers leeft de vrees dat het persoonlijke contact verdwijnt.\n",
  });
  const Coding coding = classify(plan);
  EXPECT_TRUE(has_risk(coding, "draagvlak"));
  EXPECT_TRUE(has_risk(coding, "menselijke-factor"));
}

// A risk table's header tells which column holds the measures; a column explaining why a risk
// is one is no measure ("Risico | Waarom is dit een risico? | Wat doen we eraan?").
TEST(Classify, TheHeaderNamesARiskTablesMeasureColumn) {
  const PlanText plan = plan_of({
      "7 Risico's\nRisico\tWaarom is dit een risico?\tWat doen we eraan?\nMedewerkers "
      "veranderen niet mee\tHet KCC vraagt van medewerkers een andere rol en ander "
      "gedrag.\tTrainingen en coaching door de teamleider\n",
  });
  EXPECT_TRUE(has_risk(classify(plan), "menselijke-factor"));
  // A column of consequences ("Gevolg") says what a risk leads to.
  const PlanText consequences = plan_of({
      "9 Risicoanalyse\nNr\tRisico\tGevolg\tBeheersmaatregel\nR1\tOnvoldoende draagvlak bij "
      "de afdelingshoofden\tPlateaus worden niet gehaald; papieren schaduwdossiers blijven "
      "bestaan\tAfdelingshoofd verantwoordelijk maken\n",
  });
  const Coding coded = classify(consequences);
  EXPECT_TRUE(has_risk(coded, "draagvlak"));
  EXPECT_FALSE(has_risk(coded, "menselijke-factor"));
}

// Outside a risk section "risico" frames a risk; "risicoanalyse" names a document.
TEST(Classify, RiskManagementWordsFrameNoRisk) {
  const PlanText plan = plan_of({
      "6 Organisatie\nPer project wordt een projectplan opgesteld met een planning, een "
      "begroting en een risicoanalyse.\n",
  });
  EXPECT_FALSE(has_risk(classify(plan), "budget"));
  const PlanText framed = plan_of({
      "6 Organisatie\nHet risico bestaat dat de begroting voor 2011 niet toereikend is.\n",
  });
  EXPECT_TRUE(has_risk(classify(framed), "budget"));
}

// A phrase of one code claims the words of a shorter match of another: knowledge that is not
// shared is behaviour, knowledge that is lacking is knowledge.
TEST(Classify, KnowledgeNotSharedIsBehaviour) {
  const PlanText sharing = plan_of({
      "8 Risico's\n- Medewerkers in de backoffice zijn niet bereid kennis te delen.\n- "
      "Afdelingen houden vast aan hun eigen dossiers: kennis wordt niet gedeeld.\n",
  });
  const Coding behaviour = classify(sharing);
  EXPECT_TRUE(has_risk(behaviour, "menselijke-factor"));
  EXPECT_FALSE(has_risk(behaviour, "kennis"));
  const PlanText lacking = plan_of({
      "8 Risico's\n- Onvoldoende kennis van StUF en servicebus-technologie.\n",
  });
  EXPECT_TRUE(has_risk(classify(lacking), "kennis"));
}

// A baseline ("Nulsituatie", "Terugblik") describes today's and yesterday's bottlenecks, not
// the plan's risks.
TEST(Classify, TheBaselineNamesNoRisks) {
  const PlanText plan = plan_of({
      "1 Inleiding\nDit plan.\n\n4 Nulsituatie\nKnelpunt is de afhankelijkheid van enkele "
      "medewerkers voor specialistische taken.\n\n5 Terugblik\nHet grootste knelpunt was de "
      "capaciteit.\n",
  });
  const Coding coding = classify(plan);
  EXPECT_FALSE(has_risk(coding, "kennis"));
  EXPECT_FALSE(has_risk(coding, "capaciteit"));
}

// "Stand van zaken" is a baseline heading and "Sociale Zaken" a department: no zaakgericht
// words. "De zaak als rode draad" is one.
TEST(Classify, DepartmentsAndTheStateOfAffairsAreNoCases) {
  const PlanText plan = plan_of({
      "1 Inleiding\nDit plan beschrijft onze dienstverlening.\n\n2 Stand van zaken\nDe "
      "afdelingen Sociale Zaken, Algemene Zaken en Economische Zaken behandelen hun zaken elk op "
      "hun eigen manier.\n\n3 Het klantcontactcentrum\nHet KCC wordt het eerste aanspreekpunt "
      "voor inwoners.\n",
  });
  EXPECT_LT(classify(plan).theme_scores.at("zaakgericht"), 0.1);
  const PlanText cases = plan_of({
      "1 Inleiding\nDit plan beschrijft onze dienstverlening.\n\n2 Het concept: de zaak als "
      "rode draad\nElke aanvraag wordt een zaak met een eigenaar.\n",
  });
  EXPECT_EQ(classify(cases).leading_theme, "zaakgericht");
}

// A risk needs one passage that states it: mentions alone (here contracts, without a problem
// word) do not add up to a supplier risk.
TEST(Classify, MentionsAloneMakeNoRisk) {
  const PlanText plan = plan_of({
      "8 Risico's\nDe contracten met de leveranciers lopen in 2011 af.\nDe heronderhandeling van "
      "de ICT-contracten is in oktober 2010 gestart.\n",
  });
  EXPECT_FALSE(has_risk(classify(plan), "leveranciers"));
  const PlanText stated = plan_of({
      "8 Risico's\nDe kennis van StUF-koppelingen is in de organisatie nauwelijks aanwezig.\n",
  });
  EXPECT_TRUE(has_risk(classify(stated), "kennis"));
}

// A title run in before its text ("Kennis. Voor ...", "R2 – Gedrag van medewerkers.") or on a
// line of its own names a risk, also under another risk's heading; a short sentence does not.
TEST(Classify, RunInTitlesNameARisk) {
  const PlanText plan = plan_of({
      "9 Risico's\n\n9.1 Capaciteit\nDe bezetting is te krap.\n\nFocus\nDaarnaast lopen de "
      "BAG, de WOZ en de Wabo in 2010 tegelijk.\n\nR2 – Gedrag van medewerkers. Zonder andere "
      "werkwijze blijven de systemen onderbenut.\n",
  });
  const Coding coding = classify(plan);
  EXPECT_TRUE(has_risk(coding, "focus"));
  EXPECT_TRUE(has_risk(coding, "menselijke-factor"));
  const PlanText sentence = plan_of({
      "9 Risico's\nHet budget staat in bijlage 2.\n",
  });
  EXPECT_FALSE(has_risk(classify(sentence), "budget"));
}

}  // namespace planmine
