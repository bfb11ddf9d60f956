"""An RE2 pre-check for a Python ``re`` pattern: a pattern that matches wherever the Python
one does (and maybe elsewhere), so that "RE2 finds nothing" proves "Python finds nothing".

Rule patterns are confirmed with Python's engine, whose ``\\b``, ``\\w``, ``\\s`` and ``\\d``
are Unicode-aware (RE2's are ASCII-only). Most candidates the prefilter names do not match,
and Python's backtracking engine takes 30-230 µs to say so on a 1 KB segment where RE2's DFA
takes 4-7 µs. The pre-check is rebuilt from Python's own parse of the pattern, widened where
the engines differ:

- ``\\w``, ``\\d``, ``\\s`` also take every non-ASCII character; ``\\W``, ``\\S``, ``\\D`` stay ASCII
  (their ASCII complement holds the Unicode one), and so do classes inside a negated set,
  unless the set negates a negation (``[^\\S\\n]``), which becomes any character;
- word boundaries, lookarounds and back-references match anything (they are dropped, or any
  text for a back-reference); ``^`` and ``$`` match at every line start and end;
- case-insensitive everywhere, ``.`` matches a newline, a repeat has no upper bound and at
  most one required copy (RE2 compiles ``{0,100}`` as a hundred copies: 8 s for the packs).

A pattern it cannot rebuild (a conditional group, an unknown construct, a program too big for
RE2) gets no pre-check and is confirmed by Python alone, as before.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any

import re2

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

# Unicode's tables (\p{L}) cost RE2 1.6 ms a class to compile: every non-ASCII character is
# taken instead, which holds them.
_NON_ASCII = r"\x{80}-\x{10ffff}"
_WIDE = {
    _c.CATEGORY_WORD: r"\w" + _NON_ASCII,
    _c.CATEGORY_SPACE: r"\s\x{0b}\x{1c}-\x{1f}" + _NON_ASCII,
    _c.CATEGORY_DIGIT: r"\d" + _NON_ASCII,
}
_ASCII = {
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_WORD: r"\W",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_NOT_DIGIT: r"\D",
}
_NEGATED = {_c.CATEGORY_NOT_WORD, _c.CATEGORY_NOT_SPACE, _c.CATEGORY_NOT_DIGIT}
_ANY = "(?s:.)"
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
_AT = {
    _c.AT_BEGINNING: "(?m:^)",
    _c.AT_BEGINNING_STRING: "(?m:^)",
    _c.AT_END: "(?m:$)",
    _c.AT_END_STRING: "(?m:$)",
}


class _Unsupported(Exception):
    pass


def superset(pattern: str, flags: int = re.IGNORECASE) -> str | None:
    """The RE2 pattern that matches wherever ``pattern`` (Python re) does, or None."""
    try:
        return _sequence(_parser.parse(pattern, flags))
    except (_Unsupported, re.error, RecursionError):
        return None


def precheck(pattern: str) -> Any | None:
    """``superset(pattern)`` compiled for RE2, or None when it cannot be built or compiled."""
    wide = superset(pattern)
    if wide is None:
        return None
    opts = re2.Options()
    opts.case_sensitive = False
    opts.log_errors = False
    try:
        return re2.compile(wide, opts)
    except re2.error:
        return None


def _sequence(items: Any) -> str:
    return "".join(_item(op, av) for op, av in items)


def _item(op: Any, av: Any) -> str:
    if op is _c.LITERAL:
        return _char(av)
    if op is _c.NOT_LITERAL:
        return f"[^{_char(av)}]"
    if op is _c.ANY:
        return _ANY
    if op is _c.IN:
        return _set(av)
    if op is _c.CATEGORY:
        return f"[{_WIDE[av]}]" if av in _WIDE else _ASCII[av]
    if op is _c.AT:
        return _AT.get(av, "")  # word boundaries: dropped
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return ""
    if op is _c.GROUPREF:
        return _ANY + "*"
    if op is _c.BRANCH:
        return "(?:" + "|".join(_sequence(branch) for branch in av[1]) + ")"
    if op is _c.SUBPATTERN:
        return "(?:" + _sequence(av[-1]) + ")"
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return "(?:" + _sequence(av) + ")"
    if op in _REPEATS:
        low, _, body = av  # unbounded: RE2 would copy the body for each count
        return "(?:" + _sequence(body) + (")+" if low else ")*")
    raise _Unsupported(op)


def _set(items: Any) -> str:
    negated = bool(items) and items[0][0] is _c.NEGATE
    body = items[1:] if negated else items
    if negated and any(op is _c.CATEGORY and av in _NEGATED for op, av in body):
        return _ANY
    parts: list[str] = []
    for op, av in body:
        if op is _c.LITERAL:
            parts.append(_char(av))
        elif op is _c.RANGE:
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _c.CATEGORY:
            parts.append(_ASCII[av] if negated or av not in _WIDE else _WIDE[av])
        else:
            raise _Unsupported(op)
    return ("[^" if negated else "[") + "".join(parts) + "]"


def _char(code: int) -> str:
    return f"\\x{{{code:x}}}"


class Prechecked:
    """A Python pattern behind its RE2 pre-check, built on first use (building all of them
    costs start-up about 2 s): ``search`` and ``finditer`` run Python's engine only on text
    where the pre-check finds a match."""

    __slots__ = ("_pre", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._pre: Any = _UNBUILT

    def _maybe(self, text: str) -> bool:
        if self._pre is _UNBUILT:
            self._pre = precheck(self.regex.pattern)
        if self._pre is None:
            return True
        data = _utf8(text)
        return bool(self._pre._regexp.Match(_UNANCHORED, data, 0, len(data))[0][1] >= 0)

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text) if self._maybe(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text) if self._maybe(text) else iter(())


_UNBUILT = object()
_UNANCHORED = re2._re2.RE2.Anchor.UNANCHORED
# The last text pre-checked and its UTF-8 bytes: the rules of one segment are pre-checked one
# after another on the same text, and the ``re2`` wrapper's ``search`` would encode it (and
# build a match object) for each. One tuple, swapped whole, so threads never see a torn pair.
_last: tuple[str, bytes] = ("", b"")


def _utf8(text: str) -> bytes:
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    data = text.encode("utf-8")
    _last = (text, data)
    return data
