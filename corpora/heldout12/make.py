#!/usr/bin/env python3
# heldout12 - "small sellers without a helpdesk"
# Blind held-out corpus for bsm-guard. Standard library only, deterministic output.
# Usage: python3 make.py      (writes msgs/, labels.jsonl, README.md and self-checks; exit 1 on failure)
import base64, datetime, hashlib, html, io, json, os, quopri, random, re, shutil, struct, sys, zipfile, zlib
from email.header import Header
import email, email.policy

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = ["external_link", "contact_email", "contact_phone", "contact_other", "review_incentive",
        "review_manipulation", "feedback_removal", "repeat_request", "marketing", "opt_out",
        "tracking_pixel", "attachment", "styling", "offensive", "important_tag", "missing_order_id",
        "unpermitted_proactive"]
WORDING = ["review_incentive", "review_manipulation", "feedback_removal", "repeat_request", "marketing",
           "offensive", "unpermitted_proactive"]
LANGS = ["en", "de", "fr", "es", "it", "ja", "nl", "pl", "sv", "pt"]

def h8(s, n=8):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]

# ---------------------------------------------------------------- marketplaces
MKT = {
 "uk": dict(tld="co.uk", nl="en", pre=["202", "203", "204", "205", "026"], mp="A1F83G8C2ARO7P",
            postal="Amazon EU S.à r.l., UK Branch, 1 Principal Place, Worship Street, London EC2A 2FA, United Kingdom"),
 "us": dict(tld="com", nl="en", pre=["111", "112", "113", "114"], mp="ATVPDKIKX0DER",
            postal="Amazon.com, 410 Terry Avenue North, Seattle, WA 98109-5210"),
 "ca": dict(tld="ca", nl="en", pre=["701", "702"], mp="A2EUQ1WTGCTBG2",
            postal="Amazon.com.ca ULC, 40 King Street West, 47th Floor, Toronto, Ontario M5H 3Y2"),
 "de": dict(tld="de", nl="de", pre=["302", "303", "304", "305", "306", "028"], mp="A1PA6795UKMFR9",
            postal="Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg"),
 "fr": dict(tld="fr", nl="fr", pre=["171", "402", "403", "404", "405", "407"], mp="A13V1IB3VIYZZH",
            postal="Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg"),
 "es": dict(tld="es", nl="es", pre=["171", "402", "403", "404", "405", "406", "408"], mp="A1RKKUPIHCS9HS",
            postal="Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburgo"),
 "it": dict(tld="it", nl="it", pre=["171", "402", "403", "404", "405", "406", "407"], mp="APJ6JRA9NG5V4",
            postal="Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo"),
 "nl": dict(tld="nl", nl="nl", pre=["402", "403", "404", "405", "406", "407"], mp="A1805IZSGTT6HS",
            postal="Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg"),
 "se": dict(tld="se", nl="sv", pre=["402", "403", "404", "405", "406", "407"], mp="A2NODRKZP88ZB9",
            postal="Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg"),
 "pl": dict(tld="pl", nl="pl", pre=["402", "403", "404", "405", "406", "407"], mp="A1C3SOZRARQ6R3",
            postal="Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg"),
 "jp": dict(tld="co.jp", nl="ja", pre=["249", "250", "503"], mp="A1VC38T7YXB528",
            postal="アマゾンジャパン合同会社 〒153-0064 東京都目黒区下目黒1-8-1"),
}

# Amazon's buyer-message notification, localised by marketplace language
NOTIF = {
 "en": dict(order="Order ID {o}:\n1 of {p} [ASIN: {a}]", m1="------------- Message: -------------",
            m2="------------- End message -------------",
            resp="To respond to this customer, reply to this e-mail or visit your Seller Central account through the following link:",
            help="Was this email helpful?", yes="Yes", no="No",
            copy="Copyright {y} Amazon, Inc. or its affiliates. All rights reserved.",
            pref="To change your e-mail preferences, visit: https://{sc}/notifications/preferences",
            subj={"gen": "Inquiry from Amazon customer {b} (Order: {o})",
                  "del": "Order delivery inquiry from Amazon customer {b} (Order: {o})",
                  "prod": "Product details inquiry from Amazon customer {b} (Order: {o})",
                  "ret": "Return policy inquiry from Amazon customer {b} (Order: {o})",
                  "prodno": "Product details inquiry from Amazon customer {b}"}),
 "de": dict(order="Bestellnummer {o}:\n1 von {p} [ASIN: {a}]", m1="------------- Nachricht: -------------",
            m2="------------- Ende der Nachricht -------------",
            resp="Um diesem Kunden zu antworten, antworten Sie auf diese E-Mail oder besuchen Sie Ihr Verkäuferkonto über den folgenden Link:",
            help="War diese E-Mail hilfreich?", yes="Ja", no="Nein",
            copy="Copyright {y} Amazon, Inc. oder Tochtergesellschaften. Alle Rechte vorbehalten.",
            pref="Um Ihre E-Mail-Einstellungen zu ändern, besuchen Sie: https://{sc}/notifications/preferences",
            subj={"gen": "Anfrage von Amazon-Kunde {b} (Bestellung: {o})",
                  "del": "Anfrage zur Lieferung von Amazon-Kunde {b} (Bestellung: {o})",
                  "prod": "Anfrage zu Produktdetails von Amazon-Kunde {b} (Bestellung: {o})",
                  "ret": "Anfrage zu Rücksendungen von Amazon-Kunde {b} (Bestellung: {o})",
                  "prodno": "Anfrage zu Produktdetails von Amazon-Kunde {b}"}),
 "fr": dict(order="N° de commande {o} :\n1 sur {p} [ASIN: {a}]", m1="------------- Message : -------------",
            m2="------------- Fin du message -------------",
            resp="Pour répondre à ce client, répondez à cet e-mail ou accédez à votre compte Seller Central via le lien suivant :",
            help="Cet e-mail vous a-t-il été utile ?", yes="Oui", no="Non",
            copy="Copyright {y} Amazon, Inc. ou ses filiales. Tous droits réservés.",
            pref="Pour modifier vos préférences de notification : https://{sc}/notifications/preferences",
            subj={"gen": "Demande de renseignements du client Amazon {b} (Commande : {o})",
                  "del": "Demande concernant la livraison du client Amazon {b} (Commande : {o})",
                  "prod": "Demande de détails produit du client Amazon {b} (Commande : {o})",
                  "ret": "Demande concernant les retours du client Amazon {b} (Commande : {o})",
                  "prodno": "Demande de détails produit du client Amazon {b}"}),
 "es": dict(order="Número de pedido {o}:\n1 de {p} [ASIN: {a}]", m1="------------- Mensaje: -------------",
            m2="------------- Finalizar mensaje -------------",
            resp="Para responder a este cliente, responde a este e-mail o accede a tu cuenta de Seller Central a través del siguiente enlace:",
            help="¿Te ha resultado útil este e-mail?", yes="Sí", no="No",
            copy="Copyright {y} Amazon, Inc. o sus afiliados. Todos los derechos reservados.",
            pref="Para cambiar tus preferencias de notificación, visita: https://{sc}/notifications/preferences",
            subj={"gen": "Consulta del cliente de Amazon {b} (Pedido: {o})",
                  "del": "Consulta sobre la entrega del cliente de Amazon {b} (Pedido: {o})",
                  "prod": "Consulta sobre detalles del producto del cliente de Amazon {b} (Pedido: {o})",
                  "ret": "Consulta sobre devoluciones del cliente de Amazon {b} (Pedido: {o})",
                  "prodno": "Consulta sobre detalles del producto del cliente de Amazon {b}"}),
 "it": dict(order="Numero ordine {o}:\n1 di {p} [ASIN: {a}]", m1="------------- Messaggio: -------------",
            m2="------------- Fine messaggio -------------",
            resp="Per rispondere a questo cliente, rispondi a questa e-mail o accedi al tuo account Seller Central tramite il seguente link:",
            help="Questa e-mail ti è stata utile?", yes="Sì", no="No",
            copy="Copyright {y} Amazon, Inc. o società affiliate. Tutti i diritti riservati.",
            pref="Per modificare le preferenze di notifica: https://{sc}/notifications/preferences",
            subj={"gen": "Richiesta dal cliente Amazon {b} (Ordine: {o})",
                  "del": "Richiesta sulla consegna dal cliente Amazon {b} (Ordine: {o})",
                  "prod": "Richiesta di dettagli sul prodotto dal cliente Amazon {b} (Ordine: {o})",
                  "ret": "Richiesta sui resi dal cliente Amazon {b} (Ordine: {o})",
                  "prodno": "Richiesta di dettagli sul prodotto dal cliente Amazon {b}"}),
 "nl": dict(order="Bestelnummer {o}:\n1 van {p} [ASIN: {a}]", m1="------------- Bericht: -------------",
            m2="------------- Einde bericht -------------",
            resp="Om deze klant te antwoorden, beantwoord je deze e-mail of ga je via de volgende link naar je Seller Central-account:",
            help="Was deze e-mail nuttig?", yes="Ja", no="Nee",
            copy="Copyright {y} Amazon, Inc. of gelieerde ondernemingen. Alle rechten voorbehouden.",
            pref="Je meldingsvoorkeuren wijzigen: https://{sc}/notifications/preferences",
            subj={"gen": "Vraag van Amazon-klant {b} (Bestelling: {o})",
                  "del": "Vraag over levering van Amazon-klant {b} (Bestelling: {o})",
                  "prod": "Vraag over productdetails van Amazon-klant {b} (Bestelling: {o})",
                  "ret": "Vraag over retourbeleid van Amazon-klant {b} (Bestelling: {o})",
                  "prodno": "Vraag over productdetails van Amazon-klant {b}"}),
 "sv": dict(order="Ordernummer {o}:\n1 av {p} [ASIN: {a}]", m1="------------- Meddelande: -------------",
            m2="------------- Slut på meddelandet -------------",
            resp="Svara kunden genom att svara på det här e-postmeddelandet eller gå till ditt Seller Central-konto via följande länk:",
            help="Var det här e-postmeddelandet till hjälp?", yes="Ja", no="Nej",
            copy="Copyright {y} Amazon, Inc. eller dess dotterbolag. Med ensamrätt.",
            pref="Ändra dina aviseringsinställningar: https://{sc}/notifications/preferences",
            subj={"gen": "Förfrågan från Amazon-kunden {b} (Beställning: {o})",
                  "del": "Leveransförfrågan från Amazon-kunden {b} (Beställning: {o})",
                  "prod": "Förfrågan om produktinformation från Amazon-kunden {b} (Beställning: {o})",
                  "ret": "Förfrågan om returer från Amazon-kunden {b} (Beställning: {o})",
                  "prodno": "Förfrågan om produktinformation från Amazon-kunden {b}"}),
 "pl": dict(order="Numer zamówienia {o}:\n1 z {p} [ASIN: {a}]", m1="------------- Wiadomość: -------------",
            m2="------------- Koniec wiadomości -------------",
            resp="Aby odpowiedzieć temu klientowi, odpowiedz na tę wiadomość e-mail lub przejdź do konta Seller Central, korzystając z poniższego linku:",
            help="Czy ta wiadomość e-mail była pomocna?", yes="Tak", no="Nie",
            copy="Copyright {y} Amazon, Inc. lub podmioty powiązane. Wszelkie prawa zastrzeżone.",
            pref="Aby zmienić preferencje powiadomień, odwiedź: https://{sc}/notifications/preferences",
            subj={"gen": "Zapytanie od klienta Amazon {b} (Zamówienie: {o})",
                  "del": "Zapytanie o dostawę od klienta Amazon {b} (Zamówienie: {o})",
                  "prod": "Zapytanie o szczegóły produktu od klienta Amazon {b} (Zamówienie: {o})",
                  "ret": "Zapytanie o zwrot od klienta Amazon {b} (Zamówienie: {o})",
                  "prodno": "Zapytanie o szczegóły produktu od klienta Amazon {b}"}),
 "ja": dict(order="注文番号 {o}:\n{p} 1点 [ASIN: {a}]", m1="------------- メッセージ: -------------",
            m2="------------- メッセージの終わり -------------",
            resp="このお客様に返信するには、このEメールに返信するか、次のリンクからセラーセントラルにアクセスしてください:",
            help="このEメールは役に立ちましたか？", yes="はい", no="いいえ",
            copy="Copyright {y} Amazon.com, Inc. or its affiliates. All rights reserved.",
            pref="通知設定の変更: https://{sc}/notifications/preferences",
            subj={"gen": "Amazonのお客様 {b} 様からのお問い合わせ (注文: {o})",
                  "del": "Amazonのお客様 {b} 様から配送についてのお問い合わせ (注文: {o})",
                  "prod": "Amazonのお客様 {b} 様から商品詳細についてのお問い合わせ (注文: {o})",
                  "ret": "Amazonのお客様 {b} 様から返品についてのお問い合わせ (注文: {o})",
                  "prodno": "Amazonのお客様 {b} 様から商品詳細についてのお問い合わせ"}),
}

# ---------------------------------------------------------------- dates
WD = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
      "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
      "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
      "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
      "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
      "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
      "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
      "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
      "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
      "ja": ["月", "火", "水", "木", "金", "土", "日"]}
MO = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
      "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
      "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
      "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
      "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
      "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
      "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
      "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
      "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
      "ja": [str(i) for i in range(1, 13)]}
RFC_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
RFC_MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def rfcdate(dt, off):
    sign = "+" if off >= 0 else "-"
    return "%s, %d %s %d %02d:%02d:%02d %s%02d00" % (RFC_WD[dt.weekday()], dt.day, RFC_MO[dt.month - 1], dt.year,
                                                   dt.hour, dt.minute, dt.second, sign, abs(off))

def ab(s):
    return s[:3]

def qhdr(style, lang, dt, disp, addr, extra=None):
    """Quote attribution line as written by the sender's mail client."""
    d, m, y, H, M = dt.day, dt.month, dt.year, dt.hour, dt.minute
    wd = WD[lang][dt.weekday()]; mo = MO[lang][m - 1]
    hm = "%02d:%02d" % (H, M)
    if style in ("gmail", "android"):
        t = {"en": f"On {RFC_WD[dt.weekday()]}, {d} {RFC_MO[m-1]} {y} at {hm}, {disp} <{addr}> wrote:",
             "de": f"Am {wd[:2]}., {d}. {mo} {y} um {hm} Uhr schrieb {disp} <{addr}>:",
             "fr": f"Le {wd[:3]}. {d} {mo} {y} à {hm}, {disp} <{addr}> a écrit :",
             "es": f"El {wd[:3]}, {d} {mo[:3]} {y} a las {hm}, {disp} (<{addr}>) escribió:",
             "it": f"Il giorno {wd[:3]} {d} {mo[:3]} {y} alle ore {hm} {disp} <{addr}> ha scritto:",
             "nl": f"Op {wd[:2]} {d} {mo[:3]} {y} om {hm} schreef {disp} <{addr}>:",
             "sv": f"Den {wd[:3]} {d} {mo} {y} kl {hm} skrev {disp} <{addr}>:",
             "pl": f"{wd[:2]}., {d} {mo[:3]} {y} o {hm} {disp} <{addr}> napisał(a):",
             "pt": f"Em {wd[:3]}., {d} de {mo[:3]}. de {y} às {hm}, {disp} <{addr}> escreveu:",
             "ja": f"{y}年{m}月{d}日({wd}) {hm} {disp} <{addr}>:"}[lang]
        if style == "android" and lang == "en":
            t = f"On {RFC_WD[dt.weekday()]}, {d} {RFC_MO[m-1]} {y}, {hm} {disp}, <{addr}> wrote:"
        return t
    if style in ("apple", "iphone"):
        return {"en": f"On {d} {RFC_MO[m-1]} {y}, at {hm}, {disp} <{addr}> wrote:",
                "de": f"Am {d:02d}.{m:02d}.{y} um {hm} schrieb {disp} <{addr}>:",
                "fr": f"Le {d} {mo} {y} à {hm}, {disp} <{addr}> a écrit :",
                "es": f"El {d} {mo[:3]} {y}, a las {hm}, {disp} <{addr}> escribió:",
                "it": f"Il giorno {d} {mo[:3]} {y}, alle ore {hm}, {disp} <{addr}> ha scritto:",
                "nl": f"Op {d} {mo[:3]} {y} om {hm} heeft {disp} <{addr}> het volgende geschreven:",
                "sv": f"{d} {mo} {y} kl. {hm} skrev {disp} <{addr}>:",
                "pl": f"Wiadomość napisana przez {disp} <{addr}> w dniu {d:02d}.{m:02d}.{y}, o godz. {hm}:",
                "pt": f"Em {d} de {mo[:3]}. de {y}, à(s) {hm}, {disp} <{addr}> escreveu:",
                "ja": f"{y}/{m:02d}/{d:02d} {hm}、{disp} <{addr}>のメール:"}[lang]
    if style in ("thunderbird", "tbhtml"):
        return {"en": f"On {d:02d}/{m:02d}/{y} {hm}, {disp} wrote:",
                "de": f"Am {d:02d}.{m:02d}.{y%100:02d} um {hm} schrieb {disp}:",
                "fr": f"Le {d:02d}/{m:02d}/{y} à {hm}, {disp} a écrit :",
                "es": f"El {d}/{m}/{y%100} a las {hm}, {disp} escribió:",
                "it": f"Il {d:02d}/{m:02d}/{y%100:02d} {hm}, {disp} ha scritto:",
                "nl": f"Op {d:02d}-{m:02d}-{y} om {hm} schreef {disp}:",
                "sv": f"Den {y}-{m:02d}-{d:02d} kl. {hm}, skrev {disp}:",
                "pl": f"W dniu {d:02d}.{m:02d}.{y} o {hm}, {disp} pisze:",
                "pt": f"Às {hm} de {d:02d}/{m:02d}/{y}, {disp} escreveu:",
                "ja": f"On {y}/{m:02d}/{d:02d} {hm}, {disp} wrote:"}[lang]
    if style == "freescout":
        return f"On {RFC_MO[m-1]} {d}, {y}, at {H % 12 or 12}:{M:02d} {'PM' if H >= 12 else 'AM'}, {disp} <{addr}> wrote:"
    raise ValueError(style)

def outlook_block(lang, dt, disp, addr, to, subj):
    d, m, y = dt.day, dt.month, dt.year
    wd = WD[lang][dt.weekday()]; mo = MO[lang][m - 1]; hm = "%02d:%02d" % (dt.hour, dt.minute)
    if lang == "en":
        h12 = dt.hour % 12 or 12
        return ["-----Original Message-----", f"From: {disp} <{addr}> ",
                f"Sent: {wd} {d} {mo} {y} {hm}", f"To: {to}", f"Subject: {subj}"]
    L = {"de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", f"{wd}, {d}. {mo} {y} {hm}"),
         "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", f"{wd} {d} {mo} {y} {hm}"),
         "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", f"{wd}, {d} de {mo} de {y} {hm}"),
         "pt": ("-----Mensagem original-----", "De", "Enviada em", "Para", "Assunto", f"{wd}, {d} de {mo} de {y} {hm}"),
         "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", f"{wd} {d} {mo} {y} {hm}"),
         "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", f"{wd} {d} {mo} {y} {hm}"),
         "sv": ("-----Ursprungligt meddelande-----", "Från", "Skickat", "Till", "Ämne", f"den {d} {mo} {y} {hm}"),
         "pl": ("-----Oryginalna wiadomość-----", "Od", "Wysłano", "Do", "Temat", f"{wd}, {d} {mo} {y} {hm}"),
         "ja": ("-----Original Message-----", "差出人", "送信日時", "宛先", "件名", f"{y}年{m}月{d}日 {hm}")}[lang]
    sep = " : " if lang == "fr" else ": "
    return [L[0], f"{L[1]}{sep}{disp} <{addr}> ", f"{L[2]}{sep}{L[5]}", f"{L[3]}{sep}{to}", f"{L[4]}{sep}{subj}"]

SENT_FROM = {
 "iphone": {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone",
            "es": "Enviado desde mi iPhone", "it": "Inviato da iPhone", "nl": "Verstuurd vanaf mijn iPhone",
            "sv": "Skickat från min iPhone", "pl": "Wysłane z iPhone'a", "pt": "Enviado do meu iPhone", "ja": "iPhoneから送信"},
 "samsung": {"en": "Sent from my Galaxy", "de": "Von meinem Galaxy gesendet", "fr": "Envoyé depuis mon Galaxy",
             "es": "Enviado desde mi Galaxy", "it": "Inviato dal mio Galaxy", "nl": "Verzonden vanaf mijn Galaxy",
             "sv": "Skickat från min Galaxy", "pl": "Wysłane z mojego Galaxy", "pt": "Enviado do meu Galaxy", "ja": "Galaxyから送信"},
}

# ---------------------------------------------------------------- sellers (all invented)
# sig: key -> (text, auto categories)
SELLERS = {
 "bb": dict(name="Brass & Bolt Spares", domain="brassandbolt-spares.co.uk", off=0,
            people={"dave": ("Dave Pritchard", "dave"), "jan": ("Jan Pritchard", "jan")},
            mkt={"en": "uk"},
            prod={"en": ["Amal 928 carburettor rebuild kit", "Singer 201K bobbin case (genuine, used)",
                         "Lucas 6V ignition coil MA6", "Villiers 9E clutch plate set (4)",
                         "Brooks B17 saddle tension bolt", "Singer 15-91 motor brushes (pair)",
                         "BSA A10 points cover gasket", "Bernina 530 foot control cable"]},
            sig={"dave": ("Dave\nBrass & Bolt Spares", []),
                 "jan": ("Jan x\nBrass & Bolt", []),
                 "imprint": ("Dave Pritchard\nBrass & Bolt Spares Ltd, Unit 4 Etruria Works, Festival Way, Stoke-on-Trent ST1 5PU\nCompany No. 09384721 | VAT Reg. GB 284 1937 62", []),
                 "full": ("Dave Pritchard\nBrass & Bolt Spares\nTel: 01632 960418 | Mob: 07700 900762\nwww.brassandbolt-spares.co.uk\ndave@brassandbolt-spares.co.uk",
                          ["external_link", "contact_email", "contact_phone"]),
                 "mob": ("Dave\nBrass & Bolt Spares\nworkshop mobile 07700 900 762 (after 9am please)", ["contact_phone"]),
                 "janfb": ("Jan Pritchard\nBrass & Bolt Spares\nfind us on Facebook - Brass and Bolt Spares Stoke", ["contact_other"]),
                 }),
 "ga": dict(name="Groove Attic Records", domain="grooveattic.com", off=-5,
            people={"ray": ("Ray Kowalski", "ray"), "tyler": ("Tyler Kowalski", "support")},
            mkt={"en": "us"},
            prod={"en": ["Fleetwood Mac - Rumours (1977 Warner Bros. BSK 3010) LP", "T. Rex - Telegram Sam 7\" single (1972)",
                         "Miles Davis - Kind Of Blue (Columbia CS 8163) LP", "The Clash - London Calling 2LP (Epic E2 36328)",
                         "Stevie Wonder - Songs In The Key Of Life 2LP + 7\"", "Audio-Technica AT-VM95E replacement stylus",
                         "Carole King - Tapestry (Ode SP 77009) LP", "Anti-static inner sleeves, 50 pack"]},
            sig={"ray": ("Ray\nGroove Attic Records - Cleveland, OH", []),
                 "tyler": ("Tyler K.\nGroove Attic Records customer care", []),
                 "fs": ("Tyler K.\nGroove Attic Records | we answer Mon-Fri 10am-6pm ET", []),
                 "full": ("Ray Kowalski\nGroove Attic Records\n1467 W 25th St, Cleveland OH 44113\n(216) 555-0143\ngrooveatticrecords.com | IG @grooveattic.cle",
                          ["external_link", "contact_phone", "contact_other"]),
                 "addr": ("Ray Kowalski\nGroove Attic Records\n1467 W 25th St, Cleveland OH 44113", []),
                 }),
 "sf": dict(name="Silberfaden Schmuck", domain="silberfaden-schmuck.de", off=1,
            people={"maja": ("Maja Berg", "maja"), "jonas": ("Jonas Hoffmann", "jonas"), "kasia": ("Kasia Nowak", "kasia")},
            mkt={"de": "de", "sv": "se", "pl": "pl", "nl": "nl", "fr": "fr"},
            prod={"de": ["Silberring Welle 925", "Ohrstecker Mondstein, Sterlingsilber", "Gravierter Anhänger mit Initialen",
                         "Armband Jahresringe, gehämmert", "Kette Tautropfen 45 cm"],
                  "sv": ["Silverring Våg 925", "Örhängen månsten, sterlingsilver", "Graverat hänge med initialer", "Armband Årsringar"],
                  "pl": ["Pierścionek Fala, srebro 925", "Kolczyki z kamieniem księżycowym", "Grawerowana zawieszka z inicjałami",
                         "Bransoletka Słoje drzewa"],
                  "nl": ["Zilveren ring Golf 925", "Oorknopjes maansteen, sterling zilver", "Gegraveerde hanger met initialen",
                         "Armband Jaarringen"],
                  "fr": ["Bague Vague argent 925", "Clous d'oreilles pierre de lune", "Pendentif gravé initiales", "Bracelet Cernes martelé"]},
            sig={"maja": ("Maja\nSilberfaden Schmuck", []),
                 "jonas": ("Jonas Hoffmann\nSilberfaden Schmuck", []),
                 "kasia": ("Kasia Nowak\nSilberfaden Schmuck", []),
                 "imp": ("Silberfaden Schmuck - Inh. Jonas Hoffmann\nKarl-Heine-Straße 88, 04229 Leipzig\nUSt-IdNr.: DE312847295 | Steuernummer 231/258/04711", []),
                 "impfull": ("Silberfaden Schmuck - Inh. Jonas Hoffmann\nKarl-Heine-Straße 88, 04229 Leipzig\nTel.: +49 341 21934470 | E-Mail: hallo@silberfaden-schmuck.de\nWeb: www.silberfaden-schmuck.de | USt-IdNr.: DE312847295",
                             ["external_link", "contact_email", "contact_phone"]),
                 "ig": ("Maja | Silberfaden Schmuck\nInstagram: @silberfaden.schmuck", ["contact_other"]),
                 }),
 "hv": dict(name="Huerta Viva", domain="huertaviva.es", off=1,
            people={"carmen": ("Carmen Ruiz Otero", "carmen"), "pablo": ("Pablo Ruiz", "pablo"), "giulia": ("Giulia Ferri", "giulia")},
            mkt={"es": "es", "pt": "es", "it": "it", "fr": "fr"},
            prod={"es": ["Azada forjada 1,2 kg con mango de fresno", "Tijeras de podar bypass 21 cm", "Horca de cavar 4 dientes",
                         "Plantador de bulbos con escala", "Rastrillo de hojas regulable"],
                  "pt": ["Enxada forjada 1,2 kg com cabo de freixo", "Tesoura de poda bypass 21 cm", "Forquilha de cavar 4 dentes",
                         "Plantador de bolbos com escala"],
                  "it": ["Zappa forgiata 1,2 kg con manico in frassino", "Forbici da potatura bypass 21 cm", "Forca da vanga a 4 denti",
                         "Trapiantatore per bulbi graduato", "Rastrello per foglie regolabile"],
                  "fr": ["Binette forgée 1,2 kg manche en frêne", "Sécateur bypass 21 cm", "Fourche bêche 4 dents",
                         "Plantoir à bulbes gradué"]},
            sig={"carmen": ("Carmen Ruiz\nHuerta Viva - herramientas de jardín", []),
                 "pablo": ("Pablo\nHuerta Viva", []),
                 "giulia": ("Giulia\nHuerta Viva - attrezzi da giardino", []),
                 "imp": ("Huerta Viva S.L. - Polígono de San Cibrao das Viñas, parcela 12, 32901 Ourense\nCIF B32456789", []),
                 "full": ("Carmen Ruiz Otero\nHuerta Viva S.L. - 32901 Ourense - CIF B32456789\nTel. 988 214 356 | WhatsApp 612 34 56 78\ninfo@huertaviva.es",
                          ["contact_email", "contact_phone", "contact_other"]),
                 }),
 "kb": dict(name="小林ペット用品", domain="kobayashi-pet.jp", off=9,
            people={"yoshiko": ("小林 良子", "yoshiko"), "tetsuo": ("小林 哲夫", "shop")},
            mkt={"ja": "jp"},
            prod={"ja": ["自動給餌器 3L LINE通知対応", "猫用爪とぎ ダンボール 2個組", "犬用ハーネス 胴輪 Mサイズ",
                         "しいたけ入り 国産ささみジャーキー 120g", "小動物用 木製ハウス", "ペット用 給水器 2.0L"]},
            sig={"yoshiko": ("小林ペット用品\n小林 良子", []),
                 "tetsuo": ("小林ペット用品\n小林 哲夫", []),
                 "imp": ("小林ペット用品\n〒420-0852 静岡県静岡市葵区紺屋町5-2\n適格請求書発行事業者登録番号 T3080001012345", []),
                 "full": ("小林ペット用品（こばやしペットようひん）\n〒420-0852 静岡県静岡市葵区紺屋町5-2\nTEL 054-255-0198 / FAX 054-255-0199\nshop@kobayashi-pet.jp\nhttps://kobayashi-pet.jp",
                          ["external_link", "contact_email", "contact_phone"]),
                 }),
}

BUYERS = {
 "en": ["Sarah", "Mike", "Linda", "Gareth", "Priya", "Tom", "Kerry", "Nathan", "Bev", "Carlos", "Joanne", "Stuart", "Dee", "Alan",
        "Hannah", "Marcus", "Shirley", "Kev", "Rachel", "Owen", "Denise", "Luke", "Trish", "Bob"],
 "de": ["Lena", "Markus", "Sabine", "Jürgen", "Anja", "Tobias", "Heike", "Florian", "Ute", "Dennis"],
 "fr": ["Julie", "Thomas", "Nathalie", "Pierre", "Camille", "Sébastien", "Élodie", "Marc"],
 "es": ["Lucía", "Javier", "Marta", "Antonio", "Raquel", "Sergio", "Pilar", "Iván"],
 "it": ["Paolo", "Francesca", "Luca", "Chiara", "Giorgio", "Elena", "Matteo", "Silvia"],
 "nl": ["Sanne", "Joost", "Femke", "Bram", "Ilse", "Ruud", "Anouk"],
 "sv": ["Elin", "Johan", "Karin", "Mats", "Sofia", "Anders", "Ulla"],
 "pl": ["Marta", "Tomasz", "Agnieszka", "Paweł", "Ewa", "Krzysztof", "Magda"],
 "pt": ["João", "Ana", "Rui", "Inês", "Tiago", "Sofia", "Nuno"],
 "ja": ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "加藤"],
}

# product keywords (to pick the product a message talks about)
PKW = {
 "bb": {"en": [["carb", "amal", "928", "jet", "float"], ["bobbin", "201"], ["coil", "ignition", "bantam", "ma6"],
               ["clutch", "villiers", "plates", "9e"], ["saddle", "brooks"], ["brush", "15-91"], ["gasket", "points cover", "a10"],
               ["bernina", "foot control", "cable"]]},
 "ga": {"en": [["rumours", "fleetwood"], ["telegram sam", "t. rex", "t.rex", "7-inch", "single"], ["kind of blue", "miles"],
               ["clash", "london calling"], ["stevie", "key of life"], ["stylus", "at-vm95", "needle", "cartridge"],
               ["tapestry", "carole"], ["sleeve"]]},
 "sf": {"de": [["ring", "welle"], ["ohrstecker", "mondstein"], ["anhänger", "gravur", "initialen"], ["armband", "jahresringe"], ["kette", "tautropfen"]],
        "sv": [["ring", "våg"], ["örhäng", "månsten"], ["hänge", "graver", "initial"], ["armband", "årsring"]],
        "pl": [["pierścion", "fala"], ["kolczyk", "księżyc"], ["zawieszk", "grawer", "inicjał"], ["bransolet", "słoje"]],
        "nl": [["ring", "golf"], ["oorknop", "maansteen"], ["hanger", "graveer", "initialen"], ["armband", "jaarringen"]],
        "fr": [["bague", "vague"], ["clous", "boucles", "pierre de lune"], ["pendentif", "grav", "initiales"], ["bracelet", "cernes"]]},
 "hv": {"es": [["azada"], ["tijera", "podar", "poda"], ["horca"], ["bulbo", "plantador"], ["rastrillo"]],
        "pt": [["enxada"], ["tesoura", "poda"], ["forquilha"], ["bolbo", "plantador"]],
        "it": [["zappa"], ["forbic", "potatura"], ["forca", "vanga"], ["bulbi", "trapiantatore"], ["rastrello"]],
        "fr": [["binette"], ["sécateur", "taille"], ["fourche"], ["plantoir", "bulbes"]]},
 "kb": {"ja": [["給餌器", "給餌"], ["爪とぎ"], ["ハーネス", "胴輪"], ["ジャーキー", "おやつ", "しいたけ"], ["ハウス", "小動物"], ["給水器"]]},
}

# ---------------------------------------------------------------- attachment bytes (built here, real formats)
def mk_pdf(lines, pad=0):
    def esc(s):
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 56 790 Td 14 TL"]
    for ln in lines:
        ops.append("(%s) '" % esc(ln))
    ops.append("ET")
    content = ("\n".join(ops)).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    if pad:
        rnd = random.Random(pad)
        blob = bytes(rnd.getrandbits(8) for _ in range(4096)) * (pad // 4096 + 1)
        blob = blob[:pad]
        objs.append(b"<< /Length %d >>\nstream\n" % len(blob) + blob + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)

def _chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)

def mk_png(w, h, seed):
    rnd = random.Random(seed)
    base = [rnd.randrange(60, 200) for _ in range(3)]
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw += bytes(((base[0] + x) % 256, (base[1] + y) % 256, (base[2] + x + y) % 256))
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _chunk(b"IEND", b""))

def mk_jpeg(w, h):
    """Baseline greyscale JFIF, flat grey, one-code Huffman tables (valid JPEG stream)."""
    soi = b"\xff\xd8"
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
    dqt = b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes([8] * 64)
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, h, w, 1) + b"\x01\x11\x00"
    bits = bytes([1] + [0] * 15)
    dht = (b"\xff\xc4" + struct.pack(">H", 20) + b"\x00" + bits + b"\x00"
           + b"\xff\xc4" + struct.pack(">H", 20) + b"\x10" + bits + b"\x00")
    sos = b"\xff\xda" + struct.pack(">H", 8) + b"\x01\x01\x00\x00\x3f\x00"
    blocks = ((w + 7) // 8) * ((h + 7) // 8)
    nbits = blocks * 2
    data = bytearray(b"\x00" * (nbits // 8))
    rem = nbits % 8
    if rem:
        data.append((0xff >> rem) & 0xff)
    return soi + app0 + dqt + sof + dht + sos + bytes(data) + b"\xff\xd9"

GIF1 = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")

def mk_gif_anim():
    hdr = bytes.fromhex("474946383961020002008000") + b"\xff\xcc\x00\x33\x66\xff"
    loop = b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    fr = b""
    for idx in (0, 1):
        fr += b"\x21\xf9\x04\x00\x32\x00\x00\x00"
        fr += b"\x2c\x00\x00\x00\x00\x02\x00\x02\x00\x00"
        fr += (b"\x02\x02\x84\x51\x00" if idx == 0 else b"\x02\x02\x8c\x53\x00")
    return hdr + loop + fr + b"\x3b"

def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()

def mk_docx(lines):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(l) for l in lines)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '</w:body></w:document>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])

def mk_xlsx():
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
    wb = '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Prices" sheetId="1"/></sheets></workbook>'
    return _zip([("[Content_Types].xml", ct), ("xl/workbook.xml", wb)])

def mk_exe():
    mz = bytearray(b"MZ" + b"\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 7 + b"\x40" + b"\x00" * 35)
    mz[0x3c:0x40] = struct.pack("<I", 0x80)
    stub = b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 7
    mz += stub
    mz += b"\x00" * (0x80 - len(mz))
    mz += b"PE\x00\x00" + struct.pack("<HHIIIHH", 0x14c, 1, 0x65e1a000, 0, 0, 0xe0, 0x102)
    mz += b"\x00" * 512
    return bytes(mz)

def mk_mp4(seed):
    ftyp = struct.pack(">I", 24) + b"ftypisom" + struct.pack(">I", 512) + b"isomiso2"
    payload = bytes(random.Random(seed).getrandbits(8) for _ in range(2048))
    return ftyp + struct.pack(">I", 8 + len(payload)) + b"mdat" + payload

def mk_heic(seed):
    ftyp = struct.pack(">I", 24) + b"ftypheic" + struct.pack(">I", 0) + b"mif1heic"
    payload = bytes(random.Random(seed).getrandbits(8) for _ in range(1536))
    return ftyp + struct.pack(">I", 8 + len(payload)) + b"mdat" + payload

def mk_mp3(seed):
    id3 = b"ID3\x03\x00\x00\x00\x00\x00\x00"
    frame = b"\xff\xfb\x90\x64" + bytes(random.Random(seed).getrandbits(8) for _ in range(413))
    return id3 + frame * 6

def mk_webp(seed):
    vp8 = b"VP8 " + struct.pack("<I", 20) + bytes(random.Random(seed).getrandbits(8) for _ in range(20))
    return b"RIFF" + struct.pack("<I", 4 + len(vp8)) + b"WEBP" + vp8

def mk_mov(seed):
    ftyp = struct.pack(">I", 20) + b"ftypqt  " + struct.pack(">I", 0) + b"qt  "
    payload = bytes(random.Random(seed).getrandbits(8) for _ in range(3000))
    return ftyp + struct.pack(">I", 8 + len(payload)) + b"mdat" + payload

# kind -> (content type, builder(seed, arg))
def att_bytes(kind, seed, arg):
    if kind == "pdf":
        return "application/pdf", mk_pdf(arg or ["Document"])
    if kind == "pdfbig":
        return "application/pdf", mk_pdf(arg or ["Scan"], pad=10_900_000)
    if kind == "pdfoctet":
        return "application/octet-stream", mk_pdf(arg or ["Document"])
    if kind == "jpg":
        w, h = arg or (640, 480)
        return "image/jpeg", mk_jpeg(w, h)
    if kind == "png":
        w, h = arg or (48, 32)
        return "image/png", mk_png(w, h, seed)
    if kind == "gif":
        return "image/gif", GIF1
    if kind == "gifanim":
        return "image/gif", mk_gif_anim()
    if kind == "txt":
        return "text/plain", (arg or "notes").encode("utf-8")
    if kind == "docx":
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document", mk_docx(arg or ["Document"])
    if kind == "zip":
        return "application/zip", _zip([(n, "photo placeholder %d" % i) for i, n in enumerate(arg or ["photo1.txt"])])
    if kind == "exe":
        return "application/x-msdownload", mk_exe()
    if kind == "fakepdf":
        return "application/pdf", mk_exe()
    if kind == "pngasjpg":
        return "image/jpeg", mk_png(64, 48, seed)
    if kind == "mp4":
        return "video/mp4", mk_mp4(seed)
    if kind == "mov":
        return "video/quicktime", mk_mov(seed)
    if kind == "heic":
        return "image/heic", mk_heic(seed)
    if kind == "webp":
        return "image/webp", mk_webp(seed)
    if kind == "mp3":
        return "audio/mpeg", mk_mp3(seed)
    if kind == "xlsx":
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", mk_xlsx()
    if kind == "ics":
        return "text/calendar", ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//heldout12//EN\r\nBEGIN:VEVENT\r\nUID:%s@example.invalid\r\nDTSTART:20240405T090000Z\r\nSUMMARY:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % (seed, arg or "Delivery")).encode()
    if kind == "htmlfile":
        return "text/html", ("<html><body><p>%s</p></body></html>" % (arg or "Invoice")).encode()
    if kind == "odt":
        return "application/vnd.oasis.opendocument.text", _zip([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>")])
    if kind == "csv":
        return "text/csv", (arg or "item,qty\nbobbin,1\n").encode()
    raise ValueError(kind)

MAGIC = {"application/pdf": b"%PDF", "image/jpeg": b"\xff\xd8\xff", "image/png": b"\x89PNG", "image/gif": b"GIF8",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document": b"PK\x03\x04"}

# ---------------------------------------------------------------- message specs
SPECS = []

def M(lang, s, who, c, kind, topic, cats, note, body, **kw):
    d = dict(lang=lang, s=s, who=who, c=c, kind=kind, topic=topic, cats=list(cats), note=note, body=body)
    d.update(kw)
    SPECS.append(d)

CLIENT_AUTO = {"outlook_html": ["styling"], "samsung": ["styling"]}
CLIENT_NOTE = {"outlook_html": "Outlook Word-HTML default style block (Calibri, link colours)",
               "samsung": "Samsung Email signature div with colour override"}

URL_RE = re.compile(r"(https?://[^\s<>\"')\]]+|www\.[A-Za-z0-9.-]+\.[a-z]{2,}[^\s<>\"')\]]*)")
MAIL_RE = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")

def linkify(esc_text, mail=True):
    def rep(m):
        u = m.group(0)
        href = u if u.startswith("http") else "http://" + u
        return '<a href="%s">%s</a>' % (href, u)
    t = URL_RE.sub(rep, esc_text)
    if mail:
        t = re.sub(r'(?<![/\w">])([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})(?![^<]*</a>)',
                   lambda m: '<a href="mailto:%s">%s</a>' % (m.group(1), m.group(1)), t)
    return t

def paras(text):
    return [p for p in text.split("\n\n")]

def html_lines(text, mail=True):
    return [linkify(html.escape(l, quote=False), mail) for l in text.split("\n")]

def agent_html(text, c, mail=True):
    ps = paras(text)
    if c in ("gmail", "android", "samsung"):
        out = []
        for i, p in enumerate(ps):
            if i:
                out.append('<div dir="%s"><br></div>' % ("auto" if c != "gmail" else "ltr"))
            for l in html_lines(p, mail):
                out.append('<div dir="%s">%s</div>' % ("auto" if c != "gmail" else "ltr", l or "<br>"))
        return "\n".join(out)
    if c == "outlook_html":
        out = []
        for i, p in enumerate(ps):
            if i:
                out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
            for l in html_lines(p, mail):
                out.append("<p class=MsoNormal>%s<o:p></o:p></p>" % (l or "&nbsp;"))
        return "\n".join(out)
    if c in ("apple", "iphone"):
        return "\n".join('<div>%s</div>' % ("<br>".join(html_lines(p, mail))) + ("<div><br></div>" if i < len(ps) - 1 else "")
                         for i, p in enumerate(ps))
    return "\n".join("<p>%s</p>" % "<br>\n".join(html_lines(p, mail)) for p in ps)

def quote_html(text):
    out = []
    for l in text.split("\n"):
        lvl = 0
        while l.startswith(">"):
            l = l[1:].lstrip(" ") if l[1:2] in (" ", ">", "") else l[1:]
            lvl += 1
        out.append(("&gt; " * lvl) + linkify(html.escape(l, quote=False), mail=False))
    return "<br>\n".join(out)

def codec_ok(text, cs):
    try:
        text.encode(cs)
        return True
    except (UnicodeEncodeError, LookupError):
        return False

def enc_header(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        if not codec_ok(s, cs):
            cs = "utf-8"
        return Header(s, cs).encode(maxlinelen=76)

def addr_header(disp, addr, cs):
    if disp is None:
        return addr
    try:
        disp.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', disp):
            return '"%s" <%s>' % (disp, addr)
        return "%s <%s>" % (disp, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_header(disp, cs), addr)

def body_part(text, subtype, cs, cte, flowed=False):
    if not codec_ok(text, cs):
        cs = "utf-8"
        if cte in ("7bit",):
            cte = "quoted-printable"
    raw = text.encode(cs)
    if cte == "7bit" and any(b > 127 for b in raw):
        cte = "quoted-printable"
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    elif cte == "base64":
        payload = base64.encodebytes(raw)
    else:
        payload = raw if raw.endswith(b"\n") else raw + b"\n"
    ct = 'Content-Type: text/%s; charset="%s"' % (subtype, cs if cs != "iso-2022-jp" else "ISO-2022-JP")
    if flowed:
        ct += "; format=flowed"
    hdr = (ct + "\nContent-Transfer-Encoding: %s\n\n" % cte).encode("ascii")
    return hdr + payload

def att_part(kind, fname, arg, seed, style, cid=None):
    ctype, data = att_bytes(kind, seed, arg)
    try:
        fname.encode("ascii")
        fn = 'filename="%s"' % fname
        nm = 'name="%s"' % fname
    except UnicodeEncodeError:
        if style in ("thunderbird", "tbhtml"):
            from urllib.parse import quote
            fn = "filename*=UTF-8''%s" % quote(fname, safe="")
            nm = 'name="%s"' % Header(fname, "utf-8").encode()
        else:
            fn = 'filename="%s"' % Header(fname, "utf-8").encode()
            nm = 'name="%s"' % Header(fname, "utf-8").encode()
    h = "Content-Type: %s; %s\n" % (ctype, nm)
    if cid:
        h += "Content-ID: <%s>\nContent-Disposition: inline; %s\n" % (cid, fn)
    else:
        h += "Content-Disposition: attachment; %s\n" % fn
    h += "Content-Transfer-Encoding: base64\n\n"
    return h.encode("ascii") + base64.encodebytes(data), ctype, data

def multipart(subtype, boundary, parts):
    out = b'Content-Type: multipart/%s; boundary="%s"\n\n' % (subtype.encode(), boundary.encode())
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return out

# ---------------------------------------------------------------- rendering
BASE = datetime.datetime(2024, 2, 5, 7, 40, 0)
HTML_CLIENTS = {"gmail", "android", "apple", "iphone", "tbhtml", "outlook_html", "samsung", "freescout", "osticket"}
CRLF_CLIENTS = {"outlook_txt", "outlook_html", "samsung", "osticket"}
RE_PREFIX_OUTLOOK = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "pt": "RE: ", "it": "R: ", "nl": "RE: ",
                     "sv": "SV: ", "pl": "ODP: ", "ja": "RE: "}
SAMSUNG_HDR = {"en": ("Original message", "From", "Date", "To", "Subject"),
               "es": ("Mensaje original", "De", "Fecha", "Para", "Asunto"),
               "pt": ("Mensagem original", "De", "Data", "Para", "Assunto"),
               "de": ("Ursprüngliche Nachricht", "Von", "Datum", "An", "Betreff"),
               "it": ("Messaggio originale", "Da", "Data", "A", "Oggetto"),
               "fr": ("Message d'origine", "De", "Date", "À", "Objet"),
               "pl": ("Oryginalna wiadomość", "Od", "Data", "Do", "Temat")}

def b36(s, n, upper=False):
    v = int(hashlib.sha256(s.encode()).hexdigest(), 16)
    al = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while len(out) < n:
        out += al[v % 36]
        v //= 36
    return out.upper() if upper else out

class Ctx:
    def __init__(self):
        self.rng = random.Random(120012)
        self.used = set()
        self.pairs = {}

    def new_oid(self, mk):
        while True:
            o = "%s-%07d-%07d" % (self.rng.choice(mk["pre"]), self.rng.randrange(10**7), self.rng.randrange(10**7))
            if o not in self.used:
                self.used.add(o)
                return o

def pick_product(sp, plang, n, nprod):
    kws = PKW.get(sp["s"], {}).get(plang)
    if kws:
        t = (sp.get("buyer", "") + " " + sp["body"] + " " + sp.get("subj", "")).lower()
        best = None
        for i, ks in enumerate(kws):
            for k in ks:
                pos = t.find(k)
                if pos >= 0 and (best is None or pos < best[0]):
                    best = (pos, i)
        if best:
            return best[1]
    return n % nprod

def render(sp, n, ctx):
    S = SELLERS[sp["s"]]
    lang = sp["lang"]
    c = sp["c"]
    mkey = sp.get("mkt") or S["mkt"][lang]
    mk = MKT[mkey]
    nl = mk["nl"]
    tld = mk["tld"]
    site = "www.amazon." + tld
    sc = "sellercentral.amazon." + tld
    key = sp.get("oid")
    plang = lang if lang in S["prod"] else list(S["prod"])[0]
    prods = S["prod"][plang]
    bnames = BUYERS[lang]
    if key and key != "none":
        if key not in ctx.pairs:
            ctx.pairs[key] = dict(oid=ctx.new_oid(mk), bn=sp.get("bn") or bnames[n % len(bnames)],
                                  p=sp.get("p", pick_product(sp, plang, n, len(prods))), first=n)
        pr = ctx.pairs[key]
        oid, bn, pidx = pr["oid"], pr["bn"], pr["p"]
    else:
        oid = None if key == "none" else ctx.new_oid(mk)
        bn = sp.get("bn") or bnames[n % len(bnames)]
        pidx = sp.get("p", pick_product(sp, plang, n, len(prods)))
    prod = prods[pidx % len(prods)]
    asin = "B0" + b36(sp["s"] + prod, 8, upper=True)
    rl = b36("relay" + sp["s"] + bn + (key or str(n)), 15)
    rdom = ("m.marketplace.amazon." if sp.get("mrelay") else "marketplace.amazon.") + tld
    relay = rl + ("+" + b36("tag" + str(n), 8) if sp.get("plus") else "") + "@" + rdom
    if sp.get("upper"):
        relay = relay.upper()
    seller_relay = b36("sellerrelay" + sp["s"], 15) + "@marketplace.amazon." + tld
    pname, plocal = S["people"][sp["who"]]
    sender_addr = "%s@%s" % (plocal, S["domain"])
    from_disp = S["name"] if c in ("freescout", "osticket") else pname
    off = S["off"]
    dt = BASE + datetime.timedelta(hours=n * 5 + (n * 7) % 5, minutes=(n * 37) % 60, seconds=(n * 13) % 60)
    dtb = dt - datetime.timedelta(hours=1 + (n * 5) % 19, minutes=(n * 17) % 60)
    amz_disp = "%s - Amazon Marketplace" % bn
    tok = "A" + b36("tok" + str(n), 13, upper=True)
    ses = "<0102018e%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        h8("a%d" % n), h8("b%d" % n)[:4], h8("c%d" % n)[:4], h8("d%d" % n)[:4], h8("e%d" % n, 12),
        "us-east-1" if mkey in ("us", "ca") else ("us-west-2" if mkey == "jp" else "eu-west-1"))

    def sub(t):
        return (t.replace("@B@", bn).replace("@O@", oid or "").replace("@A@", asin).replace("@P@", prod)
                .replace("@S@", S["name"]).replace("@SITE@", site).replace("@TLD@", tld).replace("@SC@", sc))

    cats = set(sp["cats"])
    notes = [sp["note"]]
    sigkey = sp.get("sig", sp["who"] if sp["who"] in S["sig"] else None)
    sigtxt = ""
    if sigkey:
        sigtxt, sc_ = S["sig"][sigkey]
        if sc_:
            cats.update(sc_)
            notes.append("signature adds " + "/".join(sc_))
    if c in CLIENT_AUTO:
        cats.update(CLIENT_AUTO[c])
        notes.append(CLIENT_NOTE[c] + " = styling")

    # ---- subject
    st = sp.get("st") or {"delivery": "del", "return": "ret", "product": "prod"}.get(sp["topic"], "gen")
    if oid is None and st != "prodno" and sp["kind"] == "re":
        st = "prodno"
    amz_subj = NOTIF[nl]["subj"][st].format(b=bn, o=oid or "")
    ticket = str(400000 + (n * 7919) % 99999)
    if sp["kind"] == "re":
        if sp.get("subj"):
            subject = sub(sp["subj"])
        elif c in ("outlook_txt", "outlook_html"):
            subject = RE_PREFIX_OUTLOOK[lang] + amz_subj
        elif c == "osticket":
            subject = "Re: [#%s] %s" % (ticket, amz_subj)
        else:
            subject = "Re: " + amz_subj
    else:
        subject = sub(sp["subj"])

    # ---- agent text
    body = sub(sp["body"]).strip("\n")
    text = body
    if sigtxt:
        text += ("\n\n-- \n" if c in ("thunderbird", "tbhtml") else "\n\n") + sub(sigtxt)
    if sp.get("tx"):
        text += "\n\n" + sub(sp["tx"])
    footer = ""
    if c == "iphone" and not sp.get("nofooter"):
        footer = SENT_FROM["iphone"][lang]
    if c == "samsung":
        footer = SENT_FROM["samsung"][lang]
    if footer:
        text += "\n\n" + footer

    # ---- quoted Amazon notification
    quote_txt = None
    qdisp, qaddr = amz_disp, relay
    if sp["kind"] == "re" and not sp.get("noquote"):
        N = NOTIF[nl]
        btxt = sub(sp.get("buyer", "")).strip("\n")
        if sp.get("prev"):
            pdt = dtb - datetime.timedelta(days=2, hours=3)
            btxt += "\n\n" + qhdr("gmail", lang, pdt, S["name"], seller_relay) + "\n" + "\n".join(
                ("> " + l) if l else ">" for l in sub(sp["prev"]).strip("\n").split("\n"))
        nlines = []
        if oid:
            nlines += N["order"].format(o=oid, p=prod, a=asin).split("\n")
        else:
            nlines.append("%s [ASIN: %s]" % (prod, asin))
        nlines += ["", N["m1"], ""] + btxt.split("\n") + ["", N["m2"], "", N["resp"],
                   "https://%s/messaging/inbox?fi=ALL&mpid=%s%s" % (sc, mk["mp"], "&oid=" + oid if oid else ""), "",
                   N["help"],
                   "%s: https://%s/gp/communication-manager/rating.html?rating=1&cmtok=%s" % (N["yes"], sc, tok),
                   "%s: https://%s/gp/communication-manager/rating.html?rating=0&cmtok=%s" % (N["no"], sc, tok),
                   "", "[commMgrTok:%s]" % tok, ""]
        if sp.get("pref"):
            nlines += [N["pref"].format(sc=sc), ""]
        nlines += [N["copy"].format(y=2024), mk["postal"]]
        quote_txt = "\n".join(nlines)
        if sp.get("fwd"):
            fname, flocal = S["people"][sp["fwd"]]
            fwd_hdr = ["---------- Forwarded message ---------", "From: %s <%s>" % (amz_disp, relay),
                       "Date: %s" % rfcdate(dtb, off), "Subject: %s" % amz_subj, "To: <%s>" % sender_addr, ""]
            quote_txt = "\n".join(fwd_hdr) + "\n" + quote_txt
            qdisp, qaddr = fname, "%s@%s" % (flocal, S["domain"])
            cats.add("contact_email")
            notes.append("forwarded header shows the family member's and the shop's own address = contact_email")
    to_line = None
    if quote_txt is not None and c in ("outlook_txt", "outlook_html"):
        if sp.get("toaddr"):
            to_line = "%s <%s>" % (pname, sender_addr)
            cats.add("contact_email")
            notes.append("Outlook quote header To: shows the seller's own address = contact_email")
        else:
            to_line = pname
    if quote_txt is not None and c == "samsung":
        cats.add("contact_email")
        notes.append("Samsung quote header To: shows the seller's own address = contact_email")

    def prefixed(t):
        return "\n".join(("> " + l) if l else ">" for l in t.split("\n"))

    full_txt = text
    if quote_txt is not None:
        if c in ("outlook_txt", "outlook_html"):
            full_txt += "\n\n" + "\n".join(outlook_block(lang, dtb, qdisp, qaddr, to_line, amz_subj)) + "\n\n" + quote_txt
        elif c == "samsung":
            L = SAMSUNG_HDR.get(lang, SAMSUNG_HDR["en"])
            full_txt += "\n\n-------- %s --------\n%s: %s <%s> \n%s: %02d/%02d/%d %02d:%02d (GMT%+03d:00) \n%s: %s \n%s: %s \n\n" % (
                L[0], L[1], qdisp, qaddr, L[2], dtb.day, dtb.month, dtb.year, dtb.hour, dtb.minute, off, L[3], sender_addr,
                L[4], amz_subj) + quote_txt
        elif c == "osticket":
            full_txt += "\n\n----\n%s <%s> %04d-%02d-%02d %02d:%02d\n\n" % (qdisp, qaddr, dtb.year, dtb.month, dtb.day, dtb.hour, dtb.minute) + quote_txt
        else:
            style = {"freescout": "freescout"}.get(c, c)
            full_txt += "\n\n" + qhdr(style, lang, dtb, qdisp, qaddr) + "\n" + prefixed(quote_txt)
    full_txt += "\n"

    # ---- html
    full_html = None
    if c in HTML_CLIENTS:
        ah = agent_html(body, c, mail=(c in ("gmail", "android", "apple", "iphone", "outlook_html", "samsung", "freescout")))
        if sp.get("hbody"):
            ah = sub(sp["hbody"])
        if sp.get("hwrap"):
            ah = sub(sp["hwrap"]) % ah
        sh = ""
        if sigtxt:
            s_ = "<br>".join(html_lines(sub(sigtxt), mail=c != "tbhtml"))
            sh = ('<div class="moz-signature">-- <br>%s</div>' % s_) if c == "tbhtml" else (
                "<p class=MsoNormal>%s<o:p></o:p></p>" % s_ if c == "outlook_html" else "<div><br></div><div>%s</div>" % s_)
        hx = sub(sp.get("hx", ""))
        qh = ""
        if quote_txt is not None:
            q = quote_html(quote_txt)
            if c in ("gmail", "android"):
                qh = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                      % (html.escape(qhdr(c, lang, dtb, qdisp, qaddr), quote=False), q))
            elif c in ("apple", "iphone"):
                qh = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">%s</div></blockquote>'
                      % (html.escape(qhdr(c, lang, dtb, qdisp, qaddr), quote=False), q))
            elif c == "tbhtml":
                qh = ('<div class="moz-cite-prefix">%s<br></div><blockquote type="cite" cite="mid:%s">%s</blockquote>'
                      % (html.escape(qhdr(c, lang, dtb, qdisp, qaddr), quote=False), ses.strip("<>"), q))
            elif c == "outlook_html":
                ob = outlook_block(lang, dtb, qdisp, qaddr, to_line, amz_subj)
                qh = ("<p class=MsoNormal><o:p>&nbsp;</o:p></p><div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                      "<p class=MsoNormal>%s<o:p></o:p></p></div></div><p class=MsoNormal>%s<o:p></o:p></p>"
                      % ("<br>".join(html.escape(l.strip(), quote=False) for l in ob[1:]), q))
            elif c == "samsung":
                L = SAMSUNG_HDR.get(lang, SAMSUNG_HDR["en"])
                qh = ('<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000"><div>-------- %s --------</div>'
                      '<div>%s: %s &lt;%s&gt; </div><div>%s: %02d/%02d/%d %02d:%02d (GMT%+03d:00) </div><div>%s: %s </div><div>%s: %s </div><div><br></div></div>%s'
                      % (L[0], L[1], html.escape(qdisp), qaddr, L[2], dtb.day, dtb.month, dtb.year, dtb.hour, dtb.minute, off,
                         L[3], sender_addr, L[4], html.escape(amz_subj), q))
            elif c == "freescout":
                qh = '<br><div class="fs-quote"><div>%s</div><blockquote>%s</blockquote></div>' % (
                    html.escape(qhdr("freescout", lang, dtb, qdisp, qaddr), quote=False), q)
            elif c == "osticket":
                qh = '<hr><div><strong>%s</strong> &lt;%s&gt; %04d-%02d-%02d %02d:%02d</div><blockquote>%s</blockquote>' % (
                    html.escape(qdisp), qaddr, dtb.year, dtb.month, dtb.day, dtb.hour, dtb.minute, q)
        ft = ""
        if footer:
            ft = ('<div id="composer_signature" dir="auto"><div style="font-size:85%%;color:#575757" dir="auto">%s</div></div>' % footer
                  if c == "samsung" else '<div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">%s</div></div>' % footer)
        if c in ("gmail", "android"):
            full_html = '<div dir="ltr">%s%s%s</div>%s\n' % (ah, sh, hx, qh)
            if c == "android":
                full_html = '<div dir="auto">%s%s%s</div>%s\n' % (ah, sh, hx, qh)
        elif c == "apple":
            full_html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s%s%s%s</body></html>\n'
                         % (ah, sh, hx, qh))
        elif c == "iphone":
            full_html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
                         '<div dir="ltr">%s%s%s</div>%s%s</body></html>\n' % (ah, sh, hx, ft, qh))
        elif c == "tbhtml":
            full_html = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n  </head>\n  <body>\n%s\n%s\n%s\n%s\n  </body>\n</html>\n'
                         % (ah, hx, sh, qh))
        elif c == "outlook_html":
            full_html = (OUTLOOK_HEAD % {"lang": {"en": "EN-GB", "es": "ES", "pt": "PT", "de": "DE"}.get(lang, "EN-GB")}
                         + '<div class=WordSection1>\n%s\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n%s%s%s</div></body></html>\n' % (ah, sh, hx, qh))
        elif c == "samsung":
            full_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>%s%s%s<div dir="auto"><br></div><div dir="auto"><br></div>%s%s</body></html>\n'
                         % (ah, sh, hx, ft, qh))
        elif c == "freescout":
            full_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div class="fs-reply">%s%s%s</div>%s</body></html>\n'
                         % (ah, sh, hx, qh))
        elif c == "osticket":
            full_html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div>%s%s%s</div>%s</body></html>\n' % (ah, sh, hx, qh)

    # ---- charsets / encodings
    dcs = {"gmail": "UTF-8", "android": "UTF-8", "apple": "utf-8", "iphone": "utf-8", "thunderbird": "UTF-8", "tbhtml": "UTF-8",
           "outlook_txt": "windows-1252", "outlook_html": "windows-1252", "samsung": "UTF-8", "freescout": "utf-8",
           "osticket": "utf-8"}[c]
    if c.startswith("outlook") and lang == "pl":
        dcs = "iso-8859-2"
    if c.startswith("outlook") and lang == "ja":
        dcs = "iso-2022-jp"
    if c in ("thunderbird",) and lang == "ja":
        dcs = "iso-2022-jp"
    cs = sp.get("cs", dcs)
    dcte = {"samsung": "base64", "thunderbird": "8bit"}.get(c, "quoted-printable")
    if c == "iphone" and lang == "ja":
        dcte = "base64"
    if cs.lower() == "iso-2022-jp":
        dcte = "7bit"
    cte = sp.get("cte", dcte)
    if not codec_ok(full_txt + (full_html or ""), cs):
        cs = "UTF-8"
        if cte == "7bit":
            cte = "quoted-printable"
    if full_html is not None:
        full_html = full_html.replace("@@CHARSET@@", cs)

    # ---- MIME
    seed = "m%d" % n
    tpart = body_part(full_txt, "plain", cs, cte, flowed=(c in ("thunderbird", "apple") and cs.lower() != "iso-2022-jp"))
    bnd = "%s%s" % ({"gmail": "000000000000", "android": "000000000000", "apple": "Apple-Mail=_", "iphone": "Apple-Mail-",
                      "outlook_html": "----=_NextPart_000_", "samsung": "--_com.samsung.android.email_",
                      "freescout": "=_fs_", "osticket": "=_os_", "tbhtml": "------------", "thunderbird": "------------",
                      "outlook_txt": "----=_NextPart_000_"}[c], b36(seed + "bnd", 20, upper=c != "gmail"))
    if full_html is not None:
        hpart = body_part(full_html, "html", cs, cte)
        if sp.get("inline"):
            rel = [hpart]
            for (k, cid, fn, arg) in sp["inline"]:
                p, _, _ = att_part(k, fn, arg, seed + cid, c, cid=cid)
                rel.append(p)
            hpart = multipart("related", bnd + "r", rel)
        core = multipart("alternative", bnd + "a", [tpart, hpart])
    else:
        core = tpart
    if sp.get("att"):
        parts = [core]
        for i, (k, fn, arg) in enumerate(sp["att"]):
            p, _, _ = att_part(k, fn, arg, seed + str(i), c)
            parts.append(p)
        core = multipart("mixed", bnd + "m", parts)

    to_disp = None if sp.get("bareto") else amz_disp
    H = ["From: %s" % addr_header(from_disp, sender_addr, cs),
         "To: %s" % addr_header(to_disp, relay, cs),
         "Subject: %s" % enc_header(subject, cs),
         "Date: %s" % rfcdate(dt, off)]
    mid_dom = {"gmail": "mail.gmail.com", "android": "mail.gmail.com"}.get(c, S["domain"])
    if c in ("outlook_txt", "outlook_html"):
        mid = "<%s$%s$%s@%s>" % (h8(seed + "o1", 12), h8(seed + "o2"), h8(seed + "o3"), S["domain"])
    elif c in ("gmail", "android"):
        mid = "<CA+%s%s@mail.gmail.com>" % (b36(seed + "g", 24), "=" + b36(seed + "g2", 12))
    else:
        mid = "<%s@%s>" % (h8(seed + "mid", 32), S["domain"])
    H.append("Message-ID: %s" % mid)
    if sp["kind"] == "re":
        refs = [ses]
        if sp.get("prev"):
            refs.insert(0, "<%s@%s>" % (h8(seed + "prev", 24), S["domain"]))
            refs.insert(1, "<0102018d%s-000000@eu-west-1.amazonses.com>" % h8(seed + "prevamz", 20))
        H.append("In-Reply-To: %s" % ses)
        H.append("References: %s" % " ".join(refs))
    xm = {"outlook_txt": "X-Mailer: Microsoft Outlook 16.0", "outlook_html": "X-Mailer: Microsoft Outlook 16.0",
          "apple": "X-Mailer: Apple Mail (2.3774.500.171.1.1)", "iphone": "X-Mailer: iPhone Mail (21E236)",
          "thunderbird": "User-Agent: Mozilla Thunderbird", "tbhtml": "User-Agent: Mozilla Thunderbird",
          "freescout": "X-Mailer: FreeScout", "osticket": "X-Mailer: osTicket Mailer"}.get(c)
    if xm:
        H.append(xm)
    if c.startswith("outlook"):
        H.append("Thread-Index: %s" % base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode())
        H.append("Content-Language: %s" % {"en": "en-gb", "es": "es", "pt": "pt-pt", "ja": "ja"}.get(lang, lang))
    if c == "osticket":
        subject_tag = ticket
    for h_ in sp.get("hdrs", []):
        H.append(sub(h_))
    H.append("MIME-Version: 1.0")
    raw = ("\n".join(H) + "\n").encode("ascii") + core
    if sp.get("crlf", c in CRLF_CLIENTS):
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    cats = [x for x in CATS if x in cats]
    for x in sp["cats"]:
        assert x in CATS, x
    return raw, dict(cats=cats, note="; ".join(notes), oid=oid, key=key, relay=relay)

OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
 'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
 'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=@@CHARSET@@">'
 '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Font Definitions */\n'
 '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
 '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n'
 'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
 'span.EmailStyle19\n\t{mso-style-type:personal-reply;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n'
 '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
 'div.WordSection1\n\t{page:WordSection1;}\n--></style></head><body lang=%(lang)s link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>\n')

# ================================================================ ENGLISH - Brass & Bolt Spares (UK, Dave + Jan)
def B(who, c, kind, topic, cats, note, body, **kw):
    M("en", "bb", who, c, kind, topic, cats, note, body, **kw)

B("dave", "outlook_txt", "re", "delivery", [], "Royal Mail tracking number written in spaced groups (looks like a phone number); replacement offered for a stuck parcel",
  buyer="Hi, ordered the carb kit last Tuesday and still nothing. Tracking hasn't moved since Saturday, can you check please?",
  body="""Hi @B@,

Sorry about this. I've had a look and your parcel went out on the 6th with Royal Mail Tracked 48, tracking number KF 4820 1937 5GB. It's been sat at the mail centre since Saturday which isn't unusual after a weekend but it isn't great either.

I'll give it till Thursday and if it still hasn't moved I'll post you another kit first class at my cost, no need to send anything back.

Cheers,""")

B("dave", "outlook_txt", "re", "product", [], "buyer from Scunthorpe; 'class 15' and 'class 66' bobbins (trigger substrings inside words), model numbers",
  buyer="Will the 201K bobbin case fit my mum's 201-2? She's in Scunthorpe and I'm ordering for her.",
  body="""Hello @B@,

Yes it will, the 201K and the 201-2 take the same case and the same class 66 bobbins. Just don't use class 15 bobbins in it, they look almost identical but they're a hair narrower and it'll skip stitches. The case I sent is a genuine Singer one (part no. 45751) so it should drop straight in.

If your mum gets stuck with the latch just let me know through here.

All the best,""")

B("jan", "iphone", "re", "damaged", [], "replacement and postage refund (GBP 3.85) for a damaged part, not tied to any review",
  buyer="The coil arrived with the bakelite top cracked, photo attached on the Amazon message. Not happy.",
  body="""Hi @B@

Oh no I'm so sorry, that's the packing not the coil - Dave wraps them in about a mile of bubble wrap normally. I've sent a replacement out this afternoon and I've refunded the £3.85 postage as well for the bother. You don't need to send the cracked one back, just pop it in the recycling.""", sig="jan")

B("dave", "outlook_txt", "re", "return", [], "return address with postcode, RMA number, company number and VAT number in the signature",
  buyer="I ordered the wrong clutch plates, mine is a 9E not a 2L. Can I send them back?",
  body="""Hi @B@,

No problem at all, it happens a lot with Villiers bits. Send them back unused to:

Brass & Bolt Spares
Unit 4 Etruria Works
Festival Way
Stoke-on-Trent
ST1 5PU

Put the reference BB-RMA-0311-27 on a bit of paper inside so I know whose they are. Once they're here I'll refund the full £24.50 through Amazon, normally same day.""", sig="imprint")

B("dave", "outlook_txt", "pro", "review", [], "first review request for this order: single neutral request, proactive, order id in subject",
  oid="bbR1", req=True, p=0,
  subj="Your order @O@ from Brass & Bolt Spares",
  body="""Hello @B@,

Your carburettor rebuild kit should have arrived a few days ago. If you've had a chance to fit it, we'd appreciate it if you could leave a review of the product on Amazon - good or bad, it helps other riders pick the right kit.

Thanks,""")

B("dave", "thunderbird", "re", "complaint", ["offensive"], "owner loses his temper: insults and mild profanity in a long run-on reply",
  buyer="You sent the wrong gasket AGAIN. Are you actually capable of reading an order or do you just pick stuff off the floor? Useless.",
  body="""@B@,

I've been doing this for thirty years and I don't need some jumped-up muppet telling me I can't read. The gasket I sent is the one you ordered, it says A10 points cover on your order and on the bag, and if you'd bothered to look at the photo you'd have seen it's for the plunger frame not the swinging arm, so stop talking bollocks and check what bike you've actually got before you start slagging people off.

I'll refund it when it comes back.""", sig="dave")

B("dave", "outlook_txt", "re", "feedback", ["feedback_removal"], "after a refund the seller asks the buyer to take the neutral feedback down, pleading",
  buyer="Refund received thanks.",
  body="""Hi @B@,

Glad the refund came through ok and sorry again for the mix up with the saddle bolt.

Now it's all sorted would you be able to take down the neutral feedback you left on Monday? We're only a husband and wife outfit and one neutral drags the whole percentage down for months, it really does hurt us.

Thanks ever so much,""")

B("jan", "iphone", "re", "feedback", [], "after resolution: neutral 'you can update your feedback if you wish, entirely up to you' (allowed)",
  buyer="Thanks for sorting the replacement so quickly, the new one fits perfectly.",
  body="""Hi @B@

That's great news, thanks for letting us know. If you feel we've put things right you're welcome to update the feedback you left, but there's no pressure at all - it's entirely your call.

Take care
Jan""", sig=None)

B("dave", "outlook_txt", "pro", "delivery", ["unpermitted_proactive"], "proactive shipping confirmation with tracking number (Amazon sends these itself)",
  subj="Order @O@ dispatched",
  body="""Hello @B@,

Just to let you know your order @O@ left us this morning with Royal Mail Tracked 24, tracking number KF 4821 0044 8GB. It should be with you tomorrow or Wednesday at the latest.

Regards,""")

B("jan", "apple", "pro", "review", ["review_incentive"], "review request with a hedged perk: spare needles in the next order for a review",
  req=True,
  subj="A little something for order @O@",
  body="""Hi @B@,

Hope the bobbin case is behaving itself! We're a tiny family business so reviews make a massive difference to us. If you do get a minute to pop a review on Amazon, let me know when it's up and I'll tuck a spare packet of needles in with whatever you order from us next, on the house.

Thanks a million
Jan""", sig=None)

B("dave", "thunderbird", "pro", "review", ["repeat_request"], "second review request for the same order (chaser) a week later",
  oid="bbR1", req=True,
  subj="Re-cap: order @O@",
  body="""Hi @B@,

Sorry to chase - I sent a note last week about the Amal kit. Did you get a chance to leave a review? It'd really help us out.

Cheers,""")

B("dave", "outlook_txt", "re", "order", [], "buyer asks for phone number; seller declines politely and stays on Amazon messages",
  buyer="Can you give me a ring? Easier to explain on the phone. My number is in the order.",
  body="""Hi @B@,

I'd rather keep it on here if you don't mind - Amazon prefer we keep everything in the messages, and it means there's a record if anything goes wrong. Just describe what's happening when you turn the engine over and I'll do my best. A photo of the points gap would help too, you can attach it to your reply.

Thanks,""")

B("dave", "outlook_html", "re", "delivery", [], "Outlook HTML reply: the Word style block alone makes it styling",
  buyer="Is it possible to send to my work address instead?",
  body="""Hi @B@,

I'm afraid once the order is placed I can only post to the address Amazon gives me. If you cancel and re-order with the work address I'll get it out the same day, I've put a hold on it for now.

Regards,""")

B("jan", "iphone", "re", "damaged", ["styling"], "emoji in an otherwise fine reply (iPhone user)",
  buyer="Motor brushes came, just wanted to say they fitted fine.",
  body="""Aw thanks @B@, that's made my day 😊 Enjoy the machine!

Jan""", sig=None)

B("dave", "outlook_txt", "re", "product", ["contact_phone", "external_link", "contact_email"], "hand-pasted full signature with landline, mobile, website and address",
  buyer="Do you have the float needle for the 928 on its own?",
  body="""Hi @B@,

Not listed on its own at the moment but I've got plenty, I'll put a listing up for it this afternoon for £6.20 and you can order it from there.

Regards,""", sig="full")

B("dave", "outlook_txt", "re", "complaint", [], "firm but polite answer to a rude buyer who threatens a bad review; no pressure about reviews",
  buyer="This is rubbish, the coil is dead. Sort it or I'm leaving 1 star everywhere.",
  body="""@B@,

I test every coil before it goes out and yours read 3.2 ohms on the primary when it left here, but parts do fail and I'm not going to argue about it. Send it back using the returns page in your Amazon account and I'll refund it in full when it arrives. What you write in a review is your own business.

Dave""", sig=None)

B("dave", "outlook_txt", "pro", "order", ["unpermitted_proactive"], "'thank you for your order' only message",
  subj="Thank you from Brass & Bolt - @O@",
  body="""Dear @B@,

Thank you very much for your order @O@. We really appreciate you choosing a small independent business. Your parts are being packed with care.

Kind regards,""")

B("jan", "iphone", "pro", "order", ["unpermitted_proactive", "missing_order_id"], "'here to help' only message with no order id, written on the phone",
  subj="Brass & Bolt here!",
  body="""Hi @B@, it's Jan from Brass & Bolt. Just wanted to say if you have any problems at all with your bits, we're always here to help, just drop us a message!

Jan""", sig=None)

B("dave", "outlook_txt", "pro", "delivery", ["missing_order_id"], "delivery problem (allowed reason) but no order id anywhere",
  subj="Your parcel",
  body="""Hello @B@,

Royal Mail have returned your parcel to us marked "addressee unknown". Could you confirm the full address including the house number so I can post it again?

Thanks,""")

B("dave", "outlook_txt", "pro", "delivery", [], "[Important] used correctly: address problem, order id in body",
  subj="[Important] Address problem with your order",
  body="""Hello @B@,

Royal Mail have sent your parcel for order @O@ back to us marked "insufficient address" - the address on the order has no house number or name. Could you reply with the house number so I can post it again first class? There's no extra charge.

Regards,""")

B("jan", "apple", "pro", "order", ["important_tag", "unpermitted_proactive"], "[IMPORTANT] on a thank-you/packed message (misuse)",
  subj="[IMPORTANT] Order @O@ packed and ready",
  body="""Hi @B@,

Good news, your order @O@ is all packed and ready to go with the afternoon post. Thank you so much for shopping with us!

Jan""", sig=None)

B("dave", "outlook_txt", "re", "return", ["review_manipulation"], "review gating: happy buyers review, unhappy ones contact us instead", req=True,
  buyer="The plates fit fine, cheers.",
  body="""Hi @B@,

Great stuff. If you're happy with them a review on Amazon would be brilliant; if anything's not right though, please come to us first rather than leaving a review, we'll always sort it.

Cheers,""")

B("dave", "outlook_txt", "re", "feedback", ["review_incentive", "feedback_removal"], "partial refund offered in exchange for removing negative feedback",
  buyer="I've left feedback about the delay. Not impressed.",
  body="""Hi @B@,

Sorry you feel that way. Tell you what - if you remove the negative feedback I'll refund £5 of the £18.90 straight away as a goodwill gesture, I'll do it as soon as I see it's gone.

Dave""", sig=None)

B("jan", "iphone", "re", "delivery", ["styling", "contact_other"], "emoji plus 'message us on WhatsApp' in a reply",
  buyer="Has my order been posted?",
  body="""Hi @B@ 👋 yes it went yesterday! If you want quicker answers just message us on WhatsApp, we're on it all day.

Jan xx""", sig=None)

B("dave", "thunderbird", "re", "product", [], "Thunderbird plain text: part numbers, a £ price, 'analysis' and 'Essex' (trigger substrings)",
  buyer="Could you tell me if this kit includes the pilot jet? Bike is in Essex, BSA A7.",
  body="""Hi @B@,

Yes - the kit has the main jet (size 240), pilot jet (25), needle jet .106, float needle and all gaskets, so it's a full overhaul. If you want a bigger main jet for the A7 I can swap it for a 250 for the same £32.95. My analysis of most A7s I see is that the 240 is a touch lean once the air filter's off.""")

B("dave", "outlook_txt", "re", "invoice", [], "VAT invoice attached as PDF; invoice number and VAT number look like phone numbers",
  buyer="Could I have a VAT invoice please, I'm claiming it through the business.",
  body="""Hi @B@,

Of course - VAT invoice attached, invoice no. 2024-0318-114 for £54.00 incl. VAT (£9.00 VAT). Our VAT registration is GB 284 1937 62 if your accountant needs it separately.

Regards,""", att=[("pdf", "BB_Invoice_2024-0318-114.pdf", ["Brass & Bolt Spares Ltd", "VAT invoice 2024-0318-114", "Total GBP 54.00 incl. VAT 9.00", "VAT Reg. GB 284 1937 62"])])

B("jan", "iphone", "re", "damaged", ["attachment"], "iPhone photos sent as HEIC (type not allowed)",
  buyer="Which way round does the bobbin case spring go? Mine fell out.",
  body="""Hi @B@, I've taken a couple of pictures of ours on the bench so you can see which way round it goes, hope they help!

Jan""", sig=None, att=[("heic", "IMG_4471.HEIC", None), ("heic", "IMG_4472.HEIC", None)])

B("dave", "outlook_txt", "pro", "review", ["review_manipulation"], "asks for 5 stars, polite wording", req=True,
  subj="Order @O@ - quick favour",
  body="""Dear @B@,

I hope the ignition coil has your Bantam running sweetly. If it has, we'd be very grateful for a five star review on Amazon, it makes all the difference for a small shop like ours.

Kind regards,""")

B("dave", "outlook_txt", "pro", "order", ["marketing"], "proactive cross-sell: gasket set and new range, order id present",
  subj="Order @O@ - something you might need",
  body="""Hello @B@,

Seeing as you've bought the Amal rebuild kit for order @O@, you'll probably want the matching manifold gasket set and a new throttle cable while the carb's off. We've just got a big batch of both in and they're on Amazon under our shop name, search Brass & Bolt Spares.

Regards,""")

B("dave", "outlook_txt", "re", "product", ["marketing"], "answer plus a P.S. plugging the spring sale",
  buyer="Does this fit a Bernina 530 Record?",
  body="""Hi @B@,

Yes it does, the 530 and 730 use the same 3-pin plug. It's a reproduction cable but it's heavier gauge than the original.

Regards,
Dave

P.S. We've got 15% off everything in the shop through Easter if you need anything else for the Bernina.""", sig=None)

B("jan", "gmail", "re", "delivery", [], "Gmail web reply: DHL tracking number, delivery window and date",
  buyer="Will it come before Saturday? It's for my dad's birthday.",
  body="""Hi @B@,

It's going out today with DHL, tracking number 4829 1037 65, and they're saying Friday between 10:30 and 14:30. Fingers crossed it makes it for your dad's birthday!

Jan""", sig=None)

B("dave", "outlook_html", "re", "return", ["external_link"], "Outlook HTML with link to the shop's own website returns form (plus style block)",
  buyer="How do I return the wrong brushes?",
  body="""Hi @B@,

Easiest is to fill in the returns form on our site at https://www.brassandbolt-spares.co.uk/returns and print the label, it's free.

Regards,""")

B("dave", "outlook_txt", "pro", "review", [], "first request for this order: feedback request with the order id only in the subject", req=True, oid="bbR2", p=4,
  subj="Feedback for Amazon order @O@",
  body="""Hello @B@,

We hope the saddle bolt did the trick. If you have a moment, we'd appreciate your feedback on how we handled this order.

Thanks for your custom,""")

B("jan", "iphone", "pro", "review", ["repeat_request", "review_manipulation"], "second request for the same order, now asking for 'nice words'",
  oid="bbR2", req=True,
  subj="Saddle bolt order @O@",
  body="""Hi @B@, Jan here from Brass & Bolt. Not sure if you saw Dave's message but if you could leave us some nice words and a good rating that would mean the world! Thanks so much""", sig=None)

B("dave", "outlook_txt", "re", "complaint", ["offensive"], "threat-laced reply to a buyer who opened an A-to-z claim",
  buyer="I've opened a claim. See you in court lol.",
  body="""@B@,

You want to play games, fine. I've got your address off the order and I know exactly where Walsall is. I'd think very carefully about the claim if I were you.

Dave""", sig=None)

B("dave", "outlook_txt", "re", "order", ["contact_email"], "Outlook quote header To: shows the seller's own address (no other problem)", toaddr=True,
  buyer="Can I add a second bobbin case to the order?",
  body="""Hi @B@,

Amazon won't let me add to an existing order, but if you order the second one in the next hour I'll pack them together and refund the extra postage.

Regards,""")

B("jan", "gmail", "re", "delivery", ["contact_email"], "forwarded thread: Jan forwarded the buyer message to Dave's Gmail, the forward header shows both addresses",
  fwd="jan", buyer="Where's my parcel? It's been a week.",
  body="""Hi @B@,

Dave passed this on to me. Tracking number KF 4830 1165 2GB says it's out for delivery today so it should be with you this evening.

Jan""", sig=None)

B("dave", "outlook_txt", "pro", "delivery", [], "proactive delay notice (fulfilment problem, allowed), order id in body, no thank-you fluff",
  subj="Delay on order @O@",
  body="""Hello @B@,

I'm sorry but the clutch plates for order @O@ failed my check this morning - one of the four was warped. New stock arrives from our supplier on Thursday 14 March and I'll send the set out the same day. If you'd rather not wait, reply and I'll cancel and refund in full.

Regards,""")

B("dave", "outlook_txt", "pro", "order", ["unpermitted_proactive"], "out-of-stock notice instead of cancelling the order",
  subj="Order @O@ - out of stock",
  body="""Hello @B@,

I'm afraid the Singer 15-91 brushes for order @O@ have sold out on our other sales channel before Amazon updated. We're expecting more in about three weeks and will send them then.

Regards,""")

B("jan", "apple", "re", "feedback", ["feedback_removal"], "request to 'change' feedback hidden in the middle of a long chatty paragraph",
  buyer="The part arrived in the end, thanks.",
  body="""Hi @B@,

So glad it turned up in the end, Royal Mail have been an absolute nightmare this month, we had three parcels go to Leeds for no reason and Dave spent half of Tuesday on the phone to them, and honestly if you could just change your feedback now that it's arrived that would be lovely, because the late delivery really wasn't our fault, and anyway I hope the machine is up and running now and your sewing's going well.

Jan""", sig=None)

B("dave", "outlook_txt", "re", "product", ["contact_phone"], "obfuscated (digits written as words) phone number",
  buyer="It's hard to explain in writing. Can I call you?",
  body="""Hi @B@,

Fair enough, give me a ring on oh seven seven double oh, nine double oh, seven six two, I'm in the workshop most mornings.

Dave""", sig=None)

B("jan", "iphone", "re", "return", ["attachment"], "six photos attached (more than five attachments)",
  buyer="Please could you show me how the parts should be packed for return?",
  body="""Hi @B@, here's how we'd pack them, hope this helps!

Jan""", sig=None,
  att=[("jpg", "IMG_%d.jpg" % i, (320, 240)) for i in range(5101, 5107)])

B("dave", "outlook_txt", "re", "return", [], "five attachments (allowed maximum): photos and a PDF return form",
  buyer="Could you show me how to pack the saddle for return?",
  body="""Hi @B@,

Four photos of how I'd pack it attached, plus the return form as a PDF - fill it in and pop it in the box.

Regards,""",
  att=[("jpg", "packing_%d.jpg" % i, (320, 240)) for i in range(1, 5)] + [("pdf", "Return_form.pdf", ["Return form", "Brass & Bolt Spares"])])

B("dave", "thunderbird", "re", "product", ["attachment"], "scanned manual PDF over 10 MB",
  buyer="Do you have a manual for the Villiers 9E?",
  body="""Hi @B@,

I've scanned my copy of the Villiers service manual for you, it's attached. Bit of a big file because I did it at high resolution.

Dave""", sig=None, att=[("pdfbig", "Villiers_9E_service_manual_scan.pdf", ["Villiers 9E service manual (scan)"])])

B("dave", "thunderbird", "re", "product", [], "small PDF manual and a static GIF wiring diagram as attachments",
  buyer="Have you got a wiring diagram for the coil?",
  body="""Hi @B@,

Wiring diagram attached, plus the Lucas fitting sheet as a PDF. White lead to the contact breaker, the other to the ignition switch.

Dave""", sig=None, att=[("gif", "coil_wiring.gif", None), ("pdf", "Lucas_MA6_fitting.pdf", ["Lucas MA6 fitting instructions"])])

B("jan", "apple", "re", "order", ["styling"], "purple Comic Sans wrapper in HTML",
  hwrap='<div style="font-family:\'Comic Sans MS\',cursive;color:#7a3e9d;font-size:14px">%s</div>',
  buyer="Can you gift wrap it?",
  body="""Hi @B@,

We can't do proper gift wrap through Amazon but I'll wrap it in tissue and leave the price off the packing note.

Jan""", sig=None)

B("dave", "outlook_txt", "pro", "review", ["review_manipulation"], "tells the buyer what to write in the review", req=True,
  subj="Your review for order @O@",
  body="""Hello @B@,

If you could leave a review for the points cover gasket, could you mention that it fitted first time and that we posted it the same day? People always ask about that.

Thanks,""")

B("dave", "outlook_txt", "re", "complaint", [], "firm answer, buyer insulted seller in quote; seller keeps calm, quoted profanity is buyer's",
  buyer="You lot are a bunch of cowboys. Bloody useless.",
  body="""@B@,

I understand you're frustrated. The tracking shows the parcel was delivered and signed for on 12 March at 11:04. If it isn't at your address, please check with neighbours and then let me know and I'll open a claim with Royal Mail.

Regards,""")

B("jan", "gmail", "pro", "review", [], "first request for this order: neutral feedback request written by Jan in Gmail", oid="bbR3", req=True, p=6,
  subj="Order @O@ from Brass & Bolt",
  body="""Hi @B@,

Hope the gasket arrived safely and fits your A10. If you have a spare minute, we'd really appreciate your feedback on Amazon about this order.

Thanks,
Jan""", sig=None)

B("dave", "outlook_txt", "re", "product", ["repeat_request"], "later support reply that asks again for feedback on the same order", oid="bbR3", req=True,
  buyer="Do you also sell the rocker cover gasket?",
  body="""Hi @B@,

Not at the moment I'm afraid, I'm waiting on a supplier. By the way if you haven't already, we'd still love your feedback on the points cover gasket order.

Cheers,""")

B("dave", "outlook_txt", "pro", "order", ["marketing", "important_tag"], "[Important] on a sale announcement to a past buyer",
  subj="[Important] Spring clear-out - order @O@",
  body="""Dear @B@,

As a previous customer (order @O@) we wanted you to know about our spring clear-out: all Villiers parts are 20% off until the end of the month.

Regards,""")

B("jan", "iphone", "pro", "order", ["unpermitted_proactive", "missing_order_id", "styling"], "'thank you' only with emoji and no order id",
  subj="Thank you!!",
  body="""Thank you so much for your order @B@!! 🙏 Dave and I really appreciate it. Enjoy!!

Jan""", sig=None)

B("dave", "outlook_txt", "re", "damaged", [], "partial refund for a scratched part (not tied to a review); amounts and percentages",
  buyer="The chrome on the bolt is scratched. Not a big deal but it was sold as new.",
  body="""Hi @B@,

Sorry about that, it must have rubbed in transit. I've refunded 30% (£2.25) back to your card to make up for it - it should show in 3 to 5 working days. If you'd rather have a fresh one instead, just say and I'll post it.

Regards,""")

B("dave", "outlook_txt", "re", "feedback", ["feedback_removal", "offensive"], "angry demand to remove feedback, with insults",
  buyer="I stand by my feedback.",
  body="""@B@,

Your feedback is a pack of lies and you know it. Get it removed today or I'll report you to Amazon for abuse. Pathetic little man.

Dave""", sig=None)

B("dave", "outlook_txt", "pro", "custom", [], "[Important] used correctly for a customisation question (which frame number to stamp)",
  subj="[Important] Frame number for your stamped plate - order @O@",
  body="""Hello @B@,

For the replacement frame number plate in order @O@ I need the exact number to stamp. Could you send me the number as it appears on your V5C so I can get it done before the weekend?

Thanks,""")

B("jan", "apple", "re", "feedback", ["review_incentive", "review_manipulation", "feedback_removal"], "free gift once the existing rating is changed to five stars, conditional wording spread across two sentences (reward + given rating + change of feedback)",
  buyer="Just to let you know I got the replacement, thank you.",
  body="""Hi @B@,

That's great! I've got a little Brass & Bolt enamel pin set aside for you. It's yours as soon as your rating shows five stars - just let me know once you've done it and I'll pop it in the post.

Jan""", sig=None)

B("dave", "outlook_txt", "pro", "review", ["opt_out"], "review request ending with 'reply STOP to stop hearing from us'", req=True,
  subj="Order @O@ - how did we do?",
  body="""Hello @B@,

If you have a moment, we'd appreciate your feedback on your order @O@ from Brass & Bolt Spares.

If you'd rather not receive any more messages from us just reply STOP and we'll take you off our list.

Regards,""")

B("dave", "outlook_txt", "re", "delivery", [], "Amazon's own notification-preferences sentence inside the quoted notification (allowed)",
  pref=True, buyer="Can you ship to Northern Ireland?",
  body="""Hi @B@,

Yes we ship to Northern Ireland at the normal price, it goes Royal Mail Tracked 48 the same as the mainland. The order will show an estimated date of 3 to 4 working days.

Regards,""")

B("jan", "gmail", "re", "product", ["tracking_pixel", "external_link"], "Gmail with the free Mailtrack extension: open pixel and 'Sent with Mailtrack' linked signature",
  buyer="What's the thread size on the saddle bolt?",
  body="""Hi @B@,

It's 5/16" BSC (26 tpi), 2 1/4" long including the head.

Jan""", sig=None,
  hx='<br><table><tr><td><img width="32" height="32" src="https://s3.amazonaws.com/images.mailtrack.io/signature-icon.png" alt="Mailtrack"></td><td>Sent with <a href="https://mailtrack.io?utm_source=gmail&amp;utm_medium=signature&amp;utm_campaign=signaturevirality11&amp;">Mailtrack</a></td></tr></table><img width="0" height="0" class="mailtrack-img" alt="" style="display:flex" src="https://mailtrack.io/trace/mail/3f0c2a9d81e5b7c64a10e2d9b8f3c5a7e1d20b46.png?u=8401127">',
  tx="Sent with Mailtrack <https://mailtrack.io?utm_source=gmail&utm_medium=signature&utm_campaign=signaturevirality11&>")

B("dave", "outlook_txt", "re", "order", ["contact_other", "marketing"], "'follow us on Facebook' for the new stock videos",
  buyer="Will you have more Bantam coils in soon?",
  body="""Hi @B@,

Should have about ten next month. Best way to catch them is to follow us on Facebook (Brass and Bolt Spares Stoke) - we post new stock there first with little videos of Dave testing them.

Regards,""")

B("dave", "thunderbird", "re", "complaint", ["offensive"], "profanity aimed at the buyer, typos, written in anger",
  buyer="Still waiting for my refund you thieves.",
  body="""@B@

Refund went through on tuesday you absolute pillock, check your bloody bank before calling people theives. Christ almighty.""", sig=None)

B("jan", "iphone", "re", "product", ["contact_phone", "contact_other"], "'WhatsApp me on 07700...' - one phrase, two categories",
  buyer="Can you check if the case fits a Singer 201P?",
  body="""Hi @B@ - I'd need to see your machine really, WhatsApp me a photo on 07700 900 418 and I'll tell you straight away!

Jan""", sig=None)

B("dave", "outlook_txt", "re", "invoice", [], "invoice attached as DOCX and TXT packing list (allowed types)",
  buyer="Please send a receipt for my records.",
  body="""Hi @B@,

Receipt attached as a Word document, and a plain text packing list so you can check everything was in the box.

Regards,""", att=[("docx", "Receipt_BB-2024-0402.docx", ["Brass & Bolt Spares", "Receipt BB-2024-0402", "Total GBP 41.80"]),
                  ("txt", "packing_list.txt", "1x Villiers 9E clutch plate set\n1x gasket kit\n")])

B("jan", "iphone", "pro", "review", ["review_incentive"], "first request for this order offers free postage next time for a review (rejected, never relayed: the order stays free)",
  oid="bbX1", req=True, p=5, bn="Stuart",
  subj="Order @O@",
  body="""Hi @B@! Jan from Brass & Bolt. If you pop a review on for the brushes I'll make sure your next order ships free, just mention it when you order

Jan""", sig=None)

B("dave", "outlook_txt", "pro", "review", [], "clean neutral review request; the earlier request for this order offered a perk and was rejected, so this is not a repeat",
  oid="bbX1", req=True,
  subj="Order @O@ - Singer brushes",
  body="""Hello @B@,

If you've had a chance to try the motor brushes, we'd appreciate a review of them on Amazon when you have a moment.

Thanks,""")

B("dave", "outlook_txt", "pro", "order", ["unpermitted_proactive"], "order confirmation restating items and prices",
  subj="Order confirmation @O@",
  body="""Dear @B@,

This is to confirm we have received your order @O@:

1 x Lucas 6V ignition coil MA6 - £38.50
Postage: Royal Mail Tracked 48 - £0.00

Your order will be dispatched within 1 working day.

Regards,""")

B("dave", "outlook_txt", "re", "return", ["review_manipulation"], "discourages a negative review while processing a return", 
  buyer="I'm returning the coil, it doesn't fit. I'll say so in my review.",
  body="""Hi @B@,

Return's fine, label's in your account. Please don't put anything negative in a review though, the coil isn't faulty, it's just the wrong model for your bike and a bad review would be unfair on us.

Regards,""")

B("jan", "apple", "pro", "order", ["opt_out", "external_link"], "proactive note with 'manage your preferences' link (newsletter plugin habit)",
  subj="About your order @O@",
  body="""Hi @B@,

Quick note to say the bobbin case for order @O@ comes with a spare tension spring taped inside the lid, so please don't throw the little bag away!

Jan

Don't want emails from us? Manage your preferences: https://brassandbolt-spares.co.uk/email-preferences?id=83311""", sig=None)

B("dave", "outlook_txt", "re", "delivery", ["external_link"], "Royal Mail tracking URL pasted in the reply",
  buyer="Tracking link please?",
  body="""Hi @B@,

Here you go: https://www.royalmail.com/track-your-item#/tracking-results/KF482117733GB

Regards,""")

B("dave", "outlook_txt", "re", "delivery", [], "Amazon order-details link (allowed) instead of a carrier link",
  buyer="Tracking link please?",
  body="""Hi @B@,

The tracking is on your order page on Amazon: https://@SITE@/gp/your-account/order-details?orderID=@O@ - it's Royal Mail, tracking number KF 4821 7755 1GB.

Regards,""")

B("jan", "apple", "re", "damaged", ["styling"], "centred text in the HTML part",
  hwrap='<div style="text-align:center">%s</div>',
  buyer="The box was crushed but the part seems OK.",
  body="""Hi @B@,

Thanks for letting us know - if anything turns out to be bent just tell me and I'll send another.

Jan""", sig=None)

# ================================================================ ENGLISH - Groove Attic Records (US, Ray + Tyler)
def G(who, c, kind, topic, cats, note, body, **kw):
    M("en", "ga", who, c, kind, topic, cats, note, body, **kw)

G("ray", "gmail", "re", "product", [], "Goldmine grading, catalog and matrix numbers, UPC barcode in digit groups (looks like a phone number)",
  buyer="Is this the original 1977 pressing or a reissue? What condition is the vinyl?",
  body="""Hi @B@,

It's an original, Warner Bros. BSK 3010, Burbank pressing with the matrix BSK-1-3010-RE-1 in the runout. Vinyl is VG+ (plays with light surface noise on the first 20 seconds of side 1, then clean), cover is VG with a little ring wear. The UPC on the back is 0 75992 73132 6 if you want to check it against Discogs.

Ray""", sig=None)

G("tyler", "freescout", "re", "delivery", [], "FreeScout reply with USPS tracking number in 4-digit groups (22 digits)",
  buyer="Hey, when will my record ship?",
  body="""Hi @B@,

Your record shipped this morning via USPS Media Mail. Tracking number: 9400 1118 9922 3456 7890 12. Media Mail can take 5 to 8 business days, so expect it around Tuesday, April 9.

Thanks for your patience!""", sig="fs")

G("ray", "gmail", "re", "product", [], "song title that is a phone number ('867-5309/Jenny') and 'Telephone Line' - quoted product titles",
  buyer="Do you have any other 70s/80s singles? Looking for the Tommy Tutone one and ELO.",
  body="""Hi @B@,

I've got Tommy Tutone - "867-5309/Jenny" (Columbia 18-02646) in VG+ and ELO - "Telephone Line" (Jet/United Artists UA-X1000-Y) in NM. Both are listed on Amazon under Groove Attic Records if you search the titles.

Ray""", sig=None)

G("tyler", "android", "re", "product", [], "'remove the feedback' in the audio sense (amp feedback/hum), not seller feedback",
  buyer="The record plays but there's a loud hum and howling when I turn it up.",
  body="""Hi @B@,

That howl is acoustic feedback, not the record. To remove the feedback, move the turntable away from the speakers (at least 3 feet) or put it on a heavier shelf, and check the ground wire from the turntable is screwed to the GND post on your amp. That usually kills the hum too.

Tyler""", sig=None)

G("ray", "gmail", "pro", "review", [], "first review request for this order: short neutral request", oid="gaR1", req=True,
  subj="Your Kind Of Blue order @O@",
  body="""Hi @B@,

Hope Kind Of Blue arrived safe and sounds great. If you have a moment, we'd appreciate a review of the record on Amazon.

Thanks,
Ray""", sig=None)

G("ray", "samsung", "re", "delivery", [], "Samsung Email reply from the phone: styling (signature colour) and the shop address in the quote header are automatic",
  buyer="Did you ship yet?",
  body="""Yes shipped yesterday, should be there Friday. Ray""", sig=None)

G("tyler", "freescout", "pro", "review", ["repeat_request"], "second request for the same order sent from the helpdesk by another family member",
  oid="gaR1", req=True,
  subj="Quick question about order @O@",
  body="""Hi @B@,

Tyler here from Groove Attic. We noticed you haven't left a review for Kind Of Blue yet. Would you mind taking a minute to share your thoughts on Amazon?

Thanks!""", sig="fs")

G("ray", "gmail", "re", "complaint", ["offensive"], "profane outburst at a buyer who called the record 'garbage'",
  buyer="This record is garbage, it skips on every track. You ripped me off.",
  body="""@B@ I play-graded that copy myself on a Technics with a brand new stylus and it did NOT skip, so either your turntable is junk or you're full of shit. Send the damn thing back and stop wasting my time.""", sig=None)

G("ray", "gmail", "re", "complaint", [], "firm, calm answer to the same kind of accusation; return offered",
  buyer="This record is garbage, it skips. Rip off.",
  body="""Hi @B@,

I'm sorry it's skipping. I play-grade every copy before listing and this one played through on my deck, but turntables set up differently can track differently. Please send it back through your Amazon orders page and I'll refund you in full as soon as it's here - no need to argue about it.

Ray""", sig=None)

G("tyler", "freescout", "re", "feedback", ["feedback_removal"], "asks the buyer to 'revise' seller feedback now that the package showed up",
  buyer="Package showed up finally. It was left at the wrong house.",
  body="""Hi @B@,

Glad it found its way to you! Since the delay was on the carrier's side, would you be able to revise the feedback you left us? It would really help a small family shop.

Thanks so much,""", sig="fs")

G("ray", "gmail", "re", "feedback", [], "neutral 'feedback can be updated, totally up to you' after a refund",
  buyer="Thanks for the refund, appreciate you making it right.",
  body="""Hi @B@,

Thanks for being patient with us. If you feel like we made it right, you can update your feedback on Amazon any time - but that's totally up to you, no pressure either way.

Ray""", sig=None)

G("ray", "gmail", "pro", "review", ["review_incentive"], "offers a free record of the buyer's choice for a review", req=True,
  subj="Groove Attic - order @O@",
  body="""Hey @B@,

Ray here from Groove Attic. Hope you're enjoying the Clash! Here's the deal: post an honest review of the record on Amazon and send me a screenshot, and I'll mail you any 7" single from my dollar bin for free. No catch.

Rock on,
Ray""", sig=None)

G("tyler", "android", "re", "order", ["review_incentive"], "refund of shipping conditional on a review, buried at the end of a long reply", req=True,
  buyer="Can you combine shipping if I buy two more records?",
  body="""Hi @B@,

Amazon doesn't let us combine shipping on separate orders unfortunately, each order gets charged its own shipping by Amazon and we can't change that on our side, but what we can do is pack them together so they arrive at the same time, and once they're delivered if you leave a review on each one I'll refund the shipping on the second and third order back to you.

Tyler""", sig=None)

G("ray", "gmail", "re", "product", ["review_manipulation"], "tells the buyer what to mention in the review", req=True,
  buyer="The Tapestry LP sounds amazing, thank you.",
  body="""Hi @B@,

So glad to hear it! If you get a chance to leave a review, it'd be great if you could mention how quiet the vinyl is and how well it was packed - people worry about buying used records online.

Ray""", sig=None)

G("ray", "gmail", "pro", "order", ["marketing", "external_link"], "new arrivals link to the shop's own website", 
  subj="New jazz arrivals - thanks for order @O@",
  body="""Hi @B@,

Since you picked up Kind Of Blue (order @O@), I thought you'd like to know we just got in a big collection of Blue Note and Prestige originals. Check them out at grooveatticrecords.com/new-arrivals before they go!

Ray""", sig=None)

G("ray", "gmail", "re", "product", ["marketing"], "cross-sell in a P.S. (stylus upsell)",
  buyer="Does the record come in a protective sleeve?",
  body="""Hi @B@,

Yes, every record ships in a new anti-static inner sleeve and a clear outer sleeve, inside a rigid mailer with cardboard stiffeners.

Ray

P.S. If your stylus is more than a couple of years old, we sell the Audio-Technica AT-VM95E replacement for $49 - new needle, whole new record.""", sig=None)

G("tyler", "freescout", "pro", "order", ["unpermitted_proactive"], "'we're here to help' only message from the helpdesk macro",
  subj="Your Groove Attic order @O@",
  body="""Hi @B@,

Thanks for choosing Groove Attic Records! We just wanted to let you know that we're here for you - if you have any questions or concerns about your order @O@, just reply to this message and our team will get back to you within 24 hours.

Happy listening!""", sig="fs")

G("tyler", "freescout", "pro", "delivery", ["unpermitted_proactive"], "automatic 'your order has shipped' notice with tracking number",
  subj="Your order @O@ has shipped!",
  body="""Hi @B@,

Good news - your order @O@ is on its way!

Carrier: UPS Ground
Tracking number: 1Z 999 AA1 01 2345 6784
Estimated delivery: Thursday, April 18

Thanks for shopping with Groove Attic Records.""", sig="fs")

G("ray", "gmail", "pro", "delivery", [], "proactive message about a damaged-in-storage item (fulfilment issue, allowed), offers options",
  subj="Problem with your order @O@ - Songs In The Key Of Life",
  body="""Hi @B@,

I'm sorry, while packing your order @O@ I found that the bonus 7" that comes with Songs In The Key Of Life has a hairline crack I missed when grading. The two LPs are fine. I can either ship it as is and refund you $8, or cancel the order and refund everything. Which would you prefer?

Ray""", sig=None)

G("tyler", "freescout", "re", "delivery", ["tracking_pixel"], "FreeScout open-tracking pixel (1x1) in an otherwise fine reply",
  buyer="Where is my order? It says delivered but it's not here.",
  body="""Hi @B@,

I'm sorry about that. UPS shows it was left at the front door at 2:14 PM on April 3. Could you check with neighbors and around the building? If it doesn't turn up by tomorrow, let me know and I'll file a claim with UPS and send a replacement or refund you, whichever you prefer.""", sig="fs",
  hx='<img src="https://help.grooveattic.com/thread/read/2291/8f21c0a5e3" width="1" height="1" alt="" style="border:0">')

G("ray", "gmail", "pro", "review", [], "first request for this order: neutral seller-feedback request", oid="gaR2", req=True, mkt="ca", bn="Nathan",
  subj="Order @O@ - Groove Attic Records",
  body="""Hi @B@,

Thanks again for your order. If you have a moment, we'd appreciate your seller feedback on Amazon - it helps other collectors know what to expect from us.

Ray""", sig=None)

G("ray", "gmail", "pro", "review", ["repeat_request", "review_manipulation"], "second request for the same order: product review, asks for 5 stars",
  oid="gaR2", req=True, mkt="ca",
  subj="Following up - order @O@",
  body="""Hi @B@,

Just following up - if you're enjoying the record, a 5-star review on the product page would help us a ton.

Ray""", sig=None)

G("ray", "gmail", "re", "product", ["contact_phone", "external_link", "contact_other"], "Ray's full signature pasted by hand: phone, website, Instagram handle",
  buyer="Is the cover original or a reproduction?",
  body="""Hi @B@,

Original cover, first pressing with the lyric inner sleeve. There's a small seam split at the top (about an inch), shown in the 4th photo on the listing.""", sig="full")

G("ray", "gmail", "re", "order", [], "shop street address and ZIP for a return (allowed), 'Middlesex' and 'class' substrings",
  buyer="I want to return it, it's not the UK pressing I expected (Middlesex, Hayes pressing?).",
  body="""Hi @B@,

Sorry about that - it's the US pressing, the listing should have been clearer. You can send it back to:

Groove Attic Records
1467 W 25th St
Cleveland OH 44113

Use first class or Media Mail, keep the receipt and I'll refund the record plus your return postage.

Ray""", sig=None)

G("tyler", "android", "re", "complaint", ["offensive"], "harassing sarcasm and insult in a short phone reply",
  buyer="You people are clueless about vinyl.",
  body="""Sure thing genius. Maybe learn how to set up a tonearm before crying to a seller, moron.""", sig=None)

G("ray", "gmail", "re", "feedback", ["feedback_removal", "review_incentive"], "offers $10 back if the buyer deletes the 1-star feedback",
  buyer="I'm not changing my feedback. The record was warped.",
  body="""Hi @B@,

Understood. Look, I'll make you an offer - I'll refund $10 to you right now if you delete the 1-star. You keep the record. Deal?

Ray""", sig=None)

G("ray", "gmail", "re", "product", ["contact_email"], "asks the buyer to email photos to a personal Gmail address",
  buyer="How can I send you photos of the warp?",
  body="""Hi @B@,

Just snap a few pics and send them to grooveattic.ray@gmail.com, easier than the Amazon system.

Ray""", sig=None)

G("ray", "gmail", "re", "product", ["contact_email"], "obfuscated (spelled 'at' and 'dot') personal address",
  buyer="Can I send you a video of it playing?",
  body="""Hi @B@, sure - video's easiest by email: ray dot kowalski at gmail dot com. I'll take a look tonight.

Ray""", sig=None)

G("tyler", "freescout", "re", "product", ["attachment"], "driver installer .exe attached for a USB turntable question",
  buyer="How do I record my records to my laptop with the USB cable?",
  body="""Hi @B@,

You'll need the audio driver for the USB interface. I've attached the installer, just double click it and follow the steps, then open Audacity and select "USB Audio CODEC" as input.""", sig="fs",
  att=[("exe", "USB_Audio_CODEC_setup.exe", None)])

G("ray", "samsung", "re", "product", ["attachment"], "30-second MP3 clip of side B sent from the phone (audio not allowed); Samsung styling and address automatic",
  buyer="Does side B have crackle? It's listed VG.",
  body="""Recorded a 30 sec clip of side B for you, attached. A little crackle in the lead-in then quiet. Ray""", sig=None,
  att=[("mp3", "sideB_clip.mp3", None)])

G("ray", "gmail", "re", "product", [], "JPEG photos of the actual record and a PNG of the runout (allowed)",
  buyer="Can I see the actual copy before I order?",
  body="""Hi @B@,

Sure, photos of the actual copy attached: both labels, the cover front and back, and a close-up of the runout etching.

Ray""", sig=None, oid="none",
  att=[("jpg", "label_side1.jpg", (400, 400)), ("jpg", "label_side2.jpg", (400, 400)), ("jpg", "cover_front.jpg", (600, 600)),
       ("png", "runout.png", (80, 40))])

G("tyler", "freescout", "re", "return", [], "RMA and UPS return label PDF; helpdesk signature without contacts",
  buyer="How do I send the Clash album back? One disc is the wrong record.",
  body="""Hi @B@,

So sorry - disc 2 was swapped with another copy when we cleaned them. Return label attached (UPS, prepaid). Your RMA is GA-RMA-24-0417, please write it on the box. We'll refund in full once it's scanned by UPS, you don't have to wait for it to arrive.""", sig="fs",
  att=[("pdf", "UPS_return_label_GA-RMA-24-0417.pdf", ["UPS Ground return label", "RMA GA-RMA-24-0417", "Tracking 1Z 999 AA1 90 8877 6655"])])

G("ray", "gmail", "pro", "order", ["marketing", "opt_out", "tracking_pixel", "external_link"],
  "newsletter sent to a relay address from a mailing tool: sale, unsubscribe link, List-Unsubscribe, open pixel",
  subj="Record Store Day SALE - 25% off everything (order @O@)",
  hdrs=["List-Unsubscribe: <https://grooveattic.us21.list-manage.com/unsubscribe?u=5c1a&id=77ab&e=@O@>"],
  body="""Hey @B@!

Record Store Day is coming and we're celebrating with 25% OFF every record in the shop this weekend only. Thanks for being a customer (order @O@) - you get first dibs!

Shop the sale: https://grooveatticrecords.com/rsd-sale

Unsubscribe: https://grooveattic.us21.list-manage.com/unsubscribe?u=5c1a&id=77ab""", sig=None,
  hx='<img src="https://grooveattic.us21.list-manage.com/track/open.php?u=5c1a&amp;id=77ab&amp;e=3c9d1f" height="1" width="1" alt="">')

G("ray", "gmail", "re", "damaged", [], "partial refund 20% for a cover defect, not tied to feedback; dollar amounts",
  buyer="The cover has a bigger split than in the photo.",
  body="""Hi @B@,

You're right, it's bigger than I described and that's on me. I've refunded 20% ($7.00) of the $35.00 price. If you'd rather return it for a full refund instead, that's fine too.

Ray""", sig=None)

G("tyler", "freescout", "pro", "review", [], "first request for this order: neutral review request from the helpdesk", oid="gaR3", req=True,
  subj="Your record from Groove Attic - order @O@",
  body="""Hi @B@,

Your record was delivered a few days ago. If you have a moment, we would appreciate it if you could leave a review for it on Amazon.

Thank you,""", sig="fs")

G("ray", "samsung", "pro", "review", ["repeat_request", "review_incentive"], "second request for the same order from Ray's phone, with a coupon for the next order; Samsung styling automatic",
  oid="gaR3", req=True,
  subj="Order @O@",
  body="""Hey @B@ it's Ray from Groove Attic. Still waiting on that review :) Leave one this week and I'll give you 15% off your next record, just message me the order number.""", sig=None)

G("ray", "gmail", "re", "product", ["contact_other"], "Instagram DM suggested for more photos",
  buyer="Do you have more photos of the cover?",
  body="""Hi @B@,

Shoot me a DM on Instagram (@grooveattic.cle) and I'll send you a whole bunch, easier than here.

Ray""", sig=None)

G("tyler", "android", "re", "product", ["contact_other"], "Telegram contact offered ('hit me up on Telegram')",
  buyer="Could you send a video of the record playing?",
  body="""Yeah no problem! Hit me up on Telegram at grooveattic_tyler and I'll send you a clip tonight.

Tyler""", sig=None)

G("ray", "gmail", "re", "product", [], "'Telegram Sam' (T. Rex song title) in a product question - not a contact channel",
  buyer="Is the Telegram Sam single the UK or US pressing?",
  body="""Hi @B@,

It's the UK pressing on T. Rex Wax Co. (T. Rex 101), with the picture sleeve. Plays great at 45 rpm - the B-side "Cadilac" is clean too.

Ray""", sig=None)

G("ray", "gmail", "re", "product", ["external_link"], "Amazon product-detail (/dp/) link to another listing",
  buyer="Do you have the Rumours LP in better condition?",
  body="""Hi @B@,

I've got a near-mint copy listed here: https://www.amazon.com/dp/@A@ - it's a 1977 Burbank pressing too.

Ray""", sig=None)

G("ray", "gmail", "re", "product", ["external_link", "marketing"], "Amazon storefront link to 'see all our other records'",
  buyer="Do you have any other Fleetwood Mac?",
  body="""Hi @B@,

Tons! Browse everything we have here: https://www.amazon.com/s?me=A3GROOVEATTIC9 - we add new stuff every week and there's a big Fleetwood Mac section right now.

Ray""", sig=None)

G("ray", "gmail", "re", "return", [], "allowed Amazon returns and review links in the agent text",
  buyer="How do I start a return, and where do I review it after?",
  body="""Hi @B@,

You can start the return here: https://www.amazon.com/gp/css/returns/homepage.html - and if you want to review the record later, the review page is https://www.amazon.com/review/create-review?asin=@A@

Ray""", sig=None)

G("tyler", "freescout", "re", "order", ["opt_out"], "helpdesk macro footer with 'reply UNSUBSCRIBE to opt out'",
  buyer="Can you hold the order until I'm back from vacation on the 20th?",
  body="""Hi @B@,

Sure, we'll hold it and ship it on April 19 so it arrives after you're back.

To stop receiving messages from Groove Attic Records, reply UNSUBSCRIBE.""", sig="fs")

G("ray", "gmail", "re", "complaint", [], "buyer's quote contains 'unsubscribe' and swearing; seller answers politely (only buyer words, Amazon quote)",
  buyer="Stop sending me crap. How do I unsubscribe from your damn messages?",
  body="""Hi @B@,

Sorry for the bother - I won't send you anything else about this order.

Ray""", sig=None)

G("ray", "gmail", "pro", "order", ["unpermitted_proactive", "missing_order_id"], "'thank you for your purchase' only, no order id",
  subj="Thank you from Groove Attic Records",
  body="""Hi @B@,

Thanks so much for your purchase! Every order helps keep a small record shop alive. Enjoy the music!

Ray""", sig=None)

G("tyler", "freescout", "pro", "order", ["unpermitted_proactive"], "out-of-stock notice asking the buyer to wait",
  subj="About your order @O@",
  body="""Hi @B@,

Unfortunately the copy of Tapestry you ordered (order @O@) was sold in our store before the Amazon listing came down. We should get another copy within two weeks - we'll ship it as soon as it comes in.""", sig="fs")

G("ray", "gmail", "pro", "delivery", ["important_tag"], "[Important] on a routine 'it'll be a few days late' message that does not need a buyer action",
  subj="[Important] Order @O@ update",
  body="""Hi @B@,

Just letting you know I'll ship your order @O@ on Monday instead of Saturday because I'm at a record fair this weekend.

Ray""", sig=None)

G("ray", "gmail", "pro", "delivery", [], "[Important] correctly used: delivery scheduling for a large box set that needs a signature",
  subj="[Important] Delivery scheduling for order @O@",
  body="""Hi @B@,

Your order @O@ is a 10-LP box set worth over $300, so UPS will need a signature. What day next week is someone home to sign for it? I'll ship so it arrives that day.

Ray""", sig=None)

G("ray", "gmail", "re", "product", ["styling"], "Gmail reply with an emoji-filled sign-off",
  buyer="Thanks, the record sounds great!",
  body="""That's awesome to hear @B@!! 🎶🔥 Enjoy!

Ray""", sig=None)

G("tyler", "freescout", "re", "delivery", ["styling"], "more than two blank lines in a row (text and HTML)",
  buyer="Has my order shipped?",
  body="""Hi @B@,

Yes, it shipped today with USPS, tracking 9400 1118 9922 3456 1234 56.




Let us know if you need anything else.""", sig="fs",
  hbody='<p>Hi @B@,</p><p>Yes, it shipped today with USPS, tracking 9400 1118 9922 3456 1234 56.</p><br><br><br><br><p>Let us know if you need anything else.</p>')

G("ray", "gmail", "re", "damaged", ["styling"], "animated GIF inline (Ray's 'thumbs up' gif) loaded by cid", 
  buyer="The record arrived warped.",
  body="""Hi @B@,

Sorry about that! Replacement copy goes out today, no need to return the warped one.

Ray""", sig=None, hx='<div><img src="cid:ii_thumbsup01" alt="thumbs up" width="120" height="90"></div>',
  inline=[("gifanim", "ii_thumbsup01", "thumbsup.gif", None)])

G("ray", "gmail", "re", "damaged", [], "static inline PNG by cid (photo of the replacement copy) - allowed",
  buyer="The record arrived warped.",
  body="""Hi @B@,

Sorry about that. Here's the replacement copy on my desk, flat as a pancake - it ships today, no need to return the warped one.

Ray""", sig=None, hx='<div><img src="cid:ii_replacement01" alt="replacement copy" width="200" height="133"></div>',
  inline=[("png", "ii_replacement01", "replacement.png", (60, 40))])

G("ray", "gmail", "re", "product", ["tracking_pixel"], "Gmail with a sales-tracking extension: hidden remote image carrying the recipient id",
  buyer="What speed is the 12-inch?",
  body="""Hi @B@,

It's a 12-inch single at 45 rpm, not 33 - there's a sticker on the sleeve saying so.

Ray""", sig=None,
  hx='<img src="https://t.yesware.com/t/7e0c1f5b2a/@O@/o.gif" style="display:none" alt="">')

G("ray", "gmail", "re", "feedback", ["feedback_removal"], "obfuscated (zero-width space inside 'remove' and 'feedback') removal request",
  buyer="OK the replacement came, thanks.",
  body="""Hi @B@,

Great! Now that it's all good, could you re\u200bmove the negative feed\u200bback from our storefront? Thanks a bunch.

Ray""", sig=None)

G("ray", "gmail", "re", "feedback", [], "feedback request after resolving a problem, neutral and single for this order", req=True,
  buyer="Replacement arrived, all good now!",
  body="""Hi @B@,

Glad it arrived safely. If you have a moment, we'd appreciate your feedback on how we handled this order.

Ray""", sig=None)

G("tyler", "freescout", "re", "order", ["review_manipulation"], "gating: if happy leave a review, if not email support first", req=True,
  buyer="Got the record, thanks.",
  body="""Hi @B@,

Awesome! If you're loving it, we'd be thrilled if you left a review on Amazon. If anything's not perfect, please don't leave a review - just reply here first and we'll make it right.""", sig="fs")

G("tyler", "android", "pro", "review", ["review_manipulation"], "asks only satisfied buyers to review, written casually", req=True,
  subj="Order @O@",
  body="""Hey @B@, hope the stylus is working great! If you're happy with it we'd love a review, and if for some reason you aren't, hit reply before posting anything so we can fix it

Tyler""", sig=None)

G("ray", "gmail", "pro", "review", [], "first request for this order: feedback request mentioning '5 stars in Rolling Stone' about the album (not a rating request)",
  oid="gaR4", req=True,
  subj="Order @O@ - hope you like Rumours",
  body="""Hi @B@,

Rumours got five stars in Rolling Stone back in the day and I hope our copy lives up to it. If you have a minute, we'd appreciate your feedback on the order on Amazon.

Ray""", sig=None)

G("tyler", "android", "re", "product", ["repeat_request"], "repeat: review request inside a later reply about the same order", oid="gaR4", req=True,
  buyer="Is there an insert with the lyrics?",
  body="""Hi @B@, yes there's a printed inner sleeve with all the lyrics. And hey if you get a sec, a review would be super appreciated!

Tyler""", sig=None)

G("ray", "gmail", "re", "order", ["offensive"], "threatens to 'find' the buyer and post their name online", 
  buyer="I'm filing a chargeback.",
  body="""Go ahead @B@. I'll make sure every record dealer in Ohio knows your name, and I've got your address right here on the packing slip. Think about that.

Ray""", sig=None)

G("ray", "gmail", "re", "product", [], "'Never Mind the Bollocks' album title quoted in a product answer (offensive word inside a product title)",
  buyer="Do you have the Sex Pistols album?",
  body="""Hi @B@,

I do - "Never Mind the Bollocks, Here's the Sex Pistols" (Warner Bros. BSK 3147, 1977 US first pressing), VG+/VG+. It's listed under our shop if you search the title.

Ray""", sig=None, oid="none")

G("tyler", "freescout", "pro", "review", ["opt_out", "external_link", "tracking_pixel"], "helpdesk review template with 'manage email preferences' link and open pixel", req=True,
  subj="How was your order @O@?",
  body="""Hi @B@,

If you have a moment, we'd appreciate a review of your record on Amazon.

Manage your email preferences: https://help.grooveattic.com/preferences?c=@O@""", sig="fs",
  hx='<img src="https://help.grooveattic.com/open/@O@.png" width="1" height="1" alt="">')

G("ray", "gmail", "re", "product", ["external_link"], "obfuscated (spaced 'dot com') website", 
  buyer="Where can I see all your jazz records?",
  body="""Hi @B@,

Everything's on our site, grooveatticrecords dot com, jazz is under the "Jazz" tab.

Ray""", sig=None)

G("ray", "gmail", "re", "product", ["contact_phone"], "phone number with separators, 'call or text'",
  buyer="Do you buy collections? I have about 300 LPs.",
  body="""Hi @B@,

We do! Call or text me at 216.555.0187 and we can set up a time for me to come look.

Ray""", sig=None)

G("tyler", "android", "re", "delivery", ["contact_phone"], "obfuscated (digits with spaces and a word) phone number",
  buyer="Can I pick it up in person? I live in Lakewood.",
  body="""Sure, text me when you're close: two one six  5 5 5  0 1 2 9 and I'll bring it out.

Tyler""", sig=None)

G("ray", "gmail", "re", "product", [], "catalog numbers that look like phone numbers (Columbia CS 8163, Ode SP 77009) and time stamps",
  buyer="Any marks on side 2?",
  body="""Hi @B@,

Side 2 of the CS 8163 has one light scuff at about 2:41 into "All Blues" that doesn't make a sound. I also have Carole King's Tapestry (Ode SP 77009) if you're shopping for 1971 classics.

Ray""", sig=None)

G("ray", "gmail", "pro", "order", ["marketing"], "proactive upsell of a 'vinyl care kit' to a past buyer, order id present",
  subj="For your new record - order @O@",
  body="""Hi @B@,

Now that your record from order @O@ has arrived, keep it sounding new with our vinyl care kit (brush, cleaning fluid and 50 anti-static sleeves) - just $24.99 on our Amazon shop this week.

Ray""", sig=None)

G("tyler", "freescout", "re", "product", ["marketing", "contact_other"], "'follow us on TikTok' for restocks",
  buyer="When will you have more Stevie Wonder?",
  body="""Hi @B@,

We get new Motown in every month or so. Follow us on TikTok @grooveatticrecords - we post every new crate the day it comes in!""", sig="fs")

G("ray", "gmail", "re", "product", ["marketing"], "referral to a third-party repair shop 'tell them Ray sent you for 10% off'",
  buyer="My turntable speed seems off, is it the record?",
  body="""Hi @B@,

The record is fine, sounds like your belt is stretched. Take it to Audio Doctor on Lorain Ave, tell them Ray from Groove Attic sent you and you'll get 10% off the service.

Ray""", sig=None)

G("ray", "gmail", "re", "complaint", ["offensive"], "obfuscated (asterisks and spacing) profanity directed at the buyer",
  buyer="Worst seller ever. Learn to grade records.",
  body="""@B@ you are a f*cking j o k e. Don't ever buy from us again.""", sig=None)

G("ray", "gmail", "pro", "order", ["unpermitted_proactive"], "order confirmation restating price and shipping method",
  subj="Order received: @O@",
  body="""Hi @B@,

We got your order @O@ - Miles Davis, Kind Of Blue, $42.00, shipping Media Mail. It'll go out within 2 business days.

Ray""", sig=None)

G("ray", "samsung", "pro", "order", ["unpermitted_proactive", "missing_order_id"], "'we're here if you need anything' from the phone, no order id; Samsung styling automatic",
  subj="Groove Attic Records",
  body="""Hey @B@ it's Ray. Just wanted to say if you ever need anything with your record just let me know, I'm here to help!""", sig=None)

# ================================================================ ENGLISH - more threads (both sellers): replies to replies, more hard negatives
B("dave", "outlook_txt", "pro", "review", [], "first request for this order: neutral product-review request", oid="bbR4", req=True,
  subj="Order @O@ - Bernina cable",
  body="""Hello @B@,

We hope the foot control cable has the Bernina humming again. If you have a moment, we'd appreciate a review of the cable on Amazon.

Regards,""")

B("jan", "apple", "re", "product", [], "reply-to-reply: buyer answered Dave's earlier (clean) message; quoted history is clean",
  prev="""Hi,

The foot control for the 530 uses a 3-pin plug, the 730 is the same.

Dave""",
  buyer="Thanks Dave. And does the cable come with the plug already fitted?",
  body="""Hi @B@,

Jan here, Dave's at a jumble today. Yes, the plug comes fitted and tested, you just push it into the socket on the machine.

Jan""", sig=None)

B("jan", "iphone", "re", "product", ["contact_phone"], "reply-to-reply: the quoted earlier agent reply (Dave's) contains his mobile number",
  prev="""Hi, easiest is to ring me on 07700 900762 and I'll talk you through it.

Dave""",
  buyer="I tried ringing but no answer. Does the coil need a condenser too?",
  body="""Hi @B@, sorry, Dave's been out all day! Yes - fit a new condenser with the coil, the old one is usually the culprit. It's £4.50 on our listing.

Jan""", sig=None)

B("dave", "outlook_txt", "pro", "review", ["repeat_request", "marketing"], "second request for the same order plus a plug for other Bernina parts", oid="bbR4", req=True,
  subj="Bernina cable - order @O@",
  body="""Hello @B@,

Just a reminder that we'd love a review of the foot control cable. And while you're at it, we've just listed bobbin winder tyres, light bulbs and belts for the 530 - have a look at our shop.

Regards,""")

B("dave", "thunderbird", "re", "delivery", [], "Parcelforce and Royal Mail Special Delivery references, delivery window with dates and times",
  buyer="Can you send it guaranteed next day? It's for a rally on Saturday.",
  body="""Hi @B@,

I've upgraded you to Royal Mail Special Delivery at no charge, reference ZV 1234 5678 9GB, guaranteed by 1pm tomorrow (Friday 15/03). If it misses that, Royal Mail refund the postage and I'll refund your order.

Dave""", sig=None)

B("jan", "iphone", "re", "delivery", [], "short iPhone reply without the quoted notification; relay address in upper case", noquote=True, upper=True,
  buyer="-",
  body="""Hi @B@, yes it went this morning, should be with you Monday! Jan""", sig=None)

B("dave", "outlook_txt", "re", "order", [], "promotion that failed at checkout: difference refunded (discount resolving a problem, not marketing)",
  buyer="The listing said 10% off but I was charged full price.",
  body="""Hi @B@,

You're right, the 10% promotion on the listing didn't apply at checkout - Amazon's end, not yours. I've refunded the £3.20 difference, you should see it in 3 to 5 working days.

Regards,""")

B("dave", "outlook_txt", "re", "complaint", [], "unconditional refund although the buyer threatens a 1-star review in the quote",
  buyer="Refund me now or I'm leaving 1 star and telling every forum.",
  body="""Hi @B@,

I've refunded the full £38.50 today. You don't need to send the coil back. Sorry it didn't work out.

Regards,""")

B("dave", "outlook_txt", "re", "product", [], "Amazon help-page link and 'follow up' wording (not 'follow us')",
  buyer="How do I claim for the parcel that never arrived?",
  body="""Hi @B@,

I'll follow up with Royal Mail myself today. If you'd rather go through Amazon, the A-to-z guarantee page explains it: https://@SITE@/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV

Regards,""")

B("dave", "thunderbird", "re", "return", [], "warranty card and fitting sheet as PDF, one sent as application/octet-stream",
  buyer="Is there a warranty on the coil?",
  body="""Hi @B@,

Yes, 12 months. Warranty card and the fitting sheet attached - keep them with your receipt.

Dave""", sig=None,
  att=[("pdfoctet", "Warranty_card_BB.pdf", ["Brass & Bolt Spares - 12 month warranty"]), ("pdf", "MA6_fitting_sheet.pdf", ["Lucas MA6 fitting sheet"])])

B("jan", "gmail", "re", "product", [], "buyer in Cockermouth and Middlesex; 'assessment', 'classic' - trigger substrings inside words",
  buyer="I'm restoring a classic Singer in Cockermouth. Can you give me an assessment of whether the 15-91 brushes fit a 15-88?",
  body="""Hi @B@,

My honest assessment is no - the 15-88 is a treadle/hand machine without the potted motor, so it has no brushes at all. The 15-91 brushes only fit the 15-91 and the 201-2. If yours has a motor that was added later (common on machines from Middlesex dealers), send me a photo of the motor label and I'll check.

Jan""", sig=None)

B("dave", "tbhtml", "re", "damaged", [], "Thunderbird HTML with an inline logo by cid (unlinked) and a relay address with +tag", plus=True,
  buyer="The carb kit is missing the float needle.",
  body="""Hi @B@,

Sorry about that - the float needle has gone out this afternoon first class on its own. You don't need to do anything.

Dave""", sig="dave", hx='<p><img src="cid:part1.Kq3tRw9Z.8sLm2Pa0@brassandbolt-spares.co.uk" alt="Brass &amp; Bolt" width="120" height="40"></p>',
  inline=[("png", "part1.Kq3tRw9Z.8sLm2Pa0@brassandbolt-spares.co.uk", "logo.png", (120, 40))])

G("ray", "gmail", "pro", "review", [], "first request for this order: neutral review request", oid="gaR5", req=True,
  subj="Order @O@ - Carole King, Tapestry",
  body="""Hi @B@,

Hope Tapestry sounds as good as it did on my deck. If you have a moment, we'd appreciate your review of the record on Amazon.

Ray""", sig=None)

G("tyler", "freescout", "re", "product", ["repeat_request", "review_incentive"], "second request for the same order in a later reply with a free-sleeves offer", oid="gaR5", req=True,
  buyer="Can I get extra inner sleeves?",
  body="""Hi @B@,

We sell a 50-pack of anti-static inner sleeves for $12. Also, if you post that review Ray asked about, I'll throw a 10-pack in for free with your next order.""", sig="fs")

G("ray", "gmail", "re", "delivery", [], "[important] (lower case) correctly used for an address problem, in a reply subject",
  subj="[important] Re: @S@ - address check for order @O@",
  buyer="Did you get my message about the apartment number?",
  body="""Hi @B@,

Yes, thanks - I added apartment 4B to the label before it shipped. Tracking is 9400 1118 9922 3456 9988 77, it should be there Thursday.

Ray""", sig=None)

G("ray", "gmail", "re", "feedback", [], "link to Amazon's feedback page with a neutral 'up to you' after resolution",
  buyer="Got the replacement, it's perfect.",
  body="""Hi @B@,

Great to hear. If you ever want to revisit the feedback you left, it's under your orders on Amazon (https://www.amazon.com/hz/feedback) - entirely up to you, no pressure.

Ray""", sig=None)

G("tyler", "freescout", "re", "product", [], "'5 stylus options', 'review' in the sense of a magazine review, stylus model numbers",
  buyer="Which stylus should I get for my AT-LP120?",
  body="""Hi @B@,

The AT-LP120 takes the AT-VM95 series, which comes in 5 stylus options (C, E, EN, ML, SH). The Stereophile review of the VM95 series recommends the E as the best value; it's the one we sell for $49.""", sig="fs")

G("ray", "gmail", "re", "order", [], "forwarded Amazon order details (Amazon boilerplate only) - relay address and Amazon links are allowed",
  buyer="Can you confirm what I ordered? I have two orders with you.",
  body="""Hi @B@,

This one is Stevie Wonder, Songs In The Key Of Life, $58.00, shipped USPS Priority. Your other order is the stylus. You can see both at https://www.amazon.com/gp/your-account/order-history

Ray""", sig=None)

G("ray", "gmail", "re", "damaged", [], "replacement not tied to a review, 'free' and 'gift' in a compliant sense",
  buyer="This was a gift for my husband and it arrived cracked.",
  body="""Hi @B@,

I'm really sorry. I'm sending a free replacement today in a double box, and I'll leave the price off the packing slip since it's a gift. Keep or recycle the cracked one.

Ray""", sig=None)

G("tyler", "android", "re", "delivery", [], "Android Gmail reply with UPS number and delivery date",
  buyer="Will it arrive before the weekend?",
  body="""Hi @B@! UPS says Friday by end of day, tracking 1Z 999 AA1 01 2345 6784. Tyler""", sig=None)

G("ray", "gmail", "re", "return", [], "return label PDF and an RMA; Canadian buyer, postal code", mkt="ca",
  buyer="How do I return this from Canada?",
  body="""Hi @B@,

I've attached a prepaid Canada Post return label (RMA GA-RMA-24-0522). Drop it at any post office; I'll refund as soon as it's scanned. Our address is already on the label.

Ray""", sig=None, att=[("pdf", "CanadaPost_return_GA-RMA-24-0522.pdf", ["Canada Post return label", "RMA GA-RMA-24-0522"])])

# --- English violations that combine categories
B("dave", "outlook_txt", "re", "feedback", ["feedback_removal", "offensive"], "demands the feedback comes down, insulting the buyer",
  buyer="I've said what I think in my feedback.",
  body="""@B@,

What you think is rubbish, and you know it, you cheeky sod. Take that feedback down today. I'm not asking twice.""", sig=None)

G("ray", "gmail", "re", "complaint", ["offensive", "review_manipulation"], "insults the buyer and warns them off a negative review",
  buyer="The record is scratched, I'll mention it in my review.",
  body="""Don't you dare leave a bad review over a hairline you can't even hear, you clown. Send it back if you're that precious.

Ray""", sig=None)

G("tyler", "android", "re", "complaint", ["offensive", "contact_phone"], "insult plus 'call me if you've got a problem' with a number",
  buyer="You guys are a joke.",
  body="""If you've got a problem, loser, call me at 216-555-0199 and say it to my face.""", sig=None)

B("jan", "iphone", "re", "complaint", ["offensive"], "sarcastic insult about the buyer from the phone",
  buyer="Your packaging is pathetic.",
  body="""Oh grow up, you stupid woman, it's a gasket not a Fabergé egg.""", sig=None)

G("ray", "gmail", "re", "feedback", ["offensive", "feedback_removal", "review_manipulation"], "threatens the buyer unless the 2-star is changed to 5",
  buyer="I'm keeping my 2 stars.",
  body="""Change your pathetic 2-star to a 5 by Friday or I'll report you to Amazon as a scammer and every record shop in town will know your name.

Ray""", sig=None)

G("tyler", "freescout", "re", "feedback", ["review_incentive", "feedback_removal"], "$15 gift card if the buyer updates the feedback",
  buyer="The refund finally came through.",
  body="""Hi @B@,

Glad it's sorted! If you update your feedback to reflect how we handled it, we'll send you a $15 Amazon gift card as a thank-you.""", sig="fs")

B("jan", "apple", "pro", "review", ["review_incentive", "review_manipulation"], "full refund promised for a five-star review", req=True,
  subj="Your order @O@ - a treat for you",
  body="""Hi @B@,

Here's a little secret: leave us a five star review for the bobbin case and I'll refund your order in full. We do this for a few lucky customers each month!

Jan""", sig=None)

G("ray", "gmail", "re", "feedback", ["review_manipulation", "feedback_removal"], "asks the buyer to update the review to 5 stars",
  buyer="OK the second copy plays fine.",
  body="""Hi @B@,

Awesome! Would you mind bumping your review up to 5 stars now that it's all good?

Ray""", sig=None)

B("jan", "gmail", "pro", "order", ["marketing", "opt_out", "tracking_pixel", "external_link"], "monthly newsletter from a mailing tool to past buyers: List-Unsubscribe, unsubscribe link, open pixel",
  subj="Brass & Bolt monthly - new Villiers stock (your order @O@)",
  hdrs=["List-Unsubscribe: <https://brassandbolt.mlsend.com/unsub?e=@O@>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
  body="""Hi @B@,

This month in the workshop: 40 Villiers 9E clutch sets, Amal float bowls and a box of Singer 201 motors. Everything is on our site: https://www.brassandbolt-spares.co.uk/new

You received this because you bought from us (order @O@). Unsubscribe: https://brassandbolt.mlsend.com/unsub?e=@O@""", sig=None,
  hx='<img src="https://brassandbolt.mlsend.com/open?e=@O@" width="1" height="1" alt="">')

G("ray", "gmail", "pro", "order", ["marketing", "tracking_pixel", "important_tag"], "[Important] on new-arrivals mail with a banner image carrying the recipient id",
  subj="[Important] New arrivals for you - order @O@",
  body="""Hi @B@,

We just got 300 new records in, including a stack of 70s soul. As a past customer (order @O@) you get to see them first on our Amazon shop.

Ray""", sig=None,
  hx='<img src="https://img.grooveattic.com/banners/spring.png?rcpt=@B@-@O@" width="560" height="180" alt="New arrivals">')

B("dave", "outlook_txt", "pro", "order", ["marketing", "attachment"], "full price list attached as an Excel sheet",
  subj="Our full price list - order @O@",
  body="""Hello @B@,

Following your order @O@, I've attached our full price list of Villiers and Amal parts in case you need anything else for the rebuild.

Regards,""", att=[("xlsx", "BB_price_list_2024.xlsx", None)])

G("tyler", "freescout", "re", "damaged", ["attachment", "tracking_pixel"], "photos zipped into an archive, helpdesk open pixel",
  buyer="Can you show me how it was packed?",
  body="""Hi @B@,

Sure - photos of how we pack every record are in the attached zip.""", sig="fs",
  att=[("zip", "packing_photos.zip", ["pack1.jpg", "pack2.jpg", "pack3.jpg"])],
  hx='<img src="https://help.grooveattic.com/thread/read/2377/c41aa9" width="1" height="1" alt="">')

G("ray", "gmail", "re", "product", ["attachment"], "MP4 video of the record playing",
  buyer="Can you show me it doesn't skip?",
  body="""Hi @B@,

Here's a video of side 1 track 3 playing on my deck - no skips.

Ray""", sig=None, att=[("mp4", "kind_of_blue_side1.mp4", None)])

B("jan", "apple", "re", "product", ["attachment"], "screenshot saved as .jpg but really a PNG (content does not match the name)",
  buyer="Where do I find the part number on your listing?",
  body="""Hi @B@,

I've attached a screenshot with the part number circled - it's just under the title.

Jan""", sig=None, att=[("pngasjpg", "screenshot.jpg", None)])

G("tyler", "freescout", "re", "product", ["attachment"], "WebP image saved from the browser (type not allowed)",
  buyer="What does the label look like?",
  body="""Hi @B@,

Attached a photo of the label from the Discogs page.""", sig="fs", att=[("webp", "label.webp", None)])

B("dave", "outlook_txt", "pro", "review", ["review_incentive", "opt_out"], "review for 10% off, plus 'reply STOP' opt-out", req=True,
  subj="10% off your next order - @O@",
  body="""Hello @B@,

Leave us a review for order @O@ and we'll give you 10% off your next order with us.

To stop these emails reply STOP.

Regards,""")

G("ray", "gmail", "pro", "order", ["unpermitted_proactive", "missing_order_id", "opt_out"], "thank-you message with an unsubscribe sentence and no order id",
  subj="Thanks for shopping with Groove Attic!",
  body="""Hi @B@,

Thanks for shopping with us - every order keeps the lights on at a little record store!

Don't want to hear from us? Just reply "unsubscribe" and we'll take you off our list.

Ray""", sig=None)

G("tyler", "freescout", "re", "order", ["review_manipulation", "tracking_pixel"], "gating in the helpdesk macro plus its open pixel", req=True,
  buyer="Record arrived today.",
  body="""Hi @B@,

Great! If you're happy with it, please leave us a review on Amazon. If you're not happy, contact us first so we can fix it before you review.""", sig="fs",
  hx='<img src="https://help.grooveattic.com/thread/read/2412/0be7d2" width="1" height="1" alt="">')

G("tyler", "freescout", "pro", "delivery", ["important_tag", "unpermitted_proactive", "tracking_pixel"], "[Important] shipping notice with the helpdesk pixel",
  subj="[Important] Order @O@ has shipped",
  body="""Hi @B@,

Your order @O@ shipped today via USPS, tracking 9400 1118 9922 3456 4433 21.""", sig="fs",
  hx='<img src="https://help.grooveattic.com/open/@O@-ship.png" width="1" height="1" alt="">')

B("jan", "apple", "pro", "review", ["important_tag", "review_incentive"], "[IMPORTANT] free gift for a review", req=True,
  subj="[IMPORTANT] Claim your free gift - order @O@",
  body="""Hi @B@,

Leave a review of your order @O@ and claim a free Brass & Bolt keyring - reply with the date you posted it and I'll send it straight out.

Jan""", sig=None)

G("tyler", "android", "re", "product", ["contact_email", "contact_phone"], "obfuscated (full-width digits) phone number, plus a plain outlook.com address",
  buyer="Can we talk about buying your whole jazz section?",
  body="""For sure! Email me at tyler.grooveattic@outlook.com or text ２１６-５５５-０１７２ and we'll set something up.

Tyler""", sig=None)

G("tyler", "freescout", "pro", "order", ["unpermitted_proactive", "missing_order_id"], "out-of-stock notice with no order id",
  subj="About your record",
  body="""Hi @B@,

We're sorry - the record you ordered is out of stock because it sold in our shop the same morning. We'll let you know when we find another copy.""", sig="fs")

G("ray", "gmail", "re", "product", ["tracking_pixel"], "Gmail with Streak tracking: remote image with the recipient's order id in the URL",
  buyer="Is the Rumours cover laminated?",
  body="""Hi @B@,

No, the US Warner Bros. cover is not laminated - that's only the UK one.

Ray""", sig=None,
  hx='<img src="https://mailfoogae.appspot.com/t?sender=cmF5QGdyb292ZWF0dGljLmNvbQ%3D%3D&amp;type=zerocontent&amp;guid=@O@" width="1" height="1" alt="">')

# ================================================================ GERMAN - Silberfaden Schmuck (Leipzig: Jonas, Maja, Kasia)
def D(who, c, kind, topic, cats, note, body, **kw):
    M("de", "sf", who, c, kind, topic, cats, note, body, **kw)

D("jonas", "thunderbird", "re", "delivery", [], "DHL-Sendungsnummer in Vierergruppen (sieht aus wie eine Telefonnummer), Postleitzahl",
  buyer="Hallo, meine Kette ist noch nicht da. Können Sie nachschauen?",
  body="""Hallo @B@,

die Kette ist am Dienstag mit DHL rausgegangen, Sendungsnummer 0034 0434 1612 3456 7890. Laut Sendungsverfolgung liegt sie seit heute in der Filiale in 04109 Leipzig zur Abholung bereit - eine Benachrichtigungskarte sollte in Ihrem Briefkasten sein.

Viele Grüße""", sig="jonas")

D("maja", "apple", "re", "product", [], "'Mistelzweig' (enthält 'Mist'), Größen, Gewicht, Feingehalt 925/000",
  buyer="Gibt es den Anhänger auch mit Mistelzweig-Motiv? Und welche Ringgröße ist die Welle genau?",
  body="""Liebe @B@,

den Mistelzweig-Anhänger mache ich nur zu Weihnachten, aber ab Oktober ist er wieder da. Der Ring Welle ist in Größe 54 gelistet (Innendurchmesser 17,2 mm), 925/000 Sterlingsilber, Gewicht ca. 3,4 g. Ich kann ihn auch in 52 oder 56 anfertigen, dann dauert es 5 Werktage.

Herzliche Grüße
Maja""", sig=None)

D("maja", "apple", "pro", "custom", [], "[Important] korrekt: Gravurtext bestätigen (Personalisierung)",
  subj="[Important] Gravur für Ihre Bestellung @O@",
  body="""Liebe @B@,

für Ihren Anhänger (Bestellung @O@) haben Sie als Gravur "J & L 14.06.2019" angegeben. Soll das "&" so graviert werden oder lieber "und"? Ich warte mit der Gravur auf Ihre Antwort.

Herzliche Grüße
Maja""", sig=None)

D("jonas", "thunderbird", "pro", "review", [], "erste Bitte um Bewertung für diese Bestellung, neutral", oid="deR1", req=True,
  subj="Ihre Bestellung @O@ bei Silberfaden Schmuck",
  body="""Guten Tag @B@,

wir hoffen, Ihr Schmuckstück ist gut angekommen. Wenn Sie einen Moment Zeit haben, würden wir uns über eine Bewertung des Artikels auf Amazon freuen.

Viele Grüße""", sig="jonas")

D("maja", "iphone", "pro", "review", ["repeat_request", "review_manipulation"], "zweite Bitte für dieselbe Bestellung, jetzt um 5 Sterne", oid="deR1", req=True,
  subj="Noch eine kleine Bitte - @O@",
  body="""Liebe @B@, ich bin's nochmal, Maja von Silberfaden. Falls Ihnen das Schmuckstück gefällt, wären 5 Sterne auf Amazon ein Traum für uns kleine Werkstatt!

Maja""", sig=None)

D("kasia", "gmail", "pro", "review", [], "erste Bitte (Verkäuferbewertung) für diese Bestellung, von der Aushilfe", oid="deR2", req=True,
  subj="Bestellung @O@ - Silberfaden Schmuck",
  body="""Hallo @B@,

vielen Dank für Ihre Bestellung. Wenn Sie möchten, können Sie uns gerne eine Verkäuferbewertung auf Amazon hinterlassen - wir freuen uns über jede Rückmeldung.

Viele Grüße
Kasia Nowak
Silberfaden Schmuck""", sig=None)

D("jonas", "thunderbird", "re", "product", ["repeat_request"], "Wiederholung: erneute Bitte um Bewertung in einer späteren Antwort zur selben Bestellung", oid="deR2", req=True,
  buyer="Kann man das Armband kürzen lassen?",
  body="""Hallo @B@,

ja, das Armband kann ich um bis zu 2 cm kürzen, schicken Sie es einfach über die Amazon-Rücksendung zurück und schreiben Sie die gewünschte Länge dazu.

Und falls Sie noch nicht dazu gekommen sind: über eine Bewertung würden wir uns nach wie vor sehr freuen.

Viele Grüße""", sig="jonas")

D("maja", "iphone", "pro", "review", [], "erste Bitte um Bewertung für diese Bestellung, vom Handy", oid="deR3", req=True,
  subj="Ihre Ohrstecker - Bestellung @O@",
  body="""Liebe @B@,

ich hoffe, die Mondstein-Ohrstecker gefallen Ihnen. Wenn Sie mögen, freue ich mich über eine Bewertung auf Amazon.

Herzliche Grüße
Maja""", sig=None)

D("kasia", "android", "pro", "review", ["repeat_request", "review_incentive"], "zweite Bitte für dieselbe Bestellung mit 10-%-Gutschein für die Bewertung", oid="deR3", req=True,
  subj="Bestellung @O@",
  body="""Hallo @B@, hier ist Kasia von Silberfaden. Wir haben gesehen, dass noch keine Bewertung da ist :) Wenn Sie eine schreiben, schicken wir Ihnen einen Gutscheincode über 10 % für Ihren nächsten Einkauf.

Kasia""", sig=None)

D("jonas", "thunderbird", "re", "feedback", [], "nach Lösung: 'Sie können Ihre Bewertung aktualisieren, wenn Sie möchten - ganz Ihre Entscheidung'",
  buyer="Danke, der Ersatzring passt jetzt perfekt.",
  body="""Hallo @B@,

das freut uns sehr. Falls Sie den Eindruck haben, dass wir das Problem gut gelöst haben, können Sie Ihre Bewertung auf Amazon jederzeit aktualisieren - das ist aber ganz Ihre Entscheidung.

Viele Grüße""", sig="jonas")

D("jonas", "tbhtml", "re", "feedback", ["review_incentive", "feedback_removal"], "15-Euro-Gutschein, wenn die negative Bewertung gelöscht wird",
  buyer="Meine Bewertung bleibt so. Die Kette war angelaufen.",
  body="""Hallo @B@,

das tut mir leid. Ich mache Ihnen einen Vorschlag: Wenn Sie die negative Bewertung löschen, schicke ich Ihnen einen Gutschein über 15 Euro und ein Silberputztuch gratis dazu.

Viele Grüße""", sig="jonas")

D("maja", "apple", "re", "feedback", ["review_manipulation", "feedback_removal"], "bittet, die Bewertung 'auf positiv' zu ändern, lange Schachtelsätze",
  buyer="Der neue Verschluss hält jetzt, danke.",
  body="""Liebe @B@,

wie schön, dass der Verschluss jetzt hält, ich habe ihn extra noch einmal verlötet und mit der Lupe kontrolliert, weil ich mich über den ersten so geärgert habe, und da wir ja jetzt alles geklärt haben, wäre es wirklich lieb, wenn Sie Ihre Bewertung auf positiv ändern könnten, denn eine einzige schlechte Bewertung macht bei so wenigen Bestellungen wie bei uns unglaublich viel aus.

Herzliche Grüße
Maja""", sig=None)

D("jonas", "thunderbird", "re", "complaint", ["offensive"], "Beleidigung im Ärger ('Vollidiot'), Umgangssprache",
  buyer="Der Ring ist Schrott. Betrüger!",
  body="""@B@,

Sie sind doch nicht ganz dicht. Ich fertige jeden Ring von Hand und lasse mich von einem Vollidiot wie Ihnen nicht als Betrüger beschimpfen. Schicken Sie den Ring zurück und gut ist.""", sig=None)

D("maja", "iphone", "re", "complaint", ["offensive"], "beleidigende Antwort vom Handy ('dumme Kuh'), Tippfehler",
  buyer="Sie haben mir einen gebrauchten Ring geschickt, das ist eine Frechheit.",
  body="""Was fällt ihnen eigentlich ein, der Ring ist NEU, ich hab ihn letzte woche selbst gemacht. Sie dumme Kuh haben ihn wahrscheinlich selber getragen und wollen jetzt Geld zurück. Unverschämt.""", sig=None)

D("jonas", "thunderbird", "re", "complaint", [], "bestimmte, sachliche Antwort auf einen unhöflichen Käufer",
  buyer="Das ist Betrug, der Ring ist viel kleiner als angegeben!",
  body="""Hallo @B@,

den Vorwurf des Betrugs weise ich zurück. Der Ring ist in Größe 54 gelistet und wird vor dem Versand mit einem Ringmaß geprüft. Ringgrößen werden aber unterschiedlich gemessen, deshalb nehme ich ihn selbstverständlich zurück und erstatte den vollen Kaufpreis von 39,00 €, sobald er hier ist.

Viele Grüße""", sig="jonas")

D("kasia", "gmail", "pro", "delivery", ["unpermitted_proactive"], "Versandbestätigung mit Sendungsnummer (schickt Amazon selbst)",
  subj="Ihre Bestellung @O@ ist unterwegs",
  body="""Hallo @B@,

Ihre Bestellung @O@ wurde heute an DHL übergeben. Sendungsnummer: 0034 0434 1612 7788 2201. Die Lieferung erfolgt voraussichtlich morgen.

Viele Grüße
Kasia Nowak
Silberfaden Schmuck""", sig=None)

D("maja", "iphone", "pro", "order", ["styling", "missing_order_id", "unpermitted_proactive"], "reines Dankeschön mit Emoji, ohne Bestellnummer",
  subj="Danke!",
  body="""Liebe @B@, ganz lieben Dank für Ihre Bestellung 💛 Ich packe alles heute Abend mit viel Liebe ein!

Maja""", sig=None)

D("maja", "apple", "re", "product", ["marketing", "contact_other"], "'Folgt uns auf Instagram' für die neue Kollektion",
  buyer="Wird es die Ohrstecker auch in Gold geben?",
  body="""Liebe @B@,

ja, im Mai kommt eine kleine Kollektion in 585er Gold! Folgen Sie uns am besten auf Instagram, dort zeige ich die neuen Stücke zuerst: @silberfaden.schmuck

Herzliche Grüße
Maja""", sig=None)

D("jonas", "tbhtml", "re", "invoice", [], "Rechnung als PDF, Rücksendeschein mit Umlaut im Dateinamen (RFC 2231), Impressum ohne Kontaktdaten",
  buyer="Ich bräuchte bitte eine Rechnung mit ausgewiesener MwSt. und den Rücksendeschein.",
  body="""Hallo @B@,

anbei die Rechnung Nr. 2024-117 über 59,00 € (inkl. 9,42 € MwSt.) und der Rücksendeschein für den Umtausch.

Viele Grüße
Jonas Hoffmann""", sig="imp",
  att=[("pdf", "Rechnung_2024-117.pdf", ["Silberfaden Schmuck", "Rechnung Nr. 2024-117", "Gesamt 59,00 EUR inkl. 9,42 EUR MwSt.", "USt-IdNr. DE312847295"]),
       ("pdf", "Rücksendeschein_Silberfaden.pdf", ["Ruecksendeschein", "Silberfaden Schmuck, 04229 Leipzig"])])

D("jonas", "thunderbird", "re", "return", [], "Impressum-Signatur mit Tel./E-Mail/Web (automatisch contact_phone/contact_email/external_link)",
  buyer="Wohin schicke ich das Armband zurück?",
  body="""Hallo @B@,

bitte nutzen Sie den Rücksendeschein aus Ihrem Amazon-Konto, die Adresse steht dort schon drauf. Die Erstattung veranlasse ich am Tag des Eingangs.

Viele Grüße""", sig="impfull")

D("kasia", "gmail", "pro", "order", ["important_tag", "marketing"], "[Important] im Betreff einer Werbung für die Frühjahrskollektion",
  subj="[Important] Neue Frühlingskollektion - Bestellung @O@",
  body="""Hallo @B@,

als Dankeschön für Ihre Bestellung @O@ möchten wir Ihnen als Erste unsere neue Frühlingskollektion zeigen: sechs neue Ringe und zwei Ketten, alle handgemacht in Leipzig. Einfach bei Amazon nach "Silberfaden Schmuck" suchen!

Viele Grüße
Kasia""", sig=None)

D("jonas", "thunderbird", "re", "return", ["attachment"], "Rücksendeformular als LibreOffice-Datei (.odt, nicht erlaubt)",
  buyer="Muss ich für den Umtausch ein Formular ausfüllen?",
  body="""Hallo @B@,

ja, bitte das angehängte Formular ausfüllen und dem Päckchen beilegen.

Viele Grüße""", sig="jonas", att=[("odt", "Ruecksendeformular.odt", None)])

D("maja", "apple", "re", "damaged", [], "Teilerstattung von 20 % wegen eines Kratzers, ohne Bezug zu einer Bewertung",
  buyer="Auf dem Anhänger ist ein kleiner Kratzer.",
  body="""Liebe @B@,

das tut mir leid, der muss beim Polieren passiert sein. Ich habe Ihnen 20 % (9,80 €) des Kaufpreises erstattet. Wenn Sie lieber einen neuen Anhänger möchten, schreiben Sie mir einfach, dann mache ich Ihnen einen.

Herzliche Grüße
Maja""", sig=None)

D("kasia", "gmail", "re", "product", ["tracking_pixel"], "Gmail mit Lesebestätigungs-Erweiterung (unsichtbares 0x0-Bild mit Empfänger-ID)",
  buyer="Ist die Kette nickelfrei?",
  body="""Hallo @B@,

ja, die Kette ist aus 925er Sterlingsilber und komplett nickelfrei, der Verschluss auch.

Viele Grüße
Kasia""", sig=None,
  hx='<img width="0" height="0" alt="" style="display:flex" src="https://mailtrack.io/trace/mail/91ac0e7d5b3f28c4a6e1.png?u=5530912">')

D("jonas", "thunderbird", "re", "product", [], "Preis, Länge, Verlängerungskette; Feingehalt 925/000; Artikelnummer SF-K-045",
  buyer="Wie lang ist die Kette Tautropfen genau?",
  body="""Hallo @B@,

die Kette ist 45 cm lang und hat eine 5 cm Verlängerung, Artikelnummer SF-K-045. Sie wiegt 3,2 g, 925/000 Silber, Preis 49,90 € inkl. Versand.

Viele Grüße""", sig="jonas")

# ================================================================ SPANISH - Huerta Viva (Ourense: Carmen, Pablo) on amazon.es
def S_(who, c, kind, topic, cats, note, body, **kw):
    M("es", "hv", who, c, kind, topic, cats, note, body, **kw)

S_("carmen", "gmail", "re", "delivery", [], "número de seguimiento SEUR en grupos, franja horaria, fecha",
  buyer="Hola, ¿cuándo llega mi azada? La necesito para el fin de semana.",
  body="""Hola @B@:

La azada salió ayer con SEUR, número de seguimiento 2854 6690 1123 47. Según SEUR la entrega está prevista para el viernes 22 de marzo en la franja de 9:00 a 14:00.

Un saludo,
Carmen""", sig=None)

S_("carmen", "outlook_txt", "re", "damaged", [], "'valoración de los daños' (palabra de reseña en otro sentido), 'disputa', reembolso parcial del 20 % no ligado a reseñas",
  buyer="Las tijeras llegaron con el muelle suelto y la caja rota.",
  body="""Hola @B@:

Siento mucho lo de las tijeras. He hecho la valoración de los daños con las fotos que nos mandaste y, para evitar cualquier disputa con el transportista, te he devuelto ya el 20 % (3,98 €) y te envío hoy un muelle de repuesto. Si prefieres unas tijeras nuevas, dímelo y te las mando sin coste.

Un saludo,""", sig="carmen")

S_("carmen", "gmail", "pro", "review", [], "primera solicitud de reseña para este pedido, neutral", oid="esR1", req=True,
  subj="Tu pedido @O@ de Huerta Viva",
  body="""Hola @B@:

Esperamos que la horca te esté dando buen resultado en el huerto. Si tienes un momento, te agradeceríamos que dejaras una reseña del producto en Amazon.

Un saludo,
Carmen Ruiz
Huerta Viva""", sig=None)

S_("pablo", "android", "pro", "review", ["repeat_request", "review_manipulation"], "segunda solicitud para el mismo pedido pidiendo cinco estrellas", oid="esR1", req=True,
  subj="Pedido @O@ - una cosita",
  body="""Hola @B@, soy Pablo de Huerta Viva, mi madre ya te escribió hace unos días. Si la horca te ha gustado, ¿nos dejarías cinco estrellitas? Nos ayuda un montón

Pablo""", sig=None)

S_("carmen", "outlook_txt", "re", "product", [], "primera solicitud de valoración para este pedido dentro de una respuesta de soporte", oid="esR2", req=True,
  buyer="¿El plantador sirve también para cebollino?",
  body="""Hola @B@:

Sí, sirve para cebollino, ajos y cualquier bulbo pequeño; la escala del lateral marca de 2 a 15 cm de profundidad.

Por cierto, si tienes un momento, te agradeceríamos tu valoración del pedido en Amazon.

Un saludo,""", sig="carmen")

S_("pablo", "android", "pro", "review", ["repeat_request"], "segunda solicitud para el mismo pedido (recordatorio)", oid="esR2", req=True,
  subj="Recordatorio pedido @O@",
  body="""Hola @B@:

Te escribimos de nuevo por si no viste el mensaje anterior: nos gustaría mucho que valoraras tu pedido en Amazon cuando puedas.

Gracias,
Pablo""", sig=None)

S_("pablo", "android", "pro", "review", [], "primera solicitud para este pedido (Pablo, móvil)", oid="esR3", req=True,
  subj="Tu rastrillo - pedido @O@",
  body="""Hola @B@:

Esperamos que el rastrillo te esté ayudando con las hojas. Si te apetece, puedes dejar tu opinión del producto en Amazon.

Un saludo,
Pablo - Huerta Viva""", sig=None)

S_("carmen", "gmail", "re", "product", ["repeat_request", "review_incentive"], "segunda solicitud para el mismo pedido con regalo (guantes) a cambio de la reseña", oid="esR3", req=True,
  buyer="¿Se puede regular el ancho del rastrillo?",
  body="""Hola @B@:

Sí, se regula de 30 a 55 cm con la palanca del centro. Y oye, si nos dejas la reseña que te pidió Pablo, te mando de regalo unos guantes de jardinería con tu próximo pedido.

Un saludo,
Carmen""", sig=None)

S_("carmen", "gmail", "re", "feedback", [], "tras resolver: 'puedes actualizar tu valoración si quieres, totalmente a tu elección'",
  buyer="Ya me ha llegado la azada nueva, gracias por la rapidez.",
  body="""Hola @B@:

¡Qué bien! Gracias a ti por la paciencia. Si consideras que lo hemos solucionado bien, puedes actualizar tu valoración en Amazon si quieres, pero es totalmente a tu elección.

Un saludo,
Carmen""", sig=None)

S_("carmen", "outlook_txt", "pro", "delivery", [], "[Important] correcto: programar la entrega de un paquete voluminoso de 2,10 m",
  subj="[Important] Entrega de tu pedido @O@",
  body="""Hola @B@:

Tu pedido @O@ (horca y rastrillo con mango largo) va en un paquete de 2,10 m que la agencia solo entrega con cita. ¿Qué día de la semana que viene te viene bien recibirlo, por la mañana o por la tarde?

Un saludo,""", sig="carmen")

S_("carmen", "outlook_txt", "re", "invoice", [], "factura PDF con número de factura, CIF y NIF del comprador", cs="iso-8859-1",
  buyer="Necesito factura a nombre de mi empresa, NIF B27123456.",
  body="""Hola @B@:

Te adjunto la factura nº HV-2024-0311 a nombre de tu empresa (NIF B27123456), importe 36,30 € IVA incluido.

Un saludo,""", sig="imp", att=[("pdf", "Factura_HV-2024-0311.pdf", ["Huerta Viva S.L. - CIF B32456789", "Factura HV-2024-0311", "Total 36,30 EUR IVA incl."])])

S_("carmen", "outlook_txt", "re", "return", [], "dirección de devolución con código postal, número de RMA",
  buyer="Quiero devolver las tijeras, no son para zurdos.",
  body="""Hola @B@:

Ningún problema. Puedes devolverlas desde tu cuenta de Amazon o enviarlas a:
Huerta Viva S.L., Polígono de San Cibrao das Viñas, parcela 12, 32901 Ourense
indicando la referencia HV-RMA-0388. Te reembolsamos en cuanto lleguen.

Un saludo,""", sig="carmen")

S_("carmen", "gmail", "re", "complaint", [], "respuesta firme y educada a un comprador grosero",
  buyer="Sois unos estafadores, la azada se dobló al primer golpe.",
  body="""Hola @B@:

No somos estafadores, pero entiendo tu enfado. La azada tiene garantía de dos años; si se ha doblado, envíanos una foto y te mandamos una nueva o te devolvemos el importe completo, lo que prefieras.

Un saludo,
Carmen""", sig=None)

S_("carmen", "outlook_txt", "re", "product", [], "medidas, peso, precio y referencia de mango de repuesto",
  buyer="¿Cuánto pesa la azada y venden el mango aparte?",
  body="""Hola @B@:

La hoja pesa 1,2 kg y con el mango de fresno de 110 cm el conjunto pesa 1,85 kg. El mango de repuesto (ref. HV-MF-110) cuesta 12,50 € y está en nuestra tienda de Amazon.

Un saludo,""", sig="carmen")

S_("carmen", "gmail", "re", "feedback", ["review_incentive", "feedback_removal"], "ofrece 5 € si el comprador borra la valoración negativa",
  buyer="Mi valoración se queda como está.",
  body="""Hola @B@:

Lo entiendo. Mira, si borras la valoración negativa te devuelvo 5 € por Bizum o como prefieras, y todos contentos.

Carmen""", sig=None)

S_("pablo", "android", "re", "feedback", ["feedback_removal"], "insiste varias veces en quitar la valoración negativa",
  buyer="Gracias, ya está todo bien.",
  body="""Hola @B@, me alegro mucho!! Ahora que está todo solucionado, ¿podrías quitar la valoración negativa? De verdad, te lo pido por favor, es que nos está hundiendo. Quítala cuando puedas, porfa.

Pablo""", sig=None)

S_("pablo", "android", "re", "complaint", ["offensive"], "insultos ('gilipollas', 'imbécil')",
  buyer="No sabéis ni embalar un paquete, vaya chapuza.",
  body="""Mira gilipollas, el paquete salió perfecto de aquí. Si eres tan imbécil de no saber abrir una caja no es culpa nuestra.""", sig=None)

S_("pablo", "android", "re", "complaint", ["offensive", "contact_phone"], "provocación agresiva con número de móvil",
  buyer="Os voy a denunciar.",
  body="""Denuncia lo que quieras. Y si tienes algo que decirme llámame al 612 34 56 78, a ver si me lo dices a la cara, payaso.""", sig=None)

S_("carmen", "outlook_txt", "pro", "order", ["unpermitted_proactive"], "confirmación de pedido con importe", 
  subj="Confirmación de tu pedido @O@",
  body="""Hola @B@:

Te confirmamos que hemos recibido tu pedido @O@ (Tijeras de podar bypass 21 cm, 19,90 €). Lo prepararemos en las próximas 24 horas.

Un saludo,""", sig="carmen")

S_("pablo", "android", "pro", "order", ["unpermitted_proactive", "styling"], "solo agradecimiento con emoji",
  subj="¡Gracias! - pedido @O@",
  body="""¡Hola @B@! Muchas gracias por tu pedido @O@ 🌱🌻 Nos hace mucha ilusión. ¡Feliz jardinería!

Pablo""", sig=None)

S_("carmen", "gmail", "re", "product", ["marketing"], "promoción 3x2 en semillas añadida a una respuesta",
  buyer="¿La horca sirve para tierra arcillosa?",
  body="""Hola @B@:

Sí, con los dientes forjados entra bien en arcilla, mejor si la tierra está algo húmeda.

Aprovecha también nuestra promoción de primavera: 3x2 en todos los sobres de semillas ecológicas de la tienda hasta el 30 de abril.

Carmen""", sig=None)

S_("carmen", "outlook_txt", "re", "product", [], "firma completa pegada a mano: teléfono, WhatsApp y e-mail (categorías automáticas)",
  buyer="¿Tenéis la azada con mango más corto?",
  body="""Hola @B@:

Sí, tenemos mango de 80 cm, te lo puedo cambiar sin coste antes de enviar.

Un saludo,""", sig="full")

S_("pablo", "samsung", "re", "delivery", [], "respuesta desde Samsung Email: estilo de firma y dirección propia en la cabecera citada (automático)",
  buyer="¿Ya lo habéis enviado?",
  body="""Sí, salió esta mañana con SEUR. Pablo""", sig=None)

S_("carmen", "gmail", "pro", "review", ["review_manipulation", "tracking_pixel"], "pide 5 estrellas solo si está contento; Gmail con píxel de seguimiento", req=True,
  subj="¿Qué tal tu pedido @O@?",
  body="""Hola @B@:

Si estás contento con el rastrillo, nos encantaría que nos dejaras 5 estrellas en Amazon. Y si algo no te ha gustado, escríbenos antes a nosotros.

Un saludo,
Carmen""", sig=None,
  hx='<img width="0" height="0" alt="" style="display:flex" src="https://mailtrack.io/trace/mail/77e0d91ab3c4f5e6a7b8.png?u=6120447">')

# ================================================================ FRENCH - Silberfaden (Jonas, Maja) and Huerta Viva (Carmen, Pablo) on amazon.fr
def F(s, who, c, kind, topic, cats, note, body, **kw):
    M("fr", s, who, c, kind, topic, cats, note, body, **kw)

F("sf", "jonas", "thunderbird", "re", "delivery", [], "numéro de suivi Colissimo, 'avis de passage' (avis au sens de notification), code postal",
  cs="ISO-8859-1",
  buyer="Bonjour, je n'ai toujours pas reçu ma bague. Pouvez-vous vérifier ?",
  body="""Bonjour @B@,

votre colis a été remis à La Poste le 12 mars, numéro de suivi 6A 2314 5678 912. Selon le suivi, le facteur a déposé un avis de passage hier : le colis vous attend au bureau de poste de 69003 Lyon jusqu'au 28 mars.

Bien cordialement,
Jonas Hoffmann""", sig=None)

F("hv", "carmen", "gmail", "re", "product", [], "'conseil' (contient 'con'), prix, acier SK5, dimensions",
  buyer="Le sécateur coupe-t-il des branches de 2 cm ?",
  body="""Bonjour @B@,

oui, le sécateur bypass coupe jusqu'à 22 mm de diamètre sur du bois vert. Les lames sont en acier SK5. Un petit conseil : pour le bois sec et dur, restez en dessous de 15 mm pour ne pas forcer le ressort. Il est à 24,90 € avec la livraison.

Cordialement,
Carmen Ruiz
Huerta Viva""", sig=None)

F("sf", "jonas", "tbhtml", "pro", "review", [], "première demande d'avis pour cette commande, neutre", oid="frR1", req=True,
  subj="Votre commande @O@ - Silberfaden Schmuck",
  body="""Bonjour @B@,

nous espérons que votre bijou vous plaît. Si vous avez un moment, nous vous serions reconnaissants de laisser un avis sur le produit sur Amazon.

Bien cordialement,""", sig="jonas")

F("sf", "maja", "iphone", "pro", "review", ["repeat_request", "review_manipulation"], "deuxième demande pour la même commande, demande 5 étoiles", oid="frR1", req=True,
  subj="Petit rappel - commande @O@",
  body="""Bonjour @B@, c'est Maja de Silberfaden. Si la bague vous plaît, un avis 5 étoiles nous aiderait énormément, nous sommes un tout petit atelier !

Maja""", sig=None)

F("hv", "carmen", "gmail", "pro", "review", [], "première demande d'évaluation vendeur pour cette commande", oid="frR2", req=True,
  subj="Commande @O@ - Huerta Viva",
  body="""Bonjour @B@,

merci pour votre commande. Si vous avez un instant, nous aimerions beaucoup avoir votre évaluation de vendeur sur Amazon.

Cordialement,
Carmen Ruiz
Huerta Viva""", sig=None)

F("hv", "pablo", "android", "re", "product", ["repeat_request"], "répétition : nouvelle demande d'avis dans une réponse ultérieure sur la même commande", oid="frR2", req=True,
  buyer="Est-ce que le manche peut être remplacé ?",
  body="""Bonjour @B@,

oui, on vend le manche en frêne séparément, il se fixe avec une seule vis. Et si vous avez deux minutes, un petit avis sur Amazon nous ferait très plaisir !

Pablo""", sig=None)

F("sf", "jonas", "thunderbird", "re", "feedback", [], "après résolution : 'vous pouvez mettre à jour votre évaluation si vous le souhaitez, c'est entièrement votre choix'",
  buyer="Merci, le pendentif de remplacement est parfait.",
  body="""Bonjour @B@,

merci pour votre retour. Si vous estimez que nous avons bien résolu le problème, vous pouvez mettre à jour votre évaluation sur Amazon si vous le souhaitez - c'est entièrement votre choix.

Bien cordialement,""", sig="jonas")

F("hv", "carmen", "gmail", "re", "damaged", [], "remboursement partiel de 15 % pour une rayure, sans lien avec un avis",
  buyer="La binette est arrivée avec une rayure sur la lame.",
  body="""Bonjour @B@,

désolée pour la rayure, cela arrive parfois pendant le transport. Je vous ai remboursé 15 % (4,20 €) du prix. Si vous préférez un échange, dites-le-moi et je vous en envoie une neuve.

Cordialement,
Carmen""", sig=None)

F("sf", "maja", "apple", "pro", "custom", [], "[Important] correct : confirmation du texte à graver",
  subj="[Important] Gravure de votre pendentif - commande @O@",
  body="""Bonjour @B@,

pour la gravure de votre pendentif (commande @O@), vous avez indiqué « Élise ». Faut-il graver l'accent sur le É ? Je commence la gravure dès votre réponse.

Maja""", sig=None)

F("hv", "carmen", "gmail", "re", "return", [], "adresse de retour avec code postal, numéro RMA",
  buyer="Comment retourner la fourche ? Elle est trop lourde pour moi.",
  body="""Bonjour @B@,

pas de problème. Renvoyez-la à :
Huerta Viva S.L.
Polígono de San Cibrao das Viñas, parcela 12
32901 Ourense, Espagne
avec la référence HV-RMA-0412. Le remboursement est fait dès réception.

Cordialement,
Carmen""", sig=None)

F("hv", "carmen", "gmail", "re", "invoice", [], "facture PDF, numéro de TVA intracommunautaire",
  buyer="Pouvez-vous m'envoyer une facture au nom de mon association ?",
  body="""Bonjour @B@,

voici la facture HV-2024-0233 au nom de votre association, montant 47,80 € TTC. Notre numéro de TVA intracommunautaire est ESB32456789.

Cordialement,
Carmen""", sig=None, att=[("pdf", "Facture_HV-2024-0233.pdf", ["Huerta Viva S.L.", "Facture HV-2024-0233", "Total 47,80 EUR TTC", "TVA ESB32456789"])])

F("sf", "jonas", "thunderbird", "re", "complaint", [], "réponse ferme et polie à un acheteur insultant",
  buyer="C'est de l'arnaque, votre bague est en toc !",
  body="""Bonjour @B@,

je conteste fermement ce reproche : la bague est en argent 925, poinçonnée à l'intérieur. Si elle ne vous convient pas, vous pouvez la retourner via votre compte Amazon et je vous rembourserai intégralement.

Cordialement,""", sig="jonas")

F("hv", "pablo", "android", "pro", "review", [], "première demande d'avis pour cette commande (Pablo, téléphone)", oid="frR3", req=True,
  subj="Votre plantoir - commande @O@",
  body="""Bonjour @B@,

j'espère que le plantoir vous sert bien pour vos bulbes de printemps. Si vous avez un moment, un avis sur Amazon nous serait utile.

Pablo
Huerta Viva""", sig=None)

F("hv", "carmen", "gmail", "pro", "review", ["repeat_request", "review_incentive"], "deuxième demande pour la même commande avec un code promo contre l'avis", oid="frR3", req=True,
  subj="Commande @O@ - un petit cadeau",
  body="""Bonjour @B@,

mon fils vous a déjà écrit au sujet de votre plantoir. Si vous laissez votre avis cette semaine, je vous envoie un code de réduction de 10 % pour votre prochaine commande chez nous.

Carmen""", sig=None)

F("sf", "maja", "iphone", "re", "product", [], "photos JPEG jointes, 'constaté', taille 54",
  buyer="J'ai constaté que la bague est un peu plus fine que sur la photo ?",
  body="""Bonjour @B@,

vous avez raison, la photo est un peu agrandie. La bague fait 2,5 mm de large en taille 54. Je vous joins deux photos prises sur ma main pour comparer.

Maja""", sig=None, att=[("jpg", "bague_main_1.jpg", (480, 360)), ("jpg", "bague_main_2.jpg", (480, 360))])

F("sf", "jonas", "tbhtml", "re", "feedback", ["review_incentive", "feedback_removal"], "bon d'achat de 20 € contre le retrait de l'évaluation négative",
  buyer="Je maintiens mon évaluation.",
  body="""Bonjour @B@,

je comprends. Je vous propose un bon d'achat de 20 € sur votre prochaine commande si vous retirez l'évaluation négative. Dites-moi quand c'est fait.

Cordialement,""", sig="jonas")

F("hv", "carmen", "gmail", "re", "feedback", ["feedback_removal"], "demande de modifier le commentaire, formulation indirecte au milieu d'une longue phrase",
  buyer="Le colis est enfin arrivé.",
  body="""Bonjour @B@,

je suis contente que le colis soit enfin arrivé, le transporteur nous a expliqué qu'il était resté bloqué à la frontière à cause d'une grève et nous n'y pouvions vraiment rien, alors peut-être serait-il possible de modifier le commentaire que vous avez laissé la semaine dernière, puisque le retard ne venait pas de nous, mais bien sûr j'espère surtout que l'outil vous plaît.

Carmen""", sig=None)

F("sf", "jonas", "thunderbird", "re", "complaint", ["offensive"], "insultes ('crétin', 'connard') dans une réponse énervée",
  buyer="Votre service client est nul, je vais vous faire une pub terrible.",
  body="""@B@,

faites ce que vous voulez, espèce de crétin. Avec des connards comme vous je préfère ne rien vendre du tout.""", sig=None)

F("hv", "pablo", "android", "re", "complaint", ["offensive"], "menace à peine voilée et insulte",
  buyer="Je vais signaler votre boutique à Amazon.",
  body="""Vous êtes vraiment un abruti. Signalez ce que vous voulez, on a votre adresse, on verra bien qui rira le dernier.""", sig=None)

F("hv", "carmen", "gmail", "pro", "order", ["important_tag", "unpermitted_proactive"], "[Important] sur un simple message de remerciement",
  subj="[Important] Merci pour votre commande @O@",
  body="""Bonjour @B@,

toute l'équipe de Huerta Viva vous remercie pour votre commande @O@. Nous sommes une petite entreprise familiale et chaque commande compte pour nous.

Cordialement,
Carmen""", sig=None)

F("hv", "pablo", "android", "pro", "delivery", ["unpermitted_proactive", "missing_order_id"], "confirmation d'expédition sans numéro de commande",
  subj="Votre colis est parti",
  body="""Bonjour @B@, votre colis Huerta Viva est parti ce matin avec Colissimo, vous devriez le recevoir d'ici jeudi. Bon jardinage !

Pablo""", sig=None)

F("sf", "maja", "apple", "re", "product", ["contact_other", "external_link", "marketing"], "'retrouvez-nous sur Facebook' et site web pour la nouvelle collection",
  buyer="Avez-vous d'autres modèles de bracelets ?",
  body="""Bonjour @B@,

oui ! Notre nouvelle collection de printemps vient de sortir, retrouvez-nous sur Facebook (Silberfaden Schmuck) ou sur www.silberfaden-schmuck.de/fr pour voir tous les modèles.

Maja""", sig=None)

F("hv", "carmen", "gmail", "pro", "review", ["opt_out"], "demande d'avis avec 'répondez STOP pour ne plus recevoir nos messages'", req=True,
  subj="Votre avis sur la commande @O@",
  body="""Bonjour @B@,

si vous avez un moment, nous aimerions connaître votre avis sur la binette commandée (commande @O@).

Pour ne plus recevoir de messages de notre part, répondez simplement STOP.

Carmen""", sig=None)

F("sf", "jonas", "thunderbird", "re", "product", ["contact_email"], "obfuscated (arobase/point) adresse e-mail",
  buyer="Puis-je vous envoyer une photo de la gravure que je voudrais ?",
  body="""Bonjour @B@,

bien sûr, envoyez la photo à hallo arobase silberfaden-schmuck point de, c'est plus simple pour les images en haute résolution.

Cordialement,""", sig="jonas")

F("hv", "pablo", "android", "re", "order", ["review_manipulation"], "sélection des avis : si satisfait laissez un avis, sinon contactez-nous", req=True,
  buyer="Bien reçu, merci.",
  body="""Super ! Si vous êtes satisfait, laissez-nous un avis sur Amazon. Si quelque chose ne va pas, contactez-nous d'abord avant d'écrire quoi que ce soit, on trouvera une solution.

Pablo""", sig=None)

# ================================================================ ITALIAN - Huerta Viva (Giulia, Carmen) on amazon.it
def I_(who, c, kind, topic, cats, note, body, **kw):
    M("it", "hv", who, c, kind, topic, cats, note, body, **kw)

I_("giulia", "iphone", "re", "delivery", [], "numero di spedizione BRT in gruppi di cifre, fascia oraria",
  buyer="Buongiorno, quando arriva la zappa? Non vedo aggiornamenti.",
  body="""Buongiorno @B@,

la zappa è partita lunedì con BRT, numero di spedizione 0601 2345 6789 01. BRT indica la consegna per giovedì tra le 9:00 e le 13:00. Se non è in casa lasciano un avviso e riprovano il giorno dopo.

Un saluto,
Giulia""", sig=None)

I_("giulia", "gmail", "re", "product", [], "'cazzuola' (parola innocua che contiene una sottostringa volgare), 'verifica', 'specifiche'",
  buyer="Il trapiantatore si può usare anche come paletta per il terriccio?",
  body="""Ciao @B@,

non proprio: il trapiantatore per bulbi ha la punta conica, quindi per il terriccio è meglio una cazzuola o una paletta. Ho fatto una verifica sulle specifiche: la scala incisa va da 2 a 15 cm e il manico è in legno di faggio.

Un saluto,
Giulia""", sig=None)

I_("giulia", "gmail", "pro", "review", [], "prima richiesta di recensione per questo ordine, neutra", oid="itR1", req=True,
  subj="Il tuo ordine @O@ - Huerta Viva",
  body="""Ciao @B@,

speriamo che le forbici da potatura ti stiano dando soddisfazione. Se hai un momento, ci farebbe piacere una tua recensione del prodotto su Amazon.

Un saluto,
Giulia - Huerta Viva""", sig=None)

I_("giulia", "iphone", "pro", "review", ["repeat_request", "review_manipulation"], "seconda richiesta per lo stesso ordine, chiede cinque stelle", oid="itR1", req=True,
  subj="Ordine @O@ - ancora noi",
  body="""Ciao @B@, ti riscrivo per le forbici: se ti sono piaciute, ci lasceresti una recensione a cinque stelle? Per un'azienda piccola come la nostra vale tantissimo!

Giulia""", sig=None)

I_("carmen", "gmail", "pro", "review", [], "prima richiesta di feedback venditore per questo ordine", oid="itR2", req=True,
  subj="Ordine @O@",
  body="""Buongiorno @B@,

grazie per il tuo ordine. Se hai un momento, apprezzeremmo molto il tuo feedback sul venditore su Amazon.

Cordiali saluti,
Carmen Ruiz - Huerta Viva""", sig=None)

I_("giulia", "gmail", "re", "product", ["repeat_request"], "ripetizione: nuova richiesta di recensione in una risposta successiva sullo stesso ordine", oid="itR2", req=True,
  buyer="Posso comprare solo la lama di ricambio?",
  body="""Ciao @B@,

al momento la lama non la vendiamo separata, ma entro maggio dovrebbe arrivare. Ah, e se non l'hai ancora fatto, ci lasceresti una recensione? Grazie mille!

Giulia""", sig=None)

I_("giulia", "gmail", "re", "feedback", [], "dopo la soluzione: 'puoi aggiornare il tuo feedback se lo desideri, a tua discrezione'",
  buyer="Le nuove forbici sono arrivate, tutto perfetto.",
  body="""Ciao @B@,

che bello, grazie per avercelo detto! Se ritieni che abbiamo risolto bene il problema, puoi aggiornare il tuo feedback se lo desideri - è a tua completa discrezione.

Un saluto,
Giulia""", sig=None)

I_("giulia", "iphone", "re", "damaged", [], "rimborso parziale del 10 % e sostituzione, non legati alla recensione",
  buyer="Il manico del rastrello è arrivato crepato.",
  body="""Ciao @B@, mi dispiace tantissimo! Ti spedisco oggi un manico nuovo e ti ho già rimborsato il 10 % (2,50 €) per il disturbo. Quello crepato puoi buttarlo.

Giulia""", sig=None)

I_("carmen", "gmail", "pro", "delivery", [], "[Important] corretto: problema di indirizzo (manca il numero civico)",
  subj="[Important] Indirizzo incompleto - ordine @O@",
  body="""Buongiorno @B@,

il corriere ci segnala che nell'indirizzo dell'ordine @O@ manca il numero civico. Può indicarcelo rispondendo a questo messaggio? Così rispediamo subito il pacco.

Cordiali saluti,
Carmen""", sig=None)

I_("giulia", "gmail", "re", "invoice", [], "fattura PDF; partita IVA di 11 cifre e codice fiscale (sembrano numeri di telefono)",
  buyer="Mi serve la fattura per la ditta, P.IVA 01234567890.",
  body="""Ciao @B@,

in allegato la fattura n. HV-IT-2024-0087 intestata alla tua ditta, P.IVA 01234567890, importo 29,90 € IVA inclusa. Il nostro numero di partita IVA intracomunitaria è ESB32456789.

Un saluto,
Giulia""", sig=None, att=[("pdf", "Fattura_HV-IT-2024-0087.pdf", ["Huerta Viva S.L.", "Fattura HV-IT-2024-0087", "P.IVA cliente 01234567890", "Totale 29,90 EUR"])])

I_("giulia", "gmail", "re", "return", [], "indirizzo per il reso con CAP, numero RMA",
  buyer="Vorrei restituire la forca, è troppo pesante.",
  body="""Ciao @B@,

nessun problema. Puoi fare il reso dal tuo account Amazon, oppure spedirla a Huerta Viva S.L., Polígono de San Cibrao das Viñas, parcela 12, 32901 Ourense (Spagna), con il riferimento HV-RMA-0451. Il rimborso parte appena arriva.

Giulia""", sig=None)

I_("carmen", "gmail", "re", "complaint", [], "risposta ferma a un acquirente maleducato",
  buyer="Siete dei ladri, la zappa è una schifezza.",
  body="""Buongiorno @B@,

non siamo ladri, ma capisco la delusione. Può restituire la zappa tramite Amazon e le rimborseremo l'intero importo appena la riceviamo.

Cordiali saluti,
Carmen""", sig=None)

I_("giulia", "iphone", "re", "product", [], "foto JPEG e PNG allegate (tipi consentiti)",
  buyer="Com'è fatto l'attacco del manico?",
  body="""Ciao @B@, ti allego due foto dell'attacco e uno schema: si infila il manico e si blocca con la vite a farfalla.

Giulia""", sig=None, att=[("jpg", "attacco_1.jpg", (480, 640)), ("jpg", "attacco_2.jpg", (480, 640)), ("png", "schema.png", (64, 64))])

I_("giulia", "gmail", "re", "product", [], "dimensioni, materiali, prezzo del manico di ricambio",
  buyer="Quanto è lungo il manico della zappa?",
  body="""Ciao @B@,

il manico è in frassino, lungo 110 cm, e la lama forgiata pesa 1,2 kg. Il manico di ricambio costa 12,50 € se un giorno dovesse servirti.

Giulia""", sig=None)

I_("giulia", "gmail", "re", "feedback", ["review_incentive", "feedback_removal"], "buono sconto del 15 % se il cliente rimuove il feedback",
  buyer="Il feedback negativo resta, il pacco è arrivato tardi.",
  body="""Ciao @B@,

capisco. Ti propongo una cosa: se rimuovi il feedback negativo ti mando un buono sconto del 15 % sul prossimo ordine. Fammi sapere!

Giulia""", sig=None)

I_("carmen", "gmail", "re", "feedback", ["feedback_removal", "review_manipulation"], "chiede di cambiare il feedback in positivo",
  buyer="Ok, il rimborso è arrivato.",
  body="""Buongiorno @B@,

bene, siamo contenti. Ora che tutto è risolto, potrebbe cortesemente cambiare il suo feedback in uno positivo? Ci aiuterebbe molto.

Carmen""", sig=None)

I_("giulia", "iphone", "re", "complaint", ["offensive"], "insulti ('coglione', 'stronzo')",
  buyer="Non comprerò mai più da voi, incompetenti.",
  body="""Meglio così, coglione. Uno stronzo come te non lo vogliamo come cliente.""", sig=None)

I_("giulia", "gmail", "re", "complaint", ["offensive"], "volgarità e minaccia in una frase lunga",
  buyer="Vi faccio chiudere, vedrete.",
  body="""Ciao @B@, ma vaffanculo, davvero, abbiamo fatto di tutto per te, ti abbiamo mandato due manici e pure rimborsato, e tu minacci, stai attento a quello che scrivi perché sappiamo benissimo dove abiti.""", sig=None)

I_("giulia", "iphone", "pro", "order", ["unpermitted_proactive", "missing_order_id"], "solo ringraziamento, senza numero d'ordine",
  subj="Grazie da Huerta Viva",
  body="""Ciao @B@, volevo solo ringraziarti per il tuo ordine, per noi è importantissimo! Buon giardinaggio!

Giulia""", sig=None)

I_("carmen", "gmail", "pro", "delivery", ["unpermitted_proactive"], "conferma di spedizione con numero di spedizione",
  subj="Ordine @O@ spedito",
  body="""Buongiorno @B@,

il suo ordine @O@ è stato spedito oggi con BRT, numero di spedizione 0601 2345 7788 02. Consegna prevista in 3-4 giorni lavorativi.

Cordiali saluti,
Carmen""", sig=None)

I_("giulia", "gmail", "re", "product", ["marketing", "external_link"], "rimanda al sito per le offerte di primavera",
  buyer="Avete anche i guanti da giardinaggio?",
  body="""Ciao @B@,

su Amazon no, ma sul nostro sito www.huertaviva.es/it trovi guanti, semi e tutta la collezione con il 20 % di sconto fino a fine aprile!

Giulia""", sig=None)

I_("giulia", "gmail", "pro", "review", ["review_incentive"], "rimborso della spedizione in cambio di una recensione", req=True,
  subj="Un regalo per te - ordine @O@",
  body="""Ciao @B@,

se lasci una recensione sul trapiantatore, ti rimborsiamo le spese di spedizione dell'ordine @O@. Basta scriverci quando l'hai pubblicata.

Giulia""", sig=None)

I_("giulia", "iphone", "re", "product", ["attachment"], "video .MOV girato col telefono (video non consentiti)",
  buyer="Non capisco come si monta il manico.",
  body="""Ciao @B@, ti ho fatto un video di 20 secondi mentre lo monto, è in allegato!

Giulia""", sig=None, att=[("mov", "IMG_2031.MOV", None)])

I_("giulia", "iphone", "re", "product", ["contact_other", "contact_phone"], "'scrivimi su WhatsApp al 351...' (una frase, due categorie)",
  buyer="Potete mandarmi altre foto?",
  body="""Certo! Scrivimi su WhatsApp al 351 234 5678 e ti mando tutte le foto che vuoi.

Giulia""", sig=None)

I_("carmen", "gmail", "pro", "order", ["important_tag", "marketing"], "[Important] su un annuncio di saldi",
  subj="[Important] Saldi di primavera per i nostri clienti - ordine @O@",
  body="""Buongiorno @B@,

come cliente (ordine @O@) ha diritto in anteprima ai nostri saldi di primavera: -25 % su tutti gli attrezzi fino a domenica.

Cordiali saluti,
Carmen""", sig=None)

# ================================================================ JAPANESE - 小林ペット用品 (Shizuoka: Yoshiko on iPhone, Tetsuo on osTicket/Thunderbird)
def J(who, c, kind, topic, cats, note, body, **kw):
    M("ja", "kb", who, c, kind, topic, cats, note, body, **kw)

J("tetsuo", "thunderbird", "re", "delivery", [], "ヤマト運輸の伝票番号（4桁区切りで電話番号に見える）、時間帯指定、ISO-2022-JP",
  buyer="注文した給水器がまだ届きません。確認をお願いします。",
  body="""@B@様

お問い合わせありがとうございます。
給水器は3月18日にヤマト運輸で発送しております。伝票番号は 4567-8901-2345 です。
追跡では明日20日（水）14時から16時のお届け予定となっております。

よろしくお願いいたします。""", sig="tetsuo")

J("yoshiko", "iphone", "re", "product", [], "商品の機能としての「LINE通知対応」（連絡先ではない）",
  buyer="この給餌器はスマホで通知を受け取れますか？",
  body="""@B@様

はい、この自動給餌器は専用アプリとLINE通知に対応しております。ごはんが出たタイミングでスマホに通知が届きます。Wi-Fiは2.4GHzのみ対応です。

小林ペット用品
小林 良子""", sig=None)

J("tetsuo", "osticket", "re", "product", [], "「バカンス」（「バカ」を含む無害な語）、容量・価格",
  buyer="旅行中に3日間留守にします。この給餌器で大丈夫でしょうか？",
  body="""@B@様

夏のバカンス中のお留守番にも多くのお客様にお使いいただいております。容量は3Lで、猫1匹なら1日2回・各20gの設定で約2週間分入ります。電池（単1×3本）とACアダプターの併用で停電時も安心です。

よろしくお願いいたします。""", sig="tetsuo")

J("yoshiko", "iphone", "pro", "review", [], "この注文への最初のレビュー依頼（中立）", oid="jaR1", req=True,
  subj="ご注文 @O@ について（小林ペット用品）",
  body="""@B@様

先日は爪とぎをご購入いただきありがとうございました。
お時間がございましたら、Amazonで商品のレビューをいただけますと幸いです。

小林ペット用品
小林 良子""", sig=None)

J("tetsuo", "osticket", "pro", "review", ["repeat_request", "review_manipulation"], "同じ注文への2回目の依頼、星5つを求める", oid="jaR1", req=True,
  subj="【再送】ご注文 @O@ のレビューのお願い",
  body="""@B@様

先日もご連絡いたしましたが、爪とぎはいかがでしょうか。
気に入っていただけましたら、ぜひ星5つのレビューをお願いいたします。小さなお店なので本当に励みになります。""", sig="tetsuo")

J("tetsuo", "thunderbird", "pro", "review", [], "この注文への最初の出品者評価の依頼（Shift_JIS）", oid="jaR2", req=True, cs="shift_jis",
  subj="ご注文 @O@ 小林ペット用品より",
  body="""@B@様

このたびはご注文いただき誠にありがとうございました。
よろしければ、Amazonにて出品者の評価をいただけますと幸いです。

今後ともよろしくお願いいたします。""", sig="tetsuo")

J("yoshiko", "iphone", "pro", "review", ["repeat_request", "review_incentive"], "同じ注文への2回目の依頼、次回500円クーポンを提示", oid="jaR2", req=True,
  subj="ご注文 @O@",
  body="""@B@様

小林ペット用品の良子です。まだ評価をいただいていないようでしたので、もう一度ご連絡しました。評価をいただけましたら、次回のお買い物で使える500円クーポンをお送りします！

小林 良子""", sig=None)

J("tetsuo", "osticket", "re", "product", [], "サポートの返信の中で、この注文への最初のレビュー依頼", oid="jaR3", req=True,
  buyer="ハーネスのサイズ調整はどこでできますか？",
  body="""@B@様

胴回りは背中側のバックル横のスライダーで38cmから52cmまで調整できます。首回りは固定です。

なお、お時間がございましたら、Amazonで商品のレビューをいただけますと幸いです。""", sig="tetsuo")

J("yoshiko", "iphone", "pro", "review", ["repeat_request"], "同じ注文への2回目のレビュー依頼（リマインド）", oid="jaR3", req=True,
  subj="ハーネスのレビューのお願い（ご注文 @O@）",
  body="""@B@様

先日は夫からもご連絡させていただきましたが、ハーネスの使い心地はいかがでしょうか。よろしければレビューをお願いいたします。

小林 良子""", sig=None)

J("yoshiko", "iphone", "re", "feedback", [], "解決後に「評価の変更はお客様のご判断で」と中立的に伝える",
  buyer="交換品が届きました。ありがとうございました。",
  body="""@B@様

無事に届いて安心しました。対応にご満足いただけましたら、Amazonの評価は必要に応じて更新していただくこともできますが、もちろんお客様のご判断にお任せいたします。

小林 良子""", sig=None)

J("tetsuo", "osticket", "re", "damaged", [], "一部返金10%（298円）、レビューとは無関係",
  buyer="届いた木製ハウスの屋根に傷がありました。",
  body="""@B@様

大変申し訳ございません。輸送中の傷と思われます。お詫びとして商品代金の10%（298円）を返金いたしました。交換をご希望の場合は、お申し付けください。""", sig="tetsuo")

J("tetsuo", "osticket", "re", "invoice", [], "適格請求書をPDFで添付（日本語ファイル名、RFC 2047）、登録番号は電話番号ではない",
  buyer="会社の経費で落とすので、インボイス対応の領収書をお願いします。",
  body="""@B@様

適格請求書（領収書）をPDFで添付いたしました。登録番号は署名欄に記載しております。""", sig="imp",
  att=[("pdf", "領収書_KB-2024-0411.pdf", ["Kobayashi Pet Supplies", "Receipt KB-2024-0411", "Registration T3080001012345", "Total JPY 3,980"])])

J("yoshiko", "iphone", "re", "return", [], "返送先の住所と郵便番号",
  buyer="サイズが合わないので返品したいです。",
  body="""@B@様

承知いたしました。Amazonの注文履歴から返品手続きをしていただくか、下記へお送りください。
〒420-0852 静岡県静岡市葵区紺屋町5-2 小林ペット用品
到着確認後、全額返金いたします。

小林 良子""", sig=None)

J("tetsuo", "thunderbird", "pro", "delivery", [], "[Important] 正しい使い方：大型商品の配達日時の調整",
  subj="[Important] お届け日時のご相談（ご注文 @O@）",
  body="""@B@様

ご注文 @O@ の大型木製ハウスは、配送業者の都合により日時指定でのお届けとなります。
来週でご都合のよい日と時間帯（午前／14時から16時／16時から18時）をお知らせください。""", sig="tetsuo")

J("tetsuo", "osticket", "re", "complaint", [], "失礼な購入者にも丁寧かつ毅然と対応",
  buyer="こんな不良品を売るなんて詐欺だ。",
  body="""@B@様

ご不快な思いをおかけし申し訳ございません。ただ、詐欺ではございません。出荷前に全数動作確認をしております。不具合の場合は返品・返金いたしますので、Amazonの返品手続きをお願いいたします。""", sig="tetsuo")

J("yoshiko", "iphone", "re", "feedback", ["review_incentive", "feedback_removal"], "評価を削除すればAmazonギフト券を送ると提案",
  buyer="評価は変えません。",
  body="""@B@様

ご迷惑をおかけしました。もし低い評価を削除していただけましたら、お詫びとしてAmazonギフト券1,000円分をお送りいたします。ご検討いただけますと幸いです。

小林 良子""", sig=None)

J("tetsuo", "osticket", "re", "feedback", ["feedback_removal"], "丁寧な言い方で評価の変更を依頼",
  buyer="返金を確認しました。",
  body="""@B@様

ご確認ありがとうございます。大変恐縮ではございますが、問題が解決いたしましたので、先日いただいた評価を変更していただくことはできませんでしょうか。何卒よろしくお願い申し上げます。""", sig="tetsuo")

J("tetsuo", "thunderbird", "re", "complaint", ["offensive"], "暴言（「バカじゃないの」「ふざけるな」）",
  buyer="説明書が分かりにくい。使えない。",
  body="""@B@

説明書くらい読めないのか。バカじゃないの。ふざけるな、二度と買うな。""", sig=None)

J("tetsuo", "osticket", "pro", "delivery", ["unpermitted_proactive"], "発送のお知らせ（Amazonが自動送信する内容）",
  subj="【発送のお知らせ】ご注文 @O@",
  body="""@B@様

ご注文 @O@ の商品を本日発送いたしました。
配送業者：佐川急便
お問い合わせ伝票番号：3601-2254-8890
到着まで今しばらくお待ちください。""", sig="tetsuo")

J("yoshiko", "iphone", "pro", "order", ["unpermitted_proactive", "missing_order_id"], "お礼だけのメッセージ、注文番号なし",
  subj="ありがとうございました",
  body="""@B@様

このたびは小林ペット用品をご利用いただき、本当にありがとうございました。わんちゃん、ねこちゃんとの毎日が楽しくなりますように。

小林 良子""", sig=None)

J("yoshiko", "iphone", "re", "product", ["contact_other", "marketing"], "LINE公式アカウントの友だち追加で新商品・クーポン情報",
  buyer="他の味のジャーキーもありますか？",
  body="""@B@様

はい、来月から鹿肉としいたけ入りの新しい味が出ます！LINE公式アカウント（@kobayashipet）を友だち追加していただくと、新商品やクーポンの情報をいち早くお届けします。

小林 良子""", sig=None)

J("tetsuo", "osticket", "re", "product", [], "手書きの署名に電話・メール・URL（自動でカテゴリ付与）",
  buyer="給水器のフィルターは別売りですか？",
  body="""@B@様

はい、交換用フィルター（4枚入り）を880円で販売しております。1か月に1回の交換をおすすめしております。""", sig="full")

J("tetsuo", "osticket", "pro", "order", ["important_tag", "marketing"], "[Important] を新商品の案内に使用",
  subj="[Important] 新商品のご案内（ご注文 @O@ のお客様へ）",
  body="""@B@様

ご注文 @O@ をいただいたお客様に、春の新商品「国産しいたけ入りささみジャーキー」をご案内いたします。今なら2袋で10%オフです。""", sig="tetsuo")

J("tetsuo", "osticket", "re", "order", ["opt_out", "external_link"], "ヘルプデスクのフッターに配信停止リンク",
  buyer="注文をキャンセルできますか？",
  body="""@B@様

まだ発送前ですので、キャンセルを承りました。Amazonから返金のお知らせが届きます。

────────
今後のメール配信停止はこちら：https://kobayashi-pet.jp/mail/stop""", sig="tetsuo")

# ================================================================ DUTCH - Silberfaden Schmuck (Jonas via translation, Maja) on amazon.nl
def N_(who, c, kind, topic, cats, note, body, **kw):
    M("nl", "sf", who, c, kind, topic, cats, note, body, **kw)

N_("jonas", "thunderbird", "re", "delivery", [], "DHL-zendingnummer in groepen van vier cijfers en PostNL-barcode, levertijdvak",
  buyer="Hallo, mijn armband is nog niet binnen. Kunt u kijken waar het pakket is?",
  body="""Hallo @B@,

het pakket is dinsdag met DHL vertrokken, zendingnummer 0034 0434 1612 9988 7766. In Nederland bezorgt PostNL het verder onder barcode 3SDHL1234567890. Volgens de tracking wordt het morgen tussen 13:00 en 15:30 bezorgd.

Met vriendelijke groet,
Jonas Hoffmann""", sig=None)

N_("maja", "apple", "re", "product", [], "maat, binnendiameter, gewicht, 'eersteklas'",
  buyer="Welke maat heeft de ring Golf precies? Ik heb normaal 17,5 mm.",
  body="""Hoi @B@,

de ring Golf is maat 54, dat is 17,2 mm binnendiameter. Voor 17,5 mm maak ik hem graag in maat 55, dat duurt 5 werkdagen. Het zilver is 925/000, eersteklas kwaliteit, gewicht ongeveer 3,4 gram.

Groetjes,
Maja""", sig=None)

N_("jonas", "tbhtml", "pro", "review", [], "eerste reviewverzoek voor deze bestelling, neutraal", oid="nlR1", req=True,
  subj="Uw bestelling @O@ bij Silberfaden Schmuck",
  body="""Beste @B@,

wij hopen dat uw sieraad goed is aangekomen. Als u even tijd heeft, stellen wij een review van het product op Amazon zeer op prijs.

Met vriendelijke groet,""", sig="jonas")

N_("maja", "iphone", "pro", "review", ["repeat_request", "review_manipulation"], "tweede verzoek voor dezelfde bestelling, vraagt om 5 sterren", oid="nlR1", req=True,
  subj="Nog een kleine vraag - @O@",
  body="""Hoi @B@, Maja hier van Silberfaden. Als je blij bent met je ring, zou je ons dan 5 sterren willen geven op Amazon? Dat betekent echt heel veel voor ons kleine atelier!

Maja""", sig=None)

N_("maja", "apple", "pro", "review", [], "eerste verzoek om verkopersfeedback voor deze bestelling", oid="nlR2", req=True,
  subj="Bestelling @O@",
  body="""Hoi @B@,

bedankt voor je bestelling! Als je een momentje hebt, waarderen we je feedback over ons als verkoper op Amazon.

Groetjes,
Maja""", sig=None)

N_("jonas", "thunderbird", "pro", "review", ["repeat_request", "review_incentive"], "tweede verzoek voor dezelfde bestelling met kortingscode als beloning", oid="nlR2", req=True,
  subj="Herinnering bestelling @O@",
  body="""Beste @B@,

wij hebben nog geen feedback van u ontvangen. Als u deze week een beoordeling achterlaat, sturen wij u een kortingscode van 10% voor uw volgende bestelling.

Met vriendelijke groet,""", sig="jonas")

N_("jonas", "thunderbird", "re", "feedback", [], "na oplossing: 'u kunt uw beoordeling bijwerken als u wilt, dat is helemaal aan u'",
  buyer="De nieuwe hanger is perfect, dank u.",
  body="""Beste @B@,

fijn om te horen. Als u vindt dat wij het probleem goed hebben opgelost, kunt u uw beoordeling op Amazon bijwerken als u wilt - dat is helemaal aan u.

Met vriendelijke groet,""", sig="jonas")

N_("maja", "apple", "re", "damaged", [], "gedeeltelijke terugbetaling van 20% voor een krasje, los van reviews",
  buyer="Er zit een krasje op de armband.",
  body="""Hoi @B@,

wat vervelend! Ik heb je 20% (9,80 euro) terugbetaald. Wil je liever een nieuwe armband, laat het me weten, dan maak ik er een voor je.

Groetjes,
Maja""", sig=None)

N_("maja", "apple", "pro", "custom", [], "[Important] correct: graveertekst bevestigen",
  subj="[Important] Gravering voor bestelling @O@",
  body="""Hoi @B@,

voor je hanger (bestelling @O@) heb je "S & T" als gravering opgegeven. Moet het "&"-teken erop, of liever "en"? Ik wacht met graveren tot je antwoordt.

Groetjes,
Maja""", sig=None)

N_("jonas", "thunderbird", "re", "invoice", [], "factuur als PDF, btw-nummer met punten (lijkt op een telefoonnummer)",
  buyer="Kunt u een factuur sturen op naam van mijn bedrijf, btw NL8234.56.789.B01?",
  body="""Beste @B@,

in de bijlage vindt u factuur 2024-131 op naam van uw bedrijf, btw-nummer NL8234.56.789.B01, bedrag 59,00 euro.

Met vriendelijke groet,""", sig="imp",
  att=[("pdf", "Factuur_2024-131.pdf", ["Silberfaden Schmuck", "Factuur 2024-131", "BTW klant NL8234.56.789.B01", "Totaal 59,00 EUR"])])

N_("jonas", "thunderbird", "re", "return", [], "retouradres met postcode",
  buyer="Waar moet ik de ring naartoe sturen?",
  body="""Beste @B@,

u kunt de retour aanmelden via uw Amazon-account, of de ring sturen naar:
Silberfaden Schmuck, Karl-Heine-Straße 88, 04229 Leipzig, Duitsland.
De terugbetaling volgt op de dag van ontvangst.

Met vriendelijke groet,""", sig="jonas")

N_("jonas", "thunderbird", "re", "complaint", [], "zakelijk en beslist antwoord op een onbeleefde koper",
  buyer="Dit is oplichterij, de ring is nep!",
  body="""Beste @B@,

dat is het niet: de ring is van 925 sterling zilver en heeft een keurmerk aan de binnenkant. Als hij u niet bevalt, kunt u hem via Amazon retourneren en krijgt u het volledige bedrag terug.

Met vriendelijke groet,""", sig="jonas")

N_("maja", "apple", "re", "delivery", [], "verzendmethode, tijdvak en datum",
  buyer="Kan het voor zaterdag bezorgd worden? Het is een cadeau.",
  body="""Hoi @B@,

ik verstuur hem vandaag nog met DHL. Normaal duurt het naar Nederland 2 werkdagen, dus vrijdag 12 april tussen 9:00 en 17:00 zou moeten lukken.

Groetjes,
Maja""", sig=None)

N_("maja", "apple", "re", "feedback", ["review_incentive", "feedback_removal"], "gratis ketting als de koper de negatieve beoordeling verwijdert",
  buyer="Mijn beoordeling blijft staan.",
  body="""Hoi @B@,

dat begrijp ik. Maar weet je wat, als je de negatieve beoordeling verwijdert, stuur ik je een zilveren kettinkje cadeau. Laat maar weten!

Maja""", sig=None)

N_("jonas", "thunderbird", "re", "feedback", ["feedback_removal"], "vraagt beleefd maar duidelijk om de beoordeling aan te passen",
  buyer="Het pakket is eindelijk aangekomen.",
  body="""Beste @B@,

fijn dat het pakket er is. De vertraging lag bij de vervoerder. Zou u daarom uw beoordeling willen aanpassen? Wij zouden dat zeer waarderen.

Met vriendelijke groet,""", sig="jonas")

N_("maja", "iphone", "re", "complaint", ["offensive"], "scheldwoorden ('klootzak', 'sukkel')",
  buyer="Slechte service, nooit meer.",
  body="""Prima, sukkel. Met klootzakken zoals jij doen we toch liever geen zaken.""", sig=None)

N_("jonas", "thunderbird", "pro", "delivery", ["unpermitted_proactive"], "verzendbevestiging met zendingnummer",
  subj="Uw bestelling @O@ is verzonden",
  body="""Beste @B@,

uw bestelling @O@ is vandaag verzonden met DHL, zendingnummer 0034 0434 1612 5544 3321.

Met vriendelijke groet,""", sig="jonas")

N_("maja", "iphone", "pro", "order", ["important_tag", "unpermitted_proactive", "missing_order_id"], "[Important] op een bedankbericht zonder bestelnummer",
  subj="[Important] Bedankt!",
  body="""Hoi @B@, heel erg bedankt voor je bestelling! Ik pak alles vanavond met liefde in.

Maja""", sig=None)

N_("maja", "apple", "re", "product", ["marketing", "contact_other"], "'volg ons op Instagram' voor de nieuwe collectie",
  buyer="Komen er ook oorbellen bij de ring?",
  body="""Hoi @B@,

nog niet, maar in mei komt er een nieuwe collectie met bijpassende oorbellen! Volg ons op Instagram @silberfaden.schmuck, daar laat ik alles als eerste zien.

Maja""", sig=None)

N_("jonas", "tbhtml", "re", "product", ["review_manipulation"], "review gating: alleen tevreden klanten een review, anders eerst contact", req=True,
  buyer="De oorknopjes zijn binnen.",
  body="""Beste @B@,

fijn! Bent u tevreden, dan zouden wij een review op Amazon erg waarderen. Bent u niet tevreden, neem dan eerst contact met ons op in plaats van een review te schrijven.

Met vriendelijke groet,""", sig="jonas")

N_("jonas", "thunderbird", "re", "return", ["attachment"], "foto's als ZIP-archief (archieven niet toegestaan)",
  buyer="Hoe moet ik de ring inpakken voor retour?",
  body="""Beste @B@,

in de bijlage een zip met foto's van hoe wij de ringen inpakken.

Met vriendelijke groet,""", sig="jonas", att=[("zip", "inpakken_fotos.zip", ["inpakken_1.jpg", "inpakken_2.jpg"])])

N_("maja", "iphone", "re", "product", ["contact_other", "contact_phone"], "'app me via WhatsApp' met mobiel nummer",
  buyer="Kun je een foto sturen van de ring om een hand?",
  body="""Tuurlijk! App me even via WhatsApp op +49 151 2345 6789, dan stuur ik je meteen een paar foto's.

Maja""", sig=None)

# ================================================================ POLISH - Silberfaden Schmuck (Kasia Nowak) on amazon.pl
def L_(who, c, kind, topic, cats, note, body, **kw):
    M("pl", "sf", who, c, kind, topic, cats, note, body, **kw)

L_("kasia", "gmail", "re", "delivery", [], "numer przesyłki InPost (24 cyfry w grupach), kod odbioru z paczkomatu",
  buyer="Dzień dobry, gdzie jest moja paczka? Nie dostałam żadnego SMS-a.",
  body="""Dzień dobry @B@,

paczka jest już w Polsce, numer przesyłki InPost: 6200 1234 5678 9012 3456 78. Według śledzenia trafi jutro do wybranego paczkomatu; kod odbioru przyjdzie od InPostu w aplikacji, jak tylko paczka tam dotrze.

Pozdrawiam serdecznie,
Kasia""", sig=None)

L_("kasia", "thunderbird", "re", "product", [], "rozmiar, średnica, waga, próba srebra; ISO-8859-2", cs="ISO-8859-2",
  buyer="Jaki rozmiar ma pierścionek Fala? Noszę zwykle 15.",
  body="""Dzień dobry @B@,

pierścionek Fala ma rozmiar 14 (średnica wewnętrzna 17,2 mm). Rozmiar 15 możemy zrobić na zamówienie w ciągu 5 dni roboczych. Srebro próby 925, waga ok. 3,4 g.

Pozdrawiam,
Kasia Nowak""", sig=None)

L_("kasia", "gmail", "pro", "review", [], "pierwsza prośba o opinię dla tego zamówienia, neutralna", oid="plR1", req=True,
  subj="Twoje zamówienie @O@ - Silberfaden Schmuck",
  body="""Dzień dobry @B@,

mamy nadzieję, że biżuteria dotarła bezpiecznie. Jeśli znajdzie Pani chwilę, będziemy wdzięczni za opinię o produkcie na Amazonie.

Pozdrawiam,
Kasia Nowak
Silberfaden Schmuck""", sig=None)

L_("kasia", "android", "pro", "review", ["repeat_request", "review_manipulation"], "druga prośba dla tego samego zamówienia, prosi o 5 gwiazdek", oid="plR1", req=True,
  subj="Zamówienie @O@ - jeszcze raz my",
  body="""Dzień dobry @B@, piszę jeszcze raz w sprawie kolczyków. Jeśli się podobają, prosimy o 5 gwiazdek na Amazonie, to dla nas naprawdę bardzo ważne!

Kasia""", sig=None)

L_("kasia", "gmail", "pro", "review", [], "pierwsza prośba o ocenę sprzedawcy dla tego zamówienia", oid="plR2", req=True,
  subj="Zamówienie @O@",
  body="""Dzień dobry @B@,

dziękujemy za zamówienie. Jeśli ma Pan chwilę, będziemy wdzięczni za ocenę nas jako sprzedawcy na Amazonie.

Pozdrawiam,
Kasia Nowak""", sig=None)

L_("kasia", "gmail", "re", "product", ["repeat_request", "review_incentive"], "druga prośba dla tego samego zamówienia w odpowiedzi, z rabatem 15% za opinię", oid="plR2", req=True,
  buyer="Czy bransoletkę można skrócić?",
  body="""Dzień dobry @B@,

tak, możemy skrócić bransoletkę o maks. 2 cm, wystarczy ją odesłać przez Amazon z informacją o długości. A jeśli wystawi Pan nam opinię, dostanie Pan kod rabatowy 15% na kolejne zakupy.

Pozdrawiam,
Kasia""", sig=None)

L_("kasia", "gmail", "re", "feedback", [], "po rozwiązaniu: 'może Pani zaktualizować ocenę, jeśli chce - decyzja należy do Pani'",
  buyer="Nowa zawieszka jest idealna, dziękuję.",
  body="""Dzień dobry @B@,

bardzo się cieszymy. Jeśli uważa Pani, że dobrze rozwiązaliśmy problem, może Pani zaktualizować swoją ocenę na Amazonie, jeśli ma Pani ochotę - decyzja należy całkowicie do Pani.

Pozdrawiam,
Kasia""", sig=None)

L_("kasia", "gmail", "re", "damaged", [], "częściowy zwrot 20% za rysę, bez związku z opinią",
  buyer="Na zawieszce jest mała rysa.",
  body="""Dzień dobry @B@,

bardzo przepraszamy. Zwróciliśmy Pani 20% ceny (9,80 euro). Jeśli woli Pani nową zawieszkę, proszę dać znać - wykonamy ją od razu.

Pozdrawiam,
Kasia""", sig=None)

L_("kasia", "gmail", "pro", "custom", [], "[Important] poprawnie: potwierdzenie tekstu grawerunku",
  subj="[Important] Grawer do zamówienia @O@",
  body="""Dzień dobry @B@,

do zawieszki (zamówienie @O@) podała Pani grawer "M & K 2019". Czy znak "&" ma zostać, czy lepiej "i"? Wstrzymujemy grawerowanie do Pani odpowiedzi.

Pozdrawiam,
Kasia""", sig=None)

L_("kasia", "gmail", "re", "invoice", [], "faktura VAT w PDF; NIP w formacie xxx-xxx-xx-xx (wygląda jak telefon)",
  buyer="Proszę o fakturę na firmę, NIP 521-301-72-28.",
  body="""Dzień dobry @B@,

w załączniku faktura nr 2024-PL-044 na firmę o numerze NIP 521-301-72-28, kwota 59,00 euro (w tym VAT).

Pozdrawiam,
Kasia Nowak""", sig=None,
  att=[("pdf", "Faktura_2024-PL-044.pdf", ["Silberfaden Schmuck", "Faktura 2024-PL-044", "NIP 521-301-72-28", "Razem 59,00 EUR"])])

L_("kasia", "gmail", "re", "return", [], "adres do zwrotu z kodem pocztowym",
  buyer="Gdzie mam odesłać kolczyki?",
  body="""Dzień dobry @B@,

najprościej przez konto Amazon, albo bezpośrednio na adres: Silberfaden Schmuck, Karl-Heine-Straße 88, 04229 Lipsk, Niemcy. Zwrot pieniędzy robimy w dniu otrzymania paczki.

Pozdrawiam,
Kasia""", sig=None)

L_("kasia", "gmail", "re", "complaint", [], "stanowcza, uprzejma odpowiedź na niegrzecznego kupującego",
  buyer="To oszustwo, srebro jest fałszywe!",
  body="""Dzień dobry @B@,

to nie jest oszustwo - pierścionek jest ze srebra próby 925 i ma próbę wybitą w środku. Jeśli się nie podoba, można go zwrócić przez Amazon, a my oddamy całą kwotę.

Pozdrawiam,
Kasia""", sig=None)

L_("kasia", "android", "re", "delivery", [], "termin dostawy, godziny, data",
  buyer="Czy dojdzie przed sobotą?",
  body="""Dzień dobry @B@, wysyłamy dziś, więc dostawa powinna być w piątek 19 kwietnia między 9:00 a 17:00.

Kasia""", sig=None)

L_("kasia", "gmail", "re", "feedback", ["review_incentive", "feedback_removal"], "bon 50 zł za usunięcie negatywnej oceny",
  buyer="Nie zmienię oceny.",
  body="""Dzień dobry @B@,

rozumiem. Mam propozycję: jeśli usunie Pani negatywną ocenę, wyślę Pani bon na 50 zł na następne zakupy.

Kasia""", sig=None)

L_("kasia", "gmail", "re", "feedback", ["feedback_removal", "review_manipulation"], "prośba o zmianę oceny na pozytywną",
  buyer="Dostałam zwrot pieniędzy.",
  body="""Dzień dobry @B@,

super, że wszystko się wyjaśniło! Czy mogłaby Pani w takim razie zmienić ocenę na pozytywną? Bardzo by nam to pomogło.

Kasia""", sig=None)

L_("kasia", "android", "re", "complaint", ["offensive"], "wulgaryzmy i obelgi ('debil', 'spierdalaj')",
  buyer="Jesteście beznadziejni.",
  body="""Sam jesteś beznadziejny, debilu. Spierdalaj i nie pisz tu więcej.""", sig=None)

L_("kasia", "gmail", "pro", "delivery", ["unpermitted_proactive"], "potwierdzenie wysyłki z numerem przesyłki",
  subj="Zamówienie @O@ zostało wysłane",
  body="""Dzień dobry @B@,

Pani zamówienie @O@ zostało dziś wysłane. Numer przesyłki DHL: 0034 0434 1612 4455 6677.

Pozdrawiam,
Kasia""", sig=None)

L_("kasia", "android", "pro", "order", ["unpermitted_proactive", "missing_order_id", "styling"], "same podziękowania z emoji, bez numeru zamówienia",
  subj="Dziękujemy!",
  body="""Dzień dobry @B@, bardzo dziękujemy za zamówienie! 😊💍 Pakujemy wszystko z miłością.

Kasia""", sig=None)

L_("kasia", "gmail", "re", "product", ["marketing"], "reklama nowej kolekcji z rabatem -20%",
  buyer="Czy pierścionek jest też w złocie?",
  body="""Dzień dobry @B@,

na razie tylko w srebrze. Ale w maju startuje nasza nowa kolekcja - przez pierwszy tydzień wszystko -20%, warto zajrzeć do naszego sklepu na Amazonie!

Kasia""", sig=None)

L_("kasia", "android", "re", "product", ["contact_other", "contact_phone"], "Viber/WhatsApp z numerem telefonu",
  buyer="Może Pani wysłać więcej zdjęć?",
  body="""Jasne! Proszę napisać na Vibera albo WhatsAppa: +48 601 234 567, wyślę zdjęcia od razu.

Kasia""", sig=None)

L_("kasia", "gmail", "re", "product", ["tracking_pixel"], "Gmail z rozszerzeniem śledzącym otwarcia (niewidoczny obraz z identyfikatorem)",
  buyer="Czy łańcuszek jest w zestawie?",
  body="""Dzień dobry @B@,

tak, zawieszka jest na łańcuszku 45 cm ze srebra 925.

Kasia""", sig=None,
  hx='<img width="0" height="0" alt="" style="display:flex" src="https://mailtrack.io/trace/mail/1c2d3e4f5a6b7c8d9e0f.png?u=7781236">')

L_("kasia", "gmail", "pro", "review", ["important_tag", "opt_out"], "[Important] w prośbie o opinię i tekst rezygnacji z wiadomości", req=True,
  subj="[Important] Prosimy o opinię - zamówienie @O@",
  body="""Dzień dobry @B@,

jeśli ma Pani chwilę, będziemy wdzięczni za opinię o zamówieniu @O@ na Amazonie.

Jeśli nie chce Pani więcej otrzymywać od nas wiadomości, proszę odpowiedzieć "NIE".

Kasia""", sig=None)

# ================================================================ PORTUGUESE - Huerta Viva (Pablo, Carmen) to Portuguese buyers on amazon.es
def P_(who, c, kind, topic, cats, note, body, **kw):
    M("pt", "hv", who, c, kind, topic, cats, note, body, **kw)

P_("pablo", "gmail", "re", "delivery", [], "número de seguimento em grupos de dígitos, janela horária, código postal português",
  buyer="Olá, a minha enxada ainda não chegou. Podem verificar?",
  body="""Olá @B@,

a enxada saiu na segunda-feira com a SEUR, número de seguimento 2854 6690 2211 58. Segundo a SEUR, a entrega em 4700-320 Braga está prevista para quinta-feira, entre as 9h00 e as 13h00.

Cumprimentos,
Pablo""", sig=None)

P_("pablo", "android", "re", "product", [], "'avaliação dos danos' (palavra de avaliação noutro sentido), medidas e preço",
  buyer="A tesoura chegou com a mola partida. O que faço?",
  body="""Olá @B@,

lamento imenso. Pela fotografia, a avaliação dos danos é simples: foi só a mola. Envio hoje uma mola nova (vale 2,50 €, não paga nada) e um pequeno guia de montagem. Se preferir uma tesoura nova, diga-me.

Pablo""", sig=None)

P_("pablo", "gmail", "pro", "review", [], "primeiro pedido de avaliação para esta encomenda, neutro", oid="ptR1", req=True,
  subj="A sua encomenda @O@ - Huerta Viva",
  body="""Olá @B@,

esperamos que a forquilha esteja a ajudar na horta. Se tiver um momento, agradecíamos que deixasse uma avaliação do produto na Amazon.

Cumprimentos,
Pablo - Huerta Viva""", sig=None)

P_("carmen", "gmail", "pro", "review", ["repeat_request", "review_manipulation"], "segundo pedido para a mesma encomenda, pede cinco estrelas", oid="ptR1", req=True,
  subj="Encomenda @O@",
  body="""Olá @B@,

o meu filho já lhe escreveu sobre a forquilha. Se ficou satisfeito, uma avaliação de cinco estrelas ajudava-nos muito.

Carmen""", sig=None)

P_("pablo", "android", "pro", "review", [], "primeiro pedido de feedback do vendedor para esta encomenda", oid="ptR2", req=True,
  subj="Encomenda @O@ - Huerta Viva",
  body="""Olá @B@,

obrigado pela sua encomenda. Se tiver um minuto, gostaríamos de receber o seu feedback sobre o vendedor na Amazon.

Pablo""", sig=None)

P_("pablo", "gmail", "pro", "review", ["repeat_request", "review_incentive"], "segundo pedido para a mesma encomenda com vale de 5 € pela avaliação", oid="ptR2", req=True,
  subj="Lembrete - encomenda @O@",
  body="""Olá @B@,

ainda não recebemos a sua avaliação. Se a deixar esta semana, oferecemos-lhe um vale de 5 € para a próxima compra na nossa loja.

Pablo""", sig=None)

P_("carmen", "outlook_txt", "re", "product", [], "primeiro pedido de avaliação para esta encomenda dentro de uma resposta de apoio", oid="ptR3", req=True,
  buyer="O plantador serve para alhos?",
  body="""Olá @B@,

serve sim, para alhos, cebolas e qualquer bolbo pequeno; a escala vai de 2 a 15 cm.

Se tiver um momento, agradecíamos a sua avaliação da encomenda na Amazon.

Cumprimentos,""", sig="carmen")

P_("pablo", "android", "pro", "review", ["repeat_request"], "segundo pedido para a mesma encomenda (lembrete simples)", oid="ptR3", req=True,
  subj="Encomenda @O@ - pedimos a sua opinião",
  body="""Olá @B@, só para lembrar: se puder deixar a sua opinião sobre o plantador na Amazon, agradecemos muito.

Pablo""", sig=None)

P_("pablo", "gmail", "re", "feedback", [], "após resolução: 'pode atualizar a sua avaliação se quiser, a decisão é inteiramente sua'",
  buyer="A mola nova chegou e a tesoura está ótima.",
  body="""Olá @B@,

que bom saber! Se achar que resolvemos bem o problema, pode atualizar a sua avaliação na Amazon se quiser - a decisão é inteiramente sua.

Cumprimentos,
Pablo""", sig=None)

P_("pablo", "gmail", "re", "damaged", [], "reembolso parcial de 15 % por um risco, sem ligação a avaliações",
  buyer="A lâmina da enxada veio riscada.",
  body="""Olá @B@,

peço desculpa pelo risco. Já lhe reembolsei 15 % (4,35 €). Se preferir trocar por uma nova, é só dizer e enviamos sem custos.

Pablo""", sig=None)

P_("carmen", "outlook_txt", "re", "invoice", [], "fatura PDF; NIF português em grupos de três dígitos (parece um telefone)",
  buyer="Preciso de fatura com o meu NIF 212 345 678.",
  body="""Olá @B@,

envio em anexo a fatura n.º HV-PT-2024-0042 com o seu NIF 212 345 678, no valor de 27,90 € com IVA.

Cumprimentos,""", sig="carmen", att=[("pdf", "Fatura_HV-PT-2024-0042.pdf", ["Huerta Viva S.L.", "Fatura HV-PT-2024-0042", "NIF cliente 212 345 678", "Total 27,90 EUR"])])

P_("pablo", "gmail", "re", "return", [], "morada de devolução com código postal, referência RMA",
  buyer="Quero devolver a forquilha, é grande demais.",
  body="""Olá @B@,

sem problema. Pode devolver pela sua conta Amazon ou enviar para Huerta Viva S.L., Polígono de San Cibrao das Viñas, parcela 12, 32901 Ourense, Espanha, com a referência HV-RMA-0502.

Pablo""", sig=None)

P_("carmen", "gmail", "re", "complaint", [], "resposta firme a um comprador mal-educado",
  buyer="Vocês são uns aldrabões, a tesoura não corta nada.",
  body="""Olá @B@,

não somos aldrabões, mas lamento que a tesoura não corte bem. Pode devolvê-la pela Amazon e reembolsamos o valor total assim que chegar.

Carmen""", sig=None)

P_("pablo", "gmail", "pro", "delivery", [], "[Important] correto: morada sem número da porta",
  subj="[Important] Morada incompleta - encomenda @O@",
  body="""Olá @B@,

a transportadora diz que na morada da encomenda @O@ falta o número da porta. Pode responder a esta mensagem com o número para reenviarmos o pacote?

Pablo""", sig=None)

P_("pablo", "android", "re", "product", [], "cabo de freixo, peso, referência de peça",
  buyer="O cabo da enxada é de madeira?",
  body="""Olá @B@, é de freixo, com 110 cm, e a lâmina forjada pesa 1,2 kg. O cabo de substituição tem a referência HV-MF-110.

Pablo""", sig=None)

P_("pablo", "gmail", "re", "feedback", ["review_incentive", "feedback_removal"], "reembolso de 10 € se o comprador retirar a avaliação",
  buyer="Não vou mudar a avaliação.",
  body="""Olá @B@,

compreendo. Se retirar a avaliação negativa, reembolsamos-lhe 10 € logo a seguir. Diga-me quando estiver feito.

Pablo""", sig=None)

P_("carmen", "gmail", "re", "feedback", ["feedback_removal"], "pressão para apagar a avaliação, frase longa",
  buyer="Já recebi o reembolso.",
  body="""Olá @B@,

ainda bem que recebeu o reembolso, e já que está tudo resolvido eu pedia-lhe mesmo, por favor, que apagasse a avaliação que deixou, porque para uma empresa pequena como a nossa uma avaliação negativa fica lá meses e faz-nos perder vendas todos os dias.

Carmen""", sig=None)

P_("pablo", "android", "re", "complaint", ["offensive"], "insulto e palavrão",
  buyer="Nunca mais compro aqui, serviço péssimo.",
  body="""Ótimo, não faz falta nenhuma. Vai à merda, seu idiota.""", sig=None)

P_("pablo", "android", "pro", "order", ["unpermitted_proactive"], "mensagem só de agradecimento",
  subj="Obrigado! Encomenda @O@",
  body="""Olá @B@, muito obrigado pela sua encomenda @O@! Para nós cada encomenda é uma alegria. Boa jardinagem!

Pablo""", sig=None)

P_("carmen", "gmail", "pro", "delivery", ["important_tag", "unpermitted_proactive", "missing_order_id"], "[Important] numa confirmação de envio sem número de encomenda",
  subj="[Important] A sua encomenda foi enviada",
  body="""Olá @B@,

a sua encomenda Huerta Viva foi enviada hoje e deve chegar dentro de 3 a 5 dias úteis.

Carmen""", sig=None)

P_("pablo", "gmail", "re", "product", ["marketing", "contact_other"], "'siga-nos no Instagram' para novidades e promoções",
  buyer="Vão ter mais ferramentas para horta?",
  body="""Olá @B@,

sim! Em maio lançamos uma linha nova de sachos e plantadores. Siga-nos no Instagram @huertaviva.es para ver as novidades e as promoções em primeira mão.

Pablo""", sig=None)

P_("pablo", "gmail", "re", "product", ["contact_email"], "e-mail pessoal para enviar fotos",
  buyer="Como vos envio as fotos da peça partida?",
  body="""Olá @B@, envie as fotos para pablo.huertaviva@gmail.com que eu vejo logo.

Pablo""", sig=None)

P_("carmen", "gmail", "re", "product", ["review_manipulation"], "diz ao comprador o que escrever na avaliação", req=True,
  buyer="A enxada é excelente, obrigada.",
  body="""Olá @B@,

que alegria! Se deixar uma avaliação, podia mencionar que o aço é forjado e que a entrega foi rápida? Os clientes perguntam sempre isso.

Carmen""", sig=None)

P_("pablo", "gmail", "pro", "review", ["opt_out", "external_link"], "pedido de avaliação com link para deixar de receber mensagens", req=True,
  subj="A sua opinião - encomenda @O@",
  body="""Olá @B@,

se tiver um momento, agradecíamos uma avaliação da tesoura de poda na Amazon.

Não quer receber mais mensagens nossas? Cancele aqui: https://huertaviva.es/baja?c=@O@

Pablo""", sig=None)

# ================================================================ SWEDISH - Silberfaden Schmuck (Maja Berg, Swedish owner) on amazon.se
def W(who, c, kind, topic, cats, note, body, **kw):
    M("sv", "sf", who, c, kind, topic, cats, note, body, **kw)

W("maja", "apple", "re", "delivery", [], "PostNord kolli-ID i grupper, avisering, ombud, datum",
  buyer="Hej! Mitt halsband har inte kommit än. Kan du kolla?",
  body="""Hej @B@!

Paketet skickades i tisdags med DHL och lämnades över till PostNord i Malmö i går, kolli-ID 0037 0712 3456 7890 12. Du bör ha fått en avisering i appen - det ligger hos ditt ombud från och med fredag den 12 april.

Vänliga hälsningar
Maja""", sig=None)

W("maja", "iphone", "re", "product", [], "'fantastiskt' (innehåller 'fan'), ringstorlek och innerdiameter",
  buyer="Vilken storlek är ringen Våg? Jag har 17,5.",
  body="""Hej @B@! Vad fantastiskt att du gillar Våg. Den är i storlek 17,25 (innerdiameter), men jag gör gärna en i 17,5 åt dig, det tar fem arbetsdagar.

Kram
Maja""", sig=None)

W("maja", "apple", "pro", "review", [], "första omdömesförfrågan för den här ordern, neutral", oid="svR1", req=True,
  subj="Din beställning @O@ från Silberfaden",
  body="""Hej @B@,

jag hoppas att smycket har kommit fram och att du tycker om det. Om du har en stund skulle vi uppskatta ett omdöme om produkten på Amazon.

Vänliga hälsningar
Maja""", sig=None)

W("maja", "iphone", "pro", "review", ["repeat_request", "review_manipulation"], "andra förfrågan för samma order, ber om fem stjärnor", oid="svR1", req=True,
  subj="En liten påminnelse - @O@",
  body="""Hej igen @B@! Om du är nöjd med ringen skulle fem stjärnor på Amazon betyda jättemycket för vår lilla verkstad.

Maja""", sig=None)

W("maja", "apple", "pro", "review", [], "första förfrågan om säljarfeedback för den här ordern", oid="svR2", req=True,
  subj="Beställning @O@",
  body="""Hej @B@,

tack för din beställning! Om du har tid får du gärna lämna feedback om oss som säljare på Amazon.

Vänliga hälsningar
Maja""", sig=None)

W("maja", "iphone", "pro", "review", ["repeat_request", "review_incentive"], "andra förfrågan för samma order, gratis putsduk mot omdöme", oid="svR2", req=True,
  subj="Beställning @O@ :)",
  body="""Hej @B@! Jag såg att du inte hunnit lämna något omdöme än. Gör du det den här veckan skickar jag en silverputsduk gratis med nästa beställning!

Maja""", sig=None)

W("maja", "apple", "re", "feedback", [], "efter lösning: 'du kan uppdatera ditt omdöme om du vill, helt upp till dig'",
  buyer="Nya hänget är perfekt, tack så mycket.",
  body="""Hej @B@,

vad glad jag blir! Om du tycker att vi har löst problemet bra kan du uppdatera ditt omdöme på Amazon om du vill - det är helt upp till dig.

Vänliga hälsningar
Maja""", sig=None)

W("maja", "apple", "re", "damaged", [], "delvis återbetalning 20 % för en repa, inte kopplad till omdöme",
  buyer="Det är en liten repa på armbandet.",
  body="""Hej @B@,

förlåt! Jag har återbetalat 20 % (9,80 euro) till dig. Vill du hellre ha ett nytt armband så gör jag ett åt dig direkt.

Maja""", sig=None)

W("maja", "apple", "pro", "custom", [], "[Important] korrekt: bekräfta gravyrtext",
  subj="[Important] Gravyr för beställning @O@",
  body="""Hej @B@,

för hänget i beställning @O@ skrev du gravyren "Å & E". Ska "&" vara kvar eller vill du hellre ha "och"? Jag väntar med gravyren tills du svarat.

Maja""", sig=None)

W("maja", "apple", "re", "invoice", [], "faktura som PDF; organisationsnummer och momsregistreringsnummer (ser ut som telefonnummer)",
  buyer="Kan jag få en faktura till företaget? Org.nr 556677-8899.",
  body="""Hej @B@,

bifogar faktura 2024-SE-019 till ert företag (organisationsnummer 556677-8899, momsreg.nr SE556677889901), belopp 59,00 euro inklusive moms.

Vänliga hälsningar
Maja""", sig=None,
  att=[("pdf", "Faktura_2024-SE-019.pdf", ["Silberfaden Schmuck", "Faktura 2024-SE-019", "Org.nr 556677-8899", "Totalt 59,00 EUR"])])

W("maja", "apple", "re", "return", [], "returadress med postnummer",
  buyer="Vart skickar jag tillbaka örhängena?",
  body="""Hej @B@,

enklast via ditt Amazon-konto, eller direkt till Silberfaden Schmuck, Karl-Heine-Straße 88, 04229 Leipzig, Tyskland. Pengarna återbetalas samma dag som paketet kommer fram.

Maja""", sig=None)

W("maja", "apple", "re", "complaint", [], "bestämt och sakligt svar till en otrevlig köpare",
  buyer="Det här är bedrägeri, ringen är inte silver!",
  body="""Hej @B@,

det är inte bedrägeri - ringen är i 925 sterlingsilver och har en stämpel på insidan. Om du inte är nöjd kan du returnera den via Amazon så får du tillbaka hela beloppet.

Maja""", sig=None)

W("maja", "iphone", "re", "product", [], "JPEG- och PNG-bilder bifogade (tillåtna typer)",
  buyer="Hur ser hänget ut i verkligheten?",
  body="""Hej @B@! Här är två bilder tagna i dagsljus och en skiss av gravyren.

Maja""", sig=None, att=[("jpg", "hange_1.jpg", (600, 800)), ("jpg", "hange_2.jpg", (600, 800)), ("png", "skiss.png", (40, 40))])

W("maja", "apple", "re", "feedback", ["review_incentive", "feedback_removal"], "presentkort om köparen tar bort det negativa omdömet",
  buyer="Mitt omdöme står kvar.",
  body="""Hej @B@,

jag förstår. Men om du tar bort det negativa omdömet skickar jag ett presentkort på 200 kronor som tack.

Maja""", sig=None)

W("maja", "iphone", "re", "feedback", ["feedback_removal"], "ber om att ta bort omdömet, indirekt formulerat",
  buyer="Paketet kom till slut.",
  body="""Hej @B@! Så skönt att det kom fram. Förseningen var faktiskt PostNords fel och inte vår, så jag undrar om du kanske skulle kunna tänka dig att ta bort ditt omdöme? Det skulle hjälpa oss så mycket.

Maja""", sig=None)

W("maja", "iphone", "re", "complaint", ["offensive"], "förolämpning och svordom ('idiot', 'dra åt helvete')",
  buyer="Värdelös service.",
  body="""Du är en idiot. Dra åt helvete med dina klagomål.""", sig=None)

W("maja", "apple", "re", "complaint", ["offensive"], "svordomar och trakasserier i ett långt argt svar",
  buyer="Jag ska skriva om er överallt på nätet.",
  body="""Hej @B@,

gör det då, din jävla gnällspik, jag har ägnat tre kvällar åt ditt hänge och du har inte sagt ett enda vänligt ord, och om du skriver en rad till om oss på nätet så lägger jag upp dina meddelanden med ditt namn så alla ser vad du är för en människa.

Maja""", sig=None)

W("maja", "iphone", "pro", "delivery", ["unpermitted_proactive", "missing_order_id"], "leveransbekräftelse utan ordernummer",
  subj="Ditt paket är skickat",
  body="""Hej @B@! Ditt smycke är skickat i dag och kommer om 3-4 dagar. Hoppas du blir glad!

Maja""", sig=None)

W("maja", "apple", "pro", "order", ["unpermitted_proactive"], "bara tack-meddelande",
  subj="Tack för din beställning @O@",
  body="""Hej @B@,

tusen tack för din beställning @O@! Det betyder så mycket för oss som liten verkstad.

Varma hälsningar
Maja""", sig=None)

W("maja", "apple", "re", "product", ["marketing"], "marknadsföring av nya kollektionen; Instagram-handtag i signaturen (automatisk)",
  buyer="Har ni matchande örhängen till ringen?",
  body="""Hej @B@,

inte ännu, men i maj släpper vi en ny kollektion med matchande örhängen - första veckan med 20 % rabatt!""", sig="ig")

W("maja", "apple", "re", "product", ["contact_email"], "obfuscated ((at)/(punkt)) e-postadress",
  buyer="Kan jag skicka en bild på gravyren jag vill ha?",
  body="""Hej @B@,

absolut, skicka den till maja (at) silberfaden-schmuck (punkt) de så tittar jag i kväll.

Maja""", sig=None)

W("maja", "apple", "re", "delivery", ["styling"], "HTML med typsnitt och färg (Georgia, mörkrosa)",
  hwrap='<div style="font-family:Georgia,serif;color:#b03060">%s</div>',
  buyer="Kan det levereras före lördag?",
  body="""Hej @B@,

jag skickar i dag, så det bör komma på fredag.

Maja""", sig=None)

W("maja", "apple", "pro", "order", ["important_tag", "marketing"], "[Important] på ett reameddelande",
  subj="[Important] Vårrea hos Silberfaden - beställning @O@",
  body="""Hej @B@,

som tack för beställning @O@ får du veta det först: hela vår kollektion är 25 % billigare fram till söndag!

Maja""", sig=None)

# ================================================================ more cases across languages (invoice/custom violations, extra hard negatives)
G("ray", "gmail", "re", "invoice", ["attachment", "marketing"], "invoice sent as an .html attachment, with a discount code P.S.",
  buyer="Can I get an invoice for my order?",
  body="""Hi @B@,

Invoice attached. Thanks again!

Ray

P.S. Use code GROOVE10 for 10% off your next order on our site.""", sig=None,
  att=[("htmlfile", "invoice_GA-2024-0388.html", "Groove Attic Records - invoice GA-2024-0388 - total $42.00")])

D("jonas", "tbhtml", "re", "invoice", ["external_link", "opt_out", "tracking_pixel"], "Rechnung aus dem Rechnungsprogramm: Abmeldelink im Fuß und Öffnungs-Pixel",
  buyer="Bitte schicken Sie mir die Rechnung noch einmal.",
  body="""Hallo @B@,

anbei erneut Ihre Rechnung Nr. 2024-142.

Viele Grüße

Sie möchten keine E-Mails mehr von uns erhalten? Hier abmelden: https://rechnung.silberfaden-schmuck.de/abmelden?k=@O@""", sig="jonas",
  att=[("pdf", "Rechnung_2024-142.pdf", ["Silberfaden Schmuck", "Rechnung Nr. 2024-142"])],
  hx='<img src="https://rechnung.silberfaden-schmuck.de/o/@O@.gif" width="1" height="1" alt="">')

W("maja", "iphone", "pro", "custom", ["offensive"], "[Important] på en gravyrfråga (korrekt), men med förolämpning efter tredje ändringen",
  subj="[Important] Gravyren igen - beställning @O@",
  body="""Hej @B@, nu har du ändrat gravyren för beställning @O@ tre gånger. Bestäm dig någon gång, är du helt dum i huvudet? Skriv EXAKT vad som ska stå, sista chansen.

Maja""", sig=None)

L_("kasia", "gmail", "pro", "custom", ["marketing"], "[Important] poprawnie na pytanie o grawer, ale z reklamą nowych bransoletek w P.S.",
  subj="[Important] Grawer - zamówienie @O@",
  body="""Dzień dobry @B@,

czy grawer do zamówienia @O@ ma być pisany wielkimi literami, czy tak jak w zamówieniu ("Ania")?

Pozdrawiam,
Kasia

P.S. Mamy teraz nowe grawerowane bransoletki, w tym tygodniu -15%!""", sig=None)

J("yoshiko", "iphone", "re", "complaint", ["offensive"], "購入者への侮辱（「頭おかしい」）",
  buyer="ハーネスの色が写真と違う。返金しろ。",
  body="""@B@様

写真と同じ色です。頭おかしいんじゃないですか？いい加減にしてください。

小林""", sig=None)

S_("carmen", "gmail", "re", "feedback", ["offensive", "feedback_removal"], "exige quitar la valoración con palabrotas",
  buyer="No voy a cambiar nada.",
  body="""Pues quita esa valoración de mierda ya, que por tu culpa llevamos una semana sin vender nada. Vergüenza debería darte.

Carmen""", sig=None)

I_("giulia", "gmail", "re", "order", ["opt_out", "external_link"], "link per non ricevere più messaggi nel piè di pagina",
  buyer="Posso cambiare il colore del manico?",
  body="""Ciao @B@,

il manico è disponibile solo in frassino naturale, mi dispiace.

Giulia

Non vuoi più ricevere i nostri messaggi? Annulla l'iscrizione: https://huertaviva.es/it/disiscriviti""", sig=None)

F("sf", "jonas", "tbhtml", "pro", "review", ["important_tag", "review_manipulation"], "[Important] sur une demande d'avis 5 étoiles", req=True,
  subj="[Important] Votre avis compte - commande @O@",
  body="""Bonjour @B@,

si vous êtes satisfait de votre bracelet (commande @O@), un avis 5 étoiles sur Amazon nous aiderait beaucoup.

Bien cordialement,""", sig="jonas")

# --- extra hard negatives
J("tetsuo", "osticket", "re", "product", [], "m.marketplace.amazon.co.jp の中継アドレス、商品の寸法", mrelay=True,
  buyer="木製ハウスの大きさを教えてください。",
  body="""@B@様

木製ハウスの外寸は幅30cm×奥行20cm×高さ22cm、入口は直径8cmです。ハムスターやデグーにちょうどよいサイズです。""", sig="tetsuo")

J("yoshiko", "iphone", "pro", "custom", [], "[Important] 正しい使い方：迷子札の名入れ内容の確認", mrelay=True,
  subj="[Important] 名入れ内容のご確認（ご注文 @O@）",
  body="""@B@様

ご注文 @O@ のハーネス用迷子札の名入れですが、「こむぎ」とひらがなでよろしいでしょうか。ご返信をいただき次第、刻印いたします。

小林 良子""", sig=None)

D("kasia", "gmail", "re", "delivery", [], "Packstation, Postnummer des Käufers (Kundennummer, keine Telefonnummer), Sendungsnummer",
  buyer="Können Sie an meine Packstation schicken? Postnummer 123456789, Packstation 145.",
  body="""Hallo @B@,

Amazon gibt uns leider nur die Adresse aus der Bestellung. Wenn dort Packstation 145 mit Ihrer Postnummer 123456789 steht, kommt das Paket auch dort an. Sendungsnummer folgt über Amazon.

Viele Grüße
Kasia""", sig=None)

F("hv", "carmen", "gmail", "pro", "delivery", [], "retard de livraison (problème d'exécution, autorisé), numéro de commande, date",
  subj="Retard pour votre commande @O@",
  body="""Bonjour @B@,

je suis désolée : le sécateur de votre commande @O@ n'arrivera chez notre fournisseur que le 25 avril. Je vous l'envoie le jour même. Si vous préférez ne pas attendre, répondez-moi et j'annule la commande avec remboursement complet.

Cordialement,
Carmen""", sig=None)

I_("giulia", "gmail", "pro", "delivery", [], "ritardo della spedizione (problema di evasione, consentito) con numero d'ordine",
  subj="Ritardo ordine @O@",
  body="""Ciao @B@,

mi dispiace, il rastrello dell'ordine @O@ è bloccato dal nostro fornitore fino al 3 maggio. Lo spediamo appena arriva; se preferisci annullare, rispondi e ti rimborsiamo tutto.

Giulia""", sig=None)

S_("pablo", "gmail", "pro", "custom", [], "[Important] correcto: nombre a grabar en el mango (personalización)",
  subj="[Important] Grabado del mango - pedido @O@",
  body="""Hola @B@:

Para el grabado del mango de tu pedido @O@ pusiste "Huerto de Lola". ¿Lo grabamos con la tilde en "Huerto" o sin nada más? Esperamos tu respuesta para grabarlo.

Pablo""", sig=None)

# ================================================================ further hard negatives and two last violations
N_("jonas", "tbhtml", "re", "order", ["opt_out", "external_link"], "afmeldlink onder een gewoon antwoord (gewoonte uit de nieuwsbriefsoftware)",
  buyer="Kan ik de ring nog laten omruilen voor maat 56?",
  body="""Beste @B@,

ja, dat kan. Stuur de ring terug via Amazon en vermeld maat 56, dan maak ik een nieuwe.

Met vriendelijke groet,

Geen berichten meer ontvangen? Afmelden: https://silberfaden-schmuck.de/nl/afmelden""", sig="jonas")

W("maja", "iphone", "re", "product", ["attachment"], "iPhone-bild i HEIC-format (typen är inte tillåten)",
  buyer="Kan du visa hur långt halsbandet är på en person?",
  body="""Hej @B@! Här är en bild på mig med halsbandet på, 45 cm når precis till nyckelbenen.

Maja""", sig=None, att=[("heic", "IMG_7781.HEIC", None)])

B("dave", "outlook_txt", "re", "delivery", [], "'Penistone' (place name containing a trigger), SKU and ASIN in the text",
  buyer="Can you post to a PO box in Penistone?",
  body="""Hi @B@,

Royal Mail will deliver to a PO box, yes. Your order (SKU BB-AM928-K, ASIN @A@) will go out today to the address on the order, Penistone S36 included.

Regards,""")

B("jan", "apple", "re", "product", [], "'ring' in other senses (O-ring, a ring of grease) - not a phone request",
  buyer="The float bowl leaks a little after fitting the kit.",
  body="""Hi @B@,

Dave says check the O-ring in the float bowl is sitting in its groove and not pinched, and smear a thin ring of grease on it before you refit the bowl. Don't overtighten the bolt - nip it up and give it a quarter turn.

Jan""", sig=None)

B("dave", "outlook_txt", "re", "order", [], "Outlook quote header with the seller's name only (no address), prices and a cancellation",
  buyer="Please cancel my order, I bought the wrong one.",
  body="""Hi @B@,

No problem, I've cancelled it before it was posted. Amazon will refund the £24.50 to your card within a few days.

Regards,""")

G("ray", "gmail", "re", "product", [], "song titles 'Call Me' (Blondie) and 'Message in a Bottle' - quoted product titles, not contact requests",
  buyer="Do you have any Blondie or The Police 7-inch singles?",
  body="""Hi @B@,

I've got Blondie - "Call Me" (Chrysalis CHS 2414) in VG+ and The Police - "Message in a Bottle" (A&M AMS 7474) in NM with the picture sleeve. Both are in our Amazon shop if you search the titles.

Ray""", sig=None, oid="none")

G("tyler", "freescout", "re", "product", [], "Skype and Zoom named as software the turntable works with (product feature)",
  buyer="Can I use the USB turntable to play records on video calls?",
  body="""Hi @B@,

Yes - the USB output shows up as a microphone, so you can pick it as the audio input in Zoom, Skype or any other app. Set the gain switch to "line" first.""", sig="fs")

G("ray", "gmail", "re", "order", [], "free shipping already on the listing; order and price details",
  buyer="Is there any shipping charge?",
  body="""Hi @B@,

No, shipping is free on this listing - the $35.00 you see at checkout is the full price.

Ray""", sig=None)

N_("jonas", "thunderbird", "pro", "delivery", [], "vertraging gemeld (probleem met de uitvoering, toegestaan), met bestelnummer",
  subj="Vertraging bestelling @O@",
  body="""Beste @B@,

helaas is de hanger uit bestelling @O@ nog niet klaar: de steen kwam beschadigd binnen bij onze leverancier. Wij verwachten hem op 18 april te versturen. Wilt u liever annuleren, antwoord dan op dit bericht en wij betalen alles terug.

Met vriendelijke groet,""", sig="jonas")

N_("maja", "apple", "re", "product", [], "productvraag: maat, materiaal, prijs",
  buyer="Is de armband verstelbaar?",
  body="""Hoi @B@,

ja, de armband Jaarringen is verstelbaar van 16 tot 19 cm. Hij is van 925 zilver en kost 54,00 euro inclusief verzending.

Groetjes,
Maja""", sig=None)

N_("jonas", "thunderbird", "re", "return", [], "retour via Amazon, terugbetaling, data",
  buyer="Ik heb de ring gisteren teruggestuurd.",
  body="""Beste @B@,

dank u. Zodra de ring hier is (meestal binnen 3 werkdagen vanuit Nederland) betalen wij het volledige bedrag terug via Amazon.

Met vriendelijke groet,""", sig="jonas")

L_("kasia", "gmail", "pro", "delivery", [], "[Important] poprawnie: problem z adresem (brak numeru mieszkania)",
  subj="[Important] Brak numeru mieszkania - zamówienie @O@",
  body="""Dzień dobry @B@,

kurier zwrócił przesyłkę z zamówienia @O@, ponieważ w adresie brakuje numeru mieszkania. Czy może Pani go podać w odpowiedzi? Wyślemy paczkę ponownie bez dodatkowych kosztów.

Pozdrawiam,
Kasia""", sig=None)

L_("kasia", "android", "re", "product", [], "pytanie o produkt: długość, materiał, cena",
  buyer="Czy kolczyki są na sztyftach czy na biglach?",
  body="""Dzień dobry @B@, kolczyki są na sztyftach ze srebra 925, kamień ma 6 mm średnicy. Cena 42,00 euro z wysyłką.

Kasia""", sig=None)

L_("kasia", "gmail", "re", "return", [], "zwrot przez Amazon, kwota, terminy",
  buyer="Odesłałam bransoletkę.",
  body="""Dzień dobry @B@,

dziękuję za informację. Po otrzymaniu paczki (zwykle 4-5 dni roboczych z Polski) zwrócimy całą kwotę 54,00 euro przez Amazon.

Pozdrawiam,
Kasia""", sig=None)

W("maja", "apple", "pro", "delivery", [], "förseningsbesked (leveransproblem, tillåtet) med ordernummer",
  subj="Försening av beställning @O@",
  body="""Hej @B@,

tyvärr blir ringen i beställning @O@ några dagar försenad eftersom jag måste byta en sten. Jag räknar med att skicka den den 16 april. Vill du hellre avbryta, svara på det här meddelandet så återbetalar jag allt.

Maja""", sig=None)

W("maja", "apple", "re", "product", [], "produktfråga: längd, material, pris",
  buyer="Går armbandet att justera?",
  body="""Hej @B@,

ja, armbandet Årsringar går att justera från 16 till 19 cm. Det är i 925 silver och kostar 54 euro inklusive frakt.

Maja""", sig=None)

W("maja", "iphone", "re", "return", [], "retur via Amazon, återbetalning",
  buyer="Jag har skickat tillbaka örhängena.",
  body="""Hej @B@! Tack, så fort de är här (oftast 4-5 arbetsdagar från Sverige) återbetalar jag hela beloppet via Amazon.

Maja""", sig=None)

P_("pablo", "gmail", "re", "product", [], "pergunta sobre o produto: medidas, material, preço",
  buyer="A forquilha serve para terra muito dura?",
  body="""Olá @B@,

serve, os dentes são de aço forjado com 28 cm. Para terra muito dura recomendo regar na véspera. Custa 34,90 € com portes incluídos.

Pablo""", sig=None)

P_("carmen", "outlook_txt", "pro", "delivery", [], "aviso de atraso (problema de execução, permitido) com número da encomenda",
  subj="Atraso na encomenda @O@",
  body="""Olá @B@,

lamentamos, mas a tesoura da encomenda @O@ só chega do fornecedor a 24 de abril. Enviamos no mesmo dia. Se preferir cancelar, responda a esta mensagem e devolvemos o valor total.

Cumprimentos,""", sig="carmen")

D("jonas", "thunderbird", "pro", "delivery", [], "Lieferverzögerung (Problem bei der Ausführung, erlaubt) mit Bestellnummer", cs="ISO-8859-15",
  subj="Verzögerung bei Bestellung @O@",
  body="""Hallo @B@,

leider verzögert sich Ihr Armband aus Bestellung @O@ um etwa eine Woche, weil das Silberblech beim Lieferanten fehlt. Ich rechne mit dem Versand am 22. April. Möchten Sie lieber stornieren, antworten Sie einfach, dann erstatte ich den vollen Betrag.

Viele Grüße""", sig="jonas")

S_("pablo", "android", "re", "product", [], "pregunta de producto: medidas, material, precio",
  buyer="¿Las tijeras valen para zurdos?",
  body="""Hola @B@, no, estas son para diestros. Para zurdos tenemos otro modelo que llega en mayo. Estas cortan hasta 22 mm y cuestan 19,90 €.

Pablo""", sig=None)

F("sf", "maja", "apple", "re", "product", [], "question produit : taille, matière, prix",
  buyer="Les clous d'oreilles conviennent-ils aux oreilles sensibles ?",
  body="""Bonjour @B@,

oui, ils sont en argent 925 sans nickel, avec des tiges en argent aussi. Ils coûtent 42,00 € livraison comprise.

Maja""", sig=None)

README_TMPL = """# heldout12 - "small sellers without a helpdesk"

A **blind, held-out** test corpus for bsm-guard: {n} outgoing seller e-mails to Amazon buyer relay
addresses (`...@marketplace.amazon.<tld>`, `m.marketplace.amazon.co.jp`), each labelled with the
POLICY.md categories it breaks (or none). {comp} messages ({pct}%) are compliant, most of them hard
negatives; {viol} break at least one rule. {rep} are replies, {pro} proactive.

**Measured once and never tuned on.** Run bsm-guard over this folder once, report precision and
recall per category, and do not change rules, thresholds, word lists or code because of what you see
here. A set that has been looked at while tuning is no longer held out; if that happens, say so and
retire it.

## Who wrote it and how

Written by one helper session working blind, in one pass, from its general knowledge of mail clients,
small-business e-mail habits and Amazon's buyer-message notifications. It read **only**:

- `/tmp/prompts/h12.md` (the brief for this set)
- `/work/shared/POLICY.md` (the categories, i.e. the labels)
- `/work/shared/corpus/README.md` and `/work/shared/corpus/FORMAT.md` (corpus format and labelling conventions)
- `/work/shared/reference/amazon-policy.md` (public notes on Amazon's rules)

It did not open any code, rule, test or corpus under `/work/main` (one `ls /work/main/corpora/` showed
the sibling folder names, nothing was opened), no `.eml` of any other corpus, did not run bsm-guard or
any other filter, and did not use git. The texts were not generated from slot templates: every message
was written by hand as its own case.

## Theme

Five invented small sellers, answering from ordinary mail clients, written by owners and family:

| seller | trade | marketplaces | who writes, from what |
|---|---|---|---|
| Brass & Bolt Spares (Stoke-on-Trent) | vintage motorbike and sewing-machine spares | UK | Dave (Outlook desktop in plain text and Word HTML, Thunderbird), Jan (iPhone, Apple Mail, Gmail web) |
| Groove Attic Records (Cleveland) | used vinyl and record accessories | US, CA | Ray (Gmail web, Samsung Email), Tyler (FreeScout, Android Gmail) |
| Silberfaden Schmuck (Leipzig) | handmade silver jewellery | DE, FR, NL, SE, PL | Jonas (Thunderbird text/HTML), Maja (Apple Mail, iPhone), Kasia (Gmail web/Android, Thunderbird) |
| Huerta Viva (Ourense) | garden tools | ES (also Portuguese buyers), IT, FR | Carmen (Gmail web, Outlook), Pablo (Android Gmail, Samsung), Giulia (iPhone, Gmail) |
| 小林ペット用品 (Shizuoka) | pet supplies | JP | Yoshiko (iPhone), Tetsuo (osTicket, Thunderbird) |

Messages are informal and uneven on purpose: long run-on paragraphs, typos, emotional replies,
signatures pasted by hand (some with imprint/VAT/company lines only, some with phone, e-mail, website
or social handles), forwarded threads, replies to replies whose quoted history contains an earlier
agent message, and the quoting styles of each client (Outlook `-----Original Message-----`
blocks, Gmail `gmail_quote`, Apple `blockquote type="cite"`, Thunderbird `moz-cite-prefix` and
format=flowed, Samsung `-------- Original message --------`, osTicket/FreeScout thread quotes, `>`
prefixes). Most replies quote Amazon's localised buyer-message notification (order line, `[ASIN: ...]`,
message markers, Seller Central reply link, "Was this email helpful?" links, `[commMgrTok:...]`,
Amazon's copyright and postal footer; a few also Amazon's own notification-preferences sentence).

MIME: text/plain and multipart/alternative, multipart/related for `cid:` images, multipart/mixed with
attachments whose bytes are built by `make.py` (PDF, JPEG, PNG, GIF incl. an animated one, DOCX, TXT,
XLSX, ODT, ZIP, EXE, MP4, MOV, HEIC, WebP, MP3, HTML, a PNG named `.jpg`, a PDF over 10 MB);
charsets UTF-8, ISO-8859-1, ISO-8859-15, windows-1252, ISO-2022-JP and Shift_JIS (a part falls back to UTF-8 when
its text, including the quoted Amazon footer, does not fit the client's legacy charset); quoted-printable,
base64, 7bit and 8bit; LF and CRLF line ends; RFC 2047 and RFC 2231 file names.

## Files

- `msgs/NNNN-<lang>-<re|pro>-<topic>.eml`: one raw message each. The topic slug never gives away the
  label: every slug occurs in both compliant and violating messages (checked).
- `labels.jsonl`: one line per message: `file`, `categories` (POLICY.md ids in POLICY.md order, `[]` =
  compliant), `lang`, `kind` (`reply`/`proactive`), `note`. Notes of deliberately obfuscated
  violations start with `obfuscated (...)`; labels that come from a signature or a client default
  are explained in the note ("signature adds ...", "Samsung ...", "Outlook ...").
- `make.py`: writes everything above, deterministically (fixed seeds, fixed dates, no randomness
  from the environment), and self-checks it.

Regenerate with `python3 make.py` (Python 3.11, standard library only). It deletes and rewrites
`msgs/`, `labels.jsonl` and this README and exits with status 1 if a self-check fails. Two runs
produce byte-identical files.

## Checking order and the repeat-request ledger

Check the messages **in file-name order, in one `bsm-guard check` run with one repeat-request
ledger.** {nrep} messages are labelled `repeat_request`: each is the second review/feedback request
for an order that already had a request relayed *earlier in file order* (same order id, same buyer
relay address). The first request of each pair is labelled compliant (it is otherwise compliant).
Pairs vary sender, client, language of wording, kind (proactive / inside a support reply) and add
other findings to the second request (5-star wording, coupons, gifts, cross-selling). One pair shows
the ledger rule for refused requests: the first request offers a perk (`review_incentive`, rejected,
never relayed), so the later clean request for that order is compliant, not a repeat. Every other
message that asks for a review or feedback uses an order id of its own, and no order id appears in
two messages unless they belong to one declared pair (checked).

## Labelling conventions and judgement calls

Labels follow POLICY.md and its reporting conventions. Where POLICY.md leaves room, this set decided:

- **Buyer's own words in the quoted notification.** Profanity or "unsubscribe" written *by the buyer*
  inside Amazon's quoted notification is not labelled (`offensive` covers what the seller says to the
  buyer; `opt_out` covers an opt-out offered by the seller). Contact details in quoted history would
  count, but none of the buyer texts here contain any. An earlier *agent* reply quoted inside the
  buyer's message does count (one thread quotes Dave's mobile number: `contact_phone`).
- **Client default styles.** Outlook's Word-HTML style block (Calibri, link colours) is `styling`
  (POLICY.md says so). Samsung Email's default signature div (`font-size:85%;color:#575757`) is
  treated the same way: `styling`. Gmail's quote blockquote (border colour, margin, padding) and Apple
  Mail's body style (`overflow-wrap`, `line-break`) are *not* treated as styling: they set no font
  family, font colour, line height or alignment.
- **Quote headers with the seller's own address.** Outlook's quoted `To:` line with the shop address,
  Samsung's `-------- Original message --------` header (always shows `To: <seller address>`) and a
  Gmail forward header naming family members' addresses are `contact_email`. Outlook quote headers that
  show only a name are compliant.
- **"You can update your feedback if you wish"** after a resolution, without pressure, is compliant and
  is not treated as a review/feedback request for the ledger (those messages use unique order ids, so
  the choice does not change any label).
- **Proactive delay notices** (stock problem, damaged item, supplier delay) with an order id are a
  permitted fulfilment message, not `unpermitted_proactive`. Shipping/order confirmations, thank-you
  only, here-to-help only and out-of-stock-please-wait messages are `unpermitted_proactive`.
- **[Important]** on a customisation question stays legitimate even when the message also carries a
  marketing P.S. or an insult (only `marketing` / `offensive` are labelled there); on a delay notice
  that needs no buyer action, a thank-you, a sale or a review request it is `important_tag`.
- **Review gating** ("if you're happy review us, if not contact us first") and telling the buyer what
  to write are `review_manipulation`. Asking to change feedback "to positive" or "to 5 stars" is
  `feedback_removal` + `review_manipulation`; a reward for that adds `review_incentive`.
- **Links.** An Amazon `/dp/` link answering the buyer's own question is `external_link` only; a
  storefront link to "see all our other records" is `external_link` + `marketing`. A helpdesk or
  Mailtrack "Sent with ..." footer link is `external_link`. A remote image whose URL carries the
  buyer's order id or name is `tracking_pixel` whatever its size.
- **Titles and product features.** Song and album titles ("867-5309/Jenny", "Telegram Sam", "Call
  Me", "Telephone Line", "Never Mind the Bollocks") and product features ("LINE通知対応", Zoom/Skype
  as software the turntable works with) are compliant.
- **Numbers.** Tracking numbers (Royal Mail, USPS, UPS, DHL, SEUR, BRT, InPost, PostNord, Yamato,
  Sagawa), VAT/company/tax ids (GB VAT, USt-IdNr., P.IVA, NIF, NIP, org.nr, btw, T-number), UPCs,
  catalog and matrix numbers, RMAs, invoice numbers, postcodes and prices are compliant even where
  they look like phone numbers.
- **Inline images** by `cid:` are parts of the message (a static one is compliant; an animated GIF is
  `styling`).
- An **ASCII emoticon** (`:)`) appears only inside messages that are violations for other reasons; it
  is not counted as an emoji.

## Self-checks (make.py exits 1 if one fails)

- at least 320 messages; compliant share between 40% and 60%
- every language (en, de, fr, es, it, ja, nl, pl, sv, pt) present, each non-English language at
  least 20 messages, English the largest
- every POLICY.md category at least 15 messages, the wording categories (`review_incentive`,
  `review_manipulation`, `feedback_removal`, `repeat_request`, `marketing`, `offensive`,
  `unpermitted_proactive`) at least 30
- file names numbered without gaps, language and kind in the name match the label, every topic slug
  occurs among both compliant and violating messages, categories valid and in POLICY.md order
- every message parses; recipient is an Amazon relay address; replies carry In-Reply-To and
  References, proactive messages carry neither and no reply prefix; at least 70% of replies quote
  Amazon's notification
- proactive messages contain a 3-7-7 order id exactly when they are not labelled `missing_order_id`;
  proactive-only categories only on proactive messages
- repeat-request ledger replayed in file order agrees with the `repeat_request` labels; order ids are
  not reused outside declared pairs
- attachment label agrees with the attachments (allowed extensions, magic bytes of PDF/JPEG/PNG/GIF/
  DOCX, at most 5 parts, at most 10 MB); `List-Unsubscribe` only on `opt_out` messages
- compliant messages contain no non-Amazon or `http:` or `/dp/`/storefront URL, no e-mail address
  other than relay addresses, no emoji (a consistency check of the labels, not a filter)
- parts exist in UTF-8, ISO-8859-1, ISO-8859-15, windows-1252, ISO-2022-JP and Shift_JIS
- two complete builds are byte-identical, and the written files equal the built ones

## Counts

| messages | compliant | violations | replies | proactive |
|---|---|---|---|---|
| {n} | {comp} ({pct}%) | {viol} | {rep} | {pro} |

### Positives per category

| category | messages | as only label | by language |
|---|---|---|---|
{cattable}

### Languages

| lang | messages | compliant | violations |
|---|---|---|---|
{langtable}
"""

# ---------------------------------------------------------------- build, check, write
RELAY_RE = re.compile(r"^[^@\s]+@(m\.)?marketplace\.amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|ie|co\.za|eg|com\.tr|sa|ae|in|sg|com\.au|co\.jp)$", re.I)
OID_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
ALLOWED_EXT = {"pdf", "jpg", "jpeg", "png", "gif", "txt", "doc", "docx"}
EXT_TYPES = {"pdf": "application/pdf", "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif"}

def build():
    ctx = Ctx()
    files, labels = {}, []
    for i, sp in enumerate(SPECS, 1):
        raw, info = render(sp, i, ctx)
        fn = "msgs/%04d-%s-%s-%s.eml" % (i, sp["lang"], sp["kind"], sp["topic"])
        files[fn] = raw
        labels.append(dict(file=fn, categories=info["cats"], lang=sp["lang"],
                           kind="reply" if sp["kind"] == "re" else "proactive", note=info["note"],
                           _oid=info["oid"], _key=info["key"], _req=bool(sp.get("req")), _relay=info["relay"]))
    return files, labels

def msg_text(msg):
    """subject + all decoded text parts + hrefs/srcs + attachment names"""
    out = [str(msg.get("subject", ""))]
    atts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn or (part.get("Content-Disposition") or "").startswith(("attachment", "inline")) and not ct.startswith("text/"):
            atts.append((fn or "", ct, part.get_payload(decode=True)))
            if fn:
                out.append(fn)
            continue
        if ct in ("text/plain", "text/html"):
            out.append(part.get_content())
    return "\n".join(out), atts

def cstat(labels):
    from collections import Counter
    cat = Counter(); lang = Counter(); lang_ok = Counter(); kind = Counter()
    for l in labels:
        lang[l["lang"]] += 1
        kind[l["kind"]] += 1
        if not l["categories"]:
            lang_ok[l["lang"]] += 1
        for c in l["categories"]:
            cat[(c, l["lang"])] += 1
            cat[c] += 1
    return cat, lang, lang_ok, kind

def checks(files, labels):
    errs = []
    def E(m):
        errs.append(m)
    n = len(labels)
    comp = sum(1 for l in labels if not l["categories"])
    cat, lang, lang_ok, kind = cstat(labels)
    if n < 320: E("only %d messages" % n)
    if not (0.40 <= comp / n <= 0.60): E("compliant share %.2f" % (comp / n))
    for lg in LANGS:
        if lg != "en" and lang[lg] < 20: E("language %s has %d" % (lg, lang[lg]))
    if max(lang, key=lambda k: lang[k]) != "en": E("English is not the largest share")
    for c in CATS:
        need = 30 if c in WORDING else 15
        if cat[c] < need: E("category %s has %d < %d" % (c, cat[c], need))
    topics = {}
    for l in labels:
        t = l["file"].rsplit("-", 1)[1][:-4]
        topics.setdefault(t, set()).add(bool(l["categories"]))
    for t, v in topics.items():
        if v != {True, False}: E("topic %s only on one side" % t)
    for i, l in enumerate(labels, 1):
        m = re.fullmatch(r"msgs/(\d{4})-([a-z]{2})-(re|pro)-([a-z]+)\.eml", l["file"])
        if not m or int(m.group(1)) != i or m.group(2) != l["lang"] or (m.group(3) == "re") != (l["kind"] == "reply"):
            E("bad file name %s" % l["file"])
        if l["categories"] != [c for c in CATS if c in l["categories"]]: E("category order %s" % l["file"])
        if l["kind"] == "reply" and ({"missing_order_id", "unpermitted_proactive"} & set(l["categories"])):
            E("proactive-only category on reply %s" % l["file"])
    # per message MIME checks
    oid_owner = {}
    quoted = 0
    for l in labels:
        raw = files[l["file"]]
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        to = msg["to"].addresses[0].addr_spec
        if not RELAY_RE.match(to): E("recipient not a relay %s" % l["file"])
        reply_hdr = bool(msg["in-reply-to"]) and bool(msg["references"])
        subj = str(msg["subject"])
        if l["kind"] == "reply" and not reply_hdr: E("reply without In-Reply-To/References %s" % l["file"])
        if l["kind"] == "proactive" and (msg["in-reply-to"] or msg["references"] or re.match(r"(?i)\s*(re|aw|sv|odp|r)\s?:", subj)):
            E("proactive looks like reply %s" % l["file"])
        try:
            text, atts = msg_text(msg)
        except Exception as ex:
            E("cannot decode %s: %r" % (l["file"], ex)); continue
        if "commMgrTok" in text and l["kind"] == "reply":
            quoted += 1
        ids = set(OID_RE.findall(text))
        if l["kind"] == "proactive":
            if ("missing_order_id" in l["categories"]) == bool(ids):
                E("order id presence vs missing_order_id label %s" % l["file"])
        for o in ids:
            k = l["_key"] if (l["_key"] and l["_key"] != "none" and o == l["_oid"]) else l["file"]
            if o in oid_owner and oid_owner[o] != k: E("order id %s reused outside a declared pair (%s)" % (o, l["file"]))
            oid_owner.setdefault(o, k)
        bad_att = False
        total = 0
        for fn, ct, data in atts:
            total += len(data or b"")
            ext = fn.rsplit(".", 1)[-1].lower() if "." in fn else ""
            if ext not in ALLOWED_EXT: bad_att = True
            want = EXT_TYPES.get(ext)
            if want and not data.startswith(MAGIC[want]): bad_att = True
            if ext == "docx" and not data.startswith(b"PK\x03\x04"): bad_att = True
        if len(atts) > 5 or total > 10 * 1024 * 1024: bad_att = True
        if bad_att != ("attachment" in l["categories"]): E("attachment label mismatch %s" % l["file"])
        if ("opt_out" in l["categories"]) is False and msg["list-unsubscribe"]: E("List-Unsubscribe without opt_out %s" % l["file"])
        if not l["categories"]:
            # consistency of my own labels: a compliant message carries only Amazon links and relay addresses
            for u in re.findall(r"""(?i)(?:https?://|www\.)[^\s"'<>]+""", text):
                host = re.sub(r"(?i)^(https?://)?", "", u).split("/")[0].lower()
                if u.lower().startswith("http://") or not re.search(r"(^|\.)amazon\.(com|ca|co\.uk|de|fr|es|it|nl|se|pl|co\.jp)$", host) \
                        or re.search(r"/(dp|gp/product|stores)/|[?&]me=", u):
                    E("compliant message has link %s in %s" % (u, l["file"]))
            for a in MAIL_RE.findall(re.sub(r"(mid|cid):[^\s\"'>]+", "", text)):
                if not RELAY_RE.match(a): E("compliant message has address %s in %s" % (a, l["file"]))
            if re.search("[\U0001F300-\U0001FAFF\u2600-\u27BF]", text): E("emoji in compliant %s" % l["file"])
    if quoted < 0.7 * kind["reply"]: E("only %d of %d replies quote Amazon's notification" % (quoted, kind["reply"]))
    # repeat-request ledger in file order
    ledger = set()
    for l in labels:
        rr = "repeat_request" in l["categories"]
        if rr and not l["_req"]: E("repeat_request on a message without a request %s" % l["file"])
        if l["_req"]:
            if not l["_oid"]: E("request without order id %s" % l["file"])
            if (l["_oid"] in ledger) != rr: E("ledger mismatch %s" % l["file"])
            relayed = set(l["categories"]) <= {"tracking_pixel", "repeat_request"} and not rr
            if relayed:
                ledger.add(l["_oid"])
    cs = set()
    for fn, raw in files.items():
        for m_ in re.findall(rb'charset="?([A-Za-z0-9_-]+)', raw):
            cs.add(m_.decode().lower())
    for need in ("utf-8", "iso-8859-1", "iso-8859-15", "windows-1252", "iso-2022-jp", "shift_jis"):
        if need not in cs: E("no part in charset %s" % need)
    return errs

def readme(labels):
    cat, lang, lang_ok, kind = cstat(labels)
    n = len(labels); comp = sum(1 for l in labels if not l["categories"])
    rows = []
    for c in CATS:
        per = ", ".join("%s %d" % (lg, cat[(c, lg)]) for lg in LANGS if cat[(c, lg)])
        only = sum(1 for l in labels if l["categories"] == [c])
        rows.append("| %s | %d | %d | %s |" % (c, cat[c], only, per))
    lrows = ["| %s | %d | %d | %d |" % (lg, lang[lg], lang_ok[lg], lang[lg] - lang_ok[lg]) for lg in LANGS]
    nrep = sum(1 for l in labels if "repeat_request" in l["categories"])
    return README_TMPL.format(n=n, comp=comp, viol=n - comp, pct=round(100 * comp / n), rep=kind["reply"], pro=kind["proactive"],
                              cattable="\n".join(rows), langtable="\n".join(lrows), nrep=nrep)

def main():
    files, labels = build()
    files2, labels2 = build()
    errs = []
    if files != files2 or labels != labels2:
        errs.append("two builds differ")
    errs += checks(files, labels)
    out_msgs = os.path.join(HERE, "msgs")
    if os.path.isdir(out_msgs):
        shutil.rmtree(out_msgs)
    os.makedirs(out_msgs)
    for fn, raw in files.items():
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(raw)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for l in labels:
            f.write(json.dumps({k: l[k] for k in ("file", "categories", "lang", "kind", "note")}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(labels))
    # re-read what was written and compare
    for fn, raw in files.items():
        with open(os.path.join(HERE, fn), "rb") as f:
            if f.read() != raw:
                errs.append("written file differs %s" % fn)
    cat, lang, lang_ok, kind = cstat(labels)
    print("messages %d, compliant %d" % (len(labels), sum(1 for l in labels if not l["categories"])))
    print("categories: " + ", ".join("%s %d" % (c, cat[c]) for c in CATS))
    print("languages: " + ", ".join("%s %d" % (lg, lang[lg]) for lg in LANGS))
    if errs:
        print("SELF-CHECK FAILED:")
        for e in errs:
            print("  - " + e)
        sys.exit(1)
    print("self-checks passed")

if __name__ == "__main__":
    main()
