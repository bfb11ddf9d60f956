"""``contact_phone``: telephone numbers in any format, spelled out, spaced, or as ``tel:`` links."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import islice

import phonenumbers
import re2

from proxy.amazon import ORDER_ID
from proxy.detectors import _numbers as numbers
from proxy.detectors.base import Context
from proxy.excerpts import clip
from proxy.models import DEFAULT_ACTIONS, Category, Document, Finding, Origin, Segment

_CAT = Category.CONTACT_PHONE

# Marketplace TLD of the relay recipient → the region national numbers are read in.
_TLD_REGION = {
    "com": "US",
    "ca": "CA",
    "com.mx": "MX",
    "com.br": "BR",
    "co.uk": "GB",
    "de": "DE",
    "fr": "FR",
    "it": "IT",
    "es": "ES",
    "nl": "NL",
    "se": "SE",
    "pl": "PL",
    "com.be": "BE",
    "ie": "IE",
    "co.za": "ZA",
    "eg": "EG",
    "com.tr": "TR",
    "sa": "SA",
    "ae": "AE",
    "in": "IN",
    "sg": "SG",
    "com.au": "AU",
    "co.jp": "JP",
}
_REGIONS = tuple(dict.fromkeys(_TLD_REGION.values()))
# Digits inside a written URL ("…/display.html?nodeId=201819200") belong to the link: the link
# detector judges it, and a number in a path or query is an id, not a way to call anyone.
_URL = re.compile(r"\b(?:https?|ftp)://\S+|\bwww\.\S+", re.I)
# The word around a number, as far as an e-mail address reaches: a local part, "@", a domain.
_ADDRESS_STOP = re.compile(r"[\s<>()\[\]\"',;:]")
_ADDRESS = re.compile(r"[\w.+\-]+@[\w.\-]*")
_ADDRESS_REACH = 64
_RELAY_TLD = re.compile(r"marketplace\.amazon\.([a-z.]+?)\s*>?\s*(?:,|$)", re.I)

# Digit-bearing stretches worth showing to the matcher (≥ 6 digits, checked below).
# Written "[+(\d]" first (one "+" or "(" must be followed by a digit) rather than "[+(]?\d":
# the same matches, but a leading character set lets the regex engine skip ahead 2x faster.
_CANDIDATE = re.compile(r"[+(\d](?:(?<=[+(])\d|(?<=\d))(?:[\d ().\-/–\t\u3000]|\(0\)){4,40}\d\)?")
_DIGIT = re.compile(r"\d")
# Six digits joined only by characters a candidate may contain: a candidate (≥ 6 digits) lies
# inside such a run, and masking more never joins runs (the mask character breaks them).
_DIGIT_RUN = re.compile(r"\d(?:[ ().\-/–\t\u3000]*\d){5}")
# The same in RE2 (~5x faster over long text): the same matches when every digit is ASCII.
_DIGIT_RUN_GATE = re2.compile("\\d(?:[ ().\\-/–\\t\u3000]*\\d){5}")


def _byte_classes() -> bytes:
    table = bytearray(b"x" * 256)
    for chars, cls in ((b"0123456789", b"0"), (b" \t", b"s"), (b"().-/", b"j")):
        for byte in chars:
            table[byte] = cls[0]
    return bytes(table)


# The run check of number-heavy text while masking, one byte per character (Latin-1, "?" for
# other characters; text with non-ASCII digits, "–" or "\u3000" is checked on the masked text):
# digits "0", joiners that are whitespace "s" (masking keeps them), other joiners "j", the rest
# "x". A masked character is "x", or stays "s".
_CLASSES = _byte_classes()
_MASKED = bytes.maketrans(b"0j", b"xx")
_CLASS_RUN = re.compile(rb"0(?:[sj]*0){5}")
# Words that say the number next to them is for calling or messaging (the start of a word).
_CUE = re.compile(
    r"(?<![^\W\d_])(?:phone|tel(?![a-z])|mob(?:\b|\.)|ph(?:\b|\.)|tlf|tfn|[mp]\s?:|call(?:s|ed|ing)?\b|"
    # "ring us on", "ring 020 …", "give me a ring": not the noun ("ring wear", "ring size 54")
    r"ring(?=\s+(?:us|me|them|our|my|oss|mig|mej|the\s+(?:shop|office|store|team|number)|on|at)\b|\s*(?:[:+(\d]|$))|"
    r"(?:give|gimme)\s+(?:us|me)\s+a\s+ring\b|"
    r"mobile?\b|cell\b|hotline|landline|fax\b|"
    r"text (?:us|me)|sms\b|whats\s*app|viber|signal\b|reach (?:us|me)|contact (?:us|me) (?:on|at)|"
    r"toll[- ]free|freephone|telefon|anruf|ruf|handy|erreichbar|durchwahl|festnetz|t[ée]l[ée]phon|"
    r"t[ée]l\b|appel|portable|joindre|ll[aá]m|m[óo]vil|celular|t[eé]l[eé]fono|chiam|cellulare|numero verde|"
    r"bel\b|bell(?:en|t)\b|zadzwo|dzwo|komórk|ligue|ringa\b|whats|t\s?:)|電話|携帯|フリーダイヤル|ダイヤル|ＴＥＬ",
    re.I,
)
# Japanese puts the verb after the number ("〇三・五五五五・〇一八七までお電話ください").
_CUE_AFTER = re.compile(r"[^\n。]{0,6}?(?:電話|携帯|ダイヤル|ＴＥＬ|TEL)")
# Shipping words: an unmarked number in a sentence about a parcel is its tracking number.
_SHIPPING = re.compile(
    r"track|parcel|package|shipment|shipped|dispatch|courier|carrier|deliver|label|"
    r"paket|sendung|versand|versandt|zustell|colis|envoi|exp[ée]di|livr|paquete|env[íi]o|"
    r"enviado|entrega|pacco|spedi|consegna|corriere|pakket|zending|paczk|przesy|"
    r"荷物|配送|発送|出荷|配達|お届け",
    re.I,
)
# A signature line: "Name | Shop | 0xxxx xxxxxx", "contact@shop.fr – 06 39 98 41 27". A number
# that starts with a trunk "0" or "+" and ends the line after a separator (a bar, a bullet, a
# dash between blanks) is the sender's contact number, even when phonenumbers does not know its
# range or reads it in another marketplace's region: read it as a cued number.
_SIGNATURE_BEFORE = re.compile(r"[|·•]\s*$|\s[–—-][^\S\n]*$")
_SIGNATURE_AFTER = re.compile(r"[^\S\n]*(?:\n|$)")
_CONTEXT_BEFORE = 80  # characters before a number searched for labels and shipping words
_CONTEXT_AFTER = 40
_EAGER_MASK = 12  # digit runs in one segment above which masking the whole text first is cheaper
_CUE_REACH = 40  # characters before a number searched for a cue
# Groups joined by a dash, a dot or "の" (spoken "〇三の五五五〇の一二三四").
_KANJI_GROUPS = re.compile(
    r"[〇零一二三四五六七八九]{2,}(?:[・\-ー－‐ 　の][〇零一二三四五六七八九]{2,}){1,4}"
)
_KANJI_DIGITS = "〇零一二三四五六七八九"
# Digits read out in katakana ("ゼロサン・ゴーゴーゴーゴー・ゼロイチサンヨン"): seven or more
# digit words in a row, nothing else between them but a separator.
_KATAKANA_DIGIT = {
    "ゼロ": "0", "レイ": "0", "マル": "0", "イチ": "1", "ニー": "2", "ニ": "2", "サン": "3",
    "ヨン": "4", "シ": "4", "ゴー": "5", "ゴ": "5", "ロク": "6", "ナナ": "7", "シチ": "7",
    "ハチ": "8", "キュウ": "9", "キュー": "9", "ク": "9",
}  # fmt: skip
_KATAKANA_WORD = "|".join(sorted(_KATAKANA_DIGIT, key=len, reverse=True))
_KATAKANA_RUN = re.compile(rf"(?:(?:{_KATAKANA_WORD})[・\-－‐、\s]?){{7,}}")
_KATAKANA_TOKEN = re.compile(_KATAKANA_WORD)
_KATAKANA_START = re.compile("[ゼレマイニサヨシゴロナハキク]")  # cheap gate for the run pattern
_KANJI = str.maketrans("〇零一二三四五六七八九・ー－‐　の", "00123456789---- -")
_TEL_SCHEMES = ("tel:", "callto:", "sms:", "facetime:", "facetime-audio:")


def _load_metadata() -> None:
    # phonenumbers loads a region's metadata on first use (milliseconds): do it at import,
    # not inside the first message that mentions that region.
    for region in _REGIONS:
        phonenumbers.PhoneMetadata.metadata_for_region(region)
        phonenumbers.is_valid_number(phonenumbers.parse("+1 212 555 0147"))


_load_metadata()


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    raw: str
    spelled: bool


def detect(doc: Document, ctx: Context) -> list[Finding]:
    region = marketplace_region(doc)
    findings = [replace(_tel_link(link.href), quoted=link.quoted) for link in doc.links if _is_tel(link.href)]
    seen: set[str] = set()  # one number, one finding (text and HTML parts repeat each other)
    for seg in doc.segments:
        if seg.origin in (Origin.LINK, Origin.IMAGE):
            continue
        urls: list[tuple[int, int]] | None = None
        for hit in find_numbers(seg.folded, region, seg.text):
            if urls is None:
                urls = [m.span() for m in _URL.finditer(seg.folded)]
            if any(a <= hit.start and hit.end <= b for a, b in urls) or _in_address(seg.folded, hit):
                continue
            key = _digits(hit.raw)[-9:]
            if key not in seen:
                seen.add(key)
                findings.append(replace(_finding(seg, hit), quoted=seg.quoted))
    return findings


def _in_address(text: str, hit: _Hit) -> bool:
    """Digits inside an e-mail address ("5e245717-245d-…@marketplace.amazon.de"): the address is
    reported (or, for a relay, allowed) as such, its digits are no telephone number, unless the
    local part has no letter at all."""
    if "@" not in text or any(c.isspace() for c in text[hit.start : hit.end]):
        return False
    lo, hi = hit.start, hit.end
    while lo > 0 and hit.start - lo < _ADDRESS_REACH and not _ADDRESS_STOP.match(text[lo - 1]):
        lo -= 1
    while hi < len(text) and hi - hit.end < _ADDRESS_REACH and not _ADDRESS_STOP.match(text[hi]):
        hi += 1
    if _ADDRESS.fullmatch(text, lo, hi) is None:
        return False
    # A local part of digits alone ("+4917612345678@…") is a phone number dressed as an address.
    local = text[lo : text.index("@", lo)]
    return any(c.isalpha() for c in local)


def marketplace_region(doc: Document) -> str:
    """The region of the relay recipient's storefront (US when there is none)."""
    m = _RELAY_TLD.search(doc.parsed.header("To") or "")
    return _TLD_REGION.get(m.group(1).lower(), "US") if m else "US"


def find_numbers(folded: str, region: str, original: str = "") -> Iterator[_Hit]:
    """Telephone numbers in ``folded`` (already folded text), read as written in ``region``."""
    text = _kanji_digits(folded)
    masked = _LazyMask(text)
    # Only the count matters past the threshold: stop looking once it is reached. A candidate
    # worth matching holds a run of six digits: without one, there is none to look for.
    windows = list(islice(_windows(text), _EAGER_MASK + 1)) if masked.has_digit_run() else []
    if len(windows) > _EAGER_MASK:
        # Number-heavy text (tables, invoices): mask once and match only what survives it.
        windows = [] if masked.leaves_no_candidate() else list(_windows(masked.view()))
    for start, end in windows:
        for lo, hi, raw in _match(text, masked, start, end, region):
            # Digits the agent did not type as digits were folded from words or kanji.
            spelled = _digits(raw) not in _digits(original or folded)
            yield _Hit(lo, hi, folded[lo:hi], spelled)
    found = set()
    if not folded.isascii() and _KATAKANA_START.search(folded):
        for m in _KATAKANA_RUN.finditer(folded):
            digits = "".join(_KATAKANA_DIGIT[t] for t in _KATAKANA_TOKEN.findall(m.group(0)))
            if 7 <= len(digits) <= 15 and not masked.masks_any(m.start(), m.end()):
                found.add(digits)
                yield _Hit(m.start(), m.end(), folded[m.start() : m.end()], True)
    for start, end, digits in numbers.spelled_runs(folded):
        if 7 <= len(digits) <= 15 and not masked.masks_any(start, end):
            found.add(digits)
            yield _Hit(start, end, folded[start:end], True)
    if original and original != folded:
        # Folding reads four or more number words in a row as digits, which can cut a spoken
        # number in two ("nine double oh, four one two" → "nine double 0412"): read the words
        # as written too. Spelled-out words are no order id or tracking number to mask.
        for start, end, digits in numbers.spelled_runs(original):
            if 7 <= len(digits) <= 15 and digits not in found:
                found.add(digits)
                yield _Hit(start, end, original[start:end], True)


class _LazyMask:
    """The masked text, computed once and only when a candidate needs confirming.

    Masking number-heavy text costs milliseconds; most of it is spent on the last kinds of
    number. The numbers found so far already answer "is any digit run long enough for a phone
    number left?" when the answer is no: masking more only breaks runs up."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._view: str | None = None
        self._masker = numbers.Masker(text)

    @property
    def ready(self) -> bool:
        return self._view is not None

    def view(self) -> str:
        if self._view is None:
            self._view = self._masker.view()
        return self._view

    def has_digit_run(self) -> bool:
        """Whether the (unmasked) text has a run of six digits."""
        enc = self._masker.encoded()
        if enc.unicode_digits():
            return _DIGIT_RUN.search(self.text) is not None
        return numbers.found(_DIGIT_RUN_GATE, enc)

    def leaves_no_candidate(self) -> bool:
        """True when the mask leaves no run of ≥ 6 digits (so no phone candidate at all)."""
        if self._view is None:
            runs = self._runs()
            if runs is not None:
                # Each kind of number in turn, until no run is left; each is overwritten in a
                # copy of the character classes, where masked characters break runs as in the text.
                overwritten = runs.translate(_MASKED)
                while (spans := self._masker.step()) is not None:
                    for start, end in spans:
                        runs[start:end] = overwritten[start:end]
                    if not _CLASS_RUN.search(runs):
                        return True
            self._view = self._masker.view()
        return not _DIGIT_RUN.search(self._view)

    def _runs(self) -> bytearray | None:
        text = self.text
        if not text.isascii() and (
            "–" in text or "\u3000" in text or self._masker.encoded().unicode_digits()
        ):
            return None  # joiners or digits the byte classes do not tell apart
        return bytearray(text.encode("latin-1", "replace").translate(_CLASSES))

    def masks_any(self, start: int, end: int) -> bool:
        """Whether the mask overwrites anything in ``text[start:end]``."""
        if self._view is None:  # a number found so far may answer without the whole mask
            for a, b in self._masker.spans:
                lo, hi = max(a, start), min(b, end)
                if lo < hi and not self.text[lo:hi].isspace():
                    return True
        return numbers.MASK in self.view()[start:end]


def _windows(text: str) -> Iterator[tuple[int, int]]:
    return (m.span() for m in _CANDIDATE.finditer(text) if _worth_matching(m.group(0)))


def _worth_matching(candidate: str) -> bool:
    return len(_DIGIT.findall(candidate)) >= 6 and not ORDER_ID.fullmatch(candidate.strip(" ()"))


def _match(text: str, masked: _LazyMask, start: int, end: int, region: str) -> Iterator[tuple[int, int, str]]:
    cue = (
        bool(_CUE.search(text[max(0, start - _CUE_REACH) : start]))
        or _CUE_AFTER.match(text, end) is not None
        or _signature(text, start, end)
    )
    foreign = ""
    if (
        not cue
        and not masked.ready
        and (_glued(text, start, end) or not _plausible(text[max(0, start - 1) : end + 1], region))
    ):
        foreign = "" if _glued(text, start, end) else _foreign_region(text[start:end], region)
        if not foreign:
            return  # nothing to confirm: spare the masks (most digit runs end here)
    view = masked.view()
    shipping = not cue and bool(_SHIPPING.search(view, max(0, start - _CONTEXT_BEFORE), end + _CONTEXT_AFTER))
    # The matcher sees the candidate with one character on each side, masks applied.
    lo = max(0, start - 1)
    window = view[lo : end + 1]
    found = False
    for m in _matches(window, region):
        international = m.raw_string.startswith("+")
        if international or cue or (_valid_or_national_shape(m, region) and not shipping):
            found = True
            yield lo + m.start, lo + m.end, m.raw_string
    if not found and not cue and not shipping:
        # written in another marketplace's national grouping ("06 39 98 41 27" to a .com.be buyer)
        other = foreign or _foreign_region(text[start:end], region)
        for m in _matches(window, other) if other else ():
            if _national_shape(m, other):
                found = True
                yield lo + m.start, lo + m.end, m.raw_string
    if cue and not found:  # a number offered for calling: read it in every marketplace region
        for other in _REGIONS:
            # Some regions take four or five digits ("2025" of a date) as a possible number.
            hits = [m for m in _matches(window, other) if len(_DIGIT.findall(m.raw_string)) >= 6]
            for m in hits:
                yield lo + m.start, lo + m.end, m.raw_string
            if hits:
                return


def _glued(text: str, start: int, end: int) -> bool:
    """Digits inside a word of letters ("JD100000070GB", "1Z999AA10720907"): a tracking number or
    an id, never a telephone number written without a cue. A number opened by "(" or "+" is not
    inside a word, even after Japanese text that runs into it ("センター（03-6824-1157、")."""
    if text[start] in "(+":
        return False
    before = text[max(0, start - 2) : start]
    after = text[end : end + 1]
    return before[-1:].isalpha() and (after.isalpha() or (len(before) == 2 and before.isalpha()))


def _signature(text: str, start: int, end: int) -> bool:
    return (
        text[start] in "0+"
        and len(_DIGIT.findall(text, start, end)) >= 9  # a short code or SKU is no phone line
        and _SIGNATURE_BEFORE.search(text, max(0, start - 3), start) is not None
        and _SIGNATURE_AFTER.match(text, end) is not None
    )


def _plausible(window: str, region: str) -> bool:
    return any(
        m.raw_string.startswith("+") or _valid_or_national_shape(m, region) for m in _matches(window, region)
    )


_GROUP_SEP = re.compile(r"[\s.\-/–]+")


def _valid_or_national_shape(m: phonenumbers.PhoneNumberMatch, region: str) -> bool:
    """A valid number, or one written exactly in the region's national grouping with its trunk
    "0" and at least four groups ("06 39 98 41 27"): a range phonenumbers does not know (new,
    reserved, overseas) is still dialled, and no id, date or price is written that way."""
    if phonenumbers.is_valid_number(m.number):
        return True
    raw = m.raw_string.strip()
    groups = _GROUP_SEP.split(raw)
    if not raw.startswith("0") or len(groups) < 4 or not phonenumbers.is_possible_number(m.number):
        return False
    national = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return _GROUP_SEP.split(national) == groups


# Four or more groups after a trunk "0", joined by one space, dot or dash: how national numbers
# are written in many marketplaces ("06 39 98 41 27", "044 123 45 67", "0412 345 678").
_GROUPED = re.compile(r"0\d{1,4}(?:[ .\-]\d{2,4}){3,5}")


def _foreign_region(candidate: str, region: str) -> str:
    """The marketplace whose national grouping ``candidate`` is written in exactly (trunk "0",
    at least four groups), when it is not the recipient's: a seller abroad signs with the number
    of home. No id, date, price or tracking number is written that way. "" when there is none."""
    raw = candidate.strip(" ()")
    if _GROUPED.fullmatch(raw) is None:
        return ""
    for other in _REGIONS:
        if other != region and any(
            m.raw_string.strip() == raw and _national_shape(m, other) for m in _matches(raw, other)
        ):
            return other
    return ""


def _national_shape(m: phonenumbers.PhoneNumberMatch, region: str) -> bool:
    """``m`` is written exactly in ``region``'s national format, trunk "0" and four groups or more."""
    raw = m.raw_string.strip()
    groups = _GROUP_SEP.split(raw)
    if not raw.startswith("0") or len(groups) < 4 or not phonenumbers.is_possible_number(m.number):
        return False
    national = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return _GROUP_SEP.split(national) == groups


def _matches(window: str, region: str) -> list[phonenumbers.PhoneNumberMatch]:
    leniency = phonenumbers.Leniency.POSSIBLE
    matcher = phonenumbers.PhoneNumberMatcher(window, region, leniency=leniency)
    return list(matcher)


def _kanji_digits(text: str) -> str:
    if text.isascii() or not any(kanji in text for kanji in _KANJI_DIGITS):
        return text
    return _KANJI_GROUPS.sub(lambda m: m.group(0).translate(_KANJI), text)


def _digits(text: str) -> str:
    return "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())


def _is_tel(href: str) -> bool:
    return href.strip().lower().startswith(_TEL_SCHEMES)


def _tel_link(href: str) -> Finding:
    return Finding(
        rule="contact_phone.tel_link",
        category=_CAT,
        action=DEFAULT_ACTIONS[_CAT],
        excerpt=href[:120],
        where=Origin.LINK.value,
        reason=f"remove the phone link {href[:60]}",
    )


def _as_written(seg: Segment, hit: _Hit) -> str:
    # Folding turned number words into digits: show the words the agent wrote.
    digits = _digits(hit.raw)
    for start, end, spoken in numbers.spelled_runs(seg.text, min_digits=4):
        if spoken == digits or digits in spoken:
            return seg.text[start:end]
    return hit.raw


def _finding(seg: Segment, hit: _Hit) -> Finding:
    # Show the agent what they wrote; folded offsets equal original ones when fold kept the length.
    same = len(seg.text) == len(seg.folded)
    shown = seg.text[hit.start : hit.end] if same else _as_written(seg, hit)
    shown = clip(shown)
    rule = "contact_phone.spelled" if hit.spelled else "contact_phone.number"
    what = "the spelled-out phone number" if hit.spelled else "the phone number"
    return Finding(
        rule=rule,
        category=_CAT,
        action=DEFAULT_ACTIONS[_CAT],
        excerpt=shown,
        where=seg.origin.value,
        reason=f"remove {what} {shown[:60]}",
    )
