L = dict(
    tlds=["nl", "nl", "com.be"],
    oid_prefix=["405", "406", "407", "408"],
    buyers=["Sanne", "Joost", "Femke", "Bram", "Lotte", "Daan", "Ingrid", "Ruben", "Marieke", "Thijs", "Eline", "Koen"],
    agents=[("Anouk", "Huis aan de Gracht"), ("Jeroen", "Duinwandel Outdoor"), ("Esther", "Kookkunst Kampen"),
            ("Wouter", "Gereedschap Visser"), ("Marloes", "Garen & Zo"), ("Bas", "Moestuin Mooi")],
    greet=["Beste {b},", "Hallo {b},", "Goedemiddag {b},", "Hoi {b},", "Geachte klant,"],
    sign=["Met vriendelijke groet,\n{a}\n{s}", "Groetjes,\n{a} – {s}", "Hartelijke groet,\n{a}\nKlantenservice {s}",
          "Fijne dag!\n{a}\n{s}"],
    close=["Nog een fijne dag gewenst.", "Nogmaals dank voor uw geduld.", "Fijn weekend alvast."],
    wrote="{b} schreef:",
    re=["Re: ", "RE: ", "Antw: "],
    subj_r=["Vraag over mijn bestelling", "Vraag van Amazon-klant {b} (Bestelling: {oid})", "Levering",
            "Probleem met artikel", "Bestelling {oid}"],
    subj_up=["Uw bestelling {oid}", "Bestelling {oid}", "Bedankt! Bestelling {oid}", "Update bestelling {oid}"],
    subj_none=["Uw bestelling {oid}", "Bestelling {oid}: korte vraag", "Over uw bestelling {oid}"],
    ctx=dict(
        del_p=[("Uw bestelling {oid}", "Volgens de track & trace is uw pakket dinsdag bij u bezorgd."),
               ("Bestelling {oid} – alles goed aangekomen?", "Uw bestelling is een paar dagen geleden bezorgd en we hopen dat alles heel is aangekomen."),
               ("Even een berichtje over bestelling {oid}", "Het is nu ongeveer een week geleden dat uw bestelling binnenkwam."),
               ("Bestelling {oid}", "We hopen dat uw nieuwe aankoop al volop in gebruik is.")],
        del_r=[("Vandaag binnen, alles goed. Dank!", "Bedankt voor het laten weten, fijn dat alles goed is aangekomen."),
               ("Ontvangen, ziet er top uit.", "Wat leuk om te horen!"),
               ("Even laten weten dat het pakket vanochtend kwam.", "Dank voor het berichtje, fijn dat het zo snel ging.")],
        fix_r=[("Het vervangende exemplaar kwam gisteren en werkt.", "Fijn dat het vervangende exemplaar werkt."),
               ("Terugbetaling ontvangen, bedankt.", "Bedankt voor de bevestiging van de terugbetaling."),
               ("Het ontbrekende onderdeel is binnen, dank.", "Goed dat het ontbrekende onderdeel er nu is.")],
        fix_p=[("Uw vervangende artikel – bestelling {oid}", "Volgens de track & trace is uw vervangende artikel gisteren bezorgd."),
               ("Bestelling {oid}: terugbetaling voltooid", "Uw terugbetaling van € 32,00 is maandag verwerkt en zou nu zichtbaar moeten zijn.")],
        prob_r=[("Het handvat is na twee dagen afgebroken.", "Wat vervelend dat het handvat zo snel afbrak, bedankt voor de foto."),
                ("Een van de glazen was kapot.", "Het spijt ons dat een van de glazen onderweg is gebroken."),
                ("Hij laadt helemaal niet op.", "Dat hij niet oplaadt, hoort natuurlijk niet zo."),
                ("Verkeerde kleur, ik had grijs besteld.", "Excuses voor de verkeerde kleur.")],
        prob_p=[("Leveringsprobleem bestelling {oid}", "De vervoerder heeft ons laten weten dat uw pakket beschadigd is geraakt."),
                ("Bestelling {oid}: onderdeel ontbreekt", "Bij het nakijken van onze paklijsten zagen we dat de muurbeugels niet in uw pakket zaten.")],
        neg_r=[("Ik geef 1 ster, het is rommel.", "Het spijt ons dat de blender u heeft teleurgesteld."),
               ("Ik heb al negatieve feedback gegeven. Nooit meer.", "Het spijt ons echt om over uw ervaring te lezen."),
               ("Als dit niet wordt opgelost, schrijf ik een review die iedereen ziet.", "We begrijpen uw frustratie en willen dit oplossen.")],
        neg_p=[("Uw feedback over bestelling {oid}", "We hebben uw feedback over deze bestelling gelezen en het spijt ons dat de levering te laat was."),
               ("Bestelling {oid}: uw review", "We hebben uw review van de bureaulamp gelezen en het volledige bedrag al terugbetaald.")],
        purp_p=[("Vertraging bestelling {oid}", "De vervoerder meldt twee dagen vertraging; de levering staat nu gepland voor donderdag."),
                ("Uw factuur – bestelling {oid}", "Zoals gevraagd staat uw factuur nu klaar onder 'Mijn bestellingen'."),
                ("Retour ontvangen – bestelling {oid}", "Uw retour is vandaag in ons magazijn aangekomen en de terugbetaling is in gang gezet."),
                ("Graveertekst bestelling {oid}", "Voordat we gaan graveren: klopt de tekst 'Proficiat, Lieke'?"),
                ("Bezorgmoment kast – bestelling {oid}", "We kunnen de kast dinsdag of donderdag bezorgen; welke dag komt u het beste uit?")],
        rude_r=[("DRIE WEKEN en nog niks. Ik wil NU mijn geld terug.", "We hebben uw bestelling nagekeken."),
                ("Jullie product is waardeloos en de service is een grap.", "Bedankt voor uw bericht."),
                ("Bespaar me de smoesjes en betaal gewoon terug.", "We hebben uw bestelling bekeken.")],
        q_r=[("Mag het deksel in de vaatwasser?", "Ja, het deksel kan in het bovenste rek van de vaatwasser."),
             ("Past dit op een 28 inch wiel?", "Het past op wielen van 26 tot 29 inch."),
             ("Zit er een kabel bij?", "Ja, er zit een USB-C-kabel van 1,5 m in de doos.")],
        ret_r=[("Hoe stuur ik dit terug? Het is te klein.", "Jammer dat het te klein is."),
               ("De kachel doet het na een maand niet meer. Wat zijn mijn rechten?", "Vervelend dat de kachel het niet meer doet."),
               ("Kan ik een gepersonaliseerd artikel terugsturen?", "Fijn dat u het vooraf vraagt.")],
    ),
)

L["items"] = r"""
RI|p|del|cadeaubon voor een screenshot van de review|Stuur ons een screenshot van uw review en u ontvangt van ons een cadeaubon van € 10 als bedankje.
RI|r|prob|terugbetaling pas zodra de review online staat|Zodra uw review op Amazon staat, storten wij het volledige bedrag terug.
RI|p|del|gratis opzetborstels voor reviewers|Iedereen die deze maand een review schrijft, krijgt van ons gratis een extra set opzetborstels.
RI|r|del|eufemisme 'iets leuks terugdoen'|Als je een paar woorden op de productpagina achterlaat, doen we bij je volgende bestelling iets leuks terug.
RI+FR|r|neg|korting in ruil voor verwijderen van review|Zou u de review willen verwijderen? Wij bieden u in ruil daarvoor 20% korting op uw volgende bestelling.
RI+RM|p|del|kortingscode voor 5 sterren|Geef ons 5 sterren en je ontvangt een kortingscode van 15% voor je volgende aankoop.
RI|p|del|verloting onder reviewers|Onder alle klanten die vóór 30 juni een review plaatsen, verloten we een barbecue.
RI|r|del|spreektaal, geld overmaken na review|als je review online staat maken we 5 euro naar je over, laat maar ff weten.
RI|p|del|toekomstige voordelen, passief|Klanten die een review hebben geschreven, worden voortaan als eerste uitgenodigd voor onze voordeelacties.
RM|p|del|vijf sterren gevraagd|Was alles naar wens? Dan zouden vijf sterren ons ontzettend blij maken.
RM|p|del|review-gating: tevreden review, anders eerst contact|Tevreden? Laat het weten in een review. Niet tevreden? Neem dan eerst contact met ons op voordat u iets plaatst.
RM|r|prob|vraagt geen negatieve review te plaatsen|Wilt u alstublieft geen negatieve review plaatsen? We lossen het zo snel mogelijk op.
RM|p|del|schrijft inhoud van de review voor|Het zou fijn zijn als u in uw review vermeldt hoe snel de levering was en hoe stevig het rek aanvoelt.
RM|r|del|spreektaal 'dikke duim', positieve review|Leuk dat je er blij mee bent! Een dikke duim in de vorm van een positieve review zou ons enorm helpen.
RM|r|neg|medelijden: klein familiebedrijf|Een slechte beoordeling kan voor een klein familiebedrijf als het onze echt funest zijn, dus denkt u er alstublieft nog eens over na.
RM|p|del|voorwaardelijk, positieve beoordeling bij tevredenheid|Mocht u tevreden zijn, dan zouden wij een positieve beoordeling zeer op prijs stellen.
RM|p|del|vraag 'verdienen we een tien?'|Vindt u dat we een tien verdienen? Laat het dan vooral zien in een review.
FR|r|fix|direct verzoek tot verwijderen|Nu het probleem is opgelost, wilt u de negatieve feedback die u heeft achtergelaten verwijderen?
FR+RM|r|fix|beoordeling aanpassen naar 5 sterren|Zou u uw beoordeling willen aanpassen naar 5 sterren?
FR|p|neg|aandringende herinnering om feedback in te trekken|Graag herinneren wij u er nogmaals aan om uw verkopersfeedback in te trekken, aangezien de terugbetaling al is gedaan.
FR|r|neg|druk: account in gevaar, vandaag nog|Uw review brengt ons verkopersaccount in gevaar, daarom vragen we u dringend hem vandaag nog te verwijderen.
FR|r|fix|indirect 'nog eens bekijken en bijwerken'|Misschien wilt u uw review bij gelegenheid nog eens bekijken en bijwerken, zodat die klopt met hoe het is afgelopen?
FR|p|fix|stappenplan om feedback te verwijderen|Verwijderen van uw feedback gaat eenvoudig: ga naar 'Mijn bestellingen', kies 'Verkoper beoordelen' en klik op 'Verwijderen'.
FR+RM|r|fix|je-vorm, 'paar sterren erbij'|Zou je er nu alles werkt nog een paar sterren bij willen doen?
FR|p|neg|passief 'zou op prijs worden gesteld als ingetrokken'|Het zou zeer op prijs worden gesteld als de review van 12 maart zou worden ingetrokken, nu de zaak is afgerond.
MK|p|purp|zomeruitverkoop aangekondigd|Trouwens: vanaf vrijdag loopt onze zomeruitverkoop met tot 40% korting op het hele tuinassortiment.
MK|r|q|cross-sell bijpassende kopjes|Als de theepot bevalt: de bijpassende kopjes uit dezelfde serie zijn net weer binnen.
MK|r|del|kortingscode zonder aanleiding|Voor uw volgende bestelling krijgt u 10% korting met de code WELKOM10.
MK|p|purp|aanmelden voor nieuwsbrief|Schrijf u in voor onze nieuwsbrief en hoor als eerste over nieuwe producten en acties.
MK|p|purp|nieuw product gelanceerd|We hebben net een snoerloze versie van deze stofzuiger gelanceerd; zeker de moeite waard om eens te bekijken.
MK|r|q|product van derden in de aanbieding|We raden aan het te combineren met de ontkalker van KalkWeg, die deze week in de aanbieding is.
MK|r|del|spreektaal, rondkijken in de winkel|Vergeet niet eens rond te kijken in onze winkel, we hebben heel veel nieuwe kleuren binnen!
MK|p|purp|derde gratis, alleen deze week|Alleen deze week: bij twee dekbedovertrekken krijgt u de derde gratis.
OF|r|rude|grof 'kan ons geen reet schelen'|Eerlijk gezegd kan het ons geen reet schelen wat u van de verpakking vindt.
OF|r|rude|belediging 'alleen een idioot'|Alleen een idioot zet de waterkoker aan zonder water, dat staat gewoon in de handleiding.
OF|r|rude|dreiging naam en adres online te zetten|Als u zo doorgaat, zetten we uw naam en adres online.
OF|r|rude|neerbuigend 'leer eerst lezen', zeuren|Leer eerst eens lezen voordat u bij ons komt zeuren.
OF|r|neg|belediging 'leugenaar'|U bent een leugenaar en dat weet u zelf ook.
OF|r|rude|verhulde dreiging 'we weten waar u woont'|Vergeet niet dat we weten waar u woont.
OF|r|rude|grof 'hou je bek'|Hou gewoon je bek en laat ons met rust.
OF|r|rude|scheldwoord 'zeurpiet'|Wat ben jij een ongelooflijke zeurpiet, zeg.
OO|p|purp|antwoord STOP om af te melden|Wilt u geen berichten meer van ons ontvangen? Antwoord dan met STOP.
OO|p|del|afmelden na een neutraal verzoek|We horen graag wat u van deze bestelling vond. U kunt zich voor deze e-mails afmelden door simpelweg op dit bericht te reageren.
OO|p|purp|communicatievoorkeuren beheren of afmelden|U kunt uw communicatievoorkeuren op elk moment aanpassen of u afmelden voor onze berichten.
OO|r|del|aanbod om uit de mailinglijst te halen|Laat het ons gerust weten als we u uit onze mailinglijst moeten halen.
OO|p|purp|vraag 'geen zin meer in mail?'|Geen zin meer in mail van ons? Een kort 'nee bedankt' is genoeg.
OO|p|del|voettekst 'u ontvangt dit bericht omdat'|Alvast bedankt voor uw beoordeling. U ontvangt dit bericht omdat u bij ons heeft besteld; afmelden kan door te antwoorden op deze e-mail.
OO|p|purp|verwijst naar Amazon-communicatievoorkeuren|Wilt u geen berichten van verkopers meer ontvangen, dan kunt u dat uitzetten in uw communicatievoorkeuren bij Amazon.
OO|r|fix|spreektaal, 'zeg t maar dan halen we je eraf'|Als je geen mails meer wil van ons zeg t maar dan halen we je eraf.
UP|p|up|orderbevestiging|Bedankt voor uw bestelling! We hebben hem ontvangen en maken hem klaar voor verzending.
UP|p|up|verzendbevestiging met track & trace-code|Uw pakket is vandaag met PostNL verzonden, de track & trace-code is 3SABCD123456789.
UP|p|up|alleen bedankt|We willen u gewoon hartelijk bedanken voor uw aankoop.
UP|p|up|alleen 'we staan voor u klaar'|Heeft u vragen over uw product? We staan altijd voor u klaar.
UP|p|up|melding 'uitverkocht'|Helaas is het bestelde artikel op dit moment uitverkocht; we verwachten over ongeveer drie weken nieuwe voorraad.
UP|p|up|bezorgbevestiging|Volgens de track & trace is uw pakket vandaag bezorgd. Veel plezier ermee!
UP|p|up|verzendmelding, informeel|Goed nieuws: je bestelling heeft vanochtend ons magazijn verlaten en is binnen 1-2 werkdagen bij je.
UP|p|up|typfouten, alleen bedankt|Nogmaals bedankt voor u aankoop, veel plezier er mee!
OK:rev|p|del|neutraal feedbackverzoek, klassiek|Als u even tijd heeft, horen we graag uw feedback over deze bestelling.
OK:rev|p|del|eerlijke review, hoe die ook uitvalt|Een eerlijke review, hoe die ook uitvalt, helpt andere klanten bij hun keuze.
OK:rev|p|del|neutrale vraag over de rugzak|Zou u in een review willen vertellen hoe de rugzak bevalt?
OK:rev|p|del|verkoper beoordelen via Mijn bestellingen|Wilt u ons als verkoper beoordelen, dan kan dat via 'Mijn bestellingen'.
OK:rev|r|q|reviewverzoek in een supportantwoord|En als u er later aan toekomt, is een review van het product altijd welkom.
OK:rev|p|del|na een paar weken gebruik, wanneer het uitkomt|Als de pan een paar weken in gebruik is, horen we graag hoe hij bevalt – een review is welkom wanneer het u uitkomt.||We hopen dat de pan inmiddels goed ingewerkt is in uw keuken.
OK:rev|p|del|positief of kritisch, we lezen het|Elke mening, positief of kritisch, helpt ons verbeteren; als u er een wilt achterlaten, lezen we die met aandacht.
OK:rev|p|del|je-vorm, neutraal 'als je zin hebt'|Als je zin hebt, vertel andere kopers in een review hoe het hoesje bevalt.
OK:upd|r|fix|feedback bijwerken, helemaal aan u|Als u vindt dat het probleem is opgelost, kunt u uw feedback bijwerken als u dat wilt – dat is helemaal aan u.
OK:upd|r|fix|aanpassen of verwijderen mogelijk, niet verplicht|Het is mogelijk uw oorspronkelijke beoordeling aan te passen of te verwijderen, maar u bent daar uiteraard niet toe verplicht.
OK:upd|r|fix|ter info: 90 dagen aanpasbaar|Ter info: verkopersfeedback kan binnen 90 dagen worden aangepast, mocht u dat ooit willen.
OK:upd|r|fix|bepaalt u helemaal zelf|Of u uw beoordeling aanpast of niet, bepaalt u helemaal zelf; voor ons was het belangrijkste dat het is opgelost.
OK:upd|r|fix|review blijft zoals hij is|Uw review blijft zoals hij is, tenzij u anders besluit.
OK:upd|p|fix|proactief, bijwerken alleen als u wilt|Als u tevreden bent met de oplossing, kunt u de eerder gegeven feedback bijwerken, maar alleen als u dat zelf wilt.
OK:upd|r|fix|je-vorm, het hoeft niet|Als je van mening bent veranderd, kun je je review altijd bewerken – maar het hoeft niet.
OK:ref|r|prob|volledig teruggestort, niet terugsturen|We hebben het volledige bedrag van € 24,95 teruggestort; u hoeft het kapotte artikel niet terug te sturen.
OK:ref|r|prob|verzendkosten terug als excuus|Als excuus voor het ongemak hebben we de verzendkosten terugbetaald.
OK:ref|r|prob|kosteloos nieuw exemplaar onderweg|Er is kosteloos een nieuw exemplaar naar u onderweg, dat donderdag zou moeten aankomen.
OK:ref|p|prob|proactieve vervanging na transportschade|We hebben al kosteloos een vervangend exemplaar verstuurd, u hoeft niets te doen.||De vervoerder heeft ons laten weten dat uw pakket beschadigd is geraakt.
OK:ref|r|prob|keuze: onderdeel of gedeeltelijke terugbetaling|U kunt kiezen: we sturen het ontbrekende onderdeel na, of u krijgt € 6 terug en houdt het artikel zoals het is.
OK:ref|r|prob|15% terug voor een kras|Voor de kras op het deksel hebben we 15% van het aankoopbedrag terugbetaald.
OK:ref|r|neg|terugbetaling zonder voorwaarden na dreigende review|We hebben het volledige bedrag terugbetaald, zonder voorwaarden, en het spijt ons dat het misging.
OK:ref|r|prob|geen tegoedbon maar direct terugstorten|In plaats van een tegoedbon die u alleen bij ons kunt gebruiken, hebben we het verschil van € 4 direct teruggestort.
OK:firm|r|rude|vraagt om een respectvolle toon|We begrijpen uw frustratie, maar vragen u vriendelijk om een respectvolle toon, zodat we u kunnen helpen.
OK:firm|r|rude|beleefde weigering om hygiënische redenen|We kunnen een gebruikte matrasbeschermer om hygiënische redenen helaas niet terugnemen; het spijt ons dat we u geen ander antwoord kunnen geven.
OK:firm|r|rude|oneens met toon, toch oplossing|Hoewel we het niet eens zijn met de toon, willen we het probleem oplossen: kunt u ons een foto van de scheur sturen?
OK:firm|r|rude|dreigen niet nodig, al terugbetaald|Dreigen is niet nodig: de terugbetaling is maandag al gedaan en staat binnen 3-5 werkdagen op uw rekening.
OK:firm|r|rude|niet ingaan op persoonlijke opmerkingen|Op persoonlijke opmerkingen gaan we niet in, maar we lopen de installatie graag nog eens stap voor stap met u door.
OK:firm|r|rude|feiten uit track & trace, onderzoek via Amazon|Volgens de track & trace is het pakket op 4 mei bij de buren afgegeven; ligt het daar niet, dan kan Amazon een onderzoek starten.
OK:firm|r|rude|vraagt om geduld|We vragen u om wat geduld: zodra het magazijn het artikel heeft gecontroleerd, laten we het u weten.
OK:info|r|q|'Vijf Sterren' is een serienaam|'Vijf Sterren' is de naam van onze kussenserie, geen beoordeling of keurmerk.|Is Vijf Sterren een keurmerk?|Goede vraag.
OK:info|r|q|uitverkoopprijs uitgelegd|Bij uw eerste bestelling was het artikel in de uitverkoop, daarom betaalde u toen minder.|Waarom was het de vorige keer goedkoper?|Bedankt voor uw vraag.
OK:info|r|q|collectie en maat|Deze hoes hoort bij de collectie 'Duin' en past op kussens van 45 × 45 cm.|Past hij op een kussen van 50 cm?|Fijn dat u het vooraf vraagt.
OK:info|r|q|geen nieuwsbrieven aan Amazon-klanten|Wij sturen Amazon-klanten geen nieuwsbrieven of reclame; u hoort alleen over deze bestelling van ons.|Krijg ik nu reclame van jullie?|Begrijpelijke vraag.
OK:info|r|q|app van de fabrikant als productfunctie|De weegschaal koppelt via Bluetooth met de gratis app van de fabrikant; de stappen staan op pagina 4 van de handleiding.|Heb ik een app nodig?|Graag geholpen.
OK:info|r|q|energielabel uitgelegd|Het energielabel A geldt voor het eco-programma; in het snelprogramma ligt het verbruik iets hoger.|Geldt label A ook in het snelprogramma?|Bedankt voor uw vraag.
OK:info|r|q|wat andere reviews noemen (geur)|In sommige reviews wordt een lichte geur bij het uitpakken genoemd; na een dag luchten is die meestal weg.|De mat ruikt een beetje, is dat normaal?|Vervelend van de geur.
OK:info|r|q|sterrenbeoordeling berekend door Amazon|De sterrenbeoordeling op de productpagina wordt door Amazon berekend; wij kunnen die niet aanpassen of verwijderen.|Waarom maar 3,9 sterren?|Fijn dat die van u zo goed werkt.
OK:thx|p|none|bedankt + graveertekst bevestigen|Bedankt voor uw bestelling! Kunt u, voordat we gaan graveren, bevestigen dat de tekst 'Voor altijd, Sanne' moet zijn?
OK:thx|p|none|bedankt + bezorgafspraak bank|Dank voor uw aankoop; de vervoerder moet een afspraak maken voor de bank – schikt dinsdag of donderdag u beter?
OK:thx|p|none|bedankt + huisnummer ontbreekt|Bedankt voor uw bestelling. In het bezorgadres ontbreekt het huisnummer; kunt u dat even doorgeven?
OK:thx|p|none|bedankt + retour ontvangen|Bedankt voor het terugsturen: het pakket is vandaag binnengekomen en de terugbetaling volgt binnen twee werkdagen.
OK:thx|p|none|bedankt voor geduld + staking|Bedankt voor uw geduld: door een staking meldt de vervoerder vertraging, de nieuwe verwachte leverdatum is 14 mei.
OK:thx|p|none|bedankt + factuur met btw|Bedankt voor uw aankoop. De gevraagde factuur met btw staat nu klaar onder 'Mijn bestellingen'.
OK:thx|p|none|bedankt + breedte op maat controleren|Fijn dat u voor een rolgordijn op maat heeft gekozen – wilt u de breedte van 112,5 cm nog even controleren voordat we morgen gaan snijden?
OK:sat|r|del|'mocht er iets niet in orde zijn, reageer'|Mocht er iets niet in orde zijn met de lamp, reageer dan gewoon op dit bericht en we lossen het op.
OK:sat|r|fix|niet tevreden over reparatie, contact|Bent u niet helemaal tevreden over de reparatie, neem dan contact op en we zoeken een andere oplossing.
OK:sat|r|q|maat past niet, 30 dagen retour|Past de maat niet, dan kunt u het binnen 30 dagen retourneren; met het label helpen we u graag.
OK:sat|r|q|kleur valt tegen, laat het weten|Valt de kleur tegen als hij eenmaal hangt? Laat het ons weten, dan kijken we wat we kunnen doen.
OK:sat|p|purp|iets niet tevreden, laat het weten|Is er iets aan de bestelling waar u niet tevreden over bent, laat het ons dan weten.
OK:sat|r|fix|zelfde defect, terugbetaling|Vertoont het vervangende exemplaar hetzelfde defect, schrijf ons dan meteen en we betalen u terug.
OK:sat|r|del|pasvorm, omruilen|Niet tevreden over de pasvorm? Neem contact op en we ruilen hem om voor een maat groter.
OK:legal|r|ret|14 dagen bedenktijd en 30 dagen Amazon|U heeft wettelijk 14 dagen bedenktijd, en Amazon accepteert retouren binnen 30 dagen via 'Mijn bestellingen'.
OK:legal|r|ret|recht op deugdelijk product|Omdat het apparaat defect is, heeft u recht op een deugdelijk product; u kunt kiezen tussen reparatie en vervanging.
OK:legal|r|ret|gepersonaliseerd buiten herroepingsrecht, garantie blijft|Gepersonaliseerde artikelen vallen buiten het herroepingsrecht, maar bij een defect geldt uiteraard de wettelijke garantie.
OK:legal|r|ret|fabrieksgarantie bovenop wettelijke rechten|De fabrieksgarantie komt bovenop uw wettelijke rechten en beperkt die niet.
OK:legal|r|ret|wie betaalt retourkosten|Bij een defect betalen wij de retourkosten; bij een retour zonder defect wordt € 4,95 van het terugbetaalde bedrag afgetrokken.
OK:legal|r|ret|A-tot-Z-garantie|U bent hoe dan ook beschermd door de A-tot-Z-garantie van Amazon; komt het pakket vrijdag niet aan, dan betalen we u terug.
"""
