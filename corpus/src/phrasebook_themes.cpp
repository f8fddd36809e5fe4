// Phrase banks for the five themes, the risks (with their many phrasings and measures) and the
// NUP building blocks of 2009-2010.

#include "phrasebook_sources.hpp"

namespace planmine::corpus {

// clang-format off
const char* const kThemePhrases = R"DUTCH(
# =============== themes ===============
@h_th_basisregistraties
Basisregistraties
Basisregistraties en gegevensbeheer
Het fundament: basisgegevens op orde
Gegevens op orde
Stelsel van basisregistraties
@th_basisregistraties
{de basisregistraties|het stelsel van basisregistraties} {vormen|is} {het fundament|de basis|de ruggengraat} {van|onder} {de elektronische overheid|de digitale dienstverlening|onze informatievoorziening}
{gegevens|basisgegevens} {worden|moeten} {eenmalig|één keer} {ingewonnen|vastgelegd} en {meervoudig gebruikt|vaker gebruikt}{; {dat|dit} {vraagt|stelt eisen aan} {een goede kwaliteit|de kwaliteit} van {de registraties|de gegevens}|}
{de BAG|de Basisregistraties Adressen en Gebouwen} {is|wordt} {de eerste registratie|een van de eerste basisregistraties|een van de eerste registraties} {die we moeten invoeren|waarvoor de gemeente bronhouder is}{; {de adressen|alle adressen} en {gebouwen|panden} {worden|zijn} {opnieuw|zorgvuldig} {vastgelegd|gecontroleerd}|}
{de GBA|de gemeentelijke basisadministratie} {moet|zal} {aangesloten worden op|gaan werken met} {GBA-V|de modernisering GBA}{ en {afnemers|afdelingen} {gebruiken|raadplegen} {de gegevens|de persoonsgegevens} {rechtstreeks|direct uit de bron}|}
{terugmelden|het terugmelden van vermoedelijke fouten} {wordt|is} {verplicht|een wettelijke plicht}{: {afnemers|gebruikers} melden {twijfel over gegevens|mogelijke fouten} {aan de bronhouder|bij de beheerder}|}
{we|wij} {richten|zetten} {een {gegevensmagazijn|centrale gegevensopslag}|een kernregistratie} {in|op} {waarin|met} {de basisgegevens|de gegevens uit de registraties} {bij elkaar komen|samenkomen}
{de kwaliteit|de juistheid} van {de registraties|onze gegevens} {laat|liet} {in de nulmeting|bij de nulmeting} {te wensen over|op punten te wensen over}{, {met name|vooral} bij {de WOZ|de adressen|de koppeling tussen BAG en WOZ}|}
{de registraties|de gegevens} {van|voor} {WOZ, BAG en GBA|adressen, gebouwen en personen} {moeten|gaan} {op elkaar aansluiten|met elkaar in overeenstemming zijn}{ {via een gemeenschappelijke sleutel|door koppeling op adres}|}
{een gegevensbeheerder|een coördinator basisgegevens} {bewaakt|zorgt voor} {de kwaliteit|de samenhang} {van alle registraties|van de gegevens}{ {en handelt terugmeldingen af|en rapporteert hierover aan het MT}|}
{de afdelingen|vakafdelingen} {halen|gebruiken} {hun|de} {gegevens|basisgegevens} {voortaan|straks} {uit de basisregistraties|uit één bron}{ in plaats van {uit eigen bestanden|uit losse lijsten}|}
{het|een} {stelsel|netwerk} van {basisregistraties|authentieke registraties} {is|wordt} {pas waardevol|pas bruikbaar} {als|wanneer} {alle schakels|alle registraties} {op orde zijn|goed gevuld zijn}
{de werkvoorraad|de achterstand} {in|bij} {de registratie van panden|de BAG-registratie} {is|wordt} {in $jaar|dit jaar} {weggewerkt|ingelopen}{ {met tijdelijke inhuur|met hulp van een extern bureau}|}
{de GBKN|de grootschalige basiskaart} {en|met} {de BAG|de adressen} {worden|gaan} {aan elkaar gekoppeld|op elkaar afgestemd}{ {in het geografisch informatiesysteem|in het GIS}|}
@h_th_dienstverlening
Dienstverlening
Dienstverlening en klantcontact
Naar een klantcontactcentrum
De klant centraal
Publieksdienstverlening
@th_dienstverlening
{het|een} {klantcontactcentrum|KCC} {is|wordt} {de plek|het punt} {waar|waarop} {alle vragen van inwoners|alle klantcontacten} {binnenkomen|samenkomen}{, {via|langs} {balie, telefoon, post en internet|alle kanalen}|}
{we|wij} {bouwen|richten} {het KCC|het klantcontactcentrum} {stapsgewijs|in fasen} {op|in}: {eerst|te beginnen met} {de telefoon|het telefonisch kanaal}, {daarna|vervolgens} {de balie|de fysieke balie} en {de website|het digitale kanaal}
{de website|onze website} {wordt|moet} {het belangrijkste|het eerste} {kanaal|loket}{ {voor eenvoudige producten|voor standaardvragen}|}{, met {e-formulieren|digitale formulieren} en {DigiD|inloggen met DigiD}|}
{de productencatalogus|de PDC} {is|wordt} {de basis|het vertrekpunt} {voor|van} {de informatie op de website|de kennisbank van het KCC}{ {en wordt ontsloten via de Samenwerkende Catalogi|en sluit aan op de Samenwerkende Catalogi}|}
{de klant|de inwoner} {wil|verwacht} {snel antwoord|duidelijkheid} {en|en wil} {weten hoe het met zijn aanvraag staat|zijn zaak kunnen volgen}{; {daarom|dus} {komt er|bouwen we} {statusinformatie op de website|een persoonlijke internetpagina}|}
{de telefoon|het telefoonnummer} {wordt|is} {centraal|op één plek} {aangenomen|beantwoord}{; {het doel|de norm} is {$pct in het eerste contact af te handelen|tachtig procent direct te beantwoorden}|}
{de capaciteit van het KCC|het KCC} {wordt|komt op} {$kcc_fte fte|ongeveer $kcc_fte fte}{ {in de eindsituatie|bij volledige inrichting}|}
{openingstijden|de openingstijden van de balie} {worden|gaan} {verruimd|aangepast}{ {met een avondopenstelling|en werken op afspraak wordt de norm}|}
{een|de} {kennisbank|vraag-antwoordcombinaties} {helpt|helpen} {de medewerkers|de medewerkers van het KCC} {bij het beantwoorden van|om snel te antwoorden op} {veelgestelde vragen|de meest gestelde vragen}
{het|een} {klantvolgsysteem|CRM-systeem} {legt|houdt} {alle contacten|elk klantcontact} {vast|bij}{ {zodat|waardoor} {een collega|iedere medewerker} {kan zien|ziet} {wat er eerder is besproken|wat er al gebeurde}|}
{de website|het digitale loket} {wordt|is} {opnieuw ingericht|vernieuwd} {vanuit|rond} {de vragen van bezoekers|de toptaken van inwoners}{ {en voldoet aan de webrichtlijnen|volgens de webrichtlijnen}|}
{de balie|het fysieke loket} {blijft|is} {belangrijk|nodig} {voor|bij} {persoonlijke vragen|ouderen en mensen die hulp nodig hebben}{, {maar|terwijl} {eenvoudige producten|standaardproducten} {steeds vaker|meer} {digitaal gaan|online worden aangevraagd}|}
{de wachttijd|de gemiddelde wachttijd} {aan de balie|aan de telefoon} {moet|gaat} {omlaag|terug} {naar|tot} {maximaal|niet meer dan} {tien minuten|vijf minuten|twintig seconden}
@h_th_zaakgericht
Zaakgericht werken
Zaakgericht werken en digitalisering
Digitaal werken
Van papier naar digitaal
@th_zaakgericht
{zaakgericht werken|het zaakgericht werken} {betekent|houdt in} dat {elke aanvraag|iedere vraag} {als zaak|als een zaak} {wordt geregistreerd|wordt vastgelegd} {en|en dat} {de voortgang|de status} {altijd te volgen is|steeds inzichtelijk is}
{met een zaaksysteem|met een DMS en zaaksysteem} {werken we|gaan we} {digitaal|zonder papieren dossiers}{: {post|binnenkomende post} {wordt|gaat} {bij binnenkomst gescand|direct gedigitaliseerd}|}
{de invoering|het invoeren} van {een zaaksysteem|een document management systeem} {is|wordt} {een|het} {groot|omvangrijk|ingrijpend} {project|traject} dat {alle afdelingen|de hele organisatie} {raakt|aangaat}
{vervanging|digitaal archiveren} {van papieren documenten|van de papieren archieven} {vraagt|vereist} {toestemming|een besluit} {van|door} {de archiefinspectie|de provinciale archiefinspecteur}{ {en een goede procedure|en een vervangingsbesluit}|}
{de werkprocessen|de processen} {worden|moeten} {eerst|vooraf} {beschreven|in kaart gebracht} {volgens|aan de hand van} {de zaaktypecatalogus|de zaaktypen uit de catalogus van KING}
{digitaal werken|werken zonder papier} {vraagt|betekent} {een andere manier van werken|andere gewoonten} {voor|bij} {medewerkers|de vakafdelingen}{ {die gewend zijn aan papieren dossiers|die graag met papier werken}|}
{een midoffice|de midoffice} {verbindt|koppelt} {de website|de e-formulieren} {met|aan} {het zaaksysteem|de backoffice} {zodat|waardoor} {aanvragen|gegevens} {niet meer overgetypt hoeven te worden|direct in het juiste proces komen}
{de statusinformatie|de stand van een zaak} {wordt|is} {automatisch|direct} {zichtbaar|beschikbaar} {voor|bij} {het KCC|de klant}{ {zodra|als} {de behandelaar|een medewerker} {een stap afrondt|iets vastlegt}|}
{de postkamer|de afdeling DIV} {wordt|verandert in} {een|het} {scanstraat|digitaal informatiecentrum}{ {waar alle post binnenkomt en wordt gescand|met nieuwe taken en een andere bezetting}|}
{we|wij} {beginnen|starten} {met|bij} {een pilot|een proef} {bij|in} {één afdeling|twee processen}{, {bijvoorbeeld|zoals} {de bouwvergunningen|de WMO-aanvragen|de meldingen openbare ruimte}|}
{de doorlooptijden|de behandeltermijnen} {van|voor} {aanvragen|zaken} {worden|zijn} {beter|straks} {te bewaken|stuurbaar}{ {via managementinformatie|met signalen bij overschrijding}|}
@h_th_projectmatig
Projectmatig werken
Programmatisch werken
Programma- en projectmanagement
Werken in projecten
@th_projectmatig
{de uitvoering|de invoering} {wordt|is} {programmatisch|als programma} {georganiseerd|ingericht}{, {met|volgens} {een vaste projectmethodiek|een lichte vorm van PRINCE2}|}
{elk project|ieder project} {kent|heeft} {een projectplan|een projectopdracht} {met|waarin} {doel, resultaat, tijd en geld|afspraken over tijd, geld, kwaliteit, informatie en organisatie}
{projectmatig werken|werken in projecten} {is|was} {voor onze organisatie|bij ons} {niet vanzelfsprekend|nog relatief nieuw}{; {daarom|om die reden} {bieden we|komt er} {een training|scholing} {voor projectleiders|in projectmanagement}|}
{een programmabureau|het programmabureau} {ondersteunt|helpt} {de projectleiders|de projecten} {met|bij} {planning, rapportage en risicobeheer|de voortgangsbewaking}
{de samenhang|de onderlinge afhankelijkheid} {tussen|van} {de projecten|de onderdelen} {bewaken we|wordt bewaakt} {via|door middel van} {een programmaplanning|een periodiek projectleidersoverleg}
{de rollen|de taken} van {opdrachtgever, projectleider en projectteam|opdrachtgever en opdrachtnemer} {zijn|worden} {helder|duidelijk} {vastgelegd|beschreven}{ {in elk projectplan|in een handboek projectmatig werken}|}
{elke|iedere} {fase|stap} {eindigt|sluit af} {met|in} {een beslismoment|een go/no-go-moment} {voor|bij} {de opdrachtgever|de stuurgroep}
{voortgangsrapportages|statusrapportages} {volgen|gebruiken} {een vast format|één sjabloon}{ {met stoplichten voor tijd, geld en kwaliteit|zodat de stuurgroep snel kan zien waar het knelt}|}
@h_th_architectuur
Informatiearchitectuur
Werken onder architectuur
Architectuur en informatiemanagement
Informatievoorziening
@th_architectuur
{de gemeente|$gem} {omarmt|volgt} {de referentiearchitectuur GEMMA|GEMMA, de gemeentelijke modelarchitectuur}{ {als basis voor keuzes in de informatievoorziening|bij alle keuzes over systemen}|}
{werken onder architectuur|werken volgens een architectuur} {betekent|houdt in} dat {nieuwe systemen|investeringen in ICT} {worden getoetst|getoetst worden} aan {vaste principes|de afgesproken architectuurprincipes}
{een informatiebeleidsplan|het informatiebeleidsplan} {voor de periode $jaar-$eind|dat in $jaar0 is vastgesteld} {geeft|vormt} {het kader|de kaders} {voor|van} {de informatievoorziening|dit plan}
{de informatiemanager|de adviseur informatiemanagement} {bewaakt|toetst} {de samenhang|het geheel} {van|tussen} {de applicaties|de systemen}{ {en adviseert het MT|en houdt een architectuurplaat bij}|}
{de koppelingen|berichtenverkeer} {tussen|van} {systemen|de applicaties} {verlopen|gaan} {via|over} {StUF-berichten|de midoffice|een servicebus}{ {en volgen landelijke standaarden|volgens open standaarden}|}
{informatiemanagement|het informatiemanagement} {wordt|krijgt} {versterkt|een vaste plek} {met|door} {een eigen functie|een informatiemanager|een klein team}{ {naast het ICT-beheer|los van de technische afdeling}|}
{de huidige|onze} {applicaties|systemen} {zijn|werden} {in kaart gebracht|geïnventariseerd} {in|op} {een applicatieportfolio|een architectuurplaat}{; {veel|een aantal} {systemen|pakketten} {zijn|is} {verouderd|aan vervanging toe}|}
{bij elke|bij iedere} {aanschaf|vervanging} {van software|van een applicatie} {vragen|eisen} {we|wij} {dat|dat die} {aansluit op|voldoet aan} {StUF en de GEMMA-principes|open standaarden}
{een|de} {architectuurraad|architectuurgroep} {toetst|beoordeelt} {projecten|voorstellen} {vooraf|voordat ze starten} {op|aan} {samenhang|de architectuurprincipes}
@h_th_anders
Overige ontwikkelingen

# the "anders" topics: each plan leading with "anders" gets one of these
@anders_regio
{samenwerking|de samenwerking} {met|in} $regio {is|vormt} {een belangrijk|het belangrijkste} {uitgangspunt|spoor} {van dit plan|voor de uitvoering}
{de gemeenten|de deelnemende gemeenten} in $regio {hebben|gaan} {een gezamenlijke|één} {ICT-organisatie|uitvoeringsorganisatie|shared service center} {opgezet|inrichten}{ {die een groot deel van de projecten uitvoert|voor beheer en aanschaf}|}
{samen|gezamenlijk} {aanbesteden|inkopen} {levert|geeft} {schaalvoordeel|lagere kosten} {op|en meer kennis}{, maar {vraagt|kost} {ook|wel} {afstemming|tijd voor overleg}|}
{we|wij} {kiezen|werken} {waar mogelijk|zoveel mogelijk} {voor dezelfde applicaties|met dezelfde leveranciers} als {de partnergemeenten|de buurgemeenten}
{een|de} {regionale|gezamenlijke} {stuurgroep|regiegroep} {van|met} {de portefeuillehouders|de gemeentesecretarissen} {stemt|bepaalt} {de prioriteiten|de volgorde} {af|}{ {voor alle deelnemende gemeenten|voor de regio als geheel}|}
{kennis|specialistische kennis} {over|van} {de BAG|het zaaksysteem|de Wabo} {delen we|bundelen we} {in|via} {regionale werkgroepen|een gezamenlijk kenniscentrum}
@anders_beveiliging
{informatiebeveiliging|de beveiliging van informatie} {krijgt|heeft} {in dit plan|in deze periode} {bijzondere|veel} aandacht{, {omdat|aangezien} {meer digitale dienstverlening|meer gegevens online} {meer risico's|nieuwe kwetsbaarheden} {met zich brengt|betekent}|}
{we|wij} {stellen|maken} {een informatiebeveiligingsplan|een beveiligingsbeleid} {op|vast} {op basis van|volgens} {de Code voor informatiebeveiliging|een risicoanalyse}{ {en toetsen dat jaarlijks|met een jaarlijkse audit}|}
{DigiD|de aansluiting op DigiD} {vraagt|vereist} {een beveiligingsaudit|een jaarlijkse audit}{; {dat|dit} {dwingt|helpt} {ons|de organisatie} {de zaken op orde te brengen|te werken aan beveiliging}|}
{privacy|de bescherming van persoonsgegevens} {is|wordt} {een vast onderdeel|een toetspunt} {bij|van} {elk project|alle projecten}
{een|de} {security officer|beveiligingsfunctionaris} {bewaakt|coördineert} {de maatregelen|het beveiligingsbeleid}{ {en rapporteert aan de directie|en adviseert de projecten}|}
{medewerkers|alle medewerkers} {worden|zijn} {bewust gemaakt van|gewezen op} {de risico's|het belang van zorgvuldig omgaan met gegevens}{ {via een bewustwordingscampagne|in werkoverleggen}|}
@anders_archief
{de digitalisering van het archief|het digitaal archief} {is|vormt} {voor ons|bij ons} {het belangrijkste|een groot} {aandachtspunt|onderdeel}{ {in deze periode|van dit plan}|}
{de achterstand|de achterstanden} {in|bij} {het archief|de archivering} {moeten|moet} {eerst|allereerst} {worden weggewerkt|ingelopen} {voordat|voor} {we digitaal kunnen werken|digitaal werken kan}
{een e-depot|digitale duurzaamheid} {is|wordt} {nodig|noodzakelijk} {om digitale documenten|om stukken} {langdurig|duurzaam} {te bewaren|toegankelijk te houden}
{met|samen met} {het regionaal archief|de archiefdienst} {maken|maakten} {we|wij} {afspraken|een plan} {over|voor} {digitaal beheer|de overdracht}
{de selectielijst|de archiefselectielijst} {wordt|is} {toegepast|vertaald} {op|naar} {digitale dossiers|de zaaktypen}{ {zodat vernietiging en overdracht geregeld zijn|in het zaaksysteem}|}
{het informatiebeheer|de documentaire informatievoorziening} {verschuift|verandert} {van|van het} {bewaren van papier|papieren archief} {naar|naar het} {beheren van digitale informatie|regisseren van informatiestromen}
@anders_hnw
{het nieuwe werken|plaats- en tijdonafhankelijk werken} {staat|is} {centraal|een rode draad} {in|door} {dit plan|onze aanpak}{, {mede|ook} {door|vanwege} {de nieuwbouw van het gemeentehuis|de verbouwing van het stadhuis}|}
{medewerkers|collega's} {kunnen|moeten} {straks|in de toekomst} {overal|ook thuis} {bij hun dossiers|bij hun werk}{; {dat|dit} {vraagt|vergt} {digitale dossiers|een digitale werkomgeving}|}
{flexibele werkplekken|flexplekken} {en|met} {een digitale werkomgeving|laptops} {maken|vragen} {andere afspraken|een andere manier van leidinggeven} {nodig|over resultaten}
{leidinggeven|sturen} {op|aan de hand van} {resultaten|output} {in plaats van|en niet op} {aanwezigheid|uren}{ {vraagt een andere cultuur|is voor veel leidinggevenden nieuw}|}
{de werkplekken|de kantoorruimte} {in|van} {het nieuwe gemeentehuis|het stadskantoor} {zijn|worden} {ingericht|ontworpen} {op basis van|voor} {activiteiten|flexibel gebruik}{, {met|en} {minder|weinig} {vaste plekken|kasten voor papier}|}

# =============== risks: description (rk_) and measure (mt_) ===============
@rk_capaciteit
{onvoldoende menskracht|te weinig menskracht} {om alle projecten tegelijk uit te voeren|voor de uitvoering van de projecten|naast het dagelijkse werk}
{de beschikbaarheid van medewerkers|de beschikbaarheid van sleutelpersonen} {naast|en} {het reguliere werk|de lopende werkzaamheden}
{de bezetting van de afdeling I&A|de bezetting van $afd_i} {is|blijft} {krap|te beperkt} {voor|om} {het aantal projecten|alle trajecten}
{te weinig handen|te weinig mensen} {voor|bij} {de uitvoering|het werk dat op ons afkomt}{, {vooral|zeker} in {de backoffice|de piekperiodes}|}
{de beschikbare capaciteit|capaciteit} {is|blijkt} {ontoereikend|onvoldoende}{ om de planning te halen|; projecten lopen daardoor vertraging op|}
{medewerkers|collega's} {worden|zijn} {voor meerdere projecten tegelijk gevraagd|dubbel belast}{ {en kunnen hun gewone werk niet meer doen|waardoor de lijn in de knel komt}|}
{het vertrek|uitval} van {een of twee|enkele} {kennisdragers|sleutelfiguren} {kan|zou} {het programma|projecten} {stilleggen|ernstig vertragen}
@mt_capaciteit
{een|de} capaciteitsplanning {per kwartaal|per project} {en|met} {tijdige inhuur|inhuur van externe ondersteuning}
{vrijmaken|vrijroosteren} {van|voor} {medewerkers|sleutelpersonen} {met|en} {vervanging in de lijn|afspraken in het MT}
{fasering|spreiding} van {de projecten|het werk} {over de jaren|in de tijd}
{samenwerking met|inhuur bij} {buurgemeenten|$regio} {voor|bij} {specialistische klussen|piekbelasting}
{prioriteiten|keuzes} {stellen|maken} {in het MT|door de stuurgroep}
@rk_focus
{te veel projecten|te veel trajecten} {tegelijk|tegelijkertijd}{, waardoor {de focus verloren gaat|geen enkel project de aandacht krijgt die het verdient}|}
{versnippering|het versnipperen} van {aandacht|inzet} {over|tussen} {alle|de vele} {projecten|onderdelen}
{gebrek aan focus|onvoldoende focus} {in|bij} {de uitvoering|de organisatie}{; {andere zaken|de waan van de dag} {gaan|krijgen} {steeds|telkens} voor|}
{de veelheid aan|het grote aantal} {landelijke|lokale} {verplichtingen|initiatieven} {maakt|leidt ertoe} dat {we|de organisatie} {het overzicht verliezen|door de bomen het bos niet meer zien}
{nieuwe|extra} {wensen|verzoeken} {tijdens de uitvoering|onderweg} {trekken|halen} {aandacht weg|mensen weg} {van de hoofdlijn|van de afgesproken projecten}
@mt_focus
{strikte|duidelijke} {prioritering|keuzes} {door de stuurgroep|in het programma}{ en {nee durven zeggen|geen nieuwe projecten zonder besluit}|}
{een programmamanager|één programmamanager} {die|welke} {de samenhang bewaakt|het overzicht houdt}
{werken|plannen} {in|met} {korte|overzichtelijke} {fasen|etappes}{ met {tussentijdse|heldere} resultaten|}
@rk_draagvlak
{onvoldoende draagvlak|gebrek aan draagvlak} {bij|onder} {medewerkers|leidinggevenden|de afdelingen}{ {voor de veranderingen|voor de nieuwe werkwijze}|}
{weerstand|onwil} {tegen|bij} {de veranderingen|het anders werken}{ {in de backoffice|bij vakafdelingen}|}
{de betrokkenheid|het enthousiasme} {van|bij} {de organisatie|de lijn} {is|blijft} {beperkt|gering}{; {het programma|het plan} {wordt|blijft} gezien als {iets van ICT|een zaak van de projectgroep}|}
{de afdelingen|vakafdelingen} {zien|voelen} {de noodzaak niet|geen eigenaarschap}{ {en blijven werken zoals ze gewend zijn|en wachten af}|}
{leidinggevenden|het management} {dragen|stellen} {de veranderingen|het belang} {onvoldoende|niet} {uit|voorop}
@mt_draagvlak
{communicatie|gerichte communicatie} {via|met} {bijeenkomsten, nieuwsbrief en intranet|alle beschikbare middelen}
{medewerkers|de afdelingen} {vroeg|tijdig} {betrekken|laten meedenken} {bij|over} {het ontwerp|de inrichting}
{een veranderaanpak|een stevige veranderaanpak} {met|waarbij} {leidinggevenden|het MT} {in een voorbeeldrol|als boegbeeld}
{zichtbare|snelle} {resultaten|quick wins} {laten zien|vieren}
@rk_realisme
{de ambitie|onze ambitie} {is|blijkt} {mogelijk|wellicht} {te hoog|te groot} {gegrepen|voor de beschikbare tijd}
{het realiteitsgehalte|de haalbaarheid} {van|van de} {ambities|doelen} {in|binnen} {deze periode|de planperiode}
{we|wij} {willen|proberen} {te veel|meer dan realistisch is} {in te korte tijd|in één keer}{; {de planning|de doelen} {is|zijn} {optimistisch|krap}|}
{de doelen|de normen} {voor|van} {het KCC|de dienstverlening} {zijn|blijken} {niet haalbaar|onrealistisch} {met de huidige middelen|zonder extra investering}
{de verwachtingen|de beloften} {naar inwoners|aan de raad} {zijn|worden} {hoger|groter} dan {we kunnen waarmaken|wat we kunnen leveren}
@mt_realisme
{een|de} {jaarlijkse|halfjaarlijkse} {evaluatie|herijking} {van|en zo nodig bijstelling van} {de ambities|de doelen}
{realistische|haalbare} {tussendoelen|mijlpalen} {per jaar|per fase}{ en {eerlijke|open} {rapportage|verantwoording} aan de raad|}
{kleine stappen|stapsgewijs werken} {met|en} {een pilot|een proef} {eerst|voordat we opschalen}
@rk_menselijke-factor
{medewerkers|collega's} {willen of kunnen|kunnen of willen} {niet|onvoldoende} {met de nieuwe systemen werken|met ICT werken|overstappen op digitaal werken}
{de menselijke factor|de mens-factor}: {ICT invoeren|nieuwe systemen} {heeft|hebben} {alleen zin|pas effect} als {medewerkers|mensen} {er ook mee werken|het gebruiken}
{de cultuur|de werkcultuur} {in|van} {de organisatie|onze organisatie} {verandert|verandert maar} {minder snel|langzamer} {dan de techniek|dan nodig is}
{gewoonten|oude gewoonten} {zijn|blijken} {hardnekkig|taai}{: {papieren dossiers|de papieren werkwijze} {blijven|blijft} {naast het digitale bestaan|in gebruik}|}
{de digitale vaardigheden|de ICT-vaardigheden} van {medewerkers|een deel van de medewerkers} {schieten tekort|zijn beperkt}
{het gedrag|de houding} van {medewerkers|collega's} {richting|tegenover} {klanten|de nieuwe werkwijze} {verandert|wijzigt} niet {vanzelf|zomaar}
@mt_menselijke-factor
{opleiding|scholing} {en|met} {begeleiding|coaching} {op de werkvloer|in de praktijk}
{aandacht|ruimte} voor {de mens|de medewerker} {in het|binnen het} {veranderproces|programma}{ via {werkoverleg|gesprekken}|}
{superusers|kartrekkers} {per afdeling|in elk team} {die|welke} {collega's|anderen} {helpen|ondersteunen}
{het|een} {ontwikkeltraject|opleidingsplan} {voor|gericht op} {klantgericht werken|digitale vaardigheden}
@rk_budget
{de financiële middelen|het budget} {zijn|is} {ontoereikend|beperkt}{ {door de bezuinigingen|gezien de financiële positie van de gemeente}|}
{bezuinigingen|de bezuinigingsopgave} {kunnen|kan} {leiden tot|zorgen voor} {uitstel|schrappen} van {projecten|onderdelen}
{de kosten|de werkelijke kosten} {vallen|blijken} {hoger|duurder} {uit|dan geraamd}{, {vooral|zeker} {bij|voor} {licenties en koppelingen|maatwerk}|}
{de structurele lasten|de beheerkosten} {zijn|worden} {niet|onvoldoende} {gedekt|begroot}
@mt_budget
{een|de} {reservering|risicoreserve} {voor|van} {onvoorzien|$pct van het budget}
{gefaseerde|stapsgewijze} {vrijgave|besteding} {van|van de} {kredieten|middelen} {per fase|per jaar}
{scherp|kritisch} {aanbesteden|inkopen}{ en {samen inkopen|gezamenlijk inkopen} met {buurgemeenten|$regio}|}
@rk_rijk
{vertraging|vertragingen} {bij|van} {landelijke voorzieningen|de landelijke bouwstenen}{, {zoals|bijvoorbeeld} {de BAG|de Wabo|e-NIK|de OverheidsServiceBus}|}
{afhankelijkheid van|onze afhankelijkheid van} {het Rijk|landelijke partijen} {voor|bij} {de planning|de beschikbaarheid van voorzieningen}
{landelijke|centrale} {voorzieningen|specificaties} {zijn|komen} {niet op tijd|later dan gepland} {beschikbaar|gereed}
{wijzigende|veranderende} {landelijke|wettelijke} {eisen|kaders} {tijdens de uitvoering|halverwege}
@mt_rijk
{de landelijke ontwikkelingen|ontwikkelingen bij het Rijk} {nauw|goed} {volgen|in de gaten houden}{ {via VNG en EGEM-i|via het landelijke netwerk}|}
{een flexibele|een ruime} {planning|fasering} {met|en} {buffers|ruimte voor vertraging}
{niet|liever niet} {vooruitlopen op|beginnen voor} {landelijke|definitieve} {specificaties|besluiten}
@rk_kennis
{onvoldoende|te weinig} {kennis|deskundigheid} {in huis|binnen de organisatie} {van|over} {de nieuwe voorzieningen|de techniek|projectmanagement}
{de benodigde|specialistische} {kennis|expertise} {is|zit} {bij|in} {enkele personen|een of twee medewerkers}{ {en is kwetsbaar|wat kwetsbaar is}|}
{de kennis|het kennisniveau} {van|bij} {medewerkers|de afdeling $afd_i} {sluit|past} {niet|onvoldoende} {aan bij|bij} {de nieuwe taken|wat er gevraagd wordt}
@mt_kennis
{opleiding|scholing} {van|voor} {eigen medewerkers|sleutelfiguren} {en|met} {gericht inhuren|kennisuitwisseling}
{kennis delen|kennisdeling} {met|via} {andere gemeenten|de regio|EGEM-i}
{vastleggen|documenteren} van {kennis|werkwijzen} {in|via} {handboeken|de kennisbank}
@rk_bestuur
{wisseling|een wisseling} van {het college|bestuur|portefeuillehouder} {na|bij} {de verkiezingen|de gemeenteraadsverkiezingen} {van maart 2010|in 2010}
{onvoldoende|te weinig} {bestuurlijke|politieke} {steun|betrokkenheid} {voor|bij} {de plannen|het programma}
{andere|nieuwe} {politieke|bestuurlijke} {prioriteiten|keuzes} {na|bij} {de verkiezingen|de vorming van een nieuw college}
@mt_bestuur
{het college|de portefeuillehouder} {regelmatig|periodiek} {informeren|betrekken}{ en {de raad|de commissie} {meenemen|laten meepraten}|}
{een|de} {bestuurlijke|politieke} {opdracht|vaststelling} {van|voor} {het plan|het programma}{ {door de raad|in de begroting}|}
@rk_fusie
{de|een} {voorgenomen|mogelijke} {herindeling|fusie} {met|van} {buurgemeenten|gemeenten in de regio} {maakt|zorgt} {keuzes|investeringen} {onzeker|lastig}
{de herindeling|een fusie} {vraagt|kost} {veel|alle} {aandacht|capaciteit}{ {van dezelfde mensen|waardoor andere projecten stil komen te liggen}|}
{na|bij} {de herindeling|een fusie} {moeten|zullen} {systemen|applicaties} {opnieuw|alsnog} {worden gekozen|worden samengevoegd}
@mt_fusie
{afstemming|keuzes} {met|samen met} {de fusiepartners|de andere gemeenten} {vóór|voor} {elke|iedere} {investering|aanschaf}
{projecten|investeringen} {uitstellen|pas doen} {tot na|na} {het herindelingsbesluit|de fusie}
@rk_leveranciers
{afhankelijkheid|grote afhankelijkheid} van {leveranciers|softwareleveranciers} {voor|bij} {koppelingen|nieuwe versies}
{leveranciers|softwareleveranciers} {leveren|komen} {niet op tijd|te laat} {met|} {de benodigde|de beloofde} {koppelingen|aanpassingen}
{de kwaliteit|de volwassenheid} {van|bij} {de software|de producten} {van leveranciers|op de markt} {is|blijkt} {onvoldoende|wisselend}
{leveranciers|de markt} {zijn|is} {nog niet klaar|onvoldoende voorbereid} {voor|op} {StUF|de landelijke standaarden}
@mt_leveranciers
{heldere|harde} {afspraken|contracten} {met|met de} {leveranciers|de markt} {over|inclusief} {planning en boetes|opleverdata}
{samen met|via} {andere gemeenten|de gebruikersvereniging} {druk|invloed} {uitoefenen|houden} op {leveranciers|de leverancier}
{kiezen voor|alleen} {bewezen|gangbare} {oplossingen|software}{ {die aan de standaarden voldoet|met referenties}|}
@kans
klein
middel
groot
@impact
klein
middel
groot
@rk_toelichting
{de kans hierop|de kans dat dit gebeurt} {schatten we|achten we} {reëel|niet groot|aanwezig}{, {de gevolgen|het effect} {zijn|is} {echter|wel} {groot|aanzienlijk}|}
{dit risico|dit} {doet zich|speelt} {vooral|met name} {voor|} {in de eerste fase|bij de grotere projecten|in $jaar1}
{we|wij} {hebben|kennen} {dit|dit risico} {al|eerder} {gezien|ervaren} {bij|tijdens} {de invoering van de BAG|eerdere projecten|het EGEM-i-traject}
{als|wanneer} {dit risico|dit} {optreedt|zich voordoet}, {loopt|komt} {de planning|de uitvoering} {direct|al snel} {in gevaar|onder druk}
{het|dit} {risico|punt} {is|werd} {in de risicosessie|door de projectleiders} {als belangrijk|als grootste risico|hoog} {benoemd|ingeschat}
@rk_intro
{in de tabel|hieronder} {staan|noemen we} {de belangrijkste risico's|de voornaamste risico's} {met|en} {de maatregelen|de beheersmaatregelen} die we nemen.
{elk project|ieder project} {kent|heeft} {risico's|eigen risico's}; {de|hieronder de} {risico's|risico's} {op programmaniveau|voor het geheel} {zijn|volgen hier}.
{we|wij} {onderscheiden|zien} {een aantal|enkele} {risico's|belangrijke risico's} {die|welke} {het succes|de uitvoering} {kunnen bedreigen|in gevaar kunnen brengen}.
{bij de voorbereiding|tijdens een risicosessie} {hebben|zijn} {we|wij} {de risico's|de grootste risico's} {geïnventariseerd|benoemd} {met de projectleiders|met het MT}.
@nonrisk
{de capaciteit van het KCC|het KCC} {wordt|komt} {in de eindsituatie|straks} {ongeveer|circa} $kcc_fte fte.
{de|onze} {servers|systemen} {hebben|bieden} {voldoende|genoeg} {capaciteit|opslagcapaciteit} {voor|om} {het scannen van alle post|de groei van digitale dossiers}.
{het|een} {draagvlakonderzoek|onderzoek} {onder inwoners|onder ondernemers} {liet|toonde} {een positief beeld|veel belangstelling} {zien|voor digitale producten}.
{de|een} {realistische|haalbare} {planning|raming} {is|vormt} {het uitgangspunt|de basis} {van|voor} {dit hoofdstuk|de begroting}.
{de kennis|ervaring} {die we opdoen|die we opdeden} {bij|met} {de BAG|het eerste project} {gebruiken we|benutten we} {bij de volgende projecten|verder}.
{het|de} {budget|begroting} {voor|van} {de website|het digitale loket} {is|wordt} {in $jaar|vanaf $jaar1} {verhoogd|aangepast}.

# =============== NUP building blocks ===============
@bb_BAG
{de BAG|de Basisregistraties Adressen en Gebouwen} {bevat|legt vast} {alle adressen en gebouwen|de gegevens van adressen, verblijfsobjecten en panden} {in|van} {de gemeente|$gem}{; {de gemeente|wij} {is|zijn} {bronhouder|verantwoordelijk voor de gegevens}|}
{voor de BAG|bij de BAG} {moeten|worden} {alle|de} {adressen en panden|objecten} {opnieuw|zorgvuldig} {vastgelegd|geregistreerd} {en|en daarna} {aangesloten op|geleverd aan} {de landelijke voorziening|de LV BAG}
{de BAG|de adressen- en gebouwenregistratie} {vraagt|vergt} {een|de} {nauwe samenwerking|goede afstemming} {tussen|van} {bouwen en wonen|vergunningverlening}, {burgerzaken|de GBA} en {de WOZ|belastingen}
@bb_GBA
{de GBA|de gemeentelijke basisadministratie} {gaat|moet} {over naar|werken met} {GBA-V|de gemoderniseerde GBA}{; {afnemers|afdelingen} {raadplegen|gebruiken} {de persoonsgegevens|de gegevens} {rechtstreeks|direct}|}
{de modernisering van de GBA|de overgang naar de BRP} {vraagt|betekent} {aanpassing|vervanging} {van|van de} {de burgerzakenapplicatie|het GBA-pakket}{ {en loopt door tot na $eind|en is landelijk vertraagd}|}
@bb_NHR
{het Nieuw Handelsregister|het NHR} {is|wordt} {de basisregistratie|de registratie} {voor|van} {ondernemingen en rechtspersonen|bedrijven}{; {de gemeente|wij} {is|zijn} {afnemer|verplicht afnemer}|}
{we|wij} {sluiten|gaan} {aan op|gebruikmaken van} {het NHR|het Handelsregister} {zodat|waardoor} {bedrijven|ondernemers} {hun gegevens niet steeds opnieuw hoeven op te geven|niet opnieuw gevraagd worden}
@bb_WOZ
{de WOZ|de basisregistratie WOZ} {wordt|is} {gekoppeld aan|afgestemd op} {de BAG|de adressen en panden}{ {en levert aan de landelijke voorziening|en wordt ontsloten via de LV WOZ}|}
{voor de WOZ|bij de WOZ} {is|wordt} {de kwaliteit|de aansluiting} {van de objecten|op de BAG} {een aandachtspunt|het belangrijkste werk}
@bb_DigiD
{DigiD|inloggen met DigiD} {is|wordt} {nodig|verplicht} {voor|bij} {alle|de} {e-formulieren|digitale aanvragen} {met persoonsgegevens|waarvoor identificatie nodig is}{; {de aansluiting|het gebruik} {vraagt|vereist} {een jaarlijkse beveiligingsaudit|een audit}|}
{we|wij} {breiden|zetten} {het gebruik van DigiD|DigiD} {uit|in} {naar|voor} {alle|meer} {producten|aanvragen}{ {met het hogere betrouwbaarheidsniveau waar nodig|ook voor de WMO}|}
@bb_eHerkenning
{eHerkenning|e-Herkenning} {is|wordt} {voor bedrijven|voor ondernemers} {wat DigiD voor burgers is|de manier om in te loggen}{; {landelijk|de voorziening} {is|wordt} {nog in ontwikkeling|pas later beschikbaar}|}
{we|wij} {sluiten|zullen} {aan op|gebruikmaken van} {eHerkenning|e-Herkenning} {zodra|als} {het|de voorziening} {beschikbaar|stabiel} is{, {te beginnen met|eerst voor} {de vergunningen|bedrijfsproducten}|}
@bb_PIP
{een persoonlijke internetpagina|de PIP} {geeft|biedt} {inwoners|de inwoner} {inzicht in|overzicht over} {de status van hun aanvragen|hun lopende zaken}{ {en sluit aan op MijnOverheid|gekoppeld aan MijnOverheid}|}
{via MijnOverheid|met MijnOverheid.nl} {kunnen|krijgen} {inwoners|burgers} {hun gegevens inzien|berichten van de gemeente ontvangen}{ {in de berichtenbox|op één plek}|}
@bb_Wabo
{de Wabo|de Wet algemene bepalingen omgevingsrecht} {bundelt|voegt} {een groot aantal|ruim twintig} {vergunningen|toestemmingen} {samen tot|in} {één omgevingsvergunning|de omgevingsvergunning}{ {die digitaal via het Omgevingsloket kan worden aangevraagd|met één loket}|}
{voor de Wabo|bij de Wabo} {moeten|worden} {de processen|de werkprocessen} {van|bij} {bouwen, milieu en ruimte|VROM-taken} {opnieuw ingericht|samengevoegd}{ en {aangesloten op|gekoppeld aan} {het Omgevingsloket online|OLO}|}
@bb_eformulieren
{e-formulieren|digitale formulieren} {maken|zorgen} {het mogelijk|ervoor} {dat|om} {producten|aanvragen} {digitaal|via internet} {aan te vragen|te doen}{; {we|wij} {breiden|bouwen} {het aantal|het aanbod} {uit|op}|}
{het aantal|het aanbod van} {e-formulieren|digitale producten} {groeit|gaat} {van $n|van nu $n} {naar|tot} {ruim {vijftig|zestig|honderd}|alle relevante producten}
@bb_SC
{de Samenwerkende Catalogi|Samenwerkende Catalogi} {maken|maakt} {de producten|ons productaanbod} {vindbaar|zichtbaar} {via|op} {overheid.nl|landelijke sites}{ {vanuit onze productencatalogus|gekoppeld aan de PDC}|}
{we|wij} {leveren|stellen} {onze|de} {productencatalogus|PDC} {beschikbaar|ter beschikking} {aan|voor} {de Samenwerkende Catalogi|SC}{ {volgens de landelijke standaard|met de verplichte metadata}|}
@bb_KCC
{het Antwoord©-concept|Antwoord©} {beschrijft|schetst} {de gemeente als|het KCC als} {de ingang tot de overheid|het eerste loket}{; {in 2015|uiteindelijk} {moet|moeten} {$pct van de vragen|de meeste vragen} {direct worden beantwoord|in één keer worden afgehandeld}|}
{de inrichting|de opbouw} {van|van het} {het klantcontactcentrum|het KCC} {gebeurt|verloopt} {in fasen|stapsgewijs}{ {te beginnen bij de telefoon|met de telefonie als start}|}
@bb_OSB
{de OverheidsServiceBus|de OSB} {verzorgt|regelt} {het berichtenverkeer|de uitwisseling van gegevens} {tussen|met} {overheden|andere overheidsorganisaties}{; {landelijk|de voorziening} {loopt|is} {vertraging op|nog niet volledig beschikbaar}|}
{aansluiting op|gebruik van} {de OSB|Digikoppeling} {gebeurt|loopt} {via|over} {de midoffice|onze berichtenvoorziening}
@bb_GEMMA
{GEMMA|de gemeentelijke modelarchitectuur} {is|vormt} {het kader|de leidraad} {voor|bij} {keuzes in de informatievoorziening|de inrichting van frontoffice, midoffice en backoffice}
{we|wij} {toetsen|houden} {onze|de} {applicaties|keuzes} {tegen|aan} {GEMMA|de GEMMA-principes}{ {en maken een architectuurplaat|en stellen een doelarchitectuur op}|}
@bb_midoffice
{een midoffice|de midoffice} {verbindt|koppelt} {frontoffice en backoffice|de kanalen met de vakapplicaties}{; {gegevens|aanvragen} {komen|gaan} {zonder overtypen|automatisch} {in de backoffice|bij de juiste afdeling}|}
{we|wij} {kiezen|selecteren} {een midoffice|een midofficeoplossing} {die|welke} {aansluit op|werkt met} {StUF|de landelijke standaarden}{ {en op de bestaande applicaties|en op het zaaksysteem}|}
@bb_DMS
{een DMS en zaaksysteem|een document management systeem met zaakafhandeling} {maakt|maken} {digitaal werken|zaakgericht werken} {mogelijk|eenvoudig}{; {post|documenten} {wordt|worden} {gescand|gedigitaliseerd} {bij binnenkomst|in de postkamer}|}
{de invoering|de implementatie} van {het zaaksysteem|het DMS} {gebeurt|verloopt} {per afdeling|per proces}{, {te beginnen bij|eerst bij} {de afdeling Vergunningen|Burgerzaken|de WMO}|}
@bb_Dienstenrichtlijn
{de Europese Dienstenrichtlijn|de Dienstenrichtlijn} {vraagt|verplicht} {dat|om} {ondernemers|dienstverleners} {vergunningen|procedures} {digitaal|via één loket} {kunnen afhandelen|af kunnen handelen}{ {via het Dienstenloket|via antwoordvoorbedrijven.nl}|}
{voor de Dienstenrichtlijn|bij de Dienstenrichtlijn} {zijn|worden} {onze|de} {vergunningen|regels} {doorgelicht|gescreend} {en|en zo nodig} {vereenvoudigd|aangepast}
@bb_BSN
{het BSN|het burgerservicenummer} {wordt|is} {in alle|in de} {backofficesystemen|applicaties} {ingevoerd|gebruikt} {als sleutel|als vast nummer}{ {voor het koppelen van gegevens|in de plaats van het sofinummer}|}
{het gebruik van het BSN|gebruik van het burgerservicenummer} {is|wordt} {wettelijk|sinds 2007} {verplicht|voorgeschreven} {in de|bij de} {communicatie|gegevensuitwisseling} {met burgers|met andere overheden}
)DUTCH";
// clang-format on

}  // namespace planmine::corpus
