"""Nothing a reader cannot see changes a verdict (issue: control characters that hide a link).

Characters that renderers, mail clients or Amazon drop or never show are inserted into the
violating examples of every rule pack and of the detectors' own tests, at every position: what
is found without the character is found with it. The classes come from Unicode, not from the
normaliser: C0 and C1 controls, format characters (zero-width, soft hyphen, bidi controls,
word joiners, BOM, tag characters), variation selectors, the combining grapheme joiner and
the Hangul fillers. The number of combinations tried is printed (``pytest -s``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_channels import OFFERS
from test_emails import FLAGGED as EMAILS
from test_links import FLAGGED_TEXT as LINKS

from proxy.cli.rules import fires, is_message_example
from proxy.detectors import channels, emails, links
from proxy.detectors.base import Context
from proxy.models import Category, Finding
from proxy.pipeline.fold import fold
from proxy.pipeline.normalise import normalise
from proxy.pipeline.parse import parse_message
from proxy.rules.engine import load_rule_set

C0 = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r\x0b\x0c"] + ["\x7f"]
C1 = [chr(c) for c in range(0x80, 0xA0)]
FORMAT = [
    "\u00ad",
    "\u061c",
    "\u180e",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2060",
    "\u2061",
    "\u2062",
    "\u2063",
    "\u2064",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\ufeff",
    "\U000e0001",
    "\U000e0041",
    "\U000e007f",
]
SELECTORS = ["\ufe00", "\ufe0e", "\ufe0f", "\U000e0100", "\U000e01ef"]
OTHER = ["\u034f", "\u115f", "\u1160", "\u3164", "\uffa0"]
HIDDEN = C0 + C1 + FORMAT + SELECTORS + OTHER
# One of each kind for the exhaustive pass (every position of every example); the sampled pass
# below draws from all of HIDDEN.
ONE_OF_EACH = [
    "\x00",
    "\x01",
    "\x1b",
    "\x1c",
    "\x7f",
    "\x85",
    "\x9f",
    "\u00ad",
    "\u200b",
    "\u202e",
    "\u2066",
    "\u2060",
    "\ufeff",
    "\U000e0041",
    "\ufe0f",
    "\U000e0100",
    "\u034f",
    "\u3164",
]

RULES = load_rule_set(["rules"])
PACK_EXAMPLES = [
    (rule, ex) for rule in RULES.rules for ex in rule.match_examples if "\n\n" not in ex
]  # whole-message examples are tested by `rules test`


def message(text: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "care@seller.example"
    msg["To"] = "abc123@marketplace.amazon.co.uk"
    msg["Subject"] = "Re: your order 026-1234567-1234567"
    msg["In-Reply-To"] = "<abc@email.amazonses.com>"
    msg.set_content(text)
    return msg.as_bytes()


def found(detector: Callable[..., list[Finding]], text: str) -> set[Category]:
    return {f.category for f in detector(normalise(parse_message(message(text))), Context())}


def insertions(text: str, chars: list[str]) -> list[str]:
    return [text[:i] + ch + text[i:] for ch in chars for i in range(len(text) + 1)]


CASES = (
    [(links.detect, text) for text, _ in LINKS]
    + [(emails.detect, text) for text, *_ in EMAILS]
    + [(channels.detect, text) for text in OFFERS]
)
TRIED: dict[str, int] = {}


@pytest.fixture(scope="module", autouse=True)
def report_combinations() -> Iterator[None]:
    """After the module: how many combinations were tried (``pytest -s`` shows it)."""
    yield
    print(
        f"\nhidden characters: {len(HIDDEN)} kinds; combinations tried: "
        f"detectors {TRIED.get('detectors', 0)}, pack examples {TRIED.get('packs', 0)}, "
        f"sampled {TRIED.get('sampled', 0)}"
    )


@pytest.mark.parametrize(("detector", "text"), CASES, ids=[t[:40] for _, t in CASES])
def test_detector_examples_with_a_hidden_character_anywhere(
    detector: Callable[..., list[Finding]], text: str
) -> None:
    expected = found(detector, text)
    assert expected, f"the example itself is not flagged: {text!r}"
    variants = insertions(text, ONE_OF_EACH)
    missed = [v for v in variants if not expected <= found(detector, v)]
    TRIED["detectors"] = TRIED.get("detectors", 0) + len(variants)
    assert missed == [], f"{len(missed)} of {len(variants)} slipped through, e.g. {missed[0]!r}"


@pytest.mark.parametrize(
    ("rule_id", "example"),
    [(r.id, ex) for r, ex in PACK_EXAMPLES],
    ids=[f"{r.id}-{i}" for i, (r, _) in enumerate(PACK_EXAMPLES)],
)
def test_pack_examples_with_a_hidden_character_between_every_word(rule_id: str, example: str) -> None:
    rule = RULES.by_id[rule_id]
    cuts = [0, *(i for i, c in enumerate(example) if c == " "), len(example)]
    variants = [example[:i] + ch + example[i:] for ch in ONE_OF_EACH for i in cuts]
    variants += [example[:i] + ch + example[i:] for ch in ONE_OF_EACH[:3] for i in range(1, len(example))]
    # A pattern rule reads the folded text alone (proxy.rules.engine), so a variant that folds to
    # the example's own folded text is the same document to it: only the others are judged.
    if rule.patterns and not is_message_example(example):
        same = fold(example)
        variants = [v for v in variants if fold(v) != same]
    missed = [v for v in variants if not fires(RULES, rule, v)]
    TRIED["packs"] = TRIED.get("packs", 0) + len(variants)
    assert missed == [], f"{rule_id}: {len(missed)} of {len(variants)} slipped, e.g. {missed[0]!r}"


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(case=st.sampled_from(PACK_EXAMPLES), ch=st.sampled_from(HIDDEN), where=st.floats(0, 1))
def test_pack_examples_with_any_hidden_character_sampled(case: tuple, ch: str, where: float) -> None:  # type: ignore[type-arg]
    rule, example = case
    i = round(where * len(example))
    assert fires(RULES, rule, example[:i] + ch + example[i:]), (rule.id, example, hex(ord(ch)), i)
    TRIED["sampled"] = TRIED.get("sampled", 0) + 1
