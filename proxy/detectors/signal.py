"""The second signal for the wording categories: a small linear model over character n-grams.

The rule packs are the first line: every finding they make names a phrasing family. Wording
nobody wrote a family for still shares pieces with it ("gift card" near "review", "5 stars",
"remove your rating", "new collection"), in any language the packs cover, and a linear model
over hashed character 3-5-grams and word 1-2-grams of each sentence the agent wrote picks that
up. It runs only on the agent's own text, adds a finding only for a category the rules did not
already report, holds the message for a supervisor instead of refusing it (its findings are
less explainable), and names the sentence it scored, with the score.

The weights (``signal_model.json``, made by ``tools/train_signal.py`` from the rule packs'
examples, the wording tests and the development corpora) ship inside the package; nothing is
fetched. A missing or unreadable model file turns the signal off and says so in the log.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import chain

import numpy as np
from numpy.typing import NDArray

from proxy.excerpts import clip
from proxy.models import Action, Category, Document, Finding, Origin
from proxy.pipeline.fold import fold

log = logging.getLogger(__name__)

# "review_request" feeds the repeat-request ledger; the others are POLICY.md categories.
CATEGORIES = (
    "review_incentive",
    "review_manipulation",
    "feedback_removal",
    "marketing",
    "offensive",
    "review_request",
)
BITS = 20
_MASK = (1 << BITS) - 1
_SHIFT = np.uint64(32)  # feature pairs: the sentence's index above, the feature below
_PRIME = np.uint64(0x100000001B3)
_INVERSE = np.uint64(pow(0x100000001B3, -1, 1 << 64))
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SPLIT = re.compile(r"(?<=[.!?。！？])\s+|[\n\r]+|(?<=[。！？])")
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
_MAX_SENTENCE = 400
_MAX_SENTENCES = 60  # the agent's own text of a reply; rules still read everything
_OWN = (Origin.TEXT, Origin.HTML, Origin.HIDDEN)
_WORDING = frozenset(CATEGORIES) - {"review_request"}


# A quotation of three words or more inside the agent's text is someone else's words (the
# buyer's complaint copied back: "You wrote: «…»"); the model scores what is left around it.
_QUOTATION = re.compile(
    r"«[^«»]{1,400}»|„[^„“”]{1,400}[“”]|“[^“”]{1,400}”|\"[^\"\n]{1,400}\"|「[^「」]{8,200}」|『[^『』]{8,200}』"
)


def _unquote(match: re.Match[str]) -> str:
    inner = match.group(0)
    return " " if len(inner.split()) >= 3 or inner[0] in "「『" else inner


def iter_sentences(text: str) -> Iterator[str]:
    """The sentences of ``text`` worth scoring, in order: three words or more (or six CJK
    characters), with quotations of other people's words left out. Lazy: a caller that needs
    only the first few does not split the rest of a long text."""
    for line in _QUOTATION.sub(_unquote, text).split("\n"):
        for piece in _SPLIT.split(line):
            piece = " ".join(piece.split())[:_MAX_SENTENCE]
            if len(piece.split()) >= 3 or (not piece.isascii() and len(piece) >= 6):
                yield piece


def sentences(text: str) -> list[str]:
    """All of :func:`iter_sentences`."""
    return list(iter_sentences(text))


def _prepared(sentence: str) -> str:
    return _DIGITS.sub("0", " ".join(fold(sentence).lower().split()))


@lru_cache(maxsize=1)
def _word_chars() -> NDArray[np.bool_]:
    """``\\w`` of Python's ``re`` for each code point of the Basic Multilingual Plane."""
    return np.array([chr(c).isalnum() or c == 0x5F for c in range(0x10000)], dtype=np.bool_)


_POWERS: list[NDArray[np.uint64]] = [np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64)]


def _powers(n: int) -> tuple[NDArray[np.uint64], NDArray[np.uint64]]:
    """PRIME**k and its inverse**k modulo 2**64 for k < n (kept and grown between calls)."""
    if len(_POWERS[0]) < n:
        size = max(n, 1 << 15)
        up = np.full(size, _PRIME, dtype=np.uint64)
        up[0] = 1
        down = np.full(size, _INVERSE, dtype=np.uint64)
        down[0] = 1
        _POWERS[:] = [np.cumprod(up), np.cumprod(down)]
    return _POWERS[0], _POWERS[1]


def _bucket(hashes: NDArray[np.uint64], salt: int) -> NDArray[np.uint64]:
    """The top BITS bits of the salted hash times a large odd constant (multiplicative hashing)."""
    return ((hashes + np.uint64(salt * 0x51ED27AB)) * _MIX) >> np.uint64(64 - BITS)


def feature_pairs(batch: Sequence[str]) -> tuple[NDArray[np.uint64], NDArray[np.uint64]]:
    """(sentence index, feature) pairs, each once, for every sentence of ``batch``: words and
    pairs of neighbouring words, and character 3-, 4- and 5-grams (spaces included), each
    hashed into 2**BITS buckets with a polynomial hash. All sentences are hashed at once with
    array arithmetic (wrapping modulo 2**64) instead of a Python call per gram."""
    texts = [f" {_prepared(s)} " for s in batch]
    if not texts:
        empty = np.zeros(0, dtype=np.uint64)
        return empty, empty
    codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    owner = np.repeat(np.arange(len(texts), dtype=np.uint64), [len(t) for t in texts])
    up, down = _powers(len(codes) + 1)
    keys = []
    rolled = codes
    for n in range(2, 6):  # rolled[i]: the hash of the n code points from i on
        rolled = rolled[:-1] * _PRIME + codes[n - 1 :]
        if n >= 3:
            inside = owner[: len(rolled)] == owner[n - 1 :]  # the gram does not cross a sentence end
            keys.append((owner[: len(rolled)][inside] << _SHIFT) | _bucket(rolled[inside], n))
    # Words: runs of word characters (every text starts and ends with a space). A word's hash
    # is sum(code[k] * PRIME**(k - start)), read off prefix sums of code[k] * PRIME**k.
    word = _word_chars()[np.minimum(codes, 0xFFFF).astype(np.intp)]
    edges = np.flatnonzero(word[1:] != word[:-1]) + 1
    starts, ends = edges[0::2], edges[1::2]
    if len(starts):
        prefix = np.concatenate([np.zeros(1, dtype=np.uint64), np.cumsum(codes * up[: len(codes)])])
        lengths = ends - starts
        words = (prefix[ends] - prefix[starts]) * down[starts]
        keys.append((owner[starts] << _SHIFT) | _bucket(words, 1))
        pair = owner[starts[1:]] == owner[starts[:-1]]  # neighbours in one sentence: "first second"
        first, second, size = words[:-1][pair], words[1:][pair], lengths[:-1][pair]
        pairs = first + up[size] * (np.uint64(0x20) + _PRIME * second)
        keys.append((owner[starts[1:]][pair] << _SHIFT) | _bucket(pairs, 2))
    joined = np.sort(np.concatenate(keys))
    first = np.ones(min(len(joined), 1), dtype=np.bool_)  # the first key, if there is one
    unique = joined[np.concatenate([first, joined[1:] != joined[:-1]])]
    return unique >> _SHIFT, unique & np.uint64(_MASK)


def features(sentence: str) -> list[int]:
    """The hashed features of one sentence (sorted, each once)."""
    return [int(f) for f in feature_pairs([sentence])[1]]


@dataclass(frozen=True)
class Model:
    categories: tuple[str, ...]
    bias: NDArray[np.float64]  # per category
    thresholds: tuple[float, ...]
    rows: NDArray[np.int32]  # feature -> row of ``table`` (0: a feature without weights)
    table: NDArray[np.float64]  # row 0 all zeros, then one row of per-category weights a feature

    def score_all(self, batch: Sequence[str]) -> NDArray[np.float64]:
        """Probability per sentence (rows) and category (columns)."""
        owner, feats = feature_pairs(batch)
        weights = self.table[self.rows[feats.astype(np.intp)]]  # one row a (sentence, feature)
        k = len(self.bias)
        cells = (owner.astype(np.intp) * k)[:, None] + np.arange(k)  # (sentence, category) cells
        z = np.bincount(cells.ravel(), weights=weights.ravel(), minlength=len(batch) * k).reshape(-1, k)
        return 1.0 / (1.0 + np.exp(-np.clip(z + self.bias, -30.0, 30.0)))

    def scores(self, sentence: str) -> list[float]:
        """Probability per category that ``sentence`` belongs to it."""
        return [float(p) for p in self.score_all([sentence])[0]]

    @property
    def size(self) -> int:
        """Features with weights."""
        return len(self.table) - 1


@lru_cache(maxsize=1)
def load_model() -> Model | None:
    try:
        raw = resources.files("proxy.detectors").joinpath("signal_model.json").read_text("utf-8")
        data = json.loads(raw)
        weights = data["weights"]
        rows = np.zeros(1 << BITS, dtype=np.int32)
        rows[np.fromiter((int(k) for k in weights), dtype=np.int64, count=len(weights))] = np.arange(
            1, len(weights) + 1, dtype=np.int32
        )
        table = np.vstack(
            [np.zeros(len(data["categories"])), np.array(list(weights.values()), dtype=np.float64)]
        )
        return Model(
            categories=tuple(data["categories"]),
            bias=np.array(data["bias"], dtype=np.float64),
            thresholds=tuple(data["thresholds"]),
            rows=rows,
            table=table,
        )
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        log.warning("wording model not loaded, second signal off: %s", exc)
        return None


@dataclass(frozen=True)
class Opinion:
    category: str
    score: float
    sentence: str


def opinions(doc: Document, model: Model | None = None) -> list[Opinion]:
    """The model's strongest sentence per category, where it passes the category's threshold."""
    model = model or load_model()
    if model is None:
        return []
    best: dict[str, Opinion] = {}
    own = [s.text for s in doc.segments if s.origin in _OWN and not s.quoted]
    # The text and HTML parts say the same thing: each sentence is scored once.
    unique: dict[str, None] = {}
    for sentence in chain.from_iterable(map(iter_sentences, own)):
        unique[sentence] = None
        if len(unique) == _MAX_SENTENCES:
            break
    batch = list(unique)
    if not batch:
        return []
    for sentence, row in zip(batch, model.score_all(batch).tolist(), strict=True):
        for cat, p, t in zip(model.categories, row, model.thresholds, strict=True):
            if p >= t and (cat not in best or p > best[cat].score):
                best[cat] = Opinion(cat, p, sentence)
    return list(best.values())


def detect(doc: Document, found: set[str]) -> list[Finding]:
    """Findings for wording the rules missed, held for review. The model speaks only when the
    rules (``found``: the categories they reported) named no wording violation: where they did,
    the message is refused or held with a reason the agent can act on, and the model's guess at
    a second category was wrong more often than right on unseen mail (a refund for deleting a
    review read as manipulation, a discount for a review as marketing)."""
    if found & _WORDING:
        return []
    out = []
    for op in opinions(doc):
        if op.category == "review_request":
            continue
        out.append(
            Finding(
                rule=f"{op.category}.model",
                category=Category(op.category),
                action=Action.QUARANTINE,
                excerpt=clip(op.sentence),
                where="text",
                reason=f"reads like {op.category.replace('_', ' ')} (wording model, score "
                f"{op.score:.2f}): a supervisor decides",
            )
        )
    return out
