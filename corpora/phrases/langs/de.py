L = dict(
    tlds=["de", "de", "de", "de"],
    oid_prefix=["302", "303", "304", "305", "306", "028"],
    buyers=["Sabine", "Jürgen", "Katrin", "Lukas", "Annette", "Mehmet", "Julia", "Stefan", "Birgit", "Jonas",
            "Heike", "Florian", "Leonie"],
    agents=[("Sandra", "Lindenhof Wohnideen"), ("Timo", "Bergfalke Outdoor"), ("Melanie", "Kochwerk Manufaktur"),
            ("Dirk", "Werkstattprofi24"), ("Nina", "Fadenglück"), ("Paul", "Grünzeug & Co")],
    greet=["Hallo {b},", "Guten Tag {b},", "Guten Morgen {b},", "Hallo {b}!", "Moin {b},"],
    sign=["Viele Grüße\n{a}\n{s}", "Freundliche Grüße\n{a}\nIhr Team von {s}", "Beste Grüße\n{a} | {s}",
          "Herzliche Grüße aus der Werkstatt\n{a}\n{s}"],
    close=["Ein schönes Wochenende wünschen wir Ihnen.", "Danke für Ihre Geduld.", "Einen schönen Tag noch."],
    wrote="{b} schrieb:",
    re=["AW: ", "Re: ", "AW: "],
    subj_r=["Frage zu meiner Bestellung", "Anfrage von Amazon-Kunde {b} (Bestellung: {oid})", "Lieferung",
            "Problem mit dem Artikel", "Bestellung {oid}"],
    subj_up=["Ihre Bestellung {oid}", "Bestellung {oid}", "Danke! Bestellung {oid}", "Neuigkeiten zu Bestellung {oid}"],
    subj_none=["Ihre Bestellung {oid}", "Kurze Rückfrage zu Bestellung {oid}", "Bestellung {oid}"],
    ctx=dict(
        del_p=[("Ihre Bestellung {oid}", "Laut Sendungsverfolgung ist Ihr Paket am Dienstag angekommen."),
               ("Bestellung {oid} – kurze Nachfrage", "Ihre Bestellung ist vor ein paar Tagen bei Ihnen eingetroffen, und wir hoffen, alles kam heil an."),
               ("Wie gefällt Ihnen Ihr Einkauf? ({oid})", "Seit einer Woche ist Ihre Bestellung nun bei Ihnen."),
               ("Bestellung {oid}", "Wir hoffen, Ihr neuer Artikel ist schon fleißig im Einsatz.")],
        del_r=[("Paket ist heute angekommen, alles gut. Danke!", "Danke für die Rückmeldung, schön, dass alles angekommen ist."),
               ("Ist da, sieht super aus.", "Das freut uns zu hören."),
               ("Wollte nur sagen, dass die Lieferung heute früh kam.", "Danke für die Info – schön, dass es so schnell ging.")],
        fix_r=[("Der Ersatz kam gestern und funktioniert jetzt.", "Schön, dass das Ersatzgerät funktioniert."),
               ("Erstattung ist angekommen, danke.", "Danke für die Bestätigung der Erstattung."),
               ("Das fehlende Teil ist angekommen, danke.", "Gut, dass das fehlende Teil nun da ist.")],
        fix_p=[("Ihr Ersatzartikel zu Bestellung {oid}", "Laut Sendungsverfolgung wurde Ihr Ersatzartikel gestern zugestellt."),
               ("Bestellung {oid} – Erstattung abgeschlossen", "Ihre Erstattung über 32,00 € wurde am Montag veranlasst und sollte inzwischen auf Ihrem Konto sein.")],
        prob_r=[("Der Griff ist nach zwei Tagen abgebrochen.", "Es tut mir leid, dass der Griff so schnell abgebrochen ist, danke für das Foto."),
                ("Ein Glas kam zerbrochen an.", "Schade, dass eines der Gläser beim Transport zu Bruch gegangen ist."),
                ("Das Gerät lädt überhaupt nicht.", "Dass das Gerät nicht lädt, darf natürlich nicht sein."),
                ("Falsche Farbe geliefert, ich hatte Grau bestellt.", "Entschuldigen Sie bitte die falsche Farbe.")],
        prob_p=[("Lieferproblem bei Bestellung {oid}", "Der Paketdienst hat uns mitgeteilt, dass Ihre Sendung beschädigt wurde."),
                ("Bestellung {oid}: fehlendes Teil", "Beim Prüfen unserer Packlisten haben wir gesehen, dass die Wandhalterung nicht im Paket war.")],
        neg_r=[("Ich gebe 1 Stern, das Ding ist Schrott.", "Es tut uns leid, dass der Mixer Sie enttäuscht hat."),
               ("Habe schon eine negative Bewertung abgegeben. Nie wieder.", "Es tut uns leid, von Ihren Erfahrungen zu lesen."),
               ("Wenn das nicht gelöst wird, schreibe ich eine Rezension, die jeder sieht.", "Wir verstehen Ihren Ärger und möchten das lösen.")],
        neg_p=[("Ihr Feedback zu Bestellung {oid}", "Wir haben Ihr Feedback zu dieser Bestellung gelesen und bedauern die verspätete Lieferung."),
               ("Bestellung {oid} – Ihre Bewertung", "Wir haben Ihre Rezension zur Schreibtischlampe gelesen und Ihnen den Kaufpreis bereits vollständig erstattet.")],
        purp_p=[("Lieferverzögerung bei Bestellung {oid}", "Der Paketdienst meldet eine Verzögerung von zwei Tagen, neuer Liefertermin ist Donnerstag."),
                ("Ihre Rechnung zu Bestellung {oid}", "Wie gewünscht steht Ihre Rechnung jetzt unter „Meine Bestellungen“ zum Download bereit."),
                ("Rücksendung erhalten – Bestellung {oid}", "Ihre Rücksendung ist heute bei uns eingegangen, und die Erstattung ist veranlasst."),
                ("Gravurtext zu Bestellung {oid}", "Bevor wir mit der Gravur beginnen: Soll der Text „Alles Gute, Maxi“ lauten?"),
                ("Liefertermin für Ihren Schrank – Bestellung {oid}", "Unsere Spedition kann den Schrank am Dienstag oder Donnerstag liefern – was passt Ihnen besser?")],
        rude_r=[("SEIT DREI WOCHEN nichts. Ich will sofort mein Geld zurück!", "Wir haben Ihre Bestellung geprüft."),
                ("Ihr Produkt taugt nichts und Ihr Service ist ein Witz.", "Danke für Ihre Nachricht."),
                ("Sparen Sie sich die Ausreden und erstatten Sie endlich.", "Wir haben uns Ihre Bestellung angesehen.")],
        q_r=[("Darf der Deckel in die Spülmaschine?", "Ja, der Deckel ist spülmaschinengeeignet (oberer Korb)."),
             ("Passt das an ein 28-Zoll-Rad?", "Es passt an Räder von 26 bis 29 Zoll."),
             ("Ist ein Kabel dabei?", "Ja, ein USB-C-Kabel mit 1,5 m liegt bei.")],
        ret_r=[("Wie schicke ich das zurück? Ist zu klein.", "Schade, dass es zu klein ist."),
               ("Der Heizlüfter geht nach einem Monat nicht mehr. Welche Rechte habe ich?", "Es tut uns leid, dass der Heizlüfter ausgefallen ist."),
               ("Kann ich einen personalisierten Artikel zurückgeben?", "Danke, dass Sie vorher nachfragen.")],
    ),
)

L["items"] = r"""
RI|p|del|Gutschein gegen Screenshot der Bewertung|Schicken Sie uns einfach einen Screenshot Ihrer Bewertung, dann erhalten Sie von uns einen 10-€-Gutschein als kleines Dankeschön.
RI|r|prob|Erstattung erst nach veröffentlichter Rezension|Die Erstattung von 19,90 € veranlassen wir gern, sobald Ihre Rezension online ist.
RI|p|del|Du-Form, Gratis-Ersatzteil für eine Rezension|Wenn du uns eine Rezension schreibst, legen wir deiner nächsten Bestellung ein Ersatzmesser gratis bei.
RI|p|del|Verlosung unter allen Bewertenden|Unter allen Kundinnen und Kunden, die bis Monatsende eine Bewertung abgeben, verlosen wir drei Einkaufsgutscheine.
RI+FR|r|neg|Teilerstattung im Gegenzug für Löschung|Wir würden Ihnen 15 € zurückerstatten, wenn Sie im Gegenzug die negative Bewertung löschen.
RI|r|del|Euphemismus 'kleine Aufmerksamkeit' für die Meinung|Für Ihre ehrliche Meinung auf Amazon hätten wir auch eine kleine Aufmerksamkeit für Sie – melden Sie sich einfach, sobald die Bewertung steht.
RI+RM|p|del|Rabatt für eine 5-Sterne-Bewertung|Für eine 5-Sterne-Bewertung gibt es von uns 20 % Rabatt auf Ihren nächsten Einkauf.
RI|p|del|Tippfehler, künftige Vorteile für Bewertende|Kunden, die uns bewerten, bekommen künftig bevorzugt Zugang zu Neuheiten und exklusive Vorteile – wir würden uns freun!
RM|p|del|fünf Sterne direkt erbeten|Wenn alles gepasst hat, freuen wir uns riesig über fünf Sterne.
RM|p|del|Review-Gating: zufrieden bewerten, sonst zuerst melden|Sind Sie zufrieden, hinterlassen Sie gern eine Bewertung; falls nicht, melden Sie sich bitte zuerst bei uns, bevor Sie etwas schreiben.
RM|r|prob|Bitte um Verzicht auf schlechte Bewertung|Bitte sehen Sie von einer schlechten Bewertung ab, wir kümmern uns sofort darum.
RM|p|del|Inhaltsvorgaben für die Rezension|Es wäre toll, wenn Sie in Ihrer Rezension erwähnen, wie leise das Gerät ist und wie schnell der Versand ging.
RM|r|del|umgangssprachlich 'Daumen hoch', positive Bewertung|Freut uns, dass alles passt! Ein Daumen hoch in Form einer positiven Bewertung würde uns mega helfen.
RM|r|neg|Mitleid: negative Bewertung existenzbedrohend|Eine negative Bewertung kann für einen kleinen Händler wie uns existenzbedrohend sein – überlegen Sie es sich bitte noch einmal.
RM|p|del|Konjunktiv, positive Rezension nur bei Zufriedenheit|Sollten Sie mit dem Produkt zufrieden sein, würden wir uns über eine positive Rezension sehr freuen.
RM|p|del|Frageform 'volle Punktzahl verdient?'|Finden Sie, wir haben die volle Punktzahl verdient? Dann zeigen Sie es gern mit einer Top-Bewertung.
FR|r|fix|direkte Bitte um Entfernen|Da das Problem nun gelöst ist, möchten wir Sie bitten, Ihre negative Bewertung zu entfernen.
FR+RM|r|fix|Feedback in positive Bewertung ändern|Wäre es möglich, Ihr Feedback jetzt in eine positive Bewertung zu ändern?
FR|p|neg|nachdrückliche Erinnerung, Feedback zurückziehen|Wir möchten Sie nochmals daran erinnern, Ihr Verkäuferfeedback zurückzuziehen, da die Erstattung bereits erfolgt ist.
FR|r|neg|Druck: Verkäuferkonto gefährdet, noch heute|Ihre Bewertung gefährdet unser Verkäuferkonto, deshalb bitten wir Sie dringend, sie noch heute zu löschen.
FR|r|fix|indirekt 'bei Gelegenheit anpassen'|Vielleicht mögen Sie Ihre Rezension bei Gelegenheit anpassen, damit sie den aktuellen Stand widerspiegelt?
FR|p|fix|Klickanleitung zum Entfernen als Aufforderung|Zum Entfernen Ihres Feedbacks gehen Sie bitte auf „Meine Bestellungen“, wählen „Verkäufer bewerten“ und klicken auf „Entfernen“ – das dauert nur eine Minute.
FR+RM|r|fix|Du-Form, 'Sterne nachbessern'|Magst du deine zwei Sterne vielleicht noch nachbessern, jetzt wo alles läuft?
FR|p|neg|Passiv, 'sehr verbunden, wenn entfernt würde'|Wir wären Ihnen sehr verbunden, wenn die Bewertung vom 12. März entfernt werden könnte.
MK|p|purp|Sommerschlussverkauf angekündigt|Übrigens: Ab Freitag läuft unser Sommerschlussverkauf mit bis zu 30 % auf das gesamte Gartensortiment.
MK|r|q|Cross-Selling passende Tasche|Passend dazu haben wir jetzt auch die Aufbewahrungstasche im Sortiment – die lohnt sich wirklich.
MK|r|del|Gutscheincode ohne Anlass|Als kleines Willkommensgeschenk für Ihre nächste Bestellung: Mit dem Code HALLO10 sparen Sie 10 % auf alles.
MK|p|purp|Newsletter-Anmeldung|Melden Sie sich doch für unseren Newsletter an, dann erfahren Sie als Erste von neuen Kollektionen und Aktionen.
MK|p|purp|Produktneuheit vorgestellt|Ganz neu bei uns: die Thermoskanne mit 1,5 Litern – ideal für längere Touren.
MK|r|q|Empfehlung eines Drittprodukts im Angebot|Wir empfehlen dazu das Entkalkungsmittel von KalkFrei Pro, das es gerade im Angebot gibt.
MK|r|del|Tippfehler, im Shop stöbern|Schauen sie gerne mal in unserem Shop vorbei, da gibts noch viele andere schöne Sachen!
MK|p|purp|Mengenaktion 3 für 2, nur diese Woche|Nur diese Woche: Beim Kauf von zwei Kissenbezügen erhalten Sie den dritten gratis.
OF|r|rude|Vulgärausdruck 'Scheiß-Ton'|Ihr Scheiß-Ton geht uns gewaltig auf die Nerven.
OF|r|rude|Beleidigung 'Vollidiot'|Wer das Gerät ohne Wasser einschaltet, ist ein Vollidiot, das steht sogar in der Anleitung.
OF|r|rude|Drohung, Name und Adresse zu veröffentlichen|Wenn Sie so weitermachen, stellen wir Ihren Namen und Ihre Adresse öffentlich ins Netz.
OF|r|rude|herablassend 'erst mal lesen lernen'|Lernen Sie erst mal lesen, bevor Sie uns mit Ihrem Gejammer belästigen.
OF|r|neg|Beleidigung 'dreister Lügner'|Sie sind ein dreister Lügner, und das wissen Sie genau.
OF|r|rude|versteckte Drohung 'wir wissen, wo Sie wohnen'|Vergessen Sie nicht: Wir wissen, wo Sie wohnen.
OF|r|rude|Du-Form, 'Halt die Klappe'|Halt einfach die Klappe und lass uns in Ruhe.
OF|r|rude|Kleinschreibung, 'Dummheit'|Für ihre Dummheit können wir leider nichts.
OO|p|purp|Abmelden per Antwort|Wenn Sie keine weiteren Nachrichten von uns wünschen, antworten Sie einfach mit „Abmelden“.
OO|p|del|Abbestell-Hinweis nach neutraler Bitte|Über eine Bewertung würden wir uns freuen. Diese E-Mails können Sie jederzeit abbestellen, indem Sie uns kurz antworten.
OO|p|purp|Benachrichtigungseinstellungen ändern oder deaktivieren|Ihre Benachrichtigungseinstellungen können Sie jederzeit ändern oder den Empfang unserer Nachrichten ganz deaktivieren.
OO|r|del|Angebot, aus dem Verteiler auszutragen|Sagen Sie uns gern Bescheid, falls wir Sie aus unserem Verteiler austragen sollen.
OO|p|purp|Frage 'keine Lust mehr auf Post?' mit STOP|Keine Lust mehr auf Post von uns? Eine kurze Antwort mit „STOP“ genügt.
OO|p|del|Fußzeile 'Sie erhalten diese Nachricht, weil'|Wir freuen uns über Ihr Feedback zu dieser Bestellung. Sie erhalten diese Nachricht, weil Sie bei uns bestellt haben; zum Abmelden genügt eine kurze Antwort.
OO|p|purp|Verweis auf Amazon-Kommunikationseinstellungen|Falls Sie keine Verkäufernachrichten mehr erhalten möchten, können Sie diese in Ihren Amazon-Kommunikationseinstellungen abwählen.
OO|r|fix|umgangssprachlich, Kleinschreibung 'rausnehmen'|Falls sie keine mails mehr von uns wollen, kurze Info und wir nehmen sie raus.
UP|p|up|Bestellbestätigung|Vielen Dank für Ihre Bestellung – wir haben sie erhalten und bereiten den Versand vor.
UP|p|up|Versandbestätigung mit Sendungsnummer|Ihr Paket ist heute mit DHL unterwegs zu Ihnen, die Sendungsnummer lautet 00340434161234567890.
UP|p|up|reines Dankeschön|Wir möchten uns einfach ganz herzlich für Ihren Einkauf bei uns bedanken.
UP|p|up|nur 'wir sind für Sie da'|Bei Fragen rund um Ihren Artikel sind wir jederzeit gern für Sie da.
UP|p|up|Hinweis 'nicht auf Lager'|Leider ist der bestellte Artikel derzeit nicht auf Lager; wir rechnen mit neuer Ware in etwa zwei Wochen.
UP|p|up|Zustellbestätigung|Laut Sendungsverfolgung wurde Ihr Paket heute zugestellt – viel Freude damit!
UP|p|up|Versandinfo, umgangssprachlich|Ihre Ware hat heute Morgen unser Lager verlassen und ist in 1–2 Werktagen bei Ihnen.
UP|p|up|Tippfehler, Dank für das Vertrauen|Danke nochmal für ihr Vertrauen, wir wünschen viel spass mit dem neuen Artikel.
OK:rev|p|del|neutrale Feedbackbitte, klassisch|Wenn Sie einen Moment Zeit haben, freuen wir uns über Ihr Feedback zu dieser Bestellung.
OK:rev|p|del|ehrliche Meinung hilft anderen|Ihre ehrliche Meinung zum Produkt hilft anderen Kundinnen und Kunden bei der Entscheidung – wir würden uns über eine Rezension freuen.
OK:rev|p|del|Frageform, Lob oder Kritik|Hätten Sie Lust, Ihre Erfahrungen in einer Bewertung zu teilen? Ob Lob oder Kritik, wir lesen alles.
OK:rev|p|del|Verkäuferbewertung über Meine Bestellungen|Falls Sie uns als Verkäufer bewerten möchten, geht das ganz einfach über „Meine Bestellungen“.
OK:rev|r|q|Rezensionsbitte in einer Support-Antwort|Wenn Sie später Zeit finden, würden wir uns über eine kurze Rezension freuen.
OK:rev|p|del|nach Wochen im Einsatz, jederzeit willkommen|Nach ein paar Wochen im Einsatz interessiert uns sehr, wie sich die Pfanne bei Ihnen schlägt – eine Rezension ist jederzeit willkommen.||Wir hoffen, die Pfanne hat sich in Ihrer Küche gut eingelebt.
OK:rev|p|del|Du-Form, neutral 'wenn du magst'|Wenn du magst, erzähl anderen in einer Bewertung, wie du mit dem Rucksack zurechtkommst.
OK:rev|p|del|Bewertung ausdrücklich freiwillig|Eine Bewertung ist natürlich freiwillig, hilft uns aber, unser Angebot zu verbessern.
OK:upd|r|fix|Feedback aktualisieren, liegt ganz bei Ihnen|Falls Sie das Gefühl haben, dass wir Ihr Anliegen gelöst haben, können Sie Ihr Feedback aktualisieren – das liegt ganz bei Ihnen.
OK:upd|r|fix|bearbeiten oder entfernen möglich, keine Verpflichtung|Sie haben die Möglichkeit, Ihre ursprüngliche Bewertung zu bearbeiten oder zu entfernen, sind dazu aber in keiner Weise verpflichtet.
OK:upd|r|fix|Info: 90 Tage änderbar, ohne Druck|Nur zur Info: Verkäuferfeedback lässt sich innerhalb von 90 Tagen ändern, falls Sie das irgendwann möchten – ganz ohne Druck.
OK:upd|r|fix|Entscheidung allein beim Kunden|Ob Sie Ihre Bewertung anpassen oder nicht, entscheiden selbstverständlich allein Sie.
OK:upd|r|fix|Bewertung bleibt, wie sie ist|Ihre Bewertung bleibt, wie sie ist, sofern Sie nichts anderes entscheiden; uns war nur wichtig, die Sache in Ordnung zu bringen.
OK:upd|p|fix|proaktiv, Aktualisierung möglich, nur wenn gewünscht|Wenn Sie mit der Lösung zufrieden sind, ist es möglich, das ursprünglich abgegebene Feedback zu aktualisieren – aber nur, wenn Sie das möchten.
OK:upd|r|fix|Du-Form, bearbeiten möglich, musst du aber nicht|Wenn du deine Meinung geändert hast, kannst du deine Rezension jederzeit bearbeiten – musst du aber nicht.
OK:ref|r|prob|volle Erstattung, Artikel behalten|Wir haben Ihnen den vollen Kaufpreis von 34,99 € erstattet; den defekten Artikel müssen Sie nicht zurückschicken.
OK:ref|r|prob|Teilerstattung als Entschuldigung|Als Entschuldigung für die Unannehmlichkeiten haben wir Ihnen 20 % des Kaufpreises zurückerstattet.
OK:ref|r|prob|kostenloser Ersatz unterwegs|Ein kostenloser Ersatz ist bereits unterwegs und sollte am Donnerstag bei Ihnen sein.
OK:ref|p|prob|proaktiver Ersatz nach Transportschaden|Wir haben bereits kostenfrei Ersatz verschickt, Sie müssen nichts weiter tun.||Der Paketdienst hat uns mitgeteilt, dass Ihre Sendung beschädigt wurde.
OK:ref|r|prob|Wahl zwischen Ersatz und Teilerstattung|Sie können zwischen einem Ersatzgerät und einer Teilerstattung von 8 € wählen, wobei Sie den Artikel behalten.
OK:ref|r|prob|Rücksendekosten übernommen|Die Rücksendekosten übernehmen wir selbstverständlich ebenfalls.
OK:ref|r|neg|bedingungslose Erstattung nach angedrohter 1-Stern-Bewertung|Wir haben Ihnen den Betrag vollständig erstattet – unabhängig von allem anderen, und es tut uns leid, dass es nicht geklappt hat.
OK:ref|r|prob|statt Gutschein direkte Erstattung der Differenz|Statt eines Gutscheins, den Sie nur bei uns einlösen könnten, haben wir Ihnen die 5 € Differenz direkt erstattet.
OK:firm|r|rude|Bitte um sachlichen Ton|Wir verstehen Ihren Ärger, bitten Sie aber um einen sachlichen Ton, damit wir Ihnen helfen können.
OK:firm|r|rude|volle Erstattung abgelehnt, anteilig angeboten|Eine vollständige Erstattung ist leider nicht möglich, da der Artikel deutliche Gebrauchsspuren aufweist; eine anteilige Erstattung bieten wir Ihnen aber gern an.
OK:firm|r|rude|Ton nicht geteilt, trotzdem Lösung|Auch wenn wir den Ton nicht teilen, möchten wir das Problem lösen: Können Sie uns ein Foto der Bruchstelle schicken?
OK:firm|r|rude|Drohung sachlich beantwortet|Drohungen sind nicht nötig – die Erstattung wurde bereits am Montag veranlasst und ist in 3–5 Werktagen auf Ihrem Konto.
OK:firm|r|rude|keine persönlichen Vorwürfe, Hilfe angeboten|Auf persönliche Vorwürfe gehen wir nicht ein, helfen Ihnen aber gern nochmals bei der Einrichtung.
OK:firm|r|rude|Fakten zur Zustellung, Nachforschung über Amazon|Laut Sendungsverfolgung wurde das Paket am 4. Mai beim Nachbarn abgegeben; sollte es dort nicht sein, kann Amazon einen Nachforschungsauftrag starten.
OK:firm|r|rude|Bitte um Geduld, klarer Ablauf|Wir bitten um etwas Geduld; sobald die Ware in unserem Lager geprüft ist, melden wir uns mit einer Antwort.
OK:info|r|q|'Sternchen' im Produktnamen ist ein Muster, keine Bewertung|Das „Sternchen“ im Namen bezieht sich nur auf das Muster des Bettbezugs, nicht auf eine Bewertung oder Qualitätsstufe.|Ist „Sternchen Premium“ eine Qualitätsstufe?|Gute Frage.
OK:info|r|q|Aktionspreis erklärt|Sie haben damals zum Aktionspreis gekauft, deshalb war der Preis niedriger als bei Ihrer ersten Bestellung.|Warum war es letztes Mal billiger?|Danke für die Nachfrage.
OK:info|r|q|Kollektion erklärt Passform|Der Bezug gehört zur Kollektion „Nordlicht“ und passt auf Kissen mit 40 × 40 cm, nicht auf 50 × 50 cm.|Passt der Bezug auf ein 50er Kissen?|Danke, dass Sie vorher fragen.
OK:info|r|q|keine Newsletter an Amazon-Kunden|Wir verschicken an Amazon-Kunden keine Newsletter oder Werbung; Sie hören von uns nur zu dieser Bestellung.|Bekomme ich jetzt Werbung von Ihnen?|Eine berechtigte Frage.
OK:info|r|q|Hersteller-App als Produktfunktion|Die Waage lässt sich per Bluetooth mit der kostenlosen App des Herstellers verbinden; die Schritte stehen auf Seite 4 der Anleitung.|Braucht man dafür eine App?|Gern helfen wir weiter.
OK:info|r|q|Energieeffizienzklasse erklärt|Die Effizienzklasse A auf dem Label bezieht sich auf das Eco-Programm; im Schnellprogramm liegt der Verbrauch etwas höher.|Gilt die Klasse A auch im Schnellprogramm?|Danke für Ihre Frage.
OK:info|r|q|erwähnt, was andere Rezensionen sagen|Einige Rezensionen erwähnen anfangs einen leichten Geruch; nach einem Tag Lüften verschwindet er in der Regel.|Die Matte riecht etwas, ist das normal?|Das tut uns leid.
OK:info|r|q|Sternebewertung berechnet Amazon|Die Sternebewertung auf der Produktseite berechnet Amazon aus allen Rezensionen, wir können sie weder ändern noch löschen.|Warum hat das Produkt nur 3,8 Sterne? Meins ist super.|Schön, dass Sie zufrieden sind.
OK:thx|p|none|Dank + Bestätigung des Gravurtexts|Vielen Dank für Ihre Bestellung! Bevor wir die Gravur anfertigen, bestätigen Sie uns bitte, dass der Text „Für Oma Ilse“ lauten soll.
OK:thx|p|none|Dank + Liefertermin Spedition|Danke für Ihren Einkauf; für die Lieferung des Schranks benötigt die Spedition einen Termin – passt Ihnen Dienstag oder Donnerstag besser?
OK:thx|p|none|Dank + fehlende Hausnummer|Vielen Dank für Ihre Bestellung. In der Lieferadresse fehlt leider die Hausnummer – könnten Sie sie uns kurz mitteilen?
OK:thx|p|none|Dank + Rücksendung eingegangen|Danke für die Rücksendung – sie ist heute bei uns eingegangen, und die Erstattung folgt innerhalb von zwei Werktagen.
OK:thx|p|none|Dank für Geduld + Streik-Verzögerung|Danke für Ihre Geduld: Der Paketdienst meldet wegen eines Streiks eine Verzögerung, der neue voraussichtliche Liefertermin ist der 14. Mai.
OK:thx|p|none|Dank + Rechnung mit MwSt. verfügbar|Vielen Dank für Ihren Kauf. Die gewünschte Rechnung mit ausgewiesener Mehrwertsteuer finden Sie jetzt unter „Meine Bestellungen“.
OK:thx|p|none|Dank + Maßprüfung vor Zuschnitt|Danke, dass Sie sich für ein Rollo nach Maß entschieden haben – bitte prüfen Sie noch einmal die Breite von 112,5 cm, bevor wir morgen zuschneiden.
OK:sat|r|del|'sollte etwas nicht stimmen, antworten'|Sollte mit der Lampe etwas nicht stimmen, antworten Sie einfach auf diese Nachricht, dann kümmern wir uns darum.
OK:sat|r|fix|mit Reparatur nicht zufrieden, melden|Falls Sie mit der Reparatur nicht ganz zufrieden sind, melden Sie sich bitte, dann finden wir eine andere Lösung.
OK:sat|r|q|Größe passt nicht, 30 Tage Rückgabe|Wenn die Größe nicht passt, können Sie den Artikel innerhalb von 30 Tagen zurückgeben; bei Fragen zum Etikett helfen wir gern.
OK:sat|r|q|Farbe gefällt nicht, Bescheid geben|Gefällt Ihnen die Farbe an der Wand doch nicht? Geben Sie uns Bescheid, dann schauen wir, was wir tun können.
OK:sat|p|purp|Unzufriedenheit direkt sagen|Wenn Sie mit irgendetwas an der Bestellung unzufrieden sind, sagen Sie es uns bitte – wir helfen gern.
OK:sat|r|fix|gleicher Fehler, sofort schreiben|Sollte der Ersatz denselben Fehler zeigen, schreiben Sie uns sofort, dann erstatten wir Ihnen den Betrag.
OK:sat|r|del|Passform nicht zufrieden, Umtausch|Sind Sie mit der Passform nicht zufrieden, kontaktieren Sie uns, und wir tauschen gern in die nächste Größe um.
OK:legal|r|ret|Widerrufsrecht und Amazon-Rückgabefrist|Neben dem gesetzlichen Widerrufsrecht von 14 Tagen gilt bei Amazon eine Rückgabefrist von 30 Tagen; die Rücksendung starten Sie über „Meine Bestellungen“.
OK:legal|r|ret|gesetzliche Gewährleistung bei Defekt|Da das Gerät defekt ist, greift die gesetzliche Gewährleistung – Sie können zwischen Reparatur und Ersatz wählen.
OK:legal|r|ret|personalisierte Artikel, Gewährleistung bleibt|Personalisierte Artikel sind vom Widerruf ausgeschlossen, bei einem Mangel gilt aber selbstverständlich die Gewährleistung.
OK:legal|r|ret|Herstellergarantie zusätzlich zu Rechten|Die Herstellergarantie gilt zusätzlich zu Ihren gesetzlichen Rechten und schränkt diese nicht ein.
OK:legal|r|ret|wer trägt die Rücksendekosten|Bei Mängeln tragen wir die Rücksendekosten; bei einer Rückgabe ohne Mangel werden 4,90 € von der Erstattung abgezogen.
OK:legal|r|ret|A-bis-z-Garantie erklärt|Sie sind in jedem Fall durch die A-bis-z-Garantie geschützt; kommt das Paket bis Freitag nicht an, erstatten wir Ihnen den Betrag.
"""
