#!/usr/bin/env python3
"""Generate corpora/heldout17: AI-drafted, human-edited helpdesk replies to Amazon buyers.

Python 3.11, standard library only, fixed seeds, byte-identical output on every run.
Writes msgs/NNNN-<lang>-<re|pro>-<topic>.eml, labels.jsonl and README.md, then self-checks.
"""
import base64, email, email.policy, hashlib, html, io, json, os, quopri, random, re, struct, sys, zipfile, zlib
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = ["external_link", "contact_email", "contact_phone", "contact_other", "review_incentive",
        "review_manipulation", "feedback_removal", "repeat_request", "marketing", "opt_out",
        "tracking_pixel", "attachment", "styling", "offensive", "important_tag",
        "missing_order_id", "unpermitted_proactive"]
WORDING = ["review_incentive", "review_manipulation", "feedback_removal", "repeat_request",
           "marketing", "offensive", "unpermitted_proactive"]
LANGS = ["en", "de", "fr", "es", "it", "ja", "nl", "pl", "sv", "pt"]

def h32(s):
    return int(hashlib.sha256(s.encode()).hexdigest()[:12], 16)

# ---------------------------------------------------------------- sellers
SELLERS = {
    "nutri": dict(name="PeakForm Nutrition", dom="peakform-nutrition.com", desk="Gorgias AI",
                  products=[("PeakForm Whey Isolate 2 kg - Vanilla", "B0C7KX2M4Q"),
                            ("PeakForm Electrolyte Tabs 3 x 20", "B0BZT91LWE"),
                            ("PeakForm Creatine Monohydrate 500 g", "B09QF3T6NR")],
                  ja=["ピークフォーム ホエイアイソレート 2kg バニラ", "ピークフォーム 電解質タブレット 3本セット", "ピークフォーム クレアチン 500g"]),
    "baby": dict(name="Nestling & Co", dom="nestlingandco.com", desk="Zendesk AI",
                 products=[("Nestling Bottle Warmer BW-2", "B0B8HN4T2V"),
                           ("Nestling Organic Muslin Swaddles 3-Pack", "B0CJ6P1RZD"),
                           ("Nestling Foldable Travel Cot Lite", "B0D2QW8E5K")],
                 ja=["ネストリング 哺乳瓶ウォーマー BW-2", "ネストリング オーガニック モスリン おくるみ 3枚組", "ネストリング 折りたたみ トラベルベビーベッド"]),
    "car": dict(name="Autovia Gear", dom="autovia-gear.com", desk="Freshdesk Freddy",
                products=[("Autovia 65W Dual USB-C Car Charger", "B0BR5YH7KM"),
                          ("Autovia Magnetic Dash Mount MX3", "B0C1L2GZ9P"),
                          ("Autovia All-Weather Floor Mats (4 pcs)", "B0CX3V6N8T")],
                ja=["オートビア 65W デュアルUSB-C カーチャージャー", "オートビア マグネット式 ダッシュボードマウント MX3", "オートビア 全天候型 フロアマット 4枚"]),
    "kitchen": dict(name="Kupferhaus Kitchenware", dom="kupferhaus-kitchen.de", desk="eDesk AI",
                    products=[("Kupferhaus Enamelled Cast Iron Casserole 24 cm", "B0B6MJ3Q1X"),
                              ("Kupferhaus Chef Knife 20 cm VG10", "B0C9T4ZR7L"),
                              ("Kupferhaus Copper Saucepan 16 cm", "B0D5KE2W8H")],
                    ja=["クプファーハウス ホーロー 鋳鉄キャセロール 24cm", "クプファーハウス 牛刀 20cm VG10", "クプファーハウス 銅製片手鍋 16cm"]),
    "jewel": dict(name="Lumen & Lark", dom="lumenandlark.co.uk", desk="Intercom Fin",
                  products=[("Lumen & Lark Sterling Silver Star Pendant 45 cm", "B0C4RS8N2F"),
                            ("Lumen & Lark Engravable Bar Bracelet", "B0BWK7D3QM"),
                            ("Lumen & Lark Freshwater Pearl Studs", "B0D1XH6P4J")],
                  ja=["ルーメン&ラーク スターリングシルバー 星ペンダント 45cm", "ルーメン&ラーク 刻印できるバーブレスレット", "ルーメン&ラーク 淡水パールピアス"]),
    "garden": dict(name="Terrazza Outdoor", dom="terrazza-outdoor.com", desk="Zendesk AI",
                   products=[("Terrazza Acacia Garden Bench 150 cm", "B0CH2T9W5R"),
                             ("Terrazza Rattan Lounge Set 4-piece", "B0BN7F4K1Y"),
                             ("Terrazza Parasol 3 m with Crank", "B0D8P3M6QZ")],
                   ja=["テラッツァ アカシア ガーデンベンチ 150cm", "テラッツァ ラタン ラウンジセット 4点", "テラッツァ パラソル 3m ハンドル付き"]),
}
SELLER_ORDER = list(SELLERS)

AGENTS = {
    "en": ["Megan", "Tom", "Priya", "Callum", "Dana", "Josh"],
    "de": ["Jana", "Lukas", "Steffi", "Murat", "Katrin", "Felix"],
    "fr": ["Camille", "Julien", "Inès", "Thomas", "Léa", "Karim"],
    "es": ["Lucía", "Javier", "Marta", "Álvaro", "Nerea", "Diego"],
    "it": ["Giulia", "Marco", "Federica", "Luca", "Chiara", "Davide"],
    "ja": ["佐藤", "高橋", "田中", "伊藤", "渡辺", "山本"],
    "nl": ["Sanne", "Bram", "Femke", "Joris", "Lotte", "Daan"],
    "pl": ["Kasia", "Tomek", "Agnieszka", "Piotr", "Ola", "Marcin"],
    "sv": ["Elin", "Oskar", "Maja", "Viktor", "Sara", "Johan"],
    "pt": ["Ana", "Rafael", "Beatriz", "Thiago", "Larissa", "Bruno"],
}
BUYERS = {
    "en": ["Sarah", "Kevin", "Aisha", "Liam", "Joanne", "Marcus", "Heather", "Ravi", "Emma", "Gareth", "Nicole", "Owen"],
    "de": ["Sabine", "Jürgen", "Anja", "Mehmet", "Birgit", "Torsten", "Nadine", "Uwe"],
    "fr": ["Sophie", "Mathieu", "Nadia", "Olivier", "Élodie", "Pascal", "Manon", "Yann"],
    "es": ["Carmen", "Pablo", "Rocío", "Sergio", "Inma", "Raúl", "Ainhoa", "Jorge"],
    "it": ["Francesca", "Alessandro", "Silvia", "Matteo", "Paola", "Stefano", "Elena", "Gianni"],
    "ja": ["鈴木", "中村", "小林", "加藤", "吉田", "山田", "松本", "井上"],
    "nl": ["Ingrid", "Pieter", "Marloes", "Sven", "Anouk", "Ruud", "Esther", "Wouter"],
    "pl": ["Magda", "Krzysztof", "Ewa", "Paweł", "Joanna", "Michał", "Beata", "Adam"],
    "sv": ["Karin", "Anders", "Linnea", "Mikael", "Ida", "Fredrik", "Emma", "Nils"],
    "pt": ["Juliana", "Rodrigo", "Camila", "Felipe", "Patrícia", "Gustavo", "Fernanda", "Lucas"],
}
TLD = {"en": ["co.uk", "com", "co.uk", "com", "ca", "com.au", "ie"], "de": ["de"], "fr": ["fr", "fr", "com.be"],
       "es": ["es", "es", "com.mx"], "it": ["it"], "ja": ["co.jp"], "nl": ["nl", "nl", "com.be"], "pl": ["pl"],
       "sv": ["se"], "pt": ["com.br"]}
PREFIX = {"co.uk": "026", "com": "114", "ca": "702", "com.au": "503", "ie": "407", "de": "303", "fr": "171",
          "com.be": "405", "es": "406", "com.mx": "701", "it": "404", "co.jp": "249", "nl": "408", "pl": "409",
          "se": "403", "com.br": "701"}

# ---------------------------------------------------------------- localisation
# Amazon notification boilerplate (quoted under replies), greetings, AI-draft formulae.
L = {
 "en": dict(
    msg="------------- Message: -------------", end="------------- End message -------------",
    order="Order ID {oid}:", item="1 x {product} [ASIN: {asin}]",
    fyi="For your information: to help arbitrate disputes and preserve trust and safety, we retain all messages buyers and sellers send through Amazon.",
    respond="Respond to this message in Seller Central:", helpful="Was this email helpful?", yes="Yes", no="No",
    footer="Copyright 2026 Amazon.com, Inc. or its affiliates. All rights reserved.",
    subj="{topic} inquiry from Amazon customer {buyer} (Order: {oid})", re="Re: ",
    topics=["Order delivery", "Return policy", "Product details", "Order information", "Shipping"],
    wrote="On {date}, {buyer} - Amazon Marketplace <{relay}> wrote:",
    ol=("From", "Sent", "To", "Subject"), sent_date="{wd}, {d} {mon} 2026 {hm}",
    hi=["Hi {buyer},", "Hello {buyer},", "Dear {buyer},", "Hi there {buyer},"],
    bye=["Kind regards,", "Best wishes,", "Many thanks,", "All the best,"],
    team="{seller} Customer Care",
    aio=["Thank you so much for reaching out to us, and I completely understand how important it is to have everything sorted quickly.",
         "Thank you for contacting {seller}! I'm really sorry to hear about the trouble with your {product}, and I truly appreciate you taking the time to let us know.",
         "I appreciate you getting in touch regarding your recent order. I want to assure you that we take every message seriously and I'm happy to look into this for you.",
         "Thank you for your message and for choosing {seller}. I understand that this situation may be frustrating, and I'm here to provide you with all the information you need.",
         "Thanks a lot for your patience while we looked into your request. I've reviewed the details of your order carefully so that I can give you a complete answer."],
    aic=["If there is anything else I can assist you with, please don't hesitate to reply to this message. We're always happy to help!",
         "Thank you again for your patience and understanding. Wishing you a wonderful rest of your day!",
         "Should you have any further questions, simply reply to this email and a member of our team will get back to you as soon as possible.",
         "We truly value you as a customer and appreciate the opportunity to assist you. Have a great day!"],
    aifoot=["(This reply was drafted with AI assistance and checked by our customer care team.)", ""],
 ),
 "de": dict(
    msg="------------- Nachricht: -------------", end="------------- Ende der Nachricht -------------",
    order="Bestellnummer {oid}:", item="1 x {product} [ASIN: {asin}]",
    fyi="Zu Ihrer Information: Um bei Streitigkeiten vermitteln zu können, speichern wir alle Nachrichten, die Käufer und Verkäufer über Amazon senden.",
    respond="Auf diese Nachricht in Seller Central antworten:", helpful="War diese E-Mail hilfreich?", yes="Ja", no="Nein",
    footer="Copyright 2026 Amazon EU S.à r.l. oder Tochtergesellschaften. Alle Rechte vorbehalten. 38 avenue John F. Kennedy, L-1855 Luxemburg.",
    subj="Anfrage zu {topic} von Amazon-Kunde {buyer} (Bestellung: {oid})", re="AW: ",
    topics=["Lieferung", "Rücksendung", "Produktdetails", "Bestellinformationen", "Versand"],
    wrote="Am {date} schrieb {buyer} - Amazon Marketplace <{relay}>:",
    ol=("Von", "Gesendet", "An", "Betreff"), sent_date="{wd}, {d}. {mon} 2026 {hm}",
    hi=["Hallo {buyer},", "Guten Tag {buyer},", "Liebe/r {buyer},", "Sehr geehrte/r {buyer},"],
    bye=["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "Herzliche Grüße"],
    team="Ihr Kundenservice von {seller}",
    aio=["vielen herzlichen Dank für Ihre Nachricht. Ich verstehe sehr gut, wie wichtig es Ihnen ist, dass alles reibungslos klappt.",
         "danke, dass Sie sich an {seller} gewandt haben! Es tut mir wirklich leid, dass es mit Ihrem {product} Probleme gibt, und ich schätze es sehr, dass Sie uns Bescheid geben.",
         "vielen Dank für Ihre Anfrage zu Ihrer Bestellung. Ich möchte Ihnen versichern, dass wir jedes Anliegen ernst nehmen und uns gern darum kümmern.",
         "herzlichen Dank für Ihre Geduld, während wir uns Ihr Anliegen angesehen haben. Ich habe alle Details Ihrer Bestellung sorgfältig geprüft."],
    aic=["Wenn wir Ihnen darüber hinaus behilflich sein können, antworten Sie einfach auf diese Nachricht. Wir helfen Ihnen jederzeit gern weiter!",
         "Nochmals vielen Dank für Ihr Verständnis und Ihre Geduld. Wir wünschen Ihnen einen wunderschönen Tag!",
         "Bei weiteren Fragen antworten Sie bitte direkt auf diese E-Mail, wir melden uns so schnell wie möglich."],
    aifoot=["(Diese Antwort wurde mit KI-Unterstützung erstellt und von unserem Team geprüft.)", ""],
 ),
 "fr": dict(
    msg="------------- Message : -------------", end="------------- Fin du message -------------",
    order="N° de commande {oid} :", item="1 x {product} [ASIN : {asin}]",
    fyi="Pour votre information : afin de pouvoir arbitrer les litiges, nous conservons tous les messages échangés entre acheteurs et vendeurs via Amazon.",
    respond="Répondre à ce message dans Seller Central :", helpful="Cet e-mail vous a-t-il été utile ?", yes="Oui", no="Non",
    footer="Copyright 2026 Amazon EU S.à r.l. ou ses filiales. Tous droits réservés. 38 avenue John F. Kennedy, L-1855 Luxembourg.",
    subj="Demande de renseignements ({topic}) de la part du client Amazon {buyer} (Commande : {oid})", re="RE: ",
    topics=["livraison", "retour", "détails du produit", "informations de commande", "expédition"],
    wrote="Le {date}, {buyer} - Amazon Marketplace <{relay}> a écrit :",
    ol=("De", "Envoyé", "À", "Objet"), sent_date="{wd} {d} {mon} 2026 {hm}",
    hi=["Bonjour {buyer},", "Chère/Cher {buyer},", "Bonjour {buyer},"],
    bye=["Bien cordialement,", "Cordialement,", "Belle journée,"],
    team="Le service client {seller}",
    aio=["Merci infiniment de nous avoir contactés. Je comprends tout à fait à quel point il est important pour vous que tout se passe sans encombre.",
         "Merci d'avoir écrit à {seller} ! Je suis sincèrement désolé(e) d'apprendre que vous rencontrez un souci avec votre {product}, et je vous remercie d'avoir pris le temps de nous en informer.",
         "Je vous remercie pour votre message concernant votre commande. Soyez assuré(e) que nous prenons chaque demande très au sérieux.",
         "Merci pour votre patience pendant que nous examinions votre demande. J'ai vérifié attentivement tous les détails de votre commande."],
    aic=["Si nous pouvons vous aider pour quoi que ce soit d'autre, il vous suffit de répondre à ce message. Nous restons à votre entière disposition !",
         "Encore merci pour votre compréhension et votre patience. Nous vous souhaitons une excellente journée !",
         "Pour toute autre question, répondez simplement à cet e-mail et un membre de notre équipe reviendra vers vous dans les meilleurs délais."],
    aifoot=["(Réponse rédigée avec l'aide de l'IA et relue par notre équipe.)", ""],
 ),
 "es": dict(
    msg="------------- Mensaje: -------------", end="------------- Finalizar mensaje -------------",
    order="N.º de pedido {oid}:", item="1 x {product} [ASIN: {asin}]",
    fyi="Para tu información: para ayudar a resolver disputas, conservamos todos los mensajes que compradores y vendedores se envían a través de Amazon.",
    respond="Responder a este mensaje en Seller Central:", helpful="¿Te ha resultado útil este correo electrónico?", yes="Sí", no="No",
    footer="Copyright 2026 Amazon EU S.à r.l. o sus afiliados. Todos los derechos reservados.",
    subj="Consulta sobre {topic} del cliente de Amazon {buyer} (Pedido: {oid})", re="RE: ",
    topics=["la entrega", "devoluciones", "detalles del producto", "el pedido", "el envío"],
    wrote="El {date}, {buyer} - Amazon Marketplace <{relay}> escribió:",
    ol=("De", "Enviado", "Para", "Asunto"), sent_date="{wd}, {d} de {mon} de 2026 {hm}",
    hi=["Hola, {buyer}:", "Estimado/a {buyer}:", "Hola {buyer},"],
    bye=["Un saludo,", "Atentamente,", "Saludos cordiales,"],
    team="Atención al cliente de {seller}",
    aio=["Muchísimas gracias por ponerte en contacto con nosotros. Entiendo perfectamente lo importante que es para ti que todo llegue en perfectas condiciones.",
         "¡Gracias por escribir a {seller}! Siento mucho que hayas tenido problemas con tu {product} y te agradezco de verdad que nos lo hayas comunicado.",
         "Te agradezco tu mensaje sobre tu pedido. Quiero asegurarte que tomamos muy en serio cada consulta y que estaré encantado/a de ayudarte.",
         "Gracias por tu paciencia mientras revisábamos tu solicitud. He comprobado con atención todos los detalles de tu pedido."],
    aic=["Si hay algo más en lo que podamos ayudarte, no dudes en responder a este mensaje. ¡Estamos siempre a tu disposición!",
         "Gracias de nuevo por tu comprensión y paciencia. ¡Que tengas un día estupendo!",
         "Si tienes cualquier otra pregunta, responde a este correo y un miembro del equipo te contestará lo antes posible."],
    aifoot=["(Respuesta redactada con ayuda de IA y revisada por nuestro equipo.)", ""],
 ),
 "it": dict(
    msg="------------- Messaggio: -------------", end="------------- Fine del messaggio -------------",
    order="Numero d'ordine {oid}:", item="1 x {product} [ASIN: {asin}]",
    fyi="Per tua informazione: per aiutare a risolvere eventuali controversie, conserviamo tutti i messaggi scambiati tra acquirenti e venditori tramite Amazon.",
    respond="Rispondi a questo messaggio in Seller Central:", helpful="Questa e-mail ti è stata utile?", yes="Sì", no="No",
    footer="Copyright 2026 Amazon EU S.à r.l. o società affiliate. Tutti i diritti riservati.",
    subj="Richiesta su {topic} dal cliente Amazon {buyer} (Ordine: {oid})", re="R: ",
    topics=["consegna", "reso", "dettagli prodotto", "informazioni ordine", "spedizione"],
    wrote="Il giorno {date} {buyer} - Amazon Marketplace <{relay}> ha scritto:",
    ol=("Da", "Inviato", "A", "Oggetto"), sent_date="{wd} {d} {mon} 2026 {hm}",
    hi=["Gentile {buyer},", "Ciao {buyer},", "Buongiorno {buyer},"],
    bye=["Cordiali saluti,", "Un caro saluto,", "Grazie e buona giornata,"],
    team="Servizio clienti {seller}",
    aio=["Grazie mille per averci contattato. Capisco perfettamente quanto sia importante per te che tutto vada per il meglio.",
         "Grazie per aver scritto a {seller}! Mi dispiace davvero per il problema con il tuo {product} e ti ringrazio per avercelo segnalato.",
         "Ti ringrazio per il tuo messaggio relativo al tuo ordine. Ti assicuro che prendiamo molto sul serio ogni richiesta.",
         "Grazie per la pazienza mentre verificavamo la tua richiesta. Ho controllato con attenzione tutti i dettagli del tuo ordine."],
    aic=["Se possiamo aiutarti in qualsiasi altro modo, rispondi pure a questo messaggio. Siamo sempre a tua disposizione!",
         "Grazie ancora per la comprensione e la pazienza. Ti auguriamo una splendida giornata!",
         "Per qualsiasi altra domanda, rispondi a questa e-mail e un membro del nostro team ti risponderà al più presto."],
    aifoot=["(Risposta redatta con l'aiuto dell'IA e verificata dal nostro team.)", ""],
 ),
 "ja": dict(
    msg="------------- メッセージ: -------------", end="------------- メッセージ終了 -------------",
    order="注文番号 {oid}:", item="1 x {product} [ASIN: {asin}]",
    fyi="ご参考: 紛争の仲裁および信頼と安全を守るため、Amazonは購入者と出品者の間で送信されたすべてのメッセージを保管しています。",
    respond="セラーセントラルでこのメッセージに返信する:", helpful="このEメールは役に立ちましたか?", yes="はい", no="いいえ",
    footer="Copyright 2026 Amazon.com, Inc. or its affiliates. All rights reserved. アマゾンジャパン合同会社",
    subj="Amazonのお客様{buyer}様からの{topic}に関するお問い合わせ（注文番号: {oid}）", re="Re: ",
    topics=["配送", "返品", "商品詳細", "注文内容", "発送"],
    wrote="{date} {buyer} - Amazon Marketplace <{relay}>:",
    ol=("差出人", "送信日時", "宛先", "件名"), sent_date="2026年{mo}月{d}日 {hm}",
    hi=["{buyer}様", "{buyer} 様", "{buyer}様\n\nいつもご利用いただきありがとうございます。"],
    bye=["よろしくお願いいたします。", "今後ともよろしくお願い申し上げます。", "何卒よろしくお願いいたします。"],
    team="{seller} カスタマーサポート",
    aio=["この度はお問い合わせいただき、誠にありがとうございます。ご不便をおかけしておりますこと、心よりお詫び申し上げます。",
         "{seller}へご連絡いただきありがとうございます。{product}の件でご迷惑をおかけし、大変申し訳ございません。",
         "ご注文に関するお問い合わせをいただき、ありがとうございます。お客様のご質問に丁寧にお答えできるよう、ご注文内容を確認いたしました。",
         "ご返信が遅くなり申し訳ございません。お客様のご注文の詳細を担当部署にて確認いたしました。"],
    aic=["その他ご不明な点がございましたら、このメッセージにご返信ください。引き続きどうぞよろしくお願いいたします。",
         "ご理解とご協力に心より感謝申し上げます。",
         "ほかにもお役に立てることがございましたら、お気軽にお申し付けください。"],
    aifoot=["（この返信はAIの支援を受けて作成し、担当者が確認しております。）", ""],
 ),
 "nl": dict(
    msg="------------- Bericht: -------------", end="------------- Einde bericht -------------",
    order="Bestelnummer {oid}:", item="1 x {product} [ASIN: {asin}]",
    fyi="Ter informatie: om geschillen te kunnen beoordelen, bewaren we alle berichten die kopers en verkopers via Amazon versturen.",
    respond="Beantwoord dit bericht in Seller Central:", helpful="Was deze e-mail nuttig?", yes="Ja", no="Nee",
    footer="Copyright 2026 Amazon EU S.à r.l. of gelieerde ondernemingen. Alle rechten voorbehouden.",
    subj="Vraag over {topic} van Amazon-klant {buyer} (Bestelling: {oid})", re="Re: ",
    topics=["levering", "retourneren", "productinformatie", "bestelling", "verzending"],
    wrote="Op {date} schreef {buyer} - Amazon Marketplace <{relay}>:",
    ol=("Van", "Verzonden", "Aan", "Onderwerp"), sent_date="{wd} {d} {mon} 2026 {hm}",
    hi=["Hallo {buyer},", "Beste {buyer},", "Goedendag {buyer},"],
    bye=["Met vriendelijke groet,", "Hartelijke groet,", "Groetjes,"],
    team="Klantenservice {seller}",
    aio=["Hartelijk dank dat u contact met ons opneemt. Ik begrijp heel goed hoe belangrijk het is dat alles vlot verloopt.",
         "Bedankt voor uw bericht aan {seller}! Het spijt me echt dat er iets mis is met uw {product}, en fijn dat u het ons laat weten.",
         "Dank u wel voor uw vraag over uw bestelling. Ik wil u verzekeren dat we elke vraag serieus nemen.",
         "Bedankt voor uw geduld terwijl wij uw verzoek bekeken. Ik heb alle gegevens van uw bestelling zorgvuldig nagekeken."],
    aic=["Kunnen we u nog ergens anders mee helpen? Beantwoord dan gewoon dit bericht. We helpen u graag verder!",
         "Nogmaals bedankt voor uw begrip en geduld. Nog een hele fijne dag!",
         "Heeft u nog vragen, reageer dan op deze e-mail en een collega neemt zo snel mogelijk contact met u op."],
    aifoot=["(Dit antwoord is met hulp van AI opgesteld en door ons team gecontroleerd.)", ""],
 ),
 "pl": dict(
    msg="------------- Wiadomość: -------------", end="------------- Koniec wiadomości -------------",
    order="Numer zamówienia {oid}:", item="1 x {product} [ASIN: {asin}]",
    fyi="Informacja: aby pomagać w rozstrzyganiu sporów, przechowujemy wszystkie wiadomości wysyłane przez kupujących i sprzedawców za pośrednictwem Amazon.",
    respond="Odpowiedz na tę wiadomość w Seller Central:", helpful="Czy ten e-mail był pomocny?", yes="Tak", no="Nie",
    footer="Copyright 2026 Amazon EU S.à r.l. lub podmioty powiązane. Wszelkie prawa zastrzeżone.",
    subj="Zapytanie dotyczące: {topic} od klienta Amazon {buyer} (Zamówienie: {oid})", re="Odp: ",
    topics=["dostawa", "zwrot", "szczegóły produktu", "informacje o zamówieniu", "wysyłka"],
    wrote="{date} {buyer} - Amazon Marketplace <{relay}> napisał(a):",
    ol=("Od", "Wysłane", "Do", "Temat"), sent_date="{wd}, {d} {mon} 2026 {hm}",
    hi=["Dzień dobry, {buyer},", "Witam serdecznie,", "Szanowna Pani / Szanowny Panie {buyer},"],
    bye=["Pozdrawiam serdecznie,", "Z wyrazami szacunku,", "Pozdrawiamy,"],
    team="Obsługa klienta {seller}",
    aio=["Bardzo dziękujemy za kontakt. Doskonale rozumiem, jak ważne jest dla Pani/Pana, aby wszystko przebiegło bez problemów.",
         "Dziękujemy za wiadomość do {seller}! Bardzo przykro mi z powodu problemu z produktem {product} i dziękuję, że nas Pani/Pan o tym poinformował(a).",
         "Dziękuję za wiadomość w sprawie zamówienia. Zapewniam, że każde zgłoszenie traktujemy bardzo poważnie.",
         "Dziękuję za cierpliwość w czasie, gdy sprawdzaliśmy zgłoszenie. Dokładnie przejrzałem/przejrzałam szczegóły zamówienia."],
    aic=["Jeśli możemy pomóc w czymkolwiek jeszcze, wystarczy odpowiedzieć na tę wiadomość. Zawsze chętnie pomożemy!",
         "Jeszcze raz dziękujemy za zrozumienie i cierpliwość. Życzymy miłego dnia!",
         "W razie dodatkowych pytań prosimy o odpowiedź na tego e-maila, a ktoś z zespołu odezwie się jak najszybciej."],
    aifoot=["(Odpowiedź przygotowana z pomocą AI i sprawdzona przez nasz zespół.)", ""],
 ),
 "sv": dict(
    msg="------------- Meddelande: -------------", end="------------- Slut på meddelandet -------------",
    order="Beställnings-ID {oid}:", item="1 x {product} [ASIN: {asin}]",
    fyi="För kännedom: för att kunna medla i tvister sparar vi alla meddelanden som köpare och säljare skickar via Amazon.",
    respond="Svara på det här meddelandet i Seller Central:", helpful="Var det här e-postmeddelandet till hjälp?", yes="Ja", no="Nej",
    footer="Copyright 2026 Amazon EU S.à r.l. eller dess dotterbolag. Med ensamrätt.",
    subj="Fråga om {topic} från Amazon-kunden {buyer} (Beställning: {oid})", re="SV: ",
    topics=["leverans", "retur", "produktinformation", "beställning", "frakt"],
    wrote="Den {date} skrev {buyer} - Amazon Marketplace <{relay}>:",
    ol=("Från", "Skickat", "Till", "Ämne"), sent_date="{d} {mon} 2026 {hm}",
    hi=["Hej {buyer},", "Hej {buyer}!", "Bästa {buyer},"],
    bye=["Vänliga hälsningar,", "Med vänlig hälsning,", "Ha det fint,"],
    team="Kundtjänst {seller}",
    aio=["Stort tack för att du hör av dig till oss. Jag förstår verkligen hur viktigt det är att allt fungerar smidigt.",
         "Tack för att du kontaktar {seller}! Jag är ledsen att höra att det blivit problem med din {product}, och tack för att du berättar det för oss.",
         "Tack för ditt meddelande om din beställning. Jag vill försäkra dig om att vi tar varje ärende på största allvar.",
         "Tack för ditt tålamod medan vi tittade på ditt ärende. Jag har gått igenom alla detaljer i din beställning noggrant."],
    aic=["Om det finns något mer vi kan hjälpa till med är det bara att svara på det här meddelandet. Vi hjälper gärna till!",
         "Tack igen för ditt tålamod och din förståelse. Ha en riktigt fin dag!",
         "Har du fler frågor, svara bara på detta mejl så återkommer någon i teamet så snart som möjligt."],
    aifoot=["(Svaret är skrivet med hjälp av AI och granskat av vårt team.)", ""],
 ),
 "pt": dict(
    msg="------------- Mensagem: -------------", end="------------- Encerrar mensagem -------------",
    order="Nº do pedido {oid}:", item="1 x {product} [ASIN: {asin}]",
    fyi="Para sua informação: para ajudar a resolver disputas, guardamos todas as mensagens trocadas entre compradores e vendedores pela Amazon.",
    respond="Responda a esta mensagem no Seller Central:", helpful="Este e-mail foi útil?", yes="Sim", no="Não",
    footer="Copyright 2026 Amazon.com, Inc. ou suas afiliadas. Todos os direitos reservados. Amazon Serviços de Varejo do Brasil Ltda.",
    subj="Pergunta sobre {topic} do cliente da Amazon {buyer} (Pedido: {oid})", re="RE: ",
    topics=["entrega", "devolução", "detalhes do produto", "pedido", "envio"],
    wrote="Em {date}, {buyer} - Amazon Marketplace <{relay}> escreveu:",
    ol=("De", "Enviado", "Para", "Assunto"), sent_date="{wd}, {d} de {mon} de 2026 {hm}",
    hi=["Olá, {buyer},", "Oi {buyer}, tudo bem?", "Prezado(a) {buyer},"],
    bye=["Atenciosamente,", "Abraços,", "Um abraço,"],
    team="Atendimento {seller}",
    aio=["Muito obrigado por entrar em contato conosco. Entendo perfeitamente como é importante para você que tudo dê certo.",
         "Obrigado por escrever para a {seller}! Sinto muito pelo problema com o seu {product} e agradeço muito por nos avisar.",
         "Agradeço a sua mensagem sobre o pedido. Quero garantir que levamos cada solicitação muito a sério.",
         "Obrigado pela paciência enquanto analisávamos a sua solicitação. Conferi com atenção todos os detalhes do seu pedido."],
    aic=["Se pudermos ajudar em mais alguma coisa, é só responder esta mensagem. Estamos sempre à disposição!",
         "Mais uma vez obrigado pela compreensão e paciência. Tenha um ótimo dia!",
         "Se tiver outras dúvidas, responda este e-mail e alguém da equipe retornará o mais rápido possível."],
    aifoot=["(Resposta redigida com apoio de IA e revisada pela nossa equipe.)", ""],
 ),
}
WD = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], "de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
      "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."], "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
      "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"], "ja": [""] * 7, "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
      "pl": ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."], "sv": [""] * 7, "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]}
MON = {"en": "Nov", "de": "Nov.", "fr": "nov.", "es": "noviembre", "it": "nov", "ja": "11", "nl": "nov.", "pl": "lis", "sv": "nov.", "pt": "novembro"}

# ---------------------------------------------------------------- attachment bytes (built here)
def mk_pdf(text):
    text = text.replace("\\", "").replace("(", "[").replace(")", "]")
    stream = ("BT /F1 11 Tf 56 780 Td (" + text + ") Tj ET").encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO(); out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell()); out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell(); out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs: out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()

def mk_png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")

GIF1 = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")

def mk_zip(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 30, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return b.getvalue()

def mk_exe():
    mz = bytearray(b"MZ" + b"\x90\x00" + b"\x00" * 56); mz[0x3c:0x40] = struct.pack("<I", 64)
    return bytes(mz) + b"PE\x00\x00" + struct.pack("<HH", 0x14c, 1) + b"\x00" * 200 + b"This program cannot be run in DOS mode.\r\n"

def mk_docx(text):
    return mk_zip([("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
                   ("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>' + html.escape(text) + '</w:t></w:r></w:p></w:body></w:document>')])

def mk_xlsx():
    return mk_zip([("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
                   ("xl/workbook.xml", '<?xml version="1.0"?><workbook/>')])

MP4 = struct.pack(">I", 24) + b"ftypisom" + b"\x00\x00\x02\x00" + b"isomiso2" + struct.pack(">I", 8) + b"free"
HEIC = struct.pack(">I", 24) + b"ftypheic" + b"\x00\x00\x00\x00" + b"mif1heic" + struct.pack(">I", 8) + b"free"
RAR = b"Rar!\x1a\x07\x01\x00" + b"\x00" * 40
SEVENZ = b"7z\xbc\xaf\x27\x1c\x00\x04" + b"\x00" * 40
WEBP = b"RIFF" + struct.pack("<I", 30) + b"WEBPVP8 " + b"\x00" * 22

CT = {"pdf": "application/pdf", "png": "image/png", "gif": "image/gif", "jpg": "image/jpeg", "txt": "text/plain",
      "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "zip": "application/zip",
      "exe": "application/x-msdownload", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "mp4": "video/mp4", "heic": "image/heic", "rar": "application/vnd.rar", "7z": "application/x-7z-compressed",
      "webp": "image/webp", "html": "text/html", "ics": "text/calendar", "svg": "image/svg+xml", "js": "application/javascript"}

def att(name, data, ctype=None):
    return (name, ctype or CT[name.rsplit(".", 1)[1].lower()], data)

# ---------------------------------------------------------------- specs
SPECS = []
def C(lang, kind, topic, seller, labels, body, note, **o):
    assert kind in ("re", "pro"), kind
    for c in labels: assert c in CATS, c
    SPECS.append(dict(lang=lang, kind=kind, topic=topic, seller=seller, labels=list(labels), body=body, note=note, o=o))

# ---------------------------------------------------------------- rendering
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
LEGACY = {"en": "windows-1252", "de": "iso-8859-15", "fr": "iso-8859-15", "es": "iso-8859-1", "it": "iso-8859-15",
          "nl": "iso-8859-15", "sv": "iso-8859-1", "pt": "iso-8859-1", "pl": "iso-8859-2", "ja": "iso-2022-jp"}
TOKRE = re.compile(r"\{(\w+)\}")
RAWRE = re.compile(r"<<(.*?)>>", re.S)
PLAINRE = re.compile(r"\[\[(.*?)\]\]", re.S)

def subst(s, ctx):
    for _ in range(3):
        s = TOKRE.sub(lambda m: str(ctx[m.group(1)]) if m.group(1) in ctx else m.group(0), s)
    return s

def to_plain(s):
    s = RAWRE.sub("", s)
    return PLAINRE.sub(lambda m: m.group(1), s)

def to_html(s):
    s = PLAINRE.sub("", s)
    out = []
    for para in s.split("\n\n"):
        if para.strip() == "" and para != "":
            out.append("<p><br></p>"); continue
        bits = RAWRE.split(para)
        h = "".join(html.escape(b, quote=False) if k % 2 == 0 else "<" + b + ">" for k, b in enumerate(bits))
        out.append("<p>" + h.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)

def ident(key, n, alphabet=ALNUM):
    x = h32(key); r = random.Random(x)
    return "".join(r.choice(alphabet) for _ in range(n))

def order_id(key, tld):
    r = random.Random(h32("oid:" + key))
    return "%s-%07d-%07d" % (PREFIX[tld], r.randrange(10 ** 7), r.randrange(10 ** 7))

def enc_body(data_text, charset, cte):
    if isinstance(data_text, str):
        try:
            data = data_text.encode(charset)
        except UnicodeEncodeError:
            charset, data = "utf-8", data_text.encode("utf-8")
            if cte == "7bit": cte = "qp"
    else:
        data = data_text
    if cte == "7bit" and any(b > 127 for b in data): cte = "8bit"
    if cte == "qp":
        body = quopri.encodestring(data).decode("ascii"); name = "quoted-printable"
    elif cte == "b64":
        body = base64.encodebytes(data).decode("ascii"); name = "base64"
    else:
        body = data; name = cte
    return charset, name, body

def hdr(name, value):
    if all(ord(c) < 128 for c in value):
        return "%s: %s" % (name, value)
    return "%s: %s" % (name, Header(value, "utf-8", header_name=name).encode())

def addr(display, address):
    if all(ord(c) < 128 for c in display):
        return '"%s" <%s>' % (display.replace('"', ""), address)
    return "%s <%s>" % (Header(display, "utf-8").encode(), address)

def notification(lang, ctx, noid, old):
    X = L[lang]
    lines = [X["msg"], "", ctx["bmsg"], "", X["end"], ""]
    if not noid: lines.append(subst(X["order"], ctx))
    lines += [subst(X["item"], ctx), "", X["fyi"], "", X["respond"]]
    if old:
        lines.append("https://sellercentral.amazon.%s/gp/communication-manager/inbox.html?ie=UTF8&threadId=%s" % (ctx["tld"], ctx["thread"]))
    else:
        lines.append("https://sellercentral.amazon.%s/messaging/inbox?fi=BUYER_MESSAGES&threadId=%s&mid=%s" % (ctx["tld"], ctx["thread"], ctx["mid"]))
    lines += ["", X["helpful"],
              "%s: https://www.amazon.%s/gp/communication-manager/rate-message.html?ie=UTF8&rating=1&tok=%s" % (X["yes"], ctx["tld"], ctx["ctok"]),
              "%s: https://www.amazon.%s/gp/communication-manager/rate-message.html?ie=UTF8&rating=0&tok=%s" % (X["no"], ctx["tld"], ctx["ctok"]),
              "", "[commMgrTok:%s]" % ctx["ctok"].upper(), "", X["footer"]]
    return "\n".join(lines)

def gt(text, pre="> "):
    return "\n".join((pre + l).rstrip() if l else pre.rstrip() for l in text.split("\n"))

PKW = {
    "nutri": ["whey|protein|prote|eiwit|białk|プロテイン|ホエイ|scoop|schep|dose|vanill", "electrolyt|elektrolyt|tabs|tablet|pastill|タブレット|tube|tubo", "creatin|kreatin|クレアチン"],
    "baby": ["warmer|wärmer|chauffe|calientabiberon|scaldabiberon|podgrzewacz|värmare|aquecedor|ウォーマー|descal|entkalk|biberon|bottle|flaschen|flessen", "swaddle|muslin|lange|muselina|mussol|otulacz|おくるみ|cueiro|hydrofiel|swaddel|filt",
             "cot|reisebett|lit |lit parapluie|cuna|lettino|łóżeczko|resesäng|ベビーベッド|トラベルベッド|berço|reisbox|box|travel|colchón|mattress|matelas"],
    "car": ["charger|ladeger|lader|chargeur|cargador|carica|ładowar|laddare|充電器|carregador|65 ?w|usb", "mount|halterung|support|soporte|supporto|uchwyt|hållare|マウント|houder|magsafe|vent|lüftung", "mat|tapis|alfombrill|tappetin|dywanik|マット|clip"],
    "kitchen": ["casserole|cocotte|cazuela|キャセロール|gryta|garnek|caçarola|enamel|emaille|émail|lid|deckel|couvercle|pokryw|lock|topf", "knife|messer|couteau|cuchillo|coltello|nóż|kniv|包丁|faca|mes |koksmes|sharpen",
                "saucepan|copper|kupfer|cuivre|cobre|rame|rondel|koppar|銅|pan|pfanne|片手鍋"],
    "jewel": ["pendant|anhänger|pendentif|colgante|ciondolo|zawiesz|hänge|ペンダント|pingente|hanger|star|stern|étoile|estrella|stella|gwiazd|stjärn|estrela|chain|kette|chaîne|corrente|ketting|kedja|łańcuszek|collana|ster",
              "bracelet|armband|pulsera|bracciale|bransolet|ブレスレット|pulseira|engrav|gravur|gravure|grabado|incision|grawer|刻印|gravação|gravera", "pearl|stud|perle|perla|perła|pärl|パール|ピアス|brinco|oorbel|örhäng|earring|orecchin|tarraxa"],
    "garden": ["bench|bank|banc|banco|panchina|ławk|bänk|ベンチ|mesa|table|tafel|bord|tisch", "lounge|rattan|cushion|kissen|coussin|cojín|cuscin|poduszk|kudd|ラタン|almofada|kussen|fauteuil|accoudoir|set", "parasol|schirm|sombrilla|ombrellone|パラソル|guarda-sol|crank|kurbel|uv"],
}

def pick_product(seller, text, prng):
    t = text.lower(); best, bi = 0, None
    for i, pat in enumerate(PKW[seller]):
        n = len(re.findall(pat, t))
        if n > best: best, bi = n, i
    return bi if bi is not None else prng.randrange(3)

def render(idx, spec):
    lang, o, kind = spec["lang"], spec["o"], spec["kind"]
    X = L[lang]; S = SELLERS[spec["seller"]]
    key = spec["key"]; rng = random.Random(h32("h17:" + key))
    pkey = o.get("pair", key)
    prng = random.Random(h32("pair:" + pkey))
    tld = o.get("tld") or TLD[lang][prng.randrange(len(TLD[lang]))]
    pi = o["p"] if "p" in o else pick_product(spec["seller"], spec["body"] + " " + o.get("buyer", "") + " " + o.get("prev", ""), random.Random(h32("prod:" + pkey)))
    product, asin = S["products"][pi]
    if lang == "ja": product = S["ja"][pi]
    buyer = o.get("bname") or BUYERS[lang][prng.randrange(len(BUYERS[lang]))]
    dom = ("m.marketplace.amazon." if (lang == "ja" and prng.random() < 0.4) else "marketplace.amazon.") + tld
    relay = ident("relay:" + pkey, 15) + ("+" + ident("tag:" + pkey, 8, "0123456789abcdef") if prng.random() < 0.25 else "") + "@" + dom
    oid = o.get("oid") or order_id(pkey, tld)
    agent = AGENTS[lang][(SELLER_ORDER.index(spec["seller"]) + rng.randrange(2)) % 6]
    day = 2 + (idx * 7) % 26; hh = 8 + idx % 10; mm = (idx * 13) % 60
    ctx = dict(oid=oid, asin=asin, product=product, buyer=buyer, agent=agent, seller=S["name"], relay=relay, tld=tld,
               dom=S["dom"], desk=S["desk"], thread=ident("th:" + key, 12, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
               mid=ident("mid:" + key, 10, "0123456789"), ctok=ident("tok:" + key, 14, "abcdefghijklmnopqrstuvwxyz0123456789"),
               day=day, nextday=day + 2)
    ctx["G"] = subst(X["hi"][rng.randrange(len(X["hi"]))], ctx)
    ctx["AIO"] = subst(X["aio"][rng.randrange(len(X["aio"]))], ctx)
    ctx["AIC"] = subst(X["aic"][rng.randrange(len(X["aic"]))], ctx)
    bye = X["bye"][rng.randrange(len(X["bye"]))]
    team = subst(X["team"], ctx)
    sig = (team + "\n" + agent) if lang == "ja" else (bye + "\n" + agent + "\n" + team)
    if lang == "ja": sig = bye + "\n\n" + sig
    for extra in o.get("sig", []): sig += "\n" + extra
    ctx["S"] = subst(sig, ctx)
    ctx["AIF"] = X["aifoot"][0]
    wrap = o.get("wrap", "ai" if kind == "re" else "plain")
    body = spec["body"].strip("\n")
    if o.get("ps"): body += "\n\n" + o["ps"]
    if wrap == "ai":
        body = "{G}\n\n{AIO}\n\n" + body + "\n\n{AIC}\n\n{S}" + ("\n\n{AIF}" if rng.random() < 0.3 else "")
    elif wrap == "plain":
        body = "{G}\n\n" + body + "\n\n{S}"
    body = subst(body, ctx)
    # subject
    noid = o.get("noid", False)
    topic_i = rng.randrange(5)
    if "subj" in o:
        subject = subst(o["subj"], ctx)
    else:
        assert kind == "re", key
        s = X["subj"]
        if noid: s = re.sub(r"\s*[（(][^()（）]*\{oid\}[^()（）]*[)）]", "", s)
        subject = X["re"] + subst(s.replace("{topic}", X["topics"][topic_i]), ctx)
    # quote
    qtext_plain = qhtml = ""
    if kind == "re" and o.get("q", "") != "none":
        ctx["bmsg"] = subst(o.get("buyer", "?"), ctx)
        notif = notification(lang, ctx, noid, o.get("old", rng.random() < 0.3))
        qdate = subst(X["sent_date"], dict(wd=WD[lang][(max(1, day - 1) + 5) % 7], d=max(1, day - 1), mon=MON[lang], mo=11, hm="%02d:%02d" % (hh - 1, mm)))
        style = o.get("q") or ["gt", "ol", "gt", "wrote", "bq"][rng.randrange(5)]
        orig_subj = subst(re.sub(r"\s*[（(][^()（）]*\{oid\}[^()（）]*[)）]", "", X["subj"]) if noid else X["subj"], dict(ctx, topic=X["topics"][topic_i]))
        if "prev" in o:
            pv = subst(o["prev"], ctx)
            pw = o.get("prevhdr", "{qdate}, {seller} wrote:" if lang == "en" else "{qdate} – {seller}:")
            pw = subst(pw, dict(ctx, qdate=qdate))
            notif = pv + "\n\n" + subst(X["wrote"], dict(ctx, date=qdate)) + "\n" + gt(notif)
            # nested: the earlier agent reply is quoted with the buyer message under it
            inner_hdr = pw
        else:
            inner_hdr = None
        if style == "ol":
            to_line = team + (" <%s>" % o["ol_addr"] if o.get("ol_addr") else "")
            block = "________________________________\n%s: %s - Amazon Marketplace <%s>\n%s: %s\n%s: %s\n%s: %s\n\n" % (
                X["ol"][0], buyer, relay, X["ol"][1], qdate, X["ol"][2], to_line, X["ol"][3], orig_subj)
            if inner_hdr: block = "________________________________\n" + inner_hdr + "\n\n"
            qtext_plain = block + notif
            qhtml = "<hr>\n<div>" + html.escape(block.strip("_\n")).replace("\n", "<br>\n") + "</div>\n<div>" + html.escape(notif).replace("\n", "<br>\n") + "</div>"
        else:
            head = inner_hdr or subst(X["wrote"], dict(ctx, date=qdate))
            qtext_plain = head + "\n" + gt(notif)
            qhtml = ('<div class="gmail_quote"><div>' + html.escape(head) + '</div>\n<blockquote type="cite">'
                     + html.escape(notif).replace("\n", "<br>\n") + "</blockquote></div>")
    plain = to_plain(body) + ("\n\n" + qtext_plain if qtext_plain else "") + "\n"
    fmt = o.get("fmt") or ("html" if rng.random() < 0.4 else "plain")
    if o.get("html_extra") or o.get("body_attr") or o.get("head") or "<<" in spec["body"]:
        if fmt == "plain": fmt = "html"
    hbody = None
    if fmt in ("html", "htmlonly"):
        hbody = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">' + subst(o.get("head", ""), ctx)
                 + "</head>\n<body" + o.get("body_attr", "") + ">\n" + to_html(body) + "\n" + subst(o.get("html_extra", ""), ctx)
                 + ("\n" + qhtml if qhtml else "") + "\n</body></html>\n")
    # charset / transfer encoding
    r = rng.random()
    if "cs" in o: cs, cte = o["cs"]
    elif lang == "ja" and r < 0.3 and not hbody: cs, cte = "iso-2022-jp", "7bit"
    elif r < 0.5: cs, cte = "utf-8", "qp"
    elif r < 0.72: cs, cte = "utf-8", "b64"
    elif r < 0.86: cs, cte = "utf-8", "8bit"
    else: cs, cte = LEGACY[lang], ("qp" if lang != "ja" else "b64")
    crlf = o.get("crlf", rng.random() < 0.2)
    bnd = lambda lvl: "=_h17_%s_%d" % (ident("b:" + key, 16, "0123456789abcdef"), lvl)

    def leaf(ctype, text, charset=None, c=None, extra=()):
        ch, name, b = enc_body(text, charset or cs, c or cte)
        hs = ["Content-Type: %s; charset=\"%s\"" % (ctype, ch), "Content-Transfer-Encoding: " + name] + list(extra)
        return hs, b

    def serial(hs, b):
        out = ("\n".join(hs) + "\n\n").encode("ascii")
        return out + (b if isinstance(b, bytes) else b.encode("ascii"))

    def multi(sub, parts, lvl):
        bb = bnd(lvl); out = b"This is a multi-part message in MIME format.\n"
        for p in parts:
            out += ("\n--" + bb + "\n").encode() + p
            if not out.endswith(b"\n"): out += b"\n"
        out += ("\n--" + bb + "--\n").encode()
        return ["Content-Type: multipart/%s; boundary=\"%s\"" % (sub, bb)], out

    text_part = serial(*leaf("text/plain", plain, extra=(["Content-Disposition: inline"] if o.get("disp") else [])))
    if hbody is not None:
        html_part = serial(*leaf("text/html", hbody))
        if o.get("inline"):
            ips = [html_part]
            for cid, name, data in o["inline"]:
                ips.append(serial(["Content-Type: %s; name=\"%s\"" % (CT[name.rsplit('.', 1)[1]], name), "Content-Transfer-Encoding: base64",
                                   "Content-ID: <%s>" % cid, "Content-Disposition: inline; filename=\"%s\"" % name], base64.encodebytes(data).decode()))
            html_part = serial(*multi("related", ips, 3))
        top = multi("alternative", [text_part, html_part], 2) if fmt == "html" else (None, html_part)
    else:
        top = (None, text_part)
    atts = o.get("atts", [])
    if atts:
        parts = [top[1] if top[0] is None else serial(*top)]
        for name, ctype, data in atts:
            if all(ord(c) < 128 for c in name):
                dn = 'filename="%s"' % name; nn = 'name="%s"' % name
            else:
                dn = "filename*=utf-8''" + "".join(ch if (ch.isascii() and (ch.isalnum() or ch in ".-_")) else "".join("%%%02X" % x for x in ch.encode()) for ch in name)
                nn = 'name="%s"' % Header(name, "utf-8").encode()
            parts.append(serial(["Content-Type: %s; %s" % (ctype, nn), "Content-Transfer-Encoding: base64",
                                 "Content-Disposition: attachment; " + dn], base64.encodebytes(data).decode()))
        top = multi("mixed", parts, 1)
    if top[0] is None:
        # single leaf: split headers and body back out
        raw = top[1]; hpart, _, bpart = raw.partition(b"\n\n"); chs = hpart.decode().split("\n"); cbody = bpart
    else:
        chs, cbody = top
    # headers
    sender = "support@" + S["dom"] if rng.random() < 0.7 else "care@" + S["dom"]
    date = "%s, %02d Nov 2026 %02d:%02d:%02d +0000" % (["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(day + 5) % 7], day, hh, mm, (idx * 7) % 60)
    hs = ["From: " + addr(agent + " | " + S["name"], sender), "To: " + (relay.upper() if o.get("upper") else relay), hdr("Subject", subject), "Date: " + date,
          "Message-ID: <h17.%04d.%s@%s>" % (idx, ident("m:" + key, 10, "0123456789abcdef"), S["dom"])]
    if kind == "re" and o.get("irt", True):
        amz = "<0102019%s-%s-000000@eu-west-1.amazonses.com>" % (ident("a:" + key, 9, "0123456789abcdef"), ident("a2:" + key, 8, "0123456789abcdef"))
        hs += ["In-Reply-To: " + amz, "References: " + amz]
    hs += ["MIME-Version: 1.0", "X-Helpdesk: " + S["desk"]] + [subst(x, ctx) for x in o.get("hdrs", [])]
    data = ("\n".join(hs + chs) + "\n\n").encode("ascii") + (cbody if isinstance(cbody, bytes) else cbody.encode("ascii"))
    if crlf: data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    meta = dict(oid=oid, relay=relay.lower(), subject=subject, plain=plain, html=hbody or "")
    return data, meta

# ================================================================ ENGLISH
PIX = '<img src="https://mt.deskpulse-track.io/o/{ctok}.gif?r={relay}" width="1" height="1" alt="" border="0">'
PIXHID = '<img src="https://cdn.{dom}/e/open.png?cid={ctok}" style="display:none" alt="">'
BANNER = '<p><img src="https://img.{dom}/banners/autumn.png?uid={relay}&amp;m={mid}" width="560" height="120" alt="{seller}"></p>'
CIDLOGO = '<p><img src="cid:logo@{dom}" width="120" height="40" alt="{seller}"></p>'
LOGO_PNG = mk_png(24, 8, (40, 90, 60))
PDF_INV = mk_pdf("Invoice INV-2026-11873  VAT GB284661309  Total 59.99 GBP")
PDF_MAN = mk_pdf("Bottle Warmer BW-2 - user manual - keep for future reference")
ANIGIF = base64.b64decode("R0lGODlhAgACAPAAAP8AAAAAACH/C05FVFNDQVBFMi4wAwEAAAAh+QQACgAAACwAAAAAAgACAAACAoRRACH5BAAKAAAALAAAAAACAAIAgAAA/wAAAAIChFEAOw==")
BQ = lambda t: t  # buyer message marker (readability)

# ---- compliant hard negatives
C("en", "re", "royalmail-tracking", "nutri", [], """Your parcel left our warehouse on 3 November with Royal Mail Tracked 48. The tracking number is QF417022836GB, and the latest scan shows it at the Warrington mail centre on 5 November at 22:14.

You can also follow it from Your Orders: https://www.amazon.co.uk/gp/your-account/order-history""",
  "Royal Mail tracking number, mail-centre scan time, Amazon order-history link", buyer="Hi, my whey was meant to arrive Tuesday and nothing has moved for 3 days. Where is it?", tld="co.uk")
C("en", "re", "ups-grouped-tracking", "garden", [], """The bench ships in two boxes, so UPS shows two tracking numbers:
Box 1 of 2: 1Z 8V4 17E 03 9218 4471
Box 2 of 2: 1Z 8V4 17E 03 9218 4480
Both are due on {nextday} November between 09:00 and 17:00. A signature is needed, so if nobody is home UPS will leave a card.""",
  "UPS 1Z tracking numbers in digit groups that look like phone numbers", buyer="Only one box of the bench came. Is the other one lost?", tld="com")
C("en", "re", "usps-22-digits", "baby", [], """I checked with our fulfilment team. USPS tracking 9400 1118 9922 3847 5512 04 shows "In Transit, Arriving Late". USPS is running about two days behind in your area (ZIP 80203). If it hasn't arrived by Friday 20 November, reply here and we'll send a replacement at no cost.""",
  "USPS 22-digit tracking in groups, ZIP code, replacement offered to fix a delay", buyer="The swaddles were supposed to be here for my baby shower on Saturday. Tracking says late??", tld="com")
C("en", "re", "dhl-waybill-grouped", "kitchen", [], """Your casserole was handed to DHL Express. The waybill number is 482 210 7735 (ten digits, DHL writes it in groups like that). The customs charge of EUR 0.00 shown on the DHL page is correct: the duties were prepaid by us.""",
  "DHL waybill number in phone-like groups, called a waybill number; price", buyer="DHL sent me a text about customs, is that real? I don't want to pay extra.", tld="ie")
C("en", "re", "return-address-scunthorpe", "car", [], """No problem at all, the floor mats can go back. Please start the return from Your Orders so that Amazon gives you a prepaid label: https://www.amazon.co.uk/gp/css/returns/homepage.html

If the label asks for a return address, it is:
Autovia Gear Returns, Unit 4 Brookfield Trading Estate, Scunthorpe, DN15 8QT

Once the mats reach us we refund within two working days.""",
  "street address and postcode for a return (Scunthorpe), Amazon returns link", buyer="The mats don't fit my 2019 Corolla. Can I send them back?", tld="co.uk")
C("en", "re", "refund-damage-no-return", "kitchen", [], """I'm so sorry the lid arrived cracked. I've issued a full refund of £89.99 to your original payment method today. There's no need to send the casserole back; please recycle the broken lid safely.""",
  "unconditional full refund to resolve damage, price", buyer="The lid of the casserole is cracked straight across. Very disappointed.", tld="co.uk")
C("en", "re", "partial-refund-scratch", "jewel", [], """I've refunded 20% (£7.00) of the order total for the small scratch on the bar, and if you would rather have a new bracelet instead, just say so and I'll send one out.""",
  "partial refund to resolve a defect, not tied to any review", buyer="There's a little scratch on the bracelet bar. Not huge but I paid for new.", tld="co.uk")
C("en", "re", "replacement-evri", "baby", [], """A replacement bottle warmer went out this morning. Evri tracking number: H01HYA0054411720. It should reach you within 2-3 working days. You don't need to return the faulty one.""",
  "replacement with Evri tracking number", buyer="The bottle warmer stopped heating after a week, the light just blinks.", tld="co.uk")
C("en", "re", "protein-lot-question", "nutri", [], """Great question! Each 30 g scoop contains 27 g protein, 1.1 g sugar and 118 kcal. Your tub is from lot L2309-114, best before 11/2027, and it is made in a facility that also handles milk and soy (it is gluten free).""",
  "product question with no order id: lot number, best-before date, nutrition figures", buyer="How much sugar is in one scoop? And is it gluten free?", noid=True, tld="co.uk")
C("en", "pro", "vat-invoice-pdf", "kitchen", [], """As requested at checkout, please find attached the VAT invoice INV-2026-11873 for order {oid}. Our VAT number is GB 284 6613 09 and the total is £59.99 including VAT.""",
  "proactive invoice with PDF attachment, VAT number and invoice number in groups", subj="VAT invoice for your order {oid}", atts=[att("INV-2026-11873.pdf", PDF_INV)], tld="co.uk")
C("en", "re", "star-pendant-reviewed", "jewel", [], """The star pendant is sterling silver (925), the star itself is 12 mm across and the chain is 45 cm with an extender ring at 42 cm. Our goldsmith reviewed the clasp design last spring and it's now a lobster clasp, so it won't open by itself.""",
  "'star' and 'reviewed' in a product sense", buyer="Is the star pendant real silver and how long is the chain? Want it for my daughter.", noid=True, tld="co.uk")
C("en", "re", "fuse-rating", "car", [], """The charger has a built-in 10 A fuse rating, so your car's 15 A cigarette-lighter circuit is fine. The 65W output is shared: 45W + 20W when both ports are in use. Our engineers reviewed the test report for model AVG-C65 and it meets EN 62368-1.""",
  "'rating' and 'reviewed' in an electrical sense, model numbers", buyer="Will this blow the fuse in my van? It's 12V.", noid=True, tld="com")
C("en", "re", "how-to-leave-feedback", "garden", [], """Of course, and thank you for asking. To leave seller feedback, go to Your Orders, find the order and choose "Leave seller feedback". Amazon's help page explains the steps: https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=GBR6N3W5M4E6MEH8

Product reviews are written separately from the product page via "Write a product review".""",
  "explaining Amazon's feedback process because the buyer asked; Amazon help link", buyer="Where do I leave feedback for you? I can't find it on the app.", tld="co.uk")
C("en", "re", "firm-reply-rude-buyer", "car", [], """I understand you're frustrated, and I want to be clear about where things stand. The replacement mount was dispatched yesterday (DPD parcel number 15501234567890). As Amazon's return policy requires, the refund for the first mount is issued once it is scanned back into our warehouse. I can't make an exception to that, but I will personally check the parcel status tomorrow morning.""",
  "firm but polite answer to a rude buyer; DPD parcel number", buyer="Third time writing. Sort it out or I'm leaving 1 star everywhere, your service is a joke.", tld="co.uk")
C("en", "re", "refund-after-threat", "nutri", [], """I'm sorry the tabs arrived melted together. I've refunded the full £14.99 now. You don't need to return anything.""",
  "unconditional refund after the buyer threatened a 1-star review in the quoted message", buyer="Tabs are all stuck together in a lump. Refund me or it's a 1-star review.", tld="co.uk")
C("en", "pro", "important-delivery-slot", "garden", [], """Your Terrazza Rattan Lounge Set (order {oid}) is ready for our two-person delivery team. Because it's a bulky item, we need to agree a slot with you. We can deliver on Thursday 19 November or Friday 20 November, between 07:00 and 13:00. Please reply with the day that suits you and whether there are steps at the property.""",
  "[Important] used correctly: delivery scheduling for a bulky item", subj="[Important] Delivery slot for your lounge set - order {oid}", tld="co.uk")
C("en", "pro", "important-address-problem", "jewel", [], """The courier couldn't deliver order {oid} because the address shows no flat number for 27 Harcourt Road, Sheffield S10 1DH, and the building has eight flats. Could you reply with the flat number? We'll resend the same day.""",
  "[Important] used correctly: address problem, street address and postcode", subj="Address problem with order {oid} [Important]", tld="co.uk")
C("en", "pro", "important-engraving", "jewel", [], """Before we engrave your bar bracelet (order {oid}) we'd like to double-check the text. We have: "Amélie 14.02.2025" on the front and nothing on the back. The accent on the é is possible. Please reply "confirmed" or send the corrected text.""",
  "[Important] used correctly: customisation question", subj="[IMPORTANT] Please confirm your engraving text - {oid}", tld="co.uk")
C("en", "re", "feedback-can-be-updated", "car", [], """The new charger is on its way (Royal Mail tracking number JB334120079GB), and I've refunded the postage you paid for the return.

If you feel we've now put things right, it is possible to update the feedback you left earlier, but that is entirely your decision and there's no need to reply about it.""",
  "neutral note after resolution that feedback can be updated, no request, no pressure", buyer="Charger died after two days. Left you negative feedback, sorry but it's true.", tld="co.uk")
C("en", "re", "clean-quoted-thread", "baby", [], """The travel cot's mattress is 95 x 65 cm, so standard travel-cot sheets fit. I've also checked your replacement: it was delivered on 9 November at 11:42.""",
  "quoted history with an earlier clean agent reply", buyer="Thanks for sending a new one! What size sheet does it take?",
  prev="Hi {buyer},\n\nI'm sorry the cot's hinge snapped. A replacement is on its way, tracking number H01HYA0077139281.\n\nBest wishes,\nPriya\nNestling & Co Customer Care", tld="co.uk")
C("en", "re", "png-label-photo", "nutri", [], """Here is a photo of the label on the back of the tub (attached as PNG), which shows the allergen box and lot L2310-202. The tub you received is the same batch.""",
  "PNG photo attachment, lot number", buyer="Can you send a photo of the ingredients label? Mine got wet.", atts=[att("label-L2310-202.png", mk_png(40, 30, (230, 230, 210)))], tld="co.uk")
C("en", "re", "manual-pdf", "baby", [], """I've attached the user manual for the BW-2 as a PDF. Page 6 explains the descaling cycle: 50 ml white vinegar and 100 ml water, then run one cycle on setting 3.""",
  "PDF manual attachment, product model number", buyer="Lost the manual. How do I descale it?", atts=[att("BW-2_manual_EN.pdf", PDF_MAN)], tld="co.uk")
C("en", "re", "docx-assembly", "garden", [], """Our assembly sheet for the 150 cm bench is attached as a Word document. The four M8 x 60 bolts go in first, hand-tight, then the backrest; tighten everything only at the end.""",
  "DOCX attachment with assembly instructions", buyer="The bench instructions are only pictures and I'm stuck at step 4.",
  atts=[att("Bench-150-assembly.docx", mk_docx("Bench 150 assembly: fit the four M8 x 60 bolts hand-tight, then the backrest."))], tld="com")
C("en", "re", "cid-logo-nbsp-prices", "kitchen", [], """The 24\u00a0cm casserole holds 4.2\u00a0litres and the 28\u00a0cm one 6.7\u00a0litres. The price difference is £30.00 (£89.99 vs £119.99); we can't change the order itself, but you could return the 24\u00a0cm one within 30\u00a0days and reorder.""",
  "HTML with unlinked inline cid logo and non-breaking spaces in prices and sizes", buyer="Did I order the wrong size? I wanted the big one.", fmt="html",
  html_extra=CIDLOGO, inline=[("logo@{dom}", "logo.png", LOGO_PNG)], tld="co.uk")
C("en", "re", "whatsapp-feature", "car", [], """Yes, the MX3 works with CarPlay and Android Auto apps as normal: the mount only holds the phone. Apps like Maps, Spotify or WhatsApp keep working while it charges through the MagSafe ring.""",
  "WhatsApp named as a phone feature, not a contact channel", buyer="Can I still use WhatsApp voice messages while the phone is on the mount?", noid=True, tld="com")
C("en", "re", "trigger-substrings", "garden", [], """Our analysis of the photos shows the parasol pole was bent in transit. The first-class replacement pole leaves our Middlesex depot today, and the courier will call at your address in Essex on Wednesday. An assessment form isn't needed.""",
  "words containing trigger substrings: analysis, first-class, Middlesex, Essex, assessment", buyer="The parasol pole came bent, photos attached.", tld="co.uk")
C("en", "re", "a-to-z-help-link", "baby", [], """I'm sorry you had to wait this long. You are welcome to open an A-to-z Guarantee claim; Amazon explains how it works here: https://www.amazon.com/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV . I have also just refunded the full $42.50 so you won't need to.""",
  "Amazon help page link about A-to-z claims, refund", buyer="Still no cot. Should I file an A-to-z claim?", tld="com")
C("en", "re", "two-blank-lines", "kitchen", [], """The knife has a VG10 core with 67 layers, HRC 60-61.


To sharpen, use a whetstone at 15 degrees per side.""",
  "exactly two blank lines in a row (allowed)", buyer="What angle do I sharpen this knife at?", fmt="plain", noid=True, tld="co.uk")
C("en", "re", "declines-whatsapp", "nutri", [], """Thanks for the offer, but we can only help through Amazon's messages, so let's keep everything here. Send me the photo as a reply to this message and I'll look at it straight away.""",
  "reply declines to move the conversation to WhatsApp", buyer="Can I just WhatsApp you the photo? My number is in my profile.", tld="co.uk")
C("en", "re", "discount-missing-scoop", "nutri", [], """Sorry about the missing scoop! I've refunded 15% (£8.25) of the order for the trouble and a new scoop is on its way by letter post. No need to do anything.""",
  "percentage discount given to resolve a missing part, not tied to a review", buyer="No scoop in my tub!", tld="co.uk")
C("en", "re", "delivery-window-postcode", "garden", [], """Your delivery is booked for 18/11/2026 with a window of 07:00-13:00. The driver will call the number Amazon gave us about 30 minutes before arrival. The address we have is 14 Malone Avenue, Belfast BT9 6EN.""",
  "dates, time window, street address and postcode", buyer="What time is the lounge set coming? I need to take the day off.", tld="co.uk")
C("en", "pro", "return-question", "baby", [], """We received your return for order {oid}, but the box contained the bottle warmer without its power adapter. Could you check whether the adapter is still at home? If so, you can post it in a padded envelope to the same return address; we'll then refund in full.""",
  "proactive return-related question with order id", subj="Your return for order {oid}", tld="co.uk")
C("en", "pro", "fulfilment-delay", "garden", [], """We're sorry: your parasol for order {oid} is delayed because our carrier had a vehicle breakdown. The new delivery estimate is Monday 23 November. If that's too late, you can cancel from Your Orders and we'll refund straight away.""",
  "proactive message about a fulfilment problem (allowed)", subj="Delay with order {oid}", tld="co.uk")
C("en", "pro", "review-link-neutral", "kitchen", [], """We hope your {product} arrived safely with order {oid}. If you have a moment, we would appreciate your review of the product on Amazon: https://www.amazon.co.uk/review/review-your-purchases?asins={asin}""",
  "single neutral review request with Amazon review-page link", subj="Your order {oid}", req=True, tld="co.uk")
C("en", "re", "review-in-support-neutral", "car", [], """The mat clips for a 2019 Golf are included in the small bag taped under the driver's mat (four round clips).

If you get a moment, we'd appreciate your feedback on this order.""",
  "one neutral feedback request inside a support reply", buyer="Where are the clips for the mats? Can't find them.", req=True, tld="co.uk")
C("en", "re", "macro-placeholder-leftover", "kitchen", [], """Hi {{ticket.requester.first_name}},

Your saucepan is on its way, the tracking number is [insert tracking number]. Sorry, that's our template talking: the Royal Mail number is FQ550129835GB.""",
  "unresolved macro placeholder and AI leftover brackets, tracking number", buyer="Any news on my saucepan?", wrap="none", tld="co.uk")
C("en", "re", "outlook-quote-no-address", "car", [], """The magnetic plate should go on the back of the case, not the phone, if your case is thinner than 2 mm. A second plate is in the box under the foam insert.""",
  "Outlook quote block without any seller address (windows-1252)", buyer="The magnet doesn't hold my phone with the case on.", q="ol", cs=("windows-1252", "qp"), crlf=True, tld="co.uk")
C("en", "re", "model-version-numbers", "car", [], """The charger firmware is version 1.3.0 and works with iOS 17 and Android 14. Model AVG-C65-B is the black one; serial numbers starting SN2309 were made in September 2023.""",
  "version numbers, model and serial numbers", buyer="Is this compatible with an iPhone 15?", noid=True, tld="com")
C("en", "re", "cad-price-postal-code", "baby", [], """The swaddles were C$34.99 and I've refunded C$34.99 to your card. Canada Post tracking for the return label: 7023 2109 8841 7720. Return to: Nestling & Co, 2400 Dundas St W, Mississauga ON L5K 2R8.""",
  "Canada Post tracking in groups, CAD prices, return address with postal code", buyer="Wrong colour swaddles, I want my money back.", tld="ca")
C("en", "re", "auspost-tracking", "jewel", [], """Your studs are with Australia Post, tracking number 33LPF512345601000930304. The Sydney facility scanned it at 06:40 this morning, so delivery should be tomorrow.""",
  "Australia Post tracking number", buyer="Are my earrings lost? It's been 8 days.", tld="com.au")

# pair firsts (clean requests)
C("en", "pro", "review-request-1", "garden", [], """We hope the {product} from order {oid} is settling in nicely on your patio. If you have a moment, we'd appreciate a review on Amazon; it helps other gardeners decide.""",
  "first neutral review request for this order (ledger: relayed)", subj="Your order {oid}", req=True, pair="en-p1", role=1)
C("en", "pro", "feedback-request-1", "nutri", [], """Your order {oid} was delivered on {day} November. If you have a moment, we would appreciate your seller feedback on Amazon.""",
  "first neutral feedback request (ledger: relayed)", subj="Order {oid}: how did we do?", req=True, pair="en-p2", role=1)
C("en", "re", "support-then-request-1", "baby", [], """The swaddles can be washed at 40 degrees and tumble-dried on low; they soften a little with every wash.

If you have a minute, we'd appreciate a review of the swaddles.""",
  "first request inside a support reply (ledger: relayed)", buyer="Can these go in the dryer?", req=True, pair="en-p3", role=1)
C("en", "pro", "review-request-2", "kitchen", [], """Thank you for your order {oid}. When you've had a chance to cook with your {product}, we'd appreciate your review.""",
  "first neutral review request (ledger: relayed)", subj="About your order {oid}", req=True, pair="en-p4", role=1)
C("en", "pro", "review-request-3", "car", [], """Your {product} (order {oid}) should have arrived by now. Would you be willing to share your review on Amazon? It only takes a minute.""",
  "first neutral review request (ledger: relayed)", subj="Order {oid}", req=True, pair="en-p5", role=1)
C("en", "pro", "feedback-request-2", "jewel", [], """We hope you like your {product}. If you have a moment, please leave feedback for order {oid} on Amazon.""",
  "first neutral feedback request (ledger: relayed)", subj="Your Lumen & Lark order {oid}", req=True, pair="en-p6", role=1)
C("en", "pro", "review-request-pixel-1", "baby", ["tracking_pixel"], """Order {oid}: we hope the {product} is making bath time easier. If you have a moment, we'd appreciate your review.""",
  "first request carries a 1x1 open pixel: pixel is stripped (rewrite), so the request is relayed and counts", subj="Your order {oid}", req=True, pair="en-p7", role=1, html_extra=PIX)
# rejected first -> clean second not repeat
C("en", "pro", "review-for-shipping-refund", "car", ["review_incentive"], """Order {oid}: we hope the mats fit well! Leave us a review and we'll reimburse the shipping you paid. Just reply with the review date.""",
  "incentive for a review; rejected, so the later clean request for this order is not a repeat", subj="Your order {oid}", req=True, pair="en-rj1", role=1)
C("en", "pro", "clean-after-rejected", "car", [], """Order {oid}: if you have a moment, we would appreciate your review of the {product}.""",
  "clean request; the earlier request for this order was rejected (incentive), so not a repeat", subj="Order {oid}", req=True, pair="en-rj1", role=2)
C("en", "re", "giftcard-review-rejected", "jewel", ["review_incentive"], """Your replacement studs are on their way. PS - post a review once they arrive and there's a £5 gift card in it for you.""",
  "gift card for a review; rejected, so the later request for this order is not a repeat", buyer="One stud had no back. Can you send a new pair?", req=True, pair="en-rj2", role=1)
C("en", "pro", "clean-after-rejected-2", "jewel", [], """We hope your new studs (order {oid}) arrived safely. If you have a moment, we'd appreciate your review.""",
  "clean request after a rejected (incentive) request for the same order: not a repeat", subj="Order {oid}", req=True, pair="en-rj2", role=2)

# ---- English violations
# review_incentive
C("en", "re", "voucher-for-review-ps", "nutri", ["review_incentive"], """A fresh tub is on its way today with Royal Mail (tracking number QF417099102GB).

P.S. leave us a review once you've tried it and I'll sort you out with a £10 Amazon voucher, just reply with a screenshot.""",
  "agent P.S. promises a voucher for a review", buyer="My whey tub arrived with the seal broken.", req=True)
C("en", "re", "free-tub-for-thoughts", "nutri", ["review_incentive"], """As a small thank-you to customers who share their thoughts on Amazon, we'd love to send you a complimentary tub of our Electrolyte Tabs once your review is up.""",
  "AI-polite wording: free product in return for a review", buyer="Is the creatine micronised?", req=True)
C("en", "re", "refund-if-feedback-down", "kitchen", ["review_incentive", "feedback_removal"], """I can see the 1-star feedback you left. If you take it down today I can push the full £59 refund through straight away.""",
  "refund offered in exchange for removing feedback", buyer="The knife was blunt out of the box, so I left feedback.")
C("en", "pro", "prize-draw-review", "garden", ["review_incentive"], """Order {oid}: every customer who reviews their Terrazza furniture this month is entered into our prize draw for a £100 garden centre voucher.""",
  "prize-draw entry for a review", subj="Win a £100 voucher - order {oid}", req=True)
C("en", "re", "slangy-typo-discount", "car", ["review_incentive"], """mount replaced, shud be with u thurs. drop us a reveiw n we'll knock 20% off ur next order, promise""",
  "slangy typo'd agent edit: discount on next order for a review (incentive only: no code or sale promoted)", buyer="Mount snapped at the hinge after a week", wrap="plain", req=True)
C("en", "re", "vip-early-access", "nutri", ["review_incentive", "styling"], """Customers who share their experience on Amazon become part of our VIP circle.
VIP members get early access to new flavours before anyone else. Just saying 😉""",
  "incentive split over two sentences ('future benefits'), emoji", buyer="Do you have a chocolate flavour?", noid=True, req=True)
# review_manipulation
C("en", "re", "gating-come-to-us-first", "baby", ["review_manipulation"], """If you're happy with the swaddles, a review would mean the world to our small team. If anything isn't quite right, please come to us first instead so we can fix it.""",
  "review gating: happy buyers to the review, unhappy ones to the seller", buyer="Do the swaddles shrink?", req=True)
C("en", "pro", "five-star-emoji", "jewel", ["review_manipulation", "styling"], """Your pendant from order {oid} should be sparkling away by now! We'd be ever so grateful for five stars ⭐⭐⭐⭐⭐ if you love it as much as we do.""",
  "asks for five stars, with star emoji", subj="Your Lumen & Lark order {oid}", req=True)
C("en", "pro", "tell-what-to-write", "garden", ["review_manipulation"], """Order {oid}: if you write a review, it would really help if you mentioned how easy the crank is and that assembly took you less than 20 minutes.""",
  "tells the buyer what to write in the review", subj="Your parasol - order {oid}", req=True)
C("en", "re", "hold-off-negative", "kitchen", ["review_manipulation"], """Please hold off on posting a negative review while we sort this; small businesses like ours get hit really hard by those.""",
  "discourages a negative review", buyer="The enamel chipped on the first use. I'm going to review this honestly.")
C("en", "re", "only-if-good-lol", "car", ["review_manipulation"], """new charger is in the post. and hey, only leave a review if it's a good one lol""",
  "blunt agent edit: review only if positive", buyer="Charger stopped working", wrap="plain", req=True)
C("en", "pro", "most-customers-five", "nutri", ["review_manipulation"], """Most of our customers rate the Whey Isolate 5 stars. We hope you'll feel the same way when you review order {oid}!""",
  "indirect star-rating steering split over two sentences", subj="Order {oid}", req=True)
C("en", "re", "update-to-five-stars", "baby", ["review_manipulation", "feedback_removal"], """Now that the replacement cot has arrived, could you update your review to 5 stars?""",
  "asks to change a review to five stars", buyer="Replacement cot arrived, thanks.")
# feedback_removal
C("en", "re", "please-update-1-star", "nutri", ["feedback_removal"], """Refund done. Please update your 1-star, thanks.""",
  "blunt agent edit under a polite AI draft: update the 1-star", buyer="I want a refund, the flavour is disgusting.")
C("en", "re", "consider-removing", "garden", ["feedback_removal"], """Would you consider removing the feedback you left on 4 November, now that the missing bolts have arrived?""",
  "polite removal request", buyer="Got the bolts at last.")
C("en", "re", "close-ticket-after-takedown", "kitchen", ["feedback_removal"], """I'll need you to take that feedback down before I can close this ticket on our side.""",
  "presses for removal", buyer="Refund received.")
C("en", "re", "how-to-remove-steps", "car", ["feedback_removal"], """Since it's all sorted now, here's how to remove the feedback: Your Orders > the order > Leave seller feedback > Remove. Takes 10 seconds!""",
  "step-by-step removal instructions offered unasked", buyer="Thanks, the second mount works.")
C("en", "re", "review-reflect-fix", "jewel", ["review_manipulation", "feedback_removal"], """It'd be great if your review reflected the fact that we sorted this out within a day.""",
  "indirect: change the review and what it should say", buyer="New chain arrived, thanks.")
C("en", "re", "typo-revise-feedbak", "car", ["feedback_removal"], """could u pls revise ur feedbak since the mats got replaced? ta""",
  "typo'd agent edit asking to revise feedback", buyer="ok replacement mats fit", wrap="plain")
# repeat requests (second of pair)
C("en", "pro", "review-reminder-2", "garden", ["repeat_request"], """Just a quick reminder: if you haven't yet had the chance, we'd appreciate a review of your {product} (order {oid}).""",
  "second request for the same order, reminder wording", subj="Reminder: your order {oid}", req=True, pair="en-p1", role=2)
C("en", "re", "support-plus-feedback-2", "nutri", ["repeat_request"], """Store the tub in a cool, dry place; once opened, use within 3 months.

Also, if you have a moment, your feedback on this order would help us.""",
  "second request inside a support reply, no reminder wording", buyer="How long does it keep once opened?", req=True, pair="en-p2", role=2)
C("en", "pro", "feedback-after-review-2", "baby", ["repeat_request"], """Order {oid}: we'd love to hear how we did as a seller. Please leave seller feedback when you have a moment.""",
  "seller-feedback request after a product-review request for the same order", subj="Order {oid}", req=True, pair="en-p3", role=2)
C("en", "pro", "repeat-with-voucher", "kitchen", ["review_incentive", "repeat_request"], """We noticed there's no review yet for order {oid}. Post one this week and we'll send a £5 voucher.""",
  "repeat request that also offers an incentive", subj="Still time to review order {oid}", req=True, pair="en-p4", role=2)
C("en", "pro", "repeat-important", "car", ["repeat_request", "important_tag"], """Your review of the {product} (order {oid}) helps other drivers. If you have a minute, please share it.""",
  "repeat request with [Important] misuse", subj="[Important] Order {oid}", req=True, pair="en-p5", role=2)
C("en", "pro", "havent-reviewed-yet", "jewel", ["repeat_request"], """We noticed you haven't left feedback for order {oid} yet. No pressure, but we'd really appreciate it.""",
  "second request for the same order", subj="Order {oid}", req=True, pair="en-p6", role=2)
C("en", "pro", "repeat-after-pixel", "baby", ["repeat_request"], """Order {oid}: one last thing, if you have a moment we'd appreciate your review of the {product}.""",
  "repeat after a first request whose only finding (pixel) was stripped: the first was relayed", subj="Order {oid}", req=True, pair="en-p7", role=2)
# marketing
C("en", "re", "black-friday-code", "nutri", ["marketing"], """Your refund of £24.99 has been processed. Heads up: Black Friday starts Friday, 30% off everything with code PEAK30!""",
  "agent adds a Black Friday code after a refund", buyer="Please refund, I ordered twice by mistake.")
C("en", "re", "cross-sell-blankets", "baby", ["marketing"], """By the way, you might also love our Organic Muslin Blankets, now available in sage green and oat.""",
  "cross-selling another product", buyer="Are the swaddles organic cotton?", noid=True)
C("en", "re", "instagram-inspo", "garden", ["contact_other", "marketing"], """For garden inspiration and first looks at the new collection, follow us on Instagram @terrazza.outdoor!""",
  "follow us on Instagram with handle", buyer="What oil should I use on the acacia?")
C("en", "re", "newsletter-signup", "kitchen", ["marketing"], """Psst, our newsletter subscribers get first dibs on seconds sales. Just search Kupferhaus Newsletter to join.""",
  "newsletter promotion", buyer="Can I put the casserole on induction?", noid=True)
C("en", "re", "sale-link-brand-shop", "kitchen", ["external_link", "marketing"], """Our winter sale is live at www.kupferhaus-kitchen.de/sale, up to 40% off copper pans!""",
  "sale promoted with a link to the brand shop", buyer="Is the copper pan lined with tin or steel?")
C("en", "re", "third-party-referral", "car", ["marketing"], """For mounting on a curved dash we recommend the SafeGrip adhesive kit from our partner, just search SafeGrip Pro on Halfords.""",
  "referral to a third-party product", buyer="The mount won't stick on my curved dashboard.")
C("en", "pro", "new-flavour-launch", "nutri", ["marketing", "missing_order_id"], """Big news! Our new Salted Caramel Whey Isolate is now live on Amazon. Loved Vanilla? You'll go crazy for this one.""",
  "proactive product launch without any order id", subj="New flavour just dropped!")
# offensive
C("en", "re", "read-manual-next-time", "baby", ["offensive"], """Maybe read the manual next time instead of wasting everyone's time.""",
  "agent's irritated insult under the AI draft", buyer="The warmer doesn't turn on!! (it wasn't plugged in, sorry)")
C("en", "re", "load-of-bollocks", "garden", ["offensive"], """Sorry but this is a load of bollocks, the courier photo shows the parcel at your door.""",
  "profanity", buyer="Never got the parasol. I want a refund.")
C("en", "re", "regret-it-threat", "kitchen", ["offensive"], """If you keep filing false claims against us we'll make sure you regret it.""",
  "threat", buyer="Second knife is also blunt. Filing an A-to-z claim.")
C("en", "re", "dont-know-knives-mate", "kitchen", ["offensive"], """Mate, you clearly don't know how to use a knife. It's not a tin opener.""",
  "insult", buyer="Tip of the knife broke off opening a tin.")
C("en", "re", "wtf-scammer", "jewel", ["offensive"], """WTF. The box was sealed when it left us. Don't try to scam us, we've seen this trick before.""",
  "profanity acronym plus accusing the buyer of fraud", buyer="Box came empty. No pendant inside.")
C("en", "re", "are-you-stupid", "car", ["offensive"], """Are you stupid? The size chart is right there on the listing.""",
  "insult", buyer="Mats don't fit my car.")
C("en", "re", "stop-whining", "car", ["offensive"], """Stop whining about a £9 charger, honestly.""",
  "dismissive harassment", buyer="Third message about the charger. Reply please.")
# unpermitted proactive
C("en", "pro", "order-confirmation", "nutri", ["unpermitted_proactive"], """Thanks for your order {oid}! We've received it and our team is getting it ready. You'll hear from us again when it ships.""",
  "order confirmation", subj="We've got your order {oid}")
C("en", "pro", "shipping-confirmation-dpd", "car", ["unpermitted_proactive"], """Good news: order {oid} has shipped with DPD, parcel number 15501234512345. Expected delivery: {nextday} November.""",
  "shipping confirmation with parcel number", subj="Your order {oid} is on its way")
C("en", "pro", "thank-you-only", "jewel", ["unpermitted_proactive"], """We just wanted to say a heartfelt thank you for choosing Lumen & Lark for order {oid}. It means a lot to our little workshop.""",
  "thank-you-only message", subj="Thank you! Order {oid}")
C("en", "pro", "here-to-help-only", "baby", ["unpermitted_proactive"], """If you have any questions at all about order {oid}, we're here to help. Just reply to this message.""",
  "here-to-help-only message", subj="Order {oid} - we're here for you")
C("en", "pro", "out-of-stock", "garden", ["unpermitted_proactive"], """Unfortunately the sand-coloured parasol for order {oid} is out of stock until mid-January. We'll ship it as soon as it's back.""",
  "out-of-stock notice (Amazon: cancel the order instead)", subj="Stock update for order {oid}")
C("en", "pro", "thanks-no-order", "kitchen", ["missing_order_id", "unpermitted_proactive"], """Thank you so much for shopping with Kupferhaus. We hope you enjoy cooking with your new pan!""",
  "thank-you-only message with no order id", subj="Thank you from Kupferhaus")
C("en", "pro", "here-to-help-important", "nutri", ["important_tag", "unpermitted_proactive"], """Order {oid}: just checking in. If anything comes up, we're here to help!""",
  "here-to-help-only message with [Important] misuse", subj="[Important] Checking in on order {oid}")
C("en", "pro", "auto-ack", "car", ["unpermitted_proactive"], """We've received your message about order {oid}. A member of our team will respond within 24 hours.

This is an automated message.""",
  "helpdesk auto-acknowledgement sent without reply headers ('Ticket Received' is not a reply prefix)", subj="Ticket Received - order {oid}")

# ---- English structural cases
C("en", "re", "sig-web-phone", "garden", ["external_link", "contact_phone"], """The cushions are showerproof but not waterproof; please store them in the bag provided when it rains for more than a day.""",
  "agent signature with website and UK phone number", buyer="Can the cushions stay out in the rain?", sig=["www.terrazza-outdoor.com", "Tel: 020 7946 0321"])
C("en", "re", "sig-email-facebook", "car", ["external_link", "contact_email", "contact_other"], """Both clips go into the round holes on the driver's side carpet; turn them a quarter clockwise to lock.""",
  "signature with e-mail address and Facebook page URL", buyer="How do the clips lock?", sig=["help@autovia-gear.com | facebook.com/autoviagear"])
C("en", "re", "obfuscated-at-dot", "baby", ["contact_email"], """If the photos are too big for Amazon's messaging, send them to care at nestlingandco dot com and I'll check them today.""",
  "obfuscated (at/dot words) e-mail address in agent edit", buyer="The photos of the broken hinge won't upload.")
C("en", "re", "outlook-to-address", "kitchen", [ "contact_email"], """I've booked a courier collection for Tuesday between 08:00 and 18:00; please leave the box in its original packaging.""",
  "seller e-mail address in the Outlook-quoted To: line", buyer="How do I send back the saucepan?", q="ol", ol_addr="support@kupferhaus-kitchen.de", cs=("windows-1252", "qp"))
C("en", "re", "mailto-href", "jewel", ["contact_email"], """For a resize, contact <<a href="mailto:workshop@lumenandlark.co.uk">>our workshop team<</a>>[[ (workshop@lumenandlark.co.uk)]] and they'll book it in.""",
  "mailto: href hidden behind link text", buyer="Can the bracelet be made smaller?", fmt="html")
C("en", "re", "spelled-digits-phone", "garden", ["contact_phone"], """Easiest is to ring our warehouse: oh seven seven double oh, nine double oh, four one two. Ask for Gary.""",
  "obfuscated (digits as words) UK mobile number", buyer="Delivery driver couldn't find my house.")
C("en", "re", "us-tollfree-phone", "baby", ["contact_phone"], """If the cot still wobbles, our product specialists can talk you through it at 1-800-555-0147 (Mon-Fri, 9-5 ET).""",
  "US phone number in agent edit", buyer="The cot wobbles when my son stands up.", tld="com")
C("en", "re", "whatsapp-personal", "nutri", ["contact_phone", "contact_other"], """Honestly easier if you just WhatsApp me on +44 7700 900418 and I'll sort it.""",
  "agent adds a personal WhatsApp number", buyer="Which creatine should I take for cycling?")
C("en", "re", "telegram-handle", "car", ["contact_other"], """Quicker on Telegram to be fair, I'm @callum_autovia there.""",
  "Telegram handle in blunt agent edit", buyer="Still waiting on the refund.")
C("en", "re", "messenger-offer", "kitchen", ["contact_other"], """If the Amazon app keeps failing, message us on Facebook Messenger and we'll carry on there.""",
  "offer to move the chat to Facebook Messenger", buyer="Your messages keep disappearing in the app.")
C("en", "re", "dp-link-bigger-size", "kitchen", ["external_link"], """The 28 cm version is here: https://www.amazon.co.uk/dp/B0B6MJ3Q2Z . You can return the 24 cm one from Your Orders.""",
  "Amazon product detail (/dp/) link answering the buyer's question (external_link, not marketing)", buyer="I need the bigger casserole, how do I swap?")
C("en", "re", "amzn-to-short", "baby", ["external_link"], """You can find the spare mattress here: amzn.to/3XkP9Qw""",
  "amzn.to shortened link", buyer="Do you sell a thicker mattress for the travel cot?", noid=True)
C("en", "re", "http-amazon-orders", "jewel", ["external_link"], """You can check the dispatch status under http://www.amazon.co.uk/gp/your-account/order-history at any time.""",
  "plain http: Amazon link (never allowed)", buyer="Has my pendant shipped yet?")
C("en", "re", "carrier-tracking-url", "nutri", ["external_link"], """Track it here: https://www.royalmail.com/track-your-item#/tracking-results/QF417022991GB""",
  "carrier tracking-page URL", buyer="Tracking number please?")
C("en", "re", "click-redirect-amazon", "garden", ["external_link"], """You can start the return <<a href="https://click.deskpulse-track.io/c/{ctok}?u=https%3A%2F%2Fwww.amazon.co.uk%2Fgp%2Fcss%2Freturns%2Fhomepage.html&amp;r={relay}">>from your Amazon returns page<</a>>.""",
  "click-tracking redirect wrapped around an Amazon returns link", buyer="I want to return the parasol.", fmt="html")
C("en", "re", "linked-logo", "jewel", ["external_link"], """Your pearl studs are 7-7.5 mm, AAA grade, on sterling silver posts with butterfly backs.""",
  "logo image wrapped in a link to the shop", buyer="What size are the pearls?", noid=True, fmt="html",
  html_extra='<p><a href="https://www.lumenandlark.co.uk"><img src="cid:logo@{dom}" width="120" height="40" alt="Lumen &amp; Lark"></a></p>', inline=[("logo@{dom}", "logo.png", LOGO_PNG)])
C("en", "re", "powered-by-footer", "nutri", ["external_link"], """The Electrolyte Tabs contain 250 mg sodium and 100 mg potassium per tab, no sugar.""",
  "linked 'Powered by' helpdesk footer", buyer="How much sodium per tab?", noid=True, fmt="html",
  html_extra='<p>Powered by <a href="https://www.gorgias.com/?utm_source=email_footer">Gorgias</a></p>')
C("en", "re", "entity-obfuscated-url", "car", ["external_link"], """Fitting video: <<a href="h&#116;tps://video.autovia-gear.com/mx3-fitting">>MX3 fitting guide<</a>>""",
  "obfuscated (HTML entities) URL in href", buyer="Is there a video showing how to fit it?", fmt="html", noid=True)
C("en", "re", "dot-com-words", "nutri", ["external_link"], """Full lab reports are on our site, peakform-nutrition dot com slash lab, just pick the batch.""",
  "obfuscated (dot/slash words) domain", buyer="Is your whey third-party tested?", noid=True)
C("en", "re", "zero-width-domain", "baby", ["external_link"], """Size guide: www.nestling\u200band\u200bco.com/size-guide""",
  "obfuscated (zero-width spaces) inside a domain", buyer="Which swaddle size for a newborn?", noid=True)
# opt-out
C("en", "pro", "list-unsub-review", "kitchen", ["opt_out"], """Order {oid}: if you have a moment, we'd appreciate your review of the {product}.""",
  "neutral request sent by a tool that adds a List-Unsubscribe header", subj="Order {oid}", req=True,
  hdrs=["List-Unsubscribe: <https://mail.kupferhaus-kitchen.de/u/{ctok}>, <mailto:unsub@kupferhaus-kitchen.de?subject=unsubscribe>"])
C("en", "re", "list-unsub-header-reply", "garden", ["opt_out"], """The bench needs re-oiling once a year with teak oil; do it on a dry day.""",
  "List-Unsubscribe header on an ordinary reply", buyer="How often should I oil the bench?", hdrs=["List-Unsubscribe: <https://desk.terrazza-outdoor.com/unsubscribe?u={ctok}>"])
C("en", "pro", "list-unsub-delivery", "garden", ["opt_out"], """Your lounge set (order {oid}) will be delivered on Friday 20 November between 07:00 and 13:00 by our two-person team. Please reply if that doesn't work.""",
  "delivery scheduling message with a List-Unsubscribe header", subj="[Important] Delivery of order {oid}",
  hdrs=["List-Unsubscribe: <mailto:optout@terrazza-outdoor.com>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])
C("en", "pro", "unsub-link-body", "nutri", ["external_link", "opt_out"], """Order {oid}: we'd appreciate your feedback when you have a moment.

Don't want these emails? <<a href="https://peakform-nutrition.com/email/unsubscribe?id={ctok}">>Unsubscribe<</a>>[[ https://peakform-nutrition.com/email/unsubscribe?id={ctok}]]""",
  "unsubscribe link in the body", subj="Order {oid}", req=True)
C("en", "re", "reply-stop", "car", ["opt_out"], """The charger's LED is blue when charging at 65W and green at lower power.

Reply STOP to stop receiving messages from Autovia Gear.""",
  "opt-out text without a link", buyer="What do the LED colours mean?", noid=True)
C("en", "pro", "manage-prefs", "baby", ["external_link", "opt_out"], """Order {oid}: the BW-2 needs descaling every 4 weeks; the manual explains how on page 6.

Manage your email preferences: https://nestlingandco.com/preferences?c={ctok}""",
  "manage-preferences link", subj="Descaling tip for order {oid}")
C("en", "re", "opt-out-text-polite", "jewel", ["opt_out"], """Your bracelet is being engraved today and ships tomorrow.

If you'd rather not hear from us again, simply reply 'unsubscribe' and we'll take you off our list.""",
  "polite opt-out text", buyer="When will my bracelet ship?")
# tracking pixels
C("en", "re", "pixel-1x1-reply", "car", ["tracking_pixel"], """The mount fits vents up to 18 mm deep; for round vents use the dashboard base instead.""",
  "1x1 open-tracking pixel in a rich-editor reply", buyer="Does it fit round vents?", html_extra=PIX, noid=True)
C("en", "re", "pixel-hidden", "kitchen", ["tracking_pixel"], """The copper pan is lined with 18/10 stainless steel, so no re-tinning is ever needed.""",
  "remote image hidden with display:none", buyer="Does the pan need re-tinning?", html_extra=PIXHID, noid=True)
C("en", "re", "banner-recipient-id", "garden", ["tracking_pixel"], """Our rattan is PE resin, UV-stabilised, and can stay outside all year.""",
  "full-size banner whose URL carries the recipient id", buyer="Can the set stay out in winter?", html_extra=BANNER)
C("en", "pro", "pixel-invoice", "jewel", ["tracking_pixel"], """Please find your invoice for order {oid} attached.""",
  "invoice with a 0x0 open pixel", subj="Invoice for order {oid}", atts=[att("invoice-LL-88213.pdf", mk_pdf("Invoice LL-88213"))],
  html_extra='<img src="https://t.sendpulse-open.net/open/{ctok}" width="0" height="0">')
C("en", "re", "pixel-and-phone", "nutri", ["contact_phone", "tracking_pixel"], """Call us on 0161 496 0733 if the tub is still damaged.""",
  "1x1 pixel and a phone number in the agent edit", buyer="Tub lid cracked.", html_extra=PIX)
# attachments
C("en", "re", "zip-photos", "garden", ["attachment"], """I've attached the assembly photos our warehouse took (zipped, since there were a lot).""",
  "ZIP archive attachment", buyer="Can you show me how the back of the bench goes on?", atts=[att("assembly-photos.zip", mk_zip([("step1.txt", "photo placeholder")]))])
C("en", "re", "exe-firmware", "car", ["attachment"], """Attached is the firmware updater for the charger. Run it on a Windows PC with the charger connected via USB-C.""",
  "executable attachment", buyer="My charger only does 20W.", atts=[att("AVG-C65-updater.exe", mk_exe())])
C("en", "re", "pdf-really-exe", "kitchen", ["attachment"], """Please see the attached care guide.""",
  "attachment named .pdf whose content is an executable", buyer="How do I clean the enamel?", atts=[att("care-guide.pdf", mk_exe(), "application/pdf")], noid=True)
C("en", "re", "jpg-really-png", "jewel", ["attachment"], """Here's a photo of the engraving font options.""",
  "attachment named .jpg that is really a PNG", buyer="What fonts can you engrave?", atts=[att("fonts.jpg", mk_png(30, 10, (200, 200, 200)), "image/jpeg")], noid=True)
C("en", "re", "xlsx-sizes", "car", ["attachment"], """Our fit list for all car models is attached as a spreadsheet.""",
  "XLSX attachment", buyer="Will the mats fit a 2021 Kia Ceed?", atts=[att("fit-list-2026.xlsx", mk_xlsx())])
C("en", "re", "mp4-video", "baby", ["attachment"], """A short video of how to fold the cot is attached.""",
  "video attachment", buyer="I can't fold the cot.", atts=[att("fold-cot.mp4", MP4)])
C("en", "re", "heic-photo", "garden", ["attachment"], """Photo of the replacement part attached.""",
  "HEIC image attachment (not an allowed type)", buyer="Which part are you sending?", atts=[att("IMG_4471.heic", HEIC)])
C("en", "pro", "six-pdfs", "kitchen", ["attachment"], """Order {oid}: as requested, the care guides for all six pieces of your set are attached.""",
  "six PDF attachments (more than five)", subj="Care guides for order {oid}", atts=[att("care-%d.pdf" % k, mk_pdf("Care guide part %d" % k)) for k in range(1, 7)])
C("en", "re", "html-receipt", "nutri", ["attachment"], """Your receipt is attached.""",
  "HTML file attachment", buyer="Can I have a receipt?", atts=[att("receipt.html", b"<html><body>Receipt</body></html>")])
C("en", "re", "rar-logs", "car", ["attachment"], """Attached the diagnostic log tool as a RAR.""",
  "RAR archive attachment", buyer="The charger gets hot.", atts=[att("diag.rar", RAR)])
C("en", "re", "svg-diagram", "garden", ["attachment"], """Diagram of the crank mechanism attached.""",
  "SVG attachment (not an allowed type)", buyer="Crank is stuck.", atts=[att("crank.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')])
# styling
C("en", "re", "font-family-override", "jewel", ["styling"], """The bracelet chain is adjustable from 16 to 19 cm.""",
  "font-family override on the body", buyer="Will it fit a small wrist?", body_attr=' style="font-family:Georgia, serif"', noid=True)
C("en", "re", "brand-colour", "nutri", ["styling"], """<<span style="color:#e4572e">>Good news!<</span>>[[Good news!]] Your replacement ships today.""",
  "text colour override for brand colour", buyer="When will my replacement ship?")
C("en", "pro", "centred-body", "garden", ["styling"], """Order {oid}: your bench delivery needs a signature. Please make sure someone is home on Thursday.""",
  "centred body text", subj="Delivery of order {oid}", body_attr=' style="text-align:center"')
C("en", "re", "outlook-calibri", "kitchen", ["styling"], """Your saucepan's handle can be tightened with a T20 Torx key.""",
  "Outlook default style block (Calibri, link colours)", buyer="Handle is loose.", q="ol",
  head='<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} a:link {color:#0563C1;} --></style>', crlf=True)
C("en", "re", "four-font-sizes", "baby", ["styling"], """<<span style="font-size:18px">>Warmer reset steps<</span>>[[Warmer reset steps]]
<<span style="font-size:14px">>1. Unplug for 10 seconds.<</span>>[[1. Unplug for 10 seconds.]]
<<span style="font-size:12px">>2. Hold the button for 5 seconds.<</span>>[[2. Hold the button for 5 seconds.]]
<<span style="font-size:10px">>Model BW-2 only.<</span>>[[Model BW-2 only.]]""",
  "four different font sizes", buyer="Warmer is stuck on blinking.")
C("en", "re", "blank-line-run", "car", ["styling"], """Your refund is on its way.




Thanks again for your patience.""",
  "run of four blank lines", buyer="Refund status?", fmt="plain")
C("en", "re", "http-image", "garden", ["styling"], """Here's the product picture showing where the crank bolt goes.""",
  "image loaded over http: without a recipient id", buyer="Where does the crank bolt go?", html_extra='<p><img src="http://img.terrazza-outdoor.com/parasol-crank.jpg" width="400" height="300" alt="crank"></p>')
C("en", "re", "animated-gif-thanks", "jewel", ["styling"], """Thank you for your patience, your replacement chain ships today!""",
  "animated GIF inline image", buyer="Chain broke.", html_extra='<p><img src="cid:thanks@{dom}" width="80" height="80" alt="thanks"></p>', inline=[("thanks@{dom}", "thanks.gif", ANIGIF)])
C("en", "re", "emoji-thanks", "nutri", ["styling"], """Refund's gone through 👍 Sorry again about the mix-up 🙏""",
  "emoji in agent edit", buyer="I got chocolate instead of vanilla.")
# important_tag / missing_order_id
C("en", "pro", "important-invoice", "car", ["important_tag"], """Please find attached the invoice for order {oid}.""",
  "[Important] on an invoice message (not delivery, address or customisation)", subj="[Important] Invoice for order {oid}", atts=[att("INV-AV-20931.pdf", mk_pdf("Invoice AV-20931"))])
C("en", "re", "important-product-question", "kitchen", ["important_tag"], """Yes, the casserole is oven-safe up to 250 degrees C including the knob.""",
  "[Important] added to a reply about a product question", buyer="Oven safe?", subj="Re: [Important] Product details inquiry from Amazon customer {buyer}", noid=True)
C("en", "pro", "important-review", "jewel", ["important_tag"], """Order {oid}: if you have a moment, we'd appreciate your review of your {product}.""",
  "[Important] on a neutral review request", subj="[important] A quick favour - order {oid}", req=True)
C("en", "pro", "review-no-order-id", "baby", ["missing_order_id"], """We hope your little one is enjoying the new swaddles. If you have a moment, we'd appreciate your review on Amazon.""",
  "proactive review request with no order id", subj="How are the swaddles?", req=True)
C("en", "pro", "care-tips-no-id", "kitchen", ["missing_order_id"], """A few tips for your new cast iron: heat it slowly, never plunge it into cold water, and dry it straight after washing.""",
  "proactive care tips with no order id", subj="Getting the best from your casserole")
C("en", "pro", "mistyped-order-id", "car", ["missing_order_id"], """Order 026-884731-5520184: your return label is ready in Your Orders. Please drop the parcel at any Evri ParcelShop.""",
  "proactive message whose order id is mistyped (3-6-7 digits)", subj="Return label ready")

# ================================================================ GERMAN
C("de", "pro", "bewertung-anfrage-1", "kitchen", [], """wir hoffen, Ihr {product} aus Bestellung {oid} ist gut bei Ihnen angekommen. Wenn Sie einen Moment Zeit haben, würden wir uns über Ihre Bewertung auf Amazon freuen.""",
  "erste neutrale Bewertungsanfrage (relayed)", subj="Ihre Bestellung {oid}", req=True, pair="de-p1", role=1)
C("de", "re", "support-dann-feedback-1", "car", [], """die Fußmatten lassen sich mit lauwarmem Wasser und etwas Spülmittel reinigen, bitte nicht in die Waschmaschine.

Wenn Sie einen Moment Zeit haben, freuen wir uns über Ihr Verkäufer-Feedback zu dieser Bestellung.""",
  "erste neutrale Feedback-Bitte in einer Support-Antwort (relayed)", buyer="Kann man die Matten waschen?", req=True, pair="de-p2", role=1)
C("de", "re", "dhl-sendungsnummer", "garden", [], """Ihre Bank wurde am 4. November an DHL übergeben. Die Sendungsnummer lautet 00340434161094042557. Laut DHL erfolgt die Zustellung am {nextday}. November zwischen 10:00 und 14:00 Uhr.""",
  "DHL-Sendungsnummer (20 Ziffern), Zeitfenster", buyer="Wo bleibt meine Gartenbank? Seit einer Woche nichts.")
C("de", "re", "ruecksendung-adresse", "baby", [], """Sie können das Reisebett gern zurückschicken. Bitte starten Sie die Rücksendung über Ihre Bestellungen: https://www.amazon.de/gp/css/returns/homepage.html

Falls nach einer Adresse gefragt wird: Nestling & Co Retouren, Industriestraße 12, 33602 Bielefeld.""",
  "Rücksendeadresse mit PLZ, Amazon-Rücksendeseite", buyer="Das Reisebett ist zu groß für unser Auto. Wie schicke ich es zurück?")
C("de", "re", "teilerstattung-delle", "kitchen", [], """Es tut mir leid wegen der kleinen Delle am Topfrand. Ich habe Ihnen soeben 25 % (22,50 €) erstattet. Wenn Sie lieber einen neuen Topf möchten, schicken wir Ihnen gern Ersatz.""",
  "Teilerstattung zur Problemlösung, nicht an Bewertung geknüpft", buyer="Der Topf hat eine Delle am Rand. Bin enttäuscht.")
C("de", "pro", "rechnung-pdf", "nutri", [], """anbei erhalten Sie die Rechnung RE-2026-40718 zu Ihrer Bestellung {oid}. Unsere USt-IdNr. lautet DE 318 445 902, der Rechnungsbetrag beträgt 49,90 € inkl. 7 % MwSt.""",
  "Rechnung als PDF, USt-IdNr. in Gruppen, Rechnungsnummer", subj="Rechnung zu Ihrer Bestellung {oid}", atts=[att("Rechnung_RE-2026-40718.pdf", mk_pdf("Rechnung RE-2026-40718 USt-IdNr DE318445902"))])
C("de", "pro", "important-liefertermin", "garden", [], """Ihre Lounge-Gruppe (Bestellung {oid}) wird per Spedition geliefert. Bitte teilen Sie uns mit, ob Ihnen Dienstag, der 17. November, oder Mittwoch, der 18. November, zwischen 8 und 12 Uhr passt. Die Spedition ruft ca. 30 Minuten vorher an.""",
  "[Important] korrekt: Terminabstimmung Speditionslieferung", subj="[Important] Liefertermin für Bestellung {oid}")
C("de", "re", "feedback-wie-abgeben", "jewel", [], """gern erkläre ich Ihnen das: Öffnen Sie „Meine Bestellungen“, wählen Sie die Bestellung und klicken Sie auf „Verkäufer bewerten“. Eine Anleitung finden Sie auch in der Amazon-Hilfe: https://www.amazon.de/gp/help/customer/display.html?nodeId=G3NTKCHWEDTC8GFU""",
  "erklärt auf Nachfrage, wie man Feedback abgibt; Amazon-Hilfelink", buyer="Wo kann ich Ihnen eine Bewertung als Verkäufer geben?")
C("de", "re", "bestimmt-hoeflich-unhoeflich", "car", [], """ich verstehe Ihren Ärger. Zur Klarstellung: Die Erstattung erfolgt gemäß den Amazon-Rückgaberichtlinien, sobald die Rücksendung bei uns eingescannt wurde. Ihre Rücksendung (Hermes-Sendungsnummer H1003 2904 7716 3012) ist laut Tracking noch unterwegs.""",
  "bestimmte, höfliche Antwort auf unhöflichen Käufer; Hermes-Sendungsnummer in Gruppen", buyer="Unverschämt! Ich warte seit zwei Wochen auf mein Geld. Ihr seid die schlechtesten Verkäufer überhaupt.")
C("de", "re", "stern-anhaenger-bewertet", "jewel", [], """der Sternanhänger ist aus 925er Sterlingsilber, der Stern misst 12 mm. Unser Goldschmied hat die Öse letztes Jahr neu bewertet und verstärkt, sie ist jetzt 1,2 mm stark.""",
  "'Stern' und 'bewertet' im Produktsinn", buyer="Ist der Stern echt Silber? Wie stabil ist die Öse?", noid=True)
C("de", "re", "feedback-aktualisierbar", "nutri", [], """der Ersatz ist heute rausgegangen (DHL-Sendungsnummer 00340434161094055120) und ich habe Ihnen die Versandkosten erstattet.

Falls Sie finden, dass wir das Problem gelöst haben, können Sie Ihr Feedback aktualisieren – das liegt aber ganz bei Ihnen.""",
  "neutraler Hinweis nach Lösung, dass Feedback aktualisiert werden kann", buyer="Dose kam kaputt an, deshalb habe ich negatives Feedback hinterlassen.")
C("de", "re", "sauber-saugroboter-wörter", "kitchen", [], """die Pfanne ist nach dem Einbrennen sauber und spülmaschinengeeignet ist sie leider nicht. Unsere Analyse Ihrer Fotos zeigt Kalkflecken, die mit Essigwasser (1:3) verschwinden. Der Preis für den Ersatzdeckel liegt bei 14,95 €.""",
  "Wörter mit Trigger-Teilstrings (sauber, Analyse), Preis, Mischverhältnis", buyer="Weiße Flecken in der Pfanne, ist die kaputt?", noid=True)
C("de", "re", "saubere-zitierte-historie", "baby", [], """die Wärmflasche-Funktion schaltet sich nach 60 Minuten automatisch ab. Ihr Ersatzgerät wurde am 6. November zugestellt.""",
  "zitierte frühere Agentenantwort, sauber", buyer="Danke für das neue Gerät! Schaltet es sich selbst ab?",
  prev="Hallo {buyer},\n\nes tut mir leid, dass der Flaschenwärmer defekt ist. Ein Ersatzgerät ist unterwegs, DHL-Sendungsnummer 00340434161094012345.\n\nViele Grüße\nJana")
C("de", "re", "spanisch-artefakt-kompatibel", "car", [], """die Halterung passt auf Lüftungsschlitze bis 18 mm Tiefe. Für runde Düsen verwenden Sie bitte den beiliegenden Klebesockel (Modell MX3-B).""",
  "Übersetzungsartefakt: Agent ließ spanische Grußformel der Vorlage stehen ('Un saludo') ", buyer="Passt das auf runde Lüftungsdüsen?", noid=True, sig=["Un saludo"])
# violations
C("de", "re", "gutschein-fuer-bewertung", "nutri", ["review_incentive"], """PS: Wenn Sie uns nach dem Probieren eine Rezension schreiben, schicke ich Ihnen einen 10-€-Gutschein – kurze Antwort mit Screenshot genügt.""",
  "Gutschein gegen Rezension im PS", buyer="Ist das Kreatin vegan?", req=True)
C("de", "re", "erstattung-gegen-loeschung", "garden", ["review_incentive", "feedback_removal"], """Wenn Sie die negative Bewertung löschen, überweisen wir Ihnen die 40 € Differenz sofort zurück.""",
  "Erstattung gegen Löschen der Bewertung", buyer="Die Bank wackelt, habe das auch in meiner Bewertung geschrieben.")
C("de", "pro", "nur-zufriedene-bewerten", "baby", ["review_manipulation"], """zu Ihrer Bestellung {oid}: Sind Sie zufrieden? Dann freuen wir uns über eine Bewertung auf Amazon. Falls nicht, schreiben Sie bitte zuerst uns, bevor Sie etwas veröffentlichen.""",
  "Review-Gating", subj="Ihre Bestellung {oid}", req=True)
C("de", "re", "auf-fuenf-sterne-aendern", "car", ["review_manipulation", "feedback_removal"], """Jetzt wo alles läuft: Könnten Sie Ihre Rezension bitte auf 5 Sterne hochsetzen? Wäre super.""",
  "Bitte, Rezension auf 5 Sterne zu ändern", buyer="Neues Ladegerät funktioniert, danke.")
C("de", "re", "bewertung-anpassen-bitte", "kitchen", ["feedback_removal"], """Da wir Ihnen nun einen neuen Deckel geschickt haben, wären wir Ihnen sehr verbunden, wenn Sie Ihr Feedback entsprechend anpassen oder entfernen würden.""",
  "höfliche Bitte, Feedback anzupassen oder zu entfernen", buyer="Neuer Deckel ist da.")
C("de", "pro", "erinnerung-bewertung-2", "kitchen", ["repeat_request"], """kurze Erinnerung zu Ihrer Bestellung {oid}: Falls Sie noch nicht dazu gekommen sind, würden wir uns über Ihre Bewertung freuen.""",
  "zweite Anfrage zur selben Bestellung (Erinnerung)", subj="Erinnerung: Bestellung {oid}", req=True, pair="de-p1", role=2)
C("de", "re", "support-feedback-2", "car", ["repeat_request"], """Die Clips für Ihr Modell (VW Golf 8) sind die ovalen; vier Stück liegen bei.

Über Ihr Feedback zu dieser Bestellung würden wir uns freuen.""",
  "zweite Bitte in einer Support-Antwort, ohne Erinnerungsformulierung", buyer="Welche Clips passen für den Golf 8?", req=True, pair="de-p2", role=2)
C("de", "re", "instagram-folgen", "jewel", ["contact_other", "marketing"], """Übrigens: Auf Instagram zeigen wir jede Woche neue Designs – folgen Sie uns unter @lumenandlark.de!""",
  "Instagram folgen mit Handle", buyer="Ist der Verschluss nickelfrei?", noid=True)
C("de", "re", "sale-link-shop", "kitchen", ["external_link", "marketing"], """Kleiner Tipp: Im Winter-Sale auf kupferhaus-kitchen.de gibt es gerade 30 % auf alle Kupfertöpfe.""",
  "Sale mit nackter Shop-Domain", buyer="Ist der Topf induktionsgeeignet?", noid=True)
C("de", "re", "beleidigung-lesen", "baby", ["offensive"], """Lesen hilft übrigens. Steht alles in der Anleitung, aber gut.""",
  "genervte herablassende Bemerkung", buyer="Der Wärmer geht nicht an!!! Was soll das?")
C("de", "re", "kraftausdruck-drohung", "car", ["offensive"], """So ein Schwachsinn. Wenn Sie noch einmal mit einer falschen A-bis-z-Beschwerde kommen, zeigen wir Sie an, verlassen Sie sich drauf.""",
  "Kraftausdruck und Drohung", buyer="Matten kamen nie an, A-bis-z-Antrag folgt.")
C("de", "pro", "versandbestaetigung", "garden", ["unpermitted_proactive"], """gute Nachrichten: Ihre Bestellung {oid} wurde heute versandt. Sendungsnummer: 00340434161094077788.""",
  "Versandbestätigung", subj="Ihre Bestellung {oid} ist unterwegs")
C("de", "pro", "danke-ohne-bestellnummer", "jewel", ["missing_order_id", "unpermitted_proactive"], """wir möchten uns einfach von Herzen für Ihren Einkauf bei Lumen & Lark bedanken!""",
  "reine Dankesnachricht ohne Bestellnummer", subj="Danke!")
C("de", "re", "impressum-signatur", "kitchen", ["contact_email", "contact_phone"], """die Pfanne ist bis 260 °C backofenfest.""",
  "Impressum-Signatur mit E-Mail und Telefon", buyer="Backofenfest?", noid=True,
  sig=["--", "Kupferhaus Küchenwaren GmbH, Hafenstraße 8, 20359 Hamburg", "Tel. +49 40 66969 123 · service@kupferhaus-kitchen.de", "Geschäftsführer: K. Brandt · HRB 99812"])
C("de", "re", "whatsapp-handy", "nutri", ["contact_phone", "contact_other"], """Schicken Sie mir das Foto einfach per WhatsApp an null eins fünf eins, eins zwei drei, vier fünf sechs sieben, geht schneller.""",
  "WhatsApp mit in Worten ausgeschriebener Handynummer", buyer="Ich habe ein Foto vom beschädigten Deckel.")
C("de", "pro", "important-bewertung-pixel", "garden", ["tracking_pixel", "important_tag"], """zu Bestellung {oid}: Wenn Sie einen Moment Zeit haben, würden wir uns über Ihre Bewertung freuen.""",
  "[Important] missbraucht für Bewertungsanfrage, plus Öffnungspixel", subj="[Important] Ihre Meinung zu Bestellung {oid}", req=True, html_extra=PIX)
C("de", "re", "zip-emoji", "baby", ["attachment", "styling"], """Ich habe Ihnen die Aufbaufotos als ZIP angehängt 📎😊""",
  "ZIP-Anhang und Emoji", buyer="Wie baue ich das Reisebett auf?", atts=[att("aufbau-fotos.zip", mk_zip([("schritt1.txt", "Foto")]))])

# ================================================================ FRENCH
C("fr", "pro", "demande-avis-1", "jewel", [], """Nous espérons que votre {product} (commande {oid}) vous plaît. Si vous avez un moment, nous serions reconnaissants de recevoir votre avis sur Amazon.""",
  "première demande d'avis neutre (relayée)", subj="Votre commande {oid}", req=True, pair="fr-p1", role=1)
C("fr", "re", "sav-puis-evaluation-1", "kitchen", [], """La cocotte passe au four jusqu'à 250 °C, couvercle compris, et elle convient à l'induction.

Si vous avez un instant, votre évaluation de cette commande nous serait précieuse.""",
  "première demande d'évaluation dans une réponse SAV (relayée)", buyer="La cocotte va-t-elle au four avec le couvercle ?", req=True, pair="fr-p2", role=1)
C("fr", "re", "colissimo-suivi", "baby", [], """Votre colis a été remis à Colissimo le 3 novembre. Le numéro de suivi est 6A 204 857 331 02 ; il indique un avis de passage déposé hier, vous pouvez donc le retirer au bureau de poste dès demain 14 h.""",
  "numéro de suivi Colissimo en groupes, 'avis de passage'", buyer="Je n'ai toujours pas reçu les langes, c'est normal ?")
C("fr", "re", "adresse-retour", "garden", [], """Vous pouvez bien sûr retourner le parasol. Lancez le retour depuis vos commandes : https://www.amazon.fr/gp/css/returns/homepage.html
Adresse de retour si demandée : Terrazza Outdoor – Retours, 14 rue des Frères Lumière, 69740 Genas.""",
  "adresse de retour avec code postal, lien retours Amazon", buyer="Le parasol est trop grand pour mon balcon, je peux le renvoyer ?")
C("fr", "re", "remboursement-sans-retour", "nutri", [], """Je suis désolé(e) que le pot soit arrivé ouvert. Je viens de vous rembourser intégralement 34,90 €. Inutile de nous le renvoyer.""",
  "remboursement inconditionnel pour résoudre un problème", buyer="Le pot de whey est arrivé ouvert, opercule déchiré.")
C("fr", "pro", "facture-pdf", "car", [], """Veuillez trouver ci-joint la facture FA-2026-11402 de votre commande {oid}. Notre numéro de TVA intracommunautaire : FR 32 851 447 209. Montant TTC : 29,99 €.""",
  "facture PDF, n° de TVA en groupes", subj="Facture de votre commande {oid}", atts=[att("Facture_FA-2026-11402.pdf", mk_pdf("Facture FA-2026-11402 TVA FR32851447209"))])
C("fr", "pro", "important-gravure", "jewel", [], """Avant de graver votre bracelet (commande {oid}), pouvons-nous vérifier le texte ? Nous avons : « Léon & Zoé – 12.06.2021 ». Merci de répondre « OK » ou de nous envoyer la correction.""",
  "[Important] correct : question de personnalisation", subj="[Important] Texte de gravure – commande {oid}")
C("fr", "re", "comment-laisser-evaluation", "car", [], """Bien sûr. Pour évaluer un vendeur, allez dans « Vos commandes », puis « Évaluer le vendeur ». L'aide Amazon l'explique ici : https://www.amazon.fr/gp/help/customer/display.html?nodeId=G3NTKCHWEDTC8GFU""",
  "explique la procédure d'évaluation à la demande de l'acheteur", buyer="Comment je fais pour vous laisser une évaluation ?")
C("fr", "re", "reponse-ferme-polie", "kitchen", [], """Je comprends votre agacement. Je tiens toutefois à préciser que le couteau a été livré le 2 novembre (numéro de suivi Chronopost XY 4477 1280 3FR) et que le remboursement sera effectué dès réception du retour, conformément à la politique de retour d'Amazon.""",
  "réponse ferme et polie à un acheteur impoli, numéro de suivi", buyer="C'est du vol. Vous êtes des incompétents, remboursez-moi immédiatement.")
C("fr", "re", "pendentif-etoile", "jewel", [], """Le pendentif étoile est en argent 925 ; l'étoile mesure 12 mm. Notre atelier a revu la bélière l'an dernier suite à l'analyse de quelques retours, elle est désormais renforcée.""",
  "'étoile', 'revu', 'analyse' dans un autre sens", buyer="L'étoile est-elle solide ? Pour un cadeau.", noid=True)
C("fr", "re", "conseil-constate", "garden", [], """Nous avons constaté sur vos photos une fissure dans l'accoudoir. Notre conseil : ne plus utiliser le fauteuil. Un accoudoir de remplacement (réf. TZ-ARM-04) part aujourd'hui, et nous vous remboursons 15 % pour le désagrément.""",
  "mots à sous-chaînes déclencheuses (constaté, conseil), remise pour résoudre le problème", buyer="L'accoudoir est fendu, photos jointes.")
C("fr", "re", "historique-propre", "nutri", [], """Les pastilles se conservent 24 mois ; une fois le tube ouvert, 6 mois au sec. Le nouveau tube a été livré le 5 novembre.""",
  "fil cité avec ancienne réponse propre", buyer="Merci pour le nouveau tube ! Ça se conserve combien de temps ?",
  prev="Bonjour {buyer},\n\nDésolé pour le tube écrasé, un nouveau part aujourd'hui (numéro de suivi 6A20485733990).\n\nCordialement,\nCamille")
C("fr", "re", "belgique-prix", "baby", [], """Le lit parapluie pèse 6,8 kg et se plie en 40 × 20 × 75 cm. Le matelas d'appoint coûte 24,90 € ; il n'est pas inclus.""",
  "question produit sans n° de commande, dimensions, prix (marché belge)", buyer="Il pèse combien le lit de voyage ?", noid=True, tld="com.be")
C("fr", "re", "espace-insecable-artefact", "car", [], """Le chargeur délivre 65\u202fW au total\u202f: 45\u202fW + 20\u202fW quand les deux ports sont utilisés. Fusible intégré de 10\u00a0A.""",
  "espaces insécables (fines) typographiques, valeurs techniques", buyer="Il charge un ordinateur portable ?", noid=True)
# violations
C("fr", "re", "bon-achat-avis", "nutri", ["review_incentive"], """Petit bonus : laissez-nous un avis après avoir goûté la vanille et je vous envoie un bon d'achat de 10 €.""",
  "bon d'achat contre un avis", buyer="La créatine est-elle micronisée ?", req=True)
C("fr", "re", "remboursement-contre-retrait", "car", ["review_incentive", "feedback_removal"], """Si vous retirez votre évaluation négative, je vous rembourse les frais de port dans la foulée.""",
  "remboursement contre retrait de l'évaluation", buyer="Le support n'a pas tenu, d'où ma mauvaise note.")
C("fr", "pro", "satisfait-sinon-contactez", "garden", ["review_manipulation"], """Commande {oid} : vous êtes satisfait(e) ? Un avis cinq étoiles nous ferait très plaisir. Un souci ? Écrivez-nous d'abord, plutôt que de laisser un avis.""",
  "filtrage des avis et demande de cinq étoiles", subj="Votre avis – commande {oid}", req=True)
C("fr", "re", "modifier-note-positive", "baby", ["review_manipulation", "feedback_removal"], """Maintenant que tout est réglé, pourriez-vous passer votre note à 5 étoiles ?""",
  "demande de modifier la note vers 5 étoiles", buyer="Le nouveau chauffe-biberon fonctionne.")
C("fr", "re", "supprimer-commentaire", "kitchen", ["feedback_removal"], """Le problème étant résolu, merci de bien vouloir supprimer votre commentaire négatif.""",
  "demande de suppression", buyer="J'ai bien reçu le couvercle de remplacement.")
C("fr", "pro", "relance-avis-2", "jewel", ["repeat_request"], """Petite relance concernant votre commande {oid} : si vous n'avez pas encore eu le temps, votre avis nous aiderait beaucoup.""",
  "seconde demande pour la même commande (relance)", subj="Relance – commande {oid}", req=True, pair="fr-p1", role=2)
C("fr", "re", "sav-evaluation-2", "kitchen", ["repeat_request"], """Pour l'entretien, un peu d'huile végétale après chaque lavage suffit.

Et si vous avez un instant, une évaluation de cette commande nous aiderait.""",
  "seconde demande dans une réponse SAV, sans formule de relance", buyer="Comment entretenir l'émail ?", req=True, pair="fr-p2", role=2)
C("fr", "re", "tiktok-recettes", "nutri", ["contact_other", "marketing"], """Retrouvez toutes nos recettes protéinées sur TikTok @peakform.fr, abonnez-vous !""",
  "« retrouvez-nous sur TikTok » avec pseudo", buyer="On peut cuisiner avec la whey ?", noid=True)
C("fr", "re", "soldes-lien", "baby", ["external_link", "marketing"], """Au fait, les soldes d'hiver commencent : -25 % sur toute la literie bébé sur https://nestlingandco.com/fr/soldes""",
  "lien vers la boutique avec promotion", buyer="Les langes sont-ils certifiés Oeko-Tex ?", noid=True)
C("fr", "re", "remarque-agacee", "car", ["offensive"], """Franchement, il faut être un peu neuneu pour monter les tapis à l'envers.""",
  "insulte de l'agent", buyer="Les tapis ne tiennent pas en place.")
C("fr", "re", "grossierete", "garden", ["offensive"], """Arrêtez de nous emmerder avec vos photos floues, le colis était intact.""",
  "grossièreté", buyer="Voici encore une photo du banc abîmé.")
C("fr", "pro", "rupture-stock", "kitchen", ["unpermitted_proactive"], """Votre commande {oid} : la casserole en cuivre 16 cm est en rupture de stock jusqu'à fin décembre. Nous l'expédierons dès son retour.""",
  "avis de rupture de stock", subj="Rupture de stock – commande {oid}")
C("fr", "pro", "merci-sans-commande", "baby", ["missing_order_id", "unpermitted_proactive"], """Toute l'équipe Nestling & Co vous remercie chaleureusement pour votre confiance !""",
  "message de remerciement seul, sans n° de commande", subj="Merci !")
C("fr", "re", "signature-mail-tel", "jewel", ["contact_email", "contact_phone"], """La chaîne est en argent 925, fermoir mousqueton.""",
  "signature avec adresse e-mail et téléphone", buyer="La chaîne est en argent massif ?", noid=True, sig=["Lumen & Lark France", "contact@lumenandlark.co.uk – 06 39 98 41 27"])
C("fr", "re", "whatsapp-arobase", "nutri", ["contact_phone", "contact_other"], """Le plus simple : un WhatsApp au 06 39 98 12 04 avec la photo du lot.""",
  "numéro WhatsApp personnel", buyer="Le goût est bizarre, c'est normal ?")
C("fr", "re", "pixel-desabonnement-entete", "car", ["opt_out", "tracking_pixel"], """Le support MX3 est compatible MagSafe et avec les coques jusqu'à 2 mm.""",
  "pixel 1x1 et en-tête List-Unsubscribe", buyer="Compatible avec une coque ?", noid=True, html_extra=PIX, hdrs=["List-Unsubscribe: <https://desk.autovia-gear.com/u/{ctok}>"])
C("fr", "pro", "conseils-police", "kitchen", ["styling", "missing_order_id"], """Quelques conseils pour votre nouvelle cocotte : préchauffez doucement et séchez-la toujours après lavage.""",
  "conseils proactifs sans n° de commande, police imposée", subj="Bien utiliser votre cocotte", body_attr=' style="font-family:\'Comic Sans MS\', cursive"')

# ================================================================ SPANISH
C("es", "pro", "solicitud-resena-1", "garden", [], """Esperamos que tu {product} (pedido {oid}) haya llegado en perfecto estado. Si tienes un momento, te agradeceríamos que dejaras tu reseña en Amazon.""",
  "primera solicitud de reseña neutral (transmitida)", subj="Tu pedido {oid}", req=True, pair="es-p1", role=1)
C("es", "re", "soporte-valoracion-1", "nutri", [], """La creatina se puede tomar con agua o zumo, 5 g al día, también los días de descanso.

Si tienes un momento, te agradeceríamos tu valoración de este pedido.""",
  "primera solicitud de valoración dentro de una respuesta de soporte (transmitida)", buyer="¿Se toma también los días que no entreno?", req=True, pair="es-p2", role=1)
C("es", "re", "seur-seguimiento", "kitchen", [], """Tu cazuela salió el 4 de noviembre con SEUR. El número de seguimiento es 60 1234 5678 9012 y la entrega está prevista para el jueves entre las 9:00 y las 14:00.""",
  "número de seguimiento SEUR en grupos", buyer="¿Cuándo llega mi cazuela? Ya pasó una semana.")
C("es", "re", "direccion-devolucion", "car", [], """Puedes devolver las alfombrillas sin problema desde Mis pedidos: https://www.amazon.es/gp/css/returns/homepage.html
Dirección de devolución, si te la piden: Autovia Gear Devoluciones, Calle de la Industria 27, 28823 Coslada (Madrid).""",
  "dirección de devolución con código postal, enlace de devoluciones de Amazon", buyer="Las alfombrillas no valen para mi Seat León.")
C("es", "re", "reembolso-parcial", "jewel", [], """Siento mucho que la perla tenga una pequeña marca. Te he reembolsado el 30 % (9,00 €) y, si prefieres un par nuevo, te lo enviamos sin coste.""",
  "reembolso parcial para resolver el problema, no ligado a reseña", buyer="Una de las perlas tiene una mancha.")
C("es", "pro", "factura-pdf", "baby", [], """Te adjuntamos la factura F-2026-3381 de tu pedido {oid}. Nuestro NIF es B-87654321 y el importe total asciende a 39,95 € (IVA incluido).""",
  "factura PDF con NIF y número de factura", subj="Factura de tu pedido {oid}", atts=[att("Factura_F-2026-3381.pdf", mk_pdf("Factura F-2026-3381 NIF B87654321"))])
C("es", "pro", "important-direccion", "garden", [], """El transportista no ha podido entregar tu pedido {oid}: en Calle Mayor 14, 46002 Valencia falta el piso y la puerta. ¿Puedes indicarnos los datos completos? Lo reenviamos en cuanto respondas.""",
  "[Important] correcto: problema con la dirección", subj="[Important] Problema con la dirección del pedido {oid}")
C("es", "re", "como-valorar", "kitchen", [], """¡Claro! Para valorar al vendedor entra en «Mis pedidos» y pulsa «Valorar al vendedor». Aquí tienes la ayuda de Amazon: https://www.amazon.es/gp/help/customer/display.html?nodeId=G3NTKCHWEDTC8GFU""",
  "explica cómo dejar una valoración porque el comprador lo pregunta", buyer="¿Dónde os puedo dejar una valoración?")
C("es", "re", "respuesta-firme", "car", [], """Entiendo tu enfado. Aun así, te confirmo que el reembolso se emite cuando el artículo devuelto llega a nuestro almacén, según la política de devoluciones de Amazon. Tu devolución (número de seguimiento Correos PQ4B8K0712345670128001W) sigue en tránsito.""",
  "respuesta firme y educada a un comprador grosero; número de seguimiento", buyer="Sois unos sinvergüenzas, quiero mi dinero YA.")
C("es", "re", "valoracion-danos", "garden", [], """Nuestra valoración de los daños a partir de tus fotos: la pata trasera está agrietada. Te enviamos una pata nueva (ref. TZ-LEG-150) y te reembolsamos 20 € por las molestias.""",
  "'valoración' en el sentido de evaluación de daños; reembolso para resolver", buyer="La pata del banco está rota, mira las fotos.")
C("es", "re", "computadora-especificaciones", "car", [], """El cargador sirve para una computadora portátil USB-C de hasta 65 W. Ten en cuenta que el cable no está incluido (modelo AVG-C65, versión 2.1).""",
  "palabra con subcadena ('computadora'), números de modelo y versión", buyer="¿Puedo cargar mi portátil en el coche?", noid=True, tld="com.mx")
C("es", "re", "hilo-limpio", "baby", [], """La muselina se puede lavar a 40 °C. El nuevo paquete te llegó el 6 de noviembre.""",
  "hilo citado con respuesta anterior limpia", buyer="¡Gracias por el paquete nuevo! ¿A qué temperatura se lavan?",
  prev="Hola {buyer}:\n\nSiento que faltara una muselina. Te enviamos un paquete nuevo, número de seguimiento 60 1234 5678 9931.\n\nUn saludo,\nLucía")
C("es", "re", "precio-mxn", "kitchen", [], """El cuchillo cuesta $1,299.00 MXN y el afilador $349.00 MXN; no vienen en un solo paquete.""",
  "precios en MXN, sin número de pedido", buyer="¿El cuchillo incluye afilador?", noid=True, tld="com.mx")
C("es", "re", "agente-aleman-saludo", "nutri", [], """Las pastillas de electrolitos no contienen azúcar y son aptas para veganos. Cada tubo trae 20 pastillas.""",
  "artefacto de traducción: agente alemán responde en español y deja 'Mit freundlichen Grüßen'", buyer="¿Llevan azúcar?", noid=True, sig=["Mit freundlichen Grüßen"])
# violations
C("es", "re", "tarjeta-regalo-resena", "baby", ["review_incentive"], """Por cierto: si nos dejas una reseña cuando lo pruebes, te mandamos una tarjeta regalo de 10 €. ¡Solo tienes que enviarnos la captura!""",
  "tarjeta regalo a cambio de reseña", buyer="¿El calientabiberones sirve para biberones de cristal?", req=True)
C("es", "re", "reembolso-por-borrar", "kitchen", ["review_incentive", "feedback_removal"], """Si borras la reseña de una estrella te devolvemos el importe completo hoy mismo.""",
  "reembolso a cambio de borrar la reseña", buyer="El cuchillo se oxidó. Ya puse mi reseña.")
C("es", "pro", "solo-si-contento", "jewel", ["review_manipulation"], """Pedido {oid}: si estás contento/a con tu colgante, déjanos una reseña. Si no, escríbenos primero a nosotros, por favor.""",
  "filtrado de reseñas", subj="Tu pedido {oid}", req=True)
C("es", "re", "cambiar-a-cinco", "car", ["review_manipulation", "feedback_removal"], """Ya que está todo resuelto, ¿podrías cambiar tu valoración a 5 estrellas? Nos ayudaría un montón.""",
  "pide cambiar la valoración a 5 estrellas", buyer="El nuevo soporte funciona bien.")
C("es", "re", "actualizar-opinion", "garden", ["feedback_removal"], """Ahora que ya tienes el parasol nuevo, ¿te importaría actualizar tu opinión? Gracias de antemano.""",
  "pide actualizar la opinión", buyer="Ya tengo el parasol nuevo.")
C("es", "pro", "recordatorio-2", "garden", ["repeat_request"], """Te escribimos de nuevo por tu pedido {oid}: si aún no has podido, nos encantaría conocer tu reseña.""",
  "segunda solicitud para el mismo pedido (recordatorio)", subj="Recordatorio pedido {oid}", req=True, pair="es-p1", role=2)
C("es", "re", "soporte-valoracion-2", "nutri", ["repeat_request"], """Sí, se puede mezclar con la proteína en el mismo batido.

Agradeceríamos tu valoración de este pedido.""",
  "segunda solicitud dentro de una respuesta de soporte, sin recordatorio", buyer="¿Se puede mezclar con la proteína?", req=True, pair="es-p2", role=2)
C("es", "re", "siguenos-facebook", "garden", ["contact_other", "marketing"], """¡Síguenos en Facebook (Terrazza Outdoor España) para ver la nueva colección de primavera!""",
  "síguenos en Facebook con la nueva colección", buyer="¿El cojín es desenfundable?", noid=True)
C("es", "re", "cupon-web", "nutri", ["external_link", "marketing"], """Y recuerda que en www.peakform-nutrition.com/es tienes un 15 % de descuento con el código PEAK15.""",
  "cupón con enlace a la tienda propia", buyer="¿Tenéis sabor chocolate?", noid=True)
C("es", "re", "insulto-inutil", "kitchen", ["offensive"], """No sé qué parte de «no apto para lavavajillas» no has entendido, de verdad que hay gente inútil.""",
  "insulto", buyer="La cazuela salió del lavavajillas con manchas.")
C("es", "re", "amenaza", "car", ["offensive"], """Como sigas con las reclamaciones falsas vas a tener problemas serios, te lo aviso.""",
  "amenaza", buyer="Voy a abrir otra reclamación.")
C("es", "pro", "confirmacion-pedido", "baby", ["unpermitted_proactive"], """¡Gracias por tu pedido {oid}! Ya lo estamos preparando con mucho cariño.""",
  "confirmación de pedido", subj="Hemos recibido tu pedido {oid}")
C("es", "pro", "aqui-para-ayudarte", "jewel", ["missing_order_id", "unpermitted_proactive"], """Solo queríamos recordarte que estamos aquí para ayudarte con cualquier duda sobre tu compra.""",
  "mensaje solo de 'estamos para ayudarte', sin número de pedido", subj="Estamos aquí para ti")
C("es", "re", "firma-correo-telefono", "garden", ["contact_email", "contact_phone"], """El banco soporta hasta 250 kg.""",
  "firma con correo (arroba ofuscada) y teléfono", buyer="¿Cuánto peso aguanta el banco?", noid=True, sig=["atencion arroba terrazza-outdoor punto com", "Tel. 912 345 678"])
C("es", "re", "whatsapp-personal", "car", ["contact_phone", "contact_other"], """Escríbeme por WhatsApp al +34 612 34 56 78 y lo vemos por videollamada.""",
  "WhatsApp personal con número", buyer="No consigo instalar el soporte.")
C("es", "re", "pixel-baja-enlace", "baby", ["external_link", "opt_out", "tracking_pixel"], """El colchón de la cuna de viaje mide 95 x 65 cm.

Si no deseas recibir más correos, <<a href="https://nestlingandco.com/baja?u={ctok}">>date de baja aquí<</a>>[[ https://nestlingandco.com/baja?u={ctok}]].""",
  "píxel 1x1 y enlace de baja en el cuerpo", buyer="¿Qué medida tiene el colchón?", noid=True, html_extra=PIX)
C("es", "re", "rar-important", "car", ["attachment", "important_tag"], """Te adjunto el manual en RAR.""",
  "adjunto RAR y [Important] en una respuesta sobre una duda de producto", buyer="¿Tenéis el manual?", subj="RE: [Important] Consulta del cliente de Amazon {buyer}", noid=True, atts=[att("manual.rar", RAR)])

# ================================================================ ITALIAN
C("it", "pro", "richiesta-recensione-1", "kitchen", [], """Speriamo che il tuo {product} (ordine {oid}) sia arrivato in perfette condizioni. Se hai un momento, ci farebbe piacere ricevere la tua recensione su Amazon.""",
  "prima richiesta di recensione neutra (inoltrata)", subj="Il tuo ordine {oid}", req=True, pair="it-p1", role=1)
C("it", "re", "assistenza-feedback-1", "baby", [], """Lo scaldabiberon è compatibile con i biberon in vetro fino a 6 cm di diametro.

Se hai un momento, ci farebbe piacere il tuo feedback su questo ordine.""",
  "prima richiesta di feedback in una risposta di assistenza (inoltrata)", buyer="Va bene per i biberon di vetro?", req=True, pair="it-p2", role=1)
C("it", "re", "brt-tracciamento", "garden", [], """La panchina è stata affidata a BRT il 5 novembre. Il numero di tracciamento è 0800 2736 1155 9047 e la consegna è prevista per venerdì tra le 9:00 e le 13:00.""",
  "numero di tracciamento BRT a gruppi", buyer="Dov'è la mia panchina?")
C("it", "re", "indirizzo-reso", "jewel", [], """Puoi restituire il bracciale entro 30 giorni dalla pagina resi di Amazon: https://www.amazon.it/gp/css/returns/homepage.html
Indirizzo per il reso: Lumen & Lark c/o Logistica Nord, Via dell'Artigianato 9, 20090 Segrate (MI).""",
  "indirizzo di reso con CAP, link ai resi Amazon", buyer="Il bracciale è troppo largo, posso renderlo?")
C("it", "re", "sostituzione-gratuita", "car", [], """Mi dispiace per il caricabatterie difettoso. Ti abbiamo spedito un sostituto oggi, senza costi; numero di spedizione Poste 3UW1A2B3C4D5E. Non serve restituire quello guasto.""",
  "sostituzione gratuita con numero di spedizione", buyer="Il caricatore si è bruciato dopo 3 giorni.")
C("it", "pro", "fattura-pdf", "nutri", [], """In allegato trovi la fattura n. 2026/1187 relativa al tuo ordine {oid}. Partita IVA: IT 12345670962. Totale: 44,90 € IVA inclusa.""",
  "fattura PDF con partita IVA", subj="Fattura ordine {oid}", atts=[att("Fattura_2026-1187.pdf", mk_pdf("Fattura 2026/1187 P.IVA IT12345670962"))])
C("it", "pro", "important-consegna", "garden", [], """Il tuo set lounge (ordine {oid}) richiede la consegna al piano con due corrieri. Ti va bene martedì 17 novembre, fascia 8:00–12:00, oppure giovedì 19 novembre, fascia 14:00–18:00?""",
  "[Important] corretto: pianificazione della consegna", subj="Pianificazione consegna ordine {oid} [IMPORTANT]")
C("it", "re", "come-lasciare-feedback", "nutri", [], """Certo! Vai su «I miei ordini», seleziona l'ordine e clicca «Lascia un feedback sul venditore». Qui la guida di Amazon: https://www.amazon.it/gp/help/customer/display.html?nodeId=G3NTKCHWEDTC8GFU""",
  "spiega come lasciare un feedback su richiesta", buyer="Come faccio a lasciarvi un feedback?")
C("it", "re", "risposta-ferma", "kitchen", [], """Comprendo la tua frustrazione. Ti confermo però che il rimborso viene emesso alla ricezione del reso, come previsto dalle condizioni di reso di Amazon. Il reso risulta consegnato al nostro magazzino ieri alle 16:12: il rimborso partirà entro 48 ore.""",
  "risposta ferma e cortese a un acquirente scortese", buyer="Siete dei ladri, voglio i miei soldi subito!")
C("it", "re", "certificato-specifiche", "car", [], """Il certificato CE e le specifiche tecniche confermano: ingresso 12/24 V, uscita 65 W, fusibile da 10 A. Abbiamo verificato il lotto 2309-B.""",
  "parole con sottostringhe (certificato, specifiche, verificato), numeri tecnici", buyer="Va bene per un camion a 24 V?", noid=True)
C("it", "re", "stella-valutazione", "jewel", [], """La stella del ciondolo misura 12 mm e la valutazione del nostro orafo sulla chiusura è positiva: è a moschettone, molto sicura.""",
  "'stella' e 'valutazione' in altro senso", buyer="La chiusura della collana è sicura?", noid=True)
C("it", "re", "feedback-aggiornabile", "garden", [], """Il nuovo ombrellone è stato consegnato oggi e ti abbiamo rimborsato le spese di spedizione.

Se ritieni che il problema sia stato risolto, sappi che è possibile aggiornare il feedback lasciato in precedenza; la scelta è naturalmente tua.""",
  "nota neutra che il feedback si può aggiornare, senza pressione", buyer="Ho lasciato un feedback negativo perché l'ombrellone era rotto.")
C("it", "re", "thread-pulito", "baby", [], """Le mussole si possono lavare a 40 °C e asciugare in asciugatrice a bassa temperatura.""",
  "thread citato con risposta precedente pulita", buyer="Grazie! Si possono mettere in asciugatrice?",
  prev="Ciao {buyer},\n\nci scusiamo per il colore sbagliato, il pacco corretto è in viaggio (numero di tracciamento 0800 2736 1155 9981).\n\nUn caro saluto,\nGiulia")
C("it", "re", "prezzi-misure", "kitchen", [], """La casseruola in rame da 16 cm costa 79,00 € e ha una capacità di 1,6 litri; quella da 20 cm (2,8 litri) 99,00 €.""",
  "prezzi e capacità senza numero d'ordine", buyer="Che capacità ha la casseruola?", noid=True)
# violations
C("it", "re", "buono-per-recensione", "kitchen", ["review_incentive"], """Ah, dimenticavo: chi ci lascia una recensione riceve uno sconto del 20 % sul prossimo acquisto.""",
  "sconto sul prossimo acquisto in cambio di recensione", buyer="Il coltello è adatto ai mancini?", noid=True, req=True)
C("it", "re", "rimborso-per-rimozione", "jewel", ["review_incentive", "feedback_removal"], """Se rimuovi il feedback negativo ti rimborsiamo subito metà dell'importo.""",
  "rimborso in cambio della rimozione del feedback", buyer="Collana arrivata rotta, ho lasciato feedback negativo.")
C("it", "pro", "solo-se-soddisfatto", "nutri", ["review_manipulation"], """Ordine {oid}: se sei soddisfatto, lasciaci 5 stelle! Se qualcosa non va, scrivici prima di recensire.""",
  "5 stelle e filtraggio delle recensioni", subj="Com'è andata? Ordine {oid}", req=True)
C("it", "re", "cambia-in-positiva", "garden", ["review_manipulation", "feedback_removal"], """Ora che la panchina è sistemata, potresti trasformare la recensione in una positiva?""",
  "chiede di rendere positiva la recensione", buyer="Panchina riparata, grazie.")
C("it", "re", "togli-recensione", "car", ["feedback_removal"], """ti chiedo gentilmente di togliere la recensione, visto che abbiamo risolto""",
  "richiesta di rimozione, scritta in fretta", buyer="Ok il nuovo supporto va bene.", wrap="plain")
C("it", "pro", "promemoria-2", "kitchen", ["repeat_request"], """Ti riscriviamo per l'ordine {oid}: se non l'hai ancora fatto, ci farebbe piacere la tua recensione.""",
  "seconda richiesta per lo stesso ordine (promemoria)", subj="Promemoria ordine {oid}", req=True, pair="it-p1", role=2)
C("it", "re", "assistenza-feedback-2", "baby", ["repeat_request"], """Il ciclo di decalcificazione dura 12 minuti.

Il tuo feedback su questo ordine ci aiuterebbe molto.""",
  "seconda richiesta in una risposta di assistenza, senza formula di promemoria", buyer="Quanto dura la decalcificazione?", req=True, pair="it-p2", role=2)
C("it", "re", "seguici-instagram", "kitchen", ["contact_other", "marketing"], """Seguici su Instagram (@kupferhaus.italia) per ricette e offerte esclusive!""",
  "seguici su Instagram con offerte", buyer="Il manico si scalda?", noid=True)
C("it", "re", "link-outlet", "car", ["external_link", "marketing"], """Dai un'occhiata al nostro outlet: autovia-gear.com/it/outlet, tappetini a metà prezzo!""",
  "link all'outlet del marchio con promozione", buyer="I tappetini vanno bene per una Panda?")
C("it", "re", "insulto", "baby", ["offensive"], """Ma ci arrivi o no? Il cavo va nella presa, non è difficile.""",
  "commento offensivo", buyer="Lo scaldabiberon non si accende.")
C("it", "re", "parolaccia", "nutri", ["offensive"], """Che cazzo vuoi ancora? Il rimborso te l'abbiamo già fatto.""",
  "volgarità", buyer="Non ho ancora visto il rimborso.")
C("it", "pro", "conferma-spedizione", "car", ["unpermitted_proactive"], """Il tuo ordine {oid} è stato spedito! Numero di tracciamento BRT: 0800 2736 1155 1234.""",
  "conferma di spedizione", subj="Ordine {oid} spedito")
C("it", "pro", "solo-grazie", "garden", ["missing_order_id", "unpermitted_proactive"], """Grazie di cuore per aver scelto Terrazza Outdoor per il tuo giardino!""",
  "solo ringraziamento, senza numero d'ordine", subj="Grazie!")
C("it", "re", "firma-chiocciola", "jewel", ["contact_email", "contact_phone"], """L'incisione può avere al massimo 20 caratteri.""",
  "firma con e-mail offuscata (chiocciola) e telefono", buyer="Quanti caratteri si possono incidere?", noid=True, sig=["assistenza chiocciola lumenandlark punto co punto uk", "tel. 02 8734 1190"])
C("it", "re", "telegram-numero", "kitchen", ["contact_phone", "contact_other"], """Scrivimi su Telegram al 347 123 4567, ti mando il video.""",
  "Telegram con numero di cellulare", buyer="Come si affila il coltello?")
C("it", "pro", "pixel-important", "baby", ["tracking_pixel", "important_tag"], """Ordine {oid}: ecco i consigli per la pulizia del tuo {product}. Lavare a mano con acqua tiepida.""",
  "[Important] usato per consigli d'uso, pixel di tracciamento", subj="[Important] Consigli d'uso – ordine {oid}", html_extra=PIXHID)
C("it", "pro", "cancella-senza-ordine", "car", ["opt_out", "missing_order_id"], """Ecco come montare il supporto magnetico: pulisci la superficie, attendi 24 ore prima di usarlo.

Per non ricevere più queste e-mail rispondi CANCELLA.""",
  "testo di disiscrizione, nessun numero d'ordine", subj="Come montare il tuo supporto")

# ================================================================ JAPANESE
C("ja", "pro", "review-irai-1", "kitchen", [], """ご注文番号 {oid} の{product}はお手元に届きましたでしょうか。もしお時間がございましたら、Amazonにてレビューをお寄せいただけますと幸いです。""",
  "初回の中立的なレビュー依頼（送信済み）", subj="ご注文 {oid} について", req=True, pair="ja-p1", role=1)
C("ja", "re", "support-hyoka-1", "baby", [], """おくるみは40℃までの洗濯機洗いが可能です。乾燥機は低温でご使用ください。

お時間がございましたら、今回のご注文について出品者評価をいただけますと幸いです。""",
  "サポート返信内の初回評価依頼（送信済み）", buyer="おくるみは洗濯機で洗えますか？", req=True, pair="ja-p2", role=1)
C("ja", "re", "yamato-denpyo", "garden", [], """ベンチは11月5日にヤマト運輸にて発送いたしました。伝票番号は 4521-8732-0946 です。お届け予定は{nextday}日の午前中（8時～12時）となっております。""",
  "ヤマト運輸の伝票番号（電話番号に似た区切り）", buyer="ベンチがまだ届きません。いつ届きますか？")
C("ja", "re", "henpin-jusho", "car", [], """返品はAmazonの注文履歴から手続きいただけます：https://www.amazon.co.jp/gp/css/returns/homepage.html
返送先：〒272-0002 千葉県市川市二俣新町17番地 オートビア返品センター""",
  "返品先住所と郵便番号、Amazon返品ページ", buyer="フロアマットが車に合いませんでした。返品できますか？")
C("ja", "re", "zengaku-henkin", "nutri", [], """容器の破損、大変申し訳ございません。本日、代金4,980円を全額返金いたしました。商品のご返送は不要です。""",
  "無条件の全額返金（問題解決のため）", buyer="プロテインの容器が割れて粉が漏れていました。")
C("ja", "pro", "ryoshusho-pdf", "jewel", [], """ご注文 {oid} の領収書（適格請求書）をPDFにて添付いたします。登録番号：T1234567890123、請求書番号：INV-JP-20931、合計金額：8,800円（税込）です。""",
  "領収書PDF、インボイス登録番号", subj="ご注文 {oid} の領収書", atts=[att("ryoshusho_INV-JP-20931.pdf", mk_pdf("Invoice INV-JP-20931 T1234567890123"))])
C("ja", "pro", "important-kokuin", "jewel", [], """ご注文 {oid} のブレスレットの刻印内容を確認させてください。現在「ＨＡＲＵＫＡ　２０２５．０４．０１」（全角）で承っております。半角表記をご希望の場合はご返信ください。""",
  "[Important] 正しい使用：刻印（カスタマイズ）の確認、全角文字", subj="[Important] 刻印内容のご確認（ご注文 {oid}）")
C("ja", "re", "hyoka-houhou", "kitchen", [], """出品者評価は「注文履歴」から該当のご注文を選び、「出品者を評価」からご投稿いただけます。詳しくはAmazonのヘルプをご覧ください：https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G3NTKCHWEDTC8GFU""",
  "購入者の質問に答えて評価方法を説明", buyer="評価はどこからできますか？")
C("ja", "re", "kibishii-kaito", "car", [], """ご不快な思いをおかけし申し訳ございません。恐れ入りますが、返金はAmazonの返品ポリシーに基づき、返品商品の到着確認後となります。佐川急便のお問い合わせ番号 3601-2457-8812 にて、現在配送中であることを確認しております。""",
  "失礼な購入者への丁寧で毅然とした回答、佐川急便のお問い合わせ番号", buyer="いつまで待たせるんだ。最低の店だな。")
C("ja", "re", "hoshi-pendant", "jewel", [], """星のペンダントトップは直径12mm、チェーンは45cmです。★の部分は当工房で品質評価を行っており、変色しにくいロジウム仕上げです。""",
  "「星」「評価」を別の意味で使用、★記号", buyer="星のペンダントは変色しますか？", noid=True)
C("ja", "re", "zenkaku-kataban", "car", [], """充電器の型番はＡＶＧ－Ｃ６５、出力は最大６５Ｗです。ヒューズ定格は１０Ａとなっております。""",
  "全角英数字の型番・定格（電話番号ではない）", buyer="この充電器はノートPCにも使えますか？", noid=True)
C("ja", "re", "kirei-rireki", "nutri", [], """タブレットは開封後、湿気を避けて6か月以内にお召し上がりください。交換品は11月6日にお届け済みです。""",
  "以前のクリーンな担当者返信を引用", buyer="交換品ありがとうございます。開封後どれくらい持ちますか？",
  prev="{buyer}様\n\nこの度はご迷惑をおかけし申し訳ございません。交換品を発送いたしました。伝票番号：4521-8732-1187\n\nピークフォーム カスタマーサポート\n佐藤")
C("ja", "re", "kakaku-sunpo", "kitchen", [], """24cmのキャセロールは容量4.2L、価格は14,800円です。28cm（6.7L）は18,800円でございます。""",
  "価格と容量、注文番号なし", buyer="大きいサイズはありますか？", noid=True)
C("ja", "re", "hikakutekina-shitsumon", "baby", [], """トラベルベッドの耐荷重は15kg、対象年齢は0か月～36か月です。マットレスサイズは95×65cmです。""",
  "製品質問、数値のみ", buyer="何歳まで使えますか？", noid=True, cs=("iso-2022-jp", "7bit"))
# violations
C("ja", "re", "amazon-gift-review", "nutri", ["review_incentive"], """追伸：レビューを書いていただいた方には、Amazonギフト券500円分をプレゼントしております。""",
  "レビューと引き換えのギフト券", buyer="クレアチンは水に溶けやすいですか？", noid=True, req=True)
C("ja", "re", "henkin-sakujo", "kitchen", ["review_incentive", "feedback_removal"], """低評価を削除していただければ、代金を全額返金させていただきます。""",
  "評価削除と引き換えの返金", buyer="包丁の刃が欠けていたので低評価をつけました。")
C("ja", "pro", "manzoku-nara", "baby", ["review_manipulation"], """ご注文 {oid}：ご満足いただけましたら、ぜひ★5のレビューをお願いいたします。ご不満な点がございましたら、レビューの前にまず当店へご連絡ください。""",
  "★5の依頼とレビューゲーティング", subj="ご注文 {oid} について", req=True)
C("ja", "re", "hoshi-go-henkou", "car", ["review_manipulation", "feedback_removal"], """解決いたしましたので、お手数ですがレビューを星5つに変更していただけないでしょうか。""",
  "星5への変更依頼", buyer="新しいマウントは問題なく使えています。")
C("ja", "re", "hyoka-minaoshi", "garden", ["feedback_removal"], """つきましては、先日の評価の見直しをご検討いただけますと大変助かります。""",
  "評価の見直し（変更）を求める婉曲表現", buyer="交換部品が届きました。")
C("ja", "pro", "saido-irai-2", "kitchen", ["repeat_request"], """先日もご案内いたしましたが、ご注文 {oid} のレビューをまだお済みでない場合は、お時間のある際にご投稿いただけますと幸いです。""",
  "同一注文への二度目の依頼（リマインド）", subj="再度のお願い（ご注文 {oid}）", req=True, pair="ja-p1", role=2)
C("ja", "re", "support-hyoka-2", "baby", ["repeat_request"], """おくるみは3枚とも同じサイズ（120×120cm）です。

今回のご注文の評価をいただけますと励みになります。""",
  "サポート返信内の二度目の依頼（リマインド表現なし）", buyer="3枚とも同じ大きさですか？", req=True, pair="ja-p2", role=2)
C("ja", "re", "line-tomodachi", "nutri", ["contact_other", "marketing"], """LINE公式アカウント（@peakform_jp）を友だち追加すると新商品情報やクーポンが届きます！""",
  "LINE友だち追加とクーポン", buyer="チョコ味はありますか？", noid=True)
C("ja", "re", "zenkaku-url-sale", "jewel", ["external_link", "marketing", "styling"], """ただいま公式ストア（ｗｗｗ．ｌｕｍｅｎａｎｄｌａｒｋ．ｃｏ．ｕｋ）で冬のセール開催中です✨""",
  "全角文字で難読化したURLとセール告知、絵文字", buyer="ピアスのキャッチは予備がありますか？", noid=True)
C("ja", "re", "bakani-suru", "baby", ["offensive"], """説明書くらい読めないんですかね。本当に困ったお客様です。""",
  "購入者を侮辱する一言", buyer="電源が入りません！")
C("ja", "re", "odoshi", "car", ["offensive"], """ふざけるな。これ以上嘘のクレームを続けるなら、こちらも黙っていませんよ。""",
  "暴言と脅し", buyer="また届いていません。返金してください。")
C("ja", "pro", "hasso-kanryo", "garden", ["unpermitted_proactive"], """ご注文 {oid} の商品を本日発送いたしました。伝票番号：4521-8732-5530""",
  "発送完了のお知らせ", subj="発送完了のお知らせ（ご注文 {oid}）")
C("ja", "pro", "orei-nomi", "kitchen", ["missing_order_id", "unpermitted_proactive"], """この度はクプファーハウスの商品をお買い上げいただき、誠にありがとうございました。""",
  "お礼のみ、注文番号なし", subj="お買い上げありがとうございました")
C("ja", "re", "shomei-mail-tel", "garden", ["contact_email", "contact_phone"], """パラソルの生地は撥水加工済みです。""",
  "署名にメールアドレス（全角＠）と電話番号", buyer="パラソルは雨でも使えますか？", noid=True, sig=["support＠terrazza-outdoor.com", "TEL：０３－１２３４－５６７８"])
C("ja", "re", "line-denwa", "kitchen", ["contact_phone", "contact_other"], """LINEでやり取りした方が早いので、090-1234-5678 を友だち追加してください。""",
  "LINEと携帯番号", buyer="包丁の研ぎ方を教えてください。")
C("ja", "re", "pixel-haishin-teishi", "car", ["external_link", "opt_out", "tracking_pixel"], """マウントはMagSafe対応です。

配信停止はこちら：https://autovia-gear.com/jp/unsubscribe?u={ctok}""",
  "非表示の開封ピクセルと配信停止リンク", buyer="MagSafeに対応していますか？", noid=True, html_extra=PIXHID)
C("ja", "re", "webp-important", "baby", ["attachment", "important_tag"], """組み立て手順の画像を添付いたします。""",
  "WebP画像の添付と、製品質問への返信での[Important]", buyer="組み立て方がわかりません。", subj="Re: [Important] 組み立てについて", noid=True, atts=[att("kumitate.webp", WEBP)])

# ================================================================ DUTCH
C("nl", "pro", "review-verzoek-1", "baby", [], """We hopen dat uw {product} (bestelling {oid}) goed is aangekomen. Als u even tijd heeft, stellen we uw review op Amazon zeer op prijs.""",
  "eerste neutrale reviewverzoek (doorgestuurd)", subj="Uw bestelling {oid}", req=True, pair="nl-p1", role=1)
C("nl", "re", "support-feedback-1", "garden", [], """De kussenhoezen kunnen op 30 graden in de wasmachine, niet in de droger.

Als u een moment heeft, horen we graag uw feedback over deze bestelling.""",
  "eerste feedbackverzoek in een supportantwoord (doorgestuurd)", buyer="Kunnen de hoezen in de wasmachine?", req=True, pair="nl-p2", role=1)
C("nl", "re", "postnl-track", "kitchen", [], """Uw pan is op 4 november met PostNL verzonden. Het trackingnummer is 3SKUPF 4471 2209 en volgens PostNL wordt hij morgen tussen 13:30 en 16:00 bezorgd.""",
  "PostNL-trackingnummer, tijdvak", buyer="Waar blijft mijn pan?")
C("nl", "re", "retouradres", "jewel", [], """U kunt de oorbellen retourneren via Mijn bestellingen: https://www.amazon.nl/gp/css/returns/homepage.html
Retouradres indien gevraagd: Lumen & Lark Retouren, Industrieweg 41, 3542 AD Utrecht.""",
  "retouradres met postcode, Amazon-retourpagina", buyer="De oorbellen zijn kleiner dan verwacht, kan ik ze terugsturen?")
C("nl", "re", "korting-oplossing", "car", [], """Excuses voor de kras op de houder. Ik heb u 20 % (€ 5,99) terugbetaald. Wilt u liever een nieuwe, laat het gerust weten.""",
  "gedeeltelijke terugbetaling om het probleem op te lossen", buyer="Er zit een kras op de telefoonhouder.")
C("nl", "pro", "factuur-pdf", "garden", [], """In de bijlage vindt u factuur 2026-NL-5521 voor bestelling {oid}. Ons btw-nummer is NL 8534.12.998.B01; totaalbedrag € 349,00 incl. btw.""",
  "factuur als pdf, btw-nummer met punten", subj="Factuur bestelling {oid}", atts=[att("factuur-2026-NL-5521.pdf", mk_pdf("Factuur 2026-NL-5521 BTW NL853412998B01"))])
C("nl", "pro", "important-bezorgafspraak", "garden", [], """Uw loungeset (bestelling {oid}) wordt door twee bezorgers geleverd. Past woensdag 18 november tussen 8:00 en 12:00 of vrijdag 20 november tussen 12:00 en 16:00?""",
  "[Important] correct: bezorgafspraak", subj="[Important] Bezorgafspraak bestelling {oid}")
C("nl", "re", "hoe-feedback", "nutri", [], """Natuurlijk! Ga naar 'Mijn bestellingen', kies de bestelling en klik op 'Feedback over verkoper geven'. Uitleg van Amazon: https://www.amazon.nl/gp/help/customer/display.html?nodeId=G3NTKCHWEDTC8GFU""",
  "legt op verzoek uit hoe feedback werkt", buyer="Hoe kan ik feedback voor jullie achterlaten?")
C("nl", "re", "stevig-beleefd", "kitchen", [], """Ik begrijp dat u boos bent. Toch kan ik de terugbetaling pas doen als het retourpakket bij ons is aangekomen; zo werkt het Amazon-retourbeleid. Uw retour (PostNL 3SKUPF 4471 9930) is gisteren om 18:05 afgegeven.""",
  "stevig maar beleefd antwoord aan een onbeleefde koper", buyer="Belachelijk dit. Geef gewoon mijn geld terug, prutsers.")
C("nl", "re", "ster-hanger", "jewel", [], """De sterhanger is van 925 sterling zilver; de ster is 12 mm. Onze goudsmid heeft het oogje vorig jaar beoordeeld en verstevigd.""",
  "'ster' en 'beoordeeld' in productbetekenis", buyer="Is de ster stevig genoeg voor een kind?", noid=True, tld="com.be")
C("nl", "re", "prijzen-maten", "kitchen", [], """Het koksmes kost € 89,95; lemmet 20 cm, hardheid 60-61 HRC. Het mes wordt geleverd in een houten doos (art.nr. KH-CK20).""",
  "prijs, maten en artikelnummer zonder bestelnummer", buyer="Hoe hard is het staal?", noid=True)
C("nl", "re", "schone-draad", "car", [], """De matten zijn geschikt voor de Kia Niro 2022. De vervangende set is op 6 november bezorgd.""",
  "geciteerde eerdere schone agentreactie", buyer="Bedankt voor de nieuwe set! Passen ze ook in een Niro?",
  prev="Beste {buyer},\n\nSorry voor de verkeerde maat. Een nieuwe set is onderweg, trackingnummer 3SAUTO 5521 0098.\n\nMet vriendelijke groet,\nBram")
C("nl", "re", "feedback-aanpasbaar", "baby", [], """De nieuwe flessenwarmer is vandaag bezorgd en de verzendkosten zijn terugbetaald.

Als u vindt dat het probleem is opgelost, kunt u uw feedback aanpassen; dat is helemaal aan u.""",
  "neutrale melding dat feedback aangepast kan worden, zonder druk", buyer="Ik had negatieve feedback gegeven omdat hij kapot was.")
C("nl", "re", "duits-artefact", "nutri", [], """De whey bevat 27 g eiwit per schep van 30 g. Lotnummer L2310-077, THT 10/2027.""",
  "vertaalartefact: Duitse agent laat 'Viele Grüße' staan", buyer="Hoeveel eiwit per schep?", noid=True, sig=["Viele Grüße"])
# violations
C("nl", "re", "cadeaubon-review", "garden", ["review_incentive"], """Trouwens: laat u een review achter, dan krijgt u van ons een VVV-cadeaubon van € 10.""",
  "cadeaubon voor een review", buyer="Is de parasol windbestendig?", noid=True, req=True)
C("nl", "re", "terugbetaling-verwijderen", "baby", ["review_incentive", "feedback_removal"], """Als u uw negatieve beoordeling verwijdert, betalen we het volledige bedrag terug.""",
  "terugbetaling in ruil voor verwijderen beoordeling", buyer="De warmer was kapot, daarom die slechte beoordeling.")
C("nl", "pro", "alleen-tevreden", "kitchen", ["review_manipulation"], """Bestelling {oid}: tevreden? Dan horen we graag een positieve review! Niet tevreden? Mail ons dan eerst, niet meteen een review plaatsen.""",
  "alleen tevreden kopers naar review, positieve review gevraagd", subj="Uw mening over bestelling {oid}", req=True)
C("nl", "re", "naar-vijf-sterren", "nutri", ["review_manipulation", "feedback_removal"], """Nu alles is opgelost: zou u uw review naar 5 sterren willen aanpassen?""",
  "vraagt review naar 5 sterren te wijzigen", buyer="Nieuwe pot ontvangen.")
C("nl", "re", "feedback-weghalen", "car", ["feedback_removal"], """wilt u die feedback even weghalen? het is nu toch opgelost""",
  "verzoek om feedback te verwijderen, kort", buyer="Lader werkt nu.", wrap="plain")
C("nl", "pro", "herinnering-2", "baby", ["repeat_request"], """Nog even een herinnering voor bestelling {oid}: als u er nog niet aan toe bent gekomen, stellen we uw review op prijs.""",
  "tweede verzoek voor dezelfde bestelling (herinnering)", subj="Herinnering bestelling {oid}", req=True, pair="nl-p1", role=2)
C("nl", "re", "support-feedback-2", "garden", ["repeat_request"], """De bank kan het hele jaar buiten blijven staan.

We horen graag uw feedback over deze bestelling.""",
  "tweede verzoek in supportantwoord, zonder herinneringswoorden", buyer="Kan de bank in de winter buiten blijven?", req=True, pair="nl-p2", role=2)
C("nl", "re", "volg-ons-facebook", "jewel", ["contact_other", "marketing"], """Volg ons op Facebook voor nieuwe collecties en winacties!""",
  "volg ons op Facebook, winacties", buyer="Is de ketting verstelbaar?", noid=True)
C("nl", "re", "webshop-aanbieding", "kitchen", ["external_link", "marketing"], """Tip: in onze webshop kupferhaus-kitchen.de/nl krijgt u deze week 25 % korting op alle koperen pannen.""",
  "link naar eigen webshop met aanbieding", buyer="Is de koperen pan geschikt voor inductie?", noid=True)
C("nl", "re", "belediging", "car", ["offensive"], """Serieus, zo moeilijk is het niet. Wat een sukkel.""",
  "belediging", buyer="Ik krijg de houder niet vast.")
C("nl", "re", "scheldwoord", "garden", ["offensive"], """Wat een gezeik over een krasje. Klaar nu.""",
  "grof taalgebruik", buyer="Er zit een kras op de tafel!")
C("nl", "pro", "orderbevestiging", "nutri", ["unpermitted_proactive"], """Bedankt voor uw bestelling {oid}! We gaan er meteen mee aan de slag.""",
  "orderbevestiging", subj="Bestelling {oid} ontvangen")
C("nl", "pro", "we-zijn-er-voor-u", "car", ["missing_order_id", "unpermitted_proactive"], """Heeft u vragen over uw aankoop? We staan altijd voor u klaar!""",
  "alleen 'we zijn er voor u', zonder bestelnummer", subj="We zijn er voor u")
C("nl", "re", "handtekening-mail-tel", "baby", ["contact_email", "contact_phone"], """De box weegt 6,8 kg.""",
  "handtekening met e-mailadres (at/punt) en telefoon", buyer="Hoe zwaar is de reisbox?", noid=True, sig=["klantenservice [at] nestlingandco [punt] com", "Tel: 020 - 123 45 67"])
C("nl", "re", "whatsapp-06", "jewel", ["contact_phone", "contact_other"], """Stuur de foto even via WhatsApp naar 06-12345678, dan kijk ik meteen.""",
  "WhatsApp met mobiel nummer", buyer="De sluiting lijkt kapot.")
C("nl", "re", "pixel-listunsub", "garden", ["opt_out", "tracking_pixel"], """De parasol heeft UPF 50+.""",
  "List-Unsubscribe-header en trackingpixel met ontvanger-id", buyer="Hoeveel UV-bescherming geeft de parasol?", noid=True, html_extra=BANNER, hdrs=["List-Unsubscribe: <mailto:afmelden@terrazza-outdoor.com>"])
C("nl", "re", "exe-important", "car", ["attachment", "important_tag"], """Bijgevoegd de update-tool voor de lader.""",
  "uitvoerbaar bestand en [Important] op een gewoon antwoord", buyer="Lader laadt traag.", subj="Re: [Important] Vraag van Amazon-klant {buyer}", noid=True, atts=[att("lader-update.exe", mk_exe())])

# ================================================================ POLISH
C("pl", "pro", "prosba-opinia-1", "car", [], """Mamy nadzieję, że {product} (zamówienie {oid}) dotarł w dobrym stanie. Jeśli znajdzie Pani/Pan chwilę, będziemy wdzięczni za opinię na Amazon.""",
  "pierwsza neutralna prośba o opinię (przekazana)", subj="Zamówienie {oid}", req=True, pair="pl-p1", role=1)
C("pl", "re", "wsparcie-ocena-1", "kitchen", [], """Garnek można myć w zmywarce, ale ręczne mycie wydłuża życie emalii.

Jeśli znajdzie Pani/Pan chwilę, będziemy wdzięczni za ocenę tego zamówienia.""",
  "pierwsza prośba o ocenę w odpowiedzi supportu (przekazana)", buyer="Czy garnek można myć w zmywarce?", req=True, pair="pl-p2", role=1)
C("pl", "re", "inpost-numer", "nutri", [], """Paczka została nadana 4 listopada przez InPost. Numer przesyłki: 6200 0345 1122 0098 7712 3456. Będzie do odbioru w paczkomacie WAW22M jutro od 10:00.""",
  "numer przesyłki InPost w grupach cyfr", buyer="Gdzie jest moja paczka z odżywką?")
C("pl", "re", "adres-zwrotu", "garden", [], """Zwrot można zgłosić w zakładce Zamówienia: https://www.amazon.pl/gp/css/returns/homepage.html
Adres zwrotu: Terrazza Outdoor Zwroty, ul. Magazynowa 5, 62-081 Przeźmierowo.""",
  "adres zwrotu z kodem pocztowym, link Amazon", buyer="Parasol jest za duży, chcę zwrócić.")
C("pl", "re", "wymiana-bez-kosztow", "baby", [], """Przepraszam za uszkodzony zawias. Wysłaliśmy dziś nowe łóżeczko bez żadnych kosztów, numer przesyłki DPD 1350 0045 7781 2. Uszkodzonego nie trzeba odsyłać.""",
  "bezpłatna wymiana, numer przesyłki", buyer="Zawias łóżeczka pękł przy rozkładaniu.")
C("pl", "pro", "faktura-pdf", "kitchen", [], """W załączniku przesyłamy fakturę FV/2026/11/0487 do zamówienia {oid}. NIP: 525-28-61-397, kwota brutto: 329,00 zł.""",
  "faktura PDF, NIP z myślnikami (nie telefon)", subj="Faktura do zamówienia {oid}", atts=[att("FV_2026_11_0487.pdf", mk_pdf("Faktura FV/2026/11/0487 NIP 5252861397"))])
C("pl", "pro", "important-adres", "jewel", [], """Kurier nie mógł doręczyć zamówienia {oid}: pod adresem ul. Długa 17, 31-147 Kraków brakuje numeru mieszkania. Prosimy o odpowiedź z pełnym adresem.""",
  "[Important] poprawnie: problem z adresem", subj="[Important] Problem z adresem – zamówienie {oid}")
C("pl", "re", "jak-wystawic-ocene", "nutri", [], """Oczywiście: w „Moje zamówienia” wybierz zamówienie i kliknij „Oceń sprzedawcę”. Pomoc Amazon: https://www.amazon.pl/gp/help/customer/display.html?nodeId=G3NTKCHWEDTC8GFU""",
  "wyjaśnia proces oceny na prośbę kupującego", buyer="Jak mogę wystawić Wam ocenę?")
C("pl", "re", "stanowcza-uprzejma", "car", [], """Rozumiem frustrację. Zwrot pieniędzy następuje po dotarciu zwrotu do magazynu, zgodnie z zasadami Amazon. Państwa paczka zwrotna (InPost 6200 0345 1122 0098 7712 9901) jest w drodze.""",
  "stanowcza, uprzejma odpowiedź na niegrzecznego kupującego", buyer="Oszuści! Oddawajcie kasę natychmiast.")
C("pl", "re", "gwiazdka-zawieszka", "jewel", [], """Zawieszka w kształcie gwiazdki ma 12 mm, łańcuszek 45 cm. Klasa srebra: 925.""",
  "'gwiazdka' i 'klasa' w innym znaczeniu", buyer="Jaki rozmiar ma gwiazdka?", noid=True)
C("pl", "re", "ceny-wymiary", "garden", [], """Ławka ma 150 × 62 × 88 cm i kosztuje 749,00 zł; poduszka (nr kat. TZ-CUS-150) 119,00 zł.""",
  "wymiary, ceny, numer katalogowy bez numeru zamówienia", buyer="Jakie wymiary ma ławka?", noid=True)
C("pl", "re", "czysty-watek", "baby", [], """Podgrzewacz wyłącza się automatycznie po 60 minutach. Nowe urządzenie zostało doręczone 6 listopada.""",
  "cytowany wcześniejszy czysty wątek", buyer="Dziękuję za nowy podgrzewacz! Czy sam się wyłącza?",
  prev="Dzień dobry,\n\nprzepraszamy za usterkę. Nowy podgrzewacz jest w drodze, numer przesyłki 6200 0345 1122 0098 7712 4410.\n\nPozdrawiam serdecznie,\nOla")
C("pl", "re", "ocena-mozna-zmienic", "kitchen", [], """Nowa pokrywka dotarła, a koszty wysyłki zostały zwrócone.

Jeśli uważa Pani/Pan, że sprawa została rozwiązana, wcześniej wystawioną ocenę można zaktualizować – decyzja należy wyłącznie do Pani/Pana.""",
  "neutralna informacja, że ocenę można zmienić, bez nacisku", buyer="Wystawiłam negatywną ocenę przez pękniętą pokrywkę.")
C("pl", "re", "model-ladowarka", "car", [], """Ładowarka AVG-C65 obsługuje napięcie 12/24 V, wersja oprogramowania 1.3.0, bezpiecznik 10 A.""",
  "numery modelu, wersji i parametry", buyer="Czy działa w ciężarówce 24 V?", noid=True, cs=("iso-8859-2", "qp"))
# violations
C("pl", "re", "kupon-za-opinie", "nutri", ["review_incentive"], """A za opinię na Amazonie dorzucimy darmową próbkę nowego smaku przy następnym zamówieniu.""",
  "darmowy produkt za opinię", buyer="Czy kreatyna ma smak?", noid=True, req=True)
C("pl", "re", "zwrot-za-usuniecie", "car", ["review_incentive", "feedback_removal"], """Jeśli usunie Pan negatywną ocenę, zwrócimy pełną kwotę od ręki.""",
  "zwrot pieniędzy za usunięcie oceny", buyer="Dałem złą ocenę, bo uchwyt się złamał.")
C("pl", "pro", "tylko-zadowoleni", "jewel", ["review_manipulation"], """Zamówienie {oid}: jeśli jest Pani zadowolona, prosimy o pięć gwiazdek. Jeśli nie – proszę najpierw napisać do nas.""",
  "pięć gwiazdek i filtrowanie opinii", subj="Zamówienie {oid}", req=True)
C("pl", "re", "zmiana-na-piec", "garden", ["review_manipulation", "feedback_removal"], """Skoro wszystko gra, może zmieni Pan ocenę na 5 gwiazdek?""",
  "prośba o zmianę oceny na 5 gwiazdek", buyer="Nowe śruby dotarły.")
C("pl", "re", "prosze-usunac", "baby", ["feedback_removal"], """Uprzejmie prosimy o usunięcie negatywnego komentarza, ponieważ problem został rozwiązany.""",
  "prośba o usunięcie komentarza", buyer="Nowe otulacze dotarły.")
C("pl", "pro", "przypomnienie-2", "car", ["repeat_request"], """Przypominamy uprzejmie o zamówieniu {oid}: jeśli nie miał Pan jeszcze okazji, będziemy wdzięczni za opinię.""",
  "druga prośba dla tego samego zamówienia (przypomnienie)", subj="Przypomnienie – zamówienie {oid}", req=True, pair="pl-p1", role=2)
C("pl", "re", "wsparcie-ocena-2", "kitchen", ["repeat_request"], """Tak, pokrywka pasuje także do patelni 24 cm.

Będziemy wdzięczni za ocenę tego zamówienia.""",
  "druga prośba w odpowiedzi supportu, bez słowa przypomnienia", buyer="Czy pokrywka pasuje do patelni?", req=True, pair="pl-p2", role=2)
C("pl", "re", "obserwuj-instagram", "baby", ["contact_other", "marketing"], """Zapraszamy na naszego Instagrama @nestling.pl – co tydzień konkursy z nagrodami!""",
  "Instagram z nazwą konta i konkursami", buyer="Czy otulacze są z bawełny organicznej?", noid=True)
C("pl", "re", "sklep-promocja", "garden", ["external_link", "marketing"], """Na terrazza-outdoor.com/pl trwa właśnie wyprzedaż – meble ogrodowe do -40%.""",
  "link do sklepu z wyprzedażą", buyer="Czy zestaw jest odporny na mróz?", noid=True)
C("pl", "re", "obelga", "nutri", ["offensive"], """Naprawdę trzeba być idiotą, żeby nie zauważyć daty na opakowaniu.""",
  "obelga", buyer="Odżywka jest przeterminowana?")
C("pl", "re", "wulgaryzm", "car", ["offensive"], """Kurwa, ile razy mam to tłumaczyć? Dywaniki są dobre.""",
  "wulgaryzm", buyer="Dywaniki dalej nie pasują.")
C("pl", "pro", "brak-w-magazynie", "kitchen", ["unpermitted_proactive"], """Zamówienie {oid}: niestety rondel miedziany 16 cm jest chwilowo niedostępny w magazynie. Wyślemy go, gdy tylko wróci.""",
  "powiadomienie o braku towaru", subj="Brak towaru – zamówienie {oid}")
C("pl", "pro", "podziekowanie", "garden", ["missing_order_id", "unpermitted_proactive"], """Dziękujemy serdecznie za zakupy w Terrazza Outdoor!""",
  "same podziękowania, bez numeru zamówienia", subj="Dziękujemy!")
C("pl", "re", "podpis-mail-tel", "kitchen", ["contact_email", "contact_phone"], """Nóż ma twardość 60–61 HRC.""",
  "podpis z e-mailem i telefonem (cyframi ze spacjami)", buyer="Jaka twardość noża?", noid=True, sig=["sklep@kupferhaus-kitchen.de", "tel. 5 0 1 2 3 4 5 6 7"])
C("pl", "re", "whatsapp-numer", "nutri", ["contact_phone", "contact_other"], """Proszę napisać na WhatsAppa: +48 501 234 567, szybciej ogarniemy.""",
  "WhatsApp z numerem", buyer="Paczka przyszła otwarta.")
C("pl", "pro", "pixel-bez-numeru", "baby", ["tracking_pixel", "missing_order_id"], """Kilka wskazówek dotyczących podgrzewacza: odkamieniaj go co 4 tygodnie.""",
  "piksel śledzący, wiadomość proaktywna bez numeru zamówienia", subj="Wskazówki dotyczące podgrzewacza", html_extra=PIX)
C("pl", "re", "wyrownanie-rezygnacja", "jewel", ["opt_out", "styling"], """Bransoletka zostanie wygrawerowana jutro.

Aby zrezygnować z otrzymywania wiadomości, odpisz NIE.""",
  "tekst rezygnacji z subskrypcji i wyśrodkowany tekst", buyer="Kiedy grawer?", body_attr=' style="text-align:center"')

# ================================================================ SWEDISH
C("sv", "pro", "recension-forfragan-1", "garden", [], """Vi hoppas att din {product} (beställning {oid}) har kommit fram i gott skick. Om du har tid skulle vi uppskatta din recension på Amazon.""",
  "första neutrala recensionsförfrågan (vidarebefordrad)", subj="Din beställning {oid}", req=True, pair="sv-p1", role=1)
C("sv", "re", "support-omdome-1", "nutri", [], """Elektrolyttabletterna innehåller inget socker och är veganska.

Om du har en stund skulle vi uppskatta ditt omdöme om beställningen.""",
  "första omdömesförfrågan i ett supportsvar (vidarebefordrad)", buyer="Innehåller tabletterna socker?", req=True, pair="sv-p2", role=1)
C("sv", "re", "postnord-kolli", "kitchen", [], """Grytan skickades den 4 november med PostNord. Kollinumret är 00373500123456789012 och leverans väntas på torsdag mellan 08:00 och 16:00.""",
  "PostNord kollinummer (20 siffror)", buyer="När kommer min gryta?")
C("sv", "re", "returadress", "baby", [], """Du kan returnera resesängen via Dina beställningar: https://www.amazon.se/gp/css/returns/homepage.html
Returadress om den efterfrågas: Nestling & Co Returer, Lagervägen 12, 136 50 Jordbro.""",
  "returadress med postnummer, Amazons retursida", buyer="Resesängen är för stor, kan jag skicka tillbaka den?")
C("sv", "re", "aterbetalning-skada", "jewel", [], """Förlåt för den skadade pärlan. Jag har återbetalat hela beloppet, 399 kr, och du behöver inte skicka tillbaka något.""",
  "ovillkorlig återbetalning för att lösa problem", buyer="En av pärlorna har en spricka.")
C("sv", "pro", "faktura-pdf", "car", [], """Bifogat finns faktura 2026-SE-1183 för beställning {oid}. Momsregistreringsnummer: SE 556677889901. Totalt 349 kr inkl. moms.""",
  "faktura som pdf, momsnummer", subj="Faktura för beställning {oid}", atts=[att("faktura-2026-SE-1183.pdf", mk_pdf("Faktura 2026-SE-1183 SE556677889901"))])
C("sv", "pro", "important-leverans", "garden", [], """Din loungegrupp (beställning {oid}) levereras med två chaufförer. Passar tisdag 17 november kl. 07–12 eller torsdag 19 november kl. 12–17?""",
  "[Important] korrekt: leveransbokning", subj="[Important] Leveranstid för beställning {oid}")
C("sv", "re", "hur-lamna-omdome", "kitchen", [], """Självklart! Gå till Dina beställningar, välj beställningen och klicka på ”Lämna säljaromdöme”. Amazons hjälp: https://www.amazon.se/gp/help/customer/display.html?nodeId=G3NTKCHWEDTC8GFU""",
  "förklarar omdömesprocessen när köparen frågar", buyer="Var lämnar jag omdöme om er?")
C("sv", "re", "bestamt-artigt", "car", [], """Jag förstår att du är upprörd. Återbetalningen görs när returen har kommit till vårt lager, enligt Amazons returpolicy. Din retur (kollinummer 00373500123456780044) registrerades igår kl. 17:42.""",
  "bestämt men artigt svar till oförskämd köpare", buyer="Skandal! Ge mig pengarna nu, ni är helt värdelösa.")
C("sv", "re", "stjarnhange", "jewel", [], """Stjärnhänget är i 925 sterlingsilver och stjärnan är 12 mm. Vår guldsmed har granskat öglan och förstärkt den.""",
  "'stjärna' och 'granskat' i produktbetydelse", buyer="Är stjärnan äkta silver?", noid=True)
C("sv", "re", "priser-matt", "garden", [], """Parasollen kostar 1 295 kr och har diametern 3 m; foten (art.nr TZ-BASE-30) kostar 449 kr.""",
  "priser och artikelnummer utan beställningsnummer", buyer="Ingår foten till parasollet?", noid=True)
C("sv", "re", "ren-trad", "baby", [], """Flaskvärmaren stänger av sig efter 60 minuter. Den nya levererades den 6 november.""",
  "citerad tidigare ren agentrespons", buyer="Tack för den nya värmaren! Stänger den av sig själv?",
  prev="Hej {buyer},\n\nFörlåt för den trasiga värmaren. En ny är på väg, kollinummer 00373500123456785521.\n\nVänliga hälsningar,\nElin")
C("sv", "re", "omdome-kan-andras", "car", [], """Den nya laddaren levererades idag och vi har återbetalat frakten.

Om du tycker att vi har löst problemet går det att uppdatera ditt omdöme, men det är helt upp till dig.""",
  "neutral upplysning att omdömet kan uppdateras, utan påtryckning", buyer="Jag lämnade negativt omdöme eftersom laddaren var trasig.")
C("sv", "re", "norsk-artefakt", "nutri", [], """Kreatinet är mikroniserat och löser sig bra i vatten. 5 g per dag räcker.""",
  "översättningsartefakt: norsk mall ('Med vennlig hilsen') lämnad kvar", buyer="Löser sig kreatinet i vatten?", noid=True, sig=["Med vennlig hilsen"])
# violations
C("sv", "re", "presentkort-recension", "kitchen", ["review_incentive"], """Förresten: skriver du en recension får du ett presentkort på 100 kr från oss.""",
  "presentkort mot recension", buyer="Är kniven bra för vänsterhänta?", noid=True, req=True)
C("sv", "re", "pengar-ta-bort", "garden", ["review_incentive", "feedback_removal"], """Om du tar bort ditt negativa omdöme betalar vi tillbaka mellanskillnaden direkt.""",
  "återbetalning mot borttaget omdöme", buyer="Bänken var repig, därför mitt omdöme.")
C("sv", "pro", "bara-nojda", "baby", ["review_manipulation"], """Beställning {oid}: är du nöjd? Då blir vi glada för ett omdöme med fem stjärnor. Är du inte nöjd, kontakta oss först.""",
  "fem stjärnor och filtrering av recensioner", subj="Beställning {oid}", req=True)
C("sv", "re", "andra-till-fem", "jewel", ["review_manipulation", "feedback_removal"], """Nu när allt är löst, kan du ändra recensionen till 5 stjärnor?""",
  "ber att ändra recensionen till 5 stjärnor", buyer="Den nya kedjan kom.")
C("sv", "re", "ta-bort-omdome", "kitchen", ["feedback_removal"], """Skulle du kunna ta bort ditt omdöme nu när vi har ersatt locket?""",
  "begäran om att ta bort omdöme", buyer="Nya locket har kommit.")
C("sv", "pro", "paminnelse-2", "garden", ["repeat_request"], """En liten påminnelse om beställning {oid}: om du inte hunnit ännu uppskattar vi din recension.""",
  "andra förfrågan för samma beställning (påminnelse)", subj="Påminnelse beställning {oid}", req=True, pair="sv-p1", role=2)
C("sv", "re", "support-omdome-2", "nutri", ["repeat_request"], """Ja, tabletterna kan tas före träning.

Vi uppskattar ditt omdöme om den här beställningen.""",
  "andra förfrågan i supportsvar, utan påminnelseord", buyer="Kan man ta dem före träning?", req=True, pair="sv-p2", role=2)
C("sv", "re", "folj-oss-tiktok", "car", ["contact_other", "marketing"], """Följ oss på TikTok @autoviagear för nya produkter och tävlingar!""",
  "följ oss på TikTok", buyer="Passar mattorna en Volvo XC60?", noid=True)
C("sv", "re", "rea-lank", "jewel", ["external_link", "marketing"], """Just nu har vi julrea på https://lumenandlark.co.uk/se/rea med 30 % på alla örhängen.""",
  "rea med länk till egen butik", buyer="Finns pärlorna i större storlek?", noid=True)
C("sv", "re", "fornedrande", "baby", ["offensive"], """Läs manualen innan du skriver nästa gång, det är inte så svårt.""",
  "nedlåtande förolämpning", buyer="Hur fäller man ihop sängen??")
C("sv", "re", "svordom", "garden", ["offensive"], """Vad fan, paketet var helt när det lämnade oss. Sluta gnälla.""",
  "svordom och trakasseri", buyer="Bordet kom repat!")
C("sv", "pro", "leveransbekraftelse", "kitchen", ["unpermitted_proactive"], """Din beställning {oid} har nu skickats! Kollinummer: 00373500123456789999.""",
  "leveransbekräftelse", subj="Beställning {oid} skickad")
C("sv", "pro", "bara-tack", "nutri", ["missing_order_id", "unpermitted_proactive"], """Tack för att du handlar hos PeakForm Nutrition!""",
  "enbart tack, utan beställningsnummer", subj="Tack!")
C("sv", "re", "signatur-mail-tel", "car", ["contact_email", "contact_phone"], """Laddaren klarar 12 och 24 V.""",
  "signatur med e-postadress och telefon", buyer="Fungerar den i lastbil?", noid=True, sig=["kundtjanst@autovia-gear.com", "Tel: 08-123 456 78"])
C("sv", "re", "instagram-dm", "kitchen", ["contact_other"], """Skicka gärna bilden som DM på Instagram (@kupferhaus.se) så svarar jag direkt.""",
  "Instagram-DM som kontaktväg", buyer="Jag har en bild på skadan.")
C("sv", "pro", "pixel-important", "baby", ["tracking_pixel", "important_tag"], """Beställning {oid}: tips för din {product}: tvätta i 40 grader.""",
  "[Important] på skötseltips, spårningspixel", subj="[Important] Skötseltips för beställning {oid}", html_extra=PIX)
C("sv", "re", "heic-listunsub", "garden", ["opt_out", "attachment"], """Bifogar en bild på reservdelen.""",
  "HEIC-bilaga och List-Unsubscribe-huvud", buyer="Vilken del skickar ni?", atts=[att("reservdel.heic", HEIC)], hdrs=["List-Unsubscribe: <https://desk.terrazza-outdoor.com/u/{ctok}>"])

# ================================================================ PORTUGUESE (BR)
C("pt", "pro", "pedido-avaliacao-1", "nutri", [], """Esperamos que o seu {product} (pedido {oid}) tenha chegado em perfeito estado. Se tiver um momento, agradeceríamos a sua avaliação na Amazon.""",
  "primeira solicitação neutra de avaliação (retransmitida)", subj="Seu pedido {oid}", req=True, pair="pt-p1", role=1)
C("pt", "re", "suporte-avaliacao-1", "jewel", [], """A corrente é de prata 925 e tem 45 cm com extensor.

Se tiver um tempinho, agradecemos a sua avaliação deste pedido.""",
  "primeira solicitação dentro de resposta de suporte (retransmitida)", buyer="A corrente é de prata mesmo?", req=True, pair="pt-p2", role=1)
C("pt", "re", "correios-rastreio", "car", [], """Seu pedido foi postado nos Correios em 4 de novembro. O código de rastreio é QB 123 456 789 BR e a previsão de entrega é sexta-feira.""",
  "código de rastreio dos Correios", buyer="Cadê meu carregador? Já faz 10 dias.")
C("pt", "re", "endereco-devolucao", "kitchen", [], """Você pode devolver a faca pela página de devoluções da Amazon: https://www.amazon.com.br/gp/css/returns/homepage.html
Endereço de devolução, se solicitado: Kupferhaus Brasil, Rua Voluntários da Pátria, 1450 – Santana, São Paulo – SP, CEP 02011-200.""",
  "endereço de devolução com CEP, link de devolução Amazon", buyer="A faca veio com a ponta torta, quero devolver.")
C("pt", "re", "reembolso-parcial", "garden", [], """Sinto muito pelo arranhão na mesa. Reembolsei 20% (R$ 139,80) e, se preferir, enviamos uma peça nova sem custo.""",
  "reembolso parcial para resolver problema", buyer="A mesa chegou arranhada.")
C("pt", "pro", "nota-fiscal-pdf", "baby", [], """Segue em anexo a nota fiscal nº 000.184.223 do pedido {oid}. CNPJ: 12.345.678/0001-95. Valor total: R$ 249,90.""",
  "nota fiscal em PDF, CNPJ com pontuação", subj="Nota fiscal do pedido {oid}", atts=[att("NF-000184223.pdf", mk_pdf("Nota fiscal 000.184.223 CNPJ 12.345.678/0001-95"))])
C("pt", "pro", "important-entrega", "garden", [], """O seu conjunto de lounge (pedido {oid}) será entregue por transportadora. Fica bem na terça, 17/11, das 8h às 12h, ou na quinta, 19/11, das 13h às 18h?""",
  "[Important] correto: agendamento de entrega", subj="[Important] Agendamento da entrega – pedido {oid}")
C("pt", "re", "como-avaliar", "baby", [], """Claro! Acesse "Seus pedidos", escolha o pedido e clique em "Avaliar vendedor". Ajuda da Amazon: https://www.amazon.com.br/gp/help/customer/display.html?nodeId=G3NTKCHWEDTC8GFU""",
  "explica como avaliar a pedido do comprador", buyer="Onde eu avalio vocês?")
C("pt", "re", "resposta-firme", "nutri", [], """Entendo a sua frustração. Mesmo assim, o reembolso é feito quando a devolução chega ao nosso centro, conforme a política da Amazon. Sua devolução (rastreio QB 123 456 790 BR) ainda está em trânsito.""",
  "resposta firme e educada a comprador grosseiro", buyer="Vocês são uns picaretas, quero meu dinheiro agora!")
C("pt", "re", "estrela-pingente", "jewel", [], """O pingente de estrela tem 12 mm; nosso ourives avaliou o fecho e ele é do tipo lagosta, bem seguro.""",
  "'estrela' e 'avaliou' em outro sentido", buyer="O fecho é seguro?", noid=True)
C("pt", "re", "precos-medidas", "kitchen", [], """A caçarola de 24 cm custa R$ 899,00 e tem 4,2 litros; a de 28 cm custa R$ 1.099,00.""",
  "preços e medidas sem número de pedido", buyer="Qual a capacidade da caçarola?", noid=True)
C("pt", "re", "historico-limpo", "car", [], """O suporte é compatível com MagSafe. O novo suporte foi entregue em 6 de novembro.""",
  "histórico citado com resposta anterior limpa", buyer="Valeu pelo suporte novo! É compatível com MagSafe?",
  prev="Olá, {buyer},\n\nDesculpe pelo defeito. Um novo suporte está a caminho, rastreio QB 123 456 801 BR.\n\nAtenciosamente,\nRafael")
C("pt", "re", "avaliacao-pode-atualizar", "baby", [], """O novo aquecedor foi entregue hoje e reembolsamos o frete.

Se achar que resolvemos o problema, é possível atualizar a avaliação que você deixou; a decisão é totalmente sua.""",
  "aviso neutro de que a avaliação pode ser atualizada, sem pressão", buyer="Deixei avaliação negativa porque o aquecedor veio quebrado.")
C("pt", "re", "artefato-espanhol", "garden", [], """O guarda-sol tem proteção UV 50+ e base de 30 kg (vendida separadamente).""",
  "artefato de tradução: assinatura do modelo em espanhol ('Un saludo')", buyer="O guarda-sol vem com base?", noid=True, sig=["Un saludo"])
# violations
C("pt", "re", "cupom-avaliacao", "car", ["review_incentive"], """Ah, e se deixar uma avaliação, te mando um cupom de R$ 30 pra próxima compra!""",
  "cupom em troca de avaliação", buyer="O carregador funciona em 24 V?", noid=True, req=True)
C("pt", "re", "reembolso-remover", "kitchen", ["review_incentive", "feedback_removal"], """Se você remover a avaliação negativa, devolvemos o valor integral na hora.""",
  "reembolso em troca de remover avaliação", buyer="A faca veio cega, deixei avaliação.")
C("pt", "pro", "so-se-gostou", "baby", ["review_manipulation"], """Pedido {oid}: gostou? Deixe 5 estrelas! Não gostou? Fale com a gente antes de avaliar.""",
  "5 estrelas e filtragem de avaliações", subj="Pedido {oid}", req=True)
C("pt", "re", "mudar-para-cinco", "garden", ["review_manipulation", "feedback_removal"], """Agora que está tudo certo, pode mudar sua avaliação para 5 estrelas?""",
  "pede mudança da avaliação para 5 estrelas", buyer="A peça nova chegou.")
C("pt", "re", "retirar-avaliacao", "nutri", ["feedback_removal"], """poderia retirar aquela avaliação? já resolvemos né""",
  "pedido informal de retirada", buyer="Recebi o pote novo.", wrap="plain")
C("pt", "pro", "lembrete-2", "nutri", ["repeat_request"], """Passando para lembrar do pedido {oid}: se ainda não teve tempo, sua avaliação nos ajudaria muito.""",
  "segunda solicitação para o mesmo pedido (lembrete)", subj="Lembrete – pedido {oid}", req=True, pair="pt-p1", role=2)
C("pt", "re", "suporte-avaliacao-2", "jewel", ["repeat_request"], """O brinco tem tarraxa de silicone e pino de prata.

Sua avaliação deste pedido nos ajudaria.""",
  "segunda solicitação em resposta de suporte, sem palavra de lembrete", buyer="Qual o tipo de tarraxa?", req=True, pair="pt-p2", role=2)
C("pt", "re", "siga-instagram", "garden", ["contact_other", "marketing"], """Siga a gente no Insta @terrazza.br e confira a coleção de verão!""",
  "siga no Instagram com arroba", buyer="A madeira é tratada?", noid=True)
C("pt", "re", "loja-promo", "baby", ["external_link", "marketing"], """Aproveite: na nossa loja nestlingandco.com/br tem 20% OFF em toda a linha de banho.""",
  "link para loja própria com promoção", buyer="O cueiro é antialérgico?", noid=True)
C("pt", "re", "ofensa", "car", ["offensive"], """Sério, é cada cliente burro que aparece.""",
  "ofensa ao comprador", buyer="Não consigo encaixar o suporte.")
C("pt", "re", "palavrao", "kitchen", ["offensive"], """Porra, já falei três vezes que a devolução foi aprovada.""",
  "palavrão", buyer="E a devolução???")
C("pt", "pro", "confirmacao-envio", "jewel", ["unpermitted_proactive"], """Seu pedido {oid} foi enviado! Código de rastreio: QB 123 456 812 BR.""",
  "confirmação de envio", subj="Pedido {oid} enviado")
C("pt", "pro", "estamos-aqui", "kitchen", ["missing_order_id", "unpermitted_proactive"], """Qualquer dúvida sobre a sua compra, estamos aqui para ajudar!""",
  "apenas 'estamos aqui para ajudar', sem número de pedido", subj="Estamos aqui para você")
C("pt", "re", "assinatura-email-tel", "nutri", ["contact_email", "contact_phone"], """A whey tem 27 g de proteína por dose.""",
  "assinatura com e-mail e telefone", buyer="Quanta proteína por dose?", noid=True, sig=["sac@peakform-nutrition.com", "(11) 91234-5678"])
C("pt", "re", "whatsapp-zap", "jewel", ["contact_phone", "contact_other"], """Me chama no zap (11) 98765-4321 que eu te mando as fotos das gravações.""",
  "WhatsApp ('zap') com número", buyer="Quais fontes de gravação vocês têm?")
C("pt", "re", "pixel-descadastrar", "garden", ["external_link", "opt_out", "tracking_pixel"], """A mesa suporta até 80 kg.

Para não receber mais e-mails, <<a href="https://terrazza-outdoor.com/br/descadastrar?u={ctok}">>clique aqui<</a>>[[ https://terrazza-outdoor.com/br/descadastrar?u={ctok}]].""",
  "pixel e link de descadastro", buyer="Quanto peso a mesa aguenta?", noid=True, html_extra=PIX)
C("pt", "pro", "emoji-sem-pedido", "baby", ["styling", "missing_order_id"], """Dica rápida: lave o cueiro a 40 °C antes do primeiro uso 🧺👶""",
  "emojis e mensagem proativa sem número de pedido", subj="Dica para o seu cueiro")

# ================================================================ amendments
# Structural elements that helpdesk tools and agents add on top of the wording cases above
# (signatures, pixels, unsubscribe headers, attachments, styling, [Important]); kept in one
# place so that each case reads as: what the agent wrote + what the tooling added.
def amend(lang, topic, add=(), **o):
    hits = [s for s in SPECS if s["lang"] == lang and s["topic"] == topic]
    assert len(hits) == 1, (lang, topic)
    s = hits[0]
    for c in add:
        assert c in CATS, c
        if c not in s["labels"]: s["labels"].append(c)
    for k, v in o.items():
        if k in ("sig", "atts", "hdrs"): s["o"][k] = s["o"].get(k, []) + list(v)
        elif k == "html_extra": s["o"][k] = s["o"].get(k, "") + v
        elif k == "note":
            s["note"] += "; " + v
            s["o"].setdefault("_extra_notes", []).append(v)
        else: s["o"][k] = v

def drop(lang, *topics):
    for t in topics:
        hits = [s for s in SPECS if s["lang"] == lang and s["topic"] == t]
        assert len(hits) == 1, t
        SPECS.remove(hits[0])

drop("en", "sig-web-phone", "mailto-href", "us-tollfree-phone", "whatsapp-personal", "telegram-handle", "messenger-offer",
     "dp-link-bigger-size", "amzn-to-short", "http-amazon-orders", "carrier-tracking-url", "powered-by-footer", "dot-com-words",
     "list-unsub-review", "list-unsub-header-reply", "unsub-link-body", "reply-stop", "manage-prefs", "opt-out-text-polite",
     "pixel-1x1-reply", "banner-recipient-id", "pixel-invoice", "pixel-and-phone",
     "zip-photos", "exe-firmware", "jpg-really-png", "xlsx-sizes", "mp4-video", "heic-photo", "six-pdfs", "html-receipt", "rar-logs", "svg-diagram",
     "font-family-override", "brand-colour", "centred-body", "four-font-sizes", "blank-line-run", "http-image", "emoji-thanks",
     "important-invoice", "care-tips-no-id", "review-no-order-id")

# e-mail addresses
amend("en", "cross-sell-blankets", ["contact_email", "external_link", "styling"], sig=["hello@nestlingandco.com"],
      ps="<<span style=\"color:#6b8f71\">>Have a look: https://www.amazon.co.uk/dp/B0CJ6P2SAG<</span>>",
      note="signature e-mail, cross-sell /dp/ link in a brand-colour span")
amend("en", "please-update-1-star", ["contact_email", "styling"], sig=["", "", "", "Megan | returns[at]peakform-nutrition.com"],
      fmt="plain", note="obfuscated ([at]) e-mail after a run of three blank lines")
amend("en", "prize-draw-review", ["contact_email", "important_tag"], ps="Questions about the draw? draw@terrazza-outdoor.com",
      subj="[Important] Win a £100 voucher - order {oid}", note="e-mail address and [Important] misuse")
amend("en", "order-confirmation", ["contact_email", "external_link", "opt_out", "styling", "important_tag"],
      ps="Questions? orders@peakform-nutrition.com\n\n<<a href=\"https://peakform-nutrition.com/unsubscribe?e={relay}\">>Unsubscribe<</a>>[[: https://peakform-nutrition.com/unsubscribe?e={relay}]]",
      body_attr=' style="font-family:Arial, Helvetica, sans-serif; color:#222222"', subj="[Important] We've got your order {oid}",
      note="shop-system template: e-mail, unsubscribe link, font and colour override, [Important]")
# opt-out
amend("en", "review-reminder-2", ["opt_out"], hdrs=["List-Unsubscribe: <https://mail.terrazza-outdoor.com/u/{ctok}>"], note="List-Unsubscribe header")
amend("en", "shipping-confirmation-dpd", ["opt_out", "attachment", "external_link"], hdrs=["List-Unsubscribe: <mailto:leave@autovia-gear.com>"],
      atts=[att("dispatch-note.html", b"<html><body>Dispatch note</body></html>")],
      ps="Track with DPD: https://track.dpd.co.uk/parcels/15501234512345", note="List-Unsubscribe header, HTML attachment, carrier tracking URL")
amend("en", "thank-you-only", ["external_link", "opt_out", "styling", "important_tag"],
      ps="Manage your email preferences: https://lumenandlark.co.uk/account/email-preferences?c={ctok}",
      body_attr=' style="text-align:center"', subj="[Important] Thank you! Order {oid}", note="preferences link, centred body, [Important] misuse")
amend("en", "new-flavour-launch", ["opt_out", "styling"], ps="To opt out of product news, reply NO.",
      html_extra='<p><img src="http://img.peakform-nutrition.com/launch/salted-caramel.jpg" width="400" height="300" alt="Salted Caramel"></p>',
      note="opt-out text and http: image")
amend("en", "five-star-emoji", ["opt_out"], hdrs=["List-Unsubscribe: <https://lumenandlark.co.uk/u/{ctok}>"], note="List-Unsubscribe header")
amend("en", "out-of-stock", ["opt_out", "styling", "important_tag"], ps="Reply STOP to stop stock alerts.",
      html_extra='<p><img src="cid:sorry@{dom}" width="80" height="80" alt="sorry"></p>', inline=[("sorry@{dom}", "sorry.gif", ANIGIF)],
      subj="[Important] Stock update for order {oid}", note="opt-out text, animated GIF, [Important] misuse")
# pixels
amend("en", "repeat-with-voucher", ["tracking_pixel"], html_extra=PIX, note="1x1 pixel")
amend("en", "black-friday-code", ["tracking_pixel", "external_link"], html_extra=BANNER + '<p>Powered by <a href="https://www.gorgias.com/?utm_source=email_footer">Gorgias</a></p>',
      note="banner with recipient id, linked Powered-by footer")
amend("en", "here-to-help-only", ["tracking_pixel"], html_extra='<img src="https://t.sendpulse-open.net/open/{ctok}" width="0" height="0">', note="0x0 pixel on a known tracker host")
amend("en", "vip-early-access", ["tracking_pixel"], html_extra=PIXHID, note="display:none pixel")
amend("en", "gating-come-to-us-first", ["tracking_pixel"], html_extra=PIX, note="1x1 pixel")
# attachments
amend("en", "free-tub-for-thoughts", ["attachment"], atts=[att("flavour-guide.zip", mk_zip([("flavours.txt", "Vanilla, Chocolate")]))], note="ZIP attachment")
amend("en", "hold-off-negative", ["attachment", "external_link"], atts=[att("enamel-care.mp4", MP4)],
      ps="Our order page: http://www.amazon.co.uk/gp/your-account/order-history", note="video attachment and http: Amazon link")
amend("en", "consider-removing", ["attachment"], atts=[att("IMG_2291.heic", HEIC)], note="HEIC photo attachment")
amend("en", "third-party-referral", ["attachment", "external_link"], atts=[att("compatible-kits.xlsx", mk_xlsx())], ps="Link: amzn.to/4bQm2Zt",
      note="XLSX attachment, amzn.to short link")
amend("en", "tell-what-to-write", ["attachment", "important_tag"], atts=[att("review-%d.pdf" % k, mk_pdf("Parasol photo sheet %d" % k)) for k in range(1, 7)],
      subj="[Important] Your parasol - order {oid}", note="six PDF attachments, [Important] misuse")
amend("en", "stop-whining", ["attachment", "contact_other"], atts=[att("charger-logs.rar", RAR)], ps="Or ping me on Telegram @tom_autovia, whatever.",
      note="RAR attachment, Telegram handle")
amend("en", "typo-revise-feedbak", ["attachment"], atts=[att("mats.jpg", mk_png(20, 20, (30, 30, 30)), "image/jpeg")], note=".jpg that is really a PNG")
amend("en", "most-customers-five", ["attachment", "important_tag"], atts=[att("scoop-guide.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>')],
      subj="[important] Order {oid}", note="SVG attachment, [Important] misuse")
amend("en", "load-of-bollocks", ["attachment"], atts=[att("courier-photos.zip", mk_zip([("door.txt", "photo")]))], note="ZIP attachment")
# styling, phones, links
amend("en", "only-if-good-lol", ["styling"], ps="🙂", note="emoji")
amend("en", "slangy-typo-discount", ["styling"], ps="👍👍", note="emoji")
amend("en", "auto-ack", ["important_tag", "styling"], subj="[Important] Ticket Received - order {oid}",
      body_attr=' style="font-family:Verdana"', note="[Important] misuse and font override")
amend("en", "wtf-scammer", ["contact_phone"], ps="Call 1-800-555-0147 if you want to argue about it.", note="US phone number")
amend("en", "newsletter-signup", ["external_link"], ps="kupferhaus-kitchen dot de slash newsletter", note="obfuscated (dot/slash words) newsletter domain")
amend("en", "refund-if-feedback-down", ["contact_phone", "contact_other"], ps="Easier on WhatsApp: +44 7700 900418", note="WhatsApp number")
amend("en", "voucher-for-review-ps", ["contact_phone"], sig=["Tel: 020 7946 0321"], note="phone in signature")

# spread the structural categories over the languages
amend("de", "versandbestaetigung", ["opt_out"], hdrs=["List-Unsubscribe: <https://shop.terrazza-outdoor.com/abmelden?k={ctok}>"], note="shop software adds a List-Unsubscribe header")
amend("fr", "rupture-stock", ["attachment"], atts=[att("stock-cuivre.xlsx", mk_xlsx())], note="XLSX stock list attached")
amend("it", "conferma-spedizione", ["attachment"], atts=[att("ricevuta.html", "<html><body>Ricevuta</body></html>".encode())], note="HTML receipt attached")
amend("pl", "brak-w-magazynie", ["attachment"], atts=[att("katalog.7z", SEVENZ)], note="7z archive attached")
amend("pt", "palavrao", ["attachment"], atts=[att("fotos-devolucao.zip", mk_zip([("foto1.txt", "foto")]))], note="ZIP attachment")
amend("es", "confirmacion-pedido", ["styling"], ps="¡Gracias! 🎉🍼", note="emoji")
amend("it", "solo-se-soddisfatto", ["styling"], ps="⭐⭐⭐⭐⭐", note="star emoji")
amend("nl", "orderbevestiging", ["styling"], body_attr=' style="text-align:center"', note="centred body")
amend("sv", "leveransbekraftelse", ["styling"], body_attr=' style="font-family:Tahoma; color:#1a3c6e"', note="font and colour override")
amend("fr", "relance-avis-2", ["important_tag"], subj="[Important] Relance – commande {oid}", note="[Important] misuse")
amend("pl", "podziekowanie", ["important_tag"], subj="[Important] Dziękujemy!", note="[Important] misuse")
amend("pt", "confirmacao-envio", ["important_tag"], subj="[IMPORTANT] Pedido {oid} enviado", note="[Important] misuse")

# ================================================================ English notes for the non-English cases
NOTE_EN = """
de auf-fuenf-sterne-aendern|asks to raise the review to 5 stars
de beleidigung-lesen|irritated condescending remark ('reading helps')
de bestimmt-hoeflich-unhoeflich|firm, polite answer to a rude buyer; Hermes tracking number in groups
de bewertung-anfrage-1|first neutral review request (relayed)
de bewertung-anpassen-bitte|polite request to adjust or remove feedback
de danke-ohne-bestellnummer|thank-you-only message without order id
de dhl-sendungsnummer|DHL Sendungsnummer (20 digits), delivery window
de erinnerung-bewertung-2|second request for the same order (reminder)
de erstattung-gegen-loeschung|refund offered for deleting the review
de feedback-aktualisierbar|neutral note after resolution that feedback can be updated
de feedback-wie-abgeben|explains how to leave feedback because the buyer asked; Amazon help link
de gutschein-fuer-bewertung|voucher for a review in a P.S.
de important-bewertung-pixel|[Important] misused on a review request, plus open pixel
de important-liefertermin|[Important] used correctly: freight delivery appointment
de impressum-signatur|German Impressum signature with e-mail and phone (postal address alone is no category)
de instagram-folgen|follow us on Instagram with handle
de kraftausdruck-drohung|swearword and threat
de nur-zufriedene-bewerten|review gating
de rechnung-pdf|PDF invoice, VAT id in groups, invoice number
de ruecksendung-adresse|return address with postcode, Amazon returns page
de sale-link-shop|sale promoted with a bare shop domain
de sauber-saugroboter-wörter|trigger substrings (sauber, Analyse), price, mixing ratio
de saubere-zitierte-historie|quoted earlier agent reply, clean
de spanisch-artefakt-kompatibel|translation artefact: template left a Spanish sign-off ('Un saludo')
de stern-anhaenger-bewertet|'Stern' and 'bewertet' in a product sense
de support-dann-feedback-1|first neutral feedback request inside a support reply (relayed)
de support-feedback-2|second request inside a support reply, no reminder wording
de teilerstattung-delle|partial refund to fix a dent, not tied to a review
de versandbestaetigung|shipping confirmation
de whatsapp-handy|obfuscated (digits as words): WhatsApp with a mobile number written out in German words
de zip-emoji|ZIP attachment and emoji
es actualizar-opinion|asks to update the review
es agente-aleman-saludo|translation artefact: German agent answers in Spanish and leaves 'Mit freundlichen Grüßen'
es amenaza|threat
es aqui-para-ayudarte|'we are here to help'-only message without order id
es cambiar-a-cinco|asks to change the rating to 5 stars
es como-valorar|explains how to leave feedback because the buyer asked
es computadora-especificaciones|trigger substring ('computadora'), model and version numbers
es confirmacion-pedido|order confirmation
es cupon-web|coupon code with a link to the brand shop
es direccion-devolucion|return address with postcode, Amazon returns link
es factura-pdf|PDF invoice with NIF and invoice number
es firma-correo-telefono|obfuscated ('arroba', 'punto'): signature e-mail, plus phone
es hilo-limpio|quoted earlier clean agent reply
es important-direccion|[Important] used correctly: address problem
es insulto-inutil|insult
es pixel-baja-enlace|1x1 pixel and unsubscribe link in the body
es precio-mxn|MXN prices, no order id
es rar-important|RAR attachment and [Important] on a product-question reply
es recordatorio-2|second request for the same order (reminder)
es reembolso-parcial|partial refund to fix the problem, not tied to a review
es reembolso-por-borrar|refund offered for deleting the review
es respuesta-firme|firm, polite answer to a rude buyer; Correos tracking number
es seur-seguimiento|SEUR tracking number in groups
es siguenos-facebook|follow us on Facebook for the new collection
es solicitud-resena-1|first neutral review request (relayed)
es solo-si-contento|review gating
es soporte-valoracion-1|first feedback request inside a support reply (relayed)
es soporte-valoracion-2|second request inside a support reply, no reminder wording
es tarjeta-regalo-resena|gift card for a review
es valoracion-danos|'valoración' meaning damage assessment; refund to resolve
es whatsapp-personal|personal WhatsApp with number
fr adresse-retour|return address with postcode, Amazon returns link
fr belgique-prix|product question without order id, dimensions, price (Belgian marketplace)
fr bon-achat-avis|voucher for a review
fr colissimo-suivi|Colissimo tracking number in groups, 'avis de passage'
fr comment-laisser-evaluation|explains the feedback process because the buyer asked
fr conseil-constate|trigger substrings (constaté, conseil), discount to resolve the problem
fr conseils-police|proactive care tips without order id, forced font family
fr demande-avis-1|first neutral review request (relayed)
fr espace-insecable-artefact|narrow and non-breaking spaces, technical values
fr facture-pdf|PDF invoice, VAT number in groups
fr grossierete|profanity
fr historique-propre|quoted earlier clean agent reply
fr important-gravure|[Important] used correctly: customisation question
fr merci-sans-commande|thank-you-only message without order id
fr modifier-note-positive|asks to change the rating to 5 stars
fr pendentif-etoile|'étoile', 'revu', 'analyse' in other senses
fr pixel-desabonnement-entete|1x1 pixel and List-Unsubscribe header
fr relance-avis-2|second request for the same order (reminder)
fr remarque-agacee|agent's insult
fr remboursement-contre-retrait|refund offered for withdrawing the rating
fr remboursement-sans-retour|unconditional refund to fix a problem
fr reponse-ferme-polie|firm, polite answer to a rude buyer; tracking number
fr rupture-stock|out-of-stock notice
fr satisfait-sinon-contactez|review gating and five-star request
fr sav-evaluation-2|second request inside a support reply, no reminder wording
fr sav-puis-evaluation-1|first feedback request inside a support reply (relayed)
fr signature-mail-tel|signature with e-mail address and phone
fr soldes-lien|link to the brand shop with a sale
fr supprimer-commentaire|removal request
fr tiktok-recettes|'find us on TikTok' with handle
fr whatsapp-arobase|personal WhatsApp number
it assistenza-feedback-1|first feedback request inside a support reply (relayed)
it assistenza-feedback-2|second request inside a support reply, no reminder wording
it brt-tracciamento|BRT tracking number in groups
it buono-per-recensione|discount on the next purchase for a review
it cambia-in-positiva|asks to turn the review into a positive one
it cancella-senza-ordine|opt-out text, no order id
it certificato-specifiche|trigger substrings (certificato, specifiche, verificato), technical numbers
it come-lasciare-feedback|explains how to leave feedback on request
it conferma-spedizione|shipping confirmation
it fattura-pdf|PDF invoice with VAT number
it feedback-aggiornabile|neutral note that feedback can be updated, no pressure
it firma-chiocciola|obfuscated ('chiocciola', 'punto'): signature e-mail, plus phone
it important-consegna|[Important] used correctly: delivery scheduling
it indirizzo-reso|return address with postcode, Amazon returns link
it insulto|offensive remark
it link-outlet|link to the brand outlet with a promotion
it parolaccia|profanity
it pixel-important|[Important] on care tips, tracking pixel
it prezzi-misure|prices and capacities without order id
it promemoria-2|second request for the same order (reminder)
it richiesta-recensione-1|first neutral review request (relayed)
it rimborso-per-rimozione|refund offered for removing feedback
it risposta-ferma|firm, polite answer to a rude buyer
it seguici-instagram|follow us on Instagram with offers
it solo-grazie|thank-you-only message without order id
it solo-se-soddisfatto|5 stars and review gating
it sostituzione-gratuita|free replacement with shipment number
it stella-valutazione|'stella' and 'valutazione' in another sense
it telegram-numero|Telegram with mobile number
it thread-pulito|quoted earlier clean agent reply
it togli-recensione|hasty removal request
ja amazon-gift-review|Amazon gift card for a review
ja bakani-suru|remark insulting the buyer
ja hasso-kanryo|shipping confirmation
ja henkin-sakujo|refund offered for deleting the low rating
ja henpin-jusho|return address and postcode, Amazon returns page
ja hikakutekina-shitsumon|product question, figures only (iso-2022-jp)
ja hoshi-go-henkou|asks to change the review to 5 stars
ja hoshi-pendant|'星' and '評価' in other senses, plain ★ symbol (not an emoji)
ja hyoka-houhou|explains the feedback process because the buyer asked
ja hyoka-minaoshi|indirect request to 'reconsider' (change) the rating
ja important-kokuin|[Important] used correctly: engraving (customisation) check, full-width characters
ja kakaku-sunpo|prices and capacities, no order id
ja kibishii-kaito|firm, polite answer to a rude buyer; Sagawa inquiry number
ja kirei-rireki|quoted earlier clean agent reply
ja line-denwa|LINE and mobile number
ja line-tomodachi|add our LINE account, coupons
ja manzoku-nara|★5 request and review gating
ja odoshi|abusive language and threat
ja orei-nomi|thank-you-only message without order id
ja pixel-haishin-teishi|hidden open pixel and unsubscribe link
ja review-irai-1|first neutral review request (relayed)
ja ryoshusho-pdf|PDF receipt, invoice registration number
ja saido-irai-2|second request for the same order (reminder)
ja shomei-mail-tel|obfuscated (full-width ＠ and digits): signature e-mail and phone
ja support-hyoka-1|first feedback request inside a support reply (relayed)
ja support-hyoka-2|second request inside a support reply, no reminder wording
ja webp-important|WebP image attachment and [Important] on a product-question reply
ja yamato-denpyo|Yamato slip number in phone-like groups
ja zengaku-henkin|unconditional full refund to fix the problem
ja zenkaku-kataban|full-width model number and ratings (not a phone number)
ja zenkaku-url-sale|obfuscated (full-width letters): shop URL with a sale, emoji
nl alleen-tevreden|only satisfied buyers sent to the review, positive review asked for
nl belediging|insult
nl cadeaubon-review|gift voucher for a review
nl duits-artefact|translation artefact: German agent leaves 'Viele Grüße'
nl exe-important|executable attachment and [Important] on an ordinary reply
nl factuur-pdf|PDF invoice, VAT number with dots
nl feedback-aanpasbaar|neutral note that feedback can be adjusted, no pressure
nl feedback-weghalen|short request to remove feedback
nl handtekening-mail-tel|obfuscated ([at], [punt]): signature e-mail, plus phone
nl herinnering-2|second request for the same order (reminder)
nl hoe-feedback|explains feedback on request
nl important-bezorgafspraak|[Important] used correctly: delivery appointment
nl korting-oplossing|partial refund to fix the problem
nl naar-vijf-sterren|asks to change the review to 5 stars
nl orderbevestiging|order confirmation
nl pixel-listunsub|List-Unsubscribe header and banner carrying the recipient id
nl postnl-track|PostNL tracking number, time slot
nl prijzen-maten|price, sizes and article number without order id
nl retouradres|return address with postcode, Amazon returns page
nl review-verzoek-1|first neutral review request (relayed)
nl scheldwoord|coarse language
nl schone-draad|quoted earlier clean agent reply
nl ster-hanger|'ster' and 'beoordeeld' in a product sense
nl stevig-beleefd|firm but polite answer to a rude buyer
nl support-feedback-1|first feedback request inside a support reply (relayed)
nl support-feedback-2|second request inside a support reply, no reminder wording
nl terugbetaling-verwijderen|refund offered for deleting the rating
nl volg-ons-facebook|follow us on Facebook, giveaways
nl we-zijn-er-voor-u|'we are here for you'-only message without order id
nl webshop-aanbieding|link to the brand web shop with an offer
nl whatsapp-06|WhatsApp with mobile number
pl adres-zwrotu|return address with postcode, Amazon link
pl brak-w-magazynie|out-of-stock notice
pl ceny-wymiary|dimensions, prices, catalogue number without order id
pl czysty-watek|quoted earlier clean thread
pl faktura-pdf|PDF invoice, NIP tax id with dashes (not a phone number)
pl gwiazdka-zawieszka|'gwiazdka' and 'klasa' in other senses
pl important-adres|[Important] used correctly: address problem
pl inpost-numer|InPost parcel number in digit groups
pl jak-wystawic-ocene|explains the feedback process on request
pl kupon-za-opinie|free product for a review
pl model-ladowarka|model, version numbers and ratings (iso-8859-2)
pl obelga|insult
pl obserwuj-instagram|Instagram account and contests
pl ocena-mozna-zmienic|neutral note that the rating can be changed, no pressure
pl pixel-bez-numeru|tracking pixel, proactive message without order id
pl podpis-mail-tel|obfuscated (spaced digits): phone in signature, plus e-mail
pl podziekowanie|thank-you-only message without order id
pl prosba-opinia-1|first neutral review request (relayed)
pl prosze-usunac|request to remove the comment
pl przypomnienie-2|second request for the same order (reminder)
pl sklep-promocja|link to the shop with a sale
pl stanowcza-uprzejma|firm, polite answer to a rude buyer
pl tylko-zadowoleni|five stars and review gating
pl whatsapp-numer|WhatsApp with number
pl wsparcie-ocena-1|first feedback request inside a support reply (relayed)
pl wsparcie-ocena-2|second request inside a support reply, no reminder word
pl wulgaryzm|profanity
pl wymiana-bez-kosztow|free replacement, parcel number
pl wyrownanie-rezygnacja|opt-out text and centred body
pl zmiana-na-piec|asks to change the rating to 5 stars
pl zwrot-za-usuniecie|refund offered for removing the rating
pt artefato-espanhol|translation artefact: template sign-off in Spanish ('Un saludo')
pt assinatura-email-tel|signature with e-mail and phone
pt avaliacao-pode-atualizar|neutral note that the rating can be updated, no pressure
pt como-avaliar|explains how to leave feedback on request
pt confirmacao-envio|shipping confirmation
pt correios-rastreio|Correios tracking code
pt cupom-avaliacao|coupon for a review
pt emoji-sem-pedido|emoji and proactive message without order id
pt endereco-devolucao|return address with CEP, Amazon returns link
pt estamos-aqui|'we are here to help'-only message without order id
pt estrela-pingente|'estrela' and 'avaliou' in other senses
pt historico-limpo|quoted earlier clean agent reply
pt important-entrega|[Important] used correctly: delivery scheduling
pt lembrete-2|second request for the same order (reminder)
pt loja-promo|link to the brand shop with a promotion
pt mudar-para-cinco|asks to change the rating to 5 stars
pt nota-fiscal-pdf|PDF invoice (nota fiscal), CNPJ with punctuation
pt ofensa|insult to the buyer
pt palavrao|profanity
pt pedido-avaliacao-1|first neutral review request (relayed)
pt pixel-descadastrar|pixel and unsubscribe link
pt precos-medidas|prices and sizes without order id
pt reembolso-parcial|partial refund to fix the problem
pt reembolso-remover|refund offered for removing the rating
pt resposta-firme|firm, polite answer to a rude buyer
pt retirar-avaliacao|informal removal request
pt siga-instagram|follow us on Instagram with @handle
pt so-se-gostou|5 stars and review gating
pt suporte-avaliacao-1|first request inside a support reply (relayed)
pt suporte-avaliacao-2|second request inside a support reply, no reminder word
pt whatsapp-zap|WhatsApp ('zap') with number
sv andra-till-fem|asks to change the review to 5 stars
sv aterbetalning-skada|unconditional refund to fix a problem
sv bara-nojda|five stars and review gating
sv bara-tack|thank-you-only message without order id
sv bestamt-artigt|firm but polite answer to a rude buyer
sv faktura-pdf|PDF invoice, VAT number
sv folj-oss-tiktok|follow us on TikTok
sv fornedrande|condescending insult
sv heic-listunsub|HEIC attachment and List-Unsubscribe header
sv hur-lamna-omdome|explains the feedback process because the buyer asked
sv important-leverans|[Important] used correctly: delivery booking
sv instagram-dm|Instagram DM offered as a contact channel
sv leveransbekraftelse|shipping confirmation
sv norsk-artefakt|translation artefact: Norwegian template sign-off ('Med vennlig hilsen') left in
sv omdome-kan-andras|neutral note that the feedback can be updated, no pressure
sv paminnelse-2|second request for the same order (reminder)
sv pengar-ta-bort|refund offered for deleting the feedback
sv pixel-important|[Important] on care tips, tracking pixel
sv postnord-kolli|PostNord consignment number (20 digits)
sv presentkort-recension|gift card for a review
sv priser-matt|prices and article number without order id
sv rea-lank|sale with a link to the brand shop
sv recension-forfragan-1|first neutral review request (relayed)
sv ren-trad|quoted earlier clean agent reply
sv returadress|return address with postcode, Amazon returns page
sv signatur-mail-tel|signature with e-mail address and phone
sv stjarnhange|'stjärna' and 'granskat' in a product sense
sv support-omdome-1|first feedback request inside a support reply (relayed)
sv support-omdome-2|second request inside a support reply, no reminder word
sv svordom|swearword and harassment
sv ta-bort-omdome|request to remove the feedback
"""
_NOTES = {}
for _line in NOTE_EN.strip().split("\n"):
    _k, _v = _line.split("|", 1); _NOTES[tuple(_k.split(" ", 1))] = _v
for _s in SPECS:
    if _s["lang"] != "en":
        _s["note"] = _NOTES[(_s["lang"], _s["topic"])] + "".join("; " + x for x in _s["o"].get("_extra_notes", []))

# ================================================================ README
README = """# heldout17: AI-drafted helpdesk replies, edited by agents (blind held-out corpus)

{n} outgoing seller e-mails to Amazon buyer relay addresses, labelled with the POLICY.md
categories they break. {comp} of them ({pct} %) are compliant; {replies} are replies and {pro} proactive.
Generated by `make.py` (Python 3.11, standard library only, fixed seeds, byte-identical output).

## Theme

Six invented sellers answer Amazon buyers through helpdesks with an AI assistant (Zendesk AI,
Gorgias AI, Freshdesk Freddy, eDesk AI, Intercom Fin). The assistant writes a long, polite,
formulaic draft (greeting, "thank you so much for reaching out", a closing paragraph, sometimes
an "AI-assisted" disclaimer); a human agent then edits it. The agent's additions are short and
sometimes blunt, and most violations sit there: a P.S. promising a voucher for a review, a
personal WhatsApp number, "please update your 1-star", an irritated remark, a sale link.
Helpdesk tooling adds the rest: signatures, open pixels, `List-Unsubscribe` headers,
attachments, rich-editor styling, `[Important]` put in by a macro. Other artefacts: unresolved
macro placeholders (`{{{{ticket.requester.first_name}}}}`, `[insert tracking number]`), signatures
left in the wrong language by a template (a German agent answering in Spanish with
"Mit freundlichen Grüßen", a Swedish reply with a Norwegian sign-off), non-breaking and thin
spaces, full-width characters in Japanese, emoji, HTML from rich editors.

Replies quote Amazon's localised buyer-message notification (marker line
`------------- Message: -------------` in the marketplace language, order and ASIN lines, the
Seller Central reply link in the new `/messaging/inbox?...` or the older
`/gp/communication-manager/...` form, "Was this email helpful?" links, `[commMgrTok:...]`,
Amazon's footer) in three styles: Gmail `>` quoting after an "On <date>, <name> - Amazon
Marketplace <relay> wrote:" line (localised), an Outlook `From/Sent/To/Subject` block, and an HTML
`<blockquote>`. Some threads quote an earlier agent reply with the notification nested under it.

## Sellers (all invented)

| seller | sells | domain (From: only) | helpdesk AI |
|---|---|---|---|
{sellers}

Buyer names, relay addresses (15 characters, some with a `+tag`, Japanese ones partly on
`m.marketplace.amazon.co.jp`), order ids (3-7-7, first block per marketplace), thread ids and
tokens are derived from seeded hashes. Phone numbers use fiction ranges where a country has them.

## Files

- `msgs/NNNN-<lang>-<re|pro>-<topic>.eml`: raw RFC 5322 messages (LF or CRLF, utf-8 /
  iso-8859-x / windows-1252 / iso-2022-jp, quoted-printable / base64 / 8bit / 7bit,
  multipart/alternative, /mixed, /related; attachments built by `make.py`).
- `labels.jsonl`: `file`, `categories` (POLICY.md order; empty = compliant), `lang`, `kind`, `note`.
- `make.py`: writes everything and self-checks (every file parses with `email` without
  defects and its text parts decode; every label is a POLICY.md category in POLICY.md order;
  `kind` agrees with the headers; a proactive message carries an order id exactly when it is not
  labelled `missing_order_id`; order ids are not shared outside a repeat pair; the repeat ledger
  agrees with the labels; message, compliance, category and language targets). It exits 1 on failure.

## Counts

### Per category

| category | messages | by language |
|---|---|---|
{cats}

### Per language

| lang | messages | compliant | violating |
|---|---|---|---|
{langs}

## Repeat-request ledger

Check the messages in file-name order with one ledger. The ledger key is the order id (the buyer's
relay address is the same within each pair). A review or feedback request enters the ledger only
when it was relayed: it had no finding, or only findings whose default action is `rewrite`
(here: a stripped tracking pixel). A request that was rejected (incentive, manipulation, body
opt-out link, ...) or quarantined (`[Important]` misuse, `missing_order_id`) leaves the order
free. A later request for an order already in the ledger is `repeat_request`, whatever else it is.
Reviews and feedback share one history per order, so a seller-feedback request after a
product-review request is a repeat.

- {rep} messages are `repeat_request` (25 pairs over all ten languages; in each non-English
  language one second request is a reminder and one sits inside a support reply with no reminder
  wording; English adds one after a first request that only carried a pixel, one with a voucher,
  one with `[Important]`).
- {nrar} clean requests follow a rejected request for the same order and are **not** repeats.
- Every other review/feedback request (compliant or not) uses an order id of its own.

## Labelling conventions (where POLICY.md leaves room)

- **Scanned**: subject, text and HTML parts (visible text, `href`, `src`), attachment names and
  types, quoted history including the mail client's quote header. Amazon's own notification
  text in the quote (its links, the relay address, its footer with postal address) is exempt.
  The buyer's own words inside the quoted notification are not used to label the seller's mail
  (buyer messages here are rude at most, never profane). Headers other than the subject are not
  content, except `List-Unsubscribe` (`opt_out`).
- **One element, one category**: an e-mail address is `contact_email` only; a tracking pixel is
  `tracking_pixel` only; a `List-Unsubscribe` header is `opt_out` only; an unsubscribe or
  preferences link in the body is `opt_out` and `external_link`; a text-only opt-out ("reply
  STOP") is `opt_out` only. A social-network page URL (`facebook.com/...`) is both
  `external_link` and `contact_other`. A WhatsApp/Telegram/LINE offer with a number is
  `contact_other` and `contact_phone`.
- **external_link** includes carrier tracking pages, Amazon `/dp/` pages (also when they answer a
  question), `amzn.to`, plain `http:` Amazon links, click-tracking redirects around Amazon links,
  linked logos, linked "Powered by" footers, bare domains, `dot`/`slash` spelled domains,
  full-width and zero-width-obfuscated domains and HTML-entity URLs. Amazon order, returns, help
  and review pages over https are allowed.
- **styling**: emoji (⭐, ✨, 😉, 👍, 🙏 ...), animated GIFs (inline `cid:` GIF with
  several frames), `http:` images without a recipient id, centred body, font-family or colour
  overrides (including an Outlook style block), four or more font sizes, runs of three or more
  blank lines. The plain `★` character in a product description is text, not an emoji. Exactly two
  blank lines is allowed. Unlinked inline `cid:` logos are allowed.
- **tracking_pixel**: 1x1 and 0x0 remote images, `display:none` remote images, known tracker
  hosts, and full-size banners whose URL carries the recipient's relay address.
- **attachment**: ZIP, RAR, EXE, XLSX, MP4, HEIC, WebP, SVG and HTML files; a `.pdf` that is an
  executable; a `.jpg` that is a PNG; six attachments. PDF invoices/manuals, a DOCX assembly sheet
  and a PNG label photo are allowed.
- **review_incentive**: anything of value that depends on a review or on changing/removing one
  (voucher, gift card, refund, partial refund, free product, discount on the next order, prize
  draw, "VIP early access"). Offered for removal, it is also `feedback_removal`. A reward for a
  review is not also `marketing` unless the message separately promotes products, a sale or a code.
  Unconditional refunds, replacements and discounts that fix a problem are compliant, also when the
  buyer threatened a bad review.
- **review_manipulation**: asking for five stars or a positive review, review gating, telling the
  buyer what to write, discouraging a negative review, "most customers give us 5 stars".
  Asking to change a review *to five stars / positive* is also `feedback_removal`.
- **feedback_removal**: any request to remove, change, update, revise or "reconsider" a review or
  feedback, polite or pressing, including unsolicited removal instructions. A neutral sentence
  after a resolution that feedback *can* be updated, "entirely up to you", is compliant (en, de,
  it, nl, pl, sv, pt). Explaining the feedback process when the buyer asks is compliant.
- **marketing**: sales, coupon codes, newsletters, cross-selling, third-party product referrals,
  "follow us" (with `contact_other` when it names a social account).
- **offensive**: insults, condescension aimed at the buyer ("read the manual next time"),
  profanity, threats, accusing the buyer of fraud. Firm, polite refusals are compliant.
- **important_tag**: `[Important]` in any case anywhere in the subject, allowed only for delivery
  scheduling, address problems and customisation questions; flagged on review requests,
  invoices, product questions, care tips, confirmations, thank-you and stock messages.
- **kind**: reply when the message has `In-Reply-To`/`References` or a reply prefix (`Re:`, `RE:`,
  `AW:`, `R:`, `SV:`, `Odp:`); "Ticket Received - ..." is not a reply prefix.
  `missing_order_id` and `unpermitted_proactive` are only used on proactive messages; an order
  id in the subject is enough; a 3-6-7 digit id is not an order id.
- **unpermitted_proactive**: order confirmations, shipping confirmations, thank-you-only,
  here-to-help-only, out-of-stock notices and helpdesk auto-acknowledgements. Proactive
  messages about a fulfilment problem, a return question, an invoice, delivery scheduling,
  address problems, customisation and one neutral review request are permitted.
- Tracking, waybill, parcel and consignment numbers, VAT/NIP/CNPJ/NIF/tax ids, invoice, lot, article
  and model numbers are never phone numbers, whatever their digit grouping. A seller's postal
  address alone (German Impressum) is not a category; its e-mail and phone are.
- Language is the language of the agent's text; a leftover sign-off in another language does not
  change it.

## How it was written (blind)

Written from POLICY.md, the corpus README.md and FORMAT.md (format only) and
reference/amazon-policy.md alone. No bsm-guard code, rule pack, test, other corpus, project
README or git history was read, and bsm-guard was not run on it. All wording was invented for
this set; the messages were not checked against the detectors.
"""

# ---------------------------------------------------------------- main, self-checks, README
OIDRE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
REPLYRE = re.compile(r"^\s*(\[[^\]]*\]\s*)?(re|aw|r|sv|odp|rv|antw|fw)\s*:", re.I)

def main():
    errors = []
    for n, s in enumerate(SPECS):
        s["key"] = "%s-%s-%03d" % (s["lang"], s["topic"], n)
    order = SPECS[:]
    random.Random(17).shuffle(order)
    groups = {}
    for pos, s in enumerate(order):
        if "pair" in s["o"]: groups.setdefault(s["o"]["pair"], []).append(pos)
    for k, poss in groups.items():
        members = sorted((order[p] for p in poss), key=lambda s: s["o"].get("role", 1))
        for p, s in zip(sorted(poss), members): order[p] = s
    for k, poss in groups.items():
        text = " ".join(order[p]["body"] + " " + order[p]["o"].get("buyer", "") for p in poss)
        pi = pick_product(order[poss[0]]["seller"], text, random.Random(h32("pair:" + k)))
        for p in poss: order[p]["o"].setdefault("p", pi)
    msgdir = os.path.join(HERE, "msgs")
    os.makedirs(msgdir, exist_ok=True)
    for f in sorted(os.listdir(msgdir)):
        if f.endswith(".eml"): os.remove(os.path.join(msgdir, f))
    labels, metas = [], []
    for i, s in enumerate(order, 1):
        data, meta = render(i, s)
        fname = "msgs/%04d-%s-%s-%s.eml" % (i, s["lang"], s["kind"], s["topic"])
        with open(os.path.join(HERE, fname), "wb") as fh: fh.write(data)
        cats = [c for c in CATS if c in s["labels"]]
        labels.append(dict(file=fname, categories=cats, lang=s["lang"], kind="reply" if s["kind"] == "re" else "proactive", note=s["note"]))
        metas.append((s, meta, data))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels: fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    # ---- self-checks
    ledger = set(); oid_owner = {}; repeats = 0; not_repeat_after_reject = 0
    for lab, (s, meta, data) in zip(labels, metas):
        f = lab["file"]
        m = email.message_from_bytes(data, policy=email.policy.default)
        for part in m.walk():
            if part.defects: errors.append("%s: MIME defects %r" % (f, part.defects))
            if part.get_content_maintype() == "text" and not part.is_attachment():
                try: part.get_content()
                except Exception as e: errors.append("%s: text part does not decode: %s" % (f, e))
        if list(lab["categories"]) != [c for c in CATS if c in lab["categories"]] or any(c not in CATS for c in lab["categories"]):
            errors.append(f + ": bad categories")
        is_reply = bool(m["In-Reply-To"] or m["References"] or REPLYRE.match(str(m["Subject"])))
        if is_reply != (lab["kind"] == "reply"): errors.append(f + ": kind mismatch")
        text = meta["subject"] + "\n" + meta["plain"] + "\n" + meta["html"]
        if lab["kind"] == "proactive":
            has = bool(OIDRE.search(text))
            if has == ("missing_order_id" in lab["categories"]): errors.append(f + ": order id presence vs missing_order_id label")
        else:
            for c in ("missing_order_id", "unpermitted_proactive"):
                if c in lab["categories"]: errors.append(f + ": proactive-only category on a reply")
        k = (meta["oid"], meta["relay"])
        pk = s["o"].get("pair", s["key"])
        if k[0] in oid_owner and oid_owner[k[0]] != pk: errors.append(f + ": order id shared outside a pair")
        oid_owner[k[0]] = pk
        if s["o"].get("req"):
            rep = k in ledger
            if rep != ("repeat_request" in lab["categories"]): errors.append(f + ": repeat-request ledger mismatch")
            if rep: repeats += 1
            elif "pair" in s["o"] and s["o"].get("role", 1) > 1: not_repeat_after_reject += 1
            if set(lab["categories"]) <= {"tracking_pixel"}: ledger.add(k)
        elif "repeat_request" in lab["categories"]:
            errors.append(f + ": repeat_request on a message that is not a request")
    n = len(labels); comp = sum(1 for l in labels if not l["categories"])
    percat = {c: sum(1 for l in labels if c in l["categories"]) for c in CATS}
    perlang = {g: sum(1 for l in labels if l["lang"] == g) for g in LANGS}
    if n < 380: errors.append("fewer than 380 messages")
    if not (0.42 <= comp / n <= 0.48): errors.append("compliant share %.3f outside 42-48%%" % (comp / n))
    for c in CATS:
        if percat[c] < (25 if c in WORDING else 15): errors.append("category %s has only %d" % (c, percat[c]))
    if any(v < 30 for v in perlang.values()): errors.append("a language has fewer than 30 messages")
    if not (0.22 <= perlang["en"] / n <= 0.30): errors.append("English share off")
    if repeats < 20: errors.append("fewer than 20 repeat pairs")
    replies = sum(1 for l in labels if l["kind"] == "reply")
    stats = dict(n=n, comp=comp, percat=percat, perlang=perlang, repeats=repeats, nrar=not_repeat_after_reject, replies=replies,
                 langcomp={g: sum(1 for l in labels if l["lang"] == g and not l["categories"]) for g in LANGS},
                 catlang={c: {g: sum(1 for l in labels if l["lang"] == g and c in l["categories"]) for g in LANGS} for c in CATS})
    write_readme(stats)
    print("messages %d, compliant %d (%.1f%%), replies %d, repeat pairs %d, clean-after-rejected %d" % (n, comp, 100 * comp / n, replies, repeats, not_repeat_after_reject))
    print("per category:", ", ".join("%s %d" % (c, percat[c]) for c in CATS))
    print("per language:", ", ".join("%s %d/%d" % (g, stats["langcomp"][g], perlang[g]) for g in LANGS))
    if errors:
        for e in errors: print("SELF-CHECK FAILED:", e)
        sys.exit(1)
    print("self-checks passed")

def write_readme(st):
    rows = "\n".join("| %s | %s | %s | %s |" % (v["name"], {"nutri": "sports nutrition", "baby": "baby products", "car": "car accessories",
                     "kitchen": "kitchenware", "jewel": "jewellery", "garden": "garden furniture"}[k], v["dom"], v["desk"]) for k, v in SELLERS.items())
    cat_rows = "\n".join("| %s | %d | %s |" % (c, st["percat"][c], ", ".join("%s %d" % (g, st["catlang"][c][g]) for g in LANGS if st["catlang"][c][g])) for c in CATS)
    lang_rows = "\n".join("| %s | %d | %d | %d |" % (g, st["perlang"][g], st["langcomp"][g], st["perlang"][g] - st["langcomp"][g]) for g in LANGS)
    txt = README.format(n=st["n"], comp=st["comp"], pct="%.1f" % (100 * st["comp"] / st["n"]), replies=st["replies"],
                        pro=st["n"] - st["replies"], rep=st["repeats"], nrar=st["nrar"], sellers=rows, cats=cat_rows, langs=lang_rows)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh: fh.write(txt)

if __name__ == "__main__":
    main()
