"""The first-character lookahead in front of rule patterns finds exactly what the pattern finds."""

from __future__ import annotations

import re

import pytest

from proxy.rules.firstchars import with_first_chars
from proxy.rules.schema import load_rules, pack_files

RULES = [rule for rule in load_rules(pack_files(["rules"])) if rule.patterns]
TEXT = "\n".join(example for rule in RULES for example in (*rule.match_examples, *rule.no_match_examples))


@pytest.mark.parametrize(
    ("pattern", "prefixed"),
    [
        (r"\bfoo|bar", r"(?=[bf])(?:\bfoo|bar)"),
        (r"(?:a|b)?c", r"(?=[abc])(?:(?:a|b)?c)"),
        (r"(?<!\w)ab", r"(?=[a])(?:(?<!\w)ab)"),
        (r"\w+x", r"\w+x"),  # any word character may start it
        (r"[^a]b", r"[^a]b"),
        (r"x*", r"x*"),  # may match empty
    ],
)
def test_the_lookahead_names_every_possible_first_character(pattern: str, prefixed: str) -> None:
    assert with_first_chars(pattern) == prefixed


def test_every_shipped_pattern_finds_the_same_spans_with_the_lookahead() -> None:
    assert len(TEXT) > 50_000 and len(RULES) > 150
    changed = 0
    for rule in RULES:
        for pattern in rule.patterns:
            prefixed = with_first_chars(pattern)
            if prefixed == pattern:
                continue
            try:
                plain = re.compile(pattern, re.I)
            except re.error:
                continue  # an RE2-only pattern: the lookahead is not used for it
            changed += 1
            fast = re.compile(prefixed, re.I)
            assert [m.span() for m in fast.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)], (
                rule.id
            )
    assert changed > 300  # most patterns start with a word or a set of words
