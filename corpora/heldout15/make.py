#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make.py - writes the blind held-out corpus "heldout15" for bsm-guard.

Standard library only (Python 3.11), fixed seeds, no network.  Running it rewrites
msgs/, labels.jsonl and README.md next to this script, byte-identically, and then runs
the self-checks (exit status 1 if one fails).

    python3 make.py            # build + self-checks
    python3 make.py --check    # only rebuild into a temp dir and compare + self-checks

All sellers, people, addresses, numbers and domains are invented.  The agent texts were
written by hand for this corpus; nothing was copied from another corpus.
"""
import base64
import hashlib
import io
import json
import os
import quopri
import random
import re
import shutil
import struct
import sys
import tempfile
import zipfile
import zlib
import email
import email.policy

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 151515

CATS = ["external_link", "contact_email", "contact_phone", "contact_other",
        "review_incentive", "review_manipulation", "feedback_removal", "repeat_request",
        "marketing", "opt_out", "tracking_pixel", "attachment", "styling", "offensive",
        "important_tag", "missing_order_id", "unpermitted_proactive"]
WORDING = ["review_incentive", "review_manipulation", "feedback_removal", "repeat_request",
           "marketing", "offensive", "unpermitted_proactive"]
PROACTIVE_ONLY = {"missing_order_id", "unpermitted_proactive"}
# default actions from POLICY.md; used for the repeat-request ledger replay
QUARANTINE = {"feedback_removal", "offensive", "important_tag", "missing_order_id",
              "unpermitted_proactive"}
REWRITE_ONLY = {"tracking_pixel"}   # stripped and delivered: the request counts as relayed
LANGS = ["en", "de", "fr", "es", "it", "ja", "nl", "pl", "sv", "pt"]
LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish",
              "it": "Italian", "ja": "Japanese", "nl": "Dutch", "pl": "Polish",
              "sv": "Swedish", "pt": "Portuguese"}

# ---------------------------------------------------------------- marketplaces
MARKETS = {
    "us": dict(tld="com", sc="sellercentral.amazon.com", pre=["111", "112", "113", "114"], tz="-0500"),
    "ca": dict(tld="ca", sc="sellercentral.amazon.ca", pre=["701", "702"], tz="-0500"),
    "uk": dict(tld="co.uk", sc="sellercentral.amazon.co.uk", pre=["202", "203", "204", "205", "206"], tz="+0000"),
    "ie": dict(tld="ie", sc="sellercentral-europe.amazon.com", pre=["404", "405"], tz="+0000"),
    "de": dict(tld="de", sc="sellercentral.amazon.de", pre=["302", "303", "304", "305", "306"], tz="+0100"),
    "fr": dict(tld="fr", sc="sellercentral.amazon.fr", pre=["402", "403", "405", "407"], tz="+0100"),
    "be": dict(tld="com.be", sc="sellercentral.amazon.com.be", pre=["403", "406"], tz="+0100"),
    "es": dict(tld="es", sc="sellercentral.amazon.es", pre=["402", "404", "406", "408"], tz="+0100"),
    "mx": dict(tld="com.mx", sc="sellercentral.amazon.com.mx", pre=["701", "702"], tz="-0600"),
    "it": dict(tld="it", sc="sellercentral.amazon.it", pre=["403", "405", "407", "408"], tz="+0100"),
    "nl": dict(tld="nl", sc="sellercentral.amazon.nl", pre=["402", "405", "406"], tz="+0100"),
    "pl": dict(tld="pl", sc="sellercentral.amazon.pl", pre=["404", "406", "407"], tz="+0100"),
    "se": dict(tld="se", sc="sellercentral.amazon.se", pre=["402", "403", "404"], tz="+0100"),
    "jp": dict(tld="co.jp", sc="sellercentral.amazon.co.jp", pre=["249", "250", "503"], tz="+0900"),
    "br": dict(tld="com.br", sc="sellercentral.amazon.com.br", pre=["701", "702"], tz="-0300"),
}
DEFAULT_MK = {"en": ["uk", "us", "uk", "us", "ie", "ca"], "de": ["de", "de", "de", "de"],
              "fr": ["fr", "fr", "fr", "be"], "es": ["es", "es", "es", "mx"], "it": ["it"],
              "ja": ["jp"], "nl": ["nl", "nl", "nl", "be"], "pl": ["pl"], "sv": ["se"], "pt": ["br"]}

FOOTER = {
    "us": "Copyright 2025 Amazon, Inc. or its affiliates. All rights reserved.\nAmazon.com, 410 Terry Avenue North, Seattle, WA 98109-5210",
    "ca": "Copyright 2025 Amazon, Inc. or its affiliates. All rights reserved.\nAmazon.com.ca, ULC, 40 King Street West, Toronto, ON M5H 3Y2",
    "uk": "Copyright 2025 Amazon, Inc. or its affiliates. All rights reserved.\nAmazon EU S.a r.l., UK Branch, 1 Principal Place, Worship Street, London EC2A 2FA",
    "ie": "Copyright 2025 Amazon, Inc. or its affiliates. All rights reserved.\nAmazon EU S.a r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg",
    "de": "Copyright 2025 Amazon, Inc. oder Tochtergesellschaften. Alle Rechte vorbehalten.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg",
    "fr": "Copyright 2025 Amazon, Inc. ou ses filiales. Tous droits réservés.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg",
    "be": "Copyright 2025 Amazon, Inc. ou ses filiales. Tous droits réservés.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg",
    "es": "Copyright 2025 Amazon, Inc. o sus afiliados. Todos los derechos reservados.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburgo",
    "mx": "Copyright 2025 Amazon, Inc. o sus afiliados. Todos los derechos reservados.\nServicios Comerciales Amazon México, S. de R.L. de C.V., Juan Salvador Agraz 73, Santa Fe, 05348 Ciudad de México",
    "it": "Copyright 2025 Amazon, Inc. o società affiliate. Tutti i diritti riservati.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo",
    "nl": "Copyright 2025 Amazon, Inc. of gelieerde ondernemingen. Alle rechten voorbehouden.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg",
    "pl": "Copyright 2025 Amazon, Inc. lub podmioty powiązane. Wszelkie prawa zastrzeżone.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg",
    "se": "Copyright 2025 Amazon, Inc. eller dess dotterbolag. Alla rättigheter förbehållna.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg",
    "jp": "Copyright 2025 Amazon.com, Inc. or its affiliates. All rights reserved.\nアマゾンジャパン合同会社 〒153-0064 東京都目黒区下目黒1-8-1",
    "br": "Copyright 2025 Amazon, Inc. ou suas afiliadas. Todos os direitos reservados.\nAmazon Serviços de Varejo do Brasil Ltda., Av. Juscelino Kubitschek, 2041, São Paulo - SP, 04543-011",
}

# Amazon notification wording per language (the parts the seller receives and quotes)
NL_ = {
    "en": dict(m="Message:", e="End message", oid="Order ID", of="of",
               fyi="For Your Information: To help arbitrate disputes and preserve trust and safety, we retain all messages buyers and sellers send through Amazon for two years. This includes your response to the message below. Amazon uses filtering technology to protect buyers and sellers from possible fraud. Messages that fail this filtering will not be transmitted.",
               resp="Respond to this message:", help="Was this email helpful?", yes="Yes", no="No",
               dear="Dear {seller},", recv="You have received a message from {name} ({relay}) regarding the following order:",
               old="To reply, respond to this e-mail or use the Buyer-Seller Messages page in Seller Central:",
               subj="Inquiry from Amazon customer {name} (Order: {oid})",
               subj_b="Inquiry from Amazon Business customer {name} (Order: {oid})",
               subj_p="Product details inquiry from Amazon customer {name} (Order: {oid})",
               biz="Amazon Business customer"),
    "de": dict(m="Nachricht:", e="Ende der Nachricht", oid="Bestellnummer", of="von",
               fyi="Zu Ihrer Information: Um bei Streitigkeiten vermitteln zu können und Vertrauen und Sicherheit zu gewährleisten, bewahren wir alle Nachrichten zwischen Käufern und Verkäufern zwei Jahre lang auf. Dazu gehört auch Ihre Antwort auf die folgende Nachricht. Amazon verwendet Filtertechnologien, um Käufer und Verkäufer vor möglichem Betrug zu schützen. Nachrichten, die diese Filter nicht passieren, werden nicht übermittelt.",
               resp="Auf diese Nachricht antworten:", help="War diese E-Mail hilfreich?", yes="Ja", no="Nein",
               dear="Hallo {seller},", recv="Sie haben eine Nachricht von {name} ({relay}) zu folgender Bestellung erhalten:",
               old="Um zu antworten, beantworten Sie diese E-Mail oder nutzen Sie die Käufer-Verkäufer-Nachrichten in Seller Central:",
               subj="Anfrage von Amazon-Kunde {name} (Bestellung: {oid})",
               subj_b="Anfrage von Amazon Business-Kunde {name} (Bestellung: {oid})",
               subj_p="Anfrage zu Produktdetails von Amazon-Kunde {name} (Bestellung: {oid})",
               biz="Amazon Business-Kunde"),
    "fr": dict(m="Message :", e="Fin du message", oid="Numéro de commande", of="sur",
               fyi="Pour votre information : afin de faciliter l'arbitrage des litiges et de préserver la confiance et la sécurité, nous conservons pendant deux ans tous les messages échangés entre acheteurs et vendeurs. Cela inclut votre réponse au message ci-dessous. Amazon utilise une technologie de filtrage pour protéger les acheteurs et les vendeurs contre les fraudes. Les messages qui ne passent pas ce filtrage ne sont pas transmis.",
               resp="Répondre à ce message :", help="Cet e-mail vous a-t-il été utile ?", yes="Oui", no="Non",
               dear="Bonjour {seller},", recv="Vous avez reçu un message de {name} ({relay}) concernant la commande suivante :",
               old="Pour répondre, répondez à cet e-mail ou utilisez la messagerie acheteur-vendeur de Seller Central :",
               subj="Demande de renseignements du client Amazon {name} (Commande : {oid})",
               subj_b="Demande du client Amazon Business {name} (Commande : {oid})",
               subj_p="Question sur le produit du client Amazon {name} (Commande : {oid})",
               biz="Client Amazon Business"),
    "es": dict(m="Mensaje:", e="Finalizar mensaje", oid="Número de pedido", of="de",
               fyi="Para tu información: para ayudar a resolver disputas y preservar la confianza y la seguridad, conservamos durante dos años todos los mensajes entre compradores y vendedores. Esto incluye tu respuesta al mensaje siguiente. Amazon utiliza tecnología de filtrado para proteger a compradores y vendedores de posibles fraudes. Los mensajes que no superen este filtrado no se transmitirán.",
               resp="Responder a este mensaje:", help="¿Te ha resultado útil este correo electrónico?", yes="Sí", no="No",
               dear="Hola, {seller}:", recv="Has recibido un mensaje de {name} ({relay}) sobre el siguiente pedido:",
               old="Para responder, contesta a este correo electrónico o utiliza los mensajes entre compradores y vendedores de Seller Central:",
               subj="Consulta del cliente de Amazon {name} (Pedido: {oid})",
               subj_b="Consulta del cliente de Amazon Business {name} (Pedido: {oid})",
               subj_p="Consulta sobre detalles del producto del cliente de Amazon {name} (Pedido: {oid})",
               biz="Cliente de Amazon Business"),
    "it": dict(m="Messaggio:", e="Fine messaggio", oid="Numero ordine", of="di",
               fyi="Per tua informazione: per aiutare a risolvere le controversie e tutelare fiducia e sicurezza, conserviamo per due anni tutti i messaggi scambiati tra acquirenti e venditori. Ciò include la tua risposta al messaggio seguente. Amazon utilizza tecnologie di filtraggio per proteggere acquirenti e venditori da possibili frodi. I messaggi che non superano il filtro non vengono trasmessi.",
               resp="Rispondi a questo messaggio:", help="Questa e-mail ti è stata utile?", yes="Sì", no="No",
               dear="Gentile {seller},", recv="Hai ricevuto un messaggio da {name} ({relay}) relativo al seguente ordine:",
               old="Per rispondere, rispondi a questa e-mail oppure usa i messaggi acquirente-venditore in Seller Central:",
               subj="Richiesta dal cliente Amazon {name} (Ordine: {oid})",
               subj_b="Richiesta dal cliente Amazon Business {name} (Ordine: {oid})",
               subj_p="Richiesta di dettagli sul prodotto dal cliente Amazon {name} (Ordine: {oid})",
               biz="Cliente Amazon Business"),
    "ja": dict(m="メッセージ:", e="メッセージ終了", oid="注文番号", of="点",
               fyi="ご参考: 紛争の解決に役立て、信頼と安全を守るため、Amazonは購入者と出品者の間でやり取りされたすべてのメッセージを2年間保管します。これには以下のメッセージへのご返信も含まれます。Amazonは不正行為から購入者と出品者を守るためにフィルタリング技術を使用しています。このフィルタリングを通過しないメッセージは送信されません。",
               resp="このメッセージに返信する:", help="このEメールは役に立ちましたか?", yes="はい", no="いいえ",
               dear="{seller} 様", recv="{name}様 ({relay}) から、次の注文に関するメッセージが届きました:",
               old="返信するには、このEメールに返信するか、セラーセントラルの購入者とのメッセージをご利用ください:",
               subj="Amazonのお客様{name}様からの問い合わせ (注文番号: {oid})",
               subj_b="Amazonビジネスのお客様{name}様からの問い合わせ (注文番号: {oid})",
               subj_p="Amazonのお客様{name}様からの商品詳細に関する問い合わせ (注文番号: {oid})",
               biz="Amazonビジネスのお客様"),
    "nl": dict(m="Bericht:", e="Einde bericht", oid="Bestelnummer", of="van",
               fyi="Ter informatie: om geschillen te kunnen beslechten en vertrouwen en veiligheid te waarborgen, bewaren we alle berichten tussen kopers en verkopers twee jaar lang. Dit geldt ook voor je antwoord op het onderstaande bericht. Amazon gebruikt filtertechnologie om kopers en verkopers te beschermen tegen mogelijke fraude. Berichten die niet door deze filter komen, worden niet verzonden.",
               resp="Beantwoord dit bericht:", help="Was deze e-mail nuttig?", yes="Ja", no="Nee",
               dear="Beste {seller},", recv="Je hebt een bericht ontvangen van {name} ({relay}) over de volgende bestelling:",
               old="Beantwoord deze e-mail of gebruik de berichten tussen kopers en verkopers in Seller Central om te reageren:",
               subj="Vraag van Amazon-klant {name} (Bestelling: {oid})",
               subj_b="Vraag van Amazon Business-klant {name} (Bestelling: {oid})",
               subj_p="Vraag over productdetails van Amazon-klant {name} (Bestelling: {oid})",
               biz="Amazon Business-klant"),
    "pl": dict(m="Wiadomość:", e="Koniec wiadomości", oid="Numer zamówienia", of="z",
               fyi="Dla Twojej informacji: aby ułatwić rozstrzyganie sporów oraz chronić zaufanie i bezpieczeństwo, przechowujemy przez dwa lata wszystkie wiadomości wymieniane między kupującymi a sprzedawcami. Dotyczy to również Twojej odpowiedzi na poniższą wiadomość. Amazon stosuje technologię filtrowania, aby chronić kupujących i sprzedawców przed oszustwami. Wiadomości, które nie przejdą filtrowania, nie zostaną przekazane.",
               resp="Odpowiedz na tę wiadomość:", help="Czy ten e-mail był pomocny?", yes="Tak", no="Nie",
               dear="Witaj {seller},", recv="Otrzymano wiadomość od {name} ({relay}) dotyczącą następującego zamówienia:",
               old="Aby odpowiedzieć, odpowiedz na tego e-maila lub skorzystaj z wiadomości kupujący-sprzedawca w Seller Central:",
               subj="Zapytanie od klienta Amazon {name} (Zamówienie: {oid})",
               subj_b="Zapytanie od klienta Amazon Business {name} (Zamówienie: {oid})",
               subj_p="Pytanie o szczegóły produktu od klienta Amazon {name} (Zamówienie: {oid})",
               biz="Klient Amazon Business"),
    "sv": dict(m="Meddelande:", e="Slut på meddelandet", oid="Ordernummer", of="av",
               fyi="För din information: för att kunna medla i tvister och bevara förtroende och säkerhet sparar vi alla meddelanden mellan köpare och säljare i två år. Det gäller även ditt svar på meddelandet nedan. Amazon använder filtreringsteknik för att skydda köpare och säljare mot bedrägerier. Meddelanden som inte klarar filtreringen skickas inte vidare.",
               resp="Svara på det här meddelandet:", help="Var det här e-postmeddelandet till hjälp?", yes="Ja", no="Nej",
               dear="Hej {seller},", recv="Du har fått ett meddelande från {name} ({relay}) om följande order:",
               old="Svara på det här e-postmeddelandet eller använd köpar-säljarmeddelanden i Seller Central:",
               subj="Förfrågan från Amazon-kunden {name} (Order: {oid})",
               subj_b="Förfrågan från Amazon Business-kunden {name} (Order: {oid})",
               subj_p="Fråga om produktinformation från Amazon-kunden {name} (Order: {oid})",
               biz="Amazon Business-kund"),
    "pt": dict(m="Mensagem:", e="Encerrar mensagem", oid="Número do pedido", of="de",
               fyi="Para sua informação: para ajudar na mediação de disputas e preservar a confiança e a segurança, mantemos por dois anos todas as mensagens trocadas entre compradores e vendedores. Isso inclui sua resposta à mensagem abaixo. A Amazon usa tecnologia de filtragem para proteger compradores e vendedores contra possíveis fraudes. Mensagens que não passarem por essa filtragem não serão transmitidas.",
               resp="Responder a esta mensagem:", help="Este e-mail foi útil?", yes="Sim", no="Não",
               dear="Olá, {seller},", recv="Você recebeu uma mensagem de {name} ({relay}) sobre o seguinte pedido:",
               old="Para responder, responda a este e-mail ou use as mensagens entre compradores e vendedores do Seller Central:",
               subj="Consulta do cliente da Amazon {name} (Pedido: {oid})",
               subj_b="Consulta do cliente Amazon Business {name} (Pedido: {oid})",
               subj_p="Pergunta sobre detalhes do produto do cliente da Amazon {name} (Pedido: {oid})",
               biz="Cliente Amazon Business"),
}

MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "es": "ene feb mar abr may jun jul ago sept oct nov dic".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru".split(),
    "sv": "jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.".split(),
    "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.".split(),
}
WDAYS = {
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(),
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.".split(),
    "fr": "lun. mar. mer. jeu. ven. sam. dim.".split(),
    "es": "lun mar mié jue vie sáb dom".split(),
    "it": "lun mar mer gio ven sab dom".split(),
    "ja": "月 火 水 木 金 土 日".split(),
    "nl": "ma di wo do vr za zo".split(),
    "pl": "pon. wt. śr. czw. pt. sob. niedz.".split(),
    "sv": "mån tis ons tors fre lör sön".split(),
    "pt": "seg. ter. qua. qui. sex. sáb. dom.".split(),
}
RE_PREFIX = {"en": ["Re:", "RE:", "Re:"], "de": ["AW:", "Re:", "AW:"], "fr": ["RE :", "Re:", "RE:"],
             "es": ["RE:", "Re:"], "it": ["R:", "Re:", "RE:"], "ja": ["Re:", "RE:"],
             "nl": ["RE:", "Re:"], "pl": ["Odp:", "Re:", "RE:"], "sv": ["SV:", "Sv:", "Re:"],
             "pt": ["RES:", "Re:", "RE:"]}

# ---------------------------------------------------------------- sellers
# hd: which helpdesks / clients each seller uses; agents per language: (name, role)
SELLERS = {
    "lapwing": dict(
        name="Lapwing Refurb", domain="lapwing-refurb.co.uk", what="refurbished laptops and phones",
        frm={"front": "support@lapwing-refurb.co.uk", "intercom": "help@lapwing-refurb.co.uk",
             "outlook": "workshop@lapwing-refurb.co.uk", "gmail": "lapwing.orders@lapwing-refurb.co.uk"},
        hd=["front", "front", "intercom"],
        agents={"en": [("Priya Nandakumar", "Customer Care"), ("Tom Whitcombe", "Customer Care"), ("Ellie Marsh", "Business Accounts")],
                "de": [("Jana Vogt", "Kundenservice")], "fr": [("Camille Roussel", "Service client")],
                "es": [("Lucía Ferrer", "Atención al cliente")], "it": [("Marco Bellini", "Assistenza clienti")],
                "ja": [("佐藤 美咲", "カスタマーサポート")], "nl": [("Sanne de Graaf", "Klantenservice")],
                "pl": [("Katarzyna Wójcik", "Obsługa klienta")], "sv": [("Elin Sjöberg", "Kundtjänst")],
                "pt": [("Rafael Moura", "Atendimento ao cliente")]},
        tech=("Callum Reid", "Workshop technician"),
        items={"en": ["Lenovo ThinkPad T14 Gen 2 (Renewed) 14in FHD, Core i5-1145G7, 16GB RAM, 512GB SSD, Windows 11 Pro",
                      "Apple iPhone 13, 128GB, Midnight (Renewed Premium)", "Dell Latitude 5420 (Renewed) 14in, i7-1185G7, 32GB, 1TB",
                      "Samsung Galaxy S22 5G 256GB Phantom Black (Renewed)", "HP EliteBook 840 G8 (Renewed) UK keyboard",
                      "Apple iPhone 11 64GB (Renewed)", "Apple MacBook Air 13in M1 8GB 256GB (Renewed)"],
               "de": ["Lenovo ThinkPad X1 Carbon Gen 9 (Generalüberholt) 14 Zoll, i7, 16 GB, 512 GB, QWERTZ",
                      "Apple iPhone 12 Pro 256 GB Pazifikblau (Generalüberholt)"],
               "fr": ["Apple MacBook Air 13 pouces M1 8 Go 256 Go (Reconditionné) AZERTY", "Apple iPhone 12 64 Go Blanc (Reconditionné)"],
               "es": ["HP EliteBook 840 G7 (Reacondicionado) 14\", i5, 16 GB, 256 GB SSD, teclado español",
                      "Samsung Galaxy A54 5G 128 GB (Reacondicionado)"],
               "it": ["Dell Latitude 7410 (Ricondizionato) 14\", i5-10310U, 16 GB, SSD 512 GB", "Apple iPhone 13 mini 128 GB (Ricondizionato)"],
               "ja": ["【整備済み品】Lenovo ThinkPad L13 Gen 2 13.3型 Core i5 16GB SSD256GB", "【整備済み品】Apple iPhone SE 第3世代 64GB"],
               "nl": ["Lenovo ThinkPad T490 (Refurbished) 14 inch, i5, 16 GB, 256 GB SSD", "Apple iPhone 11 64 GB (Refurbished)"],
               "pl": ["Dell Latitude 5410 (Odnowiony) 14\", i5, 16 GB, 512 GB SSD", "Apple iPhone 12 mini 128 GB (Odnowiony)"],
               "sv": ["HP ProBook 450 G8 (Renoverad) 15,6 tum, i5, 16 GB, 512 GB", "Apple iPhone 13 128 GB (Renoverad)"],
               "pt": ["Notebook Lenovo ThinkPad E14 (Recondicionado) i5 16GB SSD 256GB", "Apple iPhone 12 128GB (Recondicionado)"]},
    ),
    "kettwerk": dict(
        name="Kettwerk Teile", domain="kettwerk-teile.de", what="car and e-bike spare parts",
        frm={"edesk": "service@kettwerk-teile.de", "outlook": "werkstatt@kettwerk-teile.de",
             "front": "kundenservice@kettwerk-teile.de", "chrep": "service@kettwerk-teile.de"},
        hd=["edesk", "edesk", "outlook"],
        agents={"de": [("Lena Hoffmann", "Kundenservice"), ("Murat Yilmaz", "Kundenservice")],
                "en": [("Oliver Kent", "Customer service")], "fr": [("Julien Marchetti", "Service après-vente")],
                "it": [("Sara Colombo", "Servizio clienti")], "es": [("Pablo Izquierdo", "Atención al cliente")],
                "nl": [("Bram Visser", "Klantenservice")], "pl": [("Tomasz Nowicki", "Obsługa klienta")],
                "sv": [("Johan Lindqvist", "Kundservice")], "ja": [("山本 翔", "カスタマーサービス")],
                "pt": [("Ana Ribeiro", "Atendimento")]},
        tech=("Dieter Kramm", "Kfz-Meister / Technik"),
        items={"de": ["Bremsscheiben + Bremsbeläge Set vorne 312 x 25 mm für VW Golf VII / Audi A3 8V",
                      "E-Bike Akku 36V 14Ah Rahmenakku für Bafang-Mittelmotoren", "Zahnriemensatz mit Wasserpumpe für 1.6/2.0 TDI",
                      "Querlenker vorne links mit Traggelenk, OE 5Q0 407 151 A"],
               "en": ["Front brake discs and pads kit 312mm for VW Golf Mk7 / Audi A3 8V", "E-bike battery 36V 14Ah frame battery",
                      "Timing belt kit with water pump for 1.6/2.0 TDI",
                      "Speed sensor with spoke magnet for e-bike mid motors", "Clutch kit with dual-mass flywheel for 1.9 TDI",
                      "Lower control arm front left with ball joint, OE 5Q0 407 151 A", "Caliper carrier bracket for 312mm front discs",
                      "Water pump for 2.0 TDI with gasket"],
               "fr": ["Kit disques et plaquettes de frein avant 312 mm pour VW Golf VII", "Batterie vélo électrique 36V 14Ah", "Kit de distribution avec pompe à eau 1.6/2.0 TDI"],
               "it": ["Kit dischi e pastiglie freno anteriori 312 mm per VW Golf VII", "Batteria e-bike 36V 14Ah da telaio",
                      "Kit distribuzione con pompa acqua 2.0 TDI", "Kit frizione con volano bimassa 1.9 TDI"],
               "es": ["Kit discos y pastillas de freno delanteros 312 mm para VW Golf VII", "Batería bicicleta eléctrica 36V 14Ah", "Kit distribución con bomba de agua 2.0 TDI"],
               "nl": ["Remschijven en remblokken set voor 312 mm VW Golf VII", "E-bike accu 36V 14Ah frameaccu"],
               "pl": ["Zestaw tarcze + klocki hamulcowe przód 312 mm VW Golf VII", "Akumulator do roweru elektrycznego 36V 14Ah"],
               "sv": ["Bromsskivor och bromsbelägg fram 312 mm VW Golf VII", "Elcykelbatteri 36V 14Ah ramsbatteri"]},
    ),
    "norvale": dict(
        name="Norvale Lab Supply", domain="norvale-lab.nl", what="lab and medical supplies",
        frm={"helpscout": "support@norvale-lab.nl", "intercom": "orders@norvale-lab.nl", "outlook": "qa@norvale-lab.nl",
             "gmail": "norvale.sales@norvale-lab.nl"},
        hd=["helpscout", "helpscout", "intercom"],
        agents={"en": [("Hannah Brooks", "Customer Support"), ("Marcus Flynn", "Key Accounts")],
                "nl": [("Pieter Jansen", "Klantenservice"), ("Fleur Kuipers", "Orderbeheer")], "de": [("Katrin Albers", "Kundenbetreuung")],
                "fr": [("Élodie Garnier", "Service client")], "es": [("Nuria Campos", "Atención al cliente")],
                "it": [("Giulia Ferri", "Assistenza clienti")], "sv": [("Maja Holm", "Kundsupport")],
                "pl": [("Agnieszka Zielińska", "Obsługa klienta")], "ja": [("高橋 健", "カスタマーサポート")],
                "pt": [("Carla Mendes", "Suporte ao cliente")]},
        tech=("Dr. Ruud Verbeek", "Quality & Regulatory"),
        items={"en": ["Nitrile examination gloves, powder-free, size M, 10 x 100 pcs, EN 455 / EN ISO 374-5",
                      "Sterile filter pipette tips 200 µl, racked, 10 x 96", "Microcentrifuge tubes 1.5 ml, PP, 1000 pcs",
                      "Fingertip pulse oximeter SpO2, CE 0123", "Type IIR surgical face masks EN 14683, 50 pcs",
                      "Magnetic stirrer with hotplate 230 V, 5 L", "Digital clinical thermometer, 34.0-42.9 C"],
               "nl": ["Nitril onderzoekshandschoenen poedervrij maat L, 10 x 100 stuks", "Magneetroerder met verwarmingsplaat 230 V",
                      "Chirurgische mondmaskers type IIR, 50 stuks", "Pipetpunten 200 µl steriel, 10 x 96"],
               "de": ["Nitril-Untersuchungshandschuhe puderfrei Gr. M, 10 x 100 Stück", "Pipettenspitzen 1000 µl steril, 10 x 96",
                      "Fingerpulsoximeter SpO2, CE 0123", "Magnetrührer mit Heizplatte 230 V"],
               "fr": ["Gants d'examen en nitrile non poudrés taille M, 10 x 100", "Cônes de pipette 200 µl stériles, 10 x 96",
                      "Thermomètre médical numérique", "Masques chirurgicaux type IIR EN 14683, 50 pièces"],
               "es": ["Guantes de nitrilo sin polvo talla M, 10 x 100 uds", "Tubos de microcentrífuga 1,5 ml, 1000 uds"],
               "it": ["Guanti in nitrile senza polvere taglia M, 10 x 100 pz", "Puntali per pipette 200 µl sterili, 10 x 96", "Pulsossimetro da dito SpO2, CE 0123"],
               "sv": ["Nitrilhandskar puderfria storlek M, 10 x 100 st", "Pipettspetsar 200 µl sterila, 10 x 96", "Klinisk digital termometer"],
               "pl": ["Rękawice nitrylowe bezpudrowe rozmiar M, 10 x 100 szt.", "Końcówki do pipet 200 µl sterylne, 10 x 96", "Pulsoksymetr napalcowy SpO2, CE 0123"],
               "ja": ["ニトリル手袋 パウダーフリー Mサイズ 100枚入 x 10箱", "滅菌フィルターチップ 200µl ラック入 10 x 96本"],
               "pt": ["Luvas de nitrilo sem pó tamanho M, 10 x 100 un.", "Ponteiras para pipeta 200 µl estéreis, 10 x 96"]},
    ),
    "quire": dict(
        name="Stave & Quire", domain="staveandquire.co.uk", what="books and sheet music",
        frm={"gmail": "orders.staveandquire@gmail.com", "chrep": "help@staveandquire.co.uk", "front": "shop@staveandquire.co.uk"},
        hd=["gmail", "gmail", "chrep"],
        agents={"en": [("Fiona Hale", "Orders"), ("Rupert Lang", "Sheet music desk")], "de": [("Miriam Kessler", "Bestellungen")],
                "fr": [("Hugo Lefèvre", "Commandes")], "it": [("Chiara Monti", "Ordini")], "es": [("Irene Salas", "Pedidos")],
                "ja": [("中村 陽子", "受注担当")], "nl": [("Joost Bakker", "Bestellingen")], "pt": [("Beatriz Costa", "Pedidos")],
                "sv": [("Oskar Nyberg", "Beställningar")], "pl": [("Marta Kaczmarek", "Zamówienia")]},
        tech=("Rupert Lang", "Sheet music desk"),
        items={"en": ["J.S. Bach: Goldberg Variations BWV 988, Urtext, paperback (ISMN 979-0-2018-0473-2)",
                      "Advanced Engineering Mathematics, 10th edition, hardcover", "Chopin: Nocturnes for Piano, Urtext edition",
                      "Clinical Laboratory Techniques, 3rd edition (ISBN 978-1-4051-7312-9)",
                      "Bach: Two-Part Inventions BWV 772-786, Urtext", "Beethoven: Piano Sonatas Volume I, Urtext",
                      "Debussy: Preludes Book I for piano"],
               "de": ["Beethoven: Klaviersonaten Band I, Urtext, kartoniert", "Technisches Zeichnen, 6. Auflage"],
               "fr": ["Debussy : Préludes, Livre I, pour piano", "Mécanique des fluides, 3e édition"],
               "it": ["Vivaldi: Le quattro stagioni, partitura tascabile", "Fondamenti di elettrotecnica, 4a edizione"],
               "es": ["Albéniz: Suite española op. 47, piano", "Manual de electrónica práctica, 2.ª edición"],
               "ja": ["ショパン ノクターン集 (ピアノ・ソロ) 原典版", "電気回路入門 第3版"],
               "nl": ["Bach: Inventionen und Sinfonien, Urtext", "Handboek werkplaatstechniek, 5e druk"],
               "pt": ["Villa-Lobos: Choros n.º 1 para violão, partitura", "Física para Engenharia, 2ª edição"],
               "sv": ["Grieg: Lyriska stycken op. 12, piano", "Ellära och elektronik, 4:e upplagan"],
               "pl": ["Chopin: Mazurki, wydanie narodowe", "Podstawy elektrotechniki, wyd. 5"]},
    ),
    "brasco": dict(
        name="Brasco Tools", domain="brascotools.com", what="power tools",
        frm={"chrep": "care@brascotools.com", "front": "support@brascotools.com", "outlook": "service@brascotools.com",
             "helpscout": "support@brascotools.com", "edesk": "care@brascotools.com"},
        hd=["chrep", "front", "front", "chrep"],
        agents={"en": [("Dan Mercer", "Customer Care"), ("Shauna Kilbride", "Trade desk")], "de": [("Stefan Brandt", "Kundendienst")],
                "es": [("Javier Ortega", "Atención al cliente")], "it": [("Luca Ferraro", "Assistenza")],
                "pl": [("Piotr Mazur", "Dział obsługi")], "sv": [("Anders Berg", "Kundtjänst")],
                "pt": [("Thiago Alves", "Atendimento")], "ja": [("鈴木 大輔", "サポートセンター")],
                "fr": [("Nicolas Perrin", "SAV")], "nl": [("Ruben Smit", "Klantenservice")]},
        tech=("Gary Pocock", "Service technician"),
        items={"en": ["Brasco BX18 18V Brushless Combi Drill, 2 x 5.0Ah batteries, charger, case",
                      "Brasco AG230 230mm Angle Grinder 2400W 230V", "Brasco SDS-plus Rotary Hammer 800W, 2.8J",
                      "Brasco 18V Impact Wrench 1/2in, 600Nm (body only)",
                      "Brasco 18V Impact Driver 1/4in hex, 180Nm, 2 x 2.0Ah", "Brasco BXC-18 Fast Charger 18V",
                      "Brasco BHT-18 18V Hedge Trimmer (body only)"],
               "de": ["Brasco BX18 Akku-Schlagbohrschrauber 18V bürstenlos, 2x 5,0 Ah", "Brasco Winkelschleifer 230 mm 2400 W"],
               "es": ["Brasco BX18 taladro percutor 18V sin escobillas, 2 baterías 5,0 Ah", "Brasco sierra circular 190 mm 1500 W"],
               "it": ["Brasco BX18 trapano avvitatore a percussione 18V brushless", "Brasco smerigliatrice angolare 125 mm 1200 W"],
               "pl": ["Brasco BX18 wiertarko-wkrętarka udarowa 18V bezszczotkowa", "Brasco młotowiertarka SDS-plus 800 W", "Brasco szlifierka kątowa 125 mm 1200 W"],
               "sv": ["Brasco BX18 slagborrmaskin 18V borstlös, 2 x 5,0 Ah", "Brasco vinkelslip 125 mm 1200 W"],
               "pt": ["Furadeira de impacto Brasco BX18 18V sem escovas, 2 baterias", "Esmerilhadeira angular Brasco 115 mm 900W 127V"],
               "ja": ["Brasco BX18 18V ブラシレス振動ドライバドリル バッテリー2個付", "Brasco 125mm ディスクグラインダー 100V"],
               "fr": ["Brasco BX18 perceuse-visseuse à percussion 18V sans charbons", "Brasco meuleuse d'angle 125 mm 1200 W"],
               "nl": ["Brasco BX18 accu-klopboormachine 18V koolborstelloos", "Brasco haakse slijper 125 mm 1200 W"]},
    ),
}

FIRST = {
    "en": ["Gareth", "Linda", "Mohammed", "Sophie", "Kevin", "Rachel", "Derek", "Aisha", "Callum", "Megan", "Brian", "Tasha",
           "Nigel", "Harriet", "Jamal", "Colleen", "Stuart", "Wendy", "Ravi", "Louise", "Dwayne", "Imogen", "Patrick", "Yvonne"],
    "de": ["Jürgen", "Sabine", "Tobias", "Anja", "Uwe", "Melanie", "Florian", "Petra", "Mehmet", "Claudia", "Sven", "Heike"],
    "fr": ["Mathieu", "Nathalie", "Karim", "Sandrine", "Olivier", "Aurélie", "Thierry", "Manon", "Rachid", "Sylvie"],
    "es": ["Alejandro", "Marta", "Raúl", "Carmen", "Sergio", "Lorena", "Iván", "Pilar", "Andrés", "Rocío"],
    "it": ["Giuseppe", "Francesca", "Matteo", "Valentina", "Davide", "Elisa", "Stefano", "Martina", "Roberto", "Alessia"],
    "ja": ["田中", "伊藤", "渡辺", "小林", "加藤", "吉田", "山田", "松本", "井上", "木村"],
    "nl": ["Jeroen", "Marieke", "Thijs", "Femke", "Wouter", "Anouk", "Bas", "Ilse", "Koen", "Lotte"],
    "pl": ["Krzysztof", "Magdalena", "Paweł", "Joanna", "Michał", "Ewa", "Łukasz", "Anna", "Grzegorz", "Beata"],
    "sv": ["Erik", "Karin", "Mattias", "Linnea", "Per", "Sofia", "Henrik", "Ebba", "Jonas", "Ida"],
    "pt": ["João", "Mariana", "Lucas", "Fernanda", "Rodrigo", "Camila", "Bruno", "Patrícia", "Gustavo", "Juliana"],
}
COMPANIES = {
    "en": ["Hollis Engineering Ltd", "Crestline Dental Group", "Baywater Academy Trust", "Pike & Rowe Electrical",
           "Meadowbank Veterinary Practice", "Northgate Facilities LLC", "Sutton Biosciences", "Carver County Schools"],
    "de": ["Fahrzeugtechnik Brenner GmbH", "Praxis Dr. Lindner", "Stadtwerke Oberhain", "Elektro Maurer KG"],
    "fr": ["Garage Fontaine SARL", "Laboratoire Biomédis", "Lycée Jean-Moulin"],
    "es": ["Talleres Arroyo S.L.", "Clínica Dental Sonríe", "Instituto Cervantes de Ribera"],
    "it": ["Officina Gallo Snc", "Laboratorio Analisi Ponte", "Istituto Tecnico Galilei"],
    "ja": ["株式会社三和精機", "ひまわり歯科クリニック"],
    "nl": ["Autobedrijf Van Dijk", "Huisartsenpraktijk De Linde"],
    "pl": ["Warsztat Kowalczyk sp. z o.o.", "Laboratorium Medica"],
    "sv": ["Bergströms Bil AB", "Vårdcentralen Ekbacken"],
    "pt": ["Oficina Silva Ltda", "Clínica Santa Luzia"],
}

# ---------------------------------------------------------------- attachment bytes (all built here)
def _png_chunk(t, data):
    return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)


def make_png(w=48, h=32, seed=1):
    r = random.Random(seed)
    base = [r.randrange(40, 220) for _ in range(3)]
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            band = ((x // 8) + (y // 8)) % 3
            raw += bytes(((base[i] + band * 23 + (x * 3 if i == band else 0)) % 256) for i in range(3))
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) +
            _png_chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _png_chunk(b"IEND", b""))


def _gif_lzw(pixels):
    # minimum code size 2 (4 colours); a clear code every two pixels keeps the code width at 3 bits
    codes = []
    for i, p in enumerate(pixels):
        if i % 2 == 0:
            codes.append(4)
        codes.append(p)
    codes.append(5)
    bits, nbits, out = 0, 0, bytearray()
    for c in codes:
        bits |= c << nbits
        nbits += 3
        while nbits >= 8:
            out.append(bits & 0xff)
            bits >>= 8
            nbits -= 8
    if nbits:
        out.append(bits & 0xff)
    blocks = bytearray([2])
    for i in range(0, len(out), 255):
        chunk = out[i:i + 255]
        blocks.append(len(chunk))
        blocks += chunk
    blocks.append(0)
    return bytes(blocks)


def make_gif(w=16, h=16, frames=1, seed=2):
    r = random.Random(seed)
    pal = bytes([255, 255, 255, 0, 0, 0, r.randrange(256), r.randrange(256), 90, 200, 30, r.randrange(256)])
    out = bytearray(b"GIF89a" + struct.pack("<HH", w, h) + bytes([0xF1, 0, 0]) + pal)
    if frames > 1:
        out += b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    for f in range(frames):
        if frames > 1:
            out += b"\x21\xf9\x04\x04" + struct.pack("<H", 40) + b"\x00\x00"
        out += b"\x2c" + struct.pack("<HHHH", 0, 0, w, h) + b"\x00"
        px = [((x + y + f) // 3) % 4 if w > 1 else 0 for y in range(h) for x in range(w)]
        out += _gif_lzw(px)
    out += b"\x3b"
    return bytes(out)


# baseline JPEG, greyscale, built from flat 8x8 blocks (all AC coefficients zero)
_DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
_DC_VALS = list(range(12))


def _huff_codes(bits, vals):
    codes, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


def make_jpeg(w=64, h=48, seed=3):
    r = random.Random(seed)
    bw, bh = (w + 7) // 8, (h + 7) // 8
    levels = [[(r.randrange(60, 200) + 20 * ((bx + by) % 3)) % 256 for bx in range(bw)] for by in range(bh)]
    dc = _huff_codes(_DC_BITS, _DC_VALS)
    ac = {0: (0, 1)}  # a one-symbol AC table: EOB only
    bitbuf = []
    pred = 0
    for by in range(bh):
        for bx in range(bw):
            q = levels[by][bx] - 128          # DC = 8*(p-128), quantiser 8
            diff = q - pred
            pred = q
            cat = 0 if diff == 0 else abs(diff).bit_length()
            c, l = dc[cat]
            bitbuf.append((c, l))
            if cat:
                v = diff if diff > 0 else diff + (1 << cat) - 1
                bitbuf.append((v, cat))
            bitbuf.append(ac[0])
    data, acc, n = bytearray(), 0, 0
    for c, l in bitbuf:
        acc = (acc << l) | c
        n += l
        while n >= 8:
            b = (acc >> (n - 8)) & 0xff
            data.append(b)
            if b == 0xff:
                data.append(0)
            n -= 8
    if n:
        b = ((acc << (8 - n)) | ((1 << (8 - n)) - 1)) & 0xff
        data.append(b)
        if b == 0xff:
            data.append(0)

    def seg(marker, payload):
        return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload
    out = b"\xff\xd8"
    out += seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00")
    out += seg(0xDB, b"\x00" + bytes([8] * 64))
    out += seg(0xC0, b"\x08" + struct.pack(">HH", h, w) + b"\x01\x01\x11\x00")
    out += seg(0xC4, b"\x00" + bytes(_DC_BITS) + bytes(_DC_VALS))
    out += seg(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
    out += seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    return out + bytes(data) + b"\xff\xd9"


def _pdf_str(s):
    s = s.encode("latin-1", "replace").decode("latin-1")
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title, lines, pad=0):
    content = "BT /F1 14 Tf 56 780 Td (" + _pdf_str(title) + ") Tj ET\n"
    y = 750
    for ln in lines:
        content += "BT /F1 10 Tf 56 %d Td (%s) Tj ET\n" % (y, _pdf_str(ln))
        y -= 16
    cbytes = content.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(cbytes) + cbytes + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Title (" + _pdf_str(title).encode("latin-1") + b") /Producer (heldout15 make.py) >>"]
    if pad:
        filler = (b"% scanned appendix placeholder 0123456789abcdef\n" * (pad // 48 + 1))[:pad]
        objs.append(b"<< /Length %d >>\nstream\n" % len(filler) + filler + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 3, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def make_docx(title, paras):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(p) for p in [title] + paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>' + body + '</w:body></w:document>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def make_xlsx(rows):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Prices" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    sd = ""
    for i, row in enumerate(rows, 1):
        cells = "".join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % ("ABCDEFG"[j], i, xml_esc(str(v))) for j, v in enumerate(row))
        sd += '<row r="%d">%s</row>' % (i, cells)
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>' + sd + '</sheetData></worksheet>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbr), ("xl/worksheets/sheet1.xml", sh)])


def make_exe(label="setup"):
    mz = bytearray(b"MZ" + b"\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 45)
    mz = mz[:0x3c] + struct.pack("<I", 0x80)
    stub = b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
    mz += stub
    mz += b"\x00" * (0x80 - len(mz))
    coff = struct.pack("<HHIIIHH", 0x14c, 1, 0x67C2A000, 0, 0, 0xE0, 0x0102)
    opt = struct.pack("<HBBIIIIIIIIIHHHHHHIIIIHHIIIIII", 0x10b, 14, 0, 0x200, 0, 0, 0x1000, 0x1000, 0x2000, 0x400000,
                      0x1000, 0x200, 6, 0, 0, 0, 6, 0, 0, 0x2000, 0x200, 0, 2, 0x8140, 0x100000, 0x1000, 0x100000, 0x1000, 0, 16)
    opt += b"\x00" * (0xE0 - len(opt))
    sect = b".text\x00\x00\x00" + struct.pack("<IIIIIIHHI", 0x10, 0x1000, 0x200, 0x200, 0, 0, 0, 0, 0x60000020)
    out = bytes(mz) + b"PE\x00\x00" + coff + opt + sect
    out += b"\x00" * (0x200 - len(out))
    out += (b"\xc3" + label.encode()[:15]).ljust(0x200, b"\x00")
    return out


def _box(t, payload):
    return struct.pack(">I", 8 + len(payload)) + t + payload


def make_mp4():
    ftyp = _box(b"ftyp", b"isom" + struct.pack(">I", 512) + b"isomiso2avc1mp41")
    mvhd = _box(b"mvhd", b"\x00\x00\x00\x00" + struct.pack(">IIII", 0, 0, 1000, 4000) + struct.pack(">IH", 0x00010000, 0x0100)
                + b"\x00" * 10 + struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000) + b"\x00" * 24 + struct.pack(">I", 2))
    moov = _box(b"moov", mvhd)
    mdat = _box(b"mdat", bytes(range(256)) * 4)
    return ftyp + moov + mdat


def make_heic():
    ftyp = _box(b"ftyp", b"heic" + struct.pack(">I", 0) + b"mif1heicmiaf")
    hdlr = _box(b"hdlr", b"\x00\x00\x00\x00" + b"\x00\x00\x00\x00" + b"pict" + b"\x00" * 12 + b"\x00")
    pitm = _box(b"pitm", b"\x00\x00\x00\x00" + struct.pack(">H", 1))
    meta = _box(b"meta", b"\x00\x00\x00\x00" + hdlr + pitm)
    mdat = _box(b"mdat", bytes((i * 7) % 256 for i in range(600)))
    return ftyp + meta + mdat


WEBP_1X1 = base64.b64decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==")


def make_ics(summary, start, end, loc):
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kettwerk Teile//Lieferplanung//DE\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:slot-%s@lieferplanung\r\nDTSTAMP:20250303T090000Z\r\nDTSTART:%s\r\nDTEND:%s\r\n"
            "SUMMARY:%s\r\nLOCATION:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % (start, start, end, summary, loc)).encode("utf-8")


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


MAGIC = [(b"%PDF-", "pdf"), (b"\xff\xd8\xff", "jpeg"), (b"\x89PNG\r\n\x1a\n", "png"), (b"GIF8", "gif"),
         (b"PK\x03\x04", "zip"), (b"MZ", "exe"), (b"RIFF", "webp"), (b"BEGIN:VCALENDAR", "ics")]


def sniff(data):
    for m, t in MAGIC:
        if data.startswith(m):
            return t
    if data[4:8] == b"ftyp":
        return "heic" if data[8:12] in (b"heic", b"mif1") else "mp4"
    try:
        data.decode("utf-8")
        return "txt"
    except UnicodeDecodeError:
        return "bin"


EXT_TYPE = {"pdf": "pdf", "jpg": "jpeg", "jpeg": "jpeg", "png": "png", "gif": "gif", "txt": "txt", "doc": "doc",
            "docx": "zip", "xlsx": "zip", "zip": "zip", "exe": "exe", "mp4": "mp4", "heic": "heic", "webp": "webp",
            "ics": "ics", "csv": "txt"}
ALLOWED_EXT = {"pdf", "jpg", "jpeg", "png", "gif", "txt", "doc", "docx"}
CTYPE = {"pdf": "application/pdf", "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif",
         "txt": "text/plain", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "zip": "application/zip",
         "exe": "application/x-msdownload", "mp4": "video/mp4", "heic": "image/heic", "webp": "image/webp",
         "ics": "text/calendar", "csv": "text/csv"}

# ---------------------------------------------------------------- MIME writing (by hand, so every byte is chosen)
import datetime
import urllib.parse

CS_LABEL = {"utf-8": "utf-8", "UTF-8": "UTF-8", "iso-8859-1": "iso-8859-1", "ISO-8859-1": "ISO-8859-1",
            "iso-8859-2": "iso-8859-2", "iso-8859-15": "iso-8859-15", "ISO-8859-15": "ISO-8859-15",
            "windows-1252": "windows-1252", "Windows-1252": "Windows-1252", "iso-2022-jp": "ISO-2022-JP",
            "shift_jis": "Shift_JIS", "us-ascii": "us-ascii"}


def codec(cs):
    return {"shift_jis": "shift_jis", "iso-2022-jp": "iso2022_jp", "us-ascii": "ascii"}.get(cs.lower(), cs.lower())


def can_encode(text, cs):
    try:
        text.encode(codec(cs))
        return True
    except UnicodeEncodeError:
        return False


def encode_word(s, cs, mode="B"):
    """RFC 2047 encoded words, each <= 75 chars, joined with folding whitespace."""
    label = CS_LABEL.get(cs, cs)
    words, cur = [], ""

    def ew(chunk):
        b = chunk.encode(codec(cs))
        if mode == "B":
            return "=?%s?B?%s?=" % (label, base64.b64encode(b).decode())
        q = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 or chr(c) in "!*+-/") else
                    ("_" if c == 32 else "=%02X" % c) for c in b)
        return "=?%s?Q?%s?=" % (label, q)
    for ch in s:
        if cur and len(ew(cur + ch)) > 75:
            words.append(ew(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(ew(cur))
    return "\n ".join(words)


def hdr_text(s, cs, mode="B"):
    if all(ord(c) < 128 for c in s):
        return s
    return encode_word(s, cs, mode)


def addr_hdr(display, addr, cs="utf-8"):
    if not display:
        return addr
    if all(ord(c) < 128 for c in display):
        if re.search(r'[(),:;<>@\[\]".]', display):
            return '"%s" <%s>' % (display.replace('"', ''), addr)
        return "%s <%s>" % (display, addr)
    return "%s <%s>" % (encode_word(display, cs, "B"), addr)


class Part:
    def __init__(self, ctype, params=None, hdrs=None, data=None, cte=None, kids=None, text=None, cs=None):
        self.ctype, self.params, self.hdrs = ctype, list(params or []), list(hdrs or [])
        self.data, self.cte, self.kids, self.text, self.cs = data, cte, kids, text, cs


def text_part(text, subtype, cs, cte):
    b = text.encode(codec(cs))
    if cte in ("7bit",) and any(x > 127 for x in b):
        raise ValueError("7bit with 8-bit data")
    return Part("text/" + subtype, [("charset", CS_LABEL.get(cs, cs))], data=b, cte=cte, text=text, cs=cs)


def enc_data(data, cte):
    if cte in ("7bit", "8bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def param_str(k, v):
    if v is None:
        return k
    if isinstance(v, tuple) and v[0] == "2231":
        q = urllib.parse.quote(v[1].encode("utf-8"), safe="")
        if len(q) <= 60:
            return "%s*=utf-8''%s" % (k, q)
        toks = re.findall(r"%[0-9A-F]{2}|.", q)
        chunks, cur = [], ""
        for t in toks:
            if len(cur) + len(t) > 50:
                chunks.append(cur)
                cur = ""
            cur += t
        chunks.append(cur)
        return ";\n\t".join(("%s*%d*=%s" % (k, n, ("utf-8''" + c) if n == 0 else c)) for n, c in enumerate(chunks))
    if isinstance(v, tuple) and v[0] == "2047":
        return '%s="%s"' % (k, encode_word(v[1], "utf-8", "B").replace("\n ", " "))
    if re.search(r'[\s()<>@,;:\\"/\[\]?=]', v):
        return '%s="%s"' % (k, v)
    return "%s=%s" % (k, v)


def serialize(p, bnd_seed, depth=0):
    lines = []
    ct = p.ctype
    for k, v in p.params:
        ct += ";\n\t" + param_str(k, v) if len(ct) > 50 else "; " + param_str(k, v)
    lines.append("Content-Type: " + ct)
    if p.cte:
        lines.append("Content-Transfer-Encoding: " + p.cte)
    for k, v in p.hdrs:
        lines.append("%s: %s" % (k, v))
    head = ("\n".join(lines) + "\n\n").encode("ascii")
    if p.kids is None:
        return head, enc_data(p.data, p.cte)
    return head, serialize_kids(p, bnd_seed, depth)


def boundary(seed, depth, style):
    h = hashlib.sha1(("%s/%d" % (seed, depth)).encode()).hexdigest()
    if style == "gmail":
        return "000000000000" + h[:16]
    if style == "outlook":
        return "_%03d_%s%s_" % (depth, h[:20].upper(), "EURP195MB")
    if style == "front":
        return "=_front_" + h[:24]
    return "----=_Part_%d_%s.%s" % (depth, int(h[:6], 16), int(h[6:16], 16))


def serialize_kids(p, bnd_seed, depth):
    b = dict(p.params).get("boundary")
    out = bytearray()
    if depth == 0 and p.preamble:
        out += p.preamble.encode() + b"\n"
    for k in p.kids:
        out += b"--" + b.encode() + b"\n"
        h, body = serialize(k, bnd_seed, depth + 1)
        out += h + body
        if k.kids is None and k.cte in ("7bit", "8bit", "quoted-printable"):
            out += b"\n"   # the line break before a boundary belongs to the boundary
    out += b"--" + b.encode() + b"--\n"
    return bytes(out)


def set_boundaries(p, seed, style, depth=0):
    if p.kids is not None:
        p.params = [x for x in p.params if x[0] != "boundary"] + [("boundary", boundary(seed, depth, style))]
        if not hasattr(p, "preamble"):
            p.preamble = None
        for i, k in enumerate(p.kids):
            set_boundaries(k, seed + "-%d" % i, style, depth + 1)


def write_message(headers, root, seed, style, crlf, preamble=None):
    set_boundaries(root, seed, style)
    root.preamble = preamble
    h, body = serialize(root, seed)
    top = ("\n".join("%s: %s" % kv for kv in headers) + "\n").encode("utf-8")
    raw = top + b"MIME-Version: 1.0\n" + h + body
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    return raw


# ---------------------------------------------------------------- dates
BASE_DT = datetime.datetime(2025, 2, 3, 8, 0, 0)


def rfc_date(dt, tz):
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return email.utils.format_datetime(dt.replace(tzinfo=datetime.timezone(off)))


def loc_date(lang, dt):
    wd = dt.weekday()
    if lang == "ja":
        return "%d年%d月%d日(%s) %d:%02d" % (dt.year, dt.month, dt.day, WDAYS["ja"][wd], dt.hour, dt.minute)
    m = MONTHS[lang][dt.month - 1]
    w = WDAYS[lang][wd]
    t = "%02d:%02d" % (dt.hour, dt.minute)
    return {"en": "%s, %d %s %d at %s" % (w, dt.day, m, dt.year, t),
            "de": "%s, %d. %s %d um %s Uhr" % (w, dt.day, m, dt.year, t),
            "fr": "%s %d %s %d à %s" % (w, dt.day, m, dt.year, t),
            "es": "%s, %d %s %d a las %s" % (w, dt.day, m, dt.year, t),
            "it": "%s %d %s %d alle ore %s" % (w, dt.day, m, dt.year, t),
            "nl": "%s %d %s %d om %s" % (w, dt.day, m, dt.year, t),
            "pl": "%s %d %s %d o %s" % (w, dt.day, m, dt.year, t),
            "sv": "%s %d %s %d kl. %s" % (w, dt.day, m, dt.year, t),
            "pt": "%s, %d de %s de %d às %s" % (w, dt.day, m, dt.year, t)}[lang]


def attrib(lang, dt, who):
    d = loc_date(lang, dt)
    return {"en": "On %s, %s wrote:", "de": "Am %s schrieb %s:", "fr": "Le %s, %s a écrit :",
            "es": "El %s, %s escribió:", "it": "Il giorno %s %s ha scritto:", "ja": "%s %s:",
            "nl": "Op %s schreef %s:", "pl": "%s %s napisał(a):", "sv": "Den %s skrev %s:",
            "pt": "Em %s, %s escreveu:"}[lang] % (d, who)


OUTLOOK_HDR = {
    "en": ("From:", "Sent:", "To:", "Subject:", "-----Original Message-----"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:", "-----Ursprüngliche Nachricht-----"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :", "-----Message d'origine-----"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:", "-----Mensaje original-----"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:", "-----Messaggio originale-----"),
    "ja": ("差出人:", "送信日時:", "宛先:", "件名:", "-----Original Message-----"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:", "-----Oorspronkelijk bericht-----"),
    "pl": ("Od:", "Wysłano:", "Do:", "Temat:", "-----Oryginalna wiadomość-----"),
    "sv": ("Från:", "Skickat:", "Till:", "Ämne:", "-----Ursprungligt meddelande-----"),
    "pt": ("De:", "Enviada em:", "Para:", "Assunto:", "-----Mensagem original-----"),
}

# ---------------------------------------------------------------- specs
SPECS = []
_KEYS = {"lang", "k", "t", "c", "n", "s", "hd", "body", "buyer", "subj", "item", "pair", "req", "thread", "fmt",
         "cs", "cte", "hcte", "crlf", "atts", "inline", "html", "foot", "hdrs", "sig", "b2b", "obf", "imp_ok", "mk",
         "nstyle", "to_addr", "agent", "bsubj", "tech", "noquote", "hcs", "rname", "relay_upper", "oidfmt", "quote_own"}


def M(lang, k, t, c, n, **kw):
    bad = set(kw) - _KEYS
    if bad:
        raise SystemExit("unknown spec keys %s in %r" % (bad, n))
    for cat in c:
        if cat not in CATS:
            raise SystemExit("unknown category %r in %r" % (cat, n))
    sp = dict(lang=lang, k=k, t=t, c=[x for x in CATS if x in c], n=n, **kw)
    sp["idx"] = len(SPECS)
    SPECS.append(sp)
    return sp


# ---------------------------------------------------------------- small helpers
def pix(url, w=1, h=1, extra=""):
    return '\n<img src="%s" width="%d" height="%d" alt=""%s>' % (url, w, h, extra)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


URL_RE = re.compile(r"(https?://[^\s<>\"')\]]+)")


def linkify(h):
    return URL_RE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), h)


def text_to_html(text, link=True, para="p"):
    out = []
    for p in text.split("\n\n"):
        h = "<br>\n".join(esc(x) for x in p.split("\n"))
        if link:
            h = linkify(h)
        out.append("<%s>%s</%s>" % (para, h, para) if para else h)
    return "\n".join(out)


def prefix(text, pre="> "):
    return "\n".join((pre + x) if x else pre.rstrip() for x in text.split("\n"))


def asin_for(s):
    h = hashlib.sha1(s.encode()).hexdigest().upper()
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return "B0" + "".join(al[int(h[i:i + 2], 16) % len(al)] for i in range(0, 16, 2))


def fill(text, ctx):
    for k in ("oid", "asin", "name", "item", "agent", "company", "seller", "oid2"):
        text = text.replace("{%s}" % k, str(ctx.get(k, "")))
    return text


# ---------------------------------------------------------------- Amazon's buyer-message notification
def notice_text(ctx, buyer_text, style):
    lang, mk = ctx["nlang"], ctx["mk"]
    L = NL_[lang]
    sc = MARKETS[mk]["sc"]
    mid, tok, tid = ctx["mid"], ctx["tok"], ctx["tid"]
    if lang == "ja":
        line = "%s [ASIN: %s] x 1" % (ctx["item"], ctx["asin"])
    else:
        line = "1 %s %s [ASIN: %s]" % (L["of"], ctx["item"], ctx["asin"])
    if style == "old":
        t = [L["dear"].format(seller=ctx["seller"]), "",
             L["recv"].format(name=ctx["bdisp"], relay=ctx["relay"]), "",
             "%s %s:" % (L["oid"], ctx["oid"]) if lang != "ja" else "%s: %s" % (L["oid"], ctx["oid"]),
             line, "",
             "------------- %s -------------" % L["m"], "", buyer_text.strip(), "",
             "------------- %s -------------" % L["e"], "",
             L["old"],
             "https://%s/gp/communication-manager/inbox.html?ie=UTF8&msgId=%s" % (sc, mid), "",
             L["help"],
             "https://www.amazon.%s/gp/communication-manager/survey.html?ie=UTF8&helpful=1&msgId=%s" % (MARKETS[mk]["tld"], mid),
             "https://www.amazon.%s/gp/communication-manager/survey.html?ie=UTF8&helpful=0&msgId=%s" % (MARKETS[mk]["tld"], mid), "",
             "[commMgrTok:%s]" % tok, "", FOOTER[mk]]
    else:
        t = ["------------- %s -------------" % L["m"], "", buyer_text.strip(), "",
             "------------- %s -------------" % L["e"], "", L["fyi"], "",
             ("%s %s:" % (L["oid"], ctx["oid"])) if lang != "ja" else "%s: %s" % (L["oid"], ctx["oid"]),
             line, "",
             "%s https://%s/messaging/inbox?fi=BUYER_SELLER_MESSAGES&threadId=%s" % (L["resp"], sc, tid), "",
             L["help"],
             "%s: https://%s/messaging/survey?response=yes&messageId=%s" % (L["yes"], sc, mid),
             "%s: https://%s/messaging/survey?response=no&messageId=%s" % (L["no"], sc, mid), "",
             "[commMgrTok:%s]" % tok, "", FOOTER[mk]]
    return "\n".join(t)


def notice_subject(ctx):
    L = NL_[ctx["nlang"]]
    key = "subj_b" if ctx["b2b"] else ("subj_p" if ctx.get("bsubj") == "p" else "subj")
    return L[key].format(name=ctx["bdisp"], oid=ctx["oid"])


# ---------------------------------------------------------------- quoting per helpdesk
def who_buyer(ctx, with_addr):
    d = "%s - Amazon Marketplace" % ctx["bdisp"]
    return "%s <%s>" % (d, ctx["relay"]) if with_addr else d


def quote_entries(sp, ctx):
    """newest first: the buyer message this reply answers, then the older thread"""
    if sp["k"] != "re" or sp.get("noquote"):
        return []
    ents = [("b", notice_text(ctx, fill(sp["buyer"], ctx), ctx["nstyle"]), ctx["bdt"])]
    dt = ctx["bdt"]
    for i, e in enumerate(sp.get("thread") or []):
        dt = dt - datetime.timedelta(hours=7 + 5 * i, minutes=13 * i)
        if e[0] == "b":
            h = hashlib.sha1(("%s/%d" % (ctx["mid"], i)).encode()).hexdigest().upper()
            c2 = dict(ctx, mid=h[:14], tok=h[14:27])
            ents.append(("b", notice_text(c2, fill(e[1], ctx), "new"), dt))
        else:
            ents.append(("a", fill(e[1], ctx) + "\n\n" + ctx["agent"], dt))
    return ents


def render_quote(sp, ctx, hd):
    ents = quote_entries(sp, ctx)
    if not ents:
        return "", ""
    lang = ctx["lang"]
    frm = ctx["from"]
    if hd in ("outlook", "outlook_html"):
        H = OUTLOOK_HDR[lang]
        to_line = ctx["seller"] + " Service"
        if sp.get("to_addr"):
            to_line += " <%s>" % frm
        pt, ph = "", ""
        for kind, text, dt in ents:
            if kind == "b":
                f, t = who_buyer(ctx, True), to_line
            else:
                f = ctx["agent"] + ((" <%s>" % frm) if sp.get("to_addr") else "")
                t = who_buyer(ctx, True)
            block = [H[4], "%s %s" % (H[0], f), "%s %s" % (H[1], loc_date(lang, dt) if lang != "en" else
                                                           dt.strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " ")),
                     "%s %s" % (H[2], t), "%s %s" % (H[3], ctx["nsubj"])]
            pt += "\n\n" + "\n".join(block) + "\n\n" + text
            ph += ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                   '<p class="MsoNormal"><b>%s</b> %s<br>\n<b>%s</b> %s<br>\n<b>%s</b> %s<br>\n<b>%s</b> %s</p></div>\n'
                   % (esc(H[0]), esc(block[1][len(H[0]) + 1:]), esc(H[1]), esc(block[2][len(H[1]) + 1:]),
                      esc(H[2]), esc(block[3][len(H[2]) + 1:]), esc(H[3]), esc(block[4][len(H[3]) + 1:])) +
                   '<p class="MsoNormal">' + linkify("<br>\n".join(esc(x) for x in text.split("\n"))) + "</p>\n")
        return pt, ph
    nest = hd in ("gmail", "front", "chrep")
    addr = hd in ("gmail", "front")

    def head(kind, dt):
        if kind == "b":
            return attrib(lang, dt, who_buyer(ctx, addr or hd == "chrep"))
        return attrib(lang, dt, ctx["agent"] + ((" <%s>" % frm) if addr else ""))
    if nest:
        def chain(es):
            kind, text, dt = es[0]
            inner = text + ("\n\n" + chain(es[1:]) if es[1:] else "")
            return head(kind, dt) + "\n" + prefix(inner)

        def chain_h(es):
            kind, text, dt = es[0]
            inner = "<br>\n".join(linkify(esc(x)) for x in text.split("\n"))
            if es[1:]:
                inner += "<br>\n<br>\n" + chain_h(es[1:])
            if hd == "gmail":
                return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                        % (esc(head(kind, dt)), inner))
            return '<div class="front-quote-header">%s</div>\n<blockquote type="cite">%s</blockquote>' % (esc(head(kind, dt)), inner)
        return "\n\n" + chain(ents), "\n<br>\n" + chain_h(ents)
    pt, ph = "", ""
    sep = {"helpscout": "", "intercom": "", "edesk": "----- Original message -----"}[hd]
    for kind, text, dt in ents:
        pt += "\n\n" + (sep + "\n" if sep else "") + head(kind, dt) + "\n" + prefix(text)
        ph += ('\n<div class="%s-history">%s<p>%s</p><blockquote>%s</blockquote></div>'
               % (hd, ("<p>" + esc(sep) + "</p>") if sep else "", esc(head(kind, dt)),
                  "<br>\n".join(linkify(esc(x)) for x in text.split("\n"))))
    return pt, ph


SIG_STYLE = {
    "lapwing": "{name}\n{role}, Lapwing Refurb",
    "kettwerk": "{name}\n{role} | Kettwerk Teile",
    "norvale": "{name}\n{role}\nNorvale Lab Supply",
    "quire": "{name}\nStave & Quire | {role}",
    "brasco": "{name} | {role}\nBrasco Tools",
}

WORD_STYLE = ('<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Calibri;}\n'
              '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
              'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
              'span.EmailStyle19\n\t{mso-style-type:personal-reply;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n'
              '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
              'div.WordSection1\n\t{page:WordSection1;}\n--></style>')


def html_doc(hd, inner, cs_label):
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs_label
    if hd == "outlook_html":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n%s\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n%s\n</head>\n'
                '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (meta, WORD_STYLE, inner))
    cls = {"front": "front-email", "helpscout": "hs-email", "intercom": "intercom-container", "gmail": "",
           "edesk": "edesk-message", "chrep": "cr-message", "outlook": "WordSection1"}.get(hd, "")
    if hd == "gmail":
        return '<div dir="ltr">%s</div>\n' % inner
    return '<html>\n<head>\n%s\n</head>\n<body>\n<div class="%s">\n%s\n</div>\n</body>\n</html>\n' % (meta, cls, inner)

# ---------------------------------------------------------------- assembling one message
MK_LANG = {"us": "en", "ca": "en", "uk": "en", "ie": "en", "de": "de", "fr": "fr", "be": "fr", "es": "es", "mx": "es",
           "it": "it", "nl": "nl", "pl": "pl", "se": "sv", "jp": "ja", "br": "pt"}
AL = "abcdefghijklmnopqrstuvwxyz0123456789"


def rstr(rng, n, al=AL):
    return "".join(rng.choice(al) for _ in range(n))


ITEM_HINTS = [
    (r"ThinkPad|Latitude|EliteBook|MacBook|ProBook|Notebook", "laptop notebook thinkpad latitude elitebook macbook probook portátil portatile ordinateur ノート パソコン dator laptop keyboard tastatur clavier teclado bios windows computer"),
    (r"iPhone|Galaxy", "phone telefon móvil téléphone telefono telefoon smartfon mobil celular aparelho whatsapp"),
    (r"iPhone", "iphone imei icloud apple"), (r"Galaxy", "galaxy samsung android"),
    (r"[Bb]rake|Brems|frein|freno|[Rr]emschijven|hamulc|[Bb]roms", "brake brems frein freno remschijf remblok hamul broms disc scheibe disque disco pastill plaquett belag beläge klocki tarcz pads pinza caliper étrier sattel"),
    (r"[Bb]atter|[Aa]kku|[Aa]ccu", "battery akku batterie batería batteria accu akumulator batteri e-bike ebike elcykel vélo bici rower rail schiene display バッテリー"),
    (r"[Tt]iming|Zahnriemen", "timing zahnriemen distribution distribuci distribuzione distributie rozrząd kamrem tensioner spann crank riemen"),
    (r"Speed sensor", "sensor magnet cuts out"), (r"Clutch", "clutch kupplung embrayage embrague frizione koppeling sprzęgł"),
    (r"control arm|Querlenker", "control arm querlenker ball joint traggelenk"), (r"Caliper carrier", "bracket carrier"),
    (r"Water pump", "water pump wasserpumpe"),
    (r"[Gg]love|Handschuh|[Gg]ants|[Gg]uantes|[Gg]uanti|handschoen|Rękawic|[Hh]andskar|[Ll]uvas|手袋", "glove handschuh gants guantes guanti handschoen rękawic handsk luvas 手袋 nitril"),
    (r"[Tt]ips|Spitzen|Cônes|[Pp]untali|[Pp]ipett|Końcówki|[Pp]onteiras|チップ", "tip spitzen cônes puntali pipet końcówk ponteira チップ µl"),
    (r"[Tt]ube|Tubos", "tube tubos provette"), (r"oximeter", "oximeter oxímetro oksymetr pulsoxi oxymètre ossimetro"),
    (r"mask", "mask maske masque mascar mondmask maseczk"), (r"[Ss]tirrer|[Mm]agneetroerder", "stirrer rührer roerder agitat hotplate heizplatte"),
    (r"[Tt]hermometer", "thermometer termometer thermomètre termómetro termometro termometr"),
    (r"Goldberg", "goldberg"), (r"Chopin|ショパン", "chopin nocturne ノクターン mazur polonez ballade バラード"), (r"Beethoven", "beethoven sonat"),
    (r"Debussy", "debussy prélude prelude"), (r"Bach", "bach invention inventionen"), (r"Vivaldi", "vivaldi stagioni"),
    (r"Albéniz", "albéniz suite española asturias"), (r"Villa-Lobos", "villa-lobos choros"), (r"Grieg", "grieg lyrisk"),
    (r"Mathematics|Laboratory|Technisches|Mécanique|elettrotecnica|electrónica|電気回路|werkplaatstechniek|Física|Ellära|elektrotechniki",
     "textbook book isbn auflage édition edición edizione druk edição upplaga wydanie 版 buch livre libro boek livro bok książ physics física"),
    (r"BX18", "bx18 drill bohr taladro trapano wiert borr furadeira ドリル perceuse boormachine combi chuck clutch kupplung frizione screw schraub tornill viti śrub skruv parafuso ネジ bit"),
    (r"[Gg]rinder|[Ww]inkelschleifer|smerigliatrice|[Ee]smerilhadeira|グラインダー|meuleuse|haakse slijper|vinkelslip|AG230", "grinder schleifer smerigliatrice esmerilhadeira グラインダー meuleuse slijper vinkelslip guard carter scheibe ag230 szlifierk 220v 127v"),
    (r"Rotary Hammer|SDS|młotowiertarka", "sds hammer młot chisel meißel lintel brick"),
    (r"Impact Wrench", "impact wrench wheel nut 600nm 600 nm インパクトレンチ"), (r"Impact Driver", "impact driver deck torx ip54"),
    (r"Charger", "charger ladegerät cargador caricabatter ładowark laddare carregador 充電器 chargeur oplader"),
    (r"Hedge", "hedge trimmer"), (r"sierra circular|circular saw", "circular saw sierra circular sierra hoja blade"),
]


def _keys(title):
    ks = {w for w in re.findall(r"[a-z0-9µ]+", title.lower()) if len(w) >= 4}
    for rx, words in ITEM_HINTS:
        if re.search(rx, title):
            ks |= set(words.lower().split())
    return ks


def pick_item(items, sp, rng):
    ref = (sp["body"] + " " + (sp.get("buyer") or "") + " " + (sp.get("subj") or "")).lower()
    scored = [(sum(1 for k in _keys(it) if k in ref), it) for it in items]
    best = max(x[0] for x in scored)
    return rng.choice([it for sc, it in scored if sc == best])


def att_bytes(kind, name, opts, seed):
    title = opts.get("title", os.path.splitext(name)[0])
    if kind == "pdf":
        return make_pdf(title, opts.get("lines", ["Document " + title]))
    if kind == "pdfbig":
        return make_pdf(title, opts.get("lines", ["scan"]), pad=opts.get("pad", 10_700_000))
    if kind == "jpeg":
        return make_jpeg(opts.get("w", 64), opts.get("h", 48), seed)
    if kind == "png":
        return make_png(opts.get("w", 48), opts.get("h", 32), seed)
    if kind == "gif":
        return make_gif(16, 16, 1, seed)
    if kind == "gifanim":
        return make_gif(24, 24, 3, seed)
    if kind == "docx":
        return make_docx(title, opts.get("lines", [title]))
    if kind == "xlsx":
        return make_xlsx(opts.get("rows", [["Article", "Price"]]))
    if kind == "zip":
        return _zip(opts.get("files", [("readme.txt", "firmware package\n")]))
    if kind in ("exe", "pdf_exe"):
        return make_exe(title)
    if kind == "mp4":
        return make_mp4()
    if kind == "heic":
        return make_heic()
    if kind == "webp":
        return WEBP_1X1
    if kind == "jpg_png":
        return make_png(40, 30, seed)
    if kind == "pdf_zip":
        return _zip([("invoice.pdf", make_pdf("Invoice", ["copy"])), ("open.js", "// script\n")])
    if kind == "ics":
        return make_ics(*opts["ics"])
    if kind in ("txt", "csv"):
        return opts.get("text", "text\n").encode(opts.get("enc", "utf-8"))
    raise ValueError(kind)


def att_part(kind, name, opts, seed):
    data = att_bytes(kind, name, opts, seed)
    ext = name.rsplit(".", 1)[-1].lower()
    ctype = opts.get("ctype") or CTYPE.get(ext, "application/octet-stream")
    mode = opts.get("namemode", "plain" if all(ord(c) < 128 for c in name) else "2231")
    pv = name if mode == "plain" else (mode, name)
    params = [("name", pv)]
    disp = "attachment; " + param_str("filename", pv)
    cte = opts.get("cte", "base64")
    p = Part(ctype, params, hdrs=[("Content-Disposition", disp)], data=data, cte=cte)
    p.meta = dict(name=name, kind=kind, ext=ext, size=len(data), true=sniff(data), inline=False)
    return p


def build_one(sp, pos, rng, shared, used_oids):
    lang = sp["lang"]
    S = SELLERS[sp["s"]]
    pk = sp.get("pair")
    sh = shared.get(pk) if pk else None
    mk = (sh or {}).get("mk") or sp.get("mk") or rng.choice(DEFAULT_MK[lang])
    nlang = MK_LANG[mk]
    ctx = dict(lang=lang, mk=mk, nlang=nlang, seller=S["name"], b2b=bool(sp.get("b2b")), bsubj=sp.get("bsubj"))
    if sh:
        ctx.update({k: sh[k] for k in ("oid", "relay", "name", "bdisp", "company", "item", "asin")})
    else:
        if sp.get("oidfmt"):
            oid = sp["oidfmt"]
        else:
            while True:
                oid = "%s-%07d-%07d" % (rng.choice(MARKETS[mk]["pre"]), rng.randrange(10 ** 7), rng.randrange(10 ** 7))
                if oid not in used_oids:
                    break
        used_oids.add(oid)
        local = rstr(rng, 15)
        r = rng.random()
        if r < 0.12:
            local += "+" + rstr(rng, 8, "0123456789abcdef")
        elif r < 0.18:
            local += "+%s-%s-4%s-%s-%s" % (rstr(rng, 8, "0123456789abcdef"), rstr(rng, 4, "0123456789abcdef"),
                                           rstr(rng, 3, "0123456789abcdef"), rstr(rng, 4, "0123456789abcdef"),
                                           rstr(rng, 12, "0123456789abcdef"))
        sub = "m.marketplace" if (mk == "jp" and rng.random() < 0.4) else "marketplace"
        relay = "%s@%s.amazon.%s" % (local, sub, MARKETS[mk]["tld"])
        name = sp.get("rname") or rng.choice(FIRST[lang])
        company = rng.choice(COMPANIES[lang]) if sp.get("b2b") else ""
        items = S["items"].get(nlang) or S["items"]["en"]
        item = sp.get("item") or pick_item(items, sp, rng)
        ctx.update(oid=oid, relay=relay, name=name, company=company, item=item, asin=asin_for(item))
        ctx["bdisp"] = company if company else name
        if pk:
            shared[pk] = {k: ctx[k] for k in ("oid", "relay", "name", "bdisp", "company", "item", "asin", "mk")}
    if sp.get("tech"):
        agent, role = S["tech"]
    else:
        ags = S["agents"].get(lang) or S["agents"]["en"]
        agent, role = ags[(sp.get("agent") or 0) % len(ags)]
    hd = sp.get("hd") or rng.choice(S["hd"])
    hbase = "outlook" if hd.startswith("outlook") else hd
    frm = S["frm"].get(hbase) or list(S["frm"].values())[0]
    ctx.update(agent=agent, role=role, hd=hd, frm_addr=frm)
    ctx["from"] = frm
    dt = BASE_DT + datetime.timedelta(days=pos // 6, minutes=(pos % 6) * 95 + rng.randrange(0, 90))
    ctx["dt"] = dt
    ctx["bdt"] = dt - datetime.timedelta(minutes=rng.randrange(90, 2000))
    ctx["mid"] = rstr(rng, 14, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    ctx["tok"] = rstr(rng, 13, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    ctx["tid"] = rstr(rng, 20, "0123456789abcdef")
    ctx["nstyle"] = sp.get("nstyle") or ("old" if rng.random() < 0.3 else "new")
    ctx["nsubj"] = notice_subject(ctx)
    ctx["oid2"] = sp.get("oid2", "")
    if ctx["b2b"] and lang == "en":
        pass

    # ---- texts
    body = fill(sp["body"], ctx).strip("\n")
    if sp.get("sig") is not None:
        sig = fill(sp["sig"], ctx).replace("{role}", role)
    else:
        sig = SIG_STYLE[sp["s"]].format(name=agent, role=role)
    foot = sp.get("foot") or {}
    qt, qh = render_quote(sp, ctx, hd)
    plain = body + ("\n\n" + sig if sig else "") + (fill(foot.get("text", ""), ctx)) + qt + "\n"

    # ---- subject
    if sp["k"] == "re":
        if sp.get("subj"):
            subject = fill(sp["subj"], ctx)
        else:
            pre = rng.choice(RE_PREFIX[lang]) if hd not in ("outlook", "outlook_html") or lang not in ("de",) else "AW:"
            subject = pre + " " + ctx["nsubj"]
    else:
        subject = fill(sp["subj"], ctx)

    # ---- charsets / encodings
    fmt = sp.get("fmt") or {"chrep": "plain", "outlook": "plain"}.get(hd, "alt")
    if sp.get("inline") and fmt == "alt":
        fmt = "related"
    if lang == "ja":
        cands = {"gmail": ["iso-2022-jp", "iso-2022-jp", "utf-8"], "chrep": ["iso-2022-jp", "shift_jis"],
                 "outlook": ["iso-2022-jp", "shift_jis"]}.get(hd, ["utf-8", "iso-2022-jp", "shift_jis"])
    elif lang == "pl":
        cands = ["utf-8", "iso-8859-2", "utf-8"]
    elif lang == "en":
        cands = ["utf-8", "utf-8", "us-ascii", "iso-8859-1", "windows-1252"] if not hd.startswith("outlook") else ["windows-1252", "us-ascii"]
    else:
        cands = ["utf-8", "utf-8", "iso-8859-1", "iso-8859-15", "windows-1252"] if not hd.startswith("outlook") else ["windows-1252", "iso-8859-15"]
    cs = sp.get("cs") or rng.choice(cands)
    if not can_encode(plain, cs) or not can_encode(subject, cs if cs != "us-ascii" else "utf-8"):
        cs = "utf-8"
    if cs == "us-ascii" and not all(ord(ch) < 128 for ch in plain):
        cs = "utf-8"
    if cs == "iso-2022-jp":
        cte = "7bit"
    else:
        cte = sp.get("cte") or rng.choice(["quoted-printable", "quoted-printable", "base64", "8bit"] if cs != "us-ascii" else ["7bit"])
        if cte == "7bit" and not all(ord(ch) < 128 for ch in plain):
            cte = "quoted-printable"
        if cte == "8bit" and all(ord(ch) < 128 for ch in plain):
            cte = "7bit"
    hcs = sp.get("hcs") or (cs if cs not in ("iso-2022-jp", "us-ascii") else "utf-8")
    hcte = sp.get("hcte") or ("base64" if hd == "intercom" else "quoted-printable")
    crlf = sp.get("crlf") if sp.get("crlf") is not None else (hd.startswith("outlook") or rng.random() < 0.15)

    # ---- html
    html_doc_str = None
    if fmt in ("alt", "html", "related"):
        para = "p"
        agent_h = fill(sp["html"], ctx) if sp.get("html") else text_to_html(body, para=para)
        if hd == "outlook_html":
            agent_h = agent_h.replace("<p>", '<p class="MsoNormal">')
        sig_h = ("<p>" + "<br>\n".join(esc(x) for x in sig.split("\n")) + "</p>") if sig else ""
        imgs = []
        for j, im in enumerate(sp.get("inline") or []):
            kind, nm, link = im[0], im[1], (im[2] if len(im) > 2 else None)
            cid = "%s.%s@%s" % (nm, hashlib.md5((sp["n"] + nm).encode()).hexdigest()[:10], S["domain"])
            tag = '<img src="cid:%s" alt="%s" width="%d" height="%d">' % (cid, esc(S["name"]) if "logo" in nm else esc(nm),
                                                                          160 if "logo" in nm else 320, 40 if "logo" in nm else 240)
            if link:
                tag = '<a href="%s">%s</a>' % (link, tag)
            if "logo" in nm:
                sig_h += "\n<p>" + tag + "</p>"
            else:
                agent_h += "\n<p>" + tag + "</p>"
            data = att_bytes(kind, nm, {}, sp["idx"] * 7 + j)
            ext = {"png": "png", "jpeg": "jpg", "gif": "gif", "gifanim": "gif"}[kind]
            ip = Part(CTYPE[ext], [("name", nm + "." + ext)], hdrs=[("Content-ID", "<%s>" % cid),
                      ("Content-Disposition", "inline; filename=%s.%s" % (nm, ext))], data=data, cte="base64")
            ip.meta = dict(name=nm + "." + ext, kind=kind, ext=ext, size=len(data), true=sniff(data), inline=True)
            imgs.append(ip)
        inner = agent_h + "\n" + sig_h + fill(foot.get("html", ""), ctx) + qh
        html_doc_str = html_doc(hd, inner, CS_LABEL.get(hcs, hcs))
        if not can_encode(html_doc_str, hcs):
            hcs = "utf-8"
            html_doc_str = html_doc(hd, inner, "utf-8")

    texts = []
    if fmt == "plain":
        core = text_part(plain, "plain", cs, cte)
        texts = [("plain", plain)]
    elif fmt == "html":
        core = text_part(html_doc_str, "html", hcs, hcte)
        texts = [("html", html_doc_str)]
    else:
        alt = Part("multipart/alternative", kids=[text_part(plain, "plain", cs, cte), text_part(html_doc_str, "html", hcs, hcte)])
        texts = [("plain", plain), ("html", html_doc_str)]
        core = alt
        if fmt == "related":
            core = Part("multipart/related", [("type", "multipart/alternative")], kids=[alt] + imgs)
    atts = [att_part(a[0], a[1], a[2] if len(a) > 2 else {}, sp["idx"] * 13 + j) for j, a in enumerate(sp.get("atts") or [])]
    root = Part("multipart/mixed", kids=[core] + atts) if atts else core

    # ---- headers
    tld = MARKETS[mk]["tld"]
    hx = hashlib.sha1(("%d/%s" % (sp["idx"], sp["n"])).encode()).hexdigest()
    mid_dom = {"front": "frontapp.com", "helpscout": "helpscout.net", "intercom": S["domain"], "gmail": "mail.gmail.com",
               "edesk": S["domain"], "chrep": S["domain"], "outlook": "EUR03PR.prod.outlook.com",
               "outlook_html": "EUR03PR.prod.outlook.com"}[hd]
    msgid = "<%s@%s>" % ({"gmail": "CAJ" + hx[:28], "helpscout": "reply-%d-%s" % (int(hx[:7], 16), hx[7:15])}.get(hd, hx[:32]), mid_dom)
    to_addr = ctx["relay"].upper() if sp.get("relay_upper") else ctx["relay"]
    to = to_addr if rng.random() < 0.6 else addr_hdr("%s - Amazon Marketplace" % ctx["bdisp"], to_addr)
    from_disp = {"outlook": agent, "outlook_html": agent, "gmail": S["name"] + " Orders"}.get(hd, S["name"])
    heads = [("From", addr_hdr(from_disp, frm)), ("To", to), ("Subject", hdr_text(subject, cs if cs not in ("us-ascii",) else "utf-8",
                                                                                   "Q" if cs in ("iso-8859-1", "iso-8859-15", "windows-1252", "iso-8859-2") else "B")),
             ("Date", rfc_date(dt, MARKETS[mk]["tz"])), ("Message-ID", msgid)]
    if sp["k"] == "re":
        region = "us-east-1" if mk in ("us", "ca", "mx", "br") else ("us-west-2" if mk == "jp" else "eu-west-1")
        amz = "<0102019%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (hx[32:40], hx[:8], hx[8:12], hx[12:16], hx[16:28], region)
        heads.append(("In-Reply-To", amz))
        refs = amz
        if sp.get("thread"):
            refs = "<0102019%s-%s-000000@%s.amazonses.com>\n %s" % (hx[20:28], hx[28:40], region, amz)
        heads.append(("References", refs))
    if hd.startswith("outlook"):
        heads.append(("X-Mailer", "Microsoft Outlook 16.0"))
        heads.append(("Thread-Index", base64.b64encode(bytes.fromhex(hx[:32])).decode()))
    elif hd == "helpscout":
        heads.append(("X-HelpScout-Conversation", str(int(hx[:8], 16) % 9000000)))
    elif hd == "edesk":
        heads.append(("X-eDesk-Ticket", "EDK-%d" % (int(hx[:6], 16) % 900000)))
    elif hd == "chrep":
        heads.append(("X-Mailer", "ChannelReply"))
    elif hd == "intercom":
        heads.append(("X-Intercom-Conversation", hx[:12]))
    elif hd == "front":
        heads.append(("X-Front-Conversation", "cnv_" + hx[:8]))
    for k, v in sp.get("hdrs") or []:
        heads.append((k, fill(v, ctx)))
    style = {"gmail": "gmail", "outlook": "outlook", "outlook_html": "outlook", "front": "front"}.get(hd, "part")
    raw = write_message(heads, root, hx[:16], style, crlf)
    meta = dict(ctx=ctx, subject=subject, texts=texts, hd=hd, fmt=fmt if not atts else "mixed", cs=cs, hcs=hcs,
                cte=cte, hcte=hcte if fmt != "plain" else None, crlf=crlf, atts=[p.meta for p in atts],
                inline=[p.meta for p in (imgs if fmt in ("alt", "html", "related") else [])] if fmt == "related" else [],
                body=body, top=root.ctype, plain=plain if fmt != "html" else None)
    return raw, meta

# ================================================================ GERMAN
# --- violations
M("de", "pro", "shipping", ["opt_out", "tracking_pixel", "unpermitted_proactive"],
  "shipping confirmation with a DHL tracking number, open pixel and 'reply STOP' opt-out line",
  s="kettwerk", hd="edesk", mk="de", subj="Ihre Bestellung {oid} wurde versandt",
  body="""Hallo {name},

gute Nachrichten: Ihre Bestellung {oid} hat heute unser Lager in Hamburg verlassen.

Versanddienstleister: DHL Paket
Sendungsnummer: 00340434161094028811
Voraussichtliche Zustellung: Donnerstag

Sie möchten keine Versandinfos mehr per E-Mail? Antworten Sie einfach mit STOP, dann tragen wir Sie aus.""",
  foot=dict(html=pix("https://edesk-mailer.net/t/open/c11e90ab44.png")))

M("de", "pro", "thanks", ["missing_order_id", "unpermitted_proactive"],
  "thank-you-only message without an order id",
  s="quire", hd="gmail", mk="de", subj="Herzlichen Dank für Ihren Einkauf!",
  body="""Liebe/r {name},

wir möchten uns ganz herzlich bedanken, dass Sie Ihre Noten bei einem kleinen Musikalienhändler gekauft haben. Jedes Paket wird bei uns von Hand gepackt.

Viel Freude beim Spielen!""")

M("de", "pro", "tech-support", ["contact_phone", "unpermitted_proactive"],
  "'we are here for you'-only message with a service hotline number",
  s="brasco", hd="front", mk="de", subj="Wir sind für Sie da - Bestellung {oid}",
  body="""Hallo {name},

falls beim Auspacken oder bei der ersten Inbetriebnahme Ihres BX18 Fragen auftauchen: Wir sind für Sie da! Unsere Technik-Hotline erreichen Sie werktags von 8 bis 17 Uhr unter 0 40 / 66 96 94 20.

Beste Grüße""")

M("de", "pro", "stock", ["important_tag", "unpermitted_proactive"],
  "pure delay/back-order notice (no decision needed) flagged [Important]",
  s="kettwerk", hd="edesk", mk="de", subj="[Important] Lieferverzögerung Bestellung {oid}",
  body="""Hallo {name},

der Zahnriemensatz aus Ihrer Bestellung {oid} ist beim Hersteller derzeit nicht lieferbar. Wir erwarten die nächste Lieferung in KW 13 und versenden dann automatisch.

Sie müssen nichts weiter tun.

Viele Grüße""", agent=1)

M("de", "re", "fitment", ["styling", "offensive"],
  "workshop master in Outlook Word HTML (Calibri style block) insults the buyer",
  s="kettwerk", hd="outlook_html", tech=True, mk="de",
  buyer="Der Querlenker passt nicht, die Bohrungen sitzen an der falschen Stelle. Haben Sie mir ein falsches Teil geschickt?",
  body="""Hallo {name},

wer lesen kann, ist klar im Vorteil. Auf dem Karton steht groß „links“, Sie haben ihn rechts montiert. Mit Verlaub, Sie haben von Fahrwerksarbeiten offensichtlich keine Ahnung und sollten das einer Werkstatt überlassen, bevor jemand zu Schaden kommt.

Ein Umtausch ist nicht nötig, das Teil ist richtig.

D. Kramm""", sig="Dieter Kramm\nKfz-Meister / Technik | Kettwerk Teile")

M("de", "re", "warranty", ["contact_phone", "offensive"],
  "agent calls the buyer 'too stupid' and points to the hotline number",
  s="brasco", hd="chrep", mk="de",
  buyer="Der Akku vom BX18 hält nur noch 10 Minuten. Ist das ein Garantiefall?",
  body="""Hallo {name},

der Akku wurde laut Ladegerät-Protokoll 14-mal tiefentladen. Wenn man zu blöd ist, den Akku nach der Arbeit aus der Maschine zu nehmen und ihn den ganzen Winter in der kalten Garage liegen lässt, muss man sich nicht wundern. Das ist kein Garantiefall, sondern Dummheit.

Wenn Sie das anders sehen, diskutieren Sie das gern mit unserer Hotline: 0 40 / 66 96 94 21.

Stefan""")

M("de", "re", "refund", ["contact_email", "offensive"],
  "Outlook plain text: technician calls the complaint ridiculous; the quote header's To: line shows the workshop address",
  s="kettwerk", hd="outlook", tech=True, mk="de", to_addr=True,
  buyer="Die Bremsscheiben quietschen nach 200 km. Ich möchte mein Geld zurück.",
  body="""Hallo {name},

Ihre Reklamation ist, ehrlich gesagt, lächerlich. Neue Scheiben quietschen, bis sie eingefahren sind, das weiß jeder Lehrling im ersten Jahr. Hätten Sie die Beläge mit Kupferpaste an den Rückenplatten montiert, wie es in der Anleitung steht, wäre Ruhe.

Geld gibt es dafür keins.

Kramm""", sig="")

M("de", "re", "damaged", ["offensive"],
  "threatens the buyer with a criminal complaint for fraud",
  s="lapwing", hd="front", mk="de",
  buyer="Das iPhone hat einen Riss im Display, der war beim Auspacken schon da. Ich will ein neues.",
  body="""Hallo {name},

wir haben das Gerät vor dem Versand fotografiert, das Display war einwandfrei. Der Riss auf Ihren Fotos passt zu einem Sturz.

Wenn Sie weiter behaupten, das Gerät sei beschädigt angekommen, erstatten wir Strafanzeige wegen versuchten Betrugs und geben Ihre Daten an unseren Anwalt weiter. Überlegen Sie sich gut, was Sie als Nächstes schreiben.

Jana""")

M("de", "re", "bulk-quote", ["external_link", "marketing"],
  "garage customer told to order in the seller's own shop next time to save the Amazon fee",
  s="kettwerk", hd="edesk", mk="de", b2b=True,
  buyer="Wir brauchen regelmäßig Bremsbeläge für unsere Flotte (ca. 30 Sätze im Monat). Gibt es einen Mengenrabatt?",
  body="""Hallo {name},

bei 30 Sätzen im Monat lohnt sich Amazon für Sie eigentlich nicht: Bestellen Sie künftig direkt bei uns auf kettwerk-teile.de/haendler, dann sparen wir uns beide die Amazon-Gebühr und Sie bekommen 18 % Werkstattrabatt auf alle Bremsenteile.

Viele Grüße""")

M("de", "pro", "order-update", ["external_link", "marketing", "opt_out", "tracking_pixel"],
  "spring newsletter with discount code, shop link, unsubscribe text and pixel",
  s="kettwerk", hd="edesk", mk="de", subj="Frühjahrs-Check für Ihr Auto - 15 % Rabatt",
  body="""Hallo {name},

danke für Ihre Bestellung {oid}! Passend zum Frühjahr gibt es 15 % auf alle Inspektionskits mit dem Code FRUEHLING15.

Zum Shop: Inspektionskits ansehen

Sie möchten unseren Newsletter abbestellen? Antworten Sie mit „Abmelden“.""",
  html="""<p>Hallo {name},</p>
<p>danke für Ihre Bestellung {oid}! Passend zum Frühjahr gibt es 15 % auf alle Inspektionskits mit dem Code FRUEHLING15.</p>
<p><a href="https://kettwerk-teile.de/aktion/fruehjahr?src=amz">Zum Shop: Inspektionskits ansehen</a></p>
<p>Sie möchten unseren Newsletter abbestellen? Antworten Sie mit „Abmelden“.</p>""",
  foot=dict(html=pix("https://news.kettwerk-teile.de/open?u=4471a9")))

M("de", "re", "fitment", ["contact_other", "marketing", "styling"],
  "'follow us on Instagram' for offers, with an emoji",
  s="kettwerk", hd="edesk", mk="de", agent=1,
  buyer="Passt der Zahnriemensatz auch für den Motor CFFB?",
  body="""Hallo {name},

ja, der Satz passt für CFFB (2.0 TDI, 140 PS), Baujahre 2010 bis 2015.

Übrigens: Folgen Sie uns auf Instagram unter @kettwerk_teile, dort gibt es jede Woche Aktionen und Schrauber-Tipps 😊

Viele Grüße""")

M("de", "re", "invoice", ["marketing", "attachment"],
  "unsolicited full catalogue attached as a ZIP",
  s="norvale", hd="helpscout", mk="de", b2b=True,
  buyer="Können Sie die Rechnung bitte auf unsere Praxis ausstellen? Praxis Dr. Lindner, Hauptstraße 12, 79098 Freiburg.",
  body="""Guten Tag {name},

die Rechnung ist korrigiert und steht in Ihrem Amazon-Konto bereit.

Im Anhang finden Sie außerdem unseren kompletten Praxiskatalog 2025 mit allen Verbrauchsmaterialien, Staffelpreisen und unseren Neuheiten bei Desinfektionsmitteln.

Freundliche Grüße""",
  atts=[("zip", "Norvale_Praxiskatalog_2025.zip", {"files": [("katalog.pdf", "catalogue placeholder\n"), ("preise.csv", "Artikel;Preis\n")]})])

M("de", "pro", "review-request", ["contact_email", "review_incentive"],
  "EUR 10 voucher for a screenshot of the review sent to an e-mail address",
  s="kettwerk", hd="edesk", mk="de", subj="Ein kleines Dankeschön - Bestellung {oid}", req=True,
  body="""Hallo {name},

schreiben Sie eine Bewertung zu Ihren Bremsscheiben und schicken Sie uns einen Screenshot an bewertung@kettwerk-teile.de - dafür gibt's einen 10-€-Amazon-Gutschein von uns.

Viele Grüße""")

M("de", "re", "feedback", ["review_incentive", "feedback_removal"],
  "20% refund if the negative review is deleted",
  s="lapwing", hd="front", mk="de",
  buyer="Ich habe 1 Stern gegeben, weil der Laptop zwei Wochen unterwegs war. Das Gerät selbst ist okay.",
  body="""Hallo {name},

das tut uns leid, der Versand hing leider im Zoll fest.

Unser Vorschlag: Wenn Sie die negative Bewertung entfernen, erstatten wir Ihnen 20 % des Kaufpreises zurück. Geben Sie uns einfach Bescheid, sobald sie weg ist.

Jana""")

M("de", "pro", "review-request", ["review_manipulation", "missing_order_id"],
  "review gating (happy -> review, unhappy -> contact us first), no order id",
  s="brasco", hd="front", mk="de", subj="Wie gefällt Ihnen Ihr neues Werkzeug?", req=True,
  body="""Hallo {name},

sind Sie zufrieden mit Ihrem Winkelschleifer? Dann freuen wir uns riesig über eine Bewertung bei Amazon!

Falls nicht, schreiben Sie bitte erst uns, bevor Sie bewerten - wir finden bestimmt eine Lösung.

Ihr Brasco-Team""", sig="")

M("de", "re", "fitment", ["review_manipulation", "attachment"],
  "tells the buyer what to write in the review, with a HEIC photo to upload",
  s="kettwerk", hd="edesk", mk="de",
  buyer="Danke, die Bremsen sind drin und funktionieren super.",
  body="""Hallo {name},

das freut uns sehr!

Wenn Sie eine Rezension schreiben, erwähnen Sie doch bitte die Passgenauigkeit und dass alles in 24 Stunden da war - das sind die Punkte, auf die andere Schrauber achten. Das angehängte Einbaufoto können Sie gern dazu hochladen.

Viele Grüße""",
  atts=[("heic", "Einbau_Golf7_vorne.heic", {})])

M("de", "pro", "feedback", ["feedback_removal", "important_tag"],
  "[Important] used to ask for a review to be adjusted",
  s="norvale", hd="helpscout", mk="de", subj="[Important] Ihre Bewertung zu Bestellung {oid}",
  body="""Hallo {name},

die fehlende Box Pipettenspitzen ist gestern nachgeliefert worden. Da nun alles geklärt ist, könnten Sie Ihre Bewertung bitte entsprechend anpassen?

Freundliche Grüße""")

M("de", "re", "feedback", ["contact_phone", "feedback_removal"],
  "offers phone guidance on how to delete the feedback",
  s="brasco", hd="chrep", mk="de",
  buyer="Der Ersatz-Akku ist da. Danke.",
  body="""Hallo {name},

prima, dann ist ja alles wieder gut.

Könnten Sie Ihr negatives Verkäufer-Feedback noch entfernen? Falls Sie nicht wissen, wo das geht, rufen Sie mich kurz an unter 040 669694 27, ich erkläre es Ihnen in zwei Minuten.

Stefan""")

M("de", "re", "damaged", ["feedback_removal"],
  "new text clean; the quoted earlier agent reply (eDesk, name only) asked to delete the review",
  s="kettwerk", hd="edesk", mk="de",
  buyer="Ich habe die neuen Beläge erhalten, vielen Dank.",
  thread=[("a", "Hallo {name}, die Ersatzbeläge gehen heute raus. Wenn sie da sind, wäre es nett, wenn Sie Ihre schlechte Bewertung löschen."),
          ("b", "In der Packung waren nur zwei statt vier Beläge.")],
  body="""Hallo {name},

sehr gern, und nochmals Entschuldigung für die unvollständige Packung. Die Beläge werden mit Kupferpaste an den Rückenplatten montiert, dann bleiben sie auch leise.

Viele Grüße""")

M("de", "re", "firmware", ["external_link", "contact_other", "attachment"],
  "display firmware as ZIP, link to a flashing-tool site and photo via WhatsApp",
  s="kettwerk", hd="edesk", tech=True, mk="de",
  buyer="Mein E-Bike-Display zeigt Fehler 30 nach dem Akkutausch.",
  body="""Hallo {name},

Fehler 30 heißt Kommunikationsfehler zwischen Display und Controller. Meist hilft ein Update der Display-Firmware auf 2.1.4 - im Anhang das Paket, aufspielen mit dem Programmierkabel. Das Flash-Tool gibt es unter https://ebike-tools.example-flash.de/bafang.

Schicken Sie mir danach ein Foto vom Display per WhatsApp, dann schaue ich es mir an.

Dieter Kramm""", sig="",
  atts=[("zip", "Display_DP-C18_FW_2.1.4.zip", {"files": [("dpc18_214.bin", "firmware image\n"), ("anleitung.txt", "Kabel anschliessen\n")]})])

M("de", "pro", "warranty", ["review_incentive", "review_manipulation"],
  "warranty extension only for a 5-star review",
  s="brasco", hd="front", mk="de", subj="3 Jahre Garantie für Ihren BX18 - Bestellung {oid}", req=True,
  body="""Hallo {name},

für eine 5-Sterne-Bewertung Ihres BX18 verlängern wir die Garantie kostenlos auf 3 Jahre. Schicken Sie uns einfach kurz das Datum Ihrer Bewertung.

Beste Grüße""")

# --- compliant
M("de", "re", "fitment", [], "VIN, OE numbers with spaces and torque values",
  s="kettwerk", hd="edesk", mk="de",
  buyer="Passt der Querlenker an meinen Passat B8? FIN WVWZZZ3CZHE123456.",
  body="""Hallo {name},

ja. Ihre FIN gehört zu einem Passat B8 mit Fahrwerk 1BA (Standard), dafür ist der Querlenker mit OE 5Q0 407 151 A (links) bzw. 5Q0 407 152 A (rechts) freigegeben.

Anzugsdrehmomente: Querlenker an Hilfsrahmen 70 Nm + 180°, Traggelenk an Radlagergehäuse 60 Nm + 90°. Schrauben immer erneuern und erst in Konstruktionslage (Fahrzeug auf den Rädern) festziehen.

Viele Grüße""")

M("de", "re", "shipping", [], "article number in digit groups, DHL tracking number, times: no phone numbers",
  s="kettwerk", hd="edesk", mk="de", agent=1,
  buyer="Welche Bremsbeläge haben Sie mir geschickt? Auf dem Karton steht eine andere Nummer als im Angebot.",
  body="""Hallo {name},

keine Sorge: Im Angebot steht unsere Artikelnummer KW-BB-31225, auf dem Karton die Herstellernummer 0 986 494 527. Beides ist derselbe Belagsatz für die Vorderachse (Breite 156,4 mm, Höhe 74,2 mm, Dicke 20 mm).

Die zweite Sendung mit den Verschleißkontakten ist mit DHL unterwegs, Sendungsnummer 00340434161094035512, Zustellung morgen zwischen 10:30 und 14:30 Uhr.

Viele Grüße""")

M("de", "pro", "delivery-slot", [], "[Important] for delivering a pallet to the goods-in ramp with a time window (allowed)",
  s="norvale", hd="helpscout", mk="de", b2b=True, imp_ok=True,
  subj="[Important] Anlieferung Palette - Bestellung {oid}",
  body="""Guten Tag {name},

Ihre Bestellung {oid} (60 Kartons Nitrilhandschuhe) geht als eine Europalette, 120 x 80 x 170 cm, ca. 340 kg.

Die Spedition kann am Mittwoch, 19.03., oder Donnerstag, 20.03., anliefern. Ihr Wareneingang nimmt laut Bestellung Mo-Fr von 7:00 bis 11:00 Uhr an. Passt Ihnen Mittwoch, 7:30-9:30 Uhr, an Rampe 3? Bitte geben Sie uns auch Bescheid, ob ein Hubwagen vor Ort ist oder die Spedition mit Hebebühne kommen soll.

Freundliche Grüße""")

M("de", "re", "invoice", [], "invoice with VAT id and the practice's PO number; PDF with umlaut file name (RFC 2231)",
  s="norvale", hd="helpscout", mk="de", b2b=True,
  buyer="Bitte stellen Sie die Rechnung mit unserer internen Bestellnummer BE-2025-0318 und unserer USt-IdNr. aus.",
  body="""Guten Tag {name},

gern. Anbei die korrigierte Rechnung:

Rechnungsnummer: NV-DE-2025-2217
Ihre Bestellnummer: BE-2025-0318
Ihre USt-IdNr.: DE 298 765 432
Unsere USt-IdNr.: NL 8231.44.719.B01
Gesamtbetrag: 487,90 € inkl. 19 % MwSt.

Die neue Fassung ist zusätzlich an der Bestellung in Ihrem Amazon-Business-Konto hinterlegt.

Freundliche Grüße""",
  atts=[("pdf", "Rechnung_NV-DE-2025-2217_Bestellnr_BE-2025-0318_Praxis_Lindner_geändert.pdf",
         {"lines": ["Rechnung NV-DE-2025-2217", "Bestellnummer BE-2025-0318", "Gesamtbetrag 487,90 EUR"]})])

M("de", "re", "expiry-lot", [], "'Konformitätsbewertung' / 'Bewertung' in the regulatory sense (conformity assessment); CE 0123, MDR",
  s="norvale", hd="helpscout", mk="de",
  buyer="Ist das Pulsoximeter ein Medizinprodukt? Wir brauchen das für unsere Dokumentation.",
  body="""Guten Tag {name},

ja, das Fingerpulsoximeter ist ein Medizinprodukt der Klasse IIa nach MDR (EU) 2017/745. Die Konformitätsbewertung hat die Benannte Stelle 0123 durchgeführt, die Bewertung der klinischen Daten ist Teil der technischen Dokumentation.

Chargenangaben Ihrer Lieferung: LOT 2410-0882, Herstelldatum 10/2024, UDI-DI 04061234000877. Die EU-Konformitätserklärung schicken wir Ihnen gern über diese Nachricht.

Freundliche Grüße""")

M("de", "pro", "stock", [], "part unavailable: buyer chooses alternative, wait or cancel ('kurze Rückmeldung' = a reply, not feedback)",
  s="kettwerk", hd="edesk", mk="de", fmt="html",
  subj="Ihre Bestellung {oid}: bitte kurze Entscheidung",
  body="""Hallo {name},

der Wasserpumpe-Zahnriemensatz aus Ihrer Bestellung {oid} ist beim Hersteller leider bis Ende April nicht lieferbar.

Wir können Ihnen Folgendes anbieten:
1. Den gleichwertigen Satz eines anderen Erstausrüsters (OE-Nr. 04L 198 119 A ebenfalls abgedeckt), Versand heute, zum gleichen Preis.
2. Warten bis ca. 28.04.
3. Stornierung mit sofortiger Erstattung.

Geben Sie uns bitte kurz Rückmeldung, welche Variante Ihnen lieber ist.

Viele Grüße""")

M("de", "re", "tech-support", [], "'von iCloud abmelden' (sign out of iCloud, Activation Lock) is not opt-out wording",
  s="lapwing", hd="front", mk="de",
  buyer="Ich möchte mein altes iPhone bei Ihnen in Zahlung geben. Was muss ich vorher machen?",
  body="""Hallo {name},

Inzahlungnahmen bieten wir leider nicht an, aber für den Verkauf oder die Weitergabe Ihres alten iPhones gilt generell:

1. Unter Einstellungen > [Ihr Name] ganz unten von iCloud abmelden, damit die Aktivierungssperre aufgehoben wird.
2. Dann Einstellungen > Allgemein > iPhone übertragen/zurücksetzen > Alle Inhalte und Einstellungen löschen.
3. SIM-Karte entnehmen.

Ohne Schritt 1 bleibt das Gerät an Ihre Apple-ID gebunden.

Jana""")

M("de", "re", "feedback", [], "neutral note after a resolution that feedback can be changed, entirely voluntary",
  s="norvale", hd="helpscout", mk="de",
  buyer="Die Ersatzlieferung ist angekommen, alles in Ordnung jetzt. Danke!",
  body="""Guten Tag {name},

schön, dass jetzt alles passt, und danke für Ihre Geduld.

Nur zur Info: Falls Sie während der Reklamation ein Feedback abgegeben haben, können Sie es bei Amazon jederzeit ändern. Das ist aber ganz Ihnen überlassen.

Freundliche Grüße""")

M("de", "re", "damaged", [], "firm but polite answer to an angry buyer",
  s="brasco", hd="chrep", mk="de",
  buyer="Unverschämtheit! Der Winkelschleifer ist nach 3 Tagen kaputt und keiner meldet sich. Ich will sofort mein Geld zurück!!!",
  body="""Hallo {name},

Ihren Ärger verstehe ich, und es tut mir leid, dass Sie warten mussten: Ihre erste Nachricht kam am Wochenende.

Ein Defekt nach drei Tagen ist natürlich ein Gewährleistungsfall. Ich habe die Erstattung von 149,90 € eben veranlasst; das Rücksendeetikett von Amazon erhalten Sie innerhalb einer Stunde. Bitte senden Sie das Gerät möglichst im Originalkarton zurück.

Stefan""")

M("de", "re", "tech-support", [], "technician in Outlook plain text, German quote header Von/Gesendet/An/Betreff without any address but the relay",
  s="kettwerk", hd="outlook", tech=True, mk="de",
  buyer="Mit welchem Drehmoment ziehe ich die Radschrauben nach dem Bremsenwechsel an?",
  body="""Hallo {name},

Radschrauben beim Golf VII: 120 Nm, über Kreuz in zwei Durchgängen. Nach 50 bis 100 km nachziehen.

Bremssattelhalter (Träger) an Achsschenkel: 200 Nm, neue Schrauben verwenden. Führungsbolzen Bremssattel: 28 Nm.

Vor der ersten Fahrt mehrmals das Bremspedal treten, bis der Druckpunkt da ist.

Gruß
Dieter Kramm""", sig="Kfz-Meister / Technik | Kettwerk Teile")

M("de", "re", "refund", [], "10% price reduction for a scratch, not tied to any review",
  s="lapwing", hd="intercom", mk="de",
  buyer="Der Laptop hat einen Kratzer auf dem Deckel, der auf den Fotos nicht zu sehen war.",
  body="""Hallo {name},

danke für die Fotos, der Kratzer gehört tatsächlich nicht zu Zustand „Sehr gut“.

Wenn Sie das Gerät behalten möchten, erstatten wir Ihnen 10 % des Kaufpreises (64,90 €) als Preisnachlass. Alternativ nehmen wir den Laptop zurück und erstatten den vollen Betrag. Sagen Sie uns einfach, was Ihnen lieber ist.

Jana""")

M("de", "pro", "serial-number", [], "serial number needed for the warranty extension bought with the order (legitimate)",
  s="brasco", hd="front", mk="de",
  subj="Seriennummer für Ihre Garantieverlängerung - Bestellung {oid}",
  body="""Hallo {name},

zu Ihrer Bestellung {oid} haben Sie die Garantieverlängerung auf 3 Jahre mitbestellt. Damit wir sie registrieren können, benötigen wir die Seriennummer Ihres BX18. Sie steht auf dem Typenschild am Griff unten und beginnt mit BX18-24.

Sobald wir die Nummer haben, ist die Verlängerung innerhalb eines Werktags aktiv.

Beste Grüße""")

M("de", "re", "edition", [], "ISMN, plate number and printing of a music edition",
  s="quire", hd="gmail", mk="de",
  buyer="Ist das die neue Urtext-Ausgabe mit den Fingersätzen, oder die alte von 1976?",
  body="""Liebe/r {name},

es ist die revidierte Ausgabe: ISMN 979-0-2018-0032-1, Plattennummer HN 1032, Auflage 2021. Sie enthält die Fingersätze des Herausgebers und ein Vorwort auf Deutsch, Englisch und Französisch.

Die alte Ausgabe von 1976 hat die ISMN 979-0-2018-0001-7, die haben wir nicht mehr am Lager.

Herzliche Grüße""")

M("de", "re", "shipping", [], "dangerous-goods shipping of an e-bike battery; test report PDF with umlaut name (RFC 2231)",
  s="kettwerk", hd="edesk", mk="de",
  buyer="Hat der Akku einen UN 38.3 Prüfbericht? Mein Fahrradhändler will den sehen, bevor er ihn einbaut.",
  body="""Hallo {name},

ja, der Akku (36 V, 14 Ah, 504 Wh, Zellen 18650) ist nach UN 38.3 geprüft und wird als UN3480 versandt. Den Prüfbericht und das Sicherheitsdatenblatt finden Sie im Anhang.

Viele Grüße""",
  atts=[("pdf", "Prüfbericht_UN38.3_Akku_36V_14Ah.pdf", {"lines": ["UN 38.3 test summary", "36 V 14 Ah 504 Wh"]})])

M("de", "re", "return", [], "Help Scout thread with clean earlier agent text (name only in the quote header)",
  s="norvale", hd="helpscout", mk="de",
  buyer="Die Retoure ist unterwegs, Sendungsnummer habe ich Ihnen ja geschickt. Wann kommt das Geld?",
  thread=[("a", "Guten Tag {name}, bitte senden Sie die ungeöffneten Kartons über das Amazon-Rücksendeetikett zurück."),
          ("b", "Wir haben versehentlich die falsche Größe bestellt. Können wir zurückschicken?")],
  body="""Guten Tag {name},

die Sendung ist laut DHL heute Morgen in unserem Lager in Venlo angekommen. Die Erstattung über 96,40 € lösen wir nach der Eingangsprüfung aus, spätestens morgen; Ihre Bank zeigt sie dann meist nach 3 bis 5 Werktagen an.

Freundliche Grüße""")

# ================================================================ ENGLISH: compliant hard negatives
M("en", "re", "serial-number", [], "serial, battery cycle count, BIOS version and RAM part numbers: no phone numbers",
  s="lapwing", hd="front", mk="uk",
  buyer="Before I sign this off for our asset register, can you tell me the serial number and the battery condition of the laptop you sent?",
  body="""Hi {name},

Of course. From our test report for this unit:

Serial number: PF3K9XQ2
Battery: 212 charge cycles, 88% of design capacity (50 Wh pack, 5B10W13975)
BIOS: N34ET55W (1.55), TPM 2.0 enabled
RAM: 2 x 8 GB DDR4-3200, SSD: 512 GB NVMe, health 98%

The same figures are printed on the test sheet that came in the box.

Priya""")

M("en", "re", "tech-support", [], "IMEI with spaces and Activation Lock advice; 'WhatsApp' not mentioned; no phone number",
  s="lapwing", hd="intercom", mk="us",
  buyer="The iPhone keeps asking for an Apple ID at setup. Is it locked to someone else?",
  body="""Hi {name},

No - we checked IMEI 35 209900 176148 1 before dispatch, and Activation Lock was off and the device unregistered.

What you're seeing is usually the screen asking you to sign in with your own Apple ID, or to create one. Tap "Forgot password or don't have an Apple ID?" and you can skip it entirely; it won't block the phone. If it says "iPhone Locked to Owner", that's different, and we'd replace it at once.

Tom""", agent=1)

M("en", "re", "invoice", [], "reissued VAT invoice with PO number; invoice, VAT and PO numbers; PDF invoice attached",
  s="lapwing", hd="front", mk="uk", b2b=True, agent=2,
  buyer="Our finance team can't process the invoice without our purchase order number. PO 4500123987. Could you reissue it?",
  body="""Hi {name},

No problem at all. I've reissued the VAT invoice with your PO reference:

Invoice: INV-LR-2025-04417 (replaces INV-LR-2025-04391)
PO: 4500123987
VAT reg. GB 312 4478 06
Total: £1,874.40 incl. VAT at 20%

The PDF is attached and the new version is also uploaded to the order in your Amazon Business account.

Ellie""",
  atts=[("pdf", "INV-LR-2025-04417.pdf", {"lines": ["VAT invoice INV-LR-2025-04417", "PO 4500123987", "Total GBP 1874.40"]})])

M("en", "re", "customisation", [], "keyboard layout question answered; part numbers of keyboards",
  s="lapwing", hd="intercom", mk="ie",
  buyer="Can the HP EliteBook come with an Irish/UK keyboard instead of US? I don't mind waiting a day.",
  body="""Hi {name},

Yes, we can fit a UK keyboard (HP part M07091-031) in place of the US one (M07091-001) before dispatch. The UK layout is the one used in Ireland as well, with the € on AltGr+4.

It adds one working day, so the laptop would leave us on Thursday instead of Wednesday. Just reply "UK keyboard please" and we'll note it on the order.

Priya""")

M("en", "pro", "customisation", [], "[Important] used for a customisation question on an open order (allowed)",
  s="lapwing", hd="front", mk="uk", imp_ok=True,
  subj="[Important] Keyboard layout for order {oid}",
  body="""Hello {name},

Thank you for order {oid}. The order is for the UK-layout ThinkPad, but the gift note you added asks for a German keyboard ("bitte mit deutscher Tastatur").

We can ship either. Which layout would you like, UK or German QWERTZ? We'll hold the laptop until we hear from you, and it leaves the workshop the same day you reply.

Kind regards,""", agent=1)

M("en", "re", "refund", [], "partial refund described as a 15% discount for a scuffed lid: not tied to a review",
  s="lapwing", hd="front", mk="uk",
  buyer="The laptop works fine but there's a scuff on the lid that wasn't in the grade A photos. Not sure what to do.",
  body="""Hi {name},

Thanks for the photos - you're right, that's more than grade A allows.

You have two options. Keep it and we'll refund 15% of the price (£41.85) as a discount for the cosmetic mark, or send it back for a full refund. If you keep it, there's nothing else to do; the refund shows within 3-5 working days.

Priya""")

M("en", "re", "firmware", [], "BIOS/driver advice without any link: versions, menu paths",
  s="lapwing", hd="intercom", mk="uk", tech=True,
  buyer="How do I update the BIOS on the ThinkPad? I don't want to download stuff from random websites.",
  body="""Hi {name},

Quite right. Everything you need is already on the laptop: open Lenovo Vantage (preinstalled), go to Device > System Update and run it. It will offer BIOS 1.55 (N34ET55W) and the Intel graphics driver 31.0.101.4255.

Keep the charger plugged in during the BIOS update and don't close the lid; it reboots twice and takes about 6 minutes.

Callum""", sig="Callum Reid\nWorkshop technician, Lapwing Refurb")

M("en", "re", "feedback", [], "buyer asked how to leave feedback about the courier: explained neutrally, no request",
  s="lapwing", hd="front", mk="us",
  buyer="The phone is fine but the courier threw it over my fence. Where do I complain about the delivery, not about you?",
  body="""Hi {name},

Sorry about that - not how a phone should arrive.

Amazon handles delivery complaints itself: in Your Orders, choose the order, then "Get help with order" and report a delivery problem. Seller feedback is a separate link on the same page ("Leave seller feedback"), for comments about our part of the order.

If the phone has any marks from the fall, let us know and we'll look at it.

Tom""", agent=1)

M("en", "pro", "serial-number", [], "legitimate proactive: serial numbers needed to register the extended warranty the buyer bought",
  s="lapwing", hd="front", mk="uk", b2b=True, agent=2,
  subj="Serial numbers needed for your 36-month cover - order {oid}",
  body="""Hello {name},

Order {oid} includes the 36-month extended warranty for both Latitude 5420 units. Our insurer registers the cover against each machine's serial number, and the two units were packed by different benches, so we don't have the pairing on file.

Could you send us the serial (the 7-character service tag on the sticker underneath, e.g. 7XK2Q93) of each laptop? Once we have them, the cover is registered within one working day.

Thank you,""")

M("en", "re", "damaged", [], "firm but polite answer to an angry buyer (no profanity quoted)",
  s="brasco", hd="chrep", mk="us",
  buyer="THIRD email. The grinder you sent is DEFECTIVE, it vibrates like crazy. This is ridiculous and I want my money back TODAY or I'm opening an A-to-z claim.",
  body="""Hi {name},

I understand your frustration, and I'm sorry the grinder isn't right.

Heavy vibration on the AG230 is almost always an unbalanced disc or the side handle mounted loosely, but we won't ask you to troubleshoot a tool you've lost confidence in. I've issued a full refund of $129.99 just now; you'll receive Amazon's return label within the hour. Please use the original box if you still have it.

Dan""")

M("en", "pro", "stock", [], "legitimate fulfilment issue: one unit short, three choices for the buyer",
  s="lapwing", hd="front", mk="uk", b2b=True, agent=2,
  subj="Order {oid}: 9 of 10 laptops ready, your choice on the 10th",
  body="""Hello {name},

Your order {oid} is for 10 x ThinkPad T14 Gen 2 (i5, 16 GB, 512 GB). Nine have passed testing, but the tenth failed our keyboard test and we have no other unit of that exact spec in stock.

How would you like us to proceed?
1. Ship the nine now and the tenth around 25 March when the next batch is graded.
2. Ship ten now, with the tenth being the i7-1185G7 version at the same price.
3. Ship nine and refund the tenth (£419.00).

We'll hold the order until we hear from you.

Kind regards,""")

M("en", "re", "fitment", [], "VIN, OE numbers with spaces, torque values and thread sizes",
  s="kettwerk", hd="edesk", mk="uk",
  buyer="Will the front discs fit my Golf? VIN WVWZZZAUZGW123456, 2016, 2.0 TDI 150 PS.",
  body="""Hello {name},

Yes. Your VIN decodes to a Golf VII with the 1ZA brake option (312 x 25 mm front discs), which matches the kit exactly. OE references: discs 5Q0 615 301 F, pads 5Q0 698 151 B.

For fitting: caliper carrier bolts M14 x 1.5, 100 Nm + 90°; caliper guide bolts 28 Nm; wheel bolts 120 Nm. Use new carrier bolts, they are stretch bolts.

Best regards,""")

M("en", "re", "damaged", [], "'reviewed' and 'rating' used in their technical sense",
  s="kettwerk", hd="edesk", mk="uk",
  buyer="Can you look at the photos of the pads I fitted 3 months ago? They're wearing unevenly.",
  body="""Hello {name},

Our technician reviewed your four photos this morning. The inner pad is worn down to 3 mm while the outer one is at 9 mm, which points to a sticking caliper piston rather than the pads; the friction rating of this compound (FF) is the same on both sides.

Cleaning and greasing the guide pins usually cures it. If the piston itself is seized, the caliper needs an overhaul kit. The pads themselves are fine to keep using.

Best regards,""")

M("en", "pro", "address", [], "[Important] on an address problem (allowed): house number missing",
  s="kettwerk", hd="edesk", mk="uk", imp_ok=True, fmt="html",
  subj="[Important] House number missing on order {oid}",
  body="""Hello {name},

We're about to ship your timing belt kit (order {oid}), but the delivery address has no house number: "Mill Lane, Bramhall, Stockport SK7 2HG".

Could you reply with the house number or name? The courier won't accept the parcel without it. We'll ship the same day.

Kind regards,""")

M("en", "re", "shipping", [], "dangerous-goods shipping of an e-bike battery: UN number, Wh, DPD parcel number",
  s="kettwerk", hd="edesk", mk="uk",
  buyer="Why is my battery taking so long? Other parts from you came next day.",
  body="""Hello {name},

E-bike batteries are lithium-ion dangerous goods (UN3480, 36 V, 14 Ah = 504 Wh), so they can't go by air and travel by road freight from Hamburg with the ADR paperwork. That adds two days.

Your battery is on the way with DPD, parcel number 15502 9876 5432 1, due on Thursday between 09:30 and 12:30. Please charge it fully before the first ride.

Best regards,""")

M("en", "re", "expiry-lot", [], "lot number, expiry, CE mark with notified body number and standards; CoC PDF",
  s="norvale", hd="helpscout", mk="uk", b2b=True,
  buyer="Can you confirm lot and expiry for the gloves and whether they're a medical device? Our infection control lead is asking.",
  body="""Dear {name},

The gloves shipped on your order are:

LOT 2409-3318, manufactured 09/2024, EXP 2027-08-31
Medical device class I (EU MDR 2017/745) and PPE category III, CE 0123
Tested to EN 455-1/-2/-3/-4 and EN ISO 374-1:2016/A1:2018 Type B, EN ISO 374-5 (virus)

The declaration of conformity is attached for your file.

Kind regards,""",
  atts=[("pdf", "DoC_nitrile_gloves_LOT_2409-3318.pdf", {"lines": ["EU declaration of conformity", "LOT 2409-3318", "CE 0123"]})])

M("en", "pro", "delivery-slot", [], "[Important] pallet delivery to a goods-in dock with time window (allowed)",
  s="norvale", hd="helpscout", mk="uk", b2b=True, imp_ok=True, agent=1,
  subj="[Important] Pallet delivery booking for order {oid}",
  body="""Dear {name},

Order {oid} (40 cases of nitrile gloves) ships as one pallet: 120 x 80 x 165 cm, 312 kg, on a Euro pallet.

Our haulier can deliver on Tuesday 18 or Wednesday 19 March. Your goods-in dock accepts deliveries Mon-Fri 07:00-11:30, so we'd book 07:30-09:30. Please tell us which day suits, whether a tail-lift is needed, and any dock or bay number the driver should ask for.

Kind regards,""")

M("en", "re", "expiry-lot", [], "ISO 13485 certificate and lead-free/latex-free wording ('free' not an offer)",
  s="norvale", hd="intercom", mk="us",
  buyer="Is your thermometer made under ISO 13485? And is it latex-free?",
  body="""Hi {name},

Yes. The manufacturer's QMS is certified to ISO 13485:2016 (certificate MD 706 1184, valid to 11/2027), and we distribute under the same system.

The thermometer contains no natural rubber latex, the probe cover is latex-free polypropylene and the PCB is lead-free (RoHS 2011/65/EU). Measuring range 34.0-42.9 °C, accuracy ± 0.2 °C.

Hannah""")

M("en", "re", "tax-exempt", [], "UK zero-rating question: VAT relief explained without asking for documents by mail",
  s="norvale", hd="helpscout", mk="uk",
  buyer="I'm disabled and the pulse oximeter is for my own use. Can I get VAT relief on it?",
  body="""Dear {name},

Unfortunately a fingertip pulse oximeter isn't on the list of goods that qualify for VAT relief for disabled people, so the 20% VAT on the invoice is correct.

If your GP or nurse prescribed it, the NHS may be able to supply one; otherwise the price on Amazon (£24.99 incl. VAT) stays as it is. Sorry it isn't better news.

Hannah""")

M("en", "re", "bulk-quote", [], "bulk quantity question answered with Amazon Business quantity tiers and Request a Quote (no off-Amazon offer)",
  s="norvale", hd="helpscout", mk="uk", b2b=True, agent=1,
  buyer="We'd like 200 boxes of the size M gloves. Is there a better price for that quantity?",
  body="""Dear {name},

Yes - the listing has Amazon Business quantity pricing: 10% off from 20 cases and 14% off from 50 cases, applied automatically at checkout when you're signed in to your business account. 200 boxes is 20 cases, so the first tier applies.

If you need more than 50 cases, use "Request a quote" on the product page and we'll answer there within one working day.

Kind regards,""")

M("en", "re", "return", [], "links to Amazon's own returns and order pages only",
  s="norvale", hd="helpscout", mk="uk",
  buyer="We ordered the wrong tip size, 200 µl instead of 1000 µl. The boxes are unopened. Can we return them?",
  body="""Dear {name},

Of course, unopened boxes can come back within 30 days.

Please start the return here: https://www.amazon.co.uk/gp/css/returns/homepage.html - choose the order and "Ordered by mistake". Amazon will show the return label straight away. You can then order the 1000 µl tips from your order history: https://www.amazon.co.uk/gp/css/order-history

The refund is issued as soon as the boxes are scanned at our warehouse.

Kind regards,""")

M("en", "re", "expiry-lot", [], "exactly five PDF attachments (allowed)",
  s="norvale", hd="helpscout", mk="uk", b2b=True,
  buyer="Please send the certificates of analysis for the five lots of pipette tips in this order.",
  body="""Dear {name},

Please find attached the certificates of analysis for the five lots on your order (LOT 2411-0071 to 2411-0075). Each states sterility (SAL 10^-6), pyrogen and DNase/RNase test results.

Kind regards,""",
  atts=[("pdf", "CoA_LOT_2411-%04d.pdf" % i, {"lines": ["Certificate of analysis", "LOT 2411-%04d" % i]}) for i in range(71, 76)])

M("en", "pro", "invoice", [], "proactive invoice with the PDF attached (sending an invoice is allowed)",
  s="norvale", hd="intercom", mk="uk", b2b=True,
  subj="VAT invoice for order {oid}",
  body="""Dear {name},

As requested at checkout, here is the VAT invoice for order {oid} with your cost centre reference.

Invoice NV-2025-10382, dated 03/03/2025
Cost centre: LAB-4471
Net £612.50, VAT £122.50, total £735.00

Kind regards,""",
  atts=[("pdf", "NV-2025-10382.pdf", {"lines": ["Invoice NV-2025-10382", "Cost centre LAB-4471", "Total GBP 735.00"]})])

M("en", "re", "edition", [], "ISMN with dashes, plate number and edition details",
  s="quire", hd="gmail", mk="uk", agent=1,
  buyer="Is this the 2019 revised Urtext of the Goldberg Variations or the older one? I need the one with the critical commentary.",
  body="""Dear {name},

It's the revised edition: ISMN 979-0-2018-0473-2, plate number HN 1473, printed 2019, 96 pages including the critical commentary in German and English (pp. 84-95).

The older edition (ISMN 979-0-2018-0159-5) has no commentary, so you have the right one.

Best wishes,""")

M("en", "re", "edition", [], "'peer-reviewed', ISBN with dashes and edition numbers",
  s="quire", hd="gmail", mk="us",
  buyer="Is this the international edition? My professor said the problem numbers differ.",
  body="""Dear {name},

No, it's the US edition: ISBN 978-0-470-45836-5, 10th edition, hardcover. The international paperback (ISBN 978-0-470-64613-7) has the same chapters but different problem sets at the end of chapters 2-9, so your professor is right to check.

The chapters on Fourier analysis were peer-reviewed for this edition, and the errata list from 2020 applies to both versions.

Best wishes,""")

M("en", "re", "damaged", [], "free-of-charge replacement and Royal Mail tracking number",
  s="quire", hd="chrep", mk="uk",
  buyer="The spine of the textbook is cracked and several pages are loose.",
  body="""Hi {name},

I'm so sorry, that copy should never have left us.

A new copy is on its way free of charge with Royal Mail Tracked 48, tracking number AB412567893GB, expected on Friday. There's no need to send the damaged one back, you can recycle it or donate it.

Fiona""")

M("en", "re", "feedback", [], "neutral note after a resolution that feedback can be revised, explicitly no pressure",
  s="quire", hd="gmail", mk="uk",
  buyer="The replacement arrived today and it's in perfect condition. Thank you for sorting it so quickly.",
  body="""Dear {name},

That's lovely to hear, thank you for letting us know.

For completeness: if you left feedback while the problem was still open, Amazon lets you revise it at any time. Entirely your call - we're just glad the music arrived safely in the end.

Best wishes,""")

M("en", "pro", "review-request", [], "a single neutral review request for its own order",
  s="quire", hd="gmail", mk="uk", req=True,
  subj="Your order {oid} from Stave & Quire",
  body="""Dear {name},

We hope the Chopin Nocturnes arrived safely and that the edition is what you were looking for.

If you have a moment, we would appreciate your review of the edition on Amazon. It helps other pianists choose the right one.

With best wishes,""")

M("en", "re", "tech-support", [], "buyer asks for a phone number; agent declines and keeps the conversation on Amazon",
  s="quire", hd="chrep", mk="us", agent=1,
  buyer="Can you just give me a phone number? It'd be quicker to explain which arrangement I need.",
  body="""Hi {name},

I'm afraid we can only help through Amazon's messages, but it's usually just as quick. Tell me the instrument, roughly how long your student has been playing and the piece, and I'll tell you which arrangement fits - we have three of this one (easy, intermediate, original).

Rupert""")

M("en", "re", "refund", [], "unconditional refund after the buyer threatened a 1-star review in the quoted message",
  s="quire", hd="gmail", mk="us",
  buyer="The score was the wrong key (B flat instead of C). If I don't get a refund I'm leaving a 1-star review everywhere.",
  body="""Dear {name},

You're right, the listing showed the C edition and we sent the B-flat one. That's our mistake.

I've refunded the full $18.95 to your original payment method just now. Please keep the score or pass it on to a clarinet or trumpet player who can use it.

Best wishes,""")

M("en", "re", "tech-support", [], "technician's Outlook plain-text reply: clutch settings, voltages, EN standard; quote header without any address but the relay",
  s="brasco", hd="outlook", tech=True, mk="uk",
  buyer="What setting should I use for 5x70 screws into softwood with the BX18?",
  body="""Hello {name},

For 5 x 70 mm into softwood: gear 1 (0-550 rpm), clutch around 14-16 out of 21, and a PZ2 bit. If the heads sink too deep, drop the clutch by two.

The BX18 delivers 60 Nm hard / 27 Nm soft joint at 18 V, tested to EN 62841-2-1. Drill mode (the drill symbol, after 21) bypasses the clutch entirely, so only use that for drilling.

Regards,
Gary""", sig="Gary Pocock | Service technician\nBrasco Tools")

M("en", "re", "tech-support", [], "'WhatsApp' named as a product feature of a renewed phone",
  s="lapwing", hd="front", mk="uk",
  buyer="Will WhatsApp and banking apps work on the renewed Galaxy S22? My last refurb phone failed the bank's security check.",
  body="""Hi {name},

Yes. The S22 runs an unmodified Samsung firmware (One UI 6.1, Android 14, security patch February 2025) with the bootloader locked, so Knox and Play Integrity both pass. Banking apps, Google Pay and WhatsApp all work normally, and you can restore your WhatsApp backup from Google Drive during setup.

Priya""")

M("en", "re", "warranty", [], "RMA number, UPS 1Z tracking and a return address with postcode",
  s="brasco", hd="front", mk="us",
  buyer="My impact wrench died after 5 months. What do I do?",
  body="""Hi {name},

Sorry to hear it. That's inside the 12-month warranty, so we'll repair or replace it.

RMA number: RMA-BX-250311-07
Please send the tool (without battery) to:
Brasco Tools Service Center, 4410 Industrial Way, Unit 6, Reno, NV 89502

Use the prepaid UPS label we've placed in your Amazon messages; tracking will be 1Z 999 AA1 01 2345 6784. Turnaround is 5-7 working days from arrival.

Dan""")

M("en", "pro", "delivery-slot", [], "[Important] delivery scheduling for 40 drills on a pallet (allowed)",
  s="brasco", hd="front", mk="us", b2b=True, imp_ok=True, agent=1,
  subj="[Important] Scheduling your pallet delivery - order {oid}",
  body="""Hi {name},

Order {oid} (40 x BX18 kits) ships on one pallet, 48 x 40 x 52 in, 690 lb, with R+L Carriers.

The carrier calls ahead but needs a delivery window. Your receiving dock hours on the order say 6:00 am - 2:30 pm; would Thursday 20 March, 7:00-9:00 am work? Please also confirm whether you have a forklift or need liftgate service.

Thanks,""")

M("en", "re", "refund", [], "'free' replacement battery and a price 'discount' refunded to fix a pricing error",
  s="brasco", hd="chrep", mk="uk",
  buyer="I was charged £189 but the listing said £169 when I ordered. Also one battery won't charge.",
  body="""Hi {name},

You're right on both counts. The price dropped to £169 while your order was being processed, so I've refunded the £20 difference as a discount on the order.

For the battery: a free replacement 5.0 Ah battery (BXB-50) leaves today by Royal Mail Special Delivery, tracking number ZX 0398 1145 6GB, for delivery by 1pm tomorrow. Please return the faulty one using the label that comes in the box.

Dan""")

M("en", "re", "damaged", [], "photos requested through Amazon's own message attachments (no other channel)",
  s="brasco", hd="front", mk="uk",
  buyer="The disc guard on my angle grinder is cracked. What do you need from me?",
  body="""Hi {name},

Sorry about that. Could you reply to this message with two photos: one of the crack and one of the rating plate under the motor housing (it shows the serial, starting AG230-24)? You can attach them right here in Amazon's messages using the paperclip.

Once we've seen them we'll send a new guard or a whole new grinder, whichever makes more sense.

Dan""")

M("en", "re", "firmware", [], "charger LED codes: digits and times, no firmware link",
  s="brasco", hd="chrep", mk="us", tech=True,
  buyer="My charger flashes green then red alternately. Does it need a firmware update?",
  body="""Hi {name},

No firmware involved, the BXC-18 doesn't have updatable firmware. Green/red alternating means the battery is outside 0-45 °C. If it's been in a cold van, bring it indoors for an hour and it will start charging normally.

Green steady = full, green flashing = charging, red flashing = battery fault.

Gary""", sig="Gary Pocock | Service technician\nBrasco Tools")

M("en", "re", "purchase-order", [], "PO number handling on Amazon Business explained",
  s="brasco", hd="front", mk="us", b2b=True, agent=1,
  buyer="Our accounts team needs the PO number 7731-0042 printed on the invoice, can you add it?",
  body="""Hi {name},

Amazon generates the invoice from the order data, and the PO field is set by the buyer at checkout. Since it was left empty on this order, I've added PO 7731-0042 in the invoice comments field on our side; the refreshed invoice should appear in your Amazon Business order details within 24 hours.

For future orders, you can make the PO field mandatory in your Business account settings so it's always captured.

Shauna""")

M("en", "re", "tech-support", [], "inline company logo by cid: (unlinked) in a multipart/related message",
  s="brasco", hd="front", mk="uk",
  buyer="What's the difference between the 2.8 J and the 3.2 J SDS hammers for drilling into engineering brick?",
  body="""Hi {name},

Both will do it. The 2.8 J (800 W) is fine up to 16 mm holes; above that, or for hours of core work, the 3.2 J model is noticeably faster and has the anti-vibration handle. Both take SDS-plus bits up to 26 mm.

For occasional 10-12 mm holes for fixings, the 2.8 J is the better buy: lighter at 2.9 kg.

Dan""",
  inline=[("png", "brasco-logo")])

M("en", "pro", "stock", [], "legitimate: ordered model unavailable, buyer asked to choose (alternative, wait, cancel)",
  s="brasco", hd="chrep", mk="uk",
  subj="Your order {oid}: please choose how to proceed",
  body="""Hi {name},

Your order {oid} is for the 18V impact wrench 600 Nm (body only). Our last unit failed its torque check this morning, and the next shipment lands on 24 March.

Please let us know which you'd prefer:
- Wait until 24 March, and we ship the 600 Nm model the same day.
- Take the 550 Nm model now, and we refund the £15.00 price difference.
- Cancel the order, with a full refund straight away.

Thanks,""")

M("en", "re", "shipping", [], "trigger-like substrings (Scunthorpe, analysis, classic) in a delivery answer",
  s="kettwerk", hd="edesk", mk="uk", b2b=True,
  buyer="Can you deliver the clutch kits to our Scunthorpe depot instead of head office?",
  body="""Hello {name},

Yes, as long as the order hasn't shipped. I've asked our warehouse to change the delivery to your Scunthorpe depot (DN15), and the order now shows the new address.

On the clutch kits: our analysis of the part numbers confirms they are the dual-mass flywheel versions for the classic 1.9 TDI (ALH/AHF), so they'll fit the vans on your list.

Kind regards,""")

M("en", "re", "tech-support", [], "Kettwerk English reply via Outlook plain text, quote header shows names only and the relay",
  s="kettwerk", hd="outlook", tech=True, mk="uk", crlf=True,
  buyer="What torque do the crank pulley bolts need on the 2.0 TDI timing belt kit?",
  body="""Hello {name},

Crank pulley (vibration damper) bolts on the 2.0 TDI: 10 Nm + 90°, always new bolts, they're in the kit. Tensioner nut 20 Nm + 45°, camshaft sprocket 20 Nm + 45°, water pump bolts 15 Nm.

Turn the engine two full turns by hand after fitting and check the timing marks again before you start it.

Regards,
Dieter Kramm""", sig="Kfz-Meister / Technik | Kettwerk Teile")

M("en", "re", "damaged", [], "Help Scout thread: clean earlier agent reply quoted, name-only attribution",
  s="norvale", hd="helpscout", mk="uk",
  buyer="The replacement box arrived but it's the same size, L instead of M again.",
  thread=[("a", "Dear {name}, sorry for the mix-up. We've sent a box of size M gloves today by DPD, no need to return the size L box."),
          ("b", "We ordered size M gloves but received size L. Can you exchange them?")],
  body="""Dear {name},

I'm really sorry, that's two mistakes in a row. The picking label shows NV-NG-M-100 but the carton was size L, so the error is in our stock location, which we've now corrected.

A box of size M has been hand-checked and collected by DPD this afternoon, parcel number 0150 2345 6789 12. Keep both size L boxes, with our apologies.

Kind regards,""")

M("en", "re", "shipping", [], "Intercom thread with a clean earlier agent reply quoted",
  s="lapwing", hd="intercom", mk="uk",
  buyer="Tracking hasn't moved since Tuesday. Should I be worried?",
  thread=[("a", "Hi {name}, your laptop left us on Monday with DPD, parcel number 1550 4412 7781 3. Expected Wednesday."),
          ("b", "Hi, when will my laptop be sent?")],
  body="""Hi {name},

I've checked with DPD: the parcel was held at their Hinckley hub because of a label scan error, and it's been relabelled and is on today's trunk. You should have it tomorrow, Friday, between 10:00 and 14:00.

If it isn't with you by Saturday, we'll send a replacement unit without waiting for the lost one.

Priya""")

M("en", "re", "return", [], "eDesk thread with a clean earlier agent reply, 'Original message' separators",
  s="kettwerk", hd="edesk", mk="uk",
  buyer="I've sent the pads back. How long until the refund?",
  thread=[("a", "Hello {name}, please return the unused pads in their original box; Amazon's return label is in your orders page."),
          ("b", "I ordered the wrong pads, they're for a different axle. Can I return them?")],
  body="""Hello {name},

Thanks. The parcel is showing with Evri under tracking number H01TYA0033514782 and should reach our returns desk in Hamburg by Monday. The refund is issued as soon as it's scanned in, and your bank normally shows it within 3 to 5 working days after that.

Best regards,""")

M("en", "re", "shipping", [], "old-style Amazon notice; DPD parcel number in digit groups that look like a phone number",
  s="kettwerk", hd="edesk", mk="ie", nstyle="old",
  buyer="Which day will the water pump arrive? I need to book the car in.",
  body="""Hello {name},

It left Hamburg yesterday with DPD Ireland, parcel number 1550 9876 5432 10. DPD's timed window for your area is Wednesday 08:00-18:00; they'll text you a one-hour slot on the morning.

Best regards,""")

M("en", "re", "tech-support", [], "'feedback' in the sense of an e-bike torque-sensor feedback loop",
  s="kettwerk", hd="edesk", mk="uk",
  buyer="After fitting your speed sensor my e-bike cuts out at 20 km/h. Is the sensor faulty?",
  body="""Hello {name},

Probably not. The controller compares the speed signal with the torque sensor feedback; if the magnet is more than 15 mm from the sensor it misses pulses and the feedback loop shuts the motor off.

Move the spoke magnet so the gap is 5-10 mm, and check the wheel circumference in the display settings (2230 mm for 29 x 2.35). That cures it in nine cases out of ten.

Best regards,""")

M("en", "re", "fitment", [], "IP rating, star-shaped Torx bits and 5 positions: 'rating' and 'star' in technical senses",
  s="brasco", hd="front", mk="us",
  buyer="Can the impact driver be used outside in the rain, and what bits does it take?",
  body="""Hi {name},

The driver has an IP54 rating: protected against splashing water, but don't use it in steady rain or leave it outside. Batteries are IP56.

It takes 1/4in hex shank bits. For deck screws most people use the star-shaped T25 or T30 Torx bits; the 5-position mode selector has a dedicated deck-screw mode that slows down near the end.

Dan""")

M("en", "re", "invoice", [], "VAT numbers, EORI and a Northern Ireland 'XI' VAT prefix",
  s="kettwerk", hd="edesk", mk="uk", b2b=True,
  buyer="We're in Northern Ireland. Will the invoice show VAT correctly, and do we have to pay import VAT?",
  body="""Hello {name},

Goods move from our German warehouse to Northern Ireland under the EU VAT rules, so no import VAT is due. Your invoice shows our XI registration, XI 318 8842 57, next to your VAT number XI 224 0619 80 from your Business account, with 20% UK VAT charged.

Our EORI is DE 4471 8803 22619, in case your accounts team asks.

Best regards,""")

M("en", "re", "order-update", [], "buyer asked to stop messages; agent confirms without opt-out wording or link",
  s="lapwing", hd="front", mk="us", agent=1,
  buyer="Please don't message me again unless there's a problem with the order.",
  body="""Hi {name},

Understood. We'll only write again if something about your order needs your input, such as a delivery question. Your Dell is packed and ships today.

Tom""")

M("en", "re", "tax-exempt", [], "US school district tax exemption: handled through Amazon's own programme",
  s="brasco", hd="front", mk="us", b2b=True, agent=1,
  buyer="We're a school district and tax-exempt. Why was sales tax charged on our order?",
  body="""Hi {name},

Sales tax on Amazon orders is calculated and collected by Amazon, not by us, so we can't remove it on our side. Once your district is enrolled in the Amazon Tax Exemption Program (in your Business account settings) and the certificate for your state is approved, tax won't be charged on eligible orders.

For this order, after approval you can ask Amazon customer service for a refund of the $41.27 tax.

Shauna""")

M("en", "re", "bulk-quote", [], "'discount' and 'price' in answer to the buyer's own question about business pricing",
  s="lapwing", hd="front", mk="uk", b2b=True, agent=2,
  buyer="The listing shows a Business price of £389 but the consumer price is £419. Is that right, and does it apply to all 6 laptops?",
  body="""Hi {name},

Yes, that's right. The £389 Business price (about a 7% discount on the standard price) applies per unit to all six laptops, as long as you check out signed in to your Amazon Business account. The VAT invoice will show £324.17 net per unit.

Ellie""")

M("en", "pro", "delivery-slot", [], "failed delivery: re-delivery date needed (delivery scheduling, no [Important])",
  s="norvale", hd="helpscout", mk="uk", b2b=True,
  subj="Re-delivery of your order {oid}",
  body="""Dear {name},

The haulier tried to deliver order {oid} yesterday at 14:20 but the goods-in dock was closed. The pallet is back at their Northampton depot.

They can redeliver on Friday 21 March or Monday 24 March, in the morning window 08:00-12:00. Which day suits you? If there is a different dock for afternoon deliveries, please let us know the bay number as well.

Kind regards,""", agent=1)

M("en", "re", "tech-support", [], "no video through Amazon: manual PDF attached instead",
  s="kettwerk", hd="edesk", mk="uk",
  buyer="Do you have a video of how to fit the e-bike battery rail? The instructions are confusing.",
  body="""Hello {name},

We can't send video files through Amazon's messages, but page 14 of the attached manual has the rail fitting in 6 photos. The short version: rail screws M5 x 12, 4 Nm, the key lock faces the non-drive side, and the battery slides in from the bottom bracket end.

Best regards,""",
  atts=[("pdf", "Fitting_manual_36V_frame_battery_EN.pdf", {"lines": ["Fitting manual", "Rail screws M5 x 12, 4 Nm"]})])

M("en", "re", "damaged", [], "photos as JPEG, PNG and GIF attachments (allowed types)",
  s="quire", hd="gmail", mk="uk",
  buyer="The box of music books arrived crushed. Did you pack them properly?",
  body="""Dear {name},

Here are three photos of your order before it left: the books stacked between corrugated boards, the sealed carton, and the label. The carton was clearly crushed afterwards, and we'll take it up with the courier.

A new set of the three books is already on its way with Royal Mail Tracked 24, tracking number AB512334872GB.

Best wishes,""",
  atts=[("jpeg", "packing_1.jpg", {}), ("png", "packing_2.png", {}), ("gif", "label.gif", {})])

# ================================================================ ENGLISH: violations


# --- unpermitted proactive
M("en", "pro", "shipping", ["external_link", "marketing", "unpermitted_proactive"],
  "shipping confirmation for a drill with a link to the new 18V range: unpermitted kind + promo + link",
  s="brasco", hd="front", mk="us", subj="Your Brasco order {oid} is on its way",
  body="""Hi {name},

Good news, your BX18 combi drill kit left our Reno warehouse this morning with UPS Ground, tracking 1Z 4F8 V91 03 5521 7730. Amazon shows the same number under Your Orders.

While you wait, have a look at what just landed in the 18V line-up: the BX18 multi-tool and a compact 3/8in ratchet, both running on the batteries you already own. Everything is on brascotools.com/new-18v.

Cheers,""")

M("en", "pro", "order-update", ["opt_out", "tracking_pixel", "unpermitted_proactive"],
  "automated order confirmation from shop software: open pixel + 'reply STOP' opt-out text",
  s="lapwing", hd="intercom", mk="uk", subj="Order confirmed: {oid}",
  body="""Hello {name},

We've received your order {oid} and it is now being prepared by our workshop.

Item: Dell Latitude 5420 (Renewed), 14in, i7-1185G7, 32GB, 1TB
Grade: A (light signs of use)
Warranty: 12 months from delivery

We'll let you know as soon as it is handed to the courier.""",
  sig="Lapwing Refurb order desk",
  foot=dict(text="\n\nThis is an automated notification. Reply STOP to opt out of order notifications.",
            html="<p>This is an automated notification. Reply STOP to opt out of order notifications.</p>" +
                 pix("https://mailtrack.orderpilot-app.com/o/7f3c9a11e0/open.gif")))

M("en", "pro", "thanks", ["tracking_pixel", "unpermitted_proactive"],
  "thank-you-only message to a lab buyer, sent with Help Scout open tracking",
  s="norvale", hd="helpscout", mk="uk", subj="Thank you - order {oid}",
  body="""Dear {name},

Thank you very much for choosing Norvale Lab Supply for order {oid}. We really appreciate the trust you and your team place in us.

Kind regards,""",
  foot=dict(html=pix("https://beacon.helpscout.net/v1/open/4be1c2d9a07f3e55")))

M("en", "pro", "thanks", ["missing_order_id", "unpermitted_proactive"],
  "thank-you-only note for sheet music, no order id anywhere",
  s="quire", hd="gmail", mk="uk", subj="Your music is on the way - thank you!",
  body="""Dear {name},

A quick note from the shop to say thank you for buying from a small independent music seller. Every parcel is packed by hand here and we hope the score arrives flat and in perfect condition.

Happy practising,""")

M("en", "pro", "tech-support", ["contact_phone", "unpermitted_proactive"],
  "'here to help' only message with a fitting hotline number",
  s="kettwerk", hd="edesk", mk="uk", subj="Brake kit {oid} - fitting support",
  body="""Hello {name},

Your brake disc and pad kit for order {oid} should be with you shortly. If any question comes up while fitting, we're here to help - our fitting hotline is open 8am to 5pm: 020 7946 0871.

Best regards,""")

M("en", "pro", "stock", ["important_tag", "unpermitted_proactive"],
  "pure back-order notice (no decision asked of the buyer) sent as [Important]",
  s="norvale", hd="helpscout", mk="uk", subj="[Important] Backorder notice for {oid}",
  body="""Dear {name},

The sterile filter tips (200 µl, 10 x 96) on order {oid} are temporarily out of stock at our Venlo warehouse. The next production lot is due in week 14 and your order will ship automatically when it arrives.

There is nothing you need to do.

Kind regards,""")

M("en", "pro", "shipping", ["important_tag", "unpermitted_proactive"],
  "dispatch notice for an angle grinder flagged [Important]",
  s="brasco", hd="chrep", mk="uk", subj="[Important] Order {oid} dispatched",
  body="""Hi {name},

Just to confirm that your AG230 angle grinder (order {oid}) was collected by DPD at 16:40 today. Parcel number 15503 2287 4410 9, expected delivery tomorrow between 10:15 and 11:15.

Thanks,""")

M("en", "pro", "order-update", ["opt_out", "missing_order_id", "unpermitted_proactive"],
  "helpdesk auto-acknowledgement sent as a new mail ('Ticket Received' is not a reply prefix), no order id, opt-out sentence",
  s="lapwing", hd="front", mk="ie", subj="Ticket Received - We've got your message",
  body="""Hi there,

Thanks for getting in touch with Lapwing Refurb. This is an automatic acknowledgement: your message is in our queue and one of the team will get back to you within one working day (Mon-Fri).

If you'd rather not receive these acknowledgements, reply "opt out" and we will switch them off for your address.""",
  sig="The Lapwing Refurb team")

# --- offensive
M("en", "re", "tech-support", ["contact_email", "offensive"],
  "technician in Outlook (plain) insults the buyer; quote header To: line carries the workshop address",
  s="brasco", hd="outlook", tech=True, mk="uk", to_addr=True,
  buyer="The chuck on my BX18 came loose after two days drilling into a concrete lintel. The 13mm bit just wobbles now. Not impressed for a tool this price.",
  body="""{name},

I've had a look at your photos. The chuck didn't "come loose" by itself. You've been running a 13mm masonry bit in screwdriver mode with the clutch on 21 and then leaning on it. Frankly that's idiotic and the manual says so on page 9.

Put it in hammer mode, use an SDS drill for lintels and it'll be fine. I'm not replacing a chuck that's been abused.

Gary""", sig="")

M("en", "re", "damaged", ["contact_phone", "offensive"],
  "technician mocks the buyer and gives a direct line",
  s="kettwerk", hd="edesk", tech=True, mk="uk",
  buyer="The lower control arm you sent doesn't fit, the ball joint is the wrong way round. I've wasted a whole Saturday.",
  body="""Hello {name},

Dieter from the workshop here. The arm is correct for your car - OE 5Q0 407 151 A, left side. You fitted it on the right. It's written on the box in letters two centimetres high, but apparently that was too small.

If you really can't work out left from right, ring me on my direct line, +49 40 66969 412, before you break something else.

D. Kramm""", sig="")

M("en", "re", "damaged", ["styling", "offensive"],
  "workshop technician in Outlook Word HTML (Calibri style block) calls the buyer a liar",
  s="lapwing", hd="outlook_html", tech=True, mk="uk",
  buyer="My laptop screen cracked after a week. I didn't drop it. Please send a replacement.",
  body="""Hi {name},

The unit came back to the workshop this morning. The lid has a dent at the top right corner and the crack radiates out from it. That is impact damage, full stop.

Don't take us for mugs. Laptops don't fall off desks by themselves and we've seen this trick a hundred times. The warranty doesn't cover it and I'll be noting it on your file.

Callum""", sig="Callum Reid\nWorkshop technician, Lapwing Refurb")

M("en", "re", "edition", ["offensive"],
  "agent snaps at a buyer who bought the wrong arrangement",
  s="quire", hd="chrep", mk="us",
  buyer="I ordered the Chopin Nocturnes and got a version for piano solo. I wanted the easy arrangement for my daughter. Can I exchange it?",
  body="""Hi {name},

The listing title says "Urtext edition" in the first three words. It's not our fault you can't read a product title before clicking buy.

You can return it within 30 days through your Amazon orders page like everyone else.

Fiona""")

M("en", "re", "refund", ["offensive"],
  "threat to report the buyer for fraud and pass details to solicitors",
  s="norvale", hd="helpscout", mk="uk", b2b=True,
  buyer="This is our third claim about short-delivered glove boxes. We counted 8 boxes instead of 10 again. Please credit two boxes.",
  body="""Dear {name},

Our warehouse camera shows ten boxes going into the carton and the carrier weighed it at 6.2 kg, which matches ten boxes exactly.

I'll be blunt: if you keep filing these claims we will report your account to Amazon for fraud and hand your company details to our solicitors. Think carefully before you send a fourth.

Marcus Flynn""", sig="")

M("en", "re", "warranty", ["styling", "offensive"],
  "profanity and an eye-roll emoji in a warranty reply",
  s="brasco", hd="front", mk="us",
  buyer="My impact wrench stopped working. The light flashes red three times. Is this covered?",
  body="""Hi {name},

Three red flashes = overheating cut-out. It's not broken, what the hell did you expect after running it flat out on rusted wheel nuts for half an hour 🙄

Let it cool for 20 minutes and it'll come back. No, that's not a warranty claim.

Dan""")

M("en", "re", "return", ["offensive"],
  "new text is polite, but the quoted earlier agent reply (Help Scout history, no address) insulted the buyer",
  s="lapwing", hd="helpscout", mk="uk",
  buyer="I'm still waiting to hear back about the return label for my iPhone 13. It has been four days.",
  thread=[("a", "Hi {name}, the phone came back with water indicators triggered. Honestly, what sort of moron takes a renewed phone into the bath and then asks for a refund? Not happening."),
          ("b", "The iPhone stopped charging after a week. I want a refund please.")],
  body="""Hi {name},

Sorry for the wait. I've taken over your case from my colleague. The return label for your iPhone 13 is now available through your Amazon orders page, and once the phone is back we will assess it properly and update you within two working days.

Best wishes,""", agent=1)

M("en", "re", "damaged", ["contact_phone", "contact_other", "offensive"],
  "sarcastic technician asks for a WhatsApp video on his mobile",
  s="kettwerk", hd="edesk", tech=True, mk="ie",
  buyer="The e-bike battery won't click into the frame rail. I've tried for an hour.",
  body="""{name},

An hour? It takes ten seconds if you take the key out first. Honestly, some people shouldn't be allowed near tools.

Film yourself doing it and WhatsApp the video to me on +49 151 2300 4417, then we'll see who's wrong.

Dieter""", sig="")

# --- marketing
M("en", "re", "purchase-order", ["external_link", "marketing"],
  "B2B buyer told to order directly next time to save the Amazon fee, with the trade portal",
  s="brasco", hd="front", mk="us", b2b=True, agent=1,
  buyer="We need 12 more BX18 kits for our maintenance crew. Can you hold stock for us until the PO is approved next week?",
  body="""Hi {name},

I can hold 12 BX18 kits until Friday 14 March, no problem.

One tip for the next round: if you order through our own trade portal instead of Amazon we skip the marketplace fee and can pass most of that saving on to you - usually around 9%. Open an account at trade.brascotools.com and mention your company name.

Shauna""")

M("en", "re", "bulk-quote", ["attachment", "marketing"],
  "unsolicited 2025 trade price list sent as an XLSX attachment",
  s="norvale", hd="helpscout", mk="uk", b2b=True, agent=1,
  buyer="Could you confirm the nitrile gloves in order {oid} are the EN ISO 374-5 virus-rated version? We need it for our audit file.",
  body="""Dear {name},

Yes, the gloves on {oid} are tested to EN ISO 374-5:2016 including the virus claim, and EN 455-1 to -4. The certificate number is on the box end label.

I've also attached our 2025 trade price list: practices that buy more than 50 cases a year get our distributor tier, with pricing well below the Amazon listing.

Best regards,""",
  atts=[("xlsx", "Norvale_trade_prices_2025.xlsx", {"rows": [["Article", "Description", "Trade price EUR"],
                                                           ["NV-NG-M-1000", "Nitrile gloves M, 10 x 100", "38.90"],
                                                           ["NV-PT200-S", "Filter tips 200 ul, 10 x 96", "61.20"]]})])

M("en", "pro", "bulk-quote", ["external_link", "marketing"],
  "proactive: B2B price list link pushed to a garage after a brake order",
  s="kettwerk", hd="edesk", mk="uk", b2b=True, subj="Trade pricing for your garage - order {oid}",
  body="""Hello {name},

We noticed order {oid} came through an Amazon Business account, so we guess you run a workshop.

Garages get our B2B price list with up to 22% off brake parts, clutches and timing kits, plus next-day delivery before 10am. Download it here: https://kettwerk-teile.de/b2b/preisliste-2025.pdf

Best regards,""")

M("en", "re", "bulk-quote", ["contact_phone", "marketing", "styling"],
  "unsolicited bulk-discount pitch with a phone number, written in Outlook Word HTML",
  s="lapwing", hd="outlook_html", mk="uk", b2b=True, agent=2,
  buyer="Hi, the ThinkPad we bought for our new starter arrived with a UK keyboard, perfect. Can you confirm the warranty start date for our asset register?",
  body="""Hi {name},

The 12-month warranty started on the delivery date, 4 March 2025, and runs to 3 March 2026.

By the way - if you are rolling out more machines this year, we do 12% off for 20 units or more, imaged with your build and asset-tagged before dispatch. Give me a ring on 020 7946 0193 and I'll put a deal together.

Ellie""", sig="Ellie Marsh\nBusiness Accounts, Lapwing Refurb")

M("en", "re", "edition", ["contact_other", "marketing"],
  "'follow us on LinkedIn' for new stock drops",
  s="lapwing", hd="front", mk="us",
  buyer="Do you know when you will have more of the 32GB Latitudes? I need two more.",
  body="""Hi {name},

We don't have a firm date yet - the next batch from our corporate lease returns is being graded this month.

The quickest way to hear about new batches is to follow Lapwing Refurb on LinkedIn, we post every drop there first, usually with a launch discount for followers.

Tom""", agent=1)

M("en", "pro", "order-update", ["external_link", "marketing", "opt_out", "tracking_pixel"],
  "spring promotion to a buyer, order id in body, unsubscribe link in body and open pixel",
  s="brasco", hd="front", mk="uk", subj="Spring Tool Event: 20% off for Brasco customers",
  body="""Hi {name},

As a thank-you for order {oid}, you get early access to our Spring Tool Event: 20% off every 18V bare tool until 31 March with code SPRING20.

See the full list of deals in our shop.

To unsubscribe from Brasco offers, use the link at the bottom of this email.""",
  html="""<p>Hi {name},</p>
<p>As a thank-you for order {oid}, you get early access to our Spring Tool Event: 20% off every 18V bare tool until 31 March with code SPRING20.</p>
<p><a href="https://shop.brascotools.com/spring-event?utm_source=amazon">See the full list of deals in our shop.</a></p>""",
  foot=dict(html='<p><a href="https://shop.brascotools.com/unsubscribe?e=8831fa02">Unsubscribe</a></p>' +
                 pix("https://shop.brascotools.com/o.gif?rid=8831fa02")))

M("en", "re", "fitment", ["external_link", "marketing"],
  "third-party referral: partner garage with a discount code and its site",
  s="kettwerk", hd="edesk", mk="uk",
  buyer="I've got the timing belt kit but I don't have the tools to fit it myself. Any advice?",
  body="""Hello {name},

The kit needs a camshaft locking tool and a tensioner pin, so unless you have those a garage is the sensible route.

Our partner Autohaus Brenner fits our kits at a fixed price and gives 10% off labour with code KETT10 - you can book a slot at autohaus-brenner.de.

Best regards,""")

M("en", "re", "edition", ["marketing", "opt_out"],
  "cross-selling another edition range in a support reply, with a 'manage your email preferences' line",
  s="quire", hd="chrep", mk="uk", agent=1,
  buyer="Is the Goldberg edition you sent the one with the fingering by the editor, or without?",
  body="""Hi {name},

It's the edition with editorial fingering in small print above the staves; the Urtext text itself is unchanged.

While you're at it, our new range of study scores just arrived - Bach partitas, the complete Inventions and the French Suites - all 15% off this month in our shop on Amazon.

To manage your email preferences, simply reply with the word PREFERENCES.

Rupert""")

# --- review incentive
M("en", "pro", "review-request", ["review_incentive", "tracking_pixel"],
  "free bit set for a review, Help Scout pixel",
  s="brasco", hd="helpscout", mk="us", subj="How's the BX18 treating you? (order {oid})", req=True,
  body="""Hi {name},

Hope the BX18 is earning its keep. If you post a review on Amazon, reply with your reviewer name and we'll ship you a 10-piece impact bit set on the house.

Thanks again,""",
  foot=dict(html=pix("https://beacon.helpscout.net/v1/open/99ad0c1e77b2")))

M("en", "pro", "serial-number", ["review_incentive", "review_manipulation", "tracking_pixel"],
  "warranty extension to 24 months in exchange for a 5-star review, pixel",
  s="lapwing", hd="helpscout", mk="uk", subj="Double your warranty - order {oid}", req=True,
  body="""Hi {name},

Every Lapwing laptop comes with 12 months' cover. Customers who leave a 5-star review get that doubled to 24 months: just send us the review date and we'll update your warranty record against the serial.

Thanks,""",
  foot=dict(html=pix("https://beacon.helpscout.net/v1/open/a0c3f1d2b4e6")))

M("en", "re", "bulk-quote", ["contact_email", "review_incentive", "opt_out"],
  "B2B 'future benefits' (priority allocation) for a review; address for the review link; opt-out line",
  s="norvale", hd="intercom", mk="uk", b2b=True, agent=1,
  buyer="Thanks for getting the gloves to us so fast. Will you have stock of size S again before April?",
  body="""Dear {name},

Size S arrives on 28 March, 40 cases, and we'll hold five for you.

Customers who review us on Amazon go onto our priority allocation list, meaning you're first in line whenever gloves get tight again, like in 2021. Once it's posted, send the link to marcus.flynn@norvale-lab.nl and I'll add you.

Reply STOP if you'd prefer not to hear about this.

Marcus""", req=True)

M("en", "re", "feedback", ["review_incentive", "feedback_removal"],
  "shipping refund offered if the buyer takes down a 2-star seller feedback",
  s="kettwerk", hd="edesk", mk="uk",
  buyer="I left feedback because the discs arrived a week late. They fit fine though.",
  body="""Hello {name},

Sorry again for the delay, our carrier lost a day at the Calais crossing.

We'd like to make it right: if you take down the 2-star feedback, we'll refund the £8.95 shipping straight away. Just let me know once it's gone.

Kind regards,""")

M("en", "pro", "review-request", ["review_incentive"],
  "£5 voucher for an 'honest' review",
  s="quire", hd="gmail", mk="uk", subj="Your Beethoven sonatas - order {oid}", req=True,
  body="""Dear {name},

We hope the sonata volume is already on your music stand. We'd love an honest review on Amazon, good or bad, and as a small thank-you we'll send a £5 voucher for your next order with us.

With best wishes,""")

M("en", "pro", "review-request", ["external_link", "review_incentive"],
  "prize draw entry for reviews, rules on an external page",
  s="brasco", hd="front", mk="us", subj="Win a $100 gift card - order {oid}", req=True,
  body="""Hi {name},

Every customer who reviews their Brasco tool in March goes into our monthly draw for a $100 gift card. Full rules at brascotools.com/draw-rules.

Good luck!""")

M("en", "re", "warranty", ["contact_email", "review_incentive"],
  "cash via PayPal for a screenshot of the review, sent to an address",
  s="lapwing", hd="front", mk="us",
  buyer="The phone is great. Where do I find the warranty details?",
  body="""Hi {name},

Your warranty covers 12 months from delivery; the details are on the card in the box and on the invoice in your Amazon account.

Quick one: send a screenshot of your Amazon review to reviews.lapwing@gmail.com and we'll PayPal you £10 the same day.

Priya""", req=True)

# --- review manipulation
M("en", "pro", "review-request", ["review_manipulation"],
  "review gating: happy -> review, unhappy -> contact us",
  s="norvale", hd="helpscout", mk="uk", subj="How did the pulse oximeter work out? Order {oid}", req=True,
  body="""Dear {name},

If the oximeter is doing its job, we'd be grateful for a review on Amazon - it really helps a small supplier.

If something isn't right, please don't review yet: message us first and we'll sort it out.

Kind regards,""")

M("en", "pro", "review-request", ["review_manipulation", "tracking_pixel"],
  "tells the buyer what to mention in the review; Intercom pixel",
  s="lapwing", hd="intercom", mk="uk", subj="Your renewed ThinkPad - order {oid}", req=True,
  body="""Hi {name},

If you have a minute for a review, it would be great if you could mention that the battery tested at 92% health, that it arrived in two days and that it looked as good as new. Those are the things other buyers look for.

Thanks!""",
  foot=dict(html=pix("https://via.intercom.io/o/lapwing/3fe8a1c09d")))

M("en", "re", "damaged", ["review_manipulation"],
  "discourages a negative review before the seller has 'a chance'",
  s="brasco", hd="chrep", mk="us",
  buyer="The guard on my grinder was bent when it arrived. I'm pretty annoyed.",
  body="""Hi {name},

Sorry about that - a replacement guard (part 1619P0 8412) ships today, no need to send anything back.

Please hold off on any negative feedback or a low review until the new guard is with you. Give us a chance to fix it properly first.

Dan""")

M("en", "pro", "review-request", ["review_manipulation", "styling"],
  "five star emoji in a review request",
  s="quire", hd="gmail", mk="us", subj="Enjoying the Nocturnes? Order {oid}", req=True,
  body="""Hi {name},

We hope the Nocturnes are coming along nicely! If you're pleased with the edition, a ⭐⭐⭐⭐⭐ review on Amazon would make our week.

Warmly,""")

M("en", "pro", "review-request", ["review_manipulation"],
  "asks directly for a 5-star rating 'to help a small business'",
  s="kettwerk", hd="edesk", mk="uk", subj="Quick favour - order {oid}", req=True,
  body="""Hello {name},

We're a family workshop competing with the big parts chains. A 5-star rating on your timing belt kit would genuinely help us keep going.

Many thanks,""")

M("en", "pro", "review-request", ["review_manipulation", "important_tag"],
  "[Important] on a review request that says only five stars count",
  s="brasco", hd="chrep", mk="uk", subj="[Important] Rate your order {oid}", req=True,
  body="""Hi {name},

Amazon only really counts 5-star reviews for sellers like us - anything less pushes our tools down the search results. If you're going to rate the rotary hammer, please make it five.

Thanks a lot,""")

M("en", "pro", "review-request", ["review_manipulation", "missing_order_id"],
  "gating ('if it isn't a 5, email us instead') with no order id",
  s="lapwing", hd="front", mk="us", subj="A quick question about your renewed phone",
  body="""Hi {name},

Reviews below four stars hurt us badly. So if your iPhone isn't a solid 5 in your eyes, skip the review and just reply here, we'll make it right. If it is, we'd love to hear it on Amazon!

Thanks,""")

# --- feedback removal
M("en", "re", "feedback", ["feedback_removal", "tracking_pixel"],
  "polite request to update feedback after a replacement; Help Scout pixel",
  s="norvale", hd="helpscout", mk="uk",
  buyer="The replacement box of tubes arrived this morning, thanks.",
  body="""Dear {name},

Great to hear the replacement tubes have arrived.

Now that it's sorted, would you mind updating the feedback you left last week? It would mean a lot to the team.

Best regards,""",
  foot=dict(html=pix("https://beacon.helpscout.net/v1/open/b71e0d3c55aa")))

M("en", "re", "feedback", ["review_manipulation", "feedback_removal"],
  "asks to change a 1-star review to 5 stars",
  s="brasco", hd="front", mk="us",
  buyer="OK, the new charger works. Took long enough.",
  body="""Hi {name},

Glad the new charger is working, and sorry again it took three weeks.

Since everything is fine now, could you change your 1-star review to 5? It's the only bad one on that listing.

Dan""")

M("en", "re", "feedback", ["contact_phone", "feedback_removal"],
  "pressing: third request to remove feedback, plus 'or call me'",
  s="lapwing", hd="front", mk="uk",
  buyer="I said I'd think about it. Please stop chasing me.",
  body="""Hi {name},

I understand, but this is the third time we've asked and the feedback is still up. We refunded you in full, so we really need it removed this week.

If it's easier, call me on 07700 900 318 and I'll talk you through it.

Priya""")

M("en", "re", "feedback", ["feedback_removal"],
  "asks to remove feedback and links Amazon's own feedback page (the Amazon link itself is allowed)",
  s="quire", hd="gmail", mk="uk",
  buyer="Thanks for the refund. The book was fine in the end, it was just the corner that was bent.",
  body="""Dear {name},

Thank you for your understanding, and glad the book itself is fine.

Would you be so kind as to remove the negative feedback you left? You can do it from this page: https://www.amazon.co.uk/hz/feedback - click on the order and choose "Remove".

Best wishes,""")

M("en", "re", "feedback", ["feedback_removal", "offensive"],
  "threatens legal action unless the review is removed",
  s="norvale", hd="intercom", mk="uk",
  buyer="I stand by my review. The thermometer gave readings 2 degrees off.",
  body="""Dear {name},

The thermometer passed calibration at 37.0 °C ± 0.2 °C before dispatch, the record is on file.

Your review is inaccurate and damaging. If it is not removed within 7 days we will have no choice but to pass this to our legal team and consider action for defamation.

Norvale Lab Supply""", sig="")

M("en", "re", "feedback", ["contact_email", "feedback_removal"],
  "clean new text; the quoted earlier agent reply (Gmail quote, with the shop address in the attribution) asked to remove feedback",
  s="quire", hd="gmail", mk="uk",
  buyer="Yes I got the replacement, thank you. The new copy is perfect.",
  thread=[("a", "Dear {name}, a fresh copy is on its way. Once it has arrived, could you please take down the feedback you left about the torn cover?"),
          ("b", "The cover of the Debussy Préludes was torn when it arrived. Not happy.")],
  body="""Dear {name},

Wonderful, thank you for letting us know. Enjoy the Préludes!

Best wishes,""")

M("en", "pro", "feedback", ["feedback_removal", "missing_order_id"],
  "proactive plea to take down a review, no order id",
  s="kettwerk", hd="edesk", mk="uk", subj="About your review of our e-bike battery",
  body="""Hello {name},

We saw your review about the battery range. The cells are rated 504 Wh and most of the range difference comes from assist level and tyre pressure, not the battery.

We'd really appreciate it if you could take the review down, or at least soften it.

Best regards,""")

M("en", "pro", "feedback", ["feedback_removal", "important_tag"],
  "[Important] used to chase a feedback update",
  s="brasco", hd="front", mk="us", subj="[Important] Feedback on order {oid}",
  body="""Hi {name},

Your replacement battery was delivered yesterday according to UPS.

Now that the issue is resolved, please update the seller feedback you left for order {oid} - it's still showing as negative.

Thank you,""")

# --- other categories
M("en", "re", "firmware", ["external_link", "attachment"],
  "firmware package sent as a ZIP plus a link to a driver site",
  s="lapwing", hd="front", mk="uk", tech=True,
  buyer="My ThinkPad T14 won't wake from sleep since the last Windows update. Any ideas?",
  body="""Hi {name},

That's the known sleep bug on BIOS 1.29. I've zipped the 1.33 BIOS update and the Intel chipset driver for you (attached).

If Windows blocks the zip, the same files are on the driver site we use: https://drivers.techpoint-mirror.net/lenovo/t14g2

Callum""",
  atts=[("zip", "T14G2_BIOS_1.33.zip", {"files": [("n34ur33w.exe", "BIOS 1.33 package\n"), ("readme.txt", "Run as administrator.\n")]})])

M("en", "re", "firmware", ["attachment"],
  "charger update tool sent as an .exe",
  s="brasco", hd="chrep", mk="us", tech=True,
  buyer="The BX18 charger shows a blinking orange light with both batteries. Is the charger faulty?",
  body="""Hi {name},

Blinking orange on the BXC-18 usually means the charger firmware is older than the battery management chip. Run the attached updater on a Windows PC with the charger connected by USB-C and it will flash to version 2.4.

Gary""",
  atts=[("exe", "BXC18_update_v2.4.exe", {})])

M("en", "re", "damaged", ["contact_phone", "contact_other", "attachment"],
  "fitting video as MP4 and a WhatsApp number for photos",
  s="kettwerk", hd="edesk", mk="uk",
  buyer="The new caliper bracket doesn't line up with the disc. Is it the wrong part?",
  body="""Hello {name},

It's the right bracket for a 312 mm disc, but the old 288 mm bracket has to come off first. The attached video shows it step by step.

If it still doesn't line up, send us a couple of photos on WhatsApp: +44 7700 900 562.

Best regards,""",
  atts=[("mp4", "bracket_swap_312mm.mp4", {})])

M("en", "re", "expiry-lot", ["attachment"],
  "six certificates of analysis attached: more than five attachments",
  s="norvale", hd="helpscout", mk="uk", b2b=True,
  buyer="For our ISO 15189 audit we need the certificates of analysis for all six lots you shipped under this order.",
  body="""Dear {name},

Of course. Please find the certificates of analysis for all six lots attached, one PDF per lot (LOT 2409-3318 to 2409-3323). All were released by our QA on 12 September 2024.

Kind regards,""",
  atts=[("pdf", "CoA_LOT_2409-33%d.pdf" % i, {"lines": ["Certificate of analysis", "LOT 2409-33%d" % i]}) for i in range(18, 24)])

M("en", "re", "damaged", ["attachment"],
  "photo named .jpg whose bytes are PNG",
  s="quire", hd="front", mk="us",
  buyer="You say the score was packed flat, but it arrived folded. Can you show me how you packed it?",
  body="""Hi {name},

Here's the photo our packer took before it went out: the score between two boards in a rigid mailer. I'm sorry it still arrived folded, the carrier must have forced it into a letterbox. A replacement is going out today.

Fiona""",
  atts=[("jpg_png", "packing_photo_0311.jpg", {})])

M("en", "pro", "delivery-slot", ["attachment"],
  "legitimate pallet delivery slot under [Important], but the slot is sent as an .ics attachment",
  s="kettwerk", hd="edesk", mk="uk", b2b=True, imp_ok=True,
  subj="[Important] Delivery slot for pallet - order {oid}",
  body="""Hello {name},

Your order {oid} (4 sets of brake discs and 12 pad kits, one pallet, 118 kg) is ready. The haulier can deliver on Tuesday 18 March between 08:00 and 10:00 to your goods-in.

Please confirm the slot or tell us a better one. I've attached the slot as a calendar entry.

Kind regards,""",
  atts=[("ics", "delivery_slot_18-03.ics", {"ics": ("Pallet delivery Kettwerk", "20250318T080000", "20250318T100000", "Goods-in")})])

M("en", "re", "warranty", ["external_link", "contact_email", "contact_phone", "styling"],
  "technician's Outlook Word HTML signature with website, e-mail and direct line",
  s="brasco", hd="outlook_html", tech=True, mk="uk",
  buyer="Is the rotary hammer covered if the SDS chuck wears out?",
  body="""Hi {name},

The SDS-plus chuck is a wear part, so normal wear isn't covered, but a chuck that fails inside the first 12 months is. If yours starts to lose bits, send it in and we'll inspect it.

Regards,""",
  sig="Gary Pocock\nService technician | Brasco Tools UK\nDirect: 0161 496 0732\ngary.pocock@brascotools.com\nwww.brascotools.com")

M("en", "pro", "invoice", ["styling", "important_tag"],
  "invoice copy sent as [Important] in a centred, coloured HTML template",
  s="lapwing", hd="front", mk="uk", subj="[Important] Your VAT invoice for {oid}",
  body="""Hello {name},

Please find the VAT invoice for order {oid} in your Amazon account under Your Orders > Invoice. Invoice number LR-25-04471, VAT GB 312 4478 06.

Kind regards,""",
  html="""<div style="text-align:center;font-family:Georgia,serif;color:#1d3b5a">
<p>Hello {name},</p>
<p>Please find the VAT invoice for order {oid} in your Amazon account under Your Orders &gt; Invoice. Invoice number LR-25-04471, VAT GB 312 4478 06.</p>
<p>Kind regards,</p>
</div>""")

M("en", "re", "tech-support", ["contact_other", "styling"],
  "http: banner image (no recipient id) and 'find us on Instagram'",
  s="lapwing", hd="intercom", mk="uk",
  buyer="What's the difference between grade A and grade B on your laptops?",
  body="""Hi {name},

Grade A means light signs of use, invisible from 30 cm. Grade B can have visible scratches on the lid or palm rest but the screen is always flawless. Both get the same 70-point test and 12 months' warranty.

You can find us on Instagram as @lapwingrefurb, where we show side-by-side photos of both grades.

Priya""",
  foot=dict(html='\n<p><img src="http://static.lapwing-refurb.co.uk/mail/grades-banner.jpg" width="560" height="140" alt="Grade A and B"></p>'))

M("en", "pro", "damaged", ["contact_email", "contact_other", "missing_order_id"],
  "proactive damage follow-up: photos to a personal address or Telegram, no order id",
  s="quire", hd="gmail", mk="uk", subj="The courier reported damage to your parcel",
  body="""Dear {name},

Royal Mail told us your parcel was damaged in transit. Could you send us photos of the music and the packaging? The quickest is to email them to fiona.hale.music@gmail.com, or message us on Telegram at @staveandquire.

Thank you,""")

M("en", "pro", "tax-exempt", ["contact_email", "important_tag"],
  "tax-exempt certificate chased under [Important] and to be e-mailed to an address",
  s="norvale", hd="helpscout", mk="us", b2b=True, subj="[Important] Tax exemption certificate needed - {oid}",
  body="""Dear {name},

To remove sales tax from order {oid} we need a copy of your school district's tax exemption certificate. Please email it to taxdocs@norvale-lab.nl within 5 days.

Kind regards,""")

M("en", "pro", "warranty", ["external_link", "contact_other", "missing_order_id"],
  "warranty registration link and Facebook Messenger, no order id",
  s="brasco", hd="front", mk="us", subj="Register your Brasco tool for 3 years of cover",
  body="""Hi {name},

Brasco tools come with a 3-year warranty when registered within 30 days. Register in two minutes at brascotools.com/register with the serial from the rating plate (BX18-2409-xxxxx).

Questions? Message us on Facebook, we answer within the hour.

Dan""")

# ================================================================ SPANISH
# --- violations
M("es", "pro", "order-update", ["tracking_pixel", "unpermitted_proactive"],
  "automatic order confirmation with an open pixel",
  s="brasco", hd="front", mk="es", subj="Hemos recibido tu pedido {oid}",
  body="""Hola, {name}:

¡Gracias por tu compra! Tu pedido {oid} está confirmado y lo estamos preparando en nuestro almacén de Zaragoza.

Artículo: sierra circular Brasco 190 mm 1500 W
Cantidad: 1

Te avisaremos cuando salga.""",
  foot=dict(html=pix("https://notify.brascotools.com/px/es/oc-5521.gif?r=es-77f1")))

M("es", "pro", "shipping", ["important_tag", "unpermitted_proactive"],
  "SEUR dispatch notice flagged [Important]",
  s="lapwing", hd="front", mk="es", subj="[Important] Tu pedido {oid} ya está en camino",
  body="""Hola, {name}:

Tu HP EliteBook reacondicionado salió ayer con SEUR. Número de envío: 3917 4408 2210 55. La entrega prevista es el viernes entre las 9:00 y las 14:00.

Un saludo,""")

M("es", "pro", "thanks", ["missing_order_id", "unpermitted_proactive"],
  "thank-you message without an order id (amazon.com.mx)",
  s="quire", hd="gmail", mk="mx", subj="¡Gracias por tu compra!",
  body="""Hola, {name}:

Solo queríamos darte las gracias por confiar en una pequeña tienda de partituras. Esperamos que disfrutes mucho tocando.

Un abrazo musical,""")

M("es", "re", "fitment", ["offensive"],
  "technician: 'can't you read?'",
  s="kettwerk", hd="edesk", mk="es",
  buyer="Las pastillas no entran en la pinza, son demasiado gruesas.",
  body="""Hola, {name}:

¿Es que no sabe leer? En la ficha pone bien claro que hay que retraer el pistón antes de montar pastillas nuevas. Son 20 mm de espesor, como las originales.

Si no sabe hacerlo, llévelo a un taller antes de hacerse daño.

Pablo""")

M("es", "re", "warranty", ["styling", "offensive"],
  "'manda narices' (idiomatic scorn) and a facepalm emoji",
  s="brasco", hd="chrep", mk="es",
  buyer="El taladro hace ruido raro cuando lo pongo en modo percutor en madera.",
  body="""Hola, {name}:

Manda narices 🤦 ¿Percutor en madera? Ese ruido es precisamente el percutor, que es para hormigón y ladrillo. Quítalo, pon el selector en el símbolo de la broca y deja de destrozar la máquina.

Javier""")

M("es", "re", "refund", ["offensive"],
  "threatens to report the buyer to the authorities",
  s="norvale", hd="helpscout", mk="es", b2b=True,
  buyer="Os vuelvo a decir que faltaban dos cajas de guantes. Quiero el abono ya.",
  body="""Hola, {name}:

Ya le hemos enviado el albarán firmado y el peso del transportista, que coinciden con las diez cajas.

Si sigue insistiendo en cobrar cajas que recibió, le denunciaremos por intento de estafa y lo pondremos en manos de nuestro abogado. Usted verá.

Nuria Campos""", sig="")

M("es", "re", "bulk-quote", ["external_link", "marketing"],
  "proposes buying off Amazon to save the commission",
  s="kettwerk", hd="edesk", mk="es", b2b=True,
  buyer="Somos un taller y compramos pastillas cada semana. ¿Tenéis precio para profesionales?",
  body="""Hola, {name}:

Claro. Para talleres lo mejor es que compréis directamente en nuestra web, así nos ahorramos los dos la comisión de Amazon y os aplicamos un 15 % de descuento profesional: kettwerk-teile.de/es/talleres

Un saludo,""")

M("es", "re", "tech-support", ["contact_other", "marketing"],
  "'follow us on Instagram' for offers",
  s="brasco", hd="chrep", mk="es",
  buyer="¿La batería de 5 Ah sirve para la sierra circular?",
  body="""Hola, {name}:

Sí, todas las baterías de 18 V de Brasco son compatibles con la sierra circular, y con la de 5 Ah te da para unos 120 cortes en tablero de 18 mm.

Por cierto, síguenos en Instagram en @brasco.es: cada viernes publicamos ofertas flash solo para seguidores.

Javier""")

M("es", "pro", "order-update", ["marketing", "opt_out"],
  "sale with discount code and an opt-out ('responde BAJA')",
  s="lapwing", hd="intercom", mk="es", subj="Rebajas de primavera en portátiles reacondicionados",
  body="""Hola, {name}:

Como cliente (pedido {oid}), tienes un 10 % extra en todos nuestros portátiles reacondicionados hasta el domingo con el código PRIMAVERA10.

Si no quieres recibir más ofertas, responde BAJA para darte de baja.

Un saludo,""")

M("es", "pro", "review-request", ["review_incentive"],
  "EUR 5 refund for a review",
  s="brasco", hd="chrep", mk="es", subj="Tu opinión vale 5 € - pedido {oid}", req=True,
  body="""Hola, {name}:

Si dejas una reseña de tu sierra circular en Amazon, te devolvemos 5 € del precio. Solo tienes que contestarnos con la fecha de la reseña.

¡Gracias!""")

M("es", "pro", "review-request", ["contact_email", "review_incentive"],
  "free gloves for a review, screenshot to an e-mail address",
  s="norvale", hd="helpscout", mk="es", subj="Una caja de regalo - pedido {oid}", req=True,
  body="""Hola, {name}:

Escribe una reseña de los guantes de nitrilo y manda la captura a resenas.norvale@gmail.com: te regalamos una caja de 100 en tu próximo pedido.

Saludos,""")

M("es", "re", "feedback", ["review_incentive", "feedback_removal"],
  "shipping costs refunded if the negative rating is deleted",
  s="kettwerk", hd="edesk", mk="es",
  buyer="Sí, os puse una estrella porque el paquete llegó abierto.",
  body="""Hola, {name}:

Lo sentimos mucho, ya hemos reclamado a la agencia.

Si eliminas la valoración negativa, te devolvemos los 6,95 € de gastos de envío. Avísanos cuando la hayas quitado.

Un saludo,""")

M("es", "pro", "review-request", ["review_manipulation", "important_tag"],
  "[Important] asking for 'the 5 stars'",
  s="lapwing", hd="front", mk="es", subj="[Important] ¿Nos das 5 estrellas? Pedido {oid}", req=True,
  body="""Hola, {name}:

Para un vendedor pequeño, cada valoración de 5 estrellas cuenta muchísimo. Si tu móvil reacondicionado funciona bien, ¿nos echas una mano con las cinco estrellitas?

¡Mil gracias!""")

M("es", "pro", "review-request", ["review_manipulation"],
  "gating: review if happy, otherwise write to us first",
  s="quire", hd="gmail", mk="es", subj="Tu partitura de Albéniz - pedido {oid}", req=True,
  body="""Hola, {name}:

Si la edición te ha gustado, nos encantaría leer tu reseña en Amazon.

Y si hay algo que no te ha convencido, mejor cuéntanoslo antes a nosotros en vez de dejar una opinión negativa.

Saludos,""")

M("es", "pro", "review-request", ["external_link", "review_manipulation"],
  "dictates the review text and links an Amazon product page (/dp/)",
  s="brasco", hd="front", mk="es", subj="Sobre tu taladro BX18 - pedido {oid}", req=True,
  body="""Hola, {name}:

Si escribes una reseña, menciona por favor el par de 60 Nm y que la maleta incluye dos baterías, que es lo que más preguntan. Aquí tienes la página directa: https://www.amazon.es/dp/B0C7QK2M4T

Gracias,""")

M("es", "re", "feedback", ["feedback_removal", "attachment"],
  "asks to update the rating and attaches an MP4 how-to video",
  s="lapwing", hd="intercom", mk="es",
  buyer="Ya me ha llegado el cargador de repuesto, gracias.",
  body="""Hola, {name}:

¡Genial! Como ya está todo resuelto, ¿podrías actualizar tu valoración? Te adjunto un vídeo cortito donde se ve cómo se hace desde la app.

Lucía""",
  atts=[("mp4", "actualizar_valoracion.mp4", {})])

M("es", "re", "feedback", ["contact_phone", "contact_other", "feedback_removal"],
  "WhatsApp and phone number offered to explain how to delete the review",
  s="brasco", hd="chrep", mk="es",
  buyer="La sierra nueva funciona, pero tardasteis tres semanas.",
  body="""Hola, {name}:

Tienes toda la razón con el retraso, lo sentimos.

Ahora que ya funciona, ¿podrías borrar la opinión negativa? Si no sabes cómo, llámame o escríbeme por WhatsApp al +34 612 34 56 78 y te lo explico en un minuto.

Javier""")

# --- compliant
M("es", "re", "damaged", [], "'valoración de los daños' (carrier damage assessment): not a review",
  s="kettwerk", hd="edesk", mk="es",
  buyer="El disco de freno llegó con el borde golpeado. ¿Qué hago?",
  body="""Hola, {name}:

Gracias por las fotos. Hemos abierto una reclamación con la agencia de transporte, que hará su propia valoración de los daños; tú no tienes que hacer nada más.

Mientras tanto te enviamos hoy un disco nuevo (referencia OE 5Q0 615 301 F), sin coste, y no hace falta que devuelvas el dañado.

Un saludo,""")

M("es", "re", "invoice", [], "tax id (CIF) and purchase-order number on the invoice",
  s="norvale", hd="helpscout", mk="es", b2b=True,
  buyer="Necesitamos la factura a nombre de la clínica con nuestro CIF B12345678 y el número de pedido interno PC-2025/0412.",
  body="""Hola, {name}:

Ya está corregida. La factura NV-ES-2025-0391 incluye:

Razón social: Clínica Dental Sonríe
CIF: B12345678
Pedido interno: PC-2025/0412
Total: 312,44 € (IVA 21 % incluido)

La encontraréis en los detalles del pedido de vuestra cuenta de Amazon Business.

Saludos,""")

M("es", "pro", "delivery-slot", [], "[Important] for scheduling a pallet delivery to a loading dock (allowed)",
  s="brasco", hd="front", mk="es", b2b=True, imp_ok=True,
  subj="[Important] Programación de entrega del palé - pedido {oid}",
  body="""Hola, {name}:

Tu pedido {oid} (25 taladros BX18) sale en un palé de 120 x 80 cm y 280 kg.

La agencia puede entregar el martes 18 o el miércoles 19 de marzo. Vuestro muelle de carga recibe de lunes a viernes de 8:00 a 13:00; ¿os viene bien el martes entre las 8:00 y las 10:00? Indicadnos también si disponéis de transpalé o si necesitáis camión con plataforma elevadora.

Un saludo,""")

M("es", "re", "shipping", [], "long Correos Express tracking number",
  s="lapwing", hd="front", mk="es",
  buyer="¿Por dónde va mi portátil? No veo movimiento.",
  body="""Hola, {name}:

Tu portátil va con Correos Express. El número de seguimiento es PQ4B8D0712345670128000H y la última lectura es de ayer a las 21:14 en el centro de Coslada. La entrega está prevista para mañana entre las 10:00 y las 14:00.

Lucía""")

M("es", "re", "firmware", [], "display firmware explained: versions, no link",
  s="kettwerk", hd="edesk", mk="es",
  buyer="¿Mi display de la e-bike necesita actualizar el firmware para la batería nueva?",
  body="""Hola, {name}:

No. La batería nueva comunica igual que la original, y el display funciona con cualquier firmware a partir de la versión 2.0.8. Puedes ver la tuya manteniendo pulsado el botón i durante 5 segundos al encender.

Si aparece un error 21 o 30 después del cambio, revisa primero que el conector de 6 pines esté bien encajado.

Pablo""")

M("es", "re", "feedback", [], "neutral note after a resolution: the rating can be changed, no obligation",
  s="lapwing", hd="intercom", mk="es",
  buyer="Ya tengo el portátil nuevo y funciona perfecto. Gracias por la rapidez.",
  body="""Hola, {name}:

¡Qué bien! Gracias a ti por la paciencia.

Solo para que lo sepas: si dejaste alguna valoración mientras había el problema, Amazon permite modificarla cuando quieras. Sin ningún compromiso, eso lo decides tú.

Lucía""")

M("es", "pro", "stock", [], "edition out of print: buyer asked to choose (legitimate)",
  s="quire", hd="gmail", mk="es",
  subj="Tu pedido {oid}: necesitamos que elijas",
  body="""Hola, {name}:

La edición de la Suite española de tu pedido {oid} está agotada en la editorial hasta mayo. Tenemos estas opciones:

1. Te enviamos hoy la edición revisada de 2022 (mismo contenido, otra digitación), al mismo precio.
2. Esperamos a la reimpresión, prevista para el 15 de mayo.
3. Cancelamos y te devolvemos el importe completo.

Responde a este mensaje con la opción que prefieras.

Saludos cordiales,""")

M("es", "re", "damaged", [], "firm and polite answer to an angry buyer",
  s="lapwing", hd="front", mk="es",
  buyer="¡Es una vergüenza! El móvil tiene la batería al 79 % y vosotros decís que es 'excelente'. Quiero una solución YA.",
  body="""Hola, {name}:

Entiendo tu enfado y tienes razón en reclamar: en la categoría «Excelente» garantizamos al menos un 85 % de salud de batería.

Te propongo dos opciones: cambiamos la batería sin coste (lo recogemos y te lo devolvemos en 5 días laborables) o te reembolsamos el importe completo con la devolución. Dime qué prefieres y lo dejamos en marcha hoy mismo.

Lucía""")

M("es", "re", "invoice", [], "Mexican RFC tax id and CFDI invoice (amazon.com.mx)",
  s="brasco", hd="chrep", mk="mx", b2b=True,
  buyer="Necesitamos factura CFDI con nuestro RFC TAR980512K41 y uso G03.",
  body="""Hola, {name}:

Listo. La factura CFDI 4.0 con folio BR-MX-2025-0213 ya está emitida a nombre de Talleres Arroyo con RFC TAR980512K41, uso CFDI G03 (gastos en general) y forma de pago 04.

La encuentras en los detalles del pedido en tu cuenta de Amazon Business; el XML y el PDF se descargan desde ahí.

Saludos,""")

M("es", "re", "fitment", [], "torque values, bolt sizes and OE reference",
  s="kettwerk", hd="edesk", mk="es",
  buyer="¿A qué par aprieto los tornillos del soporte de la pinza?",
  body="""Hola, {name}:

En el Golf VII con discos de 312 mm: soporte de pinza M14 x 1,5 a 200 Nm (tornillos nuevos, son de dilatación), guías de la pinza 28 Nm y ruedas 120 Nm en cruz.

La referencia OE del soporte es 5Q0 615 125 A, por si tienes que pedirlo.

Pablo""")

M("es", "re", "refund", [], "free replacement part and a 'discount' refunded for a pricing error",
  s="brasco", hd="chrep", mk="es",
  buyer="Me cobrasteis 149 € y la web ponía 129 €. Además falta la empuñadura lateral.",
  body="""Hola, {name}:

Tienes razón: el precio bajó mientras se tramitaba tu pedido. Te hemos reembolsado los 20 € de diferencia como descuento sobre el pedido.

La empuñadura lateral (referencia BX-SH-01) te la enviamos gratis hoy por Correos, número de seguimiento PK2Y7H0440015280122016X. No tienes que devolver nada.

Javier""")

M("es", "re", "tech-support", [], "technician in Outlook plain text with a Spanish quote header, no address but the relay",
  s="kettwerk", hd="outlook", tech=True, mk="es",
  buyer="¿Hay que purgar los frenos después de cambiar pastillas y discos?",
  body="""Hola, {name}:

No es obligatorio si no ha abierto el circuito hidráulico. Sí conviene revisar el nivel del líquido (DOT 4) después de retraer los pistones, porque sube.

Después del montaje, haga unos 10 frenados suaves de 50 a 10 km/h para asentar las pastillas.

Saludos,
Dieter Kramm""", sig="Servicio técnico | Kettwerk Teile")

# ================================================================ FRENCH
# --- violations
M("fr", "pro", "thanks", ["missing_order_id", "unpermitted_proactive"],
  "thank-you-only message without an order id",
  s="lapwing", hd="front", mk="fr", subj="Merci pour votre commande !",
  body="""Bonjour {name},

Toute l'équipe de Lapwing Refurb vous remercie chaleureusement pour votre achat. Donner une seconde vie à un ordinateur, c'est un petit geste pour la planète, et on est ravis que vous l'ayez fait avec nous.

À très bientôt,""")

M("fr", "pro", "shipping", ["tracking_pixel", "unpermitted_proactive"],
  "Colissimo shipping confirmation with an open-tracking pixel",
  s="brasco", hd="front", mk="fr", subj="Votre commande {oid} a été expédiée",
  body="""Bonjour {name},

Votre perceuse-visseuse BX18 a été remise à Colissimo ce matin.

Numéro de suivi : 6A21874401937
Livraison estimée : jeudi, avant 13 h

Bonne journée,""",
  foot=dict(html=pix("https://trk.brascotools.com/e/o/fr-22917.gif")))

M("fr", "pro", "stock", ["contact_phone", "unpermitted_proactive"],
  "plain out-of-stock notice (no choice asked) with a phone number",
  s="norvale", hd="helpscout", mk="fr", subj="Rupture de stock temporaire - commande {oid}",
  body="""Bonjour {name},

Les cônes de pipette 200 µl de votre commande {oid} sont momentanément en rupture chez le fabricant. Nous expédierons dès réception du prochain lot, prévu semaine 15.

Pour toute question, notre service client est joignable au 01 99 00 27 41.

Cordialement,""")

M("fr", "re", "fitment", ["offensive"],
  "condescending technician: 'even a five-year-old could do it'",
  s="kettwerk", hd="edesk", mk="fr",
  buyer="Je n'arrive pas à remonter l'étrier avec les nouveaux disques, le piston ne rentre pas.",
  body="""Bonjour {name},

Il faut repousser le piston avec un repousse-piston avant de remonter l'étrier. C'est expliqué dans la notice, avec un dessin. Franchement, même un gamin de cinq ans y arriverait, alors posez-vous des questions avant de toucher aux freins de votre voiture.

Julien""")

M("fr", "re", "warranty", ["contact_phone", "offensive"],
  "contemptuous reply with a mobile number",
  s="brasco", hd="chrep", mk="fr",
  buyer="Ma meuleuse s'arrête toute seule après deux minutes. C'est sous garantie ?",
  body="""Bonjour {name},

Elle s'arrête parce que vous forcez comme une brute et que la protection thermique se déclenche. Ce n'est pas une panne, c'est vous.

Si vous êtes capable de composer un numéro, appelez-moi au 06 39 98 12 34 et je vous expliquerai comment on tient une meuleuse.

Nicolas""")

M("fr", "re", "damaged", ["styling", "offensive"],
  "Outlook Word HTML (Calibri style block): seller accuses the buyer of taking them for idiots",
  s="brasco", hd="outlook_html", mk="fr",
  buyer="La perceuse est arrivée avec le mandrin fendu. Je veux un échange.",
  body="""Bonjour {name},

Un mandrin ne se fend pas dans un carton. Vu les photos, la perceuse est tombée d'une échelle, et ça se voit aux rayures sur la batterie.

Arrêtez de nous prendre pour des idiots. Pas d'échange.

Nicolas Perrin""", sig="Nicolas Perrin\nSAV Brasco Tools France")

M("fr", "re", "bulk-quote", ["external_link", "marketing"],
  "business buyer invited to order off Amazon to avoid the fees",
  s="brasco", hd="front", mk="fr", b2b=True,
  buyer="Nous aurons besoin de 8 perceuses supplémentaires le mois prochain pour notre atelier. Même prix ?",
  body="""Bonjour {name},

Pour 8 machines, le plus simple est de commander directement chez nous, sans passer par Amazon : on évite leurs frais et je peux vous faire -12 % sur le tarif affiché. Tout est sur www.brascotools.com/fr/pro, création de compte en deux minutes.

Cordialement,
Nicolas""")

M("fr", "re", "edition", ["contact_other", "marketing"],
  "'join our Facebook group' for promotions",
  s="quire", hd="gmail", mk="fr",
  buyer="Avez-vous aussi le Livre II des Préludes de Debussy dans la même édition ?",
  body="""Bonjour {name},

Oui, le Livre II existe dans la même édition et nous l'avons en stock.

Et pour ne rien rater de nos nouveautés et de nos promos, rejoignez notre groupe Facebook « Stave & Quire - partitions » : on y publie chaque semaine des codes réservés aux membres.

Bien à vous,""")

M("fr", "pro", "order-update", ["marketing", "opt_out"],
  "spring sale with promo code and 'reply STOP' unsubscribe",
  s="quire", hd="gmail", mk="fr", subj="Soldes de printemps : -20 % sur les partitions",
  body="""Bonjour {name},

Suite à votre commande {oid}, profitez de nos soldes de printemps : -20 % sur toutes les partitions pour piano avec le code PRINTEMPS20, jusqu'au 31 mars.

Pour vous désabonner de nos offres, répondez simplement STOP.

Bonne musique,""")

M("fr", "pro", "review-request", ["contact_email", "review_incentive"],
  "EUR 10 refunded for a screenshot of the review sent to an e-mail address",
  s="kettwerk", hd="edesk", mk="fr", subj="10 € pour votre avis - commande {oid}", req=True,
  body="""Bonjour {name},

Laissez un avis sur vos disques de frein et envoyez-nous une capture d'écran à avis.clients@kettwerk-teile.de : on vous rembourse 10 € dans la foulée.

Merci d'avance,""")

M("fr", "pro", "review-request", ["review_incentive", "review_manipulation"],
  "free cable for a five-star review",
  s="lapwing", hd="intercom", mk="fr", subj="Un câble USB-C offert - commande {oid}", req=True,
  body="""Bonjour {name},

Petite attention de notre part : pour tout avis cinq étoiles sur votre iPhone reconditionné, on vous envoie gratuitement un câble USB-C vers Lightning tressé de 2 m.

Il suffit de nous répondre une fois l'avis publié.""")

M("fr", "re", "feedback", ["review_incentive", "feedback_removal"],
  "EUR 15 voucher if the buyer removes the negative review",
  s="norvale", hd="helpscout", mk="fr",
  buyer="Oui, j'ai laissé un commentaire négatif, le thermomètre est arrivé avec trois jours de retard.",
  body="""Bonjour {name},

Nous comprenons votre agacement et nous en sommes désolés.

Nous vous proposons un bon d'achat de 15 € sur votre prochaine commande si vous acceptez de retirer ce commentaire. Dites-nous simplement quand c'est fait.

Cordialement,""")

M("fr", "pro", "review-request", ["review_manipulation", "important_tag"],
  "[Important] on a review request aimed only at satisfied buyers (gating)",
  s="kettwerk", hd="edesk", mk="be", subj="[Important] Votre avis compte - commande {oid}", req=True,
  body="""Bonjour {name},

Si vous êtes satisfait de votre batterie de vélo, un avis 5 étoiles sur Amazon nous aiderait énormément.

Si quelque chose ne va pas, merci de ne pas laisser d'avis : écrivez-nous d'abord.

Cordialement,""")

M("fr", "pro", "review-request", ["external_link", "review_manipulation"],
  "dictates the review content and links the Amazon product page (/dp/)",
  s="lapwing", hd="front", mk="fr", subj="Votre MacBook Air - commande {oid}", req=True,
  body="""Bonjour {name},

Si vous écrivez un avis, pensez à préciser que la batterie était à 96 %, que le clavier AZERTY est d'origine et que la livraison a pris 48 h. Vous pouvez le faire directement sur la fiche : https://www.amazon.fr/dp/B08N5N8DPL

Merci !""")

M("fr", "re", "feedback", ["feedback_removal", "attachment"],
  "asks to change the feedback, .webp screenshot attached",
  s="lapwing", hd="front", mk="fr",
  buyer="D'accord, le nouveau chargeur fonctionne.",
  body="""Bonjour {name},

Parfait, merci pour votre retour.

Maintenant que tout est réglé, pourriez-vous modifier votre évaluation ? Je vous joins une capture d'écran qui montre où cliquer.

Camille""",
  atts=[("webp", "modifier_evaluation.webp", {})])

M("fr", "pro", "feedback", ["contact_other", "feedback_removal", "missing_order_id"],
  "offers to explain via WhatsApp how to delete the review, no order id",
  s="kettwerk", hd="edesk", mk="fr", subj="Au sujet de votre avis sur les plaquettes",
  body="""Bonjour {name},

Nous avons vu votre avis sur les plaquettes de frein. Le bruit venait d'un montage sans graisse cuivrée, ce n'est pas un défaut du produit.

Accepteriez-vous de le supprimer ? Écrivez-moi sur WhatsApp si vous voulez, je vous montre comment faire en deux clics.

Julien""")

# --- compliant
M("fr", "re", "shipping", [], "La Poste 'avis de passage' (delivery notice) and Colissimo tracking number: 'avis' in another sense",
  s="quire", hd="gmail", mk="fr",
  buyer="Je n'étais pas là, le facteur a laissé un avis de passage. Que faire ?",
  body="""Bonjour {name},

Pas d'inquiétude : avec l'avis de passage, votre colis est disponible au bureau de poste indiqué dès demain 15 h, pendant 15 jours. Munissez-vous d'une pièce d'identité.

Numéro de suivi Colissimo : 8R01245783366. Vous pouvez aussi programmer une nouvelle livraison depuis le site de La Poste avec ce numéro.

Bien à vous,""")

M("fr", "re", "expiry-lot", [], "'évaluation de la conformité' (conformity assessment), CE marking, lot and expiry",
  s="norvale", hd="helpscout", mk="fr", b2b=True,
  buyer="Pouvez-vous nous confirmer le marquage CE des masques et la date de péremption ?",
  body="""Bonjour {name},

Les masques de type IIR sont des dispositifs médicaux de classe I conformes à la norme EN 14683:2019+AC:2019. L'évaluation de la conformité a été réalisée par le fabricant selon l'annexe IV du règlement (UE) 2017/745 ; le marquage CE figure sur chaque boîte.

Lot livré : 2411-0219, fabrication 11/2024, péremption 11/2029.

Cordialement,""")

M("fr", "pro", "address", [], "[Important] on an address problem (missing door code): allowed",
  s="lapwing", hd="front", mk="fr", imp_ok=True,
  subj="[Important] Digicode manquant pour la commande {oid}",
  body="""Bonjour {name},

Le transporteur n'a pas pu livrer votre commande {oid} hier : l'immeuble du 14 rue des Tanneurs a un digicode et il n'apparaît pas dans l'adresse.

Pourriez-vous nous indiquer le code d'accès et l'étage ? Nous transmettons l'information au transporteur pour une nouvelle présentation demain.

Cordialement,""")

M("fr", "re", "invoice", [], "EU VAT number and SIRET in digit groups (not phone numbers)",
  s="kettwerk", hd="edesk", mk="fr", b2b=True,
  buyer="Merci de faire figurer notre numéro de TVA et notre SIRET sur la facture.",
  body="""Bonjour {name},

C'est fait. La facture KW-FR-2025-0884 mentionne désormais :

TVA intracommunautaire : FR 23 834 567 890
SIRET : 834 567 890 00012
Votre référence de commande : BC-0325-117

Elle est disponible dans les détails de la commande sur votre compte Amazon Business.

Cordialement,""")

M("fr", "re", "refund", [], "'merci pour votre retour' (= thanks for your reply) and a 10% reduction for a cosmetic defect",
  s="lapwing", hd="intercom", mk="fr",
  buyer="L'écran a une petite rayure dans le coin, pas très visible. Je ne veux pas forcément le renvoyer.",
  body="""Bonjour {name},

Merci pour votre retour et pour les photos.

Puisque vous souhaitez le garder, nous vous remboursons 10 % du prix (54,90 €) à titre de remise pour ce défaut esthétique. Le remboursement apparaîtra sous 3 à 5 jours ouvrés. Si la rayure vous gêne finalement, le retour reste possible pendant 30 jours.

Camille""")

M("fr", "re", "fitment", [], "OE references, VIN and torque values",
  s="kettwerk", hd="edesk", mk="be",
  buyer="Est-ce que le kit de distribution convient à ma Golf VII 1.6 TDI ? VIN WVWZZZAUZFP512345.",
  body="""Bonjour {name},

Oui, votre VIN correspond à un moteur CLHA (1.6 TDI, 110 ch), compatible avec le kit (référence OE 04L 198 119 A).

Couples de serrage : galet tendeur 20 N·m + 45°, pignon d'arbre à cames 50 N·m, pompe à eau 15 N·m. Remplacez toujours les vis à allongement.

Cordialement,""")

M("fr", "pro", "stock", [], "out of stock with a choice asked of the buyer (legitimate)",
  s="norvale", hd="helpscout", mk="fr",
  subj="Commande {oid} : merci de nous indiquer votre choix",
  body="""Bonjour {name},

Les gants nitrile taille M de votre commande {oid} sont épuisés jusqu'au 4 avril.

Nous pouvons :
1. vous envoyer aujourd'hui la même référence en taille L ;
2. expédier la taille M dès le 4 avril ;
3. annuler la commande et vous rembourser intégralement.

Merci de nous indiquer votre choix en répondant à ce message.

Cordialement,""")

M("fr", "re", "feedback", [], "buyer asks how to leave feedback: neutral explanation",
  s="quire", hd="gmail", mk="fr",
  buyer="Comment je laisse une évaluation pour le vendeur ? Je ne trouve pas.",
  body="""Bonjour {name},

Sur Amazon, allez dans Vos commandes, retrouvez la commande et cliquez sur « Laisser une évaluation du vendeur ». L'option apparaît quelques jours après la livraison.

Bien à vous,""")

M("fr", "re", "tech-support", [], "technician in Outlook plain text: French quote header, no address but the relay",
  s="brasco", hd="outlook", mk="fr",
  buyer="Quel disque utiliser pour couper du carrelage avec la meuleuse 125 mm ?",
  body="""Bonjour {name},

Pour du carrelage, prenez un disque diamant à jante continue de 125 mm, alésage 22,23 mm, vitesse maxi au moins 12 200 tr/min. Jamais de disque à segments pour la faïence, ça éclate.

Montez le carter de protection fermé et travaillez à l'eau si possible pour limiter la poussière.

Cordialement,
Nicolas Perrin""", sig="SAV Brasco Tools France")

M("fr", "re", "firmware", [], "firmware update via built-in tools: versions, no link",
  s="lapwing", hd="front", mk="fr",
  buyer="Faut-il mettre à jour le MacBook ? Il est en macOS 13.",
  body="""Bonjour {name},

Ce n'est pas obligatoire, mais conseillé. Ouvrez Réglages Système > Général > Mise à jour de logiciels : il proposera macOS 14.7 (Sonoma), qui inclut aussi la mise à jour du programme interne. Comptez 40 minutes, sur secteur.

Le MacBook Air M1 est compatible jusqu'à macOS 15.

Camille""")

M("fr", "re", "edition", [], "publisher plate number, ISMN and 'commentaire' meaning critical commentary",
  s="quire", hd="gmail", mk="fr",
  buyer="Votre édition des Préludes contient-elle le commentaire critique ?",
  body="""Bonjour {name},

Oui : il s'agit de l'édition révisée (ISMN 979-0-2018-1385-0, cotage HN 1385), avec préface et commentaire critique en français, allemand et anglais aux pages 62 à 71.

Bien à vous,""")

M("fr", "re", "refund", [], "unconditional refund after a 1-star threat in the quoted buyer message",
  s="brasco", hd="chrep", mk="fr",
  buyer="La batterie ne tient pas la charge. Si je ne suis pas remboursé, je mets une étoile partout.",
  body="""Bonjour {name},

Vous avez raison, une batterie neuve doit tenir la charge. Je viens de vous rembourser le prix de la batterie (89,90 €) ; vous recevrez l'étiquette de retour Amazon dans l'heure. Inutile de renvoyer le chargeur.

Nicolas""")

M("fr", "pro", "delivery-slot", [], "lower-case '[important]' on pallet delivery scheduling (allowed)",
  s="kettwerk", hd="edesk", mk="fr", b2b=True, imp_ok=True,
  subj="[important] Créneau de livraison palette - commande {oid}",
  body="""Bonjour {name},

Votre commande {oid} (12 kits d'embrayage, une palette de 210 kg) est prête. Le transporteur peut livrer lundi 24 ou mardi 25 mars, entre 8 h et 12 h.

Quel jour vous convient, et votre quai de réception dispose-t-il d'un transpalette ? Sinon, nous prévoyons un camion avec hayon.

Cordialement,""")

# ================================================================ ITALIAN
# --- violations
M("it", "pro", "order-update", ["opt_out", "unpermitted_proactive"],
  "order confirmation with an unsubscribe sentence",
  s="kettwerk", hd="edesk", mk="it", fmt="html", subj="Conferma del tuo ordine {oid}",
  body="""Buongiorno {name},

abbiamo ricevuto il tuo ordine {oid}: kit dischi e pastiglie anteriori per VW Golf VII. La spedizione partirà entro 24 ore dal nostro magazzino di Amburgo.

Per non ricevere più queste comunicazioni, rispondi «DISISCRIVI» e ti toglieremo dalla lista.

Cordiali saluti,""")

M("it", "pro", "thanks", ["missing_order_id", "unpermitted_proactive"],
  "thanks only, no order id",
  s="brasco", hd="chrep", mk="it", subj="Grazie di cuore per l'acquisto!",
  body="""Ciao {name},

volevamo semplicemente ringraziarti per aver scelto Brasco. Siamo un marchio giovane e ogni cliente per noi conta davvero.

Buon lavoro!""")

M("it", "pro", "shipping", ["tracking_pixel", "unpermitted_proactive"],
  "BRT shipping notice with a Help Scout tracking pixel",
  s="norvale", hd="helpscout", mk="it", subj="Il tuo ordine {oid} è stato spedito",
  body="""Gentile {name},

il suo ordine {oid} è stato affidato a BRT oggi alle 15:30.

Numero di spedizione: 1UW0417738812
Consegna prevista: giovedì

Cordiali saluti,""",
  foot=dict(html=pix("https://beacon.helpscout.net/v1/open/e11f37a0c9d2")))

M("it", "re", "warranty", ["offensive"],
  "technician: 'are you stupid?'",
  s="brasco", hd="chrep", mk="it",
  buyer="Il trapano si è bloccato mentre forava una trave d'acciaio con una punta da legno.",
  body="""Buongiorno {name},

ma è scemo? Una punta da legno nell'acciaio? Non si è "bloccato", ha fatto esattamente quello che doveva fare la frizione per non spaccarle il polso.

Compri punte HSS e legga il manuale, per favore.

Luca""")

M("it", "re", "damaged", ["styling", "offensive"],
  "Outlook Word HTML (Calibri style): calls the buyer incompetent",
  s="kettwerk", hd="outlook_html", mk="it", agent=0,
  buyer="Il kit frizione che mi avete mandato è difettoso, slitta dopo 100 km.",
  body="""Buongiorno {name},

la frizione non slitta per difetto. Dalle foto si vede olio motore sul disco: il paraolio posteriore dell'albero perde e chi l'ha montata non l'ha cambiato.

Non ci prenda in giro e la smetta di dare la colpa a noi: il montatore è stato un incompetente, e lei con lui.

Sara Colombo""", sig="Sara Colombo\nServizio clienti | Kettwerk Teile")

M("it", "re", "refund", ["contact_phone", "offensive"],
  "threat of a criminal complaint and the lawyer's phone number",
  s="lapwing", hd="front", mk="it",
  buyer="Il telefono che mi avete venduto è bloccato. Voglio i soldi indietro o vi denuncio.",
  body="""Buongiorno {name},

il telefono è uscito sbloccato, abbiamo il verbale di test con IMEI. Se lo ha bloccato lei con il suo account, non è un nostro problema.

E se vuole parlare di denunce, le conviene chiamare il nostro avvocato allo 02 4951 0873. Vedrà che la denuncia la facciamo noi a lei, per tentata truffa.

Marco""")

M("it", "re", "bulk-quote", ["external_link", "marketing"],
  "invites the buyer to purchase on the seller's site to avoid the Amazon commission",
  s="norvale", hd="helpscout", mk="it", b2b=True,
  buyer="Ci servirebbero 30 confezioni di puntali ogni mese. C'è uno sconto quantità?",
  body="""Gentile {name},

per quantità di questo tipo le conviene ordinare direttamente sul nostro shop www.norvale-lab.nl/it/b2b: senza la commissione di Amazon possiamo farle il 14 % in meno sul prezzo di listino.

Cordiali saluti,""")

M("it", "re", "tech-support", ["contact_other", "marketing"],
  "'follow us on Facebook' for promotions",
  s="brasco", hd="chrep", mk="it",
  buyer="Che disco serve per tagliare il gres porcellanato con la smerigliatrice da 125?",
  body="""Buongiorno {name},

un disco diamantato a corona continua da 125 mm, foro 22,23 mm. Tagli lenti, senza forzare.

E se vuole restare aggiornato sulle offerte, ci segua su Facebook alla pagina Brasco Italia: ogni mese ci sono sconti riservati ai follower.

Luca""")

M("it", "re", "invoice", ["marketing", "opt_out", "attachment"],
  "unsolicited XLSX price list and an unsubscribe sentence",
  s="kettwerk", hd="edesk", mk="it", b2b=True,
  buyer="Potete emettere la fattura con la nostra partita IVA IT 01234567890?",
  body="""Buongiorno {name},

certamente, la fattura con la vostra partita IVA è disponibile nel vostro account Amazon Business.

In allegato trova anche il nostro listino officine 2025, con prezzi riservati per chi ordina più di 10 kit al mese.

Se non desidera ricevere altre offerte, può annullare l'iscrizione rispondendo NO.

Sara""",
  atts=[("xlsx", "Listino_officine_2025.xlsx", {"rows": [["Codice", "Descrizione", "Prezzo officina"], ["KW-BS-312", "Kit dischi 312 mm", "74,90"]]})])

M("it", "pro", "review-request", ["review_incentive"],
  "10% discount voucher for a review",
  s="quire", hd="gmail", mk="it", subj="Un buono per lei - ordine {oid}", req=True,
  body="""Gentile {name},

se ha un momento per recensire la partitura delle Quattro stagioni su Amazon, le inviamo un buono sconto del 10 % sul prossimo acquisto. Basta risponderci quando la recensione è online.

Un caro saluto,""")

M("it", "re", "feedback", ["review_incentive", "feedback_removal"],
  "partial refund if the buyer removes the negative feedback",
  s="lapwing", hd="intercom", mk="it",
  buyer="Il portatile è arrivato con una settimana di ritardo, per questo ho lasciato un feedback negativo.",
  body="""Buongiorno {name},

ci dispiace davvero per il ritardo.

Se rimuove il feedback negativo, le rimborsiamo 25 € sul prezzo del portatile. Ci scriva appena l'ha tolto e procediamo subito.

Marco""")

M("it", "pro", "review-request", ["review_incentive", "review_manipulation"],
  "free product for a five-star review",
  s="norvale", hd="intercom", mk="it", subj="Un omaggio per lei - ordine {oid}", req=True,
  body="""Gentile {name},

per ogni recensione a cinque stelle sui nostri guanti in nitrile regaliamo una confezione di provette da 1,5 ml. Ci invii il nome con cui ha firmato la recensione e gliela spediamo.

Cordiali saluti,""")

M("it", "pro", "review-request", ["review_manipulation", "important_tag"],
  "[Important] to ask for five stars only",
  s="kettwerk", hd="edesk", mk="it", subj="[Important] Una richiesta per l'ordine {oid}", req=True,
  body="""Buongiorno {name},

per noi contano solo le recensioni a 5 stelle: se pensa di darne meno, preferiamo che ci scriva prima. Se invece è soddisfatto, ci lasci cinque stelline, ci aiuta tantissimo.

Grazie,""")

M("it", "pro", "review-request", ["external_link", "review_manipulation"],
  "suggests what to write and links the Amazon storefront (/stores/)",
  s="brasco", hd="front", mk="it", subj="Il suo trapano BX18 - ordine {oid}", req=True,
  body="""Buongiorno {name},

se scrive una recensione, ci farebbe un favore a citare la leggerezza (1,6 kg) e il fatto che le batterie sono compatibili con tutta la gamma. Trova tutti i nostri prodotti qui: https://www.amazon.it/stores/BrascoTools/page/6F1C0A44

Grazie,""")

M("it", "re", "feedback", ["contact_email", "feedback_removal"],
  "asks to remove the feedback and confirm to an e-mail address",
  s="norvale", hd="helpscout", mk="it",
  buyer="Ho ricevuto i puntali mancanti, grazie.",
  body="""Gentile {name},

bene, ci fa piacere. A questo punto le chiediamo gentilmente di rimuovere il feedback negativo lasciato la settimana scorsa; quando l'ha fatto, ce lo confermi a giulia.ferri@norvale-lab.nl.

Cordiali saluti,""")

M("it", "re", "shipping", ["feedback_removal"],
  "new text clean; the quoted earlier reply (Intercom, name only) asked to take the review down",
  s="lapwing", hd="intercom", mk="it",
  buyer="Il corriere dice che il pacco è in giacenza. Cosa devo fare?",
  thread=[("a", "Buongiorno {name}, il caricabatterie sostitutivo è partito. Quando arriva, potrebbe per favore togliere la recensione da una stella?"),
          ("b", "Il caricabatterie del portatile non funziona.")],
  body="""Buongiorno {name},

il pacco è in giacenza presso il punto BRT di via Emilia perché al primo passaggio non c'era nessuno. Può ritirarlo entro 10 giorni con un documento, oppure rispondere a questo messaggio e chiediamo noi una nuova consegna.

Marco""")

# --- compliant
M("it", "re", "expiry-lot", [], "'valutazione della conformità' (conformity assessment), CE marking, lot and expiry",
  s="norvale", hd="helpscout", mk="it", b2b=True,
  buyer="I guanti sono dispositivi medici? Ci servono lotto e scadenza per il registro.",
  body="""Gentile {name},

sì: i guanti sono dispositivi medici di classe I (regolamento UE 2017/745) e DPI di categoria III; la valutazione della conformità come DPI è stata eseguita dall'organismo notificato 0598.

Lotto consegnato: 2410-0457, scadenza 30/09/2027. Norme: EN 455-1/2/3/4, EN ISO 374-1:2016 tipo B.

Cordiali saluti,""")

M("it", "re", "invoice", [], "VAT number, SDI recipient code and internal PO number",
  s="kettwerk", hd="edesk", mk="it", b2b=True,
  buyer="Per la fattura elettronica ci servono partita IVA IT 01234567890 e codice destinatario M5UXCR1.",
  body="""Buongiorno {name},

fatto: la fattura KW-IT-2025-0472 riporta la vostra partita IVA IT 01234567890, il codice destinatario SDI M5UXCR1 e il vostro riferimento d'ordine ODA 25/0193.

La trova tra i documenti dell'ordine nel vostro account Amazon Business.

Cordiali saluti,""")

M("it", "pro", "delivery-slot", [], "[Important] for arranging a pallet delivery with a time slot (allowed)",
  s="norvale", hd="helpscout", mk="it", b2b=True, imp_ok=True,
  subj="[Important] Consegna su bancale - ordine {oid}",
  body="""Gentile {name},

il suo ordine {oid} (48 cartoni di guanti) viaggia su un bancale 120 x 80 cm, 290 kg.

Il vettore può consegnare martedì 25 o mercoledì 26 marzo. Il vostro magazzino riceve dalle 8:00 alle 12:30: le andrebbe bene martedì tra le 8:30 e le 10:30? Ci indichi anche se serve la sponda idraulica.

Cordiali saluti,""")

M("it", "re", "refund", [], "'riscontro' (= reply) and a refunded discount for a scratch, not tied to reviews",
  s="lapwing", hd="front", mk="it",
  buyer="Il telefono ha un graffietto sul retro. Niente di grave ma non era nelle foto.",
  body="""Buongiorno {name},

grazie per il riscontro e per le foto.

Se decide di tenerlo, le rimborsiamo subito il 10 % del prezzo (42,90 €) come sconto per il difetto estetico; in alternativa può restituirlo entro 30 giorni per il rimborso completo.

Marco""")

M("it", "re", "fitment", [], "torque values, VIN and OE codes",
  s="kettwerk", hd="edesk", mk="it",
  buyer="Il kit distribuzione va bene per la mia Golf VII 2.0 TDI? Telaio WVWZZZAUZGP654321.",
  body="""Buongiorno {name},

sì, il telaio corrisponde al motore CRBC (2.0 TDI, 150 CV), compatibile con il kit (codice OE 04L 198 119 A).

Coppie di serraggio: tendicinghia 20 Nm + 45°, pompa dell'acqua 15 Nm, puleggia albero motore 10 Nm + 90°. Usare sempre viti nuove.

Sara""")

M("it", "pro", "stock", [], "item sold out: buyer chooses alternative, wait or cancel (legitimate)",
  s="brasco", hd="chrep", mk="it",
  subj="Ordine {oid}: ci serve una sua scelta",
  body="""Buongiorno {name},

la smerigliatrice da 125 mm dell'ordine {oid} è esaurita fino al 10 aprile.

Possiamo:
1. spedirle oggi il modello da 1400 W allo stesso prezzo;
2. attendere il 10 aprile;
3. annullare l'ordine con rimborso completo.

Ci risponda con la soluzione che preferisce.

Saluti,""")

M("it", "re", "feedback", [], "neutral note after a resolution: feedback can be changed, at the buyer's discretion",
  s="norvale", hd="helpscout", mk="it",
  buyer="Ricevuto tutto, grazie della rapidità.",
  body="""Gentile {name},

grazie a lei per la pazienza.

Per completezza: se durante il problema avesse lasciato un feedback, Amazon consente di modificarlo in qualsiasi momento. È una scelta solo sua, noi siamo contenti che sia tutto a posto.

Cordiali saluti,""")

M("it", "re", "edition", [], "plate number, ISMN and 'revisione' (critical revision) of the score",
  s="quire", hd="gmail", mk="it",
  buyer="La partitura delle Quattro stagioni è l'edizione con la revisione critica?",
  body="""Gentile {name},

sì, è l'edizione tascabile con revisione critica basata sul manoscritto di Torino: ISMN 979-0-2015-0876-3, numero di lastra ETP 1224, ristampa 2020. Introduzione in italiano, inglese e tedesco.

Un caro saluto,""")

M("it", "re", "damaged", [], "firm but courteous answer to an angry buyer",
  s="brasco", hd="chrep", mk="it",
  buyer="È la terza volta che scrivo!!! Il trapano non si carica e nessuno mi risponde. Vergognatevi.",
  body="""Buongiorno {name},

ha ragione ad essere arrabbiato e mi scuso: i suoi messaggi erano finiti in una coda sbagliata.

Le abbiamo appena spedito un caricabatterie nuovo (BXC-18) con BRT, consegna domani; il vecchio può tenerlo o smaltirlo. Se dopo il cambio il problema resta, sostituiamo anche la batteria.

Luca""")

M("it", "re", "tech-support", [], "technician in Outlook plain text, Italian quote header, no address but the relay",
  s="brasco", hd="outlook", tech=True, mk="it",
  buyer="Quanto deve essere la coppia per le viti da 6 x 80 nel legno duro?",
  body="""Buongiorno {name},

per viti 6 x 80 nel legno duro: preforo da 4 mm, marcia 1, frizione tra 18 e 20 su 21. Se la testa non entra a filo, passi alla modalità foratura (simbolo della punta) per l'ultimo giro.

Il BX18 arriva a 60 Nm in giunto rigido, più che sufficienti.

Saluti,
Gary Pocock""", sig="Assistenza tecnica | Brasco Tools")

M("it", "re", "return", [], "only Amazon links for the return",
  s="lapwing", hd="front", mk="it",
  buyer="Vorrei restituire il portatile, non mi serve più. Come faccio?",
  body="""Buongiorno {name},

nessun problema, il reso è possibile entro 30 giorni. Lo avvii da qui: https://www.amazon.it/gp/css/returns/homepage.html, scelga l'ordine e il motivo; l'etichetta prepagata compare subito.

Appena il portatile arriva al nostro laboratorio emettiamo il rimborso.

Marco""")

# ================================================================ JAPANESE
# --- violations
M("ja", "pro", "shipping", ["important_tag", "unpermitted_proactive"],
  "dispatch notice flagged [Important] (Yamato slip number is not a phone number)",
  s="brasco", hd="chrep", mk="jp", subj="[Important] 商品発送のお知らせ (注文番号 {oid})",
  body="""{name}様

ご注文いただいたディスクグラインダーを本日発送いたしました。

配送業者: ヤマト運輸
伝票番号: 4567-8901-2345
お届け予定: 明日午前中

今後ともよろしくお願いいたします。""")

M("ja", "pro", "thanks", ["missing_order_id", "unpermitted_proactive"],
  "thank-you-only message, no order id",
  s="quire", hd="gmail", mk="jp", subj="ご購入ありがとうございました",
  body="""{name}様

この度は当店で楽譜をお買い求めいただき、誠にありがとうございました。スタッフ一同、心より御礼申し上げます。

素敵な演奏の時間をお過ごしください。""")

M("ja", "pro", "order-update", ["tracking_pixel", "unpermitted_proactive"],
  "automatic order confirmation with an open-tracking image",
  s="lapwing", hd="intercom", mk="jp", subj="ご注文を承りました (注文番号 {oid})",
  body="""{name}様

ご注文ありがとうございます。以下の内容でご注文を承りました。

注文番号: {oid}
商品: 【整備済み品】Apple iPhone SE 第3世代 64GB
数量: 1

発送準備が整い次第、改めてご連絡いたします。""",
  foot=dict(html=pix("https://via.intercom.io/o/lapwing-jp/8b2e11f0a4")))

M("ja", "re", "warranty", ["offensive"],
  "technician looks down on the buyer: 'can't you even read the manual?'",
  s="brasco", hd="chrep", mk="jp",
  buyer="ドリルのクラッチが効かず、ネジが全部めり込んでしまいます。不良品ではないですか?",
  body="""{name}様

ドリルモードのままネジを締めていれば、クラッチが効かないのは当たり前です。取扱説明書の8ページに図入りで書いてあります。

説明書も読めないのですか。不良品ではありませんので、交換には応じられません。

鈴木""")

M("ja", "re", "damaged", ["styling", "offensive"],
  "Outlook Word HTML (Calibri style) blaming the buyer: 'use your common sense'",
  s="kettwerk", hd="outlook_html", mk="jp",
  buyer="届いたバッテリーが自転車に取り付けられません。返品したいです。",
  body="""{name}様

写真を拝見しましたが、レールの向きが逆です。常識で考えてください。無理に押し込んで端子を曲げたのはお客様ご自身ですので、返品はお受けできません。

二度と同じことをされないよう、お願いします。

山本""", sig="山本 翔\nカスタマーサービス | Kettwerk Teile")

M("ja", "re", "tech-support", ["contact_phone", "offensive"],
  "abusive 'is your head all right?' plus a direct phone line",
  s="lapwing", hd="front", mk="jp",
  buyer="パソコンの電源が入りません。充電器をつないでも反応なしです。",
  body="""{name}様

確認したところ、バッテリーを取り外したまま充電器だけ挿していたとのこと。頭大丈夫ですか?

わからないなら直通の 03-6868-4410 にお電話ください。説明して差し上げます。

佐藤""")

M("ja", "re", "bulk-quote", ["external_link", "marketing"],
  "recommends buying on the seller's own site to skip the Amazon fee",
  s="norvale", hd="intercom", mk="jp", b2b=True,
  buyer="毎月ニトリル手袋を20箱ほど購入しています。まとめ買いの割引はありますか?",
  body="""{name}様

いつもありがとうございます。毎月20箱以上ご購入いただけるのであれば、弊社の直販サイト norvale-lab.nl/jp からご注文いただく方がAmazonの手数料がかからない分、15%お安くご提供できます。

よろしくお願いいたします。""")

M("ja", "re", "edition", ["contact_other", "marketing"],
  "coupon for adding the LINE official account as a friend",
  s="quire", hd="gmail", mk="jp",
  buyer="ショパンのバラード集も同じ版で出ていますか?",
  body="""{name}様

はい、バラード集も同じ原典版シリーズで取り扱っております。

なお、当店のLINE公式アカウント(ID: @staveandquire)を友だち追加していただくと、次回使える10%オフクーポンをお送りしております。ぜひご登録ください。

中村""")

M("ja", "pro", "order-update", ["marketing", "opt_out"],
  "new-product newsletter with an opt-out instruction",
  s="brasco", hd="chrep", mk="jp", subj="【新製品】18Vインパクトレンチ発売のお知らせ",
  body="""{name}様

先日はご注文 ({oid}) ありがとうございました。

このたび、18Vインパクトレンチ(最大トルク600N・m)を発売いたしました。お手持ちのバッテリーでそのままお使いいただけます。発売記念として今月末まで20%オフです。

配信停止をご希望の方は、このメールに「配信停止」とご返信ください。""")

M("ja", "pro", "review-request", ["review_incentive"],
  "JPY 500 Amazon gift card for posting a review",
  s="lapwing", hd="front", mk="jp", subj="レビューのお願い (注文番号 {oid})", req=True,
  body="""{name}様

整備済みiPhoneのレビューをご投稿いただいた方全員に、Amazonギフト券500円分をお送りしております。投稿後、このメッセージにご返信ください。

Lapwing Refurb""")

M("ja", "re", "feedback", ["review_incentive", "feedback_removal"],
  "asks to delete the rating in exchange for a refund",
  s="kettwerk", hd="edesk", mk="jp",
  buyer="到着が遅れたので低い評価をつけました。",
  body="""{name}様

配送が遅れ、大変申し訳ございませんでした。

つきましては、いただいた評価を削除していただけましたら、送料1,200円を全額返金いたします。削除後にご一報いただけますと幸いです。

山本""")

M("ja", "pro", "review-request", ["contact_email", "review_incentive"],
  "10% off next order for a review screenshot sent by e-mail",
  s="norvale", hd="helpscout", mk="jp", subj="レビューキャンペーンのご案内 (注文番号 {oid})", req=True,
  body="""{name}様

商品レビューをご投稿のうえ、画面のスクリーンショットを review.jp@norvale-lab.nl までお送りいただくと、次回のご注文が10%オフになります。

ノルベール・ラボサプライ""")

M("ja", "pro", "review-request", ["review_manipulation", "styling"],
  "asks for a high rating with five star emoji",
  s="quire", hd="gmail", mk="jp", subj="楽譜はいかがでしたか? (注文番号 {oid})", req=True,
  body="""{name}様

お届けした楽譜にご満足いただけましたら、ぜひ⭐⭐⭐⭐⭐の評価をお願いいたします!小さなお店の励みになります。

中村""")

M("ja", "pro", "review-request", ["review_manipulation"],
  "review only if satisfied, contact us first if not (gating)",
  s="brasco", hd="front", mk="jp", subj="ご使用感はいかがですか (注文番号 {oid})", req=True,
  body="""{name}様

グラインダーにご満足いただけましたら、Amazonにレビューをお寄せください。

万が一ご不満な点がございましたら、レビューを書かれる前にまず当店までご連絡ください。必ず対応いたします。

鈴木""")

M("ja", "pro", "review-request", ["external_link", "review_manipulation"],
  "specifies the review content and gives a shortened URL (amzn.to)",
  s="lapwing", hd="intercom", mk="jp", subj="ThinkPadのレビューについて (注文番号 {oid})", req=True,
  body="""{name}様

レビューを書いていただける場合は、「バッテリー残量90%以上」「新品同様の外観」「翌日到着」の3点に触れていただけると助かります。投稿はこちらから: https://amzn.to/3xK9pQw

佐藤""")

M("ja", "re", "feedback", ["contact_email", "feedback_removal"],
  "asks to delete the rating and to confirm to an e-mail address",
  s="norvale", hd="helpscout", mk="jp",
  buyer="交換品、受け取りました。",
  body="""{name}様

無事お受け取りいただけたとのこと、安心いたしました。

大変恐縮ですが、以前いただいた低評価を削除していただけないでしょうか。削除が完了しましたら、takahashi.k@norvale-lab.nl までお知らせください。

高橋""")

M("ja", "re", "feedback", ["feedback_removal", "attachment"],
  "asks to change the rating with the how-to attached as ZIP",
  s="lapwing", hd="front", mk="jp",
  buyer="新しい充電器で問題なく動いています。",
  body="""{name}様

ご連絡ありがとうございます。問題が解決して何よりです。

お手数ですが、先日の評価を変更していただけますでしょうか。変更手順の画像をZIPファイルにまとめて添付いたしました。

佐藤""",
  atts=[("zip", "hyouka_henkou_tejun.zip", {"files": [("step1.png", "png placeholder\n"), ("step2.png", "png placeholder\n")]})])

# --- compliant
M("ja", "re", "shipping", [], "Sagawa tracking number in 4-4-4 digits (not a phone number)",
  s="brasco", hd="chrep", mk="jp",
  buyer="まだ届きません。いつ頃になりますか?",
  body="""{name}様

お待たせしております。お荷物は佐川急便にて配送中で、問い合わせ番号は 3601-2345-6789 です。本日夕方に大阪の営業所に到着し、明日の14時から16時の間にお届けの予定です。

鈴木""")

M("ja", "re", "invoice", [], "JP invoice registration number (T + 13 digits) and qualified invoice",
  s="norvale", hd="helpscout", mk="jp", b2b=True,
  buyer="適格請求書が必要です。登録番号は記載されていますか?",
  body="""{name}様

はい、Amazonビジネスの注文詳細からダウンロードできる請求書に、弊社の登録番号 T8700150012345 と税率ごとの消費税額 (10%) が記載されております。

宛名を「ひまわり歯科クリニック」に変更した請求書 (請求書番号 NV-JP-2025-0117) も同じ画面に追加いたしました。

高橋""")

M("ja", "pro", "delivery-slot", [], "[Important] for scheduling a pallet delivery (allowed use)",
  s="brasco", hd="front", mk="jp", b2b=True, imp_ok=True,
  subj="[Important] 納品日時のご相談 (注文番号 {oid})",
  body="""{name}様

ご注文 ({oid}、BX18 30台) はパレット1枚 (1100 x 1100 mm、約260kg) でのお届けとなります。

運送会社の納品可能日は3月18日(火)または19日(水)です。貴社の荷受け時間は平日8:30から11:30と伺っておりますので、18日の9:00から10:00でいかがでしょうか。フォークリフトの有無もあわせてお知らせください。

鈴木""")

M("ja", "re", "tech-support", [], "PSE mark and '適合性評価' (conformity assessment): 評価 in another sense",
  s="brasco", hd="chrep", mk="jp",
  buyer="充電器にPSEマークはついていますか? 海外製で心配です。",
  body="""{name}様

はい、充電器 BXC-18 (入力 AC100V 50/60Hz) には菱形のPSEマークが表示されております。電気用品安全法の特定電気用品として、登録検査機関による適合性評価を受けております。

バッテリーは丸形PSEマーク付きです。

鈴木""")

M("ja", "re", "edition", [], "ISBN with edition and printing details",
  s="quire", hd="gmail", mk="jp",
  buyer="この本は第3版の最新の刷ですか? 誤植が直っている版が欲しいです。",
  body="""{name}様

お届けしたのは第3版第5刷 (ISBN 978-4-274-22731-8、2023年発行) です。第3版第1刷の正誤表にある誤植は、第4刷以降すべて修正されております。

中村""")

M("ja", "pro", "stock", [], "out of stock: buyer asked to choose (legitimate contact)",
  s="lapwing", hd="front", mk="jp",
  subj="ご注文 {oid} についてご確認のお願い",
  body="""{name}様

ご注文いただいたThinkPad L13 (メモリ16GB) の在庫が、検品の結果ご用意できなくなりました。大変申し訳ございません。

以下のいずれかをお選びください。
1. 同等品 (メモリ16GB、SSD 512GB) を同じ価格で本日発送
2. 4月上旬の入荷までお待ちいただく
3. ご注文をキャンセルし、全額返金

このメッセージへのご返信でお知らせいただけますと幸いです。

佐藤""")

M("ja", "re", "feedback", [], "neutral note after a resolution that the rating can be changed any time (not a request)",
  s="kettwerk", hd="edesk", mk="jp",
  buyer="交換品、問題なく取り付けられました。ありがとうございました。",
  body="""{name}様

ご丁寧にありがとうございます。無事に取り付けできたとのこと、何よりです。

ご参考までに、お取引の途中で評価をご投稿されていた場合でも、Amazonではいつでも変更が可能です。もちろん、ご判断はお客様にお任せいたします。

山本""")

M("ja", "re", "firmware", [], "BIOS update via the built-in tool: version numbers only, no link",
  s="lapwing", hd="intercom", mk="jp",
  buyer="BIOSのアップデートは必要ですか? どこからダウンロードすればいいですか?",
  body="""{name}様

ダウンロードは不要です。プリインストールの「Lenovo Vantage」を開き、「デバイス」から「システム更新」を実行してください。BIOS 1.42 (R1NET42W) とチップセットドライバーが自動で適用されます。

更新中はACアダプターを接続したまま、ふたを閉じないようご注意ください。

佐藤""")

M("ja", "re", "damaged", [], "polite and firm answer to a harsh-toned buyer",
  s="norvale", hd="helpscout", mk="jp",
  buyer="箱が潰れていて中の手袋も汚れていました。どういう梱包をしているんですか。すぐに対応してください。",
  body="""{name}様

ご不快な思いをおかけし、誠に申し訳ございません。

汚損した手袋は医療用途にはお使いいただけませんので、同じ商品 (LOT 2410-0457) を本日発送いたしました。お手元の商品は返送不要です。梱包については緩衝材を増やすよう倉庫に指示いたしました。

高橋""")

M("ja", "re", "tech-support", [], "Outlook plain text (ISO-2022-JP) answer, quote header without any address but the relay",
  s="brasco", hd="outlook", mk="jp",
  buyer="コンクリートに6mmの穴をあけたいのですが、BX18でできますか?",
  body="""{name}様

可能です。モードを振動 (ハンマーマーク) に切り替え、ギアは2速、6mmのコンクリート用ビットをお使いください。深さ40mm程度なら1穴10秒ほどで開きます。

連続で何十か所も開ける場合は、SDSプラスのハンマードリルの方が楽です。

鈴木 大輔""", sig="Brasco Tools サポートセンター")

# ================================================================ DUTCH
# --- violations
M("nl", "pro", "shipping", ["opt_out", "unpermitted_proactive"],
  "PostNL shipping confirmation with an opt-out sentence",
  s="kettwerk", hd="edesk", mk="nl", subj="Je bestelling {oid} is verzonden",
  body="""Hallo {name},

Je e-bike accu is vandaag met PostNL verzonden.

Track & Trace: 3SKWT0092214587
Verwachte levering: morgen tussen 13:00 en 17:00

Wil je deze berichten niet meer ontvangen? Stuur dan 'afmelden voor verzendberichten' terug.

Groeten,""")

M("nl", "pro", "thanks", ["missing_order_id", "unpermitted_proactive"],
  "thanks only, without an order id",
  s="norvale", hd="helpscout", mk="nl", subj="Bedankt voor je bestelling!",
  body="""Beste {name},

Hartelijk dank dat je voor Norvale Lab Supply hebt gekozen. We waarderen het enorm dat laboratoria zoals het jouwe ons vertrouwen.

Met vriendelijke groet,""")

M("nl", "re", "damaged", ["styling", "offensive"],
  "Outlook Word HTML (Calibri style block), seller berates the buyer",
  s="lapwing", hd="outlook_html", mk="nl",
  buyer="De laptop start niet meer op sinds ik hem gisteren heb geüpdatet. Ik wil mijn geld terug.",
  body="""Hallo {name},

Wat een gezeur. U heeft midden in een BIOS-update de stekker eruit getrokken, dat staat gewoon in het logbestand. Dat is geen defect, dat is gewoon stom.

Geld terug zit er niet in. Reparatie kost 89 euro.

Sanne de Graaf""", sig="Sanne de Graaf\nKlantenservice, Lapwing Refurb")

M("nl", "re", "refund", ["offensive"],
  "threatens to report the buyer to the police",
  s="kettwerk", hd="edesk", mk="nl",
  buyer="Er zat maar één remschijf in de doos in plaats van twee. Ik wil de tweede alsnog.",
  body="""Hallo {name},

Ons magazijn weegt elke doos: die van u woog 14,2 kg, precies twee schijven.

Als u blijft beweren dat er maar één in zat, doen wij aangifte van oplichting en geven we uw gegevens door aan de politie. Denk daar even goed over na.

Bram""")

M("nl", "re", "bulk-quote", ["external_link", "marketing"],
  "business buyer sent to the seller's own web shop to avoid Amazon's fees",
  s="norvale", hd="helpscout", mk="nl", b2b=True, agent=1,
  buyer="Wij gebruiken elke maand 15 dozen nitril handschoenen. Kunnen jullie een betere prijs geven?",
  body="""Beste {name},

Bij die aantallen kunt u beter rechtstreeks in onze webshop bestellen: via www.norvale-lab.nl/zakelijk betaalt u geen Amazon-toeslag en krijgt u 12 % staffelkorting.

Groet,
Fleur""")

M("nl", "pro", "order-update", ["marketing", "tracking_pixel"],
  "spring promotion with discount code and open pixel",
  s="brasco", hd="front", mk="nl", subj="Voorjaarsactie: 15% op alle 18V-machines",
  body="""Hallo {name},

Bedankt voor je bestelling {oid}! Deze maand krijg je 15% korting op alle losse 18V-machines met code LENTE15.

Veel klusplezier,""",
  foot=dict(html=pix("https://mail.brascotools.com/o/nl-lente/77d1e0.gif")))

M("nl", "pro", "review-request", ["contact_email", "review_incentive"],
  "gift voucher for a review, screenshot to an e-mail address",
  s="lapwing", hd="front", mk="nl", subj="Cadeautje voor je review - bestelling {oid}", req=True,
  body="""Hoi {name},

Schrijf een review over je refurbished iPhone en mail de screenshot naar review@lapwing-refurb.co.uk: je krijgt dan een cadeaubon van 10 euro van ons.

Groetjes,""")

M("nl", "re", "feedback", ["review_incentive", "feedback_removal"],
  "shipping costs refunded if the negative review disappears",
  s="kettwerk", hd="edesk", mk="be",
  buyer="Ik heb 2 sterren gegeven omdat de levering een week te laat was.",
  body="""Hallo {name},

Sorry voor de vertraging, de vervoerder had een achterstand.

Als u de negatieve review verwijdert, betalen we de 6,95 euro verzendkosten terug. Laat u even weten wanneer het gebeurd is?

Bram""")

M("nl", "pro", "review-request", ["review_manipulation", "important_tag"],
  "[Important] to ask for 5 stars only",
  s="brasco", hd="front", mk="nl", subj="[Important] 5 sterren voor je boormachine? Bestelling {oid}", req=True,
  body="""Hallo {name},

Alles onder de vijf sterren kost ons echt zichtbaarheid. Ben je tevreden over je BX18? Geef hem dan vijf sterren, daar help je ons enorm mee!

Groet,""")

M("nl", "pro", "review-request", ["contact_phone", "contact_other", "review_manipulation"],
  "review gating plus 'send us a WhatsApp message' with a number if unhappy",
  s="kettwerk", hd="edesk", mk="nl", subj="Hoe bevalt je accu? Bestelling {oid}", req=True,
  body="""Hallo {name},

Tevreden over je nieuwe accu? Dan horen we het graag in een review op Amazon!

Niet tevreden? Schrijf dan geen review maar stuur ons eerst een appje via WhatsApp op 06 1234 5678, dan lossen we het op.

Groeten,""")

M("nl", "re", "feedback", ["feedback_removal", "attachment"],
  "asks to delete the review, with a .webp screenshot",
  s="norvale", hd="helpscout", mk="nl",
  buyer="De nieuwe pipetpunten zijn binnen, dank.",
  body="""Beste {name},

Fijn dat ze binnen zijn! Zou u uw review van vorige week willen verwijderen nu alles is opgelost? In de bijlage een schermafbeelding die laat zien waar dat kan.

Met vriendelijke groet,""",
  atts=[("webp", "review_verwijderen.webp", {})])

# --- compliant
M("nl", "re", "invoice", [], "VAT number and Chamber of Commerce number on the invoice",
  s="norvale", hd="helpscout", mk="nl", b2b=True,
  buyer="Kunnen jullie ons btw-nummer NL812345678B01 op de factuur zetten? We zijn een huisartsenpraktijk.",
  body="""Beste {name},

Dat is gebeurd. Factuur NV-NL-2025-1183 vermeldt nu uw btw-nummer NL812345678B01 en de praktijknaam. Ons KvK-nummer is 71834526, ons btw-nummer NL858122344B01.

De factuur staat in uw Amazon Business-account bij de bestelling.

Met vriendelijke groet,""")

M("nl", "re", "shipping", [], "PostNL Track & Trace code and delivery time window",
  s="lapwing", hd="front", mk="nl",
  buyer="Wanneer wordt mijn laptop bezorgd? Ik ben woensdag niet thuis.",
  body="""Hoi {name},

Je laptop is onderweg met PostNL, Track & Trace 3SLAPW0044821937. Bezorging staat gepland voor woensdag tussen 17:30 en 21:00. Via PostNL kun je met die code een andere dag of een afhaalpunt kiezen.

Sanne""")

M("nl", "pro", "delivery-slot", [], "[Important] pallet delivery to the loading dock with a time slot (allowed)",
  s="kettwerk", hd="edesk", mk="nl", b2b=True, imp_ok=True,
  subj="[Important] Afspraak levering pallet - bestelling {oid}",
  body="""Beste {name},

Uw bestelling {oid} (10 remschijfsets en 20 sets remblokken) gaat als één pallet van 160 kg.

De vervoerder kan donderdag 20 of vrijdag 21 maart leveren. Uw laadperron is open van 7:00 tot 12:00; schikt donderdag tussen 8:00 en 10:00? Graag ook even laten weten of er een palletwagen aanwezig is.

Met vriendelijke groet,""")

M("nl", "re", "expiry-lot", [], "'conformiteitsbeoordeling' (conformity assessment), CE marking, lot and shelf life",
  s="norvale", hd="helpscout", mk="nl", b2b=True,
  buyer="Voor onze kwaliteitsaudit: zijn de mondmaskers CE-gemarkeerd en wat is de houdbaarheidsdatum?",
  body="""Beste {name},

Ja. De chirurgische mondmaskers type IIR zijn medische hulpmiddelen klasse I volgens EN 14683:2019; de fabrikant heeft de conformiteitsbeoordeling uitgevoerd en de CE-markering staat op elke doos.

Geleverd lot: 2411-0219, houdbaar tot 11/2029.

Met vriendelijke groet,""")

M("nl", "re", "feedback", [], "neutral note after a resolution: feedback can be adjusted, no obligation",
  s="kettwerk", hd="edesk", mk="nl",
  buyer="De nieuwe lader werkt prima, bedankt.",
  body="""Hallo {name},

Mooi zo, bedankt voor het laten weten.

Ter info: als u tijdens het probleem feedback heeft gegeven, kunt u die bij Amazon altijd aanpassen. Dat is helemaal aan u.

Bram""")

M("nl", "pro", "stock", [], "item unavailable: buyer chooses alternative, wait or cancel (legitimate)",
  s="brasco", hd="front", mk="nl",
  subj="Bestelling {oid}: wil je een keuze maken?",
  body="""Hallo {name},

De haakse slijper van 125 mm uit je bestelling {oid} is tot half april uitverkocht.

We kunnen:
1. vandaag het model van 1400 W sturen voor dezelfde prijs;
2. wachten tot half april;
3. de bestelling annuleren en alles terugbetalen.

Laat je via dit bericht weten wat je wilt?

Ruben""")

M("nl", "re", "fitment", [], "'beoordeling' of photos in the technical sense, torque values",
  s="kettwerk", hd="edesk", mk="nl",
  buyer="Ik heb foto's gestuurd van de oude remblokken. Kunnen jullie zien wat er mis was?",
  body="""Hallo {name},

Onze monteur heeft de foto's beoordeeld: de binnenste blok is veel verder versleten dan de buitenste, dus de remklauw loopt stroef. De nieuwe blokken zijn niet het probleem.

Reinig de geleidepennen en vet ze in; aanhaalmoment geleidebouten 28 Nm, remklauwdrager 200 Nm met nieuwe bouten.

Bram""")

M("nl", "re", "damaged", [], "firm but polite answer to an angry buyer",
  s="lapwing", hd="front", mk="nl",
  buyer="Dit is echt belachelijk. Het scherm heeft een dode pixel en jullie noemen dit 'Uitstekend'?",
  body="""Hallo {name},

U heeft gelijk: een dode pixel past niet bij de klasse 'Uitstekend'. Excuses daarvoor.

We kunnen het scherm kosteloos vervangen (ophalen en terug binnen 5 werkdagen) of u krijgt het volledige bedrag terug bij retour. Laat u weten wat u wilt? Dan regelen we het vandaag nog.

Sanne""")

# ================================================================ REPEAT-REQUEST LEDGER: pairs (first request, later request, same order and buyer)
# P01 en -> en, second without any reminder wording
M("en", "pro", "review-request", [], "ledger P01 first: neutral product-review request after a glove delivery",
  s="norvale", hd="helpscout", mk="uk", pair="P01", req=True,
  subj="Order {oid}: how are the gloves working out?",
  body="""Dear {name},

Your nitrile gloves were delivered on Monday. If you have a moment, we would appreciate a short review of them on Amazon, so other labs can judge the fit and tactility.

Kind regards,""")
M("en", "pro", "review-request", ["repeat_request"], "ledger P01 second: another review request for the same order, no 'reminder' wording",
  s="norvale", hd="intercom", mk="uk", pair="P01", req=True, agent=1,
  subj="Nitrile gloves - your experience (order {oid})",
  body="""Hello {name},

Now that your team has been using the size M gloves for a couple of weeks, we'd be glad to read what you think of them in an Amazon review.

Best regards,""")

# P02 en: first inside a support reply, second proactive
M("en", "re", "tech-support", [], "ledger P02 first: support answer that ends with a neutral review request",
  s="brasco", hd="chrep", mk="us", pair="P02", req=True,
  buyer="Can I use the BX18 batteries in the Brasco hedge trimmer too?",
  body="""Hi {name},

Yes, every Brasco 18V tool takes the same BXB batteries, including the hedge trimmer (BHT-18). The 5.0 Ah packs from your kit give about 50 minutes of trimming.

Once you've had the drill a while, we'd appreciate a review on Amazon if you have a moment.

Dan""")
M("en", "pro", "review-request", ["repeat_request"], "ledger P02 second: proactive request after the first one was made inside a support reply",
  s="brasco", hd="front", mk="us", pair="P02", req=True,
  subj="Your BX18 combi drill - order {oid}",
  body="""Hi {name},

Hope the BX18 has been busy. Would you share your experience with it in a review on Amazon? It takes a minute and helps other buyers decide.

Thanks,""")

# P03 de -> en (same buyer on amazon.de)
M("de", "pro", "review-request", [], "ledger P03 first (German): neutral feedback request for a brake kit",
  s="kettwerk", hd="edesk", mk="de", pair="P03", req=True,
  subj="Ihre Bestellung {oid} bei Kettwerk Teile",
  body="""Hallo {name},

Ihre Bremsscheiben und Beläge sind laut DHL seit Dienstag bei Ihnen. Wenn Sie einen Moment Zeit haben, freuen wir uns über eine Verkäuferbewertung zu dieser Bestellung bei Amazon.

Viele Grüße""")
M("en", "pro", "review-request", ["repeat_request"], "ledger P03 second (English, same buyer and order on amazon.de): repeat across languages",
  s="kettwerk", hd="edesk", mk="de", pair="P03", req=True,
  subj="Order {oid} - a word about your experience?",
  body="""Hello {name},

We've noticed you prefer English, so a quick line in English: we'd be very grateful for your seller feedback on order {oid} at Amazon, whenever suits you.

Kind regards,""")

# P04 en: seller feedback first, product review later
M("en", "pro", "feedback", [], "ledger P04 first: neutral seller-feedback request",
  s="lapwing", hd="front", mk="uk", pair="P04", req=True,
  subj="How did we do? Order {oid}",
  body="""Hi {name},

Your renewed iPhone 13 arrived on Thursday. If you have a moment, we would value your seller feedback on how the order went.

Kind regards,""")
M("en", "pro", "review-request", ["repeat_request"], "ledger P04 second: product review after the seller-feedback request (reviews and feedback share one history)",
  s="lapwing", hd="intercom", mk="uk", pair="P04", req=True, agent=1,
  subj="Your iPhone 13 (Renewed Premium) - order {oid}",
  body="""Hi {name},

Different question this time: how is the phone itself? A product review on Amazon about the battery and the condition would be really useful for other people weighing up a renewed phone.

Cheers,""")

# P05 en: the first request's only finding is a tracking pixel (stripped, delivered: counts as relayed)
M("en", "pro", "review-request", ["tracking_pixel"], "ledger P05 first: neutral request whose only finding is an open pixel (rewritten, so relayed and counted)",
  s="norvale", hd="helpscout", mk="uk", pair="P05", req=True,
  subj="Your magnetic stirrer - order {oid}",
  body="""Dear {name},

We hope the hotplate stirrer is running smoothly in your lab. If you have a moment, we'd appreciate your review of it on Amazon.

Kind regards,""",
  foot=dict(html=pix("https://beacon.helpscout.net/v1/open/5d0e77a9c3f1")))
M("en", "pro", "review-request", ["repeat_request"], "ledger P05 second: the first request was relayed after pixel stripping, so this one is a repeat",
  s="norvale", hd="helpscout", mk="uk", pair="P05", req=True,
  subj="Magnetic stirrer 230 V (order {oid})",
  body="""Dear {name},

A short note from Norvale: a few words on Amazon about how the stirrer handles viscous samples would help other labs a lot.

Kind regards,""")

# P06 en: second asks for five stars
M("en", "pro", "review-request", [], "ledger P06 first: neutral request for sheet music",
  s="quire", hd="gmail", mk="us", pair="P06", req=True,
  subj="Order {oid} from Stave & Quire",
  body="""Dear {name},

We hope the Bach inventions arrived flat and safe. We'd be grateful for a review of the edition on Amazon if you have a minute.

With best wishes,""")
M("en", "pro", "review-request", ["review_manipulation", "repeat_request"], "ledger P06 second: repeat that also asks for five stars",
  s="quire", hd="gmail", mk="us", pair="P06", req=True, agent=1,
  subj="Bach Inventions - order {oid}",
  body="""Hi {name},

Rupert here from the sheet music desk. If the edition has been useful, a five-star review would really lift it above the cheap reprints.

All best,""")

# P07 en: second request inside a reply
M("en", "pro", "review-request", [], "ledger P07 first: neutral review request for a rotary hammer",
  s="brasco", hd="front", mk="uk", pair="P07", req=True,
  subj="Your SDS-plus rotary hammer - order {oid}",
  body="""Hi {name},

The rotary hammer should have reached you last week. If you get a moment, we'd appreciate your review on Amazon.

Thanks,""")
M("en", "re", "tech-support", ["repeat_request"], "ledger P07 second: a support reply that asks again for a review of the same order",
  s="brasco", hd="chrep", mk="uk", pair="P07", req=True,
  buyer="Which chisel bits fit the SDS hammer? I want to take tiles off a wall.",
  body="""Hi {name},

Any SDS-plus chisel fits. For tiles, a 40 mm wide tile chisel (250 mm long) in chisel-only mode with the rotation stop is ideal; set the depth rod aside.

And if you haven't yet, we'd still love a review of the hammer on Amazon.

Dan""")

# P08 nl -> en
M("nl", "pro", "review-request", [], "ledger P08 first (Dutch): neutral review request for a renewed iPhone",
  s="lapwing", hd="front", mk="nl", pair="P08", req=True,
  subj="Uw bestelling {oid}",
  body="""Beste {name},

Uw refurbished iPhone 11 is vorige week bezorgd. Als u even tijd heeft, stellen we een productrecensie op Amazon zeer op prijs.

Met vriendelijke groet,""")
M("en", "pro", "review-request", ["repeat_request"], "ledger P08 second (English, same Dutch buyer and order)",
  s="lapwing", hd="front", mk="nl", pair="P08", req=True, agent=1,
  subj="iPhone 11 (Refurbished), order {oid}",
  body="""Hi {name},

Writing in English as you did in your last message: could you leave a short review of the iPhone on Amazon when you have time?

Best,""")

# P11 en -> de
M("en", "pro", "review-request", [], "ledger P11 first (English, buyer on amazon.de)",
  s="brasco", hd="front", mk="de", pair="P11", req=True,
  subj="Order {oid} - your angle grinder",
  body="""Hello {name},

Your 230 mm angle grinder was delivered on 6 March. If you have a moment, we would appreciate your review of it on Amazon.

Kind regards,""")
M("de", "pro", "review-request", ["repeat_request"], "ledger P11 second (German, same buyer and order): repeat across languages",
  s="brasco", hd="front", mk="de", pair="P11", req=True,
  subj="Ihr Winkelschleifer 230 mm - Bestellung {oid}",
  body="""Hallo {name},

wie schlägt sich der Winkelschleifer bei Ihnen? Über ein paar Zeilen als Rezension bei Amazon würden wir uns sehr freuen.

Beste Grüße""")

# L1 en: first request carried an incentive (rejected, never relayed); later clean request is NOT a repeat
M("en", "pro", "review-request", ["review_incentive"], "ledger L1 first: request with an incentive (rejected, so it never enters the ledger)",
  s="lapwing", hd="front", mk="uk", pair="L1", req=True,
  subj="Get a free screen protector - order {oid}",
  body="""Hi {name},

Leave us a review of your renewed Galaxy S22 and we'll post you a tempered-glass screen protector for free. Just reply with the date of your review.

Cheers,""")
M("en", "pro", "review-request", [], "ledger L1 second: clean request; the earlier one was rejected, so this is the first relayed request for the order",
  s="lapwing", hd="front", mk="uk", pair="L1", req=True, agent=1,
  subj="Your Galaxy S22 (Renewed) - order {oid}",
  body="""Hi {name},

If you have a moment, we would appreciate your review of the Galaxy S22 on Amazon. Thank you for buying renewed.

Tom""")

# L2 de: first request manipulative (rejected); clean second is NOT a repeat
M("de", "pro", "review-request", ["review_manipulation"], "ledger L2 first (German): asks for five stars only (rejected, not in the ledger)",
  s="norvale", hd="helpscout", mk="de", pair="L2", req=True,
  subj="Ihre Pipettenspitzen - Bestellung {oid}",
  body="""Hallo {name},

wenn Sie mit den Pipettenspitzen zufrieden sind, freuen wir uns über fünf Sterne bei Amazon. Alles darunter schadet uns als kleinem Händler leider sehr.

Freundliche Grüße""")
M("de", "pro", "review-request", [], "ledger L2 second (German): neutral request, first request was rejected so this is not a repeat",
  s="norvale", hd="helpscout", mk="de", pair="L2", req=True,
  subj="Bestellung {oid}: Pipettenspitzen 1000 µl",
  body="""Hallo {name},

falls Sie einen Moment Zeit haben, würden wir uns über Ihre Rezension der Pipettenspitzen bei Amazon freuen.

Freundliche Grüße""")

# P09 de
M("de", "pro", "review-request", [], "ledger P09 first: neutral request for an e-bike battery",
  s="kettwerk", hd="edesk", mk="de", pair="P09", req=True, agent=1,
  subj="Ihr E-Bike-Akku - Bestellung {oid}",
  body="""Hallo {name},

Ihr 36-V-Akku ist inzwischen seit einer Woche bei Ihnen. Wenn es passt, würden wir uns über eine kurze Produktbewertung bei Amazon freuen.

Schöne Grüße""")
M("de", "pro", "review-request", ["repeat_request"], "ledger P09 second: asks again ('noch einmal') for the same order",
  s="kettwerk", hd="edesk", mk="de", pair="P09", req=True,
  subj="Noch einmal zu Ihrer Bestellung {oid}",
  body="""Hallo {name},

wir melden uns noch einmal wegen Ihres Rahmenakkus. Nach den ersten Ausfahrten wissen Sie sicher, wie die Reichweite ist - teilen Sie das doch gern in einer Bewertung bei Amazon.

Viele Grüße""")

# P10 de: second inside a reply
M("de", "pro", "review-request", [], "ledger P10 first: neutral request for a cordless drill",
  s="brasco", hd="front", mk="de", pair="P10", req=True,
  subj="Bestellung {oid}: Ihr BX18",
  body="""Hallo {name},

Ihr Akku-Schlagbohrschrauber BX18 ist angekommen. Wenn Sie mögen, schreiben Sie uns gern eine Rezension bei Amazon.

Beste Grüße""")
M("de", "re", "tech-support", ["repeat_request"], "ledger P10 second: support reply with another review request for the same order",
  s="brasco", hd="chrep", mk="de", pair="P10", req=True,
  buyer="Welche Bits brauche ich für Terrassenschrauben 5 x 60 in Lärche?",
  body="""Hallo {name},

für Terrassenschrauben 5 x 60 in Lärche nehmen Sie am besten TX25-Bits mit 50 mm Länge, vorbohren mit 3,5 mm. Kupplung auf Stufe 17 bis 19, Gang 1.

Und falls noch nicht geschehen: eine Bewertung des BX18 bei Amazon hilft uns weiterhin sehr.

Stefan""")

# P12 de: second with an incentive
M("de", "pro", "review-request", [], "ledger P12 first: neutral request for nitrile gloves",
  s="norvale", hd="helpscout", mk="de", pair="P12", req=True,
  subj="Ihre Bestellung {oid} bei Norvale Lab Supply",
  body="""Sehr geehrte/r {name},

Ihre Nitrilhandschuhe wurden am Montag zugestellt. Über eine Bewertung bei Amazon würden wir uns freuen, falls Sie Zeit finden.

Mit freundlichen Grüßen""")
M("de", "pro", "review-request", ["review_incentive", "repeat_request"], "ledger P12 second: repeat request that also offers a free box",
  s="norvale", hd="helpscout", mk="de", pair="P12", req=True,
  subj="Handschuhe Gr. M - Bestellung {oid}",
  body="""Sehr geehrte/r {name},

kleine Aktion für unsere Laborkunden: Wer uns jetzt eine Bewertung für die Handschuhe schreibt, bekommt bei der nächsten Bestellung eine Box gratis dazu.

Mit freundlichen Grüßen""")

# P13-P15 fr
M("fr", "pro", "review-request", [], "ledger P13 first: neutral request for a piano score",
  s="quire", hd="gmail", mk="fr", pair="P13", req=True,
  subj="Votre commande {oid}",
  body="""Bonjour {name},

Nous espérons que les Préludes de Debussy sont bien arrivés. Si vous avez un instant, votre avis sur cette édition sur Amazon nous serait précieux.

Bien cordialement,""")
M("fr", "pro", "review-request", ["repeat_request"], "ledger P13 second: asks again for an avis on the same order",
  s="quire", hd="gmail", mk="fr", pair="P13", req=True,
  subj="Debussy, Préludes - commande {oid}",
  body="""Bonjour {name},

Petit message de la part de Stave & Quire : maintenant que vous avez eu le temps de déchiffrer quelques préludes, accepteriez-vous de laisser un commentaire sur Amazon ?

Belle journée,""")
M("fr", "pro", "feedback", [], "ledger P14 first: neutral seller-feedback request for a MacBook",
  s="lapwing", hd="front", mk="fr", pair="P14", req=True,
  subj="Commande {oid} : votre MacBook Air",
  body="""Bonjour {name},

Votre MacBook Air reconditionné a été livré mardi. Si vous en avez l'occasion, une évaluation vendeur pour cette commande nous aiderait beaucoup.

Cordialement,""")
M("fr", "re", "tech-support", ["repeat_request"], "ledger P14 second: support reply that asks again for an evaluation",
  s="lapwing", hd="front", mk="fr", pair="P14", req=True,
  buyer="Le MacBook me demande un mot de passe de firmware au démarrage avec la touche Option. C'est normal ?",
  body="""Bonjour {name},

Non, c'est un oubli de notre part : le mot de passe du programme interne aurait dû être retiré. Démarrez normalement (sans la touche Option), l'ordinateur fonctionne sans restriction ; pour le retirer complètement, nous vous envoyons une étiquette de retour et le renvoyons sous 48 h.

Et si ce n'est pas encore fait, n'hésitez pas à laisser votre évaluation sur la commande.

Camille""")
M("fr", "pro", "review-request", [], "ledger P15 first: neutral review request for brake parts",
  s="kettwerk", hd="edesk", mk="fr", pair="P15", req=True,
  subj="Votre commande {oid} chez Kettwerk Teile",
  body="""Bonjour {name},

Vos disques et plaquettes ont été livrés par DHL. Si vous avez un moment, nous apprécierions votre avis sur le produit sur Amazon.

Cordialement,""")
M("fr", "pro", "review-request", ["repeat_request"], "ledger P15 second: reminder-style request without the word 'rappel'",
  s="kettwerk", hd="edesk", mk="fr", pair="P15", req=True,
  subj="Disques de frein 312 mm - commande {oid}",
  body="""Bonjour {name},

Après quelques centaines de kilomètres, vous avez sans doute un avis sur le freinage. Pourriez-vous le partager en quelques lignes sur Amazon ?

Bien à vous,""")

# P16-P18 es
M("es", "pro", "review-request", [], "ledger P16 first: neutral review request for a drill",
  s="brasco", hd="chrep", mk="es", pair="P16", req=True,
  subj="Tu pedido {oid}",
  body="""Hola, {name}:

Tu taladro BX18 se entregó el lunes. Si tienes un momento, te agradeceríamos una valoración del producto en Amazon.

Un saludo,""")
M("es", "pro", "review-request", ["repeat_request"], "ledger P16 second: 'volvemos a escribirte' for another review",
  s="brasco", hd="chrep", mk="es", pair="P16", req=True,
  subj="Taladro BX18 - pedido {oid}",
  body="""Hola, {name}:

Volvemos a escribirte por tu BX18. ¿Qué tal va con el uso diario? Nos ayudaría mucho que contaras tu experiencia en una reseña en Amazon.

Saludos,""")
M("es", "re", "tech-support", [], "ledger P17 first: support reply that ends with a neutral review request",
  s="lapwing", hd="front", mk="es", pair="P17", req=True,
  buyer="¿El portátil trae Windows activado? Me pide una clave de producto.",
  body="""Hola, {name}:

Sí, tu HP EliteBook lleva Windows 11 Pro con licencia digital vinculada a la placa. Si te pide clave, conéctalo a internet y ve a Configuración > Sistema > Activación > Solucionar problemas; se activa solo en un minuto.

Cuando lleves unos días con él, te agradeceríamos una reseña en Amazon si tienes un momento.

Lucía""")
M("es", "pro", "review-request", ["repeat_request"], "ledger P17 second: proactive request after the first was made inside a reply",
  s="lapwing", hd="intercom", mk="es", pair="P17", req=True,
  subj="Tu HP EliteBook reacondicionado - pedido {oid}",
  body="""Hola, {name}:

¿Cómo te está funcionando el portátil? Si puedes, deja tu opinión en Amazon; a otros compradores de reacondicionados les sirve mucho.

Un saludo,""")
M("es", "pro", "review-request", [], "ledger P18 first (amazon.com.mx): neutral request for a guitar score",
  s="quire", hd="gmail", mk="mx", pair="P18", req=True,
  subj="Tu pedido {oid} de Stave & Quire",
  body="""Hola, {name}:

Esperamos que la partitura de Albéniz haya llegado en perfecto estado. Si tienes un momento, agradeceríamos tu reseña sobre la edición en Amazon.

Saludos cordiales,""")
M("es", "pro", "review-request", ["repeat_request"], "ledger P18 second (amazon.com.mx): another request for the same order",
  s="quire", hd="chrep", mk="mx", pair="P18", req=True,
  subj="Suite española - pedido {oid}",
  body="""Hola, {name}:

¿Ya pudiste tocar la Asturias? Cuéntanos qué te pareció la edición con una calificación en Amazon, nos ayuda muchísimo.

Saludos,""")

# P19-P21 it
M("it", "pro", "review-request", [], "ledger P19 first: neutral request for pipette tips",
  s="norvale", hd="helpscout", mk="it", pair="P19", req=True,
  subj="Il suo ordine {oid}",
  body="""Gentile {name},

i puntali da 200 µl sono stati consegnati giovedì. Se ha un momento, apprezzeremmo una sua recensione del prodotto su Amazon.

Cordiali saluti,""")
M("it", "pro", "review-request", ["repeat_request"], "ledger P19 second: another request for the same order",
  s="norvale", hd="intercom", mk="it", pair="P19", req=True,
  subj="Puntali 200 µl - ordine {oid}",
  body="""Gentile {name},

dopo qualche settimana di utilizzo in laboratorio, ci piacerebbe sapere come si trova con i puntali: può lasciare due righe su Amazon?

Un cordiale saluto,""")
M("it", "pro", "feedback", [], "ledger P20 first: neutral seller-feedback request for brake parts",
  s="kettwerk", hd="edesk", mk="it", pair="P20", req=True,
  subj="Ordine {oid} - Kettwerk Teile",
  body="""Buongiorno {name},

il kit dischi e pastiglie è stato consegnato da GLS. Se ha tempo, un suo feedback sul venditore per questo ordine ci farebbe piacere.

Cordiali saluti,""")
M("it", "pro", "review-request", ["repeat_request"], "ledger P20 second: product review request after the feedback request",
  s="kettwerk", hd="edesk", mk="it", pair="P20", req=True,
  subj="Come vanno i freni? Ordine {oid}",
  body="""Buongiorno {name},

ora che ha percorso un po' di chilometri con i dischi nuovi, le andrebbe di scrivere una recensione del kit su Amazon?

Grazie e buona strada,""")
M("it", "pro", "review-request", [], "ledger P21 first: neutral request for a grinder",
  s="brasco", hd="chrep", mk="it", pair="P21", req=True,
  subj="La sua smerigliatrice - ordine {oid}",
  body="""Buongiorno {name},

speriamo che la smerigliatrice da 125 mm stia lavorando bene. Se ha un momento, una sua recensione su Amazon ci sarebbe utile.

Saluti,""")
M("it", "re", "warranty", ["repeat_request"], "ledger P21 second: warranty answer plus another review request",
  s="brasco", hd="chrep", mk="it", pair="P21", req=True,
  buyer="La garanzia copre anche le spazzole? Dopo quanto vanno cambiate?",
  body="""Buongiorno {name},

le spazzole sono parti soggette a usura e non rientrano nella garanzia di 24 mesi; sul modello da 1200 W durano in media 80-100 ore di lavoro. Il codice ricambio è BR-125-CB, coppia da 6,3 x 10 mm.

Se non l'ha già fatto, ci farebbe piacere anche una sua recensione su Amazon.

Luca""")

# P22-P24 ja
M("ja", "pro", "review-request", [], "ledger P22 first: neutral request for a Chopin score",
  s="quire", hd="gmail", mk="jp", pair="P22", req=True,
  subj="ご注文 {oid} について",
  body="""{name}様

この度はショパン ノクターン集をご購入いただき、ありがとうございました。お時間がございましたら、Amazonで商品レビューをお寄せいただけますと幸いです。

Stave & Quire 受注担当""", sig="中村 陽子")
M("ja", "pro", "review-request", ["repeat_request"], "ledger P22 second: another request for the same order",
  s="quire", hd="gmail", mk="jp", pair="P22", req=True,
  subj="ノクターン集の使い心地はいかがですか (注文番号 {oid})",
  body="""{name}様

楽譜をお使いいただき数週間が経ちましたので、改めてご連絡いたしました。運指や譜めくりのしやすさなど、ご感想をAmazonのレビューでお聞かせください。

よろしくお願いいたします。""")
M("ja", "re", "tech-support", [], "ledger P23 first: support reply that ends with a neutral review request",
  s="lapwing", hd="front", mk="jp", pair="P23", req=True,
  buyer="届いたThinkPadのキーボードが英語配列でした。日本語配列ではないのですか?",
  body="""{name}様

お問い合わせありがとうございます。商品ページの記載どおり、本製品は日本語配列(JIS)となっておりますが、お届けした個体が英語配列(US)であったとのこと、大変申し訳ございません。

日本語配列の同等品を本日発送いたします。追跡番号は後ほどお知らせします。到着後、お手元の英語配列の製品は同梱の着払い伝票でご返送ください。

落ち着かれましたら、Amazonにて商品のレビューをいただけますと幸いです。

佐藤""")
M("ja", "pro", "review-request", ["repeat_request"], "ledger P23 second: proactive request after the first was made inside a reply",
  s="lapwing", hd="intercom", mk="jp", pair="P23", req=True,
  subj="ThinkPad L13 (注文番号 {oid}) のご感想",
  body="""{name}様

交換品のThinkPadはお役に立っておりますでしょうか。よろしければAmazonでレビューをご投稿ください。

Lapwing Refurb""")
M("ja", "pro", "review-request", [], "ledger P24 first: neutral request for a drill",
  s="brasco", hd="chrep", mk="jp", pair="P24", req=True,
  subj="ご注文 {oid} ありがとうございました",
  body="""{name}様

BX18 振動ドライバドリルがお手元に届いているかと存じます。お時間のあるときに、Amazonで商品レビューをお寄せいただけましたら嬉しく思います。

Brasco Tools サポートセンター""", sig="鈴木 大輔")
M("ja", "pro", "review-request", ["repeat_request"], "ledger P24 second: another request, no reminder wording",
  s="brasco", hd="front", mk="jp", pair="P24", req=True,
  subj="BX18 のご使用感について (注文番号 {oid})",
  body="""{name}様

BX18のトルクや取り回しについて、実際にお使いになってのご意見をAmazonのレビュー欄でぜひお聞かせください。

Brasco Tools""")

# P25-P26 pt (amazon.com.br)
M("pt", "pro", "review-request", [], "ledger P25 first: neutral request for an angle grinder",
  s="brasco", hd="chrep", mk="br", pair="P25", req=True,
  subj="Seu pedido {oid}",
  body="""Olá, {name},

Sua esmerilhadeira Brasco foi entregue na sexta-feira. Se tiver um momento, agradecemos sua avaliação do produto na Amazon.

Abraço,""")
M("pt", "pro", "review-request", ["repeat_request"], "ledger P25 second: 'voltamos a escrever' for another review",
  s="brasco", hd="chrep", mk="br", pair="P25", req=True,
  subj="Esmerilhadeira 115 mm - pedido {oid}",
  body="""Olá, {name},

Voltamos a escrever sobre a sua esmerilhadeira. Conta pra gente como ela está se saindo numa avaliação na Amazon?

Valeu,""")
M("pt", "pro", "feedback", [], "ledger P26 first: neutral seller-feedback request for a renewed iPhone",
  s="lapwing", hd="front", mk="br", pair="P26", req=True,
  subj="Pedido {oid}: como foi sua experiência?",
  body="""Olá, {name},

Seu iPhone 12 recondicionado foi entregue na terça. Se puder, deixe um feedback sobre o vendedor para este pedido na Amazon.

Atenciosamente,""")
M("pt", "re", "tech-support", ["repeat_request"], "ledger P26 second: support reply with another feedback request",
  s="lapwing", hd="front", mk="br", pair="P26", req=True,
  buyer="O iPhone esquenta bastante quando carrego com carregador rápido. É normal?",
  body="""Olá, {name},

É normal ele ficar morno durante a carga rápida de 20 W, principalmente acima de 80%. Se ficar quente a ponto de incomodar na mão, ou se a bateria cair mais de 10% por hora em repouso, nos avise que fazemos a troca dentro da garantia de 12 meses.

Aproveitando: se ainda não deixou, seu feedback sobre o pedido na Amazon seria muito bem-vindo.

Rafael""")

# P27-P28 nl
M("nl", "pro", "review-request", [], "ledger P27 first: neutral request for a magnetic stirrer",
  s="norvale", hd="helpscout", mk="nl", pair="P27", req=True,
  subj="Uw bestelling {oid} bij Norvale",
  body="""Beste {name},

Uw magneetroerder is dinsdag geleverd. Als u even tijd heeft, waarderen we een review van het product op Amazon.

Met vriendelijke groet,""")
M("nl", "pro", "review-request", ["repeat_request"], "ledger P27 second: another request for the same order",
  s="norvale", hd="helpscout", mk="nl", pair="P27", req=True, agent=1,
  subj="Magneetroerder 230 V - bestelling {oid}",
  body="""Beste {name},

Inmiddels draait de roerder vast een paar weken mee in uw lab. Wilt u uw ervaring met andere gebruikers delen in een recensie op Amazon?

Groet,""")
M("nl", "pro", "feedback", [], "ledger P28 first: neutral seller-feedback request for an e-bike battery",
  s="kettwerk", hd="edesk", mk="nl", pair="P28", req=True,
  subj="Bestelling {oid} - Kettwerk Teile",
  body="""Beste {name},

Uw e-bike accu is afgeleverd door PostNL. Als u een moment heeft, stellen we uw verkopersfeedback voor deze bestelling op prijs.

Vriendelijke groeten,""")
M("nl", "re", "tech-support", ["repeat_request"], "ledger P28 second: support reply with another review request",
  s="kettwerk", hd="edesk", mk="nl", pair="P28", req=True,
  buyer="Hoe lang moet de accu de eerste keer laden?",
  body="""Beste {name},

De eerste keer volledig laden, ongeveer 6 uur met de 2 A-lader; het lampje springt van rood naar groen als hij vol is. Daarna maakt het niet uit wanneer u laadt, maar laat hem niet wekenlang leeg staan.

En als u de accu een tijdje gebruikt heeft, horen we graag uw mening in een review op Amazon.

Bram""")

# P29-P30 pl
M("pl", "pro", "review-request", [], "ledger P29 first: neutral request for a rotary hammer",
  s="brasco", hd="chrep", mk="pl", pair="P29", req=True,
  subj="Zamówienie {oid}",
  body="""Dzień dobry, {name},

Młotowiertarka SDS-plus została dostarczona w czwartek. Jeśli znajdzie Pan/Pani chwilę, będziemy wdzięczni za opinię o produkcie na Amazon.

Pozdrawiamy,""")
M("pl", "pro", "review-request", ["repeat_request"], "ledger P29 second: asks again ('ponownie') for the same order",
  s="brasco", hd="chrep", mk="pl", pair="P29", req=True,
  subj="Młotowiertarka SDS-plus - zamówienie {oid}",
  body="""Dzień dobry, {name},

Piszemy ponownie w sprawie młotowiertarki. Jak sprawdza się w pracy? Prosimy o kilka słów recenzji na Amazon.

Pozdrawiamy serdecznie,""")
M("pl", "pro", "feedback", [], "ledger P30 first: neutral seller-feedback request for a laptop",
  s="lapwing", hd="front", mk="pl", pair="P30", req=True,
  subj="Pana/Pani zamówienie {oid}",
  body="""Dzień dobry, {name},

Odnowiony Dell Latitude został doręczony przez InPost. Jeśli ma Pan/Pani chwilę, będziemy wdzięczni za ocenę sprzedawcy dla tego zamówienia.

Z poważaniem,""")
M("pl", "pro", "review-request", ["repeat_request"], "ledger P30 second: product review request after a feedback request",
  s="lapwing", hd="intercom", mk="pl", pair="P30", req=True,
  subj="Dell Latitude 5410 - zamówienie {oid}",
  body="""Dzień dobry, {name},

A jak sam laptop po kilku tygodniach pracy? Recenzja produktu na Amazon bardzo pomoże innym kupującym sprzęt odnowiony.

Pozdrawiam,""")

# P31-P32 sv
M("sv", "pro", "review-request", [], "ledger P31 first: neutral request for brake discs",
  s="kettwerk", hd="edesk", mk="se", pair="P31", req=True,
  subj="Din order {oid}",
  body="""Hej {name},

Dina bromsskivor och belägg levererades av PostNord i tisdags. Om du har en stund uppskattar vi en recension av produkten på Amazon.

Vänliga hälsningar,""")
M("sv", "pro", "review-request", ["repeat_request"], "ledger P31 second: another request for the same order",
  s="kettwerk", hd="edesk", mk="se", pair="P31", req=True,
  subj="Bromsskivor 312 mm - order {oid}",
  body="""Hej {name},

Nu när du kört några mil med de nya skivorna: vill du berätta hur bromsarna känns i ett omdöme på Amazon?

Hälsningar,""")
M("sv", "pro", "feedback", [], "ledger P32 first: neutral seller-feedback request for lab gloves",
  s="norvale", hd="helpscout", mk="se", pair="P32", req=True,
  subj="Order {oid} från Norvale Lab Supply",
  body="""Hej {name},

Dina nitrilhandskar levererades i måndags. Om du har tid uppskattar vi ditt säljaromdöme för den här ordern på Amazon.

Med vänlig hälsning,""")
M("sv", "re", "expiry-lot", ["repeat_request"], "ledger P32 second: lot/expiry answer plus another review request",
  s="norvale", hd="helpscout", mk="se", pair="P32", req=True,
  buyer="Vilket utgångsdatum har handskarna? Vi behöver det för vår inventering.",
  body="""Hej {name},

Handskarna på din order har LOT 2410-0457 och utgångsdatum 2027-09-30. Datumet står även på kortsidan av varje låda, bredvid CE-märkningen.

Om du inte redan gjort det vore vi glada för en recension av handskarna på Amazon.

Maja""")

# ================================================================ POLISH
# --- violations
M("pl", "pro", "shipping", ["tracking_pixel", "unpermitted_proactive"],
  "InPost shipping confirmation with a tracking pixel",
  s="brasco", hd="front", mk="pl", subj="Zamówienie {oid} zostało wysłane",
  body="""Dzień dobry, {name},

Pana/Pani młotowiertarka została dziś nadana w InPost.

Numer przesyłki: 620111847290338115566320
Przewidywana dostawa: jutro

Pozdrawiamy,""",
  foot=dict(html=pix("https://trk.brascotools.com/pl/o.gif?id=pl-55020")))

M("pl", "pro", "thanks", ["missing_order_id", "unpermitted_proactive"],
  "thanks only, no order id",
  s="lapwing", hd="intercom", mk="pl", subj="Dziękujemy za zakupy!",
  body="""Dzień dobry, {name},

Chcieliśmy po prostu podziękować za wybór sprzętu odnowionego. To dobra decyzja dla portfela i dla środowiska.

Pozdrawiamy serdecznie,""")

M("pl", "re", "warranty", ["contact_phone", "offensive"],
  "technician insults the buyer and gives a private number",
  s="brasco", hd="chrep", mk="pl",
  buyer="Wkrętarka przestała działać po tygodniu. Co mam zrobić?",
  body="""Dzień dobry, {name},

Czy Pan w ogóle czyta instrukcje? Zalał Pan wkrętarkę, w środku jest rdza. Tylko idiota zostawia elektronarzędzie na deszczu.

Jak Pan chce się kłócić, proszę dzwonić: +48 512 345 678.

Piotr""")

M("pl", "re", "refund", ["offensive"],
  "threatens to report the buyer to the police",
  s="norvale", hd="helpscout", mk="pl", b2b=True,
  buyer="Po raz kolejny brakuje jednego kartonu. Proszę o zwrot.",
  body="""Dzień dobry, {name},

Mamy nagranie z pakowania i wagę kuriera, wszystko się zgadza.

Jeżeli nadal będą Państwo twierdzić, że karton zaginął, zgłosimy sprawę na policję jako próbę wyłudzenia. Radzimy to przemyśleć.

Agnieszka Zielińska""", sig="")

M("pl", "pro", "order-update", ["marketing", "opt_out"],
  "promotion with discount code and an opt-out",
  s="kettwerk", hd="edesk", mk="pl", subj="Wiosenna promocja: -15% na klocki hamulcowe",
  body="""Dzień dobry, {name},

Dziękujemy za zamówienie {oid}. Z okazji wiosny mamy dla Pana/Pani -15% na wszystkie klocki i tarcze z kodem WIOSNA15.

Aby wypisać się z naszych ofert, proszę odpowiedzieć słowem NIE.

Pozdrawiamy,""")

M("pl", "re", "edition", ["contact_other", "marketing"],
  "'follow us on Facebook' for promotions",
  s="quire", hd="gmail", mk="pl",
  buyer="Czy macie też Polonezy Chopina w wydaniu narodowym?",
  body="""Dzień dobry, {name},

Tak, Polonezy w wydaniu narodowym mamy na stanie.

Zachęcamy też do obserwowania nas na Facebooku (Stave & Quire Polska) - co tydzień publikujemy tam kody rabatowe na nuty.

Marta""")

M("pl", "pro", "review-request", ["external_link", "review_incentive"],
  "discount code for a review, terms on an external page",
  s="lapwing", hd="front", mk="pl", subj="Rabat za opinię - zamówienie {oid}", req=True,
  body="""Dzień dobry, {name},

Za każdą opinię o odnowionym laptopie wysyłamy kod rabatowy -10% na kolejne zakupy. Regulamin akcji: lapwing-refurb.co.uk/pl/opinie

Pozdrawiam,""")

M("pl", "re", "feedback", ["review_incentive", "feedback_removal"],
  "PLN 20 back for deleting the negative review",
  s="kettwerk", hd="edesk", mk="pl",
  buyer="Tak, wystawiłem negatywną opinię, bo paczka przyszła uszkodzona.",
  body="""Dzień dobry, {name},

Bardzo przepraszamy za uszkodzoną paczkę.

Jeśli usunie Pan negatywną opinię, zwrócimy 20 zł na konto. Proszę dać znać, kiedy opinia zniknie.

Tomasz""")

M("pl", "pro", "review-request", ["review_manipulation", "styling"],
  "review gating with an emoji",
  s="quire", hd="gmail", mk="pl", subj="Jak się gra z nowych nut? Zamówienie {oid}", req=True,
  body="""Dzień dobry, {name},

Jeśli jest Pan/Pani zadowolony/a z wydania Mazurków, prosimy o opinię na Amazon 🎹

A jeśli coś nie pasuje, prosimy najpierw napisać do nas, zanim wystawi Pan/Pani opinię!

Marta""")

M("pl", "pro", "review-request", ["review_manipulation", "important_tag"],
  "[Important] asking for five stars",
  s="brasco", hd="chrep", mk="pl", subj="[Important] Prośba o 5 gwiazdek - zamówienie {oid}", req=True,
  body="""Dzień dobry, {name},

Dla małego sprzedawcy liczy się tylko 5 gwiazdek. Jeśli wiertarka się sprawdza, bardzo prosimy o pełną piątkę!

Dziękujemy,""")

M("pl", "re", "feedback", ["contact_email", "feedback_removal", "attachment"],
  "asks to delete the review, confirmation to an e-mail address, instructions as ZIP",
  s="norvale", hd="helpscout", mk="pl",
  buyer="Brakujące końcówki dotarły, dziękuję.",
  body="""Dzień dobry, {name},

Cieszymy się, że wszystko dotarło. Czy mogłaby Pani teraz usunąć negatywną opinię? Instrukcję krok po kroku załączam w pliku ZIP, a potwierdzenie proszę wysłać na a.zielinska@norvale-lab.nl.

Pozdrawiam,""",
  atts=[("zip", "instrukcja_usuniecia_opinii.zip", {"files": [("krok1.txt", "Zamowienia > Opinia\n")]})])

# --- compliant
M("pl", "re", "invoice", [], "Polish tax id NIP in 3-3-2-2 format (looks like a phone number) on a VAT invoice",
  s="norvale", hd="helpscout", mk="pl", b2b=True,
  buyer="Proszę o fakturę VAT na laboratorium, NIP 527-261-33-40.",
  body="""Dzień dobry, {name},

Faktura VAT nr NV-PL-2025-0288 została wystawiona na Laboratorium Medica, NIP 527-261-33-40, kwota brutto 1 284,60 zł (VAT 23%). Znajdzie ją Pani w szczegółach zamówienia na koncie Amazon Business.

Pozdrawiam,""")

M("pl", "re", "shipping", [], "24-digit InPost parcel number and parcel locker",
  s="lapwing", hd="front", mk="pl",
  buyer="Gdzie jest moja paczka? Wybrałem paczkomat.",
  body="""Dzień dobry, {name},

Paczka jest już w paczkomacie WAW22M przy ul. Grójeckiej. Numer przesyłki: 520000014829371105533109. Kod odbioru przyszedł SMS-em od InPost; paczka czeka 48 godzin.

Katarzyna""")

M("pl", "pro", "delivery-slot", [], "[Important] arranging a pallet delivery with a time window (allowed)",
  s="kettwerk", hd="edesk", mk="pl", b2b=True, imp_ok=True,
  subj="[Important] Termin dostawy palety - zamówienie {oid}",
  body="""Dzień dobry, {name},

Zamówienie {oid} (16 kompletów tarcz i klocków) wyślemy na jednej palecie, ok. 190 kg.

Przewoźnik może dostarczyć we wtorek 18.03 lub w środę 19.03. Magazyn przyjmuje dostawy w godz. 7:00-12:00; czy wtorek 8:00-10:00 będzie w porządku? Prosimy też o informację, czy na miejscu jest wózek paletowy.

Pozdrawiamy,""")

M("pl", "re", "expiry-lot", [], "'ocena zgodności' (conformity assessment), CE marking, batch and expiry",
  s="norvale", hd="helpscout", mk="pl",
  buyer="Czy pulsoksymetr ma oznakowanie CE i jaki jest numer partii?",
  body="""Dzień dobry, {name},

Tak. Pulsoksymetr jest wyrobem medycznym klasy IIa; ocenę zgodności przeprowadziła jednostka notyfikowana 0123, a znak CE 0123 jest na obudowie i opakowaniu.

Partia: 2410-0882, data produkcji 10/2024. Termin ważności dotyczy tylko baterii AAA (03/2029).

Pozdrawiam,""")

M("pl", "re", "warranty", [], "'opinia techniczna' (warranty expert report), not a product review",
  s="brasco", hd="chrep", mk="pl",
  buyer="Wysłałem szlifierkę na gwarancję. Kiedy będzie decyzja?",
  body="""Dzień dobry, {name},

Szlifierka dotarła do serwisu w Poznaniu. Opinia techniczna będzie gotowa w ciągu 7 dni roboczych, numer zgłoszenia RMA-PL-25-0418.

Jeśli to wada fabryczna, naprawimy lub wymienimy urządzenie bezpłatnie.

Piotr""")

M("pl", "pro", "stock", [], "out of stock: buyer chooses replacement model, wait or cancel (allowed)",
  s="lapwing", hd="front", mk="pl",
  subj="Zamówienie {oid}: prosimy o wybór",
  body="""Dzień dobry, {name},

Niestety Dell Latitude 5410 z zamówienia {oid} nie przeszedł naszych testów, a innego egzemplarza w tej konfiguracji nie mamy.

Możemy:
1. wysłać dziś model 5420 (i5, 16 GB, 512 GB) w tej samej cenie;
2. poczekać do ok. 10 kwietnia na kolejną dostawę;
3. anulować zamówienie i zwrócić całą kwotę.

Prosimy o odpowiedź na tę wiadomość z wybraną opcją.

Katarzyna""")

M("pl", "re", "feedback", [], "neutral note after a resolution: the rating can be changed, the buyer decides",
  s="brasco", hd="chrep", mk="pl",
  buyer="Nowa ładowarka działa, dzięki.",
  body="""Dzień dobry, {name},

Świetnie, dziękujemy za informację.

Gdyby w trakcie problemu wystawił Pan ocenę, Amazon pozwala ją zmienić w dowolnym momencie. To oczywiście wyłącznie Pana decyzja.

Piotr""")

M("pl", "re", "damaged", [], "firm but polite answer to an angry buyer",
  s="kettwerk", hd="edesk", mk="pl",
  buyer="Skandal! Tarcze są zardzewiałe, a płaciłem jak za nowe. Żądam natychmiastowego zwrotu!",
  body="""Dzień dobry, {name},

Rozumiem zdenerwowanie. Lekki nalot na powierzchni ciernej nowych tarcz jest normalny i znika po kilku hamowaniach, ale jeśli rdza jest na piaście lub wentylacji, to nie powinno tak być.

Proszę przesłać w odpowiedzi dwa zdjęcia; jeśli potwierdzą problem, od razu wyślemy nowy komplet albo zwrócimy pieniądze, jak Pan woli.

Tomasz""")

M("pl", "re", "edition", [], "ISMN and edition details (national edition)",
  s="quire", hd="gmail", mk="pl",
  buyer="Czy to wydanie Mazurków ma komentarz źródłowy?",
  body="""Dzień dobry, {name},

Tak, to wydanie narodowe, seria A, tom III: ISMN 979-0-801224-03-2, z komentarzem źródłowym i wykonawczym (s. 121-158) po polsku i angielsku.

Marta""")

# ================================================================ PORTUGUESE (amazon.com.br)
# --- violations
M("pt", "pro", "shipping", ["tracking_pixel", "unpermitted_proactive"],
  "Correios shipping notice with an open-tracking pixel",
  s="brasco", hd="front", mk="br", subj="Seu pedido {oid} foi enviado",
  body="""Olá, {name},

Sua furadeira Brasco foi postada hoje nos Correios (SEDEX).

Código de rastreio: QB482913675BR
Prazo estimado: 3 dias úteis

Abraço,""",
  foot=dict(html=pix("https://trk.brascotools.com/br/open.gif?c=BR-33810")))

M("pt", "pro", "thanks", ["missing_order_id", "unpermitted_proactive"],
  "thank-you-only message without an order id",
  s="quire", hd="gmail", mk="br", subj="Muito obrigado pela sua compra!",
  body="""Olá, {name},

Passando só para agradecer por comprar com a gente. Somos uma lojinha de partituras e cada pedido faz diferença.

Bons estudos e boa música!""")

M("pt", "re", "warranty", ["offensive"],
  "rude technician: 'can't you read?'",
  s="brasco", hd="chrep", mk="br",
  buyer="Liguei a esmerilhadeira na tomada 220V e ela queimou. Quero outra.",
  body="""Olá, {name},

O senhor não sabe ler? Está escrito 127V na caixa, na etiqueta e no manual, em letras grandes. Ligou em 220V e queimou o motor. Isso não é defeito, é falta de atenção.

Garantia não cobre burrice.

Thiago""")

M("pt", "re", "damaged", ["contact_phone", "offensive"],
  "aggressive reply with a personal mobile number",
  s="lapwing", hd="front", mk="br",
  buyer="O iPhone veio com a tela riscada. Quero trocar.",
  body="""Olá, {name},

Esse risco é de uso, não veio assim. Todo mundo acha que pode enganar a gente.

Se quiser discutir, me liga no (11) 98765-4321, mas já adianto que não vou trocar nada.

Rafael""")

M("pt", "re", "tech-support", ["contact_other", "marketing"],
  "'follow us on Instagram' for promotions",
  s="brasco", hd="chrep", mk="br",
  buyer="A bateria de 5 Ah serve na serra circular de vocês?",
  body="""Olá, {name},

Serve sim, todas as baterias 18V da Brasco são compatíveis entre si.

Aproveita e segue a gente no Instagram @brascotools.br: toda sexta tem cupom relâmpago só para seguidores.

Thiago""")

M("pt", "pro", "order-update", ["external_link", "marketing", "opt_out"],
  "promotion to buy directly on the seller's site, with an opt-out",
  s="lapwing", hd="front", mk="br", subj="10% OFF para clientes Lapwing",
  body="""Olá, {name},

Como você comprou com a gente (pedido {oid}), ganhou 10% OFF na próxima compra feita direto no nosso site: lapwing-refurb.com.br, cupom VOLTEI10.

Para descadastrar seu e-mail das nossas ofertas, responda SAIR.

Atenciosamente,""")

M("pt", "pro", "review-request", ["contact_email", "review_incentive"],
  "coupon for a screenshot of the review sent to an e-mail address",
  s="quire", hd="gmail", mk="br", subj="Ganhe um cupom - pedido {oid}", req=True,
  body="""Olá, {name},

Avaliou a partitura na Amazon? Manda o print para avaliacoes.staveandquire@gmail.com e a gente te envia um cupom de R$ 15 para a próxima compra.

Beijos,""")

M("pt", "pro", "review-request", ["review_incentive"],
  "BRL 20 via Pix for the review",
  s="brasco", hd="chrep", mk="br", subj="Sua opinião vale R$ 20 - pedido {oid}", req=True,
  body="""Olá, {name},

Deixando sua avaliação da esmerilhadeira na Amazon, a gente te manda R$ 20 via Pix na hora. É só responder com a data em que você avaliou.

Valeu!""")

M("pt", "pro", "review-request", ["review_manipulation", "important_tag"],
  "[Important] asking for a five-star rating",
  s="lapwing", hd="front", mk="br", subj="[Important] Avalie seu iPhone com 5 estrelas - pedido {oid}", req=True,
  body="""Olá, {name},

Para uma loja pequena como a nossa, qualquer nota abaixo de 5 estrelas derruba o anúncio. Se o seu iPhone está ok, conta com a gente: cinco estrelas, por favor!

Atenciosamente,""")

M("pt", "pro", "review-request", ["review_manipulation", "styling"],
  "review gating with an emoji",
  s="quire", hd="gmail", mk="br", subj="Gostou da partitura? Pedido {oid}", req=True,
  body="""Olá, {name},

Se você gostou da edição do Villa-Lobos, deixa uma avaliação na Amazon 😍

Se alguma coisa não agradou, fala com a gente primeiro, antes de avaliar, que a gente resolve!

Beijos,""")

M("pt", "re", "feedback", ["feedback_removal"],
  "asks to withdraw the negative review after resolving",
  s="brasco", hd="chrep", mk="br",
  buyer="A bateria nova chegou e está funcionando.",
  body="""Olá, {name},

Que bom! Obrigado pela paciência.

Agora que está tudo certo, você poderia retirar aquela avaliação negativa? Ela ainda aparece em destaque no anúncio.

Thiago""")

M("pt", "re", "feedback", ["feedback_removal", "attachment"],
  "sends an MP4 video showing how to change the feedback and asks for the change",
  s="lapwing", hd="front", mk="br",
  buyer="Recebi o carregador novo, obrigado.",
  body="""Olá, {name},

Ótimo! Como o problema foi resolvido, pedimos por gentileza que altere o feedback que deixou. Mandei um vídeo curtinho mostrando o passo a passo no app.

Rafael""",
  atts=[("mp4", "como_alterar_feedback.mp4", {})])

# --- compliant
M("pt", "re", "invoice", [], "CNPJ, NF-e number and 44-digit access key in groups (not phone numbers)",
  s="brasco", hd="chrep", mk="br", b2b=True,
  buyer="Preciso da nota fiscal com o CNPJ da oficina: 12.345.678/0001-90.",
  body="""Olá, {name},

Nota emitida:

NF-e nº 000.041.552, série 1
CNPJ destinatário: 12.345.678/0001-90
Chave de acesso: 3525 0344 5566 7700 0189 5500 1000 0415 5210 0041 5528

O PDF (DANFE) e o XML estão disponíveis nos detalhes do pedido na sua conta Amazon.

Thiago""")

M("pt", "re", "shipping", [], "Correios tracking code and delivery estimate",
  s="quire", hd="gmail", mk="br",
  buyer="Minha partitura ainda não chegou, já faz 8 dias.",
  body="""Olá, {name},

Sua encomenda foi postada no dia 3 pelo PAC. O código de rastreio é NL718244396BR e a última movimentação foi ontem às 16:42, em Curitiba, "objeto em trânsito". O prazo dos Correios para sua região vai até sexta-feira.

Se não chegar até lá, enviamos outra sem custo.

Beatriz""")

M("pt", "pro", "delivery-slot", [], "[Important] scheduling a dock delivery with a time window (allowed)",
  s="brasco", hd="front", mk="br", b2b=True, imp_ok=True,
  subj="[Important] Agendamento da entrega - pedido {oid}",
  body="""Olá, {name},

Seu pedido {oid} (20 furadeiras BX18) vai em um palete de 1,20 x 1,00 m, cerca de 230 kg.

A transportadora pode entregar na terça, 18/03, ou na quarta, 19/03. Como o recebimento de vocês funciona de segunda a sexta, das 7h às 11h, podemos agendar terça das 7h30 às 9h30? Confirma também se há empilhadeira na doca.

Atenciosamente,""")

M("pt", "re", "warranty", [], "'avaliação técnica' (warranty inspection report): not a product review",
  s="brasco", hd="chrep", mk="br",
  buyer="Mandei a furadeira para a garantia. Qual é o prazo?",
  body="""Olá, {name},

Recebemos sua furadeira ontem. A avaliação técnica leva até 5 dias úteis; o laudo sai com o número de ordem de serviço OS-BR-25-0733.

Se for defeito de fabricação, trocamos ou consertamos sem custo e devolvemos com frete pago.

Thiago""")

M("pt", "re", "tech-support", [], "127V/220V voltage, INMETRO certification and power",
  s="brasco", hd="chrep", mk="br",
  buyer="Moro em Recife, a tomada é 220V. A esmerilhadeira funciona?",
  body="""Olá, {name},

O modelo que você comprou é 127V (900 W, 11.000 rpm). Em 220V ele queima. Temos o mesmo modelo em 220V; como o pedido ainda não saiu, posso trocar a versão agora, sem diferença de preço.

Os dois têm certificação INMETRO e plugue padrão NBR 14136.

Thiago""")

M("pt", "re", "feedback", [], "neutral note after a resolution: the feedback can be changed if the buyer wishes",
  s="lapwing", hd="front", mk="br",
  buyer="Chegou o aparelho novo e está perfeito. Obrigado!",
  body="""Olá, {name},

Que ótimo, obrigado por avisar!

Só para você saber: se deixou algum feedback enquanto o problema estava aberto, a Amazon permite alterá-lo quando quiser. Fica totalmente a seu critério.

Rafael""")

M("pt", "pro", "stock", [], "item unavailable: buyer chooses alternative, wait or cancel (legitimate)",
  s="quire", hd="gmail", mk="br",
  subj="Pedido {oid}: precisamos da sua escolha",
  body="""Olá, {name},

A edição do Choros n.º 1 do seu pedido {oid} esgotou na editora. Podemos:

1. enviar hoje a edição revisada de 2021, pelo mesmo preço;
2. aguardar a reimpressão, prevista para maio;
3. cancelar o pedido com reembolso integral.

Responda esta mensagem com a opção que preferir.

Beatriz""")

M("pt", "re", "damaged", [], "firm and polite answer to an irritated buyer",
  s="lapwing", hd="front", mk="br",
  buyer="Que absurdo! O notebook chegou sem carregador e ninguém me responde. Quero solução AGORA.",
  body="""Olá, {name},

Você tem toda razão de estar chateado, e peço desculpas pela demora: sua mensagem chegou no feriado.

O carregador original de 65 W já foi postado hoje por SEDEX, código de rastreio QB551902237BR, chegada prevista em 2 dias úteis. Se preferir devolver o notebook, o reembolso é integral.

Rafael""")

M("pt", "re", "edition", [], "ISBN with hyphens and edition details",
  s="quire", hd="gmail", mk="br",
  buyer="Esse livro de física é a 2ª edição revista? O professor pediu a de 2022.",
  body="""Olá, {name},

Sim: é a 2ª edição revista e ampliada, ISBN 978-85-216-3812-4, impressão de 2022, 512 páginas. A 1ª edição (ISBN 978-85-216-2990-0) tem outra numeração de exercícios.

Beatriz""")

M("pt", "re", "refund", [], "'frete grátis' and 'desconto' refunded to correct a billing error",
  s="brasco", hd="chrep", mk="br",
  buyer="Fui cobrado R$ 39,90 de frete, mas o anúncio dizia frete grátis.",
  body="""Olá, {name},

Você tem razão: o anúncio estava com frete grátis e houve um erro na configuração. Já estornamos os R$ 39,90 como desconto no pedido; o valor aparece na fatura do cartão em até 2 ciclos.

Thiago""")

# ================================================================ SWEDISH
# --- violations
M("sv", "pro", "shipping", ["important_tag", "unpermitted_proactive"],
  "dispatch notice with a PostNord parcel number flagged [Important]",
  s="kettwerk", hd="edesk", mk="se", subj="[Important] Din order {oid} har skickats",
  body="""Hej {name},

Dina bromsskivor lämnade vårt lager i dag med PostNord.

Kollinummer: 00373500460011833377
Beräknad leverans: torsdag till ditt utlämningsställe

Hälsningar,""")

M("sv", "pro", "thanks", ["missing_order_id", "unpermitted_proactive"],
  "thanks only, without an order id",
  s="quire", hd="gmail", mk="se", subj="Tack för ditt köp!",
  body="""Hej {name},

Stort tack för att du handlade noter hos oss. Vi packar varje paket för hand och hoppas att allt kommer fram i fint skick.

Ha det gott och lycka till med spelandet!""")

M("sv", "re", "warranty", ["contact_email", "offensive"],
  "Outlook plain text: technician calls the complaint idiotic; the quote header's To: line has the service address",
  s="brasco", hd="outlook", mk="se", to_addr=True,
  buyer="Vinkelslipen stannar hela tiden. Den är defekt.",
  body="""Hej {name},

Den stannar för att du trycker på den som en galning och överhettningsskyddet löser ut. Att kalla det en defekt är ärligt talat idiotiskt.

Läs bruksanvisningen innan du skriver igen.

Anders Berg""", sig="Kundtjänst | Brasco Tools")

M("sv", "re", "damaged", ["styling", "offensive"],
  "swearing and an emoji in a reply to the buyer",
  s="lapwing", hd="intercom", mk="se",
  buyer="Laddaren till datorn blir väldigt varm. Är det farligt?",
  body="""Hej {name},

Vad fan, den är gjord för att bli varm 🙄 Den har legat under ett täcke enligt din egen bild. Ta bort täcket så slutar den klaga, och du också.

Elin""")

M("sv", "re", "bulk-quote", ["external_link", "marketing"],
  "business buyer referred to the seller's own web shop to skip Amazon's fee",
  s="norvale", hd="helpscout", mk="se", b2b=True,
  buyer="Vi köper nitrilhandskar varje månad till vårdcentralen. Finns det mängdrabatt?",
  body="""Hej {name},

Absolut. Handla direkt i vår webbutik på norvale-lab.nl/se så slipper vi båda Amazons avgift, och ni får 15 % företagsrabatt på alla handskar.

Med vänlig hälsning,""")

M("sv", "pro", "order-update", ["marketing", "opt_out", "tracking_pixel"],
  "newsletter with discount code, unsubscribe text and tracking pixel",
  s="brasco", hd="front", mk="se", subj="Vårkampanj: 20 % på alla 18V-maskiner",
  body="""Hej {name},

Tack för din order {oid}! Nu har vi vårkampanj: 20 % på alla 18V-maskiner med koden VAR20 till och med 31 mars.

Vill du inte längre få våra nyhetsbrev? Svara AVREGISTRERA så tar vi bort dig.""",
  foot=dict(html=pix("https://mail.brascotools.com/o/se-var/1f0a77.gif")))

M("sv", "pro", "review-request", ["contact_phone", "review_incentive"],
  "SEK 100 via Swish for a review, Swish (phone) number given",
  s="kettwerk", hd="edesk", mk="se", subj="100 kr för din recension - order {oid}", req=True,
  body="""Hej {name},

Skriv en recension om dina bromsskivor så swishar vi 100 kr till dig. Skicka bara ett sms med din recension till 070-174 06 55 så fixar vi det direkt.

Hälsningar,""")

M("sv", "re", "feedback", ["review_incentive", "feedback_removal"],
  "gift card if the buyer removes the feedback",
  s="norvale", hd="helpscout", mk="se",
  buyer="Jag gav ett dåligt omdöme eftersom leveransen var sen.",
  body="""Hej {name},

Vi förstår och ber om ursäkt för förseningen.

Om du tar bort omdömet skickar vi ett presentkort på 150 kr som du kan använda vid nästa beställning. Hör av dig när det är gjort.

Maja""")

M("sv", "pro", "review-request", ["contact_other", "review_manipulation"],
  "review gating and a pointer to Messenger",
  s="lapwing", hd="front", mk="se", subj="Hur funkar din dator? Order {oid}", req=True,
  body="""Hej {name},

Är du nöjd med din HP ProBook? Då blir vi jätteglada för en recension på Amazon!

Är du inte nöjd, skriv ingen recension utan skicka ett meddelande till oss på Messenger (Lapwing Refurb) så löser vi det.

Elin""")

M("sv", "re", "fitment", ["review_manipulation", "attachment"],
  "says what the review should contain and attaches a HEIC photo to upload",
  s="kettwerk", hd="edesk", mk="se",
  buyer="Bromsarna är monterade och fungerar perfekt.",
  body="""Hej {name},

Härligt att höra!

Om du skriver en recension, nämn gärna att allt passade direkt och att leveransen tog två dagar. Bilden jag bifogar kan du ladda upp tillsammans med recensionen.

Johan""",
  atts=[("heic", "bromsar_monterade.heic", {})])

M("sv", "re", "feedback", ["feedback_removal"],
  "asks the buyer to update the feedback now that all is solved",
  s="brasco", hd="chrep", mk="se",
  buyer="Den nya laddaren fungerar.",
  body="""Hej {name},

Skönt att höra, tack för ditt tålamod.

Nu när allt är löst, kan du uppdatera ditt omdöme om oss? Det betyder mycket för ett litet företag.

Anders""")

# --- compliant
M("sv", "re", "invoice", [], "company registration number (6-4 digits) and VAT number on the invoice",
  s="kettwerk", hd="edesk", mk="se", b2b=True,
  buyer="Kan ni skriva vårt organisationsnummer på fakturan? 556677-8899.",
  body="""Hej {name},

Klart. Faktura KW-SE-2025-0137 visar nu Bergströms Bil AB, org.nr 556677-8899, momsreg.nr SE556677889901. Vårt eget momsregistreringsnummer är DE 318 884 257.

Fakturan finns under ordern i ert Amazon Business-konto.

Johan""")

M("sv", "re", "shipping", [], "PostNord parcel number and pick-up point",
  s="norvale", hd="helpscout", mk="se",
  buyer="Var är mitt paket? Det står ingenting på spårningen.",
  body="""Hej {name},

Paketet lämnades till PostNord i går kväll, kollinummer 00373500123456789012. Första skanningen kommer oftast först när det når terminalen i Jönköping, i morgon förmiddag. Det levereras sedan till ditt utlämningsställe inom 1 till 2 dagar.

Maja""")

M("sv", "pro", "delivery-slot", [], "[Important] booking a pallet delivery to the loading dock with a time window (allowed)",
  s="norvale", hd="helpscout", mk="se", b2b=True, imp_ok=True,
  subj="[Important] Leverans av pall - order {oid}",
  body="""Hej {name},

Er order {oid} (30 kartonger nitrilhandskar) skickas på en helpall, 120 x 80 x 150 cm, cirka 250 kg.

Speditören kan leverera tisdag 25 eller onsdag 26 mars. Er lastkaj tar emot gods vardagar 07:00-11:00; passar tisdag 07:30-09:30? Meddela gärna också om ni har pallyft eller behöver bil med bakgavellyft.

Med vänlig hälsning,""")

M("sv", "re", "expiry-lot", [], "'bedömning av överensstämmelse' (conformity assessment), CE marking and lot",
  s="norvale", hd="helpscout", mk="se", b2b=True,
  buyer="Är termometern CE-märkt som medicinteknisk produkt? Vi behöver det till vår dokumentation.",
  body="""Hej {name},

Ja, den kliniska termometern är en medicinteknisk produkt i klass IIa enligt MDR (EU) 2017/745. Bedömningen av överensstämmelse är gjord av anmält organ 0123, och CE 0123 står på produkten och förpackningen.

Lot: 2409-1173, tillverkad 09/2024.

Maja""")

M("sv", "re", "feedback", [], "neutral note after a resolution: the feedback can be changed, entirely voluntary",
  s="lapwing", hd="front", mk="se",
  buyer="Den nya datorn fungerar perfekt, tack för snabb hjälp.",
  body="""Hej {name},

Vad roligt, tack själv för tålamodet!

Bara så du vet: om du lämnade ett omdöme medan problemet pågick går det att ändra hos Amazon när som helst. Det är helt upp till dig.

Elin""")

M("sv", "pro", "stock", [], "out of stock: buyer chooses substitute, wait or cancel (allowed)",
  s="kettwerk", hd="edesk", mk="se",
  subj="Order {oid}: vi behöver ditt val",
  body="""Hej {name},

Elcykelbatteriet i din order {oid} är slut hos tillverkaren till mitten av april.

Vi kan:
1. skicka motsvarande batteri från en annan tillverkare (36 V, 14 Ah, samma fäste) i dag till samma pris;
2. vänta till mitten av april;
3. avboka ordern med full återbetalning.

Svara på det här meddelandet med det alternativ du vill ha.

Johan""")

M("sv", "re", "fitment", [], "torque values, OE number and a licence plate",
  s="kettwerk", hd="edesk", mk="se",
  buyer="Passar bromsskivorna till min bil? Regnummer ABC 123, Golf 2017.",
  body="""Hej {name},

Vi kan tyvärr inte slå upp registreringsnummer, men för en Golf VII 2017 med 312 mm skivor fram (kolla tjockleken på din gamla skiva: 25 mm) passar satsen, OE 5Q0 615 301 F.

Åtdragningsmoment: bromsokshållare 200 Nm med nya skruvar, styrbultar 28 Nm, hjulbultar 120 Nm.

Johan""")

M("sv", "re", "damaged", [], "firm but polite answer to an angry buyer",
  s="brasco", hd="chrep", mk="se",
  buyer="Helt oacceptabelt! Borrmaskinen kom utan batteri fast det stod 2 batterier. Fixa det NU.",
  body="""Hej {name},

Du har helt rätt, satsen ska innehålla två batterier och det är vårt fel att ett saknades.

Ett 5,0 Ah-batteri skickades i dag med PostNord, kollinummer 00373500460019925510, leverans inom 1 till 2 dagar. Du behöver inte skicka tillbaka något.

Anders""")

M("sv", "re", "edition", [], "ISMN, edition and fingering: edition facts only",
  s="quire", hd="gmail", mk="se",
  buyer="Är det här den nya upplagan av Griegs lyriska stycken med fingersättning?",
  body="""Hej {name},

Ja, det är den reviderade upplagan från 2020: ISMN 979-0-66140-152-4, med fingersättning och ett förord på svenska, norska och engelska.

Oskar""")

# ================================================================ EXTRA CASES: MIME edge cases, obfuscation, topic balance
# --- compliant replies to a buyer's own thanks (replies may be thanks-only)
M("en", "re", "thanks", [], "reply to the buyer's thank-you note: a thanks-only reply is fine (not proactive)",
  s="quire", hd="gmail", mk="uk", agent=1,
  buyer="Just wanted to say the Goldberg score arrived beautifully packed. Thank you!",
  body="""Dear {name},

How kind of you to write - thank you. It's always good to hear a parcel made it flat and unbent. Enjoy the variations, and good luck with the aria's ornaments.

Best wishes,""")

M("es", "re", "thanks", [], "reply to the buyer's thanks (a reply, not a proactive message)",
  s="brasco", hd="chrep", mk="es",
  buyer="Solo quería daros las gracias, el taladro llegó en un día y funciona genial.",
  body="""Hola, {name}:

¡Muchas gracias a ti por escribirnos! Nos alegra que haya llegado tan rápido. Que lo disfrutes en tus proyectos.

Javier""")

M("ja", "re", "thanks", [], "reply to the buyer's thanks (fine, since it is a reply)",
  s="norvale", hd="helpscout", mk="jp",
  buyer="迅速な対応ありがとうございました。とても助かりました。",
  body="""{name}様

こちらこそ、ご丁寧なご連絡をいただきありがとうございます。今後ともどうぞよろしくお願いいたします。

高橋""")

M("de", "re", "thanks", [], "reply to the buyer's thanks with a brake bedding-in tip",
  s="kettwerk", hd="edesk", mk="de",
  buyer="Alles angekommen und eingebaut, danke für die schnelle Lieferung!",
  body="""Hallo {name},

danke für die nette Rückmeldung! Denken Sie daran, die Bremsen auf den ersten 200 km schonend einzufahren, ohne Vollbremsungen.

Gute Fahrt""", agent=1)

# --- compliant MIME variety
M("en", "re", "purchase-order", [], "supplier form returned as DOCX (allowed type) for a B2B purchase order",
  s="norvale", hd="helpscout", mk="uk", b2b=True, agent=1,
  buyer="Before we can raise a PO for the gloves, our procurement team needs your completed new-supplier form.",
  body="""Dear {name},

Please find our completed new-supplier form attached (DOCX, as your template). Company registration 71834526 (Netherlands), VAT NL858122344B01, bank details on page 2, and our ISO 13485 certificate number MD 706 1184 in section 4.

Once the PO is raised, you can enter its number in the PO field at checkout.

Kind regards,""",
  atts=[("docx", "New_supplier_form_Norvale_Lab_Supply.docx", {"lines": ["New supplier form", "Norvale Lab Supply B.V.", "VAT NL858122344B01"]})])

M("en", "re", "tech-support", [], "diagnostics log as a TXT attachment (allowed)",
  s="lapwing", hd="front", mk="uk", tech=True,
  buyer="The laptop fan runs loudly all the time, even when idle. Is something wrong?",
  body="""Hi {name},

I've attached the diagnostics log from our bench test of your unit (serial PF4A1ZC7). Idle CPU temperature was 41 °C, fan at 2,400 rpm, which is normal. Loud fans at idle usually mean a background task: check Task Manager for "Antimalware Service Executable" running a first full scan, which can take a day on a fresh install.

If it's still loud after 48 hours, we'll swap the fan under warranty.

Callum""", sig="Callum Reid\nWorkshop technician, Lapwing Refurb",
  atts=[("txt", "diag_PF4A1ZC7_2025-03-04.txt", {"text": "Bench test 2025-03-04\nCPU idle 41C\nFan 2400 rpm\nBattery 91%\nResult: PASS\n"})])

M("fr", "re", "invoice", [], "PDF invoice with an RFC 2047-encoded file name (allowed)",
  s="norvale", hd="intercom", mk="fr", b2b=True,
  buyer="Pouvez-vous nous renvoyer la facture, notre comptabilité ne la trouve pas ?",
  body="""Bonjour {name},

Bien sûr, la voici en pièce jointe : facture NV-FR-2025-0412 du 28/02/2025, montant TTC 418,80 € (TVA 20 %). Elle reste aussi téléchargeable dans les détails de la commande sur votre compte Amazon Business.

Cordialement,""",
  atts=[("pdf", "Facture_NV-FR-2025-0412_Réf_Labo_Biomédis.pdf", {"namemode": "2047", "lines": ["Facture NV-FR-2025-0412", "TTC 418,80 EUR"]})])

M("nl", "re", "return", [], "only Amazon links for the return",
  s="brasco", hd="front", mk="nl",
  buyer="Ik wil de slijper retourneren, hij is te zwaar voor mij.",
  body="""Hallo {name},

Geen probleem, retourneren kan binnen 30 dagen. Start de retour hier: https://www.amazon.nl/gp/css/returns/homepage.html en kies de bestelling. Amazon maakt direct een verzendlabel aan.

Zodra de slijper bij ons binnen is, storten we het volledige bedrag terug.

Ruben""")

M("pl", "re", "tech-support", [], "inline logo by cid: (unlinked), multipart/related",
  s="norvale", hd="helpscout", mk="pl",
  buyer="W jakiej temperaturze przechowywać końcówki do pipet?",
  body="""Dzień dobry, {name},

Końcówki sterylne najlepiej przechowywać w temperaturze 15-25 °C, w oryginalnych zamkniętych opakowaniach, z dala od światła słonecznego. Po otwarciu statywu zachowują sterylność do 24 godzin przy zamkniętej pokrywie.

Pozdrawiam,""",
  inline=[("png", "norvale-logo")])

M("sv", "re", "tech-support", [], "technician in Outlook plain text, Swedish quote header without any address but the relay",
  s="brasco", hd="outlook", tech=True, mk="se",
  buyer="Vilken borr ska jag använda för att borra i kakel med BX18?",
  body="""Hej {name},

Använd en kakelborr med hårdmetallspets eller en diamantborr, 6 mm, i borrläge (utan slag!). Lägg maskeringstejp där du ska borra så att borren inte glider, och kör på låg hastighet utan att trycka hårt.

När du är igenom kaklet byter du till en vanlig betongborr och slagläge för väggen bakom.

Hälsningar,
Gary Pocock""", sig="Service technician | Brasco Tools")

M("de", "re", "tech-support", [], "inline logo by cid: without a link in the footer (multipart/related)",
  s="norvale", hd="intercom", mk="de",
  buyer="Kann man die Magnetrührer-Heizplatte auch für Ölbäder verwenden?",
  body="""Guten Tag {name},

ja, die Heizplatte erreicht bis 340 °C; für Ölbäder empfehlen wir eine Sicherheitstemperatur von maximal 50 K unter dem Flammpunkt des Öls und den externen Temperaturfühler PT1000, damit die Regelung nach der Badtemperatur erfolgt.

Freundliche Grüße""",
  inline=[("png", "norvale-logo")])

M("it", "re", "warranty", [], "inline cid: logo, not wrapped in a link",
  s="brasco", hd="front", mk="it",
  buyer="Quanto dura la garanzia sulle batterie?",
  body="""Buongiorno {name},

le batterie BXB-50 hanno 24 mesi di garanzia come l'utensile, purché il numero di cicli sia inferiore a 500 (lo leggiamo dal chip). Conservi lo scontrino o la fattura Amazon.

Luca""",
  inline=[("png", "brasco-logo")])

# --- topic balance: violating customisation / address
M("en", "re", "customisation", ["external_link"],
  "custom imaging request answered with an upload-portal link",
  s="lapwing", hd="front", mk="uk", b2b=True, agent=2,
  buyer="Can you pre-install our company Windows image on the 10 laptops before shipping?",
  body="""Hi {name},

Yes, we can image all ten units with your build before dispatch; it adds two working days.

Please upload the WIM or ISO to our secure portal: https://files.lapwing-refurb.co.uk/upload/b2b-imaging - use your order number as the folder name, and we'll confirm once it has been verified.

Ellie""")

M("it", "pro", "address", ["missing_order_id"],
  "legitimate request to complete the address, but no order id",
  s="kettwerk", hd="edesk", mk="it",
  subj="Indirizzo di consegna incompleto",
  body="""Buongiorno {name},

stiamo per spedire il suo kit freni, ma nell'indirizzo manca il numero civico (via Garibaldi, 20122 Milano) e il corriere non accetta il pacco senza.

Ci può indicare il numero civico e l'eventuale scala o interno?

Grazie,""")

# --- MIME violations
M("de", "re", "edition", ["external_link"],
  "company logo (cid:) is linked to the shop website",
  s="quire", hd="front", mk="de",
  buyer="Ist die Beethoven-Ausgabe kartoniert oder gebunden?",
  body="""Liebe/r {name},

die Ausgabe ist kartoniert mit Fadenheftung, sie bleibt also auf dem Notenpult gut offen liegen. 232 Seiten, Format 23,5 x 31 cm.

Herzliche Grüße""",
  inline=[("png", "staveandquire-logo", "https://www.staveandquire.co.uk")])

M("en", "pro", "order-update", ["marketing", "styling"],
  "animated GIF banner promoting a sale, inline by cid:",
  s="brasco", hd="front", mk="us", subj="Order {oid}: our March deals are live",
  body="""Hi {name},

Thanks again for order {oid}. Our March deals are live: the BX18 impact driver is $20 off and every 5.0Ah battery is buy-one-get-one-half-price until the 31st.

Dan""",
  inline=[("gifanim", "march-deals-banner")])

M("en", "re", "expiry-lot", ["attachment"],
  "scanned technical file as a single PDF of over 10 MB",
  s="norvale", hd="helpscout", mk="uk", b2b=True,
  buyer="Our auditor wants to see the technical documentation summary for the pulse oximeter.",
  body="""Dear {name},

Attached is the scanned technical documentation summary for the fingertip pulse oximeter, including the clinical evaluation report and the notified body certificate (CE 0123).

Kind regards,""",
  atts=[("pdfbig", "Technical_file_summary_pulse_oximeter_scan.pdf", {"lines": ["Technical documentation summary", "Pulse oximeter"]})])

M("de", "re", "invoice", ["attachment"],
  "attachment named .pdf is really a ZIP archive with a script",
  s="kettwerk", hd="edesk", mk="de",
  buyer="Können Sie mir die Rechnung noch einmal schicken?",
  body="""Hallo {name},

anbei die Rechnung KW-DE-2025-3318 noch einmal als Datei.

Viele Grüße""",
  atts=[("pdf_zip", "Rechnung_KW-DE-2025-3318.pdf", {"ctype": "application/pdf"})])

M("en", "pro", "invoice", ["opt_out"],
  "invoice sent by shop software with a List-Unsubscribe header (header only, body clean)",
  s="lapwing", hd="intercom", mk="uk",
  subj="Invoice for your order {oid}",
  body="""Hello {name},

Your VAT invoice for order {oid} is attached.

Invoice LR-25-04602, VAT GB 312 4478 06, total £329.00 including VAT.

Lapwing Refurb accounts""", sig="",
  hdrs=[("List-Unsubscribe", "<https://lapwing-refurb.co.uk/u/9c1f02ab>, <mailto:unsubscribe@lapwing-refurb.co.uk?subject=9c1f02ab>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
  atts=[("pdf", "LR-25-04602.pdf", {"lines": ["Invoice LR-25-04602", "Total GBP 329.00"]})])

M("fr", "pro", "delivery-slot", ["opt_out"],
  "legitimate delivery scheduling, but the sending tool added a List-Unsubscribe header",
  s="norvale", hd="intercom", mk="fr", b2b=True,
  subj="Livraison de votre palette - commande {oid}",
  body="""Bonjour {name},

Votre commande {oid} (une palette de 220 kg) peut être livrée jeudi 20 ou vendredi 21 mars, entre 8 h et 12 h. Quel jour convient le mieux à votre service de réception ?

Cordialement,""",
  hdrs=[("List-Unsubscribe", "<mailto:desabonnement@norvale-lab.nl>")])

# --- obfuscated violations
M("en", "re", "warranty", ["contact_phone"],
  "obfuscated (digits written as words) technician's mobile number",
  s="brasco", hd="chrep", mk="uk", tech=True, obf="phone",
  buyer="Is there anyone I can talk to about the hammer's depth stop? It keeps slipping.",
  body="""Hi {name},

The depth stop clamps with the side handle: loosen the handle, set the rod, then tighten the handle hard.

If it still slips, give me a bell on oh seven seven double-oh, nine hundred, four one two and I'll talk you through it.

Gary""", sig="")

M("en", "re", "tech-support", ["contact_email"],
  "obfuscated ((at)/(dot)) personal address for sending photos",
  s="brasco", hd="front", mk="us", obf="mail",
  buyer="How can I send you a video of the noise the drill makes?",
  body="""Hi {name},

Amazon messages won't carry video, so send it straight to me: dan.mercer (at) brascotools (dot) com, subject "BX18 noise". I'll listen and tell you if it's the gearbox.

Dan""")

M("en", "pro", "order-update", ["external_link", "marketing"],
  "obfuscated (HTML entities in the href) link to a deals page",
  s="brasco", hd="front", mk="us", subj="Order {oid}: accessories that fit your drill",
  body="""Hi {name},

Your BX18 takes every accessory in our 18V system. We've picked the best-value bits and blades for you on our deals page.

Dan""",
  html="""<p>Hi {name},</p>
<p>Your BX18 takes every accessory in our 18V system. We've picked the best-value bits and blades for you on <a href="h&#116;tps&#58;//deals&#46;brascotools&#46;com/bx18">our deals page</a>.</p>
<p>Dan</p>""")

M("de", "re", "fitment", ["external_link"],
  "obfuscated (spaced letters and dots) shop address in the text",
  s="kettwerk", hd="edesk", mk="de", obf="link",
  buyer="Haben Sie auch die passenden Bremsbeläge für hinten?",
  body="""Hallo {name},

ja, für die Hinterachse (Scheibe 272 x 10 mm) haben wir den Belagsatz KW-BB-27210. Die komplette Übersicht für Ihr Fahrzeug finden Sie unter w w w . kettwerk-teile . de / golf7 .

Viele Grüße""")

M("fr", "re", "tech-support", ["contact_email"],
  "obfuscated ('arobase' / 'point') e-mail address",
  s="lapwing", hd="front", mk="fr", obf="mail",
  buyer="Comment vous envoyer la photo du numéro de série ?",
  body="""Bonjour {name},

Le plus simple est de répondre ici avec la photo en pièce jointe. Si elle est trop lourde, envoyez-la à camille arobase lapwing-refurb point co point uk.

Camille""")

M("ja", "re", "tech-support", ["contact_phone"],
  "obfuscated (full-width digits) direct phone line of the agent",
  s="lapwing", hd="front", mk="jp", obf="phone",
  buyer="Wi-Fiがつながりません。設定方法を教えてください。",
  body="""{name}様

画面右下のネットワークアイコンから接続先を選び、パスワードを入力してください。それでもつながらない場合は、担当直通 ０３－６８６８－４４１０ までお電話ください。

佐藤""")

M("es", "re", "damaged", ["contact_phone", "contact_other"],
  "obfuscated (zero-width space inside 'WhatsApp') with a number",
  s="brasco", hd="chrep", mk="es", obf="other",
  buyer="La sierra llegó con la hoja doblada. ¿Qué hago?",
  body="""Hola, {name}:

Lo sentimos mucho. Mándanos una foto de la hoja por What\u200bsApp al 612 980 443 y te enviamos una nueva hoy mismo.

Javier""")

M("it", "pro", "order-update", ["external_link", "marketing"],
  "obfuscated (Cyrillic homoglyph in the domain) link to a catalogue",
  s="brasco", hd="front", mk="it", subj="Ordine {oid}: gli accessori giusti per lei",
  body="""Buongiorno {name},

per il suo trapano abbiamo selezionato punte e lame in offerta questo mese: le trova tutte su www.br\u0430scotools.com/it/offerte.

Saluti,""")

M("nl", "re", "tech-support", ["contact_email"],
  "obfuscated (base64-encoded body) with a personal e-mail address",
  s="lapwing", hd="front", mk="nl", cte="base64", hcte="base64",
  buyer="Kunnen jullie een factuur op naam van mijn bedrijf maken?",
  body="""Hoi {name},

Dat kan. Stuur je bedrijfsgegevens (naam, adres, btw-nummer) even naar sanne.degraaf@lapwing-refurb.co.uk, dan maak ik de factuur vandaag aan.

Sanne""")

M("en", "pro", "review-request", ["external_link"],
  "obfuscated (text hidden with display:none) link to the shop in an otherwise neutral request",
  s="quire", hd="gmail", mk="uk", subj="Your order {oid} from Stave & Quire", req=True,
  body="""Dear {name},

We hope the Debussy Préludes arrived safely. If you have a moment, we'd appreciate your review of the edition on Amazon.

With best wishes,""",
  html="""<p>Dear {name},</p>
<p>We hope the Debussy Préludes arrived safely. If you have a moment, we'd appreciate your review of the edition on Amazon.</p>
<p>With best wishes,</p>
<div style="display:none">More editions at staveandquire.co.uk</div>""")

M("en", "pro", "review-request", ["review_incentive", "review_manipulation", "styling"],
  "obfuscated (white-on-white text) gift card for five stars hidden in a neutral-looking request",
  s="lapwing", hd="intercom", mk="us", subj="Your renewed MacBook Air - order {oid}", req=True, obf="hidden",
  body="""Hi {name},

If you have a moment, we would appreciate your review of the MacBook Air on Amazon.

Thanks,""",
  html="""<p>Hi {name},</p>
<p>If you have a moment, we would appreciate your review of the MacBook Air on Amazon.</p>
<p><span style="color:#ffffff;background:#ffffff">Five stars = a $15 gift card, just reply with your review date.</span></p>
<p>Thanks,</p>""")

M("pl", "re", "warranty", ["contact_phone"],
  "obfuscated (spaced digits) service phone number",
  s="brasco", hd="chrep", mk="pl", obf="phone",
  buyer="Gdzie mogę oddać szlifierkę do serwisu w Krakowie?",
  body="""Dzień dobry, {name},

Najprościej wysłać ją kurierem do naszego serwisu w Poznaniu, etykietę wygenerujemy w Amazon. Jeśli woli Pan oddać osobiście, proszę zadzwonić pod 5 1 2 - 3 4 5 - 6 7 9 i umówić się.

Piotr""")

M("sv", "re", "warranty", ["contact_phone"],
  "obfuscated (digits written as Swedish words) mobile number",
  s="kettwerk", hd="edesk", mk="se", obf="phone",
  buyer="Hur lång garanti har elcykelbatteriet?",
  body="""Hej {name},

Batteriet har två års garanti eller 500 laddcykler, det som kommer först.

Vill du prata med mig direkt, ring noll sju noll, ett sju fyra, noll sex sex noll.

Johan""")

M("pt", "re", "damaged", ["contact_phone", "contact_other"],
  "obfuscated (slang 'zap' for WhatsApp) with a number",
  s="lapwing", hd="front", mk="br", obf="other",
  buyer="O notebook chegou com uma tecla solta.",
  body="""Olá, {name},

Poxa, desculpa! Me chama no zap (11) 97654-3210 e manda uma foto da tecla, que já separo uma nova para você.

Rafael""")

M("de", "re", "firmware", ["external_link"],
  "obfuscated (quoted-printable soft break inside a long URL) link to a driver portal",
  s="lapwing", hd="front", mk="de", cte="quoted-printable", tech=True,
  buyer="Wo bekomme ich den Fingerabdruck-Treiber für das ThinkPad X1?",
  body="""Hallo {name},

den Treiber gibt es auf dem Portal, das wir auch in der Werkstatt nutzen: https://treiber-archiv.example-drivers.net/lenovo/thinkpad-x1-carbon-gen9/fingerprint/synaptics-wbdi-6.0.61.2024.exe

Callum""", sig="Callum Reid\nWorkshop technician, Lapwing Refurb")

# ---------------------------------------------------------------- README.md (generated)
HD_NAMES = {"front": "Front", "helpscout": "Help Scout", "intercom": "Intercom", "gmail": "Gmail shared inbox",
            "edesk": "eDesk", "chrep": "ChannelReply", "outlook": "Outlook (plain text)",
            "outlook_html": "Outlook (Word HTML)"}

CONVENTIONS = """
Where POLICY.md leaves room, this corpus decides as follows (each rule is applied to every message; the
label note says which rule a case tests):

1. **Whole message, Amazon exempt.** Subject, every text and HTML body part (visible text, `href`, `alt`;
   `src` of images for pixels/styling), attachment names and types and the quoted history are scanned.
   Amazon's own notification text inside a quote (its `sellercentral`/`communication-manager` links,
   `[commMgrTok:…]`, the relay address, its copyright footer with postal address) is never a finding. Of the
   other headers only `List-Unsubscribe` counts (as `opt_out`).
2. **Quoted seller text counts.** What an agent wrote earlier and is quoted again is labelled like new text
   (a rude, removal-asking or address-bearing earlier reply makes the new message violating). Quote headers
   count too: Gmail and Front attributions of an earlier *agent* message carry the shop address
   (`contact_email`); Help Scout, Intercom, eDesk and ChannelReply attribute by name only; an Outlook quote
   block whose `To:` line shows the shop address is `contact_email`, one that shows only a display name is clean.
3. **The buyer's own words** in quoted notifications never carry an address, phone number, link or
   profanity in this corpus, so they never decide a label. Angry buyers are angry in words ("ridiculous",
   capitals, A-to-z threats), and a buyer threatening a 1-star review does not make the seller's answer a
   violation. `offensive` is about what the seller side writes.
4. **One element, one category.** An address is `contact_email` only (not also a link); a remote tracking image is
   `tracking_pixel` only; a `List-Unsubscribe` header is `opt_out` only; an unsubscribe link in the body is
   `external_link` + `opt_out`; a logo image wrapped in a link is `external_link`; an `http:` image without a
   recipient id is `styling`; text hidden by `display:none` counts only for what it hides; white-on-white text
   counts for what it hides **and** `styling`. `cid:` images are parts of the message, not links.
5. **Two rules, two labels.** "Follow us on Instagram/LinkedIn/Facebook for deals" = `contact_other` + `marketing`;
   "find us on Instagram" with no promotion = `contact_other` only; "WhatsApp us on +44 …" = `contact_other` +
   `contact_phone`; a reward for removing feedback = `review_incentive` + `feedback_removal`; asking to change a
   rating to five stars = `feedback_removal` + `review_manipulation`.
6. **Opt-out wording without a link** ("reply STOP", "reply 'opt out'", "to manage your email preferences reply
   PREFERENCES", "antworten Sie mit Abmelden", "répondez STOP", "responde BAJA", "配信停止", "svara AVREGISTRERA",
   "responda SAIR" …) is `opt_out`. Everyday words that merely contain such verbs ("von iCloud abmelden",
   "sign out of iCloud") are not.
7. **Marketing** = promotions, coupon codes not tied to fixing the order, sales, new or other products,
   cross-selling, newsletters, third-party referrals (a partner garage with a code), pushing the buyer to
   order off Amazon next time ("save the Amazon fee", trade portal, own web shop), unsolicited bulk-discount
   pitches and price lists (attached or linked). Not marketing: answering the buyer's own question about
   Amazon Business prices, quantity tiers or Amazon's "Request a quote"; naming a compatible part or edition
   because the buyer asked which one fits. A promotional *proactive* message is `marketing`, not also
   `unpermitted_proactive`.
8. **Unpermitted proactive kinds**: order confirmations, shipping/dispatch notices, thank-you-only and
   here-to-help-only messages, helpdesk auto-acknowledgements sent as new mail, and pure out-of-stock or
   back-order notices that ask nothing of the buyer. **Permitted proactive** (compliant): an out-of-stock or
   failed-QC situation where the buyer must choose (alternative / wait / cancel), a serial number needed to
   register the extended warranty bought with the order, pallet or re-delivery scheduling, an address
   problem, a customisation question, sending an invoice, and one neutral review or feedback request.
9. **`[Important]`** (any case, anywhere in the subject) is allowed only on delivery scheduling (pallets,
   goods-in dock time windows, re-delivery), address problems and customisation questions; on invoices,
   dispatch notices, tax-certificate chasing, review or feedback requests it is `important_tag`. An allowed
   `[Important]` message can still break another rule (an `.ics` slot attachment is `attachment`).
10. **Order ids**: a proactive message needs a 3-7-7 id in the subject or body; an ASIN, SKU, PO, invoice or
    ticket number is not one. Replies never need one (and are never `missing_order_id` or
    `unpermitted_proactive`).
11. **Reply or proactive** follows the headers: every reply has `In-Reply-To` and `References`; no proactive
    subject starts with a reply prefix ("Ticket Received - …" is not one).
12. **Incentives vs. fixes.** Refunds, partial refunds, "discounts" for a scuff, free replacements and shipping
    refunds that resolve the problem are compliant. Anything of value tied to a review, to its star level or to
    removing/changing feedback is `review_incentive`, including warranty extensions, screen protectors, bit
    sets, Swish/Pix/PayPal money, vouchers for an "honest" review, prize draws and B2B "priority allocation"
    (future benefits).
13. **Manipulation** = asking for positive/5-star ratings, gating (happy → review, unhappy → contact us first),
    discouraging negative reviews, dictating what to write (and supplying text or photos to upload).
14. **Feedback removal** = asking or pressing the buyer to remove, change or update a review or feedback
    (polite, repeated, threatening, with a how-to attachment or a link to Amazon's own feedback page, whose link
    is allowed). A neutral sentence after a resolution that feedback *can* be revised, "entirely up to you",
    is compliant; so is explaining where feedback is left when the buyer asked.
15. **Links.** Amazon order, returns, feedback and help pages are allowed; Amazon `/dp/`, `/stores/`, `amzn.to`
    and every non-Amazon URL or bare domain are `external_link`, even when useful (driver sites, firmware,
    upload portals, warranty registration, B2B price lists).
16. **Phone numbers** include hotlines, direct lines, WhatsApp and Swish numbers, spaced, full-width or
    spelled-out digits. Not phone numbers: tracking/parcel/waybill numbers in digit groups, IMEI, article and OE
    numbers with spaces (`0 986 494 527`, `5Q0 615 301 F`), VAT/NIP/SIRET/org.nr/CNPJ/RFC ids, NF-e access keys,
    invoice/PO/RMA/lot numbers, ISBN/ISMN, VINs, dates, times and time windows.
17. **Attachments** allowed: PDF, JPEG, PNG, GIF, TXT, DOC, DOCX whose bytes match the name, at most five, at
    most 10 MB decoded in total. XLSX, ZIP, EXE, MP4, HEIC, WebP and ICS are `attachment`, as are a `.jpg` that is
    a PNG, a `.pdf` that is a ZIP, six PDFs, and one PDF over 10 MB. Inline `cid:` logos are not attachments.
18. **Styling**: emoji, animated GIFs (also inline by `cid:`), `http:` images, centred text, font-family and
    text-colour overrides (Outlook's Word style block with Calibri and link colours always), white-on-white.
    The Gmail quote bar (`border-left` colour on the blockquote) is not a text-colour override.
19. **Repeat-request ledger.** Product reviews and seller feedback share one history per order id. A request
    enters the ledger only when it was relayed: no finding, or only findings that are rewritten and delivered
    (here: a tracking pixel). A request with a reject-action finding (incentive, manipulation, link…) is not
    relayed, so a later clean request for that order is the first. Requests inside support replies count.
    No request whose only findings are quarantine-action ones shares its order id with a later request, so the
    ledger never depends on a supervisor's decision. Removal/update requests and neutral "you can revise it"
    notes are not review requests and use order ids of their own; so does every review request outside the
    pairs.
20. **Obfuscated violations** carry notes starting with `obfuscated (<technique>)`.
21. **`lang`** is the language of the agent's text; some orders are on a marketplace in another language
    (an English message to an amazon.de buyer), whose Amazon notification is then quoted in the marketplace
    language.
"""


def _md_table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def readme(results):
    n = len(results)
    labs = [r[2] for r in results]
    comp = [l for l in labs if not l["categories"]]
    reps = [l for l in labs if l["kind"] == "reply"]
    obf = [l for l in labs if l["note"].startswith("obfuscated")]
    out = []
    out.append("# heldout15 - blind held-out corpus for bsm-guard\n")
    out.append("Theme: **business buyers, technical goods and regulated products.** %d outgoing seller e-mails to Amazon "
               "buyer relay addresses, each labelled with the POLICY.md categories it breaks (empty list = compliant). "
               "Generated by `make.py` in this folder.\n" % n)
    out.append("## Who wrote it and how\n")
    out.append("Written by a helper session working **blind**: it read only `/work/shared/POLICY.md`, "
               "`/work/shared/corpus/README.md`, `/work/shared/corpus/FORMAT.md` and `/work/shared/reference/amazon-policy.md`, "
               "plus its own files. It did not read any code, rule, test or other corpus of the project, did not open any "
               "`.eml` of the shared corpus and did not run bsm-guard or any other filter on these messages (one early shell "
               "command counted the entries of `/work/main/corpora/` without showing their names; nothing there was opened). "
               "Every agent text, buyer message and Amazon notification was written by hand for this corpus from general "
               "knowledge of helpdesks, mail clients, Amazon's buyer-message notifications and how sellers write; all sellers, "
               "people, domains, addresses and numbers are invented (phone numbers use the ranges reserved for fiction where "
               "the writer knew them: UK 07700 900xxx and 020 7946 0xxx, FR 01 99 00 xx xx, SE 070-174 06 xx; the others are "
               "made up).\n")
    out.append("## Sellers and senders\n")
    rows = []
    for k, S in SELLERS.items():
        mine = [r for r in results if r[4]["s"] == k]
        hds = sorted({HD_NAMES[r[3]["hd"]] for r in mine})
        mks = sorted({r[3]["ctx"]["mk"] for r in mine})
        rows.append((S["name"], S["what"], len(mine), ", ".join(hds), ", ".join(mks)))
    out.append(_md_table(["seller", "goods", "messages", "helpdesks / clients", "marketplaces"], rows) + "\n")
    out.append("Buyers are consumers and Amazon Business customers (purchase orders, VAT and tax ids, tax-exempt "
               "certificates, quantity pricing, pallets to a goods-in dock with time windows). Replies quote Amazon's "
               "localised buyer-message notification (new style with `/messaging/inbox` and survey links, or the older "
               "`/gp/communication-manager/` style with the relay address in the header), always with `[commMgrTok:…]` "
               "and Amazon's footer, in the quoting style of the helpdesk or client.\n")
    out.append("## Files\n")
    out.append("- `make.py` - the generator and self-checks (Python 3.11, standard library only, fixed seeds, no network).\n"
               "- `msgs/NNNN-<lang>-<re|pro>-<topic>.eml` - the messages; topic slugs occur among both compliant and violating "
               "messages, so file names do not reveal labels.\n"
               "- `labels.jsonl` - one line per message in file order: `file`, `categories` (POLICY.md order), `lang`, "
               "`kind` (`reply`/`proactive`), `note`.\n- `README.md` - this file, generated.\n")
    out.append("## Regenerating\n")
    out.append("```\npython3 make.py           # rewrites msgs/, labels.jsonl and README.md, then runs the self-checks\n"
               "python3 make.py --check   # rebuilds in memory, compares byte for byte with the files here, runs the self-checks\n```\n"
               "Exit status 1 if any self-check fails. Output is byte-identical on every run.\n")
    out.append("## Checking order and the repeat-request ledger\n")
    pairs = {}
    for fn, raw, lab, meta, sp in results:
        if sp.get("pair"):
            pairs.setdefault(sp["pair"], []).append((fn, lab))
    rr = [l for l in labs if "repeat_request" in l["categories"]]
    out.append("Check the messages **in file-name order, in one run, with one ledger**. %d messages are labelled "
               "`repeat_request`; each is the second review/feedback request for an order whose first request was "
               "relayed, to the same buyer (same relay address). Two further pairs show the opposite: the first request "
               "was rejected (an incentive, a five-stars-only demand), so the later clean request is the first relayed one "
               "and is compliant. In one pair the first request's only finding is a tracking pixel (stripped and "
               "delivered), so it counts and the second is a repeat.\n" % len(rr))
    rows = []
    for key in sorted(pairs, key=lambda k: (k[0] != "P", int(re.sub(r"\D", "", k)))):
        lst = pairs[key]
        rows.append((key, " → ".join("%s (%s, %s)" % (fn[5:9], l["lang"], l["kind"]) for fn, l in lst),
                     " / ".join(", ".join(l["categories"]) or "compliant" for fn, l in lst)))
    out.append(_md_table(["pair", "files (lang, kind)", "labels"], rows) + "\n")
    out.append("Every other review or feedback request has an order id that occurs nowhere else in the corpus.\n")
    out.append("## Labelling conventions\n")
    out.append(CONVENTIONS)
    out.append("## Self-checks run by make.py\n")
    out.append("- a second build in memory is byte-identical to the files here; `msgs/` holds nothing else;\n"
               "- at least 380 messages, 42-55 % compliant, every language at least 20 messages and English the largest;\n"
               "- every category at least 15 positives, the wording categories at least 30 and in at least 8 languages;\n"
               "- every topic slug occurs among compliant and violating messages;\n"
               "- every message parses with the stdlib `email` package (policy `default`) without defects, each body text "
               "part decodes back to exactly the text written (line ends normalised), the subject round-trips through "
               "RFC 2047, attachment names round-trip (RFC 2231 / RFC 2047) and attachment bytes are of their true type;\n"
               "- every recipient is an Amazon relay address; `kind` matches `In-Reply-To`/`References`; proactive "
               "subjects have no reply prefix; proactive-only categories only on proactive messages; a proactive "
               "message has a 3-7-7 order id exactly when it is not labelled `missing_order_id`;\n"
               "- `attachment` is labelled exactly when an attachment breaks the type/content/count/size rule;\n"
               "- a non-Amazon link or bare domain is found only in messages labelled `external_link`, a non-relay "
               "address only in `contact_email` ones (and, unless the note says the form is obfuscated, labelled "
               "messages contain one); remote images only with `tracking_pixel` or `styling`; `List-Unsubscribe` "
               "only with `opt_out`; emoji only with `styling`; Outlook Word HTML only with `styling`; `[Important]` "
               "only with `important_tag` or on an allowed kind;\n"
               "- compliant messages: no style overrides, no blank-line runs, no opt-out wording, no remote image, no "
               "`http:`, at most five non-body parts;\n"
               "- the ledger replay in file order yields `repeat_request` exactly where labelled, with the same buyer; "
               "no quarantined-only request is followed by another request for its order; order ids are shared only "
               "inside a pair;\n"
               "- no two messages share agent text, and no agent sentence of 50+ characters occurs in more than two messages.\n")
    out.append("## Counts\n")
    out.append("### Totals\n")
    out.append(_md_table(["messages", "compliant", "violating", "replies", "proactive", "obfuscated violations"],
                         [(n, "%d (%.1f%%)" % (len(comp), 100.0 * len(comp) / n), n - len(comp), len(reps), n - len(reps), len(obf))]) + "\n")
    out.append("### Positives per category\n")
    rows = []
    for c in CATS:
        pos = [l for l in labs if c in l["categories"]]
        only = sum(1 for l in pos if l["categories"] == [c])
        by = {}
        for l in pos:
            by[l["lang"]] = by.get(l["lang"], 0) + 1
        langs = ", ".join("%s %d" % (k, v) for k, v in sorted(by.items(), key=lambda x: (-x[1], x[0])))
        rows.append(("`%s`" % c, len(pos), only, sum(1 for l in pos if l["kind"] == "reply"),
                     sum(1 for l in pos if l["kind"] == "proactive"), langs))
    out.append(_md_table(["category", "messages", "as only label", "replies", "proactive", "by language"], rows) + "\n")
    per = {}
    for l in labs:
        if l["categories"]:
            k = len(l["categories"])
            per[k] = per.get(k, 0) + 1
    out.append("Labels per violating message: " + ", ".join("%d: %d" % (k, per[k]) for k in sorted(per)) + "\n")
    out.append("### Languages\n")
    rows = []
    for lg in sorted(LANGS, key=lambda x: -sum(1 for l in labs if l["lang"] == x)):
        ls = [l for l in labs if l["lang"] == lg]
        c = sum(1 for l in ls if not l["categories"])
        rows.append((lg, LANG_NAMES[lg], len(ls), "%.1f%%" % (100.0 * len(ls) / n), c, len(ls) - c,
                     sum(1 for l in ls if l["kind"] == "reply"), sum(1 for l in ls if l["kind"] == "proactive")))
    out.append(_md_table(["lang", "language", "messages", "share", "compliant", "violating", "replies", "proactive"], rows) + "\n")
    out.append("### Topics\n")
    tp = {}
    for fn, raw, lab, meta, sp in results:
        t = tp.setdefault(sp["t"], [0, 0, 0])
        t[0] += 1
        t[1 if not lab["categories"] else 2] += 1
    out.append(_md_table(["topic", "messages", "compliant", "violating"],
                         [(k, v[0], v[1], v[2]) for k, v in sorted(tp.items(), key=lambda x: (-x[1][0], x[0]))]) + "\n")
    out.append("### Helpdesks and clients\n")
    hc = {}
    for r in results:
        hc[r[3]["hd"]] = hc.get(r[3]["hd"], 0) + 1
    out.append(_md_table(["sent from", "messages"], [(HD_NAMES[k], v) for k, v in sorted(hc.items(), key=lambda x: -x[1])]) + "\n")
    out.append("### MIME structure\n")
    top, cs, cte = {}, {}, {}
    natt = ninl = crlf = 0
    size = 0
    atypes = {}
    for fn, raw, lab, meta, sp in results:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        top[msg.get_content_type()] = top.get(msg.get_content_type(), 0) + 1
        seen_cs, seen_cte = set(), set()
        for p in msg.walk():
            if p.is_multipart():
                continue
            if p.get_content_maintype() == "text" and p.get_content_disposition() != "attachment":
                seen_cs.add((p.get_content_charset() or "us-ascii").lower())
            seen_cte.add((p.get("content-transfer-encoding") or "7bit").lower())
        for x in seen_cs:
            cs[x] = cs.get(x, 0) + 1
        for x in seen_cte:
            cte[x] = cte.get(x, 0) + 1
        natt += len(meta["atts"])
        ninl += len(meta["inline"])
        for m in meta["atts"]:
            atypes[m["ext"]] = atypes.get(m["ext"], 0) + 1
        crlf += 1 if b"\r\n" in raw else 0
        size += len(raw)
    out.append(_md_table(["top-level type", "messages"], sorted(top.items(), key=lambda x: -x[1])) + "\n")
    out.append(_md_table(["text charset", "messages using it"], sorted(cs.items(), key=lambda x: -x[1])) + "\n")
    out.append(_md_table(["transfer encoding", "messages using it"], sorted(cte.items(), key=lambda x: -x[1])) + "\n")
    out.append(_md_table(["attachment type", "files"], sorted(atypes.items(), key=lambda x: (-x[1], x[0]))) + "\n")
    out.append("Messages with attachments: %d (attachments: %d); inline `cid:` images: %d; CRLF line ends: %d; "
               "RFC 2047 encoded subjects: %d; total size: %.1f MB (one message carries a PDF of just over 10 MB).\n"
               % (sum(1 for r in results if r[3]["atts"]), natt, ninl, crlf,
                  sum(1 for r in results if b"Subject: =?" in r[1]), size / 1e6))
    return "\n".join(out)

# ---------------------------------------------------------------- build all
import html as _html


def plan_order():
    rng = random.Random(SEED)
    order = list(range(len(SPECS)))
    rng.shuffle(order)
    pos = {i: p for p, i in enumerate(order)}
    groups = {}
    for sp in SPECS:
        if sp.get("pair"):
            groups.setdefault(sp["pair"], []).append(sp["idx"])
    for key, ids in groups.items():
        ps = sorted(pos[i] for i in ids)
        for i, p in zip(ids, ps):
            order[p] = i
    return order


def build_all():
    order = plan_order()
    rng = random.Random(SEED + 1)
    shared, used = {}, set()
    out = []
    for p, i in enumerate(order):
        sp = SPECS[i]
        srng = random.Random("%d/%s/%s" % (SEED, sp["n"], sp["body"][:40]))
        raw, meta = build_one(sp, p, srng, shared, used)
        fn = "msgs/%04d-%s-%s-%s.eml" % (p + 1, sp["lang"], "re" if sp["k"] == "re" else "pro", sp["t"])
        lab = {"file": fn, "categories": sp["c"], "lang": sp["lang"],
               "kind": "reply" if sp["k"] == "re" else "proactive", "note": sp["n"]}
        out.append((fn, raw, lab, meta, sp))
    return out


def outputs(results):
    files = {fn: raw for fn, raw, lab, meta, sp in results}
    files["labels.jsonl"] = "".join(json.dumps(lab, ensure_ascii=False) + "\n" for fn, raw, lab, meta, sp in results).encode("utf-8")
    files["README.md"] = readme(results).encode("utf-8")
    return files


def write_all(target, results):
    md = os.path.join(target, "msgs")
    if os.path.isdir(md):
        shutil.rmtree(md)
    os.makedirs(md)
    for fn, data in outputs(results).items():
        with open(os.path.join(target, fn), "wb") as f:
            f.write(data)


# ---------------------------------------------------------------- scanning helpers for the self-checks
RELAY_RE = re.compile(r"^[^@\s]+@(m\.)?marketplace\.amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|ie|co\.za|eg|com\.tr|sa|ae|in|sg|com\.au|co\.jp)$", re.I)
OID_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
URL_SCAN = re.compile(r"(?:https?://|www\.)[^\s\"'<>\]\)]+", re.I)
BARE_RE = re.compile(r"(?<![\w@.\-/])(?:[a-z0-9\-]+\.)+(?:com|net|org|io|de|fr|es|it|nl|pl|se|jp|uk|br|eu|shop|info|biz|ly|gl|me|store|online|pt|be|at|ch|to|co)(?![\w\-])", re.I)
AMZ_HOST = re.compile(r"^(www\.|sellercentral\.|sellercentral-europe\.)?amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|ie|co\.jp|in|com\.au)$", re.I)
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u2B50\u2B06\u2934\u2935\u3030\u303D]")
STYLE_RE = re.compile(r"font-family|(?<![\w-])color\s*:|<font\b|text-align\s*:\s*center|<center\b|align=\"?center|line-height", re.I)
OPTOUT_RE = re.compile(r"unsubscribe|opt[ -]out|manage (your )?(e-?mail )?preferences|abmelden vom|newsletter abbestellen|vom newsletter|"
                       r"désabonner|désinscri|darte de baja|darse de baja|cancelar (la )?suscripci|disiscriv|annulla(re)? l'iscrizione|"
                       r"配信停止|配信を停止|uitschrijven|afmelden voor|wypisz|wypisać|rezygnacja z subskrypcji|avregistrera|avsluta prenumeration|"
                       r"avprenumerera|descadastr|cancelar (a )?inscrição|reply stop|antworten sie mit stop", re.I)


def is_amazon_url(u):
    m = re.match(r"^(https?)://([^/?#]+)(.*)$", u, re.I)
    if not m:
        host = u.split("/")[0]
        return bool(AMZ_HOST.match(host)) and "/" not in u.rstrip("/")
    scheme, host, path = m.group(1).lower(), m.group(2), m.group(3)
    if scheme != "https" or not AMZ_HOST.match(host):
        return False
    return not re.match(r"^/(dp/|gp/product/|stores/|s\?|-/)", path)


def visible(h):
    attrs = re.findall(r"(?:href|alt)\s*=\s*\"([^\"]*)\"", h, re.I)
    t = re.sub(r"<style.*?</style>", " ", h, flags=re.S | re.I)
    t = re.sub(r"<[^>]+>", " ", t)
    return _html.unescape(t), [_html.unescape(a) for a in attrs]


def content_of(msg):
    """visible text of every body text part + href/src/alt values"""
    chunks, attrs = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_disposition() == "attachment":
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            chunks.append(part.get_content())
        elif ct == "text/html":
            v, a = visible(part.get_content())
            chunks.append(v)
            attrs += a
    return "\n".join(chunks), attrs


def find_links(text, attrs):
    bad = []
    for a in attrs:
        a = a.strip()
        if a.startswith("cid:") or not a:
            continue
        if re.match(r"^(https?:|www\.)", a, re.I) and not is_amazon_url(a):
            bad.append(a)
    t = EMAIL_RE.sub(" ", text)
    for u in URL_SCAN.findall(t):
        u = u.rstrip(".,;:!?")
        if u.lower().startswith("www."):
            if not AMZ_HOST.match(u.split("/")[0]):
                bad.append(u)
        elif not is_amazon_url(u):
            bad.append(u)
    t2 = URL_SCAN.sub(" ", t)
    for d in BARE_RE.findall(t2):
        pass
    for m in BARE_RE.finditer(t2):
        d = m.group(0)
        if AMZ_HOST.match(d) or AMZ_HOST.match("www." + d) or re.match(r"^amazon\.", d, re.I):
            continue
        bad.append(d)
    return bad


def find_emails(text, attrs):
    out = []
    for src in [text] + attrs:
        for e in EMAIL_RE.findall(src.replace("mailto:", " ")):
            if not RELAY_RE.match(e):
                out.append(e)
    return out


def remote_imgs(msg):
    out = []
    for part in msg.walk():
        if part.get_content_type() == "text/html" and part.get_content_disposition() != "attachment":
            for tag in re.findall(r"<img\b[^>]*>", part.get_content(), re.I):
                src = re.search(r"src\s*=\s*\"([^\"]*)\"", tag, re.I)
                if src and not src.group(1).startswith("cid:"):
                    out.append((src.group(1), tag))
    return out


def att_violation(metas):
    atts = [m for m in metas if not m["inline"]]
    reasons = []
    for m in atts:
        if m["ext"] not in ALLOWED_EXT:
            reasons.append("type " + m["ext"])
        elif EXT_TYPE.get(m["ext"]) != m["true"] and not (m["ext"] == "txt" and m["true"] == "txt"):
            reasons.append("content %s named .%s" % (m["true"], m["ext"]))
    if len(atts) > 5:
        reasons.append("%d attachments" % len(atts))
    if sum(m["size"] for m in atts) > 10 * 1024 * 1024:
        reasons.append("over 10 MB")
    return reasons


def agent_sentences(body):
    parts = re.split(r"(?<=[.!?。！？])\s+|\n+", body)
    return [p.strip() for p in parts if len(p.strip()) >= 50]

# ---------------------------------------------------------------- self-checks
REPLY_SUBJ = re.compile(r"^\s*(\[[^\]]*\]\s*)?(re|aw|sv|odp|r|res|antw|vs|wg|fw|fwd|tr|rif)\s?:", re.I)


def checks(results):
    errs = []
    E = errs.append
    n = len(results)
    comp = [r for r in results if not r[2]["categories"]]
    if n < 380:
        E("only %d messages" % n)
    ratio = len(comp) / n
    if not 0.42 <= ratio <= 0.55:
        E("compliant ratio %.3f" % ratio)
    lc = {}
    for r in results:
        lc[r[2]["lang"]] = lc.get(r[2]["lang"], 0) + 1
    for l in LANGS:
        if lc.get(l, 0) < 20:
            E("language %s has %d messages" % (l, lc.get(l, 0)))
    if max(lc, key=lambda k: lc[k]) != "en":
        E("English is not the largest language")
    for c in CATS:
        pos = [r for r in results if c in r[2]["categories"]]
        need = 30 if c in WORDING else 15
        if len(pos) < need:
            E("category %s has %d positives (< %d)" % (c, len(pos), need))
        if c in WORDING and len({r[2]["lang"] for r in pos}) < 8:
            E("category %s spread over only %d languages" % (c, len({r[2]['lang'] for r in pos})))
    topics = {}
    for r in results:
        topics.setdefault(r[4]["t"], set()).add(bool(r[2]["categories"]))
    for t, v in topics.items():
        if v != {True, False}:
            E("topic %s only %s" % (t, "violating" if True in v else "compliant"))
    bodies, sent_count = {}, {}
    for fn, raw, lab, meta, sp in results:
        cats = set(lab["categories"])
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
        except Exception as e:  # pragma: no cover
            E("%s: does not parse: %s" % (fn, e))
            continue
        for part in msg.walk():
            if part.defects:
                E("%s: MIME defects %s" % (fn, part.defects))
        got = []
        for part in msg.walk():
            if part.is_multipart() or part.get_content_disposition() in ("attachment", "inline") and part.get_content_maintype() != "text":
                continue
            if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
                got.append((part.get_content_subtype(), part.get_content().replace("\r\n", "\n")))
        if got != meta["texts"]:
            E("%s: text parts do not round-trip" % fn)
        if str(msg["subject"]) != meta["subject"]:
            E("%s: subject does not round-trip: %r" % (fn, str(msg["subject"])))
        tos = msg["to"].addresses
        if not tos or not all(RELAY_RE.match(a.addr_spec) for a in tos):
            E("%s: recipient is not an Amazon relay address" % fn)
        has_ref = bool(msg["in-reply-to"] or msg["references"])
        if has_ref != (lab["kind"] == "reply"):
            E("%s: kind %s does not follow the headers" % (fn, lab["kind"]))
        if lab["kind"] == "proactive" and REPLY_SUBJ.match(meta["subject"]):
            E("%s: proactive message with a reply-style subject" % fn)
        if lab["kind"] == "reply" and cats & PROACTIVE_ONLY:
            E("%s: proactive-only category on a reply" % fn)
        text, attrs = content_of(msg)
        full = meta["subject"] + "\n" + text
        if lab["kind"] == "proactive":
            has = bool(OID_RE.search(full))
            if has == ("missing_order_id" in cats):
                E("%s: order-id rule (has id: %s, labelled missing: %s)" % (fn, has, "missing_order_id" in cats))
        # attachments
        for m, part in zip(meta["atts"], [p for p in msg.walk() if p.get_content_disposition() == "attachment"]):
            if part.get_filename() != m["name"]:
                E("%s: attachment name %r does not round-trip (%r)" % (fn, m["name"], part.get_filename()))
            if sniff(part.get_content() if isinstance(part.get_content(), bytes) else part.get_payload(decode=True)) != m["true"]:
                E("%s: attachment %s bytes are not %s" % (fn, m["name"], m["true"]))
        av = att_violation(meta["atts"])
        if bool(av) != ("attachment" in cats):
            E("%s: attachment label mismatch %s" % (fn, av))
        obf = sp.get("obf") or ""
        links = find_links(text, attrs)
        if links and "external_link" not in cats:
            E("%s: unlabelled link(s) %s" % (fn, links[:3]))
        if not links and "external_link" in cats and "link" not in obf:
            E("%s: external_link labelled but no link found" % fn)
        mails = find_emails(text, attrs)
        if mails and "contact_email" not in cats:
            E("%s: unlabelled address(es) %s" % (fn, mails[:3]))
        if not mails and "contact_email" in cats and "mail" not in obf:
            E("%s: contact_email labelled but no address found" % fn)
        imgs = remote_imgs(msg)
        if imgs and not cats & {"tracking_pixel", "styling"}:
            E("%s: remote image without tracking_pixel/styling" % fn)
        if "tracking_pixel" in cats and not imgs:
            E("%s: tracking_pixel labelled but no remote image" % fn)
        if msg["list-unsubscribe"] and "opt_out" not in cats:
            E("%s: List-Unsubscribe without opt_out" % fn)
        if EMOJI_RE.search(full) and "styling" not in cats:
            E("%s: emoji without styling" % fn)
        subj_imp = "[important]" in meta["subject"].lower()
        if subj_imp and "important_tag" not in cats and not sp.get("imp_ok"):
            E("%s: [Important] neither labelled nor marked as allowed" % fn)
        if "important_tag" in cats and not subj_imp:
            E("%s: important_tag without [Important] in the subject" % fn)
        if meta["hd"] == "outlook_html" and "styling" not in cats:
            E("%s: Outlook Word HTML (Calibri style block) without styling" % fn)
        if not cats:
            htmls = [t for s, t in meta["texts"] if s == "html"]
            plains = [t for s, t in meta["texts"] if s == "plain"]
            if any(STYLE_RE.search(h.replace("border-left:1px solid rgb(204,204,204)", "")) for h in htmls):
                E("%s: compliant message with style overrides" % fn)
            if any("\n\n\n\n" in t for t in plains):
                E("%s: compliant message with a blank-line run" % fn)
            if OPTOUT_RE.search(full):
                E("%s: compliant message with opt-out wording" % fn)
            if imgs:
                E("%s: compliant message with a remote image" % fn)
            if re.search(r"http://", full + " ".join(attrs)):
                E("%s: compliant message with http:" % fn)
            if len([m for m in meta["atts"]]) + len(meta["inline"]) > 5:
                E("%s: compliant message with more than five non-body parts" % fn)
        b = re.sub(r"\s+", " ", meta["body"]).strip()
        if b in bodies:
            E("%s: agent text identical to %s" % (fn, bodies[b]))
        bodies[b] = fn
        for s in set(agent_sentences(meta["body"])):
            sent_count.setdefault(s, []).append(fn)
    for s, fns in sent_count.items():
        if len(fns) > 2:
            E("sentence reused in %d messages: %r" % (len(fns), s[:70]))
    # ledger replay: one ledger, file order, key = order id (the buyer is checked to be the same)
    ledger, seqs = {}, {}
    for fn, raw, lab, meta, sp in results:
        if not sp.get("req"):
            continue
        oid, relay = meta["ctx"]["oid"], meta["ctx"]["relay"]
        cats = set(lab["categories"])
        seqs.setdefault(oid, []).append((fn, cats))
        prev = ledger.get(oid)
        if (prev is not None) != ("repeat_request" in cats):
            E("%s: ledger replay says repeat=%s, label says %s" % (fn, prev is not None, "repeat_request" in cats))
        if prev is not None and prev != relay:
            E("%s: repeat pair with a different buyer" % fn)
        if all(c in REWRITE_ONLY for c in cats) and prev is None:
            ledger[oid] = relay   # relayed (clean, or only rewritten findings)
    for oid, lst in seqs.items():
        for fn, cats in lst[:-1]:
            relayed = all(c in REWRITE_ONLY for c in cats)
            rejected = any(c not in QUARANTINE and c not in REWRITE_ONLY for c in cats)
            if not relayed and not rejected:
                E("%s: quarantined-only request followed by another request for %s (ambiguous)" % (fn, oid))
    # order ids: only pairs share
    oid_files = {}
    for fn, raw, lab, meta, sp in results:
        oid_files.setdefault(meta["ctx"]["oid"], []).append(sp.get("pair"))
    for oid, ps in oid_files.items():
        if len(ps) > 1 and (None in ps or len(set(ps)) > 1):
            E("order id %s shared outside a pair" % oid)
    return errs


def main():
    args = sys.argv[1:]
    results = build_all()
    if "--check" not in args:
        write_all(HERE, results)
    errs = checks(results)
    # rebuild in memory (nothing is written) and compare byte for byte with the files on disk
    again = outputs(build_all())
    for fn, data in again.items():
        p = os.path.join(HERE, fn)
        if not os.path.exists(p) or open(p, "rb").read() != data:
            errs.append("rebuild differs: %s" % fn)
    on_disk = sorted(os.listdir(os.path.join(HERE, "msgs")))
    if on_disk != sorted(os.path.basename(r[0]) for r in results):
        errs.append("msgs/ holds files that were not generated")
    for e in errs:
        print("SELF-CHECK FAILED:", e)
    comp = sum(1 for r in results if not r[2]["categories"])
    print("%d messages, %d compliant (%.1f%%), %d violating; self-checks: %s"
          % (len(results), comp, 100.0 * comp / len(results), len(results) - comp, "FAILED (%d)" % len(errs) if errs else "ok"))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
