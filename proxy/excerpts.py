"""Excerpts that agents and supervisors read: one line, cut on word boundaries, never mid-word."""

from __future__ import annotations

import re

LIMIT = 120
_SLACK = 20  # how far a cut may move to reach a word boundary


def excerpt(text: str, start: int, end: int, pad: int = 30, limit: int = LIMIT) -> str:
    """The words around ``text[start:end]`` on one line: about ``pad`` characters each side,
    widened or narrowed to whole words, and never past the end of the sentence the match is in
    (a reader sees the sentence that broke the rule, not the tail of the one before)."""
    lo = _word_start(text, max(0, start - pad), start)
    hi = _word_end(text, min(len(text), end + pad), end)
    before = list(_SENTENCE_END.finditer(text, lo, start))
    if before:
        lo = before[-1].end()
    after = _SENTENCE_END.search(text, end, hi)
    if after is not None:
        hi = after.start() + 1
    return clip(" ".join(text[lo:hi].split()), limit)


# A sentence ends at . ! ? (or a CJK full stop) followed by white space.
_SENTENCE_END = re.compile(r"[.!?。！？]\s+|[。！？]")


def clip(text: str, limit: int = LIMIT) -> str:
    """``text`` on one line, at most ``limit`` characters, cut after a whole word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit + 1)
    return text[:cut] if cut >= limit - _SLACK else text[:limit]


def _word_start(text: str, lo: int, floor_at: int) -> int:
    """``lo`` moved back to the start of the word it falls in (or forward past it when the word
    is long), never past ``floor_at`` (the match itself)."""
    if lo == 0 or text[lo - 1].isspace() or text[lo].isspace():
        return lo
    back = lo
    while back > 0 and lo - back < _SLACK and not text[back - 1].isspace():
        back -= 1
    if back == 0 or text[back - 1].isspace():
        return back
    ahead = lo
    while ahead < floor_at and not text[ahead].isspace():
        ahead += 1
    return ahead


def _word_end(text: str, hi: int, ceil_at: int) -> int:
    if hi >= len(text) or text[hi].isspace() or text[hi - 1].isspace():
        return hi
    ahead = hi
    while ahead < len(text) and ahead - hi < _SLACK and not text[ahead].isspace():
        ahead += 1
    if ahead == len(text) or text[ahead].isspace():
        return ahead
    back = hi
    while back > ceil_at and not text[back - 1].isspace():
        back -= 1
    return back
