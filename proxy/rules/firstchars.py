"""The characters a pattern's match can start with, as a lookahead that lets Python's regex
engine skip ahead.

Python's engine scans for a literal or character-class prefix quickly, but a pattern that
starts with ``\\b`` or a group of alternatives (most rule patterns: ``\\b(?:fuck\\w*|shit\\w*|…)``)
gets no such prefix: every alternative is tried at every position of a 25 KB segment.
Prefixing ``(?=[fsb…])`` with the set of possible first characters keeps the same matches and
gives the engine its fast scan back (about six times faster on a long reply).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_MAX_CHARS = 120  # a wider set filters too little to be worth the lookahead
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))

First = tuple[frozenset[str] | None, bool]  # (first characters or None for "any", can be empty)


def with_first_chars(pattern: str, flags: int = re.IGNORECASE) -> str:
    """``pattern`` behind a lookahead on its possible first characters, or unchanged when they
    cannot be told (a leading ``.``, ``\\w``, a negated class, a pattern that can match empty)."""
    try:
        chars, nullable = _sequence(_parser.parse(pattern, flags))
    except (re.error, RecursionError):
        return pattern
    if chars is None or nullable or not chars or len(chars) > _MAX_CHARS:
        return pattern
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + "])(?:" + pattern + ")"


def _sequence(items: Any) -> First:
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _item(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return frozenset(out), False
    return frozenset(out), True


def _item(op: Any, av: Any) -> First:
    if op is _c.LITERAL:
        return frozenset(chr(av)), False
    if op is _c.IN:
        return _charset(av), False
    if op in _ZERO_WIDTH:
        return frozenset(), True
    if op is _c.SUBPATTERN:
        return _sequence(av[-1])
    if op is _c.BRANCH:
        out: set[str] = set()
        nullable = False
        for branch in av[1]:
            chars, empty = _sequence(branch)
            if chars is None:
                return None, False
            out |= chars
            nullable = nullable or empty
        return frozenset(out), nullable
    if op in _REPEATS:
        low, _, body = av
        chars, empty = _sequence(body)
        return chars, empty or low == 0
    return None, False  # any character, a category, a back-reference: anything can start it


def _charset(av: Any) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, value in av:
        if op is _c.LITERAL:
            chars.add(chr(value))
        elif op is _c.RANGE and value[1] - value[0] < _MAX_CHARS:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None  # a negated class, \w, \d, a wide range
    return frozenset(chars)
