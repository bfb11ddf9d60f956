#!/usr/bin/env python3
"""heldout16 generator: blind held-out corpus for bsm-guard (stdlib only, deterministic)."""
import base64, binascii, hashlib, io, json, os, quopri, random, re, struct, sys, zipfile, zlib
import email, email.policy
from email.header import Header, decode_header, make_header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = ["external_link","contact_email","contact_phone","contact_other","review_incentive",
 "review_manipulation","feedback_removal","repeat_request","marketing","opt_out","tracking_pixel",
 "attachment","styling","offensive","important_tag","missing_order_id","unpermitted_proactive"]
WORDING = ["review_incentive","review_manipulation","feedback_removal","repeat_request","marketing","offensive","unpermitted_proactive"]
LANGS = ["en","de","fr","es","it","ja","nl","pl","sv","pt"]

# ---------------------------------------------------------------- attachments (real bytes)
def mk_pdf(txt="Invoice"):
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"]
    stream = ("BT /F1 14 Tf 60 780 Td (%s) Tj ET" % txt.encode("ascii","replace").decode()).encode()
    objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"; offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs)+1)
    for o in offs: out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs)+1, x)
    return out
def mk_png(w=4, h=3, rgb=(200,60,40)):
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t+d) & 0xffffffff)
    raw = b"".join(b"\x00" + bytes(rgb)*w for _ in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
GIF1 = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
def mk_gif_anim():
    fr = b"!\xf9\x04\x04\x32\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00"
    return b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00" + fr + fr + b";"
def mk_jpeg():
    seg = lambda m, d: b"\xff" + m + struct.pack(">H", len(d)+2) + d
    return (b"\xff\xd8" + seg(b"\xe0", b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00") + seg(b"\xdb", b"\x00" + b"\x01"*64)
            + seg(b"\xc0", b"\x08\x00\x08\x00\x08\x01\x01\x11\x00") + seg(b"\xc4", b"\x00" + b"\x01" + b"\x00"*15 + b"\x00")
            + seg(b"\xc4", b"\x10" + b"\x01" + b"\x00"*15 + b"\x00") + seg(b"\xda", b"\x01\x01\x00\x00\x3f\x00") + b"\x3f\xff\xd9")
def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in files:
            zi = zipfile.ZipInfo(n, (2026, 12, 1, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, d)
    return bio.getvalue()
def mk_docx(t="Return form"):
    return _zip([("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % t)])
def mk_xlsx():
    return _zip([("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Preise" sheetId="1"/></sheets></workbook>')])
def mk_exe():
    h = bytearray(b"MZ" + b"\x90\x00" + b"\x00"*56); h[0x3c:0x40] = struct.pack("<I", 0x40)
    return bytes(h) + b"PE\x00\x00" + struct.pack("<HHIIIHH", 0x14c, 1, 0x5F000000, 0, 0, 0xe0, 0x102) + b"\x00"*0xe0 + b"This program cannot be run in DOS mode.\r\n"
def mk_mp4():
    ftyp = b"ftypisom\x00\x00\x02\x00isomiso2avc1mp41"
    return struct.pack(">I", len(ftyp)+4) + ftyp + struct.pack(">I", 16) + b"mdat" + b"\x00"*8
def mk_heic():
    ftyp = b"ftypheic\x00\x00\x00\x00mif1heic"
    return struct.pack(">I", len(ftyp)+4) + ftyp + struct.pack(">I", 12) + b"meta" + b"\x00"*4
def mk_webp():
    vp8l = b"VP8L" + struct.pack("<I", 5) + b"\x2f\x00\x00\x00\x00" + b"\x00"
    return b"RIFF" + struct.pack("<I", 4 + len(vp8l)) + b"WEBP" + vp8l
def mk_ics():
    return b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//seller//EN\r\nBEGIN:VEVENT\r\nUID:delivery-1@example.invalid\r\nDTSTART:20261210T090000Z\r\nSUMMARY:Delivery\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
ATT = {  # kind: (mime type, builder, allowed)
 "pdf": ("application/pdf", lambda n: mk_pdf(n), True), "jpg": ("image/jpeg", lambda n: mk_jpeg(), True),
 "png": ("image/png", lambda n: mk_png(), True), "gif": ("image/gif", lambda n: GIF1, True),
 "txt": ("text/plain", lambda n: ("Serial / Seriennummer: SN-77120-4B\n").encode(), True),
 "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", lambda n: mk_docx(), True),
 "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", lambda n: mk_xlsx(), False),
 "zip": ("application/zip", lambda n: _zip([("photos/readme.txt", "see photos")]), False),
 "exe": ("application/x-msdownload", lambda n: mk_exe(), False), "mp4": ("video/mp4", lambda n: mk_mp4(), False),
 "heic": ("image/heic", lambda n: mk_heic(), False), "webp": ("image/webp", lambda n: mk_webp(), False),
 "ics": ("text/calendar", lambda n: mk_ics(), False),
 "agif": ("image/gif", lambda n: mk_gif_anim(), True),
 "fakejpg": ("image/jpeg", lambda n: mk_png(), False),
 "fakepdf": ("application/pdf", lambda n: mk_exe(), False),  # .pdf name, PE bytes
}
MAGIC = {"fakejpg": b"\xff\xd8\xff", "agif": b"GIF8", "pdf": b"%PDF", "jpg": b"\xff\xd8\xff", "png": b"\x89PNG", "gif": b"GIF8", "docx": b"PK", "txt": b""}

# ---------------------------------------------------------------- sellers and languages
SELLERS = {
 "nordfjell": ("NordFjell Outdoor", "nordfjell-outdoor.se", "Trengo"),
 "lumina": ("Casa Lumina", "casalumina-home.it", "Gorgias"),
 "kitsune": ("Kitsune Kitchen", "kitsune-kitchen.jp", "Gmail"),
 "maple": ("Maple & Pine Crafts", "mapleandpine.ca", "Helpwise"),
 "wisla": ("Wisla Tools", "wislatools.pl", "Outlook"),
 "brise": ("Atelier Brise", "atelier-brise.fr", "Missive"),
 "solaris": ("Solaris Tech", "solaristech.com.br", "Richpanel"),
 "thistle": ("Thistle Home", "thistlehome.co.uk", "Gladly"),
}
# lang: [(seller, tld)]
MARKETS = {"en": [("thistle","co.uk"),("maple","ca"),("kitsune","com"),("solaris","com")],
 "de": [("nordfjell","de"),("wisla","de")], "fr": [("brise","fr"),("maple","ca"),("brise","com.be")],
 "es": [("lumina","es"),("solaris","com.mx")], "it": [("lumina","it")], "ja": [("kitsune","co.jp")],
 "nl": [("nordfjell","nl"),("brise","com.be")], "pl": [("wisla","pl")], "sv": [("nordfjell","se")], "pt": [("solaris","com.br")]}
CHARSETS = {"en": ["utf-8","us-ascii","windows-1252","utf-8"], "de": ["iso-8859-15","utf-8","iso-8859-1","windows-1252"],
 "fr": ["iso-8859-1","utf-8","windows-1252","iso-8859-15"], "es": ["utf-8","iso-8859-1","windows-1252"],
 "it": ["iso-8859-15","utf-8","windows-1252"], "ja": ["iso-2022-jp","shift_jis","utf-8"], "nl": ["utf-8","iso-8859-1","windows-1252"],
 "pl": ["iso-8859-2","utf-8"], "sv": ["iso-8859-1","utf-8","iso-8859-15"], "pt": ["utf-8","iso-8859-1","windows-1252"]}
L = {}
def lang(code, **kw): L[code] = kw
lang("en", msg=("------------- Message: -------------", "------------- End message -------------"), oid="Order ID:", item="Item:",
  reply="Reply in Seller Central:", helpful="Was this email helpful?",
  foot="Copyright 2026 Amazon.com, Inc. or its affiliates. All rights reserved.\nAmazon.com, 410 Terry Avenue North, Seattle, WA 98109-5210",
  subj="Inquiry from Amazon customer {n} (Order: {oid})", re="Re: ", intro="On {d}, {n} - Amazon Marketplace <{r}> wrote:",
  ol=("From", "Sent", "To", "Subject"), names=["Jordan","Priya","Megan","Tom","Dale","Aisha","Chris","Hannah"],
  greet=["hi {n},","Hi {n}","hey {n} -","Hello {n},","{n},"], sign=["thx\n{a}","cheers, {a}","- {a} / {s}","Thanks!\n{a}","{a}\n{s} support"],
  titles=["Cast Iron Skillet 26cm","Wool Throw Blanket Grey","Bamboo Chopping Board Set","LED Desk Lamp DL-40"],
  buyer=["hi where is my order? it said tuesday","the lid arrived cracked, what now","can i return this, wrong colour","do you ship to alaska?","Item never came. Want my money back.","is this dishwasher safe"],
  agents=["Sam","Kelly","Ben","Rosie"])
lang("de", msg=("------------- Nachricht: -------------", "------------- Ende der Nachricht -------------"), oid="Bestellnummer:", item="Artikel:",
  reply="In Seller Central antworten:", helpful="War diese E-Mail hilfreich?",
  foot="Copyright 2026 Amazon EU S.à r.l. oder Tochtergesellschaften. Alle Rechte vorbehalten.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg",
  subj="Anfrage von Amazon-Kunde {n} (Bestellung: {oid})", re="AW: ", intro="Am {d} schrieb {n} - Amazon Marketplace <{r}>:",
  ol=("Von", "Gesendet", "An", "Betreff"), names=["Jürgen","Sabine","Lukas","Frau Özdemir","Heike","Tobias"],
  greet=["Hallo {n},","Hi {n}","Moin {n},","Guten Tag {n},","Servus {n}"], sign=["LG {a}","mfg\n{a}","Viele Grüße\n{a} / {s}","Gruß {a}","bg {a}"],
  titles=["Trekkingstöcke Carbon 2er Set","Schlafsack Fjäll -5°C","Akkuschrauber WT-18 Li","Bitset 32-tlg."],
  buyer=["Wo bleibt mein Paket??","Der Akku lädt nicht, was tun","kann ich das zurückschicken, passt nicht","Rechnung bitte mit USt-ID","Reißverschluss kaputt nach 2 Tagen"],
  agents=["Jana","Mats","Piotr","Ida"])
lang("fr", msg=("------------- Message : -------------", "------------- Fin du message -------------"), oid="N° de commande :", item="Article :",
  reply="Répondre dans Seller Central :", helpful="Cet e-mail vous a-t-il été utile ?",
  foot="Copyright 2026 Amazon EU S.à r.l. ou ses filiales. Tous droits réservés.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg",
  subj="Demande de renseignements du client Amazon {n} (Commande : {oid})", re="RE: ", intro="Le {d}, {n} - Amazon Marketplace <{r}> a écrit :",
  ol=("De", "Envoyé", "À", "Objet"), names=["Camille","Jean-Philippe","Nathalie","Mathieu","Sylvie","Gaétan"],
  greet=["Bonjour {n},","Bonjour,","Allo {n}","Salut {n},","Bonsoir {n},"], sign=["cdlt\n{a}","Bonne journée, {a}","{a} – {s}","Merci, {a}","bonne soirée\n{a}"],
  titles=["Bougie parfumée Figue 220 g","Plaid en lin Écru","Tasse en grès Brise 35 cl","Panier tressé osier M"],
  buyer=["Bonjour, mon colis n'est toujours pas arrivé","la tasse est arrivée ébréchée","je peux échanger la couleur?","Il me faut une facture avec TVA svp","c'est quoi ce délai???"],
  agents=["Léa","Hugo","Margaux","Élodie"])
lang("es", msg=("------------- Mensaje: -------------", "------------- Finalizar mensaje -------------"), oid="N.º de pedido:", item="Artículo:",
  reply="Responder en Seller Central:", helpful="¿Te ha resultado útil este mensaje?",
  foot="Copyright 2026 Amazon.com, Inc. o sus filiales. Todos los derechos reservados.",
  subj="Consulta del cliente de Amazon {n} (Pedido: {oid})", re="RE: ", intro="El {d}, {n} - Amazon Marketplace (<{r}>) escribió:",
  ol=("De", "Enviado", "Para", "Asunto"), names=["Lucía","Javier","Maite","Óscar","Guadalupe","Rodrigo"],
  greet=["Hola {n},","Buenas {n}","Hola!","Buenos días {n},","Qué tal {n},"], sign=["saludos\n{a}","Un saludo, {a}","{a} · {s}","gracias!\n{a}","abrazo, {a}"],
  titles=["Lámpara de mesa cerámica Terra","Juego de sábanas percal 150","Cargador USB-C 65W SX-65","Cafetera italiana 6 tazas"],
  buyer=["Hola, el pedido llegó incompleto","cuando llega??","la lámpara no enciende","necesito factura a nombre de empresa","quiero devolverlo"],
  agents=["Marta","Diego","Carla","Iñaki"])
lang("it", msg=("------------- Messaggio: -------------", "------------- Fine messaggio -------------"), oid="Numero ordine:", item="Articolo:",
  reply="Rispondi in Seller Central:", helpful="Questa e-mail ti è stata utile?",
  foot="Copyright 2026 Amazon EU S.à r.l. o società affiliate. Tutti i diritti riservati.",
  subj="Richiesta dal cliente Amazon {n} (Ordine: {oid})", re="R: ", intro="Il giorno {d} {n} - Amazon Marketplace <{r}> ha scritto:",
  ol=("Da", "Inviato", "A", "Oggetto"), names=["Giulia","Marco","Francesca","Davide","Rosaria","Luca"],
  greet=["Ciao {n},","Buongiorno {n},","Salve,","Gentile {n},","ciao!"], sign=["grazie, {a}","Saluti\n{a}","{a} - {s}","buona giornata\n{a}","a presto, {a}"],
  titles=["Lampada da tavolo Luna ottone","Set lenzuola lino salvia","Vaso in ceramica Rialto","Tovaglia antimacchia 140x240"],
  buyer=["il pacco non è ancora arrivato","il vaso è arrivato rotto","posso avere la fattura?","si può cambiare colore?","ma è uno scherzo??"],
  agents=["Chiara","Paolo","Sara","Enzo"])
lang("ja", msg=("------------- メッセージ: -------------", "------------- メッセージ終了 -------------"), oid="注文番号:", item="商品:",
  reply="セラーセントラルで返信:", helpful="このメールは役に立ちましたか？",
  foot="Copyright 2026 Amazon.com, Inc. or its affiliates. All rights reserved.\nアマゾンジャパン合同会社 〒153-0064 東京都目黒区下目黒1-8-1",
  subj="Amazonのお客様 {n} からのお問い合わせ (注文: {oid})", re="Re: ", intro="{d} {n} - Amazon Marketplace <{r}>:",
  ol=("差出人", "送信日時", "宛先", "件名"), names=["佐藤","鈴木","高橋","田中","伊藤","山本"],
  greet=["{n}様","{n}様\n\nお問い合わせありがとうございます。","{n} 様","お世話になっております。{n}様"], sign=["{s} {a}","よろしくお願いいたします。\n{a}","{a}（{s}）","以上、宜しくお願い致します。{a}"],
  titles=["南部鉄器 急須 0.6L","包丁 三徳 165mm","竹製せいろ 21cm","土鍋 8号"],
  buyer=["まだ届きません","急須が欠けていました","返品できますか？","領収書をください","色違いに交換できますか"],
  agents=["木村","中島","小林"])
lang("nl", msg=("------------- Bericht: -------------", "------------- Einde bericht -------------"), oid="Bestelnummer:", item="Artikel:",
  reply="Beantwoorden in Seller Central:", helpful="Was deze e-mail nuttig?",
  foot="Copyright 2026 Amazon EU S.à r.l. of gelieerde ondernemingen. Alle rechten voorbehouden.",
  subj="Vraag van Amazon-klant {n} (Bestelling: {oid})", re="Re: ", intro="Op {d} schreef {n} - Amazon Marketplace <{r}>:",
  ol=("Van", "Verzonden", "Aan", "Onderwerp"), names=["Sanne","Joris","Fleur","Bram","Mieke","Wout"],
  greet=["Hoi {n},","Hallo {n},","Beste {n},","Dag {n}","Goedemiddag {n},"], sign=["gr {a}","Groetjes, {a}","mvg\n{a}","{a} | {s}","fijne dag! {a}"],
  titles=["Regenjas Vind unisex","Thermosfles 0,75 l","Linnen kussenhoes oker","Wandelsokken 3-pack"],
  buyer=["waar blijft mijn pakket?","rits is kapot","kan ik ruilen voor maat L?","factuur graag met btw","niet ontvangen!!"],
  agents=["Noor","Daan","Eline"])
lang("pl", msg=("------------- Wiadomość: -------------", "------------- Koniec wiadomości -------------"), oid="Numer zamówienia:", item="Produkt:",
  reply="Odpowiedz w Seller Central:", helpful="Czy ten e-mail był pomocny?",
  foot="Copyright 2026 Amazon EU S.à r.l. lub jej podmioty stowarzyszone. Wszelkie prawa zastrzeżone.",
  subj="Zapytanie od klienta Amazon {n} (Zamówienie: {oid})", re="Odp: ", intro="W dniu {d} {n} - Amazon Marketplace <{r}> napisał(a):",
  ol=("Od", "Wysłano", "Do", "Temat"), names=["Katarzyna","Michał","Agnieszka","Paweł","Zofia","Grzegorz"],
  greet=["Dzień dobry,","Witam,","Cześć {n},","Dzień dobry Pani {n},","Hej {n}"], sign=["pozdrawiam\n{a}","Pozdr. {a}","{a} / {s}","dzięki, {a}","Miłego dnia\n{a}"],
  titles=["Wiertarka udarowa WT-750","Zestaw kluczy nasadowych 94 el.","Poziomica laserowa PL-3","Szlifierka kątowa 125 mm"],
  buyer=["gdzie jest moja paczka","wiertarka nie działa","potrzebuję faktury na firmę","chcę zwrócić","brakuje walizki w zestawie"],
  agents=["Ola","Bartek","Kasia"])
lang("sv", msg=("------------- Meddelande: -------------", "------------- Slut på meddelande -------------"), oid="Beställningsnummer:", item="Artikel:",
  reply="Svara i Seller Central:", helpful="Var det här e-postmeddelandet till hjälp?",
  foot="Copyright 2026 Amazon EU S.à r.l. eller dess dotterbolag. Alla rättigheter förbehållna.",
  subj="Förfrågan från Amazon-kund {n} (Beställning: {oid})", re="SV: ", intro="Den {d} skrev {n} - Amazon Marketplace <{r}>:",
  ol=("Från", "Skickat", "Till", "Ämne"), names=["Elin","Johan","Maja","Oskar","Linnea","Per"],
  greet=["Hej {n}!","Hej,","Hejsan {n}","Hej {n},","Tjena {n}"], sign=["mvh {a}","Hälsningar\n{a}","/{a}, {s}","tack! {a}","Ha det fint\n{a}"],
  titles=["Ryggsäck Fjällräv 28 l","Sovsäck Vinter -10°C","Termos stål 1 l","Pannlampa PL-300"],
  buyer=["när kommer paketet?","dragkedjan gick sönder","kan jag returnera?","behöver kvitto med moms","fel storlek skickad"],
  agents=["Astrid","Nils","Karin"])
lang("pt", msg=("------------- Mensagem: -------------", "------------- Encerrar mensagem -------------"), oid="Número do pedido:", item="Item:",
  reply="Responder no Seller Central:", helpful="Este e-mail foi útil?",
  foot="Copyright 2026 Amazon.com, Inc. ou suas afiliadas. Todos os direitos reservados.\nAmazon Serviços de Varejo do Brasil Ltda.",
  subj="Consulta do cliente da Amazon {n} (Pedido: {oid})", re="RES: ", intro="Em {d}, {n} - Amazon Marketplace <{r}> escreveu:",
  ol=("De", "Enviado", "Para", "Assunto"), names=["Thiago","Fernanda","Rafael","Juliana","Gabriel","Beatriz"],
  greet=["Olá {n},","Oi {n}!","Bom dia {n},","Oi,","Boa tarde {n}"], sign=["abs\n{a}","Att, {a}","{a} - {s}","valeu! {a}","Obrigado(a)\n{a}"],
  titles=["Fone Bluetooth ST-200","Carregador turbo 33W","Smartwatch Solaris Fit 2","Caixa de som portátil SB-10"],
  buyer=["meu pedido ainda não chegou","o fone parou de funcionar","preciso da nota fiscal","posso trocar?","veio faltando o cabo"],
  agents=["Camila","Bruno","Larissa"])
DATES = {"en": "Sun, Dec 6, 2026 at 9:14 PM", "de": "So., 6. Dez. 2026 um 21:14", "fr": "dim. 6 déc. 2026 à 21:14",
 "es": "dom, 6 dic 2026 a las 21:14", "it": "dom 6 dic 2026 alle ore 21:14", "ja": "2026年12月6日(日) 21:14",
 "nl": "zo 6 dec. 2026 om 21:14", "pl": "niedz., 6 gru 2026 o 21:14", "sv": "sön 6 dec. 2026 kl. 21:14", "pt": "dom., 6 de dez. de 2026 às 21:14"}

# ---------------------------------------------------------------- specs
SPECS = []
def M(lang, kind, topic, cats, note, text, **kw):
    assert all(c in CATS for c in cats), cats
    SPECS.append(dict(lang=lang, kind=kind, topic=topic, cats=[c for c in CATS if c in cats], note=note, text=text, **kw))

# ---------------------------------------------------------------- message building
PREFIX = {"com": ["111","112","113","114"], "ca": ["701","702"], "co.uk": ["202","203","204","206"], "de": ["302","303","304","306"],
 "fr": ["402","403","404"], "com.be": ["406","407"], "es": ["405","408"], "com.mx": ["701","702"], "it": ["403","405","171"],
 "co.jp": ["249","250","503"], "nl": ["408","171"], "pl": ["406","407"], "se": ["408","171"], "com.br": ["701","702"]}
def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
def qp(b):
    return quopri.encodestring(b, quotetabs=False)

class Ctx: pass

def notif(lg, c, style):
    D = L[lg]; t = c.tld
    link = ("https://sellercentral.amazon.%s/messaging/inbox?fi=%s&mid=%s" % (t, ("ORDER&oid=" + c.oid) if c.oid_in_notif else ("ASIN&asin=" + c.asin), c.tok.lower())) if style == 0 else \
           ("https://sellercentral.amazon.%s/gp/communication-manager/inbox.html?i=%s" % (t, c.tok))
    lines = [D["msg"][0], "", c.bq, "", D["msg"][1], ""]
    if c.oid_in_notif:
        if style == 0: lines += ["%s %s" % (D["oid"], c.oid), "%s %s [ASIN: %s]" % (D["item"], c.title, c.asin)]
        else: lines += ["# %s:" % c.oid, "1 / %s [ASIN: %s]" % (c.title, c.asin)]
    else:
        lines += ["%s %s [ASIN: %s]" % (D["item"], c.title, c.asin)]
    lines += ["", D["reply"], link, "", D["helpful"],
              "https://sellercentral.amazon.%s/gp/communication-manager/feedback.html?h=1&t=%s" % (t, c.tok),
              "https://sellercentral.amazon.%s/gp/communication-manager/feedback.html?h=0&t=%s" % (t, c.tok),
              "", "[commMgrTok:%s]" % c.tok, "", D["foot"]]
    return "\n".join(lines)

def build(i, sp, rng, pairs):
    lg = sp["lang"]; D = L[lg]; c = Ctx()
    mk = sp.get("mk") or MARKETS[lg][sp.get("market", i) % len(MARKETS[lg])]
    c.seller, c.tld = mk; shop, dom, hd = SELLERS[c.seller]
    key = sp.get("pair")
    if key and key in pairs: c.oid, c.relay, c.n = pairs[key]
    else:
        c.oid = "%s-%07d-%07d" % (rng.choice(PREFIX[c.tld]), rng.randrange(10**7), rng.randrange(10**7))
        loc = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(rng.choice([14, 15, 16])))
        dm = "%smarketplace.amazon.%s" % (rng.choice(["", "", "", "m."]), c.tld)
        c.relay = loc + "@" + dm
        if rng.random() < 0.08: c.relay = c.relay.upper()
        c.n = rng.choice(D["names"])
        if key: pairs[key] = (c.oid, c.relay, c.n)
    c.asin = "B0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
    c.title = rng.choice(D["titles"]); c.tok = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(13))
    c.a = rng.choice(D["agents"]); c.bq = sp.get("bq") or D["buyer"][i % len(D["buyer"])]
    c.oid_in_notif = not sp.get("nooid")
    fill = lambda s: s.replace("{oid}", c.oid).replace("{asin}", c.asin).replace("{n}", c.n).replace("{title}", c.title).replace("{a}", c.a).replace("{s}", shop)
    core = fill(sp["text"])
    g = fill(rng.choice(D["greet"])); s = fill(rng.choice(D["sign"]))
    agent = g + "\n\n" + core + "\n\n" + s if not sp.get("bare") else core
    reply = sp["kind"] == "reply"
    subj = sp.get("sub")
    if reply:
        c.asubj = base = D["subj"].replace("{n}", c.n).replace("{oid}", c.oid) if not sp.get("nooid") else D["subj"].split(" (")[0].replace("{n}", c.n)
        subj = (subj and fill(subj)) or (D["re"] + base)
    else:
        subj = fill(subj or {"en": "Order {oid}", "de": "Ihre Bestellung {oid}", "fr": "Votre commande {oid}", "es": "Tu pedido {oid}",
            "it": "Il tuo ordine {oid}", "ja": "ご注文 {oid} について", "nl": "Je bestelling {oid}", "pl": "Zamówienie {oid}",
            "sv": "Din beställning {oid}", "pt": "Seu pedido {oid}"}[lg])
    if sp.get("imp"): subj = rng.choice(["[Important] ", "[IMPORTANT] ", "[important] "]) + subj
    # quoted part
    quote_txt = ""; qstyle = sp.get("quote", "outlook" if hd == "Outlook" else "gmail")
    if reply:
        nt = notif(lg, c, rng.randrange(2))
        if qstyle == "outlook":
            ol = D["ol"]
            inner = "________________________________\n%s: %s - Amazon Marketplace <%s>\n%s: %s\n%s: %s\n%s: %s\n\n%s" % (
                ol[0], c.n, c.relay, ol[1], DATES[lg], ol[2], sp.get("olto", shop), ol[3], c.asubj, nt)
            if sp.get("prev"):
                prev = fill(sp["prev"])
                quote_txt = "________________________________\n%s: %s (%s)\n%s: %s\n\n%s\n\n%s" % (ol[0], c.a, shop, ol[1], DATES[lg], prev, inner)
            else: quote_txt = inner
        else:
            bl = D["intro"].replace("{d}", DATES[lg]).replace("{n}", c.n).replace("{r}", c.relay) + "\n" + "\n".join(("> " + l).rstrip() for l in nt.split("\n"))
            if sp.get("prev"):
                prev = fill(sp["prev"])
                pi = D["intro"].replace("{d}", DATES[lg]).replace("{n} - Amazon Marketplace <{r}>", "%s (%s)" % (c.a, shop)).replace("{n} - Amazon Marketplace (<{r}>)", "%s (%s)" % (c.a, shop))
                quote_txt = pi + "\n" + "\n".join(("> " + l).rstrip() for l in (prev + "\n\n" + bl).split("\n"))
            else: quote_txt = bl
    tail = {"Outlook": "\n\nGet Outlook for Android" if i % 2 else "\n\nGet Outlook for iOS", "Gmail": ""}.get(hd, "")
    text = agent + tail + ("\n\n" + quote_txt if quote_txt else "") + "\n"
    # html
    fmt = sp.get("fmt") or rng.choice(["plain", "alt", "alt", "plain"] + (["related"] if i % 5 == 0 else []))
    if sp.get("att") and fmt != "mixed": fmt = "mixed"
    html = None
    if fmt in ("alt", "related", "mixed") and (fmt != "mixed" or sp.get("mixalt", i % 2 == 0) or sp.get("html")):
        body = fill(sp.get("htmlbody") or "<div>%s</div>" % "<br>\n".join(esc(l) for l in agent.split("\n")))
        if sp.get("html"): body += "\n" + fill(sp["html"])
        if fmt == "related": body = '<div><img src="cid:logo@%s" alt="%s" width="120" height="40"></div>\n' % (dom, esc(shop)) + body
        if tail: body += "<br>\n<div>%s</div>" % esc(tail.strip())
        if quote_txt: body += '\n<br>\n<div class="quote">\n<blockquote type="cite">%s</blockquote>\n</div>' % "<br>\n".join(esc(re.sub(r"^(> ?)+", "", l)) for l in quote_txt.split("\n"))
        html = "<html><head><meta charset=\"@@CS@@\"></head><body>\n" + body + "\n</body></html>\n"
    # charset and cte
    cs = rng.choice(CHARSETS[lg]); cs = sp.get("cs", cs)
    def ok(cs, t):
        try: t.encode(cs); return True
        except (UnicodeEncodeError, LookupError): return False
    if not ok(cs, text) or (html and not ok(cs, html)): cs = "utf-8"
    if html: html = html.replace("@@CS@@", cs)
    def cte_for(cs, t):
        if sp.get("cte"): return sp["cte"]
        asc = all(ord(ch) < 128 for ch in t)
        if cs == "iso-2022-jp": return "7bit"
        if cs == "us-ascii" or (asc and rng.random() < 0.3): return "7bit"
        if cs == "shift_jis": return rng.choice(["base64", "8bit"])
        if cs == "utf-8": return rng.choice(["quoted-printable", "base64", "8bit", "quoted-printable"])
        return rng.choice(["quoted-printable", "8bit", "quoted-printable"])
    parts_txt = []
    def tpart(sub, t):
        cte = cte_for(cs, t); b = t.encode(cs)
        if cte == "7bit" and any(x > 127 for x in b): cte = "quoted-printable"
        body = qp(b) if cte == "quoted-printable" else base64.encodebytes(b) if cte == "base64" else b
        parts_txt.append((sub, t))
        return ("Content-Type: text/%s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n\n" % (sub, cs, "; format=flowed" if False else "", cte)).encode() + body
    bnd = lambda k: "----=_Part_%d_%s.%d" % (i, hashlib.md5(("%d%s" % (i, k)).encode()).hexdigest()[:16], k)
    def multi(sub, parts, k):
        b = bnd(k); out = ("Content-Type: multipart/%s; boundary=\"%s\"\n\n" % (sub, b)).encode()
        for p in parts: out += ("--%s\n" % b).encode() + p + b"\n"
        return out + ("--%s--\n" % b).encode()
    tp = tpart("plain", text)
    if html is not None:
        hp = tpart("html", html)
        alt = multi("alternative", [tp, hp], 1)
        if fmt == "related":
            img = ("Content-Type: image/png; name=\"logo.png\"\nContent-Transfer-Encoding: base64\nContent-ID: <logo@%s>\nContent-Disposition: inline; filename=\"logo.png\"\n\n" % dom).encode() + base64.encodebytes(mk_png(12, 4, (20, 90, 60)))
            top = multi("related", [alt, img], 2)
        else: top = alt
    else: top = tp
    atts = []
    if fmt == "mixed":
        ps = [top]
        for kind_, name in sp.get("att", []):
            mt, fn, _ = ATT[kind_]; data = fn(name)
            try: name.encode("ascii"); fp = 'filename="%s"' % name; np_ = 'name="%s"' % name
            except UnicodeEncodeError:
                fp = "filename*=utf-8''%s" % quote(name); np_ = 'name="%s"' % Header(name, "utf-8").encode()
            ps.append(("Content-Type: %s; %s\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; %s\n\n" % (mt, np_, fp)).encode() + base64.encodebytes(data))
            atts.append((kind_, name, data))
        top = multi("mixed", ps, 3)
    # headers
    try: subj.encode("ascii"); sh = subj
    except UnicodeEncodeError:
        hcs = {"ja": "iso-2022-jp"}.get(lg, "utf-8" if i % 3 else "iso-8859-1")
        try: subj.encode(hcs)
        except UnicodeEncodeError: hcs = "utf-8"
        sh = Header(subj, hcs).encode(maxlinelen=76)
    fromname = "%s | %s" % (c.a, shop)
    try: fromname.encode("ascii"); fh = '"%s"' % fromname
    except UnicodeEncodeError: fh = Header(fromname, "utf-8").encode()
    H = ["From: %s <support@%s>" % (fh, dom), "To: %s" % c.relay, "Subject: %s" % sh,
         "Date: Mon, 7 Dec 2026 %02d:%02d:%02d +0000" % (6 + i // 60 % 12, i % 60, (i * 7) % 60),
         "Message-ID: <%s.%d@%s>" % (hashlib.sha1(("m%d" % i).encode()).hexdigest()[:20], i, dom)]
    if reply:
        amz = "<0100018%s-%s-000000@email.amazonses.com>" % (hashlib.md5(("a%d" % i).encode()).hexdigest()[:9], hashlib.md5(("b%d" % i).encode()).hexdigest()[:24])
        H += ["In-Reply-To: %s" % amz, "References: %s" % amz]
    H.append("MIME-Version: 1.0")
    H.append({"Gmail": "User-Agent: Gmail mobile", "Outlook": "X-Mailer: Microsoft Outlook for %s" % ("Android" if i % 2 else "iOS")}.get(hd, "X-Mailer: %s" % hd))
    if sp.get("lue"): H.append("List-Unsubscribe: <https://lists.%s/u?r=%s>" % (dom, c.relay.split("@")[0]))
    raw = ("\n".join(H) + "\n").encode() + top
    crlf = sp.get("crlf", hd in ("Outlook", "Missive") or i % 7 == 0)
    if crlf: raw = raw.replace(b"\n", b"\r\n")
    c.subj = subj; c.text = text; c.html = html; c.parts = parts_txt; c.atts = atts; c.core = core; c.agent = agent
    c.fmt = fmt; c.cs = cs; c.crlf = crlf; c.reply = reply
    return raw, c

# ---------------------------------------------------------------- generation, checks, README
OID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
OPTOUT = re.compile(r"unsubscri|abmelden|abbestell|désinscri|desinscri|désabonn|darse de baja|darte de baja|disiscri|cancella l.iscrizione|配信停止|afmelden|uitschrijven|wypisa|wypisz|avregistr|avsluta prenumeration|descadastr|cancelar inscri|manage preferences|préférences", re.I)
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B06\u2934\u2935\u3030\u303D\u3297\u3299\uFE0F]")
def generate():
    rng = random.Random(16016)
    order = list(range(len(SPECS))); rng.shuffle(order)
    pos = {k: p for p, k in enumerate(order)}
    # first of a pair before the second
    byp = {}
    for k, sp in enumerate(SPECS):
        if sp.get("pair"): byp.setdefault(sp["pair"], {})[sp["role"]] = k
    for key, d in byp.items():
        a, b = d[1], d[2]
        if pos[a] > pos[b]:
            order[pos[a]], order[pos[b]] = b, a; pos[a], pos[b] = pos[b], pos[a]
    pairs = {}; out = []
    for i, k in enumerate(order, 1):
        sp = SPECS[k]
        if (sp.get("html") or sp.get("htmlbody")) and sp.get("fmt") in (None, "plain"): sp["fmt"] = "alt"
        r = random.Random(1000 + k * 7919)
        raw, c = build(i, sp, r, pairs)
        fn = "msgs/%04d-%s-%s-%s.eml" % (i, sp["lang"], "re" if sp["kind"] == "reply" else "pro", sp["topic"])
        out.append((fn, raw, c, sp))
    return out

FAIL = []
def chk(cond, msg):
    if not cond: FAIL.append(msg)

def relay_ok(a):
    return re.fullmatch(r"[a-z0-9]+(\+[a-z0-9-]+)?@(m\.)?marketplace\.amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|ie|co\.za|eg|com\.tr|sa|ae|in|sg|com\.au|co\.jp)", a.lower()) is not None

def checks(out, out2):
    chk([(f, r) for f, r, _, _ in out] == [(f, r) for f, r, _, _ in out2], "rebuild not byte-identical")
    n = len(out); comp = sum(1 for *_, sp in out if not sp["cats"])
    chk(n >= 300, "fewer than 300 messages"); chk(0.42 <= comp / n <= 0.55, "compliant ratio %.3f" % (comp / n))
    lc = {l: sum(1 for *_, sp in out if sp["lang"] == l) for l in LANGS}
    chk(all(v >= 20 for v in lc.values()), "language count %s" % lc); chk(max(lc, key=lc.get) == "en", "en not largest")
    for cat in CATS:
        k = sum(1 for *_, sp in out if cat in sp["cats"])
        chk(k >= (30 if cat in WORDING else 15), "category %s has %d" % (cat, k))
    topics = {}
    for *_, sp in out: topics.setdefault(sp["topic"], set()).add(bool(sp["cats"]))
    for t, v in topics.items(): chk(v == {True, False}, "topic %s only %s" % (t, v))
    cores = {}
    for f, raw, c, sp in out:
        chk(c.core not in cores, "shared agent text %s %s" % (f, cores.get(c.core))); cores[c.core] = f
        m = email.message_from_bytes(raw)
        chk(not m.defects, "defects %s" % f)
        got = []
        for p in m.walk():
            chk(not p.defects, "part defects %s" % f)
            if p.get_content_maintype() == "text" and not p.get_filename():
                got.append((p.get_content_subtype(), p.get_payload(decode=True).decode(p.get_content_charset()).replace("\r\n", "\n")))
        chk(got == c.parts, "text parts do not round-trip %s" % f)
        s = str(make_header(decode_header(m["Subject"])))
        chk(s == c.subj, "subject round-trip %s: %r" % (f, s))
        chk(relay_ok(m["To"]), "recipient %s" % f)
        kind = "reply" if (m["In-Reply-To"] or m["References"] or re.match(r"\s*(\[[^\]]*\]\s*)?(re|aw|r|sv|odp|res|wg|tr|fwd?)\s*:", s, re.I)) else "proactive"
        chk(kind == sp["kind"], "kind %s" % f)
        if kind == "reply": chk(not ({"missing_order_id", "unpermitted_proactive"} & set(sp["cats"])), "proactive-only cat on reply %s" % f)
        if kind == "proactive":
            has = bool(OID.search(c.subj) or OID.search(c.agent))
            chk(has != ("missing_order_id" in sp["cats"]), "order id rule %s" % f)
        if "missing_order_id" in sp["cats"]: chk(not OID.search(c.subj + c.text + (c.html or "")), "oid present in missing %s" % f)
        bad = len(c.atts) > 5 or any(not ATT[k][2] or not d.startswith(MAGIC[k]) for k, _, d in c.atts)
        chk(bad == ("attachment" in sp["cats"]), "attachment label %s" % f)
        fns = [p.get_filename() for p in m.walk() if p.get("Content-Disposition", "").startswith("attachment")]
        chk(fns == [nm for _, nm, _ in c.atts], "attachment names do not round-trip %s %s" % (f, fns))
        imp = re.search(r"\[important\]", c.subj, re.I) is not None
        if "important_tag" in sp["cats"]: chk(imp, "important label without tag %s" % f)
        chk(("opt_out" in sp["cats"]) or not sp.get("lue"), "lue without opt_out %s" % f)
        if not sp["cats"]:
            body = c.subj + "\n" + c.text + "\n" + (c.html or "")
            for u in re.findall(r"(?:https?://|www\.)[^\s<>\"']+", body, re.I):
                chk(re.match(r"https://(www\.|sellercentral\.)?amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|co\.jp)/", u) and "/dp/" not in u and "/stores/" not in u, "link %s in compliant %s" % (u, f))
            for a in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.sub(r"cid:[^\"\s]+", "", body)): chk(relay_ok(a) and a.lower() == c.relay.lower(), "address %s in compliant %s" % (a, f))
            for h in re.findall(r"(?:src|href)=\"([^\"]+)\"", c.html or ""): chk(h.startswith("cid:"), "src/href %s in compliant %s" % (h, f))
            chk(not EMOJI.search(body), "emoji in compliant %s" % f)
            chk(not OPTOUT.search(body), "opt-out wording in compliant %s" % f)
            chk("style=" not in (c.html or "") and "<center" not in (c.html or "").lower(), "style in compliant %s" % f)
            chk(not re.search(r"\n\n\n\n", c.text), "blank-line run in compliant %s" % f)
            chk(not imp or sp.get("impok"), "[Important] on compliant without impok %s" % f)
            chk(not sp.get("lue"), "lue compliant")
    # order ids shared only within pairs; ledger replay
    seen = {}
    for f, raw, c, sp in out:
        if OID.search(c.subj + c.agent) or c.reply:
            key = sp.get("pair") or f
            chk(seen.get(c.oid, key) == key, "order id shared %s" % f); seen[c.oid] = key
    ledger = set()
    for f, raw, c, sp in out:
        if sp.get("req"):
            k = (c.oid, c.relay.lower())
            chk((k in ledger) == ("repeat_request" in sp["cats"]), "ledger mismatch %s" % f)
            if set(sp["cats"]) <= {"tracking_pixel"}: ledger.add(k)
        else: chk("repeat_request" not in sp["cats"], "repeat without req %s" % f)

def main():
    out = generate(); out2 = generate()
    checks(out, out2)
    md = os.path.join(HERE, "msgs")
    os.makedirs(md, exist_ok=True)
    for x in os.listdir(md):
        if x.endswith(".eml"): os.remove(os.path.join(md, x))
    for f, raw, c, sp in out:
        with open(os.path.join(HERE, f), "wb") as fh: fh.write(raw)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for f, raw, c, sp in out:
            fh.write(json.dumps({"file": f, "categories": sp["cats"], "lang": sp["lang"], "kind": sp["kind"], "note": sp["note"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh: fh.write(readme(out))
    if FAIL:
        for x in FAIL[:60]: print("FAIL:", x)
        print("%d self-check failures" % len(FAIL)); sys.exit(1)
    print("ok: %d messages, all self-checks passed" % len(out))

def readme(out):
    n = len(out); comp = [x for x in out if not x[3]["cats"]]; rep = sum(1 for x in out if x[3]["kind"] == "reply")
    T = []
    a = T.append
    a("# heldout16: blind held-out corpus for bsm-guard\n")
    a("Written by a helper session, blind: the author read only `/work/shared/POLICY.md`, `/work/shared/corpus/README.md`, "
      "`/work/shared/corpus/FORMAT.md` and `/work/shared/reference/amazon-policy.md`, and nothing else of the project (no code, rules, tests or other corpora). "
      "bsm-guard was never run on these messages. All text was written by hand for this corpus from general knowledge of helpdesks, mail clients and Amazon's buyer-message notifications.\n")
    a("## Theme\n\nShort answers from eight invented small cross-border sellers (NordFjell Outdoor, Casa Lumina, Kitsune Kitchen, Maple & Pine Crafts, Wisla Tools, "
      "Atelier Brise, Solaris Tech, Thistle Home) on the US, CA (incl. French-Canadian buyers), MX, BR, UK, DE, FR, IT, ES, NL, BE, SE, PL and JP marketplaces, typed in "
      "helpdesk mobile apps and shared inboxes (Gorgias, Richpanel, Gladly, Trengo, Helpwise, Missive, Outlook mobile, Gmail mobile): terse, lower case, abbreviations, "
      "mixed languages. Replies quote Amazon's localised buyer-message notification (markers, order/item/ASIN lines, Seller Central reply link, "
      "\"Was this email helpful?\" links, `[commMgrTok:…]`, copyright footer) in Gmail (`>` quoting) or Outlook (`From:/Sent:/To:/Subject:` block) style; "
      "some threads quote an earlier agent reply.\n")
    a("| seller (invented) | From domain | client | marketplaces / languages |\n|---|---|---|---|")
    for k, (nm, dm, hd) in SELLERS.items():
        ms = sorted({"%s:%s" % (l, t) for l, lst in MARKETS.items() for (sk, t) in lst if sk == k})
        a("| %s | %s | %s | %s |" % (nm, dm, hd, ", ".join(ms)))
    a("\nEach language has the same coverage plan written in its own words: three repeat pairs (clean first request, second request plain / with a star request / with an incentive), incentive, gating, star-raising and threatening removal requests, three offensive replies, three marketing cases, three unpermitted proactive messages (with missing order id, `[Important]`, newsletter/opt-out), plus about ten hard negatives (tracking, invoice/VAT numbers with PDF, refunds with free/discount words, review words in other senses, feedback explained on request, firm answers to rude buyers, `[Important]` delivery/address/customisation, clean quoted threads, neutral 'feedback can be updated'). English adds the structural cases (signatures, obfuscation, pixels, attachments, styling, opt-out headers, ledger edge cases).\n")
    a("## Files\n\n- `make.py`: writes everything (Python 3.11, standard library only, fixed seeds, byte-identical output) and runs the self-checks; exit 1 on failure.\n"
      "- `msgs/NNNN-<lang>-<re|pro>-<topic>.eml`: the messages. Topic slugs occur among both compliant and violating messages.\n"
      "- `labels.jsonl`: one line per message in file order (`file`, `categories` in POLICY.md order, `lang`, `kind`, `note`).\n- `README.md`: this file (generated).\n")
    a("## Regenerating\n\n```\npython3 make.py\n```\n")
    a("## Checking order and the repeat-request ledger\n\nCheck the messages in file-name order in one run with one ledger. A review/feedback request for an order id (same buyer relay) "
      "that already had a relayed request is `repeat_request`. Pairs exist in every language, two pairs cross languages (de then en, fr-CA then en; the second also switches from seller feedback to a product review), some second requests have no reminder wording, some requests "
      "sit inside support replies. A request counts as relayed only when its labels are empty or only `tracking_pixel` (a rewrite-stripped pixel): "
      "the en-P pair shows that a pixel-only first request counts; the en-I pair shows that a first request rejected for an incentive is not relayed, "
      "so the later clean request is compliant. Requests that are quarantined or rejected (manipulation, removal, incentive) are never used as the first of a pair; "
      "every review request outside a pair has an order id of its own.\n")
    a("## Labelling conventions chosen where POLICY.md leaves room\n\n"
      "- Whole message scanned, including quoted earlier agent replies and the buyer's quoted text (a buyer phone number in the quote is `contact_phone`); Amazon's notification boilerplate is exempt. Seller addresses in an Outlook quote header are `contact_email`; compliant Outlook quotes show only the shop name in `To:`.\n"
      "- One element, one category: an e-mail address is `contact_email` only; a pixel or a remote image with a recipient id is `tracking_pixel` only; a `List-Unsubscribe` header is `opt_out` only; an unsubscribe/preferences link in the body is `external_link` + `opt_out`; opt-out wording without a link is `opt_out` only.\n"
      "- Asking to change feedback *to positive* (\"bump it to 5\") is `feedback_removal` + `review_manipulation`; a reward for removing a review is `review_incentive` + `feedback_removal`; a threat about a review is `feedback_removal` + `offensive`.\n"
      "- Review gating (happy → review, unhappy → contact us) is `review_manipulation`; a plain \"5 stars please\" is too.\n"
      "- `marketing` needs promotion; a shipping/delivered/thank-you notice is `unpermitted_proactive` only when proactive; such a notice that also promotes is both.\n"
      "- Emoji, animated GIFs, centred text, font/colour overrides and Outlook's Calibri style block are `styling`; text in the shop name, product names, \"WhatsApp/Skype/Telegram\" named as product features are compliant.\n"
      "- `[Important]` is fine on delivery scheduling, address problems and customisation questions (compliant examples in several languages) and `important_tag` elsewhere, including replies.\n"
      "- Mistyped order ids (3-6-7 digits) and invoice numbers do not count as order ids for `missing_order_id`; an order id in the subject suffices.\n"
      "- Attachments: PDF, JPEG, PNG, GIF, TXT, DOC/DOCX allowed; WebP, HEIC, MP4, ZIP, EXE, XLSX, ICS and a `.pdf` with executable bytes are `attachment`. An animated GIF attachment is `styling`, not `attachment`.\n"
      "- Unconditional refunds, free replacements and partial refunds that resolve a problem are compliant even when the buyer threatened a bad review.\n"
      "- A neutral reminder that feedback can be updated, after a fix and explicitly without pressure, is compliant; asking for the update is `feedback_removal`.\n"
      "- Violations that live only in quoted earlier agent text are labelled (en WhatsApp/phone, de incentive, fr phone, ja URL, es star request); clean quoted earlier agent replies exist in every language.\n"
      "- A proactive shipping/delivery notice that also cross-sells is `unpermitted_proactive` + `marketing` (+ whatever its link/pixel adds).\n"
      "- Obfuscated contacts are labelled like plain ones: `(at)`/`(punkt)`, `[at]`/`[dot]`, `chiocciola`/`punto`, `dot co dot uk`, spaced letters, digits written as words (en, pl). `lang` is the dominant language of the agent text; some messages mix two languages.\n"
      "- `kind` follows the headers: replies carry `In-Reply-To`/`References`; proactive messages carry none and no reply prefix.\n")
    a("## Self-checks (make.py)\n\nByte-identical rebuild; ≥300 messages, 42-55 % compliant, ≥20 per language, English largest; ≥15 positives per category (≥30 for the wording categories); "
      "topics on both sides; every message parses with the stdlib `email` package without defects and every text part decodes to exactly the text written; subject round-trips through RFC 2047; "
      "every recipient is an Amazon relay address; `kind` matches headers; proactive-only categories only on proactive messages; order-id rule; attachment labels match types/magic bytes; "
      "attachment file names round-trip (RFC 2231/2047); ledger replay gives `repeat_request` exactly where labelled; order ids shared only within pairs; compliant messages have no non-Amazon link, no address other than the relay, no emoji, no opt-out wording, no style attributes, no `[Important]` except allowed uses; "
      "no two messages share agent text.\n")
    a("## Counts\n\n| messages | compliant | violating | replies | proactive |\n|---|---|---|---|---|")
    a("| %d | %d (%.0f%%) | %d | %d | %d |\n" % (n, len(comp), 100 * len(comp) / n, n - len(comp), rep, n - rep))
    a("### Positives per category\n\n| category | messages | by language |\n|---|---|---|")
    for cat in CATS:
        xs = [x[3]["lang"] for x in out if cat in x[3]["cats"]]
        by = ", ".join("%s %d" % (l, xs.count(l)) for l in sorted(set(xs), key=lambda l: (-xs.count(l), l)))
        a("| %s | %d | %s |" % (cat, len(xs), by))
    a("\n### Languages\n\n| lang | messages | compliant | violating |\n|---|---|---|---|")
    for l in LANGS:
        xs = [x for x in out if x[3]["lang"] == l]; cc = sum(1 for x in xs if not x[3]["cats"])
        a("| %s | %d | %d | %d |" % (l, len(xs), cc, len(xs) - cc))
    a("\n### Topics\n\n| topic | messages | compliant | violating |\n|---|---|---|---|")
    for t in sorted({x[3]["topic"] for x in out}):
        xs = [x for x in out if x[3]["topic"] == t]; cc = sum(1 for x in xs if not x[3]["cats"])
        a("| %s | %d | %d | %d |" % (t, len(xs), cc, len(xs) - cc))
    st = {}; cs = {}; ct = {}
    for f, raw, c, sp in out:
        m = email.message_from_bytes(raw); st[m.get_content_type()] = st.get(m.get_content_type(), 0) + 1
        seen_cs = set(); seen_ct = set()
        for p in m.walk():
            if p.get_content_maintype() == "text" and not p.get_filename(): seen_cs.add(p.get_content_charset())
            if not p.is_multipart(): seen_ct.add((p.get("Content-Transfer-Encoding") or "7bit").lower())
        for x in seen_cs: cs[x] = cs.get(x, 0) + 1
        for x in seen_ct: ct[x] = ct.get(x, 0) + 1
    a("\n### MIME structure\n\n| top-level type | messages |\n|---|---|")
    for k in sorted(st, key=lambda k: -st[k]): a("| %s | %d |" % (k, st[k]))
    a("\n| text charset | messages |\n|---|---|")
    for k in sorted(cs, key=lambda k: -cs[k]): a("| %s | %d |" % (k, cs[k]))
    a("\n| transfer encoding | messages using it |\n|---|---|")
    for k in sorted(ct, key=lambda k: -ct[k]): a("| %s | %d |" % (k, ct[k]))
    na = sum(len(x[2].atts) for x in out); crlf = sum(1 for x in out if x[2].crlf)
    a("\nmessages with attachments: %d (attachments: %d); CRLF line ends: %d; repeat_request labels: %d\n" % (sum(1 for x in out if x[2].atts), na, crlf, sum(1 for x in out if "repeat_request" in x[3]["cats"])))
    return "\n".join(T) + "\n"

# ================================================================ DATA
R, P = "reply", "proactive"
PX = '<img src="https://px.mailtrk.io/o/{oid}.gif?u={n}" width="1" height="1" alt="">'
# ---------------------------------------------------------------- English
M("en", P, "review", [], "first review request of pair en-A, neutral", "quick one - if you get a sec, a review on {oid} would be appreciated. no worries if not", pair="enA", role=1, req=True)
M("en", R, "review", ["repeat_request"], "second request for pair en-A inside a shipping reply, no reminder wording", "tracking shows delivered at 2:41pm, left at side door. also if u can leave a review for the order that'd be great", pair="enA", role=2, req=True)
M("en", R, "delivery", [], "first request of pair en-B inside a support reply", "replacement went out this morning, UPS 1Z9X4E830312876541. whenever you have a moment, feedback on the order helps us a lot", pair="enB", role=1, req=True)
M("en", P, "review", ["review_manipulation", "repeat_request"], "second request pair en-B asks for 5 stars", "Hope the new one's working! pls drop us a 5* review for order {oid} if you can, means the world to a small shop", pair="enB", role=2, req=True)
M("en", P, "feedback", [], "first request pair en-C, seller feedback", "Order {oid}: we'd value your seller feedback when you've had a chance to use it. Thanks for shopping with a small business.", pair="enC", role=1, req=True)
M("en", P, "feedback", ["review_incentive", "repeat_request"], "second request pair en-C with a gift card for the review", "following up on {oid} - leave a quick review and i'll send a $10 amazon gift card as a thank u", pair="enC", role=2, req=True)
M("en", R, "refund", ["contact_email", "review_incentive", "feedback_removal"], "refund offered if the 2-star review comes down; address given", "look we can do a full refund today, just take down the 2 star review first and email me at kelly.ops@thistlehome.co.uk once it's gone", req=False)
M("en", P, "review", ["review_incentive", "attachment"], "coupon image as webp in exchange for a review", "Order {oid} - review it and show us a screenshot, the attached voucher is yours (15% off next time)", att=[("webp", "voucher.webp")], req=True)
M("en", P, "review", ["review_manipulation"], "review gating", "Loving your skillet from order {oid}? Tell everyone on Amazon! Not 100% happy? Hit reply and talk to us first instead", req=True)
M("en", R, "feedback", ["review_manipulation", "feedback_removal"], "asks to bump feedback up to five stars after fix", "glad it's sorted!! any chance you could bump that feedback up to 5 now? would really help us", bq="ok the replacement works fine")
M("en", R, "damage", ["feedback_removal", "offensive"], "threatening buyer over review", "you left a lie on our listing. delete it or we'll report your account, simple as that", bq="It arrived broken and you ignored me for a week")
M("en", R, "return", ["styling", "offensive"], "insult with eye-roll emoji", "read the listing next time \U0001F644 it clearly says 26cm, not our problem you can't measure", bq="way too small, want to return")
M("en", R, "delivery", ["contact_phone", "offensive"], "rude and gives a phone number", "stop spamming us, are you thick or what. if u really need something ring the office on 020 7946 0318, otherwise give it a rest", bq="WHERE IS MY ORDER. 3rd message")
M("en", P, "order", ["external_link", "marketing", "tracking_pixel", "unpermitted_proactive"], "shipping notice with cross-sell link and open pixel", "Order {oid} is on its way. Since you like cooking, our new enamel range just dropped at thistlehome.co.uk/new", html=PX)
M("en", R, "question", ["contact_other", "marketing"], "Instagram handle and follow us", "yes its dishwasher safe. follow us on insta @thistle.home for recipes and first dibs on restocks", bq="is this dishwasher safe")
M("en", P, "order", ["marketing", "opt_out", "unpermitted_proactive"], "shipping confirmation with newsletter and opt-out text", "Your order {oid} has shipped! Join our newsletter for 10% off. Don't want these? Reply STOP to unsubscribe", lue=True)
M("en", P, "order", ["missing_order_id", "unpermitted_proactive"], "thanks-only, no order id", "thanks so much for your order, we really appreciate you!", sub="Thank you!")
M("en", P, "order", ["important_tag", "unpermitted_proactive"], "here-to-help-only with [Important]", "Just checking in on order {oid} - we're here if you need anything at all.", imp=True, sub="checking in - {oid}")
# en compliant hard negatives
M("en", R, "delivery", [], "USPS tracking in phone-like groups", "USPS tracking is 9400 1118 9922 3345 6677 81, should be with you fri. lmk if not", bq="when will it come")
M("en", R, "refund", [], "free replacement and refund, no review link", "sorry about that! refund of $18.99 issued just now, and we'll send a free replacement too, no need to return the broken one", bq="the lid arrived cracked, what now")
M("en", R, "review", [], "review word in another sense (damage review)", "our warehouse team will review the photos and get back to you by thurs. thx for the pics", bq="sent photos of the dent")
M("en", R, "feedback", [], "buyer asked how to leave feedback, explained neutrally", "you can leave seller feedback from Your Orders: https://www.amazon.com/gp/css/order-history - pick the order and click 'Leave seller feedback'", bq="how do i leave feedback for u guys?")
M("en", R, "return", [], "firm but polite to a rude buyer", "I understand you're frustrated. We can't accept returns of used knives for hygiene reasons, but a faulty handle is covered, so please send a photo and we'll sort it", bq="this is garbage, you people are useless")
M("en", P, "delivery", [], "[Important] delivery scheduling for bulky item", "order {oid}: the freight carrier needs a delivery window. would Wed 9 Dec 8am-12pm or Thu 10 Dec 1-5pm suit? pls reply asap", imp=True, impok=True, sub="Delivery appointment needed - {oid}")
M("en", P, "invoice", [], "invoice PDF attached, VAT number", "Please find your VAT invoice INV-2026-04417 for order {oid} attached. Our VAT no. is GB 294 7730 12.", att=[("pdf", "INV-2026-04417.pdf")])
M("en", R, "question", [], "WhatsApp named as product feature", "Yes the DL-40 has no app, it won't connect to WhatsApp, Alexa or anything - it's just a touch dimmer.", bq="does the lamp work with whatsapp notifications? saw a video", nooid=True)
M("en", R, "damage", [], "quoted earlier agent reply is clean", "no problem - second replacement is booked, Royal Mail tracking QF 2231 8840 3GB when it scans", prev="Hi, really sorry. Could you send a photo of the crack? Then we'll send another one out.")
M("en", R, "refund", [], "discount to resolve a problem, not tied to review", "we've refunded 25% ($11.25) for the scratch since you'd like to keep it. hope thats ok!", bq="theres a scratch on top but i kinda want to keep it")
M("en", R, "feedback", [], "feedback can be updated, no pressure", "Glad the replacement fixed it. If you ever want to update your feedback that's entirely up to you, no pressure at all.", bq="new one arrived, all good now thx")
M("en", R, "order", [], "serial, model and date", "the serial SN-77120-4B from your photo is a 2024 batch; the DL-40 v2 (model 40-0317) replaced it on 03/11/2026. photo of where the label sits attached", bq="is my lamp the old version?", att=[("jpg", "serial_label.jpg")])
# en structural extras
M("en", R, "delivery", ["external_link", "contact_email", "contact_phone"], "signature with website, e-mail and phone", "DPD says out for delivery today between 10:00-11:00.\n\nBen Hart | Thistle Home\nwww.thistlehome.co.uk | ben@thistlehome.co.uk | 07700 900412", bare=True)
M("en", R, "return", ["contact_email"], "seller address in Outlook-quoted To: line only", "return label is on its way via amazon, just drop it at any Evri shop", quote="outlook", olto="Thistle Home <returns@thistlehome.co.uk>", market=0)
M("en", R, "damage", ["contact_phone", "contact_other"], "violation only in quoted earlier agent reply (WhatsApp number)", "photos received, replacement ships tmrw", prev="So sorry! Easiest is to WhatsApp the photos to +44 7700 900877 and we'll sort it.")
M("en", P, "order", ["external_link", "marketing", "opt_out", "tracking_pixel", "styling", "unpermitted_proactive"], "delivered notice turned newsletter: styled, pixel, unsubscribe link", "Order {oid} has been delivered! While you're here: HOLIDAY SALE up to 40% off everything.",
  htmlbody='<div style="font-family:Georgia,serif;color:#7a1f1f">Order {oid} has been delivered! While you&#39;re here: <b>HOLIDAY SALE</b> up to 40% off everything.</div><p style="font-size:10px">Unsubscribe: <a href="https://thistlehome.co.uk/unsub?id={n}">here</a></p>', html=PX)
M("en", R, "invoice", ["external_link", "opt_out"], "manage-preferences link in helpdesk footer", "invoice for your order is attached in Your Orders under 'Invoice'. you can download it there any time.\n\n--\nManage email preferences: https://thistlehome.gladly.me/prefs?c=8812", mixalt=False)
M("en", R, "question", ["opt_out"], "List-Unsubscribe header on an ordinary reply", "the 26cm fits all hobs incl induction. the 30cm doesn't fit ovens under 32cm wide", lue=True, nooid=True)
M("en", P, "review", ["tracking_pixel"], "first request pair en-P with open pixel (rewritten away, so relayed and counted)", "hi! if you have a minute, a product review for order {oid} helps others decide. thanks", pair="enP", role=1, req=True, html=PX)
M("en", R, "review", ["repeat_request"], "second request pair en-P, no reminder wording; first was relayed after pixel strip", "glad the tracking finally updated. oh and a review for the skillet would be lovely if you're up for it", pair="enP", role=2, req=True)
M("en", P, "review", ["review_incentive"], "first request pair en-I with a prize draw (rejected, not relayed)", "review your order {oid} and you're entered into our monthly draw for a $50 voucher!", pair="enI", role=1, req=True)
M("en", P, "review", [], "clean request pair en-I: earlier one was rejected, so not a repeat", "Hello again - if you have a moment, we'd appreciate an honest review of your order {oid}.", pair="enI", role=2, req=True)
M("en", R, "damage", ["attachment"], "photos zipped", "attached a zip with the packing photos from our warehouse so you can see how it left us", att=[("zip", "packing_photos.zip")])
M("en", R, "question", ["attachment"], "firmware updater as .exe", "here's the updater for the DL-40 - run it with the lamp plugged in via usb", att=[("exe", "DL40_fw_update.exe")], nooid=True)
M("en", R, "invoice", ["attachment"], "PDF name but executable content", "invoice attached as requested", att=[("fakepdf", "invoice_8812.pdf")])
M("en", R, "return", ["attachment"], "video and HEIC attached", "attached a short vid of how to fold it back into the box + pic of the label spot", att=[("mp4", "fold_howto.mp4"), ("heic", "IMG_4471.HEIC")])
M("en", P, "delivery", ["attachment"], "[Important] delivery scheduling is fine but ICS attached", "order {oid}: freight slot booked for Tue 15 Dec 7am-11am, calendar invite attached. reply if that doesnt work", imp=True, att=[("ics", "delivery.ics")], sub="Delivery slot {oid}")
M("en", R, "question", ["styling"], "animated GIF attached", "no prob! gif shows the lid trick", att=[("agif", "lid.gif")], nooid=True)
M("en", P, "review", ["styling", "missing_order_id"], "centred HTML review request without order id", "We hope you're enjoying your recent purchase. If you have a moment, an honest review would be appreciated.", htmlbody='<center>We hope you&#39;re enjoying your recent purchase. If you have a moment, an honest review would be appreciated.</center>', sub="How's your purchase?")
M("en", R, "refund", ["styling"], "emoji in otherwise clean refund reply", "refund's gone through, should show in 3-5 days \U0001F60A", bq="did u refund yet")
M("en", P, "review", ["important_tag"], "[Important] on a review request", "Order {oid}: if you have a moment, we'd appreciate a review. Thank you!", imp=True, req=True, sub="Review request {oid}")
M("en", P, "invoice", ["important_tag"], "[Important] on an invoice mail", "Your invoice for order {oid} is available in Your Orders.", imp=True, sub="Invoice {oid}")
M("en", R, "return", ["important_tag"], "[IMPORTANT] on a return-policy answer", "returns are 30 days from delivery, unused and in the box", sub="[IMPORTANT] Re: return policy")
M("en", P, "order", ["marketing", "important_tag"], "[Important] holiday sale", "Order {oid} - heads up, our holiday sale starts Friday, 20% off the whole store", imp=True, sub="Holiday hours + sale {oid}")
M("en", P, "delivery", ["missing_order_id"], "delivery question without order id", "can you confirm if the gate code is still 4471? driver couldn't get in", sub="Your delivery")
M("en", P, "invoice", ["missing_order_id"], "invoice number but no order id", "attached is invoice INV-2026-05120 for your recent purchase.", att=[("pdf", "INV-2026-05120.pdf")], sub="Invoice INV-2026-05120")
M("en", P, "delivery", ["missing_order_id"], "mistyped 3-6-7 order id", "re your order 114-882310-4471902 - the courier needs a flat number, can you send it?", sub="Address query")
M("en", P, "question", ["contact_other", "missing_order_id"], "WeChat ID, no order id", "For faster support add us on WeChat: kitsune_kitchen_cs", sub="Support")
M("en", R, "question", ["contact_email", "contact_other"], "Telegram channel and address", "we post restock dates on our Telegram channel @kitsunerestock, or ping ben.k at kitsune-kitchen dot jp", nooid=True, market=2)
M("en", R, "damage", ["contact_email", "contact_other"], "Facebook Messenger plus e-mail", "easiest is to message us on Facebook Messenger (Maple & Pine Crafts) or send pics to help@mapleandpine.ca", market=1)
M("en", R, "question", ["contact_phone", "contact_other"], "Skype and phone", "happy to walk u through it on Skype (mapleandpine.support) or call 604-555-0142 weekdays", market=1, nooid=True)
M("en", R, "return", ["external_link"], "bare domain obfuscated with dot", "full returns policy is on thistlehome dot co dot uk slash returns")
M("en", R, "question", ["external_link"], "amzn.to shortened product link", "the bigger one is here: amzn.to/3kTq9Xw", nooid=True)
M("en", R, "refund", ["contact_email"], "obfuscated [at] [dot] address", "send the bank details to sam [at] thistlehome [dot] co [dot] uk and we'll refund direct")
M("en", R, "delivery", ["contact_phone"], "phone in words", "driver can ring us on oh seven seven double oh, nine hundred, four one two if stuck")
M("en", P, "review", ["tracking_pixel"], "banner with recipient id (beacon), request otherwise neutral", "If you have a moment, an honest review of order {oid} would help us.", html='<img src="https://cdn.thistlehome.co.uk/banner.png?rid={n}&o={oid}" width="600" height="120" alt="">', req=True)
M("en", R, "delivery", ["tracking_pixel"], "display:none beacon", "it's with Evri now, tracking H01HYA0012345678", html='<img src="https://open.gladly-mail.com/t/b71c.png" style="display:none">')
M("en", R, "return", ["tracking_pixel"], "known tracker host", "return received, refund today", html='<img src="https://www.google-analytics.com/collect?v=1&tid=UA-1&cid={n}&t=event" width="1" height="1">')
M("en", R, "question", ["contact_phone"], "buyer's phone number in quoted message", "sorry we can't call, but happy to help here: it takes 6 AA batteries", bq="pls call me 604-555-0187 about the batteries", market=1, nooid=True)
M("en", P, "review", ["opt_out"], "opt-out sentence in a review request", "Order {oid}: if you have a moment, a review helps. Reply 'no more' to opt out of these messages.", req=True)
M("en", P, "invoice", ["opt_out"], "manage preferences text", "Invoice for order {oid} attached. To manage your email preferences reply PREFS.", att=[("pdf", "invoice.pdf")])
M("en", R, "refund", ["styling"], "Outlook default Calibri style block", "Refund processed for the full amount.", htmlbody='<style>p.MsoNormal{font-family:"Calibri",sans-serif;} a:link{color:#0563C1;}</style><p class="MsoNormal">Refund processed for the full amount.</p>', quote="outlook", market=0)
M("en", P, "return", ["important_tag"], "[Important] on a routine return-label note", "Order {oid}: your prepaid return label is in the Amazon return request, drop-off any Evri shop", imp=True, sub="Return label {oid}")
M("en", R, "review", [], "Amazon review page link answering buyer's question", "to review the product (not us) use https://www.amazon.ca/review/create-review?asin={asin} - it's under the product, not the seller", bq="where do i write a review of the blanket itself?", market=1)
M("en", R, "delivery", [], "Canada Post tracking and postcode", "Canada Post PIN 7023 2104 5566 7781 - it's at the depot, K1P 5G4, ready after 1pm", market=1)
M("en", R, "invoice", [], "invoice with EAN and HST number", "Invoice 2026-0912 attached: EAN 0628110348821, HST 81234 5678 RT0001. total $64.40 CAD", att=[("pdf", "invoice-2026-0912.pdf")], market=1)
M("en", R, "return", [], "return address with postcode", "please send it back to Thistle Home Returns, Unit 4 Brookfield Park, Essex CM7 9AF. prepaid label is in the return request, form attached", market=0, att=[("docx", "return_form.docx")])
M("en", R, "damage", [], "class and analysis as substrings", "first-class post is fine. our QA analysis found a bad batch so you're definitely covered", market=0)
M("en", P, "delivery", [], "[Important] address problem", "order {oid}: the courier flagged the postcode as invalid (SW1A 0XX). could you confirm the right one pls", imp=True, impok=True, sub="Address check {oid}")
M("en", P, "order", [], "[Important] customisation question", "Engraving for order {oid}: do you want 'Mum & Dad 1986' in script or block letters?", imp=True, impok=True, sub="Engraving text for {oid}", market=1)
M("en", R, "refund", [], "price and time window, return-free refund", "refunded $42.00 at 14:05 today, keep the item, no return needed", bq="Item never came. Want my money back.")
M("en", R, "question", [], "Telegram and Skype named as features", "the pad has preset icons for Telegram, Skype and Teams calls but no camera", bq="does the stream deck thing do telegram?", nooid=True, market=2)
M("en", R, "delivery", [], "declines to move to phone", "sorry, we can only help through Amazon messages, but happy to keep going here. UPS 1Z 999 AA1 01 2345 6784 is the new tracking", bq="can u just call me instead")
M("en", R, "feedback", [], "unconditional refund after buyer threatened 1 star", "understood. we've refunded the full $29.99 regardless - nothing else needed from you", bq="refund or i'm leaving 1 star")
M("en", R, "order", [], "quoted earlier agent reply clean, RMA number", "RMA 55102-B is approved, pls write it on the box", prev="Thanks for the photos. We'll raise an RMA for you today.", market=3)
M("en", P, "return", [], "return question on the order", "Order {oid}: you asked to return one of two mugs - should we refund the cheaper one ($12.50) or the other ($14.00)?", market=2)
M("en", R, "question", [], "product question without order id, dimensions and model", "the BCB-3 set is 38x26, 30x20 and 22x15 cm, 1.8 cm thick", nooid=True, bq="sizes of the boards?", market=2)
# ---------------------------------------------------------------- German
M("de", P, "review", [], "first request pair de-A", "Hallo nochmal, falls Sie kurz Zeit haben, freuen wir uns über eine Bewertung zu Bestellung {oid}. Danke!", pair="deA", role=1, req=True)
M("de", R, "delivery", ["repeat_request"], "second request pair de-A inside a delivery reply, no reminder wording", "DHL hat das Paket heute zugestellt, Sendungsnummer 00340434161094012345. bewertung wäre super falls noch nicht gemacht", pair="deA", role=2, req=True)
M("de", R, "damage", [], "first request pair de-B inside a support reply", "Ersatz ist raus, DPD 01505012345678. Wenn alles passt, würden wir uns über Ihr Feedback zur Bestellung freuen", pair="deB", role=1, req=True)
M("de", P, "review", ["review_manipulation", "repeat_request"], "second request pair de-B asks for 5 Sterne", "Bestellung {oid}: wär mega, wenn Sie uns 5 Sterne dalassen könnten, für uns als kleinen Shop zählt jeder Stern", pair="deB", role=2, req=True)
M("de", P, "feedback", [], "first request pair de-C (Verkäuferbewertung)", "Zu Ihrer Bestellung {oid}: Über eine Verkäuferbewertung würden wir uns freuen, wann immer es passt.", pair="deC", role=1, req=True)
M("de", P, "feedback", ["review_incentive", "repeat_request"], "second request pair de-C with Gutschein", "nochmal kurz zu {oid} – für eine Rezension schicken wir Ihnen gern einen 5-€-Gutschein, einfach Screenshot zurückschicken", pair="deC", role=2, req=True)
M("de", R, "refund", ["contact_email", "review_incentive", "feedback_removal"], "Rückerstattung gegen Löschung der Bewertung, Adresse", "Wir erstatten Ihnen den vollen Betrag, sobald die 1-Sterne-Bewertung gelöscht ist. Kurze Info an service@nordfjell-outdoor.se reicht")
M("de", P, "review", ["review_incentive", "attachment"], "Rabattcode als XLSX für Bewertung", "Bestellung {oid}: Bewertung schreiben, Code aus der Tabelle im Anhang einlösen – 20 % auf den nächsten Einkauf", att=[("xlsx", "Gutscheincodes.xlsx")], req=True)
M("de", P, "review", ["review_manipulation"], "review gating auf Deutsch", "Zufrieden mit Ihrer Bestellung {oid}? Dann freuen wir uns über eine Bewertung. Falls nicht, melden Sie sich bitte zuerst bei uns statt zu bewerten.", req=True)
M("de", R, "feedback", ["review_manipulation", "feedback_removal"], "bittet um Anhebung auf 5 Sterne", "freut mich, dass es jetzt klappt! könnten Sie die 3 Sterne evtl. auf 5 hochsetzen? bzw. einfach anpassen, wäre klasse", bq="Ersatz funktioniert, danke")
M("de", R, "feedback", ["feedback_removal", "offensive"], "droht mit Anwalt wegen Bewertung", "Ihre Bewertung ist frei erfunden. Nehmen Sie den Mist bis morgen raus, sonst hören Sie von unserem Anwalt.", bq="Reißverschluss kaputt nach 2 Tagen")
M("de", R, "return", ["styling", "offensive"], "Beleidigung mit Emoji", "Lesen ist wohl nicht Ihre Stärke \U0001F926 steht doch groß in der Beschreibung", bq="kann ich das zurückschicken, passt nicht")
M("de", R, "delivery", ["contact_phone", "offensive"], "pampig, Telefonnummer", "Sind Sie eigentlich begriffsstutzig? Hören Sie auf zu nerven. Wenn's brennt: 040 66969 217, sonst abwarten.", bq="Wo bleibt mein Paket??")
M("de", P, "order", ["external_link", "marketing", "tracking_pixel", "unpermitted_proactive"], "shipping notice + Cross-Selling-Link mit Pixel", "Bestellung {oid} ist unterwegs. Passend dazu: unsere neuen Merino-Socken auf nordfjell-outdoor.se/merino", html=PX)
M("de", R, "question", ["contact_other", "marketing"], "Instagram folgen", "Ja, der Schlafsack ist waschbar (30°C). Folgt uns gern auf Instagram @nordfjell.outdoor, da gibts Rabattaktionen zuerst", bq="ist der waschbar?", nooid=True)
M("de", P, "order", ["marketing", "opt_out", "unpermitted_proactive"], "Versandbestätigung mit Newsletter und Abmeldung", "Ihre Bestellung {oid} wurde versandt. Newsletter-Abo = 10 % Rabatt. Keine Mails mehr? Einfach mit ABMELDEN antworten.")
M("de", P, "order", ["missing_order_id", "unpermitted_proactive"], "Danke-Nachricht ohne Bestellnummer", "Vielen Dank für Ihren Einkauf bei uns, wir wünschen viel Freude damit!", sub="Danke!")
M("de", P, "order", ["important_tag", "unpermitted_proactive"], "[Important] Bestellbestätigung", "Wir bestätigen Ihre Bestellung {oid}, sie wird in 1-2 Werktagen verpackt.", imp=True, sub="Bestellbestätigung {oid}")
# de compliant
M("de", R, "delivery", [], "DHL Sendungsnummer in Gruppen", "Sendungsnummer: 0034 0434 1610 9401 2346, Zustellung laut DHL morgen 8–12 Uhr", bq="Wo bleibt mein Paket??")
M("de", R, "invoice", [], "Rechnung mit USt-IdNr als PDF", "anbei die Rechnung RE-2026-1183 mit Ihrer USt-IdNr. DE287361554, Betrag 89,90 €", att=[("pdf", "Rechnung_Müller_RE-2026-1183.pdf")], bq="Rechnung bitte mit USt-ID")
M("de", R, "damage", [], "Schadensbewertung (review in other sense)", "unsere Schadensbewertung ist durch, Sie bekommen kostenlos Ersatz. Den alten bitte nicht zurückschicken.")
M("de", R, "refund", [], "Teilerstattung zur Problemlösung", "wir haben 15 € erstattet wg. dem Kratzer, bzw. falls Sie doch tauschen wollen, einfach Bescheid geben", bq="kleiner Kratzer, will ihn aber behalten")
M("de", R, "feedback", [], "Feedback erklärt auf Nachfrage", "Feedback geben Sie unter https://www.amazon.de/gp/css/order-history bei der Bestellung → 'Verkäufer bewerten'.", bq="wie kann ich euch bewerten?")
M("de", R, "return", [], "freundlich-bestimmt bei unhöflichem Käufer", "Ich verstehe den Ärger. Benutzte Bits können wir leider nicht zurücknehmen, aber der defekte Halter fällt unter Gewährleistung – Foto genügt.", bq="Sie sind doch Betrüger!!!", market=1)
M("de", P, "delivery", [], "[Important] Liefertermin Speditionsware", "zu Bestellung {oid}: die Spedition braucht einen Termin, passt Mi 9.12. 8–12 Uhr oder Do 10.12. 13–17 Uhr?", imp=True, impok=True, sub="Liefertermin {oid}")
M("de", R, "question", [], "Saugroboter / sauber substrings", "nein, der passt nicht in die Halterung vom Saugroboter-Set, bleibt aber sauber verstaut im Koffer", bq="passt der in eine halterung?", nooid=True, market=1)
M("de", R, "return", [], "Rücksendeadresse mit PLZ", "Rücksendung bitte an Wisla Tools c/o Retourenlager, Industriestr. 12, 04109 Leipzig. Label kommt über Amazon.", market=1)
M("de", R, "damage", [], "zitierte frühere Antwort sauber", "danke für die Fotos, Ersatz geht morgen raus", prev="Das tut uns leid! Schicken Sie uns bitte ein Foto vom Reißverschluss?")
M("de", R, "feedback", [], "Feedback kann angepasst werden, ohne Druck", "Schön, dass es jetzt passt. Falls Sie Ihre Bewertung irgendwann anpassen möchten, ist das ganz Ihnen überlassen – kein Muss.", bq="Ersatz ist da, passt")
M("de", R, "question", [], "Modell- und Seriennummer, Datum", "WT-18 Li ab Seriennr. 2311-04480 hat den neuen Akku, Ihrer ist vom 14.03.2025, also ja. Liste der Seriennummern im Anhang", bq="hat mein Modell schon den neuen Akku?", nooid=True, market=1, att=[("txt", "Seriennummern_Akku_Übersicht.txt")])
M("de", R, "refund", [], "kostenlos, gratis und Rabatt legitim", "Versand war für Sie gratis, Rückversand ist auch kostenlos. Rabatt aus der Aktion bleibt bei der Erstattung natürlich drin.", bq="muss ich den Rückversand zahlen?")
M("de", R, "order", [], "WhatsApp als Produktfeature", "nein, die Stirnlampe hat kein Bluetooth und keine WhatsApp-Benachrichtigung, nur 3 Stufen", bq="zeigt die lampe whatsapp an?", nooid=True)

# ---------------------------------------------------------------- French (FR, BE, CA)
M("fr", P, "review", [], "first request pair fr-A", "Bonjour, si vous avez un moment, un avis sur la commande {oid} nous aiderait beaucoup. Merci !", pair="frA", role=1, req=True)
M("fr", R, "delivery", ["repeat_request"], "second request pair fr-A in a delivery reply", "Colissimo indique livré ce matin (n° de suivi 6A12345678901). Et si vous pouvez laisser un avis sur le produit, ce serait top", pair="frA", role=2, req=True)
M("fr", R, "damage", [], "first request pair fr-B inside support reply (fr-CA)", "Le remplacement est parti, Postes Canada 7023 2104 5566 7790. Quand vous aurez 2 min, vos commentaires sur la commande nous aident", pair="frB", role=1, req=True, market=1)
M("fr", P, "review", ["review_manipulation", "repeat_request"], "second request pair fr-B asks for 5 étoiles (fr-CA)", "Allo! Pour la commande {oid}, un beau 5 étoiles ferait notre journée, on est une petite boutique", pair="frB", role=2, req=True, market=1)
M("fr", P, "feedback", [], "first request pair fr-C", "Commande {oid} : votre évaluation du vendeur nous serait précieuse, quand vous voulez.", pair="frC", role=1, req=True)
M("fr", P, "feedback", ["review_incentive", "repeat_request"], "second request pair fr-C with bon d'achat", "petit rappel pour {oid} : laissez un avis et on vous envoie un bon d'achat de 10 €", pair="frC", role=2, req=True)
M("fr", R, "refund", ["contact_email", "review_incentive", "feedback_removal"], "remboursement contre retrait de l'avis, adresse", "On vous rembourse intégralement dès que l'avis négatif est retiré, prévenez-nous sur sav@atelier-brise.fr")
M("fr", P, "review", ["review_incentive", "attachment"], "code promo en HEIC contre avis", "Commande {oid} : laissez-nous un avis, le code promo en pièce jointe vous attend (-15 %)", att=[("heic", "code_promo.heic")], req=True)
M("fr", P, "review", ["review_manipulation"], "review gating", "Contente de votre bougie (commande {oid}) ? Dites-le sur Amazon ! Un souci ? Écrivez-nous d'abord plutôt que de laisser un avis", req=True)
M("fr", R, "feedback", ["review_manipulation", "feedback_removal"], "demande de passer à 5 étoiles", "super que ce soit réglé ! vous pourriez remonter la note à 5 ? ça compte énormément pour nous", bq="c'est bon j'ai reçu la nouvelle tasse")
M("fr", R, "feedback", ["feedback_removal", "offensive"], "menace à propos de l'avis", "Votre avis est un tissu de mensonges. Retirez-le ou on porte plainte, c'est clair ?", bq="c'est quoi ce délai???")
M("fr", R, "return", ["styling", "offensive"], "insulte avec emoji", "faut savoir lire la fiche produit \U0001F612 c'est écrit 35 cl, pas notre faute", bq="la tasse est trop petite")
M("fr", R, "delivery", ["contact_phone", "offensive"], "ton agressif et numéro", "Arrêtez de nous harceler, vous êtes vraiment pénible. Si vraiment urgent : 06 39 98 41 27, sinon patience.", bq="Bonjour, mon colis n'est toujours pas arrivé")
M("fr", P, "order", ["external_link", "marketing", "tracking_pixel", "unpermitted_proactive"], "shipping notice + lien de cross-selling et pixel", "Commande {oid} expédiée. Découvrez aussi nos nouveaux plaids en lin : atelier-brise.fr/lin", html=PX)
M("fr", R, "question", ["contact_other", "marketing"], "suivez-nous sur Instagram (BE)", "Oui la bougie tient 45 h. Suivez-nous sur Insta @atelierbrise pour les ventes privées !", bq="combien de temps dure la bougie ?", nooid=True, market=2)
M("fr", P, "order", ["marketing", "opt_out", "unpermitted_proactive"], "confirmation d'expédition + newsletter + désinscription", "Votre commande {oid} est partie ! -10 % avec notre newsletter. Pour vous désinscrire, répondez STOP.")
M("fr", P, "order", ["missing_order_id", "unpermitted_proactive"], "remerciement seul sans n° de commande", "Merci mille fois pour votre achat, toute l'équipe vous souhaite une belle journée !", sub="Merci !")
M("fr", P, "order", ["important_tag", "unpermitted_proactive"], "[Important] on est là pour vous aider", "Commande {oid} : on voulait juste vous dire qu'on est là si besoin.", imp=True, sub="Votre commande {oid}")
# fr compliant
M("fr", R, "delivery", [], "avis de passage (review word other sense)", "le livreur a laissé un avis de passage, colis dispo au point relais demain après 14 h. suivi 8R01234567890", bq="Bonjour, mon colis n'est toujours pas arrivé")
M("fr", R, "invoice", [], "facture avec n° TVA intracom", "ci-joint la facture FA-2026-0711, TVA FR 40 812345678, total 54,00 € TTC", att=[("pdf", "FA-2026-0711.pdf")], bq="Il me faut une facture avec TVA svp")
M("fr", R, "refund", [], "remboursement partiel et produit offert pour régler le problème", "désolés pour l'éclat ! remboursement de 8 € fait, et on vous envoie une tasse offerte, gratuite, rien à renvoyer", bq="la tasse est arrivée ébréchée")
M("fr", R, "feedback", [], "explication feedback à la demande (fr-CA)", "pour l'évaluation du vendeur : https://www.amazon.ca/gp/css/order-history, puis 'Évaluer le vendeur' à côté de la commande", bq="comment je vous laisse une note?", market=1)
M("fr", R, "return", [], "ferme mais poli face à un client impoli", "Je comprends votre agacement. Les bougies entamées ne sont pas reprises, mais si la mèche est défectueuse, envoyez une photo et on règle ça.", bq="vous êtes des voleurs")
M("fr", P, "delivery", [], "[Important] problème d'adresse (BE)", "commande {oid} : bpost signale que le numéro de boîte manque pour 1000 Bruxelles, pouvez-vous nous le donner svp ?", imp=True, impok=True, sub="Adresse incomplète {oid}", market=2)
M("fr", R, "question", [], "conseil / constaté substrings, dimensions", "on a constaté que le panier M fait 32x24 cm, notre conseil : prendre le L pour les plaids (schéma en PJ)", bq="le panier M tient un plaid ?", nooid=True, att=[("png", "schéma_panier.png")])
M("fr", R, "damage", [], "fil quoté propre", "c'est noté, le remplacement part lundi avec Chronopost XY123456789FR", prev="Oh non, désolée ! Pouvez-vous nous envoyer une photo du plaid ?")
M("fr", R, "feedback", [], "la note peut être modifiée, sans pression", "Ravie que tout soit rentré dans l'ordre. Si un jour vous souhaitez modifier votre évaluation, c'est entièrement à vous de voir.", bq="reçu le nouveau, nickel")
M("fr", R, "return", [], "adresse de retour avec code postal", "retour à : Atelier Brise, 14 rue des Tanneurs, 69007 Lyon. l'étiquette prépayée est dans votre demande de retour Amazon")
M("fr", R, "order", [], "Messenger cité comme fonctionnalité", "non, le cadre photo n'affiche pas les messages Messenger ni WhatsApp, il lit seulement la carte SD", bq="le cadre marche avec messenger?", nooid=True)
M("fr", R, "refund", [], "remise légitime et prix", "on applique une remise de 20 % sur la commande suite au retard, soit 6,80 € remboursés aujourd'hui", bq="c'est quoi ce délai???")
M("fr", R, "question", [], "heures et date, fr-CA", "oui on livre au Québec, départ de l'entrepôt le 9 déc., livraison entre 9 h et 17 h", bq="vous livrez à Sherbrooke?", nooid=True, market=1)

# ---------------------------------------------------------------- Spanish (ES, MX)
M("es", P, "review", [], "first request pair es-A", "Hola! Si tienes un momento, nos ayudaría mucho una reseña del pedido {oid}. Gracias!", pair="esA", role=1, req=True)
M("es", R, "delivery", ["repeat_request"], "second request pair es-A inside delivery reply", "SEUR lo entregó hoy a las 12:40, nº de envío 1234567890123. ah, y si puedes dejar tu opinión del producto genial", pair="esA", role=2, req=True)
M("es", R, "damage", [], "first request pair es-B inside support reply (MX)", "ya salió el reemplazo por Estafeta, guía 8055123456789012345678. cuando puedas, tu calificación del pedido nos sirve mucho", pair="esB", role=1, req=True, market=1)
M("es", P, "review", ["review_manipulation", "repeat_request"], "second request pair es-B asks 5 estrellas (MX)", "Pedido {oid}: nos echas la mano con 5 estrellitas? somos un negocio chiquito", pair="esB", role=2, req=True, market=1)
M("es", P, "feedback", [], "first request pair es-C", "Sobre tu pedido {oid}: agradeceríamos tu valoración como vendedor cuando te venga bien.", pair="esC", role=1, req=True)
M("es", P, "feedback", ["review_incentive", "repeat_request"], "second request pair es-C with tarjeta regalo", "otra vez por el {oid}: si dejas reseña te mandamos una tarjeta regalo de 5 €, solo mándanos captura", pair="esC", role=2, req=True)
M("es", R, "refund", ["contact_email", "review_incentive", "feedback_removal"], "reembolso si borra la reseña, email", "te devolvemos todo en cuanto quites la reseña de 1 estrella, avísanos a atencion@casalumina-home.it")
M("es", P, "review", ["review_incentive", "attachment"], "cupón en MP4 por reseña", "Pedido {oid}: deja tu reseña y usa el cupón del vídeo adjunto, 15% en tu próxima compra", att=[("mp4", "cupon.mp4")], req=True)
M("es", P, "review", ["review_manipulation"], "review gating (MX)", "¿Te encantó tu cargador (pedido {oid})? ¡Cuéntalo en Amazon! ¿Algo no salió bien? Escríbenos antes de opinar", req=True, market=1)
M("es", R, "feedback", ["review_manipulation", "feedback_removal"], "pide subir a 5 estrellas", "qué bien que ya funciona! podrías subir la valoración a 5? nos ayudaría un montón", bq="ya llegó la lámpara nueva y va bien")
M("es", R, "feedback", ["feedback_removal", "offensive"], "amenaza por la reseña", "Tu reseña es pura mentira. Bórrala ya o tomaremos medidas, tú sabrás.", bq="la lámpara no enciende")
M("es", R, "return", ["styling", "offensive"], "insulto con emoji", "no es tan difícil leer la descripción \U0001F644 dice 150 hilos clarísimo", bq="las sábanas son finas, quiero devolverlas")
M("es", R, "delivery", ["contact_phone", "offensive"], "grosero con teléfono (MX)", "Ya deja de molestar, qué pesado eres. Si es urgente márcanos al 55 5555 0143, si no, a esperar.", bq="cuando llega??", market=1)
M("es", P, "order", ["external_link", "marketing", "tracking_pixel", "unpermitted_proactive"], "shipping notice + cross-selling con enlace y píxel", "Tu pedido {oid} va en camino. Mira también nuestras lámparas nuevas en casalumina-home.it/es/novedades", html=PX)
M("es", R, "question", ["contact_other", "marketing"], "síguenos en TikTok", "Sí, aguanta hasta 65W. Síguenos en TikTok @solaristech.mx, ahí sacamos ofertas cada viernes", bq="carga laptop?", nooid=True, market=1)
M("es", P, "order", ["marketing", "opt_out", "unpermitted_proactive"], "confirmación de envío + newsletter + baja", "¡Tu pedido {oid} ya salió! Suscríbete y llévate 10%. Si no quieres más correos, responde BAJA para darte de baja.")
M("es", P, "order", ["missing_order_id", "unpermitted_proactive"], "solo gracias sin pedido", "¡Mil gracias por tu compra! Esperamos que la disfrutes.", sub="¡Gracias!")
M("es", P, "order", ["important_tag", "unpermitted_proactive"], "[Important] aviso de falta de stock", "Pedido {oid}: el color arena está agotado hasta enero, te avisamos cuando vuelva.", imp=True, sub="Pedido {oid} - stock")
# es compliant
M("es", R, "damage", [], "valoración de los daños (other sense)", "hemos hecho la valoración de los daños con tus fotos: te mandamos otra gratis, no hace falta devolver nada", bq="la lámpara no enciende")
M("es", R, "invoice", [], "factura con NIF/CIF", "adjunto factura F-2026/0392 a nombre de tu empresa, CIF B12345678, total 47,90 €", att=[("pdf", "F-2026-0392.pdf")], bq="necesito factura a nombre de empresa")
M("es", R, "refund", [], "descuento para resolver incidencia (MX)", "te hicimos un descuento de $120 MXN por el retraso, ya se refleja en tu método de pago", bq="llegó 5 días tarde", market=1)
M("es", R, "feedback", [], "explica cómo valorar a petición", "Para valorar al vendedor: https://www.amazon.es/gp/css/order-history → tu pedido → 'Valorar al vendedor'.", bq="dónde os puedo valorar?")
M("es", R, "return", [], "firme y educado ante cliente grosero", "Entiendo tu enfado. No aceptamos devoluciones de sábanas usadas por higiene, pero si tienen defecto de costura lo cubrimos, mándanos foto.", bq="sois unos estafadores")
M("es", P, "delivery", [], "[Important] programar entrega voluminosa", "pedido {oid}: la agencia necesita cita para el sofá cama. ¿te va el jueves 10/12 de 9:00 a 14:00?", imp=True, impok=True, sub="Cita de entrega {oid}")
M("es", R, "question", [], "computadora substring, modelo (MX)", "sí, el SX-65 carga tu computadora y el celular a la vez, modelo SX-65-MX rev. 2", bq="sirve para computadora?", nooid=True, market=1)
M("es", R, "damage", [], "hilo citado limpio", "perfecto, ya tramitamos el reenvío, te llega el miércoles", prev="Lo sentimos mucho. ¿Nos mandas una foto de la tulipa rota?")
M("es", R, "feedback", [], "valoración se puede cambiar, sin presión", "Nos alegra que esté resuelto. Si algún día quieres cambiar tu valoración, es totalmente decisión tuya.", bq="ya todo bien, gracias")
M("es", R, "return", [], "dirección de devolución con CP", "devuélvelo a Casa Lumina c/o Logística Norte, Calle Alcalá 210, 28028 Madrid. la etiqueta está en tu solicitud de Amazon, te adjunto el formulario", att=[("docx", "formulario_devolución.docx")])

# ---------------------------------------------------------------- Italian
M("it", P, "review", [], "first request pair it-A", "Ciao! Se hai un attimo, una recensione sull'ordine {oid} ci aiuterebbe tanto. Grazie", pair="itA", role=1, req=True)
M("it", R, "delivery", ["repeat_request"], "second request pair it-A in delivery reply", "BRT risulta consegnato stamattina, n. spedizione 012345678901234. e se ti va lasciaci una recensione del prodotto", pair="itA", role=2, req=True)
M("it", R, "damage", [], "first request pair it-B inside support reply", "il vaso sostitutivo è partito con Poste Delivery, cod. 3UW1234567890. quando puoi, un tuo feedback sull'ordine ci fa piacere", pair="itB", role=1, req=True)
M("it", P, "review", ["review_manipulation", "repeat_request"], "second request pair it-B asks 5 stelle", "Ordine {oid}: ci lasceresti 5 stelline? per un piccolo negozio fanno la differenza", pair="itB", role=2, req=True)
M("it", P, "feedback", [], "first request pair it-C", "Ordine {oid}: ci farebbe piacere un tuo feedback sul venditore, con calma.", pair="itC", role=1, req=True)
M("it", P, "feedback", ["review_incentive", "repeat_request"], "second request pair it-C with buono", "ancora per l'ordine {oid}: lascia una recensione e ti regaliamo un buono Amazon da 10 €", pair="itC", role=2, req=True)
M("it", R, "refund", ["contact_email", "review_incentive", "feedback_removal"], "rimborso se toglie la recensione, email", "ti rimborsiamo tutto appena togli la recensione da 1 stella, scrivici a assistenza@casalumina-home.it quando fatto")
M("it", P, "review", ["review_incentive", "attachment"], "codice sconto in ZIP per recensione", "Ordine {oid}: per chi lascia una recensione c'è uno sconto del 20%, il codice è nello zip allegato", att=[("zip", "codice_sconto.zip")], req=True)
M("it", P, "review", ["review_manipulation"], "review gating", "Ti piace la lampada (ordine {oid})? Lascia una recensione! Se invece qualcosa non va, scrivi prima a noi e non su Amazon", req=True)
M("it", R, "feedback", ["review_manipulation", "feedback_removal"], "chiede di alzare a 5 stelle", "che bello che ora funzioni! riusciresti ad alzare il voto a 5 stelle? per noi è importantissimo", bq="la nuova lampada va benissimo")
M("it", R, "feedback", ["feedback_removal", "offensive"], "minaccia per la recensione", "La tua recensione è una falsità. Toglila subito o ti denunciamo, vedi tu.", bq="ma è uno scherzo??")
M("it", R, "return", ["styling", "offensive"], "insulto con emoji", "basterebbe leggere la scheda \U0001F621 c'è scritto 140x240, mica è colpa nostra", bq="la tovaglia è troppo piccola")
M("it", R, "delivery", ["contact_phone", "offensive"], "scortese con numero", "Smettila di scriverci ogni ora, sei proprio un rompiscatole. Se proprio è urgente chiama il 333 123 4567, altrimenti aspetta come tutti.", bq="il pacco non è ancora arrivato")
M("it", P, "order", ["external_link", "marketing", "tracking_pixel", "unpermitted_proactive"], "shipping notice + cross-selling con link e pixel", "Ordine {oid} spedito! Dai un'occhiata anche ai nuovi vasi Rialto su casalumina-home.it/rialto", html=PX)
M("it", R, "question", ["contact_other", "marketing"], "seguici su Instagram", "Sì è lavabile a 40°. Seguici su Instagram @casalumina.home per sconti esclusivi", bq="si può lavare in lavatrice?", nooid=True)
M("it", P, "order", ["marketing", "opt_out", "unpermitted_proactive"], "conferma spedizione + newsletter + disiscrizione", "Il tuo ordine {oid} è stato spedito! Iscriviti alla newsletter per il 10%. Per disiscriverti rispondi NO.")
M("it", P, "order", ["missing_order_id", "unpermitted_proactive"], "solo ringraziamento senza ordine", "Grazie di cuore per l'acquisto, speriamo ti piaccia!", sub="Grazie!")
M("it", P, "order", ["important_tag", "unpermitted_proactive"], "[Important] conferma ordine", "Confermiamo il tuo ordine {oid}, verrà preparato entro domani.", imp=True, sub="Conferma ordine {oid}")
# it compliant
M("it", R, "delivery", [], "tracking BRT in groups", "n. spedizione BRT 0123 4567 8901 234, consegna prevista tra le 9 e le 13 di giovedì", bq="il pacco non è ancora arrivato")
M("it", R, "invoice", [], "fattura con P.IVA", "in allegato la fattura n. 2026/118, P.IVA 01234567890, totale 39,90 €", att=[("pdf", "fattura_2026-118.pdf")], bq="posso avere la fattura?")
M("it", R, "refund", [], "rimborso parziale e spedizione gratuita per risolvere", "ti abbiamo rimborsato 12 € per la crepa e la sostituzione te la mandiamo gratis, senza reso", bq="il vaso è arrivato rotto")
M("it", R, "feedback", [], "spiega come lasciare feedback su richiesta", "per il feedback sul venditore: https://www.amazon.it/gp/css/order-history, poi 'Lascia un feedback sul venditore'", bq="dove vi lascio il feedback?")
M("it", R, "return", [], "fermo ma cortese", "Capisco il fastidio. La tovaglia lavata non possiamo riprenderla, ma se ha un difetto di tessuto rientra in garanzia: mandaci una foto.", bq="siete dei truffatori")
M("it", P, "order", [], "[Important] personalizzazione", "ordine {oid}: per il ricamo vuoi 'Casa Rossi' in corsivo o stampatello?", imp=True, impok=True, sub="Ricamo ordine {oid}")
M("it", R, "question", [], "verifica/certificato/specifiche substrings", "abbiamo verificato: il certificato CE e le specifiche sono nella scatola, la lampada è E27 max 40W. ti allego certificato e foto dell'etichetta", bq="ha la certificazione?", nooid=True, att=[("pdf", "certificato_CE.pdf"), ("jpg", "etichetta.jpg")])
M("it", R, "damage", [], "thread citato pulito", "ricevute, grazie! la sostituzione parte lunedì", prev="Ci dispiace molto! Puoi mandarci una foto del vaso?")
M("it", R, "feedback", [], "feedback modificabile senza pressione", "Felici che sia tutto a posto. Se mai vorrai aggiornare il tuo feedback, decidi tu, nessun obbligo.", bq="tutto ok ora")
M("it", R, "return", [], "indirizzo di reso con CAP", "il reso va a Casa Lumina, Via Torino 45, 20123 Milano. l'etichetta la trovi nella richiesta di reso Amazon")

# ---------------------------------------------------------------- Japanese
M("ja", P, "review", [], "first request pair ja-A", "ご注文 {oid} の商品はいかがでしょうか。お時間のある時にレビューをいただけますと幸いです。", pair="jaA", role=1, req=True)
M("ja", R, "delivery", ["repeat_request"], "second request pair ja-A inside delivery reply", "ヤマト運輸の伝票番号 4812-3456-7890 で本日配達完了となっております。また、よろしければ商品レビューもお願いできれば嬉しいです。", pair="jaA", role=2, req=True)
M("ja", R, "damage", [], "first request pair ja-B inside support reply", "代替品を佐川急便（追跡番号 3601-2345-6789）で発送いたしました。落ち着かれましたら、今回のご注文の評価をいただけると助かります。", pair="jaB", role=1, req=True)
M("ja", P, "review", ["review_manipulation", "repeat_request"], "second request pair ja-B asks 星5", "ご注文 {oid} の件、もしよろしければ星5つで評価していただけると本当に励みになります！", pair="jaB", role=2, req=True)
M("ja", P, "feedback", [], "first request pair ja-C", "ご注文 {oid} につきまして、出品者の評価をいただけましたら幸いです。", pair="jaC", role=1, req=True)
M("ja", P, "feedback", ["review_incentive", "repeat_request"], "second request pair ja-C with Amazonギフト券", "再度のご連絡失礼します。{oid} のレビューを書いていただいた方に500円分のAmazonギフト券を差し上げています。", pair="jaC", role=2, req=True)
M("ja", R, "refund", ["contact_email", "review_incentive", "feedback_removal"], "低評価削除で全額返金、メール", "低評価を削除していただけましたら全額返金いたします。削除後に support@kitsune-kitchen.jp までご一報ください。")
M("ja", P, "review", ["review_incentive", "attachment"], "クーポンをWebPで、レビュー条件", "ご注文 {oid}：レビュー投稿で次回10％オフ！添付のクーポン画像をご利用ください。", att=[("webp", "coupon.webp")], req=True)
M("ja", P, "review", ["review_manipulation"], "review gating", "ご注文 {oid} の急須、気に入っていただけましたらぜひレビューを。ご不満の場合はレビューの前にまず当店へご連絡ください。", req=True)
M("ja", R, "feedback", ["review_manipulation", "feedback_removal"], "評価を星5に変更依頼", "解決してよかったです！恐れ入りますが、評価を星5に変更していただくことは可能でしょうか。", bq="新しい急須届きました、問題ないです")
M("ja", R, "feedback", ["feedback_removal", "offensive"], "評価削除を脅し", "あなたの評価は嘘ばかりです。すぐに消さないと法的措置を取りますよ。", bq="急須が欠けていました")
M("ja", R, "return", ["styling", "offensive"], "emoji付きの侮辱", "商品説明くらい読んでくださいよ\U0001F612 0.6Lってちゃんと書いてありますよね", bq="小さすぎるので返品したい")
M("ja", R, "delivery", ["contact_phone", "offensive"], "失礼な返信と電話番号", "しつこいんだよ、何度も催促しないでください。どうしてもなら 03-5555-0148 に電話すれば。", bq="まだ届きません")
M("ja", P, "order", ["external_link", "marketing", "tracking_pixel", "unpermitted_proactive"], "shipping notice + 新商品リンクとピクセル", "ご注文 {oid} を発送しました。新作の南部鉄器はこちら：kitsune-kitchen.jp/new", html=PX)
M("ja", R, "question", ["contact_other", "marketing"], "LINE友だち追加でクーポン", "食洗機は不可です。LINEで友だち追加（ID: @kitsunekitchen）すると限定クーポンがもらえます！", bq="食洗機使えますか", nooid=True)
M("ja", P, "order", ["marketing", "opt_out", "unpermitted_proactive"], "発送通知+メルマガ+配信停止", "ご注文 {oid} を発送いたしました！メルマガ登録で10％オフ。配信停止をご希望の方は「停止」とご返信ください。")
M("ja", P, "order", ["missing_order_id", "unpermitted_proactive"], "お礼のみ、注文番号なし", "この度はご購入いただき誠にありがとうございました。", sub="ご購入ありがとうございました")
M("ja", P, "order", ["important_tag", "unpermitted_proactive"], "[Important] 注文確認", "ご注文 {oid} を確かに承りました。", imp=True, sub="ご注文確認 {oid}")
# ja compliant
M("ja", R, "delivery", [], "追跡番号 in phone-like groups", "日本郵便の追跡番号は 1234-5678-9012 です。明日12時〜14時のお届け予定です。", bq="まだ届きません")
M("ja", R, "invoice", [], "領収書PDF、登録番号", "領収書を添付いたしました。適格請求書発行事業者登録番号 T1234567890123、金額 4,980円（税込）です。", att=[("pdf", "領収書_4980円.pdf")], bq="領収書をください")
M("ja", R, "refund", [], "一部返金と無料交換", "欠けの件、大変失礼いたしました。1,000円を返金し、代替品を無料でお送りします。返送は不要です。", bq="急須が欠けていました")
M("ja", R, "feedback", [], "評価方法を質問されて説明", "出品者の評価は https://www.amazon.co.jp/gp/css/order-history の該当注文から「出品者を評価」で投稿できます。", bq="評価はどこからできますか")
M("ja", R, "return", [], "失礼な客にも丁寧に", "ご不快な思いをさせて申し訳ございません。使用済みの包丁は返品をお受けできませんが、初期不良でしたら保証の対象ですので写真をお送りください。", bq="ふざけるな、詐欺だろ")
M("ja", P, "delivery", [], "[Important] 住所不備", "ご注文 {oid}：お届け先の部屋番号が不明と配送業者から連絡がありました。ご教示いただけますか。〒150-0001", imp=True, impok=True, sub="お届け先確認 {oid}")
M("ja", R, "question", [], "型番・JAN", "JANコード 4901234567894、型番 KK-165S です。2026年12月1日以降の出荷分から新パッケージです。画像を添付いたします。", bq="型番を教えてください", nooid=True, att=[("png", "新パッケージ.png")])
M("ja", R, "damage", [], "引用された以前の返信もクリーン", "写真ありがとうございます。代替品を本日発送いたします。", prev="大変申し訳ございません。お手数ですが破損箇所の写真をお送りいただけますか。")
M("ja", R, "feedback", [], "評価は変更可能、強制なし", "解決して何よりです。評価の変更はお客様のご判断次第ですので、どうぞお気になさらず。", bq="交換品届きました")
M("ja", R, "question", [], "LINE named as product feature", "こちらのキッチンタイマーはLINE通知には対応しておりません。単体で動作します。", bq="LINEに通知できますか", nooid=True)

# ---------------------------------------------------------------- Dutch (NL, BE)
M("nl", P, "review", [], "first request pair nl-A", "Hoi! Als je even tijd hebt, zouden we een review van bestelling {oid} erg waarderen.", pair="nlA", role=1, req=True)
M("nl", R, "delivery", ["repeat_request"], "second request pair nl-A in delivery reply", "PostNL heeft 'm vandaag bezorgd (Track & Trace 3SABCD1234567). en als je zin hebt, een review van het product is welkom", pair="nlA", role=2, req=True)
M("nl", R, "damage", [], "first request pair nl-B inside support reply (BE)", "vervanging is onderweg met bpost, zendingnummer 323212345678901234. als je tijd hebt horen we graag je feedback over de bestelling", pair="nlB", role=1, req=True, market=1)
M("nl", P, "review", ["review_manipulation", "repeat_request"], "second request pair nl-B asks 5 sterren", "Bestelling {oid}: zou je ons 5 sterren willen geven? voor ons kleine winkeltje betekent dat echt veel", pair="nlB", role=2, req=True, market=1)
M("nl", P, "feedback", [], "first request pair nl-C", "Over je bestelling {oid}: we stellen verkopersfeedback op prijs, wanneer het jou uitkomt.", pair="nlC", role=1, req=True)
M("nl", P, "feedback", ["review_incentive", "repeat_request"], "second request pair nl-C with cadeaubon", "nog even over {oid}: laat een review achter en je krijgt van ons een cadeaubon van € 7,50", pair="nlC", role=2, req=True)
M("nl", R, "refund", ["contact_email", "review_incentive", "feedback_removal"], "terugbetaling als de review weg is", "we betalen alles terug zodra je die negatieve review verwijdert, laat het even weten via klantenservice@nordfjell-outdoor.se")
M("nl", P, "review", ["review_incentive", "attachment"], "kortingscode als HEIC voor een review", "Bestelling {oid}: schrijf een review en pak je 15% korting, de code zit in de bijlage", att=[("heic", "kortingscode.heic")], req=True)
M("nl", P, "review", ["review_manipulation"], "review gating", "Blij met je regenjas (bestelling {oid})? Vertel het op Amazon! Niet tevreden? Mail ons dan eerst in plaats van een review", req=True)
M("nl", R, "feedback", ["review_manipulation", "feedback_removal"], "vraagt te verhogen naar 5 sterren", "fijn dat het opgelost is! wil je de beoordeling misschien naar 5 sterren zetten? xfa", bq="nieuwe rits werkt")
M("nl", R, "feedback", ["feedback_removal", "offensive"], "dreigt om de review", "Jouw review klopt van geen kant. Haal 'm weg of we stappen naar een advocaat, je bent gewaarschuwd.", bq="niet ontvangen!!")
M("nl", R, "return", ["styling", "offensive"], "belediging met emoji", "kun je niet lezen ofzo \U0001F644 maat staat er gewoon bij", bq="kan ik ruilen voor maat L?")
M("nl", R, "delivery", ["contact_phone", "offensive"], "bot antwoord met telefoonnummer", "Stop met dat gezeur, zeurpiet. Bel 020 555 0134 als het echt moet, anders gewoon wachten.", bq="waar blijft mijn pakket?")
M("nl", P, "order", ["external_link", "marketing", "tracking_pixel", "unpermitted_proactive"], "shipping notice + cross-selling link en pixel", "Bestelling {oid} is verzonden. Bekijk ook onze nieuwe wandelsokken: nordfjell-outdoor.se/nl/sokken", html=PX)
M("nl", R, "question", ["contact_other", "marketing"], "volg ons op Facebook", "Ja hij is waterdicht tot 10.000 mm. Volg ons op Facebook (NordFjell Outdoor) voor acties!", bq="is ie waterdicht?", nooid=True)
M("nl", P, "order", ["marketing", "opt_out", "unpermitted_proactive"], "verzendbevestiging + nieuwsbrief + afmelden", "Je bestelling {oid} is onderweg! Nieuwsbrief = 10% korting. Afmelden? Antwoord met STOP.")
M("nl", P, "order", ["missing_order_id", "unpermitted_proactive"], "alleen bedankt zonder bestelnummer", "Super bedankt voor je aankoop, veel plezier ermee!", sub="Bedankt!")
M("nl", P, "order", ["important_tag", "unpermitted_proactive"], "[Important] we zijn er voor je", "Bestelling {oid}: we willen even laten weten dat we klaarstaan als je vragen hebt.", imp=True, sub="Bestelling {oid}")
# nl compliant
M("nl", R, "delivery", [], "PostNL code en tijdvak", "Track & Trace 3SNFJL0098765, bezorging morgen tussen 17:30 en 21:00", bq="waar blijft mijn pakket?")
M("nl", R, "invoice", [], "factuur met btw-nummer", "factuur 2026-0877 in de bijlage, btw-nr NL123456789B01, totaal € 64,95", att=[("pdf", "factuur_2026-0877.pdf")], bq="factuur graag met btw")
M("nl", R, "refund", [], "gratis vervanging en deels terugbetaald", "sorry! we hebben € 10 teruggestort en sturen gratis een nieuwe rits-set, terugsturen hoeft niet", bq="rits is kapot")
M("nl", R, "feedback", [], "uitleg feedback op verzoek", "feedback geven kan via https://www.amazon.nl/gp/css/order-history, bij je bestelling op 'Verkoper beoordelen'.", bq="hoe geef ik jullie een beoordeling?")
M("nl", R, "return", [], "beleefd maar stellig", "Ik snap je frustratie. Gedragen jassen nemen we niet terug, maar een kapotte naad valt onder garantie, stuur gerust een foto.", bq="oplichters zijn jullie")
M("nl", P, "delivery", [], "[Important] adresprobleem", "bestelling {oid}: de bezorger mist je huisnummertoevoeging bij 1012 AB Amsterdam, kun je die doorgeven?", imp=True, impok=True, sub="Adres {oid}")
M("nl", R, "damage", [], "geciteerde eerdere reactie schoon", "bedankt voor de foto's, de nieuwe gaat vandaag de deur uit", prev="Vervelend! Kun je een foto sturen van de thermosfles?")
M("nl", R, "question", [], "beoordeling in other sense (schadebeoordeling), EAN", "na beoordeling van de schade door DHL: EAN 8712345678906 is het nieuwe model, dat sturen we", bq="deuk in de fles", market=0)
M("nl", R, "feedback", [], "feedback aanpassen mag, geen druk", "Fijn dat het nu goed is. Wil je je feedback ooit aanpassen, dan is dat helemaal aan jou.", bq="nieuwe is er, top")
M("nl", R, "return", [], "retouradres met postcode (BE)", "retour naar Atelier Brise, Kortrijksesteenweg 88, 9000 Gent. het label staat in je Amazon-retouraanvraag", market=1)
# ---------------------------------------------------------------- Polish
M("pl", P, "review", [], "first request pair pl-A", "Dzień dobry, jeśli znajdzie Pan chwilę, będziemy wdzięczni za opinię o zamówieniu {oid}.", pair="plA", role=1, req=True)
M("pl", R, "delivery", ["repeat_request"], "second request pair pl-A inside delivery reply", "InPost: paczka odebrana z paczkomatu, nr przesyłki 612345678901234567890123. a jak Pan może, prosimy o opinię o produkcie", pair="plA", role=2, req=True)
M("pl", R, "damage", [], "first request pair pl-B inside support reply", "nowa wiertarka wysłana DPD, nr listu 0000123456789U. jak będzie chwila, opinia o zamówieniu bardzo nam pomoże", pair="plB", role=1, req=True)
M("pl", P, "review", ["review_manipulation", "repeat_request"], "second request pair pl-B asks 5 gwiazdek", "Zamówienie {oid}: czy mógłby Pan dać nam 5 gwiazdek? dla małej firmy to bardzo dużo", pair="plB", role=2, req=True)
M("pl", P, "feedback", [], "first request pair pl-C", "W sprawie zamówienia {oid}: będziemy wdzięczni za ocenę sprzedawcy, kiedy będzie Panu wygodnie.", pair="plC", role=1, req=True)
M("pl", P, "feedback", ["review_incentive", "repeat_request"], "second request pair pl-C with bon", "jeszcze raz ws. {oid}: za opinię wyślemy bon 20 zł, wystarczy screen", pair="plC", role=2, req=True)
M("pl", R, "refund", ["contact_email", "review_incentive", "feedback_removal"], "zwrot za usunięcie opinii", "oddamy całą kwotę, jak tylko usunie Pan negatywną opinię, proszę dać znać na biuro@wislatools.pl")
M("pl", P, "review", ["review_incentive", "attachment"], "kod rabatowy w ZIP za recenzję", "Zamówienie {oid}: za recenzję rabat 15% na kolejne zakupy, kod w załączniku", att=[("zip", "kod_rabatowy.zip")], req=True)
M("pl", P, "review", ["review_manipulation"], "review gating", "Zadowolony z wiertarki (zamówienie {oid})? Napisz opinię! Coś nie tak? Najpierw napisz do nas, zanim wystawisz ocenę", req=True)
M("pl", R, "feedback", ["review_manipulation", "feedback_removal"], "prośba o zmianę na 5 gwiazdek", "super, że działa! czy mógłby Pan zmienić ocenę na 5 gwiazdek? bardzo by nam to pomogło", bq="nowa działa ok")
M("pl", R, "feedback", ["feedback_removal", "offensive"], "groźba ws. opinii", "Pana opinia to kłamstwo. Proszę ją usunąć do jutra, bo inaczej sprawa trafi do prawnika.", bq="wiertarka nie działa")
M("pl", R, "return", ["styling", "offensive"], "obraźliwie z emoji", "trzeba było przeczytać opis \U0001F644 jak byk stoi 125 mm", bq="chcę zwrócić")
M("pl", R, "delivery", ["contact_phone", "offensive"], "niegrzecznie z telefonem", "Niech Pan przestanie nas zasypywać tymi żałosnymi wiadomościami. Jak pilne to tel. 500 555 014, a jak nie to cierpliwości.", bq="gdzie jest moja paczka")
M("pl", P, "order", ["external_link", "marketing", "tracking_pixel", "unpermitted_proactive"], "shipping notice + cross-selling link + piksel", "Zamówienie {oid} wysłane. Zobacz też nasze nowe zestawy kluczy: wislatools.pl/nowosci", html=PX)
M("pl", R, "question", ["contact_other", "marketing"], "obserwuj na Instagramie", "Tak, pasuje do tarcz 125 mm. Obserwuj nas na Instagramie @wislatools, tam są promki", bq="jakie tarcze pasują?", nooid=True)
M("pl", P, "order", ["marketing", "opt_out", "unpermitted_proactive"], "potwierdzenie wysyłki + newsletter + wypisanie", "Zamówienie {oid} wysłane! Zapisz się do newslettera i zgarnij 10%. Aby się wypisać, odpisz STOP.")
M("pl", P, "order", ["missing_order_id", "unpermitted_proactive"], "tylko podziękowanie bez numeru", "Bardzo dziękujemy za zakupy, miłego majsterkowania!", sub="Dziękujemy!")
M("pl", P, "order", ["important_tag", "unpermitted_proactive"], "[Important] potwierdzenie zamówienia", "Potwierdzamy przyjęcie zamówienia {oid} do realizacji.", imp=True, sub="Potwierdzenie {oid}")
# pl compliant
M("pl", R, "delivery", [], "nr przesyłki DPD w grupach", "nr przesyłki DPD: 0000 1234 5678 9U, doręczenie jutro 8:00-16:00", bq="gdzie jest moja paczka")
M("pl", R, "invoice", [], "faktura z NIP", "w załączniku faktura FV 2026/12/031, NIP 123-456-32-18, kwota 349,00 zł", att=[("pdf", "FV_2026_12_031.pdf")], bq="potrzebuję faktury na firmę")
M("pl", R, "refund", [], "częściowy zwrot i darmowa wymiana", "zwróciliśmy 50 zł za brak walizki i wysyłamy ją gratis, nic nie trzeba odsyłać", bq="brakuje walizki w zestawie")
M("pl", R, "feedback", [], "wyjaśnia jak wystawić ocenę na prośbę", "ocenę sprzedawcy wystawi Pan tu: https://www.amazon.pl/gp/css/order-history → zamówienie → 'Oceń sprzedawcę'", bq="gdzie mogę was ocenić?")
M("pl", R, "return", [], "stanowczo, ale uprzejmie", "Rozumiem zdenerwowanie. Używanych tarcz nie przyjmujemy, ale wadliwa obudowa jest na gwarancji – proszę przesłać zdjęcie.", bq="złodzieje!!!")
M("pl", P, "delivery", [], "[Important] termin dostawy gabarytu", "zamówienie {oid}: kurier potrzebuje terminu dla stołu warsztatowego – pasuje środa 9.12 w godz. 8-12?", imp=True, impok=True, sub="Termin dostawy {oid}")
M("pl", R, "damage", [], "cytowany wcześniejszy wątek czysty", "dzięki za zdjęcia, wymiana wychodzi dziś", prev="Przykro nam! Czy może Pan przesłać zdjęcie uszkodzenia?")
M("pl", R, "question", [], "model i numer seryjny, data", "model WT-750 z nr seryjnym od 2409-1100 ma już nowy uchwyt, Pana jest z 02.10.2024, rysunek w załączniku", bq="czy mój ma nowy uchwyt?", nooid=True, att=[("gif", "uchwyt_schemat.gif")])
M("pl", R, "feedback", [], "ocenę można zmienić, bez presji", "Cieszę się, że już działa. Gdyby chciał Pan kiedyś zmienić ocenę, to wyłącznie Pana decyzja.", bq="wymiana dotarła")
M("pl", R, "return", [], "adres zwrotu z kodem pocztowym", "zwrot na adres: Wisla Tools, ul. Przemysłowa 7, 30-701 Kraków. etykieta jest w zgłoszeniu zwrotu na Amazon")

# ---------------------------------------------------------------- Swedish
M("sv", P, "review", [], "first request pair sv-A", "Hej! Om du har en minut skulle vi uppskatta en recension av beställning {oid}.", pair="svA", role=1, req=True)
M("sv", R, "delivery", ["repeat_request"], "second request pair sv-A inside delivery reply", "PostNord säger levererat idag, kollinummer 00370712345678901234. och om du orkar får du gärna recensera produkten", pair="svA", role=2, req=True)
M("sv", R, "damage", [], "first request pair sv-B inside support reply", "ersättaren är skickad med DHL, sändnings-id 1234567890. när du hunnit testa uppskattar vi ditt omdöme om beställningen", pair="svB", role=1, req=True)
M("sv", P, "review", ["review_manipulation", "repeat_request"], "second request pair sv-B asks 5 stjärnor", "Beställning {oid}: ge oss gärna 5 stjärnor, det betyder jättemycket för en liten butik som vår", pair="svB", role=2, req=True)
M("sv", P, "feedback", [], "first request pair sv-C", "Gällande beställning {oid}: vi blir glada för säljarfeedback när det passar dig.", pair="svC", role=1, req=True)
M("sv", P, "feedback", ["review_incentive", "repeat_request"], "second request pair sv-C with presentkort", "en gång till om {oid}: skriv en recension så skickar vi ett presentkort på 100 kr", pair="svC", role=2, req=True)
M("sv", R, "refund", ["contact_email", "review_incentive", "feedback_removal"], "återbetalning mot borttagen recension", "du får hela beloppet tillbaka så fort du tar bort det negativa omdömet, meddela oss på kundtjanst@nordfjell-outdoor.se")
M("sv", P, "review", ["review_incentive", "attachment"], "rabattkod i MP4 för recension", "Beställning {oid}: recensera och få 15% rabatt nästa gång, koden finns i videon", att=[("mp4", "rabattkod.mp4")], req=True)
M("sv", P, "review", ["review_manipulation"], "review gating", "Nöjd med ryggsäcken (beställning {oid})? Berätta på Amazon! Inte nöjd? Kontakta oss först i stället för att recensera", req=True)
M("sv", R, "feedback", ["review_manipulation", "feedback_removal"], "ber höja till 5 stjärnor", "skönt att det löste sig! kan du höja betyget till 5 stjärnor tro? tack på förhand", bq="nya dragkedjan funkar")
M("sv", R, "feedback", ["feedback_removal", "offensive"], "hotar om recensionen", "Ditt omdöme är rena lögner. Ta bort det nu annars polisanmäler vi dig.", bq="fel storlek skickad")
M("sv", R, "return", ["styling", "offensive"], "förolämpning med emoji", "läs beskrivningen nästa gång \U0001F644 28 liter står det ju", bq="kan jag returnera?")
M("sv", R, "delivery", ["contact_phone", "offensive"], "otrevlig med telefonnummer", "Sluta tjata, din gnällspik. Ring 070-174 06 52 om det är bråttom, annars får du vänta.", bq="när kommer paketet?")
M("sv", P, "order", ["external_link", "marketing", "tracking_pixel", "unpermitted_proactive"], "shipping notice + korsförsäljning med länk och pixel", "Beställning {oid} är skickad. Kolla in våra nya termosar på nordfjell-outdoor.se/termos", html=PX)
M("sv", R, "question", ["contact_other", "marketing"], "följ oss på Instagram", "Ja, den tål -10°C. Följ oss på Instagram @nordfjell för rabattkoder!", bq="hur kall natt klarar den?", nooid=True)
M("sv", P, "order", ["marketing", "opt_out", "unpermitted_proactive"], "leveransbekräftelse + nyhetsbrev + avregistrera", "Din beställning {oid} är på väg! Nyhetsbrevet ger 10% rabatt. Avregistrera dig genom att svara STOPP.")
M("sv", P, "order", ["missing_order_id", "unpermitted_proactive"], "bara tack, inget ordernummer", "Tusen tack för att du handlade hos oss!", sub="Tack!")
M("sv", P, "order", ["important_tag", "unpermitted_proactive"], "[Important] orderbekräftelse", "Vi bekräftar din beställning {oid}, den packas imorgon.", imp=True, sub="Orderbekräftelse {oid}")
# sv compliant
M("sv", R, "delivery", [], "kollinummer och tidsfönster", "kollinummer PostNord 0037 0712 3456 7890 1235, utdelning imorgon 09-15", bq="när kommer paketet?")
M("sv", R, "invoice", [], "kvitto med momsnummer", "kvitto 2026-3341 bifogat, momsreg.nr SE556677889901, summa 899 kr", att=[("pdf", "kvitto_2026-3341_återköp.pdf")], bq="behöver kvitto med moms")
M("sv", R, "refund", [], "delåterbetalning och gratis byte", "vi har återbetalat 150 kr och skickar en ny dragkedja gratis, du behöver inte skicka tillbaka något", bq="dragkedjan gick sönder")
M("sv", R, "feedback", [], "förklarar feedback på begäran", "säljarfeedback lämnar du via https://www.amazon.se/gp/css/order-history, välj ordern och 'Lämna säljarfeedback'", bq="var kan jag betygsätta er?")
M("sv", R, "return", [], "vänlig men bestämd", "Jag förstår att du är irriterad. Använda sovsäckar tar vi inte tillbaka, men en trasig söm täcks av garantin – skicka en bild.", bq="ni är bedragare")
M("sv", P, "delivery", [], "[Important] adressfel", "beställning {oid}: budet hittar inte portkoden till 113 45 Stockholm, kan du skicka den?", imp=True, impok=True, sub="Adressfråga {oid}")
M("sv", R, "damage", [], "citerad tidigare tråd ren", "tack för bilderna, ny skickas idag", prev="Åh nej! Kan du skicka en bild på dragkedjan?")
M("sv", R, "question", [], "modell och serienummer", "PL-300 med serienr från 24-0811 har USB-C, din (23-1190) har micro-USB", bq="har min usb-c?", nooid=True)
M("sv", R, "feedback", [], "feedback kan ändras, ingen press", "Kul att det löste sig. Vill du någon gång ändra din feedback är det helt upp till dig.", bq="nya funkar bra")
M("sv", R, "return", [], "returadress med postnummer", "returen skickas till NordFjell Outdoor, Lagervägen 3, 417 05 Göteborg. etiketten finns i din returförfrågan på Amazon")
# ---------------------------------------------------------------- Portuguese (BR)
M("pt", P, "review", [], "first request pair pt-A", "Oi! Se tiver um minutinho, uma avaliação do pedido {oid} ajuda muito a gente. Obrigado!", pair="ptA", role=1, req=True)
M("pt", R, "delivery", ["repeat_request"], "second request pair pt-A inside delivery reply", "Correios mostra entregue hoje, código de rastreio AB123456789BR. e se puder avaliar o produto seria ótimo", pair="ptA", role=2, req=True)
M("pt", R, "damage", [], "first request pair pt-B inside support reply", "o fone novo já foi enviado, rastreio LB987654321BR. quando der, sua avaliação do pedido ajuda demais", pair="ptB", role=1, req=True)
M("pt", P, "review", ["review_manipulation", "repeat_request"], "second request pair pt-B asks 5 estrelas", "Pedido {oid}: consegue deixar 5 estrelas pra gente? pra loja pequena faz muita diferença", pair="ptB", role=2, req=True)
M("pt", P, "feedback", [], "first request pair pt-C", "Sobre o pedido {oid}: ficaríamos gratos pela sua avaliação do vendedor, quando puder.", pair="ptC", role=1, req=True)
M("pt", P, "feedback", ["review_incentive", "repeat_request"], "second request pair pt-C with vale-presente", "de novo sobre o {oid}: avaliando, você ganha um vale-presente de R$ 20, é só mandar o print", pair="ptC", role=2, req=True)
M("pt", R, "refund", ["contact_email", "review_incentive", "feedback_removal"], "reembolso se apagar a avaliação", "devolvemos o valor total assim que você apagar a avaliação de 1 estrela, avisa no sac@solaristech.com.br")
M("pt", P, "review", ["review_incentive", "attachment"], "cupom em XLSX por avaliação", "Pedido {oid}: avalie e ganhe 15% na próxima compra, cupom na planilha anexa", att=[("xlsx", "cupom.xlsx")], req=True)
M("pt", P, "review", ["review_manipulation"], "review gating", "Curtiu o smartwatch (pedido {oid})? Conta lá na Amazon! Não curtiu? Fala com a gente antes de avaliar", req=True)
M("pt", R, "feedback", ["review_manipulation", "feedback_removal"], "pede subir para 5 estrelas", "que bom que resolveu! será que dá pra subir a nota pra 5 estrelas? ajudaria muito", bq="o novo chegou e funciona")
M("pt", R, "feedback", ["feedback_removal", "offensive"], "ameaça pela avaliação", "Sua avaliação é mentirosa. Tira isso hoje ou vamos processar você.", bq="o fone parou de funcionar")
M("pt", R, "return", ["styling", "offensive"], "insulto com emoji", "era só ler o anúncio né \U0001F644 tá escrito 33W", bq="posso trocar?")
M("pt", R, "delivery", ["contact_phone", "offensive"], "grosseiro com telefone", "Para de encher o saco. Se for urgente liga (11) 95555-0123, senão espera.", bq="meu pedido ainda não chegou")
M("pt", P, "order", ["external_link", "marketing", "tracking_pixel", "unpermitted_proactive"], "shipping notice + cross-sell com link e pixel", "Pedido {oid} enviado! Veja também nossas caixas de som novas em solaristech.com.br/novidades", html=PX)
M("pt", R, "question", ["contact_other", "marketing"], "chama no WhatsApp para promoções", "Sim, é compatível com iPhone. Chama no WhatsApp da loja pra receber as promoções da semana", bq="funciona com iphone?", nooid=True)
M("pt", P, "order", ["marketing", "opt_out", "unpermitted_proactive"], "confirmação de envio + newsletter + descadastro", "Seu pedido {oid} foi enviado! Assine a newsletter e ganhe 10%. Para se descadastrar, responda SAIR.")
M("pt", P, "order", ["missing_order_id", "unpermitted_proactive"], "só agradecimento sem número", "Muito obrigado pela compra, aproveite!", sub="Obrigado!")
M("pt", P, "order", ["important_tag", "unpermitted_proactive"], "[Important] estamos aqui para ajudar", "Pedido {oid}: só passando pra dizer que estamos aqui se precisar.", imp=True, sub="Pedido {oid}")
# pt compliant
M("pt", R, "delivery", [], "rastreio e janela de entrega", "código de rastreio Correios QB123456785BR, previsão quinta entre 8h e 18h", bq="meu pedido ainda não chegou")
M("pt", R, "invoice", [], "nota fiscal com CNPJ", "segue a nota fiscal NF-e 000.123.456 em anexo, CNPJ 12.345.678/0001-95, valor R$ 249,90", att=[("pdf", "NFe_000123456.pdf")], bq="preciso da nota fiscal")
M("pt", R, "refund", [], "reembolso parcial e frete grátis", "reembolsamos R$ 30 pelo cabo que faltou e mandamos outro com frete grátis", bq="veio faltando o cabo")
M("pt", R, "feedback", [], "explica avaliação a pedido", "pra avaliar o vendedor: https://www.amazon.com.br/gp/css/order-history → pedido → 'Avaliar o vendedor'", bq="onde eu avalio vocês?")
M("pt", R, "return", [], "firme e educado", "Entendo a chateação. Fone usado sem defeito não dá pra trocar, mas se for defeito a garantia cobre, é só mandar um vídeo curto pelo Amazon.", bq="loja de golpista")
M("pt", P, "delivery", [], "[Important] endereço incompleto", "pedido {oid}: a transportadora diz que falta o complemento do endereço (CEP 01310-100), pode confirmar?", imp=True, impok=True, sub="Endereço {oid}")
M("pt", R, "damage", [], "thread citado limpo", "valeu pelas fotos, o novo sai amanhã", prev="Poxa, desculpa! Pode mandar uma foto do defeito?")
M("pt", R, "question", [], "WhatsApp como recurso do produto", "sim, o Solaris Fit 2 mostra notificações de WhatsApp e Telegram no pulso", bq="mostra mensagem do whatsapp?", nooid=True)
M("pt", R, "feedback", [], "avaliação pode ser alterada, sem pressão", "Que bom que deu certo. Se algum dia quiser mudar sua avaliação, fica totalmente a seu critério.", bq="chegou o novo, tudo certo")
M("pt", R, "question", [], "modelo, preço e data", "o ST-200 (mod. ST200-BR) custa R$ 189,90 e volta ao estoque dia 15/12/2026, foto em anexo", bq="quando volta o preto?", nooid=True, att=[("jpg", "foto_produto_preto.jpg")])

# ---------------------------------------------------------------- mixed-language and quoted-history extras
M("de", R, "refund", ["review_incentive"], "incentive only in quoted earlier agent reply", "Erstattung ist durch, sollte in 3-5 Tagen da sein", prev="Sorry für den Ärger! Für eine ehrliche Rezension gibt's von uns übrigens 10 € Gutschrift.", market=1)
M("fr", R, "delivery", ["contact_phone"], "phone only in quoted earlier agent reply", "bonne nouvelle, le colis est reparti ce matin, suivi 6A98765432101", prev="Désolée pour le retard, appelez-nous au 06 39 98 52 10 si besoin.")
M("ja", R, "question", ["external_link"], "URL only in quoted earlier agent reply", "追加のご質問ありがとうございます。土鍋はIH非対応です。", prev="詳しい使い方は https://kitsune-kitchen.jp/donabe-guide をご覧ください。", nooid=True)
M("es", R, "feedback", ["review_manipulation"], "5 estrellas only in quoted earlier agent reply", "te confirmo que el reembolso salió hoy", prev="Ya está resuelto, no? Si te animas, 5 estrellas nos vendrían genial", bq="y el reembolso?")
M("it", R, "question", ["contact_email"], "obfuscated chiocciola address", "per il manuale completo scrivi a info chiocciola casalumina-home punto it", nooid=True)
M("de", R, "invoice", ["contact_email"], "obfuscated (at)(punkt) address", "Rechnung schicken wir gern auch direkt, kurze Mail an buchhaltung(at)wislatools(punkt)pl", market=1)
M("fr", R, "return", ["external_link"], "spaced domain", "toutes les infos retour sont sur a t e l i e r - b r i s e . f r / retours")
M("pl", R, "question", ["contact_phone"], "phone in words (Polish)", "najszybciej telefonicznie: pięćset pięćdziesiąt pięć, zero jeden, cztery osiem", nooid=True)
M("nl", R, "order", ["contact_other"], "mixed NL/FR, WhatsApp contact (BE)", "bonjour/hallo! stuur ons gerust een berichtje op WhatsApp, on répond plus vite là-bas", market=1)
M("fr", R, "question", ["contact_other", "marketing"], "fr-CA/en mixed, Facebook page promo", "oui c'est fait main au Québec! check notre page Facebook Maple & Pine Crafts pour les nouveautés de Noël", market=1, nooid=True)
M("pl", P, "review", ["review_manipulation"], "PL/DE mixed, asks for positive review", "Zamówienie {oid} – danke schön! prosimy o pozytywną opinię, das hilft uns sehr", req=True)
M("sv", R, "feedback", ["feedback_removal"], "SV/EN mixed polite removal request", "glad it worked out! skulle du kunna ta bort det negativa omdömet nu when it's sorted? tack", bq="funkar nu")
M("en", R, "delivery", [], "mixed en/fr-CA, tracking and time window", "hi/bonjour {n}! Purolator 335123456789 arrive demain between 9am-noon. merci for your patience", market=1)
M("de", R, "return", [], "mixed de/en, RMA and asap", "RMA 2026-0456 ist angelegt, pls Label asap ausdrucken, bzw. bei DHL den QR-Code zeigen", bq="kann ich das zurückschicken, passt nicht")
M("nl", R, "question", [], "mixed nl/fr, sizes", "de M is 32x24 cm, la L fait 40x30 cm, beide in osier", bq="welke maat voor een plaid?", market=1, nooid=True)
M("pl", R, "delivery", [], "mixed pl/de, tracking", "Paket ist unterwegs / paczka w drodze, DHL 00340434161094055555, dostawa jutro", bq="gdzie jest moja paczka")
M("es", R, "refund", [], "mixed es/en (MX), refund with discount word", "ya quedó el refund de $250 MXN, es el descuento que te prometimos por el retraso. thx!", bq="y mi reembolso?", market=1)
M("it", R, "order", [], "mixed it/en, order id and date", "ordine {oid} ok, ship date 09/12, tracking asap appena BRT lo scansiona", bq="quando parte?")

# ---------------------------------------------------------------- structural extras in other languages
M("de", P, "delivery", ["missing_order_id"], "Zustellproblem ohne Bestellnummer", "Ihr Paket mit dem Schlafsack kam zurück, Adresse unvollständig. Können Sie die Hausnummer bestätigen?", sub="Zustellproblem")
M("it", P, "invoice", ["missing_order_id"], "fattura senza numero d'ordine", "ti inviamo la fattura n. 2026/201 per il tuo acquisto, la trovi in allegato", att=[("pdf", "fattura_2026-201.pdf")], sub="Fattura 2026/201")
M("ja", P, "delivery", ["missing_order_id"], "配達日時の確認、注文番号なし", "大型商品のため、お届け日時のご希望をお知らせいただけますでしょうか。", sub="お届け日時のご確認")
M("fr", R, "question", ["opt_out"], "List-Unsubscribe sur une réponse normale", "oui, le plaid passe en machine à 30°, séchage à plat", lue=True, nooid=True, bq="lavable en machine ?")
M("es", P, "invoice", ["opt_out"], "frase de baja en factura", "Factura del pedido {oid} adjunta. Si prefieres no recibir más mensajes nuestros, responde NO y te damos de baja.", att=[("pdf", "factura.pdf")])
M("nl", R, "delivery", ["tracking_pixel"], "display:none pixel", "DHL heeft 'm opgehaald, zendingnummer JVGL06123456789012, morgen bij je", html='<img src="https://trk.trengo-mail.eu/open/{oid}.png" style="display:none" alt="">')
M("pt", R, "refund", ["tracking_pixel"], "pixel 1x1 host conhecido", "estorno feito hoje, aparece na fatura em até 2 ciclos", html='<img src="https://richpanel-open.io/o.gif?c={oid}" width="1" height="1">')
M("sv", R, "damage", ["attachment"], ".jpg som egentligen är PNG", "bifogar bild på hur sömmen ska se ut", att=[("fakejpg", "söm.jpg")])
M("ja", R, "question", ["attachment"], "取扱説明書をZIPで", "取扱説明書一式をZIPにまとめて添付いたしました。", att=[("zip", "取扱説明書.zip")], nooid=True)
M("de", R, "damage", ["attachment"], "sechs Fotos (mehr als fünf Anhänge)", "hier die Fotos aus dem Lager, sieht man gut dass der Karton heil war", att=[("jpg", "lager_%d.jpg" % k) for k in range(1, 7)])
M("it", R, "refund", ["styling"], "colore e font forzati", "rimborso completato, lo vedi entro 5 giorni",
  htmlbody='<div style="font-family:Verdana;color:#8b0000">rimborso completato, lo vedi entro 5 giorni</div>')
M("pl", R, "delivery", ["styling"], "obraz ładowany przez http:", "paczka nadana, nr przesyłki InPost 620123456789012345678901", html='<img src="http://wislatools.pl/img/stopka.png" width="300" height="60" alt="Wisla Tools">')
M("sv", R, "delivery", ["styling"], "för många tomma rader", "paketet är på väg\n\n\n\n\nkollinummer 00370712345678909999")
M("es", R, "question", ["important_tag"], "[Important] en una respuesta a una pregunta de producto", "sí, las sábanas son 100% algodón percal", imp=True, nooid=True, bq="son de algodón?")
M("pt", P, "invoice", ["important_tag"], "[Important] na nota fiscal", "Pedido {oid}: a nota fiscal já está disponível em Seus Pedidos.", imp=True, sub="Nota fiscal {oid}")
# more hard negatives
M("fr", P, "order", [], "[Important] personnalisation (gravure)", "commande {oid} : pour la gravure, on met « Chloé & Max » en italique ou en capitales ?", imp=True, impok=True, sub="Gravure {oid}")
M("es", R, "damage", [], "exactly five allowed attachments", "te mando las fotos del embalaje y el parte de la agencia, 5 archivos", att=[("jpg", "foto1.jpg"), ("jpg", "foto2.jpg"), ("jpg", "foto3.jpg"), ("png", "etiqueta.png"), ("pdf", "parte_agencia.pdf")])
M("it", R, "delivery", [], "DHL Express 10 cifre", "DHL Express waybill 1234567890, consegna domani entro le 12:00", bq="il pacco non è ancora arrivato")
M("ja", R, "refund", [], "無料・割引 legit", "配送遅延のお詫びとして送料を無料にし、300円割引分を本日返金いたしました。", bq="届くのが遅すぎます")
M("sv", R, "question", [], "inline cid logo, unlinked", "ja, ryggsäcken har regnskydd i bottenfacket", fmt="related", nooid=True, bq="ingår regnskydd?")
M("nl", R, "damage", [], "reviewed in other sense", "we hebben je foto's gereviewd met ons magazijn: nieuwe thermosfles gaat morgen op de post", bq="deuk in de fles")
M("pt", R, "feedback", [], "diferença entre avaliação de produto e de vendedor, a pedido", "a avaliação do produto fala do fone; a do vendedor fala da entrega e atendimento. as duas ficam em Seus Pedidos", bq="qual a diferença das avaliações?")
M("pl", R, "refund", [], "rabat legit, kwota", "za opóźnienie daliśmy rabat 10%, czyli 34,90 zł wróciło na kartę", bq="dostawa trwała 2 tygodnie")

# ---------------------------------------------------------------- cross-language repeat pairs
M("de", P, "review", [], "first request pair x-DE-EN (German)", "Moin! Über eine kurze Produktbewertung zu {oid} würden wir uns freuen, kein Stress.", pair="xDE", role=1, req=True, mk=("nordfjell", "de"))
M("en", P, "review", ["repeat_request"], "second request pair x-DE-EN, now in English, no reminder wording", "hi, sorry for the english - could you review order {oid} when you get a moment? thx a lot", pair="xDE", role=2, req=True, mk=("nordfjell", "de"))
M("fr", R, "delivery", [], "first request pair x-FRCA-EN (seller feedback inside a support reply)", "c'est réglé, Purolator 335987654321 arrive jeudi. si le cœur vous en dit, une évaluation du vendeur nous ferait plaisir", pair="xCA", role=1, req=True, mk=("maple", "ca"))
M("en", P, "review", ["repeat_request"], "second request pair x-FRCA-EN: product review after a seller-feedback request, English", "Order {oid} - when you've had time with the throw, a product review would be great. merci!", pair="xCA", role=2, req=True, mk=("maple", "ca"))


if __name__ == "__main__":
    main()
