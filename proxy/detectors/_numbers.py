"""Numbers that are not phone numbers (ids, tracking, prices, dates…); digits spelled as words."""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator
from typing import Any

import re2

from proxy.amazon import ORDER_ID
from proxy.pipeline.fold import NUMBER_UNITS

MASK = "§"  # not a digit, letter or phone punctuation: it breaks a phone candidate apart

# ----------------------------------------------------------------------------- labels

# Words that name the number after them as something other than a phone number. Data, per
# language; matched case-insensitively on folded text. Tracking wording first (POLICY.md:
# a number the text calls a tracking number is not a phone number, whatever its shape).
_TRACKING_LABELS = (
    # en
    r"tracking(?:\s*(?:number|no\.?|nr\.?|#|id|code|ref(?:erence)?))?",
    r"track\s*(?:&|and)\s*trace",
    r"(?:air\s*)?waybill(?:\s*(?:number|no\.?))?",
    r"awb",
    r"consignment(?:\s*(?:number|no\.?))?",
    r"parcel\s*(?:number|no\.?|id)",
    r"shipment\s*(?:number|no\.?|id)",
    r"barcode",
    r"label\s*(?:number|no\.?)",
    r"delivery\s*(?:number|no\.?|reference)",
    # de
    r"sendungs(?:verfolgungs)?(?:nummer|nr\.?|-?id|code)",
    r"paket(?:nummer|nr\.?|schein)",
    r"tracking-?(?:nummer|nr\.?|id|code)",
    r"trackingnummer",
    r"sendungsverfolgung",
    r"auftragsnummer",
    r"identcode",
    r"paketmarke",
    # fr
    r"num[ée]ro\s*(?:de\s*)?(?:suivi|colis|d'?\s*envoi|d'?\s*exp[ée]dition|de\s*tracking)",
    r"n[°o]\.?\s*(?:de\s*)?(?:suivi|colis|d'?\s*envoi)",
    r"suivi(?:\s*colis)?",
    r"lettre\s*de\s*voiture",
    # es
    r"n[úu]mero\s*de\s*(?:seguimiento|gu[íi]a|env[íi]o|rastreo|localizador)",
    r"n[.º°o]*\s*de\s*(?:seguimiento|gu[íi]a|env[íi]o)",
    r"gu[íi]a(?:\s*de\s*env[íi]o)?",
    r"c[óo]digo\s*de\s*(?:seguimiento|rastreo|env[íi]o)",
    r"seguimiento",
    r"rastreo",
    # it
    r"numero\s*di\s*(?:tracciamento|tracking|spedizione|lettera\s*di\s*vettura)",
    r"codice\s*di\s*(?:tracciamento|tracking|spedizione)",
    r"lettera\s*di\s*vettura",
    r"tracciamento",
    r"spedizione\s*n\.?",
    # nl, sv, pl
    r"track\s*&?\s*trace(?:-?code)?",
    r"zending(?:s)?(?:nummer|code)",
    r"barcode",
    r"kolli(?:-?id|nummer)",
    r"s[äa]ndnings(?:nummer|-?id)",
    r"sp[åa]rnings(?:nummer|id)",
    r"numer\s*(?:przesy[łl]ki|paczki|[śs]ledzenia|nadania)",
    # ja
    r"追跡番号",
    r"伝票番号",
    r"お問い?合わ?せ番号",
    r"問い?合わ?せ番号",
    r"送り状番号",
    r"配送番号",
    r"荷物番号",
    r"追跡",
)

_OTHER_LABELS = (
    # orders, invoices, returns, tickets, customers
    r"order(?:\s*(?:number|no\.?|id|#))?",
    r"bestell(?:nummer|nr\.?|ung)",
    r"commande",
    r"pedido",
    r"ordine",
    r"bestelling",
    r"best[äa]llning",
    r"zam[óo]wienie",
    r"注文番号",
    r"invoice(?:\s*(?:number|no\.?))?",
    r"rechnung(?:snummer|snr\.?)?",
    r"facture",
    r"factura",
    r"fattura",
    r"factuur(?:nummer|nr\.?)?",
    r"faktura(?:nummer|nr\.?)?",
    r"numer\s*faktury",
    r"fatura",
    r"請求書番号",
    # receipts: "receipt 2026-3341", "Quittung Nr. 4711", "reçu n° 88", "kvitto 2026-3341"
    r"receipt(?:\s*(?:number|no\.?|#))?",
    r"quittung(?:snummer|snr\.?)?",
    r"beleg(?:nummer|nr\.?)?",
    r"kassenbon",
    r"re[çc]u",
    r"ticket\s*de\s*caisse",
    r"recibo",
    r"ricevuta",
    r"scontrino",
    r"kwitantie",
    r"kassabon",
    r"paragon(?:u)?",
    r"rachun(?:ek|ku)",
    r"kvitto(?:nummer|nr\.?)?",
    r"nota\s*fiscal",
    r"領収書番号",
    r"レシート番号",
    r"rma(?:\s*(?:number|no\.?))?",
    r"return\s*(?:authori[sz]ation|number|reference|id)",
    r"retour(?:e|en)?(?:nummer|schein)?",
    r"reso",
    r"devoluci[óo]n",
    r"返品番号",
    r"ticket(?:\s*(?:number|no\.?))?",
    r"case\s*(?:number|no\.?|id)",
    r"fall(?:nummer)?",
    r"vorgang(?:snummer)?",
    r"dossier",
    r"expediente",
    r"pratica",
    r"ref(?:erence|erenz|\.)?(?:\s*(?:number|no\.?|nummer))?",
    r"r[ée]f[ée]rence",
    r"referencia",
    r"riferimento",
    r"aktenzeichen",
    r"customer\s*(?:number|no\.?|id)",
    r"kunden(?:nummer|nr\.?)",
    r"num[ée]ro\s*(?:de\s*)?client",
    r"account\s*(?:number|no\.?)",
    r"konto(?:nummer)?",
    r"membership",
    r"voucher",
    r"gutschein",
    r"coupon",
    r"code",
    # products
    r"asin",
    r"sku",
    r"ean",
    r"upc",
    r"gtin",
    r"isbn",
    r"jan(?:\s*code)?",
    r"mpn",
    r"item\s*(?:number|no\.?)",
    r"part\s*(?:number|no\.?)",
    r"article(?:\s*(?:number|no\.?))?",
    r"artikel(?:nummer|nr\.?)?",
    r"art\.?-?\s*nr\.?",
    r"r[ée]f\.",
    r"referenz",
    r"model(?:l|o|e)?",
    r"mod[èe]le",
    r"modello",
    r"typ(?:e)?",
    r"品番",
    r"型番",
    r"商品番号",
    r"serial(?:\s*(?:number|no\.?))?",
    r"s/?n",
    r"serien(?:nummer|nr\.?)",
    r"num[ée]ro\s*de\s*s[ée]rie",
    r"n[úu]mero\s*de\s*serie",
    r"numero\s*di\s*serie",
    r"matricola",
    r"製造番号",
    r"シリアル番号",
    r"batch",
    r"lot",
    r"charge(?:nnummer)?",
    r"imei",
    r"firmware",
    r"version",
    r"v\.",
    # tax, company, bank
    r"vat(?:\s*(?:number|no\.?|id|reg(?:istration)?))?",
    r"(?:n[°o]\.?\s*)?tva(?:\s*intracommunautaire)?",
    r"(?:partita\s*)?iva(?:\s*intracomunitaria)?",
    r"n[°o]\.?\s*(?:de\s*)?siret",
    r"ust\.?-?\s*id(?:nr|nummer)?\.?",
    r"steuer(?:nummer|-?nr\.?|-?id)",
    r"tva",
    r"siret",
    r"siren",
    r"rcs",
    r"nif",
    r"cif",
    r"nie",
    r"partita\s*iva",
    r"p\.?\s*iva",
    r"codice\s*fiscale",
    r"c\.?\s*f\.",
    r"rea",
    r"abn",
    r"acn",
    r"gst(?:in)?",
    r"pan",
    r"btw",
    r"kvk",
    r"hrb",
    r"hra",
    r"amtsgericht",
    r"registergericht",
    r"trn",
    r"cr",
    r"vergi\s*no",
    r"nip",
    r"regon",
    r"krs",
    r"org\.?\s*nr\.?",
    r"moms(?:reg(?:istrerings)?)?\.?\s*(?:nr|nummer)\.?",
    r"iban",
    r"bic",
    r"swift",
    r"sort\s*code",
    r"bsb",
    r"routing",
    # places
    r"postcode",
    r"post\s*code",
    r"zip(?:\s*code)?",
    r"plz",
    r"code\s*postal",
    r"c[óo]digo\s*postal",
    r"cap",
    r"c\.?p\.",
    r"postnummer",
    r"kod\s*pocztowy",
    r"〒",
    r"郵便番号",
    r"pin\s*code",
    # last: rarer labels (alternatives are tried in order wherever a label word starts)
    # a manufacturer's or OE part number ("Herstellernummer 0 986 494 527")
    r"(?:hersteller|teile|ersatzteil|oe|oem|vergleichs|katalog)-?(?:nummer|nr\.?)",
    r"(?:manufacturer(?:['’]s)?|mfr\.?|oem?)\s*(?:part\s*)?(?:number|no\.?|#)",
    r"r[ée]f[ée]rence\s*(?:fabricant|constructeur|oem?)",
    r"num[ée]ro\s*de\s*pi[èe]ce",
    r"n[úu]mero\s*de\s*pieza",
    r"referencia\s*(?:del\s*fabricante|oem?)",
    r"codice\s*(?:articolo|produttore|ricambio|prodotto)",
    r"numero\s*(?:di\s*parte|ricambio)",
    r"n[úu]mero\s*da\s*pe[çc]a",
    r"onderdeelnummer",
    r"fabrikantnummer",
    r"numer\s*(?:cz[ęe][śs]ci|katalogowy)",
    r"reservdelsnummer",
    r"tillverkar(?:ens)?\s*(?:artikel)?nummer",
    # medical-device and product identifiers
    r"udi[\s-]*(?:di|pi|code)",
    # EU legislation: "MDR (EU) 2017/745", "Verordnung (EU) Nr. 10/2011", "Richtlinie 93/42"
    r"(?:i?vdr|mdr|regulation|directive|verordnung|richtlinie|r[èe]glement|reglamento|directiva|regolamento|"
    r"direttiva|regulamento|diretiva|verordening|richtlijn|rozporz[ąa]dzeni[ae]|dyrektyw[aey]|"
    r"f[öo]rordning(?:en)?|direktiv(?:et)?)(?:\s*\((?:eu|eg|ec|ue|ce|ewg|eec|cee|ek)\))?",
)


# Boundaries that work in Japanese too (kanji and kana are \w, so \b fails between them and digits).
_B = r"(?<![A-Za-z0-9À-ÿ])"
_E = r"(?![A-Za-z0-9À-ÿ])"
_AB = r"(?<![A-Za-z0-9])"
_AE = r"(?![A-Za-z0-9])"
# The number after a label: letters and digits, groups joined by single spaces, dashes, slashes.
_NUM = r"#?(?:[A-Za-z]{1,4} ?)?\d[\dA-Za-z]*(?:(?: ?[-/.] ?| )[\dA-Za-z]*\d[\dA-Za-z]*)*"
_LIST = r"(?:\s*(?:,|;|/|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\boch\b|、)\s*" + _NUM + r")*"
# Tracking labels and carrier names may stand a few words before their number.
_LOOSE_GAP = r"(?P<gap>[^\d\n.!?。]{0,30}?)"
# Other labels only take filler in between: "Invoice no.: 4711", "VAT number is 123",
# "USt-IdNr. lautet DE 123 456 789", a table cell "SKU | 4711", a dash "Invoice – 4711".
_TIGHT_GAP = (
    r"(?P<gap>(?:[\s:：#=\-–—()|]|\b(?:no|nr|n°|n|number|nummer|num[ée]ro|n[úu]mero|numero|id|is|ist|"
    r"est|es|è|code|ref|lautet|lauten|reads|är|jest|wynosi|luidt)"
    r"\b\.?|は)*)"
)


_UNANCHORED = re2._re2.RE2.Anchor.UNANCHORED


class Encoded:
    """``text`` as UTF-8 for RE2, with byte offsets mapped back to ``str`` offsets.

    The ``re2`` wrapper re-encodes the text and builds Python match objects for every match
    (~8 µs each); several gates scan the same text, thousands of times in number-heavy mail."""

    __slots__ = ("_digits", "_extra", "_last", "_starts", "ascii", "data", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.ascii = text.isascii()
        self.data = text.encode("ascii" if self.ascii else "utf-8")
        # A few multi-byte characters (€, accents): the byte offset just after each one and the
        # extra bytes up to there, for bisection. Many (CJK): count characters from the last
        # offset asked (offsets come in order within one gate).
        self._starts: list[int] | None = None  # built on the first offset asked
        self._extra: list[int] = [0]
        self._last = (0, 0)
        self._digits: bool | None = None

    def _table(self) -> list[int] | None:
        if self._starts is None and len(self.data) - len(self.text) <= _TABLE_MAX:
            # One lead byte per non-ASCII character (its value gives the character's length),
            # found by the few distinct lead bytes a text has (a regex scans 10x slower).
            data = self.data
            leads = sorted(
                at
                for lead in set(data.translate(None, _BELOW_LEADS))
                for at in _find_all(data, bytes((lead,)))
            )
            starts: list[int] = []
            extras = self._extra
            extra = 0
            for at in leads:
                size = _UTF8_SIZE[data[at] >> 4]
                extra += size - 1
                starts.append(at + size)
                extras.append(extra)
            self._starts = starts
        return self._starts

    def char_offset(self, byte: int) -> int:
        if self.ascii:
            return byte
        starts = self._table()
        if starts is not None:
            return byte - self._extra[bisect_right(starts, byte)]
        last_byte, last_char = self._last if byte >= self._last[0] else (0, 0)
        char: int = last_char + re2._re2.BytesToCharLen(self.data, last_byte, byte)
        self._last = (byte, char)
        return char

    def char_offsets(self, offsets: list[int]) -> list[int]:
        """``char_offset`` of each of ``offsets``."""
        if self.ascii:
            return offsets
        starts = self._table()
        if starts is None:
            offset = self.char_offset
            return [offset(b) for b in offsets]
        extra = self._extra
        return [b - extra[bisect_right(starts, b)] for b in offsets]

    def unicode_digits(self) -> bool:
        """Whether the text has decimal digits other than ASCII ones (RE2's ``\\d`` is ASCII)."""
        if self._digits is None:
            # The non-ASCII characters alone, searched by Python (its \d is Unicode).
            rest = b"" if self.ascii else self.data.translate(None, _ASCII_BYTES)
            self._digits = _DIGIT.search(rest.decode("utf-8")) is not None
        return self._digits


def _find_all(data: bytes, byte: bytes) -> Iterator[int]:
    at = data.find(byte)
    while at >= 0:
        yield at
        at = data.find(byte, at + 1)


_BELOW_LEADS = bytes(range(0xC0))  # ASCII and continuation bytes
_UTF8_SIZE = b"\1\1\1\1\1\1\1\1\1\1\1\1\2\2\3\4"  # by the high nibble of a lead byte
_ASCII_BYTES = bytes(range(128))
_DIGIT = re.compile(r"\d")
_TABLE_MAX = 2048


def _byte_spans(gate: Any, data: bytes, first_only: bool = False) -> list[tuple[int, int]]:
    """Byte spans of ``gate``'s successive non-overlapping matches in ``data`` (as finditer)."""
    match, pos, end = gate._regexp.Match, 0, len(data)
    if first_only:
        span = match(_UNANCHORED, data, pos, end)[0]
        return [span] if span[0] >= 0 else []
    out: list[tuple[int, int]] = []
    append = out.append
    while True:
        span = match(_UNANCHORED, data, pos, end)[0]
        stop = span[1]
        if stop < 0:  # no match: (-1, -1)
            break
        append(span)
        if stop == pos:  # an empty match: step one character on (never for the gates here)
            if pos == end:
                break
            stop = pos + re2._re2.CharLenToBytes(data, pos, 1)
        pos = stop
    return out


def gate_spans(gate: Any, enc: Encoded, first_only: bool = False) -> list[tuple[int, int]]:
    """(start, end) in ``str`` characters of ``gate``'s successive non-overlapping matches: what
    ``gate.finditer(enc.text)`` yields, without the wrapper's per-match cost."""
    spans = _byte_spans(gate, enc.data, first_only)
    if enc.ascii:
        return spans
    offsets = enc.char_offsets([offset for span in spans for offset in span])
    return list(zip(offsets[::2], offsets[1::2], strict=True))


def found(gate: Any, enc: Encoded) -> bool:
    """Whether ``gate`` matches anywhere in the text."""
    return bool(_byte_spans(gate, enc.data, first_only=True))


def gate_starts(gate: Any, enc: Encoded) -> list[int]:
    """The start offsets of ``gate_spans`` (only those are mapped to characters)."""
    return enc.char_offsets([a for a, _ in _byte_spans(gate, enc.data)])


class _Rule:
    """A Python regex behind an RE2 gate: RE2 finds where it may match in linear time, the
    Python regex (with look-arounds) confirms at those positions only. Python alternations of
    many words cost ~50× more when scanned over every position."""

    def __init__(self, before: str, body: str, after: str = "", fold_case: bool = True) -> None:
        self.exact = re.compile(before + body + after, re.I if fold_case else 0)
        self.gate = re2.compile(("(?i)" if fold_case else "") + body)


def _label_re(labels: tuple[str, ...], gap: str, lists: bool) -> _Rule:
    body = r"(?:" + "|".join(labels) + r")"
    return _Rule(_B, body, _E + gap + r"(?P<num>" + _NUM + r")" + (_LIST if lists else ""))


# A phone cue inside the gap means the label was not about this number ("order help: call …").
_GAP_PHONE = re.compile(r"tel|phone|call|ring|anruf|appel|llam|chiam|whats|電話", re.I)

# Carriers: a number shortly after a carrier name is its tracking number.
_CARRIERS = (
    r"ups",
    r"usps",
    r"fedex",
    r"dhl(?:\s*(?:express|paket|parcel|ecommerce))?",
    r"dpd",
    r"gls",
    r"hermes",
    r"evri",
    r"royal\s*mail",
    r"parcelforce",
    r"yodel",
    r"canada\s*post",
    r"postes\s*canada",
    r"purolator",
    r"an\s*post",
    r"startrack",
    r"australia\s*post",
    r"auspost",
    r"ninja\s*van",
    r"delhivery",
    r"blue\s*dart",
    r"colissimo",
    r"chronopost",
    r"la\s*poste",
    r"mondial\s*relay",
    r"seur",
    r"correos(?:\s*express)?",
    r"mrw",
    r"nacex",
    r"estafeta",
    r"redpack",
    r"brt",
    r"bartolini",
    r"poste\s*(?:italiane|delivery)",
    r"sda",
    r"yamato",
    r"sagawa",
    r"japan\s*post",
    r"yu-?pack",
    r"postnl",
    r"bpost",
    r"inpost",
    r"postnord",
    r"bring",
    r"the\s*courier\s*guy",
    r"aramex",
    r"smsa",
    r"naqel",
    r"correios",
    r"jadlog",
    r"singpost",
    r"qxpress",
    r"j&t",
    r"tnt",
    r"fastway",
    r"emirates\s*post",
    r"poczta\s*polska",
    r"budbee",
    r"instabox",
    r"sendle",
    r"couriers\s*please",
    r"ヤマト(?:運輸)?",
    r"佐川(?:急便)?",
    r"日本郵便",
    r"ゆうパック",
    r"クロネコ",
)
_LABELLED = (
    _label_re(_TRACKING_LABELS, _LOOSE_GAP, True),
    _label_re(_CARRIERS, _LOOSE_GAP, True),
    _label_re(_OTHER_LABELS, _TIGHT_GAP, False),
)

# ----------------------------------------------------------------------------- shapes

_CURRENCY = r"usd|eur|gbp|aud|cad|aed|sgd|inr|mxn|jpy|brl|sek|pln|zar|egp|try|sar|chf|kr|zł"
_DM = r"(?:0?[1-9]|[12]\d|3[01])"  # a day or month
_PRICE_BEFORE = r"(?:[$€£¥₹₺₽]|r\$|mx\$|a\$|c\$|s\$|us\$|\b(?:" + _CURRENCY + r"|rs\.?))\s?\d[\d.,' ]*"
_PRICE_AFTER = (
    r"\d[\d.,']*(?: \d{3})*\s?(?:[$€£¥₹₺₽円]|(?:"
    + _CURRENCY
    + r"|euros?|dollars?|pounds?|yen|rupees?|pesos?|dirhams?|rand)\b)"
)
_DATE = r"(?:" + _DM + r"[./\-]" + _DM + r"[./\-](?:\d{4}|\d{2})|\d{4}[./\-]" + _DM + r"[./\-]" + _DM + r")"
_CLOCK = r"\d{1,2}(?:[:h]\d{2}|\s?(?:am|pm|uhr|h)\b|時)"
_UNIT_WORDS = (
    r"mm|cm|m|km|kg|g|mg|ml|l|w|kw|v|a|ah|mah|hz|gb|tb|mb|°c|°f|%|in|ft|lbs?|oz|"
    r"pcs|stk|st"
)
# (look-behind, body, look-ahead[, fold case])
_SHAPES = tuple(
    _Rule(*parts)
    for parts in (
        # UPU S10 (Royal Mail, La Poste, An Post …): two letters, 9 digits, two letters
        (_AB, r"[A-Z]{2} ?\d{3} ?\d{3} ?\d{3} ?[A-Z]{2}", _AE),
        # UPS 1Z…, also grouped
        (_AB, r"1Z(?: ?[0-9A-Z]){16}", _AE),
        # letters joined to digits: ids, model and invoice numbers (INV-2025-0042, SP-200, DE123…)
        (r"(?<![A-Za-z0-9+])", r"[A-Za-z]{1,12}(?:[-_/#]|\s?#)?\d\w*(?:[-_/.]\w+)*", ""),
        (r"(?<![A-Za-z0-9+])", r"\d+[A-Za-z]\w*(?:[-_/.]\w+)*", ""),
        # "#" or "No." before a number: ticket and reference numbers
        ("", r"(?:#|\bno\.|\bnr\.|n[°º]\.?)\s?\d[\d\-/]*", ""),
        # Help Scout's thread token on a line of its own at the foot of its mail
        # ({#HS:1234567890-1234#}); anywhere else the digits are read as usual
        (r"(?<![^\n])", r"\{#HS:\d{6,12}-\d{1,6}#\}", r"(?![^\n])", False),
        # prices: a currency before or after the amount
        ("", _PRICE_BEFORE, ""),
        ("", _PRICE_AFTER, ""),
        # dates: 14.02.2025, 2025-02-14, 14/02/25, 2025年2月14日
        (r"(?<![A-Za-z0-9./\-])", _DATE, r"(?![./\-]?\d)(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"),
        ("", r"\d{2,4}\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?", ""),
        # date ranges: 27.-30.12., 27.–30.12.2024, 27-30/12
        (
            r"(?<![A-Za-z0-9./\-])",
            _DM + r"\.?\s?[-–]\s?" + _DM + r"[./]" + _DM + r"(?:[./](?:\d{4}|\d{2})?)?",
            r"(?![./\-]?\d)",
        ),
        # times and time ranges: 9:00-17:00, 10h30, 10時〜18時, 9am - 5pm
        (_AB, _CLOCK + r"(?:\s?(?:-|–|—|〜|~|to|bis|à|a|al)\s?" + _CLOCK + r"?)?", ""),
        # postcodes with a letter part: UK, Canada, Netherlands; JP 〒123-4567
        (_AB, r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}", _AE, False),
        (_AB, r"[A-Z]\d[A-Z] ?\d[A-Z]\d", _AE, False),
        ("", r"〒\s?\d{3}-?\d{4}", ""),
        # US state and ZIP(+4): "IL 60007-1234"
        (_AB, r"[A-Z]{2},? \d{5}(?:-\d{4})?", _AE, False),
        # quantities with units: 45 W, 100 Ah, 2 x 500 ml
        (_AB, r"\d+(?:[.,]\d+)?\s?(?:x\s?\d+\s?)?(?:" + _UNIT_WORDS + r")", _AE),
        # EU VAT ids, also in digit groups: "DE 298 765 432", "ATU 1234 5678", "FR 12 345678901"
        (
            _AB,
            r"(?:AT ?U|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|"
            r"SI|SK|GB|XI|CHE)[ -]?\d{2,4}(?:[ .]?\d{2,4}){1,4}(?:B\d{2})?",
            _AE,
            False,
        ),
        # a barcode printed in its digit groups (UPC-A "0 75992 73132 6", EAN-13 "4 006381 333931")
        # and a precious-metal fineness ("925/000 Sterlingsilber", "750/1000")
        (
            _AB,
            r"(?:\d \d{5} \d{5} \d|\d \d{6} \d{6}"
            r"|(?:333|375|417|500|585|625|750|800|830|835|900|916|925|935|950|958|999)\s?/\s?1?000)",
            _AE,
        ),
        # version numbers: 1.3.0
        (r"(?<![A-Za-z0-9.])", r"\d{1,2}(?:\.\d{1,3}){2,3}", r"(?![.\d])" + _AE),
    )
)
# More than 15 digits in one group run cannot be a telephone number (E.164 has at most 15):
# USPS, DHL Paket, PostNL and most other long tracking numbers.
_LONG_RUN = re.compile(r"\d(?:[ \-]?\d){15,}")


# RE2 finds the same matches as these two Python patterns, ~10x faster, when every digit is
# ASCII (RE2's \d): long runs have no look-around; order ids cannot overlap or hide one another
# (each look-behind refuses a digit, "-" or letter before it), so confirming at the gate's
# matches finds them all.
_LONG_RUN_GATE = re2.compile(_LONG_RUN.pattern)
_ORDER_GATE = re2.compile(r"(?:\d{3}|[DP]\d{2})-\d{7}-\d{7}")

_Spans = list[tuple[int, int]]


def _order_ids(text: str, enc: Encoded) -> _Spans:
    if enc.unicode_digits():
        return [m.span() for m in ORDER_ID.finditer(text)]
    return [m.span() for m in _confirm(ORDER_ID, text, gate_starts(_ORDER_GATE, enc)) if m is not None]


def _long_runs(text: str, enc: Encoded) -> _Spans:
    if enc.unicode_digits():
        return [m.span() for m in _LONG_RUN.finditer(text)]
    return gate_spans(_LONG_RUN_GATE, enc)


def _labelled(rx: _Rule) -> Callable[[str, Encoded], _Spans]:
    def spans(text: str, enc: Encoded) -> _Spans:
        phone = _GAP_PHONE.search
        return [
            (m.start("num"), m.end())
            for m in _confirm(rx.exact, text, gate_starts(rx.gate, enc))
            if m is not None and not phone(m.group("gap"))
        ]

    return spans


def _shape(rx: _Rule) -> Callable[[str, Encoded], _Spans]:
    def spans(text: str, enc: Encoded) -> _Spans:
        return [m.span() for m in _confirm(rx.exact, text, gate_starts(rx.gate, enc)) if m is not None]

    return spans


def _confirm(exact: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str] | None]:
    """``exact.match(text, start)`` for each start (no Python loop of ours in between)."""
    return map(exact.match, itertools.repeat(text), starts)


class _Source:
    """One kind of number: its spans in a text, and the RE2 gate without a match of which it
    has none (``unicode``: unless the text has non-ASCII digits, then read by Python)."""

    __slots__ = ("gate", "spans", "unicode")

    def __init__(self, spans: Callable[[str, Encoded], _Spans], gate: Any, unicode: bool = False) -> None:
        self.spans = spans
        self.gate = _GATES.index(gate)
        self.unicode = unicode


_GATES = (_ORDER_GATE, _LONG_RUN_GATE, *(rx.gate for rx in _SHAPES), *(rx.gate for rx in _LABELLED))
_S = _SHAPES
# The mask is the union of all these spans (order does not matter). A caller who only needs to
# know that no phone-shaped digit run is left takes them one kind at a time and can often stop
# early: so the most common numbers of number-heavy mail come first (long runs: every order id
# and most tracking numbers, found by RE2 alone; dates, prices, ids joined to letters; order ids
# themselves, which the long runs already broke up), label words (costly to confirm: every label
# of every language) late.
_SOURCES = (
    _Source(_long_runs, _LONG_RUN_GATE, unicode=True),
    *(_Source(_shape(rx), rx.gate) for rx in (_S[7], _S[5], _S[6], _S[2], _S[3])),
    _Source(_order_ids, _ORDER_GATE, unicode=True),
    *(_Source(_shape(rx), rx.gate) for rx in (_S[1], _S[0], _S[4], _S[8], _S[9])),
    _Source(_labelled(_LABELLED[0]), _LABELLED[0].gate),
    _Source(_labelled(_LABELLED[1]), _LABELLED[1].gate),
    *(_Source(_shape(rx), rx.gate) for rx in _S[10:]),
    _Source(_labelled(_LABELLED[2]), _LABELLED[2].gate),
)


def _gate_set() -> Any:
    # Which gates match anywhere, in one scan (for the numbers still to find when the whole
    # mask is needed: most kinds are absent from most text). The DFA of a set does not give up
    # on slow text in the RE2 of google-re2 1.1.20251105 (it empties its cache and goes on;
    # checked with a 600 KB budget), older ones may; a failed match returns no index at all,
    # which is never taken for "no gate matches". A set whose memory cannot hold a state fails
    # on every text: the probe at import keeps it out.
    gates = re2._re2.Set(_UNANCHORED, re2._re2.RE2.Options())
    for i, gate in enumerate(_GATES):
        if gates.Add(gate.pattern.encode()) != i:
            return None
    probe = b"Order 114-1234567-1234567 of 14.02.2025, tracking 1Z 999 AA1 0123 4567 84"
    expected = {i for i, gate in enumerate(_GATES) if _byte_spans(gate, probe, first_only=True)}
    if gates.Compile() and set(gates.Match(probe)) == expected:
        return gates
    return None


_GATE_SET = _gate_set()
_SET_WORTH = 4  # kinds still to find for which one set scan is cheaper than a scan of each


class Masker:
    """The numbers of ``text`` that are not telephone numbers: their spans one kind at a time
    (``step``), and ``text`` with all of them overwritten (``view``)."""

    __slots__ = ("_enc", "_next", "_view", "spans", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: _Spans = []  # all found so far
        self._enc: Encoded | None = None
        self._next = 0
        self._view: str | None = None

    def step(self) -> _Spans | None:
        """The spans of the next kind of number present in the text; None once all are found."""
        return self._step(None)

    def view(self) -> str:
        """``text`` with every number that is not a telephone number overwritten (same length)."""
        if self._view is None:
            if len(_SOURCES) - self._next >= _SET_WORTH and _GATE_SET is not None:
                # No index at all is also what a failed match returns: then scan each kind.
                live = frozenset(_GATE_SET.Match(self.encoded().data))
                while live and self._step(live) is not None:
                    pass
            while self._step(None) is not None:
                pass
            self._view = _overwrite(self.text, self.spans)
        return self._view

    def encoded(self) -> Encoded:
        """The text as RE2 reads it (shared with the caller's own gates)."""
        if self._enc is None:
            self._enc = Encoded(self.text)
        return self._enc

    def _step(self, live: frozenset[int] | None) -> _Spans | None:
        enc = self.encoded()
        while self._next < len(_SOURCES):
            source = _SOURCES[self._next]
            self._next += 1
            if live is not None and source.gate not in live and not (source.unicode and enc.unicode_digits()):
                continue  # its gate matches nowhere: no spans
            spans = source.spans(self.text, enc)
            if spans:
                self.spans += spans
                return spans
        return None


def mask(text: str) -> str:
    """``text`` with every number that is not a telephone number overwritten (same length)."""
    return Masker(text).view()


_NOT_SPACE = re.compile(r"\S")


def _overwrite(text: str, spans: _Spans) -> str:
    # Every character inside a span is masked but whitespace (it separates the numbers around
    # it): overlapping spans are merged first, so each stretch of text is written once.
    if not spans:
        return text
    spans = sorted(spans)
    pieces: list[str] = []
    done = 0  # text[:done] is in pieces
    start, end = spans[0]
    for a, b in itertools.islice(spans, 1, None):
        if a <= end:
            if b > end:
                end = b
            continue
        if end > start:
            done = _mask_piece(pieces, text, done, start, end)
        start, end = a, b
    if end > start:
        done = _mask_piece(pieces, text, done, start, end)
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _mask_piece(pieces: list[str], text: str, done: int, start: int, end: int) -> int:
    pieces.append(text[done:start])
    chunk = text[start:end]
    whole = chunk.split() == [chunk]
    pieces.append(MASK * len(chunk) if whole else _NOT_SPACE.sub(MASK, chunk))
    return end


# ----------------------------------------------------------------------------- spelled digits


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower().replace("ß", "ss"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_UNITS = {lang: _plain(words) for lang, words in NUMBER_UNITS.items()}
_TEENS = {
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
    "de": "zehn elf zwolf dreizehn vierzehn funfzehn sechzehn siebzehn achtzehn neunzehn",
    "fr": "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf",
    "es": "diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve",
    "it": "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove",
    "nl": "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien",
    "pl": "dziesiec jedenascie dwanascie trzynascie czternascie pietnascie szesnascie siedemnascie"
    " osiemnascie dziewietnascie",
    "sv": "tio elva tolv tretton fjorton femton sexton sjutton arton nitton",
    "pt": "dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove",
}
_TENS = {
    "en": "twenty thirty forty fifty sixty seventy eighty ninety",
    "de": "zwanzig dreissig vierzig funfzig sechzig siebzig achtzig neunzig",
    "fr": "vingt trente quarante cinquante soixante septante quatre-vingt nonante",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
    "nl": "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
    "pl": "dwadziescia trzydziesci czterdziesci piecdziesiat szescdziesiat siedemdziesiat"
    " osiemdziesiat dziewiecdziesiat",
    "sv": "tjugo trettio fyrtio femtio sextio sjuttio attio nittio",
    "pt": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
}


def _number_names() -> dict[str, int]:
    """Every way of saying 0-99 in en/de/fr/es/it/nl/pl/sv/pt, accent-free, words joined by single
    spaces."""
    names: dict[str, int] = {"oh": 0, "zwo": 2, "ein": 1, "huitante": 80, "octante": 80}
    names |= {"quatorze": 14, "dezasseis": 16, "dezassete": 17, "dezanove": 19}  # pt-PT
    for lang in _UNITS:
        units = _UNITS[lang].split()
        names.update({w: i for i, w in enumerate(units)})
        names.update({w.replace("-", " "): 10 + i for i, w in enumerate(_TEENS[lang].split())})
        for t, ten in enumerate(_TENS[lang].split(), start=2):
            ten = ten.replace("-", " ")
            names[ten] = t * 10
            for u in range(1, 10):
                for name in _compounds(lang, ten, units[u], u):
                    names[name] = t * 10 + u
    # French 70-79 and 90-99 count on from 60 and 80 with a teen.
    for base, ten in ((60, "soixante"), (80, "quatre vingt")):
        for i, teen in enumerate(_TEENS["fr"].split()):
            teen = teen.replace("-", " ")
            names[f"{ten} {teen}"] = base + 10 + i
            names[f"{ten} et {teen}"] = base + 10 + i
    names["quatre vingts"] = 80
    veinti = ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
    for i, word in enumerate((f"veinti{u}" for u in veinti), start=21):
        names[word] = i
    # Whole hundreds, read as three digits ("nine hundred" → 900): UK numbers are said that way.
    for hundreds in _HUNDREDS.values():
        names.update({word.replace("-", " "): 100 * h for h, word in enumerate(hundreds.split(), start=2)})
    units = _UNITS["en"].split()
    names.update({f"{units[u]} hundred": 100 * u for u in range(1, 10)})
    german = _UNITS["de"].split()
    names.update({f"{'ein' if u == 1 else german[u]}hundert": 100 * u for u in range(1, 10)})
    return names


# 200-900 as written in the other languages (single words, and the French "deux cents").
_HUNDREDS = {
    "fr": "deux-cents trois-cents quatre-cents cinq-cents six-cents sept-cents huit-cents neuf-cents",
    "es": "doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos",
    "it": "duecento trecento quattrocento cinquecento seicento settecento ottocento novecento",
    "pt": "duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos",
    "nl": "tweehonderd driehonderd vierhonderd vijfhonderd zeshonderd zevenhonderd achthonderd negenhonderd",
    "sv": "tvahundra trehundra fyrahundra femhundra sexhundra sjuhundra attahundra niohundra",
    "pl": "dwiescie trzysta czterysta piecset szescset siedemset osiemset dziewiecset",
}


def _compounds(lang: str, ten: str, unit: str, u: int) -> list[str]:
    if lang == "en":
        return [f"{ten} {unit}"]
    if lang == "de":
        return [f"{'ein' if u == 1 else unit}und{ten}"]
    if lang == "fr":
        return [f"{ten} et {unit}", f"{ten} {unit}"]
    if lang == "es":
        return [f"{ten} y {unit}"]
    if lang == "nl":  # eenentwintig, tweeëntwintig (accents are stripped: tweeentwintig)
        return [f"{unit}en{ten}"]
    if lang == "pl":
        return [f"{ten} {unit}"]
    if lang == "sv":
        return [f"{ten}{unit}"]
    if lang == "pt":
        return [f"{ten} e {unit}"]
    stem = ten[:-1] if u in (1, 8) else ten  # it: ventuno, ventotto
    return [f"{stem}{unit}", f"{stem}{'tre' if u == 3 else unit}"]


_NAMES = _number_names()
_MAX_WORDS = max(len(k.split()) for k in _NAMES)
_WORD = re.compile(r"[^\W\d_]+|\d+")
_IN_PHRASE = re.compile(r"[\s\-]+")
_JOINER = re.compile(r"^[\s,\-–/.]*$")
_DOUBLE = {"double": 2, "triple": 3, "treble": 3, "doppio": 2, "doble": 2, "dubbel": 2, "doppel": 2}
_VOCAB = frozenset(w for name in _NAMES for w in name.split()) | _DOUBLE.keys()
_CLUSTER_GAP = 24


def _accent_tolerant(word: str) -> str:
    out = word.replace("ss", "(?:ss|ß)")
    marks = (("e", "[eéè]"), ("u", "[uüú]"), ("o", "[oöó]"), ("a", "[aá]"), ("i", "[ií]"))
    for plain, marked in marks:
        out = out.replace(plain, marked)
    return out


# The gate runs on every segment, so it is one RE2 alternation (a Python `re` one costs ~50×).
_GATE_BODY = r"\b(?:" + "|".join(_accent_tolerant(w) for w in sorted(_VOCAB, key=len, reverse=True)) + r")\b"


def _big_options() -> Any:
    # Number words of nine languages (compounds included) make a large alternation: the
    # default 8 MB leaves RE2's DFA out of memory (it falls back to the slow NFA and logs).
    opts = re2.Options()
    opts.max_mem = 32 << 20
    return opts


_GATE = re2.compile("(?i)" + _GATE_BODY, _big_options())
# Two number words at most a cluster gap apart: without one, no cluster (one RE2 scan instead
# of a Python step for every lone "two" or "once" in ordinary prose).
_PAIR = re2.compile("(?i)" + _GATE_BODY + rf"[\s\S]{{0,{_CLUSTER_GAP}}}" + _GATE_BODY, _big_options())


def spelled_runs(text: str, min_digits: int = 7) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) for every run of number words (and digits) read out as a number.

    Handles pairs and compounds ("zéro six, trente-neuf, quatre-vingt-dix-huit"), "double
    five", and a mix of digits and words. A run needs at least four spoken groups.
    """
    for lo, hi in _clusters(text):
        for start, end, digits in _runs(text[lo:hi], min_digits):
            yield lo + start, lo + end, digits


def _clusters(text: str) -> Iterator[tuple[int, int]]:
    """Stretches of ``text`` with two or more number words close together (RE2: linear time)."""
    enc = Encoded(text)
    if not _byte_spans(_PAIR, enc.data, first_only=True):
        return
    first = last = -1
    count = 0
    for start, end in gate_spans(_GATE, enc):
        if count and start - last > _CLUSTER_GAP:
            if count >= 2:
                yield _widen(text, first, last)
            count = 0
        if not count:
            first = start
        last = end
        count += 1
    if count >= 2:
        yield _widen(text, first, last)


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    # Take in digits and whole words on both sides (a run may start or end with digits).
    lo = max(0, start - _CLUSTER_GAP)
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    hi = min(len(text), end + _CLUSTER_GAP)
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return lo, hi


def _runs(text: str, min_digits: int) -> Iterator[tuple[int, int, str]]:
    tokens = [(m.start(), m.end(), _plain(m.group(0))) for m in _WORD.finditer(text)]
    i = 0
    run: list[tuple[int, int, str]] = []
    while i <= len(tokens):
        got = _read_number(text, tokens, i) if i < len(tokens) else None
        if got is not None and (not run or _JOINER.match(text[run[-1][1] : tokens[i][0]])):
            run.append((tokens[i][0], tokens[got[0] - 1][1], got[1]))
            i = got[0]
            continue
        digits = "".join(d for *_, d in run)
        if _groups(run, text) >= 4 and len(digits) >= min_digits and _has_words(run, text):
            yield run[0][0], run[-1][1], digits
        run = []
        if got is None:
            i += 1


def _groups(run: list[tuple[int, int, str]], text: str) -> int:
    # Digits already folded from words ("tre tre nove" → "339") count one group each.
    return sum(len(d) if text[s:e].isdigit() else 1 for s, e, d in run)


def _has_words(run: list[tuple[int, int, str]], text: str) -> bool:
    # At least two spoken groups worth three digits: digits next to one stray word are not spelled.
    spoken = [d for s, e, d in run if not text[s:e].isdigit()]
    return len(spoken) >= 2 and sum(len(d) for d in spoken) >= 3


def _read_number(text: str, tokens: list[tuple[int, int, str]], i: int) -> tuple[int, str] | None:
    """Longest number phrase starting at token ``i``: (next token index, its digits)."""
    word = tokens[i][2]
    if word.isdigit():
        return i + 1, word
    if word not in _VOCAB:
        return None
    if word in _DOUBLE and i + 1 < len(tokens) and tokens[i + 1][2] in _NAMES:
        value = _NAMES[tokens[i + 1][2]]
        if value < 10:
            return i + 2, str(value) * _DOUBLE[word]
    for n in range(min(_MAX_WORDS, len(tokens) - i), 0, -1):
        parts = tokens[i : i + n]
        # words of one phrase are separated by spaces or hyphens only
        if any(not _IN_PHRASE.fullmatch(text[a[1] : b[0]]) for a, b in itertools.pairwise(parts)):
            continue
        found = _NAMES.get(" ".join(p[2] for p in parts))
        if found is not None:
            return i + n, str(found)
    return None
