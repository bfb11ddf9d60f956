L = dict(
    tlds=["se"],
    oid_prefix=["405", "406", "407", "408"],
    buyers=["Elsa", "Johan", "Maria", "Erik", "Karin", "Oskar", "Linnea", "Anders", "Sofia", "Niklas", "Ebba", "Gustav"],
    agents=[("Emma", "Hemma i Hägersten"), ("Viktor", "Fjällvind Outdoor"), ("Sara", "Köksglädje"),
            ("Mattias", "Verktygsboden"), ("Ida", "Tråd & Nål"), ("Per", "Gröna Odlingen")],
    greet=["Hej {b},", "Hej {b}!", "Hej,", "God morgon {b},", "Hallå {b},"],
    sign=["Vänliga hälsningar\n{a}\n{s}", "Med vänlig hälsning\n{a} – {s}", "Allt gott\n{a}\nKundtjänst {s}",
          "Ha en fin dag!\n{a}\n{s}"],
    close=["Ha en fin dag.", "Tack igen för ditt tålamod.", "Trevlig helg!"],
    wrote="{b} skrev:",
    re=["SV: ", "Re: ", "Sv: "],
    subj_r=["Fråga om min beställning", "Fråga från Amazon-kunden {b} (Beställning: {oid})", "Leverans",
            "Problem med varan", "Beställning {oid}"],
    subj_up=["Din beställning {oid}", "Beställning {oid}", "Tack! Beställning {oid}", "Uppdatering om beställning {oid}"],
    subj_none=["Din beställning {oid}", "Beställning {oid} – en snabb fråga", "Angående din beställning {oid}"],
    ctx=dict(
        del_p=[("Din beställning {oid}", "Enligt spårningen kom ditt paket fram i tisdags."),
               ("Beställning {oid} – kom allt fram?", "Din beställning levererades för några dagar sedan och vi hoppas att allt kom fram helt."),
               ("En kort rad om beställning {oid}", "Det har gått ungefär en vecka sedan din beställning kom fram."),
               ("Beställning {oid}", "Vi hoppas att ditt nya köp redan kommit till användning.")],
        del_r=[("Kom i dag, allt bra. Tack!", "Tack för att du hör av dig, skönt att allt kom fram."),
               ("Fått den, ser jättefin ut.", "Vad roligt att höra!"),
               ("Ville bara säga att paketet kom i morse.", "Tack för beskedet, kul att det gick så snabbt.")],
        fix_r=[("Ersättningsvaran kom i går och fungerar.", "Skönt att ersättningsvaran fungerar."),
               ("Pengarna har kommit tillbaka, tack.", "Tack för att du bekräftar återbetalningen."),
               ("Den saknade delen har kommit, tack.", "Bra att den saknade delen äntligen är på plats.")],
        fix_p=[("Din ersättningsvara – beställning {oid}", "Enligt spårningen levererades din ersättningsvara i går."),
               ("Beställning {oid}: återbetalning klar", "Din återbetalning på 320 kr gjordes i måndags och bör synas på ditt konto nu.")],
        prob_r=[("Handtaget lossnade efter två dagar.", "Tråkigt att handtaget gick sönder så snabbt, tack för bilden."),
                ("Ett av glasen var trasigt.", "Vi beklagar att ett av glasen gick sönder under frakten."),
                ("Den laddar inte alls.", "Att den inte laddar ska förstås inte hända."),
                ("Fel färg, jag beställde grå.", "Förlåt för att vi skickade fel färg.")],
        prob_p=[("Leveransproblem – beställning {oid}", "Transportören har meddelat oss att ditt paket har skadats."),
                ("Beställning {oid}: en del saknas", "När vi gick igenom våra packlistor såg vi att väggfästena inte kom med i ditt paket.")],
        neg_r=[("Jag ger en stjärna, skräp.", "Vi beklagar att mixern inte levde upp till förväntningarna."),
               ("Har redan lämnat ett negativt omdöme. Aldrig mer.", "Vi är verkligen ledsna över din upplevelse."),
               ("Om det här inte löses skriver jag en recension som alla ser.", "Vi förstår att du är irriterad och vill lösa det.")],
        neg_p=[("Ditt omdöme om beställning {oid}", "Vi har läst ditt omdöme om beställningen och beklagar att leveransen blev sen."),
               ("Beställning {oid}: din recension", "Vi har läst din recension av skrivbordslampan och redan betalat tillbaka hela beloppet.")],
        purp_p=[("Försenad leverans – beställning {oid}", "Transportören meddelar två dagars försening; leveransen beräknas nu till torsdag."),
                ("Din faktura – beställning {oid}", "Som du bad om finns fakturan nu under ”Mina beställningar”."),
                ("Retur mottagen – beställning {oid}", "Din retur kom till vårt lager i dag och återbetalningen är påbörjad."),
                ("Gravyrtext – beställning {oid}", "Innan vi börjar gravera: stämmer texten ”Grattis Molly 30”?"),
                ("Leveranstid för garderoben – beställning {oid}", "Vi kan leverera garderoben på tisdag eller torsdag – vilken dag passar bäst?")],
        rude_r=[("TRE VECKOR och fortfarande inget. Jag vill ha pengarna NU.", "Vi har kontrollerat din beställning."),
                ("Er produkt är värdelös och er service är ett skämt.", "Tack för ditt meddelande."),
                ("Bespara mig ursäkterna och betala tillbaka.", "Vi har tittat på din beställning.")],
        q_r=[("Tål locket diskmaskin?", "Ja, locket tål diskmaskin i övre korgen."),
             ("Passar den ett 28-tumshjul?", "Den passar hjul från 26 till 29 tum."),
             ("Ingår det en kabel?", "Ja, en USB-C-kabel på 1,5 m ingår.")],
        ret_r=[("Hur skickar jag tillbaka den? Den är för liten.", "Tråkigt att den var för liten."),
               ("Elementet slutade fungera efter en månad. Vad har jag för rättigheter?", "Vi beklagar att elementet har slutat fungera."),
               ("Kan man returnera en personanpassad vara?", "Tack för att du frågar innan du skickar den.")],
    ),
)

L["items"] = r"""
RI|p|del|presentkort mot skärmdump av recensionen|Skicka en skärmdump på din recension så får du ett presentkort på 100 kr som tack.
RI|r|prob|återbetalning först när recensionen syns|Vi betalar tillbaka hela beloppet så fort din recension syns på Amazon.
RI|p|del|gratis borsthuvuden till alla som recenserar|Alla som skriver en recension den här månaden får ett extra set borsthuvuden på köpet.
RI|r|del|eufemism 'bjuder på något litet'|Om du lämnar några rader på produktsidan så bjuder vi på något litet i din nästa beställning.
RI+FR|r|neg|rabatt mot att recensionen tas bort|Skulle du kunna tänka dig att ta bort recensionen? Vi ger dig gärna 20 % rabatt på nästa köp i gengäld.
RI+RM|p|del|rabattkod för 5 stjärnor|Ge oss 5 stjärnor så skickar vi en rabattkod på 15 % till ditt nästa köp.
RI|p|del|utlottning bland recensenter|Bland alla som recenserar sitt köp före den 30 juni lottar vi ut en kaffebryggare.
RI|r|del|vardagligt, swishar tillbaka pengar|när recensionen ligger uppe swishar vi tillbaka 50 kr, säg bara till!
RI|p|del|framtida förmåner, passiv form|Kunder som har lämnat en recension bjuds framöver in till våra stängda kampanjer.
RM|p|del|ber om fem stjärnor|Om allt var bra skulle fem stjärnor göra oss jätteglada.
RM|p|del|gating: nöjd recensera, annars hör av dig först|Nöjd? Berätta gärna i en recension. Inte nöjd? Hör av dig till oss först innan du publicerar något.
RM|r|prob|ber kunden avstå från negativt omdöme|Vi ber dig att inte lämna ett negativt omdöme – vi håller redan på att lösa det.
RM|p|del|talar om vad recensionen ska nämna|Det vore toppen om du i recensionen nämner hur snabb leveransen var och hur stadig hyllan känns.
RM|r|del|vardagligt 'tumme upp', positivt omdöme|Kul att du gillar den! En tumme upp i form av ett positivt omdöme skulle hjälpa oss massor.
RM|r|neg|litet familjeföretag, ber kunden låta bli|För ett litet familjeföretag som vårt kan ett dåligt betyg vara förödande, så vi ber dig att låta bli.|Fixar ni inte det här får ni en stjärna.
RM|p|del|villkorat positivt omdöme|Om du är nöjd skulle vi uppskatta ett positivt omdöme väldigt mycket.
RM|p|del|fråga 'förtjänar vi full pott?'|Tycker du att vi förtjänar full pott? Visa det gärna i en recension!
FR|r|fix|direkt begäran att ta bort omdömet|Nu när problemet är löst, skulle du kunna ta bort det negativa omdömet du lämnade?
FR+RM|r|fix|ändra betyget till 5 stjärnor|Skulle du kunna ändra ditt betyg till 5 stjärnor?
FR|p|neg|påminnelse om att dra tillbaka säljaromdöme|Vi vill påminna dig igen om att dra tillbaka ditt säljaromdöme, eftersom återbetalningen redan är gjord.
FR|r|neg|press: kontot i fara, redan i dag|Ditt omdöme äventyrar vårt säljarkonto, så vi ber dig att ta bort det redan i dag.
FR|r|fix|indirekt 'se över din recension'|Kanske vill du se över din recension när du får tid, så att den stämmer med hur det slutade?
FR|p|fix|steg-för-steg för att ta bort omdömet|För att ta bort omdömet går du till ”Mina beställningar”, väljer ”Betygsätt säljaren” och klickar på ”Ta bort”.
FR+RM|r|fix|'ett par stjärnor till'|Kan du tänka dig att lägga till ett par stjärnor nu när allt funkar?
FR|p|neg|passiv 'skulle uppskattas om den togs bort'|Det skulle uppskattas mycket om recensionen från den 12 mars kunde tas bort, nu när ärendet är avslutat.
MK|p|purp|sommarrea annonseras|Förresten: på fredag drar vår sommarrea igång med upp till 40 % på hela trädgårdssortimentet.
MK|r|q|merförsäljning av matchande koppar|Gillar du tekannan? De matchande kopparna från samma serie är precis inne igen.
MK|r|del|rabattkod utan anledning|Till din nästa beställning får du 10 % rabatt med koden HEJ10.
MK|p|purp|anmälan till nyhetsbrev|Anmäl dig till vårt nyhetsbrev så får du veta först om nyheter och erbjudanden.
MK|p|purp|ny produkt lanserad|Vi har precis lanserat en sladdlös version av dammsugaren – väl värd en titt.
MK|r|q|tredjepartsprodukt på rea|Vi rekommenderar att kombinera den med avkalkningsmedlet från KalkBort, som är på rea den här veckan.
MK|r|del|vardagligt, kika in i butiken|Glöm inte kika in i vår butik, vi har massa nya färger inne!
MK|p|purp|tre för två den här veckan|Bara den här veckan: köp två påslakanset och få det tredje på köpet.
OF|r|rude|svordom 'skiter i'|Ärligt talat skiter vi i vad du tycker om förpackningen.
OF|r|rude|förolämpning 'bara en idiot'|Bara en idiot sätter på vattenkokaren utan vatten, det står ju i bruksanvisningen.
OF|r|rude|hot om att lägga ut namn och adress|Fortsätter du så här lägger vi ut ditt namn och din adress på nätet.
OF|r|rude|nedlåtande 'lär dig läsa', gnälla|Lär dig läsa en bruksanvisning innan du kommer hit och gnäller.
OF|r|neg|förolämpning 'lögnare'|Du är en lögnare och det vet du mycket väl.
OF|r|rude|förtäckt hot 'vi vet var du bor'|Glöm inte att vi vet var du bor.
OF|r|rude|'håll käften'|Håll käften och sluta slösa på vår tid.
OF|r|rude|svordom 'jävla'|Vilken jävla tjatig kund du är.
OO|p|purp|svara STOPP|Vill du inte få fler meddelanden från oss? Svara bara STOPP.
OO|p|del|avregistrering efter neutral förfrågan|Vi blir glada för ett omdöme om den här beställningen. Du kan avregistrera dig från våra mejl genom att svara på det här meddelandet.
OO|p|purp|hantera inställningar eller avsluta prenumeration|Du kan när som helst hantera dina kommunikationsinställningar eller avsluta prenumerationen på våra meddelanden.
OO|r|del|erbjuder att ta bort från utskickslistan|Säg gärna till om vi ska ta bort dig från vår utskickslista.
OO|p|purp|fråga 'trött på mejl från oss?'|Trött på mejl från oss? Ett kort ”nej tack” räcker.
OO|p|del|sidfot 'du får det här meddelandet eftersom'|Tack på förhand för ditt omdöme. Du får det här meddelandet eftersom du har handlat hos oss; svara på mejlet om du vill avregistrera dig.
OO|p|purp|hänvisar till Amazons kommunikationsinställningar|Vill du inte få meddelanden från säljare kan du stänga av det i dina kommunikationsinställningar hos Amazon.
OO|r|fix|vardagligt 'så plockar vi bort dig'|Vill du inte ha fler mejl från oss så säg till så plockar vi bort dig.
UP|p|up|orderbekräftelse|Tack för din beställning! Vi har tagit emot den och förbereder den för leverans.
UP|p|up|leveransbesked med kollinummer|Ditt paket skickades i dag med PostNord, kollinumret är 00370123456789012345.
UP|p|up|bara tack|Vi ville bara tacka dig varmt för att du handlade hos oss.
UP|p|up|bara 'vi finns här för dig'|Har du frågor om produkten finns vi alltid här för dig.
UP|p|up|besked om slut i lager|Tyvärr är varan du beställt slut i lager just nu; vi väntar ny leverans om ungefär tre veckor.
UP|p|up|leveransbekräftelse|Enligt spårningen levererades ditt paket i dag. Hoppas du blir nöjd!
UP|p|up|utskick från lagret, informellt|Goda nyheter: din beställning lämnade vårt lager i morse och är hos dig inom 1–2 arbetsdagar.
UP|p|up|talspråk, bara tack|Tack igen för ditt köp, hoppas du får mycke glädje av den!
OK:rev|p|del|neutral förfrågan om omdöme, klassisk|Om du har en stund över uppskattar vi ditt omdöme om den här beställningen.
OK:rev|p|del|ärlig recension, oavsett innehåll|En ärlig recension, oavsett vad den säger, hjälper andra kunder att välja.
OK:rev|p|del|neutral fråga om ryggsäcken|Vill du berätta i en recension hur ryggsäcken fungerar för dig?
OK:rev|p|del|betygsätt säljaren under Mina beställningar|Vill du betygsätta oss som säljare kan du göra det under ”Mina beställningar”.
OK:rev|r|q|recensionsförfrågan i ett supportsvar|Och om du får tid längre fram är en recension av produkten alltid välkommen.
OK:rev|p|del|efter några veckor, när det passar|När stekpannan har använts några veckor vill vi gärna höra hur den fungerar – en recension är välkommen när det passar dig.||Vi hoppas att stekpannan redan kommit till användning i köket.
OK:rev|p|del|positiva som kritiska åsikter|Alla åsikter, positiva som kritiska, hjälper oss att bli bättre, så vi läser gärna din.
OK:rev|p|del|neutralt 'om du har lust'|Om du har lust får du gärna berätta i en recension hur fodralet funkar.
OK:upd|r|fix|kan uppdatera, helt upp till dig|Om du tycker att problemet är löst kan du uppdatera ditt omdöme om du vill – det är helt upp till dig.
OK:upd|r|fix|möjligt att ändra eller ta bort, ingen skyldighet|Det går att ändra eller ta bort det ursprungliga omdömet, men du har förstås ingen skyldighet att göra det.
OK:upd|r|fix|för kännedom: ändras inom 90 dagar|För kännedom: säljaromdömen kan ändras inom 90 dagar, om du någon gång skulle vilja.
OK:upd|r|fix|du bestämmer helt själv|Om du ändrar ditt betyg eller inte bestämmer du helt själv; för oss var det viktigaste att lösa problemet.
OK:upd|r|fix|omdömet står kvar|Ditt omdöme står kvar som det är, om du inte bestämmer något annat.
OK:upd|p|fix|proaktivt, uppdatera bara om du vill|Om du är nöjd med lösningen kan du uppdatera det omdöme du lämnade tidigare, men bara om du själv vill.
OK:upd|r|fix|du behöver inte|Har du ändrat uppfattning kan du redigera din recension när du vill – men du behöver inte.
OK:ref|r|prob|full återbetalning, behåll varan|Vi har betalat tillbaka hela beloppet på 349 kr; du behöver inte skicka tillbaka den trasiga varan.
OK:ref|r|prob|fraktkostnad tillbaka som ursäkt|Som ursäkt för besväret har vi betalat tillbaka fraktkostnaden.
OK:ref|r|prob|nytt exemplar utan kostnad|Ett nytt exemplar är på väg till dig utan kostnad och bör komma på torsdag.
OK:ref|p|prob|proaktiv ersättning efter fraktskada|Vi har redan skickat en ersättningsvara utan kostnad, du behöver inte göra något.||Transportören har meddelat oss att ditt paket skadades under frakten.
OK:ref|r|prob|välj: del eller delåterbetalning|Du väljer själv: vi skickar den saknade delen eller betalar tillbaka 60 kr och du behåller varan som den är.
OK:ref|r|prob|15 % tillbaka för en repa|För repan på locket har vi betalat tillbaka 15 % av priset.
OK:ref|r|neg|villkorslös återbetalning efter hot om dåligt betyg|Vi har betalat tillbaka hela beloppet, utan villkor, och vi beklagar verkligen att det blev fel.
OK:ref|r|prob|inte tillgodokvitto utan direkt återbetalning|I stället för ett tillgodokvitto som bara gäller hos oss har vi betalat tillbaka mellanskillnaden på 40 kr direkt.
OK:firm|r|rude|ber om respektfull ton|Vi förstår att du är irriterad, men vi ber dig hålla en respektfull ton så att vi kan hjälpa dig.
OK:firm|r|rude|vänligt nej av hygienskäl|Av hygienskäl kan vi tyvärr inte ta tillbaka ett använt madrasskydd; vi beklagar att vi inte kan ge ett annat svar.
OK:firm|r|rude|delar inte tonen men vill lösa|Även om vi inte delar tonen vill vi lösa problemet: kan du skicka en bild på sprickan?
OK:firm|r|rude|hot behövs inte, redan återbetalt|Hot behövs inte – återbetalningen gjordes redan i måndags och syns på ditt konto inom 3–5 bankdagar.
OK:firm|r|rude|går inte in på personliga kommentarer|Vi går inte in på personliga kommentarer, men vi går gärna igenom installationen steg för steg med dig igen.
OK:firm|r|rude|fakta från spårningen, utredning via Amazon|Enligt spårningen lämnades paketet hos ett ombud den 4 maj; om det inte finns där kan Amazon starta en utredning.
OK:firm|r|rude|ber om tålamod|Vi ber om lite tålamod: så snart lagret har kontrollerat varan hör vi av oss.
OK:info|r|q|'Fem Stjärnor' är ett serienamn|”Fem Stjärnor” är namnet på vår kuddserie, inte ett betyg eller en certifiering.|Är Fem Stjärnor någon certifiering?|Bra fråga.
OK:info|r|q|reapris förklarat|Vid din första beställning var varan på rea, därför betalade du mindre då.|Varför var det billigare förra gången?|Tack för frågan.
OK:info|r|q|kollektion och mått|Det här örngottet hör till kollektionen ”Skärgård” och passar kuddar på 50 × 60 cm.|Passar det en kudde på 50 × 70?|Bra att du frågar innan du öppnar.
OK:info|r|q|inga nyhetsbrev till Amazon-kunder|Vi skickar inga nyhetsbrev eller reklam till Amazon-kunder; du hör bara av oss om den här beställningen.|Kommer jag få reklam nu?|En rimlig fråga.
OK:info|r|q|tillverkarens app som produktfunktion|Vågen kopplas via Bluetooth till tillverkarens kostnadsfria app; stegen står på sidan 4 i manualen.|Behövs det en app?|Hjälper gärna till.
OK:info|r|q|energiklass förklarad|Energiklass A gäller eco-programmet; i snabbprogrammet är förbrukningen något högre.|Gäller klass A även snabbprogrammet?|Tack för frågan.
OK:info|r|q|vad andra recensioner nämner (doft)|I vissa recensioner nämns en svag doft vid uppackning; den brukar försvinna efter ett dygns vädring.|Mattan luktar lite, är det normalt?|Tråkigt med doften.
OK:info|r|q|stjärnbetyget räknas ut av Amazon|Stjärnbetyget på produktsidan räknas ut av Amazon; vi kan inte ändra eller ta bort det.|Varför bara 3,9 stjärnor?|Kul att din fungerar så bra.
OK:thx|p|none|tack + bekräfta gravyrtext|Tack för din beställning! Innan vi graverar, kan du bekräfta att texten ska vara ”För alltid, Elsa”?
OK:thx|p|none|tack + boka leveranstid för soffan|Tack för ditt köp; transportören behöver boka en tid för soffan – passar tisdag eller torsdag bäst?
OK:thx|p|none|tack + lägenhetsnummer saknas|Tack för din beställning. Lägenhetsnumret saknas i leveransadressen, kan du skicka det till oss?
OK:thx|p|none|tack + retur mottagen|Tack för att du skickade tillbaka paketet: det kom i dag och återbetalningen görs inom två arbetsdagar.
OK:thx|p|none|tack för tålamodet + strejk|Tack för ditt tålamod: på grund av en strejk meddelar transportören en försening, nytt beräknat leveransdatum är 14 maj.
OK:thx|p|none|tack + faktura med moms|Tack för ditt köp. Fakturan med moms som du bad om finns nu under ”Mina beställningar”.
OK:thx|p|none|tack + kontrollera bredd på måttbeställd gardin|Tack för att du valde en måttbeställd rullgardin – kan du dubbelkolla bredden 112,5 cm innan vi skär tyget i morgon?
OK:sat|r|del|'om något inte stämmer, svara'|Om något inte stämmer med lampan, svara bara på det här meddelandet så löser vi det.
OK:sat|r|fix|inte nöjd med reparationen, hör av dig|Är du inte helt nöjd med reparationen, hör av dig så hittar vi en annan lösning.
OK:sat|r|q|storleken passar inte, 30 dagars retur|Passar inte storleken kan du returnera den inom 30 dagar; vi hjälper gärna till med etiketten.
OK:sat|r|q|färgen blev inte som tänkt, säg till|Blev färgen inte som du tänkt när den väl sitter uppe? Säg till så ser vi vad vi kan göra.
OK:sat|p|purp|om något inte känns rätt, hör av dig|Om något med beställningen inte känns rätt, hör gärna av dig.
OK:sat|r|fix|samma fel, återbetalning|Skulle ersättningsvaran få samma fel, skriv direkt så betalar vi tillbaka.
OK:sat|r|del|passformen, byte|Inte nöjd med passformen? Kontakta oss så byter vi till en storlek större.
OK:legal|r|ret|ångerrätt 14 dagar och Amazon 30 dagar|Du har lagstadgad ångerrätt i 14 dagar, och Amazon tar emot returer i 30 dagar via ”Mina beställningar”.
OK:legal|r|ret|reklamation enligt konsumentköplagen|Eftersom varan är felaktig har du rätt att reklamera den enligt konsumentköplagen, och du kan välja reparation eller ny vara.
OK:legal|r|ret|personanpassat utan ångerrätt, reklamation gäller|Personanpassade varor omfattas inte av ångerrätten, men vid fel gäller förstås reklamationsrätten.
OK:legal|r|ret|tillverkarens garanti utöver lagen|Tillverkarens garanti gäller utöver dina lagstadgade rättigheter och begränsar dem inte.
OK:legal|r|ret|vem betalar returfrakten|Vid fel står vi för returfrakten; vid retur utan fel dras 49 kr av från återbetalningen.
OK:legal|r|ret|Amazons A-till-Ö-garanti|Du skyddas i vilket fall som helst av Amazons A-till-Ö-garanti; kommer paketet inte fram till fredag betalar vi tillbaka.
"""
