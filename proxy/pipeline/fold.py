"""Folding for matching: what a reader sees, whatever the characters used to write it.

NFKC (full-width forms), invisible and format characters dropped, Latin look-alikes from
Cyrillic and Greek, right-to-left overrides read both ways, ``(at)``/``[dot]`` forms, spaced
letters and digits joined, digits written as words (en/de/fr/es/it) or in kanji.
"""

from __future__ import annotations

import re
import unicodedata

import re2

# Letters that look like Latin ones (Cyrillic, Greek) → Latin. NFKC already folds full-width.
_HOMOGLYPHS = {
    "а": "a",
    "е": "e",
    "о": "o",
    "р": "p",
    "с": "c",
    "у": "y",
    "х": "x",
    "і": "i",
    "ј": "j",
    "ѕ": "s",
    "ԁ": "d",
    "ɡ": "g",
    "һ": "h",
    "ⅼ": "l",
    "ո": "n",
    "ԛ": "q",
    "ԝ": "w",
    "ν": "v",
    "А": "A",
    "В": "B",
    "Е": "E",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "Х": "X",
    "У": "Y",
    "І": "I",
    "Ј": "J",
    "Ѕ": "S",
    "α": "a",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "ι": "i",
    "κ": "k",
    "ε": "e",
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
    "\u2024": ".",
    "\u2027": ".",
    "\uff0e": ".",
    "\u3002": "。",
}
# What a reader never sees and a renderer, mail client or Amazon may drop: format characters
# (zero-width, soft hyphen, bidi controls, tag characters), control characters other than line
# breaks and tabs (NUL, C1), variation selectors, the combining grapheme joiner, Hangul fillers.
_VISIBLE_CONTROLS = "\t\n\r\x0b\x0c"
_INVISIBLE = "".join(
    chr(c)
    for c in range(0x110000)
    if (unicodedata.category(chr(c)) == "Cf" and c not in (0x200C, 0x200D))
    or (unicodedata.category(chr(c)) == "Cc" and chr(c) not in _VISIBLE_CONTROLS and c >= 0x80)
    or 0xFE00 <= c <= 0xFE0F
    or 0xE0100 <= c <= 0xE01EF
    or c in (0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x180E)
)
# ASCII control characters (NUL, ESC, DEL, …) are not caught by the non-ASCII fast path below.
_ASCII_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Looked for one by one (str's fast search): 30 µs on a 22 KB text, the class scan above 110 µs.
_CONTROL_CHARS = "".join(map(chr, [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]))
_FOLD_TABLE = str.maketrans(
    {
        **_HOMOGLYPHS,
        **{ch: None for ch in _INVISIBLE},
        "\u200c": None,
        "\u200d": None,
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
    }
)

# (at) [at] {at} (dot) [dot] {dot}: never written by accident.
_BRACKET_AT = re.compile(
    r"\s*[\(\[\{<]\s*(?:at|@|arobase|arroba|chiocciola|ät|małpa|malpa)\s*[\)\]\}>]\s*", re.I
)
_BRACKET_DOT = re.compile(r"\s*[\(\[\{<]\s*(?:dot|\.|punkt|point|punto|kropka|ponto)\s*[\)\]\}>]\s*", re.I)
# Three or more single letters/digits separated by single spaces: "w w w", "5 5 5 - 0 1 9 9".
# A run that ends in a spaced dot takes the word after it as its TLD: "f a c e b o o k . com".
_SPACED = re.compile(
    r"(?<![^\s(\[])(?:[A-Za-z0-9@.+\-][ \t]){3,}[A-Za-z0-9@.+\-](?:(?<=\.)[ \t]+[a-z]{2,6}\b)?"
    r"(?![^\s)\].,:;!?])"
)

# The digit words of the languages whose spelled-out numbers are folded (one table: the phone
# detector's number reader builds its 0-99 names from it too).
NUMBER_UNITS = {
    "en": "zero one two three four five six seven eight nine",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "sv": "noll ett två tre fyra fem sex sju åtta nio",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
}
_NUMBER_WORDS = {"oh": "0", "zwo": "2"} | {
    word: str(digit) for words in NUMBER_UNITS.values() for digit, word in enumerate(words.split())
}
_NUMBER_WORD_RE = re.compile(
    r"(?<![\w])(?:(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")(?:[\s,\-/.]+|$)){4,}",
    re.I,
)
_KANJI_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_KANJI_RUN = re.compile(r"[〇零一二三四五六七八九]{6,}")


def _ranges(chars: str) -> str:
    """A regex character class body for ``chars`` written as ranges (fast to match)."""
    points = sorted({ord(c) for c in chars})
    spans: list[list[int]] = []
    for p in points:
        if spans and spans[-1][1] == p - 1:
            spans[-1][1] = p
        else:
            spans.append([p, p])
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans
    )


_NEEDS_TRANSLATE = re.compile(
    "[" + _ranges("".join(_HOMOGLYPHS) + _INVISIBLE + "\u00a0\u202f\u2007\u200c\u200d") + "]"
)
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.case_sensitive = False
# One linear-time scan that says whether any of the (slower) rewrites below can apply.
_NUMBER_ALT = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_NEEDS_REWRITE = re2.compile(
    r"[\(\[\{<]\s*(?:at|@|arobase|arroba|chiocciola|ät|małpa|malpa|dot|\.|punkt|point|punto|kropka|ponto)\s*[\)\]\}>]"
    r"|(?:^|\s)(?:[A-Za-z0-9@.+\-][ \t]){3,}[A-Za-z0-9@.+\-]"
    rf"|\b(?:(?:{_NUMBER_ALT})[\s,\-/.]+){{3,}}(?:{_NUMBER_ALT})\b"
    r"|[〇零一二三四五六七八九]{6,}",
    _RE2_OPTIONS,
)


# U+202E (right-to-left override) shows the characters after it reversed, up to U+202C or the
# end of the line: "\u202emoc.pohs//:sptth" reads as a link. Matching sees both the characters
# as stored (clients link those) and as shown (a buyer reads and types those).
_RLO_RUN = re.compile("\u202e([^\u202c\n]*)\u202c?")


def fold(text: str) -> str:
    """Fold ``text`` for matching: NFKC, no invisible characters, Latin look-alikes, joined spacing."""
    out = text
    if any(ch in out for ch in _CONTROL_CHARS):
        out = _ASCII_CONTROLS.sub("", out)
    if not out.isascii():
        if "\u202e" in out:
            out += "\n" + _RLO_RUN.sub(lambda m: m.group(1)[::-1], out)
        if not unicodedata.is_normalized("NFKC", out):
            out = unicodedata.normalize("NFKC", out)
        if _NEEDS_TRANSLATE.search(out):
            out = out.translate(_FOLD_TABLE)
    if not _NEEDS_REWRITE.search(out):
        return out
    out = _BRACKET_AT.sub("@", out)
    out = _BRACKET_DOT.sub(".", out)
    out = _SPACED.sub(_join_spaced, out)
    out = _NUMBER_WORD_RE.sub(_number_words, out)
    if not out.isascii():
        out = _KANJI_RUN.sub(lambda m: m.group(0).translate(_KANJI_DIGITS), out)
    return out


def _join_spaced(m: re.Match[str]) -> str:
    """ "w w w . s h o p" joined; a one-letter word beside spaced digits stays a word
    ("al 6 1 2 3 4 5 6 7 8 y se lo": Spanish "y", not part of the number)."""
    chars = m.group(0).split()
    lo = 1 if chars[0].isalpha() else 0
    hi = len(chars) - 1 if chars[-1].isalpha() else len(chars)
    middle = chars[lo:hi]
    if (lo, hi) == (0, len(chars)) or any(c.isalpha() for c in middle) or len(middle) < 4:
        return "".join(chars)
    return " ".join([*chars[:lo], "".join(middle), *chars[hi:]])


def _number_words(m: re.Match[str]) -> str:
    words = re.findall(r"[^\W\d_]+", m.group(0))
    digits = [_NUMBER_WORDS.get(w.lower(), "") for w in words]
    trailing = m.group(0)[len(m.group(0).rstrip()) :]
    return "".join(digits) + trailing
