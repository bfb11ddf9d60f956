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
import math
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise

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


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` worth scoring: three words or more (or six CJK characters),
    with quotations of other people's words left out."""
    out = []
    for piece in _SPLIT.split(_QUOTATION.sub(_unquote, text)):
        piece = " ".join(piece.split())[:_MAX_SENTENCE]
        if len(piece.split()) >= 3 or (not piece.isascii() and len(piece) >= 6):
            out.append(piece)
    return out


def features(sentence: str) -> list[int]:
    """Hashed features of one sentence: word 1- and 2-grams, character 3-, 4- and 5-grams."""
    text = _DIGITS.sub("0", " ".join(fold(sentence).lower().split()))
    words = _WORD.findall(text)
    grams = ["w" + w for w in words]
    grams += ["b" + a + " " + b for a, b in pairwise(words)]
    padded = f" {text} "
    for n in (3, 4, 5):
        grams += [padded[i : i + n] for i in range(len(padded) - n + 1)]
    return [zlib.crc32(g.encode()) & _MASK for g in grams]


@dataclass(frozen=True)
class Model:
    categories: tuple[str, ...]
    bias: tuple[float, ...]
    thresholds: tuple[float, ...]
    weights: dict[int, tuple[float, ...]]

    def scores(self, sentence: str) -> list[float]:
        """Probability per category that ``sentence`` belongs to it."""
        rows = [w for f in set(features(sentence)) if (w := self.weights.get(f)) is not None]
        # Column sums in C (zip, sum), added to the bias in the same order as a loop would.
        total = (
            [sum(col, b) for b, col in zip(self.bias, zip(*rows, strict=True), strict=True)]
            if rows
            else list(self.bias)
        )
        return [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) for z in total]


@lru_cache(maxsize=1)
def load_model() -> Model | None:
    try:
        raw = resources.files("proxy.detectors").joinpath("signal_model.json").read_text("utf-8")
        data = json.loads(raw)
        return Model(
            categories=tuple(data["categories"]),
            bias=tuple(data["bias"]),
            thresholds=tuple(data["thresholds"]),
            weights={int(k): tuple(v) for k, v in data["weights"].items()},
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
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
    unique = dict.fromkeys(sentence for text in own for sentence in sentences(text))
    for sentence in list(unique)[:_MAX_SENTENCES]:
        for cat, p, t in zip(model.categories, model.scores(sentence), model.thresholds, strict=True):
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
