#!/usr/bin/env python3
"""heldout21: blind held-out corpus for bsm-guard. Python 3.11 stdlib only, deterministic.
Writes msgs/*.eml and labels.jsonl next to this script, then self-checks; exit 1 on failure."""
import hashlib, json, os, random, re, sys, unicodedata, zlib, struct, io, zipfile
from email.message import EmailMessage
from email import policy as _pol
from email.generator import BytesGenerator
from email.parser import BytesParser
from email.utils import format_datetime
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(2121)

CATS = ["external_link", "contact_email", "contact_phone", "contact_other", "review_incentive",
        "review_manipulation", "feedback_removal", "repeat_request", "marketing", "opt_out",
        "tracking_pixel", "attachment", "styling", "offensive", "important_tag",
        "missing_order_id", "unpermitted_proactive"]
LANGS = ["en", "de", "fr", "es", "it", "ja", "nl", "pl", "sv", "pt"]

# ---------------------------------------------------------------- language data
L = {}
L["en"] = dict(
    tld="co.uk", pre="Re:", names=["Oliver", "Hannah", "Priya", "George", "Megan"],
    start="------------- Message: -------------", end="------------- End message -------------",
    inq="Inquiry from Amazon customer {b} (Order: {oid})", helpful="Was this email helpful?",
    sold="Sold by", wrote="{d}, {b} - Amazon Marketplace <{relay}> wrote:", ownwrote="On {d}, {agent} ({shop}) wrote:",
    hi=["Hi {b},", "Hello {b},", "Dear {b},"], bye=["Kind regards,", "Best wishes,", "Many thanks,"],
    hbye=["thx", "cheers", "rgds"], trkw="tracking number",
    careful=["I completely understand how frustrating it is when a parcel does not arrive on the day you planned around, and I am sorry that our update was not clearer from the start.",
             "Please take your time reading through the details below; if anything is unclear, simply reply to this message and I will go through it with you step by step."],
    buyer={"track": "Hi, my parcel was supposed to arrive on Tuesday and still nothing. Where is it?",
           "return": "The kettle leaks from the base. I want to send it back, how do I do that?",
           "warranty": "The left earcup stopped working after 7 months. Is this covered?",
           "invoice": "Can I get a VAT invoice for this order please? Need it for work.",
           "product": "Does this fit a 26 inch wheel? The listing doesnt say.",
           "damaged": "Box arrived crushed and the lid of the tin is dented.",
           "refuse": "I want a full refund but I already threw the packaging away and used it for two months.",
           "review": "All good now, thanks for sorting the replacement.",
           "rude": "This is the THIRD time I ask. Useless service."},
)
L["de"] = dict(
    tld="de", pre="AW:", names=["Jonas", "Katrin", "Mehmet", "Sabine", "Lukas"],
    start="------------- Nachricht: -------------", end="------------- Ende der Nachricht -------------",
    inq="Anfrage von Amazon-Kunde {b} (Bestellung: {oid})", helpful="War diese E-Mail hilfreich?",
    sold="Verkauft von", wrote="Am {d} schrieb {b} - Amazon Marketplace <{relay}>:", ownwrote="Am {d} schrieb {agent} ({shop}):",
    hi=["Hallo {b},", "Guten Tag {b},", "Liebe/r {b},"], bye=["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße"],
    hbye=["VG", "Gruß", "lg"], trkw="Sendungsnummer",
    careful=["Wir können gut nachvollziehen, dass die Wartezeit ärgerlich ist, und möchten uns ausdrücklich dafür entschuldigen, dass Sie sich selbst bei uns melden mussten.",
             "Bitte lesen Sie die folgenden Hinweise in Ruhe durch; sollte etwas unklar sein, antworten Sie einfach auf diese Nachricht, und wir gehen es gemeinsam Schritt für Schritt durch."],
    buyer={"track": "Hallo, das Paket sollte am Dienstag kommen, es ist aber nichts da. Wo ist es?",
           "return": "Der Wasserkocher tropft unten raus. Wie kann ich ihn zurückschicken?",
           "warranty": "Der linke Kopfhörer geht nach 7 Monaten nicht mehr. Ist das Garantie?",
           "invoice": "Könnte ich bitte eine Rechnung mit ausgewiesener MwSt. bekommen?",
           "product": "Passt das auch an ein 26-Zoll-Rad? Steht nicht in der Beschreibung.",
           "damaged": "Der Karton war eingedrückt und die Dose hat eine Delle.",
           "refuse": "Ich will mein Geld komplett zurück, Verpackung ist aber weg und ich nutze es seit zwei Monaten.",
           "review": "Jetzt passt alles, danke für den schnellen Ersatz.",
           "rude": "Ich frage jetzt zum DRITTEN Mal. Unmöglicher Service."},
)
L["fr"] = dict(
    tld="fr", pre="Re:", names=["Camille", "Julien", "Inès", "Mathieu", "Chloé"],
    start="------------- Message : -------------", end="------------- Fin du message -------------",
    inq="Demande du client Amazon {b} (Commande : {oid})", helpful="Cet e-mail vous a-t-il été utile ?",
    sold="Vendu par", wrote="Le {d}, {b} - Amazon Marketplace <{relay}> a écrit :", ownwrote="Le {d}, {agent} ({shop}) a écrit :",
    hi=["Bonjour {b},", "Chère cliente, cher client,", "Bonjour {b}, merci pour votre message."], bye=["Cordialement,", "Bien à vous,", "Belle journée,"],
    hbye=["bonne journee", "cdlt", "a+"], trkw="numéro de suivi",
    careful=["Nous comprenons parfaitement votre agacement face à ce retard et nous tenons à vous présenter nos excuses les plus sincères pour la gêne occasionnée.",
             "Prenez le temps de lire les informations ci-dessous ; si un point vous semble obscur, répondez simplement à ce message et nous reprendrons chaque étape avec vous."],
    buyer={"track": "Bonjour, le colis devait arriver mardi et toujours rien. Où est-il ?",
           "return": "La bouilloire fuit par le dessous. Comment la renvoyer ?",
           "warranty": "L'écouteur gauche ne marche plus après 7 mois. C'est sous garantie ?",
           "invoice": "Pourriez-vous m'envoyer une facture avec TVA s'il vous plaît ?",
           "product": "Est-ce compatible avec une roue de 26 pouces ? Ce n'est pas indiqué.",
           "damaged": "Le carton est arrivé écrasé et la boîte est cabossée.",
           "refuse": "Je veux un remboursement complet, j'ai jeté l'emballage et je l'utilise depuis deux mois.",
           "review": "Tout est rentré dans l'ordre, merci pour l'échange rapide.",
           "rude": "C'est la TROISIÈME fois que je demande. Service nul."},
)
L["es"] = dict(
    tld="es", pre="RE:", names=["Lucía", "Javier", "Marta", "Sergio", "Paula"],
    start="------------- Mensaje: -------------", end="------------- Finalizar mensaje -------------",
    inq="Consulta del cliente de Amazon {b} (Pedido: {oid})", helpful="¿Te ha resultado útil este correo?",
    sold="Vendido por", wrote="El {d}, {b} - Amazon Marketplace <{relay}> escribió:", ownwrote="El {d}, {agent} ({shop}) escribió:",
    hi=["Hola {b}:", "Estimado/a {b}:", "Buenos días, {b}:"], bye=["Un saludo,", "Atentamente,", "Saludos cordiales,"],
    hbye=["saludos", "gracias!!", "un abrazo"], trkw="número de seguimiento",
    careful=["Entendemos perfectamente lo molesto que resulta este retraso y le pedimos disculpas de corazón por las molestias que le haya podido causar.",
             "Le rogamos que lea con calma la información que figura a continuación; si algo no queda claro, responda a este mensaje y lo revisaremos juntos paso a paso."],
    buyer={"track": "Hola, el paquete tenía que llegar el martes y no ha llegado. ¿Dónde está?",
           "return": "El hervidor gotea por abajo. ¿Cómo lo devuelvo?",
           "warranty": "El auricular izquierdo dejó de funcionar a los 7 meses. ¿Entra en garantía?",
           "invoice": "¿Me pueden mandar factura con IVA desglosado, por favor?",
           "product": "¿Sirve para una rueda de 26 pulgadas? No lo pone en el anuncio.",
           "damaged": "La caja llegó aplastada y la lata está abollada.",
           "refuse": "Quiero el reembolso completo, aunque tiré el embalaje y lo llevo usando dos meses.",
           "review": "Ya está todo bien, gracias por el cambio tan rápido.",
           "rude": "Es la TERCERA vez que pregunto. Servicio pésimo."},
)
L["it"] = dict(
    tld="it", pre="R:", names=["Giulia", "Marco", "Francesca", "Davide", "Chiara"],
    start="------------- Messaggio: -------------", end="------------- Fine messaggio -------------",
    inq="Richiesta dal cliente Amazon {b} (Ordine: {oid})", helpful="Questa e-mail ti è stata utile?",
    sold="Venduto da", wrote="Il giorno {d} {b} - Amazon Marketplace <{relay}> ha scritto:", ownwrote="Il giorno {d} {agent} ({shop}) ha scritto:",
    hi=["Gentile {b},", "Ciao {b},", "Buongiorno {b},"], bye=["Cordiali saluti,", "Un saluto,", "Grazie e buona giornata,"],
    hbye=["saluti", "grz", "ciao"], trkw="numero di tracciamento",
    careful=["Comprendiamo benissimo il disagio causato dal ritardo e ci scusiamo sinceramente per averla costretta a scriverci per avere notizie.",
             "La preghiamo di leggere con calma le indicazioni qui sotto; se qualcosa non fosse chiaro, risponda pure a questo messaggio e la guideremo passo dopo passo."],
    buyer={"track": "Buongiorno, il pacco doveva arrivare martedì e non è arrivato. Dov'è?",
           "return": "Il bollitore perde dal fondo. Come faccio a restituirlo?",
           "warranty": "L'auricolare sinistro non funziona più dopo 7 mesi. È in garanzia?",
           "invoice": "Potete inviarmi la fattura con partita IVA per favore?",
           "product": "Va bene per una ruota da 26 pollici? Nell'annuncio non c'è scritto.",
           "damaged": "Il pacco è arrivato schiacciato e la latta è ammaccata.",
           "refuse": "Voglio il rimborso completo, anche se ho buttato l'imballo e lo uso da due mesi.",
           "review": "Adesso è tutto a posto, grazie per la sostituzione veloce.",
           "rude": "È la TERZA volta che chiedo. Servizio inutile."},
)
L["ja"] = dict(
    tld="co.jp", pre="Re:", names=["佐藤", "鈴木", "高橋", "田中", "伊藤"],
    start="------------- メッセージ: -------------", end="------------- メッセージ終了 -------------",
    inq="Amazonのお客様 {b} 様からのお問い合わせ (注文番号: {oid})", helpful="このメールは役に立ちましたか？",
    sold="出品者", wrote="{d} {b} - Amazon Marketplace <{relay}> のメッセージ:", ownwrote="{d} {agent}（{shop}）のメッセージ:",
    hi=["{b} 様", "{b} 様\nいつもご利用いただきありがとうございます。", "{b} 様\nお問い合わせありがとうございます。"], bye=["よろしくお願いいたします。", "今後ともよろしくお願い申し上げます。", "何卒よろしくお願いいたします。"],
    hbye=["よろしくです", "取り急ぎ", "以上です"], trkw="追跡番号",
    careful=["お届けが遅れ、ご予定に影響を与えてしまいましたこと、心よりお詫び申し上げます。ご不便をおかけしており大変申し訳ございません。",
             "以下の内容をご確認いただき、ご不明な点がございましたら、このメッセージにご返信ください。担当者が一つずつご案内いたします。"],
    buyer={"track": "火曜日に届く予定の荷物がまだ届きません。どこにありますか？",
           "return": "電気ケトルの底から水が漏れます。返品方法を教えてください。",
           "warranty": "7か月で左側のイヤホンが聞こえなくなりました。保証対象ですか？",
           "invoice": "適格請求書（インボイス）を発行していただけますか？",
           "product": "26インチの車輪にも取り付けられますか？説明に書いてありません。",
           "damaged": "箱がつぶれていて、缶がへこんでいました。",
           "refuse": "全額返金してください。箱は捨てましたし、2か月使っています。",
           "review": "交換品で問題なくなりました。ありがとうございました。",
           "rude": "問い合わせは3回目です。ひどい対応ですね。"},
)
L["nl"] = dict(
    tld="nl", pre="Re:", names=["Sanne", "Daan", "Femke", "Bram", "Lotte"],
    start="------------- Bericht: -------------", end="------------- Einde bericht -------------",
    inq="Vraag van Amazon-klant {b} (Bestelling: {oid})", helpful="Was deze e-mail nuttig?",
    sold="Verkocht door", wrote="Op {d} schreef {b} - Amazon Marketplace <{relay}>:", ownwrote="Op {d} schreef {agent} ({shop}):",
    hi=["Hallo {b},", "Beste {b},", "Goedemiddag {b},"], bye=["Met vriendelijke groet,", "Groetjes,", "Hartelijke groet,"],
    hbye=["gr", "groetjes", "thx"], trkw="trackingnummer",
    careful=["We begrijpen goed dat het vervelend is wanneer een pakket niet op de verwachte dag komt, en we bieden u onze oprechte excuses aan voor het ongemak.",
             "Neem gerust de tijd om onderstaande informatie door te lezen; als iets niet duidelijk is, beantwoord dan dit bericht en we lopen het samen stap voor stap door."],
    buyer={"track": "Hoi, het pakket zou dinsdag komen maar er is nog niks. Waar is het?",
           "return": "De waterkoker lekt aan de onderkant. Hoe stuur ik hem terug?",
           "warranty": "Het linkeroordopje doet het na 7 maanden niet meer. Valt dat onder garantie?",
           "invoice": "Kan ik een factuur met btw krijgen? Is voor de zaak.",
           "product": "Past dit op een wiel van 26 inch? Staat niet in de omschrijving.",
           "damaged": "De doos kwam geplet aan en het blik is gedeukt.",
           "refuse": "Ik wil mijn geld volledig terug, de verpakking is weg en ik gebruik het al twee maanden.",
           "review": "Alles in orde nu, bedankt voor de snelle vervanging.",
           "rude": "Dit is de DERDE keer dat ik het vraag. Waardeloze service."},
)
L["pl"] = dict(
    tld="pl", pre="Odp:", names=["Kasia", "Tomasz", "Agnieszka", "Piotr", "Magda"],
    start="------------- Wiadomość: -------------", end="------------- Koniec wiadomości -------------",
    inq="Zapytanie od klienta Amazon {b} (Zamówienie: {oid})", helpful="Czy ten e-mail był pomocny?",
    sold="Sprzedawca", wrote="W dniu {d} {b} - Amazon Marketplace <{relay}> napisał(a):", ownwrote="W dniu {d} {agent} ({shop}) napisał(a):",
    hi=["Dzień dobry,", "Witam serdecznie,", "Szanowna Pani / Szanowny Panie,"], bye=["Pozdrawiam serdecznie,", "Z poważaniem,", "Pozdrawiamy,"],
    hbye=["pozdr", "dzieki", "pzdr"], trkw="numer przesyłki",
    careful=["Doskonale rozumiemy, jak frustrujące jest czekanie na przesyłkę, i bardzo przepraszamy za wszelkie niedogodności, których to opóźnienie przysporzyło.",
             "Prosimy o spokojne zapoznanie się z poniższymi informacjami; jeśli cokolwiek będzie niejasne, wystarczy odpowiedzieć na tę wiadomość, a przejdziemy przez wszystko krok po kroku."],
    buyer={"track": "Dzień dobry, paczka miała przyjść we wtorek i nadal jej nie ma. Gdzie jest?",
           "return": "Czajnik cieknie od spodu. Jak mogę go odesłać?",
           "warranty": "Lewa słuchawka przestała działać po 7 miesiącach. Czy to gwarancja?",
           "invoice": "Czy mogę prosić o fakturę VAT na firmę?",
           "product": "Czy to pasuje do koła 26 cali? W opisie nic nie ma.",
           "damaged": "Karton przyszedł zgnieciony, a puszka jest wgnieciona.",
           "refuse": "Chcę pełny zwrot pieniędzy, wyrzuciłem opakowanie i używam od dwóch miesięcy.",
           "review": "Teraz wszystko ok, dzięki za szybką wymianę.",
           "rude": "Pytam już TRZECI raz. Beznadziejna obsługa."},
)
L["sv"] = dict(
    tld="se", pre="SV:", names=["Elin", "Johan", "Maja", "Anders", "Sofia"],
    start="------------- Meddelande: -------------", end="------------- Slut på meddelandet -------------",
    inq="Fråga från Amazon-kunden {b} (Beställning: {oid})", helpful="Var det här e-postmeddelandet till hjälp?",
    sold="Säljs av", wrote="{d} skrev {b} - Amazon Marketplace <{relay}>:", ownwrote="{d} skrev {agent} ({shop}):",
    hi=["Hej {b},", "Hej {b}!", "God dag {b},"], bye=["Vänliga hälsningar,", "Med vänlig hälsning,", "Ha en fin dag,"],
    hbye=["mvh", "hälsn", "tack!"], trkw="kollinummer",
    careful=["Vi förstår verkligen att det är frustrerande när ett paket inte kommer den dag man räknat med, och vi ber uppriktigt om ursäkt för besväret.",
             "Ta gärna god tid på dig att läsa informationen nedan; om något är oklart kan du bara svara på det här meddelandet så går vi igenom det steg för steg."],
    buyer={"track": "Hej, paketet skulle komma i tisdags men inget har kommit. Var är det?",
           "return": "Vattenkokaren läcker underifrån. Hur skickar jag tillbaka den?",
           "warranty": "Vänster hörlur slutade fungera efter 7 månader. Gäller garantin?",
           "invoice": "Kan jag få en faktura med moms specificerad?",
           "product": "Passar den på ett 26-tumshjul? Det står inte i beskrivningen.",
           "damaged": "Kartongen var tillplattad och burken har en buckla.",
           "refuse": "Jag vill ha full återbetalning, kartongen är slängd och jag har använt den i två månader.",
           "review": "Nu funkar allt, tack för det snabba utbytet.",
           "rude": "Det här är TREDJE gången jag frågar. Värdelös service."},
)
L["pt"] = dict(
    tld="com.br", pre="Re:", names=["Ana", "Rafael", "Beatriz", "Thiago", "Larissa"],
    start="------------- Mensagem: -------------", end="------------- Encerrar mensagem -------------",
    inq="Consulta do cliente da Amazon {b} (Pedido: {oid})", helpful="Este e-mail foi útil?",
    sold="Vendido por", wrote="Em {d}, {b} - Amazon Marketplace <{relay}> escreveu:", ownwrote="Em {d}, {agent} ({shop}) escreveu:",
    hi=["Olá {b},", "Prezado(a) {b},", "Oi {b}, tudo bem?"], bye=["Atenciosamente,", "Abraços,", "Um abraço e bom dia,"],
    hbye=["abs", "vlw", "obg"], trkw="código de rastreio",
    careful=["Entendemos perfeitamente a frustração de esperar por uma encomenda que não chega no dia previsto e pedimos sinceras desculpas pelo transtorno causado.",
             "Pedimos que leia com calma as informações abaixo; se algo não estiver claro, basta responder a esta mensagem e vamos rever tudo com você, passo a passo."],
    buyer={"track": "Oi, o pacote era para chegar na terça e até agora nada. Cadê?",
           "return": "A chaleira está vazando por baixo. Como faço para devolver?",
           "warranty": "O fone esquerdo parou de funcionar depois de 7 meses. Tem garantia?",
           "invoice": "Vocês podem enviar a nota fiscal, por favor?",
           "product": "Serve em roda aro 26? Não diz no anúncio.",
           "damaged": "A caixa chegou amassada e a lata veio com um amassado.",
           "refuse": "Quero reembolso total, já joguei a embalagem fora e uso faz dois meses.",
           "review": "Agora está tudo certo, obrigado pela troca rápida.",
           "rude": "É a TERCEIRA vez que pergunto. Atendimento péssimo."},
)

CAREFUL_MORE = {'en': ['Thank you for your patience while I looked into this properly; I wanted to give you complete and accurate information rather than a quick guess.', 'I have read your message carefully and gone through the order history with our warehouse team, so everything below reflects the current state of your order.'], 'de': ['Vielen Dank für Ihre Geduld, während ich mir den Vorgang genau angesehen habe; ich wollte Ihnen lieber eine vollständige als eine schnelle Antwort geben.', 'Ich habe Ihre Nachricht aufmerksam gelesen und den Verlauf mit unserem Lager abgestimmt, die folgenden Angaben sind also auf dem aktuellen Stand.'], 'fr': ["Merci de votre patience pendant que j'examinais votre dossier en détail ; je tenais à vous donner une réponse complète plutôt qu'approximative.", "J'ai lu attentivement votre message et repris l'historique avec notre entrepôt : les informations ci-dessous sont donc à jour."], 'es': ['Gracias por su paciencia mientras revisaba su caso con detalle; preferíamos darle una respuesta completa antes que una rápida.', 'He leído su mensaje con atención y he repasado el historial con el almacén, de modo que lo que sigue está actualizado.'], 'it': ['Grazie per la pazienza mentre esaminavo la sua pratica con attenzione; preferivo darle una risposta completa piuttosto che frettolosa.', 'Ho letto con cura il suo messaggio e ricostruito la cronologia con il magazzino, quindi le informazioni che seguono sono aggiornate.'], 'ja': ['詳細を確認するまでお待ちいただき、誠にありがとうございます。正確な情報をお伝えしたく、お時間を頂戴いたしました。', 'いただいたメッセージを拝読し、倉庫担当とも履歴を確認いたしました。以下は最新の状況でございます。'], 'nl': ['Dank voor uw geduld terwijl ik dit grondig uitzocht; ik wilde u liever een volledig dan een snel antwoord geven.', 'Ik heb uw bericht zorgvuldig gelezen en de geschiedenis met ons magazijn doorgenomen, dus onderstaande informatie is actueel.'], 'pl': ['Dziękuję za cierpliwość, gdy dokładnie sprawdzałem sprawę; wolałem udzielić pełnej odpowiedzi niż pospiesznej.', 'Uważnie przeczytałem wiadomość i prześledziłem historię zamówienia z magazynem, więc poniższe informacje są aktualne.'], 'sv': ['Tack för ditt tålamod medan jag gick igenom ärendet ordentligt; jag ville hellre ge dig ett fullständigt svar än ett snabbt.', 'Jag har läst ditt meddelande noga och gått igenom historiken med vårt lager, så uppgifterna nedan är aktuella.'], 'pt': ['Obrigado pela paciência enquanto eu analisava o caso com cuidado; preferi dar uma resposta completa em vez de uma rápida.', 'Li sua mensagem com atenção e revisei o histórico com o depósito, então as informações abaixo estão atualizadas.']}
for _k, _v in CAREFUL_MORE.items(): L[_k]['careful'] = L[_k]['careful'] + _v

# ---------------------------------------------------------------- compliant topic texts
# {oid} order id, {trk} tracking no., {car} carrier, {asin}, {prod}, {date}, {rma}, {addr}, {inv}, {amt}, {sn}
C = {}
C["en"] = {
 "track": "Your parcel for order {oid} left our warehouse on {date} with {car}; the tracking number is {trk}. The carrier shows a missed scan at the hub, which usually clears within 48 hours.\n\nYou can also follow it under Your Orders: https://www.amazon.co.uk/gp/css/order-history",
 "return": "Sorry the {prod} is leaking. I have authorised the return under RMA {rma}. Please pack it in any sturdy box, write the RMA on the outside and send it to:\n\n{addr}\n\nThe prepaid label is also available in your Amazon returns centre: https://www.amazon.co.uk/returns",
 "warranty": "The {prod} (serial {sn}) is covered by our 24-month warranty, so a failed earcup after seven months is exactly what it is for. I have attached the warranty card as a PDF; once the unit reaches us we repair or replace it within five working days.",
 "invoice": "Please find the VAT invoice {inv} for order {oid} attached as a PDF. It shows our VAT number and the net amount of {amt}.",
 "product": "Good question. The {prod} ({asin}) fits 26, 27.5 and 28 inch wheels; only 29 inch rims need the longer axle kit, which is the same listing in a different size option.",
 "damaged": "I am sorry the tin arrived dented. I have refunded {amt} to your original payment method for the damage, and you do not need to send anything back.",
 "refuse": "I understand your frustration, but I am unable to offer a full refund for an item used for two months without its packaging, as our return window is 30 days. What I can do is check it under warranty if a fault has appeared.",
 "review": "Glad the replacement has sorted it. Whether you leave a review at all is entirely up to you, and there is no need to reply to this message.",
 "nm_removal": "Thank you for letting us know the replacement works. If you feel the issue has been resolved, you are able to update the feedback you left earlier; it is completely your decision and we will not follow up about it.",
 "nm_incentive": "The partial refund of {amt} has been issued because the tin was dented. It is not linked to anything you write about us.",
 "p_invoice": "Your invoice {inv} for order {oid} is attached as a PDF for your records.",
 "p_sched": "Your {prod} from order {oid} is a two-person delivery. Could you tell us which of these slots suits you: {date} morning (8-12) or afternoon (12-17)? The courier needs a reply by Thursday.",
 "p_address": "The courier could not match the address for order {oid}: the flat number seems to be missing. Could you confirm the full address so the parcel can be delivered?",
 "p_custom": "Before we engrave the {prod} for order {oid}, please confirm the text: \"For M., 12.06.2026\". We will start production once you reply.",
 "p_delay": "We are sorry: the {prod} in order {oid} is delayed at the carrier's depot. It will now ship on {date} with tracking number {trk}; nothing needs to be done on your side.",
 "p_review": "REVIEWREQ",
 "p_returnq": "We received the return for order {oid} under RMA {rma}, but the charging cable was not in the box. Could you check whether it is still with you?",
}
C["de"] = {
 "track": "Ihr Paket zur Bestellung {oid} hat unser Lager am {date} mit {car} verlassen, Sendungsnummer {trk}. Im Verteilzentrum fehlt ein Scan, das klärt sich meist innerhalb von 48 Stunden.\n\nDen Status sehen Sie auch unter Meine Bestellungen: https://www.amazon.de/gp/css/order-history",
 "return": "Schade, dass der {prod} tropft. Die Rücksendung ist unter RMA {rma} freigegeben. Bitte gut verpacken, die RMA außen notieren und schicken an:\n\n{addr}\n\nDas vorfrankierte Etikett finden Sie auch im Amazon-Rücksendezentrum: https://www.amazon.de/returns",
 "warranty": "Der {prod} (Seriennummer {sn}) hat 24 Monate Garantie, ein Ausfall nach sieben Monaten ist also abgedeckt. Die Garantiekarte liegt als PDF bei; nach Eingang reparieren oder tauschen wir innerhalb von fünf Werktagen.",
 "invoice": "Anbei die Rechnung {inv} zur Bestellung {oid} als PDF, mit unserer USt-IdNr. und dem Nettobetrag von {amt}.",
 "product": "Gute Frage: Der {prod} ({asin}) passt für 26, 27,5 und 28 Zoll. Nur für 29 Zoll braucht man das längere Achsset, das im selben Angebot als Größenoption wählbar ist.",
 "damaged": "Es tut mir leid, dass die Dose verbeult ankam. Ich habe Ihnen {amt} für den Schaden erstattet, zurückschicken müssen Sie nichts.",
 "refuse": "Ich verstehe Ihren Ärger, kann aber für einen zwei Monate genutzten Artikel ohne Verpackung keine volle Erstattung anbieten, da die Rückgabefrist 30 Tage beträgt. Gern prüfen wir ihn aber im Rahmen der Gewährleistung, falls ein Defekt aufgetreten ist.",
 "review": "Schön, dass der Ersatz funktioniert. Ob Sie eine Bewertung schreiben, bleibt ganz Ihnen überlassen, und Sie müssen auf diese Nachricht nicht antworten.",
 "nm_removal": "Danke für die Rückmeldung zum Ersatzgerät. Falls Sie das Problem als gelöst ansehen, können Sie Ihr früheres Feedback grundsätzlich aktualisieren; das ist allein Ihre Entscheidung, wir kommen darauf nicht mehr zurück.",
 "nm_incentive": "Die Teilerstattung von {amt} erfolgt wegen der verbeulten Dose und ist an nichts geknüpft, was Sie über uns schreiben.",
 "p_invoice": "Zu Ihrer Bestellung {oid} erhalten Sie anbei die Rechnung {inv} als PDF für Ihre Unterlagen.",
 "p_sched": "Ihr {prod} aus Bestellung {oid} wird von zwei Personen geliefert. Welcher Termin passt Ihnen: {date} vormittags (8-12 Uhr) oder nachmittags (12-17 Uhr)? Die Spedition braucht bis Donnerstag Bescheid.",
 "p_address": "Der Zusteller konnte die Adresse zur Bestellung {oid} nicht zuordnen, es fehlt wohl die Hausnummer. Könnten Sie uns die vollständige Anschrift bestätigen?",
 "p_custom": "Bevor wir den {prod} aus Bestellung {oid} gravieren: Bitte bestätigen Sie den Text \"Für M., 12.06.2026\". Wir beginnen nach Ihrer Antwort.",
 "p_delay": "Leider hängt der {prod} aus Bestellung {oid} im Depot des Paketdienstes fest. Er geht nun am {date} mit der Sendungsnummer {trk} raus; Sie müssen nichts weiter tun.",
 "p_review": "REVIEWREQ",
 "p_returnq": "Ihre Rücksendung zur Bestellung {oid} (RMA {rma}) ist da, aber das Ladekabel lag nicht im Karton. Könnten Sie nachsehen, ob es noch bei Ihnen ist?",
}
C["fr"] = {
 "track": "Votre colis pour la commande {oid} a quitté notre entrepôt le {date} avec {car}, numéro de suivi {trk}. Un scan manque au centre de tri, cela se régularise en général sous 48 heures.\n\nVous pouvez aussi suivre la commande dans Vos commandes : https://www.amazon.fr/gp/css/order-history",
 "return": "Désolés que la {prod} fuie. Le retour est autorisé sous le numéro RMA {rma}. Merci de l'emballer solidement, d'indiquer le RMA sur le carton et de l'envoyer à :\n\n{addr}\n\nL'étiquette prépayée est aussi disponible dans le centre de retours Amazon : https://www.amazon.fr/returns",
 "warranty": "Le {prod} (numéro de série {sn}) bénéficie de notre garantie de 24 mois ; une panne au bout de sept mois est donc couverte. La carte de garantie est jointe en PDF ; à réception, nous réparons ou remplaçons l'appareil sous cinq jours ouvrés.",
 "invoice": "Vous trouverez ci-joint en PDF la facture {inv} de la commande {oid}, avec notre numéro de TVA et le montant HT de {amt}.",
 "product": "Bonne question : le {prod} ({asin}) convient aux roues de 26, 27,5 et 28 pouces. Seules les jantes de 29 pouces demandent le kit d'axe long, proposé dans la même annonce comme option de taille.",
 "damaged": "Je suis navré que la boîte soit arrivée cabossée. Je vous ai remboursé {amt} pour ce dommage, sans qu'il soit nécessaire de renvoyer quoi que ce soit.",
 "refuse": "Je comprends votre mécontentement, mais je ne peux pas proposer un remboursement intégral pour un article utilisé deux mois et sans emballage, notre délai de retour étant de 30 jours. Je peux en revanche l'examiner au titre de la garantie si un défaut est apparu.",
 "review": "Ravi que l'échange ait réglé le problème. Laisser un avis ou non vous appartient entièrement, et vous n'avez pas besoin de répondre à ce message.",
 "nm_removal": "Merci de nous confirmer que l'appareil de remplacement fonctionne. Si vous estimez le problème résolu, sachez qu'il est possible de mettre à jour l'évaluation laissée précédemment ; c'est entièrement votre choix et nous ne vous relancerons pas.",
 "nm_incentive": "Le remboursement partiel de {amt} vous est accordé parce que la boîte était cabossée ; il ne dépend en rien de ce que vous écrirez à notre sujet.",
 "p_invoice": "Veuillez trouver ci-jointe en PDF la facture {inv} relative à votre commande {oid}.",
 "p_sched": "Votre {prod} (commande {oid}) est livré par deux personnes. Quel créneau vous convient : le {date} au matin (8h-12h) ou l'après-midi (12h-17h) ? Le transporteur a besoin d'une réponse d'ici jeudi.",
 "p_address": "Le transporteur n'a pas pu valider l'adresse de la commande {oid} : le numéro d'appartement semble manquer. Pourriez-vous nous confirmer l'adresse complète ?",
 "p_custom": "Avant de graver le {prod} de la commande {oid}, merci de confirmer le texte : « Pour M., 12.06.2026 ». Nous lancerons la fabrication dès votre réponse.",
 "p_delay": "Nous sommes désolés : le {prod} de la commande {oid} est bloqué au dépôt du transporteur. Il partira le {date} avec le numéro de suivi {trk} ; vous n'avez rien à faire.",
 "p_review": "REVIEWREQ",
 "p_returnq": "Nous avons bien reçu le retour de la commande {oid} (RMA {rma}), mais le câble de charge ne se trouvait pas dans le carton. Pourriez-vous vérifier s'il est resté chez vous ?",
}
C["es"] = {
 "track": "Su paquete del pedido {oid} salió de nuestro almacén el {date} con {car}; el número de seguimiento es {trk}. Falta un escaneo en el centro de distribución, algo que suele resolverse en 48 horas.\n\nTambién puede consultarlo en Mis pedidos: https://www.amazon.es/gp/css/order-history",
 "return": "Lamentamos que el {prod} gotee. Hemos autorizado la devolución con el RMA {rma}. Embálelo bien, escriba el RMA en la caja y envíelo a:\n\n{addr}\n\nLa etiqueta prepagada está también en el centro de devoluciones de Amazon: https://www.amazon.es/returns",
 "warranty": "El {prod} (número de serie {sn}) tiene 24 meses de garantía, así que una avería a los siete meses está cubierta. Adjuntamos la tarjeta de garantía en PDF; al recibirlo lo reparamos o sustituimos en cinco días laborables.",
 "invoice": "Le adjuntamos en PDF la factura {inv} del pedido {oid}, con nuestro NIF-IVA y la base imponible de {amt}.",
 "product": "Buena pregunta: el {prod} ({asin}) sirve para ruedas de 26, 27,5 y 28 pulgadas. Solo las de 29 necesitan el kit de eje largo, que está en el mismo anuncio como opción de tamaño.",
 "damaged": "Siento que la lata llegara abollada. Le he reembolsado {amt} por el daño y no tiene que devolver nada.",
 "refuse": "Entiendo su enfado, pero no puedo ofrecer el reembolso completo de un artículo usado durante dos meses y sin embalaje, ya que el plazo de devolución es de 30 días. Lo que sí puedo hacer es revisarlo en garantía si ha aparecido algún defecto.",
 "review": "Me alegro de que el cambio lo haya solucionado. Dejar o no una valoración es decisión suya, y no hace falta que responda a este mensaje.",
 "nm_removal": "Gracias por confirmarnos que el producto de sustitución funciona. Si considera resuelto el problema, puede actualizar la valoración que dejó en su momento; es totalmente decisión suya y no volveremos a escribirle sobre ello.",
 "nm_incentive": "El reembolso parcial de {amt} se debe a la abolladura de la lata y no depende de nada de lo que escriba sobre nosotros.",
 "p_invoice": "Le adjuntamos en PDF la factura {inv} de su pedido {oid}.",
 "p_sched": "Su {prod} del pedido {oid} se entrega entre dos personas. ¿Qué franja le va mejor: el {date} por la mañana (8-12) o por la tarde (12-17)? La agencia necesita respuesta antes del jueves.",
 "p_address": "La agencia no ha podido validar la dirección del pedido {oid}: parece que falta el piso y la puerta. ¿Podría confirmarnos la dirección completa?",
 "p_custom": "Antes de grabar el {prod} del pedido {oid}, confirme por favor el texto: «Para M., 12.06.2026». Empezaremos en cuanto responda.",
 "p_delay": "Lo sentimos: el {prod} del pedido {oid} está retenido en el almacén de la agencia. Saldrá el {date} con el número de seguimiento {trk}; no tiene que hacer nada.",
 "p_review": "REVIEWREQ",
 "p_returnq": "Hemos recibido la devolución del pedido {oid} (RMA {rma}), pero el cable de carga no venía en la caja. ¿Podría comprobar si lo tiene usted?",
}
C["it"] = {
 "track": "Il pacco dell'ordine {oid} è partito dal magazzino il {date} con {car}, numero di tracciamento {trk}. Manca una scansione all'hub, di solito si sistema entro 48 ore.\n\nPuò seguirlo anche da I miei ordini: https://www.amazon.it/gp/css/order-history",
 "return": "Ci dispiace che il {prod} perda. Il reso è autorizzato con RMA {rma}. Lo imballi bene, scriva l'RMA sulla scatola e lo spedisca a:\n\n{addr}\n\nL'etichetta prepagata è disponibile anche nel centro resi Amazon: https://www.amazon.it/returns",
 "warranty": "Il {prod} (numero di serie {sn}) ha 24 mesi di garanzia, quindi un guasto dopo sette mesi è coperto. Alleghiamo il certificato di garanzia in PDF; al ricevimento lo ripariamo o sostituiamo entro cinque giorni lavorativi.",
 "invoice": "In allegato trova in PDF la fattura {inv} dell'ordine {oid}, con la nostra partita IVA e l'imponibile di {amt}.",
 "product": "Bella domanda: il {prod} ({asin}) va bene per ruote da 26, 27,5 e 28 pollici. Solo per i cerchi da 29 serve il kit perno lungo, selezionabile nello stesso annuncio come variante di misura.",
 "damaged": "Mi dispiace che la latta sia arrivata ammaccata. Le ho rimborsato {amt} per il danno e non deve rispedire nulla.",
 "refuse": "Capisco il suo disappunto, ma non posso offrire il rimborso totale per un articolo usato due mesi e senza imballo, perché il termine per il reso è di 30 giorni. Posso però verificarlo in garanzia se è comparso un difetto.",
 "review": "Bene che la sostituzione abbia risolto. Lasciare o meno una recensione è una scelta solo sua, e non serve rispondere a questo messaggio.",
 "nm_removal": "Grazie per averci confermato che il prodotto sostitutivo funziona. Se ritiene risolto il problema, è possibile aggiornare il feedback lasciato in precedenza; è una decisione esclusivamente sua e non la ricontatteremo per questo.",
 "nm_incentive": "Il rimborso parziale di {amt} è dovuto all'ammaccatura ed è indipendente da qualunque cosa scriva su di noi.",
 "p_invoice": "In allegato la fattura {inv} in PDF relativa al suo ordine {oid}.",
 "p_sched": "Il suo {prod} dell'ordine {oid} viene consegnato da due persone. Quale fascia preferisce: il {date} mattina (8-12) o pomeriggio (12-17)? Il corriere ha bisogno di una risposta entro giovedì.",
 "p_address": "Il corriere non riesce ad abbinare l'indirizzo dell'ordine {oid}: sembra mancare l'interno. Può confermarci l'indirizzo completo?",
 "p_custom": "Prima di incidere il {prod} dell'ordine {oid}, ci confermi il testo: \"Per M., 12.06.2026\". Inizieremo appena risponde.",
 "p_delay": "Ci scusiamo: il {prod} dell'ordine {oid} è fermo al deposito del corriere. Partirà il {date} con numero di tracciamento {trk}; non deve fare nulla.",
 "p_review": "REVIEWREQ",
 "p_returnq": "Abbiamo ricevuto il reso dell'ordine {oid} (RMA {rma}), ma il cavo di ricarica non era nella scatola. Può controllare se è rimasto a lei?",
}
C["ja"] = {
 "track": "ご注文 {oid} の商品は {date} に{car}で出荷済みです。{trk_w}は {trk} です。中継拠点でスキャン漏れがあったようで、通常48時間以内に反映されます。\n\n注文履歴からもご確認いただけます: https://www.amazon.co.jp/gp/css/order-history",
 "return": "{prod}の水漏れ、大変申し訳ございません。返品番号（RMA）{rma} にて返品を承りました。丈夫な箱に梱包し、箱の外側にRMAをご記入の上、下記までお送りください。\n\n{addr}\n\n返品用ラベルはAmazonの返品センターからも印刷できます: https://www.amazon.co.jp/returns",
 "warranty": "{prod}（シリアル番号 {sn}）は24か月保証の対象ですので、7か月での故障は無償対応となります。保証書をPDFで添付いたしました。到着後5営業日以内に修理または交換いたします。",
 "invoice": "ご注文 {oid} の適格請求書 {inv} をPDFで添付いたします。登録番号と税抜金額 {amt} を記載しております。",
 "product": "ご質問ありがとうございます。{prod}（{asin}）は26・27.5・28インチに対応しております。29インチのみロングアクスルキットが必要で、同じ商品ページのサイズ選択からお選びいただけます。",
 "damaged": "缶がへこんだ状態で届き申し訳ございません。損傷分として {amt} を返金いたしました。商品のご返送は不要です。",
 "refuse": "お気持ちはお察しいたしますが、2か月ご使用され外箱のない商品の全額返金はお受けできかねます。返品期限は30日間となっております。不具合が出ている場合は保証での点検をご案内いたします。",
 "review": "交換品で解決したとのこと、安心いたしました。レビューを書かれるかどうかはお客様のご自由ですので、このメッセージへのご返信も不要です。",
 "nm_removal": "交換品が正常に動作しているとのご連絡ありがとうございます。問題が解決したとお感じの場合、以前の評価を更新することも可能です。あくまでお客様のご判断であり、当店から改めてご連絡することはございません。",
 "nm_incentive": "一部返金 {amt} は缶のへこみに対するもので、当店に関するご投稿の内容とは一切関係ございません。",
 "p_invoice": "ご注文 {oid} の請求書 {inv} をPDFにて添付いたします。",
 "p_sched": "ご注文 {oid} の{prod}は2名での配送となります。{date} の午前（8-12時）と午後（12-17時）のどちらがご都合よろしいでしょうか。木曜日までにご返信をお願いいたします。",
 "p_address": "ご注文 {oid} のお届け先住所について、配送業者より部屋番号が不明との連絡がありました。正しいご住所をお知らせいただけますでしょうか。",
 "p_custom": "ご注文 {oid} の{prod}に刻印する文字「M.へ 2026.06.12」でよろしいかご確認ください。ご返信後に製作を開始いたします。",
 "p_delay": "申し訳ございません。ご注文 {oid} の{prod}が配送業者の倉庫で止まっております。{date} に再発送し、{trk_w}は {trk} となります。お客様のお手続きは不要です。",
 "p_review": "REVIEWREQ",
 "p_returnq": "ご注文 {oid}（RMA {rma}）の返品を受け取りましたが、充電ケーブルが同梱されておりませんでした。お手元に残っていないかご確認いただけますでしょうか。",
}
C["nl"] = {
 "track": "Uw pakket van bestelling {oid} is op {date} met {car} verzonden, trackingnummer {trk}. In het sorteercentrum ontbreekt een scan; dat is meestal binnen 48 uur opgelost.\n\nU kunt het ook volgen via Mijn bestellingen: https://www.amazon.nl/gp/css/order-history",
 "return": "Vervelend dat de {prod} lekt. De retour is goedgekeurd onder RMA {rma}. Verpak hem stevig, zet het RMA op de doos en stuur hem naar:\n\n{addr}\n\nHet retourlabel staat ook in het Amazon-retourcentrum: https://www.amazon.nl/returns",
 "warranty": "De {prod} (serienummer {sn}) heeft 24 maanden garantie, een defect na zeven maanden valt daar dus onder. Het garantiebewijs zit als PDF in de bijlage; na ontvangst repareren of vervangen we binnen vijf werkdagen.",
 "invoice": "In de bijlage vindt u de factuur {inv} voor bestelling {oid} als PDF, met ons btw-nummer en het nettobedrag van {amt}.",
 "product": "Goede vraag: de {prod} ({asin}) past op wielen van 26, 27,5 en 28 inch. Alleen voor 29 inch is de lange askit nodig, die in dezelfde aanbieding als maatoptie staat.",
 "damaged": "Sorry dat het blik gedeukt aankwam. Ik heb {amt} voor de schade terugbetaald; u hoeft niets terug te sturen.",
 "refuse": "Ik begrijp uw ergernis, maar voor een artikel dat twee maanden gebruikt is en zonder verpakking kan ik geen volledige terugbetaling geven, de retourtermijn is 30 dagen. Wel kan ik het onder garantie bekijken als er een defect is.",
 "review": "Fijn dat de vervanging het heeft opgelost. Of u een review schrijft, bepaalt u helemaal zelf, en u hoeft niet op dit bericht te reageren.",
 "nm_removal": "Bedankt voor het bevestigen dat het vervangende product werkt. Als u vindt dat het probleem is opgelost, kunt u uw eerdere feedback bijwerken; dat is volledig uw eigen keuze en we komen er niet op terug.",
 "nm_incentive": "De gedeeltelijke terugbetaling van {amt} is voor de deuk in het blik en staat los van wat u over ons schrijft.",
 "p_invoice": "Bijgaand de factuur {inv} voor uw bestelling {oid} als PDF.",
 "p_sched": "Uw {prod} uit bestelling {oid} wordt met twee personen bezorgd. Welk tijdvak past u: {date} in de ochtend (8-12) of de middag (12-17)? De vervoerder heeft uiterlijk donderdag een antwoord nodig.",
 "p_address": "De bezorger kon het adres van bestelling {oid} niet vinden, de toevoeging bij het huisnummer lijkt te ontbreken. Kunt u het volledige adres bevestigen?",
 "p_custom": "Voordat we de {prod} van bestelling {oid} graveren: wilt u de tekst \"Voor M., 12.06.2026\" bevestigen? We starten zodra u antwoordt.",
 "p_delay": "Excuses: de {prod} uit bestelling {oid} staat vast in het depot van de vervoerder. Hij vertrekt op {date} met trackingnummer {trk}; u hoeft niets te doen.",
 "p_review": "REVIEWREQ",
 "p_returnq": "We hebben de retour van bestelling {oid} (RMA {rma}) ontvangen, maar de oplaadkabel zat niet in de doos. Wilt u kijken of die nog bij u is?",
}
C["pl"] = {
 "track": "Paczka z zamówienia {oid} wyjechała z magazynu {date} przez {car}, numer przesyłki {trk}. W sortowni brakuje jednego skanu, zwykle uzupełnia się to w ciągu 48 godzin.\n\nStatus widać też w Moich zamówieniach: https://www.amazon.pl/gp/css/order-history",
 "return": "Przykro nam, że {prod} przecieka. Zwrot jest zatwierdzony pod numerem RMA {rma}. Prosimy dobrze zapakować, wpisać RMA na kartonie i wysłać na adres:\n\n{addr}\n\nEtykieta zwrotna jest też dostępna w centrum zwrotów Amazon: https://www.amazon.pl/returns",
 "warranty": "{prod} (numer seryjny {sn}) ma 24 miesiące gwarancji, więc awaria po siedmiu miesiącach jest objęta. Kartę gwarancyjną załączamy w PDF; po otrzymaniu naprawimy lub wymienimy sprzęt w ciągu pięciu dni roboczych.",
 "invoice": "W załączniku faktura VAT {inv} do zamówienia {oid} w formacie PDF, z naszym numerem NIP i kwotą netto {amt}.",
 "product": "Dobre pytanie: {prod} ({asin}) pasuje do kół 26, 27,5 i 28 cali. Tylko do 29 cali potrzebny jest zestaw z dłuższą osią, dostępny w tej samej ofercie jako wariant rozmiaru.",
 "damaged": "Przepraszam, że puszka dotarła wgnieciona. Zwróciłem {amt} za uszkodzenie, nie trzeba niczego odsyłać.",
 "refuse": "Rozumiem rozczarowanie, ale nie mogę zaproponować pełnego zwrotu za produkt używany dwa miesiące i bez opakowania, ponieważ termin zwrotu wynosi 30 dni. Mogę natomiast sprawdzić go w ramach gwarancji, jeśli pojawiła się usterka.",
 "review": "Cieszę się, że wymiana pomogła. Czy wystawi Pan/Pani opinię, zależy wyłącznie od Pana/Pani, i nie trzeba odpowiadać na tę wiadomość.",
 "nm_removal": "Dziękujemy za potwierdzenie, że nowy egzemplarz działa. Jeśli uważa Pan/Pani problem za rozwiązany, wcześniejszą ocenę można zaktualizować; to wyłącznie Pana/Pani decyzja i nie będziemy do tego wracać.",
 "nm_incentive": "Częściowy zwrot {amt} dotyczy wgniecenia puszki i nie zależy od tego, co napisze Pan/Pani o naszym sklepie.",
 "p_invoice": "W załączniku przesyłamy fakturę {inv} do zamówienia {oid} w formacie PDF.",
 "p_sched": "{prod} z zamówienia {oid} dostarczają dwie osoby. Który termin pasuje: {date} rano (8-12) czy po południu (12-17)? Przewoźnik potrzebuje odpowiedzi do czwartku.",
 "p_address": "Kurier nie mógł dopasować adresu z zamówienia {oid}, brakuje chyba numeru mieszkania. Czy może Pan/Pani potwierdzić pełny adres?",
 "p_custom": "Zanim wygrawerujemy {prod} z zamówienia {oid}, prosimy o potwierdzenie tekstu: \"Dla M., 12.06.2026\". Zaczniemy po odpowiedzi.",
 "p_delay": "Przepraszamy: {prod} z zamówienia {oid} utknął w magazynie przewoźnika. Zostanie wysłany {date}, numer przesyłki {trk}; nie trzeba nic robić.",
 "p_review": "REVIEWREQ",
 "p_returnq": "Otrzymaliśmy zwrot z zamówienia {oid} (RMA {rma}), ale w kartonie nie było kabla do ładowania. Czy mógłby Pan / mogłaby Pani sprawdzić, czy został u Pana/Pani?",
}
C["sv"] = {
 "track": "Ditt paket för beställning {oid} lämnade vårt lager {date} med {car}, kollinummer {trk}. En skanning saknas på terminalen, det brukar lösa sig inom 48 timmar.\n\nDu kan också följa det under Dina beställningar: https://www.amazon.se/gp/css/order-history",
 "return": "Tråkigt att {prod} läcker. Returen är godkänd med RMA {rma}. Packa den ordentligt, skriv RMA på kartongen och skicka till:\n\n{addr}\n\nReturetiketten finns även i Amazons returcenter: https://www.amazon.se/returns",
 "warranty": "{prod} (serienummer {sn}) har 24 månaders garanti, så ett fel efter sju månader täcks. Garantibeviset bifogas som PDF; när enheten kommit fram reparerar eller byter vi den inom fem arbetsdagar.",
 "invoice": "Här bifogas faktura {inv} för beställning {oid} som PDF, med vårt momsregistreringsnummer och nettobeloppet {amt}.",
 "product": "Bra fråga: {prod} ({asin}) passar hjul på 26, 27,5 och 28 tum. Bara 29 tum kräver det längre axelsetet, som finns i samma erbjudande som storleksval.",
 "damaged": "Förlåt att burken kom fram med en buckla. Jag har återbetalat {amt} för skadan, och du behöver inte skicka tillbaka något.",
 "refuse": "Jag förstår att du är besviken, men jag kan inte ge full återbetalning för en vara som använts i två månader och saknar förpackning, eftersom returrätten är 30 dagar. Däremot kan vi undersöka den inom garantin om ett fel har uppstått.",
 "review": "Skönt att utbytet löste det. Om du skriver en recension eller inte är helt upp till dig, och du behöver inte svara på det här meddelandet.",
 "nm_removal": "Tack för att du bekräftar att ersättningsprodukten fungerar. Om du anser att problemet är löst går det att uppdatera omdömet du lämnade tidigare; det är helt ditt beslut och vi kommer inte att påminna om det.",
 "nm_incentive": "Den delvisa återbetalningen på {amt} gäller bucklan på burken och hänger inte ihop med något du skriver om oss.",
 "p_invoice": "Bifogat finns faktura {inv} för din beställning {oid} som PDF.",
 "p_sched": "Din {prod} från beställning {oid} levereras av två personer. Vilken tid passar: {date} förmiddag (8-12) eller eftermiddag (12-17)? Speditören behöver svar senast torsdag.",
 "p_address": "Budet kunde inte hitta adressen för beställning {oid}, lägenhetsnumret verkar saknas. Kan du bekräfta den fullständiga adressen?",
 "p_custom": "Innan vi graverar {prod} i beställning {oid}: bekräfta gärna texten \"Till M., 12.06.2026\". Vi börjar när du svarat.",
 "p_delay": "Vi beklagar: {prod} i beställning {oid} har fastnat på transportörens terminal. Den skickas {date} med kollinummer {trk}; du behöver inte göra något.",
 "p_review": "REVIEWREQ",
 "p_returnq": "Vi har tagit emot returen för beställning {oid} (RMA {rma}), men laddkabeln låg inte i kartongen. Kan du kolla om den finns kvar hos dig?",
}
C["pt"] = {
 "track": "Seu pacote do pedido {oid} saiu do nosso depósito em {date} pelos {car}, código de rastreio {trk}. Falta uma leitura no centro de distribuição, o que costuma se resolver em 48 horas.\n\nVocê também pode acompanhar em Seus pedidos: https://www.amazon.com.br/gp/css/order-history",
 "return": "Sentimos muito que a {prod} esteja vazando. A devolução foi autorizada com o RMA {rma}. Embale bem, escreva o RMA na caixa e envie para:\n\n{addr}\n\nA etiqueta pré-paga também está na central de devoluções da Amazon: https://www.amazon.com.br/returns",
 "warranty": "O {prod} (número de série {sn}) tem 24 meses de garantia, então um defeito com sete meses está coberto. Anexamos o certificado de garantia em PDF; ao recebermos o aparelho, consertamos ou trocamos em cinco dias úteis.",
 "invoice": "Segue em anexo, em PDF, a nota fiscal {inv} do pedido {oid}, com nosso CNPJ e o valor de {amt}.",
 "product": "Boa pergunta: o {prod} ({asin}) serve em rodas aro 26, 27,5 e 28. Só o aro 29 precisa do kit de eixo longo, que está no mesmo anúncio como opção de tamanho.",
 "damaged": "Lamento que a lata tenha chegado amassada. Reembolsei {amt} pelo dano e você não precisa devolver nada.",
 "refuse": "Entendo sua frustração, mas não posso oferecer reembolso total de um item usado por dois meses e sem embalagem, pois o prazo de devolução é de 30 dias. Posso, porém, avaliá-lo pela garantia se algum defeito tiver aparecido.",
 "review": "Que bom que a troca resolveu. Deixar ou não uma avaliação é escolha totalmente sua, e não é preciso responder a esta mensagem.",
 "nm_removal": "Obrigado por confirmar que o produto de substituição funciona. Se considerar o problema resolvido, é possível atualizar a avaliação que deixou antes; a decisão é inteiramente sua e não voltaremos a falar disso.",
 "nm_incentive": "O reembolso parcial de {amt} é pelo amassado na lata e não depende de nada que você escreva sobre nós.",
 "p_invoice": "Segue em anexo a nota fiscal {inv} do seu pedido {oid} em PDF.",
 "p_sched": "Seu {prod} do pedido {oid} é entregue por duas pessoas. Qual horário é melhor: {date} de manhã (8-12) ou à tarde (12-17)? A transportadora precisa da resposta até quinta-feira.",
 "p_address": "A transportadora não localizou o endereço do pedido {oid}: parece faltar o número do apartamento. Pode confirmar o endereço completo?",
 "p_custom": "Antes de gravar o {prod} do pedido {oid}, confirme por favor o texto: \"Para M., 12.06.2026\". Começamos assim que você responder.",
 "p_delay": "Pedimos desculpas: o {prod} do pedido {oid} ficou retido no depósito da transportadora. Ele será enviado em {date} com o código de rastreio {trk}; você não precisa fazer nada.",
 "p_review": "REVIEWREQ",
 "p_returnq": "Recebemos a devolução do pedido {oid} (RMA {rma}), mas o cabo de carregamento não estava na caixa. Pode verificar se ficou com você?",
}

# ---------------------------------------------------------------- wording pools (violations and neutral requests)
# NRQ: neutral one-per-order review/feedback requests (compliant). Others are violations, each used at most once.
V = {}
V["en"] = dict(
 NRQ=["If you have a moment, we would appreciate your feedback on this order.",
      "When you have had a chance to use it, a product review on Amazon would help other buyers decide - only if you feel like writing one.",
      "Should you wish to share your experience, you can leave a review from the Your Orders page.",
      "Your honest opinion of the {prod}, whatever it is, would be useful to us and to other customers."],
 INC=["Leave us a review and we will send you a £10 Amazon gift card as a thank-you.",
      "Once your review is live, reply with a screenshot and we refund 20% of the price.",
      "Every customer who posts a review this month is entered into our draw for a new e-bike.",
      "Review it and your next order ships free of charge, plus you get early access to future deals."],
 MAN=["We would be grateful if you could give us five stars - anything less really hurts a small shop like ours.",
      "If you are happy with your kettle, please leave a review; if not, contact us first rather than posting anything.",
      "Please mention the fast delivery and the sturdy handle when you write your review.",
      "A 5-star rating would make our day, so please only rate us if you can give full marks."],
 REM=["Now that the replacement has arrived, could you please take down the 1-star review you posted?",
      "We kindly ask you to edit your feedback so that it reflects the resolution.",
      "Please delete the negative comment on our seller profile as soon as possible - it is hurting our account.",
      "I noticed your review is still up. Would you mind revising it now that the issue is fixed?"],
 REP=["Just a gentle reminder: we have not seen your review for order {oid} yet and would still love to hear from you.",
      "Following up on our earlier message - if you have a minute, a review of your {prod} would be appreciated.",
      "Sorry to bother you again, but could you leave feedback for this order when you get a chance?",
      "We are writing once more about order {oid}: your review would still mean a lot to us."],
 MKT=["Use code WINTER15 at checkout for 15% off your next order with us.",
      "Our new cast-iron griddle launches on Friday - it pairs perfectly with the pan you bought.",
      "Black Friday week: everything in our store is 30% off until Sunday.",
      "Customers who bought this also love our silicone lid set, now available in six colours."],
 OFF=["Frankly you are an idiot if you cannot screw on a lid.",
      "Stop wasting my time with your stupid complaints.",
      "If you leave that review, you will regret it, believe me.",
      "What a pathetic, whining customer you are - no wonder nothing works for you."],
 OPT=["To stop receiving messages from us, reply with UNSUBSCRIBE in the subject line.",
      "Prefer fewer e-mails? Manage your communication preferences here:",
      "You can opt out of all future emails from our shop at any time."],
 UNP=["Great news: your order {oid} has been dispatched and is on its way to you.",
      "Thank you for your order {oid}! We just wanted to say thanks for shopping with us.",
      "We are here to help if you have any questions about order {oid}.",
      "Unfortunately the item in order {oid} is out of stock at the moment and we are waiting for new stock."],
)
V["de"] = dict(
 NRQ=["Wenn Sie einen Moment Zeit haben, freuen wir uns über Ihr Feedback zu dieser Bestellung.",
      "Falls Sie möchten, können Sie über Meine Bestellungen eine Produktbewertung schreiben.",
      "Ihre ehrliche Meinung zum {prod} – wie auch immer sie ausfällt – hilft anderen Käufern bei der Entscheidung.",
      "Sobald Sie den Artikel ausprobiert haben, würden wir uns über eine Rezension auf Amazon freuen, ganz ohne Verpflichtung."],
 INC=["Für eine Bewertung schenken wir Ihnen einen 10-Euro-Gutschein.",
      "Schicken Sie uns einen Screenshot Ihrer Rezension, dann erstatten wir Ihnen 20 % des Kaufpreises.",
      "Unter allen Kunden, die bis Monatsende eine Bewertung schreiben, verlosen wir einen Akku-Staubsauger.",
      "Als Dankeschön für Ihre Rezension bekommen Sie das Nachfüllpack gratis dazu."],
 MAN=["Bitte geben Sie uns fünf Sterne, alles darunter schadet unserem kleinen Laden sehr.",
      "Wenn Sie zufrieden sind, freuen wir uns über eine Bewertung; wenn nicht, melden Sie sich bitte zuerst bei uns statt zu bewerten.",
      "Erwähnen Sie in Ihrer Rezension doch bitte die schnelle Lieferung und die gute Verarbeitung.",
      "Eine Bewertung mit weniger als 5 Sternen wäre für uns ein echtes Problem, bitte denken Sie daran."],
 REM=["Da der Ersatz nun angekommen ist, könnten Sie Ihre 1-Sterne-Bewertung bitte löschen?",
      "Wir bitten Sie, Ihr Verkäuferfeedback entsprechend anzupassen.",
      "Bitte entfernen Sie den negativen Kommentar so bald wie möglich, er schadet unserem Konto.",
      "Ihre Rezension ist leider immer noch online – würden Sie sie jetzt, wo alles gelöst ist, bitte überarbeiten?"],
 REP=["Kleine Erinnerung: Zu Bestellung {oid} haben wir noch keine Bewertung von Ihnen gesehen und würden uns weiterhin freuen.",
      "Wir melden uns noch einmal wegen Ihrer Bestellung – hätten Sie doch eine Minute für eine Rezension zum {prod}?",
      "Entschuldigen Sie die erneute Nachricht, aber vielleicht finden Sie ja noch Zeit für ein Feedback zu dieser Bestellung.",
      "Nochmals zur Bestellung {oid}: Ihre Bewertung würde uns nach wie vor sehr helfen."],
 MKT=["Mit dem Code HERBST15 sparen Sie 15 % bei Ihrer nächsten Bestellung.",
      "Ab Freitag gibt es unseren neuen Gusseisen-Bräter – der ideale Begleiter zu Ihrer Pfanne.",
      "Nur diese Woche: Sommerschlussverkauf mit bis zu 40 % Rabatt im ganzen Shop.",
      "Passend dazu empfehlen wir unser Silikon-Deckelset, jetzt in sechs Farben erhältlich."],
 OFF=["Wer zu blöd ist, einen Deckel aufzuschrauben, sollte sich nicht beschweren.",
      "Hören Sie auf, uns mit Ihrem Gejammer zu nerven.",
      "Wenn Sie diese Bewertung schreiben, werden Sie das noch bereuen, das verspreche ich Ihnen.",
      "Sie sind wirklich der unverschämteste Idiot, der uns je geschrieben hat."],
 OPT=["Wenn Sie keine weiteren Nachrichten von uns wünschen, antworten Sie mit ABMELDEN.",
      "Ihre E-Mail-Einstellungen können Sie hier verwalten:",
      "Sie können sich jederzeit von unseren E-Mails abmelden."],
 UNP=["Ihre Bestellung {oid} wurde soeben versandt und ist auf dem Weg zu Ihnen.",
      "Vielen Dank für Ihre Bestellung {oid}! Wir wollten uns einfach nur bedanken.",
      "Bei Fragen zu Ihrer Bestellung {oid} sind wir jederzeit für Sie da.",
      "Der Artikel aus Bestellung {oid} ist leider momentan nicht auf Lager."],
)
V["fr"] = dict(
 NRQ=["Si vous avez un instant, votre avis sur cette commande nous serait précieux.",
      "Lorsque vous aurez pu utiliser le {prod}, vous pourrez, si vous le souhaitez, laisser un commentaire depuis Vos commandes.",
      "Votre opinion sincère sur l'article, quelle qu'elle soit, aidera d'autres acheteurs.",
      "N'hésitez pas à partager votre expérience sur Amazon, uniquement si vous en avez envie."],
 INC=["En échange d'un avis, nous vous offrons une carte cadeau de 10 €.",
      "Envoyez-nous une capture de votre commentaire publié et nous vous remboursons 20 % du prix.",
      "Chaque client qui laisse une évaluation ce mois-ci participe au tirage au sort d'une trottinette.",
      "Pour vous remercier de votre avis, votre prochain achat sera livré gratuitement."],
 MAN=["Merci de nous attribuer cinq étoiles, une note plus basse pénalise beaucoup notre petite boutique.",
      "Si vous êtes satisfait, laissez un avis ; sinon, écrivez-nous d'abord plutôt que de publier quoi que ce soit.",
      "Dans votre commentaire, pensez à parler de la livraison rapide et de la qualité des finitions.",
      "Seule une note de 5 étoiles nous aide vraiment, alors ne notez que si vous pouvez mettre la note maximale."],
 REM=["Maintenant que le remplacement est arrivé, pourriez-vous retirer votre avis à une étoile ?",
      "Nous vous prions de modifier votre évaluation vendeur pour qu'elle reflète la solution apportée.",
      "Merci de supprimer rapidement ce commentaire négatif, il pénalise notre compte.",
      "Votre avis est toujours en ligne : accepteriez-vous de le revoir maintenant que tout est réglé ?"],
 REP=["Petit rappel : nous n'avons pas encore vu votre avis pour la commande {oid} et serions ravis de le lire.",
      "Suite à notre précédent message, auriez-vous une minute pour évaluer votre {prod} ?",
      "Désolés de vous relancer, mais pourriez-vous laisser une évaluation pour cette commande ?",
      "Nous revenons vers vous au sujet de la commande {oid} : votre avis compterait toujours beaucoup pour nous."],
 MKT=["Avec le code HIVER15, profitez de 15 % de réduction sur votre prochaine commande.",
      "Notre nouvelle cocotte en fonte sort vendredi, idéale avec la poêle que vous avez achetée.",
      "Soldes d'hiver : toute la boutique est à -30 % jusqu'à dimanche.",
      "Découvrez aussi notre set de couvercles en silicone, désormais en six coloris."],
 OFF=["Franchement, il faut être un abruti pour ne pas réussir à visser un couvercle.",
      "Arrêtez de nous faire perdre notre temps avec vos plaintes ridicules.",
      "Si vous publiez cet avis, vous allez le regretter, croyez-moi.",
      "Quel client pénible et pleurnichard vous faites."],
 OPT=["Pour ne plus recevoir nos messages, répondez DÉSINSCRIPTION.",
      "Gérez vos préférences de communication ici :",
      "Vous pouvez vous désabonner de nos e-mails à tout moment."],
 UNP=["Bonne nouvelle : votre commande {oid} vient d'être expédiée.",
      "Merci pour votre commande {oid} ! Nous tenions simplement à vous remercier.",
      "Nous restons à votre disposition pour toute question sur la commande {oid}.",
      "L'article de la commande {oid} est malheureusement en rupture de stock pour le moment."],
)
V["es"] = dict(
 NRQ=["Si tiene un momento, le agradeceríamos su opinión sobre este pedido.",
      "Cuando haya probado el {prod}, puede dejar una valoración desde Mis pedidos, solo si le apetece.",
      "Su opinión sincera, sea cual sea, ayudará a otros compradores.",
      "Si desea compartir su experiencia, puede escribir una reseña en Amazon."],
 INC=["Por dejarnos una reseña le regalamos una tarjeta de 10 €.",
      "Mándenos una captura de su valoración publicada y le devolvemos el 20 % del importe.",
      "Todos los clientes que escriban una opinión este mes entran en el sorteo de un patinete.",
      "Como agradecimiento por su reseña, le enviamos gratis el paquete de recambios."],
 MAN=["Le pedimos que nos ponga cinco estrellas; cualquier nota menor nos perjudica mucho.",
      "Si está contento, déjenos una reseña; si no, escríbanos antes de publicar nada.",
      "En su opinión, mencione por favor el envío rápido y la buena calidad del acabado.",
      "Solo nos sirve una valoración de 5 estrellas, así que valore únicamente si puede darnos la máxima."],
 REM=["Ahora que ya tiene el recambio, ¿podría quitar la reseña de una estrella?",
      "Le rogamos que modifique su valoración como vendedor para que refleje la solución.",
      "Por favor, borre cuanto antes el comentario negativo, está dañando nuestra cuenta.",
      "Su reseña sigue publicada; ¿le importaría cambiarla ahora que todo está resuelto?"],
 REP=["Un pequeño recordatorio: aún no hemos visto su reseña del pedido {oid} y nos encantaría leerla.",
      "Volvemos a escribirle: ¿tendría un minuto para valorar su {prod}?",
      "Perdone que insistamos, pero ¿podría dejar su opinión sobre este pedido?",
      "Le escribimos de nuevo por el pedido {oid}: su valoración seguiría siendo muy importante para nosotros."],
 MKT=["Con el código INVIERNO15 tiene un 15 % de descuento en su próxima compra.",
      "El viernes lanzamos nuestra nueva cazuela de hierro fundido, perfecta con la sartén que compró.",
      "Rebajas de temporada: toda la tienda al 30 % hasta el domingo.",
      "Le recomendamos también nuestro juego de tapas de silicona, ya disponible en seis colores."],
 OFF=["Hay que ser idiota para no saber enroscar una tapa.",
      "Deje de hacernos perder el tiempo con sus quejas absurdas.",
      "Si publica esa reseña, se va a arrepentir, se lo aseguro.",
      "Es usted el cliente más pesado y quejica que hemos tenido."],
 OPT=["Para dejar de recibir nuestros mensajes, responda BAJA.",
      "Gestione aquí sus preferencias de comunicación:",
      "Puede darse de baja de nuestros correos en cualquier momento."],
 UNP=["¡Buenas noticias! Su pedido {oid} ya ha sido enviado.",
      "¡Gracias por su pedido {oid}! Solo queríamos darle las gracias.",
      "Estamos aquí para ayudarle con cualquier duda sobre el pedido {oid}.",
      "El artículo del pedido {oid} está agotado por el momento."],
)
V["it"] = dict(
 NRQ=["Se ha un momento, ci farebbe piacere un suo feedback su questo ordine.",
      "Quando avrà provato il {prod}, potrà lasciare una recensione da I miei ordini, solo se lo desidera.",
      "La sua opinione sincera, qualunque sia, è utile a noi e agli altri clienti.",
      "Se vuole raccontare la sua esperienza, può scrivere una recensione su Amazon."],
 INC=["Per una recensione le regaliamo un buono da 10 €.",
      "Ci invii lo screenshot della recensione pubblicata e le rimborsiamo il 20 % del prezzo.",
      "Chi lascia una recensione entro fine mese partecipa all'estrazione di un monopattino.",
      "Come ringraziamento per la recensione, le spediamo gratis la confezione di ricambi."],
 MAN=["Le chiediamo di darci cinque stelle, un voto più basso ci penalizza molto.",
      "Se è soddisfatto lasci una recensione, altrimenti ci scriva prima di pubblicare qualsiasi cosa.",
      "Nella recensione citi per favore la spedizione veloce e le ottime finiture.",
      "Ci serve solo un voto da 5 stelle: recensisca soltanto se può darci il massimo."],
 REM=["Ora che è arrivato il ricambio, potrebbe togliere la recensione da una stella?",
      "La preghiamo di modificare il feedback al venditore perché rispecchi la soluzione trovata.",
      "Cancelli al più presto quel commento negativo, danneggia il nostro account.",
      "La sua recensione è ancora online: le andrebbe di rivederla ora che è tutto risolto?"],
 REP=["Un piccolo promemoria: non abbiamo ancora visto la sua recensione per l'ordine {oid}.",
      "Torniamo a scriverle: avrebbe un minuto per valutare il suo {prod}?",
      "Ci scusi se insistiamo, ma potrebbe lasciare un feedback per questo ordine?",
      "Le scriviamo di nuovo per l'ordine {oid}: la sua recensione per noi conta ancora molto."],
 MKT=["Con il codice INVERNO15 ha il 15 % di sconto sul prossimo acquisto.",
      "Venerdì esce la nostra nuova casseruola in ghisa, perfetta con la padella che ha comprato.",
      "Saldi di stagione: tutto il negozio al 30 % fino a domenica.",
      "Le consigliamo anche il nostro set di coperchi in silicone, ora in sei colori."],
 OFF=["Bisogna essere proprio un cretino per non riuscire ad avvitare un coperchio.",
      "La smetta di farci perdere tempo con le sue lamentele assurde.",
      "Se pubblica quella recensione, se ne pentirà, glielo garantisco.",
      "Lei è il cliente più lagnoso e insopportabile che abbiamo mai avuto."],
 OPT=["Per non ricevere più i nostri messaggi, risponda CANCELLAMI.",
      "Gestisca qui le sue preferenze di comunicazione:",
      "Può annullare l'iscrizione alle nostre e-mail in qualsiasi momento."],
 UNP=["Buone notizie: il suo ordine {oid} è stato spedito.",
      "Grazie per il suo ordine {oid}! Volevamo solo ringraziarla.",
      "Siamo qui per aiutarla per qualsiasi domanda sull'ordine {oid}.",
      "L'articolo dell'ordine {oid} al momento è esaurito."],
)
V["ja"] = dict(
 NRQ=["お手すきの際に、今回のご注文についてご評価いただけますと幸いです。",
      "{prod}をお使いいただいた後、よろしければ注文履歴からレビューをご投稿ください。",
      "良い点も悪い点も含め、率直なご感想は他のお客様の参考になります。",
      "ご感想をお寄せいただける場合は、Amazonのレビュー欄をご利用ください。"],
 INC=["レビューをご投稿いただいた方に1,000円分のギフト券を差し上げます。",
      "レビュー掲載画面のスクリーンショットをお送りいただければ、代金の20%を返金いたします。",
      "今月中にレビューを書いてくださった方の中から抽選で電動自転車をプレゼントします。",
      "レビューのお礼として、次回ご注文の送料を無料にいたします。"],
 MAN=["ぜひ星5つの評価をお願いいたします。それ以下ですと小さな店には大きな痛手です。",
      "ご満足いただけましたらレビューを、ご不満な場合は投稿の前にまず当店へご連絡ください。",
      "レビューには「発送が早い」「作りがしっかりしている」と書いていただけると助かります。",
      "満点をつけていただける場合のみ評価をお願いします。"],
 REM=["交換品が届きましたので、星1つのレビューを削除していただけないでしょうか。",
      "解決した内容に合わせて、出品者評価を修正していただきますようお願いいたします。",
      "アカウントに影響しますので、否定的なコメントを至急取り下げてください。",
      "レビューがまだ掲載されたままのようです。問題が解決した今、書き直していただけませんか。"],
 REP=["ご注文 {oid} のレビューがまだのようですので、改めてお願いのご連絡です。",
      "先日のメッセージに続き、{prod}のレビューをお願いできれば幸いです。",
      "度々失礼いたしますが、このご注文の評価をお願いできますでしょうか。",
      "再度のご連絡となりますが、ご注文 {oid} についてのご評価をお待ちしております。"],
 MKT=["次回のお買い物で使える15%オフクーポン「FUYU15」をお送りします。",
      "金曜日に新商品の鋳鉄鍋を発売します。お買い上げのフライパンとの相性も抜群です。",
      "年末セール開催中！ストア全品30%オフは日曜日まで。",
      "あわせてシリコン蓋セットもおすすめです。6色から選べます。"],
 OFF=["蓋も閉められないなんて、あなたは本当にバカですね。",
      "くだらない苦情で私たちの時間を無駄にしないでください。",
      "そのレビューを投稿したら、後悔することになりますよ。",
      "文句ばかり言う、本当に面倒くさい客ですね。"],
 OPT=["今後のメール配信を停止するには「配信停止」とご返信ください。",
      "メール配信設定の変更はこちらから:",
      "当店からのメールはいつでも配信停止いただけます。"],
 UNP=["ご注文 {oid} の商品を本日発送いたしました。",
      "ご注文 {oid} ありがとうございました！お礼のみのご連絡です。",
      "ご注文 {oid} についてご不明な点があれば、いつでもお手伝いいたします。",
      "ご注文 {oid} の商品は現在在庫切れとなっております。"],
)
V["nl"] = dict(
 NRQ=["Als u even tijd heeft, stellen we uw feedback over deze bestelling op prijs.",
      "Wanneer u de {prod} heeft gebruikt, kunt u via Mijn bestellingen een review plaatsen, als u daar zin in heeft.",
      "Uw eerlijke mening, hoe die ook uitvalt, helpt andere kopers.",
      "Wilt u uw ervaring delen, dan kan dat met een review op Amazon."],
 INC=["Voor een review krijgt u van ons een cadeaubon van € 10.",
      "Stuur ons een screenshot van uw geplaatste review en we betalen 20 % van de prijs terug.",
      "Iedereen die deze maand een review schrijft, maakt kans op een e-step.",
      "Als dank voor uw review sturen we u gratis een navulpak."],
 MAN=["Geef ons alstublieft vijf sterren, minder is voor een kleine winkel echt een probleem.",
      "Bent u tevreden, laat dan een review achter; zo niet, neem dan eerst contact met ons op in plaats van iets te plaatsen.",
      "Noem in uw review graag de snelle levering en de stevige afwerking.",
      "Alleen een 5-sterrenbeoordeling helpt ons, dus beoordeel alleen als u het maximum kunt geven."],
 REM=["Nu de vervanging er is, wilt u uw review met één ster verwijderen?",
      "We vragen u vriendelijk uw verkopersfeedback aan te passen aan de oplossing.",
      "Haal die negatieve reactie alstublieft zo snel mogelijk weg, ze schaadt ons account.",
      "Uw review staat nog online; zou u hem willen herzien nu alles is opgelost?"],
 REP=["Een kleine herinnering: we hebben uw review voor bestelling {oid} nog niet gezien.",
      "We schrijven u nogmaals: heeft u een minuutje voor een review van uw {prod}?",
      "Sorry dat we het opnieuw vragen, maar wilt u feedback achterlaten voor deze bestelling?",
      "Nog een keer over bestelling {oid}: uw beoordeling zou ons nog steeds veel betekenen."],
 MKT=["Met code WINTER15 krijgt u 15 % korting op uw volgende bestelling.",
      "Vrijdag lanceren we onze nieuwe gietijzeren braadpan, perfect bij de pan die u kocht.",
      "Uitverkoop: de hele winkel 30 % korting tot zondag.",
      "Probeer ook onze siliconen dekselset, nu in zes kleuren."],
 OFF=["Je moet wel een sukkel zijn als je een deksel niet dicht krijgt.",
      "Hou op met onze tijd te verspillen met uw belachelijke klachten.",
      "Als u die review plaatst, krijgt u daar spijt van, dat beloof ik u.",
      "U bent echt de meest zeurende klant die we ooit hebben gehad."],
 OPT=["Wilt u geen berichten meer van ons ontvangen, antwoord dan met AFMELDEN.",
      "Beheer hier uw e-mailvoorkeuren:",
      "U kunt zich op elk moment afmelden voor onze e-mails."],
 UNP=["Goed nieuws: uw bestelling {oid} is verzonden.",
      "Bedankt voor uw bestelling {oid}! We wilden u gewoon even bedanken.",
      "We staan voor u klaar als u vragen heeft over bestelling {oid}.",
      "Het artikel uit bestelling {oid} is helaas momenteel niet op voorraad."],
)
V["pl"] = dict(
 NRQ=["Jeśli znajdzie Pan/Pani chwilę, będziemy wdzięczni za opinię o tym zamówieniu.",
      "Po wypróbowaniu produktu {prod} można wystawić recenzję w zakładce Moje zamówienia, jeśli ma Pan/Pani ochotę.",
      "Szczera opinia, jakakolwiek by była, pomoże innym kupującym.",
      "Jeśli chce Pan/Pani podzielić się wrażeniami, można napisać recenzję na Amazon."],
 INC=["Za wystawienie opinii przekażemy kartę podarunkową o wartości 50 zł.",
      "Proszę przesłać zrzut ekranu opublikowanej recenzji, a zwrócimy 20% ceny.",
      "Wszyscy, którzy napiszą opinię w tym miesiącu, wezmą udział w losowaniu hulajnogi.",
      "W podziękowaniu za recenzję wyślemy gratis zestaw wkładów."],
 MAN=["Prosimy o pięć gwiazdek, każda niższa ocena bardzo nam szkodzi.",
      "Jeśli jest Pan/Pani zadowolony, prosimy o opinię; jeśli nie, prosimy najpierw napisać do nas zamiast cokolwiek publikować.",
      "W recenzji prosimy wspomnieć o szybkiej wysyłce i solidnym wykonaniu.",
      "Pomaga nam tylko ocena 5 gwiazdek, więc prosimy oceniać tylko, jeśli może Pan/Pani dać maksimum."],
 REM=["Skoro wymiana już dotarła, czy mógłby Pan / mogłaby Pani usunąć opinię z jedną gwiazdką?",
      "Uprzejmie prosimy o zmianę oceny sprzedawcy tak, by odzwierciedlała rozwiązanie.",
      "Prosimy jak najszybciej skasować negatywny komentarz, szkodzi naszemu kontu.",
      "Recenzja wciąż jest widoczna; czy zechciałby Pan / zechciałaby Pani ją poprawić teraz, gdy wszystko załatwione?"],
 REP=["Drobne przypomnienie: nie widzieliśmy jeszcze opinii do zamówienia {oid}.",
      "Piszemy ponownie: czy znajdzie Pan/Pani minutę na ocenę produktu {prod}?",
      "Przepraszamy, że znów się odzywamy, ale czy mogłaby Pani / mógłby Pan wystawić opinię do tego zamówienia?",
      "Jeszcze raz w sprawie zamówienia {oid}: Pana/Pani recenzja nadal bardzo by nam pomogła."],
 MKT=["Z kodem ZIMA15 otrzyma Pan/Pani 15% rabatu na kolejne zakupy.",
      "W piątek startuje nasz nowy żeliwny garnek, idealny do kupionej patelni.",
      "Wyprzedaż: cały sklep 30% taniej do niedzieli.",
      "Polecamy też nasz zestaw silikonowych pokrywek, teraz w sześciu kolorach."],
 OFF=["Trzeba być idiotą, żeby nie umieć zakręcić pokrywki.",
      "Proszę przestać marnować nasz czas tymi żałosnymi skargami.",
      "Jeśli opublikuje Pan tę opinię, gorzko Pan tego pożałuje.",
      "Jest Pan najbardziej marudnym i męczącym klientem, jakiego mieliśmy."],
 OPT=["Aby nie otrzymywać więcej wiadomości, prosimy odpisać WYPISZ.",
      "Ustawienia powiadomień e-mail można zmienić tutaj:",
      "W każdej chwili może Pan/Pani zrezygnować z subskrypcji naszych e-maili."],
 UNP=["Dobra wiadomość: zamówienie {oid} zostało wysłane.",
      "Dziękujemy za zamówienie {oid}! Chcieliśmy po prostu podziękować.",
      "Jesteśmy do dyspozycji, gdyby miał Pan / miała Pani pytania o zamówienie {oid}.",
      "Produkt z zamówienia {oid} jest chwilowo niedostępny w magazynie."],
)
V["sv"] = dict(
 NRQ=["Om du har en stund över uppskattar vi ditt omdöme om den här beställningen.",
      "När du har provat {prod} kan du skriva en recension under Dina beställningar, om du känner för det.",
      "Din ärliga åsikt, vad den än är, hjälper andra köpare.",
      "Vill du dela din upplevelse kan du lämna en recension på Amazon."],
 INC=["För en recension får du ett presentkort på 100 kr av oss.",
      "Skicka en skärmdump av din publicerade recension så betalar vi tillbaka 20 % av priset.",
      "Alla som skriver en recension den här månaden är med i utlottningen av en elsparkcykel.",
      "Som tack för din recension skickar vi ett refillpaket gratis."],
 MAN=["Ge oss gärna fem stjärnor, allt lägre skadar en liten butik som vår.",
      "Är du nöjd får du gärna recensera; är du inte det, hör av dig till oss först i stället för att skriva något.",
      "Nämn gärna den snabba leveransen och den stabila konstruktionen i din recension.",
      "Bara ett betyg på 5 stjärnor hjälper oss, så betygsätt bara om du kan ge högsta betyg."],
 REM=["Nu när ersättningen har kommit, kan du ta bort recensionen med en stjärna?",
      "Vi ber dig vänligen justera ditt säljaromdöme så att det speglar lösningen.",
      "Radera gärna den negativa kommentaren så fort som möjligt, den skadar vårt konto.",
      "Din recension ligger fortfarande uppe; vill du revidera den nu när allt är löst?"],
 REP=["En liten påminnelse: vi har ännu inte sett någon recension för beställning {oid}.",
      "Vi skriver en gång till: har du en minut för att recensera din {prod}?",
      "Förlåt att vi tjatar, men kan du lämna ett omdöme för den här beställningen?",
      "Återigen om beställning {oid}: ditt betyg skulle fortfarande betyda mycket för oss."],
 MKT=["Med koden VINTER15 får du 15 % rabatt på nästa köp.",
      "På fredag lanserar vi vår nya gjutjärnsgryta, perfekt till pannan du köpte.",
      "Rea: hela butiken 30 % billigare fram till söndag.",
      "Testa också vårt lockset i silikon, nu i sex färger."],
 OFF=["Man måste vara en idiot för att inte klara av att skruva på ett lock.",
      "Sluta slösa bort vår tid med dina löjliga klagomål.",
      "Om du publicerar den recensionen kommer du att ångra dig, det lovar jag.",
      "Du är den gnälligaste och mest jobbiga kund vi någonsin haft."],
 OPT=["Vill du inte längre få meddelanden från oss, svara AVREGISTRERA.",
      "Hantera dina e-postinställningar här:",
      "Du kan när som helst avsluta prenumerationen på våra mejl."],
 UNP=["Goda nyheter: din beställning {oid} har skickats.",
      "Tack för din beställning {oid}! Vi ville bara säga tack.",
      "Vi finns här för att hjälpa dig om du har frågor om beställning {oid}.",
      "Varan i beställning {oid} är tyvärr slut i lager just nu."],
)
V["pt"] = dict(
 NRQ=["Se tiver um momento, agradecemos sua opinião sobre este pedido.",
      "Depois de usar o {prod}, você pode deixar uma avaliação em Seus pedidos, se quiser.",
      "Sua opinião sincera, qualquer que seja, ajuda outros compradores.",
      "Se quiser compartilhar sua experiência, pode escrever uma avaliação na Amazon."],
 INC=["Por uma avaliação, damos um vale-presente de R$ 50.",
      "Envie um print da sua avaliação publicada e devolvemos 20% do valor.",
      "Quem avaliar este mês concorre ao sorteio de um patinete elétrico.",
      "Como agradecimento pela avaliação, mandamos o kit de refil grátis."],
 MAN=["Pedimos que nos dê cinco estrelas, qualquer nota menor nos prejudica muito.",
      "Se ficou satisfeito, deixe uma avaliação; se não, fale com a gente antes de publicar qualquer coisa.",
      "Na avaliação, mencione por favor a entrega rápida e o bom acabamento.",
      "Só uma nota 5 estrelas nos ajuda, então avalie apenas se puder dar a nota máxima."],
 REM=["Agora que a troca chegou, você poderia tirar a avaliação de uma estrela?",
      "Pedimos gentilmente que altere sua avaliação do vendedor para refletir a solução.",
      "Por favor, apague o quanto antes o comentário negativo, ele prejudica nossa conta.",
      "Sua avaliação continua no ar; você se importaria de revisá-la agora que está tudo resolvido?"],
 REP=["Só um lembrete: ainda não vimos sua avaliação do pedido {oid}.",
      "Escrevemos de novo: teria um minutinho para avaliar seu {prod}?",
      "Desculpe insistir, mas poderia deixar sua opinião sobre este pedido?",
      "Mais uma vez sobre o pedido {oid}: sua avaliação ainda significaria muito para nós."],
 MKT=["Com o cupom INVERNO15 você ganha 15% de desconto na próxima compra.",
      "Na sexta lançamos nossa nova caçarola de ferro fundido, perfeita com a frigideira que você comprou.",
      "Liquidação: a loja toda com 30% off até domingo.",
      "Conheça também nosso jogo de tampas de silicone, agora em seis cores."],
 OFF=["Só um idiota não consegue rosquear uma tampa.",
      "Pare de desperdiçar nosso tempo com essas reclamações ridículas.",
      "Se publicar essa avaliação, vai se arrepender, pode ter certeza.",
      "Você é o cliente mais chato e reclamão que já tivemos."],
 OPT=["Para não receber mais nossas mensagens, responda DESCADASTRAR.",
      "Gerencie aqui suas preferências de e-mail:",
      "Você pode cancelar a inscrição dos nossos e-mails a qualquer momento."],
 UNP=["Boa notícia: seu pedido {oid} foi enviado.",
      "Obrigado pelo seu pedido {oid}! Só queríamos agradecer.",
      "Estamos à disposição para qualquer dúvida sobre o pedido {oid}.",
      "O item do pedido {oid} está esgotado no momento."],
)

# ---------------------------------------------------------------- per-language small data
SUBJ = {  # proactive subjects: generic, invoice, delivery, custom, no-id
 "en": ("Your order {oid}", "Invoice {inv} for order {oid}", "Delivery of order {oid}", "Engraving text for order {oid}", "Your recent order"),
 "de": ("Ihre Bestellung {oid}", "Rechnung {inv} zu Bestellung {oid}", "Lieferung Bestellung {oid}", "Gravurtext zu Bestellung {oid}", "Ihre Bestellung"),
 "fr": ("Votre commande {oid}", "Facture {inv} – commande {oid}", "Livraison de la commande {oid}", "Texte de gravure – commande {oid}", "Votre commande"),
 "es": ("Su pedido {oid}", "Factura {inv} del pedido {oid}", "Entrega del pedido {oid}", "Texto del grabado – pedido {oid}", "Su pedido"),
 "it": ("Il suo ordine {oid}", "Fattura {inv} ordine {oid}", "Consegna ordine {oid}", "Testo incisione ordine {oid}", "Il suo ordine"),
 "ja": ("ご注文 {oid} について", "ご注文 {oid} の請求書 {inv}", "ご注文 {oid} のお届け日時", "ご注文 {oid} の刻印内容", "ご注文について"),
 "nl": ("Uw bestelling {oid}", "Factuur {inv} bij bestelling {oid}", "Bezorging bestelling {oid}", "Graveertekst bestelling {oid}", "Uw bestelling"),
 "pl": ("Zamówienie {oid}", "Faktura {inv} do zamówienia {oid}", "Dostawa zamówienia {oid}", "Tekst grawera – zamówienie {oid}", "Pana/Pani zamówienie"),
 "sv": ("Din beställning {oid}", "Faktura {inv} för beställning {oid}", "Leverans av beställning {oid}", "Graveringstext beställning {oid}", "Din beställning"),
 "pt": ("Seu pedido {oid}", "Nota fiscal {inv} do pedido {oid}", "Entrega do pedido {oid}", "Texto da gravação – pedido {oid}", "Seu pedido"),
}
OIDPRE = {"en": ["202", "203", "204", "026"], "de": ["302", "303", "304", "305", "306"], "fr": ["402", "171", "405"],
          "es": ["403", "406", "171"], "it": ["404", "407", "171"], "ja": ["249", "250", "503"], "nl": ["408", "171"],
          "pl": ["409", "171"], "sv": ["401", "171"], "pt": ["701", "702"]}
CUR = {"en": "£{a}.{c}", "de": "{a},{c} €", "fr": "{a},{c} €", "es": "{a},{c} €", "it": "{a},{c} €", "ja": "{a}00円",
       "nl": "€ {a},{c}", "pl": "{a},{c} zł", "sv": "{a},{c} kr", "pt": "R$ {a},{c}"}
MONTHS = {"en": "{d} March 2027", "de": "{d}.03.2027", "fr": "{d} mars 2027", "es": "{d} de marzo de 2027", "it": "{d} marzo 2027",
          "ja": "2027年3月{d}日", "nl": "{d} maart 2027", "pl": "{d} marca 2027", "sv": "{d} mars 2027", "pt": "{d} de março de 2027"}
ADDR = {"en": "{shop} Returns\nUnit 4, Ashgrove Trading Estate\nNorthampton NN3 6PX\nUnited Kingdom",
        "de": "{shop} – Retourenabteilung\nGewerbering 12\n21079 Hamburg",
        "fr": "{shop} – Service retours\n14 rue des Tanneurs\n69007 Lyon",
        "es": "{shop} – Devoluciones\nPolígono Industrial Las Arenas, nave 7\n28830 San Fernando de Henares (Madrid)",
        "it": "{shop} – Ufficio resi\nVia Lombardini 22\n20143 Milano MI",
        "ja": "〒221-0052 神奈川県横浜市神奈川区栄町10-3 {shop} 返品係",
        "nl": "{shop} Retouren\nHavenweg 31\n3542 AD Utrecht",
        "pl": "{shop} – Dział zwrotów\nul. Magazynowa 9\n05-800 Pruszków",
        "sv": "{shop} Returer\nLagervägen 6\n436 32 Askim",
        "pt": "{shop} – Devoluções\nRua dos Armazéns, 410 – Galpão 3\n07042-010 Guarulhos – SP"}
def _d(n): return "".join(R.choice("0123456789") for _ in range(n))
def _a(n): return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))
TRK = {"en": [("Royal Mail", lambda: "AB" + _d(9) + "GB"), ("UPS", lambda: "1Z" + _a(6) + _d(10))],
       "de": [("DHL", lambda: "00340434" + _d(12))], "fr": [("Colissimo", lambda: "6A" + _d(11))],
       "es": [("Correos Express", lambda: "PQ47K6" + _d(14) + "M")], "it": [("BRT", lambda: _d(15))],
       "ja": [("ヤマト運輸", lambda: _d(4) + "-" + _d(4) + "-" + _d(4))], "nl": [("PostNL", lambda: "3SNLD" + _a(3) + _d(7))],
       "pl": [("InPost", lambda: _d(24))], "sv": [("PostNord", lambda: "00373" + _d(15))], "pt": [("Correios", lambda: "QB" + _d(9) + "BR")]}
INV = {"en": "INV-27-{n}", "de": "RE-2027-{n}", "fr": "FA27-{n}", "es": "F2027/{n}", "it": "FT-2027/{n}", "ja": "T27-{n}",
       "nl": "F27.{n}", "pl": "FV/{n}/03/2027", "sv": "F{n}-27", "pt": "NF-e {n}"}

# phones (fiction ranges where a country has them; otherwise 555-01xx style); each returns (display, spelled-or-None)
def phone(lang):
    n2 = "%02d" % R.randrange(0, 100)
    return {"en": "07700 900" + _d(3), "de": "040 66969 " + _d(3), "fr": "06 39 98 %s %s" % (n2, _d(2)),
            "es": "+34 600 555 0" + n2, "it": "+39 02 5550 1" + n2, "ja": "03-5550-01" + n2,
            "nl": "+31 20 555 01" + n2, "pl": "+48 22 555 01 " + n2, "sv": "08-555 01" + n2, "pt": "(11) 5550-01" + n2}[lang]
PHONE_INTRO = {"en": ["Call me directly on {p}.", "Ring our workshop: {p} (Mon-Fri).", "Quickest is a phone call - {p}."],
 "de": ["Rufen Sie mich direkt an: {p}.", "Telefonisch erreichen Sie uns unter {p}.", "Am schnellsten geht's per Anruf: {p}."],
 "fr": ["Appelez-moi directement au {p}.", "Vous pouvez nous joindre au {p}.", "Le plus simple : un coup de fil au {p}."],
 "es": ["Llámeme directamente al {p}.", "Puede contactarnos por teléfono en el {p}.", "Lo más rápido es llamar al {p}."],
 "it": ["Mi chiami direttamente al {p}.", "Può contattarci al numero {p}.", "Faccia prima con una telefonata al {p}."],
 "ja": ["お急ぎの場合は {p} までお電話ください。", "担当直通: {p}", "電話（{p}）でもご相談を承ります。"],
 "nl": ["Bel me gerust direct op {p}.", "Telefonisch zijn we bereikbaar op {p}.", "Het snelst gaat het via {p}."],
 "pl": ["Proszę dzwonić bezpośrednio: {p}.", "Telefonicznie jesteśmy dostępni pod numerem {p}.", "Najszybciej będzie zadzwonić: {p}."],
 "sv": ["Ring mig direkt på {p}.", "Du når oss på telefon {p}.", "Snabbast är att ringa {p}."],
 "pt": ["Me ligue direto no {p}.", "Nosso telefone é {p}.", "O mais rápido é ligar para {p}."]}
SPELL = {"en": ("zero one two three four five six seven eight nine").split(), "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
         "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(), "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
         "it": "zero uno due tre quattro cinque sei sette otto nove".split(), "ja": list("〇一二三四五六七八九"),
         "nl": "nul een twee drie vier vijf zes zeven acht negen".split(), "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split(),
         "sv": "noll ett två tre fyra fem sex sju åtta nio".split(), "pt": "zero um dois três quatro cinco seis sete oito nove".split()}
CO = {  # contact_other phrasings; {h} handle, {p} phone
 "en": ["Add me on WhatsApp and I'll sort it in minutes.", "Our Instagram is @{h} if you want to see the finished pieces.", "Find us on Facebook (search {h}) for quicker answers.", "Ping me on Telegram: @{h}"],
 "de": ["Schreiben Sie mir am besten per WhatsApp.", "Auf Instagram finden Sie uns unter @{h}.", "Schneller geht's über unsere Facebook-Seite \"{h}\".", "Melden Sie sich gern per Telegram: @{h}"],
 "fr": ["Écrivez-moi plutôt sur WhatsApp.", "Retrouvez-nous sur Instagram : @{h}", "Contactez-nous via notre page Facebook « {h} ».", "Je réponds plus vite sur Telegram : @{h}"],
 "es": ["Escríbame mejor por WhatsApp.", "Nos encontrará en Instagram como @{h}.", "Contáctenos en nuestra página de Facebook «{h}».", "Por Telegram respondo antes: @{h}"],
 "it": ["Mi scriva pure su WhatsApp.", "Ci trova su Instagram come @{h}.", "Ci contatti dalla nostra pagina Facebook \"{h}\".", "Su Telegram rispondo prima: @{h}"],
 "ja": ["LINEでお問い合わせいただければすぐ対応します（ID: {h}）。", "Instagram（@{h}）もご覧ください。", "WeChatでもご連絡いただけます：{h}", "X（旧Twitter）の @{h} にDMください。"],
 "nl": ["Stuur me gerust een WhatsApp-bericht.", "Volg ons werk op Instagram: @{h}", "Via onze Facebookpagina \"{h}\" reageren we sneller.", "Op Telegram ben ik sneller: @{h}"],
 "pl": ["Proszę napisać do mnie na WhatsAppie.", "Znajdzie nas Pan/Pani na Instagramie: @{h}", "Szybciej odpowiemy na Facebooku – strona \"{h}\".", "Na Telegramie odpisuję szybciej: @{h}"],
 "sv": ["Skicka gärna ett meddelande på WhatsApp.", "Du hittar oss på Instagram: @{h}", "Via vår Facebooksida \"{h}\" svarar vi snabbare.", "På Telegram svarar jag fortare: @{h}"],
 "pt": ["Me chama no WhatsApp que resolvo rapidinho.", "Estamos no Instagram: @{h}", "Fale com a gente pela página do Facebook \"{h}\".", "No Telegram respondo mais rápido: @{h}"]}
FOLLOW = {"en": "Follow us on Instagram @{h} for new colours and weekly offers.", "de": "Folgen Sie uns auf Instagram @{h} – dort gibt es neue Farben und Wochenangebote.",
 "fr": "Suivez-nous sur Instagram @{h} pour les nouveautés et les offres de la semaine.", "es": "Síganos en Instagram @{h} para ver novedades y ofertas semanales.",
 "it": "Seguiteci su Instagram @{h} per novità e offerte settimanali.", "ja": "新商品や週替わりセール情報はInstagram @{h} をフォローしてください。",
 "nl": "Volg ons op Instagram @{h} voor nieuwe kleuren en weekaanbiedingen.", "pl": "Obserwuj nas na Instagramie @{h} – nowości i promocje co tydzień.",
 "sv": "Följ oss på Instagram @{h} för nyheter och veckans erbjudanden.", "pt": "Siga a gente no Instagram @{h} para novidades e ofertas da semana."}
WEB = {"en": "More on our website:", "de": "Mehr auf unserer Website:", "fr": "Plus d'infos sur notre site :", "es": "Más información en nuestra web:",
       "it": "Maggiori informazioni sul nostro sito:", "ja": "詳しくは当店サイトへ:", "nl": "Meer op onze website:", "pl": "Więcej na naszej stronie:",
       "sv": "Mer på vår webbplats:", "pt": "Mais no nosso site:"}
MAILW = {"en": "Or e-mail me directly:", "de": "Oder schreiben Sie mir direkt:", "fr": "Ou écrivez-moi directement :", "es": "O escríbame directamente a",
         "it": "Oppure mi scriva direttamente:", "ja": "メールでも承ります:", "nl": "Of mail me rechtstreeks:", "pl": "Albo proszę pisać bezpośrednio:",
         "sv": "Eller mejla mig direkt:", "pt": "Ou me mande um e-mail:"}
TRKLINK = {"en": "Live tracking:", "de": "Live-Verfolgung:", "fr": "Suivi en direct :", "es": "Seguimiento en directo:", "it": "Tracciamento live:",
           "ja": "配送状況はこちら:", "nl": "Live volgen:", "pl": "Śledzenie na żywo:", "sv": "Spåra direkt:", "pt": "Rastreio em tempo real:"}
PRODLINK = {"en": "Here is the product page again:", "de": "Hier noch einmal die Produktseite:", "fr": "Voici à nouveau la fiche produit :",
            "es": "Aquí tiene de nuevo la ficha del producto:", "it": "Ecco di nuovo la scheda prodotto:", "ja": "商品ページはこちらです:",
            "nl": "Hier nog eens de productpagina:", "pl": "Tu jeszcze raz strona produktu:", "sv": "Här är produktsidan igen:", "pt": "Segue de novo a página do produto:"}
PHOTO = {"en": "Photo of the packed parcel attached.", "de": "Foto vom gepackten Paket anbei.", "fr": "Photo du colis emballé en pièce jointe.",
         "es": "Adjunto foto del paquete embalado.", "it": "In allegato la foto del pacco.", "ja": "梱包時の写真を添付します。",
         "nl": "Foto van het ingepakte pakket in de bijlage.", "pl": "W załączniku zdjęcie zapakowanej paczki.", "sv": "Foto på det packade paketet bifogas.",
         "pt": "Segue foto do pacote embalado."}
HOLD = {  # the agent's own earlier holding reply, quoted in long threads
 "en": ["Thanks for getting in touch. I am checking this with our warehouse for order {oid} and will come back to you within one working day.", "Quick update: I have asked the team to look into order {oid}; you will hear from me tomorrow at the latest."],
 "de": ["Danke für Ihre Nachricht. Ich kläre das zur Bestellung {oid} mit unserem Lager und melde mich innerhalb eines Werktags.", "Kurzes Update: Das Team prüft Bestellung {oid}, spätestens morgen hören Sie von mir."],
 "fr": ["Merci pour votre message. Je vérifie la commande {oid} auprès de notre entrepôt et reviens vers vous sous un jour ouvré.", "Petit point : l'équipe examine la commande {oid}, vous aurez de mes nouvelles demain au plus tard."],
 "es": ["Gracias por escribirnos. Estoy revisando el pedido {oid} con el almacén y le respondo en un día laborable.", "Actualización rápida: el equipo está mirando el pedido {oid}; le escribo mañana como muy tarde."],
 "it": ["Grazie per il messaggio. Sto verificando l'ordine {oid} con il magazzino e le rispondo entro un giorno lavorativo.", "Aggiornamento veloce: il team sta controllando l'ordine {oid}, le scrivo al più tardi domani."],
 "ja": ["ご連絡ありがとうございます。ご注文 {oid} について倉庫に確認中です。1営業日以内にご連絡いたします。", "現在ご注文 {oid} を担当チームが確認しております。遅くとも明日までにご連絡いたします。"],
 "nl": ["Bedankt voor uw bericht. Ik zoek bestelling {oid} uit met ons magazijn en laat binnen één werkdag iets weten.", "Korte update: het team bekijkt bestelling {oid}, uiterlijk morgen hoort u van mij."],
 "pl": ["Dziękuję za wiadomość. Sprawdzam zamówienie {oid} w magazynie i odezwę się w ciągu jednego dnia roboczego.", "Krótka informacja: zespół sprawdza zamówienie {oid}, odezwę się najpóźniej jutro."],
 "sv": ["Tack för ditt meddelande. Jag kollar beställning {oid} med lagret och återkommer inom en arbetsdag.", "Kort uppdatering: teamet tittar på beställning {oid}, du hör av mig senast i morgon."],
 "pt": ["Obrigado pela mensagem. Estou verificando o pedido {oid} com o depósito e retorno em até um dia útil.", "Atualização rápida: a equipe está olhando o pedido {oid}; falo com você até amanhã no máximo."]}
EMOJI = ["😊", "🙏", "👍", "🎉", "📦", "⭐", "❤️", "🚚"]
HURRY_MIX = {"de": "sorry for the delay!", "fr": "sorry, c'est la rush", "es": "sorry por la demora", "it": "sorry per il ritardo",
             "nl": "sorry for the late reply", "pl": "sorry za opóźnienie", "sv": "sorry för dröjsmålet", "pt": "sorry pela demora",
             "ja": "sorry、遅くなりました", "en": "pls see below asap"}

# ---------------------------------------------------------------- sellers and helpdesks
SELLERS = [
 dict(id="nordlicht", shop="Nordlicht Haushaltswaren", frm="service@nordlicht-haus.example", web="nordlicht-haus.example", hd="kustomer",
      agents=["Lena Hoffmann", "Sam Okafor", "Yuki Mori"], prods=["AquaBoil 1.7", "Fjord 28 pan", "Larder tin set"], handle="nordlicht.haus"),
 dict(id="casabrava", shop="Casa Brava Outdoor", frm="ayuda@casabrava-outdoor.example", web="casabrava-outdoor.example", hd="intercom",
      agents=["Inés Romero", "Tom Becker", "Aiko Tanaka"], prods=["Sierra 4P tent", "Brava lounger XL", "Trail stove 2"], handle="casabrava.outdoor"),
 dict(id="atelier", shop="Petit Atelier Papeterie", frm="bonjour@petit-atelier.example", web="petit-atelier.example", hd="richpanel",
      agents=["Margaux Petit", "Luca Ferri", "Ola Nowak"], prods=["Atelier F12 pen", "Linen notebook A5", "Brass desk tray"], handle="petitatelier.papier"),
 dict(id="kobo", shop="Kobo Audio Works", frm="help@koboaudio.example", web="koboaudio.example", hd="helpscout",
      agents=["Kenji Sato", "Emma Visser", "Rafael Costa"], prods=["KA-300 headphones", "KA-Buds Pro", "Studio DAC 2"], handle="koboaudio"),
 dict(id="lindqvist", shop="Lindqvist Cykel", frm="lindqvist.cykel.butik@gmail.example", web="lindqvistcykel.example", hd="gmail",
      agents=["Erik Lindqvist", "Karin Lindqvist"], prods=["Pendel rear rack", "Vinter 2.1 tyre", "Kapa mudguard set"], handle="lindqvistcykel"),
]
HDNAME = {"kustomer": "Kustomer", "intercom": "Intercom", "richpanel": "Richpanel", "helpscout": "Help Scout", "gmail": "Gmail"}
TOPIC_SELLER = {"return": "nordlicht", "damaged": "nordlicht", "warranty": "kobo", "product": "lindqvist", "p_custom": "atelier",
                "p_sched": "casabrava", "p_returnq": "kobo"}

# ---------------------------------------------------------------- attachment bytes
def pdf_bytes(title, pad=0):
    body = ("BT /F1 12 Tf 72 720 Td (%s) Tj ET" % title).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    if pad:
        out += b"%" + (b"padding-stream-0123456789abcdef" * (pad // 31 + 1))[:pad] + b"\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)
def png_bytes(w=4, h=3, rgb=(200, 120, 40)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def ch(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + ch(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + ch(b"IDAT", zlib.compress(raw)) + ch(b"IEND", b"")
def jpeg_bytes(tag):
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\xff\xfe" + struct.pack(">H", len(tag) + 2) + tag
            + b"\xff\xdb\x00\x43\x00" + bytes(range(1, 65)) + b"\xff\xd9")
def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in files:
            zi = zipfile.ZipInfo(n, date_time=(2027, 3, 1, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)
    return bio.getvalue()
def exe_bytes():
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00" + b"\x00" * 64 + b"PE\x00\x00\x4c\x01\x03\x00" + b"\x00" * 200
BAD_ATT = [  # (filename, maintype, subtype, bytes-factory, magic, note)
 ("fotos_{n}.zip", "application", "zip", lambda: zip_bytes([("IMG_01.jpg", jpeg_bytes(b"a")), ("IMG_02.jpg", jpeg_bytes(b"b"))]), b"PK\x03\x04", "ZIP archive"),
 ("Setup_Treiber_{n}.exe", "application", "x-msdownload", exe_bytes, b"MZ", "Windows executable"),
 ("montage_{n}.mp4", "video", "mp4", lambda: b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00\x00\x00\x08free", b"\x00\x00\x00\x18ftypmp42", "MP4 video"),
 ("tabla_tallas_{n}.xlsx", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  lambda: zip_bytes([("[Content_Types].xml", b"<?xml version=\"1.0\"?><Types/>"), ("xl/workbook.xml", b"<workbook/>")]), b"PK\x03\x04", "XLSX spreadsheet"),
 ("IMG_{n}.HEIC", "image", "heic", lambda: b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 32, b"\x00\x00\x00\x18ftypheic", "HEIC photo"),
 ("factuur_{n}.html", "text", "html", lambda: b"<!doctype html><html><body><h1>Factuur</h1></body></html>", b"<!doctype html>", "HTML file"),
 ("invoice_{n}.pdf", "application", "pdf", exe_bytes, b"MZ", "PDF name but executable content"),
 ("foto_{n}.jpg", "image", "jpeg", lambda: png_bytes(6, 6), b"\x89PNG", ".jpg name but PNG content"),
 ("zdjecie_{n}.webp", "image", "webp", lambda: b"RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00" + b"\x00" * 24, b"RIFF", "WebP image"),
 ("leverans_{n}.ics", "text", "calendar", lambda: b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Leverans\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", b"BEGIN:VCALENDAR", "iCalendar file"),
 ("SIX", None, None, None, None, "six attachments"),
 ("BIG", None, None, None, None, "over 10 MB decoded"),
]
OK_MAGIC = {"pdf": b"%PDF", "jpg": b"\xff\xd8\xff", "jpeg": b"\xff\xd8\xff", "png": b"\x89PNG", "gif": b"GIF8", "txt": None, "doc": b"\xd0\xcf\x11\xe0", "docx": b"PK\x03\x04"}

# ---------------------------------------------------------------- helpers
FW = {c: chr(ord(c) + 0xFEE0) for c in "abcdefghijklmnopqrstuvwxyz0123456789.-/:"}
def fullwidth(s): return "".join(FW.get(c, c) for c in s)
def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
URLRE = re.compile(r"https?://[^\s<>\"')]+")
def autolink(h):
    return URLRE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(0), m.group(0)), h)
def p2html(t): return autolink(esc(t)).replace("\n", "<br>\n")
def strip_acc(s, lang):
    if lang == "de":
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
            s = s.replace(a, b)
        return s
    if lang in ("ja",): return s
    if lang == "pl": s = s.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
ABBR = {"en": [("please", "pls"), ("Please", "Pls"), ("thanks", "thx"), ("as soon as possible", "asap"), ("you", "u"), ("within", "w/in")],
        "de": [("bitte", "bitte"), ("Sie", "Sie"), ("zum Beispiel", "z.B."), ("vielen Dank", "thx")],
        "fr": [("s'il vous plaît", "svp"), ("rendez-vous", "rdv"), ("quelque chose", "qqch")],
        "es": [("por favor", "x fa"), ("que", "q"), ("también", "tb")], "it": [("per favore", "x favore"), ("che", "ke"), ("non", "nn")],
        "nl": [("alstublieft", "aub"), ("bijvoorbeeld", "bv")], "pl": [("proszę", "prosze"), ("dziękuję", "dzieki")],
        "sv": [("tack så mycket", "tack"), ("till exempel", "t.ex.")], "pt": [("você", "vc"), ("porque", "pq"), ("também", "tb")], "ja": []}
def hurry(t, lang, rnd):
    if URLRE.search(t) is None or True:
        parts = re.split(r"(https?://\S+|\n)", t)
        out = []
        for p in parts:
            if p.startswith("http") or p == "\n":
                out.append(p); continue
            p = strip_acc(p, lang)
            for a, b in ABBR.get(lang, []):
                if rnd.random() < 0.7: p = re.sub(r"\b%s\b" % re.escape(a), b, p)
            words = [m for m in re.finditer(r"\b[^\W\d_]{7,}\b", p)
                     if m.group(0).lower() not in L[lang]["trkw"].lower() and "nummer" not in m.group(0).lower()]
            if words and lang != "ja" and rnd.random() < 0.8:
                w = rnd.choice(words); s = w.group(0); k = rnd.randrange(1, len(s) - 2)
                p = p[:w.start()] + s[:k] + s[k + 1] + s[k] + s[k + 2:] + p[w.end():]
            out.append(p)
        return "".join(out)

# ---------------------------------------------------------------- plan
RECIPES = [
 (("review_incentive",), 9), (("review_incentive", "feedback_removal"), 8), (("review_incentive", "important_tag"), 3),
 (("review_incentive", "repeat_request"), 3), (("review_incentive", "missing_order_id"), 4),
 (("review_manipulation",), 9), (("review_manipulation", "feedback_removal"), 7), (("review_manipulation", "styling"), 4),
 (("review_manipulation", "repeat_request"), 3), (("review_manipulation", "missing_order_id"), 2), (("review_manipulation", "important_tag"), 2),
 (("feedback_removal",), 6), (("feedback_removal", "offensive"), 5),
 (("repeat_request",), 14), (("repeat_request", "important_tag"), 3), (("repeat_request", "styling"), 2), (("repeat_request", "tracking_pixel"), 2),
 (("marketing",), 6), (("external_link", "marketing"), 8), (("contact_other", "marketing"), 6), (("marketing", "opt_out"), 4),
 (("marketing", "styling"), 4), (("marketing", "missing_order_id"), 2),
 (("offensive",), 16), (("offensive", "important_tag"), 3), (("styling", "offensive"), 3),
 (("external_link",), 5), (("external_link", "contact_email", "contact_phone"), 5),
 (("contact_email",), 6), (("contact_email", "contact_phone"), 7), (("contact_email", "contact_phone", "contact_other"), 3),
 (("contact_phone",), 3), (("contact_phone", "contact_other"), 6), (("contact_other",), 6),
 (("opt_out",), 9), (("external_link", "opt_out"), 6), (("opt_out", "styling"), 3),
 (("tracking_pixel",), 10), (("external_link", "tracking_pixel"), 4), (("tracking_pixel", "styling"), 4), (("tracking_pixel", "unpermitted_proactive"), 2),
 (("attachment",), 14), (("attachment", "missing_order_id"), 4), (("attachment", "important_tag"), 2), (("contact_email", "attachment"), 2),
 (("styling",), 6), (("important_tag",), 5), (("important_tag", "unpermitted_proactive"), 4),
 (("missing_order_id",), 6), (("missing_order_id", "unpermitted_proactive"), 4),
 (("unpermitted_proactive",), 8), (("styling", "unpermitted_proactive"), 2),
]
N_PER_LANG, COMPLIANT_PER_LANG = 49, 22
TARGET_MIN = {c: 20 for c in CATS}
WORDING = ["review_incentive", "review_manipulation", "feedback_removal", "repeat_request", "marketing", "offensive"]
REPLY_TOPICS = ["track", "return", "warranty", "invoice", "product", "damaged", "refuse", "review", "nm_removal", "nm_incentive"]
PRO_TOPICS = ["p_invoice", "p_sched", "p_address", "p_custom", "p_delay", "p_review", "p_returnq"]
CRITICAL = {"p_sched", "p_address", "p_custom"}
BUYER_FOR = {"nm_removal": "review", "nm_incentive": "damaged", "review": "review"}

USED_OIDS = set()
def new_oid(lang):
    while True:
        o = "%s-%s-%s" % (R.choice(OIDPRE[lang]), _d(7), _d(7))
        if o not in USED_OIDS:
            USED_OIDS.add(o); return o
def relay(lang):
    dom = "marketplace.amazon." + L[lang]["tld"]
    if lang == "ja" and R.random() < 0.4: dom = "m." + dom
    loc = "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))
    if R.random() < 0.2: loc += "+" + "".join(R.choice("0123456789abcdef") for _ in range(8))
    return loc + "@" + dom

COUNTERS = {}
def pick(lang, key, pool):
    k = (lang, key); i = COUNTERS.get(k, 0); COUNTERS[k] = i + 1
    return pool[i % len(pool)]
def vcycle(key, n):
    i = COUNTERS.get(key, 0); COUNTERS[key] = i + 1; return i % n

def new_msg(lang, kind, seller=None, topic=None):
    if seller is None:
        sid = TOPIC_SELLER.get(topic)
        seller = next(s for s in SELLERS if s["id"] == sid) if sid and R.random() < 0.7 else R.choice(SELLERS)
    m = dict(lang=lang, kind=kind, s=seller, agent=R.choice(seller["agents"]), buyer=R.choice(L[lang]["names"]), relay=relay(lang),
             oid=new_oid(lang), asin="B0" + _a(8), prod=R.choice(seller["prods"]), labels=set(), ev=[], notes=[], paras=[], sig_extra=[],
             end_extra=[], atts=[], headers={}, subject=None, topic=topic, style=R.choice(["hurried", "careful", "plain"]),
             need_html=False, force_mode=None, quote_own=False, own_addr=False, buyer_topic=None, is_request=False, obf=[], critical=False,
             blank_run=False, subj_tag=None, no_oid_subject=False, typo_oid=None, pair=None)
    carrier, tf = R.choice(TRK[lang])
    m.update(trk=tf(), car=carrier, rma="RMA-" + _d(6), inv=INV[lang].format(n=_d(5)), sn="SN" + _a(3) + _d(7),
             amt=CUR[lang].format(a=R.randrange(4, 60), c=R.choice(["00", "50", "90", "95"])), date=MONTHS[lang].format(d=R.randrange(10, 28)),
             addr=ADDR[lang].format(shop=seller["shop"]))
    return m
def fmt(m, t):
    return t.format(oid=m["typo_oid"] or m["oid"], trk=m["trk"], car=m["car"], asin=m["asin"], prod=m["prod"], date=m["date"], rma=m["rma"],
                    addr=m["addr"], inv=m["inv"], amt=m["amt"], sn=m["sn"], trk_w=L[m["lang"]]["trkw"])
def add(m, t=None, h=None, ev=(), where="paras"):
    m[where].append((t, h))
    if t is None: m["need_html"] = True
    m["ev"].extend(ev)

def base_topic(m, topic):
    m["topic"] = topic
    t = C[m["lang"]][topic]
    if topic == "p_review":
        t = pick(m["lang"], "NRQ", V[m["lang"]]["NRQ"]); m["is_request"] = True
        if R.random() < 0.4:
            t += "\nhttps://www.amazon.%s/review/review-your-purchases/?asin=%s" % (L[m["lang"]]["tld"], m["asin"])
    txt = fmt(m, t)
    for para in txt.split("\n\n"):
        if m["style"] == "hurried": para = hurry(para, m["lang"], R)
        add(m, para)
    if topic in ("invoice", "p_invoice"):
        m["atts"].append(("%s.pdf" % re.sub(r"[^\w-]", "_", m["inv"]), "application", "pdf", pdf_bytes("Invoice " + m["inv"])))
    if topic == "warranty":
        m["atts"].append(("warranty_card_%s.pdf" % m["prod"].split()[0], "application", "pdf", pdf_bytes("Warranty " + m["sn"])))
    if topic == "return" and R.random() < 0.5:
        m["atts"].append(("%s_label.pdf" % m["rma"], "application", "pdf", pdf_bytes("Return label " + m["rma"])))
    if topic == "p_custom":
        m["atts"].append(("proof_%s.png" % m["oid"].split("-")[1], "image", "png", png_bytes(8, 5)))
    if topic == "damaged" and R.random() < 0.5:
        add(m, PHOTO[m["lang"]]); m["atts"].append(("packing_%s.jpg" % _d(4), "image", "jpeg", jpeg_bytes(b"packing photo")))
    if topic in CRITICAL: m["critical"] = True
    m["buyer_topic"] = BUYER_FOR.get(topic, topic if topic in L[m["lang"]]["buyer"] else None)

# ---------------------------------------------------------------- violation injectors
PHONES = set()
def mk_phone(m):
    p = phone(m["lang"]); PHONES.add(p); return p
def web(m): return m["s"]["web"]
def first(m): return m["agent"].split()[0]
def ascii_first(m): return strip_acc(first(m), "fr").lower()

def inj_external_link(m, combo):
    lang, tld = m["lang"], L[m["lang"]]["tld"]
    if "marketing" in combo:
        u = "https://www.%s/sale?src=amazon" % web(m)
        add(m, u, '<a href="%s">%s</a>' % (u, u), [u]); m["notes"].append("shop sale link"); return
    if "opt_out" in combo: return  # link added by opt_out injector
    if "tracking_pixel" in combo or m["s"]["hd"] in ("intercom", "richpanel", "kustomer") and vcycle("pb", 3) == 0:
        u = "https://www.%s.example/?utm_source=%s&utm_medium=powered-by" % (m["s"]["hd"], m["s"]["id"])
        add(m, None, '<p><a href="%s">Powered by %s</a></p>' % (esc(u), HDNAME[m["s"]["hd"]]), [esc(u)], "end_extra")
        m["notes"].append("linked powered-by helpdesk footer"); return
    v = vcycle("ext", 11)
    if v == 0:
        u = "www." + web(m); add(m, "%s %s" % (WEB[lang], u), esc(WEB[lang]) + ' <a href="https://%s/">%s</a>' % (u, u), [u], "sig_extra")
        m["notes"].append("website in signature")
    elif v == 1:
        u = "https://track.parcelwatch.example/t/" + m["trk"]; add(m, "%s %s" % (TRKLINK[lang], u), ev=[u]); m["notes"].append("carrier tracking URL")
    elif v == 2:
        u = "https://www.amazon.%s/dp/%s" % (tld, m["asin"]); add(m, "%s %s" % (PRODLINK[lang], u), ev=[u]); m["notes"].append("Amazon /dp/ link")
    elif v == 3:
        u = "https://www.amazon.%s/stores/%s/page/%s" % (tld, m["s"]["id"].capitalize(), _a(8).lower()); add(m, "%s %s" % (WEB[lang], u), ev=[u]); m["notes"].append("Amazon storefront link")
    elif v == 4:
        u = "https://amzn.to/" + _a(7); add(m, "%s %s" % (PRODLINK[lang], u), ev=[u]); m["notes"].append("amzn.to short link")
    elif v == 5:
        u = "https://clicks.%s-mail.example/ls/click?upn=%s&u=https%%3A%%2F%%2Fwww.amazon.%s%%2Freturns" % (m["s"]["hd"], _a(16).lower(), tld)
        add(m, None, '<p><a href="%s">Amazon returns centre / %s</a></p>' % (esc(u), esc(TRKLINK[lang].rstrip(" :"))), [esc(u)]); m["notes"].append("click-tracking redirect around an Amazon link")
    elif v == 6:
        u = "https://www.%s/help/order-status?ref=amz" % web(m)
        add(m, None, '<p><a href="%s">%s</a></p>' % (u, esc(PRODLINK[lang].rstrip(" :"))), [u]); m["notes"].append("seller link hidden in href")
    elif v == 7:
        u = "http://www.amazon.%s/gp/css/order-history" % tld; add(m, u, '<a href="%s">%s</a>' % (u, u), [u]); m["notes"].append("plain http Amazon link")
    elif v == 8:
        d = web(m).replace(".example", " dot example"); add(m, "%s %s" % (WEB[lang], d), ev=[d], where="sig_extra"); m["obf"].append("spelled-out dot")
    elif v == 9:
        u = "h&#116;tps://www.%s/kontakt" % web(m)
        add(m, None, '<p><a href="%s">%s</a></p>' % (u, esc(WEB[lang].rstrip(" :"))), [u]); m["obf"].append("HTML entity in href")
    else:
        d = fullwidth("www." + web(m)); add(m, "%s %s" % (WEB[lang], d), ev=[d], where="sig_extra"); m["obf"].append("full-width domain")

def inj_contact_email(m, combo):
    lang = m["lang"]
    if "contact_phone" in combo and "external_link" in combo or "contact_other" in combo:
        return  # handled by signature block
    v = vcycle("mail", 6)
    if m["kind"] == "reply" and m["s"]["hd"] == "gmail" and v % 2 == 0:
        m["quote_own"] = True; m["own_addr"] = True; m["ev"].append(m["s"]["frm"]); m["notes"].append("own address in quoted Gmail attribution line"); return
    if v == 0:
        a = "support@" + web(m); add(m, a, '<a href="mailto:%s">%s</a>' % (a, a), [a], "sig_extra"); m["notes"].append("address in signature")
    elif v == 1:
        a = "%s@%s" % (ascii_first(m), web(m)); add(m, "%s %s" % (MAILW[lang], a), ev=[a]); m["notes"].append("agent's personal address")
    elif v == 2:
        a = "%s (at) %s (dot) example" % (ascii_first(m), web(m).replace(".example", "")); add(m, "%s %s" % (MAILW[lang], a), ev=[a]); m["obf"].append("(at) (dot)")
    elif v == 3:
        a = "service[at]%s" % web(m); add(m, "%s %s" % (MAILW[lang], a), ev=[a]); m["obf"].append("[at]")
    elif v == 4:
        a = "kontakt&#64;%s" % web(m); m["force_mode"] = "html"
        add(m, None, "<p>%s %s</p>" % (esc(MAILW[lang]), a), [a]); m["obf"].append("HTML entity @ in HTML-only body")
    else:
        a = "info＠" + web(m); add(m, "%s %s" % (MAILW[lang], a), ev=[a]); m["obf"].append("full-width at sign")

def inj_contact_phone(m, combo):
    lang = m["lang"]
    if ("contact_email" in combo and ("external_link" in combo or "contact_other" in combo)):
        p = mk_phone(m); a = "%s@%s" % (ascii_first(m), web(m)); w = "www." + web(m)
        lines = [m["s"]["shop"], "Tel. " + p, a]
        if "external_link" in combo: lines.append(w); m["ev"].append(w)
        if "contact_other" in combo:
            lines.append("WhatsApp / Telegram: " + p)
        add(m, "\n".join(lines), None if False else "<p>" + "<br>".join(esc(x) for x in lines) + "</p>", [p, a], "sig_extra")
        m["notes"].append("full signature block (" + ", ".join(c for c in CATS if c in combo) + ")"); return
    if "contact_other" in combo:
        p = mk_phone(m)
        t = pick(lang, "WA", {"en": ["WhatsApp us on {p} if that's easier.", "Text me on WhatsApp: {p}"], "de": ["Per WhatsApp erreichen Sie mich unter {p}.", "WhatsApp an {p} geht am schnellsten."],
             "fr": ["Sur WhatsApp, je suis joignable au {p}.", "Un WhatsApp au {p} et c'est réglé."], "es": ["Por WhatsApp me encuentra en el {p}.", "Mándeme un WhatsApp al {p}."],
             "it": ["Su WhatsApp mi trova al {p}.", "Mi mandi un WhatsApp al {p}."], "ja": ["WhatsApp（{p}）でもご連絡いただけます。", "LINE通話でも対応します（{p}）。"],
             "nl": ["Via WhatsApp bereikt u mij op {p}.", "Stuur een WhatsApp naar {p}."], "pl": ["Na WhatsAppie jestem pod numerem {p}.", "Proszę napisać na WhatsApp: {p}."],
             "sv": ["På WhatsApp når du mig på {p}.", "Skicka ett WhatsApp till {p}."], "pt": ["No WhatsApp é só chamar no {p}.", "Manda um zap pro {p}."]}[lang]).format(p=p)
        add(m, t, ev=[p]); m["notes"].append("WhatsApp/LINE with number"); return
    v = vcycle("tel", 5)
    p = mk_phone(m)
    if v == 0:
        add(m, pick(lang, "PI", PHONE_INTRO[lang]).format(p=p), ev=[p]); m["notes"].append("phone number in body")
    elif v == 1:
        add(m, "Tel. " + p, ev=[p], where="sig_extra"); m["notes"].append("phone in signature")
    elif v == 2:
        h = "tel:" + re.sub(r"[^\d+]", "", p)
        pi = pick(lang, "PI", PHONE_INTRO[lang])
        add(m, pi.format(p=p), esc(pi.format(p="")) + ' <a href="%s">%s</a>' % (h, esc(p)), [p, h]); m["need_html"] = True; m["notes"].append("tel: link")
    elif v == 3:
        sp = " ".join(SPELL[lang][int(c)] for c in p if c.isdigit())
        if lang == "ja": sp = "".join(SPELL[lang][int(c)] for c in p if c.isdigit())
        add(m, pick(lang, "PI", PHONE_INTRO[lang]).format(p=sp), ev=[sp]); m["obf"].append("digits written as words")
    else:
        sp = " ".join(c for c in p if c != " ")
        add(m, pick(lang, "PI", PHONE_INTRO[lang]).format(p=sp), ev=[sp]); m["obf"].append("spaced digits")

def inj_contact_other(m, combo):
    lang = m["lang"]
    if "marketing" in combo:
        t = FOLLOW[lang].format(h=m["s"]["handle"]); add(m, t, ev=[t.split("@")[0]]); m["notes"].append("follow us on Instagram"); return
    if "contact_phone" in combo: return
    t = pick(lang, "CO", CO[lang]).format(h=m["s"]["handle"]); add(m, t, ev=[t]); m["notes"].append("off-Amazon channel")

def inj_pool(m, cat, key):
    t = fmt(m, pick(m["lang"], key, V[m["lang"]][key]))
    add(m, t, ev=[t]); return t

def inj_marketing(m, combo):
    if "contact_other" in combo: return
    inj_pool(m, "marketing", "MKT")
def inj_opt_out(m, combo):
    lang = m["lang"]
    v = "link" if "external_link" in combo else ("hdr" if vcycle("opt", 3) == 0 and "marketing" not in combo else "text")
    if v == "link":
        u = "https://%s-mail.example/preferences?u=%s" % (m["s"]["hd"], _a(12).lower())
        t = V[lang]["OPT"][1]; add(m, "%s %s" % (t, u), esc(t) + ' <a href="%s">%s</a>' % (u, u), [t, u], "end_extra"); m["notes"].append("preferences link in body")
    elif v == "hdr":
        m["headers"]["List-Unsubscribe"] = "<mailto:unsubscribe@%s?subject=%s>, <https://%s-mail.example/u/%s>" % (web(m), _a(6), m["s"]["hd"], _a(10).lower())
        m["ev"].append(("hdr", "List-Unsubscribe")); m["notes"].append("List-Unsubscribe header only")
    else:
        t = V[lang]["OPT"][R.choice([0, 2])]; add(m, t, ev=[t], where="end_extra"); m["notes"].append("unsubscribe text")

def inj_tracking_pixel(m, combo):
    hd = m["s"]["hd"]; rid = m["relay"].split("@")[0].split("+")[0]; hx = hashlib.md5(m["relay"].encode()).hexdigest()
    v = vcycle("px", 6)
    srcs = {"helpscout": ('<img src="https://beacon.helpscout.example/v1/open/%s.gif" width="1" height="1" alt="">' % hx, "Help Scout open tracking 1x1"),
            "intercom": ('<img src="https://via.intercom.example/o/%s/%s" width="1" height="1" alt="" style="border:0">' % (hx[:12], rid), "Intercom open pixel with recipient id"),
            "kustomer": ('<img src="https://t.kustomer.example/open?rid=%s" width="0" height="0" alt="">' % rid, "Kustomer 0x0 open beacon"),
            "richpanel": ('<img src="https://cdn.richpanel.example/b/%s/spring-banner.png" width="560" height="140" alt="">' % rid, "normal-size banner whose URL carries the recipient id"),
            "gmail": ('<img src="https://mailtrack.example/trace/mail/%s.png?u=%s" width="0" height="0" style="border:0;width:0;height:0;overflow:hidden">' % (hx, _d(7)), "Gmail extension tracker 0x0")}
    h, note = srcs[hd]
    if v == 5:
        h, note = '<img src="https://px.%s-mail.example/p.gif?id=%s" style="display:none" alt="">' % (hd, hx[:16]), "pixel hidden with display:none"
    add(m, None, h, [re.search(r'src="([^"]+)"', h).group(1)], "end_extra"); m["notes"].append(note)

def inj_attachment(m, combo):
    v = vcycle("att", len(BAD_ATT))
    fn, mt, st, fac, magic, note = BAD_ATT[v]
    n = _d(4)
    if fn == "SIX":
        for i in range(6):
            m["atts"].append(("foto_%d.jpg" % (i + 1), "image", "jpeg", jpeg_bytes(b"photo %d" % i)))
        m["ev"].append(("count", 6))
    elif fn == "BIG":
        m["atts"].append(("manual_%s.pdf" % n, "application", "pdf", pdf_bytes("Manual", pad=10_700_000))); m["ev"].append(("big", 10_000_000))
    else:
        name = fn.format(n=n); data = fac(); m["atts"].append((name, mt, st, data)); m["ev"].append(("att", name, magic))
    add(m, PHOTO[m["lang"]])
    m["notes"].append(note)

def inj_styling(m, combo):
    v = vcycle("sty", 7)
    if "offensive" in combo or "unpermitted_proactive" in combo or "repeat_request" in combo or "review_manipulation" in combo:
        v = 0
    if m["force_mode"] == "plain": v = 0
    if v == 0:
        e = EMOJI[vcycle("emo", len(EMOJI))]; e2 = EMOJI[vcycle("emo", len(EMOJI))]
        add(m, e + " " + e2, ev=[e]); m["notes"].append("emoji")
    elif v == 1:
        m["wrap"] = '<div style="text-align:center">'; m["ev"].append("text-align:center"); m["notes"].append("centred body")
    elif v == 2:
        m["wrap"] = "<div style=\"font-family:'Comic Sans MS',cursive\">"; m["ev"].append("font-family:'Comic Sans MS'"); m["notes"].append("font-family override")
    elif v == 3:
        add(m, None, '<p><span style="color:#d6336c">%s</span></p>' % esc(m["prod"]), ["color:#d6336c"]); m["notes"].append("font colour override")
    elif v == 4:
        h = "".join('<span style="font-size:%dpx">%s</span> ' % (s, esc(w)) for s, w in zip((11, 14, 18, 24), (m["s"]["shop"], m["prod"], m["asin"], "!")))
        add(m, None, "<p>%s</p>" % h, ["font-size:24px"]); m["notes"].append("four font sizes")
    elif v == 5:
        u = "http://static.%s/img/logo-2019.png" % web(m)
        add(m, None, '<p><img src="%s" width="180" height="60" alt="%s"></p>' % (u, esc(m["s"]["shop"])), [u], "sig_extra"); m["notes"].append("unlinked logo over http:")
    else:
        m["blank_run"] = True; m["force_mode"] = "plain"; m["ev"].append("\n\n\n\n\n"); m["notes"].append("run of four blank lines")

def inj_important(m, combo):
    m["subj_tag"] = R.choice(["[Important] ", "[IMPORTANT] ", " [important]", "[Important] "]); m["ev"].append(("subjtag",))
    m["notes"].append("[Important] on a non-critical message")

def inj_missing(m, combo):
    o = m["oid"].split("-"); v = vcycle("miss", 3)
    if v == 0: m["typo_oid"] = "%s-%s-%s" % (o[0], o[1][:6], o[2])
    elif v == 1: m["typo_oid"] = "%s-%s-%s" % (o[0], o[1], o[2][:6])
    else: m["typo_oid"] = None; m["drop_oid"] = True
    m["no_oid_subject"] = True; m["ev"].append(("nooid",))
    m["notes"].append("no valid order id" + (" (mistyped %s)" % m["typo_oid"] if m["typo_oid"] else ""))

# ---------------------------------------------------------------- building messages
def clean_drop(t, lang):
    t = re.sub(r" {2,}", " ", t)
    t = re.sub(r" +([!?.,:;])", r"\1", t)
    if lang == "ja": t = re.sub(r"\s*(の|について)", r"\1", t).replace("ご注文 ", "ご注文")
    return t

PLAN_N, SEEN = {}, {}
def pool_sentence(m, key, cat=None):
    if cat is not None:
        k = (m["lang"], cat); i = SEEN.get(k, 0); SEEN[k] = i + 1; n = PLAN_N.get(k, 1)
        extra = 1 if (n < 4 and i < 4 - n) else 0
        for _ in range(extra):
            pool_sentence(m, key)
    raw = pick(m["lang"], key, V[m["lang"]][key])
    if m.get("drop_oid"):
        t = clean_drop(raw.replace("{oid}", ""), m["lang"]); t = fmt(m, t)
    else:
        t = fmt(m, raw)
    add(m, t, ev=[t]); return t

ORDER = ["repeat_request", "unpermitted_proactive", "feedback_removal", "review_incentive", "review_manipulation", "offensive",
         "marketing", "contact_other", "contact_phone", "contact_email", "external_link", "attachment", "styling", "opt_out",
         "tracking_pixel", "important_tag"]
def build_violation(lang, combo):
    cs = set(combo)
    if cs & {"missing_order_id", "unpermitted_proactive"}: kind = "proactive"
    elif "repeat_request" in cs: kind = "proactive" if R.random() < 0.65 else "reply"
    elif cs & {"feedback_removal", "offensive"}: kind = "reply"
    elif cs & {"review_incentive", "review_manipulation"}: kind = R.choice(["reply", "proactive"])
    elif "important_tag" in cs: kind = R.choice(["reply", "proactive", "proactive"])
    else: kind = "reply" if R.random() < 0.6 else "proactive"
    review_like = cs & {"review_incentive", "review_manipulation", "repeat_request"}
    if "unpermitted_proactive" in cs: base = None
    elif kind == "reply":
        if "offensive" in cs: base = "refuse"
        elif "feedback_removal" in cs: base = R.choice(["damaged", "return", "warranty"])
        else: base = R.choice(["track", "return", "warranty", "invoice", "product", "damaged"])
    else:
        if review_like or "marketing" in cs: base = R.choice([None, "p_invoice"])
        else: base = R.choice(["p_invoice", "p_delay", "p_returnq"])
    m = new_msg(lang, kind, topic=base)
    m["labels"] = cs
    if "missing_order_id" in cs:
        if base is None: m["drop_oid"] = True
        else: inj_missing_typo(m)
        m["no_oid_subject"] = True; m["ev"].append(("nooid",))
        m["notes"].append("proactive without a valid order id" + (" (mistyped %s)" % m["typo_oid"] if m["typo_oid"] else ""))
    if base: base_topic(m, base)
    else: m["topic"] = "none"
    if "offensive" in cs: m["buyer_topic"] = "rude"
    elif "feedback_removal" in cs: m["buyer_topic"] = "review"
    if review_like: m["is_request"] = True
    for c in ORDER:
        if c not in cs: continue
        if c == "repeat_request": pool_sentence(m, "REP", c); m["notes"].append("second review request for the order")
        elif c == "unpermitted_proactive": pool_sentence(m, "UNP", c); m["notes"].append("unpermitted proactive message type")
        elif c == "feedback_removal": pool_sentence(m, "REM", c); m["notes"].append("asks to remove/change review or feedback")
        elif c == "review_incentive": pool_sentence(m, "INC", c); m["notes"].append("incentive for a review")
        elif c == "review_manipulation": pool_sentence(m, "MAN", c); m["notes"].append("steers the review")
        elif c == "offensive": pool_sentence(m, "OFF", c); m["notes"].append("insult or threat")
        elif c == "marketing":
            if "contact_other" not in cs: pool_sentence(m, "MKT", c); m["notes"].append("promotion")
        else:
            globals()["inj_" + {"important_tag": "important"}.get(c, c)](m, cs)
    return m
def inj_missing_typo(m):
    o = m["oid"].split("-")
    m["typo_oid"] = "%s-%s-%s" % (o[0], o[1][:6], o[2]) if vcycle("miss", 2) == 0 else "%s-%s-%s" % (o[0], o[1], o[2][:6])

def build_compliant(lang, topic, seller=None):
    kind = "proactive" if topic.startswith("p_") else "reply"
    m = new_msg(lang, kind, seller, topic)
    base_topic(m, topic)
    if topic == "refuse" and R.random() < 0.5:
        m["buyer_topic"] = "rude"; m["notes"].append("quoted buyer message is rude (near-miss of offensive)")
    if topic in CRITICAL and R.random() < 0.6: m["subj_tag"] = R.choice(["[Important] ", " [Important]", "[IMPORTANT] "]); m["notes"].append("[Important] allowed (critical)")
    return m

# ---------------------------------------------------------------- rendering
BASE_DATE = datetime.datetime(2027, 3, 1, 7, 30, tzinfo=datetime.timezone.utc)
def quote_lines(m, when):
    Lg = L[m["lang"]]; tld = Lg["tld"]; tok = _a(13)
    bt = Lg["buyer"][m["buyer_topic"] or "track"]
    lines = [Lg["start"], "", bt, "", Lg["end"], ""]
    if m["topic"] == "product": lines += ["%s [ASIN: %s]" % (m["prod"], m["asin"])]
    else: lines += ["# %s:" % m["oid"], "1 / %s [ASIN: %s]" % (m["prod"], m["asin"])]
    lines += ["", "%s: %s" % (Lg["sold"], m["s"]["shop"]), "", Lg["helpful"],
              "https://www.amazon.%s/gp/communication-manager/feedback.html?ref=mm_fb&t=%s" % (tld, tok.lower()),
              "", "https://sellercentral.amazon.%s/messaging/reply?threadId=%s" % (tld, _a(16).lower()), "", "[commMgrTok:%s]" % tok]
    head = Lg["wrote"].format(d=when, b=m["buyer"], relay=m["relay"])
    return head, lines

def render(m, idx):
    lang = m["lang"]; Lg = L[lang]; s = m["s"]; hd = s["hd"]
    # subject
    if m["kind"] == "reply":
        inq = Lg["inq"].format(b=m["buyer"], oid=m["oid"])
        if m["topic"] == "product": inq = re.sub(r"\s*\(.*\)$", "", inq)
        subj = Lg["pre"] + " " + inq
        if m["subj_tag"]: subj = subj + " " + m["subj_tag"].strip()
        if hd == "richpanel": subj = "[#RP-%s] %s" % (_d(5), subj)
    else:
        i = {"p_invoice": 1, "p_sched": 2, "p_address": 2, "p_custom": 3}.get(m["topic"], 0)
        if m["no_oid_subject"]:
            subj = SUBJ[lang][4] if (m.get("drop_oid") or R.random() < 0.5) else SUBJ[lang][0].format(oid=m["typo_oid"])
        else:
            subj = SUBJ[lang][i].format(oid=m["oid"], inv=m["inv"])
        if m["subj_tag"]:
            subj = subj + m["subj_tag"] if m["subj_tag"].startswith(" ") else m["subj_tag"] + subj
    m["subject"] = subj
    # body
    careful, hurried = m["style"] == "careful", m["style"] == "hurried"
    first_name = m["agent"].split()[0]
    greet = R.choice(Lg["hi"] if (m["kind"] == "reply" or lang != "ja") else Lg["hi"][:1]).format(b=m["buyer"])
    unp = "unpermitted_proactive" in m["labels"]
    if hurried and lang != "ja": greet = greet.split(",")[0].split(":")[0].replace("Dear ", "Hi ")
    items = [(greet, None)]
    if careful and m["kind"] == "reply": items.append((R.choice(Lg["careful"] if m["topic"] in ("track", "p_delay") else Lg["careful"][1:]), None))
    if hurried and not unp and R.random() < 0.5: items.append((HURRY_MIX[lang], None))
    items += m["paras"]
    bye = R.choice(Lg["hbye"]) if hurried else R.choice(Lg["bye"])
    sig = [first_name] if hurried else [m["agent"], s["shop"]]
    # text part
    tparts = [t for t, h in items if t is not None]
    sep = "\n\n"
    text = (tparts[0] + ("\n\n\n\n\n" if m["blank_run"] else sep) + sep.join(tparts[1:])) if len(tparts) > 1 else tparts[0]
    text += "\n\n" + bye + "\n" + "\n".join(sig)
    for t, h in m["sig_extra"]:
        if t is not None: text += "\n" + t
    for t, h in m["end_extra"]:
        if t is not None: text += "\n\n" + t
    # html part
    hp = ['<p>%s</p>' % (p2html(t) if h is None else h) if (h is None or not h.startswith("<")) else h for t, h in items]
    if m["blank_run"]: hp.insert(1, "<br><br><br><br>")
    body_html = "\n".join(hp) + "\n<p>%s<br>%s</p>" % (esc(bye), "<br>".join(esc(x) for x in sig))
    for t, h in m["sig_extra"]:
        body_html += "\n" + (h if h is not None else "<p>%s</p>" % p2html(t))
    if m.get("wrap"): body_html = m["wrap"] + "\n" + body_html + "\n</div>"
    end_html = "".join("\n" + (h if h is not None else "<p>%s</p>" % p2html(t)) for t, h in m["end_extra"])
    # quote
    when = (BASE_DATE + datetime.timedelta(minutes=37 * idx - 300)).strftime("%d.%m.%Y %H:%M")
    qtext = qhtml = ""
    if m["kind"] == "reply":
        head, ql = quote_lines(m, when)
        inner_t = [head] + [("> " + l) if l else ">" for l in ql]
        bq = '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;padding-left:1ex">' if hd == "gmail" else '<blockquote type="cite">'
        inner_h = '<div class="%s">%s<br>\n%s%s</blockquote></div>' % ("gmail_quote" if hd == "gmail" else "quote", esc(head), bq, "<br>\n".join(autolink(esc(l)) for l in ql))
        if m["quote_own"] or R.random() < 0.3:
            own_txt = fmt(m, R.choice(HOLD[lang]))
            who = "%s <%s>" % (m["agent"], s["frm"]) if m["own_addr"] else m["agent"]
            ohead = Lg["ownwrote"].format(d=when.replace(":", "."), agent=who, shop=s["shop"])
            inner_t = [ohead] + ["> " + l if l else ">" for l in [own_txt, "", m["agent"]] + [""] + inner_t]
            inner_h = '<div class="quote">%s<br>\n%s<p>%s</p><p>%s</p>%s</blockquote></div>' % (esc(ohead), bq, p2html(own_txt), esc(m["agent"]), inner_h)
            m["notes"].append("quotes agent's earlier reply")
        qtext = "\n\n" + "\n".join(inner_t)
        qhtml = "\n" + inner_h
        if hd == "helpscout" and R.random() < 0.5:
            tok = "{#HS:%s-%s#}" % (_d(10), _d(4)); qtext += "\n\n" + tok; qhtml += "\n<p>%s</p>" % tok
            m["notes"].append("Help Scout thread token")
    text = text + qtext
    wrapper = {"kustomer": '<div class="kustomer-message">', "intercom": '<div class="intercom-container">', "richpanel": '<div class="rp-body">',
               "helpscout": '<div id="hs-reply">', "gmail": '<div dir="ltr">'}[hd]
    html = "<html><head><meta charset=\"utf-8\"></head><body>\n%s\n%s\n</div>%s%s\n</body></html>\n" % (wrapper, body_html, qhtml, end_html)
    # mode
    mode = {"gmail": "plain" if R.random() < 0.35 else "alt", "richpanel": "html" if R.random() < 0.4 else "alt"}.get(hd, "alt")
    if m["need_html"] and mode == "plain": mode = "alt"
    if m.get("wrap") and mode == "plain": mode = "alt"
    if m["force_mode"] == "html": mode = "html"
    if m["force_mode"] == "plain": mode = "plain" if not (m["need_html"] or m.get("wrap")) else "alt"
    m["mode"] = mode
    # MIME
    msg = EmailMessage(policy=_pol.default)
    msg["From"] = '"%s | %s" <%s>' % (m["agent"], s["shop"], s["frm"]) if hd != "gmail" else '"%s" <%s>' % (s["shop"], s["frm"])
    msg["To"] = m["relay"]
    msg["Subject"] = subj
    msg["Date"] = format_datetime(BASE_DATE + datetime.timedelta(minutes=37 * idx))
    hx = hashlib.sha1(("%d%s" % (idx, m["relay"])).encode()).hexdigest()
    msg["Message-ID"] = "<%s@%s>" % (hx[:24], {"kustomer": "mail.kustomer.example", "intercom": "intercom-mail.example", "richpanel": "mailer.richpanel.example",
                                             "helpscout": "helpscout.example", "gmail": "mail.gmail.example"}[hd])
    if m["kind"] == "reply":
        ref = "<0102018f%s-%s-000000@eu-west-1.amazonses.com>" % (hx[24:36], hx[:8])
        msg["In-Reply-To"] = ref; msg["References"] = ref
    msg["X-Mailer"] = {"kustomer": "Kustomer Mailer", "intercom": "Intercom", "richpanel": "Richpanel", "helpscout": "Help Scout", "gmail": "Gmail"}[hd]
    for k, v in m["headers"].items(): msg[k] = v
    cte_t = {"kustomer": "quoted-printable", "intercom": "quoted-printable", "richpanel": "base64", "helpscout": "quoted-printable", "gmail": "quoted-printable"}[hd]
    cte_h = {"kustomer": "quoted-printable", "intercom": "base64", "richpanel": "base64", "helpscout": "quoted-printable", "gmail": "quoted-printable"}[hd]
    if lang == "ja": cte_t = cte_h = "base64"
    if hd == "gmail" and mode == "plain" and lang in ("en", "sv", "nl") : cte_t = "8bit"
    if mode == "plain": msg.set_content(text, charset="utf-8", cte=cte_t)
    elif mode == "html": msg.set_content(html, subtype="html", charset="utf-8", cte=cte_h)
    else:
        msg.set_content(text, charset="utf-8", cte=cte_t); msg.add_alternative(html, subtype="html", charset="utf-8", cte=cte_h)
    for name, mt, st, data in m["atts"]:
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
    k = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("=_h21_%04d_%d_%s" % (idx, k, hx[:6])); k += 1
    pol = _pol.SMTP.clone(max_line_length=200) if hd in ("kustomer", "helpscout") else _pol.default.clone(linesep="\n", max_line_length=200)
    bio = io.BytesIO(); BytesGenerator(bio, policy=pol).flatten(msg)
    return bio.getvalue()

# ---------------------------------------------------------------- plan -> messages
def plan():
    combos = []
    for combo, n in RECIPES:
        combos += [tuple(c for c in CATS if c in combo)] * n
    combos.sort(key=lambda c: (-len(c), CATS.index(c[0]), c))
    # greedy language assignment that balances every category (and the pool-sentence kinds) across languages
    cap = -(-len(combos) // len(LANGS)) + 1; tot = {l: 0 for l in LANGS}; cnt = {l: {} for l in LANGS}
    viol = []
    for c in combos:
        keys = ["marketing_follow" if (k == "marketing" and "contact_other" in c) else k for k in c]
        best = min((l for l in LANGS if tot[l] < cap), key=lambda l: (sum(cnt[l].get(k, 0) for k in keys), tot[l], LANGS.index(l)))
        tot[best] += 1
        for k in keys: cnt[best][k] = cnt[best].get(k, 0) + 1
        viol.append((best, c))
    for lang, combo in viol:
        for c in combo:
            if c == "marketing" and "contact_other" in combo: continue
            PLAN_N[(lang, c)] = PLAN_N.get((lang, c), 0) + 1
    msgs = []
    firsts_per_lang = {l: 0 for l in LANGS}
    for lang, combo in viol:
        m = build_violation(lang, combo)
        msgs.append(m)
        if "repeat_request" in combo:
            f = new_msg(lang, "proactive", m["s"], "p_review")
            USED_OIDS.discard(f["oid"]); f.update(oid=m["oid"], relay=m["relay"], buyer=m["buyer"], prod=m["prod"], asin=m["asin"])
            base_topic(f, "p_review")
            f["notes"].append("first (neutral) review request; a later message repeats it")
            m["pair"] = f; f["pair"] = m; f["first"] = True
            msgs.append(f); firsts_per_lang[lang] += 1
    for lang in LANGS:
        need = COMPLIANT_PER_LANG - firsts_per_lang[lang]
        tl = REPLY_TOPICS + PRO_TOPICS
        R.shuffle(tl)
        extra = ["track", "product", "return", "p_sched", "damaged", "invoice"]
        tl = (tl + extra)[:need]
        for t in tl:
            msgs.append(build_compliant(lang, t))
    return msgs

DESC = {"track": "where-is-my-order reply with carrier tracking number and Amazon order-history link",
        "return": "return with RMA, return address and Amazon returns link", "warranty": "warranty reply with serial number and PDF warranty card",
        "invoice": "invoice as PDF in a reply", "product": "product question with ASIN, no order id (product-question thread)",
        "damaged": "apology and unconditional partial refund for damage", "refuse": "firm but courteous refusal of a full refund",
        "review": "neutral mention that reviewing is entirely up to the buyer (near-miss of review_manipulation)",
        "nm_removal": "after resolution: feedback can be updated, entirely the buyer's choice (near-miss of feedback_removal)",
        "nm_incentive": "partial refund explicitly not tied to any review (near-miss of review_incentive)",
        "p_invoice": "proactive invoice PDF", "p_sched": "proactive delivery scheduling for a bulky item", "p_address": "proactive address problem",
        "p_custom": "proactive customisation (engraving text) confirmation with PNG proof", "p_delay": "proactive fulfilment-delay notice with new tracking number",
        "p_review": "one neutral review/feedback request for the order", "p_returnq": "proactive return-related question (missing cable)"}

def slugify(m):
    if m["labels"]:
        core = "-".join(c.replace("_", "-").replace("review-", "rv-").replace("contact-", "c-").replace("unpermitted-proactive", "unpermitted")
                        .replace("missing-order-id", "no-oid").replace("feedback-removal", "fb-removal") for c in CATS if c in m["labels"])
    else:
        core = (m["topic"] or "x").replace("_", "-").replace("p-", "")
        if m.get("first"): core = "review-request-first"
    return "%s-%s" % (m["s"]["hd"], core)

def main():
    msgs = plan()
    order = list(range(len(msgs))); R.shuffle(order)
    pos = {mi: p for p, mi in enumerate(order)}
    # first request before its repeat
    for mi, m in enumerate(msgs):
        if m.get("first"):
            si = next(j for j, x in enumerate(msgs) if x is m["pair"])
            if pos[mi] > pos[si]:
                pos[mi], pos[si] = pos[si], pos[mi]
    seq = sorted(range(len(msgs)), key=lambda i: pos[i])
    outdir = os.path.join(HERE, "msgs")
    os.makedirs(outdir, exist_ok=True)
    for f in os.listdir(outdir):
        if f.endswith(".eml"): os.remove(os.path.join(outdir, f))
    rows = []
    for n, mi in enumerate(seq, 1):
        m = msgs[mi]
        data = render(m, n)
        fn = "msgs/%04d-%s-%s-%s.eml" % (n, m["lang"], m["kind"], slugify(m))
        with open(os.path.join(HERE, fn), "wb") as fh: fh.write(data)
        m["file"] = fn
        if m["labels"]:
            note = ("obfuscated (%s): " % ", ".join(m["obf"]) if m["obf"] else "") + "; ".join(m["notes"]) + " [%s, %s]" % (HDNAME[m["s"]["hd"]], m["style"])
        else:
            note = "compliant: " + DESC.get(m["topic"], m["topic"]) + ("; " + "; ".join(m["notes"]) if m["notes"] else "") + " [%s, %s]" % (HDNAME[m["s"]["hd"]], m["style"])
        rows.append({"file": fn, "categories": [c for c in CATS if c in m["labels"]], "lang": m["lang"], "kind": m["kind"], "note": note})
        m["row"] = rows[-1]
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    ok = selfcheck([msgs[i] for i in seq])
    h = hashlib.sha256()
    for r in rows:
        h.update(open(os.path.join(HERE, r["file"]), "rb").read())
    h.update(open(os.path.join(HERE, "labels.jsonl"), "rb").read())
    print("wrote %d messages; output sha256 %s" % (len(rows), h.hexdigest()))
    sys.exit(0 if ok else 1)

# ---------------------------------------------------------------- self-check
import html as _html
OIDRE = re.compile(r"(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d])")
ALLOWED = re.compile(r"^https://(www\.amazon|sellercentral\.amazon)\.(co\.uk|de|fr|es|it|co\.jp|nl|pl|se|com\.br)/")
EMAILRE = re.compile(r"[\w.+-]+(?:@|＠|&#64;| ?\(at\) ?|\[at\])[\w-]+(?:\.[\w-]+|\s*\(dot\)\s*\w+)+")
EMOJIRE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50]")
OTHERRE = re.compile(r"WhatsApp|Instagram|Telegram|Facebook|WeChat|(?<![A-Za-z])LINE(?![A-Za-z])|Skype|TikTok|旧Twitter|\bzap\b")
PREFIXES = ("Re:", "RE:", "AW:", "R:", "SV:", "Odp:")
POOLCAT = {"INC": "review_incentive", "MAN": "review_manipulation", "REM": "feedback_removal", "REP": "repeat_request", "MKT": "marketing",
           "OFF": "offensive", "OPT": "opt_out", "UNP": "unpermitted_proactive"}
def probes():
    out = []
    for lang in LANGS:
        for key, cat in POOLCAT.items():
            for sent in V[lang][key]:
                segs = [x.strip() for x in re.split(r"\{\w+\}", sent)]
                pr = max(segs, key=len)
                assert len(pr) >= 8, (lang, key, sent)
                out.append((pr, cat, lang, key, sent))
    return out
PROBES = probes()

def parse(path):
    raw = open(path, "rb").read()
    msg = BytesParser(policy=_pol.default).parsebytes(raw)
    defects = list(msg.defects)
    subj = str(msg["Subject"]); texts, plain, htmls, atts = [], [], [], []
    for part in msg.walk():
        defects += list(part.defects)
        if part.is_multipart(): continue
        fn = part.get_filename(); ct = part.get_content_type()
        if fn or part.get_content_disposition() == "attachment":
            atts.append((fn or "", ct, part.get_payload(decode=True))); continue
        t = part.get_content().replace("\r\n", "\n")
        if ct == "text/plain": plain.append(t); texts.append(t)
        elif ct == "text/html": htmls.append(t); texts.append(t); texts.append(_html.unescape(t))
    scan = subj + "\n" + "\n".join(texts) + "\n" + "\n".join(a[0] for a in atts)
    return msg, subj, scan, plain, htmls, atts, defects

def detect(m, msg, subj, scan, plain, htmls, atts):
    det = set(); why = []
    rest = re.sub(r'(<img[^>]+src=")[^"]*"', r'\1"', scan)
    for e in EMAILRE.findall(scan):
        if "marketplace.amazon." not in e: det.add("contact_email"); why.append(e)
        rest = rest.replace(e, " ")
    for u in URLRE.findall(rest):
        u2 = u.rstrip(".,;")
        if not ALLOWED.match(u2) or re.search(r"/dp/|/gp/product/|/stores/|[?&]me=", u2): det.add("external_link"); why.append(u2)
    if re.search(r"\bwww\.(?!amazon\.)|\.example\b| dot example|ｗｗｗ", rest): det.add("external_link"); why.append("domain")
    if any(p in scan for p in PHONES): det.add("contact_phone")
    if OTHERRE.search(scan): det.add("contact_other")
    if EMOJIRE.search(scan): det.add("styling"); why.append("emoji")
    for h in htmls:
        if re.search(r"text-align|font-family|(?<![\w-])color\s*:|font-size|<center|<img[^>]+src=\"http:", h): det.add("styling"); why.append("css")
        if re.search(r"<img[^>]+src=\"https://", h): det.add("tracking_pixel")
    for p in plain:
        if "\n\n\n\n" in p: det.add("styling"); why.append("blank run")
    if msg["List-Unsubscribe"]: det.add("opt_out")
    tot = 0
    for fn, ct, data in atts:
        tot += len(data); ext = fn.rsplit(".", 1)[-1].lower()
        if ext not in OK_MAGIC or (OK_MAGIC[ext] and not data.startswith(OK_MAGIC[ext])): det.add("attachment"); why.append(fn)
    if len(atts) > 5 or tot > 10 * 1024 * 1024: det.add("attachment")
    if "[important]" in subj.lower() and not m["critical"]: det.add("important_tag")
    if m["kind"] == "proactive" and not OIDRE.search(scan): det.add("missing_order_id")
    for pr, cat, lang, key, sent in PROBES:
        if pr in scan: det.add(cat); why.append(pr)
    if "contact_other" in det and any(FOLLOW[l].split("@")[0] in scan for l in LANGS): det.add("marketing")
    return det, why

def selfcheck(msgs):
    errs = []
    def E(m, s): errs.append("%s: %s" % (m.get("file"), s))
    ledger = set(); probe_use = {}; oid_msgs = {}; used = {}
    for m in msgs:
        path = os.path.join(HERE, m["file"])
        msg, subj, scan, plain, htmls, atts, defects = parse(path)
        if defects: E(m, "MIME defects %r" % defects)
        # kind
        s2 = re.sub(r"^\[#[^\]]+\]\s*", "", subj)
        is_reply = bool(msg["In-Reply-To"] or msg["References"]) or s2.startswith(PREFIXES)
        if is_reply != (m["kind"] == "reply"): E(m, "kind mismatch")
        if m["kind"] == "reply" and not s2.startswith(PREFIXES): E(m, "reply without prefix")
        det, why = detect(m, msg, subj, scan, plain, htmls, atts)
        labels = m["labels"]
        if not labels:
            if det: E(m, "compliant but detected %s %s" % (sorted(det), why[:4]))
            if m["ev"]: E(m, "compliant with evidence")
            if m["kind"] == "proactive" and not OIDRE.search(subj + scan): E(m, "compliant proactive without order id")
        else:
            extra = det - labels
            if extra: E(m, "unlabelled features %s %s" % (sorted(extra), why[:5]))
            missing = labels - det
            if missing and not m["obf"]: E(m, "labels not detected %s" % sorted(missing))
            if not m["ev"]: E(m, "no evidence")
            for ev in m["ev"]:
                if isinstance(ev, str):
                    if ev not in scan and not any(ev in p for p in plain): E(m, "evidence missing %r" % ev[:60])
                elif ev[0] == "hdr":
                    if not msg[ev[1]]: E(m, "header missing " + ev[1])
                elif ev[0] == "att":
                    if not any(a[0] == ev[1] and a[2].startswith(ev[2]) for a in atts): E(m, "attachment/magic missing " + ev[1])
                elif ev[0] == "count":
                    if len(atts) < ev[1]: E(m, "attachment count")
                elif ev[0] == "big":
                    if sum(len(a[2]) for a in atts) <= 10 * 1024 * 1024: E(m, "not oversize")
                elif ev[0] == "subjtag":
                    if "[important]" not in subj.lower(): E(m, "no [Important] tag")
                elif ev[0] == "nooid":
                    if OIDRE.search(scan): E(m, "order id present in missing_order_id message")
            if "styling" in labels and not any(("text-align" in e or "font" in e or "color" in e or "http://" in e or EMOJIRE.search(e) or "\n\n\n" in e)
                                               for e in m["ev"] if isinstance(e, str)):
                E(m, "styling without styling evidence")
        if ("missing_order_id" in labels or "unpermitted_proactive" in labels) and m["kind"] != "proactive": E(m, "proactive-only category on reply")
        # ledger
        if m["is_request"]:
            if "repeat_request" in labels:
                if m["oid"] not in ledger: E(m, "repeat without earlier relayed request")
            elif m["oid"] in ledger: E(m, "unlabelled repeat request")
            if not (labels - {"tracking_pixel"}): ledger.add(m["oid"])
        for o in set(OIDRE.findall(scan)):
            oid_msgs.setdefault(o, []).append(m)
        for pr, cat, lang, key, sent in PROBES:
            if pr in scan:
                probe_use[pr] = probe_use.get(pr, 0) + 1
                if lang == m["lang"] and cat in m["labels"]: used.setdefault((cat, lang), set()).add(pr)
    for o, ms in oid_msgs.items():
        if len(ms) > 1 and not (len(ms) == 2 and ms[0].get("pair") is ms[1]): errs.append("order id %s shared by %d messages" % (o, len(ms)))
    for pr, n in probe_use.items():
        if n > 2: errs.append("violating sentence used %d times: %s" % (n, pr))
    # pools: >=4 distinct phrasings per wording category and language
    for lang in LANGS:
        for key in ("INC", "MAN", "REM", "REP", "MKT", "OFF", "UNP"):
            if len(set(V[lang][key])) < 4: errs.append("pool %s/%s has < 4 phrasings" % (lang, key))
    for c in WORDING + ["unpermitted_proactive"]:
        for lang in LANGS:
            if len(used.get((c, lang), ())) < 4: errs.append("only %d phrasings of %s used in %s" % (len(used.get((c, lang), ())), c, lang))
    # counts
    n = len(msgs); comp = sum(1 for m in msgs if not m["labels"])
    cnt = {c: sum(1 for m in msgs if c in m["labels"]) for c in CATS}
    if n < 480: errs.append("only %d messages" % n)
    if not 0.43 <= comp / n <= 0.47: errs.append("compliant share %.3f" % (comp / n))
    for lang in LANGS:
        k = sum(1 for m in msgs if m["lang"] == lang)
        if abs(k - n / len(LANGS)) > 3: errs.append("language %s has %d" % (lang, k))
    for c in CATS:
        if cnt[c] < TARGET_MIN[c]: errs.append("category %s only %d" % (c, cnt[c]))
        if c in WORDING and not 25 <= cnt[c] <= 40: errs.append("wording category %s has %d (want 25-40)" % (c, cnt[c]))
    exp = {}
    for combo, k in RECIPES:
        for c in combo: exp[c] = exp.get(c, 0) + k
    for c in CATS:
        if exp.get(c, 0) != cnt[c]: errs.append("category %s: %d != planned %d" % (c, cnt[c], exp.get(c, 0)))
    if comp != COMPLIANT_PER_LANG * len(LANGS): errs.append("compliant %d != planned" % comp)
    for e in errs[:80]: print("SELF-CHECK FAIL:", e)
    if len(errs) > 80: print("... %d more" % (len(errs) - 80))
    print("self-check: %d messages, %d compliant (%.1f%%), %d errors" % (n, comp, 100 * comp / n, len(errs)))
    print("per category:", ", ".join("%s %d" % (c, cnt[c]) for c in CATS))
    return not errs

if __name__ == "__main__":
    main()
