#!/usr/bin/env python3
"""heldout7: blind held-out test set for bsm-guard.

Writes msgs/NNNN-slug.eml and labels.jsonl next to this script, deterministically
(fixed seeds, hand-written MIME), then re-parses and self-checks everything it wrote.
Python 3.11, standard library only.  Usage:  python3 make.py
"""
import base64, email, email.policy, hashlib, json, os, random, re, shutil, struct, sys, zipfile, zlib, io
from email.header import Header
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = ['external_link', 'contact_email', 'contact_phone', 'contact_other', 'review_incentive',
        'review_manipulation', 'feedback_removal', 'repeat_request', 'marketing', 'opt_out',
        'tracking_pixel', 'attachment', 'styling', 'offensive', 'important_tag',
        'missing_order_id', 'unpermitted_proactive']
CODE = dict(L='external_link', E='contact_email', P='contact_phone', O='contact_other',
            I='review_incentive', M='review_manipulation', F='feedback_removal', R='repeat_request',
            K='marketing', U='opt_out', X='tracking_pixel', A='attachment', S='styling',
            B='offensive', T='important_tag', N='missing_order_id', Q='unpermitted_proactive')
RNG = random.Random(70707)

# ---------------------------------------------------------------- marketplaces
MK = {  # key: (amazon tld, currency, order-id first blocks, ses host)
    'us': ('com', '$', ['111', '112', '113', '114'], 'email.amazonses.com'),
    'uk': ('co.uk', '£', ['202', '203', '204', '205', '206'], 'eu-west-1.amazonses.com'),
    'ca': ('ca', 'CA$', ['701', '702'], 'email.amazonses.com'),
    'au': ('com.au', 'A$', ['249', '250', '503'], 'us-west-2.amazonses.com'),
    'in': ('in', '₹', ['402', '404', '408', '171'], 'eu-west-1.amazonses.com'),
    'de': ('de', '€', ['028', '302', '303', '304', '305', '306'], 'eu-west-1.amazonses.com'),
    'fr': ('fr', '€', ['402', '403', '404', '405', '406', '407'], 'eu-west-1.amazonses.com'),
    'es': ('es', '€', ['402', '403', '404', '405', '406', '407', '408'], 'eu-west-1.amazonses.com'),
    'it': ('it', '€', ['402', '403', '404', '405', '406', '407'], 'eu-west-1.amazonses.com'),
    'jp': ('co.jp', '¥', ['249', '250', '503'], 'us-west-2.amazonses.com'),
    'nl': ('nl', '€', ['402', '403', '404'], 'eu-west-1.amazonses.com'),
    'pl': ('pl', 'zł', ['405', '406'], 'eu-west-1.amazonses.com'),
    'se': ('se', 'kr', ['402', '407'], 'eu-west-1.amazonses.com'),
    'br': ('com.br', 'R$', ['701', '702'], 'email.amazonses.com'),
}
ML = dict(us='en', uk='en', ca='en', au='en', **{'in': 'en'}, de='de', fr='fr', es='es', it='it',
          jp='ja', nl='nl', pl='pl', se='sv', br='pt')

# ---------------------------------------------------------------- sellers
# key: shop, domain, market, helpdesk, agents, charset, transfer-encoding, crlf, products
SELLERS = {
    'ridge': ('Ridgeback Outdoor Supply', 'ridgebackoutdoor.com', 'us', 'zendesk', ['Tyler', 'Megan'], 'utf-8', 'quoted-printable', 1,
              ['Ridgeback Trailhead 2-Person Backpacking Tent, 3-Season, Olive', 'Carbon Trekking Poles, Quick-Lock, Pair (115-135 cm)']),
    'copper': ('Copperleaf Kitchenware', 'copperleafkitchen.com', 'us', 'gorgias', ['Dana', 'Luis'], 'utf-8', 'quoted-printable', 0,
               ['Copperleaf Tri-Ply Stainless Saute Pan 12" with Lid', 'Enamelled Cast Iron Dutch Oven 5.5 qt, Sage']),
    'nimbus': ('Nimbus Desk Co.', 'nimbusdeskco.com', 'us', 'helpscout', ['Priya', 'Sam'], 'utf-8', 'quoted-printable', 0,
               ['Nimbus Dual-Motor Standing Desk Frame, Black', 'Under-Desk Cable Tray, Steel, 2-Pack']),
    'pine': ('Pinecrest Pet Goods', 'pinecrestpetgoods.com', 'us', 'freshdesk', ['Kayla', 'Marcus'], 'utf-8', 'base64', 0,
             ['Pinecrest Orthopedic Dog Bed, Large, Charcoal', 'Stainless Slow-Feeder Bowl Set (2)']),
    'hollow': ('Hollowbrook Home', 'hollowbrookhome.co.uk', 'uk', 'outlook', ['Gemma', 'Rob'], 'windows-1252', 'quoted-printable', 1,
               ['Hollowbrook Linen Blend Duvet Cover Set, Double, Oat', 'Waffle Cotton Bath Towels, Set of 4, Slate']),
    'marlow': ('Marlow & Finch Audio', 'marlowfinch-audio.co.uk', 'uk', 'edesk', ['Callum', 'Aisha'], 'utf-8', '8bit', 0,
               ['M&F Studio 40 Bluetooth Turntable, Walnut', 'Passive Bookshelf Speakers MF-B2 (Pair)']),
    'tide': ('Tidewater Craft Supplies', 'tidewatercrafts.co.uk', 'uk', 'gmail', ['Bex'], 'utf-8', 'quoted-printable', 0,
             ['Merino DK Yarn Bundle, 10 x 50 g, Heather Tones', 'Bamboo Circular Knitting Needle Set 40-100 cm']),
    'north': ('Northbay Cycle Parts', 'northbaycycle.ca', 'ca', 'freescout', ['Jordan', 'Emilie'], 'utf-8', 'quoted-printable', 0,
              ['Tubeless Conversion Kit 29", Rim Tape + Valves', 'Hydraulic Disc Brake Pads, Resin, 4 Pairs']),
    'bluegum': ('Bluegum Baby', 'bluegumbaby.com.au', 'au', 'thunderbird', ['Shaz', 'Liam'], 'utf-8', '8bit', 0,
                ['Bluegum Organic Cotton Sleeping Bag 2.5 TOG, 6-18m', 'Silicone Suction Plate & Spoon Set, Dusty Pink']),
    'saffron': ('Saffron Loom Textiles', 'saffronloom.in', 'in', 'osticket', ['Ankit', 'Meera'], 'utf-8', 'quoted-printable', 1,
                ['Handloom Cotton Double Bedsheet with 2 Pillow Covers, Indigo', 'Jaipuri Block Print Cushion Covers, Set of 5']),
    'kfuchs': ('Küchenfuchs GmbH', 'kuechenfuchs-shop.de', 'de', 'zammad', ['Jana Petersen', 'Tobias Kraus'], 'iso-8859-15', 'quoted-printable', 0,
               ['Küchenfuchs Edelstahl-Gewürzmühle, 2er-Set, Keramikmahlwerk', 'Gusseisen-Bräter oval 29 cm, Emaille Anthrazit']),
    'werk': ('Werkbank Müller', 'werkbank-mueller.de', 'de', 'outlook', ['Sven Müller', 'Ilka Brandt'], 'windows-1252', 'quoted-printable', 1,
             ['Akku-Bohrschrauber WM-18 Pro, 2 Akkus, Koffer', 'Werkstatt-Rollwagen 7 Schubladen, bestückt']),
    'licht': ('Lichtwerk Leuchten', 'lichtwerk-leuchten.de', 'de', 'freshdesk', ['Nadine', 'Ömer'], 'utf-8', 'base64', 0,
              ['LED-Pendelleuchte Ringo 60 cm, dimmbar, Messing', 'Außenwandleuchte Kubus mit Bewegungsmelder, IP54']),
    'gaspard': ('Maison Gaspard', 'maison-gaspard.fr', 'fr', 'gmail', ['Camille', 'Hugo'], 'iso-8859-15', 'quoted-printable', 0,
                ['Plaid en laine mérinos 130x170, gris perle', 'Lot de 6 verres à vin soufflés bouche']),
    'velo': ('Atelier Vélocité', 'atelier-velocite.fr', 'fr', 'zendesk', ['Léa', 'Mathieu'], 'utf-8', 'quoted-printable', 1,
             ['Antivol en U Vélocité Urbain 180 mm + câble', 'Éclairage vélo USB avant/arrière 400 lm']),
    'albaida': ('Cerámica Albaida', 'ceramica-albaida.es', 'es', 'freshdesk', ['Lucía', 'Pau'], 'utf-8', 'quoted-printable', 0,
                ['Vajilla de gres 18 piezas esmaltada a mano, azul cobalto', 'Fuente de horno de barro 32 cm']),
    'tecno': ('TecnoRaíz', 'tecnoraiz.es', 'es', 'outlook', ['Javier', 'Marta'], 'windows-1252', 'quoted-printable', 1,
              ['Hub USB-C 8 en 1 con HDMI 4K y lector SD', 'Soporte de portátil de aluminio plegable']),
    'lanzoni': ('Bottega Lanzoni', 'bottegalanzoni.it', 'it', 'thunderbird', ['Giulia', 'Marco'], 'iso-8859-15', '8bit', 0,
                ['Borsa a tracolla in pelle conciata al vegetale, cuoio', 'Portafoglio uomo in pelle con protezione RFID']),
    'brera': ('Ciclofficina Brera', 'ciclobrera.it', 'it', 'gorgias', ['Davide', 'Sara'], 'utf-8', 'quoted-printable', 0,
              ['Pompa da terra con manometro 11 bar', 'Kit riparazione forature tubeless con 5 vermicelli']),
    'sakura': ('さくら雑貨店', 'sakura-zakka.jp', 'jp', 'apple', ['田中', '佐藤'], 'iso-2022-jp', '7bit', 0,
               ['美濃焼 マグカップ 2個セット 桜柄', '手ぬぐい 綿100% 日本製 3枚組']),
    'minato': ('ミナト工具', 'minato-kougu.co.jp', 'jp', 'outlook', ['山本', '小林'], 'shift_jis', 'base64', 1,
               ['ミナト 電動ドライバー MD-7 充電式', '精密ドライバーセット 24本組 収納ケース付']),
    'dijk': ('Dijkstra Fietsonderdelen', 'dijkstra-fiets.nl', 'nl', 'helpscout', ['Femke', 'Joris'], 'utf-8', 'quoted-printable', 0,
             ['Dijkstra fietstas dubbel 46 L waterdicht', 'LED fietsverlichtingsset USB oplaadbaar']),
    'wrzos': ('Pracownia Wrzos', 'wrzos-pracownia.pl', 'pl', 'freescout', ['Agnieszka', 'Paweł'], 'iso-8859-2', 'quoted-printable', 0,
              ['Świeca sojowa w szkle 220 g, wrzos i cedr', 'Lniany obrus 140x220, szałwia']),
    'fjall': ('Fjällbo Friluft', 'fjallbo.se', 'se', 'gmail', ['Elin', 'Oskar'], 'iso-8859-1', 'quoted-printable', 0,
              ['Fjällbo termos 0,75 l rostfritt stål', 'Sittunderlag ull/skum, hopfällbart']),
    'jatoba': ('Casa Jatobá', 'casajatoba.com.br', 'br', 'zendesk', ['Bianca', 'Rafael'], 'utf-8', 'quoted-printable', 0,
               ['Jogo de panelas antiaderente 5 peças, grafite', 'Tábua de corte em madeira de reflorestamento 40 cm']),
}

BUYERS = {
    'en': ['Jessica', 'Mike', 'Aaron', 'Laura', 'Deepa', 'Tom', 'Sinead', 'Kevin', 'Rachel', 'Owen', 'Harriet', 'Brandon', 'Chloe', 'Graham', 'Nkechi', 'Stuart'],
    'de': ['Katrin', 'Jürgen', 'Lena', 'Markus', 'Heike', 'Dirk', 'Sabine'],
    'fr': ['Sophie', 'Julien', 'Nathalie', 'Olivier', 'Margaux'],
    'es': ['Carmen', 'Alejandro', 'Nuria', 'Diego', 'Rocío'],
    'it': ['Francesca', 'Luca', 'Chiara', 'Alessandro', 'Paola'],
    'ja': ['鈴木', '高橋', '伊藤', '渡辺', '中村'],
    'nl': ['Sanne', 'Bram', 'Lotte'], 'pl': ['Katarzyna', 'Tomasz', 'Magda'],
    'sv': ['Annika', 'Johan', 'Maja'], 'pt': ['Fernanda', 'Thiago', 'Luana'],
}

# ---------------------------------------------------------------- localisation of Amazon's notice
LOC = {
 'en': dict(subj='{topic} from Amazon customer {bn} (Order: {oid})',
            topics=['Inquiry', 'Shipping inquiry', 'Return policy inquiry', 'Product details inquiry', 'Order delivery inquiry', 'Additional information inquiry'],
            msg='Message:', end='End message',
            fyi='For Your Information: To help arbitrate disputes and preserve trust and safety, we retain messages buyers and sellers send through Amazon.{tld} for two years. This includes your response to the message below. Amazon uses filtering technology to protect buyers and sellers from possible fraud. Messages that fail this filtering will not be transmitted.',
            qty='1 /', resp='To respond to this buyer, reply to this e-mail or visit your Seller Central account:',
            helpful='Was this email helpful?', optout="We hope you found this message to be useful. However, if you'd rather not receive future e-mails of this sort from Amazon.{tld}, please opt-out here:",
            copy='Copyright 2025 Amazon, Inc. or its affiliates. All rights reserved.'),
 'de': dict(subj='Anfrage von Amazon-Kunde {bn} (Bestellung: {oid})', topics=['Anfrage', 'Versandanfrage', 'Rücksendungsanfrage', 'Produktanfrage'],
            msg='Nachricht:', end='Ende der Nachricht',
            fyi='Zu Ihrer Information: Um Streitigkeiten zu schlichten und Vertrauen zu sichern, speichern wir alle Nachrichten zwischen Käufern und Verkäufern zwei Jahre lang. Amazon verwendet Filtertechnologie zum Schutz vor Betrug. Nachrichten, die diese Filter nicht passieren, werden nicht übermittelt.',
            qty='1 /', resp='Um dem Käufer zu antworten, antworten Sie auf diese E-Mail oder besuchen Sie Ihr Verkäuferkonto:',
            helpful='War diese E-Mail hilfreich?', optout='Wenn Sie solche E-Mails von Amazon.{tld} künftig nicht mehr erhalten möchten, können Sie sie hier abbestellen:',
            copy='Copyright 2025 Amazon.com, Inc. oder Tochtergesellschaften. Alle Rechte vorbehalten.'),
 'fr': dict(subj='Demande de renseignements de la part du client Amazon {bn} (Commande : {oid})', topics=['Demande'],
            msg='Message :', end='Fin du message',
            fyi="Pour information : afin d'arbitrer les litiges et de préserver la confiance, nous conservons pendant deux ans les messages échangés entre acheteurs et vendeurs. Amazon utilise une technologie de filtrage pour protéger les acheteurs et les vendeurs contre la fraude.",
            qty='1 /', resp='Pour répondre à cet acheteur, répondez à cet e-mail ou rendez-vous dans votre compte vendeur :',
            helpful='Cet e-mail vous a-t-il été utile ?', optout='Si vous ne souhaitez plus recevoir ce type d\'e-mails de la part d\'Amazon.{tld}, désabonnez-vous ici :',
            copy='Copyright 2025 Amazon.com, Inc. ou ses filiales. Tous droits réservés.'),
 'es': dict(subj='Consulta del cliente de Amazon {bn} (Pedido: {oid})', topics=['Consulta'],
            msg='Mensaje:', end='Finalizar mensaje',
            fyi='Para tu información: para ayudar a resolver disputas y preservar la confianza, conservamos durante dos años los mensajes entre compradores y vendedores. Amazon utiliza tecnología de filtrado para proteger a compradores y vendedores frente a posibles fraudes.',
            qty='1 /', resp='Para responder a este comprador, responde a este e-mail o visita tu cuenta de vendedor:',
            helpful='¿Te ha resultado útil este e-mail?', optout='Si prefieres no recibir más e-mails de este tipo de Amazon.{tld}, date de baja aquí:',
            copy='Copyright 2025 Amazon.com, Inc. o sus afiliados. Todos los derechos reservados.'),
 'it': dict(subj='Richiesta dal cliente Amazon {bn} (Ordine: {oid})', topics=['Richiesta'],
            msg='Messaggio:', end='Fine messaggio',
            fyi='Per tua informazione: per aiutare a risolvere le controversie e preservare la fiducia, conserviamo per due anni i messaggi tra acquirenti e venditori. Amazon utilizza una tecnologia di filtraggio per proteggere acquirenti e venditori da possibili frodi.',
            qty='1 /', resp="Per rispondere all'acquirente, rispondi a questa e-mail o visita il tuo account venditore:",
            helpful='Questa e-mail ti è stata utile?', optout='Se preferisci non ricevere più e-mail di questo tipo da Amazon.{tld}, annulla l\'iscrizione qui:',
            copy='Copyright 2025 Amazon.com, Inc. o società affiliate. Tutti i diritti riservati.'),
 'ja': dict(subj='Amazonのお客様 {bn} 様からの問い合わせ (注文: {oid})', topics=['問い合わせ'],
            msg='メッセージ:', end='メッセージの終わり',
            fyi='ご参考: 紛争の解決と信頼性の維持のため、購入者と出品者の間で送信されたメッセージは2年間保存されます。Amazonは不正行為から購入者と出品者を保護するためにフィルタリング技術を使用しています。',
            qty='1 /', resp='この購入者に返信するには、このEメールに返信するか、セラーセントラルをご利用ください:',
            helpful='このEメールは役に立ちましたか?', optout='Amazon.{tld}からこのようなEメールの受信を希望しない場合は、こちらから配信を停止できます:',
            copy='Copyright 2025 Amazon.com, Inc. or its affiliates. All rights reserved.'),
 'nl': dict(subj='Vraag van Amazon-klant {bn} (Bestelling: {oid})', topics=['Vraag'], msg='Bericht:', end='Einde bericht',
            fyi='Ter informatie: om geschillen te beslechten bewaren we berichten tussen kopers en verkopers twee jaar. Amazon gebruikt filtertechnologie om kopers en verkopers tegen fraude te beschermen.',
            qty='1 /', resp='Beantwoord deze e-mail of ga naar je verkopersaccount om deze koper te antwoorden:',
            helpful='Was deze e-mail nuttig?', optout='Wil je dit soort e-mails van Amazon.{tld} niet meer ontvangen? Meld je hier af:',
            copy='Copyright 2025 Amazon.com, Inc. of gelieerde ondernemingen. Alle rechten voorbehouden.'),
 'pl': dict(subj='Zapytanie od klienta Amazon {bn} (Zamówienie: {oid})', topics=['Zapytanie'], msg='Wiadomość:', end='Koniec wiadomości',
            fyi='Informacja: w celu rozstrzygania sporów przechowujemy wiadomości między kupującymi a sprzedawcami przez dwa lata. Amazon korzysta z technologii filtrowania, aby chronić kupujących i sprzedawców przed oszustwami.',
            qty='1 /', resp='Aby odpowiedzieć kupującemu, odpowiedz na tę wiadomość e-mail lub przejdź do konta sprzedawcy:',
            helpful='Czy ten e-mail był pomocny?', optout='Jeśli nie chcesz otrzymywać takich wiadomości od Amazon.{tld}, zrezygnuj tutaj:',
            copy='Copyright 2025 Amazon.com, Inc. lub podmioty stowarzyszone. Wszelkie prawa zastrzeżone.'),
 'sv': dict(subj='Förfrågan från Amazon-kund {bn} (Beställning: {oid})', topics=['Förfrågan'], msg='Meddelande:', end='Slut på meddelandet',
            fyi='För din information: för att kunna lösa tvister sparar vi meddelanden mellan köpare och säljare i två år. Amazon använder filtreringsteknik för att skydda köpare och säljare mot bedrägerier.',
            qty='1 /', resp='Svara köparen genom att svara på detta e-postmeddelande eller gå till ditt säljarkonto:',
            helpful='Var det här e-postmeddelandet till hjälp?', optout='Om du inte vill få sådana meddelanden från Amazon.{tld} kan du avregistrera dig här:',
            copy='Copyright 2025 Amazon.com, Inc. eller dess närstående bolag. Med ensamrätt.'),
 'pt': dict(subj='Consulta do cliente da Amazon {bn} (Pedido: {oid})', topics=['Consulta'], msg='Mensagem:', end='Encerrar mensagem',
            fyi='Para sua informação: para ajudar a resolver disputas e preservar a confiança, guardamos por dois anos as mensagens entre compradores e vendedores. A Amazon usa tecnologia de filtragem para proteger compradores e vendedores contra fraudes.',
            qty='1 /', resp='Para responder a este comprador, responda a este e-mail ou acesse sua conta de vendedor:',
            helpful='Este e-mail foi útil?', optout='Se preferir não receber mais e-mails deste tipo da Amazon.{tld}, cancele aqui:',
            copy='Copyright 2025 Amazon.com, Inc. ou suas afiliadas. Todos os direitos reservados.'),
}
# Amazon postal footer per market (Amazon's own boilerplate)
FOOT = dict(us='Amazon.com, 410 Terry Ave N, Seattle, WA 98109-5210', ca='Amazon.com.ca ULC, 40 King Street W, Toronto, ON M5H 3Y2',
            uk='Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg', au='Amazon Commercial Services Pty Ltd, Sydney NSW 2000',
            jp='アマゾンジャパン合同会社 東京都目黒区下目黒1-8-1')

# greeting / closing per language (rotated)
GREET = {
 'en': ['Hi {bn},', 'Hello {bn},', 'Dear {bn},', 'Hi there {bn},', 'Good morning {bn},', 'Hey {bn},'],
 'de': ['Hallo {bn},', 'Guten Tag {bn},', 'Liebe/r {bn},', 'Hallo,'],
 'fr': ['Bonjour {bn},', 'Bonjour,', 'Chère cliente, cher client,'],
 'es': ['Hola {bn}:', 'Buenos días, {bn}:', 'Hola {bn},'],
 'it': ['Ciao {bn},', 'Gentile {bn},', 'Buongiorno {bn},'],
 'ja': ['{bn}様\n\nこの度は{shop}をご利用いただき、誠にありがとうございます。\n担当の{ag}でございます。', '{bn}様\n\nお問い合わせいただきありがとうございます。{shop}の{ag}です。'],
 'nl': ['Beste {bn},', 'Hoi {bn},'], 'pl': ['Dzień dobry,', 'Dzień dobry Pani/Panie {bn},'],
 'sv': ['Hej {bn}!', 'Hej {bn},'], 'pt': ['Olá, {bn}!', 'Oi {bn},'],
}
CLOSE = {
 'en': ['Best regards,\n{ag}\n{shop} Customer Care', 'Kind regards,\n{ag}\n{shop}', 'Thanks,\n{ag} | {shop} Support', 'Cheers,\n{ag}',
        'Many thanks,\n{ag}\nCustomer Service Team, {shop}', 'All the best,\n{ag} @ {shop}'],
 'de': ['Viele Grüße\n{ag}\n{shop} Kundenservice', 'Mit freundlichen Grüßen\n{ag}\nIhr Team von {shop}', 'Beste Grüße\n{ag}'],
 'fr': ['Bien cordialement,\n{ag}\nService client {shop}', 'Belle journée,\n{ag} – {shop}', 'Cordialement,\n{ag}'],
 'es': ['Un saludo,\n{ag}\nAtención al cliente {shop}', 'Saludos cordiales,\n{ag} – {shop}', 'Gracias y un saludo,\n{ag}'],
 'it': ['Cordiali saluti,\n{ag}\nServizio clienti {shop}', 'Un caro saluto,\n{ag} – {shop}', 'A presto,\n{ag}'],
 'ja': ['今後とも{shop}をよろしくお願いいたします。\n\n{shop} カスタマーサポート\n{ag}', '引き続きよろしくお願い申し上げます。\n{shop} {ag}'],
 'nl': ['Met vriendelijke groet,\n{ag}\n{shop} klantenservice', 'Groetjes,\n{ag}'],
 'pl': ['Pozdrawiam serdecznie,\n{ag}\n{shop}', 'Z pozdrowieniami,\n{ag} – obsługa klienta {shop}'],
 'sv': ['Vänliga hälsningar,\n{ag}\n{shop} kundtjänst', 'Ha det fint!\n{ag}'],
 'pt': ['Abraços,\n{ag}\nAtendimento {shop}', 'Atenciosamente,\n{ag} – {shop}'],
}
# gmail-style attribution lines
ATTR = {
 'en': 'On {wd}, {d} {mon} {y} at {hm}, {who} wrote:', 'de': 'Am {d}.{m}.{y} um {hm} schrieb {who}:',
 'fr': 'Le {d}/{m}/{y} à {hm}, {who} a écrit :', 'es': 'El {d}/{m}/{y} a las {hm}, {who} escribió:',
 'it': 'Il giorno {d}/{m}/{y} alle ore {hm} {who} ha scritto:', 'ja': '{y}年{mi}月{di}日 {hm} {who}:',
 'nl': 'Op {d}-{m}-{y} om {hm} schreef {who}:', 'pl': '{d}.{m}.{y} o {hm} {who} napisał(a):',
 'sv': 'Den {d} {mon} {y} kl. {hm} skrev {who}:', 'pt': 'Em {d}/{m}/{y} às {hm}, {who} escreveu:',
}
OLK = {  # Outlook quote header labels: separator, From, Sent, To, Subject, reply prefix
 'en': ('-----Original Message-----', 'From', 'Sent', 'To', 'Subject', 'RE: '),
 'de': ('-----Ursprüngliche Nachricht-----', 'Von', 'Gesendet', 'An', 'Betreff', 'AW: '),
 'fr': ('-----Message d\'origine-----', 'De', 'Envoyé', 'À', 'Objet', 'RE : '),
 'es': ('-----Mensaje original-----', 'De', 'Enviado el', 'Para', 'Asunto', 'RE: '),
 'it': ('-----Messaggio originale-----', 'Da', 'Inviato', 'A', 'Oggetto', 'R: '),
 'ja': ('-----Original Message-----', '差出人', '送信日時', '宛先', '件名', 'RE: '),
 'nl': ('-----Oorspronkelijk bericht-----', 'Van', 'Verzonden', 'Aan', 'Onderwerp', 'RE: '),
 'pl': ('-----Wiadomość oryginalna-----', 'Od', 'Wysłano', 'Do', 'Temat', 'Odp: '),
 'sv': ('-----Ursprungligt meddelande-----', 'Från', 'Skickat', 'Till', 'Ämne', 'SV: '),
 'pt': ('-----Mensagem original-----', 'De', 'Enviada em', 'Para', 'Assunto', 'RE: '),
}
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

# ---------------------------------------------------------------- attachments (real bytes of their type)
def _pdf(text='Invoice', pad=0):
    s = ('BT /F1 12 Tf 50 780 Td (%s) Tj ET' % text.replace('(', '[').replace(')', ']')).encode('latin-1', 'replace')
    objs = [b'<</Type/Catalog/Pages 2 0 R>>', b'<</Type/Pages/Kids[3 0 R]/Count 1>>',
            b'<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>',
            b'<</Length %d>>stream\n' % len(s) + s + b'\nendstream', b'<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>']
    if pad:
        blob = (b'0123456789ABCDEF' * 64) * (pad // 1024 + 1)
        objs.append(b'<</Length %d>>stream\n' % pad + blob[:pad] + b'\nendstream')
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'; offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1) + b''.join(b'%010d 00000 n \n' % o for o in offs)
    return out + b'trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)

def _png(w=4, h=4, rgb=(200, 120, 40)):
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))
    ch = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + ch(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + ch(b'IDAT', zlib.compress(raw, 9)) + ch(b'IEND', b'')

def _gif(frames=1, w=1, h=1):
    g = b'GIF89a' + struct.pack('<HH', w, h) + b'\x80\x00\x00' + b'\xff\xff\xff\x00\x00\x00'
    if frames > 1:
        g += b'!\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00'
    for f in range(frames):
        g += b'!\xf9\x04' + (b'\x04' if frames > 1 else b'\x01') + b'\x32\x00\x00\x00'
        g += b',' + struct.pack('<HHHH', 0, 0, w, h) + b'\x00' + b'\x02\x02' + (b'D\x01' if f % 2 == 0 else b'\x4c\x01') + b'\x00'
    return g + b';'

def _jpg():  # 8x8 grey baseline JPEG: DC cat 0, EOB, one-symbol Huffman tables
    q = b'\xff\xdb\x00\x43\x00' + b'\x01' * 64
    sof = b'\xff\xc0\x00\x0b\x08\x00\x08\x00\x08\x01\x01\x11\x00'
    dht_dc = b'\xff\xc4\x00\x14\x00' + b'\x01' + b'\x00' * 15 + b'\x00'
    dht_ac = b'\xff\xc4\x00\x14\x10' + b'\x01' + b'\x00' * 15 + b'\x00'
    sos = b'\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00'
    app0 = b'\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00'
    return b'\xff\xd8' + app0 + q + sof + dht_dc + dht_ac + sos + b'\x3f' + b'\xff\xd9'

def _zip(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in files:
            zi = zipfile.ZipInfo(n, (2025, 3, 1, 12, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)
    return b.getvalue()

def _docx(text='Warranty card'):
    ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    doc = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % text
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])

def _xlsx():
    ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
    return _zip([('[Content_Types].xml', ct), ('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>')])

def _exe():
    return b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00' + b'\x00' * 44 + b'\x40\x00\x00\x00' + b'This program cannot be run in DOS mode.\r\n$' + b'\x00' * 8 + b'PE\x00\x00\x4c\x01\x01\x00' + b'\x00' * 64

def _mp4(brand=b'isom'):
    return struct.pack('>I', 24) + b'ftyp' + brand + b'\x00\x00\x02\x00' + brand + b'mp41' + struct.pack('>I', 8) + b'free' + struct.pack('>I', 16) + b'mdat' + b'\x00' * 8

ATTK = {
    'pdf': (lambda a: _pdf(a or 'Document'), 'application/pdf'), 'png': (lambda a: _png(), 'image/png'),
    'jpg': (lambda a: _jpg(), 'image/jpeg'), 'gif': (lambda a: _gif(), 'image/gif'), 'agif': (lambda a: _gif(3, 2, 2), 'image/gif'),
    'docx': (lambda a: _docx(a or 'Warranty'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    'txt': (lambda a: (a or 'Assembly notes').encode() + b'\n', 'text/plain'), 'zip': (lambda a: _zip([('photos/IMG_0001.jpg', _jpg())]), 'application/zip'),
    'exe': (lambda a: _exe(), 'application/x-msdownload'), 'mp4': (lambda a: _mp4(), 'video/mp4'), 'heic': (lambda a: _mp4(b'heic'), 'image/heic'),
    'xlsx': (lambda a: _xlsx(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    'ics': (lambda a: b'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:20250312T080000Z\r\nSUMMARY:Delivery slot\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n', 'text/calendar'),
    'html': (lambda a: b'<html><body><p>Care instructions</p></body></html>\n', 'text/html'),
    'bigpdf': (lambda a: _pdf('Manual', 10_600_000), 'application/pdf'), 'exepdf': (lambda a: _exe(), 'application/pdf'),
    'rar': (lambda a: b'Rar!\x1a\x07\x01\x00' + b'\x00' * 32, 'application/vnd.rar'),
}

# ---------------------------------------------------------------- specs
SPECS = []
TOK = []           # raw html / text alternatives embedded in bodies
def H(html, text=''):
    TOK.append((html, text)); return '\x02%d\x02' % (len(TOK) - 1)

def add(slug, seller, cats, note, body, **kw):
    cl = [CODE[c] for c in cats]
    assert len(set(cl)) == len(cl), slug
    kw.update(slug=slug, seller=seller, cats=[c for c in CATS if c in cl], note=note, body=body)
    kw.setdefault('kind', 'reply')
    SPECS.append(kw)

def P(slug, seller, cats, note, subj, body, **kw):   # proactive
    add(slug, seller, cats, note, body, kind='proactive', subj=subj, **kw)

# ---------------------------------------------------------------- rendering helpers
def fill(s, v):
    return re.sub(r'\{(\w+)\}', lambda m: str(v[m.group(1)]) if m.group(1) in v else m.group(0), s)

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')

INL = re.compile(r'\x02(\d+)\x02|\[\[(.+?)\|(.*?)\]\]|(https?://[^\s<>"\]\x00]*[^\s<>"\].,;:)\x00])')

def r_text(s, hide=False):
    def f(m):
        if m.group(1): return TOK[int(m.group(1))][1]
        if m.group(2): return m.group(3) if hide else '%s <%s>' % (m.group(3), m.group(2))
        return m.group(4)
    return INL.sub(f, s)

def r_inline(s):
    out, pos = [], 0
    for m in INL.finditer(s):
        out.append(esc(s[pos:m.start()])); pos = m.end()
        if m.group(1): out.append(TOK[int(m.group(1))][0])
        elif m.group(2): out.append('<a href="%s">%s</a>' % (esc(m.group(2)), esc(m.group(3))))
        else: out.append('<a href="%s">%s</a>' % (esc(m.group(4)), esc(m.group(4))))
    out.append(esc(s[pos:]))
    return ''.join(out).replace('\n', '<br>\n')

def r_html(s, tag='p'):
    ps = [p for p in re.split(r'\n[ \t]*\n', s.strip('\n'))]
    if tag == 'div':
        return '\n<div><br></div>\n'.join('<div>%s</div>' % r_inline(p) for p in ps)
    return '\n'.join('<p>%s</p>' % r_inline(p) for p in ps)

def gt(s):
    return '\n'.join(('> ' + l) if l else '>' for l in s.split('\n'))

def amz_notice(nl, mkk, v, btext):
    L = LOC[nl]; tld = MK[mkk][0]
    f = lambda s: s.replace('{tld}', tld)
    foot = FOOT.get(mkk, 'Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg')
    return '\n'.join([
        '------------- %s -------------' % L['msg'], '', btext.strip('\n'), '', '------------- %s -------------' % L['end'], '',
        f(L['fyi']), '', '# %s:' % v['oid'] if v['oid'] else '', '%s %s [ASIN: %s]' % (L['qty'], v['ptitle'], v['asin']), '',
        L['resp'], 'https://sellercentral.amazon.%s/messaging/inbox?fi=UNREAD&t=%s' % (tld, v['tid']), '',
        L['helpful'], 'https://www.amazon.%s/gp/communication-manager/rating.html?rv=1&t=%s' % (tld, v['tok']),
        'https://www.amazon.%s/gp/communication-manager/rating.html?rv=0&t=%s' % (tld, v['tok']), '',
        f(L['optout']) + ' https://sellercentral.amazon.%s/notifications/preferences' % tld, '',
        '[commMgrTok:%s]' % v['tok'], '', L['copy'], foot])

def norm_blank(t):
    return re.sub(r'\n(?:[ \t]*\n){3,}', '\n\n\n', t)

# ---------------------------------------------------------------- MIME building
def qp_enc(data):
    out = []
    for line in data.split(b'\n'):
        enc = []
        for c in line:
            if c == 0: enc.append('\x00')
            elif c == 61 or c > 126 or (c < 32 and c != 9): enc.append('=%02X' % c)
            else: enc.append(chr(c))
        real = [k for k, e in enumerate(enc) if e != '\x00']
        if real and enc[real[-1]] in (' ', '\t'): enc[real[-1]] = '=%02X' % ord(enc[real[-1]])
        cur, ls = '', []
        for tk in enc:
            if tk == '\x00': ls.append(cur + '='); cur = ''; continue
            if len(cur) + len(tk) > 75: ls.append(cur + '='); cur = ''
            cur += tk
        ls.append(cur); out.append('\n'.join(ls))
    return ('\n'.join(out)).encode('ascii')

def tpart(text, sub, cs, cte, flowed=False):
    if not text.endswith('\n'): text += '\n'
    try: text.replace('\x00', '').encode(cs)
    except UnicodeEncodeError: cs = 'utf-8'
    text = text.replace('{CS}', cs)
    data = text.encode(cs)
    if cte in ('7bit', '8bit') and b'\x00' in data: cte = 'quoted-printable'
    if cte == '7bit' and any(b > 127 for b in data): cte = 'quoted-printable'
    if cte == '8bit' and all(b < 128 for b in data): cte = '7bit'
    if cte == 'base64': body = base64.encodebytes(data.replace(b'\x00', b''))
    elif cte == 'quoted-printable': body = qp_enc(data)
    else: body = data
    ct = 'text/%s; charset="%s"' % (sub, cs) + ('; format=flowed' if flowed else '')
    return dict(h=[('Content-Type', ct), ('Content-Transfer-Encoding', cte)], body=body, cs=cs, cte=cte)

def _param(k, v):
    if all(ord(c) < 128 for c in v): return '%s="%s"' % (k, v)
    from urllib.parse import quote
    return "%s*=utf-8''%s" % (k, quote(v.encode('utf-8'), safe=''))

def apart(fn, kind, ctype=None, arg=None, cid=None):
    mk, dct = ATTK[kind]; data = mk(arg)
    h = [('Content-Type', '%s; %s' % (ctype or dct, _param('name', fn))), ('Content-Transfer-Encoding', 'base64')]
    if cid: h += [('Content-ID', '<%s>' % cid), ('Content-Disposition', 'inline; ' + _param('filename', fn))]
    else: h.append(('Content-Disposition', 'attachment; ' + _param('filename', fn)))
    return dict(h=h, body=base64.encodebytes(data), size=len(data), name=fn)

def multi(sub, parts, seed):
    b = '=_hd7_%s' % hashlib.sha1(seed.encode()).hexdigest()[:24]
    return dict(h=[('Content-Type', 'multipart/%s; boundary="%s"' % (sub, b))], parts=parts, b=b)

def ser(node):
    out = b''.join(('%s: %s\n' % kv).encode('ascii') for kv in node['h']) + b'\n'
    if 'parts' in node:
        out += b'This is a multi-part message in MIME format.\n\n'
        for p in node['parts']:
            out += b'--' + node['b'].encode() + b'\n' + ser(p)
            if not out.endswith(b'\n'): out += b'\n'
        out += b'--' + node['b'].encode() + b'--\n'
    else:
        out += node['body']
        if not out.endswith(b'\n'): out += b'\n'
    return out

def hval(v):
    return v if all(ord(c) < 128 for c in v) else Header(v, 'utf-8').encode(maxlinelen=76)

def addr(name, a):
    return email.utils.formataddr((name, a), charset='utf-8') if name else a

import email.utils

DEFFMT = dict(zendesk='alt', freshdesk='alt', gorgias='alt', helpscout='alt', zammad='alt', osticket='alt', freescout='html',
              edesk='text', outlook='text', gmail='alt', thunderbird='text', apple='alt', iphone='text', plain='text', newsletter='alt')
TZ = dict(us=-5, ca=-5, uk=0, au=11, **{'in': 5.5}, de=1, fr=1, es=1, it=1, jp=9, nl=1, pl=1, se=1, br=-3)
USED_OIDS = set(); PAIRS = {}

def new_oid(r, pres):
    while True:
        o = '%s-%07d-%07d' % (r.choice(pres), r.randrange(10**7), r.randrange(10**7))
        if o not in USED_OIDS: USED_OIDS.add(o); return o

def layout(st, fmt, lang, reply, q, m, sp):
    rt = r_text(reply, sp.get('hide_href'))
    rh = r_html(reply, 'div' if st in ('gmail', 'apple', 'gorgias') else 'p') + sp.get('hx', '')
    if not q:
        return rt + sp.get('tx', ''), rh
    qt = r_text(q); qh = r_inline(q)
    A = fill(ATTR[lang], m); Ah = esc(A)
    if st == 'zendesk':
        zid = '<span%s aria-hidden="false">[%s]</span>' % (' style="color:#FFFFFF"' if sp.get('zd_white') else '', m['zid'])
        t = '##- Please type your reply above this line -##\n\n%s\n\n--------------------------------\n\n%s\n%s\n\n%s\n\n[%s]' % (rt, m['bn'], m['qd'], qt, m['zid'])
        h = '<div>##- Please type your reply above this line -##</div>\n%s\n<hr>\n<p><strong>%s</strong><br>%s</p>\n<div class="zd-comment">%s</div>\n%s' % (rh, esc(m['bn']), m['qd'], qh, zid)
    elif st == 'freshdesk':
        a = 'On %s, %s wrote:' % (m['qd'], m['who'])
        t = '%s\n\n%s\n\n%s' % (rt, a, qt)
        h = '<div>%s</div>\n<div class="freshdesk_quote">\n<blockquote class="freshdesk_quote">%s<br>\n%s</blockquote>\n</div>' % (rh, esc(a), qh)
    elif st in ('gorgias', 'gmail'):
        t = '%s\n\n%s\n\n%s' % (rt, A, gt(qt))
        if st == 'gorgias':
            h = '<div>%s</div>\n<br>\n<div class="gorgias_quote">\n<div>%s</div>\n<blockquote>%s</blockquote>\n</div>' % (rh, Ah, qh)
        else:
            bq = ' style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"' if sp.get('gq_style') else ''
            h = '<div dir="ltr">%s</div>\n<br>\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n<blockquote class="gmail_quote"%s>%s</blockquote></div>' % (rh, Ah, bq, qh)
    elif st == 'helpscout':
        a = 'On %s, %s wrote:' % (m['qd'], m['who'])
        t = '%s\n\n-----\n%s\n\n%s' % (rt, a, qt)
        h = '<div id="hs-reply">%s</div>\n<div class="hs-original">\n<p>%s</p>\n<blockquote>%s</blockquote>\n</div>' % (rh, esc(a), qh)
    elif st == 'zammad':
        t = '%s\n\n%s\n%s' % (rt, A, gt(qt))
        h = '<div>%s</div>\n<br>\n<div><blockquote type="cite">\n<div>%s</div>\n<br>\n%s</blockquote></div>' % (rh, Ah, qh)
    elif st == 'osticket':
        a = '---- Original Message ----\nFrom: %s\nDate: %s' % (m['who'], m['qd'])
        t = '%s\n\n%s\n\n%s' % (rt, a, qt)
        h = '%s\n<hr>\n<p>%s</p>\n<div class="thread-body">%s</div>' % (rh, esc(a).replace('\n', '<br>\n'), qh)
    elif st == 'freescout':
        a = '## %s replied, on %s:' % (m['bn'], m['qd'])
        t = '%s\n\n-----------------------------------------------------------\n%s\n\n%s' % (rt, a, qt)
        h = '<div class="fs-reply">%s</div>\n<div style="border-top:1px solid #ccc; margin-top:10px"></div>\n<div class="fs-thread"><p><b>%s</b> replied, on %s:</p>\n<div>%s</div></div>' % (rh, esc(m['bn']), m['qd'], qh)
    elif st == 'edesk':
        a = '---- On %s, %s wrote ----' % (m['qd'], m['bn'])
        t = '%s\n\n%s\n\n%s' % (rt, a, qt); h = '%s\n<p>%s</p>\n<div>%s</div>' % (rh, esc(a), qh)
    elif st == 'outlook':
        sep, F, S_, T_, Su, _ = OLK[lang]
        to = sp.get('olk_to', m['shop'])
        hdr = '%s\n%s: %s\n%s: %s\n%s: %s\n%s: %s' % (sep if sp.get('olk_old') else '________________________________', F, m['who'], S_, m['qd'], T_, to, Su, m['osubj'])
        t = '%s\n\n%s\n\n%s' % (rt, hdr, qt)
        hh = '<br>\n'.join('<b>%s:</b> %s' % (k, esc(x)) for k, x in ((F, m['who']), (S_, m['qd']), (T_, to), (Su, m['osubj'])))
        h = '<div class="WordSection1">\n%s\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">%s</p>\n</div>\n<p class="MsoNormal">%s</p>\n</div>' % (rh.replace('<p>', '<p class="MsoNormal">'), hh, qh)
    elif st == 'thunderbird':
        t = '%s\n\n%s\n%s' % (rt, A, gt(qt))
        h = '<p>%s</p>\n<div class="moz-cite-prefix">%s<br></div>\n<blockquote type="cite" cite="mid:%s">%s</blockquote>' % (rh, Ah, m['irt'].strip('<>'), qh)
    elif st in ('apple', 'iphone'):
        t = '%s\n\n%s%s\n\n%s' % (rt, 'Sent from my iPhone\n\n' if st == 'iphone' else '', '> ' + A, gt(qt))
        h = '<div dir="ltr">%s</div>\n<div dir="ltr"><br><blockquote type="cite">%s<br><br>\n%s</blockquote></div>' % (rh, Ah, qh)
    else:
        t = '%s\n\n%s\n\n%s' % (rt, A, gt(qt)); h = '%s\n<blockquote>%s</blockquote>' % (rh, qh)
    return t + sp.get('tx', ''), h

OLK_HEAD = '''<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle19
	{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
--></style>
'''

def build(i, sp):
    shop, dom, mkk, hd, agents, cs, cte, crlf, prods = SELLERS[sp['seller']]
    tld, cur, pres, ses = MK[mkk]
    lang = sp.get('lang') or ML[mkk]; nl = sp.get('nlang') or ML[mkk]
    r = random.Random('hd7:' + sp['slug'])
    pair = sp.get('pair')
    if pair and pair in PAIRS: sh = PAIRS[pair]
    else:
        loc = ''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(15))
        dom_r = ('m.' if mkk == 'jp' and r.random() < .5 else '') + 'marketplace.amazon.' + tld
        sh = dict(oid=new_oid(r, pres), bn=r.choice(BUYERS[nl]), relay=loc + '@' + dom_r, pidx=r.randrange(len(prods)))
        if pair: PAIRS[pair] = sh
    oid = sh['oid'] if sp.get('oid') is None else sp['oid']
    relay = sh['relay']
    if sp.get('plus'): relay = relay.replace('@', '+%s@' % hashlib.md5(sp['slug'].encode()).hexdigest()[:8])
    pidx = sp.get('pidx', sh['pidx'])
    asin = 'B0' + hashlib.sha1((sp['seller'] + str(pidx)).encode()).hexdigest()[:8].upper()
    ag = sp.get('ag') or agents[i % len(agents)]
    off = timedelta(hours=TZ[mkk])
    dt = datetime(2025, 3, 3, 8, 0, tzinfo=timezone.utc) + timedelta(minutes=397 * i)
    ldt = (dt + off).replace(tzinfo=timezone(off))
    qdt = ldt - timedelta(hours=3 + i % 20, minutes=(i * 7) % 60)
    hx = lambda n: hashlib.sha1(('%s:%d' % (sp['slug'], n)).encode()).hexdigest()
    v = dict(oid=oid, asin=asin, bn=sh['bn'], ag=ag, shop=shop, dom=dom, tld=tld, cur=cur, ptitle=prods[pidx], relay=relay,
             tid=hx(1)[:20], tok=hx(2)[:13].upper(), mkt='amazon.' + tld,
             d1=(ldt + timedelta(days=2)).strftime('%d/%m/%Y'), d2=(ldt + timedelta(days=5)).strftime('%d.%m.%Y'),
             us1=(ldt + timedelta(days=3)).strftime('%m/%d/%Y'))
    v.update(sp.get('v', {}))
    # --- reply text
    parts = []
    g = sp.get('greet', True)
    if g: parts.append(GREET[lang][i % len(GREET[lang])] if g is True else g)
    b = sp['body'].strip('\n')
    if g and lang not in ('de', 'it') and b[:1].islower(): b = b[0].upper() + b[1:]
    parts.append(b)
    sig = sp.get('sig')
    if sig is None: sig = CLOSE[lang][(i // 3) % len(CLOSE[lang])]
    if sig: parts.append(sig)
    reply = fill('\n\n'.join(parts), v)
    if not sp.get('blank_runs'): reply = norm_blank(reply)
    kind = sp['kind']
    st = sp.get('style') or hd
    fmt = sp.get('fmt') or DEFFMT[st]
    nooid = sp.get('nooid')
    L = LOC[nl]
    topic = sp.get('topic') or L['topics'][i % len(L['topics'])]
    osubj = fill(L['subj'], dict(v, topic=topic, oid=oid))
    if nooid: osubj = osubj[:osubj.rindex(' (')]
    irt = '<0102018f%s-%s-%s-%s-%s-000000@%s>' % (hx(3)[:8], hx(3)[8:12], hx(3)[12:16], hx(3)[16:20], hx(3)[20:32], ses)
    q = None
    if kind == 'reply' and sp.get('buyer') is not None and sp.get('quote', True):
        q = amz_notice(nl, mkk, dict(v, oid='' if nooid else oid), fill(sp['buyer'], v))
        if sp.get('prev'):
            pa = fill(ATTR['en' if lang not in ATTR else lang], dict(wd=WD[(qdt - timedelta(days=1)).weekday()], d=(qdt - timedelta(days=1)).day,
                      mon=MON[(qdt - timedelta(days=1)).month - 1], y=qdt.year, hm='16:40', m='%02d' % (qdt - timedelta(days=1)).month,
                      mi=(qdt - timedelta(days=1)).month, di=(qdt - timedelta(days=1)).day, who=sp.get('prev_who', '%s <%s>' % (shop, relay))))
            q += '\n\n' + pa + '\n' + gt(fill(sp['prev'], v))
    m = dict(bn=sh['bn'], relay=relay, who='%s - Amazon Marketplace <%s>' % (sh['bn'], relay), shop=shop, osubj=osubj, irt=irt,
             qd=qdt.strftime({'en': '%d %b %Y %H:%M', 'ja': '%Y/%m/%d %H:%M', 'de': '%d.%m.%Y %H:%M', 'pl': '%d.%m.%Y %H:%M'}.get(lang, '%d/%m/%Y %H:%M')),
             wd=WD[qdt.weekday()], d=qdt.day, mon=MON[qdt.month - 1], y=qdt.year, hm=qdt.strftime('%H:%M'),
             m='%02d' % qdt.month, mi=qdt.month, di=qdt.day, zid=hx(4)[:6].upper() + '-' + hx(4)[6:10].upper())
    m['who'] = sp.get('who', m['who'])
    sp = dict(sp, hx=fill(sp.get('hx', ''), v))
    text, html = layout(st, fmt, lang, reply, q, m, sp)
    text = text if sp.get('blank_runs') else norm_blank(text)
    head = sp.get('hhead', '')
    if st == 'outlook' and fmt != 'text': head = OLK_HEAD + head
    if sp.get('html_raw') is not None: html = fill(sp['html_raw'], v)
    hdoc = '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={CS}">\n%s</head>\n<body%s>\n%s\n</body>\n</html>\n' % (head, sp.get('body_attr', ''), html)
    # --- subject
    tk = str(int(hx(5)[:6], 16) % 900000 + 100000)
    if sp.get('subj') is not None: subj = fill(sp['subj'], dict(v, tk=tk))
    elif st == 'outlook': subj = OLK[lang][5] + osubj
    elif st == 'zammad': subj = 'RE: [Ticket#%s] %s' % ('2025' + tk, osubj)
    elif st == 'osticket': subj = 'Re: [#%s] %s' % (tk, osubj)
    elif st == 'freshdesk': subj = 'Re: %s [#%s]' % (osubj, tk[:5])
    else: subj = 'Re: ' + osubj
    # --- mime
    ccs = sp.get('cs', cs); ccte = sp.get('cte', cte)
    flowed = st == 'thunderbird' and fmt == 'text'
    if fmt == 'text': body = tpart(text, 'plain', ccs, ccte, flowed)
    elif fmt == 'html': body = tpart(hdoc, 'html', ccs, ccte)
    else: body = multi('alternative', [tpart(text, 'plain', ccs, ccte), tpart(hdoc, 'html', ccs, sp.get('hcte', ccte))], sp['slug'] + 'a')
    if sp.get('inline'):
        rel = [body['parts'][1] if fmt == 'alt' else body] + [apart(*a) for a in sp['inline']]
        relnode = multi('related', rel, sp['slug'] + 'r')
        if fmt == 'alt': body['parts'][1] = relnode
        else: body = relnode
    atts = [apart(*a) for a in sp.get('att', ())]
    if atts: body = multi('mixed', [body] + atts, sp['slug'] + 'm')
    toname = sp.get('toname', '%s - Amazon Marketplace' % sh['bn'] if i % 3 == 0 else '')
    to = relay.upper() if sp.get('upper') else relay
    local = dict(en='support', de='service', fr='contact', es='atencion', it='assistenza', ja='support', nl='klantenservice', pl='sklep', sv='kundtjanst', pt='sac')[ML[mkk]]
    h = [('From', addr(sp.get('fromname', '%s | %s' % (ag, shop)), '%s@%s' % (local, dom))), ('To', addr(toname, to)),
         ('Subject', hval(subj)), ('Date', email.utils.format_datetime(ldt)),
         ('Message-ID', '<%s.%s@%s>' % (hx(6)[:16], tk, dom)), ('MIME-Version', '1.0')]
    if kind == 'reply' and not sp.get('noref'):
        h[4:4] = [('In-Reply-To', irt), ('References', irt)]
    h += list(sp.get('hdrs', ()))
    body['h'] = h + body['h']
    raw = ser(body)
    if sp.get('crlf', crlf): raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw, dict(lang=lang, kind=kind, oid=oid, subj=subj, relay=relay, atts=atts, text=text, html=hdoc, fmt=fmt, st=st)

# ================================================================ CONTENT
SELLERS['lumen'] = ('Lumenfield Smart Home', 'lumenfieldhome.com', 'us', 'freshdesk', ['Noah', 'Grace'], 'utf-8', 'quoted-printable', 0,
                    ['Lumenfield 2K Indoor Security Camera, 2-Pack, White', 'Lumenfield Video Doorbell Pro, Wired, Satin Nickel'])
SIG_OLK_UK = 'Kind regards\n\n{ag}\nCustomer Care | {shop}'
PIX = '<img src="https://opens.{px}/o/%s.gif" width="1" height="1" alt="" border="0">'

# ---------------------------------------------------------------- English: compliant replies (hard negatives)
add('ups-hub-delay', 'ridge', '', 'UPS 1Z tracking number in groups, delivery date, same-day replacement offer; compliant',
    "Sorry for the wait on this one. I called UPS this morning and the parcel (tracking 1Z 4F7 W29 03 4411 2870) got stuck at their Memphis hub in the storm backlog. It's moving again and they're now showing delivery by {us1}.\n\nIf it still hasn't turned up by then, just reply here and I'll ship a second tent the same day - you won't have to wait for the first one to come back to us.",
    buyer="Hi, my tent was supposed to arrive Friday and the tracking hasn't moved since Tuesday. We leave for our trip on the 14th. Any idea what's going on?")
add('usps-two-boxes', 'copper', '', 'two USPS 22-digit tracking numbers in digit groups; compliant',
    "Good news, the pan left our Ohio warehouse on Monday:\nUSPS 9400 1118 9922 3310 4452 87\n\nThe lid is packed at our other location so it travels separately:\nUSPS 9405 5036 9930 0128 3377 16\n\nSo don't panic if the first box shows up without a lid - it's a day or two behind.",
    buyer="Ordered the saute pan a week ago, still says preparing for shipment?? Is it actually coming")
add('refund-after-threat', 'pine', '', 'unconditional full refund after buyer threatened 1 star (threat only in quoted buyer text); compliant',
    "I'm really sorry, that bed should never have left the warehouse with a torn cover.\n\nI've just issued a full refund of $64.99 to your original payment method - banks usually show it within 3-5 business days. Please don't bother sending it back; donate it to a shelter or use it as a spare if the tear can be stitched.\n\nWhat you write about the order is of course entirely up to you.",
    buyer="The dog bed arrived with a huge tear in the cover, stuffing everywhere. Honestly ridiculous for the price. I'll be leaving 1 star unless this is sorted today.")
add('tray-screws-review-once', 'nimbus', '', 'one neutral review request inside a support reply (order id used nowhere else); compliant', 
    "The tray uses the M6 x 12 mm screws from bag C, not the longer ones from bag B - the long ones are for the crossbar. Four per side is plenty.\n\nOnce you're all set up, if you have a moment we'd appreciate a review of the frame on Amazon. It helps other people figure out whether it'll suit their space.",
    buyer="Which screws are for the cable tray? The manual shows two bags and neither seems to fit properly.", req=True)
add('returns-page-outlook', 'hollow', '', 'Outlook plain text, link to Amazon order history for returns, display-name-only To: in quote header; compliant',
    "Sorry the colour wasn't what you expected - photos of oat linen can look greyer on some screens.\n\nYou can start the return from your orders page: https://www.amazon.co.uk/gp/css/order-history - pick the duvet set and choose 'Return or replace items'. Drop-off at any Post Office is free and Royal Mail will give you a receipt with the tracking reference.\n\nThe refund goes through as soon as it's scanned back in at our warehouse in Leeds (LS11 5QD).",
    buyer="The duvet cover is much greyer than the photos. I'd like to return it please, how do I do that?", sig=SIG_OLK_UK)
add('vat-invoice-pdf', 'marlow', '', 'VAT number in digit groups, invoice number, PDF invoice attached; compliant',
    "Please find your VAT invoice attached (invoice no. MF-INV-2025-004417). Our VAT registration number is GB 318 5520 74 and it's also printed top right on the invoice.\n\nIf your accounts team needs the company name changed, let me know exactly how it should read and I'll reissue it.",
    buyer="Can I get a proper VAT invoice for the turntable? Need it for the business.", plus=True, att=[('MF-INV-2025-004417.pdf', 'pdf', None, 'VAT invoice MF-INV-2025-004417')])
add('serial-warranty', 'marlow', '', 'serial number and model number, two-year warranty, no phone; compliant',
    "The serial number is on the sticker under the platter mat - it should start with MF40 and look like MF40-2311-0047-WL. Your unit is covered for two years from the delivery date, so you're well inside that.\n\nCould you tell me whether the hum is there with the volume fully down? If it is, it's almost always the earth lead (the thin green wire) not being screwed to the GND post on the amp.",
    buyer="Turntable has developed a hum in the left speaker. Is it still under warranty? Bought it in November.")
add('camera-whatsapp-feature', 'lumen', '', 'WhatsApp, Telegram and Teams named as product features, firmware version 3.2.14, price; compliant',
    "Yes - once the camera is on firmware 3.2.14 or later, the Lumenfield app can forward motion snapshots to WhatsApp or Telegram from Settings > Sharing > Forward alerts. It doesn't integrate with Microsoft Teams, though, and there's no plan for that at the moment.\n\nThe cloud plan isn't needed for forwarding; it only adds the 30-day clip history ($2.99/month).",
    buyer="Can these cameras send alerts to WhatsApp? My husband doesn't want another app.")
add('declines-phone', 'lumen', '', 'buyer asks for a phone number; seller declines and stays on Amazon messaging; compliant',
    "I understand it would be quicker to talk it through, but we can only support orders through Amazon's messaging, so I'm not able to move this to a phone call or WhatsApp. I'll stay on this thread until the doorbell works.\n\nFor now, could you send me a photo of the two wires behind the old doorbell button? If the transformer is below 16 V the Pro won't power up and we'll need to look at that first.",
    buyer="This is driving me crazy, can I just call someone?? What's your phone number? Doorbell lights up for a second and dies.")
add('scunthorpe-redelivery', 'hollow', '', 'place name containing a profanity substring, street address and postcode, Royal Mail reference; compliant',
    "Thanks for confirming the new address. I've asked Royal Mail to redirect the parcel to 14 Cliff Gardens, Scunthorpe DN15 7PH - reference TT 5521 0937 4GB - and they've said Thursday.\n\nIf the redirect fails, it'll come back to us and I'll resend straight to the new address, no charge.",
    buyer="Sorry I moved house last week and forgot to update Amazon. New address is 14 Cliff Gardens, Scunthorpe DN15 7PH. Can you redirect?", sig=SIG_OLK_UK)
add('first-class-analysis', 'tide', '', 'first-class, analysis and assessment (trigger substrings); compliant',
    "Oh no, sorry about that. I had a proper look at the batch (not quite a lab analysis, but I checked every ball from the same dye lot) and two of them were wound from the wrong cone. My mistake entirely.\n\nTwo replacement balls went out first class this morning, so they should be with you tomorrow or Saturday. My assessment is the colours will match now, but tell me if not.",
    buyer="Two of the heather balls are a completely different shade, it's really obvious once knitted up.", style='gmail', fmt='text')
add('feedback-can-update-neutral', 'marlow', '', 'after resolution, says seller feedback can be updated, explicitly up to the buyer; compliant',
    "The replacement speaker cable went out with DPD this afternoon (parcel number 1550 6612 8843 07), and I've refunded the £6.50 you spent on the one from the shop.\n\nThanks for bearing with us. If you feel we've put it right, you can update the feedback you left at any time - entirely your choice, and no hard feelings either way.",
    buyer="Right speaker cable was missing from the box. I had to buy one to use the speakers at all. Not impressed.")
add('partial-refund-scratch', 'copper', '', 'partial refund (USD and percent) to resolve a defect, not tied to any review; compliant',
    "Thanks for the photo - that's definitely a scratch from packing, not wear.\n\nI've refunded $18.00 (roughly 20%) so you can keep the pan if you're happy to. If you'd rather have a brand-new one, say the word and I'll send it instead and you can keep this one.",
    buyer="There's a long scratch inside the pan, right out of the box. See photo. Not happy.")
add('evri-royalmail-refs', 'tide', '', 'Evri and Royal Mail tracking references, prices in GBP; compliant',
    "Your original parcel went Evri (H01HYA0012345678) and Evri are showing it as 'delivered to safe place' which is not terribly helpful when nobody knows which place.\n\nI've sent the needles again by Royal Mail Tracked 48, reference AB 6120 9334 8GB. If the first one turns up, keep it - £11.40 isn't worth the hassle of posting it back.",
    buyer="Tracking says delivered but there's nothing here, checked with neighbours.", style='iphone')
add('dhl-waybill-grouped', 'saffron', '', 'DHL Express 10-digit waybill in phone-like groups, customs duty in INR; compliant',
    "Your parcel is with DHL Express, waybill 48 1320 7765. Customs at Delhi cleared it yesterday; the duty shown (₹412) is charged by DHL and is refundable to you via Amazon if you send us the receipt here.\n\nDelivery is expected within 2 working days.",
    buyer="DHL is asking me to pay duty?? I thought the price included everything.")
add('fit-question-no-oid', 'nimbus', '', 'product question answered in a reply with no order id anywhere; dimensions; compliant',
    "Yes, it'll fit. The crossbar extends from 110 cm to 190 cm, so a 180 x 80 cm top sits comfortably, with about 5 cm overhang at each end once you centre the frame.\n\nThe only thing to watch is thickness: the supplied screws are 16 mm, so for a top thinner than 20 mm you'll want 12 mm screws instead.",
    buyer="Will the dual motor frame take a 180 x 80 cm desktop? It's 18mm birch ply.", nooid=True, topic='Product details inquiry')
add('canada-post-pads', 'north', '', 'Canada Post 16-digit tracking, model numbers, CAD price; compliant',
    "You ordered the 1.8 mm resin pads (BP-22R), but your calipers take the 2.0 mm BP-24R, that's why they rattle. No worries, it happens a lot with that brake series.\n\nI've sent the BP-24R set, Canada Post tracking 7023 2109 4455 8216. Just return the BP-22R pads unopened through Amazon when you get a minute and I'll refund the CA$7.50 price difference.",
    buyer="These pads rattle like crazy in my calipers, are they the right ones? I have a 2020 trail bike with 4-piston brakes.")
add('auspost-sleeping-bag', 'bluegum', '', 'Australia Post tracking number, sizes and TOG rating; compliant',
    "Thanks for getting in touch. The 2.5 TOG bag is designed for room temperatures of 16-20°C, so for your bub's room at around 22°C you'd be better with the 1.0 TOG.\n\nI'm happy to swap it. I've sent the 1.0 TOG in the same size today, Australia Post tracking 34JKL012345601000935103, and you can return the 2.5 TOG through Amazon at no cost once it arrives.",
    buyer="Is the 2.5 tog too warm for Queensland? Baby is sweating a lot in it.")
add('amazon-help-warranty', 'ridge', '', 'Amazon help page link (allowed), warranty explanation; compliant',
    "Sorry to hear about the pole section. A-to-z won't be needed here - we'll handle it under our 2-year warranty.\n\nAmazon's page on warranty claims explains how the return label works: https://www.amazon.com/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7\n\nBut honestly it's simpler if you just keep the broken section; I'm sending a replacement lower section today.",
    buyer="The lower section of one trekking pole snapped on the first hike. Is this covered?")
add('order-page-link-refund', 'copper', '', 'Amazon order-details link with the order id in the URL; compliant',
    "Your refund of $42.50 is done - you can see it on the order page here: https://www.amazon.com/gp/your-account/order-details?orderID={oid}\n\nIt usually takes a few days to reach the card.",
    buyer="When will I see my refund? You said it was processed.")
add('rude-buyer-firm-reply', 'north', '', 'firm, polite answer to an insulting buyer, no insults back; compliant',
    "I understand you're frustrated, and three weeks is too long. I can't change what happened at the border, but here's what I can do today: either a full refund right now, or a new kit sent by the faster Purolator service at our cost. Just tell me which you prefer.\n\nI'd ask that we keep the conversation civil so I can get this fixed for you.",
    buyer="You people are useless. Three weeks and NOTHING. Is this some kind of scam operation?")
add('cid-logo-unlinked', 'nimbus', '', 'inline logo referenced by cid:, not linked; HTML with text alternative; compliant',
    "The right-hand motor should beep twice when you hold the down button for 10 seconds - that's the reset. After that, run it all the way down and up once so it relearns the end positions.\n\nIf it still stops at 92 cm, the height sensor cable (the grey one, marked H) may be loose in the control box.",
    buyer="Desk won't go higher than 92 cm anymore, any idea?", hx='\n<p><img src="cid:logo.2x@nimbusdeskco" alt="Nimbus Desk Co." width="120" height="32"></p>',
    inline=[('logo@2x.png', 'png', None, None, 'logo.2x@nimbusdeskco')])
add('manual-and-warranty-card', 'nimbus', '', 'PDF manual and DOCX warranty card attached; compliant',
    "Sorry the manual was missing from the box! I've attached the PDF assembly manual and the warranty card. The card only needs filling in if you ever need to claim; keep it with your order number.",
    buyer="There was no manual in my box, just the screws.", att=[('ND-Frame-Assembly-Manual-v3.pdf', 'pdf', None, 'Assembly manual'), ('Warranty card.docx', 'docx', None, 'Warranty card')])
add('five-attachments', 'pine', '', 'exactly five attachments (PNG, JPEG, GIF, PDF, TXT), all allowed types; compliant',
    "To make sure we send the right lid this time, I've attached photos of the three lids we stock plus the sizing chart. Could you tell me which one matches yours? The text file has the bowl diameters in inches and cm.",
    buyer="The replacement lid you sent is the wrong size again.", att=[('lid-A.png', 'png'), ('lid-B.jpg', 'jpg'), ('lid-C.gif', 'gif'), ('sizing-chart.pdf', 'pdf', None, 'Sizing chart'), ('diameters.txt', 'txt', None, 'A 6.5in/16.5cm B 7.5in/19cm')])
add('relay-in-body', 'hollow', '', 'the buyer relay address written in the body; compliant',
    "Thanks. Just so you know, we only ever reply through Amazon to your order address ({relay}), so if you get an email claiming to be from us asking for card details, please ignore it.\n\nYour replacement towels are booked for Tuesday.",
    buyer="I got a weird email saying it's from your shop asking me to confirm my card, is that you?", sig=SIG_OLK_UK)
add('declines-discount-for-review', 'copper', '', 'buyer offers 5 stars for a discount (quoted); seller declines; compliant',
    "That's kind of you to offer, but we're not allowed to give anything in exchange for a review, and to be honest we wouldn't want to. Your Dutch oven is on its way at the normal price and you should have it Thursday.",
    buyer="If I leave you a 5 star review can I get 20% off the dutch oven as well? I want to order the green one.")
add('two-blank-lines', 'copper', '', 'exactly two consecutive blank lines and two font sizes (allowed limits); compliant',
    "Here's the care summary you asked for.\n\n\nSeasoning: not needed, the enamel is ready to use.\nMax oven temperature: 500°F / 260°C (lid knob included).\nDishwasher: safe, but hand-washing keeps the colour longer.",
    buyer="Does the dutch oven need seasoning? And can the knob go in the oven?", hx='\n<p style="font-size:12px">Model: CL-DO55-SG</p>')
add('pseudo-domain-typo', 'pine', '', 'missing space creates pseudo-domains (delivered.It, bowls.In); compliant',
    "Thanks for letting us know the bowls were delivered.It sounds like the rubber ring came off one of them in transit - it should just push back on around the base. If it's torn, let me know and I'll send a new ring.\n\nAnd sorry for the loose bowls.In future orders we're adding a cardboard divider.",
    buyer="Bowls arrived but one of them has the rubber bit hanging off.", ok=('delivered.it', 'bowls.in'))
add('rma-number', 'ridge', '', 'RMA number and return address with ZIP code; compliant',
    "I've set up the warranty return: RMA-77310-RB. Please write that number on the outside of the box and send the tent to:\n\nRidgeback Returns\n2150 Industrial Pkwy, Unit 4\nBoise, ID 83716\n\nUse the prepaid label from Amazon's return page so you're not out of pocket.",
    buyer="A seam on the rainfly has opened up after two trips. I'd like it repaired or replaced please.")
add('price-version-numbers', 'lumen', '', 'prices, model numbers, firmware versions and macOS version; compliant',
    "The desktop viewer works on macOS 12 and later; on macOS 11 you'll need the older viewer 2.8.1. The LF-C220 camera itself doesn't care which you use.\n\nFor reference, the 2-pack was $59.99 and the price dropped to $54.99 after your order, so I've refunded the $5.00 difference.",
    buyer="Your app won't install on my Mac. Also I see the cameras are cheaper now than when I bought them.")
add('sg-mail-thunderbird', 'bluegum', '', 'Thunderbird HTML with moz-cite-prefix and cite="mid:", inline cid spacer GIF; compliant',
    "No dramas - the plates are made of food-grade platinum silicone and are fine in the top rack of the dishwasher and in the microwave up to 2 minutes. Just keep them away from the oven and open flame.",
    buyer="Can the suction plates go in the dishwasher and microwave?", fmt='html',
    hx='\n<p><img src="cid:spacer@bluegumbaby" width="1" height="1" alt=""></p>', inline=[('spacer.gif', 'gif', None, None, 'spacer@bluegumbaby')])
add('indian-bedsheet-sizes', 'saffron', '', 'sizes, thread count, GST invoice number, INR price; compliant',
    "The double bedsheet is 90 x 108 inches (228 x 274 cm) and fits mattresses up to 78 x 72 inches with a good tuck. Thread count is 180.\n\nYour GST invoice is number SLT/24-25/08812 and Amazon should show it under the order. The price you paid (₹1,349) includes GST.",
    buyer="What is the size of the bedsheet? Also need GST invoice.")
add('freescout-brake-bleed', 'north', '', 'FreeScout HTML reply with technical instructions and torque values; compliant',
    "Happy to help. Pads should be bedded in before the first proper ride: 10-15 stops from about 25 km/h, hard but not locking up. Caliper bolts are 6-8 Nm.\n\nIf the noise comes back after bedding in, let me know and we'll look at rotor alignment next.",
    buyer="New pads squeal a lot. Did I install them wrong?")
add('amazon-returns-center-link', 'tide', '', 'link to Amazon returns centre (allowed), gmail HTML quote with border style; compliant',
    "Of course, no problem at all. You can start it from Amazon's returns centre: https://www.amazon.co.uk/returns and I'll refund as soon as it's back. No need to pay postage - the label is free for this item.",
    buyer="Bought the wrong needle length, can I send them back?", gq_style=True)
add('osticket-customs-form', 'saffron', '', 'osTicket reply, HS code and customs form number; compliant',
    "The cushion covers are declared under HS code 6304.92, and the customs form number is CN23-0018842. If your courier asks for anything else, forward their message here and I'll sort it.",
    buyer="Customs in my country is asking for the product code for the cushions.")
add('replacement-no-return', 'pine', '', 'replacement sent, buyer keeps the damaged item, tracking number; compliant',
    "Sorry about the bent bowl! A new set is on the way (USPS 9261 2901 0076 4412 3350 19). There's no need to send the bent one back.",
    buyer="One of the bowls arrived dented.", fmt='text')
add('edesk-speaker-polarity', 'marlow', '', 'long technical answer, eDesk plain text; compliant',
    "The crackle you're hearing is very likely the polarity on one side being reversed. On the back of each speaker the red terminal is + and the black one is -. The cable has a thin ridge along one of the two cores; that core should go to + on both the amp and the speaker.\n\nIf that doesn't fix it, try swapping the left and right cables at the amp end. If the crackle moves to the other speaker, it's the amp; if it stays, it's the speaker, and I'll replace it.",
    buyer="Speakers crackle on bass notes, left one especially.")
add('customs-question-reply-ca', 'north', '', 'CBSA and duties explanation, prices CAD; compliant',
    "The kit ships from our warehouse in Mississauga, so there's no customs or duty - it never leaves Canada. The price you paid (CA$54.99) is everything except GST/HST, which Amazon adds at checkout.",
    buyer="Will I have to pay customs or duties on this?", nooid=True, topic='Product details inquiry')
add('help-scout-desk-height', 'nimbus', '', 'Help Scout HTML; memory positions; compliant',
    "To save a memory position: set the height, press M, then 1, 2 or 3 within 4 seconds. The display flashes S-1 (or S-2, S-3) when it's saved. Most people set 1 for sitting and 2 for standing.",
    buyer="How do I set the memory buttons?")
add('zendesk-delivery-window', 'ridge', '', 'delivery window, times and dates; compliant',
    "UPS has your parcel on the truck today with a delivery window of 12:30 to 16:30. If nobody's home they'll leave it at the UPS Access Point on Main St and you'll get a notice on the door.",
    buyer="Will someone need to sign for the tent? I work until 5.")
add('gorgias-induction', 'copper', '', 'product question about induction compatibility; Gorgias HTML quote; compliant',
    "Yes, the tri-ply pan works on induction - the outer layer is magnetic 18/0 stainless. Start on medium; induction heats this pan very quickly.",
    buyer="Does this pan work on induction?")
add('outlook-text-towel-colour', 'hollow', '', 'Outlook plain-text reply with old-style Original Message separator; compliant',
    "I'm sorry the towels have faded. Slate is a deep dye and the first two washes do release some colour, but they shouldn't look patchy. I've arranged a replacement set and you don't need to return the first set.",
    buyer="The towels are already patchy after three washes.", sig=SIG_OLK_UK, olk_old=True)
add('tide-colour-advice', 'tide', '', 'friendly small-seller chat about yarn colours, plain text gmail; compliant',
    "Oh lovely, a jumper for your dad! For a chunky cable pattern I'd go with the Peat and the Granite from the bundle - they're the two darkest and the cables show up well. The Heather is nice but quite busy for cables.",
    buyer="Which colours would you use for a men's cable jumper from the bundle?", fmt='text')
add('saffron-washing', 'saffron', '', 'washing instructions with temperatures; compliant',
    "Please wash the block print covers separately for the first two washes in cold water (below 30°C) with a mild detergent and dry them in shade. A little colour bleeding in the first wash is normal for natural dyes.",
    buyer="Colour came off in the wash, is that normal?")
add('bluegum-sizing', 'bluegum', '', 'sizing by age and weight; compliant',
    "The 6-18m bag suits babies from about 70 to 85 cm tall. At 9 months and 74 cm your little one is right in the middle, so it'll last a good while yet.",
    buyer="Which size for a 9 month old, 74cm?")
add('lumen-wifi-5ghz', 'lumen', '', 'technical Wi-Fi answer with IP address-like numbers (192.168.1.1); compliant',
    "The cameras only connect to 2.4 GHz Wi-Fi. If your router combines 2.4 and 5 GHz under one name, log in to it (usually 192.168.1.1 or 192.168.0.1) and give the 2.4 GHz band its own name for setup. You can merge them again afterwards.",
    buyer="Camera won't connect to my wifi, keeps timing out.")
add('north-refund-before-return', 'north', '', 'refund issued before the return arrives; compliant',
    "I've issued the refund already, you don't need to wait for the return to reach us. The return label is on your Amazon order page; drop it at any Canada Post counter.",
    buyer="Sent the tubeless kit back, when is my refund?")
add('marlow-belt-replacement', 'marlow', '', 'spare part sent free, Royal Mail reference; compliant',
    "The drive belt stretches a little over time, especially if the turntable's kept near a radiator. I've posted you a new belt free of charge (Royal Mail Large Letter, reference QB 1147 2093 5GB), with a short fitting guide in the envelope.",
    buyer="Record plays slow, like 31 instead of 33.")
add('copper-lid-warp', 'copper', '', 'warranty replacement, no request; compliant',
    "Lids shouldn't warp, even on high heat. It's covered by our lifetime warranty, so I'm sending a new one today. No need to return the old lid.",
    buyer="The glass lid doesn't sit flat anymore, rocks around.")

# ---------------------------------------------------------------- English: compliant proactive
P('important-freight-slot', 'nimbus', '', '[Important] on delivery scheduling of a bulky item (allowed); compliant',
  '[Important] Delivery appointment for your desk frame - order {oid}',
  "Your Nimbus desk frame (order {oid}) is with our freight carrier, who delivers bulky items by appointment only.\n\nCould you reply with two weekdays next week that suit you? Deliveries are between 8 am and 5 pm and the driver will call the day before through the number on your Amazon order. The box weighs 38 kg, so the driver will leave it inside the front door.")
P('important-address-apartment', 'ridge', '', '[IMPORTANT] in upper case for an address problem (allowed); compliant',
  'Order {oid} - address problem [IMPORTANT]',
  "UPS returned your order {oid} to us as 'address incomplete' - it looks like the apartment or unit number is missing from 1820 Harbor View Dr, San Diego, CA 92101.\n\nCould you reply with the unit number? I'll reship the same day at no cost.")
P('important-embroidery-check', 'bluegum', '', '[Important] on a customisation question (allowed); compliant',
  '[Important] Please confirm the embroidered name - order {oid}',
  "Thanks for your order {oid}. Before we embroider the sleeping bag, could you confirm the spelling of the name? We have 'Aurelia' in pale pink thread, capital A only.\n\nWe'll start stitching as soon as you confirm, so it still ships this week.")
P('invoice-proactive-pdf', 'marlow', '', 'proactive invoice message with PDF, order id in body; compliant',
  'Your invoice for order {oid}',
  "As requested at checkout, here is the VAT invoice for your order {oid}. Our VAT number is GB 318 5520 74.", att=[('Invoice_{oid}.pdf'.replace('{oid}', 'MF-004980'), 'pdf', None, 'Invoice MF-004980')])
P('return-question-lid', 'copper', '', 'proactive return-related question, order id in subject; compliant',
  'Question about your return (order {oid})',
  "We received your Dutch oven back today - thank you. The lid wasn't in the box, though. Could it have been packed separately, or did it stay at home? Either way we'll refund you in full as soon as we know.")
P('review-request-link', 'ridge', '', 'single neutral review request with allowed Amazon review-page link; compliant',
  'Your trekking poles - order {oid}',
  "Hi {bn},\n\nYour trekking poles (order {oid}) were delivered last week. If you've had a chance to take them out, you can share your thoughts here: https://www.amazon.com/review/create-review?asin={asin}\n\nThanks for choosing us.\n\n{ag}\n{shop}", greet=False, sig='', req=True)
P('feedback-request-small-shop', 'tide', '', 'single neutral seller-feedback request, plain text; compliant',
  'Order {oid} - how did we do?',
  "I hope the yarn bundle (order {oid}) arrived safely and in one piece.\n\nIf you have a minute, I'd be grateful for your feedback on the order. Thank you either way!", fmt='text', req=True)
P('review-oid-subject-only', 'lumen', '', 'neutral review request with the order id only in the subject; compliant',
  'About your Lumenfield order {oid}',
  "We hope the cameras are up and running. Would you consider sharing a review of them on Amazon? Honest reviews help other shoppers choose.", req=True)
P('proactive-damaged-batch', 'hollow', '', 'proactive fulfilment problem notice with order id; compliant',
  'Order {oid}: a problem with your towel set',
  "We've found a stitching fault in the batch your towel set was picked from (order {oid}). Your parcel hasn't left yet, so we've swapped it for a set from the new batch. It'll ship tomorrow instead of today - sorry for the one-day delay.", sig=SIG_OLK_UK, fmt='text')
P('proactive-missing-size', 'north', '', 'proactive request for information needed to complete the order; compliant',
  'Order {oid} - which valve length?',
  "Thanks for ordering the tubeless kit (order {oid}). The listing lets you choose 44 mm or 60 mm valves but your order came through without the choice. Which rim depth do you have? Under 35 mm, the 44 mm valves are right; deeper than that, go for 60 mm.")

# ---------------------------------------------------------------- English: violations
add('sig-website', 'ridge', 'L', 'helpful reply, website in signature',
    "The rainfly buckles can be adjusted by pulling the tail of the strap down, not up - it feels backwards the first time. If it's still too loose, the buckle may be upside down; it slides off the webbing and back on.",
    buyer="The rainfly keeps flapping, I can't get it tight.", sig='Cheers,\n{ag}\nRidgeback Outdoor Supply\nwww.ridgebackoutdoor.com')
add('linked-logo', 'copper', 'L', 'logo image wrapped in a link to the shop (HTML only)',
    "The lid knob is oven-safe up to 500°F. The handles get hot, so grab a towel.",
    buyer="Is the knob oven safe?", hx='\n<p><a href="https://www.copperleafkitchen.com/?utm_source=amazon_msg"><img src="cid:logo@copperleaf" alt="Copperleaf" width="140" height="40"></a></p>',
    inline=[('copperleaf-logo.png', 'png', None, None, 'logo@copperleaf')])
add('usps-tracking-url', 'pine', 'L', 'carrier tracking URL given in the body',
    "Your order shipped this morning. You can follow it here: https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223310445287\n\nIt should arrive Thursday.",
    buyer="Has my order shipped?")
add('dp-link-cross-sell', 'copper', 'LK', 'Amazon product detail link used to cross-sell a matching product',
    "Glad the pan arrived OK. By the way, a lot of customers pair it with our 10\" frying pan from the same range - here it is: https://www.amazon.com/dp/B0C8K2LM4Q - it's on a lightning deal this week.",
    buyer="Pan arrived, thanks. Does it come with a helper handle?")
add('dp-link-answer', 'nimbus', 'L', 'Amazon /dp/ link answering the buyer\'s own question (external_link only, not marketing)',
    "The tray you're thinking of is the 2-pack steel one; it's listed here: https://www.amazon.com/dp/B0B7TR4Y2W - it fits all our frames wider than 120 cm.",
    buyer="Which cable tray fits this frame? I can't find it.")
add('storefront-link', 'tide', 'LK', 'link to the Amazon storefront (s?me=) to show other products',
    "So glad you like it! If you fancy more colours, everything I stock is here: https://www.amazon.co.uk/s?me=A2X9QK7TRM4LZE&marketplaceID=A1F83G8C2ARO7P - there are some new autumn shades in.",
    buyer="The yarn is gorgeous! Do you do other colours?", style='gmail')
add('amzn-to-shortlink', 'lumen', 'L', 'amzn.to short link',
    "Here's our setup walkthrough, it covers the sync-button step that trips most people up: https://amzn.to/3xQ9kLm",
    buyer="Can't get the second camera to pair.")
add('http-amazon-link', 'saffron', 'L', 'plain http: Amazon order link (never allowed)',
    "You can check the refund status here: http://www.amazon.in/gp/your-account/order-details?orderID={oid}",
    buyer="When will refund come?")
add('powered-by-footer', 'pine', 'L', 'linked "Powered by" helpdesk vendor footer (HTML)',
    "I've added a note so the carrier leaves it at the back door next time.",
    buyer="Driver left the box on the street. Please tell them back door.", hx='\n<p style="font-size:11px">Powered by <a href="https://www.helpwiseflow.com/?utm_source=poweredby&amp;acct=pinecrest">HelpwiseFlow</a></p>')
add('bare-domain-support', 'north', 'L', 'bare domain in the middle of a helpful reply',
    "The brake bleed procedure is a bit long to type out, but we've got a step-by-step with photos on northbaycycle.ca under Support > Brakes. It uses mineral oil, not DOT fluid, so don't mix those up.\n\nAny questions while you're doing it, just reply here.",
    buyer="How do I bleed these brakes?")
add('manual-download-link', 'nimbus', 'L', 'link to a manual on the seller\'s file server',
    "You can grab the latest manual here: https://files.nimbusdeskco.com/manuals/ND-frame-v3.pdf (page 7 has the error codes).",
    buyer="Display shows E04, what does that mean?")
add('youtube-howto', 'ridge', 'L', 'video link in an otherwise compliant reply',
    "Pitching it solo takes practice. We made a 3-minute video showing the trick with the colour-coded clips: https://youtu.be/Rb2p7Tq0xkE - it's much easier than reading the manual.",
    buyer="Tent is really hard to put up by myself.")
add('sig-email', 'hollow', 'E', 'e-mail address in an Outlook plain-text signature',
    "Thanks for sending the photos. That's definitely a dye fault. A replacement set is on its way and there's no need to return the old one.",
    buyer="Towels have white streaks after first wash, see photos.", sig='Kind regards\n\n{ag}\nCustomer Care | Hollowbrook Home\ncare@hollowbrookhome.co.uk')
add('gmail-email-me', 'tide', 'E', 'asks the buyer to e-mail a personal address instead of Amazon messages',
    "Ah, I'd love to see how the blanket turned out! Amazon's messages squash photos a bit, so feel free to drop me a line at bex.tidewatercrafts@gmail.com and I'll send you the matching border pattern.",
    buyer="Finished the blanket! It looks great. Do you have a pattern for a border?", fmt='text')
add('quoted-agent-sig', 'hollow', 'EP', 'earlier agent reply in quoted history carries e-mail and phone in its signature',
    "Thanks for the update - glad the pillowcases arrived. The duvet cover should follow on Monday.",
    buyer="Got the pillowcases but not the duvet cover yet?", sig=SIG_OLK_UK,
    prev="Hello,\n\nThe set ships in two parcels this time.\n\nKind regards\nRob\nHollowbrook Home | care@hollowbrookhome.co.uk | 020 7946 0731")
add('outlook-to-address', 'hollow', 'E', 'seller address in the To: line of the Outlook quote header',
    "We've booked the courier to collect the return on Wednesday between 9 and 1. Just leave the parcel in the porch if you're out.",
    buyer="Can you collect the return? I can't get to a post office.", sig=SIG_OLK_UK, olk_to='Hollowbrook Home Customer Care <care@hollowbrookhome.co.uk>')
add('sig-phone-uk', 'marlow', 'P', 'UK mobile number in eDesk signature',
    "The speakers' binding posts accept banana plugs or bare wire up to 4 mm². Unscrew the cap fully to reveal the hole for bare wire.",
    buyer="What speaker wire do I need?", sig='Best,\n{ag}\nMarlow & Finch Audio\nMob: 07700 900418 (Mon-Fri 9-5)')
add('call-us-555', 'copper', 'P', 'invites the buyer to call a US number',
    "Honestly this would be quicker over the phone - give us a call at (614) 555-0134 any weekday and ask for Dana, and we'll walk you through re-seasoning the base.",
    buyer="Rust spots appeared on the bottom of the pan, what do I do?")
add('buyer-phone-in-quote', 'pine', 'P', 'buyer\'s own phone number in the quoted Amazon message',
    "Thanks, we'll pass the delivery note to the carrier. They'll use the instructions on the order, not phone you, but the gate code should do it.",
    buyer="The gate code is 4471#. If the driver has trouble they can call me on (312) 555-0187 anytime.")
add('tel-href', 'lumen', 'P', 'tel: link behind a "call support" button (HTML)',
    "Sorry the doorbell chime isn't working. Our support line can test it live with you.",
    buyer="Chime doesn't ring when someone presses the doorbell.", hx='\n<p><a href="tel:+12025550162">Call Lumenfield Support</a></p>', fmt='html')
add('whatsapp-mobile', 'marlow', 'OP', 'WhatsApp contact with a UK mobile number',
    "It's hard to tell from the description whether that's the stylus or the cartridge. WhatsApp me a short video on 07700 900611 and I'll tell you straight away which part you need.",
    buyer="Needle jumps on every record, is the stylus broken?")
add('telegram-group', 'lumen', 'O', 'invites buyer to a Telegram support group',
    "For quick answers you can also join our Telegram support group @lumenfield_help - other users post their setups and we're in there most days.",
    buyer="How do I set activity zones?")
add('instagram-follow', 'tide', 'OK', 'follow on Instagram for new patterns (contact + promotion)',
    "So happy you like the merino! Follow me on Instagram @tidewater.makes - I post new patterns and yarn drops every Friday.",
    buyer="The yarn is so soft, thank you!", style='iphone')
add('facebook-messenger', 'ridge', 'O', 'asks the buyer to message the shop on Facebook',
    "If it's easier to send a photo, message us on Facebook (search Ridgeback Outdoor Supply) and we'll sort it from there.",
    buyer="One of the tent poles has a crack near the joint.")
add('skype-id', 'saffron', 'O', 'Skype id for a video call to check colours',
    "We can show you the other colours on a video call if you like - add me on Skype: saffronloom.ankit and we'll set a time.",
    buyer="Is the indigo darker than in the pictures?")
add('wechat-id', 'bluegum', 'O', 'WeChat ID for faster support',
    "For the fastest replies you can add our WeChat, ID bluegumbaby_au, and send us the batch number from the label.",
    buyer="Plate doesn't stick to the table anymore.")
add('gift-card-for-review', 'ridge', 'I', 'gift card offered for a review (request refused, so the order is not entered in the ledger)',
    "Glad the poles arrived in time for your trip! If you post a review once you're back, send us a message and we'll send a $10 Amazon gift card as a thank-you.",
    buyer="Poles arrived, thanks for the quick shipping!", pair='ledg1', seq=1, req=True)
add('refund-for-review-screenshot', 'copper', 'I', 'shipping refund promised once the review is live',
    "Happy cooking! Once your review is live, send me a screenshot and I'll refund the shipping cost - our way of saying thanks.",
    buyer="Pan is here, looks great.", req=True)
add('free-tray-for-review', 'nimbus', 'I', 'free product in exchange for an honest review',
    "The frame's working now? Great. We'd be happy to send you the cable tray free of charge - all we ask in return is an honest review of the desk.",
    buyer="Got the desk working after the reset. Thanks.", req=True)
add('prize-draw-review', 'pine', 'I', 'entry in a prize draw for reviewers',
    "Thanks for the kind words about Bailey's new bed! Everyone who leaves a review this month goes into our draw for a year's supply of treats, so fingers crossed.",
    buyer="My dog loves the bed, he won't get off it.", req=True)
add('discount-to-remove-feedback', 'marlow', 'IF', 'partial refund offered for taking feedback down',
    "I'm really sorry about the delay. If you could see your way to taking down the feedback you left, I'd happily refund 30% of the turntable on top.",
    buyer="Arrived 10 days late, I left feedback about it.")
add('future-perks-review', 'bluegum', 'I', '"future benefits" for reviewers',
    "So glad the sleeping bag is working out! Just so you know, customers who share a review get first dibs on restocks and a little surprise in their next parcel.",
    buyer="Baby is sleeping much better in the bag!", req=True)
add('five-star-ask', 'north', 'M', 'asks for a 5-star review',
    "Glad the new pads fixed it. If you're happy with how it went, a 5-star review would mean the world to a small shop like ours.",
    buyer="New pads work perfectly, no more rattle.", req=True)
add('review-gating', 'lumen', 'M', 'review gating: review if happy, contact us instead if not',
    "Great to hear both cameras are online now! If everything keeps working, we'd love a review. If anything's not right, please don't post anything - message us first and we'll make it right.",
    buyer="Both cameras finally connected. Thanks.", req=True)
add('what-to-write', 'ridge', 'M', 'tells the buyer what to mention in the review',
    "Great that you had a good first trip! If you do leave a review, it would really help if you mentioned how quick the setup was and the 2-year warranty.",
    buyer="Tent was great in the rain this weekend!", req=True)
add('discourage-negative', 'hollow', 'M', 'discourages a negative review',
    "We'll get a new set out to you straight away. Please don't leave a negative review before giving us the chance to fix things - it really hurts a small business like ours.",
    buyer="Towels shed fluff everywhere. Very disappointed.", sig=SIG_OLK_UK)
P('glowing-review-proactive', 'copper', 'M', 'proactive review request asking for a glowing review',
  'How is your new pan? (order {oid})',
  "Loving your Copperleaf saute pan? Tell the world! A glowing review is the best thank-you a family business can get.\n\nOrder: {oid}", req=True)
add('remove-feedback-polite', 'pine', 'F', 'polite request to remove feedback after a refund',
    "Your refund has gone through. Now that it's sorted, would you mind removing the neutral feedback you left? We'd really appreciate it.",
    buyer="Got the refund notice, thanks.")
add('remove-feedback-pressing', 'saffron', 'F', 'pressing repeated demand to remove feedback',
    "This is our third message about this. We have already replaced the bedsheet. Please remove the feedback today itself, it is affecting our seller rating badly.",
    buyer="I received the replacement.")
add('update-to-five-stars', 'north', 'FM', 'asks to change feedback to five stars',
    "Since the kit is sorted now, could you update your feedback to 5 stars? It would help us a lot.",
    buyer="Replacement kit arrived and works.")
add('feedback-threat', 'pine', 'FB', 'threatens the buyer to get feedback removed',
    "We've looked at your account history. If that 1-star feedback isn't gone by Friday we'll report your account to Amazon for abuse - we know how to make that stick.",
    buyer="I left feedback because the bowls were dented.")
add('remove-feedback-amazon-link', 'marlow', 'F', 'removal request with an allowed Amazon feedback link',
    "Now the new speaker's arrived, could you please remove your feedback? You can do it here in a minute: https://www.amazon.co.uk/hz/feedback",
    buyer="New speaker is fine.")
add('coupon-next-order', 'copper', 'K', 'discount code for a future order, not tied to resolving the problem',
    "Your replacement lid ships today. And as a little extra, use code SPRING15 for 15% off your next cookware order with us.",
    buyer="Lid arrived cracked.")
add('new-product-ps', 'nimbus', 'K', 'long helpful reply with a product launch plug in the middle',
    "The wobble is usually the feet. Each foot has an adjustable glide underneath - turn it anticlockwise to lower that corner. Do one quarter turn at a time and check with a glass of water on the desk.\n\nBy the way, our new solid walnut desktop just launched and it pairs perfectly with your frame.\n\nIf the wobble is side to side rather than corner to corner, tighten the four crossbar bolts with the 5 mm key.",
    buyer="Desk wobbles at standing height.")
add('newsletter-invite', 'pine', 'K', 'invites the buyer to a newsletter',
    "Thanks for your patience with the delay. If you'd like monthly training tips and members-only deals, just reply JOIN and we'll add you to our newsletter.",
    buyer="Thanks, the bowls finally arrived.")
add('third-party-referral', 'lumen', 'K', 'referral to a partner product with a code',
    "Clips are stored for 7 days without a plan. If you'd like more storage, we recommend VaultSpring's cloud backup - use code LUMEN3 for three months free.",
    buyer="How long are videos kept?")
add('spring-sale', 'hollow', 'K', 'announces a sale in a support reply',
    "All sorted - the replacement pillowcases went out today. Our spring sale starts Friday too: 25% off all towels and bedding, in case you need anything else.",
    buyer="Pillowcase had a hole.", sig=SIG_OLK_UK)
add('reply-stop-optout', 'ridge', 'U', 'opt-out text in a reply footer',
    "Your replacement stakes are on the way (UPS 1Z 4F7 W29 03 5120 0412).\n\nDon't want to hear from us? Reply STOP and we'll take you off our list.",
    buyer="Half the tent stakes were missing.")
add('unsubscribe-footer-link', 'nimbus', 'UL', 'unsubscribe and preferences links in the body footer',
    "Your replacement control box ships tomorrow.",
    buyer="Control box is dead.", hx='\n<p style="font-size:11px"><a href="https://nimbusdeskco.com/email/unsubscribe?u=7731">Unsubscribe</a> | <a href="https://nimbusdeskco.com/email/preferences?u=7731">Manage email preferences</a></p>')
add('list-unsubscribe-header', 'pine', 'U', 'List-Unsubscribe header added by the helpdesk; body compliant',
    "We've refunded the shipping - sorry it took longer than promised.",
    buyer="Delivery took 12 days.", hdrs=[('List-Unsubscribe', '<https://pinecrestpetgoods.com/u/9f2a1c>'), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])
add('list-unsub-plus-link', 'lumen', 'UL', 'List-Unsubscribe header and an unsubscribe link in the body',
    "The chime needs the 2-wire mode switched on in the app (Devices > Doorbell > Chime type).\n\nTo stop receiving emails from Lumenfield, unsubscribe here: https://lumenfieldhome.com/unsub?r=44812",
    buyer="Chime still not working.", hdrs=[('List-Unsubscribe', '<mailto:unsub@lumenfieldhome.com>')])
add('helpscout-open-pixel', 'nimbus', 'X', '1x1 open-tracking pixel (Help Scout style)',
    "The keypad lock is on - hold the M button for 5 seconds until the display shows 'LOC' and then '---'.",
    buyer="Buttons don't respond.", hx='\n' + (PIX % 'c81f0a2b77e1').replace('{px}', 'deskbeacon-mail.io'))
add('hidden-pixel', 'copper', 'X', 'tracking image hidden with display:none',
    "The enamel chip is cosmetic and won't affect cooking, but I'm sending a new one anyway.",
    buyer="Small chip on the rim of the dutch oven.", hx='\n<img src="https://t.mailtrk-relay.net/open/copperleaf/88213.png" style="display:none" alt="">')
add('zero-size-pixel', 'ridge', 'X', '0x0 image from a tracking host',
    "Your pole section is in the post today.",
    buyer="Any update on the replacement pole?", hx='\n<img src="https://pixel.opentrack-hq.com/p.gif?m=rdg-55102" width="0" height="0">')
add('banner-recipient-id', 'lumen', 'X', 'normal-size banner image whose URL carries the recipient relay id',
    "Your replacement doorbell has shipped.",
    buyer="When will the replacement ship?", hx='\n<p><img src="https://cdn.lumenfieldhome.com/mail/banner-600x120.png?rcpt={relay}" width="600" height="120" alt="Lumenfield"></p>')
add('http-image', 'saffron', 'S', 'product image loaded over http: (no recipient id)',
    "Here is how the indigo looks in daylight:",
    buyer="Is the indigo very dark?", hx='\n<p><img src="http://img.saffronloom.in/indigo-daylight.jpg" width="300" alt="Indigo bedsheet"></p>')
add('zip-photos', 'ridge', 'A', 'ZIP archive attachment',
    "I've zipped the photos of the correct pole layout so you can compare.", buyer="Which pole goes where?", att=[('pole-layout-photos.zip', 'zip')])
add('exe-driver', 'lumen', 'A', 'executable attachment',
    "Please run the attached tool on your PC, it resets the camera over USB.", buyer="Camera stuck on blue light.", att=[('LF-Reset-Tool-1.4.exe', 'exe')])
add('mp4-howto', 'nimbus', 'A', 'video attachment', "Attached is a short video of the reset procedure.",
    buyer="Reset doesn't work for me.", att=[('reset-howto.mp4', 'mp4')])
add('heic-photo', 'tide', 'A', 'HEIC photo attachment from an iPhone', "Here's a photo of the two shades side by side.",
    buyer="Can you show me the difference between Heather and Thistle?", att=[('IMG_4471.HEIC', 'heic')], style='iphone')
add('pdf-really-exe', 'saffron', 'A', 'attachment named .pdf whose bytes are an executable',
    "Please find the catalogue of our block prints attached.", buyer="Do you have other designs?", att=[('SaffronLoom-Catalogue.pdf', 'exepdf')])
add('xlsx-price-list', 'marlow', 'A', 'spreadsheet attachment', "Attached is the compatibility list for cartridges.",
    buyer="Which cartridges fit this turntable?", att=[('cartridge-compatibility.xlsx', 'xlsx')])
add('six-attachments', 'pine', 'A', 'six attachments of allowed types (limit is five)', "Here are photos of each bed size so you can compare.",
    buyer="Not sure if I should swap for the XL.", att=[('bed-S.jpg', 'jpg'), ('bed-M.jpg', 'jpg'), ('bed-L.jpg', 'jpg'), ('bed-XL.jpg', 'jpg'), ('bed-XXL.jpg', 'jpg'), ('size-guide.pdf', 'pdf')])
add('oversize-manual', 'nimbus', 'A', 'one PDF of about 10.6 MB (over the 10 MB limit)', "The full service manual is attached.",
    buyer="Is there a service manual?", att=[('ND-Service-Manual-full.pdf', 'bigpdf')], fmt='text')
add('jpg-really-png', 'north', 'A', 'attachment named .jpg whose content is PNG', "Photo of the correct valve core attached.",
    buyer="Which valve core do I need?", att=[('valve-core.jpg', 'png', 'image/jpeg')])
add('ics-invite', 'nimbus', 'A', 'calendar (.ics) attachment for a delivery slot', "I've attached the delivery slot as a calendar invite.",
    buyer="When is the delivery?", att=[('delivery-slot.ics', 'ics')])
add('html-attachment', 'bluegum', 'A', 'HTML file attachment', "Care instructions attached.", buyer="How do I wash the sleeping bag?", att=[('care-instructions.html', 'html')])
add('emoji-reply', 'pine', 'S', 'emoji in the body', "Yay, so glad Bailey loves it 🐶 Let us know if the cover ever needs replacing!",
    buyer="Dog loves the bed!")
add('emoji-checkmarks', 'lumen', 'S', 'emoji used as bullet points',
    "Here's the checklist:\n✅ 2.4 GHz network\n✅ app updated\n✅ camera within 10 m of the router\n📶 at least two bars in the app", buyer="Still can't connect.")
add('animated-gif-inline', 'bluegum', 'S', 'animated GIF inline image',
    "Thanks so much for your order questions - here's how to fold the bag for travel:", buyer="How do I fold it for the suitcase?",
    hx='\n<p><img src="cid:fold@bluegum" alt="folding" width="200" height="200"></p>', inline=[('fold-demo.gif', 'agif', None, None, 'fold@bluegum')], fmt='html')
add('centered-body', 'tide', 'S', 'centred body text', "Thank you so much for your order!\nYour replacement is already on its way.",
    buyer="Wrong colour sent.", html_raw='<div style="text-align:center"><p>Thank you so much for your order!<br>Your replacement is already on its way.</p><p>Bex</p></div>', fmt='html')
add('font-family-override', 'marlow', 'S', 'font-family override in the reply HTML',
    "The dust cover hinges just push in - no tools needed.", buyer="How do I fit the lid?", fmt='alt', style='gorgias',
    body_attr=' style="font-family:Georgia, serif; font-size:15px"')
add('red-text', 'ridge', 'S', 'coloured text override', "Please return the tent in its original bag.",
    buyer="Return process?", hx='\n<p><span style="color:#cc0000"><b>Important: do not wash the tent before returning it.</b></span></p>')
add('four-font-sizes', 'copper', 'S', 'four different font sizes',
    "Care guide below.", buyer="Care instructions?", hx='\n<p style="font-size:20px">Care guide</p>\n<p style="font-size:14px">Hand wash recommended.</p>\n<p style="font-size:12px">Avoid metal scourers.</p>\n<p style="font-size:9px">Lifetime warranty applies.</p>')
add('blank-line-run', 'north', 'S', 'run of five blank lines in plain text',
    "Your refund is processed.\n\n\n\n\n\nRegards", buyer="Refund?", blank_runs=True, fmt='text', sig='')
add('outlook-calibri-html', 'hollow', 'S', 'Outlook HTML with Calibri/link-colour style block',
    "I've arranged a replacement duvet cover; it'll be with you on Thursday.", buyer="Zip broken on duvet cover.", fmt='alt', sig=SIG_OLK_UK)
add('zendesk-white-id', 'ridge', 'S', 'Zendesk encoded id in white text (colour override)',
    "The replacement footprint ships today.", buyer="Footprint had a hole.", zd_white=True)
add('insult-skewer', 'north', 'B', 'insults the buyer\'s competence',
    "Frankly, if you can't work out a quick-release skewer, maybe cycling isn't the hobby for you. The instructions are in the box.",
    buyer="How do I get the wheel off?")
add('profanity-carrier', 'ridge', 'B', 'profanity in an otherwise helpful reply',
    "Yeah, the damn carrier lost it again, this shit happens every week with them. Anyway I've sent a new one, tracking 1Z 4F7 W29 03 6631 0097.",
    buyer="Where's my order?")
add('sarcastic-insult', 'hollow', 'B', 'sarcastic insult of the buyer',
    "As explained twice already - and I'll use small words this time - the towels are grey because you ordered Slate. Slate is grey.",
    buyer="Why are the towels grey, I wanted blue.", sig=SIG_OLK_UK)
add('threat-buyer', 'pine', 'B', 'veiled threat',
    "We have your address, as you know. Think carefully before posting lies about our company again.", buyer="Your bed is junk and I'll tell everyone.")
P('important-on-review-request', 'nimbus', 'T', '[Important] on a proactive review request', '[Important] Order {oid} - a quick favour',
    "Your Nimbus desk frame (order {oid}) was delivered a few days ago. When you have a moment, we'd appreciate a review on Amazon.", req=True)
P('important-thank-you', 'copper', 'TQ', '[Important] on a thank-you-only message', '[Important] Thank you for your order {oid}',
  "Thank you for choosing Copperleaf Kitchenware! We truly appreciate your business.")
add('important-on-reply', 'ridge', 'T', '[Important] added to an ordinary reply subject',
    "The tent's packed size is 48 x 15 cm.", buyer="What's the packed size?", subj='[Important] Re: Inquiry from Amazon customer {bn} (Order: {oid})')
P('important-marketing', 'hollow', 'TK', '[IMPORTANT] on a promotional message', '[IMPORTANT] Order {oid} - exclusive offer for you',
  "As a valued customer (order {oid}) you get early access to our summer bedding sale: 30% off everything until Sunday.", sig=SIG_OLK_UK, fmt='text')
P('no-oid-yarn', 'tide', 'N', 'proactive message with no order id', 'Your yarn order',
  "Just a quick note to say the second half of your order (the needles) ships on Monday because the 80 cm size is on back order. Sorry for the wait!", fmt='text')
P('mistyped-oid', 'ridge', 'N', 'proactive message whose order id is mistyped (3-6-7 digits)', 'About order 113-442901-5512730',
  "Your order 113-442901-5512730 needs a different shipping method because the tent exceeds the mail size limit. We'll use UPS Ground at no extra cost; it'll arrive a day later.")
P('invoice-number-only', 'marlow', 'N', 'proactive invoice message with an invoice number but no order id', 'Your invoice MF-INV-2025-005121',
  "Please find attached your invoice MF-INV-2025-005121 for the speakers.", att=[('MF-INV-2025-005121.pdf', 'pdf')])
P('asin-only', 'lumen', 'N', 'proactive message mentioning only the ASIN', 'Firmware update for your doorbell',
  "There's an important firmware fix for the doorbell you bought ({asin}). Please open the app and tap Update when prompted - it fixes the chime dropping out.")
P('shipping-confirmation', 'copper', 'Q', 'proactive shipping confirmation', 'Your order {oid} has shipped!',
  "Good news! Your order {oid} has shipped via USPS and is on its way. Tracking: 9400 1118 9922 3310 9951 02.")
P('order-confirmation', 'pine', 'Q', 'proactive order confirmation', 'Order confirmation {oid}',
  "Thank you for your order {oid}! We've received it and are preparing it for dispatch.\n\nItem: Pinecrest Orthopedic Dog Bed, Large\nTotal: $64.99")
P('thank-you-only', 'tide', 'Q', 'proactive thank-you-only message', 'Thank you! (order {oid})',
  "Just wanted to say a huge thank you for supporting a tiny business. Happy knitting!", fmt='text')
P('here-to-help-only', 'nimbus', 'Q', 'proactive "we are here to help" only', 'We are here to help - order {oid}',
  "If you have any questions at all about your order {oid}, our team is here to help. Just reply to this message.")
P('out-of-stock', 'hollow', 'Q', 'proactive out-of-stock notice instead of cancelling', 'Order {oid} - item out of stock',
  "Unfortunately the Oat duvet set from order {oid} is out of stock until next month. We'll send it as soon as it's back in.", sig=SIG_OLK_UK, fmt='text')
P('auto-ack', 'lumen', 'Q', 'helpdesk auto-acknowledgement sent proactively', 'Ticket received - order {oid}',
  "We've received your message about order {oid} and a member of our team will get back to you within 24 hours.\n\nThis is an automated message.", sig='Lumenfield Support')

P('click-tracking-review-link', 'ridge', 'L', 'review request whose Amazon review link is wrapped in a click-tracking redirect',
  'Your Ridgeback order {oid}', "Your tent (order {oid}) was delivered last week. If you have a moment, you can review it on Amazon:",
  req=True, fmt='alt', hx='\n<p><a href="https://click.deskmailer-tr.net/ls/click?upn=rdg-77120&amp;u=https%3A%2F%2Fwww.amazon.com%2Freview%2Fcreate-review%3Fasin%3D{asin}">Write a review</a></p>')

# ---------------------------------------------------------------- English: obfuscated violations
add('obf-dot-com', 'ridge', 'L', 'obfuscated (spelled "dot com") shop domain',
    "Our care guide for the rainfly is on our site - ridgebackoutdoor dot com slash care. Short version: never machine wash it.",
    buyer="How do I clean the tent?")
add('obf-spaced-url', 'copper', 'L', 'obfuscated (spaced letters) URL',
    "The recipe card that came in the box is also online: h t t p s : / / copperleafkitchen . com / recipes", buyer="Lost the recipe card.")
add('obf-entity-href', 'nimbus', 'L', 'obfuscated (HTML entities) link in href',
    "Compatibility chart:", buyer="Will my monitor arm fit?", fmt='html',
    hx='\n<p><a href="h&#116;tps://nimbusdeskco&#46;com/compat">see the chart</a></p>')
add('obf-qp-break-url', 'pine', 'L', 'obfuscated (quoted-printable soft break inside the URL)',
    "Sizing help is here: https://www.pinecrest\x00petgoods.com/size-guide", buyer="What size for a 40 kg lab?", cte='quoted-printable', fmt='text')
add('obf-zwsp-domain', 'pine', 'L', 'obfuscated (zero-width space inside a domain)',
    "Full washing instructions: pinecrest\u200bpetgoods.com/care", buyer="Can I wash the cover?")
add('obf-homoglyph-amazon', 'copper', 'L', 'obfuscated (Cyrillic homoglyph "а" in amazon.com, so not an Amazon link)',
    "You can leave your review here: https://www.\u0430mazon.com/review/create-review?asin={asin}", buyer="Thanks for the quick help.", req=True)
add('obf-alt-text-domain', 'hollow', 'L', 'obfuscated (domain in image alt text)',
    "Thanks for your patience, the replacement is on its way.", buyer="Any news?", fmt='html', style='helpscout',
    hx='\n<p><img src="cid:hb-logo@hollowbrook" alt="Visit www.hollowbrookhome.co.uk for care tips" width="160" height="40"></p>',
    inline=[('hb-logo.png', 'png', None, None, 'hb-logo@hollowbrook')])
add('obf-at-dot', 'tide', 'E', 'obfuscated ((at)/(dot)) e-mail address',
    "If Amazon strips the photos, send them to bex (at) tidewatercrafts (dot) co (dot) uk instead.", buyer="I've attached a photo of the knot in the yarn.", fmt='text')
add('obf-bracket-at', 'lumen', 'E', 'obfuscated ([at] and [.]) e-mail address',
    "Our engineers can look at the logs if you send them to help[at]lumenfieldhome[.]com with your order number.", buyer="Camera keeps rebooting.")
add('obf-fullwidth-at', 'ridge', 'E', 'obfuscated (full-width ＠) e-mail address',
    "For warranty paperwork you can also write to warranty＠ridgebackoutdoor.com.", buyer="Do I need to register the warranty?")
add('obf-mailto-entity', 'nimbus', 'E', 'obfuscated (entity-encoded mailto: href)',
    "Our parts team can help with that.", buyer="Need a spare leg.", fmt='html',
    hx='\n<p><a href="&#109;ailto:&#112;arts&#64;nimbusdeskco.com">Contact our parts team</a></p>')
add('obf-hidden-email', 'copper', 'E', 'obfuscated (display:none text holding an e-mail address)',
    "Sorry again for the mix-up with the colours.", buyer="Wrong colour received.",
    hx='\n<div style="display:none">Reply to orders@copperleafkitchen.com for faster service</div>')
add('obf-white-phone', 'pine', 'PS', 'obfuscated (white-on-white phone number)',
    "We've logged the damaged bowl and a replacement is on its way.", buyer="Bowl arrived broken.",
    hx='\n<p><span style="color:#ffffff">Call us: 312-555-0148</span></p>')
add('obf-spaced-digits', 'copper', 'P', 'obfuscated (spaced digits) phone number',
    "Easiest is to ring us: ( 6 1 4 ) 5 5 5 - 0 1 7 3, weekdays 9 till 5.", buyer="Handle is loose.")
add('obf-digit-words', 'marlow', 'P', 'obfuscated (digits as words) UK mobile number',
    "Give me a ring on oh seven seven double oh, nine double oh, four one two, and we'll sort the motor out.", buyer="Platter doesn't spin.")
add('obf-fontsize0-whatsapp', 'lumen', 'O', 'obfuscated (font-size:0 text with WhatsApp handle)',
    "Thanks, we're looking into the app crash.", buyer="App crashes on Android 14.",
    hx='\n<p style="font-size:0">WhatsApp support: LumenfieldHelp</p>')
add('obf-zwsp-whatsapp', 'saffron', 'O', 'obfuscated (zero-width space inside WhatsApp)',
    "For quicker help just message us on Whats\u200bApp, our number is on the invoice.", buyer="Need faster delivery.")
add('obf-zwsp-5star', 'bluegum', 'M', 'obfuscated (zero-width space inside 5-star)',
    "So happy it fits! A 5-st\u200bar review would make our day.", buyer="Bag fits perfectly.", req=True)
add('obf-soft-hyphen-remove', 'north', 'F', 'obfuscated (soft hyphens inside "remove" and "feedback")',
    "Now that the refund is done, could you please re\u00admove the feed\u00adback?", buyer="Got my refund.")
add('obf-base64-link', 'ridge', 'L', 'obfuscated (base64 body) shop link',
    "Repair kit instructions: https://ridgebackoutdoor.com/repair", buyer="Small tear in the mesh.", cte='base64', fmt='text')
add('obf-fullwidth-www', 'nimbus', 'L', 'obfuscated (full-width letters) domain',
    "More accessories at ｗｗｗ．ｎｉｍｂｕｓｄｅｓｋｃｏ．ｃｏｍ if you need anything.", buyer="Do you sell extension cables?")

# ---------------------------------------------------------------- English: repeat-request pairs and ledger cases
add('pairA-first-in-reply', 'ridge', '', 'first review request, made inside a support reply; compliant',
    "The guy lines tuck into the small pocket at each corner. If you have a moment after your trip, we'd appreciate a review of the tent.",
    buyer="Where do the guy lines go when packed?", pair='pA', seq=1, req=True)
P('pairA-second', 'ridge', 'R', 'second review request for the same order (first was inside a support reply)',
  'Order {oid} - how was the tent?', "We hope the tent has kept you dry! If you have a minute, we'd be grateful for a review of it on Amazon.",
  pair='pA', seq=2, req=True, ag='Megan')
P('pairB-first-feedback', 'copper', '', 'seller-feedback request (first for this order); compliant',
  'Your Copperleaf order {oid}', "We hope the dutch oven arrived safely. If you have a moment, we'd appreciate your seller feedback on Amazon.", pair='pB', seq=1, req=True)
P('pairB-second-review', 'copper', 'R', 'product review request after a feedback request for the same order (shared history)',
  'Cooking with your new dutch oven? (order {oid})', "We'd love to hear what you think of the dutch oven - would you consider writing a product review?", pair='pB', seq=2, req=True, ag='Luis')
P('pairC-first-with-pixel', 'marlow', 'X', 'review request with a tracking pixel: the pixel is stripped, the request is relayed and enters the ledger',
  'Your turntable order {oid}', "Hope you're enjoying the turntable. If you have time, a review on Amazon would be appreciated.",
  pair='pC', seq=1, req=True, fmt='alt', style='gorgias', hx='\n' + (PIX % 'mf-4410').replace('{px}', 'edeskpulse-trk.com'))
P('pairC-second', 'marlow', 'R', 'second request after a relayed request that had only a stripped pixel',
  'Order {oid} - quick question', "Just following up - if you've had a chance to listen to a few records, we'd appreciate a review on Amazon.", pair='pC', seq=2, req=True)
P('pairD-first', 'nimbus', '', 'neutral review request; compliant', 'Your Nimbus order {oid}',
  "Your desk frame (order {oid}) should be set up by now. If you have a moment, we'd appreciate a review on Amazon.", pair='pD', seq=1, req=True)
P('pairD-second-incentive', 'nimbus', 'IR', 'second request for the same order that also offers a discount',
  'A little thank-you (order {oid})', "Reminder: if you leave a review of the desk frame, we'll refund 10% of your order as a thank-you.", pair='pD', seq=2, req=True)
P('pairE-first', 'tide', '', 'neutral feedback request (small seller); compliant', 'Order {oid}',
  "Thanks again for your order {oid}. If you have a spare minute, feedback on Amazon really helps a one-woman shop. No worries if not!", pair='pE', seq=1, req=True, fmt='text')
add('pairE-second-in-reply', 'tide', 'R', 'second request for the same order, inside a reply to a product question',
    "Yes, the bundle is all from one dye lot. And if you haven't had a chance yet, a review of the yarn would be lovely.",
    buyer="Are all the balls from the same dye lot? Want to buy more.", pair='pE', seq=2, req=True, style='iphone')
P('ledg1-later-clean', 'ridge', '', 'clean review request; the earlier request for this order offered a gift card and was refused, so this is not a repeat; compliant',
  'Your trekking poles (order {oid})', "We hope the poles served you well on the trip. If you have a moment, we'd appreciate a review on Amazon.", pair='ledg1', seq=2, req=True)
add('pairG-support-first', 'lumen', '', 'support reply (no request) for an order that later gets its first review request; compliant',
    "The doorbell's night vision turns on below about 5 lux. If the porch light is on all night, it'll stay in colour mode - that's normal.",
    buyer="Night vision never switches on.", pair='pG', seq=1)
P('pairG-first-request', 'lumen', '', 'first review request for an order that earlier had only a support reply (not a repeat); compliant',
  'Your Lumenfield doorbell (order {oid})', "We hope the doorbell is working well now. If you have a moment, would you share a review on Amazon?", pair='pG', seq=2, req=True)

# ---------------------------------------------------------------- German
SIG_WERK = 'Mit freundlichen Grüßen\n\n{ag}\nWerkbank Müller – Kundenservice'
add('de-dhl-sendungsnummer', 'kfuchs', '', 'DHL Paket Sendungsnummer in Vierergruppen, Lieferdatum; compliant',
    "vielen Dank für Ihre Geduld. Ihr Bräter ist seit gestern mit DHL unterwegs, die Sendungsnummer lautet 0034 0434 1612 3456 7890. Laut DHL wird das Paket am {d2} zugestellt.\n\nSollte es bis dahin nicht angekommen sein, melden Sie sich bitte einfach hier – wir schicken dann sofort Ersatz.",
    buyer="Hallo, ich warte jetzt seit einer Woche auf den Bräter. Wo bleibt er?")
add('de-rechnung-ustid', 'werk', '', 'Rechnung als PDF (Umlaut im Dateinamen, RFC 2231), USt-IdNr. und Rechnungsnummer; compliant',
    "anbei erhalten Sie die gewünschte Rechnung (Nr. WM-2025-03-0412) mit ausgewiesener Mehrwertsteuer. Unsere USt-IdNr. lautet DE 287 654 321.\n\nFalls Ihre Buchhaltung eine abweichende Firmierung braucht, schreiben Sie mir bitte die genaue Anschrift.",
    buyer="Ich brauche eine Rechnung mit ausgewiesener MwSt. für meine Firma.", sig=SIG_WERK,
    att=[('Rechnung_Müller_WM-2025-03-0412.pdf', 'pdf', None, 'Rechnung WM-2025-03-0412')])
add('de-schadensbewertung', 'licht', '', '"Schadensbewertung" (Bewertung im Sinne von Gutachten), Transportschaden; compliant',
    "das tut uns sehr leid. Für die Schadensbewertung durch die Transportversicherung benötigen wir zwei Fotos: eines vom Karton von außen und eines vom beschädigten Glasschirm.\n\nUnabhängig davon schicken wir Ihnen bereits heute einen neuen Schirm, Sie müssen nicht auf die Versicherung warten.",
    buyer="Der Glasschirm der Pendelleuchte ist gesprungen angekommen.")
add('de-sauber-zerlegen', 'kfuchs', '', 'Reinigungsanleitung, Wörter mit Trigger-Teilstrings (sauber, Mahlwerk); compliant',
    "das Keramikmahlwerk lässt sich sauber zerlegen: Drehknopf oben abschrauben, Feder und Mahlkegel herausnehmen und alles mit einem trockenen Pinsel reinigen. Bitte kein Wasser verwenden, sonst klumpt das Salz beim nächsten Mal.",
    buyer="Die Salzmühle mahlt nicht mehr richtig, kann man die reinigen?")
P('de-bewertung-neutral', 'kfuchs', '', 'einmalige neutrale Bewertungsanfrage; compliant', 'Ihre Bestellung {oid} bei Küchenfuchs',
  "wir hoffen, die Gewürzmühlen sind gut bei Ihnen angekommen (Bestellung {oid}).\n\nWenn Sie einen Moment Zeit haben, würden wir uns über eine Bewertung Ihres Einkaufs auf Amazon freuen. Vielen Dank!", req=True)
add('de-feedback-anpassen-neutral', 'licht', '', 'nach Lösung neutraler Hinweis, dass die Bewertung angepasst werden kann; compliant',
    "schön, dass die neue Leuchte jetzt einwandfrei funktioniert. Die Erstattung für den Elektriker (45,00 €) ist ebenfalls angewiesen.\n\nFalls Sie finden, dass wir das Problem gut gelöst haben, können Sie Ihre Verkäuferbewertung jederzeit anpassen – das liegt natürlich ganz bei Ihnen.",
    buyer="Die Ersatzleuchte läuft, danke. Den Elektriker musste ich aber zweimal kommen lassen.")
add('de-ruecksendung-amazon-link', 'werk', '', 'Amazon-Rücksendelink (erlaubt), Outlook-Text mit Von/Gesendet/An/Betreff-Block; compliant',
    "selbstverständlich können Sie den Rollwagen zurückschicken. Die Rücksendung starten Sie bitte über Ihr Amazon-Konto: https://www.amazon.de/returns – das Rücksendeetikett der Spedition wird Ihnen dann automatisch bereitgestellt.",
    buyer="Der Rollwagen ist zu groß für meine Garage, ich möchte ihn zurückgeben.", sig=SIG_WERK)
P('de-important-speditionstermin', 'werk', '', '[Important] zur Terminvereinbarung für Speditionsware (erlaubt); compliant', '[Important] Liefertermin für Ihren Werkstattwagen – Bestellung {oid}',
  "Ihr Werkstatt-Rollwagen (Bestellung {oid}, 86 kg) wird per Spedition geliefert. Die Spedition stellt nur nach Terminabsprache zu.\n\nBitte nennen Sie uns zwei Wunschtage in der kommenden Woche. Die Anlieferung erfolgt bis zur Bordsteinkante.", sig=SIG_WERK, fmt='text')
add('de-erstattung-nach-drohung', 'kfuchs', '', 'bedingungslose Erstattung nach Drohung mit schlechter Bewertung (nur im Zitat); compliant',
    "es tut uns leid, dass die Emaille am Rand abgeplatzt ist. Wir haben Ihnen den vollen Kaufpreis von 89,90 € erstattet. Den Bräter müssen Sie nicht zurückschicken.",
    buyer="Emaille schon nach zwei Wochen abgeplatzt. Wenn ich nicht heute mein Geld bekomme, gibt es eine 1-Sterne-Bewertung.")
add('de-dpd-paketnummer', 'licht', '', 'DPD-Paketnummer in Gruppen (wie Telefonnummer), Uhrzeiten; compliant',
    "die Außenleuchte wurde heute mit DPD verschickt, Paketnummer 0150 6612 8843 07. DPD kündigt die Zustellung am Vortag mit einem Zeitfenster von einer Stunde an, zum Beispiel 10:15–11:15 Uhr.",
    buyer="Wann kommt die Außenleuchte? Ich bin nur vormittags zu Hause.")
add('de-produktfrage-dimmer', 'licht', '', 'Produktfrage ohne Bestellnummer beantwortet; compliant',
    "ja, die Ringo 60 lässt sich mit allen gängigen Phasenabschnittdimmern (Trailing Edge) dimmen, zum Beispiel mit Dimmern für LED ab 5 W. Mit älteren Phasenanschnittdimmern kann es flackern.",
    buyer="Ist die Leuchte mit meinem vorhandenen Dimmer kompatibel?", nooid=True)
add('de-signatur-ohne-kontakt', 'kfuchs', '', 'Signatur mit Anschrift, HRB und USt-IdNr., aber ohne Telefon, E-Mail oder Website; compliant',
    "die Mühlen sind spülmaschinenfest bis auf das Mahlwerk. Das Mahlwerk bitte nur trocken reinigen.",
    buyer="Kann ich die Gewürzmühlen in die Spülmaschine geben?",
    sig='Viele Grüße\n{ag}\n\nKüchenfuchs GmbH · Hafenstraße 12 · 20457 Hamburg\nGeschäftsführerin: Maren Fuchs · Amtsgericht Hamburg HRB 145522 · USt-IdNr. DE 301 224 871')
add('de-unhoeflicher-kunde', 'werk', '', 'höfliche, bestimmte Antwort auf beleidigenden Kunden; compliant',
    "ich verstehe Ihren Ärger über den defekten Akku. Beleidigungen helfen uns bei der Lösung aber nicht weiter. Wir tauschen den Akku selbstverständlich aus – der neue ist bereits unterwegs.",
    buyer="Ihr seid doch alle Betrüger. Akku nach 3 Wochen hinüber, Schrott!", sig=SIG_WERK)
add('de-seriennummer-akku', 'werk', '', 'Seriennummer und Modellnummer, Garantie; compliant',
    "die Seriennummer finden Sie auf dem Typenschild am Griff, z. B. WM18-2403-11827. Ihr Gerät hat 3 Jahre Garantie ab Kaufdatum, der Akku 2 Jahre.",
    buyer="Wo finde ich die Seriennummer für die Garantie?", sig=SIG_WERK)
add('de-teilerstattung-kratzer', 'kfuchs', '', 'Teilerstattung (15 %) wegen Kratzer, ohne Bedingung; compliant',
    "danke für das Foto. Da es sich nur um einen optischen Kratzer handelt, erstatten wir Ihnen 15 % des Kaufpreises (13,49 €). Möchten Sie lieber einen neuen Bräter, geben Sie einfach Bescheid.",
    buyer="Der Deckel hat einen Kratzer.")
add('de-anleitung-pdf', 'licht', '', 'Bedienungsanleitung als PDF; compliant',
    "gern senden wir Ihnen die Montageanleitung als PDF. Die Bewegungsmelder-Reichweite stellen Sie am Drehregler SENS ein.",
    buyer="Anleitung fehlt, wie stelle ich den Bewegungsmelder ein?", att=[('Montageanleitung_Kubus_IP54.pdf', 'pdf', None, 'Montageanleitung')])
add('de-hermes-zustellung', 'kfuchs', '', 'Hermes-Sendungsnummer, Abholung im PaketShop; compliant',
    "laut Hermes liegt Ihr Paket im PaketShop in der Bahnhofstraße. Die Sendungsnummer lautet H1002 3456 7890 1234 5678 – bitte bringen Sie die Benachrichtigungskarte und Ihren Ausweis mit.",
    buyer="Paket nicht bekommen, aber Hermes sagt zugestellt?")

add('de-impressum-signatur', 'werk', 'LEP', 'Impressum-Signatur mit Website, E-Mail und Telefon',
    "der Ersatzakku ist heute rausgegangen und sollte übermorgen bei Ihnen sein.",
    buyer="Wann kommt der Ersatzakku?", sig='Mit freundlichen Grüßen\n{ag}\n\nWerkbank Müller e.K. | Industriestr. 8 | 74072 Heilbronn\nTel. 040 66969 214 | info@werkbank-mueller.de | www.werkbank-mueller.de\nInhaber: Sven Müller | HRA 70321')
add('de-gutschein-rezension', 'kfuchs', 'I', 'Gutschein als Dank für eine Rezension',
    "schön, dass die Mühlen gut angekommen sind! Als kleines Dankeschön für Ihre ehrliche Rezension schicken wir Ihnen gern einen 10-€-Gutschein für Ihren nächsten Einkauf.",
    buyer="Mühlen angekommen, sehen toll aus.", req=True)
add('de-versandkosten-gegen-loeschung', 'licht', 'IF', 'Erstattung gegen Zurückziehen der Bewertung',
    "wir haben den Schirm ersetzt. Wenn Sie die Bewertung zurückziehen, erstatten wir Ihnen zusätzlich die Versandkosten.",
    buyer="Habe den neuen Schirm bekommen.")
add('de-fuenf-sterne', 'werk', 'M', 'bittet ausdrücklich um fünf Sterne',
    "freut uns, dass der Bohrschrauber Ihnen gefällt! Über fünf Sterne bei Amazon würden wir uns riesig freuen.",
    buyer="Bohrschrauber ist super.", sig=SIG_WERK, req=True)
add('de-gating', 'kfuchs', 'M', 'Review-Gating: zufrieden → Bewertung, sonst zuerst uns schreiben',
    "wie gefällt Ihnen der Bräter? Sind Sie zufrieden, freuen wir uns über eine Bewertung bei Amazon. Falls nicht, schreiben Sie uns bitte zuerst, bevor Sie etwas veröffentlichen.",
    buyer="Kann man den Bräter auch auf Induktion nutzen?", req=True)
add('de-bewertung-entfernen', 'licht', 'F', 'bittet höflich, die negative Bewertung zu entfernen',
    "jetzt, wo alles geklärt ist: Wären Sie so nett, die negative Bewertung wieder zu entfernen? Das würde uns sehr helfen.",
    buyer="Neue Leuchte ist da und funktioniert.")
add('de-nachdruecklich-aendern', 'werk', 'F', 'drängt mit Frist auf Änderung der Bewertung',
    "wir bitten Sie hiermit nochmals ausdrücklich, Ihre Bewertung bis spätestens Freitag zu ändern. Den Akku haben wir schließlich längst getauscht.",
    buyer="Danke für den Austausch.", sig=SIG_WERK)
add('de-gutscheincode', 'kfuchs', 'K', 'Rabattcode für das Sortiment, nicht zur Problemlösung',
    "Ihre Ersatzfeder ist unterwegs. Übrigens: Mit dem Code FUCHS10 sparen Sie 10 % auf unser komplettes Gewürzsortiment.",
    buyer="Die Feder der Mühle ist gebrochen.")
add('de-neue-serie', 'licht', 'K', 'bewirbt eine neue Produktserie mitten in einer Support-Antwort',
    "Die Leuchte hängen Sie am besten mit der mitgelieferten Stahlseilabhängung auf, die Länge lässt sich bis 150 cm einstellen.\n\nSchauen Sie sich auch unsere neue Serie Ringo Mini an – die passt perfekt über den Esstisch dazu.\n\nDie Deckenbefestigung trägt bis 10 kg.",
    buyer="Wie hänge ich die Leuchte auf?")
add('de-beleidigung', 'werk', 'B', 'beleidigt den Kunden',
    "wer einen Akkuschrauber nicht laden kann, sollte vielleicht lieber die Finger vom Heimwerken lassen. Das Ladegerät zeigt grün, wenn der Akku voll ist.",
    buyer="Akku lädt nicht.", sig=SIG_WERK)
add('de-bullshit', 'licht', 'B', 'Schimpfwort gegenüber dem Kunden',
    "ehrlich gesagt ist Ihre Beschwerde Bullshit, die Leuchte war beim Versand einwandfrei. Schicken Sie sie trotzdem zurück, wir prüfen das.",
    buyer="Leuchte flackert, schlechte Qualität.")
add('de-abmelden-text', 'kfuchs', 'U', 'Abmeldehinweis im Text',
    "Ihr Paket wurde heute zugestellt.\n\nSie möchten keine Nachrichten mehr von uns erhalten? Antworten Sie einfach mit ABMELDEN.",
    buyer="Ist mein Paket zugestellt?")
P('de-versandbestaetigung', 'kfuchs', 'Q', 'proaktive Versandbestätigung', 'Ihre Bestellung {oid} wurde versandt',
  "gute Nachrichten: Ihre Bestellung {oid} hat heute unser Lager verlassen und ist mit DHL auf dem Weg zu Ihnen.")
P('de-danke-only', 'licht', 'Q', 'proaktive reine Dankesnachricht', 'Danke für Ihren Einkauf – Bestellung {oid}',
  "herzlichen Dank, dass Sie sich für Lichtwerk Leuchten entschieden haben. Wir wünschen Ihnen viel Freude mit Ihrer neuen Leuchte!")
P('de-important-bewertung', 'kfuchs', 'T', '[Important] auf einer Bewertungsanfrage', '[Important] Ihre Meinung zu Bestellung {oid}',
  "wir hoffen, Sie sind mit Ihrer Bestellung {oid} zufrieden. Wir würden uns über eine Bewertung auf Amazon freuen.", req=True)
P('de-ohne-bestellnummer', 'werk', 'N', 'proaktive Nachricht ohne Bestellnummer', 'Ihre Bestellung bei Werkbank Müller',
  "leider verzögert sich der Versand Ihres Bohrschraubers um zwei Tage, weil die Akkus noch nicht geliefert wurden.", sig=SIG_WERK, fmt='text')
add('de-telefon-zahlwoerter', 'werk', 'P', 'obfuscated (Ziffern als Wörter) Telefonnummer',
    "am einfachsten klären wir das telefonisch: null vier null, sechs sechs neun sechs neun, zwei eins vier. Fragen Sie nach Herrn Müller.",
    buyer="Das Getriebe knackt beim Umschalten.", sig=SIG_WERK)
add('de-email-at-punkt', 'kfuchs', 'E', 'obfuscated (at/punkt) E-Mail-Adresse',
    "Fotos können Sie uns auch direkt schicken an: service at kuechenfuchs-shop punkt de",
    buyer="Ich habe Fotos von dem Schaden.")
add('de-whatsapp', 'licht', 'O', 'bittet um Kontakt per WhatsApp',
    "Schicken Sie uns am besten ein kurzes Video vom Flackern per WhatsApp an unseren Kundenservice, die Nummer steht auf dem Lieferschein.",
    buyer="Leuchte flackert beim Dimmen.")
add('de-outlook-calibri', 'werk', 'S', 'Outlook-HTML mit Calibri-Stilblock',
    "der Rollwagen wird am Donnerstag geliefert.", buyer="Wann wird geliefert?", fmt='alt', sig=SIG_WERK)
add('de-pixel', 'licht', 'X', 'Öffnungs-Pixel im HTML',
    "vielen Dank, die Ersatzlieferung ist veranlasst.", buyer="Leuchtmittel defekt.",
    hx='\n<img src="https://mail.lichtwerk-leuchten.de/t/open?id=LW-88412" width="1" height="1" alt="">')
add('de-zip-rechnungen', 'werk', 'A', 'ZIP-Archiv als Anhang', "anbei alle Rechnungen als ZIP.", buyer="Bitte alle Rechnungen schicken.",
    att=[('Rechnungen_2025.zip', 'zip')], sig=SIG_WERK)
add('de-outlook-to-adresse', 'werk', 'E', 'Händleradresse in der An:-Zeile des Outlook-Zitats',
    "die Ladeschale ist als Ersatzteil verfügbar, wir schicken sie Ihnen kostenlos zu.", buyer="Ladeschale gebrochen.", sig=SIG_WERK,
    olk_to='Werkbank Müller Service <service@werkbank-mueller.de>')
add('de-shop-link', 'licht', 'L', 'nackte Shop-Domain mit Pfad im Text',
    "Ersatz-Leuchtmittel finden Sie auch direkt bei uns unter lichtwerk-leuchten.de/ersatzteile – passend ist das G9-Modell mit 3 W.",
    buyer="Welches Leuchtmittel brauche ich?")
P('de-pair-first', 'kfuchs', '', 'erste, neutrale Bewertungsanfrage (Deutsch); compliant', 'Ihre Bestellung {oid}',
  "wir hoffen, der Bräter ist gut angekommen. Wenn Sie mögen, freuen wir uns über eine Bewertung bei Amazon.", pair='pDE', seq=1, req=True)
P('de-pair-second-english', 'kfuchs', 'R', 'second request for the same order, written in English after a German first request',
  'Your order {oid}', "Hello,\n\nwe hope you are enjoying the roasting dish. If you have a moment, we would appreciate a review on Amazon.\n\nKind regards\nKüchenfuchs team",
  pair='pDE', seq=2, req=True, lang='en', greet=False, sig='')

# ---------------------------------------------------------------- French
add('fr-colissimo-suivi', 'gaspard', '', 'numéro de suivi Colissimo en groupes, dates; compliant',
    "votre plaid est parti mardi en Colissimo, numéro de suivi 6A 123 456 789 01. La Poste annonce une livraison jeudi ou vendredi.\n\nSi rien n'arrive d'ici lundi, dites-le-moi et je vous en renvoie un immédiatement.",
    buyer="Bonjour, toujours pas reçu mon plaid, c'est normal ?", plus=True, upper=True)
add('fr-avis-de-passage', 'velo', '', '"avis de passage" (avis = notification), bureau de poste, code postal; compliant',
    "d'après le suivi, le facteur a laissé un avis de passage le {d1}. Votre antivol vous attend au bureau de poste de la rue Gambetta (69003 Lyon) pendant 15 jours, avec une pièce d'identité.",
    buyer="Le suivi dit livré mais je n'ai rien dans ma boîte aux lettres.")
add('fr-chronopost', 'gaspard', '', 'numéro Chronopost, horaires; compliant',
    "les verres sont partis en Chronopost ce matin (XW 1234 5678 9FR), livraison demain avant 13h. Ils sont emballés séparément cette fois, promis !",
    buyer="Deux verres cassés à l'arrivée, je suis déçue.")
P('fr-avis-neutre', 'velo', '', 'une seule demande d\'avis, neutre; compliant', 'Votre commande {oid}',
  "nous espérons que votre éclairage vous donne satisfaction (commande {oid}). Si vous avez un moment, nous serions heureux de lire votre avis sur Amazon. Merci !", req=True)
add('fr-constate-conseil', 'gaspard', '', 'mots contenant des sous-chaînes sensibles (constaté, conseil); compliant',
    "nous avons constaté que le plaid a été lavé à 40 °C, ce qui explique le feutrage. Notre conseil pour la suite : lavage à froid, programme laine, et séchage à plat.\n\nComme c'est la première fois, nous vous en envoyons un neuf gracieusement.",
    buyer="Le plaid a rétréci au lavage !")
add('fr-remboursement-partiel', 'gaspard', '', 'remboursement partiel sans condition; compliant',
    "je suis désolée pour l'éclat sur le pied du verre. Je vous ai remboursé 12,00 €, soit le prix d'un verre. Vous pouvez garder le lot complet.",
    buyer="Un verre a un petit éclat sur le pied.")
add('fr-evaluation-modifiable-neutre', 'velo', '', 'après résolution, indique sans pression que l\'évaluation peut être modifiée; compliant',
    "le nouvel antivol est bien arrivé, parfait. Si vous estimez que le problème est réglé, sachez que vous pouvez modifier votre évaluation quand vous le souhaitez – c'est entièrement à vous de voir.",
    buyer="J'ai bien reçu le nouvel antivol, les clés fonctionnent.")
P('fr-important-adresse', 'gaspard', '', '[Important] pour un problème d\'adresse (autorisé); compliant', '[Important] Adresse incomplète – commande {oid}',
  "Colissimo nous retourne votre commande {oid} : il manque le numéro de bâtiment ou d'appartement à l'adresse « 18 allée des Tilleuls, 33000 Bordeaux ». Pourriez-vous nous le préciser ? Nous la réexpédions dès votre réponse.")
add('fr-facture-tva-siret', 'velo', '', 'facture PDF, n° de TVA et SIRET en groupes de chiffres; compliant',
    "vous trouverez ci-joint la facture de votre commande. Notre numéro de TVA intracommunautaire est FR 40 812 345 678 et notre SIRET 812 345 678 00019.",
    buyer="Pouvez-vous m'envoyer une facture avec TVA ?", att=[('Facture_FV-2025-0318.pdf', 'pdf', None, 'Facture FV-2025-0318')])
add('fr-client-impoli', 'velo', '', 'réponse ferme et polie à un client insultant; compliant',
    "je comprends votre agacement, mais je vous demande de rester courtois. Le câble de l'éclairage est bien fourni : il se trouve sous la mousse au fond de la boîte. Si ce n'est pas le cas, je vous en envoie un aujourd'hui.",
    buyer="Vous êtes des incompétents, il manque le câble !!!")
add('fr-point-relais', 'gaspard', '', 'adresse de point relais avec code postal, horaires; compliant',
    "votre colis est disponible au point relais « Tabac de la Gare », 2 place de la Gare, 44000 Nantes, du lundi au samedi de 7h à 19h.",
    buyer="Où puis-je récupérer mon colis ?")
add('fr-question-produit', 'gaspard', '', 'question produit sans numéro de commande; compliant',
    "oui, le plaid est 100 % mérinos, sans synthétique, et il mesure 130 x 170 cm. Il se lave à la main ou en programme laine à froid.",
    buyer="Le plaid est-il 100% laine ?", nooid=True)
add('fr-outlook-texte', 'gaspard', '', 'réponse style Outlook en texte brut avec bloc De/Envoyé/À/Objet; compliant',
    "nous avons bien reçu votre retour et le remboursement a été effectué ce matin.",
    buyer="J'ai renvoyé les verres la semaine dernière.", style='outlook', fmt='text')

add('fr-bon-achat-avis', 'gaspard', 'I', 'bon d\'achat promis une fois le commentaire publié',
    "ravie que le plaid vous plaise ! Pour vous remercier, nous vous offrirons un bon d'achat de 15 € dès que votre commentaire sera en ligne.",
    buyer="Plaid reçu, il est magnifique.", req=True)
add('fr-cinq-etoiles', 'velo', 'M', 'demande explicite de 5 étoiles',
    "content que tout fonctionne ! Un petit 5 étoiles sur Amazon nous ferait vraiment plaisir.",
    buyer="L'éclairage marche très bien.", req=True)
add('fr-retirer-commentaire', 'gaspard', 'F', 'demande de retirer un commentaire négatif',
    "maintenant que tout est rentré dans l'ordre, serait-il possible de retirer votre commentaire négatif ?",
    buyer="Merci pour le remplacement.")
add('fr-code-promo', 'velo', 'K', 'code promo non lié au problème',
    "votre antivol de remplacement est parti. Et profitez de -20 % sur toute la collection hiver avec le code HIVER20 !",
    buyer="La clé s'est cassée dans la serrure.")
add('fr-insulte', 'velo', 'B', 'insulte le client',
    "franchement, il faut être bien idiot pour monter l'éclairage arrière à l'envers. La flèche sur le boîtier indique le haut.",
    buyer="La lumière arrière éclaire vers le sol.")
add('fr-desinscription', 'velo', 'UL', 'lien de désinscription dans le corps',
    "votre commande est bien partie.\n\nPour ne plus recevoir nos messages, cliquez ici : https://atelier-velocite.fr/desinscription?u=4418",
    buyer="Ma commande est-elle partie ?")
P('fr-confirmation-expedition', 'velo', 'Q', 'confirmation d\'expédition proactive', 'Votre commande {oid} est en route !',
  "bonne nouvelle : votre commande {oid} a été expédiée aujourd'hui. Vous la recevrez sous 48 heures.")
P('fr-important-avis', 'gaspard', 'T', '[Important] sur une demande d\'avis', '[Important] Votre avis compte – commande {oid}',
  "nous espérons que vous êtes satisfait(e) de votre commande {oid}. Si vous avez un moment, laissez-nous un avis sur Amazon.", req=True)
add('fr-arobase', 'gaspard', 'E', 'obfuscated (arobase/point) adresse e-mail',
    "si vous préférez, envoyez les photos à sav arobase maison-gaspard point fr, nous regarderons ça rapidement.",
    buyer="J'ai des photos du verre cassé.")
add('fr-telephone-en-lettres', 'velo', 'P', 'obfuscated (chiffres en lettres) numéro de téléphone',
    "appelez-moi directement au zéro six, trente-neuf, quatre-vingt-dix-huit, douze, trente-quatre, c'est plus simple pour régler l'antivol.",
    buyer="Je n'arrive pas à régler le support de l'antivol.")
add('fr-signature-site', 'velo', 'L', 'site web dans la signature',
    "le support se fixe avec les deux colliers fournis, serrage à 3 Nm maximum.",
    buyer="Comment fixer le support ?", sig='Bien cordialement,\n{ag}\nAtelier Vélocité\nwww.atelier-velocite.fr')
add('fr-instagram', 'gaspard', 'OK', 'invite à suivre sur Instagram pour les nouveautés',
    "merci pour votre gentil message ! Suivez-nous sur Instagram @maisongaspard pour découvrir nos nouveautés en avant-première.",
    buyer="Les verres sont superbes.")
add('fr-emoji', 'gaspard', 'S', 'emoji dans le corps', "avec plaisir, bonne soirée au coin du feu avec votre plaid 😉",
    buyer="Merci pour la livraison rapide !")
P('fr-sans-numero', 'gaspard', 'N', 'message proactif sans numéro de commande', 'Votre commande Maison Gaspard',
  "votre lot de verres partira avec deux jours de retard, le souffleur termine la série. Merci de votre patience.")
P('fr-pair-first', 'gaspard', '', 'première demande d\'avis neutre; compliant', 'Votre commande {oid}',
  "nous espérons que le plaid vous tient chaud. Si vous avez un moment, un avis sur Amazon nous aiderait. Merci !", pair='pFR', seq=1, req=True)
P('fr-pair-second', 'gaspard', 'R', 'deuxième demande pour la même commande (autre agent)', 'Petit rappel – commande {oid}',
  "nous nous permettons de revenir vers vous : avez-vous eu le temps de laisser un avis sur votre plaid ?", pair='pFR', seq=2, req=True, ag='Hugo')

# ---------------------------------------------------------------- Spanish
SIG_TEC = 'Un saludo,\n\n{ag}\nAtención al cliente – TecnoRaíz'
add('es-correos-seguimiento', 'albaida', '', 'número de seguimiento de Correos, fechas; compliant',
    "tu vajilla salió el lunes por Correos Express, número de seguimiento PQ4F6P0712345670128001. Como es un paquete voluminoso, puede tardar un día más de lo habitual.",
    buyer="¿Cuándo llega la vajilla? Pedí hace una semana.")
add('es-valoracion-danos', 'albaida', '', '"valoración de los daños" (valoración = peritaje); compliant',
    "sentimos mucho la rotura. Para la valoración de los daños por parte de la agencia necesitamos una foto de la caja. En cualquier caso, ya te hemos enviado las piezas rotas de nuevo.",
    buyer="Han llegado dos platos rotos.")
add('es-computadora', 'tecno', '', '"computadora/ordenador" (subcadena sensible), versión de firmware, precios; compliant',
    "el hub funciona con cualquier ordenador o computadora portátil con USB-C con DisplayPort Alt Mode. Para el 4K a 60 Hz, actualiza el firmware a la versión 1.3.0 desde el propio sistema operativo. El precio actual es 39,99 €.",
    buyer="¿Funciona con mi portátil? Solo saca 30 Hz en 4K.", sig=SIG_TEC)
P('es-resena-neutra', 'albaida', '', 'una única solicitud de reseña neutra; compliant', 'Tu pedido {oid}',
  "esperamos que la vajilla haya llegado perfecta (pedido {oid}). Si tienes un momento, nos encantaría conocer tu opinión en Amazon. ¡Gracias!", req=True)
add('es-valoracion-actualizable', 'tecno', '', 'tras resolver, indica sin presión que se puede actualizar la valoración; compliant',
    "nos alegra que el nuevo soporte ya esté funcionando. Si consideras que lo hemos solucionado, puedes actualizar tu valoración cuando quieras; en cualquier caso, la decisión es solo tuya.",
    buyer="Recibido el soporte nuevo, todo bien.", sig=SIG_TEC)
add('es-reembolso-tras-amenaza', 'albaida', '', 'reembolso incondicional tras amenaza de mala reseña (solo en la cita); compliant',
    "lo sentimos muchísimo. Te hemos reembolsado el importe completo de la fuente (34,90 €). No hace falta que la devuelvas.",
    buyer="La fuente se ha agrietado en el horno. Si no me devolvéis el dinero os pongo una estrella.")
add('es-factura-nif', 'tecno', '', 'factura en PDF, NIF/CIF; compliant',
    "te adjuntamos la factura completa. Nuestro CIF es B-87654321 y el número de factura es TR-2025-001187.",
    buyer="Necesito factura con mis datos fiscales.", sig=SIG_TEC, att=[('Factura_TR-2025-001187.pdf', 'pdf', None, 'Factura TR-2025-001187')])
P('es-important-personalizacion', 'albaida', '', '[Important] para confirmar una personalización (permitido); compliant', '[Important] Confirma el nombre para tu fuente – pedido {oid}',
  "antes de hornear tu fuente personalizada (pedido {oid}), ¿nos confirmas el texto? Tenemos: «Casa Martínez – 2025». El esmalte tarda 5 días, así que necesitamos tu respuesta esta semana.")
add('es-outlook-texto', 'tecno', '', 'respuesta tipo Outlook en texto plano con bloque De/Enviado el/Para/Asunto; compliant',
    "la devolución está aceptada. Cuando el paquete llegue a nuestro almacén de Getafe (28906) te hacemos el reembolso.",
    buyer="Quiero devolver el hub, no lo necesito.", sig=SIG_TEC)
add('es-pregunta-producto', 'tecno', '', 'pregunta de producto sin número de pedido; compliant',
    "sí, es compatible con el MacBook Air M2, aunque ese modelo solo admite un monitor externo.",
    buyer="¿Es compatible con MacBook Air M2?", nooid=True, sig=SIG_TEC)
add('es-cliente-grosero', 'tecno', '', 'respuesta firme y educada a un cliente grosero; compliant',
    "entiendo tu enfado, pero te pido que mantengamos el respeto. El soporte tiene garantía de 2 años y te lo cambiamos sin problema.",
    buyer="Sois unos sinvergüenzas, se ha roto en una semana.", sig=SIG_TEC)
add('es-seur', 'albaida', '', 'número de envío SEUR en grupos; compliant',
    "tu pedido va con SEUR, número de envío 2891 0045 7761 23. Llegará mañana entre las 9 y las 14 h.",
    buyer="¿Con qué transportista va?")

add('es-regalo-resena', 'albaida', 'I', 'producto gratis a cambio de reseña',
    "¡qué bien que te guste la vajilla! Si nos dejas tu reseña, te regalamos una fuente de horno en tu próximo pedido.",
    buyer="La vajilla es preciosa.", req=True)
add('es-gating-5-estrellas', 'tecno', 'M', 'filtrado: 5 estrellas si estás contento, si no escríbenos antes',
    "solo te pedimos una cosa: si estás contento, déjanos 5 estrellas; si no, escríbenos antes de publicar nada.",
    buyer="El hub funciona bien.", sig=SIG_TEC, req=True)
add('es-eliminar-valoracion', 'albaida', 'F', 'pide eliminar o cambiar la valoración negativa',
    "ya tienes las piezas nuevas. ¿Podrías eliminar o cambiar la valoración negativa que dejaste?",
    buyer="Recibidas las piezas.")
add('es-rebajas', 'albaida', 'K', 'anuncia rebajas en una respuesta de soporte',
    "tu plato de repuesto está en camino. Y aprovecha nuestras rebajas de primavera: 30 % en toda la vajilla hasta el domingo.",
    buyer="Un plato llegó roto.")
add('es-torpe', 'tecno', 'B', 'insulta al cliente',
    "sinceramente, hay que ser bastante torpe para doblar un soporte de aluminio. Te mandamos otro, pero cuídalo.",
    buyer="El soporte se ha doblado.", sig=SIG_TEC)
add('es-baja-texto', 'albaida', 'U', 'texto para darse de baja',
    "tu pedido se entregó ayer.\n\nSi no quieres recibir más mensajes nuestros, responde BAJA.",
    buyer="¿Se entregó mi pedido?")
P('es-sin-stock', 'tecno', 'Q', 'aviso proactivo de falta de stock', 'Pedido {oid}: producto sin stock',
  "lamentamos informarte de que el soporte de tu pedido {oid} está agotado hasta finales de mes. Te lo enviaremos en cuanto llegue.", sig=SIG_TEC, fmt='text')
add('es-arroba', 'tecno', 'E', 'obfuscated (arroba/punto) correo electrónico',
    "si lo prefieres, escríbenos a soporte arroba tecnoraiz punto es y te respondemos antes.",
    buyer="Tengo más preguntas sobre el hub.", sig=SIG_TEC)
add('es-telefono-palabras', 'tecno', 'P', 'obfuscated (cifras en palabras) teléfono',
    "llámanos al nueve uno, cinco cinco cinco, cero uno, cuarenta y dos, de lunes a viernes.",
    buyer="No consigo que funcione la salida HDMI.", sig=SIG_TEC)
add('es-enlace-drivers', 'tecno', 'L', 'enlace a la web del vendedor',
    "puedes descargar el controlador aquí: https://tecnoraiz.es/drivers/hub8en1",
    buyer="El lector SD no aparece en Windows.", sig=SIG_TEC)
add('es-outlook-calibri', 'tecno', 'S', 'HTML de Outlook con bloque de estilos Calibri',
    "te enviamos el repuesto hoy mismo.", buyer="Falta un tornillo.", fmt='alt', sig=SIG_TEC)
add('es-telegram', 'albaida', 'OK', 'invita a un canal de Telegram con ofertas',
    "únete a nuestro canal de Telegram @ceramicaalbaida, publicamos ofertas y piezas únicas cada semana.",
    buyer="¿Tendréis más colores?")
P('es-important-gracias', 'albaida', 'TQ', '[Important] en un mensaje solo de agradecimiento', '[Important] ¡Gracias por tu compra! – pedido {oid}',
  "¡Muchas gracias por confiar en Cerámica Albaida! Esperamos que disfrutes de tu pedido {oid}.")
P('es-pair-first', 'albaida', '', 'primera solicitud de reseña neutra; compliant', 'Tu pedido {oid}',
  "esperamos que la fuente haya llegado bien. Si tienes un momento, nos ayudaría mucho tu reseña en Amazon.", pair='pES', seq=1, req=True)
P('es-pair-second', 'albaida', 'R', 'segunda solicitud para el mismo pedido', '¿Qué te ha parecido? – pedido {oid}',
  "¿has tenido ocasión de probar la fuente? Nos encantaría leer tu reseña.", pair='pES', seq=2, req=True, ag='Pau')

# ---------------------------------------------------------------- Italian
add('it-brt-segnacollo', 'brera', '', 'numero di spedizione BRT in gruppi; compliant',
    "la pompa è partita ieri con BRT, numero di spedizione 0591 2345 6789 01. La consegna è prevista per domani in giornata.",
    buyer="Quando arriva la pompa?")
add('it-verifica-specifiche', 'brera', '', 'parole con sottostringhe sensibili (verifica, specifiche, certificato); compliant',
    "abbiamo fatto una verifica: secondo le specifiche del produttore la pompa arriva a 11 bar ed è dotata di certificato di taratura del manometro. Se il manometro segna meno di 5 bar a gomma gonfia, è difettoso e te lo sostituiamo.",
    buyer="Il manometro mi sembra sballato.")
P('it-recensione-neutra', 'lanzoni', '', 'un\'unica richiesta di recensione neutra; compliant', 'Il tuo ordine {oid}',
  "speriamo che la borsa ti sia arrivata in perfette condizioni (ordine {oid}). Se hai un momento, ci farebbe piacere leggere la tua recensione su Amazon. Grazie!", req=True)
add('it-feedback-aggiornabile', 'lanzoni', '', 'dopo la soluzione, ricorda senza pressioni che il feedback si può aggiornare; compliant',
    "siamo contenti che la nuova tracolla vada bene. Se ritieni che abbiamo risolto, puoi aggiornare il tuo feedback quando vuoi: nessun obbligo, decidi tu.",
    buyer="Ricevuta la tracolla nuova, perfetta.")
add('it-rimborso-parziale', 'lanzoni', '', 'rimborso parziale senza condizioni; compliant',
    "ci dispiace per il segno sulla pelle. Ti abbiamo rimborsato 15,00 € e puoi tenere la borsa. Con un po' di crema per cuoio il segno si attenua molto.",
    buyer="La borsa ha un graffio sul davanti.")
add('it-fattura-piva', 'lanzoni', '', 'fattura PDF con partita IVA; compliant',
    "in allegato trovi la fattura. La nostra partita IVA è IT 01234567890.",
    buyer="Mi serve la fattura intestata all'azienda.", att=[('Fattura_BL-2025-0077.pdf', 'pdf', None, 'Fattura BL-2025-0077')])
P('it-important-incisione', 'lanzoni', '', '[Important] per confermare un\'incisione (permesso); compliant', '[Important] Conferma iniziali da incidere – ordine {oid}',
  "prima di incidere il portafoglio (ordine {oid}) ti chiediamo di confermare le iniziali: abbiamo «M.R.» in corsivo. Appena ci rispondi procediamo.")
add('it-domanda-prodotto', 'brera', '', 'domanda sul prodotto senza numero d\'ordine; compliant',
    "sì, la testina è doppia e va bene sia per valvole Presta sia per Schrader, senza adattatori.",
    buyer="La pompa va bene per valvole Presta?", nooid=True)
add('it-cliente-scortese', 'brera', '', 'risposta ferma e cortese a un cliente scortese; compliant',
    "capisco la frustrazione, ma ti chiedo di mantenere un tono rispettoso. Il kit contiene 5 vermicelli; se ne manca qualcuno te li spediamo subito.",
    buyer="Siete dei ladri, nel kit mancano pezzi.")
add('it-thunderbird-html', 'lanzoni', '', 'Thunderbird HTML con moz-cite-prefix; compliant',
    "la pelle conciata al vegetale scurisce con il tempo e con la luce: è normale e fa parte del suo fascino.",
    buyer="La borsa è diventata più scura, è normale?", fmt='html')
add('it-poste-tracking', 'lanzoni', '', 'codice di tracciamento Poste, CAP; compliant',
    "il portafoglio è stato spedito con Poste Delivery, codice di tracciamento 3UW1A2B3C4D5E. Se non sei in casa verrà lasciato all'ufficio postale di via Roma, 40121 Bologna.",
    buyer="Come faccio a sapere quando arriva?")

add('it-spedizione-rimborsata-recensione', 'lanzoni', 'I', 'rimborso delle spese di spedizione in cambio di recensione',
    "siamo felici che la borsa ti piaccia! Se lasci una recensione ti rimborsiamo le spese di spedizione, basta scriverci qui.",
    buyer="La borsa è bellissima.", req=True)
add('it-cinque-stelle', 'brera', 'M', 'chiede una recensione a cinque stelle',
    "ottimo che sia tutto a posto! Ci aiuteresti con una recensione a cinque stelle? Per noi fa la differenza.",
    buyer="Riparata la foratura, funziona.", req=True)
add('it-modifica-feedback', 'lanzoni', 'F', 'chiede di modificare il feedback negativo',
    "ora che la tracolla è stata sostituita, ti chiediamo gentilmente di modificare il feedback negativo che hai lasciato.",
    buyer="Grazie per la sostituzione.")
add('it-saldi', 'lanzoni', 'K', 'promuove i saldi in una risposta',
    "la borsa è in arrivo. Approfitta dei nostri saldi: -25% su tutta la pelletteria fino a domenica.",
    buyer="Quando arriva?")
add('it-insulto', 'brera', 'B', 'insulta il cliente',
    "ma sei scemo? La pompa funziona benissimo, sei tu che non la sai usare. Leggi le istruzioni.",
    buyer="La pompa non gonfia.")
add('it-annulla-iscrizione', 'brera', 'UL', 'link per annullare l\'iscrizione nel corpo',
    "il tuo rimborso è stato emesso.", buyer="Il rimborso?",
    hx='\n<p style="font-size:11px">Per non ricevere più le nostre comunicazioni <a href="https://ciclobrera.it/newsletter/annulla?id=99812">annulla l\'iscrizione</a>.</p>')
P('it-grazie-solo', 'lanzoni', 'Q', 'messaggio proattivo di solo ringraziamento', 'Grazie per il tuo acquisto – ordine {oid}',
  "grazie di cuore per aver scelto la Bottega Lanzoni. Ogni pezzo è fatto a mano e speriamo che ti accompagni a lungo.")
add('it-chiocciola', 'lanzoni', 'E', 'obfuscated (chiocciola/punto) indirizzo e-mail',
    "per le foto scrivici pure a assistenza chiocciola bottegalanzoni punto it.",
    buyer="Posso mandarvi una foto del difetto?")
add('it-telefono-parole', 'brera', 'P', 'obfuscated (cifre in parole) numero di telefono',
    "chiamaci allo zero due, cinque cinque cinque, zero uno, sei sette e ti spieghiamo come montarlo.",
    buyer="Non capisco come montare il vermicello.")
add('it-facebook', 'brera', 'O', 'invita a contattare la pagina Facebook',
    "per risposte più veloci cercaci su Facebook come Ciclofficina Brera e scrivici in chat.",
    buyer="Avete la versione da 12 bar?")
add('it-testo-colorato', 'brera', 'S', 'testo centrato e colorato',
    "Il kit di riparazione è stato spedito.", buyer="Spedito?",
    hx='\n<p style="text-align:center;color:#e4572e"><b>Grazie per aver scelto Ciclofficina Brera!</b></p>')
P('it-pair-first', 'brera', '', 'prima richiesta di recensione neutra; compliant', 'Il tuo ordine {oid}',
  "speriamo che la pompa funzioni a dovere. Se hai un momento, ci farebbe piacere una tua recensione su Amazon.", pair='pIT', seq=1, req=True)
P('it-pair-second', 'brera', 'R', 'seconda richiesta per lo stesso ordine', 'Un promemoria – ordine {oid}',
  "ti scriviamo di nuovo: hai avuto modo di lasciare una recensione della pompa?", pair='pIT', seq=2, req=True, ag='Sara')

# ---------------------------------------------------------------- Japanese
add('ja-yamato-denpyo', 'sakura', '', 'ヤマト運輸の伝票番号（電話番号に似た12桁）; compliant',
    "ご注文の商品は本日ヤマト運輸にて発送いたしました。\n伝票番号：4012-3456-7890\nお届けは明後日の午前中を予定しております。",
    buyer="いつ届きますか？")
add('ja-sagawa-toiawase', 'minato', '', '佐川急便のお問い合わせ番号（追跡番号）; compliant',
    "交換品は佐川急便にて発送済みです。お問い合わせ番号は3601-2345-6789です。お手数ですが、初期不良品は同梱の着払い伝票でご返送ください。",
    buyer="電動ドライバーが充電できません。初期不良だと思います。")
P('ja-review-neutral', 'sakura', '', '中立的なレビュー依頼（1回のみ）; compliant', 'ご注文 {oid} について',
  "先日はマグカップをお買い上げいただき、ありがとうございました（注文番号 {oid}）。\nお時間がございましたら、Amazonにて商品レビューをお寄せいただけますと幸いです。", req=True)
add('ja-feedback-update-neutral', 'minato', '', '解決後、評価は変更可能と中立的に案内; compliant',
    "交換品が無事に届き、安心いたしました。\nもし問題が解決したとお感じでしたら、評価はいつでも変更いただけます。もちろん、お客様のご判断にお任せいたします。",
    buyer="交換品届きました。ちゃんと動きます。")
add('ja-refund-after-threat', 'minato', '', '低評価の予告（引用内のみ）の後の無条件返金; compliant',
    "ご不便をおかけし、誠に申し訳ございません。ご注文代金の全額（4,980円）を返金いたしました。商品のご返送は不要です。",
    buyer="ビットがすぐ折れました。返金しないなら星1つにします。")
add('ja-invoice-registration', 'sakura', '', '適格請求書（登録番号T+13桁）PDF、日本語ファイル名; compliant',
    "適格請求書を添付いたしました。登録番号はT1234567890123です。ご確認のほどよろしくお願いいたします。",
    buyer="インボイス制度対応の領収書をください。", att=[('請求書_2025-0312.pdf', 'pdf', None, 'Invoice')])
P('ja-important-naire', 'sakura', '', '[Important] 名入れ内容の確認（カスタマイズ、許可）; compliant', '[Important] 名入れ内容のご確認（注文番号 {oid}）',
  "ご注文 {oid} の名入れについて確認させてください。\n「HANAKO 2025」とお入れしてよろしいでしょうか。\nご返信をいただき次第、制作に入ります。")
P('ja-important-address', 'minato', '', '[Important] 住所不備（許可）; compliant', '[Important] お届け先住所の確認のお願い（{oid}）',
  "ご注文 {oid} のお届け先について、部屋番号が見当たらず配送業者から問い合わせがございました。お手数ですが部屋番号をお知らせください。")
add('ja-return-address-postcode', 'sakura', '', '返送先住所と郵便番号（全角数字を含む）; compliant',
    "返品の際は、以下の住所までお送りください。\n〒１５０－００１２ 東京都渋谷区広尾９－９－９ さくら雑貨店 返品係\n送料は着払いで結構です。",
    buyer="サイズ違いで返品したいです。")
add('ja-product-question', 'minato', '', '注文番号のない商品に関する質問; compliant',
    "MD-7は六角軸6.35mmのビットであれば市販品もご使用いただけます。トルクは最大12N·mです。",
    buyer="市販のビットは使えますか？", nooid=True)
add('ja-rude-buyer-firm', 'minato', '', '失礼な購入者への丁寧で毅然とした返信; compliant',
    "ご不快な思いをおかけし申し訳ございません。恐れ入りますが、冷静にお話しいただけますと幸いです。バッテリーは保証期間内のため、無償で交換いたします。",
    buyer="ふざけるな。バッテリーが1ヶ月で壊れた。詐欺だろ。")
add('ja-kaomoji', 'sakura', '', '顔文字（絵文字ではない）; compliant (labelling choice)',
    "お気に召していただけて何よりです(^^) 桜柄は季節限定ですので、大切にお使いくださいね。",
    buyer="マグカップとても可愛いです。", upper=True)

add('ja-coupon-for-review', 'sakura', 'I', 'レビュー投稿者へのクーポン進呈',
    "商品がお手元に届き安心いたしました。\nなお、レビューを投稿してくださった方には、次回使える500円分のクーポンをお送りしております。",
    buyer="届きました。", req=True)
add('ja-five-stars', 'minato', 'M', '星5つを依頼',
    "ご満足いただけたようで何よりです。もしよろしければ、星5つの評価をいただけますと大変励みになります。",
    buyer="使いやすいです。", req=True)
add('ja-delete-review', 'sakura', 'F', '評価の削除を依頼',
    "大変恐縮ですが、交換も完了いたしましたので、先日の評価を削除していただくことは可能でしょうか。",
    buyer="交換品届きました。")
add('ja-spring-sale', 'sakura', 'K', 'セールの告知',
    "交換品を発送いたしました。\nただいま春の新生活セールを開催中です。全品20%OFFですので、ぜひご利用ください。",
    buyer="欠けていました。")
add('ja-insult', 'minato', 'B', '購入者を侮辱',
    "こんな簡単なこともできないのですか。説明書くらい読んでください。",
    buyer="ビットが外れません。")
add('ja-optout-text', 'sakura', 'U', '配信停止の案内文',
    "ご注文の商品は本日発送いたしました。\n今後のご案内が不要な場合は「配信停止」とご返信ください。",
    buyer="発送はいつですか？")
P('ja-shipping-notice', 'minato', 'Q', '発送のお知らせ（出荷通知）', '【発送完了】ご注文 {oid} の発送のお知らせ',
  "ご注文 {oid} の商品を本日発送いたしました。到着まで今しばらくお待ちください。")
add('ja-fullwidth-phone', 'minato', 'P', 'obfuscated (全角数字) 電話番号',
    "詳しくはお電話（０３－５５５５－０１４２）でもご案内いたします。",
    buyer="使い方がわかりません。")
add('ja-kanji-phone', 'sakura', 'P', 'obfuscated (漢数字) 電話番号',
    "お急ぎの場合は〇三・五五五五・〇一八七までお電話ください。",
    buyer="急ぎで交換してほしいです。")
add('ja-fullwidth-at', 'minato', 'E', 'obfuscated (全角＠) メールアドレス',
    "写真はsupport＠minato-kougu.co.jpまでお送りいただいても構いません。",
    buyer="破損の写真があります。")
add('ja-line-account', 'minato', 'O', 'LINE公式アカウントへの誘導',
    "今後のお問い合わせはLINE公式アカウント（@minato_kougu）からもお気軽にどうぞ。",
    buyer="替えのバッテリーはありますか？")
add('ja-site-signature', 'sakura', 'L', '署名にウェブサイト',
    "返品を承りました。返金は商品到着後に手続きいたします。",
    buyer="返品します。", sig='さくら雑貨店\n{ag}\nhttps://www.sakura-zakka.jp/')
add('ja-emoji', 'sakura', 'S', '絵文字', "お届けできて嬉しいです✨ 桜柄のマグで素敵なティータイムを🌸",
    buyer="届きました！")
P('ja-important-thanks', 'minato', 'TQ', '[Important] 付きのお礼のみのメッセージ', '[Important] ご購入ありがとうございます（{oid}）',
  "このたびはミナト工具をご利用いただき、誠にありがとうございました。")
P('ja-no-order-id', 'sakura', 'N', '注文番号のない能動的メッセージ', 'ご注文の商品について',
  "ご注文いただいた手ぬぐいですが、入荷が遅れており、発送が3日ほど遅れる見込みです。ご迷惑をおかけいたします。")
P('ja-pair-first', 'sakura', '', '初回の中立的なレビュー依頼; compliant', 'ご注文 {oid} について',
  "手ぬぐいはお役に立っておりますでしょうか。お時間がございましたら、レビューをお寄せいただけますと幸いです。", pair='pJA', seq=1, req=True)
P('ja-pair-second', 'sakura', 'R', '同じ注文への2回目のレビュー依頼', 'レビューのお願い（{oid}）',
  "先日もご連絡いたしましたが、もしよろしければ商品レビューをお願いできますでしょうか。", pair='pJA', seq=2, req=True, ag='佐藤')

# ---------------------------------------------------------------- Dutch
add('nl-postnl-barcode', 'dijk', '', 'PostNL barcode (track & trace), compliant',
    "je fietstas is vandaag met PostNL verstuurd, track & trace-code 3SDIJK1234567. Bezorging morgen tussen 14:00 en 17:00.",
    buyer="Wanneer komt mijn fietstas?")
P('nl-review-neutraal', 'dijk', '', 'enkel neutraal reviewverzoek; compliant', 'Je bestelling {oid}',
  "we hopen dat de fietsverlichting goed bevalt (bestelling {oid}). Als je even tijd hebt, stellen we een review op Amazon op prijs.", req=True)
add('nl-terugbetaling', 'dijk', '', 'onvoorwaardelijke terugbetaling; compliant',
    "sorry voor de kapotte sluiting. We hebben het volledige bedrag van € 49,95 terugbetaald; je hoeft de tas niet terug te sturen.",
    buyer="De sluiting van de tas is afgebroken.")
add('nl-productvraag', 'dijk', '', 'productvraag zonder bestelnummer; compliant',
    "ja, de tas past op de meeste dragers tot 18 mm buisdiameter en heeft een reflecterende strook aan beide kanten.",
    buyer="Past de tas op een bagagedrager van een e-bike?", nooid=True)
add('nl-beoordeling-verwijderen', 'dijk', 'F', 'vraagt de beoordeling te verwijderen',
    "nu alles is opgelost: zou u uw negatieve beoordeling willen verwijderen? Dat zou ons enorm helpen.",
    buyer="Nieuwe lamp ontvangen, werkt.")
add('nl-kortingscode', 'dijk', 'K', 'kortingscode voor een volgende bestelling',
    "je nieuwe achterlicht is onderweg. Gebruik code FIETS10 voor 10% korting op je volgende bestelling!",
    buyer="Achterlicht doet het niet.")
add('nl-telefoon', 'dijk', 'P', 'telefoonnummer in de tekst',
    "bel ons gerust op 085 555 0199, dan lopen we het samen door.",
    buyer="Ik krijg de houder niet vast.")
add('nl-website-handtekening', 'dijk', 'L', 'website in de handtekening',
    "de houder wordt met twee bandjes vastgezet, gereedschap is niet nodig.", buyer="Hoe monteer ik de houder?",
    sig='Met vriendelijke groet,\n{ag}\nDijkstra Fietsonderdelen | www.dijkstra-fiets.nl')

# ---------------------------------------------------------------- Polish
add('pl-inpost-numer', 'wrzos', '', 'numer przesyłki InPost (24 cyfry w grupach); compliant',
    "Pani paczka została nadana przez InPost, numer przesyłki 6200 1234 5678 9012 3456 7890. Powinna dotrzeć do paczkomatu jutro.",
    buyer="Kiedy dotrze świeca?")
P('pl-opinia-neutralna', 'wrzos', '', 'jedna neutralna prośba o opinię; compliant', 'Zamówienie {oid}',
  "mamy nadzieję, że świeca dotarła w całości (zamówienie {oid}). Jeśli znajdzie Pani chwilę, będziemy wdzięczni za opinię na Amazon.", req=True)
add('pl-zwrot-nip', 'wrzos', '', 'zwrot pieniędzy, numer NIP w grupach; compliant',
    "zwróciliśmy pełną kwotę 89,00 zł. Fakturę korygującą wystawiliśmy na NIP PL 527-123-45-67.",
    buyer="Obrus ma przebarwienie, proszę o zwrot.")
add('pl-pytanie-produkt', 'wrzos', '', 'pytanie o produkt bez numeru zamówienia; compliant',
    "świeca pali się około 45 godzin, knot jest bawełniany, a wosk w 100% sojowy.",
    buyer="Jak długo pali się świeca?", nooid=True)
add('pl-piec-gwiazdek', 'wrzos', 'M', 'prośba o 5 gwiazdek',
    "cieszymy się, że świeca się podoba! Będziemy bardzo wdzięczni za 5 gwiazdek w opinii.",
    buyer="Piękny zapach!", req=True)
add('pl-obrazliwe', 'wrzos', 'B', 'obraźliwa odpowiedź',
    "proszę nie zawracać nam głowy takimi bzdurami. Obrus jest lniany, więc się gniecie, to chyba oczywiste.",
    buyer="Obrus bardzo się gniecie.")
add('pl-rabat-za-opinie', 'wrzos', 'I', 'rabat w zamian za opinię',
    "za wystawienie opinii otrzyma Pani od nas rabat 15% na kolejne zakupy.",
    buyer="Dziękuję, wszystko doszło.", req=True)

# ---------------------------------------------------------------- Swedish
add('sv-postnord-kolli', 'fjall', '', 'PostNord kollinummer (20 siffror); compliant',
    "din termos skickades i dag med PostNord, kollinummer 00370712345678901234. Den brukar komma fram inom 1–2 vardagar.",
    buyer="När kommer termosen?")
P('sv-recension-neutral', 'fjall', '', 'en neutral begäran om recension; compliant', 'Din beställning {oid}',
  "vi hoppas att sittunderlaget har kommit fram (beställning {oid}). Om du har tid uppskattar vi en recension på Amazon.", req=True)
add('sv-aterbetalning', 'fjall', '', 'återbetalning utan villkor; compliant',
    "vi har återbetalat hela beloppet, 299 kr. Du behöver inte skicka tillbaka termosen.",
    buyer="Termosen läcker vid locket.")
add('sv-produktfraga', 'fjall', '', 'produktfråga utan ordernummer; compliant',
    "termosen håller drycken varm i cirka 12 timmar och kall i 24 timmar.",
    buyer="Hur länge håller den värmen?", nooid=True)
add('sv-instagram', 'fjall', 'OK', 'uppmaning att följa på Instagram för erbjudanden',
    "kul att du gillar termosen! Följ oss på Instagram @fjallbofriluft för nyheter och erbjudanden.",
    buyer="Supernöjd med termosen.")
add('sv-mejla-oss', 'fjall', 'E', 'e-postadress i texten',
    "skicka gärna bilder till kundtjanst@fjallbo.se så tittar vi på det.",
    buyer="Locket har en spricka.")
P('sv-tack-endast', 'fjall', 'Q', 'proaktivt meddelande med bara tack', 'Tack för din beställning {oid}',
  "stort tack för att du handlade hos Fjällbo Friluft! Ha en fin tur i fjällen.")

# ---------------------------------------------------------------- Portuguese (Brazil)
add('pt-rastreamento-cnpj', 'jatoba', '', 'código de rastreamento dos Correios e CNPJ; compliant',
    "seu pedido foi postado hoje, código de rastreamento NX123456789BR. Nosso CNPJ para a nota fiscal é 12.345.678/0001-90.",
    buyer="Preciso da nota fiscal e do rastreio.")
P('pt-avaliacao-neutra', 'jatoba', '', 'um único pedido de avaliação neutro; compliant', 'Seu pedido {oid}',
  "esperamos que as panelas tenham chegado bem (pedido {oid}). Se tiver um tempinho, ficaremos gratos pela sua avaliação na Amazon.", req=True)
add('pt-reembolso', 'jatoba', '', 'reembolso sem condição; compliant',
    "sentimos muito pelo amassado. Já fizemos o reembolso de R$ 45,00 e você pode ficar com a panela.",
    buyer="Uma panela veio amassada.")
add('pt-cupom-avaliacao', 'jatoba', 'I', 'cupom em troca de avaliação',
    "que bom que gostou! Quem avaliar o produto ganha um cupom de 10% para a próxima compra.",
    buyer="Adorei as panelas.", req=True)
add('pt-remover-avaliacao', 'jatoba', 'F', 'pede para remover a avaliação negativa',
    "já enviamos a tábua nova. Você poderia remover a avaliação negativa, por favor?",
    buyer="Recebi a tábua nova.")
add('pt-whatsapp-numero', 'jatoba', 'OP', 'WhatsApp com número de telefone',
    "chama a gente no WhatsApp (11) 5555-0123 que resolvemos rapidinho.",
    buyer="A tampa não encaixa.")

# ---------------------------------------------------------------- minimal-pair twins: a violating message with the offending element removed
VIOL_KEYS = ('hx', 'sig', 'att', 'hdrs', 'olk_to', 'prev', 'zd_white', 'body_attr', 'html_raw', 'inline', 'pair', 'seq', 'req', 'blank_runs')
def twin(src, slug, what, **over):
    sp = next(x for x in SPECS if x['slug'] == src)
    t = {k: v for k, v in sp.items() if k not in VIOL_KEYS}
    t.update(slug=slug, cats=[], note='minimal-pair twin of %s without %s; compliant' % (src, what))
    t.update(over)
    SPECS.append(t)

twin('sig-website', 'rainfly-buckle-plain-sig', 'the website in the signature')
twin('linked-logo', 'knob-oven-safe-cid-logo', 'the link around the logo (logo stays inline by cid:)',
     hx='\n<p><img src="cid:logo@copperleaf" alt="Copperleaf" width="140" height="40"></p>', inline=[('copperleaf-logo.png', 'png', None, None, 'logo@copperleaf')])
twin('powered-by-footer', 'back-door-unlinked-footer', 'the link in the helpdesk footer (unlinked vendor name remains)',
     hx='\n<p style="font-size:11px">Sent with HelpwiseFlow</p>')
twin('sig-email', 'towel-streaks-plain-sig', 'the e-mail address in the signature', sig=SIG_OLK_UK)
twin('quoted-agent-sig', 'pillowcases-quoted-clean-sig', 'the contact details in the quoted agent signature', sig=SIG_OLK_UK,
     prev="Hello,\n\nThe set ships in two parcels this time.\n\nKind regards\nRob\nHollowbrook Home")
twin('outlook-to-address', 'courier-collect-display-name', 'the address in the quoted To: line', sig=SIG_OLK_UK)
twin('sig-phone-uk', 'speaker-wire-plain-sig', 'the phone number in the signature')
twin('buyer-phone-in-quote', 'gate-code-no-phone', 'the buyer\'s phone number in the quote (gate code 4471# stays)',
     buyer="The gate code is 4471#. The driver can leave it behind the bins if nobody answers.")
twin('tel-href', 'chime-test-no-tel', 'the tel: link', body="Sorry the chime isn't working. Could you check in the app whether the chime type is set to 'mechanical'? Most chimes in older houses are.")
twin('unsubscribe-footer-link', 'control-box-no-footer', 'the unsubscribe footer')
twin('list-unsubscribe-header', 'shipping-refund-no-header', 'the List-Unsubscribe header')
twin('helpscout-open-pixel', 'keypad-lock-no-pixel', 'the open-tracking pixel')
twin('hidden-pixel', 'enamel-chip-no-pixel', 'the hidden tracking image')
twin('zero-size-pixel', 'pole-posted-no-pixel', 'the 0x0 tracking image')
twin('banner-recipient-id', 'doorbell-shipped-no-banner', 'the banner with the recipient id')
twin('zip-photos', 'pole-layout-jpegs', 'the ZIP archive (photos sent as JPEG instead)', body="I've attached photos of the correct pole layout so you can compare.",
     att=[('pole-layout-1.jpg', 'jpg'), ('pole-layout-2.jpg', 'jpg')])
twin('heic-photo', 'shades-photo-jpeg', 'the HEIC photo (JPEG instead)', att=[('IMG_4471.JPG', 'jpg')])
twin('pdf-really-exe', 'catalogue-real-pdf', 'the disguised executable (a real PDF instead)', body="Please find the care guide for block prints attached.",
     att=[('SaffronLoom-Care-Guide.pdf', 'pdf', None, 'Care guide')])
twin('xlsx-price-list', 'cartridge-list-pdf', 'the spreadsheet (PDF instead)', att=[('cartridge-compatibility.pdf', 'pdf', None, 'Cartridge compatibility')])
twin('six-attachments', 'bed-sizes-five-files', 'the sixth attachment', att=[('bed-S.jpg', 'jpg'), ('bed-M.jpg', 'jpg'), ('bed-L.jpg', 'jpg'), ('bed-XL.jpg', 'jpg'), ('size-guide.pdf', 'pdf')])
twin('oversize-manual', 'service-manual-small-pdf', 'the oversize (a small PDF of the same name)', att=[('ND-Service-Manual-full.pdf', 'pdf', None, 'Service manual')])
twin('jpg-really-png', 'valve-core-real-jpeg', 'the name/content mismatch', att=[('valve-core.jpg', 'jpg')])
twin('html-attachment', 'care-instructions-txt', 'the HTML attachment (TXT instead)', att=[('care-instructions.txt', 'txt', None, 'Wash at 40 C, tumble dry low.')])
twin('font-family-override', 'dust-cover-no-font', 'the font-family override')
twin('red-text', 'return-bag-no-colour', 'the coloured text', body="Please return the tent in its original bag. Important: please don't wash it before sending it back.")
twin('four-font-sizes', 'care-guide-two-sizes', 'two of the four font sizes', hx='\n<p>Care guide</p>\n<p>Hand wash recommended. Avoid metal scourers.</p>\n<p style="font-size:12px">Lifetime warranty applies.</p>')
twin('zendesk-white-id', 'footprint-zendesk-id-plain', 'the white colour on the Zendesk id')
twin('outlook-calibri-html', 'duvet-zip-outlook-text', 'the Outlook HTML part (plain text only)', fmt='text', sig=SIG_OLK_UK)
twin('obf-white-phone', 'bowl-logged-no-hidden', 'the hidden phone number')
twin('obf-hidden-email', 'colour-mixup-no-hidden', 'the hidden e-mail address')
twin('obf-fontsize0-whatsapp', 'app-crash-no-hidden', 'the font-size:0 text')
twin('obf-alt-text-domain', 'replacement-alt-shopname', 'the domain in the alt text', hx='\n<p><img src="cid:hb-logo@hollowbrook" alt="Hollowbrook Home" width="160" height="40"></p>',
     inline=[('hb-logo.png', 'png', None, None, 'hb-logo@hollowbrook')])
twin('de-impressum-signatur', 'de-ersatzakku-signatur-ohne-kontakt', 'Website, E-Mail und Telefon in der Signatur', sig=SIG_WERK)
twin('de-outlook-calibri', 'de-rollwagen-outlook-text', 'den Outlook-HTML-Teil', fmt='text', sig=SIG_WERK)
twin('de-pixel', 'de-leuchtmittel-ohne-pixel', 'das Zählpixel')
twin('de-zip-rechnungen', 'de-rechnungen-pdf', 'das ZIP-Archiv', body="anbei die beiden Rechnungen als PDF.",
     att=[('Rechnung_WM-2025-0211.pdf', 'pdf'), ('Rechnung_WM-2025-0304.pdf', 'pdf')], sig=SIG_WERK)
twin('de-outlook-to-adresse', 'de-ladeschale-to-anzeigename', 'die Adresse in der An:-Zeile', sig=SIG_WERK)
twin('es-outlook-calibri', 'es-tornillo-outlook-texto', 'la parte HTML de Outlook', fmt='text', sig=SIG_TEC)
twin('it-annulla-iscrizione', 'it-rimborso-senza-footer', 'il link di disiscrizione')
twin('it-testo-colorato', 'it-kit-spedito-senza-stile', 'il testo centrato e colorato')
twin('fr-signature-site', 'fr-support-signature-simple', 'le site dans la signature')
twin('ja-site-signature', 'ja-return-plain-signature', '署名のURL')
twin('nl-website-handtekening', 'nl-houder-zonder-website', 'de website in de handtekening')

# ---------------------------------------------------------------- more compliant hard negatives
add('digital-order-id', 'lumen', '', 'a digital order id (D01-...) mentioned next to the real order id; compliant',
    "The cloud plan is billed as a separate digital order on your account (it starts with D01-, for example D01-4471203-5582910), so it won't show under the camera order. Cancelling the plan doesn't affect the cameras.",
    buyer="I can't find the cloud subscription in my orders.")
add('important-buyer-quoted', 'ridge', '', 'buyer\'s own subject contains "important"; reply subject has no [Important] tag; compliant',
    "No problem - I've changed the delivery to the UPS Access Point you mentioned. It'll be there from Wednesday.",
    buyer="IMPORTANT: please don't deliver to my house, I'm away. Can it go to the UPS store on 5th Ave?")
add('helpscout-feedback-explain', 'nimbus', '', 'explains how Amazon feedback works when the buyer asks; no request; compliant',
    "Good question! Seller feedback is about us (shipping, communication), while a product review is about the desk itself. You'll find both under Your Orders on Amazon. There's no obligation to leave either.",
    buyer="What's the difference between feedback and a review? Amazon keeps emailing me.")
add('copper-return-label-pdf', 'copper', '', 'return label PDF attached, street address; compliant',
    "I've attached a prepaid return label. Please print it and tape it over the old label; the package goes back to Copperleaf Returns, 88 Commerce Dr, Columbus, OH 43219.",
    buyer="I want to return the dutch oven, it's too heavy for me.", att=[('return-label-CL-55120.pdf', 'pdf', None, 'Return label')])
add('north-spoke-tension', 'north', '', 'numbers that look like phone numbers (spoke tension, part numbers 1-800-style sizes); compliant',
    "For that rim the recommended spoke tension is 100-120 kgf on the drive side. The replacement spokes are part no. 288-2-14 (288 mm, 2.0/1.8 mm butted), ten of them in the bag.",
    buyer="Which spokes do I need and how tight?")
add('marlow-amazon-review-link-reply', 'marlow', '', 'buyer asks where to review; seller answers with the Amazon review link once (single request); compliant',
    "That's kind of you! You can leave it here: https://www.amazon.co.uk/review/create-review?asin={asin}",
    buyer="Where do I leave a review? Want to say how helpful you were.", req=True)
add('bluegum-afterpay', 'bluegum', '', 'payment and refund timing with Afterpay named; compliant',
    "Refunds to Afterpay instalments usually show within 3-5 business days, and any instalments already paid are credited back first.",
    buyer="I paid with Afterpay, how does the refund work?")
add('pine-vet-advice', 'pine', '', 'mentions a vet and a feeding schedule; no external contact; compliant',
    "The slow feeder is safe for puppies from 8 weeks. If your pup is gulping so fast he's coughing, it's worth mentioning to your vet at the next visit, but the maze bowl usually slows them down to 5-10 minutes a meal.",
    buyer="Is the slow feeder OK for a 10 week old puppy?")
add('saffron-festival-delay', 'saffron', '', 'delay explanation with dates and holidays; compliant',
    "Due to the Holi holidays our courier partner is closed on 13 and 14 March. Your parcel will be picked up on 15 March and should reach you by 19 March.",
    buyer="Why has my order not shipped yet?")
add('de-liefertermin-antwort', 'licht', '', 'Antwort mit Lieferfenster und Uhrzeiten; compliant',
    "die Spedition liefert am Dienstag zwischen 8:00 und 12:00 Uhr. Bitte stellen Sie sicher, dass jemand vor Ort ist; die Lieferung erfolgt bis zur Wohnungstür.",
    buyer="Wann genau kommt die Lieferung?")
add('de-geraet-app-feature', 'licht', '', 'App-Funktionen mit Alexa, WhatsApp-Freigabe als Produktfunktion; compliant (feature)',
    "die Außenleuchte selbst hat keine App. Sie können sie aber über einen handelsüblichen WLAN-Zwischenstecker mit Alexa schalten. Eine Freigabe per WhatsApp oder Telegram gibt es bei diesem Modell nicht.",
    buyer="Kann ich die Leuchte mit dem Handy steuern?")
add('fr-garantie-numero-serie', 'velo', '', 'numéro de série et garantie; compliant',
    "le numéro de série se trouve sous la lampe : VL-400-2311-0582. La garantie est de 2 ans à compter de la livraison.",
    buyer="Où est le numéro de série pour la garantie ?")
add('fr-remplacement-thunderbird', 'gaspard', '', 'réponse Thunderbird en texte brut (format=flowed); compliant',
    "nous vous envoyons un nouveau verre dès aujourd'hui. Inutile de renvoyer le verre ébréché.",
    buyer="Un verre est ébréché.", style='thunderbird', fmt='text')
add('es-manual-pdf', 'albaida', '', 'instrucciones de cuidado en PDF; compliant',
    "te adjuntamos las instrucciones de uso y cuidado. La fuente admite horno hasta 250 °C, pero no la llama directa.",
    buyer="¿Puedo usar la fuente en la vitrocerámica?", att=[('Cuidado_barro.pdf', 'pdf', None, 'Instrucciones')])
add('es-plazo-devolucion', 'tecno', '', 'plazo de devolución y dirección del almacén con código postal; compliant',
    "tienes 30 días desde la entrega para devolverlo. Usa la etiqueta de Amazon; el paquete llegará a nuestro almacén de Getafe (Madrid, 28906).",
    buyer="¿Cuánto tiempo tengo para devolverlo?", sig=SIG_TEC)
add('it-reso-amazon', 'brera', '', 'link alla pagina resi di Amazon (consentito); compliant',
    "puoi avviare il reso direttamente dalla pagina dei resi di Amazon: https://www.amazon.it/returns - il rimborso parte appena riceviamo la pompa.",
    buyer="Vorrei restituire la pompa.")
add('it-cura-pelle', 'lanzoni', '', 'consigli sulla cura della pelle; compliant',
    "per la pelle conciata al vegetale usa un panno morbido appena umido e una volta al mese un velo di crema neutra. Evita la pioggia battente nei primi giorni.",
    buyer="Come devo pulire la borsa?")
add('ja-delivery-time', 'sakura', '', '配達時間帯の指定; compliant',
    "再配達は明日の19時～21時でヤマト運輸に依頼いたしました。ご不在の場合は、不在票に記載の番号から再度ご依頼ください。",
    buyer="不在で受け取れませんでした。")
add('ja-manual-pdf', 'minato', '', '取扱説明書PDFを添付; compliant',
    "取扱説明書のPDFを添付いたしました。クラッチは1～20段階で調整できます。",
    buyer="説明書をなくしました。", att=[('MD-7_取扱説明書.pdf', 'pdf', None, 'Manual')])
add('ja-feedback-explain', 'minato', '', '評価とレビューの違いを説明（依頼なし）; compliant',
    "出品者の評価は発送や対応について、商品レビューは商品そのものについての評価です。どちらも任意ですので、ご投稿の義務はございません。",
    buyer="評価とレビューの違いは何ですか？")
add('nl-retour', 'dijk', '', 'retourinstructies via Amazon; compliant',
    "je kunt de tas retourneren via je Amazon-bestellingen. Zodra we hem ontvangen hebben, storten we het bedrag terug.",
    buyer="Ik wil de tas retourneren.")
add('pl-reklamacja', 'wrzos', '', 'reklamacja rozpatrzona, wysyłka nowej świecy; compliant',
    "bardzo przepraszamy za pęknięte szkło. Nowa świeca wyszła dziś, a uszkodzonej nie trzeba odsyłać.",
    buyer="Szkło świecy pękło w transporcie.")
add('sv-reklamation', 'fjall', '', 'reklamation, ny produkt skickad; compliant',
    "tråkigt att höra! Vi skickar ett nytt lock i dag, du behöver inte skicka tillbaka termosen.",
    buyer="Locket går inte att skruva på.")
add('pt-prazo-entrega', 'jatoba', '', 'prazo de entrega e CEP; compliant',
    "o pedido está com a transportadora e a entrega para o CEP 01310-100 está prevista até sexta-feira.",
    buyer="Quando chega meu pedido?")
add('en-iphone-short', 'tide', '', 'very short iPhone reply with quoted history; compliant',
    "Yes they're all machine washable at 30. Bex x",
    buyer="Can the merino be machine washed?", style='iphone', sig='')
add('en-zammad-english', 'kfuchs', '', 'English reply from a German shop using Zammad (Am ... schrieb quote in English body); compliant',
    "thank you for your message. The pepper mill can be adjusted from fine to coarse by turning the nut on the bottom clockwise.",
    buyer="How do I make the grind coarser?", lang='en', greet='Hello,', sig='Kind regards\n{ag}\nKüchenfuchs customer service')
add('en-osticket-reship', 'saffron', '', 'osTicket reply, reshipment with India Post tracking; compliant',
    "We have reshipped your cushion covers by India Post Speed Post, tracking EE123456789IN. Sorry for the trouble.",
    buyer="Received only 3 covers instead of 5.")
add('en-edesk-refund-vouchers', 'marlow', '', 'the word "voucher" used for a carrier compensation voucher, not tied to reviews; compliant',
    "DPD have confirmed the parcel was damaged in their depot. I've refunded you in full today; DPD may also send you their own apology voucher, which is between you and them.",
    buyer="Box arrived crushed, turntable lid cracked.")
add('en-freshdesk-pet-sizes', 'pine', '', 'Freshdesk HTML reply with a measurement table in text; compliant',
    "Measure your dog from nose to tail base and add 15 cm:\nS: up to 60 cm\nM: 60-80 cm\nL: 80-100 cm\nXL: over 100 cm\nAt 92 cm your Lab is a Large.",
    buyer="What size for my Labrador?", nooid=True, topic='Product details inquiry')
add('en-gorgias-dishwasher', 'copper', '', 'Gorgias HTML reply; compliant',
    "The enamel is dishwasher-safe, but the stainless knob can dull over time. Hand-washing with warm soapy water will keep it shiny.",
    buyer="Can the dutch oven go in the dishwasher?")
add('en-helpscout-height-range', 'nimbus', '', 'Help Scout HTML, no tracking; compliant',
    "The height range is 62-127 cm without a desktop, so with a 2.5 cm top you'll get 64.5-129.5 cm. That suits people from about 155 cm to 200 cm tall.",
    buyer="I'm 6'4\", will the desk go high enough?")

# ================================================================ write + self-check
RELAY_RE = re.compile(r'^[a-z0-9._-]+(\+[a-z0-9-]+)?@(m\.)?marketplace\.amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|ie|co\.za|eg|com\.tr|sa|ae|in|sg|com\.au|co\.jp)$', re.I)
OID_RE = re.compile(r'(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])')
URL_RE = re.compile(r'(?:https?|ftp)://[^\s"\'<>)\]]+', re.I)
DOM_RE = re.compile(r'(?<![\w@./-])(?:[a-z0-9-]+\.)+(?:com|co\.uk|de|fr|es|it|nl|pl|se|jp|co\.jp|ca|com\.au|in|com\.br|net|org|io|ly|shop|store|info|me|to|gl|be)(?![\w-])', re.I)
MAIL_RE = re.compile(r'(?<![\w:])[\w.+-]+@[\w-]+(?:\.[\w-]+)+')
ALLOWED_PATH = re.compile(r'^https://(www\.|sellercentral\.)?amazon\.[a-z.]+/(gp/(your-account|css|help|communication-manager)|review/|returns|hz/feedback|messaging/|notifications/)', re.I)
FICTION_PHONE = ['07700', '555-01', '555 01', '555-0', '020 7946', '66969', '06 39 98', '0491 570', '5555-01', '555 0']
EMOJI_RE = re.compile('[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55]')
OKEXT = {'pdf', 'jpg', 'jpeg', 'png', 'gif', 'txt', 'doc', 'docx'}

def visible(html):
    h = re.sub(r'(?is)<(style|head)[^>]*>.*?</\1>', ' ', html)
    return re.sub(r'<[^>]+>', ' ', h)

def decoded_parts(msg):
    texts, atts = [], []
    for p in msg.walk():
        if p.is_multipart(): continue
        fn = p.get_filename()
        if fn or p.get_content_disposition() in ('attachment', 'inline') and p.get_content_maintype() != 'text':
            atts.append((fn or '', p.get_content_type(), p.get_payload(decode=True)))
        else:
            texts.append((p.get_content_type(), p.get_content()))
    return texts, atts

def check_compliant(sp, msg, texts, atts, errs):
    s = sp['slug']; ok = set(sp.get('ok', ()))
    subj = str(msg['Subject'])
    blob = subj + '\n'
    for ct, t in texts:
        if ct == 'text/html':
            blob += visible(t) + '\n' + ' '.join(re.findall(r'(?:href|src|alt)\s*=\s*"([^"]*)"', t, re.I)) + '\n'
            for bad in ('font-family', 'color:', 'text-align', '<center', 'display:none', 'font-size:0', 'src="http:'):
                if bad in t.split('</style>')[-1].replace(' ', '').lower().replace('display:none', 'display:none'):
                    errs.append('%s: compliant html has %s' % (s, bad))
            if '<style' in t.lower(): errs.append('%s: compliant html has a style block' % s)
            if len(set(re.findall(r'font-size:\s*([\d.]+\w+)', t))) > 3: errs.append('%s: >3 font sizes' % s)
        else:
            blob += t + '\n'
            if re.search(r'\n(?:[ \t]*\n){3,}', t): errs.append('%s: blank-line run' % s)
    for u in URL_RE.findall(blob):
        if not ALLOWED_PATH.match(u): errs.append('%s: compliant message has URL %s' % (s, u))
    for d in DOM_RE.findall(blob):
        dl = d.lower()
        if re.match(r'^(www\.|sellercentral\.)?amazon\.', dl) or dl in ok: continue
        if re.search(r'[\w.-]*' + re.escape(d) + r'[\w.-]*@', blob): continue
        errs.append('%s: compliant message has domain %s' % (s, d))
    for a in MAIL_RE.findall(blob):
        if not RELAY_RE.match(a): errs.append('%s: compliant message has address %s' % (s, a))
    for f in FICTION_PHONE:
        if f in blob: errs.append('%s: compliant message has phone-like %s' % (s, f))
    if EMOJI_RE.search(blob): errs.append('%s: emoji in compliant message' % s)
    if msg['List-Unsubscribe']: errs.append('%s: List-Unsubscribe on compliant' % s)
    if '[important]' in subj.lower() and '[important]' not in sp['note'].lower(): errs.append('%s: unexpected [Important]' % s)
    for w in ('whatsapp', 'telegram', 'instagram', 'facebook', 'skype', 'wechat'):
        if w in blob.lower() and 'feature' not in sp['note'] and 'declines' not in sp['note']:
            errs.append('%s: compliant message mentions %s' % (s, w))
    if len(atts) > 5: errs.append('%s: more than 5 parts' % s)
    if sum(len(a[2]) for a in atts) > 10 * 1024 * 1024: errs.append('%s: too big' % s)
    magic = {'pdf': b'%PDF', 'png': b'\x89PNG', 'jpg': b'\xff\xd8\xff', 'jpeg': b'\xff\xd8\xff', 'gif': b'GIF8', 'docx': b'PK'}
    for fn, ct, data in atts:
        ext = fn.rsplit('.', 1)[-1].lower()
        if ext not in OKEXT: errs.append('%s: attachment type %s' % (s, fn))
        if ext in magic and not data.startswith(magic[ext]): errs.append('%s: attachment content mismatch %s' % (s, fn))

def main():
    out = os.path.join(HERE, 'msgs')
    shutil.rmtree(out, ignore_errors=True); os.makedirs(out)
    built = [build(i, sp) for i, sp in enumerate(SPECS)]
    slugs = [sp['slug'] for sp in SPECS]
    assert len(set(slugs)) == len(slugs), 'duplicate slug'
    order = list(range(len(SPECS))); random.Random(4711).shuffle(order)
    groups = {}
    for pos, k in enumerate(order):
        if SPECS[k].get('pair'): groups.setdefault(SPECS[k]['pair'], []).append(pos)
    for p, poss in groups.items():
        ks = sorted((order[x] for x in poss), key=lambda k: (SPECS[k].get('seq', 0), k))
        for x, k in zip(sorted(poss), ks): order[x] = k
    errs, labels, rows = [], [], []
    ledger = set()
    oid_owner = {}
    for n, k in enumerate(order, 1):
        sp = SPECS[k]; raw, info = built[k]
        fn = 'msgs/%04d-%s.eml' % (n, sp['slug'])
        with open(os.path.join(HERE, fn), 'wb') as f: f.write(raw)
        lab = dict(file=fn, categories=sp['cats'], lang=info['lang'], kind=sp['kind'], note=sp['note'])
        labels.append(lab)
        s = sp['slug']
        # --- parse without defects
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for p in msg.walk():
            if p.defects: errs.append('%s: MIME defects %s' % (s, p.defects))
            for hk in p.keys():
                if getattr(p[hk], 'defects', None): errs.append('%s: header defect %s %s' % (s, hk, p[hk].defects))
        if any(len(l) > 998 for l in raw.split(b'\n')): errs.append('%s: line > 998' % s)
        texts, atts = decoded_parts(msg)
        subj = str(msg['Subject'])
        alltext = subj + '\n' + '\n'.join(t for _, t in texts)
        # --- kind
        is_reply = bool(msg['In-Reply-To'] or msg['References'] or re.match(r'^\s*(\[[^\]]*\]\s*)?(re|aw|r|sv|odp|antw)\s?:', subj, re.I))
        if is_reply != (sp['kind'] == 'reply'): errs.append('%s: kind mismatch' % s)
        if sp['kind'] == 'reply' and any(c in sp['cats'] for c in ('missing_order_id', 'unpermitted_proactive')): errs.append('%s: proactive-only label on reply' % s)
        # --- recipients
        to = email.utils.getaddresses([str(msg['To'])])[0][1]
        if not RELAY_RE.match(to): errs.append('%s: To is not a relay address %s' % (s, to))
        # --- order ids
        found = set(OID_RE.findall(alltext))
        if sp['kind'] == 'proactive':
            if ('missing_order_id' in sp['cats']) == bool(found): errs.append('%s: missing_order_id label vs text (%s)' % (s, found))
        if found - {info['oid']}: errs.append('%s: foreign order id %s' % (s, found - {info['oid']}))
        if found:
            grp = sp.get('pair') or s
            if oid_owner.setdefault(info['oid'], grp) != grp: errs.append('%s: order id shared outside a pair' % s)
        # --- repeat-request ledger (file order)
        if sp.get('req'):
            rep = info['oid'] in ledger
            if rep != ('repeat_request' in sp['cats']): errs.append('%s: ledger says repeat=%s' % (s, rep))
            if set(sp['cats']) <= {'tracking_pixel'}:  # relayed (only a rewritten finding) -> enters the ledger
                ledger.add(info['oid'])
        elif 'repeat_request' in sp['cats']: errs.append('%s: repeat_request without req' % s)
        # --- label sanity
        if 'obfuscated' in sp['note'] and not sp['cats']: errs.append('%s: obfuscated but compliant' % s)
        if sp['cats'] and sp['note'].startswith('obfuscated') is False and 'obfuscated' in sp['note']: errs.append('%s: obfuscated note must start with it' % s)
        if not sp['cats']:
            check_compliant(sp, msg, texts, atts, errs)
            if 'compliant' not in sp['note']: errs.append('%s: compliant note should say so' % s)
        if info['st'] == 'outlook' and info['fmt'] != 'text':
            if 'styling' not in sp['cats']: errs.append('%s: Outlook HTML without styling label' % s)
        rows.append((sp, info, msg, raw, atts))
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for lab in labels: f.write(json.dumps(lab, ensure_ascii=False) + '\n')
    for e in errs: print('CHECK FAILED:', e)
    stats(rows)
    if errs:
        print('%d check failures' % len(errs)); sys.exit(1)
    print('all self-checks passed')

def stats(rows):
    from collections import Counter
    N = len(rows); comp = sum(1 for r in rows if not r[0]['cats'])
    obf = sum(1 for r in rows if r[0]['note'].startswith('obfuscated'))
    rep = sum(1 for r in rows if r[0]['kind'] == 'reply')
    print('\n| messages | compliant | violating | obfuscated | replies | proactive |\n|---|---|---|---|---|---|')
    print('| %d | %d (%d%%) | %d | %d | %d | %d |' % (N, comp, round(100 * comp / N), N - comp, obf, rep, N - rep))
    print('\n| lang | messages | compliant | violating | replies | proactive |\n|---|---|---|---|---|---|')
    lc = Counter(r[1]['lang'] for r in rows)
    for l, c in lc.most_common():
        rr = [r for r in rows if r[1]['lang'] == l]
        print('| %s | %d | %d | %d | %d | %d |' % (l, c, sum(1 for r in rr if not r[0]['cats']), sum(1 for r in rr if r[0]['cats']),
                                                 sum(1 for r in rr if r[0]['kind'] == 'reply'), sum(1 for r in rr if r[0]['kind'] == 'proactive')))
    print('\n| category | messages | only label | obfuscated | languages |\n|---|---|---|---|---|')
    for c in CATS:
        rr = [r for r in rows if c in r[0]['cats']]
        langs = Counter(r[1]['lang'] for r in rr)
        print('| %s | %d | %d | %d | %s |' % (c, len(rr), sum(1 for r in rr if r[0]['cats'] == [c]),
                                           sum(1 for r in rr if r[0]['note'].startswith('obfuscated')), ', '.join('%s %d' % kv for kv in langs.most_common())))
    nl = Counter(len(r[0]['cats']) for r in rows if r[0]['cats'])
    print('\nlabels per violating message:', ', '.join('%d: %d' % kv for kv in sorted(nl.items())))
    top = Counter(r[2].get_content_type() for r in rows)
    print('top-level types:', ', '.join('%s %d' % kv for kv in top.most_common()))
    cs = Counter(); cte = Counter(); st = Counter(r[1]['st'] for r in rows if r[0]['kind'] == 'reply')
    for r in rows:
        for p in r[2].walk():
            if p.get_content_maintype() == 'text' and not p.get_filename():
                cs[p.get_content_charset()] += 1; cte[str(p.get('Content-Transfer-Encoding', '7bit')).lower()] += 1
    print('text charsets (parts):', ', '.join('%s %d' % kv for kv in cs.most_common()))
    print('transfer encodings (text parts):', ', '.join('%s %d' % kv for kv in cte.most_common()))
    print('reply quoting styles:', ', '.join('%s %d' % kv for kv in st.most_common()))
    print('messages with attachments: %d; with inline images: %d; CRLF: %d; total bytes: %d' % (
        sum(1 for r in rows if r[0].get('att')), sum(1 for r in rows if r[0].get('inline')), sum(1 for r in rows if b'\r\n' in r[3]), sum(len(r[3]) for r in rows)))
    print('repeat_request labels: %d; review/feedback requests: %d' % (sum(1 for r in rows if 'repeat_request' in r[0]['cats']), sum(1 for r in rows if r[0].get('req'))))

if __name__ == '__main__':
    main()
