#!/usr/bin/env python3
"""Blind held-out corpus 'heldout19' for bsm-guard.

Writes msgs/NNNN-<lang>-<re|pro>-<topic>.eml and labels.jsonl next to this script, then
re-reads every file it wrote and checks that each labelled feature is present in the bytes
(and that compliant messages contain none of the violation material). Exit status 1 if a
check fails. Python 3.11 standard library only, fixed seed, byte-identical output.
"""
import base64
import datetime as dt
import email
import email.header
import email.policy
import hashlib
import html
import io
import json
import os
import quopri
import random
import re
import struct
import sys
import unicodedata
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 1919

# ---------------------------------------------------------------- attachment bytes
def _pdf_esc(s):
    s = s.encode("ascii", "replace").decode("ascii")
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, pad_bytes=0):
    content = "BT /F1 11 Tf 56 780 Td 15 TL " + " ".join("(%s) Tj T*" % _pdf_esc(l) for l in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(("%d 0 obj\n" % i).encode() + o.encode("latin-1") + b"\nendobj\n")
    n = len(objs)
    if pad_bytes:
        offs.append(out.tell())
        blob = (b"0123456789ABCDEF" * (pad_bytes // 16 + 1))[:pad_bytes]
        out.write(("%d 0 obj\n<< /Length %d >>\nstream\n" % (n + 1, len(blob))).encode() + blob + b"\nendstream\nendobj\n")
        n += 1
    xref = out.tell()
    out.write(("xref\n0 %d\n0000000000 65535 f \n" % (n + 1)).encode())
    for o in offs:
        out.write(("%010d 00000 n \n" % o).encode())
    out.write(("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n + 1, xref)).encode())
    return out.getvalue()


def make_png(w=48, h=32, seed=0):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw += bytes(((x * 5 + seed * 37) % 256, (y * 7 + seed * 11) % 256, (x * y + seed) % 256))
    def chunk(t, d):
        c = t + d
        return struct.pack(">I", len(d)) + c + struct.pack(">I", zlib.crc32(c) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


GIF_STATIC = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff"
              b"!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
GIF_ANIM = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff"
            b"!\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
            b"!\xf9\x04\x04\x32\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00"
            b"!\xf9\x04\x04\x32\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02L\x01\x00;")


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def make_docx(text):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % html.escape(l) for l in text.split("\n")) + "</w:body></w:document>")
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def make_xlsx():
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
    wb = '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sizes" sheetId="1"/></sheets></workbook>'
    return _zip([("[Content_Types].xml", ct), ("xl/workbook.xml", wb)])


def make_exe():
    stub = bytearray(b"MZ" + b"\x90\x00" * 29 + b"\x00" * 2)
    stub += b"\x00" * (0x3c - len(stub)) + struct.pack("<I", 0x80)
    stub += b"\x00" * (0x80 - len(stub)) + b"PE\x00\x00" + b"\x4c\x01" + b"\x00" * 250
    return bytes(stub)


def make_mp4():
    ftyp = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"
    mdat_payload = bytes(range(256)) * 8
    return ftyp + struct.pack(">I", 8 + len(mdat_payload)) + b"mdat" + mdat_payload


def make_heic():
    ftyp = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"
    return ftyp + struct.pack(">I", 8 + 512) + b"meta" + bytes(512)


def make_webp():
    vp8 = b"VP8L" + struct.pack("<I", 5) + b"\x2f\x00\x00\x00\x00" + b"\x00"
    body = b"WEBP" + vp8
    return b"RIFF" + struct.pack("<I", len(body)) + body


MAGIC = {  # extension -> predicate on content
    "pdf": lambda b: b.startswith(b"%PDF-"),
    "png": lambda b: b.startswith(b"\x89PNG\r\n\x1a\n"),
    "gif": lambda b: b.startswith(b"GIF8"),
    "jpg": lambda b: b.startswith(b"\xff\xd8\xff"),
    "txt": lambda b: b"\x00" not in b,
    "docx": lambda b: b.startswith(b"PK\x03\x04") and b"word/document.xml" in b,
}
ALLOWED_EXT = {"pdf", "png", "gif", "jpg", "jpeg", "txt", "doc", "docx"}

# ---------------------------------------------------------------- MIME writing
def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, "utf-8", maxlinelen=76, header_name="Subject").encode()


def enc_text_part(text, charset, cte, subtype):
    try:
        data = text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
        data = text.encode("utf-8")
        if cte in ("7bit", "8bit"):
            cte = "quoted-printable"
    if cte == "7bit" and any(b > 127 for b in data) and charset != "iso-2022-jp":
        cte = "quoted-printable"
    if cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:
        body = data.decode("latin-1")
    hdr = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (subtype, charset, cte)
    return hdr + "\n" + body.rstrip("\n") + "\n"


def att_part(name, ctype, data, inline_cid=None):
    try:
        name.encode("ascii")
        fn = 'filename="%s"' % name
        nm = 'name="%s"' % name
    except UnicodeEncodeError:
        q = "".join(c if (c.isascii() and (c.isalnum() or c in "._-")) else "%%%02X" % b for c in name for b in c.encode("utf-8")) if False else \
            "".join(("%%%02X" % b) if not (chr(b).isalnum() and b < 128 or chr(b) in "._-") else chr(b) for b in name.encode("utf-8"))
        fn = "filename*=utf-8''%s" % q
        nm = 'name="%s"' % email.header.Header(name, "utf-8").encode()
    disp = "inline" if inline_cid else "attachment"
    h = "Content-Type: %s; %s\nContent-Transfer-Encoding: base64\nContent-Disposition: %s; %s\n" % (ctype, nm, disp, fn)
    if inline_cid:
        h += "Content-ID: <%s>\n" % inline_cid
    return h + "\n" + base64.encodebytes(data).decode("ascii")


def multipart(subtype, parts, boundary):
    out = 'Content-Type: multipart/%s; boundary="%s"\n\n' % (subtype, boundary)
    out += "This is a multi-part message in MIME format.\n" if subtype == "mixed" else ""
    for p in parts:
        out += "--%s\n%s\n" % (boundary, p.rstrip("\n"))
    out += "--%s--\n" % boundary
    return out

# ---------------------------------------------------------------- language data
LANG = {}

LANG["en"] = dict(
    buyers=["Claire", "Tom", "Priya", "Gareth", "Megan", "Dylan", "Sarah", "Kevin", "Rachel", "Owen", "Jessica", "Brandon"],
    agents=[("Hannah Brooks", "Customer Care Team Lead"), ("Marcus Reed", "Customer Support Specialist"),
            ("Aoife Gallagher", "Marketplace Support Agent")],
    greet=["Hi {n},", "Hello {n},", "Dear {n},"],
    close=["Kind regards,", "Best wishes,", "Many thanks,", "All the best,"],
    team="Customer Care",
    re="Re:",
    inq="Inquiry from Amazon customer {n} (Order: {oid})",
    msg=("------------- Message: -------------", "------------- End message -------------"),
    order_line="Order ID {oid}:", item_line="1 of {product} [ASIN: {asin}]",
    helpful="Was this email helpful? https://{sc}/gp/communication-manager/feedback.html?t={tok}",
    wrote="On {date}, at {time}, {n} - Amazon Marketplace <{relay}> wrote:",
    ol=("From", "Sent", "To", "Subject"),
    ref_id="order {oid}", ref_noid="your recent order",
    scen=dict(
        R1=("Hi, I ordered the {product} over a week ago and it still hasn't turned up. Where is it?",
            ["Thanks for getting in touch about order {oid}. Your parcel left our warehouse on {d1} with {carrier}, tracking number {track}. The carrier shows it at your local depot and expects to deliver it by {d2}.",
             "If it hasn't arrived by then, just reply here and we'll send a replacement or refund you in full, whichever you prefer."]),
        R2=("The {product} arrived damaged. The box was crushed and one part is broken.",
            ["I'm sorry the {product} reached you in that state. We've sent a replacement today at no cost ({carrier}, tracking number {track}), and there's no need to send the damaged one back.",
             "If you'd rather have a refund instead, tell me and I'll process it straight away."]),
        R3=("Could you send me a VAT invoice for this order? I need it for my business accounts.",
            ["Of course. Invoice {inv} for order {oid} is attached as a PDF, with the VAT shown separately.",
             "If the company name or address on it needs changing, reply with the details and I'll reissue it the same day."]),
        R4=("I've lost the instruction leaflet for the {product}. Do you have it as a file?",
            ["No problem at all. I've attached the user manual for the {product} (model {model}) as a PDF; the set-up steps are in section 3.",
             "Let me know if anything in it is unclear and I'll walk you through it."]),
        R5=("I'd like to return the {product}, it isn't quite what I expected.",
            ["That's fine, you can return it within 30 days. The quickest way is through Your Orders: https://{amz}/gp/css/order-history, then choose \"Return or replace items\" next to order {oid}.",
             "If you'd rather post it yourself, our returns address is {retaddr}. Please write the RMA number {rma} on the parcel so our warehouse can match it to your order."]),
        R6=("This is the THIRD time I'm writing. Useless service. Refund me today or I'm leaving one-star reviews everywhere.",
            ["I understand your frustration, and I'm sorry it took three messages to get a proper answer. I've now refunded the full {price} for order {oid}; it will show on your statement within 3-5 working days.",
             "What you post about us is entirely your decision, and the refund doesn't depend on it in any way. I'd only ask that we keep the conversation civil so I can go on helping you."]),
        R7=("I'd like to leave a review for the {product} but I can't find where to do it. How does it work?",
            ["Happy to explain. In Your Orders, find order {oid} and click \"Write a product review\", or open https://{amz}/review/review-your-purchases/?asin={asin} directly.",
             "Seller feedback is separate from the product review; it's on the same order page under \"Leave seller feedback\". Amazon publishes both after a short check."]),
        R8=("One of the items has a small scratch on the side. Not worth sending back, but still a bit annoying.",
            ["Thanks for telling us, and for the photo. We've refunded {price} ({pct}% of the item price) as a goodwill gesture, and you're welcome to keep the item.",
             "The refund should appear on your card within a few days."]),
    ),
    prop=dict(
        P1=("[Important] Delivery appointment for {sref}",
            ["Your {product} is ready to leave our warehouse ({ref}). As it is a two-person delivery, the freight carrier needs to agree a day with you.",
             "Could you reply with the day that suits you best: {d1}, {d2} or {d3}? Deliveries run between 8:00 and 18:00."]),
        P2=("[Important] Delivery address check, {sref}",
            ["The carrier could not verify the delivery address for {ref}: the house number seems to be missing.",
             "Could you reply with the full address, including the house number, so we can send the {product} out today?"]),
        P3=("[Important] Please confirm the embroidery for {sref}",
            ["You ordered the {product} with a name embroidered on it ({ref}). The name on the order reads \"Emilie\".",
             "Please confirm the spelling, or reply with the correct one, before we start stitching on {d1}."]),
        P4=("Invoice for {sref}",
            ["Please find attached invoice {inv} for {ref}. It is a PDF and shows the VAT separately."]),
        P5=("Your {product}: {sref}",
            ["Our records show that the {product} was delivered on {d1} ({ref})."]),
        P6=("Your return for {sref}",
            ["Thank you for sending back the {product} ({ref}). When we unpacked it, one accessory listed on the return form was not in the box.",
             "Could you check whether it's still with you? As soon as it reaches us we will refund the remaining {price}."]),
        P7=("Missing item from {sref}",
            ["One accessory of {ref} was not packed with the main parcel. We sent it separately today with {carrier}, tracking number {track}.",
             "There is nothing you need to do; it should arrive by {d2}."]),
    ),
    unp=[
        ("order_conf", "Thank you for your order {sref}!", ["Thank you for your order {oid}! We've received it and our team is already preparing your {product} for dispatch."]),
        ("ship_conf", "Your order {sref} has shipped", ["Good news: order {oid} left our warehouse today with {carrier}. Tracking number: {track}."]),
        ("thanks_only", "Thank you from {seller}", ["Just a quick note to say thank you for choosing {seller} for order {oid}. We really appreciate it."]),
        ("help_only", "We're here if you need us", ["We hope you're enjoying your {product} from order {oid}. If you ever have a question, we're here to help, just reply to this message."]),
        ("oos", "Stock update on {sref}", ["We're sorry: the {product} from order {oid} is temporarily out of stock. We expect new stock around {d2} and will ship it then."]),
        ("ship_conf", "Dispatch notice {sref}", ["Your parcel for order {oid} is on its way. {carrier} will deliver it within 2-3 working days; tracking number {track}."]),
    ],
    neutral=[
        "If you have a moment, we would appreciate your feedback on this order.",
        "When you've had a chance to use the {product}, a short review on Amazon would help other buyers decide.",
        "We'd be grateful if you could share your experience of this order in a product review.",
        "Could you spare a minute to leave seller feedback for order {oid}? It helps us improve.",
        "If you'd like to, you can review the {product} here: https://{amz}/review/review-your-purchases/?asin={asin}",
        "Your honest opinion of the {product} would be very welcome as a review whenever you have time.",
    ],
    remind=["Just in case our earlier email got lost: we'd still love to read your thoughts on the {product} in a review.",
            "A gentle reminder: if you haven't yet, please leave feedback for order {oid}."],
    upd_ok=["Now that this is sorted: if you left feedback earlier and feel it no longer reflects how things went, Amazon lets you update it, but that is entirely up to you.",
            "For what it's worth, seller feedback can be edited later from Your Orders if you ever want to; there's no expectation either way."],
    pools=dict(
        review_incentive=[
            "As a small thank-you, everyone who leaves a review this month gets a £10 Amazon gift card, just reply with a screenshot.",
            "Post your review and we'll pop a free shaker bottle in with your next order.",
            "Every review enters you into our monthly draw for a $100 voucher.",
            "Reviewers get 20% off their next order with us, so it's well worth a couple of minutes.",
            "Once your review is up, send me the link and I'll refund the shipping cost for you.",
        ],
        review_manipulation=[
            "If you're happy with the {product}, a 5-star review would mean the world to us; if anything isn't perfect, please message us first instead.",
            "When you write your review, it would really help if you mentioned how quick and easy the assembly was.",
            "Please only leave a review if you're completely satisfied. If not, just contact us and we'll sort it out.",
            "Could you give us five stars? Anything less really hurts a small business like ours.",
            "We'd love a glowing review, and a photo of the {product} in use always gets the most likes.",
        ],
        feedback_removal=[
            "Now that the refund has gone through, could you please remove the one-star review you left?",
            "We'd be grateful if you could change your feedback to reflect the outcome, as it's currently dragging our rating down.",
            "As the issue is resolved, I'd ask you to take down the negative feedback today, please.",
            "Would you mind deleting your review? We've done everything you asked.",
        ],
        marketing=[
            "By the way, our winter range has just launched: use code WINTER15 for 15% off anything in our store.",
            "You might also like our new lens cleaning kit; it pairs perfectly with what you bought.",
            "Black Friday is coming, and everything in our shop will be 25% off from Friday morning.",
            "Sign up for our newsletter and be the first to hear about new products.",
        ],
        offensive=[
            "Honestly, it's customers like you who make this job miserable.",
            "Stop wasting our time with these ridiculous complaints; you clearly have no idea how to use a tripod.",
            "If you keep harassing us like this, you'll regret it. We know where the parcel went.",
            "What a load of crap. The damage was obviously your own stupid fault.",
        ],
        opt_out=[
            "Don't want to hear from us? Reply STOP and we'll take you off our mailing list.",
            "You can opt out of further emails from us at any time by replying UNSUBSCRIBE.",
        ],
    ),
    unsub_link=["To unsubscribe from these emails, click here: {u}", "Manage your email preferences: {u}"],
    contact=dict(
        phone=["If it's easier, you can call me directly on 07700 900418 (Mon-Fri, 9 to 5).",
               "Our support line is (555) 555-0147 if you'd rather talk it through.",
               "Ring us on 020 7946 0321 and ask for the returns desk.",
               "You can reach me on zero seven seven zero zero, nine zero zero, two six one."],
        email=["Feel free to email me directly at {agentmail}.",
               "Send the photos to returns@{dom} and we'll take it from there.",
               "You can also write to orders (at) {domdot} if that's easier."],
        other=[("For a quicker answer, message us on WhatsApp: +44 7700 900733.", ["contact_other", "contact_phone"]),
               ("Add our support team on Skype (lumora_support) and we can go through it on a call.", ["contact_other"]),
               ("Drop us a DM on Instagram, @pikkulibaby, and we'll reply within the hour.", ["contact_other"]),
               ("Follow us on Instagram @stridewellfuel for recipes and new flavours.", ["contact_other", "marketing"]),
               ("We're also on Telegram as @rotorline_help if you prefer chatting there.", ["contact_other"])],
        link=["There's a step-by-step video on our website: https://www.{dom}/help/assembly",
              "Our assembly guide is also on {dom}, under Help.",
              "For reference, this is the listing you ordered from: https://{amz}/dp/{asin}",
              "You can follow the parcel here: https://www.royalmail.com/track-your-item#/tracking-results/{track}",
              "Short link to the product page: https://amzn.to/3Kx9QpL"],
    ),
    sigextra=dict(phone="Tel: +44 20 7946 0958", email="E-mail: support@{dom}", web="Web: www.{dom}"),
)
LANG["de"] = dict(
    buyers=["Anna", "Lukas", "Sabine", "Tobias", "Jana", "Markus", "Heike", "Florian"],
    agents=[("Jonas Keller", "Teamleitung Kundenservice"), ("Miriam Vogt", "Kundenbetreuung Marktplätze")],
    greet=["Hallo {n},", "Guten Tag {n},", "Moin {n},"],
    close=["Viele Grüße", "Freundliche Grüße", "Beste Grüße"],
    team="Kundenservice",
    re="AW:",
    inq="Anfrage von Amazon-Kunde {n} (Bestellung: {oid})",
    msg=("------------- Nachricht: -------------", "------------- Ende der Nachricht -------------"),
    order_line="Bestellnummer {oid}:", item_line="1 von {product} [ASIN: {asin}]",
    helpful="War diese E-Mail hilfreich? https://{sc}/gp/communication-manager/feedback.html?t={tok}",
    wrote="Am {date} um {time} schrieb {n} - Amazon Marketplace <{relay}>:",
    ol=("Von", "Gesendet", "An", "Betreff"),
    ref_id="Bestellung {oid}", ref_noid="Ihre letzte Bestellung",
    scen=dict(
        R1=("Hallo, ich habe vor über einer Woche {product} bestellt und es ist immer noch nicht da. Wo bleibt das Paket?",
            ["danke für Ihre Nachricht zur Bestellung {oid}. Ihr Paket hat unser Lager am {d1} mit {carrier} verlassen, die Sendungsnummer lautet {track}. Laut Sendungsverfolgung liegt es im Zustellstützpunkt und soll bis {d2} zugestellt werden.",
             "Sollte es bis dahin nicht angekommen sein, antworten Sie einfach hier, dann schicken wir Ersatz oder erstatten den vollen Betrag."]),
        R2=("Der Artikel {product} ist beschädigt angekommen, der Karton war eingedrückt und ein Teil ist gebrochen.",
            ["es tut mir leid, dass {product} so bei Ihnen angekommen ist. Wir haben heute kostenlos Ersatz verschickt ({carrier}, Sendungsnummer {track}); das beschädigte Teil müssen Sie nicht zurückschicken.",
             "Wenn Ihnen eine Erstattung lieber ist, geben Sie mir kurz Bescheid, dann veranlasse ich sie sofort."]),
        R3=("Können Sie mir bitte eine Rechnung mit ausgewiesener MwSt. schicken? Ich brauche sie für die Firma.",
            ["selbstverständlich. Im Anhang finden Sie die Rechnung {inv} zur Bestellung {oid} als PDF, die Mehrwertsteuer ist separat ausgewiesen.",
             "Falls Firmenname oder Anschrift angepasst werden müssen, schreiben Sie mir die Angaben hier, dann stelle ich sie noch am selben Tag neu aus."]),
        R4=("Ich habe die Anleitung für {product} verlegt. Gibt es die als Datei?",
            ["kein Problem. Die Bedienungsanleitung für {product} (Modell {model}) hängt als PDF an; die Montage ist in Kapitel 3 Schritt für Schritt beschrieben.",
             "Wenn etwas unklar ist, melden Sie sich gern noch einmal."]),
        R5=("Ich möchte {product} zurückgeben, es entspricht nicht meinen Erwartungen.",
            ["das ist innerhalb von 30 Tagen problemlos möglich. Am schnellsten geht es über Meine Bestellungen: https://{amz}/gp/css/order-history, dort bei Bestellung {oid} auf \"Artikel zurücksenden\" klicken.",
             "Wenn Sie das Paket lieber selbst verschicken, lautet unsere Rücksendeadresse {retaddr}. Bitte vermerken Sie die RMA-Nummer {rma} auf dem Paket."]),
        R6=("Das ist jetzt meine DRITTE Nachricht. Unglaublich schlechter Service. Entweder Sie erstatten heute oder ich gebe überall einen Stern.",
            ["ich verstehe Ihren Ärger, und es tut mir leid, dass Sie dreimal schreiben mussten. Ich habe soeben den vollen Betrag von {price} für Bestellung {oid} erstattet; die Gutschrift ist in 3 bis 5 Werktagen auf Ihrem Konto.",
             "Was Sie über uns schreiben, entscheiden allein Sie; die Erstattung hängt davon in keiner Weise ab. Ich bitte nur darum, dass wir sachlich bleiben, damit ich Ihnen weiter helfen kann."]),
        R7=("Ich würde gern eine Bewertung für {product} schreiben, finde aber die Stelle nicht. Wie geht das?",
            ["gern erkläre ich es Ihnen. Unter Meine Bestellungen finden Sie bei Bestellung {oid} den Button \"Schreiben Sie eine Produktrezension\"; direkt geht es auch über https://{amz}/review/review-your-purchases/?asin={asin}.",
             "Die Verkäuferbewertung ist davon getrennt und steht auf derselben Seite unter \"Verkäufer bewerten\". Amazon prüft beides kurz vor der Veröffentlichung."]),
        R8=("Eines der Teile hat einen kleinen Kratzer. Zurückschicken lohnt sich nicht, ärgerlich ist es trotzdem.",
            ["danke für den Hinweis und das Foto. Wir haben Ihnen als Kulanz {price} ({pct} % des Artikelpreises) erstattet; den Artikel können Sie selbstverständlich behalten.",
             "Die Gutschrift sollte in wenigen Tagen sichtbar sein."]),
    ),
    prop=dict(
        P1=("[Important] Liefertermin für {sref}",
            ["Ihr Artikel {product} ist versandbereit ({ref}). Da es sich um eine Lieferung mit zwei Personen handelt, muss die Spedition einen Termin mit Ihnen abstimmen.",
             "Welcher Tag passt Ihnen am besten: {d1}, {d2} oder {d3}? Geliefert wird zwischen 8 und 18 Uhr."]),
        P2=("[Important] Rückfrage zur Lieferadresse, {sref}",
            ["Der Paketdienst konnte die Lieferadresse zu {ref} nicht bestätigen, offenbar fehlt die Hausnummer.",
             "Bitte schicken Sie uns die vollständige Anschrift, damit {product} noch heute rausgehen kann."]),
        P3=("[Important] Bitte Bestickung bestätigen, {sref}",
            ["Sie haben {product} mit Namensbestickung bestellt ({ref}). Im Auftrag steht der Name \"Emilie\".",
             "Bitte bestätigen Sie die Schreibweise oder nennen Sie uns die richtige, bevor wir am {d1} mit dem Sticken beginnen."]),
        P4=("Rechnung zu {sref}",
            ["anbei erhalten Sie die Rechnung {inv} zu {ref} als PDF-Datei mit separat ausgewiesener Mehrwertsteuer."]),
        P5=("Ihr Artikel {product}: {sref}",
            ["laut Sendungsverfolgung wurde {product} am {d1} zugestellt ({ref})."]),
        P6=("Ihre Rücksendung zu {sref}",
            ["vielen Dank für die Rücksendung von {product} ({ref}). Beim Auspacken fehlte leider ein Zubehörteil, das auf dem Retourenschein aufgeführt ist.",
             "Könnten Sie nachsehen, ob es noch bei Ihnen ist? Sobald es bei uns ist, erstatten wir die restlichen {price}."]),
        P7=("Nachlieferung zu {sref}",
            ["ein Zubehörteil aus {ref} wurde nicht mit dem Hauptpaket verpackt. Wir haben es heute separat mit {carrier} verschickt, Sendungsnummer {track}.",
             "Sie müssen nichts weiter tun; es sollte bis {d2} bei Ihnen sein."]),
    ),
    unp=[
        ("order_conf", "Vielen Dank für Ihre Bestellung {sref}", ["vielen Dank für Ihre Bestellung {oid}! Wir haben sie erhalten und bereiten {product} bereits für den Versand vor."]),
        ("ship_conf", "Ihre Bestellung {sref} ist unterwegs", ["Ihre Bestellung {oid} hat heute unser Lager verlassen und ist mit {carrier} unterwegs. Sendungsnummer: {track}."]),
        ("help_only", "Wir sind für Sie da", ["wir hoffen, Sie haben Freude an {product} aus Bestellung {oid}. Bei Fragen sind wir jederzeit für Sie da, antworten Sie einfach auf diese Nachricht."]),
        ("oos", "Lieferverzögerung {sref}", ["leider ist {product} aus Bestellung {oid} derzeit nicht vorrätig. Neue Ware erwarten wir um den {d2}; dann versenden wir sofort."]),
    ],
    neutral=[
        "Wenn Sie einen Moment Zeit haben, freuen wir uns über Ihre Bewertung zu dieser Bestellung.",
        "Sobald Sie {product} eine Weile genutzt haben, hilft eine kurze Rezension auf Amazon anderen Käufern sehr.",
        "Über eine Verkäuferbewertung zu Bestellung {oid} würden wir uns freuen.",
        "Falls Sie mögen, können Sie {product} hier bewerten: https://{amz}/review/review-your-purchases/?asin={asin}",
        "Wir wären dankbar, wenn Sie Ihre Erfahrung mit dieser Bestellung in einer Rezension teilen.",
    ],
    remind=["Falls unsere letzte Nachricht untergegangen ist: Wir würden uns weiterhin über Ihre Rezension zu {product} freuen.",
            "Kleine Erinnerung: Haben Sie schon Zeit gefunden, Bestellung {oid} zu bewerten?"],
    upd_ok=["Nachdem nun alles geklärt ist: Eine bereits abgegebene Bewertung lässt sich bei Amazon nachträglich bearbeiten, falls Sie das möchten. Das liegt ganz bei Ihnen."],
    pools=dict(
        review_incentive=[
            "Als Dankeschön für eine Rezension schicken wir Ihnen gern einen 10-Euro-Gutschein.",
            "Wer uns bewertet, bekommt beim nächsten Einkauf 15 % Rabatt, schicken Sie uns einfach einen Screenshot.",
            "Für jede Bewertung in diesem Monat verlosen wir unter allen Teilnehmern ein Jahr lang Gratis-Proteinpulver.",
        ],
        review_manipulation=[
            "Wenn Sie zufrieden sind, freuen wir uns über fünf Sterne, bei Problemen melden Sie sich bitte zuerst bei uns statt eine Bewertung zu schreiben.",
            "Es würde uns sehr helfen, wenn Sie in der Rezension die schnelle Lieferung und die gute Verarbeitung erwähnen.",
            "Bitte bewerten Sie uns nur, wenn Sie wirklich rundum zufrieden sind.",
            "Eine Bewertung unter fünf Sternen schadet uns als kleinem Händler enorm, daher wären wir für volle Punktzahl sehr dankbar.",
        ],
        feedback_removal=[
            "Da die Erstattung nun erfolgt ist, bitten wir Sie, Ihre Ein-Sterne-Bewertung zu löschen.",
            "Könnten Sie Ihr Feedback bitte entsprechend anpassen? Es zieht unseren Schnitt gerade deutlich nach unten.",
            "Wir haben alles erledigt, was Sie verlangt haben; jetzt erwarten wir, dass die negative Bewertung entfernt wird.",
        ],
        marketing=[
            "Übrigens: Mit dem Code HERBST20 sparen Sie bis Sonntag 20 % auf unser gesamtes Sortiment.",
            "Passend dazu haben wir gerade neue Bremsbeläge ins Sortiment aufgenommen, schauen Sie doch mal in unserem Shop vorbei.",
            "Abonnieren Sie unseren Newsletter, dann verpassen Sie keine Aktion mehr.",
        ],
        offensive=[
            "Ehrlich gesagt haben wir selten einen so unverschämten Kunden erlebt wie Sie.",
            "Wenn Sie zu blöd sind, eine Anleitung zu lesen, ist das nicht unser Problem.",
            "Noch eine solche Nachricht und wir sorgen dafür, dass Sie das bereuen.",
        ],
        opt_out=[
            "Sie möchten keine E-Mails mehr von uns? Antworten Sie mit ABMELDEN.",
            "Wenn Sie künftig keine Nachrichten mehr erhalten möchten, schreiben Sie uns kurz \"Stopp\".",
        ],
    ),
    unsub_link=["Vom Newsletter abmelden: {u}", "Ihre E-Mail-Einstellungen ändern: {u}"],
    contact=dict(
        phone=["Gern können Sie mich auch direkt anrufen: 040 66969 412.",
               "Unsere Hotline erreichen Sie werktags unter +49 40 66969 377.",
               "Rufen Sie uns einfach an, null vier null, sechs sechs neun sechs neun, drei acht null."],
        email=["Schreiben Sie mir gern direkt an {agentmail}.",
               "Die Fotos können Sie an service@{dom} schicken.",
               "Alternativ erreichen Sie uns unter info [at] {domdot}."],
        other=[("Schneller geht es per WhatsApp: +49 151 23456789.", ["contact_other", "contact_phone"]),
               ("Folgen Sie uns auf Facebook unter „Rotorline Parts Deutschland“, dort gibt es auch Angebote.", ["contact_other", "marketing"]),
               ("Sie erreichen uns auch über Telegram, Benutzername @hallbergferri_service.", ["contact_other"])],
        link=["Eine Montageanleitung als Video finden Sie auf https://www.{dom}/montage",
              "Mehr Infos zur Pflege unter {dom}/pflege.",
              "Hier ist die Sendungsverfolgung: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={track}",
              "Zum Vergleich der Link zu Ihrem Artikel: http://{amz}/gp/css/order-history"],
    ),
    sigextra=dict(phone="Tel.: +49 40 66969 120", email="E-Mail: kundenservice@{dom}", web="www.{dom}"),
)
LANG["fr"] = dict(
    buyers=["Camille", "Julien", "Nathalie", "Mathieu", "Sophie", "Hugo", "Élodie", "Antoine"],
    agents=[("Camille Roussel", "Responsable service client"), ("Théo Garnier", "Conseiller clientèle")],
    greet=["Bonjour {n},", "Bonjour,", "Madame, Monsieur,"],
    close=["Bien cordialement,", "Cordialement,", "Belle journée,"],
    team="Service client",
    re="RE :",
    inq="Demande de renseignements du client Amazon {n} (Commande : {oid})",
    msg=("------------- Message : -------------", "------------- Fin du message -------------"),
    order_line="Numéro de commande {oid} :", item_line="1 sur {product} [ASIN : {asin}]",
    helpful="Cet e-mail vous a-t-il été utile ? https://{sc}/gp/communication-manager/feedback.html?t={tok}",
    wrote="Le {date} à {time}, {n} - Amazon Marketplace <{relay}> a écrit :",
    ol=("De", "Envoyé", "À", "Objet"),
    ref_id="la commande {oid}", ref_noid="votre commande récente",
    scen=dict(
        R1=("Bonjour, j'ai commandé {product} il y a plus d'une semaine et je n'ai toujours rien reçu. Où en est le colis ?",
            ["merci pour votre message concernant la commande {oid}. Votre colis a quitté notre entrepôt le {d1} avec {carrier}, numéro de suivi {track}. Le transporteur l'indique dans votre agence locale, avec une livraison prévue d'ici le {d2}.",
             "S'il n'est pas arrivé à cette date, répondez simplement à ce message et nous vous enverrons un remplacement ou un remboursement complet, au choix."]),
        R2=("{product} est arrivé abîmé : le carton était écrasé et une pièce est cassée.",
            ["je suis désolé que {product} vous soit parvenu dans cet état. Nous avons expédié aujourd'hui un remplacement sans frais ({carrier}, numéro de suivi {track}) ; inutile de nous renvoyer l'article endommagé.",
             "Si vous préférez un remboursement, dites-le-moi et je m'en occupe immédiatement."]),
        R3=("Pourriez-vous m'envoyer une facture avec TVA ? J'en ai besoin pour ma société.",
            ["bien sûr. Vous trouverez en pièce jointe la facture {inv} de la commande {oid} au format PDF, avec la TVA détaillée.",
             "Si la raison sociale ou l'adresse doit être modifiée, indiquez-la-moi ici et je la réédite dans la journée."]),
        R4=("J'ai perdu la notice de {product}. L'avez-vous en fichier ?",
            ["aucun souci. Je vous joins le mode d'emploi de {product} (modèle {model}) en PDF ; l'installation est décrite pas à pas au chapitre 3.",
             "N'hésitez pas à revenir vers moi si un point reste flou."]),
        R5=("Je souhaite retourner {product}, il ne correspond pas à ce que j'attendais.",
            ["c'est tout à fait possible sous 30 jours. Le plus simple est de passer par Vos commandes : https://{amz}/gp/css/order-history, puis « Retourner ou remplacer des articles » à côté de la commande {oid}.",
             "Si vous préférez l'envoyer vous-même, notre adresse de retour est {retaddr}. Merci d'indiquer le numéro RMA {rma} sur le colis."]),
        R6=("C'est mon TROISIÈME message. Service lamentable. Remboursez-moi aujourd'hui ou je mets une étoile partout.",
            ["je comprends votre agacement et je regrette que vous ayez dû écrire trois fois. Je viens de rembourser l'intégralité des {price} de la commande {oid} ; le montant apparaîtra sous 3 à 5 jours ouvrés.",
             "Ce que vous publiez à notre sujet relève entièrement de votre choix, et le remboursement n'en dépend en rien. Je vous demande simplement de garder un ton courtois afin que je puisse continuer à vous aider."]),
        R7=("Je voudrais laisser un commentaire sur {product}, mais je ne trouve pas où. Comment faire ?",
            ["avec plaisir. Dans Vos commandes, à côté de la commande {oid}, cliquez sur « Écrire un commentaire sur le produit », ou ouvrez directement https://{amz}/review/review-your-purchases/?asin={asin}.",
             "L'évaluation du vendeur est distincte du commentaire produit ; elle se trouve sur la même page, sous « Laisser une évaluation du vendeur »."]),
        R8=("Un des articles a une petite rayure. Pas la peine de le renvoyer, mais c'est dommage.",
            ["merci de nous l'avoir signalé, et pour la photo. Nous vous avons remboursé {price} ({pct} % du prix) à titre commercial, et vous pouvez bien sûr garder l'article.",
             "Le remboursement sera visible d'ici quelques jours."]),
    ),
    prop=dict(
        P1=("[Important] Rendez-vous de livraison pour {sref}",
            ["Votre {product} est prêt à partir ({ref}). Comme il s'agit d'une livraison à deux personnes, le transporteur doit convenir d'une date avec vous.",
             "Quel jour vous conviendrait le mieux : le {d1}, le {d2} ou le {d3} ? Les livraisons ont lieu entre 8 h et 18 h."]),
        P2=("[Important] Adresse de livraison à vérifier, {sref}",
            ["Le transporteur n'a pas pu valider l'adresse de livraison de {ref} : le numéro de rue semble manquer.",
             "Pourriez-vous nous répondre avec l'adresse complète afin que {product} parte dès aujourd'hui ?"]),
        P3=("[Important] Confirmation de la broderie, {sref}",
            ["Vous avez commandé {product} avec un prénom brodé ({ref}). Le prénom indiqué est « Emilie ».",
             "Merci de confirmer l'orthographe, ou de nous donner la bonne, avant que nous lancions la broderie le {d1}."]),
        P4=("Facture de {sref}",
            ["veuillez trouver ci-joint la facture {inv} relative à {ref}, au format PDF, TVA détaillée."]),
        P5=("Votre article {product} : {sref}",
            ["d'après le suivi, {product} vous a été livré le {d1} ({ref})."]),
        P6=("Votre retour pour {sref}",
            ["merci pour le retour de {product} ({ref}). Au déballage, un accessoire figurant sur le bon de retour manquait dans le carton.",
             "Pourriez-vous vérifier s'il est encore chez vous ? Dès réception, nous rembourserons les {price} restants."]),
        P7=("Article manquant dans {sref}",
            ["un accessoire de {ref} n'a pas été emballé avec le colis principal. Nous l'avons expédié séparément aujourd'hui avec {carrier}, numéro de suivi {track}.",
             "Vous n'avez rien à faire ; il devrait arriver d'ici le {d2}."]),
    ),
    unp=[
        ("order_conf", "Merci pour votre commande {sref}", ["merci pour votre commande {oid} ! Nous l'avons bien reçue et préparons déjà {product} pour l'expédition."]),
        ("thanks_only", "Un grand merci de la part de {seller}", ["un petit mot simplement pour vous remercier d'avoir choisi {seller} pour la commande {oid}."]),
        ("ship_conf", "Votre commande {sref} est en route", ["votre commande {oid} a été remise aujourd'hui à {carrier}. Numéro de suivi : {track}."]),
        ("oos", "Rupture de stock, {sref}", ["nous sommes désolés : {product} de la commande {oid} est momentanément en rupture de stock. Le réassort est attendu vers le {d2}."]),
    ],
    neutral=[
        "Si vous avez un instant, votre avis sur cette commande nous serait précieux.",
        "Quand vous aurez pu utiliser {product}, un court commentaire sur Amazon aidera d'autres acheteurs.",
        "Nous vous serions reconnaissants de bien vouloir évaluer notre boutique pour la commande {oid}.",
        "Si vous le souhaitez, vous pouvez donner votre avis ici : https://{amz}/review/review-your-purchases/?asin={asin}",
        "Votre retour d'expérience sur {product} sera le bienvenu dans un commentaire, quand vous en aurez le temps.",
    ],
    remind=["Au cas où notre précédent message se serait perdu : nous serions toujours ravis de lire votre avis sur {product}.",
            "Petit rappel : avez-vous eu le temps d'évaluer la commande {oid} ?"],
    upd_ok=["Maintenant que tout est réglé : si vous aviez laissé une évaluation, Amazon permet de la modifier, mais c'est entièrement à vous de voir."],
    pools=dict(
        review_incentive=[
            "Pour vous remercier de votre commentaire, nous vous offrons un bon d'achat de 10 € sur votre prochaine commande.",
            "Laissez-nous un avis et recevez un échantillon gratuit de notre nouvelle gamme.",
            "Chaque avis publié ce mois-ci participe au tirage au sort d'une carte cadeau de 50 €.",
        ],
        review_manipulation=[
            "Si vous êtes satisfait, un avis cinq étoiles nous ferait très plaisir ; en cas de souci, contactez-nous plutôt avant de publier quoi que ce soit.",
            "Dans votre commentaire, pensez à souligner la rapidité de la livraison, cela compte beaucoup pour nous.",
            "Merci de ne laisser un avis que si vous êtes pleinement satisfait.",
            "Une note inférieure à 5 étoiles nous pénalise énormément, alors nous comptons sur vous.",
        ],
        feedback_removal=[
            "Le remboursement étant effectué, pourriez-vous supprimer votre avis négatif ?",
            "Nous vous serions reconnaissants de modifier votre évaluation maintenant que le problème est résolu.",
            "Nous avons fait tout ce que vous demandiez ; merci de retirer votre commentaire d'une étoile dès aujourd'hui.",
        ],
        marketing=[
            "Profitez-en : avec le code HIVER10, bénéficiez de 10 % de remise sur toute notre boutique jusqu'à dimanche.",
            "Découvrez aussi notre nouvelle gigoteuse en coton bio, parfaite en complément de votre achat.",
            "Inscrivez-vous à notre newsletter pour être informé de nos prochaines promotions.",
        ],
        offensive=[
            "Franchement, vous êtes le client le plus pénible que nous ayons eu cette année.",
            "Si vous n'êtes pas capable de lire une notice, ce n'est pas notre problème, espèce d'incapable.",
            "Encore un message de ce genre et vous allez le regretter.",
        ],
        opt_out=[
            "Vous ne souhaitez plus recevoir nos e-mails ? Répondez simplement STOP.",
            "Pour ne plus recevoir de messages de notre part, écrivez-nous « désabonnement ».",
        ],
    ),
    unsub_link=["Se désabonner : {u}", "Gérer vos préférences e-mail : {u}"],
    contact=dict(
        phone=["Vous pouvez aussi m'appeler directement au 06 39 98 12 47.",
               "Notre service client répond au +33 1 73 04 55 18 du lundi au vendredi.",
               "Appelez-nous au zéro six, trente-neuf, quatre-vingt-dix-huit, vingt-deux, onze."],
        email=["Écrivez-moi directement à {agentmail}.",
               "Envoyez les photos à sav@{dom}, nous nous en occupons.",
               "Vous pouvez aussi nous écrire à contact arobase {dom}."],
        other=[("Pour une réponse plus rapide, écrivez-nous sur WhatsApp au +33 6 39 98 40 21.", ["contact_other", "contact_phone"]),
               ("Retrouvez-nous sur Instagram @lumoragear_fr pour nos conseils photo.", ["contact_other", "marketing"])],
        link=["Une vidéo de montage est disponible sur https://www.{dom}/fr/montage",
              "Plus d'informations sur www.{dom}/entretien.",
              "Suivi du colis : https://www.laposte.fr/outils/suivre-vos-envois?code={track}",
              "Voici le lien de l'article : https://{amz}/dp/{asin}"],
    ),
    sigextra=dict(phone="Tél. : +33 1 73 04 55 00", email="Mail : sav@{dom}", web="Site : www.{dom}"),
)
LANG["es"] = dict(
    buyers=["Lucía", "Javier", "Marta", "Álvaro", "Carmen", "Sergio", "Noelia", "Raúl"],
    agents=[("Lucía Navarro", "Responsable de atención al cliente"), ("Pablo Ibáñez", "Agente de soporte")],
    greet=["Hola {n}:", "Buenos días, {n}:", "Estimado/a {n}:"],
    close=["Un saludo,", "Saludos cordiales,", "Atentamente,"],
    team="Atención al cliente",
    re="RE:",
    inq="Consulta del cliente de Amazon {n} (Pedido: {oid})",
    msg=("------------- Mensaje: -------------", "------------- Finalizar mensaje -------------"),
    order_line="N.º de pedido {oid}:", item_line="1 de {product} [ASIN: {asin}]",
    helpful="¿Te ha resultado útil este correo? https://{sc}/gp/communication-manager/feedback.html?t={tok}",
    wrote="El {date}, a las {time}, {n} - Amazon Marketplace (<{relay}>) escribió:",
    ol=("De", "Enviado", "Para", "Asunto"),
    ref_id="el pedido {oid}", ref_noid="su pedido reciente",
    scen=dict(
        R1=("Hola, pedí {product} hace más de una semana y todavía no ha llegado. ¿Dónde está?",
            ["Gracias por escribirnos sobre el pedido {oid}. El paquete salió de nuestro almacén el {d1} con {carrier}, número de seguimiento {track}. Según el transportista está en la delegación de su zona y lo entregará antes del {d2}.",
             "Si para entonces no ha llegado, responda a este mensaje y le enviaremos otro o le devolveremos el importe completo, como prefiera."]),
        R2=("{product} llegó dañado: la caja venía aplastada y una pieza está rota.",
            ["Siento mucho que {product} le llegara así. Hoy le hemos enviado uno nuevo sin coste ({carrier}, número de seguimiento {track}) y no hace falta que devuelva el dañado.",
             "Si prefiere el reembolso, dígamelo y lo tramito enseguida."]),
        R3=("¿Me pueden enviar una factura con el IVA desglosado? La necesito para la empresa.",
            ["Por supuesto. Le adjunto en PDF la factura {inv} del pedido {oid}, con el IVA desglosado.",
             "Si hay que cambiar la razón social o la dirección, indíquemelo aquí y la emito de nuevo hoy mismo."]),
        R4=("He perdido las instrucciones de {product}. ¿Las tienen en archivo?",
            ["Claro que sí. Le adjunto el manual de {product} (modelo {model}) en PDF; el montaje se explica paso a paso en el capítulo 3.",
             "Si algo no queda claro, vuelva a escribirme sin problema."]),
        R5=("Quiero devolver {product}, no es lo que esperaba.",
            ["Sin problema, dispone de 30 días. Lo más rápido es hacerlo desde Mis pedidos: https://{amz}/gp/css/order-history, pulsando «Devolver o reemplazar productos» junto al pedido {oid}.",
             "Si prefiere enviarlo usted, nuestra dirección de devoluciones es {retaddr}. Indique el número RMA {rma} en el paquete, por favor."]),
        R6=("Es la TERCERA vez que escribo. Un servicio pésimo. O me devuelven el dinero hoy o pongo una estrella en todas partes.",
            ["Entiendo su enfado y lamento que haya tenido que escribir tres veces. Acabo de reembolsarle los {price} completos del pedido {oid}; lo verá en su cuenta en 3-5 días laborables.",
             "Lo que publique sobre nosotros es decisión suya y el reembolso no depende de ello en absoluto. Solo le pido que mantengamos un tono respetuoso para poder seguir ayudándole."]),
        R7=("Me gustaría dejar una opinión sobre {product}, pero no encuentro dónde. ¿Cómo se hace?",
            ["Con mucho gusto. En Mis pedidos, junto al pedido {oid}, pulse «Escribir una opinión sobre el producto», o entre directamente en https://{amz}/review/review-your-purchases/?asin={asin}.",
             "La valoración del vendedor es independiente de la opinión del producto y está en la misma página, en «Valorar al vendedor»."]),
        R8=("Uno de los artículos tiene un pequeño arañazo. No merece la pena devolverlo, pero molesta.",
            ["Gracias por avisarnos y por la foto. Le hemos reembolsado {price} ({pct} % del precio) como gesto comercial, y puede quedarse el artículo.",
             "El reembolso aparecerá en unos días."]),
    ),
    prop=dict(
        P1=("[Important] Cita de entrega para {sref}",
            ["Su {product} está listo para salir ({ref}). Al tratarse de una entrega con dos operarios, la agencia necesita acordar una fecha con usted.",
             "¿Qué día le viene mejor: el {d1}, el {d2} o el {d3}? El horario de entrega es de 8:00 a 18:00."]),
        P2=("[Important] Comprobación de la dirección: {sref}",
            ["La agencia de transporte no ha podido validar la dirección de entrega para {ref}: parece que falta el número del portal.",
             "¿Podría responder con la dirección completa para que {product} salga hoy mismo?"]),
        P3=("[Important] Confirme el bordado: {sref}",
            ["Ha pedido {product} con un nombre bordado ({ref}). En el pedido figura «Emilie».",
             "Confírmenos la ortografía, o indíquenos la correcta, antes de que empecemos a bordar el {d1}."]),
        P4=("Factura: {sref}",
            ["Le adjuntamos la factura {inv} para {ref} en formato PDF, con el IVA desglosado."]),
        P5=("Su {product}: {sref}",
            ["Según el seguimiento, {product} se entregó el {d1} ({ref})."]),
        P6=("Su devolución: {sref}",
            ["Gracias por devolver {product} ({ref}). Al abrir la caja faltaba uno de los accesorios que figuran en el formulario de devolución.",
             "¿Podría comprobar si lo tiene todavía? En cuanto nos llegue le reembolsaremos los {price} restantes."]),
        P7=("Artículo pendiente: {sref}",
            ["Uno de los accesorios previstos para {ref} no se empaquetó con el envío principal. Hoy lo hemos enviado por separado con {carrier}, número de seguimiento {track}.",
             "No tiene que hacer nada; debería llegar antes del {d2}."]),
    ),
    unp=[
        ("ship_conf", "Su pedido {sref} ya está en camino", ["Su pedido {oid} ha salido hoy de nuestro almacén con {carrier}. Número de seguimiento: {track}."]),
        ("help_only", "Estamos aquí para ayudarle", ["Esperamos que esté disfrutando de {product} (pedido {oid}). Si tiene cualquier duda, estamos aquí para ayudarle."]),
        ("order_conf", "Hemos recibido su pedido {sref}", ["¡Gracias por su pedido {oid}! Ya lo hemos recibido y estamos preparando {product} para el envío."]),
        ("oos", "Aviso de falta de stock, {sref}", ["Lo sentimos: {product} del pedido {oid} está agotado temporalmente. Esperamos reponerlo hacia el {d2}."]),
    ],
    neutral=[
        "Si tiene un momento, le agradeceríamos su valoración de este pedido.",
        "Cuando haya podido probar {product}, una breve opinión en Amazon ayudará a otros compradores.",
        "Nos sería de gran ayuda que valorara al vendedor en el pedido {oid}.",
        "Si lo desea, puede opinar sobre {product} aquí: https://{amz}/review/review-your-purchases/?asin={asin}",
        "Su experiencia con este pedido, contada en una opinión, será muy bienvenida cuando tenga tiempo.",
    ],
    remind=["Por si nuestro mensaje anterior se perdió: nos seguiría encantando leer su opinión sobre {product}.",
            "Un pequeño recordatorio: ¿ha tenido ocasión de valorar el pedido {oid}?"],
    upd_ok=["Ahora que todo está resuelto: si dejó una valoración, Amazon permite editarla más adelante, aunque eso queda totalmente a su criterio."],
    pools=dict(
        review_incentive=[
            "Como agradecimiento por su opinión, le enviaremos un cheque regalo de 10 €.",
            "Si nos deja una reseña, le devolvemos los gastos de envío de este pedido.",
            "Todas las opiniones de este mes entran en el sorteo de un lote de productos gratis.",
        ],
        review_manipulation=[
            "Si está contento, nos encantaría una valoración de cinco estrellas; si algo falla, escríbanos antes de opinar.",
            "En su opinión, le agradeceríamos que mencionara lo fácil que es de montar.",
            "Por favor, deje su opinión solo si está totalmente satisfecho.",
            "Una valoración por debajo de cinco estrellas nos perjudica mucho; contamos con usted.",
        ],
        feedback_removal=[
            "Ya que el reembolso está hecho, ¿podría eliminar su opinión negativa?",
            "Le agradeceríamos que modificara su valoración ahora que el problema está solucionado.",
            "Hemos cumplido con todo lo que pidió, así que esperamos que retire hoy la valoración de una estrella.",
        ],
        marketing=[
            "Por cierto, con el código INVIERNO15 tiene un 15 % de descuento en toda nuestra tienda hasta el domingo.",
            "Le recomendamos también nuestro nuevo portabebés ergonómico, ideal para complementar su compra.",
            "Suscríbase a nuestro boletín y no se pierda ninguna oferta.",
        ],
        offensive=[
            "La verdad es que pocas veces hemos tratado con alguien tan maleducado como usted.",
            "Si no es capaz de seguir unas instrucciones tan simples, el problema es suyo, no nuestro.",
            "Como vuelva a escribirnos en ese tono, se va a arrepentir.",
        ],
        opt_out=[
            "¿No quiere recibir más correos nuestros? Responda BAJA.",
            "Si prefiere no recibir más mensajes de nuestra parte, escríbanos «darme de baja».",
        ],
    ),
    unsub_link=["Darse de baja: {u}", "Gestionar sus preferencias de correo: {u}"],
    contact=dict(
        phone=["Si lo prefiere, llámeme directamente al 612 345 678.",
               "Nuestro teléfono de atención es el +34 910 123 456, de lunes a viernes.",
               "Puede llamarnos al seis uno dos, tres cuatro cinco, seis siete ocho."],
        email=["Puede escribirme directamente a {agentmail}.",
               "Envíe las fotos a soporte@{dom} y lo revisamos.",
               "También puede escribir a pedidos arroba {dom}."],
        other=[("Para ir más rápido, escríbanos por WhatsApp al +34 612 987 654.", ["contact_other", "contact_phone"]),
               ("Síguenos en Instagram @pikkulibaby_es para ver novedades.", ["contact_other", "marketing"])],
        link=["Tiene un vídeo de montaje en https://www.{dom}/es/montaje",
              "Más información en www.{dom}/ayuda.",
              "Seguimiento del envío: https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={track}",
              "Enlace acortado al producto: https://amzn.eu/d/8fKx2Qa"],
    ),
    sigextra=dict(phone="Tel.: +34 910 123 400", email="Email: soporte@{dom}", web="www.{dom}"),
)
LANG["it"] = dict(
    buyers=["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Davide", "Elena", "Stefano"],
    agents=[("Giulia Ferraro", "Responsabile assistenza clienti"), ("Matteo Rinaldi", "Operatore assistenza")],
    greet=["Gentile {n},", "Buongiorno {n},", "Ciao {n},"],
    close=["Cordiali saluti,", "Un saluto,", "Grazie e buona giornata,"],
    team="Assistenza clienti",
    re="R:",
    inq="Richiesta dal cliente Amazon {n} (Ordine: {oid})",
    msg=("------------- Messaggio: -------------", "------------- Fine messaggio -------------"),
    order_line="Numero d'ordine {oid}:", item_line="1 di {product} [ASIN: {asin}]",
    helpful="Questa e-mail ti è stata utile? https://{sc}/gp/communication-manager/feedback.html?t={tok}",
    wrote="Il giorno {date} alle ore {time} {n} - Amazon Marketplace <{relay}> ha scritto:",
    ol=("Da", "Inviato", "A", "Oggetto"),
    ref_id="l'ordine {oid}", ref_noid="il suo ordine recente",
    scen=dict(
        R1=("Salve, ho ordinato {product} più di una settimana fa e non è ancora arrivato. Dov'è il pacco?",
            ["grazie per averci scritto riguardo all'ordine {oid}. Il pacco è partito dal nostro magazzino il {d1} con {carrier}, numero di tracciamento {track}. Il corriere lo segnala presso la filiale di zona, con consegna prevista entro il {d2}.",
             "Se entro quella data non fosse arrivato, risponda a questo messaggio e le invieremo un sostituto o il rimborso completo, come preferisce."]),
        R2=("{product} è arrivato danneggiato: la scatola era schiacciata e un pezzo è rotto.",
            ["mi dispiace molto che {product} sia arrivato in queste condizioni. Oggi le abbiamo spedito un sostituto senza costi ({carrier}, numero di tracciamento {track}); non serve rimandarci quello danneggiato.",
             "Se preferisce il rimborso, me lo scriva e provvedo subito."]),
        R3=("Potete mandarmi una fattura con IVA? Mi serve per la mia azienda.",
            ["certamente. In allegato trova la fattura {inv} dell'ordine {oid} in PDF, con IVA esposta.",
             "Se la ragione sociale o l'indirizzo vanno corretti, me li indichi qui e la riemetto in giornata."]),
        R4=("Ho perso le istruzioni di {product}. Le avete in formato file?",
            ["nessun problema. Le allego il manuale di {product} (modello {model}) in PDF; il montaggio è spiegato passo per passo nel capitolo 3.",
             "Se qualcosa non è chiaro, mi riscriva pure."]),
        R5=("Vorrei restituire {product}, non è come me lo aspettavo.",
            ["certo, ha 30 giorni di tempo. Il modo più rapido è da I miei ordini: https://{amz}/gp/css/order-history, cliccando «Restituisci o sostituisci articoli» accanto all'ordine {oid}.",
             "Se preferisce spedirlo lei, il nostro indirizzo per i resi è {retaddr}. Indichi sul pacco il numero RMA {rma}, per favore."]),
        R6=("È la TERZA volta che scrivo. Servizio pessimo. O mi rimborsate oggi o metto una stella ovunque.",
            ["capisco la sua irritazione e mi scuso se ha dovuto scrivere tre volte. Ho appena rimborsato l'intero importo di {price} per l'ordine {oid}; lo vedrà sul conto entro 3-5 giorni lavorativi.",
             "Cosa pubblicare su di noi è una sua libera scelta e il rimborso non dipende in alcun modo da questo. Le chiedo solo di mantenere un tono cortese, così posso continuare ad aiutarla."]),
        R7=("Vorrei lasciare una recensione per {product} ma non trovo dove. Come si fa?",
            ["volentieri. In I miei ordini, accanto all'ordine {oid}, clicchi «Scrivi una recensione del prodotto», oppure apra direttamente https://{amz}/review/review-your-purchases/?asin={asin}.",
             "Il feedback sul venditore è separato dalla recensione del prodotto e si trova nella stessa pagina, alla voce «Lascia un feedback al venditore»."]),
        R8=("Uno degli articoli ha un piccolo graffio. Non vale la pena rimandarlo, però dispiace.",
            ["grazie della segnalazione e della foto. Le abbiamo rimborsato {price} ({pct}% del prezzo) come gesto di cortesia e può tenere l'articolo.",
             "Il rimborso sarà visibile entro pochi giorni."]),
    ),
    prop=dict(
        P1=("[Important] Appuntamento di consegna per {sref}",
            ["Il suo {product} è pronto per la spedizione ({ref}). Trattandosi di una consegna con due operatori, il corriere deve concordare una data con lei.",
             "Quale giorno preferisce: il {d1}, il {d2} o il {d3}? Le consegne avvengono dalle 8 alle 18."]),
        P2=("[Important] Verifica indirizzo di consegna, {sref}",
            ["Il corriere non è riuscito a verificare l'indirizzo di consegna per {ref}: sembra mancare il numero civico.",
             "Può rispondere con l'indirizzo completo, così spediamo {product} già oggi?"]),
        P3=("[Important] Conferma del ricamo, {sref}",
            ["Ha ordinato {product} con un nome ricamato ({ref}). Nell'ordine compare il nome «Emilie».",
             "Ci confermi la grafia, o ci indichi quella corretta, prima che iniziamo il ricamo il {d1}."]),
        P4=("Fattura per {sref}",
            ["in allegato trova la fattura {inv} per {ref}, in PDF con IVA esposta."]),
        P5=("Il suo {product}: {sref}",
            ["dal tracciamento risulta che {product} è stato consegnato il {d1} ({ref})."]),
        P6=("Il suo reso per {sref}",
            ["grazie per aver restituito {product} ({ref}). All'apertura del pacco mancava un accessorio indicato nel modulo di reso.",
             "Può controllare se è ancora da lei? Appena arriva rimborseremo i restanti {price}."]),
        P7=("Articolo mancante: {sref}",
            ["un accessorio previsto per {ref} non era stato imballato con il pacco principale. Oggi lo abbiamo spedito a parte con {carrier}, numero di tracciamento {track}.",
             "Non deve fare nulla; dovrebbe arrivare entro il {d2}."]),
    ),
    unp=[
        ("thanks_only", "Grazie da {seller}", ["volevamo semplicemente ringraziarla per aver scelto {seller} per l'ordine {oid}."]),
        ("ship_conf", "Il suo ordine {sref} è stato spedito", ["il suo ordine {oid} è partito oggi con {carrier}. Numero di tracciamento: {track}."]),
        ("help_only", "Siamo qui per aiutarla", ["speriamo che {product} (ordine {oid}) sia di suo gradimento. Per qualsiasi domanda siamo qui per aiutarla."]),
        ("oos", "Prodotto esaurito, {sref}", ["ci dispiace: {product} dell'ordine {oid} è momentaneamente esaurito. Prevediamo il riassortimento intorno al {d2}."]),
    ],
    neutral=[
        "Se ha un momento, apprezzeremmo il suo feedback su questo ordine.",
        "Quando avrà provato {product}, una breve recensione su Amazon aiuterà altri acquirenti.",
        "Le saremmo grati se volesse lasciare un feedback sul venditore per l'ordine {oid}.",
        "Se lo desidera, può recensire {product} qui: https://{amz}/review/review-your-purchases/?asin={asin}",
        "La sua opinione su {product} sarà molto gradita in una recensione, quando avrà tempo.",
    ],
    remind=["Nel caso il nostro messaggio precedente fosse andato perso: ci farebbe ancora piacere leggere la sua recensione di {product}.",
            "Un piccolo promemoria: ha avuto modo di valutare l'ordine {oid}?"],
    upd_ok=["Ora che tutto è risolto: se aveva lasciato un feedback, Amazon le permette di modificarlo, ma è una scelta del tutto sua."],
    pools=dict(
        review_incentive=[
            "Per ringraziarla della recensione, le invieremo un buono regalo da 10 €.",
            "Chi ci lascia una recensione riceve uno sconto del 20% sul prossimo acquisto.",
            "Scriva una recensione e le rimborsiamo la differenza di prezzo del prodotto.",
        ],
        review_manipulation=[
            "Se è soddisfatto, ci farebbe piacere una recensione a cinque stelle; se qualcosa non va, ci contatti prima di scriverla.",
            "Nella recensione, la preghiamo di sottolineare la qualità dei materiali.",
            "Lasci una recensione solo se è pienamente soddisfatto, altrimenti scriva a noi.",
            "Una valutazione sotto le cinque stelle per noi è un disastro, quindi contiamo su di lei.",
        ],
        feedback_removal=[
            "Visto che il rimborso è stato effettuato, potrebbe rimuovere la sua recensione negativa?",
            "Le saremmo grati se modificasse il suo feedback ora che il problema è risolto.",
            "Abbiamo fatto tutto quello che ci ha chiesto: ci aspettiamo che tolga la valutazione a una stella entro oggi.",
        ],
        marketing=[
            "Approfitti del codice AUTUNNO10: 10% di sconto su tutto il nostro negozio fino a domenica.",
            "Le consigliamo anche il nostro nuovo treppiede in carbonio, perfetto insieme al suo acquisto.",
            "Si iscriva alla nostra newsletter per scoprire per primo le nuove offerte.",
        ],
        offensive=[
            "Sinceramente, un cliente così maleducato non ci era mai capitato.",
            "Se non è capace di leggere due righe di istruzioni, il problema è suo, non nostro.",
            "Se continua a scriverci in questo modo, se ne pentirà.",
        ],
        opt_out=[
            "Non vuole più ricevere le nostre e-mail? Risponda CANCELLAMI.",
            "Per non ricevere più messaggi da parte nostra, basta rispondere «stop».",
        ],
    ),
    unsub_link=["Annulla l'iscrizione: {u}", "Gestisci le preferenze e-mail: {u}"],
    contact=dict(
        phone=["Se preferisce, mi chiami direttamente al 347 123 4567.",
               "Il nostro numero di assistenza è +39 02 8734 5120, dal lunedì al venerdì.",
               "Può chiamarci al tre quattro sette, uno due tre, quattro cinque sei sette."],
        email=["Può scrivermi direttamente a {agentmail}.",
               "Mandi le foto ad assistenza@{dom}.",
               "In alternativa scriva a ordini chiocciola {dom}."],
        other=[("Per una risposta più rapida ci scriva su WhatsApp al +39 347 765 4321.", ["contact_other", "contact_phone"]),
               ("Seguici su Instagram @rotorline_italia per offerte e novità.", ["contact_other", "marketing"])],
        link=["Trova il video di montaggio su https://www.{dom}/it/montaggio",
              "Maggiori informazioni su www.{dom}/assistenza.",
              "Tracciamento: https://www.brt.it/it/tracking?parcel={track}",
              "Ecco il link al prodotto: https://{amz}/gp/product/{asin}"],
    ),
    sigextra=dict(phone="Tel. +39 02 8734 5100", email="E-mail: assistenza@{dom}", web="www.{dom}"),
)
LANG["nl"] = dict(
    buyers=["Sanne", "Daan", "Lotte", "Thijs", "Femke", "Ruben", "Iris", "Joris"],
    agents=[("Sanne de Vries", "Teamleider klantenservice"), ("Bram Jansen", "Klantenservicemedewerker")],
    greet=["Beste {n},", "Hallo {n},", "Goedemiddag {n},"],
    close=["Met vriendelijke groet,", "Groet,", "Hartelijke groet,"],
    team="Klantenservice",
    re="Re:",
    inq="Vraag van Amazon-klant {n} (Bestelling: {oid})",
    msg=("------------- Bericht: -------------", "------------- Einde bericht -------------"),
    order_line="Bestelnummer {oid}:", item_line="1 van {product} [ASIN: {asin}]",
    helpful="Was deze e-mail nuttig? https://{sc}/gp/communication-manager/feedback.html?t={tok}",
    wrote="Op {date} om {time} schreef {n} - Amazon Marketplace <{relay}>:",
    ol=("Van", "Verzonden", "Aan", "Onderwerp"),
    ref_id="bestelling {oid}", ref_noid="uw recente bestelling",
    scen=dict(
        R1=("Hallo, ik heb {product} meer dan een week geleden besteld en het is nog steeds niet binnen. Waar blijft het?",
            ["Bedankt voor uw bericht over bestelling {oid}. Uw pakket heeft ons magazijn op {d1} verlaten met {carrier}, trackingnummer {track}. Volgens de vervoerder ligt het in het sorteercentrum bij u in de buurt en wordt het uiterlijk {d2} bezorgd.",
             "Is het dan nog niet aangekomen, reageer dan gewoon op dit bericht en we sturen een nieuw exemplaar of betalen het volledige bedrag terug."]),
        R2=("{product} is beschadigd aangekomen, de doos was ingedeukt en er is een onderdeel gebroken.",
            ["Wat vervelend dat {product} zo bij u is aangekomen. We hebben vandaag kosteloos een vervangend exemplaar verstuurd ({carrier}, trackingnummer {track}); het beschadigde exemplaar hoeft u niet terug te sturen.",
             "Heeft u liever uw geld terug, laat het me dan weten, dan regel ik dat meteen."]),
        R3=("Kunt u mij een factuur met btw sturen? Ik heb die nodig voor mijn bedrijf.",
            ["Natuurlijk. In de bijlage vindt u factuur {inv} voor bestelling {oid} als pdf, met de btw apart vermeld.",
             "Moet de bedrijfsnaam of het adres anders, stuur het me hier en ik maak vandaag nog een nieuwe."]),
        R4=("Ik ben de handleiding van {product} kwijt. Heeft u die als bestand?",
            ["Geen probleem. Ik stuur de handleiding van {product} (model {model}) als pdf mee; de montage staat stap voor stap in hoofdstuk 3.",
             "Is er iets onduidelijk, laat het gerust weten."]),
        R5=("Ik wil {product} graag retourneren, het is niet wat ik verwachtte.",
            ["Dat kan binnen 30 dagen. Het snelst gaat het via Uw bestellingen: https://{amz}/gp/css/order-history, en dan \"Artikelen retourneren of vervangen\" bij bestelling {oid}.",
             "Wilt u het zelf versturen, dan is ons retouradres {retaddr}. Zet het RMA-nummer {rma} op het pakket, alstublieft."]),
        R6=("Dit is al mijn DERDE bericht. Waardeloze service. Betaal vandaag terug of ik geef overal één ster.",
            ["Ik begrijp uw frustratie en het spijt me dat u drie keer moest schrijven. Ik heb zojuist het volledige bedrag van {price} voor bestelling {oid} terugbetaald; het staat binnen 3 tot 5 werkdagen op uw rekening.",
             "Wat u over ons publiceert, bepaalt u helemaal zelf, en de terugbetaling hangt daar op geen enkele manier van af. Ik vraag alleen of we het gesprek netjes kunnen houden, zodat ik u verder kan helpen."]),
        R7=("Ik wil een review schrijven over {product}, maar ik kan niet vinden waar. Hoe werkt dat?",
            ["Dat leg ik graag uit. Ga naar Uw bestellingen, zoek bestelling {oid} en klik op \"Een productreview schrijven\", of open direct https://{amz}/review/review-your-purchases/?asin={asin}.",
             "Verkopersfeedback staat los van de productreview en vindt u op dezelfde pagina onder \"Feedback voor verkoper achterlaten\"."]),
        R8=("Een van de artikelen heeft een klein krasje. Niet de moeite om terug te sturen, maar toch jammer.",
            ["Bedankt voor de melding en de foto. We hebben u uit coulance {price} ({pct}% van de prijs) terugbetaald, en u mag het artikel gewoon houden.",
             "De terugbetaling is binnen een paar dagen zichtbaar."]),
    ),
    prop=dict(
        P1=("[Important] Bezorgafspraak voor {sref}",
            ["Uw {product} staat klaar voor verzending ({ref}). Omdat het een bezorging met twee personen is, moet de vervoerder een dag met u afspreken.",
             "Welke dag komt u het best uit: {d1}, {d2} of {d3}? Er wordt bezorgd tussen 8.00 en 18.00 uur."]),
        P2=("[Important] Controle bezorgadres, {sref}",
            ["De vervoerder kon het bezorgadres voor {ref} niet bevestigen: het huisnummer lijkt te ontbreken.",
             "Wilt u het volledige adres sturen, zodat {product} vandaag nog de deur uit kan?"]),
        P3=("[Important] Borduurwerk bevestigen, {sref}",
            ["U heeft {product} besteld met een geborduurde naam ({ref}). In de bestelling staat de naam \"Emilie\".",
             "Wilt u de spelling bevestigen, of de juiste naam doorgeven, voordat we op {d1} gaan borduren?"]),
        P4=("Factuur voor {sref}",
            ["In de bijlage vindt u factuur {inv} voor {ref}, als pdf met de btw apart vermeld."]),
        P5=("Uw {product}: {sref}",
            ["Volgens de track-and-trace is {product} op {d1} bezorgd ({ref})."]),
        P6=("Uw retour voor {sref}",
            ["Bedankt voor het terugsturen van {product} ({ref}). Bij het uitpakken ontbrak een accessoire dat op het retourformulier staat.",
             "Kunt u nakijken of het nog bij u is? Zodra het binnen is, betalen we de resterende {price} terug."]),
        P7=("Nalevering voor {sref}",
            ["Een accessoire uit {ref} zat niet in het hoofdpakket. We hebben het vandaag apart verstuurd met {carrier}, trackingnummer {track}.",
             "U hoeft niets te doen; het zou uiterlijk {d2} moeten aankomen."]),
    ),
    unp=[
        ("order_conf", "Bedankt voor uw bestelling {sref}", ["Hartelijk dank voor uw bestelling {oid}! We hebben hem ontvangen en maken {product} al klaar voor verzending."]),
        ("help_only", "Wij staan voor u klaar", ["We hopen dat u blij bent met {product} uit bestelling {oid}. Heeft u vragen, dan staan we altijd voor u klaar."]),
        ("ship_conf", "Uw bestelling {sref} is verzonden", ["Uw bestelling {oid} is vandaag met {carrier} verzonden. Trackingnummer: {track}."]),
    ],
    neutral=[
        "Als u even tijd heeft, stellen we uw feedback over deze bestelling zeer op prijs.",
        "Wanneer u {product} een tijdje heeft gebruikt, helpt een korte review op Amazon andere kopers.",
        "We zouden het fijn vinden als u verkopersfeedback achterlaat voor bestelling {oid}.",
        "Als u wilt, kunt u {product} hier beoordelen: https://{amz}/review/review-your-purchases/?asin={asin}",
    ],
    remind=["Voor het geval ons vorige bericht is ondergesneeuwd: we lezen nog steeds graag uw review van {product}.",
            "Een kleine herinnering: heeft u al tijd gehad om bestelling {oid} te beoordelen?"],
    upd_ok=["Nu alles is opgelost: als u eerder feedback heeft gegeven, kunt u die bij Amazon aanpassen, maar dat laten we helemaal aan u."],
    pools=dict(
        review_incentive=[
            "Als dank voor uw review sturen we u een cadeaubon van 10 euro.",
            "Laat een review achter en ontvang 15% korting op uw volgende bestelling.",
            "Iedereen die deze maand een review schrijft, maakt kans op een gratis pakket van onze nieuwe lijn.",
        ],
        review_manipulation=[
            "Bent u tevreden, dan zouden we heel blij zijn met vijf sterren; is er iets mis, neem dan eerst contact met ons op.",
            "Wilt u in uw review vermelden hoe snel de levering was?",
            "Laat alstublieft alleen een review achter als u echt helemaal tevreden bent.",
        ],
        feedback_removal=[
            "Nu het bedrag is terugbetaald, wilt u uw negatieve review dan verwijderen?",
            "We zouden het waarderen als u uw feedback aanpast nu het probleem is opgelost.",
            "We hebben alles gedaan wat u vroeg, dus we verwachten dat de één-sterbeoordeling vandaag verdwijnt.",
        ],
        marketing=[
            "Trouwens: met de code WINTER10 krijgt u tot zondag 10% korting op ons hele assortiment.",
            "Bekijk ook eens onze nieuwe hydraterende sporttabletten, ideaal bij uw aankoop.",
            "Meld u aan voor onze nieuwsbrief en mis geen enkele actie meer.",
        ],
        offensive=[
            "Eerlijk gezegd hebben we zelden zo'n onbeschofte klant gehad als u.",
            "Als u te dom bent om een handleiding te lezen, is dat niet ons probleem.",
            "Nog één zo'n bericht en daar krijgt u spijt van.",
        ],
        opt_out=[
            "Wilt u geen e-mails meer van ons ontvangen? Antwoord dan met AFMELDEN.",
            "Liever geen berichten meer van ons? Stuur ons \"stop\" en we halen u van de lijst.",
        ],
    ),
    unsub_link=["Afmelden: {u}", "E-mailvoorkeuren beheren: {u}"],
    contact=dict(
        phone=["U kunt mij ook direct bellen op 06 12345678.",
               "Onze klantenservice is bereikbaar op +31 20 794 6120, op werkdagen.",
               "Bel ons gerust: nul zes, een twee drie vier, vijf zes zeven acht."],
        email=["Mail mij gerust rechtstreeks op {agentmail}.",
               "Stuur de foto's naar service@{dom}.",
               "U kunt ook mailen naar klantenservice apenstaartje {dom}."],
        other=[("Sneller geholpen? App ons via WhatsApp op +31 6 98765432.", ["contact_other", "contact_phone"]),
               ("Volg ons op Instagram @stridewell_nl voor recepten en nieuwe smaken.", ["contact_other", "marketing"])],
        link=["Er staat een montagevideo op https://www.{dom}/nl/montage",
              "Meer informatie vindt u op {dom}/nl.",
              "Volg uw pakket hier: https://jouw.postnl.nl/track-and-trace/{track}-NL",
              "De link naar het product: https://{amz}/dp/{asin}"],
    ),
    sigextra=dict(phone="Tel. +31 20 794 6100", email="E-mail: service@{dom}", web="www.{dom}"),
)
LANG["pl"] = dict(
    buyers=["Agnieszka", "Tomasz", "Magdalena", "Paweł", "Natalia", "Michał", "Joanna", "Krzysztof"],
    agents=[("Katarzyna Wójcik", "Kierownik zespołu obsługi klienta"), ("Piotr Zieliński", "Specjalista ds. obsługi klienta")],
    greet=["Dzień dobry {n},", "Witam,", "Szanowna Pani / Szanowny Panie,"],
    close=["Pozdrawiam serdecznie,", "Z poważaniem,", "Pozdrawiamy,"],
    team="Obsługa klienta",
    re="Odp:",
    inq="Zapytanie od klienta Amazon {n} (Zamówienie: {oid})",
    msg=("------------- Wiadomość: -------------", "------------- Koniec wiadomości -------------"),
    order_line="Numer zamówienia {oid}:", item_line="1 z {product} [ASIN: {asin}]",
    helpful="Czy ta wiadomość była pomocna? https://{sc}/gp/communication-manager/feedback.html?t={tok}",
    wrote="W dniu {date} o {time} {n} - Amazon Marketplace <{relay}> napisał(a):",
    ol=("Od", "Wysłano", "Do", "Temat"),
    ref_id="zamówienia {oid}", ref_noid="Pani/Pana ostatniego zamówienia",
    scen=dict(
        R1=("Dzień dobry, zamówiłem {product} ponad tydzień temu i nadal nic nie dotarło. Gdzie jest paczka?",
            ["dziękujemy za wiadomość w sprawie zamówienia {oid}. Paczka opuściła nasz magazyn {d1} z firmą {carrier}, numer przesyłki {track}. Według przewoźnika jest w oddziale w Pani/Pana okolicy, a doręczenie planowane jest do {d2}.",
             "Jeśli do tego dnia nie dotrze, proszę po prostu odpisać, a wyślemy nowy egzemplarz albo zwrócimy całą kwotę."]),
        R2=("{product} przyszedł uszkodzony, karton był zgnieciony, a jedna część jest pęknięta.",
            ["bardzo mi przykro, że {product} dotarł w takim stanie. Dziś bezpłatnie wysłaliśmy nowy egzemplarz ({carrier}, numer przesyłki {track}); uszkodzonego nie trzeba odsyłać.",
             "Jeśli woli Pani/Pan zwrot pieniędzy, proszę dać znać, a od razu go zlecę."]),
        R3=("Czy mogę prosić o fakturę VAT? Potrzebuję jej dla firmy.",
            ["oczywiście. W załączniku przesyłam fakturę {inv} do zamówienia {oid} w formacie PDF, z wyszczególnionym VAT.",
             "Jeśli nazwa firmy lub adres wymagają zmiany, proszę je tu podać, a jeszcze dziś wystawię fakturę ponownie."]),
        R4=("Zgubiłam instrukcję do {product}. Czy macie ją w pliku?",
            ["żaden problem. Załączam instrukcję obsługi {product} (model {model}) w PDF; montaż jest opisany krok po kroku w rozdziale 3.",
             "Gdyby coś było niejasne, proszę śmiało pisać."]),
        R5=("Chcę zwrócić {product}, nie spełnia moich oczekiwań.",
            ["oczywiście, na zwrot jest 30 dni. Najszybciej przez Moje zamówienia: https://{amz}/gp/css/order-history, a następnie \"Zwróć lub wymień produkty\" przy zamówieniu {oid}.",
             "Jeśli woli Pani/Pan nadać paczkę samodzielnie, nasz adres zwrotów to {retaddr}. Prosimy o dopisanie na paczce numeru RMA {rma}."]),
        R6=("To już moja TRZECIA wiadomość. Beznadziejna obsługa. Albo zwrot dzisiaj, albo wszędzie daję jedną gwiazdkę.",
            ["rozumiem zdenerwowanie i przepraszam, że musiała Pani/musiał Pan pisać trzy razy. Właśnie zwróciłem pełną kwotę {price} za zamówienie {oid}; środki pojawią się na koncie w ciągu 3-5 dni roboczych.",
             "To, co Pani/Pan o nas napisze, jest wyłącznie Pani/Pana decyzją, a zwrot w żaden sposób od tego nie zależy. Proszę tylko o zachowanie uprzejmego tonu, abym mógł dalej pomagać."]),
        R7=("Chciałbym wystawić opinię o {product}, ale nie mogę znaleźć, gdzie to zrobić. Jak to działa?",
            ["chętnie wyjaśnię. W Moich zamówieniach przy zamówieniu {oid} jest przycisk \"Napisz recenzję produktu\"; można też wejść bezpośrednio na https://{amz}/review/review-your-purchases/?asin={asin}.",
             "Ocena sprzedawcy jest osobna od recenzji produktu i znajduje się na tej samej stronie, w sekcji \"Oceń sprzedawcę\"."]),
        R8=("Jeden z artykułów ma małą rysę. Nie opłaca się go odsyłać, ale szkoda.",
            ["dziękujemy za informację i zdjęcie. W ramach rekompensaty zwróciliśmy {price} ({pct}% ceny), a artykuł może Pani/Pan oczywiście zatrzymać.",
             "Zwrot będzie widoczny w ciągu kilku dni."]),
    ),
    prop=dict(
        P1=("[Important] Termin dostawy {sref}",
            ["{product} jest gotowy do wysyłki (dotyczy {ref}). Ponieważ dostawę realizują dwie osoby, przewoźnik musi uzgodnić z Panią/Panem termin.",
             "Który dzień najbardziej odpowiada: {d1}, {d2} czy {d3}? Dostawy odbywają się w godzinach 8:00-18:00."]),
        P2=("[Important] Weryfikacja adresu dostawy {sref}",
            ["Przewoźnik nie mógł potwierdzić adresu dostawy dla {ref}: wygląda na to, że brakuje numeru domu.",
             "Czy może Pani/Pan odpisać z pełnym adresem, abyśmy jeszcze dziś wysłali {product}?"]),
        P3=("[Important] Prosimy o potwierdzenie haftu, {sref}",
            ["Zamówiła Pani/Zamówił Pan {product} z wyhaftowanym imieniem (dotyczy {ref}). W zamówieniu widnieje imię \"Emilie\".",
             "Prosimy o potwierdzenie pisowni lub podanie poprawnej przed rozpoczęciem haftu {d1}."]),
        P4=("Faktura do {sref}",
            ["w załączniku przesyłamy fakturę {inv} dotyczącą {ref}, w formacie PDF z wyszczególnionym VAT."]),
        P5=("Pani/Pana {product}: dotyczy {sref}",
            ["według śledzenia przesyłki {product} został doręczony {d1} (dotyczy {ref})."]),
        P6=("Zwrot dotyczący {sref}",
            ["dziękujemy za odesłanie {product} (dotyczy {ref}). Po rozpakowaniu okazało się, że brakuje jednego akcesorium wymienionego w formularzu zwrotu.",
             "Czy może Pani/Pan sprawdzić, czy zostało u Pani/Pana? Gdy tylko do nas dotrze, zwrócimy pozostałe {price}."]),
        P7=("Brakujący element {sref}",
            ["jeden z elementów {ref} nie został zapakowany do głównej paczki. Wysłaliśmy go dziś osobno przez {carrier}, numer przesyłki {track}.",
             "Nie trzeba nic robić; powinien dotrzeć do {d2}."]),
    ),
    unp=[
        ("ship_conf", "Zamówienie {sref} zostało wysłane", ["Pani/Pana zamówienie {oid} zostało dziś nadane w {carrier}. Numer przesyłki: {track}."]),
        ("thanks_only", "Dziękujemy za zakupy w {seller}", ["chcieliśmy po prostu podziękować za wybranie {seller} przy zamówieniu {oid}."]),
        ("oos", "Brak towaru, {sref}", ["niestety {product} z zamówienia {oid} jest chwilowo niedostępny. Dostawę spodziewamy się około {d2}."]),
    ],
    neutral=[
        "Jeśli znajdzie Pani/Pan chwilę, będziemy wdzięczni za opinię o tym zamówieniu.",
        "Gdy już wypróbuje Pani/Pan {product}, krótka recenzja na Amazon pomoże innym kupującym.",
        "Będzie nam miło, jeśli wystawi Pani/Pan ocenę sprzedawcy dla zamówienia {oid}.",
        "Jeśli ma Pani/Pan ochotę, {product} można ocenić tutaj: https://{amz}/review/review-your-purchases/?asin={asin}",
    ],
    remind=["Na wypadek, gdyby nasza poprzednia wiadomość zaginęła: nadal chętnie przeczytamy Pani/Pana recenzję {product}.",
            "Małe przypomnienie: czy udało się już ocenić zamówienie {oid}?"],
    upd_ok=["Skoro wszystko jest już wyjaśnione: wystawioną ocenę można w Amazon później edytować, ale to wyłącznie Pani/Pana decyzja."],
    pools=dict(
        review_incentive=[
            "W podziękowaniu za recenzję wyślemy Pani/Panu bon podarunkowy o wartości 50 zł.",
            "Za wystawienie opinii otrzyma Pani/Pan 15% rabatu na kolejne zakupy.",
            "Każda opinia w tym miesiącu bierze udział w losowaniu darmowego zestawu produktów.",
        ],
        review_manipulation=[
            "Jeśli jest Pani/Pan zadowolony, prosimy o pięć gwiazdek; w razie problemów proszę najpierw napisać do nas.",
            "W recenzji prosimy wspomnieć o szybkiej wysyłce i solidnym wykonaniu.",
            "Prosimy wystawiać opinię tylko wtedy, gdy jest Pani/Pan w pełni zadowolony.",
        ],
        feedback_removal=[
            "Skoro zwrot został zrealizowany, czy mogłaby Pani/mógłby Pan usunąć negatywną opinię?",
            "Będziemy wdzięczni za zmianę oceny teraz, gdy problem został rozwiązany.",
            "Zrobiliśmy wszystko, o co Pani/Pan prosił, więc oczekujemy usunięcia jednogwiazdkowej oceny jeszcze dziś.",
        ],
        marketing=[
            "Przy okazji: z kodem ZIMA15 otrzyma Pani/Pan 15% zniżki na cały asortyment do niedzieli.",
            "Polecamy też nasze nowe pióra wycieraczek, świetnie pasują do Pani/Pana zakupu.",
            "Zapraszamy do zapisania się na nasz newsletter z promocjami.",
        ],
        offensive=[
            "Szczerze mówiąc, rzadko mamy do czynienia z tak chamskim klientem.",
            "Jeśli nie potrafi Pan przeczytać prostej instrukcji, to nie jest nasz problem, człowieku.",
            "Jeszcze jedna taka wiadomość, a pożałuje Pani tego.",
        ],
        opt_out=[
            "Nie chce Pani/Pan otrzymywać od nas wiadomości? Proszę odpisać STOP.",
            "Aby wypisać się z naszych wiadomości, wystarczy odpowiedzieć \"rezygnuję\".",
        ],
    ),
    unsub_link=["Wypisz się: {u}", "Zarządzaj ustawieniami e-mail: {u}"],
    contact=dict(
        phone=["Można też do mnie zadzwonić bezpośrednio: 512 345 678.",
               "Nasza infolinia: +48 22 307 41 15, od poniedziałku do piątku.",
               "Prosimy dzwonić pod numer pięć jeden dwa, trzy cztery pięć, sześć siedem osiem."],
        email=["Proszę pisać bezpośrednio na adres {agentmail}.",
               "Zdjęcia prosimy przesłać na reklamacje@{dom}.",
               "Można też pisać na sklep małpa {dom}."],
        other=[("Szybciej odpowiemy na WhatsAppie: +48 512 987 654.", ["contact_other", "contact_phone"]),
               ("Obserwuj nas na Facebooku, Pikkuli Baby Polska, tam publikujemy promocje.", ["contact_other", "marketing"])],
        link=["Film z montażem znajdzie Pani/Pan na https://www.{dom}/pl/montaz",
              "Więcej informacji na {dom}/pl.",
              "Śledzenie przesyłki: https://inpost.pl/sledzenie-przesylek?number={track}",
              "Link do produktu: https://{amz}/dp/{asin}"],
    ),
    sigextra=dict(phone="Tel. +48 22 307 41 00", email="E-mail: obsluga@{dom}", web="www.{dom}"),
)
LANG["sv"] = dict(
    buyers=["Elin", "Johan", "Maja", "Erik", "Sara", "Anders", "Linnea", "Viktor"],
    agents=[("Elin Lindqvist", "Teamledare kundtjänst"), ("Oskar Berg", "Kundtjänstmedarbetare")],
    greet=["Hej {n}!", "Hej {n},", "Hej,"],
    close=["Vänliga hälsningar", "Med vänlig hälsning", "Ha en fin dag"],
    team="Kundtjänst",
    re="SV:",
    inq="Förfrågan från Amazon-kunden {n} (Beställning: {oid})",
    msg=("------------- Meddelande: -------------", "------------- Slut på meddelandet -------------"),
    order_line="Beställningsnummer {oid}:", item_line="1 av {product} [ASIN: {asin}]",
    helpful="Var det här e-postmeddelandet till hjälp? https://{sc}/gp/communication-manager/feedback.html?t={tok}",
    wrote="Den {date} kl. {time} skrev {n} - Amazon Marketplace <{relay}>:",
    ol=("Från", "Skickat", "Till", "Ämne"),
    ref_id="beställning {oid}", ref_noid="din senaste beställning",
    scen=dict(
        R1=("Hej, jag beställde {product} för över en vecka sedan och det har fortfarande inte kommit. Var är paketet?",
            ["Tack för att du hör av dig om beställning {oid}. Paketet lämnade vårt lager den {d1} med {carrier}, kollinummer {track}. Enligt transportören finns det på ditt lokala ombud och levereras senast {d2}.",
             "Har det inte kommit fram då, svara bara på det här meddelandet så skickar vi ett nytt eller betalar tillbaka hela beloppet."]),
        R2=("{product} kom fram skadad, kartongen var intryckt och en del är trasig.",
            ["Vad tråkigt att {product} kom fram i det skicket. Vi har i dag skickat en ersättare utan kostnad ({carrier}, kollinummer {track}) och du behöver inte skicka tillbaka den skadade.",
             "Vill du hellre ha pengarna tillbaka säger du bara till, så ordnar jag det direkt."]),
        R3=("Kan ni skicka en faktura med moms? Jag behöver den till företaget.",
            ["Självklart. Här bifogas faktura {inv} för beställning {oid} som pdf, med momsen specificerad.",
             "Behöver företagsnamnet eller adressen ändras, skriv det här så gör jag en ny faktura i dag."]),
        R4=("Jag har tappat bort bruksanvisningen till {product}. Har ni den som fil?",
            ["Inga problem. Jag bifogar bruksanvisningen till {product} (modell {model}) som pdf; monteringen beskrivs steg för steg i kapitel 3.",
             "Hör av dig om något är oklart."]),
        R5=("Jag vill returnera {product}, den motsvarade inte mina förväntningar.",
            ["Det går bra inom 30 dagar. Snabbast är via Dina beställningar: https://{amz}/gp/css/order-history, och sedan \"Returnera eller byt ut artiklar\" vid beställning {oid}.",
             "Vill du hellre skicka själv är vår returadress {retaddr}. Skriv RMA-nummer {rma} på paketet, tack."]),
        R6=("Det här är mitt TREDJE meddelande. Urusel service. Betala tillbaka i dag annars ger jag en stjärna överallt.",
            ["Jag förstår att du är frustrerad och beklagar att du fick skriva tre gånger. Jag har nu betalat tillbaka hela beloppet {price} för beställning {oid}; det syns på kontot inom 3-5 bankdagar.",
             "Vad du skriver om oss bestämmer du helt själv, och återbetalningen hänger inte på det på något sätt. Jag ber bara att vi håller en vänlig ton så att jag kan fortsätta hjälpa dig."]),
        R7=("Jag vill skriva en recension av {product} men hittar inte var. Hur gör man?",
            ["Det förklarar jag gärna. Under Dina beställningar klickar du på \"Skriv en produktrecension\" vid beställning {oid}, eller går direkt till https://{amz}/review/review-your-purchases/?asin={asin}.",
             "Säljaromdömet är skilt från produktrecensionen och finns på samma sida under \"Lämna säljaromdöme\"."]),
        R8=("En av artiklarna har en liten repa. Inte värt att skicka tillbaka, men ändå synd.",
            ["Tack för att du sa till och för bilden. Vi har som en gest betalat tillbaka {price} ({pct} % av priset), och du får förstås behålla varan.",
             "Återbetalningen syns inom några dagar."]),
    ),
    prop=dict(
        P1=("[Important] Leveranstid för {sref}",
            ["Din {product} är redo att skickas ({ref}). Eftersom det är en tvåmannaleverans behöver speditören boka en dag med dig.",
             "Vilken dag passar bäst: {d1}, {d2} eller {d3}? Leveranser sker mellan 8 och 18."]),
        P2=("[Important] Kontroll av leveransadress, {sref}",
            ["Transportören kunde inte bekräfta leveransadressen för {ref}: gatunumret verkar saknas.",
             "Kan du svara med den fullständiga adressen så att {product} kan skickas i dag?"]),
        P3=("[Important] Bekräfta broderiet, {sref}",
            ["Du har beställt {product} med broderat namn ({ref}). I beställningen står namnet \"Emilie\".",
             "Bekräfta stavningen, eller skicka den rätta, innan vi börjar brodera den {d1}."]),
        P4=("Faktura för {sref}",
            ["Här bifogas faktura {inv} för {ref}, som pdf med momsen specificerad."]),
        P5=("Din {product}: {sref}",
            ["Enligt spårningen levererades {product} den {d1} ({ref})."]),
        P6=("Din retur för {sref}",
            ["Tack för att du skickade tillbaka {product} ({ref}). När vi packade upp saknades ett tillbehör som står på returblanketten.",
             "Kan du kolla om det fortfarande finns hos dig? Så snart det kommit fram betalar vi tillbaka resterande {price}."]),
        P7=("Restleverans för {sref}",
            ["Ett tillbehör i {ref} packades inte med huvudpaketet. Vi skickade det separat i dag med {carrier}, kollinummer {track}.",
             "Du behöver inte göra något; det bör vara framme senast {d2}."]),
    ),
    unp=[
        ("help_only", "Vi finns här för dig", ["Vi hoppas att du är nöjd med {product} från beställning {oid}. Har du frågor finns vi alltid här för att hjälpa dig."]),
        ("order_conf", "Tack för din beställning {sref}", ["Tack för din beställning {oid}! Vi har tagit emot den och packar redan {product}."]),
        ("ship_conf", "Din beställning {sref} har skickats", ["Din beställning {oid} skickades i dag med {carrier}. Kollinummer: {track}."]),
    ],
    neutral=[
        "Om du har en stund över uppskattar vi ditt omdöme om den här beställningen.",
        "När du har hunnit använda {product} hjälper en kort recension på Amazon andra köpare.",
        "Vi blir glada om du vill lämna ett säljaromdöme för beställning {oid}.",
        "Om du vill kan du recensera {product} här: https://{amz}/review/review-your-purchases/?asin={asin}",
    ],
    remind=["Ifall vårt förra meddelande försvann: vi läser fortfarande gärna din recension av {product}.",
            "En liten påminnelse: har du hunnit betygsätta beställning {oid}?"],
    upd_ok=["Nu när allt är löst: ett omdöme du redan lämnat kan ändras hos Amazon om du vill, men det är helt upp till dig."],
    pools=dict(
        review_incentive=[
            "Som tack för din recension skickar vi ett presentkort på 100 kr.",
            "Lämna en recension så får du 20 % rabatt på nästa köp hos oss.",
            "Alla som recenserar i månaden är med i utlottningen av ett års förbrukning av elektrolyttabletter.",
        ],
        review_manipulation=[
            "Är du nöjd blir vi jätteglada för fem stjärnor; är något fel, kontakta oss först i stället för att recensera.",
            "Nämn gärna i recensionen hur enkelt det var att montera.",
            "Lämna bara en recension om du är helt nöjd.",
        ],
        feedback_removal=[
            "Nu när pengarna är tillbakabetalda, kan du ta bort ditt negativa omdöme?",
            "Vi skulle uppskatta om du ändrade ditt omdöme nu när problemet är löst.",
            "Vi har gjort allt du bad om, så vi räknar med att enstjärnesbetyget försvinner i dag.",
        ],
        marketing=[
            "Förresten: med koden VINTER15 får du 15 % rabatt på hela vårt sortiment till söndag.",
            "Kolla gärna in vårt nya stativ i kolfiber, det passar perfekt till ditt köp.",
            "Prenumerera på vårt nyhetsbrev så missar du inga erbjudanden.",
        ],
        offensive=[
            "Ärligt talat har vi sällan haft en så otrevlig kund som du.",
            "Kan du inte läsa en enkel manual är det inte vårt problem, din idiot.",
            "Ett meddelande till i den tonen så kommer du att ångra dig.",
        ],
        opt_out=[
            "Vill du inte få fler mejl från oss? Svara STOPP.",
            "För att avsluta utskick från oss räcker det att svara \"avregistrera\".",
        ],
    ),
    unsub_link=["Avsluta prenumerationen: {u}", "Hantera dina e-postinställningar: {u}"],
    contact=dict(
        phone=["Du kan också ringa mig direkt på 070-174 06 52.",
               "Vår kundtjänst nås på +46 8 505 913 40, vardagar.",
               "Ring oss på noll sju noll, ett sju fyra, noll sex, sju åtta."],
        email=["Mejla mig gärna direkt på {agentmail}.",
               "Skicka bilderna till kundtjanst@{dom}.",
               "Du kan också mejla order snabel-a {dom}."],
        other=[("Snabbare svar får du på WhatsApp: +46 70 174 06 61.", ["contact_other", "contact_phone"]),
               ("Följ oss på Instagram @lumoragear_se för tips och nyheter.", ["contact_other", "marketing"])],
        link=["Det finns en monteringsvideo på https://www.{dom}/se/montering",
              "Mer information på {dom}/se.",
              "Spåra paketet här: https://www.postnord.se/vara-verktyg/spara-brev-paket-och-pall?shipmentId={track}",
              "Länk till produkten: https://{amz}/dp/{asin}"],
    ),
    sigextra=dict(phone="Tel. +46 8 505 913 00", email="E-post: kundtjanst@{dom}", web="www.{dom}"),
)
LANG["pt"] = dict(
    buyers=["Beatriz", "Rafael", "Camila", "Gustavo", "Larissa", "Thiago", "Fernanda", "Bruno"],
    agents=[("Beatriz Almeida", "Coordenadora de atendimento"), ("Rafael Costa", "Analista de suporte")],
    greet=["Olá, {n}!", "Olá {n},", "Prezado(a) {n},"],
    close=["Atenciosamente,", "Um abraço,", "Obrigado e até breve,"],
    team="Atendimento ao cliente",
    re="Re:",
    inq="Consulta do cliente da Amazon {n} (Pedido: {oid})",
    msg=("------------- Mensagem: -------------", "------------- Encerrar mensagem -------------"),
    order_line="Número do pedido {oid}:", item_line="1 de {product} [ASIN: {asin}]",
    helpful="Este e-mail foi útil? https://{sc}/gp/communication-manager/feedback.html?t={tok}",
    wrote="Em {date} às {time}, {n} - Amazon Marketplace <{relay}> escreveu:",
    ol=("De", "Enviado", "Para", "Assunto"),
    ref_id="o pedido {oid}", ref_noid="seu pedido recente",
    scen=dict(
        R1=("Olá, comprei {product} há mais de uma semana e ainda não chegou. Onde está o pacote?",
            ["Obrigado pelo contato sobre o pedido {oid}. O pacote saiu do nosso centro de distribuição em {d1} pelos {carrier}, código de rastreamento {track}. Segundo a transportadora, ele está na unidade da sua região e deve ser entregue até {d2}.",
             "Se não chegar até essa data, é só responder esta mensagem que enviamos outro ou devolvemos o valor integral, como preferir."]),
        R2=("{product} chegou danificado: a caixa veio amassada e uma peça está quebrada.",
            ["Sinto muito que {product} tenha chegado assim. Hoje enviamos um novo sem custo ({carrier}, código de rastreamento {track}), e não é preciso devolver o danificado.",
             "Se preferir o reembolso, me avise e eu faço na hora."]),
        R3=("Vocês podem me enviar a nota fiscal? Preciso para a empresa.",
            ["Claro. Segue em anexo a nota fiscal {inv} do pedido {oid} em PDF, com os impostos discriminados.",
             "Se a razão social ou o endereço precisar de ajuste, me informe aqui e reemito hoje mesmo."]),
        R4=("Perdi o manual de {product}. Vocês têm em arquivo?",
            ["Sem problema. Segue o manual de {product} (modelo {model}) em PDF; a montagem está explicada passo a passo no capítulo 3.",
             "Se algo não ficar claro, pode me escrever."]),
        R5=("Quero devolver {product}, não era o que eu esperava.",
            ["Tudo bem, o prazo é de 30 dias. O jeito mais rápido é pelos Seus pedidos: https://{amz}/gp/css/order-history, clicando em \"Devolver ou trocar produtos\" ao lado do pedido {oid}.",
             "Se preferir enviar por conta própria, nosso endereço de devolução é {retaddr}. Informe o número RMA {rma} no pacote, por favor."]),
        R6=("É a TERCEIRA vez que escrevo. Atendimento péssimo. Ou me devolvem o dinheiro hoje ou dou uma estrela em tudo.",
            ["Entendo sua irritação e peço desculpas por ter precisado escrever três vezes. Acabei de reembolsar o valor integral de {price} do pedido {oid}; ele aparece na fatura em 3 a 5 dias úteis.",
             "O que você publicar sobre nós é decisão sua, e o reembolso não depende disso de forma alguma. Só peço que a conversa continue respeitosa para eu seguir ajudando."]),
        R7=("Quero deixar uma avaliação de {product}, mas não acho onde. Como faço?",
            ["Com prazer. Em Seus pedidos, ao lado do pedido {oid}, clique em \"Escrever uma avaliação do produto\", ou abra direto https://{amz}/review/review-your-purchases/?asin={asin}.",
             "A avaliação do vendedor é separada da avaliação do produto e fica na mesma página, em \"Avaliar o vendedor\"."]),
        R8=("Um dos itens veio com um pequeno arranhão. Não vale a pena devolver, mas chateia.",
            ["Obrigado por avisar e pela foto. Reembolsamos {price} ({pct}% do preço) como cortesia, e você pode ficar com o produto.",
             "O reembolso aparece em poucos dias."]),
    ),
    prop=dict(
        P1=("[Important] Agendamento de entrega, {sref}",
            ["Seu {product} está pronto para envio ({ref}). Como é uma entrega com dois entregadores, a transportadora precisa combinar uma data com você.",
             "Qual dia fica melhor: {d1}, {d2} ou {d3}? As entregas acontecem das 8h às 18h."]),
        P2=("[Important] Confirmação de endereço, {sref}",
            ["A transportadora não conseguiu validar o endereço de entrega para {ref}: parece faltar o número.",
             "Pode responder com o endereço completo para enviarmos {product} ainda hoje?"]),
        P3=("[Important] Confirme o bordado, {sref}",
            ["Você comprou {product} com nome bordado ({ref}). No pedido consta o nome \"Emilie\".",
             "Confirme a grafia, ou nos envie a correta, antes de começarmos o bordado em {d1}."]),
        P4=("Nota fiscal: {sref}",
            ["Segue em anexo a nota fiscal {inv} para {ref}, em PDF."]),
        P5=("Seu {product}: {sref}",
            ["Pelo rastreamento, {product} foi entregue em {d1} ({ref})."]),
        P6=("Sua devolução: {sref}",
            ["Obrigado por devolver {product} ({ref}). Ao abrir a caixa, faltava um acessório listado no formulário de devolução.",
             "Pode verificar se ele ficou com você? Assim que chegar, reembolsamos os {price} restantes."]),
        P7=("Item pendente: {sref}",
            ["Um acessório previsto para {ref} não foi embalado com o pacote principal. Enviamos hoje separadamente pelos {carrier}, código de rastreamento {track}.",
             "Você não precisa fazer nada; deve chegar até {d2}."]),
    ),
    unp=[
        ("order_conf", "Recebemos seu pedido {sref}", ["Obrigado pelo seu pedido {oid}! Já recebemos e estamos preparando {product} para envio."]),
        ("oos", "Produto sem estoque, {sref}", ["Infelizmente {product} do pedido {oid} está sem estoque no momento. A reposição está prevista para {d2}."]),
        ("thanks_only", "Obrigado por comprar com a {seller}", ["Só queríamos agradecer por escolher a {seller} no pedido {oid}."]),
    ],
    neutral=[
        "Se tiver um minutinho, gostaríamos muito da sua opinião sobre este pedido.",
        "Depois de usar {product}, uma avaliação curta na Amazon ajuda outros compradores.",
        "Ficaríamos gratos se você avaliasse o vendedor no pedido {oid}.",
        "Se quiser, pode avaliar {product} aqui: https://{amz}/review/review-your-purchases/?asin={asin}",
    ],
    remind=["Caso nossa mensagem anterior tenha se perdido: ainda adoraríamos ler sua avaliação de {product}.",
            "Um lembrete rápido: você já conseguiu avaliar o pedido {oid}?"],
    upd_ok=["Agora que está tudo resolvido: se você deixou uma avaliação, a Amazon permite editá-la depois, mas isso fica totalmente a seu critério."],
    pools=dict(
        review_incentive=[
            "Como agradecimento pela avaliação, enviamos um vale-presente de R$ 30.",
            "Quem nos avalia ganha 15% de desconto na próxima compra.",
            "Avalie o produto e devolvemos o valor do frete deste pedido.",
        ],
        review_manipulation=[
            "Se você gostou, uma avaliação de cinco estrelas nos ajudaria muito; se algo deu errado, fale com a gente antes de avaliar.",
            "Na avaliação, mencione por favor a qualidade do acabamento.",
            "Por favor, só avalie se estiver totalmente satisfeito.",
        ],
        feedback_removal=[
            "Como o reembolso já foi feito, você poderia remover sua avaliação negativa?",
            "Agradeceríamos se você alterasse sua avaliação agora que o problema foi resolvido.",
            "Fizemos tudo o que você pediu, então esperamos que a avaliação de uma estrela seja retirada ainda hoje.",
        ],
        marketing=[
            "Aproveite: com o cupom VERAO15 você tem 15% de desconto em toda a nossa loja até domingo.",
            "Conheça também nossa nova linha de pastilhas de freio, ideal para completar sua compra.",
            "Assine nossa newsletter e fique por dentro das promoções.",
        ],
        offensive=[
            "Sinceramente, poucas vezes atendemos alguém tão grosseiro quanto você.",
            "Se você não consegue ler um manual simples, o problema é seu, não nosso, seu idiota.",
            "Se mandar mais uma mensagem nesse tom, vai se arrepender.",
        ],
        opt_out=[
            "Não quer mais receber nossos e-mails? Responda SAIR.",
            "Para deixar de receber mensagens nossas, basta responder \"descadastrar\".",
        ],
    ),
    unsub_link=["Cancelar inscrição: {u}", "Gerenciar preferências de e-mail: {u}"],
    contact=dict(
        phone=["Se preferir, me ligue direto no (11) 98765-4321.",
               "Nossa central de atendimento: +55 11 3456-7890, de segunda a sexta.",
               "Ligue para nós: onze, nove oito sete seis cinco, quatro três dois um."],
        email=["Pode me escrever direto em {agentmail}.",
               "Envie as fotos para atendimento@{dom}.",
               "Também pode escrever para pedidos arroba {dom}."],
        other=[("Para uma resposta mais rápida, chame a gente no WhatsApp: (11) 91234-5678.", ["contact_other", "contact_phone"]),
               ("Siga a gente no Instagram @pikkulibaby_br para novidades e promoções.", ["contact_other", "marketing"])],
        link=["Tem um vídeo de montagem em https://www.{dom}/br/montagem",
              "Mais informações em {dom}/br.",
              "Rastreie aqui: https://rastreamento.correios.com.br/app/index.php?objeto={track}",
              "Link do produto: https://{amz}/dp/{asin}"],
    ),
    sigextra=dict(phone="Tel.: +55 11 3456-7800", email="E-mail: atendimento@{dom}", web="www.{dom}"),
)
LANG["ja"] = dict(
    buyers=["佐々木", "田中", "鈴木", "山本", "中村", "小林", "加藤", "吉田"],
    agents=[("佐藤 美咲", "カスタマーサポート リーダー"), ("高橋 健太", "カスタマーサポート担当")],
    greet=["{n}様", "{n}様\n\nいつもご利用いただきありがとうございます。", "{n}様\n\nお問い合わせありがとうございます。"],
    close=["よろしくお願いいたします。", "今後ともよろしくお願い申し上げます。", "引き続きよろしくお願いいたします。"],
    team="カスタマーサポート",
    re="Re:",
    inq="Amazonのお客様 {n} からの問い合わせ (注文番号: {oid})",
    msg=("------------- メッセージ: -------------", "------------- メッセージの終わり -------------"),
    order_line="注文番号 {oid}:", item_line="{product} 1点 [ASIN: {asin}]",
    helpful="このメールは役に立ちましたか？ https://{sc}/gp/communication-manager/feedback.html?t={tok}",
    wrote="{date} {time} {n} - Amazon Marketplace <{relay}>:",
    ol=("差出人", "送信日時", "宛先", "件名"),
    ref_id="ご注文 {oid}", ref_noid="先日のご注文",
    scen=dict(
        R1=("1週間以上前に{product}を注文しましたが、まだ届きません。荷物はどこにありますか？",
            ["ご注文 {oid} の件でご連絡いただきありがとうございます。お荷物は{d1}に{carrier}にて当倉庫より発送しており、追跡番号は {track} です。配送業者によると、現在お近くの営業所にあり、{d2}までにお届けの予定です。",
             "万一それまでに届かない場合は、このメッセージにご返信ください。代替品の発送または全額返金にて対応いたします。"]),
        R2=("{product}が破損して届きました。箱がつぶれていて、部品が一つ割れています。",
            ["{product}がこのような状態で届き、大変申し訳ございません。本日、代替品を無償で発送いたしました（{carrier}、伝票番号 {track}）。破損品のご返送は不要です。",
             "返金をご希望の場合はお知らせください。すぐに手続きいたします。"]),
        R3=("会社の経費精算に使うので、適格請求書（インボイス）を送ってもらえますか？",
            ["承知いたしました。ご注文 {oid} の請求書 {inv} をPDFで添付いたします。消費税額も記載しております。",
             "宛名やご住所の変更が必要でしたら、こちらにご返信ください。本日中に再発行いたします。"]),
        R4=("{product}の説明書をなくしてしまいました。データでありますか？",
            ["かしこまりました。{product}（型番 {model}）の取扱説明書をPDFで添付いたします。組み立て手順は第3章に記載しております。",
             "ご不明な点がございましたら、お気軽にお問い合わせください。"]),
        R5=("{product}を返品したいです。イメージと違いました。",
            ["30日以内であれば返品を承ります。最も簡単なのは注文履歴からの手続きです：https://{amz}/gp/css/order-history で、ご注文 {oid} の「商品の返品・交換」を選択してください。",
             "ご自身で発送される場合の返送先は {retaddr} です。箱にRMA番号 {rma} をご記入ください。"]),
        R6=("問い合わせるのはこれで3回目です。最悪の対応です。今日中に返金しないなら、あちこちに星1つのレビューを書きます。",
            ["ご不快な思いをおかけし、3度もご連絡いただくことになり誠に申し訳ございません。ご注文 {oid} の代金 {price} を全額返金いたしました。3〜5営業日ほどで反映されます。",
             "当店についてどのように投稿されるかはお客様のご判断であり、返金はそれとは一切関係ございません。引き続きサポートさせていただくため、落ち着いたやり取りをお願いできれば幸いです。"]),
        R7=("{product}のレビューを書きたいのですが、どこから書けばいいのかわかりません。",
            ["ご説明いたします。注文履歴のご注文 {oid} にある「商品レビューを書く」をクリックするか、https://{amz}/review/review-your-purchases/?asin={asin} を直接開いてください。",
             "出品者の評価は商品レビューとは別で、同じページの「出品者を評価」から投稿できます。"]),
        R8=("商品の一つに小さな傷がありました。返品するほどではないですが、少し残念です。",
            ["ご連絡と写真をありがとうございます。お詫びとして {price}（商品代金の{pct}%）を返金いたしました。商品はそのままお使いください。",
             "数日以内に返金が反映されます。"]),
    ),
    prop=dict(
        P1=("[Important] {sref}の配達日時のご相談",
            ["{ref}の{product}の発送準備が整いました。2名での搬入となるため、配送業者とお届け日を調整する必要がございます。",
             "{d1}、{d2}、{d3}のうち、ご都合のよい日をご返信ください。配達時間は8時〜18時です。"]),
        P2=("[Important] {sref}のお届け先住所の確認",
            ["配送業者より、{ref}のお届け先住所を確認できないとの連絡がありました。番地が抜けているようです。",
             "本日中に{product}を発送できるよう、番地を含む正しいご住所をご返信いただけますでしょうか。"]),
        P3=("[Important] {sref}の刺繍内容のご確認",
            ["{ref}にて、お名前刺繍入りの{product}をご注文いただきました。ご注文のお名前は「Emilie」となっております。",
             "{d1}に刺繍作業を開始いたしますので、それまでに綴りのご確認、または正しいお名前をお知らせください。"]),
        P4=("{sref}の請求書",
            ["{ref}の請求書 {inv} をPDFにて添付いたします。"]),
        P5=("{product}について（{sref}）",
            ["配送状況によると、{product}は{d1}にお届け済みです（{ref}）。"]),
        P6=("{sref}の返品について",
            ["{product}をご返送いただきありがとうございました（{ref}）。開梱したところ、返品票に記載の付属品が一点入っておりませんでした。",
             "お手元に残っていないかご確認いただけますでしょうか。到着次第、残りの {price} を返金いたします。"]),
        P7=("{sref}の未同梱品について",
            ["{ref}の付属品が一点、本体と同梱されておりませんでした。本日、{carrier}にて別送いたしました。お問い合わせ伝票番号は {track} です。",
             "お客様のお手続きは不要です。{d2}までに到着予定です。"]),
    ),
    unp=[
        ("order_conf", "ご注文ありがとうございます（{sref}）", ["ご注文 {oid} をいただき誠にありがとうございます。ただいま{product}の出荷準備を進めております。"]),
        ("ship_conf", "{sref}を発送いたしました", ["ご注文 {oid} の商品を本日{carrier}にて発送いたしました。追跡番号：{track}"]),
        ("thanks_only", "{seller}よりお礼", ["このたびはご注文 {oid} にて{seller}をお選びいただき、誠にありがとうございました。"]),
        ("help_only", "いつでもお気軽にご相談ください", ["ご注文 {oid} の{product}はいかがでしょうか。ご不明な点があれば、いつでもお手伝いいたします。"]),
    ],
    neutral=[
        "お時間のあるときに、今回のご注文についてご評価いただけましたら幸いです。",
        "{product}をお使いいただいた後、Amazonに簡単なレビューをお寄せいただけると、ほかのお客様の参考になります。",
        "ご注文 {oid} について、出品者評価をいただけますと励みになります。",
        "よろしければ、こちらから{product}のレビューを投稿いただけます：https://{amz}/review/review-your-purchases/?asin={asin}",
    ],
    remind=["前回のご連絡が届いていなかった場合に備え、改めて{product}のレビューをお願い申し上げます。",
            "念のためのご案内です。ご注文 {oid} のご評価はお済みでしょうか。"],
    upd_ok=["なお、すでに投稿された評価はAmazon上で後から編集することも可能ですが、もちろんお客様のご判断にお任せいたします。"],
    pools=dict(
        review_incentive=[
            "レビューをご投稿いただいた方には、お礼としてAmazonギフト券500円分をお送りしております。",
            "レビューを書いていただければ、次回使える20%割引クーポンを差し上げます。",
            "レビュー投稿で送料分をキャッシュバックいたします。",
        ],
        review_manipulation=[
            "ご満足いただけましたら、ぜひ星5つのレビューをお願いいたします。ご不満がある場合は、レビューの前に当店へご連絡ください。",
            "レビューでは、組み立てが簡単だった点にぜひ触れていただけると助かります。",
            "十分にご満足いただけた場合のみ、レビューをお願いいたします。",
        ],
        feedback_removal=[
            "返金が完了しましたので、低評価のレビューを削除していただけますでしょうか。",
            "問題は解決いたしましたので、評価を変更していただけますと幸いです。",
            "ご要望にはすべてお応えしましたので、本日中に星1つの評価を取り下げてください。",
        ],
        marketing=[
            "ちなみに、クーポンコード FUYU10 で当店の全商品が日曜日まで10%オフになります。",
            "あわせて、新発売のカーボン三脚もおすすめです。",
            "メールマガジンにご登録いただくと、セール情報をいち早くお届けします。",
        ],
        offensive=[
            "正直に申し上げて、これほど非常識なお客様は初めてです。",
            "説明書も読めないなら、それはあなたの問題で、当店の責任ではありません。バカじゃないですか。",
            "これ以上このような連絡を続けるなら、後悔することになりますよ。",
        ],
        opt_out=[
            "今後当店からのメールが不要な場合は、「配信停止」とご返信ください。",
            "メッセージの受信を希望されない方は、STOPとご返信いただければ配信を停止いたします。",
        ],
    ),
    unsub_link=["配信停止はこちら：{u}", "メール配信設定の変更：{u}"],
    contact=dict(
        phone=["お急ぎの場合は、03-1234-5678 までお電話ください。",
               "サポートダイヤル：０６－６１２３－４５６７（平日10時〜17時）",
               "お電話は ゼロサン、イチニーサンヨン、ゴーロクナナハチ までどうぞ。"],
        email=["{agentmail} まで直接メールをお送りください。",
               "写真は support@{dom} までお送りください。",
               "support＠{dom} でも受け付けております。"],
        other=[("LINE公式アカウント（@lumora_jp）からもお問い合わせいただけます。", ["contact_other"]),
               ("Instagram（@pikkulibaby_jp）をフォローして、新商品情報をチェックしてください。", ["contact_other", "marketing"])],
        link=["組み立て動画は https://www.{dom}/jp/assembly でご覧いただけます。",
              "詳しくは {dom}/jp をご覧ください。",
              "配送状況はこちら：https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number={track}",
              "商品ページ：https://{amz}/dp/{asin}"],
    ),
    sigextra=dict(phone="TEL: 03-6555-0123", email="Mail: support@{dom}", web="URL: https://www.{dom}/jp"),
)
# combined sentences: a reward tied to removing/changing a review, and asking to change it to positive
SUPP = {
    "en": dict(inc_rem=["If you could update your review, I'd be glad to refund the rest of the price on top of the replacement.",
                        "I can send you a £15 voucher as soon as the negative feedback has been removed."],
               rem_man=["Would you mind changing your review to five stars now that everything is sorted?",
                        "Now that it's fixed, could you edit your feedback so it's positive?"]),
    "de": dict(inc_rem=["Sobald Sie die negative Bewertung zurückgezogen haben, erstatten wir Ihnen zusätzlich die Versandkosten."],
               rem_man=["Könnten Sie Ihre Bewertung jetzt, wo alles geklärt ist, auf fünf Sterne ändern?"]),
    "fr": dict(inc_rem=["Si vous retirez votre avis négatif, nous vous offrons un bon de 15 € sur votre prochain achat."],
               rem_man=["Maintenant que tout est réglé, pourriez-vous passer votre note à cinq étoiles ?"]),
    "es": dict(inc_rem=["Si elimina la valoración negativa, le reembolsamos además el 20 % del precio."],
               rem_man=["Ahora que está todo resuelto, ¿podría cambiar su opinión a cinco estrellas?"]),
    "it": dict(inc_rem=["Se rimuove la recensione negativa, le rimborsiamo anche le spese di spedizione."],
               rem_man=["Ora che è tutto risolto, potrebbe portare la sua valutazione a cinque stelle?"]),
    "nl": dict(inc_rem=["Als u de negatieve review verwijdert, krijgt u van ons een tegoedbon van 15 euro."],
               rem_man=["Nu alles is opgelost, zou u uw beoordeling naar vijf sterren willen aanpassen?"]),
    "pl": dict(inc_rem=["Jeśli usunie Pani/Pan negatywną opinię, zwrócimy dodatkowo koszty wysyłki."],
               rem_man=["Skoro wszystko jest już załatwione, czy mogłaby Pani/mógłby Pan zmienić ocenę na pięć gwiazdek?"]),
    "sv": dict(inc_rem=["Om du tar bort det negativa omdömet skickar vi ett presentkort på 150 kr."],
               rem_man=["Nu när allt är löst, skulle du kunna ändra betyget till fem stjärnor?"]),
    "pt": dict(inc_rem=["Se você remover a avaliação negativa, devolvemos também o valor do frete."],
               rem_man=["Agora que está tudo resolvido, você poderia mudar sua avaliação para cinco estrelas?"]),
    "ja": dict(inc_rem=["低評価を削除していただけましたら、お詫びとして1,000円分のギフト券をお送りいたします。"],
               rem_man=["問題も解決しましたので、評価を星5つに変更していただけないでしょうか。"]),
}

# ---------------------------------------------------------------- sellers, markets
SELLERS = {
    "home": dict(name="Hallberg & Ferri Home", dom="hallbergferri.com", desk="edesk",
                 products=[("Vindeln oak sideboard 160 cm", "B0C7HF2K91", "VS-160"),
                           ("Lugano boucle armchair, cream", "B0BQ4MZ7T2", "LG-ARM-CR"),
                           ("Sora bedside table with drawer, set of 2", "B0D1KX8WQ5", "SORA-2")]),
    "nutri": dict(name="Stridewell Nutrition", dom="stridewell-nutrition.com", desk="freshdesk",
                  products=[("Stridewell Whey Isolate 1 kg, vanilla", "B08ZQ3T7LM", "WI-1000-VAN"),
                            ("Stridewell electrolyte tablets, lemon, 4 x 20", "B09K7R2PXD", "ELX-4L"),
                            ("Stridewell creatine monohydrate 500 g", "B0B5N1C8VF", "CM-500")]),
    "cam": dict(name="Lumora Gear", dom="lumoragear.com", desk="helpscout",
                products=[("Lumora ND1000 magnetic filter kit 67 mm", "B0C2V8JH4Q", "MF-67-ND"),
                          ("Lumora carbon travel tripod T3", "B0BX9W3KD6", "T3-CF"),
                          ("Lumora NP-FZ100 battery twin pack with USB-C charger", "B0D4HN6ZR1", "FZ100-2C")]),
    "baby": dict(name="Pikkuli Baby", dom="pikkulibaby.eu", desk="front",
                 products=[("Pikkuli organic cotton sleeping bag 2.5 TOG", "B0C9MP3X7A", "SB-25"),
                           ("Pikkuli bamboo muslin squares, 6 pack", "B0B7TL2N9E", "MS-6"),
                           ("Pikkuli travel cot mattress 60 x 120", "B0D2QF8K4H", "TCM-60")]),
    "car": dict(name="Rotorline Parts", dom="rotorline-parts.de", desk="gmail",
                products=[("Rotorline front brake disc set 312 mm for VW Golf VII", "B07XK2L9PQ", "RL-BD312"),
                          ("Rotorline cabin air filter with activated carbon", "B08M4T6QZC", "RL-CF22"),
                          ("Rotorline wiper blades 650/400 mm", "B09D3W8HJN", "RL-WB65")]),
}
SELLER_KEYS = ["home", "nutri", "cam", "baby", "car"]

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
}


def fmt_date(mk, d):
    if mk == "uk":
        return "%d %s" % (d.day, MONTHS["en"][d.month - 1])
    if mk == "us":
        return "%s %d" % (MONTHS["en"][d.month - 1], d.day)
    if mk in ("de", "pl2"):
        return d.strftime("%d.%m.%Y")
    if mk in ("fr", "es", "it"):
        return d.strftime("%d/%m/%Y")
    if mk == "nl":
        return "%d %s" % (d.day, MONTHS["nl"][d.month - 1])
    if mk == "se":
        return "%d %s" % (d.day, MONTHS["sv"][d.month - 1])
    if mk == "pl":
        return "%d %s" % (d.day, MONTHS["pl"][d.month - 1])
    if mk == "br":
        return "%d de %s" % (d.day, MONTHS["pt"][d.month - 1])
    if mk == "jp":
        return "%d月%d日" % (d.month, d.day)
    raise KeyError(mk)


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


TRACK = {
    "Royal Mail": lambda r: _letters(r, 2) + _digits(r, 9) + "GB",
    "DPD": lambda r: "155" + _digits(r, 11),
    "Evri": lambda r: "H0" + _letters(r, 3) + "A" + _digits(r, 10),
    "UPS": lambda r: "1Z" + _letters(r, 3) + _digits(r, 3) + _digits(r, 10),
    "USPS": lambda r: "9400 1" + _digits(r, 3) + " " + _digits(r, 4) + " " + _digits(r, 4) + " " + _digits(r, 4) + " " + _digits(r, 2),
    "DHL": lambda r: "00340434" + _digits(r, 12),
    "Hermes": lambda r: "H10" + _digits(r, 17),
    "Colissimo": lambda r: "6A" + _digits(r, 11),
    "Chronopost": lambda r: "XW" + _digits(r, 9) + "FR",
    "Correos": lambda r: "PQ4BD" + _digits(r, 16) + "X",
    "SEUR": lambda r: _digits(r, 14),
    "BRT": lambda r: _digits(r, 15),
    "Poste Italiane": lambda r: "1UW" + _digits(r, 9),
    "PostNL": lambda r: "3S" + _letters(r, 4) + _digits(r, 7),
    "InPost": lambda r: "6" + _digits(r, 23),
    "DPD Polska": lambda r: _digits(r, 13) + "U",
    "PostNord": lambda r: "UA" + _digits(r, 9) + "SE",
    "DB Schenker": lambda r: _digits(r, 10),
    "Correios": lambda r: _letters(r, 2) + _digits(r, 9) + "BR",
    "ヤマト運輸": lambda r: _digits(r, 4) + "-" + _digits(r, 4) + "-" + _digits(r, 4),
    "佐川急便": lambda r: _digits(r, 12),
}

MKT = {
    "uk": dict(lang="en", tld="co.uk", sc="sellercentral.amazon.co.uk", oidp=["202", "203", "204", "026"],
               carriers=["Royal Mail", "DPD", "Evri"], price=lambda v: "£%.2f" % v,
               ret="{seller} Returns, Unit 7 Kingsway Trade Park, Rochdale OL16 4NW", tz=0),
    "us": dict(lang="en", tld="com", sc="sellercentral.amazon.com", oidp=["111", "112", "113", "114"],
               carriers=["UPS", "USPS"], price=lambda v: "$%.2f" % v,
               ret="{seller} Returns, 1450 Commerce Pkwy, Suite B, Lebanon, TN 37090", tz=-5),
    "de": dict(lang="de", tld="de", sc="sellercentral.amazon.de", oidp=["302", "303", "304", "028"],
               carriers=["DHL", "Hermes", "DPD"], price=lambda v: ("%.2f €" % v).replace(".", ","),
               ret="{seller} Retourenabteilung, Industriestraße 14, 41836 Hückelhoven", tz=1),
    "fr": dict(lang="fr", tld="fr", sc="sellercentral.amazon.fr", oidp=["402", "403", "405", "171"],
               carriers=["Colissimo", "Chronopost"], price=lambda v: ("%.2f €" % v).replace(".", ","),
               ret="{seller} Service Retours, 12 rue des Entrepôts, 69200 Vénissieux", tz=1),
    "es": dict(lang="es", tld="es", sc="sellercentral.amazon.es", oidp=["402", "406", "171", "408"],
               carriers=["Correos", "SEUR"], price=lambda v: ("%.2f €" % v).replace(".", ","),
               ret="{seller} Devoluciones, Calle de la Logística 8, 28823 Coslada (Madrid)", tz=1),
    "it": dict(lang="it", tld="it", sc="sellercentral.amazon.it", oidp=["403", "405", "407", "171"],
               carriers=["BRT", "Poste Italiane"], price=lambda v: ("%.2f €" % v).replace(".", ","),
               ret="{seller} Ufficio Resi, Via dell'Industria 22, 20090 Segrate (MI)", tz=1),
    "nl": dict(lang="nl", tld="nl", sc="sellercentral.amazon.nl", oidp=["402", "404", "408"],
               carriers=["PostNL", "DHL"], price=lambda v: ("€ %.2f" % v).replace(".", ","),
               ret="{seller} Retouren, Distributieweg 5, 5928 SZ Venlo", tz=1),
    "pl": dict(lang="pl", tld="pl", sc="sellercentral.amazon.pl", oidp=["404", "406", "408"],
               carriers=["InPost", "DPD Polska"], price=lambda v: ("%.2f zł" % (v * 4.3)).replace(".", ","),
               ret="{seller} Zwroty, ul. Magazynowa 3, 62-080 Sady", tz=1),
    "se": dict(lang="sv", tld="se", sc="sellercentral.amazon.se", oidp=["402", "405", "408"],
               carriers=["PostNord", "DB Schenker"], price=lambda v: "%d kr" % round(v * 11),
               ret="{seller} Returer, Lagervägen 9, 702 27 Örebro", tz=1),
    "br": dict(lang="pt", tld="com.br", sc="sellercentral.amazon.com.br", oidp=["701", "702", "703"],
               carriers=["Correios"], price=lambda v: ("R$ %.2f" % (v * 5.4)).replace(".", ","),
               ret="{seller} Devoluções, Rua dos Armazéns, 450, Barueri - SP, CEP 06454-000", tz=-3),
    "jp": dict(lang="ja", tld="co.jp", sc="sellercentral.amazon.co.jp", oidp=["249", "250", "503"],
               carriers=["ヤマト運輸", "佐川急便"], price=lambda v: "{:,}円".format(int(v * 160)),
               ret="〒273-0012 千葉県船橋市浜町2-1-1 {seller} 返品センター", tz=9),
}
LANG_MKTS = {"en": ["uk", "us"], "de": ["de"], "fr": ["fr"], "es": ["es"], "it": ["it"], "nl": ["nl"],
             "pl": ["pl"], "sv": ["se"], "pt": ["br"], "ja": ["jp"]}
CHARSETS = {"en": ["us-ascii", "utf-8", "windows-1252"], "de": ["iso-8859-15", "utf-8", "windows-1252"],
            "fr": ["iso-8859-15", "utf-8", "windows-1252"], "es": ["iso-8859-1", "utf-8"], "it": ["iso-8859-15", "utf-8"],
            "nl": ["iso-8859-15", "utf-8"], "pl": ["iso-8859-2", "utf-8"], "sv": ["iso-8859-1", "utf-8"],
            "pt": ["iso-8859-1", "utf-8"], "ja": ["iso-2022-jp", "utf-8", "shift_jis"]}

# ---------------------------------------------------------------- message model
class Msg:
    def __init__(self, ctx, kind):
        self.ctx = ctx
        self.lang = ctx["lang"]
        self.kind = kind
        self.labels = set()
        self.ev = []           # (category, where, value)
        self.paras = []
        self.subject = ""
        self.quote = None
        self.outlook_to = None
        self.attachments = []  # (name, ctype, data)
        self.inline = []       # (cid, name, ctype, data)
        self.html_top = []
        self.html_bottom = []
        self.html_sig_extra = []
        self.sig_extra = []    # extra plain signature lines (also shown in html)
        self.extra_headers = []
        self.style_block = None
        self.body_style = None
        self.para_style = {}
        self.blank_run = False
        self.text_only = False
        self.is_request = False
        self.unp = False
        self.host = ""
        self.topic = ""
        self.note = ""
        self.link_wrap = None  # click-tracking wrapper prefix for https links in html
        self.critical = False
        self.pair = None

    def lab(self, cat, where=None, value=None):
        self.labels.add(cat)
        if where:
            self.ev.append((cat, where, value))


class Filler(dict):
    def __missing__(self, k):
        raise KeyError("placeholder {%s} not filled" % k)


def F(m, s):
    return s.format_map(Filler(m.ctx))


def agent_mail(ctx):
    first = ctx["agent"][0].split()[0]
    first = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode().lower() or "tanto"
    if ctx["lang"] == "ja":
        first = {"佐藤": "m.sato", "高橋": "k.takahashi"}.get(ctx["agent"][0].split()[0], "support")
    return "%s@%s" % (first, ctx["dom"])


URL_RE = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)）」]")


def linkify(esc_text, wrap=None):
    def rep(mo):
        u = mo.group(0)
        href = u
        if wrap and "amazon." in u:
            href = wrap + hashlib.sha1(u.encode()).hexdigest()[:24]
        return '<a href="%s">%s</a>' % (href, u)
    return URL_RE.sub(rep, esc_text)


def quote_lines(m):
    q = m.quote
    L = LANG[m.lang]
    lines = [L["msg"][0], ""] + q["buyer"].split("\n") + ["", L["msg"][1], "", F(m, L["order_line"]), F(m, L["item_line"]), "",
             L["helpful"].format(sc=m.ctx["sc"], tok=q["tok"]), "[commMgrTok:%s]" % q["tok"]]
    return lines


def quote_header(m):
    L = LANG[m.lang]
    return L["wrote"].format(date=m.ctx["qdate"], time=m.ctx["qtime"], n=m.ctx["buyer"], relay=m.ctx["relay"])


def render_text(m):
    c = m.ctx
    sep = "\n\n\n\n\n" if m.blank_run else "\n\n"
    parts = [c["greeting"]] + m.paras
    body = sep.join(parts) + "\n\n" + c["closing"] + "\n" + "\n".join(c["sig"] + m.sig_extra) + "\n"
    if m.quote:
        if c["desk"] == "edesk":
            L = LANG[m.lang]
            ol = L["ol"]
            to = m.outlook_to or "%s %s" % (c["seller"], L["team"])
            body += ("\n________________________________\n%s: %s - Amazon Marketplace <%s>\n%s: %s %s\n%s: %s\n%s: %s\n\n"
                     % (ol[0], c["buyer"], c["relay"], ol[1], c["qdate"], c["qtime"], ol[2], to, ol[3], c["inq"]))
            body += "\n".join(quote_lines(m)) + "\n"
        else:
            body += "\n" + quote_header(m) + "\n" + "\n".join(("> " + l) if l else ">" for l in quote_lines(m)) + "\n"
    return body


def render_html(m):
    c = m.ctx
    e = html.escape
    out = []
    if m.style_block:
        out.append("<html><head><style>%s</style></head><body>" % m.style_block)
    else:
        out.append("<html><body>")
    out.extend(m.html_top)
    if m.body_style:
        out.append('<div style="%s">' % m.body_style)
    else:
        out.append("<div>")
    out.append("<p>%s</p>" % e(c["greeting"]).replace("\n", "<br>"))
    for i, p in enumerate(m.paras):
        inner = linkify(e(p), m.link_wrap)
        st = m.para_style.get(i)
        if st and st.startswith("<"):
            out.append(st.replace("{}", inner))
        elif st:
            out.append('<p style="%s">%s</p>' % (st, inner))
        else:
            out.append("<p>%s</p>" % inner)
        if m.blank_run and i == 0:
            out.append("<br><br><br><br>")
    sig = [e(c["closing"])] + [linkify(e(s)) for s in c["sig"] + m.sig_extra] + m.html_sig_extra
    st = m.para_style.get("sig")
    if st:
        out.append('<p style="%s">%s</p>' % (st, "<br>".join(sig)))
    else:
        out.append("<p>%s</p>" % "<br>".join(sig))
    out.append("</div>")
    out.extend(m.html_bottom)
    if m.quote:
        ql = "<br>".join(linkify(e(l)) for l in quote_lines(m))
        desk = c["desk"]
        if desk == "edesk":
            L = LANG[m.lang]
            ol = L["ol"]
            to = m.outlook_to or "%s %s" % (c["seller"], L["team"])
            out.append('<div id="edesk_quote"><hr><p><b>%s:</b> %s<br><b>%s:</b> %s %s<br><b>%s:</b> %s<br><b>%s:</b> %s</p><div>%s</div></div>'
                       % (ol[0], e("%s - Amazon Marketplace <%s>" % (c["buyer"], c["relay"])), ol[1], c["qdate"], c["qtime"],
                          ol[2], e(to), ol[3], e(c["inq"]), ql))
        elif desk == "freshdesk":
            out.append('<div class="freshdesk_quote"><blockquote class="freshdesk_quote">%s<br>%s</blockquote></div>' % (e(quote_header(m)), ql))
        elif desk == "gmail":
            out.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote">%s</blockquote></div>'
                       % (e(quote_header(m)), ql))
        else:
            out.append('<div class="quote">%s</div><blockquote type="cite">%s</blockquote>' % (e(quote_header(m)), ql))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def render(m, key):
    c = m.ctx
    bnd = lambda tag: "=_%s_%s" % (tag, hashlib.sha1((key + tag).encode()).hexdigest()[:20])
    cs, cte = c["charset"], c["cte"]
    text = enc_text_part(render_text(m), cs, cte, "plain")
    if m.text_only:
        body = text
    else:
        hcte = "quoted-printable" if cte in ("7bit", "8bit") else cte
        hcs = cs if cs != "iso-2022-jp" else "utf-8"
        hpart = enc_text_part(render_html(m), hcs, hcte, "html")
        body = multipart("alternative", [text, hpart], bnd("alt"))
        if m.inline:
            body = multipart("related", [body] + [att_part(n, t, d, cid) for cid, n, t, d in m.inline], bnd("rel"))
    if m.attachments:
        body = multipart("mixed", [body] + [att_part(n, t, d) for n, t, d in m.attachments], bnd("mix"))
    hdr = []
    hdr.append("From: %s <%s>" % (enc_header('"%s | %s"' % (c["agent"][0], c["seller"])) if not c["agent"][0].isascii() else '"%s | %s"' % (c["agent"][0], c["seller"]), c["from"]))
    hdr.append("To: %s" % c["to"])
    hdr.append("Subject: %s" % enc_header(m.subject))
    hdr.append("Date: %s" % c["date_hdr"])
    hdr.append("Message-ID: <%s>" % c["msgid"])
    if m.kind == "reply" and c.get("irt") and not c.get("no_irt"):
        hdr.append("In-Reply-To: <%s>" % c["irt"])
        hdr.append("References: <%s>" % c["irt"])
    hdr.append("MIME-Version: 1.0")
    hdr.extend(c["desk_headers"])
    hdr.extend(m.extra_headers)
    raw = "\n".join(hdr) + "\n" + body
    data = raw.encode("latin-1") if all(ord(ch) < 256 for ch in raw) else raw.encode("utf-8")
    if c["crlf"]:
        data = data.replace(b"\n", b"\r\n")
    return data

# ---------------------------------------------------------------- context and hosts
INV = {
    "en": lambda r: "INV-2026-%s" % _digits(r, 6), "de": lambda r: "RE-2026-%s" % _digits(r, 5),
    "fr": lambda r: "FA2026-%s" % _digits(r, 5), "es": lambda r: "F-2026/%s" % _digits(r, 5),
    "it": lambda r: "FT 2026/%s" % _digits(r, 4), "nl": lambda r: "F2026-%s" % _digits(r, 5),
    "pl": lambda r: "FV/%s/11/2026" % _digits(r, 4), "sv": lambda r: "F%s" % _digits(r, 6),
    "pt": lambda r: "NF-e 000.%s.%s" % (_digits(r, 3), _digits(r, 3)), "ja": lambda r: "INV-%s" % _digits(r, 6),
}
INV_WORD = {"en": "Invoice", "de": "Rechnung", "fr": "Facture", "es": "Factura", "it": "Fattura", "nl": "Factuur",
            "pl": "Faktura", "sv": "Faktura", "pt": "NotaFiscal", "ja": "請求書"}
MAN_WORD = {"en": "User_manual", "de": "Bedienungsanleitung", "fr": "Mode_d_emploi", "es": "Manual_de_instrucciones",
            "it": "Manuale_istruzioni", "nl": "Handleiding", "pl": "Instrukcja_obslugi", "sv": "Bruksanvisning",
            "pt": "Manual_do_usuario", "ja": "取扱説明書"}
DESK_DOMAIN = {"edesk": "edesk-mail.net", "freshdesk": "freshdesk-mail.com", "helpscout": "helpscout-mail.net",
               "front": "frontapp-mail.com", "gmail": "mail.gmail.com"}


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.oids = set()
        self.msgs = []
        self.seller_rot = {}
        self.n = 0
        self.pools = {}
        self.rot = {}

    def take(self, lang, key, src):
        k = (lang, key)
        if k not in self.pools:
            self.pools[k] = list(src)
        if not self.pools[k]:
            raise RuntimeError("pool exhausted: %s %s" % k)
        return self.pools[k].pop(0)

    def cycle(self, name, items):
        i = self.rot.get(name, 0)
        self.rot[name] = i + 1
        return items[i % len(items)]

    def new_oid(self, M):
        while True:
            o = "%s-%s-%s" % (self.rng.choice(M["oidp"]), _digits(self.rng, 7), _digits(self.rng, 7))
            if o not in self.oids:
                self.oids.add(o)
                return o

    def next_seller(self, lang):
        i = self.seller_rot.get(lang, self.rng.randrange(5))
        self.seller_rot[lang] = i + 1
        return SELLER_KEYS[i % 5]


def new_ctx(G, lang, seller=None, mk=None, base=None):
    r = G.rng
    L = LANG[lang]
    if base is not None:
        c = dict(base)
        mk = c["mk"]
        c["lang"] = lang
        c["day0"] = base["day0"] + dt.timedelta(days=6)
    else:
        mk = mk or r.choice(LANG_MKTS[lang])
        c = {"mk": mk, "lang": lang}
        M = MKT[mk]
        sk = seller or G.next_seller(lang)
        S = SELLERS[sk]
        c["sk"] = sk
        c["seller"] = S["name"]
        c["dom"] = S["dom"]
        c["desk"] = S["desk"]
        prod = r.choice(S["products"])
        c["product"], c["asin"], c["model"] = prod
        c["asin2"] = r.choice([p for p in S["products"] if p != prod])[1]
        c["buyer"] = r.choice(L["buyers"])
        c["oid"] = G.new_oid(M)
        loc = "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))
        dom = "marketplace.amazon." + M["tld"]
        if mk == "jp" and r.random() < 0.4:
            dom = "m." + dom
        relay = loc + "@" + dom
        if r.random() < 0.2:
            relay = "%s+%s@%s" % (loc, "".join(r.choice("0123456789abcdef") for _ in range(8)), dom)
        c["relay"] = relay
        c["relay_local"] = loc
        c["to"] = relay.upper() if r.random() < 0.08 else relay
        carrier = r.choice(M["carriers"])
        c["carrier"] = carrier
        c["track"] = TRACK[carrier](r)
        day0 = dt.date(2026, 10, 1) + dt.timedelta(days=r.randrange(0, 55))
        c["day0"] = day0
        c["price"] = M["price"](r.choice([19.99, 24.99, 34.9, 49.99, 89.0, 129.0, 249.0]))
        c["inv"] = INV[MKT[mk]["lang"]](r)
        c["rma"] = "RT-%s" % _digits(r, 6)
        c["pct"] = r.choice([10, 15, 20, 25])
        c["amz"] = "www.amazon." + M["tld"]
        c["sc"] = M["sc"]
        c["retaddr"] = M["ret"].format(seller=S["name"])
    M = MKT[mk]
    S = SELLERS[c["sk"]]
    day0 = c["day0"]
    c["d1"] = fmt_date(mk, day0 - dt.timedelta(days=3))
    c["d2"] = fmt_date(mk, day0 + dt.timedelta(days=2))
    c["d3"] = fmt_date(mk, day0 + dt.timedelta(days=3))
    c["agent"] = r.choice(L["agents"])
    c["agentmail"] = agent_mail(c)
    c["domdot"] = c["dom"].replace(".", " dot ")
    c["greeting"] = r.choice(L["greet"]).format(n=c["buyer"])
    c["closing"] = r.choice(L["close"])
    c["sig"] = [c["agent"][0], c["agent"][1], "%s | %s" % (S["name"], L["team"])]
    c["from"] = {"edesk": "service", "freshdesk": "support", "helpscout": "help", "front": "care", "gmail": "kundenservice"}[c["desk"]] + "@" + c["dom"]
    c["u"] = "https://mail.%s/unsubscribe?u=%s" % (c["dom"], c["relay_local"])
    G.n += 1
    sent = dt.datetime.combine(day0, dt.time(8 + r.randrange(10), r.randrange(60), r.randrange(60)),
                               tzinfo=dt.timezone(dt.timedelta(hours=M["tz"]))) + dt.timedelta(days=G.n % 3)
    c["date_hdr"] = email.utils.format_datetime(sent)
    qd = sent - dt.timedelta(hours=5 + r.randrange(30))
    c["qdate"] = fmt_date(mk, qd.date()) if mk != "jp" else "%d年%d月%d日" % (qd.year, qd.month, qd.day)
    c["qtime"] = qd.strftime("%H:%M")
    c["msgid"] = "%s.%d@%s" % (hashlib.sha1(("m%d" % G.n).encode()).hexdigest()[:16], G.n, DESK_DOMAIN[c["desk"]])
    c["irt"] = "0102019%s-%s-000000@eu-west-1.amazonses.com" % (hashlib.md5(("i%d" % G.n).encode()).hexdigest()[:9],
                                                               hashlib.md5(("j%d" % G.n).encode()).hexdigest()[:8])
    c["tok"] = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(13))
    c["inq"] = L["inq"].format(n=c["buyer"], oid=c["oid"])
    c["ticket"] = str(40000 + r.randrange(60000))
    cs_opts = CHARSETS[lang]
    cs = cs_opts[G.n % len(cs_opts)]
    if c["desk"] == "edesk" and lang != "ja":
        cs = "windows-1252" if lang in ("en", "de", "fr", "es", "it", "nl", "sv", "pt") else cs
    c["charset"] = cs
    if cs == "iso-2022-jp" or cs == "us-ascii":
        c["cte"] = "7bit"
    elif cs == "utf-8":
        c["cte"] = ["quoted-printable", "base64", "8bit"][G.n % 3]
    else:
        c["cte"] = ["quoted-printable", "8bit"][G.n % 2]
    c["crlf"] = c["desk"] in ("edesk", "front") or G.n % 7 == 0
    c["desk_headers"] = {
        "edesk": ["X-Mailer: eDesk", "X-eDesk-Ticket: %s" % c["ticket"]],
        "freshdesk": ["X-Freshdesk-Ticket-Id: %s" % c["ticket"]],
        "helpscout": ["X-HelpScout-Conversation: %s" % c["ticket"]],
        "front": ["X-Front-Conversation: cnv_%s" % hashlib.md5(c["ticket"].encode()).hexdigest()[:10]],
        "gmail": ["X-Mailer: Gmail"],
    }[c["desk"]]
    c["ref"] = L["ref_id"].format(oid=c["oid"])
    c["sref"] = c["ref"]
    return c


def set_noid(m):
    L = LANG[m.lang]
    m.ctx["ref"] = L["ref_noid"]
    m.ctx["sref"] = L["ref_noid"]


def invoice_pdf(m, with_oid=True):
    c = m.ctx
    lines = ["%s - INVOICE %s" % (c["seller"], c["inv"]), "Date: %s" % c["day0"].isoformat()]
    if with_oid:
        lines.append("Amazon order %s" % c["oid"])
    lines += ["1 x %s (%s)" % (c["product"], c["asin"]), "Total: %s incl. VAT" % c["price"]]
    name = "%s_%s.pdf" % (INV_WORD[m.lang], re.sub(r"[^A-Za-z0-9-]", "-", c["inv"]))
    return (name, "application/pdf", make_pdf(lines))


def manual_file(m, kind="pdf"):
    c = m.ctx
    base = "%s_%s" % (MAN_WORD[m.lang], c["model"])
    if kind == "docx":
        return (base + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                make_docx("%s\nModel %s\n1. Unpack all parts.\n2. Check the parts list.\n3. Assemble as shown." % (c["product"], c["model"])))
    if kind == "txt":
        return (base + ".txt", "text/plain", ("%s - model %s\r\n\r\n1. Unpack all parts.\r\n2. Check the parts list.\r\n3. Assemble as shown.\r\n" % (c["product"], c["model"])).encode("ascii"))
    return (base + ".pdf", "application/pdf", make_pdf(["%s" % c["product"], "Model %s - user manual" % c["model"],
                                                        "1. Unpack all parts.", "2. Check the parts list.", "3. Assemble as shown."]))


def reply_subject(m, prefix=""):
    L = LANG[m.lang]
    c = m.ctx
    if c["desk"] == "freshdesk":
        return "%s%s [#%s] %s" % (prefix, L["re"], c["ticket"], c["inq"])
    return "%s%s %s" % (prefix, L["re"], c["inq"])


def mk_reply(G, lang, scen, seller=None, ctx=None, attach_kind="pdf"):
    c = ctx if ctx is not None else new_ctx(G, lang, seller=seller)
    m = Msg(c, "reply")
    L = LANG[lang]
    buyer, paras = L["scen"][scen]
    m.quote = {"buyer": F(m, buyer), "tok": c["tok"]}
    m.paras = [F(m, p) for p in paras]
    m.subject = reply_subject(m)
    m.host = scen
    m.topic = {"R1": "where-is-order", "R2": "damaged", "R3": "invoice", "R4": "manual", "R5": "return",
               "R6": "angry-buyer", "R7": "how-to-review", "R8": "goodwill-refund"}[scen]
    if scen == "R3":
        m.attachments.append(invoice_pdf(m))
    if scen == "R4":
        m.attachments.append(manual_file(m, attach_kind))
    if c["desk"] == "gmail" and G.rng.random() < 0.5:
        m.text_only = True
    c["no_irt"] = c["desk"] == "gmail" and lang != "fr" and G.rng.random() < 0.3
    return m


def mk_pro(G, lang, pkey, seller=None, with_id=True, ctx=None):
    if ctx is None:
        if pkey == "P1":
            seller = "home"
        elif pkey == "P3":
            seller = "baby"
        c = new_ctx(G, lang, seller=seller)
    else:
        c = ctx
    m = Msg(c, "proactive")
    if not with_id:
        set_noid(m)
    L = LANG[lang]
    subj, paras = L["prop"][pkey]
    m.subject = F(m, subj)
    m.paras = [F(m, p) for p in paras]
    m.host = pkey
    m.critical = pkey in ("P1", "P2", "P3")
    m.topic = {"P1": "delivery-appointment", "P2": "address-check", "P3": "embroidery-check", "P4": "invoice",
               "P5": "review-request", "P6": "return-question", "P7": "missing-item"}[pkey]
    if pkey == "P4":
        m.attachments.append(invoice_pdf(m, with_oid=with_id))
    return m


UNP_NOID = {
    "en": [("your order {oid}", "your order"), ("order {oid}", "your order")],
    "de": [("Ihre Bestellung {oid}", "Ihre Bestellung"), ("aus Bestellung {oid}", "aus Ihrer Bestellung"), ("Bestellung {oid}", "Ihre Bestellung")],
    "fr": [("votre commande {oid}", "votre commande"), ("de la commande {oid}", "de votre commande"), ("la commande {oid}", "votre commande")],
    "es": [("Su pedido {oid}", "Su pedido"), ("su pedido {oid}", "su pedido"), (" (pedido {oid})", ""), ("del pedido {oid}", "de su pedido")],
    "it": [("il suo ordine {oid}", "il suo ordine"), (" (ordine {oid})", ""), ("dell'ordine {oid}", "del suo ordine"), ("l'ordine {oid}", "il suo ordine")],
    "nl": [("uw bestelling {oid}", "uw bestelling"), ("Uw bestelling {oid}", "Uw bestelling"), ("uit bestelling {oid}", "uit uw bestelling")],
    "pl": [("zamówienie {oid}", "zamówienie"), ("zamówieniu {oid}", "zamówieniu"), ("zamówienia {oid}", "zamówienia")],
    "sv": [("Din beställning {oid}", "Din beställning"), ("din beställning {oid}", "din beställning"), ("beställning {oid}", "din beställning")],
    "pt": [("seu pedido {oid}", "seu pedido"), ("do pedido {oid}", "do seu pedido"), ("no pedido {oid}", "no seu pedido")],
    "ja": [("ご注文 {oid} の", "ご注文の"), ("ご注文 {oid} を", "ご注文を"), ("ご注文 {oid} にて", "ご注文にて")],
}


def mk_unp(G, lang, with_id=True, seller=None):
    c = new_ctx(G, lang, seller=seller)
    m = Msg(c, "proactive")
    if not with_id:
        set_noid(m)
    L = LANG[lang]
    kind, subj, paras = G.cycle("unp_" + lang, L["unp"])
    if not with_id:
        c["oid_hidden"] = c["oid"]
        def strip_oid(p):
            for a, b in UNP_NOID.get(lang, []):
                p = p.replace(a, b)
            return p.replace(" {oid}", "").replace("{oid} ", "").replace("{oid}", "")
        paras = [strip_oid(p) for p in paras]
    m.subject = F(m, subj)
    m.paras = [F(m, p) for p in paras]
    m.unp = True
    m.host = "U-" + kind
    m.topic = {"order_conf": "order-confirmation", "ship_conf": "shipping-confirmation", "thanks_only": "thank-you-only",
               "help_only": "here-to-help-only", "oos": "out-of-stock"}[kind]
    m.lab("unpermitted_proactive")
    m.note = "unpermitted proactive type: %s" % kind.replace("_", " ")
    return m


def add_para(m, text, join=None):
    """Edit one sentence into the reply: appended to a paragraph or as a new one."""
    r = random.Random(m.ctx["msgid"])
    if join is None:
        join = r.random() < 0.5 and m.paras
    if join:
        i = r.randrange(len(m.paras))
        sp = "" if m.lang == "ja" else " "
        m.paras[i] = m.paras[i] + sp + text
    else:
        m.paras.append(text)


def request(m, text):
    add_para(m, F(m, text), join=False)
    m.is_request = True

# ---------------------------------------------------------------- violation material
def contact_pick(G, lang, key, want=None, avoid=None):
    items = LANG[lang]["contact"][key]
    norm = []
    for it in items:
        if isinstance(it, tuple):
            norm.append(it)
        else:
            norm.append((it, [{"phone": "contact_phone", "email": "contact_email", "other": "contact_other", "link": "external_link"}[key]]))
    cands = [x for x in norm if (want is None or want in x[1]) and (avoid is None or avoid not in x[1])]
    k = ("c", lang, key, want, avoid)
    i = G.rot.get(k, 0)
    G.rot[k] = i + 1
    return cands[i % len(cands)]


def ev_text(m, cat, text):
    m.lab(cat, "text", text)


def put_snip(m, cat, text, join=None):
    add_para(m, text, join)
    ev_text(m, cat, text)


PIXELS = ["hs_1x1", "front_hidden", "banner_rcpt", "zero", "tracker_host"]
ATTS = ["zip", "pdf_exe", "heic", "mp4", "xlsx", "webp", "html", "ics", "jpg_is_png", "rar", "docm", "svg"]
STYLES = ["color", "font_family", "center", "sizes4", "blank_lines", "http_img", "calibri", "anim_gif", "white_text"]
LINKS_HTML = ["linked_logo", "powered_by", "click_track", "sig_web", "entity_href", "hidden_div"]


def add_pixel(m, variant):
    c = m.ctx
    h = hashlib.sha1(c["msgid"].encode()).hexdigest()
    if variant == "hs_1x1":
        src = "https://opens.hsmail-track.net/o/%s.gif" % h[:20]
        m.html_bottom.append('<img src="%s" width="1" height="1" alt="">' % src)
    elif variant == "front_hidden":
        src = "https://pixel.front-track.io/open/%s" % h[:24]
        m.html_bottom.append('<img src="%s" alt="" style="display:none">' % src)
    elif variant == "banner_rcpt":
        src = "https://cdn.%s/mail/banner-winter.png?r=%s" % (c["dom"], c["relay_local"])
        m.html_top.append('<img src="%s" width="560" height="120" alt="%s">' % (src, html.escape(c["seller"])))
    elif variant == "zero":
        src = "https://mail.%s/o.gif?id=%s" % (c["dom"], h[:16])
        m.html_bottom.append('<img src="%s" width="0" height="0" alt="">' % src)
    else:
        src = "https://ct.sendgrid.net/wf/open?upn=%s" % h[:30]
        m.html_bottom.append('<img src="%s" alt="">' % src)
    m.lab("tracking_pixel", "html", src)
    m.text_only = False
    return variant


def add_bad_attachment(m, variant):
    c = m.ctx
    lab = "attachment"
    if variant == "zip":
        a = ("photos_%s.zip" % c["model"], "application/zip", _zip([("front.png", make_png(seed=1)), ("side.png", make_png(seed=2))]))
    elif variant == "pdf_exe":
        a = ("%s_%s.pdf" % (INV_WORD[m.lang], c["model"]), "application/pdf", make_exe())
    elif variant == "heic":
        a = ("IMG_4821.HEIC", "image/heic", make_heic())
    elif variant == "mp4":
        a = ("assembly_video.mp4", "video/mp4", make_mp4())
    elif variant == "xlsx":
        a = ("size_chart.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx())
    elif variant == "webp":
        a = ("correct_part.webp", "image/webp", make_webp())
    elif variant == "html":
        a = ("return_form.html", "text/html", ("<html><body><form>%s RMA %s</form></body></html>" % (html.escape(c["seller"]), c["rma"])).encode())
    elif variant == "ics":
        a = ("delivery.ics", "text/calendar", ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Delivery %s\r\nDTSTART:20261120T080000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % c["model"]).encode())
    elif variant == "jpg_is_png":
        a = ("photo_damage.jpg", "image/jpeg", make_png(seed=7))
    elif variant == "rar":
        a = ("manuals.rar", "application/vnd.rar", b"Rar!\x1a\x07\x01\x00" + bytes(200))
    elif variant == "docm":
        a = ("warranty_form.docm", "application/vnd.ms-word.document.macroEnabled.12", make_docx("Warranty form"))
    elif variant == "svg":
        a = ("label.svg", "image/svg+xml", b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>')
    elif variant == "six":
        for i in range(6):
            m.attachments.append(("%s_%d.pdf" % (MAN_WORD[m.lang], i + 1), "application/pdf", make_pdf(["Part %d of 6" % (i + 1), c["model"]])))
        m.lab(lab, "att", "count>5")
        return variant
    elif variant == "oversize":
        a = ("%s_%s_print.pdf" % (MAN_WORD[m.lang], c["model"]), "application/pdf", make_pdf([c["product"], "print version"], pad_bytes=10_700_000))
    else:
        raise KeyError(variant)
    m.attachments.append(a)
    m.lab(lab, "att", a[0])
    return variant


EMOJI = ["😊", "📦", "👍", "🙏", "✅", "🎉", "⭐", "🚚", "💪", "📸"]


def add_emoji(m, G, where=None):
    e = G.cycle("emoji", EMOJI)
    where = where or G.cycle("emoji_where", ["para", "closing", "greeting", "subject"])
    if where == "para":
        m.paras[-1] = m.paras[-1] + " " + e
    elif where == "closing":
        m.ctx["closing"] = m.ctx["closing"] + " " + e
    elif where == "greeting":
        m.ctx["greeting"] = m.ctx["greeting"] + " " + e
    else:
        m.subject = m.subject + " " + e
    m.lab("styling", "any", e)
    return "emoji in " + where


def add_style(m, variant):
    c = m.ctx
    m.text_only = False
    if variant == "color":
        m.para_style[0] = "color:#c0392b"
        ev = "color:#c0392b"
    elif variant == "font_family":
        m.body_style = "font-family:Georgia,'Times New Roman',serif"
        ev = "font-family:Georgia"
    elif variant == "center":
        m.para_style["sig"] = "text-align:center"
        ev = "text-align:center"
    elif variant == "sizes4":
        m.para_style[0] = "<p><span style=\"font-size:18px\">{}</span></p>"
        if len(m.paras) > 1:
            m.para_style[1] = "<p><span style=\"font-size:13px\">{}</span></p>"
        m.html_sig_extra.append('<span style="font-size:10px">%s</span>' % html.escape(c["seller"]))
        m.html_sig_extra.append('<span style="font-size:8px">%s</span>' % html.escape(c["agent"][1]))
        m.html_sig_extra.append('<span style="font-size:15px">%s</span>' % html.escape(c["agent"][0]))
        ev = "font-size:8px"
    elif variant == "blank_lines":
        m.blank_run = True
        ev = "\n\n\n\n"
        m.lab("styling", "textpart", ev)
        return variant
    elif variant == "http_img":
        src = "http://www.%s/img/mail-logo.png" % c["dom"]
        m.html_top.append('<img src="%s" width="180" height="48" alt="%s">' % (src, html.escape(c["seller"])))
        ev = src
    elif variant == "calibri":
        m.style_block = ('p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} '
                         'a:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}')
        ev = 'font-family:"Calibri"'
    elif variant == "anim_gif":
        cid = "anim-%s@%s" % (hashlib.md5(c["msgid"].encode()).hexdigest()[:8], c["dom"])
        m.inline.append((cid, "thanks.gif", "image/gif", GIF_ANIM))
        m.html_bottom.append('<img src="cid:%s" width="120" height="60" alt="">' % cid)
        m.lab("styling", "att", "thanks.gif")
        return variant
    elif variant == "white_text":
        m.html_bottom.append('<p><span style="color:#ffffff">%s %s</span></p>' % (html.escape(c["seller"]), html.escape(c["product"])))
        ev = "color:#ffffff"
    else:
        raise KeyError(variant)
    m.lab("styling", "html", ev)
    return variant


def add_link_html(m, variant):
    c = m.ctx
    m.text_only = False
    if variant == "linked_logo":
        cid = "logo-%s@%s" % (hashlib.md5(c["msgid"].encode()).hexdigest()[:8], c["dom"])
        m.inline.append((cid, "logo.png", "image/png", make_png(64, 20, seed=3)))
        href = "https://www.%s/" % c["dom"]
        m.html_sig_extra.append('<a href="%s"><img src="cid:%s" width="128" height="40" alt="%s"></a>' % (href, cid, html.escape(c["seller"])))
        ev = href
    elif variant == "powered_by":
        href = {"freshdesk": "https://www.freshworks.com/freshdesk/?utm_source=fd-email-footer&utm_medium=referral",
                "helpscout": "https://www.helpscout.com/?utm_source=email-footer",
                "edesk": "https://www.edesk.com/?utm_source=mail-footer",
                "front": "https://front.com/?ref=sent-with-front",
                "gmail": "https://workspace.google.com/?utm_source=gmail-footer"}[c["desk"]]
        name = {"freshdesk": "Freshdesk", "helpscout": "Help Scout", "edesk": "eDesk", "front": "Front", "gmail": "Google Workspace"}[c["desk"]]
        m.html_bottom.append('<p>Powered by <a href="%s">%s</a></p>' % (html.escape(href), name))
        ev = href.split("?")[0]
    elif variant == "click_track":
        m.link_wrap = "https://links.%s/ls/click?upn=" % DESK_DOMAIN[c["desk"]]
        ev = m.link_wrap
        assert any("https://" in p for p in m.paras), "click_track needs an Amazon link in the body"
    elif variant == "sig_web":
        line = F(m, LANG[m.lang]["sigextra"]["web"])
        m.sig_extra.append(line)
        ev = c["dom"]
        m.lab("external_link", "text", line)
        return variant
    elif variant == "entity_href":
        href = "h&#116;tps://www.%s/&#104;elp" % c["dom"]
        m.html_sig_extra.append('<a href="%s">%s</a>' % (href, html.escape(c["seller"])))
        ev = href
    elif variant == "hidden_div":
        m.html_bottom.append('<div style="display:none">www.%s/%s</div>' % (c["dom"], c["model"].lower()))
        ev = "www.%s/%s" % (c["dom"], c["model"].lower())
    else:
        raise KeyError(variant)
    m.lab("external_link", "html", ev)
    return variant

# ---------------------------------------------------------------- plan: violations
def neutral(G, lang, avoid=None):
    items = LANG[lang]["neutral"]
    k = ("neutral", lang)
    i = G.rot.get(k, 0)
    while True:
        t = items[i % len(items)]
        i += 1
        if t != avoid:
            break
    G.rot[k] = i
    return t


def pool(G, lang, cat):
    return G.take(lang, cat, LANG[lang]["pools"][cat])


def supp(G, lang, key):
    return G.take(lang, key, SUPP[lang][key])


def H(G, name, items):
    return G.cycle(name, items)


def v_item(G, lang, item):
    L = LANG[lang]
    if item == "inc":
        if H(G, "inc_host", ["pro", "reply"]) == "pro":
            m = mk_pro(G, lang, "P5")
            request(m, neutral(G, lang))
        else:
            m = mk_reply(G, lang, "R7")
            m.is_request = True
        s = pool(G, lang, "review_incentive")
        put_snip(m, "review_incentive", F(m, s), join=False)
        m.note = "review incentive edited into an otherwise neutral review message"
    elif item == "inc_rem":
        m = mk_reply(G, lang, H(G, "increm_host", ["R2", "R8"]))
        t = supp(G, lang, "inc_rem")
        put_snip(m, "review_incentive", t)
        m.lab("feedback_removal", "text", t)
        m.note = "reward offered for removing or changing the buyer's review after resolving the problem"
    elif item in ("man", "man_imp"):
        m = mk_pro(G, lang, "P5")
        s = F(m, pool(G, lang, "review_manipulation"))
        m.paras.append(s)
        m.is_request = True
        ev_text(m, "review_manipulation", s)
        m.note = "review request that asks for stars or gates on satisfaction"
        if item == "man_imp":
            m.subject = H(G, "imp_form", ["[Important] ", "[IMPORTANT] ", "[important] "]) + m.subject
            m.lab("important_tag", "subject", "[important]")
            m.note += "; [Important] misused on a review request"
    elif item == "man_rev":
        m = mk_reply(G, lang, "R7")
        s = F(m, pool(G, lang, "review_manipulation"))
        put_snip(m, "review_manipulation", s)
        m.is_request = True
        m.note = "buyer asked how to review; agent adds steering/gating sentence"
    elif item in ("rem", "rem_press"):
        m = mk_reply(G, lang, "R6" if item == "rem_press" else H(G, "rem_host", ["R2", "R8", "R1"]))
        if m.host == "R6":
            m.paras = m.paras[:1]
        s = F(m, pool(G, lang, "feedback_removal"))
        put_snip(m, "feedback_removal", s)
        m.note = "asks the buyer to remove or change a review after the fix" + (" (pressing, after angry message)" if item == "rem_press" else "")
    elif item == "rem_man":
        m = mk_reply(G, lang, H(G, "remman_host", ["R8", "R2"]))
        t = supp(G, lang, "rem_man")
        put_snip(m, "feedback_removal", t)
        m.lab("review_manipulation", "text", t)
        m.note = "asks to change feedback to positive / five stars"
    elif item == "mkt":
        m = mk_reply(G, lang, H(G, "mkt_host", ["R1", "R4", "R5", "R3"]))
        s = F(m, pool(G, lang, "marketing"))
        put_snip(m, "marketing", s)
        m.note = "promotion or cross-sell added to a support reply"
    elif item == "mkt_follow":
        m = mk_reply(G, lang, H(G, "mktf_host", ["R2", "R1", "R8"]))
        t, cats = contact_pick(G, lang, "other", want="marketing")
        t = F(m, t)
        add_para(m, t)
        for cat in cats:
            m.lab(cat, "text", t)
        m.note = "'follow us' social handle: contact_other and marketing"
    elif item in ("off1", "off2"):
        m = mk_reply(G, lang, "R6" if item == "off1" else H(G, "off_host", ["R5", "R1", "R2"]))
        if m.host == "R6":
            m.paras = m.paras[:1]
        s = F(m, pool(G, lang, "offensive"))
        put_snip(m, "offensive", s)
        m.note = "insult or threat towards the buyer edited into a reply"
    elif item == "opt_text":
        m = mk_pro(G, lang, H(G, "opt_host", ["P4", "P6", "P7"]))
        s = F(m, pool(G, lang, "opt_out"))
        m.sig_extra.append("")
        m.sig_extra.append(s)
        ev_text(m, "opt_out", s)
        m.note = "opt-out / unsubscribe instruction as text"
    elif item == "promo_unsub":
        m = mk_pro(G, lang, "P5")
        request(m, neutral(G, lang))
        s = F(m, pool(G, lang, "marketing"))
        put_snip(m, "marketing", s, join=False)
        u = F(m, L["unsub_link"][H(G, "unsub", [0, 1])])
        m.sig_extra += ["", u]
        m.lab("opt_out", "text", m.ctx["u"])
        m.lab("external_link", "text", m.ctx["u"])
        m.text_only = False
        m.note = "review request with a promotion and an unsubscribe link (opt_out + external_link)"
    elif item == "newsletter":
        m = mk_pro(G, lang, H(G, "nl_host", ["P7", "P6", "P4"]))
        v = add_pixel(m, H(G, "pixel_nl", ["hs_1x1", "tracker_host", "zero"]))
        m.extra_headers.append("List-Unsubscribe: <%s>, <mailto:unsubscribe@%s>" % (m.ctx["u"], m.ctx["dom"]))
        m.extra_headers.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
        m.lab("opt_out", "header", "List-Unsubscribe")
        m.note = "sent through a bulk-mail tool: List-Unsubscribe header and open pixel (%s)" % v
    elif item == "link_sent":
        m = mk_reply(G, lang, H(G, "link_host", ["R4", "R1", "R5", "R2"]))
        t, cats = contact_pick(G, lang, "link")
        t = F(m, t)
        add_para(m, t)
        for cat in cats:
            m.lab(cat, "text", t)
        m.note = "external link in the reply text: " + t[:60]
    elif item == "link_html":
        v = H(G, "link_html", LINKS_HTML)
        if v == "click_track":
            m = mk_reply(G, lang, H(G, "ct_host", ["R5", "R7"]))
        elif v == "sig_web":
            m = mk_pro(G, lang, H(G, "sigweb_host", ["P6", "P7", "P4"]))
        else:
            m = mk_reply(G, lang, H(G, "lh_host", ["R1", "R3", "R8", "R2"]))
        add_link_html(m, v)
        m.note = "external link added by the helpdesk template: %s" % v.replace("_", " ")
        if v == "hidden_div":
            m.note = "obfuscated (display:none) domain hidden in HTML"
        if v == "entity_href":
            m.note = "obfuscated (HTML entities) href in the signature"
    elif item in ("email", "email2"):
        v = H(G, "email_v", ["sentence", "outlook_to", "mailto"]) if item == "email" else "obf"
        if v == "outlook_to":
            m = mk_reply(G, lang, H(G, "em_host", ["R1", "R2", "R5"]), seller="home")
            addr = "service@%s" % m.ctx["dom"]
            m.outlook_to = "%s %s <%s>" % (m.ctx["seller"], L["team"], addr)
            m.lab("contact_email", "text", addr)
            m.note = "seller address in the Outlook-style quote header (To: line)"
        elif v == "mailto":
            m = mk_reply(G, lang, H(G, "em_host2", ["R4", "R3", "R8"]))
            m.text_only = False
            addr = m.ctx["agentmail"]
            m.html_sig_extra.append('<a href="mailto:%s">%s</a>' % (addr, html.escape(m.ctx["agent"][0])))
            m.lab("contact_email", "html", "mailto:" + addr)
            m.note = "mailto: link behind the agent's name in the HTML signature"
        else:
            m = mk_reply(G, lang, H(G, "em_host3", ["R2", "R5", "R1", "R4"]))
            t, cats = contact_pick(G, lang, "email") if v == "sentence" else (LANG[lang]["contact"]["email"][2], ["contact_email"])
            t = F(m, t)
            add_para(m, t)
            m.lab("contact_email", "text", t)
            m.note = "e-mail address in the reply text" if v == "sentence" else "obfuscated ((at)/arobase/word form) e-mail address"
    elif item == "sig_email_phone":
        host = H(G, "sep_host", ["reply", "pro"])
        m = mk_reply(G, lang, H(G, "sep_r", ["R1", "R3", "R7", "R5"])) if host == "reply" else mk_pro(G, lang, H(G, "sep_p", ["P6", "P7", "P2"]))
        sx = L["sigextra"]
        p, e_ = F(m, sx["phone"]), F(m, sx["email"])
        m.sig_extra += [p, e_]
        m.lab("contact_phone", "text", p)
        m.lab("contact_email", "text", e_)
        m.note = "full signature block with phone and e-mail"
    elif item in ("phone", "phone2"):
        m = mk_reply(G, lang, H(G, "ph_host", ["R1", "R2", "R4", "R5", "R6"]))
        items = L["contact"]["phone"]
        t = items[0 if item == "phone" else 2] if lang != "en" or item == "phone2" else H(G, "en_phone", [items[0], items[1], items[2]])
        if lang == "en" and item == "phone2":
            t = items[3]
        t = F(m, t)
        add_para(m, t)
        m.lab("contact_phone", "text", t)
        m.note = "obfuscated (digits written as words) phone number in the reply" if item == "phone2" else "phone number in the reply"
    elif item == "whatsapp":
        m = mk_reply(G, lang, H(G, "wa_host", ["R1", "R2", "R5"]))
        t, cats = contact_pick(G, lang, "other", avoid="marketing")
        t = F(m, t)
        add_para(m, t)
        for cat in cats:
            m.lab(cat, "text", t)
        m.note = "off-Amazon messenger contact" + (" with number" if "contact_phone" in cats else "")
    elif item == "pixel":
        m = mk_reply(G, lang, H(G, "px_host", ["R1", "R2", "R4", "R7", "R8"])) if H(G, "px_k", [1, 1, 0]) else mk_pro(G, lang, "P7")
        v = add_pixel(m, H(G, "pixel", PIXELS))
        m.note = "open-tracking image: %s" % v.replace("_", " ")
    elif item in ("att1", "att2"):
        v = H(G, "att", ATTS)
        m = mk_reply(G, lang, H(G, "att_host", ["R4", "R2", "R3", "R5"]))
        add_bad_attachment(m, v)
        m.note = "disallowed attachment: %s" % v.replace("_", " ")
    elif item == "sty_emoji":
        m = mk_reply(G, lang, H(G, "emo_host", ["R1", "R8", "R2", "R7"])) if H(G, "emo_k", [1, 0]) else mk_pro(G, lang, H(G, "emo_p", ["P7", "P4"]))
        m.note = add_emoji(m, G)
    elif item == "sty_css":
        v = H(G, "style", STYLES)
        m = mk_reply(G, lang, H(G, "css_host", ["R1", "R3", "R5", "R8", "R2"])) if v != "calibri" else mk_reply(G, lang, "R1", seller="home")
        add_style(m, v)
        m.note = "styling override: %s" % v.replace("_", " ")
    elif item == "imp":
        if H(G, "imp_k", ["reply", "pro"]) == "reply":
            m = mk_reply(G, lang, H(G, "imp_r", ["R1", "R3", "R5", "R2"]))
            form = H(G, "imp_f2", ["[Important] ", "[IMPORTANT] "])
            m.subject = form + m.subject
            m.ctx["no_irt"] = False
        else:
            m = mk_pro(G, lang, H(G, "imp_p", ["P4", "P6", "P7"]))
            m.subject = m.subject + H(G, "imp_f3", [" [Important]", " [important]"])
        m.lab("important_tag", "subject", "[important]")
        m.note = "[Important] on a message not needed to complete the order"
    elif item == "noid":
        pk = H(G, "noid_p", ["P5", "P4", "P6", "P7", "P2"])
        m = mk_pro(G, lang, pk, with_id=False)
        if pk == "P5":
            request(m, H(G, "noid_req_" + lang, [t for t in L["neutral"] if "{oid}" not in t]))
        m.lab("missing_order_id")
        m.note = "proactive message without the order id (%s)" % m.topic
    elif item == "noid_unp":
        m = mk_unp(G, lang, with_id=False)
        m.lab("missing_order_id")
        m.note += ", and no order id"
    elif item == "unp":
        m = mk_unp(G, lang)
    elif item == "unp_imp":
        m = mk_unp(G, lang)
        m.subject = "[Important] " + m.subject
        m.lab("important_tag", "subject", "[important]")
        m.note += ", with [Important]"
    else:
        raise KeyError(item)
    m.topic = m.topic + "-" + item.replace("_", "")
    return m


def pair(G, lang, variant, lang2=None):
    """A first (relayed) review request and a later one for the same order."""
    L = LANG[lang]
    if H(G, "pf_" + lang, ["pro", "reply"]) == "pro":
        a = mk_pro(G, lang, "P5")
    else:
        a = mk_reply(G, lang, H(G, "pfr", ["R2", "R8", "R1"]))
    first_text = neutral(G, lang)
    request(a, first_text)
    a.note = "first review/feedback request for this order (compliant)"
    first_labels = set()
    if variant == "pix_first":
        add_pixel(a, "hs_1x1")
        a.note = "first review request, only finding is a strippable pixel: relayed, so it counts in the ledger"
    lb = lang2 or lang
    c2 = new_ctx(G, lb, base=a.ctx)
    if variant in ("reply2",):
        b = mk_reply(G, lb, H(G, "p2r", ["R1", "R4"]), ctx=c2)
        request(b, neutral(G, lb, avoid=first_text if lb == lang else None))
    else:
        b = mk_pro(G, lb, "P5", ctx=c2)
        b.subject = F(b, LANG[lb]["prop"]["P5"][0])
        txt = LANG[lb]["remind"][0 if variant in ("remind", "pix_first") else 1] if variant != "plain" else neutral(G, lb, avoid=first_text)
        request(b, txt)
    b.lab("repeat_request", "ledger", a.ctx["oid"])
    b.note = "second review/feedback request for an order that already had one (%s)" % variant
    if variant == "x_inc":
        s = F(b, pool(G, lb, "review_incentive"))
        put_snip(b, "review_incentive", s, join=False)
        b.note += "; also offers a reward"
    elif variant == "x_imp":
        b.subject = "[Important] " + b.subject
        b.lab("important_tag", "subject", "[important]")
        b.note += "; with [Important]"
    elif variant == "x_emoji":
        b.note += "; " + add_emoji(b, G, "para")
    elif variant == "x_man":
        s = F(b, pool(G, lb, "review_manipulation"))
        put_snip(b, "review_manipulation", s, join=False)
        b.note += "; asks for five stars"
    b.topic = "review-repeat"
    a.topic = "review-first" if a.kind == "proactive" else a.topic + "-review-first"
    b.pair = a
    return a, b

# ---------------------------------------------------------------- plan: compliant
EXTRA_EN = dict(
    decline_wa=("Can I just WhatsApp you a video of the problem? Much easier than this.",
                ["I'm afraid we can only help through Amazon's messaging, so please attach a few photos of the {product} to your reply here; Amazon accepts images and PDFs.",
                 "We'll look at them as soon as they arrive and come back to you about order {oid} the same day."]),
    scunthorpe=("The parcel was left at the depot in Scunthorpe and they say the label is unreadable. Can you sort it?",
                ["I've asked {carrier} to redeliver it from the Scunthorpe depot on {d2}; the tracking number {track} will update tonight.",
                 "Their assessment is that the label was smudged in transit, so we've also sent a corrected address label to the depot. It will go out first class at no cost to you."]),
)
EXTRA_DE = dict(
    decline_wa=("Kann ich Ihnen das Video einfach per WhatsApp schicken? Das wäre viel einfacher.",
                ["leider können wir Ihnen nur über das Amazon-Nachrichtensystem helfen. Bitte hängen Sie ein paar Fotos von {product} direkt an Ihre Antwort hier an; Amazon akzeptiert Bilder und PDF-Dateien.",
                 "Wir sehen sie uns sofort an und melden uns noch am selben Tag zu Bestellung {oid}."]),
)

C_PLAN = ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R2upd", "R8upd", "P1", "P2", "P3", "P4", "P5", "P6", "P7",
          "R4docx", "R1logo", "R5", "R6", "R3", "P5", "P7", "R7"]
V_PLAN = ["inc", "inc_rem", "man", "man_rev", "man_imp", "rem", "rem_press", "rem_man", "mkt", "mkt_follow", "off1", "off2",
          "opt_text", "promo_unsub", "link_sent", "link_html", "email", "sig_email_phone", "phone", "whatsapp", "pixel",
          "newsletter", "att1", "att2", "sty_emoji", "sty_css", "imp", "noid", "noid_unp", "unp", "unp_imp"]
REP = {"en": ("remind", "x_man"), "de": ("reply2", "x_man"), "fr": ("plain", "x_man"), "es": ("remind", "x_man"),
       "it": ("reply2", "x_man"), "nl": ("plain", "x_inc"), "pl": ("remind", "x_imp"), "sv": ("reply2", "x_emoji"),
       "pt": ("plain", "x_inc"), "ja": ("remind", "x_imp")}


def c_item(G, lang, item):
    L = LANG[lang]
    if item in ("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"):
        m = mk_reply(G, lang, item)
        m.note = {"R1": "order id, carrier and tracking number in a delivery answer",
                  "R2": "free replacement with tracking number, no return needed",
                  "R3": "invoice PDF attached because the buyer asked",
                  "R4": "manual PDF attached because the buyer asked",
                  "R5": "Amazon returns link, return address with postcode, RMA number",
                  "R6": "firm but polite reply to a rude buyer threatening one-star reviews; unconditional refund",
                  "R7": "buyer asked how reviews work; agent explains Amazon's pages with an allowed review link",
                  "R8": "goodwill partial refund not tied to any review"}[item]
    elif item in ("R2upd", "R8upd"):
        m = mk_reply(G, lang, item[:2])
        add_para(m, F(m, H(G, "upd_" + lang, L["upd_ok"])), join=False)
        m.note = "after resolving, neutral mention that feedback can be updated, no request or pressure"
        m.topic += "-feedback-editable"
    elif item in ("P1", "P2", "P3", "P4", "P6", "P7"):
        m = mk_pro(G, lang, item)
        m.note = {"P1": "[Important] correctly used to schedule a two-person delivery",
                  "P2": "[Important] correctly used for an address problem",
                  "P3": "[Important] correctly used for a customisation (embroidery) question",
                  "P4": "proactive invoice with PDF attachment",
                  "P6": "permitted return-related question",
                  "P7": "permitted fulfilment fix: missing accessory shipped with tracking"}[item]
    elif item == "P5":
        m = mk_pro(G, lang, "P5")
        request(m, neutral(G, lang))
        m.note = "single neutral review/feedback request for this order"
    elif item == "R4docx":
        m = mk_reply(G, lang, "R4", attach_kind=H(G, "man_kind", ["docx", "txt"]))
        m.note = "manual sent as %s because the buyer asked" % m.attachments[0][0].rsplit(".", 1)[1].upper()
    elif item == "R1logo":
        m = mk_reply(G, lang, H(G, "logo_host", ["R1", "R2", "R5"]), seller=H(G, "logo_s", ["baby", "cam", "nutri"]))
        c = m.ctx
        cid = "logo-%s@%s" % (hashlib.md5(c["msgid"].encode()).hexdigest()[:8], c["dom"])
        m.inline.append((cid, "logo.png", "image/png", make_png(64, 20, seed=5)))
        m.html_sig_extra.append('<img src="cid:%s" width="128" height="40" alt="%s">' % (cid, html.escape(c["seller"])))
        m.text_only = False
        m.note = "inline cid: logo without a link, signature with name and job title only"
        m.topic += "-inline-logo"
    elif item in ("decline_wa", "scunthorpe"):
        src = EXTRA_EN if lang == "en" else EXTRA_DE
        c = new_ctx(G, lang, mk="uk" if item == "scunthorpe" else None, seller="cam" if item == "decline_wa" else "home")
        if item == "scunthorpe":
            c["carrier"] = "Royal Mail"
            c["track"] = TRACK["Royal Mail"](G.rng)
        m = Msg(c, "reply")
        b, ps = src[item]
        m.quote = {"buyer": F(m, b), "tok": c["tok"]}
        m.paras = [F(m, p) for p in ps]
        m.subject = reply_subject(m)
        m.host = "X"
        m.topic = item.replace("_", "-")
        m.note = {"decline_wa": "buyer asks to use WhatsApp; agent declines and keeps the conversation on Amazon",
                  "scunthorpe": "trigger substrings inside words (Scunthorpe, assessment, class), Royal Mail tracking"}[item]
    else:
        raise KeyError(item)
    return m


def build(G):
    msgs = []
    for lang in ["en", "de", "fr", "es", "it", "nl", "pl", "sv", "pt", "ja"]:
        for it in V_PLAN:
            msgs.append(v_item(G, lang, it))
        r1, r2 = REP[lang]
        for v in (r1, r2):
            a, b = pair(G, lang, v)
            msgs += [a, b]
        for it in C_PLAN:
            msgs.append(c_item(G, lang, it))
    # English extras (UK/US teams handle the most volume)
    for it in ["R1", "R2", "R5", "R7", "P5", "decline_wa", "scunthorpe", "R3", "P2"]:
        msgs.append(c_item(G, "en", it))
    msgs.append(c_item(G, "de", "decline_wa"))
    for it in ["email2", "phone2", "link_sent", "off1", "whatsapp", "att1", "sty_css", "sty_css", "link_html", "link_html", "noid", "pixel"]:
        msgs.append(v_item(G, "en", it))
    for lang, it in [("en", "off2"), ("de", "whatsapp"), ("fr", "noid"), ("it", "noid"), ("ja", "pixel")]:
        msgs.append(v_item(G, lang, it))
    # obfuscated contact details in every language: address words, full-width @, digits as words
    for lang in ["de", "fr", "es", "it", "nl", "pl", "sv", "pt", "ja"]:
        msgs.append(v_item(G, lang, "email2"))
    for lang in ["de", "fr", "es", "it", "ja"]:
        msgs.append(v_item(G, lang, "phone2"))
    for lang, it in [("de", "R8upd"), ("fr", "R1"), ("es", "P6"), ("it", "R2upd"), ("nl", "R4docx"), ("pl", "R7"),
                     ("sv", "P4"), ("pt", "R8upd"), ("ja", "R1")]:
        msgs.append(c_item(G, lang, it))
    # six attachments, oversize PDF
    for v in ("six", "oversize"):
        m = mk_reply(G, "en", "R4")
        m.attachments = []
        add_bad_attachment(m, v)
        m.note = {"six": "six PDF attachments (more than five)", "oversize": "PDF manual over 10 MB decoded"}[v]
        m.topic = "manual-" + v
        msgs.append(m)
    # white-on-white e-mail address: contact_email and styling
    m = mk_reply(G, "en", "R2", seller="nutri")
    m.text_only = False
    m.html_bottom.append('<p style="color:#ffffff">returns desk: returns@%s</p>' % m.ctx["dom"])
    m.lab("contact_email", "html", "returns@%s" % m.ctx["dom"])
    m.lab("styling", "html", "color:#ffffff")
    m.note = "obfuscated (white-on-white) e-mail address hidden in the HTML"
    m.topic = "damaged-white-text-email"
    msgs.append(m)
    # spaced-out domain
    m = mk_reply(G, "en", "R4", seller="cam")
    t = "The full guide is on w w w . lumoragear . com under Support."
    add_para(m, t)
    m.lab("external_link", "text", t)
    m.note = "obfuscated (spaced letters) domain"
    m.topic = "manual-spaced-domain"
    msgs.append(m)
    # ledger: a rejected first request does not block a later clean one
    for lang in ("en", "de", "ja"):
        a = mk_pro(G, lang, "P5")
        request(a, neutral(G, lang))
        s = F(a, pool(G, lang, "review_incentive"))
        put_snip(a, "review_incentive", s, join=False)
        a.note = "review request with a reward: rejected, so it never reaches the ledger"
        a.topic = "review-first-rejected"
        b = mk_pro(G, lang, "P5", ctx=new_ctx(G, lang, base=a.ctx))
        request(b, neutral(G, lang))
        b.note = "clean review request for an order whose earlier request was rejected: not a repeat"
        b.topic = "review-after-rejected"
        b.pair = a
        msgs += [a, b]
    # ledger: pixel-only first request was relayed; the next one is a repeat
    a, b = pair(G, "en", "pix_first")
    msgs += [a, b]
    # cross-language pair: German first request, English reminder by another agent
    a, b = pair(G, "de", "plain", lang2="en")
    msgs += [a, b]
    return msgs

# ---------------------------------------------------------------- writing
CATS = ["external_link", "contact_email", "contact_phone", "contact_other", "review_incentive", "review_manipulation",
        "feedback_removal", "repeat_request", "marketing", "opt_out", "tracking_pixel", "attachment", "styling",
        "offensive", "important_tag", "missing_order_id", "unpermitted_proactive"]


def order_msgs(G, msgs):
    idx = list(range(len(msgs)))
    G.rng.shuffle(idx)
    seq = [msgs[i] for i in idx]
    pos = {id(m): i for i, m in enumerate(seq)}
    for b in list(seq):
        a = b.pair
        if a is not None and pos[id(a)] > pos[id(b)]:
            i, j = pos[id(a)], pos[id(b)]
            seq[i], seq[j] = b, a
            pos[id(a)], pos[id(b)] = j, i
    return seq


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:48]


def write_all(seq):
    mdir = os.path.join(HERE, "msgs")
    os.makedirs(mdir, exist_ok=True)
    for f in sorted(os.listdir(mdir)):
        if f.endswith(".eml"):
            os.remove(os.path.join(mdir, f))
    rows = []
    for i, m in enumerate(seq, 1):
        name = "%04d-%s-%s-%s.eml" % (i, m.lang, "re" if m.kind == "reply" else "pro", slug(m.topic))
        data = render(m, name)
        with open(os.path.join(mdir, name), "wb") as fh:
            fh.write(data)
        m.file = "msgs/" + name
        m.data = data
        rows.append({"file": m.file, "categories": [c for c in CATS if c in m.labels], "lang": m.lang,
                     "kind": m.kind, "note": m.note})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


# ---------------------------------------------------------------- self-check
ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\u2705]")
OID_RE = re.compile(r"\d{3}-\d{7}-\d{7}")
AMZ_ALLOWED = re.compile(r"^https://(www\.)?amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|co\.jp)"
                         r"/(gp/css/|review/|gp/help/|gp/your-account/|hz/feedback)", re.I)
SC_ALLOWED = re.compile(r"^https://sellercentral\.amazon\.[a-z.]+/gp/communication-manager/", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
OBF_EMAIL = re.compile(r"[\w.-]+\s*(?:\(at\)|\[at\]|\barobase\b|\barroba\b|\bchiocciola\b|\bapenstaartje\b|\bmałpa\b|\bsnabel-a\b)\s*[\w-]+", re.I)
BARE_DOM = re.compile(r"(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:com|de|eu|fr|es|it|nl|pl|se|net|io|co\.uk|com\.br|jp|to|shop|store|online|app|baby|support|parts|info|biz|co|me|tv|ly|link|site|xyz|club|uk|us|ch|at|be|dk|no|fi|pt|br|mx|ca|au|gear|help)(?![\w-])", re.I)
TRACKERS = ("sendgrid.net", "hsmail-track", "front-track")


def norm(s):
    return ZW.sub("", unicodedata.normalize("NFKC", s))


def visible(h):
    h = re.sub(r"(?is)<style.*?</style>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return html.unescape(h)


def parse(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    out = {"subject": str(msg["subject"] or ""), "plain": [], "html": [], "atts": [], "defects": list(msg.defects),
           "headers": msg, "inline": []}
    for part in msg.walk():
        out["defects"] += list(part.defects)
        if part.is_multipart():
            continue
        fn = part.get_filename()
        ct = part.get_content_type()
        if fn:
            out["atts"].append((fn, ct, part.get_payload(decode=True), part.get("Content-ID")))
        elif ct == "text/plain":
            out["plain"].append(part.get_content())
        elif ct == "text/html":
            out["html"].append(part.get_content())
    return out


def detect(m, P):
    """Independent re-detection of the structural categories from the written bytes."""
    found = set()
    plain = "\n".join(P["plain"]).replace("\r\n", "\n")
    htm = "\n".join(P["html"])
    vis = visible(htm)
    txt = norm(P["subject"] + "\n" + plain + "\n" + vis)
    hrefs = [norm(html.unescape(h)) for h in re.findall(r'href="([^"]*)"', htm)]
    # links
    links = [u for u in re.findall(r"h\s*t\s*t\s*p\s*s?\s*:\s*//[^\s<>\"']+", txt)]
    links += [h for h in hrefs if not h.startswith("mailto:")]
    bad = [u for u in links if not (AMZ_ALLOWED.match(u) or SC_ALLOWED.match(u))]
    scrub = OBF_EMAIL.sub(" ", EMAIL_RE.sub(" ", re.sub(r"https?://\S+", " ", txt)))
    if bad or re.search(r"w\s+w\s+w\s*\.", txt) or BARE_DOM.search(scrub):
        found.add("external_link")
    # e-mail
    emails = [e for e in EMAIL_RE.findall(txt + "\n" + "\n".join(hrefs)) if not re.search(r"@(m\.)?marketplace\.amazon\.", e, re.I)]
    if emails or OBF_EMAIL.search(txt):
        found.add("contact_email")
    # images
    for tag in re.findall(r"<img\b[^>]*>", htm, re.I):
        src = re.search(r'src="([^"]*)"', tag).group(1)
        if src.startswith("cid:"):
            continue
        wh = re.findall(r'(?:width|height)="(\d+)"', tag)
        if any(int(x) <= 2 for x in wh) or "display:none" in tag or any(t in src for t in TRACKERS) or m.ctx["relay_local"] in src:
            found.add("tracking_pixel")
        elif src.startswith("http:"):
            found.add("styling")
        else:
            raise AssertionError("unclassified remote image " + src)
    # styling
    styles = ";".join(re.findall(r'style="([^"]*)"', htm)) + ";" + ";".join(re.findall(r"(?is)<style>(.*?)</style>", htm))
    st = styles.replace(" ", "").lower()
    if EMOJI_RE.search(txt) or "font-family" in st or re.search(r"(?<![-\w])color:", st) or "text-align:center" in st \
            or "<center" in htm.lower() or "<font" in htm.lower():
        found.add("styling")
    if len(set(re.findall(r"font-size:([\d.]+[a-z%]*)", st))) > 3:
        found.add("styling")
    if re.search(r"\n[ \t]*\n[ \t]*\n[ \t]*\n", plain):
        found.add("styling")
    # attachments and inline parts
    parts = P["atts"]
    badatt = len(parts) > 5 or sum(len(p[2]) for p in parts) > 10 * 1024 * 1024
    for fn, ct, data, cid in parts:
        ext = fn.rsplit(".", 1)[-1].lower()
        if ext not in ALLOWED_EXT or (ext in MAGIC and not MAGIC[ext](data)) or (ext == "jpeg" and not MAGIC["jpg"](data)):
            badatt = True
        if ext == "gif" and (b"NETSCAPE2.0" in data or data.count(b"\x21\xf9\x04") > 1):
            found.add("styling")
    if badatt:
        found.add("attachment")
    if "[important]" in P["subject"].lower() and not m.critical:
        found.add("important_tag")
    names = " ".join(p[0] for p in parts)
    if m.kind == "proactive" and not OID_RE.search(P["subject"] + plain + htm + names):
        found.add("missing_order_id")
    if P["headers"]["List-Unsubscribe"] is not None:
        found.add("opt_out")
    return found, txt, plain, htm


def phone_free(m, txt):
    c = m.ctx
    t = re.sub(r"h?t?tps?://\S+", " ", txt)
    t = EMAIL_RE.sub(" ", t)
    t = re.sub(r"\[commMgrTok:\w+\]", " ", t)
    for k in ("oid", "track", "inv", "rma", "retaddr", "price", "d1", "d2", "d3", "qdate", "qtime", "asin", "asin2",
              "model", "product", "ticket", "date_hdr"):
        if isinstance(c.get(k), str) and c.get(k):
            t = t.replace(norm(c[k]), " ")
    t = re.sub(r"\d{1,2}[:.]\d{2}", " ", t)
    for mo in re.finditer(r"\+?\(?\d[\d \t().\-/]{6,}\d", t):
        if len(re.sub(r"\D", "", mo.group(0))) >= 8:
            return mo.group(0)
    return None


def snippet_index():
    idx = []
    for lang, L in LANG.items():
        for cat, items in L["pools"].items():
            for s in items:
                idx.append((s, {cat}))
        for s in SUPP[lang]["inc_rem"]:
            idx.append((s, {"review_incentive", "feedback_removal"}))
        for s in SUPP[lang]["rem_man"]:
            idx.append((s, {"feedback_removal", "review_manipulation"}))
        for key, items in L["contact"].items():
            for it in items:
                s, cats = it if isinstance(it, tuple) else (it, [{"phone": "contact_phone", "email": "contact_email",
                                                                    "other": "contact_other", "link": "external_link"}[key]])
                idx.append((s, set(cats)))
        for s in L["unsub_link"]:
            idx.append((s, {"opt_out", "external_link"}))
    out = []
    for s, cats in idx:
        frag = max(re.split(r"\{[a-z0-9]+\}", s), key=len).strip(" :.,")
        if len(frag) >= 14 or (len(frag) >= 8 and not frag.isascii()):
            out.append((norm(frag), cats))
    return out


def check(seq, rows):
    errs = []
    snips = snippet_index()
    ledger = set()
    oid_owner = {}
    for m, row in zip(seq, rows):
        E = lambda s: errs.append("%s: %s" % (m.file, s))
        with open(os.path.join(HERE, m.file), "rb") as fh:
            data = fh.read()
        if data != m.data:
            E("bytes on disk differ")
        P = parse(data)
        if P["defects"]:
            E("MIME defects %r" % P["defects"])
        found, txt, plain, htm = detect(m, P)
        labels = set(row["categories"])
        for cat in ("external_link", "contact_email", "tracking_pixel", "attachment", "styling", "important_tag", "missing_order_id"):
            if (cat in found) != (cat in labels):
                E("%s: detected=%s labelled=%s" % (cat, cat in found, cat in labels))
        if "opt_out" in found and "opt_out" not in labels:
            E("List-Unsubscribe header but no opt_out label")
        # evidence for every labelled category
        have = {c for c, _, _ in m.ev} | {"missing_order_id", "unpermitted_proactive"} & labels
        for cat in labels - have:
            E("no evidence recorded for %s" % cat)
        for cat, where, val in m.ev:
            if where in ("text", "any"):
                ok = norm(val) in txt
                if where == "text" and ok and P["plain"] and norm(val) not in norm(plain) and norm(val) not in norm(P["subject"]):
                    ok = norm(val) in norm(visible(htm))
            elif where == "html":
                ok = val in htm
            elif where == "textpart":
                ok = val in plain
            elif where == "subject":
                ok = val.lower() in P["subject"].lower()
            elif where == "header":
                ok = P["headers"][val] is not None
            elif where == "att":
                ok = val == "count>5" and len(P["atts"]) > 5 or any(a[0] == val for a in P["atts"])
            elif where == "ledger":
                ok = val == m.ctx["oid"] and val in txt
            else:
                ok = False
            if not ok:
                E("evidence for %s not found (%s: %r)" % (cat, where, val[:60]))
        # wording snippets present must be labelled; compliant mail has none
        for frag, cats in snips:
            if frag in txt and not cats <= labels:
                E("contains snippet %r (%s) not labelled" % (frag[:40], "/".join(sorted(cats))))
        if not labels:
            ph = phone_free(m, txt)
            if ph:
                E("phone-like number in compliant message: %r" % ph)
            if EMOJI_RE.search(txt):
                E("emoji in compliant message")
        if m.unp != ("unpermitted_proactive" in labels):
            E("unpermitted flag mismatch")
        # kind
        irt = P["headers"]["In-Reply-To"] is not None or P["headers"]["References"] is not None
        pref = re.match(r"^\s*(\[[^\]]*\]\s*)*(re|aw|r|sv|odp)\s*:", P["subject"], re.I)
        kind = "reply" if irt or pref else "proactive"
        if m.kind == "reply" and not irt and not re.match(r"^(re|aw|r|sv|odp):", P["subject"], re.I):
            E("reply without In-Reply-To needs a plain reply prefix")
        if kind != row["kind"]:
            E("kind %s but labelled %s" % (kind, row["kind"]))
        if row["kind"] == "reply" and labels & {"missing_order_id", "unpermitted_proactive"}:
            E("proactive-only category on a reply")
        # repeat-request ledger in file order
        oid = m.ctx.get("oid_hidden", m.ctx["oid"])
        if oid in oid_owner and not (m.pair is not None and m.pair.ctx["oid"] == oid):
            E("order id %s reused outside a pair (first in %s)" % (oid, oid_owner[oid]))
        oid_owner.setdefault(oid, m.file)
        if m.is_request:
            want = oid in ledger
            if want != ("repeat_request" in labels):
                E("repeat_request should be %s" % want)
            if labels <= {"tracking_pixel", "repeat_request"} and not (labels & {"repeat_request"} and False):
                if labels <= {"tracking_pixel"}:
                    ledger.add(oid)
        elif "repeat_request" in labels:
            E("repeat_request on a message that makes no request")
        if len(P["atts"]) > 5 and not labels:
            E("compliant message with more than five parts")
    return errs


def stats(rows):
    n = len(rows)
    comp = sum(1 for r in rows if not r["categories"])
    lines = ["messages %d, compliant %d (%.1f%%), violations %d" % (n, comp, 100.0 * comp / n, n - comp)]
    lines.append("replies %d, proactive %d" % (sum(r["kind"] == "reply" for r in rows), sum(r["kind"] == "proactive" for r in rows)))
    for c in CATS:
        lines.append("  %-22s %d" % (c, sum(c in r["categories"] for r in rows)))
    for lg in ["en", "de", "fr", "es", "it", "nl", "pl", "sv", "pt", "ja"]:
        rs = [r for r in rows if r["lang"] == lg]
        lines.append("  %s %d (compliant %d)" % (lg, len(rs), sum(1 for r in rs if not r["categories"])))
    wording = {"review_incentive", "review_manipulation", "feedback_removal", "repeat_request", "marketing", "offensive", "opt_out"}
    viol = [r for r in rows if r["categories"]]
    lines.append("violations with a wording category: %d of %d" % (sum(1 for r in viol if wording & set(r["categories"])), len(viol)))
    return "\n".join(lines)


def main():
    G = Gen()
    msgs = build(G)
    seq = order_msgs(G, msgs)
    rows = write_all(seq)
    errs = check(seq, rows)
    print(stats(rows))
    n = len(rows)
    comp = sum(1 for r in rows if not r["categories"])
    if n < 400:
        errs.append("fewer than 400 messages")
    if not (0.42 <= comp / n <= 0.48):
        errs.append("compliant share %.3f outside 42-48%%" % (comp / n))
    for c in CATS:
        if sum(c in r["categories"] for r in rows) < 20:
            errs.append("category %s has fewer than 20 positives" % c)
    for lg in LANG:
        if sum(r["lang"] == lg for r in rows) < 25:
            errs.append("language %s has fewer than 25 messages" % lg)
    if errs:
        for e in errs:
            print("CHECK FAILED:", e, file=sys.stderr)
        sys.exit(1)
    print("self-check passed")


if __name__ == "__main__":
    main()
