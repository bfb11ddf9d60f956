"""The RE2 pre-check of a Python rule pattern matches wherever the pattern does, so skipping
Python's engine when the pre-check finds nothing never loses a finding."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from proxy.rules.schema import load_rules, pack_files, scanner
from proxy.rules.superset import Prechecked, precheck, superset

RULES = [rule for rule in load_rules(pack_files(["rules"])) if rule.patterns]
WORDING = Path(__file__).parent / "wording"


def _lines_by_category() -> dict[str, list[str]]:
    """Each category's example lines: its rules' examples and its wording test sentences."""
    out: dict[str, set[str]] = {}
    for rule in RULES:
        for example in (*rule.match_examples, *rule.no_match_examples):
            out.setdefault(rule.category.value, set()).update(example.split("\n"))
    for path in WORDING.glob("*.yaml"):
        for group in yaml.safe_load(path.read_text(encoding="utf-8"))["groups"]:
            for sentence in group["sentences"]:
                out.setdefault(path.stem, set()).update(sentence.split("\n"))
    return {category: sorted(lines) for category, lines in out.items()}


LINES = _lines_by_category()


# Where RE2's ASCII classes and Python's Unicode ones part: each pattern matches its text in
# Python, so its pre-check must match it too.
UNICODE_CASES = [
    (r"\bfür\b", "danke für alles"),  # \b after a non-ASCII letter
    (r"\bérté\b", "une érté ici"),
    (r"zwróc\w+", "zwrócimy"),  # \w over non-ASCII letters
    (r"\w+straße", "Hauptstraße"),
    (r"\d{3}", "٣٤٥"),  # Arabic-Indic digits are \d in Python
    (r"five\sstars", "five\u2003stars"),  # an em space is \s in Python
    (r"five\sstars", "five\xa0stars"),
    (r"a[^\S\n]+b", "a\xa0b"),  # a negated negation: whitespace but not a line break
    (r"[\w.]+@", "jürgen.müller@"),
    (r"review$", "leave a review\n"),  # Python's $ also matches before a final line break
    (r"^thanks", "thanks"),
    (r"(?<=we )refund", "we refund"),
    (r"(?<!no )refund", "refund"),
    (r"(a|b)c\1", "aca"),
    (r"É", "é"),  # case-insensitive beyond ASCII
    (r"x{2,3}y", "xxxy"),
    (r"(?-i:Amazon)", "Amazon"),
    (r"[^\W\d]+", "ąę"),
]


@pytest.mark.parametrize(("pattern", "text"), UNICODE_CASES)
def test_the_precheck_matches_where_python_does(pattern: str, text: str) -> None:
    assert re.search(pattern, text, re.I), "the case itself must match in Python"
    check = precheck(pattern)
    assert check is not None, superset(pattern)
    assert check.search(text) is not None, superset(pattern)


def test_the_precheck_still_rules_out_text() -> None:
    check = precheck(r"\b(?:once|when)\s+you\s+remove\b[^.!?\n]{0,80}\brefund\w*")
    assert check is not None
    assert check.search("Once you remove it, we will refund you") is not None
    assert check.search("We will refund you once the parcel is back.") is None
    assert check.search("Once you remove it. Then a refund") is None


def test_a_conditional_group_gets_no_precheck_and_is_confirmed_by_python_alone() -> None:
    pattern = r"(<)?refund(?(1)>)"
    assert superset(pattern) is None
    checked = Prechecked(re.compile(pattern, re.I))
    assert [m.group() for m in checked.finditer("a <refund> and a refund")] == ["<refund>", "refund"]


def test_every_shipped_pattern_s_precheck_matches_every_example_line_its_pattern_matches() -> None:
    assert sum(map(len, LINES.values())) > 3000 and len(RULES) > 300
    checked = 0
    for rule in RULES:
        lines = LINES[rule.category.value]
        for pattern in rule.patterns:
            regex = scanner(pattern, rule.engine)
            if not isinstance(regex, Prechecked):
                continue  # an RE2 pattern: nothing to pre-check
            check = precheck(regex.regex.pattern)
            assert check is not None, (rule.id, pattern)
            missed = [line for line in lines if regex.regex.search(line) and not check.search(line)]
            assert not missed, (rule.id, missed[:3])
            checked += 1
    assert checked > 1500


def test_prechecked_finds_the_same_matches_as_its_pattern() -> None:
    for rule in RULES[::5]:
        text = "\n".join(LINES[rule.category.value])
        for pattern in rule.patterns:
            regex = scanner(pattern, rule.engine)
            if isinstance(regex, Prechecked):
                found = [m.span() for m in regex.finditer(text)]
                assert found == [m.span() for m in regex.regex.finditer(text)], rule.id
                first = regex.search(text)
                assert (first.span() if first else None) == (found[0] if found else None)
