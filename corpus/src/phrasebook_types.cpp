// Phrase banks that carry a plan's type through content and emphasis. Rules named "<x>~" are the
// paraphrases a hard plan uses instead of the textbook words of its own type.

#include "phrasebook_sources.hpp"

namespace planmine::corpus {

// clang-format off
const char* const kTypePhrases = R"DUTCH(
# =============== multi-project: a project book driven by legal deadlines ===============
@mp_drijfveer
{de belangrijkste|de voornaamste|onze eerste} {drijfveer|reden|aanleiding} {voor dit plan|om dit plan op te stellen} {is|zijn} {het voldoen aan de wettelijke verplichtingen|de wettelijke eisen die op ons afkomen|de wettelijke termijnen van de landelijke voorzieningen}
{een groot deel|het merendeel|veel} van de {projecten|bouwstenen} {is wettelijk verplicht|vloeit voort uit wetgeving|heeft een wettelijke deadline}{: {de BAG|de Wabo|de Dienstenrichtlijn} {is daarvan het bekendste voorbeeld|laat dat goed zien}|}
{we|wij} {moeten|zijn verplicht} {op tijd|tijdig|voor de gestelde datum} {aangesloten te zijn op|te voldoen aan} {de landelijke voorzieningen|de wettelijke eisen}{; {doen we dat niet|lukt dat niet}, dan {dreigen sancties|lopen we achter op andere gemeenten|kunnen we onze taken niet uitvoeren}|}
{de wet|de wetgever} {bepaalt|legt vast} {wanneer|per welke datum} {de basisregistraties|de voorzieningen} {moeten werken|in gebruik moeten zijn}{, en {daar|aan die data} {richten we de planning op in|hangen we de volgorde aan op}|}
{de wettelijke verplichtingen|wat wettelijk verplicht is} {gaan|gaat} {altijd|steeds} {voor|vóór} {wat wenselijk is|andere wensen}{; {pas daarna|daarna} {is er ruimte|kijken we} {voor eigen ambities|naar verdere verbetering}|}
{het Rijk|de rijksoverheid} {heeft|stelt} {voor|bij} {een aantal|de meeste} {NUP-bouwstenen|voorzieningen} {harde data|wettelijke termijnen} {vastgesteld|gesteld}{ {waar wij ons aan moeten houden|die niet te verschuiven zijn}|}
@mp_drijfveer~
{de belangrijkste|de voornaamste} {reden|aanleiding} voor dit plan is {wat Den Haag van ons vraagt|wat het Rijk van gemeenten verwacht|de afspraken die landelijk zijn gemaakt}
{veel|een groot deel} van {het werk|wat er moet gebeuren} {komt|is ons opgelegd} {van buiten|door het Rijk|vanuit de ministeries}{: {de data|de momenten} {liggen vast|zijn niet aan ons}|}
{we|wij} {hebben|kennen} {weinig|nauwelijks} {keus|speelruimte} in {het wat|wat er moet}; {onze vrijheid zit in|we bepalen vooral} {het hoe|de manier waarop} en {de volgorde|de samenhang}
{als|wanneer} {we|de gemeente} {niet klaar zijn|achterblijven} {op de afgesproken datum|wanneer het landelijk gaat werken}, {ontvangen we|krijgen we} {geen|onvolledige} {gegevens|berichten} {van andere overheden|uit de landelijke systemen}
{Den Haag|het Rijk} {heeft|legt} {de lat|het tempo} {vastgelegd|neer}{; {wij|de gemeente} {volgen|houden ons aan} {dat tempo|die data}|}
{wat|alles wat} {landelijk|in Den Haag} {is afgesproken|werd besloten}, {moet|dient} {ook hier|ook bij ons} {op tijd|op het afgesproken moment} {geregeld zijn|klaar zijn}
@mp_aanpak
{in dit plan|hieronder} {zetten we|staan} {alle|de} {door het Rijk benoemde projecten|NUP-bouwstenen|e-overheidsvoorzieningen} {op een rij|in één overzicht}{, {met|inclusief} {prioriteit, doorlooptijd en investering|per project de prioriteit, de doorlooptijd en de benodigde investering}|}
{per bouwsteen|per project} {geven we aan|beschrijven we} {wat het inhoudt|wat de opgave is}, {welke prioriteit het heeft|hoe urgent het is} en {wat het kost|welke investering nodig is}
{de prioriteit|de volgorde} {is|wordt} {vooral|in de eerste plaats} {bepaald|afgeleid} {door|uit} {de wettelijke termijn|de datum waarop de voorziening verplicht wordt}{ en {daarna|pas daarna} door {de samenhang tussen projecten|wat de organisatie aankan}|}
{het plan|dit document} {heeft|kent} {het karakter van|de vorm van} een {projectenboek|projectenoverzicht}{: {het|dit} {is|blijft} {bewust|nadrukkelijk} {praktisch|concreet}|}
{elk project|ieder project} {krijgt|heeft} {een projectkaart|een vaste beschrijving} met {doel, resultaat, planning en kosten|scope, trekker, doorlooptijd en investering}
{de doorlooptijd|de looptijd} {per project|van elk project} {is|werd} {geschat|bepaald} {op basis van|met} {ervaringen van andere gemeenten|de planning van de leveranciers|de landelijke planning}
{de investeringen|de kosten} {per project|van de projecten} {zijn|werden} {opgeteld|samengevat} in {de tabel|het overzicht} {aan het eind van dit hoofdstuk|in de bijlage}
@mp_aanpak~
{hieronder|in de volgende hoofdstukken} {staan|volgen} {alle|de} {landelijke voorzieningen|onderdelen van het landelijke programma} {één voor één|stuk voor stuk} {beschreven|uitgewerkt}{, {met|inclusief} {volgorde, looptijd en kosten|wanneer we beginnen, hoe lang het duurt en wat het kost}|}
{per onderdeel|per voorziening} {staat|geven we aan} {wat er moet gebeuren|wat het inhoudt}, {hoe dringend het is|wanneer het klaar moet zijn} en {wat het ons kost|welk bedrag we nodig hebben}
{wat het eerst klaar moet|de datum waarop het landelijk gaat gelden} {bepaalt|geeft de doorslag voor} {wat we het eerst doen|de volgorde}
{het plan|dit stuk} is {vooral|in de eerste plaats} {een werkboek|een overzicht van klussen|een lijst van wat we gaan doen}{, {weinig beschouwing|geen beleidsnota}|}
{voor iedere klus|voor elk onderdeel} {staat|noemen we} {wie het trekt|de trekker}, {wanneer het start|de start} en {wat het kost|het bedrag}
{de duur|hoe lang iets duurt} {hebben we|is} {ingeschat|geschat} {aan de hand van|met} {wat andere gemeenten ervoeren|de ervaring elders}
@mp_visie
{onze|de} {ambitie|inzet} is {in de eerste plaats|allereerst|vooral} {om tijdig aan alle verplichtingen te voldoen|de landelijke voorzieningen op tijd in gebruik te hebben}{; {een eigen visie|een verdere uitwerking} {volgt later|komt in een volgende fase}|}
{we|wij} {kiezen|gaan} {bewust|uitdrukkelijk} voor {een nuchtere aanpak|een praktische aanpak}: {eerst|allereerst} {de verplichte projecten|wat moet}, {daarna|dan pas} {wat wenselijk is|de verdere verbetering}
{dienstverlening|betere dienstverlening} {is|blijft} {uiteindelijk|op termijn} het doel{, maar {de komende jaren|in deze planperiode} {gaat de aandacht|ligt de nadruk} {vooral|eerst} naar {het realiseren van de bouwstenen|de invoering van de voorzieningen}|}
{we|wij} {willen|streven ernaar} {aan het eind van de planperiode|in $eind} {alle verplichte bouwstenen|de wettelijk verplichte voorzieningen} {gerealiseerd te hebben|in gebruik te hebben}
@mp_visie~
{onze|de} {inzet|bedoeling} is {vooral|in de eerste plaats} {om klaar te zijn als het landelijk gaat werken|niet achter te lopen bij wat Den Haag vraagt}
{we|wij} {houden het|doen het} {eenvoudig|nuchter}: {eerst wat moet|wat vastligt gaat voor}, {dan wat kan|de rest volgt}
{aan het eind van|in} {deze periode|$eind} {willen we|moeten we} {alles wat landelijk is afgesproken|de landelijke onderdelen} {op orde hebben|werkend hebben}
@mp_capaciteit
{voor elk project|per project} {is|hebben we} {geraamd|ingeschat} {hoeveel uren|hoeveel capaciteit|hoeveel fte} {nodig is|het vraagt} {per kwartaal|per jaar|per afdeling}
{de|een} {capaciteitsplanning|capaciteitsraming} {laat zien|maakt zichtbaar} dat {in $jaar1|vooral in de tweede helft van $jaar|in piekperiodes} {te veel projecten|meerdere grote projecten} {tegelijk|gelijktijdig} {lopen|een beroep doen op dezelfde mensen}
{de sleutelfunctionarissen|dezelfde medewerkers|een klein aantal mensen} {zijn|worden} {bij|voor} {bijna alle projecten|meerdere projecten tegelijk} {nodig|ingezet}{, {vooral|met name} {bij $afd_i|in de backoffice}|}
{we|wij} {reserveren|ramen} {in totaal|over de hele periode} {$fte fte|ongeveer $fte fte} {aan eigen inzet|voor projectleiding en uitvoering}{, {naast|bovenop} {externe inhuur|de inzet van leveranciers}|}
{de|onze} {capaciteitsplanning|inzet van mensen} {wordt|is} {ieder kwartaal|elke maand} {bijgesteld|geactualiseerd} {door|in} {de programmamanager|het projectleidersoverleg}
@mp_capaciteit~
{per onderdeel|voor elke klus} {hebben we geteld|is uitgerekend} {hoeveel uren|hoeveel mensen} {het kost|ervoor nodig zijn}
{het|de telling} {laat zien|maakt duidelijk} dat {in $jaar1|in sommige maanden} {veel|te veel} {tegelijk|gelijktijdig} {gebeurt|moet}
{dezelfde collega's|een paar mensen} {komen|staan} {bij|op} {bijna elke klus|veel onderdelen} {terug|ingepland}
@mp_project_regel
{prioriteit|urgentie}: <prio>; {doorlooptijd|looptijd}: $doorloop; {investering|kosten}: $bedrag
{start|begin}: $start; {gereed|klaar}: $klaar; {investering|budget}: $bedrag
@mp_project_regel~
{volgorde|belang}: <prio>; {duur|tijd}: $doorloop; {kosten|bedrag}: $bedrag
{begin|van}: $start; {klaar|tot}: $klaar; {kosten|bedrag}: $bedrag
@prio
{hoog|gemiddeld|laag}
@mp_deadline
{de wettelijke deadline|de wettelijke termijn|de verplichte datum} {voor|van} $bb {is|ligt op} $deadline{; {daar|hierop} {is de planning op afgestemd|richten we ons op}|}
{$bb|dit project} {moet|dient} {uiterlijk|vóór} $deadline {gereed|operationeel|aangesloten} {te zijn}{, {zo|dat} {schrijft de wet voor|is wettelijk bepaald}|}
{volgens|op grond van} {de wet|de regelgeving} {moet $bb per $deadline werken|is $bb vanaf $deadline verplicht}
@mp_deadline~
{voor $bb|bij $bb} {geldt|ligt} {als datum|het moment} $deadline{; {daar|daarop} {richten we ons op|plannen we naartoe}|}
{$bb|dit onderdeel} {moet|hoort} {op|vóór} $deadline {klaar|in gebruik} te zijn{, {zo|zoals} {is landelijk afgesproken|wil het Rijk}|}

# =============== control: local approach plus safeguarding in the line ===============
@ct_lokaal
{de landelijke voorzieningen|de e-overheidsvoorzieningen|de bouwstenen} {zijn|worden} in dit plan {vertaald naar|uitgewerkt tot} {een lokale aanpak|een aanpak die past bij $gem|een aanpak op maat}
{we|wij} {kijken|bekijken} {per voorziening|bij elk onderdeel} {niet alleen|behalve} {naar de invoering|naar het project}{, maar {ook|vooral} naar {wat het betekent voor de dagelijkse werkzaamheden|de gevolgen voor de lijnorganisatie|de blijvende effecten}|}
{de projecten|de onderdelen} {sluiten|zijn afgestemd} {nauw|zo goed mogelijk} {aan op|met} {de bedrijfsvoering|de werkprocessen|de bestaande taken van de afdelingen}
{een project|een invoering} {is pas klaar|is pas geslaagd} als {het resultaat|de nieuwe werkwijze} {in de lijn is belegd|onderdeel is van het gewone werk|structureel is geregeld}
{voor elke voorziening|per bouwsteen} {is|werd} {bepaald|vastgelegd} {welke afdeling|welk team} {eigenaar|verantwoordelijk} {wordt|is} {na de invoering|in de beheerfase}
@ct_lokaal~
{de landelijke voorzieningen|wat het Rijk aanreikt} {hebben we|is} {vertaald naar|omgezet in} {wat het hier in $gem betekent|onze eigen situatie}
{bij elk onderdeel|per voorziening} {kijken we|vragen we ons af} {wat er {daarna|na de invoering} {blijft|doorloopt}|wie het {straks|later} {bijhoudt|onderhoudt}}
{een project|een klus} {is pas af|is pas echt klaar} als {de afdeling|het team} {het zelf kan dragen|het gewone werk erop heeft aangepast}
{elke|iedere} {nieuwe voorziening|verandering} {krijgt|heeft} {een vaste eigenaar|een thuis} {in de organisatie|bij een afdeling}
{het gaat ons|voor ons gaat het} {niet om|minder om} {de techniek alleen|het opleveren}, {maar om|vooral om} {wat er daarna in het dagelijkse werk verandert|het werk van alledag}
@ct_borging
{bijzondere aandacht|extra aandacht|veel aandacht} {gaat uit naar|is er voor} {de borging|het borgen van de resultaten}: {wie|welke afdeling} {is na afloop verantwoordelijk|beheert het resultaat|zorgt voor het onderhoud}?
{de structurele effecten|de blijvende gevolgen} {van de projecten|van de invoering} {zijn|worden} {per onderdeel|afzonderlijk} {uitgewerkt|beschreven}{, {zoals|denk aan} {gegevensbeheer|het beheer van basisgegevens}, {webcontentbeheer|het beheer van de informatie op de website} en {het afhandelen van digitale aanvragen|het verwerken van digitale aanvragen}|}
{voor|bij} {het gegevensbeheer|het beheer van de basisregistraties} {richten we|komt er} {een vast team|een beheerorganisatie|een vaste beheerder} {in|met heldere taken}{ {die verantwoordelijk is voor de kwaliteit van de gegevens|met afspraken over terugmeldingen}|}
{het beheer van|de zorg voor} {de website|de webcontent|de productencatalogus} {wordt|is} {belegd bij|ondergebracht bij|de taak van} {een webredactie|de afdeling Communicatie|decentrale webredacteuren}{ {met een redactiestatuut|met vaste afspraken over actualiteit}|}
{digitale aanvragen|aanvragen die via de website binnenkomen} {moeten|dienen} {net zo goed|even zorgvuldig} {worden afgehandeld|behandeld te worden} als {papieren aanvragen|aanvragen aan de balie}{; {daarvoor|hiervoor} {passen we de werkprocessen aan|leggen we termijnen en verantwoordelijkheden vast}|}
{na afloop|aan het einde} van {elk project|ieder project} {volgt|is er} {een formele overdracht|een overdrachtsdocument} {aan de lijn|aan de beheerorganisatie}
{we|wij} {leggen|beschrijven} {per applicatie|voor elke voorziening} {vast|in een beheerplan} {wie functioneel beheer|wie applicatiebeheer} {doet|uitvoert}{ {en hoeveel tijd dat kost|en wat dat structureel vraagt}|}
{de borging|het borgen} {vraagt|kost} {structureel|blijvend} {formatie|capaciteit}{: {we ramen|wij schatten} {dat op|deze op} $fte fte {voor gegevensbeheer en webredactie|voor functioneel beheer}|}
{kwaliteitsmetingen|periodieke controles} {op|van} {de basisgegevens|de registraties|de website} {worden|zijn} {onderdeel van|opgenomen in} {de reguliere werkzaamheden|de jaarplanning}
@ct_borging~
{bijzondere|extra} aandacht {gaat naar|is er voor} {wat er na het project gebeurt|de tijd na de invoering}: {het resultaat|de nieuwe werkwijze} {moet|hoort} {structureel ingebed te worden in de lijn|een vaste plek te krijgen in de organisatie}
{wie|welk team} {houdt|zorgt dat} {de gegevens|de registraties} {bij|actueel blijven}? {wie|en wie} {zorgt dat|let erop dat} {de teksten op de website|de informatie op internet} {kloppen|juist blijven}?
{een aanvraag|een formulier} {die via internet binnenkomt|dat digitaal binnenkomt} {moet|hoort} {op dezelfde manier|net zo netjes} {te worden opgepakt|behandeld te worden} {als een brief|als aan de balie}
{na afloop|aan het eind} {gaat|draagt} {het project|de projectleider} {het resultaat|het werk} {over aan|over naar} {de afdeling die het blijvend doet|het team dat er dagelijks mee werkt}
{het bijhouden|het onderhoud} {van|van de} {registraties|gegevens en teksten} {kost|vraagt} {blijvend|elk jaar} {tijd|mensen}{: {ongeveer|circa} $fte fte|}
{elke afdeling|ieder team} {wijst iemand aan|benoemt een collega} {die|welke} {de eigen teksten op de website|de eigen gegevens} {actueel houdt|bijhoudt}
@ct_plateau
{voor de planning|bij de fasering} {maken|hebben} {we|wij} {gebruik van|gebruikgemaakt van} {de plateauplanning van EGEM-i|het plateaumodel dat EGEM-i heeft ontwikkeld|de EGEM-i-plateaus}
{elk plateau|ieder plateau} {beschrijft|staat voor} {een stabiele tussenstand|een niveau} {van de organisatie|in de ontwikkeling} {waarop we verder kunnen bouwen|dat eerst bereikt moet zijn}
{plateau 1|het eerste plateau} {gaat over|heet} {het op orde brengen van de basis|'basis op orde'}, {plateau 2|het tweede} {over|draait om} {de koppeling van front- en backoffice|het ontsluiten van gegevens}, {plateau 3|het derde} {over|om} {digitale dienstverlening|zaakgericht werken}
{we|wij} {bevinden ons|zitten} {nu|op dit moment} {grotendeels|voor een groot deel} op {plateau 1|het eerste plateau}{ {en willen eind $jaar1 plateau 2 bereiken|met als doel plateau 3 in $eind}|}
{de plateaus|de plateauplanning} {sluiten|sluit} {aan op|goed aan bij} {de begrotingscyclus|de jaarplannen van de afdelingen}{ {zodat|waardoor} {elke stap|elk plateau} {in de lijn kan landen|ook in de bedrijfsvoering verankerd wordt}|}
@ct_plateau~
{de planning|de fasering} {is opgebouwd|bestaat} uit {treden|opeenvolgende stappen} die {elk een stabiele tussenstand vormen|op elkaar voortbouwen}
{eerst|in de eerste stap} {brengen we|komt} {de basis|het fundament} {op orde|in orde}, {daarna|vervolgens} {koppelen we|verbinden we} {voorkant en achterkant|de systemen}, {en tot slot|ten slotte} {gaan we|volgt} {de digitale dienst naar buiten|het digitaal aanbieden}
{pas als|zodra} {een stap|een trede} {stevig staat|af is}, {zetten we|beginnen we aan} {de volgende|de volgende stap}
{we|wij} {staan|zitten} {nu|op dit moment} {op de eerste trede|aan het begin}{ en {willen|hopen} {in $jaar1|eind $jaar1} {een stap verder te zijn|de tweede stap gezet te hebben}|}
@ct_bedrijfsvoering
{de projecten|dit plan} {raken|hebben gevolgen voor} {de bedrijfsvoering|de interne organisatie} {op vrijwel elk vlak|in de breedte}: {werkprocessen|procesbeschrijvingen}, {functies|taken}, {applicaties|systemen} en {archief|documentstromen}
{we|wij} {koppelen|verbinden} {de uitvoering|dit plan} {aan|met} {de planning-en-controlcyclus|de reguliere begroting|de afdelingsplannen}{ {zodat|waardoor} {het geen apart circuit wordt|het onderdeel is van de normale sturing}|}
{de procesbeschrijvingen|de werkprocessen} {worden|zullen} {herzien|opnieuw beschreven} {volgens|aan de hand van} {een vaste methode|één standaard}{ {en vastgelegd in het kwaliteitshandboek|met de afdelingen samen}|}
{de afdelingsplannen|de jaarplannen van de afdelingen} {bevatten|krijgen} {vanaf $jaar1|voortaan} {een paragraaf|een vast onderdeel} over {de e-overheid|de invoering van de voorzieningen}
@ct_aspecten
{op het juridische vlak|juridisch} {vraagt|gaat het om} {de invoering|dit traject} {aanpassing van|aandacht voor} {verordeningen|mandaten|het archiefbeheer}{ en {de privacy|de bescherming van persoonsgegevens}|}
{er|ook} {zijn|worden} {juridische|wettelijke} {aspecten|vragen} {uitgewerkt|meegenomen}{, {bijvoorbeeld|zoals} {het elektronisch ondertekenen|de rechtsgeldigheid van digitale aanvragen|de Wet bescherming persoonsgegevens}|}
{de personele gevolgen|de gevolgen voor het personeel} {zijn|worden} {in kaart gebracht|beschreven}{: {functies veranderen|taken schuiven}, {sommige werkzaamheden verdwijnen|er komen nieuwe taken bij}|}
{met de OR|met de ondernemingsraad} {is|wordt} {afgesproken|overlegd} {hoe|op welke wijze} {de organisatieveranderingen|de personele gevolgen} {worden begeleid|zorgvuldig verlopen}
{financieel|in de begroting} {worden|zijn} {de structurele lasten|de doorlopende kosten} {apart zichtbaar gemaakt|vanaf $jaar1 opgenomen}{ {zodat er na de projectperiode geen verrassingen zijn|om de exploitatie te dekken}|}
{functieprofielen|functiebeschrijvingen} {van|voor} {medewerkers in de frontoffice|baliemedewerkers|gegevensbeheerders} {worden|zullen} {aangepast|herschreven}{ {in overleg met P&O|samen met personeelszaken}|}
@ct_aspecten~
{ook|daarnaast} {regels en afspraken|verordeningen en mandaten} {moeten|moeten worden} {meebewegen|aangepast}{, {bijvoorbeeld|zoals} {hoe een digitale handtekening telt|wat we met de gegevens van inwoners mogen}|}
{voor medewerkers|voor de mensen} {verandert|wijzigt} {het werk|de inhoud van het werk}{: {sommige taken verdwijnen|er komt ander werk voor terug}|}
{wat het blijvend kost|de jaarlijkse lasten} {zetten we|staan} {apart|los} in {de begroting|de meerjarenraming}
{met|samen met} {de OR|de ondernemingsraad} {bespreken we|overleggen we over} {wat er voor medewerkers verandert|de gevolgen voor het werk}
@ct_verander
{voor de invoering|om de veranderingen te laten landen} {kiezen we|hanteren we} {een veranderaanpak|een bewuste veranderstrategie} {die uitgaat van|gericht op} {draagvlak en betrokkenheid|het meenemen van medewerkers}
{draagvlak|het draagvlak} {bij|onder} {medewerkers|leidinggevenden|bestuur} {ontstaat niet vanzelf|is geen gegeven}{; {daarom|om die reden} {investeren we in|zetten we in op} {communicatie|voorlichting en overleg}|}
{we|wij} {betrekken|zullen} {de medewerkers|de afdelingen} {vanaf het begin|vroegtijdig} {bij|in} {het ontwerp van de nieuwe werkprocessen|de keuzes}{ {via werkgroepen|in werksessies}|}
{leidinggevenden|de afdelingshoofden} {hebben|spelen} {een {sleutelrol|voorbeeldrol}|een belangrijke rol} in {het uitdragen van|het verankeren van} {de veranderingen|de nieuwe werkwijze}
{de veranderaanpak|onze veranderaanpak} {bestaat uit|kent} {drie|vier} {sporen|elementen}: {informeren, betrekken en opleiden|communicatie, participatie en training}{, {steeds|telkens} {afgestemd op|passend bij} {de fase van het project|het moment}|}
@ct_verander~
{de veranderingen|de nieuwe manier van werken} {landen|slagen} {alleen|pas} als {de mensen|collega's} {er achter staan|meedoen}
{we|wij} {nemen|halen} {medewerkers|de afdelingen} {vanaf het begin|vroeg} {mee|erbij} in {de keuzes|het werk}{ {via werkgroepen|in korte sessies}|}
{steun|betrokkenheid} {in de organisatie|van de collega's} {komt|groeit} {niet vanzelf|alleen met aandacht}{; {we|wij} {praten|vertellen} {veel|regelmatig} {over|waarom} {het waarom|de veranderingen}|}
{wie|iedere collega die} {met de nieuwe werkwijze gaat werken|er straks mee werkt}, {moet|hoort} {weten waarom|te begrijpen waarom} {het verandert|we dit doen}

# =============== service: own ambitions, vision, organisational development ===============
@sv_coalitie
{in het coalitieakkoord|in het collegeprogramma|in het coalitieprogramma} {$coalitie|voor deze periode} {is|staat} {dienstverlening|betere dienstverlening} {benoemd als|genoemd als} {speerpunt|een van de speerpunten|prioriteit}
{het college|de coalitie} {heeft|wil} {de ambitie|de wens} {uitgesproken|vastgelegd} {dat $gem in $eind|om in $eind} {een|de} {klantgerichte|dienstverlenende|servicegerichte} gemeente {is|te zijn}{ {waar inwoners centraal staan|die dicht bij de burger staat}|}
{deze ambities|de doelen uit het collegeprogramma} {vormen|zijn} {het vertrekpunt|de basis|de leidraad} van dit plan{; {de landelijke voorzieningen|de e-overheid} {zijn|is} {daarbij|hierbij} {een middel|een instrument}, {geen doel op zich|niet het doel}|}
{de raad|de gemeenteraad} {heeft|vroeg} {bij de behandeling van|in} {de programmabegroting|de kadernota} {gevraagd om|aangedrongen op} {een concrete uitwerking|een uitvoeringsprogramma} {van de dienstverleningsambities|van de ambities op het gebied van dienstverlening}
{dienstverlening|de kwaliteit van de dienstverlening} {is|werd} {in de afgelopen jaren|steeds meer} {een politiek relevant thema|een onderwerp waar de raad op stuurt}{ {in $gem|ook bij ons}|}
@sv_coalitie~
{de raad en het college hebben met elkaar|het bestuur heeft voor deze periode} {afgesproken|vastgelegd} dat {inwoners|mensen} {beter en sneller geholpen worden|minder van het kastje naar de muur gaan}
{wat we inwoners beloven is|de afspraken van het bestuur zijn} {het vertrekpunt|de basis}{; {de techniek|de systemen} {helpen|komen} {daarbij|pas daarna}|}
{de politiek|de raad} {vraagt|wil} {merkbare verbetering|zichtbaar resultaat} {voor|bij} {de inwoner|de mensen in $gem}{, niet {een lijst met systemen|nog een technisch plan}|}
{wat het college heeft beloofd|de afspraken uit het begin van deze raadsperiode} {is|zijn} {voor ons|hier} {het startpunt|de maat}
@sv_visie
{onze visie op dienstverlening|de visie op dienstverlening|onze dienstverleningsvisie} {is|werd} {in $jaar0|eerder} {vastgesteld|opgesteld}{ {en vormt het kader voor dit plan|en is in het EGEM-i-traject aangescherpt}|}
{in $eind|op termijn} {is|wordt} {de gemeente|$gem} {het {eerste|centrale} loket|de ingang|de voordeur} {voor|van} {de hele overheid|alle overheidsvragen}{, {conform|in lijn met} {het Antwoord©-concept|Antwoord©}|}
{de inwoner|de klant} {kan|moet} {via|langs} {elk kanaal|het kanaal van zijn keuze|balie, telefoon, e-mail of internet} {met zijn vragen terecht|zijn zaken regelen}{, maar {we stimuleren|we sturen op} {het digitale kanaal|internet als eerste kanaal}|}
{met|door} {kanaalsturing|bewuste kanaalsturing} {willen we|proberen we} {eenvoudige vragen|standaardproducten} {naar het digitale kanaal|naar de website} {te leiden|te brengen}{ {zodat er aan de balie meer tijd is voor complexe vragen|en de balie ontlasten}|}
{het|een} {klantcontactcentrum|KCC} {beantwoordt|handelt} {in $eind|straks} {$pct van de vragen|het grootste deel van de vragen} {direct|in het eerste contact} af
{de gemeente|$gem} {kiest|gaat} {voor|naar} {één frontoffice|één herkenbare frontoffice|een frontoffice voor alle kanalen}{ {waar alle klantcontacten samenkomen|waarachter een goed georganiseerde backoffice zit}|}
{we|wij} {meten|gaan meten} {de klanttevredenheid|hoe tevreden inwoners zijn} {elk jaar|jaarlijks|periodiek}{ {en vergelijken ons met andere gemeenten|via een klanttevredenheidsonderzoek}|}
{onze|de} {servicenormen|dienstverleningsnormen} {leggen we vast|maken we bekend} {in een {dienstverleningshandvest|kwaliteitshandvest}|op de website}{: {bijvoorbeeld|zoals} {telefoon binnen {drie keer|twintig seconden} opnemen|e-mail binnen {twee|drie} werkdagen beantwoorden}|}
{de klant|de inwoner} {staat|komt} {centraal|op de eerste plaats}{: {niet de organisatie|niet onze interne indeling} {bepaalt|is leidend voor} {hoe we werken|onze werkwijze}, maar {de vraag van de klant|wat de inwoner nodig heeft}|}
{we|wij} {werken|denken} {vanuit|in} {levensgebeurtenissen|klantprocessen}{, {zoals|bijvoorbeeld} {verhuizen, trouwen of een bedrijf starten|geboorte en verhuizing}|}
@sv_visie~
{we|wij} {willen|gaan ervoor} dat {een inwoner|iemand die een vraag heeft} {op één plek|bij één adres} {terecht kan|geholpen wordt} {voor alles wat met de overheid te maken heeft|met al zijn vragen}
{het liefst|bij voorkeur} {handelt|regelt} {iemand|de inwoner} {eenvoudige zaken|gewone dingen} {zelf via internet|thuis achter de computer}{, {zodat|dan} {er aan het loket meer tijd is|we aan de balie tijd hebben} voor {mensen die hulp nodig hebben|ingewikkelde vragen}|}
{wie|een inwoner die} {belt|ons opbelt}, {krijgt|moet} {direct antwoord|meteen het goede antwoord krijgen}{ {in plaats van doorverbonden te worden|zonder doorverbinden}|}
{mensen|inwoners} {hoeven|moeten} {niet|straks niet meer} {te weten|uit te zoeken} {welke afdeling|welk loket} {over hun vraag gaat|iets regelt}
{we|wij} {beloven|spreken af} {wat inwoners van ons mogen verwachten|hoe snel we reageren}{: {een brief|een mail} {binnen|in} {twee weken|een paar dagen} {beantwoord|afgehandeld}|}
{de vraag|wat de inwoner wil} {is|wordt} {het beginpunt|leidend}, {niet|en niet} {hoe wij intern zijn georganiseerd|onze afdelingsgrenzen}
{wie|een inwoner die} {gaat verhuizen|een kind krijgt|een bedrijf begint}, {regelt|doet} {dat|alles} {liefst|bij voorkeur} {in één keer|in één contact}
@sv_instrument
{de landelijke voorzieningen|de e-overheidsvoorzieningen|de NUP-bouwstenen} {zien we|gebruiken we} {als|vooral als} {instrument|middel|gereedschap} om {onze eigen doelen|de ambities uit het collegeprogramma|betere dienstverlening} {te bereiken|te realiseren}
{we|wij} {voeren|zullen} {de voorzieningen|de bouwstenen} {niet in omdat het moet|niet alleen in omdat het verplicht is}, {maar omdat|maar vooral omdat} {ze bijdragen aan|ze helpen bij} {de dienstverlening|onze doelen}
{de volgorde|de fasering} {van de projecten|van de invoering} {is|wordt} {afgeleid van|bepaald door} {wat de inwoner merkt|wat de klant opschiet|de dienstverleningsdoelen}{, {binnen de wettelijke kaders|rekening houdend met de wettelijke termijnen}|}
{techniek|ICT} {is|blijft} {voor ons|in dit plan} {gereedschap|een hulpmiddel}{; {het echte werk|de echte verandering} {zit|ligt} {in|bij} {de manier waarop we met klanten omgaan|de mensen}|}
@sv_instrument~
{de landelijke voorzieningen|de techniek} {zetten we|gebruiken we} in {waar het inwoners helpt|waar het de inwoner iets oplevert}
{niet de techniek|niet het systeem} {bepaalt|is leidend voor} {de volgorde|wat we eerst doen}{, maar {wat inwoners merken|het verschil voor de klant}|}
{een systeem|een nieuwe voorziening} {is|blijft} {nooit|geen} {een doel op zich|doel}; {het gaat om|telt alleen} {wat iemand er aan de andere kant van merkt|het effect voor de inwoner}
@sv_organisatie
{betere dienstverlening|de omslag} {vraagt|vergt} {meer dan techniek|ook iets van de organisatie}: {een andere cultuur|een andere houding|nieuwe vaardigheden} {van medewerkers|in de hele organisatie}
{de organisatieontwikkeling|de ontwikkeling van de organisatie} {is|vormt} {daarom|dan ook} {een {apart|eigen} spoor|een wezenlijk onderdeel} {in dit plan|van de aanpak}
{medewerkers van de frontoffice|de medewerkers aan de balie en de telefoon} {worden|gaan} {breed|generalistisch} {opgeleid|inzetbaar}{ {zodat ze het merendeel van de vragen zelf kunnen beantwoorden|met een kennisbank als hulpmiddel}|}
{de backoffice|de vakafdelingen} {maakt|maken} {afspraken met|service level agreements met} {de frontoffice|het KCC} {over|omtrent} {termijnen|terugbelverzoeken|de kennisbank}
{het invoeren van ICT|nieuwe systemen} {heeft|hebben} {alleen zin|pas effect} als {medewerkers|collega's} {er gebruik van willen en kunnen maken|ermee willen en kunnen werken}
{in het|via het} {opleidingsplan|ontwikkelplan} {is|komt} {ruimte|budget} voor {klantgericht werken|gesprekstechnieken|digitale vaardigheden}{ {en coaching op de werkvloer|en intervisie}|}
{leidinggevenden|teamleiders} {krijgen|hebben} {een belangrijke rol|een coachende rol} {bij|in} {het ontwikkelen van|het stimuleren van} {klantgericht gedrag|een servicegerichte houding}
@sv_organisatie~
{anders werken|de verandering} {vraagt|betekent} {meer dan nieuwe systemen|ook iets van de mensen}: {andere gewoonten|een andere houding} {aan de balie en in de backoffice|in alle teams}
{collega's|medewerkers} {aan het loket|aan de telefoon} {leren|worden opgeleid om} {de meeste vragen zelf te beantwoorden|breed te helpen}
{een nieuw systeem|een computerprogramma} {heeft|levert} {alleen zin|pas iets op} als {mensen|collega's} {er ook mee willen werken|het ook echt gebruiken}
{de mensen|onze collega's} {zijn|blijven} {de sleutel|het belangrijkst}{: {hun houding|hoe zij met inwoners omgaan} {maakt|bepaalt} {het verschil|de indruk die we maken}|}
{de teams achter het loket|de vakafdelingen} {spreken|maken} {met de collega's aan de voorkant|met het loket} {af|afspraken} {hoe snel|binnen welke tijd} {ze terugbellen|vragen worden opgepakt}

# =============== forewords and appendices that carry another type's words ===============
@vw_multi-project
{dit plan|dit document} {is|werd} {in de eerste plaats|vooral} {een overzicht van|een opsomming van} {de wettelijke verplichtingen|de verplichte NUP-bouwstenen} {die op de gemeente afkomen|waaraan we moeten voldoen}, {met prioriteit, doorlooptijd en investering|elk met een prioriteit en een doorlooptijd}.
{de wettelijke deadlines|de termijnen van het Rijk} {liggen|zijn} {vast|niet onderhandelbaar}; {daarom|om die reden} {is elk project voorzien van|heeft elk project} {een doorlooptijd en een investering|een vaste deadline}.
{de capaciteitsplanning|het projectenoverzicht} {met|inclusief} {prioriteit|doorlooptijd} en {investering per bouwsteen|wettelijke deadline} {is|vormt} {de kern|het hart} van {de uitvoering|het programma}.
@vw_control
{belangrijk|van belang} is {de borging|het borgen} van {de resultaten|wat we bereiken} in de lijn{: {gegevensbeheer|beheer van de website} en {de afhandeling van digitale aanvragen|de bedrijfsvoering} {krijgen|hebben} {een vaste plek|structureel aandacht}|}.
{de plateauplanning van EGEM-i|het EGEM-i-plateaumodel} {geeft|biedt} {houvast|structuur}; {draagvlak|betrokkenheid} {organiseren we|zoeken we} {via|met} {een veranderaanpak|communicatie}.
{juridische, financiële en personele aspecten|de personele en juridische gevolgen} {zijn|worden} {uitgewerkt|meegenomen} {met het oog op|met aandacht voor} {de borging|het beheer na oplevering}.
@vw_service
{het collegeprogramma|het coalitieakkoord} {zet|stelt} {de dienstverlening|de klant} {centraal|voorop}; {onze visie op dienstverlening|het Antwoord©-concept} {is|blijft} {het kompas|de leidraad}.
{met een KCC|via een klantcontactcentrum} en {kanaalsturing|bewuste kanaalsturing} {willen we|gaan we} {de dienstverlening|onze service} {verbeteren|op een hoger plan brengen}.
{de ambities uit het coalitieakkoord|de dienstverleningsambities van het college} {zijn|blijven} {leidend|het vertrekpunt}; {de e-overheidsvoorzieningen|de bouwstenen} {zijn|vormen} {het instrument|slechts het middel}.
)DUTCH";
// clang-format on

}  // namespace planmine::corpus
