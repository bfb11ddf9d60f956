"""contact_phone: national, international, spaced, spelled and tel: numbers; and non-phones."""

from __future__ import annotations

import pytest

from proxy.detectors import Context, phones
from proxy.detectors import _numbers as numbers
from proxy.models import Category, Verdict
from proxy.pipeline.checker import Checker
from proxy.pipeline.fold import fold
from proxy.pipeline.normalise import normalise
from proxy.pipeline.parse import DEFAULT_LIMITS, parse_message

PHONES = [
    ("US", "Call us at (212) 555-0147 anytime."),
    ("US", "reach me on 212.555.0147 today"),
    ("US", "+1 212 555 0147"),
    ("US", "toll free 1-800-555-0199"),
    ("CA", "call (604) 555-1234"),
    ("GB", "+44 7700 900123"),
    ("GB", "ring 020 7946 0321"),
    ("GB", "mobile 07911 123456"),
    ("DE", "Tel.: 030 12345678"),
    ("DE", "+49 (0) 171 1234567"),
    ("DE", "Handy 0171/1234567"),
    ("FR", "appelez le 06 12 34 56 78"),
    ("FR", "+33 6 12 34 56 78"),
    ("FR", "tél 01.23.45.67.89"),
    ("IT", "+39 333 123 4567"),
    ("IT", "chiamami al 333 1234567"),
    ("ES", "+34 612 34 56 78"),
    ("ES", "llámenos al 912 345 678"),
    ("NL", "bel 020-1234567"),
    ("SE", "ring 070-123 45 67"),
    ("PL", "+48 512 345 678"),
    ("BE", "+32 470 12 34 56"),
    ("IE", "call 087 123 4567"),
    ("ZA", "phone 082 123 4567"),
    ("JP", "電話 03-1234-5678"),
    ("JP", "携帯090-1234-5678"),
    ("JP", "お電話（０３－１２３４－５６７８）"),
    ("IN", "+91 98765 43210"),
    ("AU", "0412 345 678"),
    ("SG", "+65 9123 4567"),
    ("AE", "+971 50 123 4567"),
    ("SA", "+966 50 123 4567"),
    ("TR", "+90 532 123 45 67"),
    ("EG", "+20 10 1234 5678"),
    ("MX", "+52 55 1234 5678"),
    ("BR", "ligue (11) 91234-5678"),
    ("US", "WhatsApp us on +44 7700 900123"),
    ("US", "> I'd rather talk, call me on 415-555-0132 in the evening"),
    # the matcher reads an international number in any marketplace
    ("JP", "Hotline +49 30 1234567"),
    # a call cue beats the parcel sentence before it; accented cue words
    ("ES", "El paquete llega mañana. Si algo no te convence, llámanos al 912 458 330, por favor."),
    ("ES", "Nuestro teléfono de atención: 912 458 330."),
    ("SE", "Paketet kommer i morgon, ringa oss på 070-123 45 67 om något saknas."),
    # a number in parentheses right after Japanese text, its call verb further on
    ("JP", "サポートセンター（03-6824-1157、平日10時から17時）までお電話ください。"),
    # written in the national grouping with its trunk 0, in a range phonenumbers does not know
    ("FR", "Si vraiment urgent : 06 39 98 41 27, sinon patience."),
    # written in another marketplace's national grouping (a French mobile to a .com.be buyer)
    ("BE", "Léa\nLumen & Lark France\n06 39 98 41 27"),
    ("GB", "contact@lumen.example, 06 39 98 41 27"),
    ("BE", "Pour toute question : 06 39 98 41 27 ou 01 23 45 67 89"),
]

SPACED_OR_SPELLED = [
    ("US", "call 5 5 5 - 0 1 9 9 after 5"),
    ("US", "text 2 1 2 5 5 5 0 1 4 7"),
    ("GB", "ring 07700   9 0 0   1 2 3 please"),
    ("US", "call two one two five five five zero one four seven"),
    ("GB", "ring oh seven seven double oh, nine oh oh, one two three"),
    ("DE", "ruf an: null sechs neun, dreiundzwanzig, fünfundvierzig, siebenundsechzig"),
    ("FR", "au zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit"),
    ("ES", "al seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho"),
    ("IT", "al tre tre nove, uno due tre, quarantacinque, sessantasette"),
    ("JP", "〇九〇・一二三四・五六七八までお電話ください"),
    ("JP", "配送担当（ゼロサン・ゴーゴーゴーゴー・ゼロイチサンヨン）までお電話ください。"),
    ("NL", "Bel ons gerust: nul dertig, twee drie vier, vijf zes, zeven acht."),
    ("PL", "Proszę dzwonić: sześć zero zero, dwanaście, trzydzieści cztery, pięćdziesiąt sześć"),
    ("SE", "Ring oss på noll åtta, fyrtiofem, sextiosju, åttionio"),
    ("PT", "Ligue para nove um dois, trinta e quatro, cinquenta e seis, setenta e oito"),
    # a one-letter word beside the spaced digits ("y", "o", "a") is not part of the number
    ("ES", "llámenos al 6 1 2 - 3 4 5 - 6 7 8 y se lo explicamos"),
    ("ES", "llame a 6 1 2 3 4 5 6 7 8 o escríbanos"),
    ("JP", "〇三の五五五〇の一二三四 までお気軽にどうぞ"),
    # the verb after the number, as Japanese puts it
    ("JP", "お急ぎの場合は〇三・五五五五・〇一八七までお電話ください。"),
    # folding reads "oh, four one two" as digits; the whole spoken number is still read
    ("GB", "Give me a ring on oh seven seven double oh, nine double oh, four one two, and we'll sort it"),
    ("ES", "Llámanos al nueve uno, cinco cinco cinco, cero uno, cuarenta y dos, de lunes a viernes."),
    ("GB", "Ring: 020 7946 0321"),
    ("GB", "Give us a ring, 020 7946 0321 is the shop line."),
    # whole hundreds said as such ("nine hundred" is 900)
    ("GB", "If it sticks, give me a bell on oh seven seven double-oh, nine hundred, four one two."),
    ("DE", "Rufen Sie an: null sieben sieben eins, neunhundert, vier eins zwei"),
    ("GB", "ring me on oh one six one, treble four, nine eight seven six"),
]

NOT_PHONES = [
    # a foreign national grouping in a sentence about the parcel is its number
    ("BE", "Votre colis 06 39 98 41 27 est en route."),
    ("GB", "Dates: 01.02.2025, 10.30 am"),
    ("SE", "Fakturanummer: 2024-0331, org.nr 556677-8899"),
    ("JP", "サンプルはクリックで。サンダルはゴールドとシルバー、ロクロ仕上げのイチオシです。"),
    # number words that are counts and articles, not digits read out
    ("NL", "Stap een, twee of drie: een schroef, vier ringen en een sleutel zitten in de doos."),
    ("SE", "Ett par, två kuddar, tre lakan och fyra örngott ingår; sex månaders garanti."),
    ("PT", "Um conjunto com dois pratos, três copos e quatro talheres, cinco anos de garantia."),
    ("JP", "二〇二四年の一二月に発送します"),
    ("GB", "Cheers,\nCallum\n\n---- On 30 Mar 2025 18:00, Laura wrote ----"),  # "Call" of a name
    ("JP", "伝票番号1234-5678-9012で発送しました。ご不明点はお電話ではなくメッセージで"),
    ("US", "Order 113-1580940-4643731 and D01-1234567-1234567 and P03-7654321-7654321"),
    ("US", "UPS tracking 1Z 4R8 V27 03 9184 6620 arrives"),
    ("US", "USPS 9400 1118 9922 3857 4410 62"),
    ("GB", "Royal Mail: QM 4739 2015 5GB"),
    ("GB", "reference AB123456789GB"),
    ("AE", "DHL Express waybill 4829317765, due"),
    ("CA", "Canada Post tracking: 7023 2104 5598 1146"),
    ("GB", "DPD (parcel number 1550 1234 5678 90)"),
    ("IN", "Delhivery, waybill 1491 2284 0031 57, pincode 560034"),
    ("FR", "Colissimo (numéro de suivi 6A20447193825)"),
    ("IT", "numero di spedizione 123 4567 8901"),
    ("JP", "お問い合わせ伝票番号：4567-8901-2345"),
    ("JP", "追跡番号 1234-5678-9012"),
    ("JP", "佐川急便 3456-7890-1234"),
    ("ES", "número de seguimiento 2345 6789 0123"),
    ("MX", "Estafeta guía 1234 5678 90"),
    ("DE", "Sendungsnummer: 0034 0434 1610 9411 8207"),
    ("US", "the tracking number for your second parcel is 0412 345 678 now"),
    ("US", "FedEx 7712 3456 7890"),
    ("US", "ASIN B0YCGD7SU3, SKU WR-2200-BLK, EAN 4006381333931, UPC 036000291452"),
    ("US", "ISBN 978-3-16-148410-0"),
    # a barcode in its printed digit groups, after "ring" the noun (not "ring us")
    ("US", "cover is VG with a little ring wear. The UPC on the back is 0 75992 73132 6 if you want"),
    ("DE", "Die EAN auf der Schachtel lautet 4 006381 333931."),
    # a precious-metal fineness
    ("DE", "Ring in Größe 54 (Innendurchmesser 17,2 mm), 925/000 Sterlingsilber, Gewicht 3,4 g."),
    ("IT", "Anello in oro 750/1000, misura 14."),
    ("DE", "Seriennummer: 8472 9910 2231"),
    ("US", "S/N 2203 1145 8872"),
    ("US", "price $1,234.56 and USD 1 234"),
    ("DE", "1.299,00 € und 49,99 EUR"),
    ("JP", "¥12,800 と 12.800 円"),
    ("BR", "R$ 1.234,56"),
    ("US", "on 2025-02-14 at 10:30, 14/02/2025, 02.14.2025"),
    ("JP", "2025年2月14日 10時〜18時"),
    ("DE", "am 14.02.2025 zwischen 10:00 und 14:00 Uhr"),
    ("DE", "Großer Burstah 31, 20457 Hamburg"),
    ("US", "1600 Amphitheatre Parkway, Mountain View, CA 94043-1351"),
    ("JP", "〒150-0001 東京都渋谷区神宮前1-2-3"),
    ("PL", "ul. Marszałkowska 10/12, 00-590 Warszawa"),
    ("BR", "Rua Augusta 1500, 01304-001 São Paulo"),
    ("DE", "USt-IdNr.: DE318472905"),
    ("IT", "Partita IVA 01234567890"),
    ("FR", "SIRET 123 456 789 00012"),
    ("FR", "N° TVA intracommunautaire : FR 12 345678901"),
    ("AU", "ABN 12 345 678 901"),
    ("DE", "IBAN DE89 3704 0044 0532 0130 00"),
    ("US", "Invoice INV-2025-004512"),
    ("DE", "Rechnung Nr. 2025 10 4711"),
    ("US", "RMA number: 88213047"),
    ("US", "[Ticket#1023694]"),
    ("DE", "Mit freundlichen Grüßen\nNora\n{#HS:5748960348-8099#}\n"),  # Help Scout's thread token
    ("US", "2000 mAh, 1 200 W, 45 W"),
    ("US", "firmware 1.3.0 on macOS 12"),
    ("DE", "Kundennummer 4711 0815 22"),
    ("IT", "Fattura n. 2025/0001234"),
    ("US", "IL 60007-1234 Once received we refund"),
    ("US", "one two three, here we go"),
    # date ranges, holiday hours
    ("DE", "Zwischen den Jahren (27.-30.12.) sind wir mit kleiner Besetzung da."),
    ("DE", "Betriebsferien 23.–31.12.2024, danach sind wir wieder da."),
    ("FR", "Fermeture du 24-26/12, réouverture le 27."),
    ("JP", "注文番号123456789について"),
    # hundreds that count things
    ("GB", "We pack two hundred, three hundred or five hundred screws per box, nine hundred in total."),
    # EU legislation, device identifiers and manufacturer part numbers
    ("DE", "Medizinprodukt der Klasse IIa nach MDR (EU) 2017/745, UDI-DI 04061234000877."),
    ("SE", "en medicinteknisk produkt enligt MDR (EU) 2017/745 och förordning (EU) 2017/746"),
    ("FR", "conforme au règlement (UE) 2023/988 sur la sécurité des produits"),
    ("DE", "auf dem Karton steht die Herstellernummer 0 986 494 527, im Angebot KW-BB-31225"),
    ("GB", "The manufacturer part number 0 986 494 527 is printed on the box."),
    # receipt numbers and VAT numbers
    ("SE", "kvitto 2026-3341 bifogat, momsreg.nr SE556677889901, summa 899 kr"),
    ("GB", "Receipt 2026-334155 attached, VAT no. GB123456789."),
    ("DE", "Quittung Nr. 2026-334155 anbei."),
    ("FR", "Lot 01 02 2026, réf. 4711."),
]


def _found(region: str, text: str) -> list[str]:
    return [hit.raw for hit in phones.find_numbers(fold(text), region, text)]


@pytest.mark.parametrize(("region", "text"), PHONES)
def test_phone_numbers_are_found(region: str, text: str) -> None:
    assert _found(region, text)


@pytest.mark.parametrize(("region", "text"), SPACED_OR_SPELLED)
def test_spaced_and_spelled_numbers_are_found(region: str, text: str) -> None:
    assert _found(region, text)


@pytest.mark.parametrize(("region", "text"), NOT_PHONES)
def test_other_numbers_are_not_phones(region: str, text: str) -> None:
    assert _found(region, text) == []


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("zéro six, douze, trente-quatre, cinquante-six", "06123456"),
        ("null eins sieben eins, dreiundzwanzig, zwölf", "01712312"),
        ("double five, triple seven, nine nine", "557779 9".replace(" ", "")),
        ("ventitré, trentuno, quarantotto, novantanove", "23314899"),
        ("nul zes, eenentwintig, tweeëndertig, negenenveertig", "06213249"),
        ("noll sju, trettiotvå, femtioett, nittionio", "07325199"),
        ("zero nove, vinte e um, trinta e dois, quarenta", "09213240"),
        ("zero sześć, dwadzieścia jeden, trzydzieści dwa, czterdzieści", "06213240"),
    ],
)
def test_spelled_runs_read_pairs_and_compounds(text: str, digits: str) -> None:
    assert [d for *_, d in numbers.spelled_runs(text)] == [digits]


def test_mask_keeps_length_and_phones() -> None:
    text = "Order 113-1580940-4643731, call 030 1234567"
    masked = numbers.mask(text)
    assert len(masked) == len(text)
    assert "113" not in masked
    assert masked.endswith("030 1234567")


def _doc(body: str, to: str = "abc123@marketplace.amazon.de", html: str = "") -> bytes:
    head = f"From: Shop <care@shop.example>\r\nTo: {to}\r\nSubject: Re: Your question\r\n"
    if not html:
        return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()
    return (head + "Content-Type: text/html; charset=utf-8\r\n\r\n" + html).encode()


def test_region_comes_from_the_relay_tld() -> None:
    doc = normalise(parse_message(_doc("x", to="q@marketplace.amazon.co.jp"), DEFAULT_LIMITS))
    assert phones.marketplace_region(doc) == "JP"


def test_tel_link_is_reported_once_with_its_rule() -> None:
    raw = _doc("", html='<p>Questions? <a href="tel:+4930123456">Call our hotline</a></p>')
    findings = phones.detect(normalise(parse_message(raw, DEFAULT_LIMITS)), Context())
    assert [f.rule for f in findings] == ["contact_phone.tel_link"]
    assert findings[0].excerpt == "tel:+4930123456"


def test_same_number_in_text_and_html_parts_is_reported_once() -> None:
    raw = (
        b"From: a@shop.example\r\nTo: q@marketplace.amazon.co.uk\r\nSubject: Re: hi\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nRing me on 020 7946 0321.\r\n"
        b"--b\r\nContent-Type: text/html\r\n\r\n<p>Ring me on 020 7946 0321.</p>\r\n--b--\r\n"
    )
    findings = phones.detect(normalise(parse_message(raw, DEFAULT_LIMITS)), Context())
    assert len(findings) == 1
    assert "7946" in findings[0].reason


def test_whole_message_with_signature_phone_is_rejected() -> None:
    body = (
        "Hallo Frau Weber,\n\nder Ersatzfilter ist unterwegs, Sendungsnummer 0034 0434 1610 9411 "
        "8207, Zustellung am 14.03.2025 zwischen 10:00 und 14:00 Uhr.\n\nViele Grüße\nJonas\n"
        "Tel. +49 89 12345678\n"
    )
    judgement = Checker().judge(_doc(body))
    phone = [f for f in judgement.findings if f.category is Category.CONTACT_PHONE]
    assert judgement.verdict is Verdict.REJECT
    assert [f.excerpt for f in phone] == ["+49 89 12345678"]
    assert phone[0].where == "text"


def test_digits_inside_a_written_url_are_the_links_not_a_phone() -> None:
    body = (
        "Fristen: https://www.amazon.de/gp/help/customer/display.html?nodeId=201819200 und "
        "www.amazon.de/gp/help/customer/display.html?nodeId=202108660.\nOder rufen Sie 030 23125 123 an."
    )
    findings = phones.detect(normalise(parse_message(_doc(body), DEFAULT_LIMITS)), Context())
    assert [f.excerpt for f in findings] == ["030 23125 123"]


def test_whole_message_with_only_shipping_numbers_has_no_phone() -> None:
    body = (
        "Hello Sam,\n\nyour replacement left today with FedEx, tracking 7712 3456 7890, and "
        "should arrive on 2025-03-14 between 9am and 5pm. We refunded $12.99 for order "
        "113-1580940-4643731 (RMA 7720-4415, invoice INV-2025-004512).\n\nBest,\nDana\n"
    )
    judgement = Checker().judge(_doc(body, to="abc@marketplace.amazon.com"))
    assert not [f for f in judgement.findings if f.category is Category.CONTACT_PHONE]


# A number that ends a signature line after a separator ("Shop | 0xxxx xxxxxx") is the
# sender's phone even in a range phonenumbers does not know (reserved or new); tax ids in
# digit groups ("USt-IdNr. lautet DE 123 456 789") and table cells are not phones.
SIGNATURE_LINES = [
    ("GB", "Best,\nTom\nOak Studio | 07700 900412"),
    ("GB", "Kind regards\nAnna · Sales · 07700 900881"),
    ("GB", "Cheers,\nSam • The Loft • 07700 900 123"),
    ("GB", "Jo | Customer care | +44 7700 900456"),
    ("DE", "Grüße\nKlingenwerk | 0151 2345 6789"),
    ("DE", "Dirk Hoppe · Werkstatt · 030 12345678"),
    ("FR", "Hugo | Atelier Lumen | 06 12 34 56 78"),
    ("FR", "Cordialement\nLéa · 01 23 45 67 89"),
    ("IT", "Giulia | Torrefazione | 0471 123456"),
    ("IT", "Saluti\nMarco • 02 1234 5678"),
    ("ES", "Álvaro | Juguetes | +34 612 345 678"),
    ("NL", "Groeten\nPiet | Fietsen | 020 123 4567"),
    ("SE", "Hälsningar\nElin | Fjäll | 08 123 456 78"),
    ("GB", "Thanks!\nMia | Swim | 020 7946 0991"),
    ("GB", "Alistair · Penrose Tea · 0117 496 0123"),
    # a dash between the e-mail address and the number; a French mobile read from a .com.be relay
    ("BE", "Le service client\ncontact@lumen.example – 06 39 98 41 27"),
    ("DE", "Kundenservice Klingenwerk - 0151 2345 6789"),
    ("GB", "Oak Studio — 07700 900412"),
]
NOT_SIGNATURE_PHONES = [
    ("DE", "Unsere USt-IdNr. lautet\nDE 298 765 432, Steuernummer 201/123/45678."),
    ("DE", "USt-IdNr.: DE 123 456 789"),
    ("DE", "Umsatzsteuer-ID DE 811 907 980"),
    ("FR", "N° TVA : FR 40 303 265 045"),
    ("IT", "Partita IVA IT 01234 567 890"),
    ("GB", "VAT: GB 123 4567 89"),
    ("AT", "UID-Nummer ATU 1234 5678"),
    ("GB", "Ref | 0012345678"),
    ("GB", "SKU | 01234567"),
    ("DE", "Artikel | 0012 345678 | 3 Stk"),
    ("GB", "Item | 000123456 | 2 pcs"),
    ("GB", "Invoice | 0099887766"),
    ("DE", "Rechnungsnummer | 0020251877"),
    ("NL", "Btw-nummer NL 8123 45678 B01"),
    ("GB", "Order | 0012 3456 789"),
    ("GB", "Invoice - 0099887766"),
    ("DE", "Rechnungsnummer – 0020251877"),
]


@pytest.mark.parametrize(("region", "text"), SIGNATURE_LINES)
def test_signature_line_numbers_are_phones(region: str, text: str) -> None:
    assert _found(region, text)


@pytest.mark.parametrize(("region", "text"), NOT_SIGNATURE_PHONES)
def test_tax_ids_and_table_cells_are_not_phones(region: str, text: str) -> None:
    assert _found(region, text) == []


def test_a_thread_token_hides_no_phone_inside_a_line() -> None:
    # only Help Scout's token on a line of its own is skipped; a number dressed as one in the
    # text is still a phone number
    assert list(phones.find_numbers("Ruf an: {#HS:0301234567-1#} danke", "DE"))
    assert list(phones.find_numbers("{#HS:030 1234567#}", "DE"))


def test_digits_inside_an_email_address_are_no_phone() -> None:
    body = (
        "Danke!\n\n---\nClaudia <7qk2+3e918273-645b-c0a1-2f3e-61829304a7b1@marketplace.amazon.de>, "
        "02.05.2025 10:12\nBitte rufen Sie 030 23125 123 an."
    )
    findings = phones.detect(normalise(parse_message(_doc(body), DEFAULT_LIMITS)), Context())
    assert [f.excerpt for f in findings] == ["030 23125 123"]


def test_a_phone_number_dressed_as_an_address_is_still_a_phone() -> None:
    """Only an address with letters in its local part hides its digits: a local part of digits
    alone is a phone number written before an "@" (a relay domain would let it pass as an address)."""
    body = "Hallo, schreiben Sie an +4917612345678@marketplace.amazon.de oder rufen Sie an."
    findings = phones.detect(normalise(parse_message(_doc(body), DEFAULT_LIMITS)), Context())
    assert findings, "a digits-only local part must stay a phone number"
