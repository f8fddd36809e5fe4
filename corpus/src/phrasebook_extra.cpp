// More alternatives for the rules a plan draws on most (the themes and the type rules), so that a
// long chapter does not repeat itself. Rules named here add to the rules of the same name.

#include "phrasebook_sources.hpp"

namespace planmine::corpus {

// clang-format off
const char* const kExtraPhrases = R"DUTCH(
@th_basisregistraties
{zonder|zonder goede} {basisgegevens|betrouwbare gegevens} {is|blijft} {digitale dienstverlening|een digitaal loket} {een lege huls|niet mogelijk}{: {een formulier|een aanvraag} {dat vooraf is ingevuld|met vooraf ingevulde gegevens} {vraagt|veronderstelt} {juiste gegevens|correcte registraties}|}
{de invoering|de inrichting} van {de BAG|de basisregistraties} {vraagt|kost} {meer tijd|meer inzet} dan {vooraf gedacht|verwacht}{, {vooral|met name} {door|vanwege} {de historische gegevens|het natrekken van oude bouwdossiers}|}
{we|wij} {benoemen|wijzen} {per registratie|voor elke basisregistratie} {een bronhouder|een eigenaar} {aan|}{ {met|die} {verantwoordelijkheid voor|zorgt voor} {actualiteit en juistheid|tijdige mutaties}|}
{mutaties|wijzigingen} {in|van} {de registraties|de basisgegevens} {worden|moeten} {binnen|in} {de wettelijke termijn|vier werkdagen} {verwerkt|vastgelegd}{ {en zijn dan direct voor iedereen beschikbaar|zodat alle afdelingen met dezelfde gegevens werken}|}
{de samenhang|de koppeling} {tussen|van} {BAG, WOZ en GBA|adressen, objecten en personen} {levert|biedt} {nieuwe mogelijkheden|veel voordelen} {voor|bij} {belastingen, vergunningen en handhaving|de vakafdelingen}
{de gemeente|$gem} {neemt deel aan|neemt het initiatief tot} {een regionale aanpak|samenwerking} {voor|bij} {de BAG|de basisregistraties}{ {met|samen met} {de buurgemeenten|$regio}|}
@th_dienstverlening
{de frontoffice|het KCC} {krijgt|heeft} {toegang tot|zicht op} {alle|de} {relevante|benodigde} {informatie|gegevens} {uit de backoffice|over lopende zaken}{ {zodat|waardoor} {inwoners|klanten} {niet worden doorverbonden|direct antwoord krijgen}|}
{we|wij} {werken|gaan werken} {met|volgens} {een gespreksprotocol|vaste afspraken} {voor|bij} {telefonische contacten|de telefoon}{, {inclusief|met} {terugbelafspraken|een terugbelnorm}|}
{de gemeente|$gem} {wil|gaat} {ook|daarnaast} {voor ondernemers|voor bedrijven} {één aanspreekpunt|een bedrijvenloket} {bieden|inrichten}{ {dat aansluit op|in samenwerking met} {de Kamer van Koophandel|het Dienstenloket}|}
{producten|diensten} {als|zoals} {een uittreksel|een verhuizing|een parkeervergunning} {moeten|kunnen} {straks|vanaf $jaar1} {volledig digitaal|helemaal via internet} {worden afgehandeld|aangevraagd en betaald}
{het gebruik van|de bezoekersaantallen op} {de website|ons digitale loket} {groeit|stijgt} {elk jaar|gestaag}{; {in $jaar0|vorig jaar} {waren er|telden we} {ruim|ongeveer} $n.000 {bezoeken|bezoekers}|}
{klachten|meldingen} {en|of} {suggesties|ideeën} {van|uit} {inwoners|klanten} {gebruiken we|benutten we} {om|voor} {de dienstverlening|onze werkwijze} {te verbeteren|bij te stellen}
@th_zaakgericht
{een|het} {e-formulier|digitale formulier} {levert|zet} {de aanvraag|de gegevens} {direct|automatisch} {als zaak|als nieuwe zaak} {af|klaar} {in het zaaksysteem|bij de behandelaar}
{de papieren|de fysieke} {dossiers|archiefkasten} {verdwijnen|nemen af} {geleidelijk|stap voor stap}{; {nieuwe zaken|nieuwe dossiers} {zijn|worden} {vanaf $jaar1|vanaf een vaste datum} {alleen nog digitaal|volledig digitaal}|}
{de keuze|de aanschaf} {voor|van} {een zaaksysteem|een DMS} {doen we|gebeurt} {op basis van|na} {een programma van eisen|een Europese aanbesteding}{ {samen met|in overleg met} {$regio|de buurgemeenten}|}
{zaakgericht werken|digitaal werken} {raakt|verandert} {het werk van|de taken van} {de afdeling DIV|de postkamer} {sterk|ingrijpend}{: {van|het accent verschuift van} {archiveren|bewaren} naar {informatiebeheer|regie op informatie}|}
{managementinformatie|sturingsinformatie} {over|met} {doorlooptijden|de voortgang van zaken} {komt|wordt} {direct|automatisch} {beschikbaar|uit het systeem}{ {voor teamleiders en directie|voor het MT}|}
@th_projectmatig
{een|de} {programmamanager|programmaleider} {houdt|heeft} {overzicht|zicht} {over|op} {alle|de} {projecten|lopende trajecten} {en|en stuurt} {bij|waar nodig}
{projectleiders|trekkers} {krijgen|hebben} {een|het} {duidelijk|helder} {mandaat|budget} {en|en rapporteren} {maandelijks|elke maand} {over|aan} {de voortgang|de stuurgroep}
{lessen|ervaringen} {uit|van} {eerdere projecten|het EGEM-i-traject} {nemen we mee|gebruiken we} {bij|in} {de aanpak|de projectplannen}{ {via een evaluatie na elk project|in een korte evaluatie}|}
@th_architectuur
{de|onze} {doelarchitectuur|architectuurvisie} {beschrijft|schetst} {hoe|de manier waarop} {frontoffice, midoffice en backoffice|de systemen} {in $eind|straks} {samenwerken|op elkaar aansluiten}
{open standaarden|de lijst met open standaarden} {zijn|is} {uitgangspunt|verplicht} {bij|voor} {aanbestedingen|de aanschaf van software}{; {daarvan|hiervan} {wijken we|kan} {alleen gemotiveerd|alleen met een reden} {af|worden afgeweken}|}
{de|een} {CMDB|applicatieregistratie} {geeft|biedt} {overzicht|inzicht} {in|over} {welke applicaties|alle systemen} {we hebben|er zijn} {en|en hoe} {hoe ze gekoppeld zijn|ze samenhangen}
{keuzes|besluiten} {over|rond} {ICT|de informatievoorziening} {worden|zijn} {voortaan|vanaf nu} {getoetst|beoordeeld} {door|in} {het informatieberaad|een architectuurboard}
@anders_regio
{de|een} {dienstverleningsovereenkomst|samenwerkingsovereenkomst} {regelt|legt vast} {de afspraken|wat de gemeenten} {over|van elkaar mogen verwachten} {kosten|kwaliteit} en {verantwoordelijkheden|levertijden}
{elke gemeente|iedere gemeente} {blijft|houdt} {zelf|eigen} {verantwoordelijk|zeggenschap} {voor|over} {de eigen dienstverlening|de eigen keuzes}{, {maar|terwijl} {uitvoering|techniek} {gezamenlijk|samen} {wordt georganiseerd|plaatsvindt}|}
@anders_beveiliging
{toegang|de toegang} {tot|van} {systemen|gegevens} {wordt|is} {geregeld|ingericht} {op basis van|volgens} {rollen|functies}{; {wie|iemand die} {van functie wisselt|vertrekt}, {verliest direct zijn rechten|raakt meteen zijn toegang kwijt}|}
{een|het} {calamiteitenplan|uitwijkplan} {zorgt ervoor dat|regelt dat} {de dienstverlening|het werk} doorgaat {bij een storing|bij uitval van systemen|als systemen uitvallen}
@anders_archief
{de overgang|de omslag} {naar|van papier naar} {digitaal archiveren|een digitaal archief} {vraagt|kost} {zorgvuldigheid|tijd}{: {de wet|de Archiefwet} {stelt|stelt strenge} {eisen|voorwaarden} {aan|bij} {vervanging|vernietiging}|}
{documenten|stukken} {krijgen|worden voorzien van} {metadata|kenmerken} {bij|vanaf} {ontvangst|het moment van binnenkomst}{ {volgens een vast schema|zodat ze later terug te vinden zijn}|}
@anders_hnw
{het gebruik|de inzet} {van|met} {laptops|mobiele apparatuur} {en|en een} {thuiswerkvoorziening|veilige verbinding} {breiden we uit|wordt uitgebreid}{ {in|vanaf} $jaar1|}
{afspraken|regels} {over|voor} {bereikbaarheid|beschikbaarheid} {van|voor} {collega's|medewerkers} {worden|zijn} {vastgelegd|gemaakt} {per team|in elk team}
)DUTCH";
// clang-format on

}  // namespace planmine::corpus
