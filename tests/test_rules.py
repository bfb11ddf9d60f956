"""Rule-pack engine: closed schema, overrides, matching, prefilter, examples and reload."""

from __future__ import annotations

import os
import re
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from proxy.cli import main
from proxy.cli_rules import example_document, run_examples
from proxy.errors import ConfigError
from proxy.models import Document, Kind, Origin, ParsedMessage, Segment
from proxy.normalise import fold
from proxy.rules import (
    RulePackError,
    RuleSet,
    RuleWatcher,
    load_rule_set,
    segment_scope,
)

GOOD = """\
pack: demo
description: Demo pack.
rules:
  - id: review_incentive.demo
    category: review_incentive
    description: Voucher for a review.
    reason: remove the offer
    languages: [en]
    patterns: ['\\bvoucher\\b[^.!?]{0,40}\\breview\\b']
    none_of: ['\\bno voucher\\b']
    examples:
      match: ["A voucher for your review."]
      no_match: ["A review would help."]
"""


def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def doc(*texts: str, origin: Origin = Origin.TEXT, quoted: bool = False,
        kind: Kind = Kind.REPLY) -> Document:
    parsed = ParsedMessage(raw=b"", headers=(), subject="", text_parts=(), html_parts=(),
                           attachments=())
    segs = tuple(Segment(origin=origin, text=t, folded=fold(t), quoted=quoted) for t in texts)
    return Document(parsed=parsed, kind=kind, segments=segs)


def test_loads_and_matches(tmp_path: Path) -> None:
    write(tmp_path, "demo.yaml", GOOD)
    rs = load_rule_set([str(tmp_path)])
    assert [r.id for r in rs.rules] == ["review_incentive.demo"]
    findings = rs.match(doc("We send a VOUCHER after your review."))
    assert [(f.rule, f.category.value, f.action.value) for f in findings] == [
        ("review_incentive.demo", "review_incentive", "reject")]
    assert "VOUCHER" in findings[0].excerpt


def test_none_of_suppresses_in_sentence_only(tmp_path: Path) -> None:
    write(tmp_path, "demo.yaml", GOOD)
    rs = load_rule_set([str(tmp_path)])
    assert rs.match(doc("There is no voucher for a review.")) == []
    assert len(rs.match(doc("No voucher today. A voucher for a review!"))) == 1


@pytest.mark.parametrize(
    ("mutation", "key", "reason"),
    [
        (("    languages: [en]\n", "    languages: [en]\n    colour: red\n"), "colour", "unknown key"),
        (("category: review_incentive", "category: reviews"), "category", "not a POLICY.md"),
        (("['\\bvoucher", "['(?<=a)\\bvoucher"), "patterns[0]", "RE2 refuses"),
        (("      no_match: [\"A review would help.\"]\n", ""), "examples.no_match", "at least one"),
        (("id: review_incentive.demo", "id: marketing.demo"), "id", "must start with"),
        (("    languages: [en]\n", "    languages: [english]\n"), "languages", "ISO 639-1"),
        (("    languages: [en]\n", "    languages: [en]\n    window: 0\n"), "window", "positive"),
        (("    languages: [en]\n", "    languages: [en]\n    scope: [footer]\n"), "scope", "values"),
    ],
)
def test_schema_errors_name_file_rule_key(tmp_path: Path, mutation: tuple[str, str], key: str,
                                          reason: str) -> None:
    old, new = mutation
    assert old in GOOD
    path = write(tmp_path, "bad.yaml", GOOD.replace(old, new))
    with pytest.raises(RulePackError) as info:
        load_rule_set([str(tmp_path)])
    err = info.value
    assert isinstance(err, ConfigError)
    assert err.source == str(path)
    assert key in err.key and reason in err.reason
    if key != "id":
        assert err.rule == "review_incentive.demo"


def test_unknown_pack_key_and_duplicate_ids(tmp_path: Path) -> None:
    write(tmp_path / "a", "x.yaml", GOOD.replace("pack: demo", "pack: demo\nauthor: me"))
    with pytest.raises(RulePackError, match="author: unknown key"):
        load_rule_set([str(tmp_path / "a")])
    write(tmp_path / "b", "one.yaml", GOOD)
    write(tmp_path / "b", "two.yaml", GOOD.replace("pack: demo", "pack: demo2"))
    with pytest.raises(RulePackError, match="duplicate rule id"):
        load_rule_set([str(tmp_path / "b")])


def test_later_directory_overrides_rule(tmp_path: Path) -> None:
    write(tmp_path / "shipped", "demo.yaml", GOOD)
    write(tmp_path / "local", "demo.yaml",
          GOOD.replace("remove the offer", "local reason").replace("\\bvoucher", "\\bcoupon"))
    rs = load_rule_set([str(tmp_path / "shipped"), str(tmp_path / "local")])
    assert len(rs.rules) == 1 and rs.rules[0].reason == "local reason"
    assert rs.match(doc("A voucher for a review.")) == []
    assert rs.match(doc("A coupon for a review."))[0].reason == "local reason"


def test_missing_directory_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="no such rule directory"):
        load_rule_set(["/nonexistent/rules-dir"])


def test_relative_dir_resolves_against_project_root(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert len(load_rule_set(["rules"]).rules) > 10


def scoped(tmp_path: Path, extra: str) -> RuleSet:
    write(tmp_path, "demo.yaml", GOOD.replace("    languages: [en]\n",
                                              f"    languages: [en]\n{extra}"))
    return load_rule_set([str(tmp_path)])


def test_scope_default_skips_quoted_and_links(tmp_path: Path) -> None:
    rs = scoped(tmp_path, "")
    text = "A voucher for a review."
    assert rs.match(doc(text, quoted=True)) == []
    assert rs.match(doc(text, origin=Origin.LINK)) == []
    assert len(rs.match(doc(text, origin=Origin.HIDDEN))) == 1  # hidden text counts
    assert len(rs.match(doc(text, origin=Origin.SUBJECT))) == 1


def test_scope_quoted_and_kinds(tmp_path: Path) -> None:
    rs = scoped(tmp_path, "    scope: [quoted]\n    kinds: [proactive]\n")
    text = "A voucher for a review."
    assert rs.match(doc(text, quoted=True, kind=Kind.REPLY)) == []
    assert len(rs.match(doc(text, quoted=True, kind=Kind.PROACTIVE))) == 1
    assert rs.match(doc(text, kind=Kind.PROACTIVE)) == []


@pytest.mark.parametrize(("window", "text", "fires"), [
    ("sentence", "A voucher for a review. We need feedback.", False),
    ("sentence", "A voucher for a review and feedback.", True),
    ("segment", "A voucher for a review. We need feedback.", True),
    ("20", "A voucher for a review. Some filler text here to pad it. Feedback.", False),
])
def test_window_for_all_of(tmp_path: Path, window: str, text: str, fires: bool) -> None:
    rs = scoped(tmp_path, f"    window: {window}\n    all_of: ['\\bfeedback\\b']\n")
    assert bool(rs.match(doc(text))) is fires


def test_detector_rules_are_signals_only(tmp_path: Path) -> None:
    rs = scoped(tmp_path, "    detector: review_request\n")
    d = doc("A voucher for a review.")
    assert rs.match(d) == []
    assert [h.rule.id for h in rs.signals(d, "review_request")] == ["review_incentive.demo"]


def test_detector_rule_without_patterns(tmp_path: Path) -> None:
    text = GOOD.replace("    patterns: ['\\bvoucher\\b[^.!?]{0,40}\\breview\\b']\n",
                        "    detector: somewhere\n    params: {limit: 3}\n")
    write(tmp_path, "demo.yaml", text)
    rule = load_rule_set([str(tmp_path)]).rules[0]
    assert rule.detector == "somewhere" and rule.params == {"limit": 3} and rule.patterns == ()


@pytest.mark.parametrize(("pattern", "text"), [
    (r"\bévaluation\b", "Merci pour votre ÉVALUATION."),
    (r"\bbewertung\w*", "Ihre Bewertungen"),
    (r"\w+ für", "Grüße für"),
    (r"評価[^。]{0,10}削除", "先日の評価を削除して"),
])
def test_unicode_words_pass_the_prefilter(tmp_path: Path, pattern: str, text: str) -> None:
    # RE2's \b and \w are ASCII-only; the prefilter must not lose what Python re confirms.
    base = scoped(tmp_path, "").rules[0]
    rule = replace(base, patterns=(pattern,), compiled=(re.compile(pattern, re.I),),
                   none_of=(), compiled_none=())
    assert len(RuleSet([rule]).match(doc(text))) == 1


def test_segment_scope_mapping() -> None:
    assert segment_scope(Segment(Origin.HTML, "x", "x", quoted=True)) == "quoted"
    assert segment_scope(Segment(Origin.ALT, "x", "x")) == "alt"
    assert segment_scope(Segment(Origin.IMAGE, "x", "x")) is None


def test_example_document_uses_rule_scope(tmp_path: Path) -> None:
    rule = scoped(tmp_path, "    scope: [subject]\n").rules[0]
    assert example_document(rule, "x").segments[0].origin is Origin.SUBJECT


def test_shipped_packs_examples_pass() -> None:
    rs = load_rule_set(["rules"])
    assert run_examples(rs) == []


def test_cli_lint_and_test(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "demo.yaml", GOOD)
    assert main(["rules", "lint", str(tmp_path)]) == 0
    assert "1 rules" in capsys.readouterr().out
    write(tmp_path, "demo.yaml", GOOD.replace('"A review would help."', '"A voucher for a review!"'))
    assert main(["rules", "test", str(tmp_path)]) == 1
    assert "FAIL review_incentive.demo" in capsys.readouterr().out
    write(tmp_path, "demo.yaml", GOOD.replace("    reason: remove the offer\n", ""))
    assert main(["rules", "lint", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "demo.yaml" in err and "review_incentive.demo" in err and "reason" in err


def test_watcher_swaps_on_change_and_keeps_old_set_on_error(tmp_path: Path) -> None:
    path = write(tmp_path, "demo.yaml", GOOD)
    swapped: list[RuleSet] = []
    watcher = RuleWatcher([str(tmp_path)], on_swap=swapped.append)
    assert watcher.poll() is None
    path.write_text(GOOD.replace("remove the offer", "new reason"), encoding="utf-8")
    os.utime(path, ns=(1, 1))  # a different mtime even within one clock tick
    result = watcher.poll()
    assert result is not None and result.ok and result.rules == 1
    assert swapped[-1].rules[0].reason == "new reason"
    old = watcher.current
    path.write_text(GOOD.replace("category: review_incentive", "category: nope"),
                    encoding="utf-8")
    bad = watcher.reload()
    assert not bad.ok and "nope" in bad.error and watcher.current is old and len(swapped) == 1
