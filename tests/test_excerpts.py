"""Excerpts are cut on word boundaries wherever an agent or a supervisor reads them."""

from __future__ import annotations

import pytest
from helpers import compliant_message

from proxy.excerpts import clip, excerpt
from proxy.pipeline.checker import Checker, build_checker
from proxy.settings import DetectSettings


@pytest.fixture(scope="module")
def checker() -> Checker:
    return build_checker(DetectSettings())


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Sam, we have explained this three times. Stop wasting our time, you idiot. Nora",
            "idiot",
            "Stop wasting our time, you idiot.",
        ),
        (
            "Thanks for waiting. We will send you a gift card if you leave a review! Kind regards",
            "gift card",
            "We will send you a gift card if you leave a review!",
        ),
        (
            "お問い合わせありがとうございます。五つ星の評価をお願いします。よろしく",
            "五つ星",
            "五つ星の評価をお願いします。",
        ),
        (
            "Great, I am glad the problem is solved, would you mind removing your review now?",
            "removing",
            "problem is solved, would you mind removing your review now?",
        ),
        ("short", "short", "short"),
    ],
)
def test_excerpt_keeps_whole_words_within_the_sentence(text: str, word: str, expected: str) -> None:
    start = text.index(word)
    assert excerpt(text, start, start + len(word)) == expected


def test_excerpt_keeps_the_match_even_inside_one_long_word() -> None:
    text = "x" * 200 + "MATCH" + "y" * 200
    start = text.index("MATCH")
    assert "MATCH" in excerpt(text, start, start + 5)


def test_clip_cuts_after_a_whole_word() -> None:
    out = clip("word " * 60)
    assert len(out) <= 120 and out.endswith("word") and not out.endswith(" ")


@pytest.mark.parametrize(
    "body",
    [
        "Sam, we have explained this three times. Stop wasting our time, you idiot. Nora",
        "Great, I'm glad the problem is solved, would you mind removing your review now?",
    ],
)
def test_findings_in_real_messages_quote_whole_words(checker: Checker, body: str) -> None:
    judgement = checker.judge(compliant_message(body))
    shown = " ".join(f"Hello, {body} Kind regards Support".split())  # compliant_message's frame
    assert judgement.findings
    for f in judgement.findings:
        at = shown.index(f.excerpt)
        assert at == 0 or shown[at - 1] == " ", f"excerpt starts mid-word: {f.excerpt!r}"
        end = at + len(f.excerpt)
        assert end == len(shown) or shown[end] == " ", f"excerpt ends mid-word: {f.excerpt!r}"
