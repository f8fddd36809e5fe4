// Phrase banks for the sections every plan has: inleiding, nulmeting, planning, organisatie,
// financiën, communicatie, bijlagen. Written for this project; short fixed runs between choices
// keep any two plans from sharing long passages.

#include "phrasebook_sources.hpp"

namespace planmine::corpus {

// clang-format off
const char* const kGeneralPhrases = R"DUTCH(
@h_voorwoord
Voorwoord
Woord vooraf
Ten geleide
@h_samenvatting
Samenvatting
Managementsamenvatting
Samenvatting en leeswijzer
In het kort
@h_inleiding
Inleiding
Aanleiding
Inleiding en aanleiding
Aanleiding en doel van dit plan
Waarom dit plan
@h_nulmeting
Nulmeting
Waar staan we nu?
Uitgangssituatie
Huidige situatie
De stand van zaken in $jaar0
Startpositie van de gemeente
@h_planning
Planning
Fasering en planning
Planning en fasering
Tijdpad
Planning $jaar-$eind
@h_organisatie
Organisatie en sturing
Programmaorganisatie
Sturing en verantwoording
Organisatie van de uitvoering
Rollen en verantwoordelijkheden
@h_financien
Financiën
Kosten en dekking
Financiële paragraaf
Investeringen en dekking
Middelen
@h_risicos
Risico's
Risico's en beheersmaatregelen
Risicoanalyse
Risico's en maatregelen
Kritische succesfactoren en risico's
@h_communicatie
Communicatie
Communicatie en betrokkenheid
Communicatieparagraaf
Communicatie en informatievoorziening
@h_bijlagen
Bijlagen
Bijlage
Overzicht van bijlagen
@h_begrippen
Begrippenlijst
Gebruikte afkortingen
Lijst van afkortingen
Verklarende woordenlijst
@h_leeswijzer
Leeswijzer
Opbouw van dit document
Opbouw van het plan
@h_context
Landelijke context
De landelijke ontwikkelingen
Ontwikkelingen in het land
Het NUP en EGEM-i
@h_doel
Doel van dit plan
Doelstelling
Wat willen we met dit plan bereiken?
@h_afbakening
Afbakening
Reikwijdte van dit plan
Wat valt buiten dit plan?
@h_totstandkoming
Totstandkoming
Hoe dit plan tot stand kwam
Werkwijze
@in_afbakening
{dit plan|het plan} {gaat over|beperkt zich tot} {de periode $jaar-$eind|de komende {drie|vier} jaar}{ en {de projecten die de e-overheid raken|de invoering van de landelijke voorzieningen}|}
{de vervanging van|onderhoud aan} {de kantoorautomatisering|het netwerk en de werkplekken} {valt|hoort} {buiten|niet bij} {dit plan|de scope van dit plan}{; {dat|die} {staat|is opgenomen} in {het ICT-jaarplan|het informatiebeleidsplan}|}
{regionale projecten|projecten die we samen met anderen doen} {noemen we|staan} {wel|hier wel}{, maar {de uitwerking|de verantwoordelijkheid} {ligt|zit} {bij|in} {de regio|het samenwerkingsverband}|}
@in_totstandkoming
{het plan|dit stuk} {is|werd} {in {een half jaar|enkele maanden}|tussen {januari|maart|september} en {juni|november}} {opgesteld|geschreven} {door|onder leiding van} {een projectgroep|de coördinator e-overheid}{ met {vertegenwoordigers van alle afdelingen|sleutelfiguren uit de lijn}|}
{een concept|de eerste versie} {is|werd} {besproken|voorgelegd} {in|aan} {het MT|de ondernemingsraad|de portefeuillehouder}{ en {daarna|vervolgens} {aangepast|aangescherpt}|}

# ---------- inleiding ----------
@in_opening
{in december 2008|op 8 december 2008|eind 2008} hebben {Rijk, provincies, gemeenten en waterschappen|de gezamenlijke overheden|het kabinet, IPO, VNG en de Unie van Waterschappen} {het Nationaal Uitvoeringsprogramma dienstverlening en e-overheid (NUP) vastgesteld|de afspraken van het NUP gemaakt|een bestuursakkoord over het NUP gesloten}
het {NUP|Nationaal Uitvoeringsprogramma} {beschrijft|benoemt|bevat} de {bouwstenen|voorzieningen|basisvoorzieningen} {die elke gemeente {in de komende jaren|vóór 2011|de komende tijd} {moet invoeren|moet realiseren}|waarop de e-overheid van de toekomst rust|die samen de basis voor de elektronische overheid vormen}
{gemeenten|alle gemeenten in Nederland|wij als gemeente} {staan voor de opgave|hebben de taak|zijn gevraagd} om {vóór 2011|in de komende jaren|binnen een aantal jaren} {een groot aantal|een reeks|tientallen} {landelijke voorzieningen|e-overheidsvoorzieningen|bouwstenen van de e-overheid} {in te voeren|te implementeren|in gebruik te nemen}
{de e-overheid|de elektronische overheid|digitale dienstverlening} {is al jaren|staat al enige tijd|is sinds het begin van dit decennium} {een belangrijk onderwerp|hoog op de agenda|een speerpunt} {van het kabinet|van de rijksoverheid|in Den Haag}{, en dat geldt inmiddels ook voor $gem|, en ook in $gem groeit de aandacht|}
{ook|zeker} {in $gem|voor onze gemeente} {zien we|merken we} dat {inwoners en bedrijven|burgers en ondernemers|onze klanten} {steeds vaker|in toenemende mate|meer dan voorheen} {via internet zaken willen doen|digitaal contact zoeken|de website als eerste ingang kiezen}
{de samenleving|de wereld om ons heen} {verandert|digitaliseert} {snel|in hoog tempo}{: {internetbankieren|online winkelen} is {voor veel inwoners|voor de meeste huishoudens} {gewoon|heel normaal} geworden|}{, en {de gemeente|wij} {kan|kunnen} {daar niet bij achterblijven|niet achterblijven}|}
{de verwachtingen van|wat} {inwoners en ondernemers|onze klanten} {van de overheid|van ons} {verwachten|vragen} {zijn gestegen|groeit}{; {snelheid|gemak} en {betrouwbaarheid|duidelijkheid} {zijn|worden} {vanzelfsprekend|de norm}|}
{met|in} {het NUP|het Nationaal Uitvoeringsprogramma} {hebben|zijn} {overheden|alle overheidslagen} {afgesproken|overeengekomen} {samen op te trekken|gezamenlijk te werken} {aan|richting} {één overheid|een overheid die als één geheel werkt}
@in_egem
{het programma|het ondersteuningsprogramma} EGEM-i {helpt|ondersteunt} gemeenten {bij het opstellen van|met} een {realisatieplan|uitvoeringsplan|plan van aanpak} {en stelt daarvoor een adviseur beschikbaar|met een vaste adviseur en een aantal instrumenten|met kennis, instrumenten en een eigen adviseur}
{dit plan|het voorliggende document|dit realisatieplan} is {opgesteld|tot stand gekomen|geschreven} {met ondersteuning van|samen met|in overleg met} {de EGEM-i-adviseur|een adviseur van EGEM-i|het EGEM-i-team}{ en {een werkgroep van|vertegenwoordigers uit} {alle afdelingen|de betrokken afdelingen|de lijn}|}
{de gemeente $gem|$gem} {heeft zich in $jaar0 aangemeld voor|doet sinds $jaar0 mee aan|neemt deel aan} {het EGEM-i-traject|het programma EGEM-i|EGEM-i}{, samen met {de buurgemeenten|de gemeenten in $regio|een aantal gemeenten uit de regio}|}
{voor het opstellen van dit plan|in de voorbereiding} {is gebruikgemaakt van|zijn} {de instrumenten van EGEM-i|de zelfscan en de nulmeting van EGEM-i|het stappenplan dat EGEM-i aanreikt}{, zoals de zelfscan en de voorbeeldplanning|}
{EGEM-i|het EGEM-i-programma} {vraagt|verwacht} {van|aan} {deelnemende gemeenten|de gemeenten die meedoen} {een {door het college vastgesteld|bestuurlijk vastgesteld} plan|een plan dat bestuurlijk is vastgesteld}{ {vóór|uiterlijk} {1 juli $jaar|het eind van $jaar}|}
{in|tijdens} {een reeks|een aantal} {werksessies|bijeenkomsten} {met|samen met} {afdelingshoofden|sleutelfiguren|de werkgroep} {zijn|hebben we} {de projecten|de keuzes} {besproken|doorgenomen}{ en {geprioriteerd|op volgorde gezet}|}
@in_doel
{dit plan|dit document|het realisatieplan} {beschrijft|geeft aan|laat zien} {welke stappen we|wat wij} {tot en met $eind|in de periode $jaar-$eind|de komende {drie|vier} jaar} {zetten|gaan doen|willen zetten} {op weg naar|richting|om te komen tot} {een moderne elektronische overheid|betere digitale dienstverlening|een gemeente die haar zaken op orde heeft}
{het doel van dit plan is|met dit plan willen we} {inzicht geven in|een overzicht bieden van|helder maken} {de opgaven|de activiteiten|de projecten} {die voor ons liggen|die we de komende jaren oppakken}{, {wat ze kosten|welke middelen ze vragen} en {wie ze uitvoert|wie verantwoordelijk is}|}
{het plan|dit stuk} {dient als|is bedoeld als|vormt} {kader|leidraad|basis} voor {de uitvoering|de begroting|de jaarlijkse werkplannen} {in de komende jaren|vanaf $jaar1|tot $eind}{ en {wordt jaarlijks geactualiseerd|wordt elk jaar bijgesteld|wordt ieder voorjaar herzien}|}
{het college|de raad|de directie} {wordt gevraagd|krijgt het verzoek} {dit plan vast te stellen|in te stemmen met dit plan|dit plan te bespreken}{ en de benodigde middelen beschikbaar te stellen| en de kredieten vrij te geven|}
{dit realisatieplan|het plan} {is|wordt} {geen eindproduct|een levend document}{: {nieuwe ontwikkelingen|landelijke wijzigingen} {nemen we mee|verwerken we} {in de jaarlijkse actualisatie|bij de volgende versie}|}
{met dit plan|hiermee} {geven we|geeft het college} {invulling aan|uitvoering aan} {de afspraken met EGEM-i|het verzoek van de raad|de landelijke afspraken}{ en {maken we zichtbaar|laten we zien} {wat dat van de organisatie vraagt|wat er de komende jaren op ons afkomt}|}
@in_leeswijzer
{in hoofdstuk 2|hierna} {beschrijven we|schetsen we|staat} {de uitgangssituatie|de huidige situatie|waar we nu staan}{, daarna volgen {de ambitie|de doelen} en {de projecten|de aanpak}|}
{het plan is als volgt opgebouwd|de opbouw is als volgt|de indeling van dit document is eenvoudig}: {na deze inleiding|eerst} {volgt|komt} {de nulmeting|een beschrijving van de stand van zaken}, {daarna|vervolgens} {de projecten|de uitwerking per onderwerp} en {tot slot|ten slotte} {de financiën en de risico's|organisatie, geld en risico's}
{wie weinig tijd heeft|de snelle lezer} {kan volstaan met|leest} {de samenvatting|het eerste hoofdstuk}{ en {de projecttabel|het overzicht} in de bijlage|}
{in de bijlagen|achterin} {vindt u|staan} {een begrippenlijst|een lijst met afkortingen}{ en {een overzicht van alle projecten|de projectkaarten}|}

# ---------- nulmeting ----------
@nu_opening
{in {het najaar|de zomer|het voorjaar} van $jaar0|begin $jaar|eind $jaar0} {is|werd} {een nulmeting uitgevoerd|de stand van zaken in kaart gebracht|met de zelfscan van EGEM-i {gemeten|bepaald} {waar we staan|hoe ver we zijn}}
{met behulp van|aan de hand van} {de zelfscan|de nulmeting|een inventarisatie} {is bekeken|hebben we bekeken|is onderzocht} {hoe ver|in hoeverre} {de gemeente|$gem|onze organisatie} {is met|staat met betrekking tot} {de verschillende bouwstenen|de landelijke voorzieningen|de e-overheid}
{de nulmeting|de inventarisatie|deze meting} {is uitgevoerd door|is gedaan door|kwam tot stand met} {interviews met {sleutelfiguren|afdelingshoofden|medewerkers}|een enquête onder medewerkers|gesprekken in de organisatie}{ en {een analyse van|het bekijken van} {bestaande documenten|de applicaties|de website}|}
{daarnaast|ook} {zijn|werden} {cijfers|gegevens} {verzameld|opgevraagd} over {het aantal telefoontjes|het baliebezoek|het gebruik van de website}{ {over de afgelopen twee jaar|in $jaar0}|}
@nu_bevinding
{het beeld is|de uitkomst is|de conclusie luidt} {wisselend|gemengd|niet eenduidig}: {op sommige onderdelen|op een aantal punten} {zijn we goed op weg|lopen we voor|staan we er goed voor}, {op andere|elders} {is nog veel te doen|is een flinke inhaalslag nodig|staan we nog aan het begin}
{we schatten|wij schatten} {onze uitgangspositie|de eigen startpositie|onze situatie} {vooraf|aanvankelijk} {rooskleuriger|gunstiger|beter} in dan {na de meting|na analyse} {het geval bleek|bleek te kloppen}
{de website|onze website} {biedt|heeft} {nu|op dit moment} {$n|ongeveer $n} {digitale producten|e-formulieren|producten die digitaal aan te vragen zijn}{, {waarvan|maar} {slechts een deel|een enkel formulier|een paar} met DigiD|}
{de meeste|veel|vrijwel alle} {applicaties|systemen|vakapplicaties} {zijn|staan} {nog|vooralsnog} {niet met elkaar verbonden|los van elkaar|niet gekoppeld}{, {waardoor|zodat} {gegevens dubbel worden vastgelegd|medewerkers gegevens overtypen|dezelfde gegevens op meerdere plekken staan}|}
{het {telefonisch|algemene} nummer|de telefooncentrale} {verwerkt|handelt} {jaarlijks|per jaar} {ruim|circa|ongeveer} $n.000 {gesprekken|telefoontjes} af{, waarvan {een groot deel|$pct} {wordt doorverbonden|niet direct kan worden beantwoord}|}
{de documentstroom|de post} {is|wordt} {grotendeels|nog altijd|voor het overgrote deel} {op papier|papieren|niet digitaal}{; {scannen|digitaliseren} gebeurt {alleen|slechts} {bij de postkamer|voor een paar processen}|}
{de BAG|de basisregistraties} {is|zijn} {nog|al} {niet|grotendeels} {op orde|ingericht}{, {maar|en} {de koppelingen|de aansluiting op de landelijke voorziening} {ontbreken nog|volgen in $jaar|zijn in voorbereiding}|}
{er is|we hebben} {weinig|nog geen} {zicht op|inzicht in} {de doorlooptijden|de afhandeling} {van aanvragen|van klantvragen}{; {een klant|een inwoner} {kan|moet} {niet|nog niet} {zelf volgen|nagaan} hoe het met zijn zaak staat|}
{de kennis|kennis en ervaring} {met|over} {de e-overheid|ICT-projecten} {zit|is} {bij een klein aantal|bij enkele} {medewerkers|mensen}{, {vooral|met name} {bij $afd_i|in de backoffice}|}
@nu_tabelkop
{de {belangrijkste|voornaamste} uitkomsten|de uitkomsten per onderdeel|een overzicht} {staan|staat} in {de tabel hieronder|onderstaande tabel|het overzicht hierna}.
{per bouwsteen|per onderdeel} {is aangegeven|geeft de tabel aan} {hoe ver we zijn|wat de stand van zaken is|waar we staan}.
@stand_gereed
gereed
in gebruik
gerealiseerd
operationeel
@stand_bezig
in uitvoering
gestart
deels gereed
loopt
in voorbereiding
@stand_niet
niet gestart
nog te starten
nog niet begonnen
niet aanwezig

# ---------- planning ----------
@pl_opening
{de planning|het tijdpad} {is|wordt} {bepaald|gestuurd} door {de landelijke termijnen|de beschikbaarheid van de voorzieningen|wat de organisatie aankan|de samenhang tussen de projecten}
{we|wij} {hebben de projecten|zijn de projecten} {verdeeld over|in de tijd gezet in|ingedeeld in} {drie|vier|een aantal} {fasen|jaarschijven|stappen}{ {die op elkaar voortbouwen|die logisch op elkaar volgen}|}
{niet alles kan tegelijk|we kunnen niet alles tegelijk oppakken|het is niet mogelijk alles in één keer te doen}: {de planning|het schema} {houdt rekening met|is afgestemd op} {de beschikbare mensen|de capaciteit van de afdelingen|andere lopende trajecten}
{de globale planning|het overzicht} {staat in|vindt u in} {de figuur|het schema|de tabel} {hieronder|op de volgende pagina}{; {een gedetailleerde uitwerking|de details} {volgt in|komt in} {de projectplannen|de jaarplannen}|}
{sommige projecten|een aantal projecten} {zijn|is} {al|reeds} {gestart|begonnen} {in het EGEM-i-traject|in $jaar0}{; {dat|die} {zijn|noemen we} {de quick wins|snelle successen}|}
@pl_fase
{in $jaar|het eerste jaar|in de eerste fase} {ligt de nadruk op|richten we ons op|staat centraal} {het op orde brengen van de basis|de verplichte onderdelen|de aansluiting op de landelijke voorzieningen}
{in $jaar1|daarna|in de tweede fase} {volgt|bouwen we verder aan|pakken we} {de koppeling van systemen|het zaakgericht werken|de uitbreiding van de digitale producten}
{vanaf $jaar2|tot slot|in de laatste fase} {komt|ligt de aandacht op|werken we aan} {de verdere verbetering van de dienstverlening|de doorontwikkeling|de afronding en evaluatie}

# ---------- organisatie ----------
@org_opening
{de uitvoering|het geheel} {wordt aangestuurd|wordt geleid|valt onder} {als één programma|door een programmamanager|door een kleine programmagroep}{ {die rapporteert aan|onder verantwoordelijkheid van} {de gemeentesecretaris|het MT|de directie}|}
{bestuurlijk|politiek} {verantwoordelijk|opdrachtgever} is de {wethouder|portefeuillehouder} $portefeuille; {ambtelijk opdrachtgever|de ambtelijke opdrachtgever} is {de gemeentesecretaris|het hoofd van $afd_i|de directeur bedrijfsvoering}
{voor elk project|per project} {wordt|is} {een projectleider|een trekker|een verantwoordelijke} {aangewezen|benoemd|aangesteld}{ {uit de lijn|uit de betrokken afdeling|uit het vakteam}|}
{de stuurgroep|een stuurgroep} {bestaande uit|met daarin} {de portefeuillehouder|de wethouder}, {de gemeentesecretaris|de directeur} en {de programmamanager|de coördinator} {komt|vergadert} {eens per {zes weken|kwartaal|maand}|regelmatig} {bijeen|samen}
{de raad|de gemeenteraad} {wordt|zal} {twee keer per jaar|jaarlijks|via de planning-en-controlcyclus} {geïnformeerd|op de hoogte gehouden} over {de voortgang|de stand van zaken}{ {via een voortgangsrapportage|met een raadsinformatiebrief}|}
{een|het} {projectleidersoverleg|programmaoverleg} {vindt|komt} {elke {twee|vier} weken|maandelijks} {plaats|bijeen}{ {om de samenhang te bewaken|voor afstemming tussen de projecten}|}
@org_rollen
{de programmamanager|de coördinator e-overheid} {bewaakt|houdt zicht op} {de samenhang|de voortgang en de samenhang|planning en budget}
{de projectleiders|de trekkers} {zijn verantwoordelijk voor|zorgen voor} {het resultaat van hun project|de uitvoering binnen tijd en geld}
{de informatiemanager|de adviseur informatievoorziening} {adviseert over|bewaakt} {de samenhang in de informatievoorziening|de architectuur|keuzes in applicaties}
{de afdelingshoofden|de teamleiders} {leveren|stellen} {de benodigde medewerkers|capaciteit} {beschikbaar|ter beschikking}{ {en maken daarover afspraken in het MT|volgens de afgesproken planning}|}
{de stuurgroep|het MT} {neemt besluiten over|besluit over} {scope, geld en prioriteiten|wijzigingen in de planning}
{de controller|de afdeling Financiën} {bewaakt|volgt} {de besteding van de middelen|de uitgaven}{ {per kwartaal|in de P&C-cyclus}|}

# ---------- financiën ----------
@fin_opening
{de totale|de} {investering|kosten} {voor de periode $jaar-$eind|over de hele looptijd|van dit plan} {bedraagt|bedragen|komt uit op} {ongeveer|circa|in totaal} $totaal
{de kosten|de uitgaven} {bestaan uit|zijn opgebouwd uit|vallen uiteen in} {eenmalige investeringen|incidentele kosten} en {structurele lasten|jaarlijkse kosten|doorlopende kosten}{ {voor {licenties|beheer en onderhoud}}|}
{een deel van de kosten|een deel} {kan worden gedekt uit|wordt betaald uit|valt binnen} {de bestaande budgetten|de begroting|het budget voor automatisering}{; {voor het overige|voor de rest} {wordt|is} {een krediet|aanvullend budget} {gevraagd|nodig}|}
{bij de bedragen|bij de ramingen} is uitgegaan van {een marge van {tien|vijftien|twintig} procent|prijspeil $jaar|offertes en ervaringen van andere gemeenten}
{via het gemeentefonds|uit het gemeentefonds} {ontvangen we|komt} {een bijdrage|extra geld} voor {de invoering van de BAG|de e-overheid|de Wabo}{ ($bedrag)|}
{de besparingen|de opbrengsten} {zijn|worden} {voorzichtig|terughoudend} {geraamd|ingeschat}{: {minder papier|minder telefoontjes|minder dubbel werk} {levert op termijn|levert pas na enkele jaren} {iets|geld} op|}
{de kapitaallasten|de afschrijvingen} {van|op} {de investeringen|hardware en software} {zijn|worden} {meegenomen|verwerkt} {in de meerjarenbegroting|vanaf $jaar1}
{de EGEM-i-bijdrage|de bijdrage van EGEM-i} {van|ter hoogte van} {ongeveer|circa} $bedrag {is|wordt} {ingezet|gebruikt} voor {advies|de inhuur van een projectleider|opleiding}

# ---------- communicatie ----------
@com_algemeen
{communicatie|goede communicatie} is {een voorwaarde|nodig|belangrijk} {om de plannen te laten slagen|voor het slagen van de projecten|voor een goede invoering}
{we|wij} {informeren|houden} {medewerkers|collega's} {via|door middel van} {het intranet|de personeelsnieuwsbrief|werkoverleggen} {op de hoogte|over de voortgang}
{inwoners en bedrijven|de inwoners|onze klanten} {worden|zullen} {via|door middel van} {de gemeentepagina in het huis-aan-huisblad|de website|persberichten} {geïnformeerd over|gewezen op} {nieuwe digitale producten|de mogelijkheden van DigiD|nieuwe diensten}
{voor elk project|per project} {wordt|maakt de projectleider} {een {kort|eenvoudig} communicatieplan|afspraken over communicatie} {opgesteld|gemaakt}
{de afdeling Communicatie|de communicatieadviseur} {ondersteunt|adviseert} {het programma|de projectleiders} {bij|over} {de boodschap|de inzet van middelen}
@com_middelen
een {maandelijkse|tweemaandelijkse} {nieuwsbrief|digitale nieuwsbrief} {over|rond} {de e-overheid|het programma}
{informatiebijeenkomsten|bijeenkomsten} voor {medewerkers|alle medewerkers|afdelingen}
een {eigen|speciale} {pagina|rubriek} op {het intranet|intranet}
{presentaties|toelichting} in {het MT|het werkoverleg|de teams}
{berichten|artikelen} in {de lokale krant|het huis-aan-huisblad}
{een {stand|kraam} op de {open dag|markt}|een demonstratie van DigiD in de hal}
{korte filmpjes|een interactieve sessie} {over|rond} {zaakgericht werken|de nieuwe werkwijze}
{een ambassadeursnetwerk|sleutelfiguren} in {elke afdeling|de teams}

# ---------- small words ----------
@prio_hoog
hoog
1
A
@prio_midden
middel
2
B
@prio_laag
laag
3
C
@slot
{tot slot|ten slotte|afsluitend}: {dit plan|het plan} is {geen eindpunt|een momentopname|een groeidocument}{ {maar een begin|en wordt bijgesteld waar nodig}|}.
{met dit plan|hiermee} {zetten we|zet $gem} {een {belangrijke|stevige|flinke} stap|de volgende stap} {vooruit|op weg naar een moderne overheid}.
)DUTCH";
// clang-format on

}  // namespace planmine::corpus
