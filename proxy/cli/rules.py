"""``bsm-guard rules lint`` and ``bsm-guard rules test``: validate packs and run their examples."""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from proxy.errors import ConfigError
from proxy.models import Document, Kind, Origin, ParsedMessage, Segment
from proxy.pipeline.fold import fold
from proxy.pipeline.normalise import normalise
from proxy.pipeline.parse import DEFAULT_LIMITS, parse_message
from proxy.rules.engine import Rule, RuleSet, load_rule_set
from proxy.settings import DetectSettings, load_settings

_SCOPE_ORIGIN = {
    "body": (Origin.TEXT, False),
    "subject": (Origin.SUBJECT, False),
    "quoted": (Origin.TEXT, True),
    "hidden": (Origin.HIDDEN, False),
    "alt": (Origin.ALT, False),
    "link": (Origin.LINK, False),
    "attachment": (Origin.ATTACHMENT, False),
}
_SCOPE_PREFERENCE = ("body", "subject", "quoted", "hidden", "alt", "link", "attachment")


def register(sub: Any) -> None:
    p = sub.add_parser("rules", help="validate rule packs and run their examples")
    rsub = p.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    lint = rsub.add_parser(
        "lint",
        help="validate rule packs and print counts",
        description="Load every pack of the directories (default: the configured rule_dirs) "
        "against the closed schema. Exit 0 and print counts, or 1 naming the file, rule, key "
        "and reason of the first error.",
    )
    lint.add_argument("dirs", nargs="*", metavar="DIR")
    lint.add_argument("--config", metavar="FILE", help="YAML configuration file (its detect.rule_dirs)")
    lint.set_defaults(func=run_lint)
    test = rsub.add_parser(
        "test",
        help="run every rule's examples",
        description="Each `match` example must produce a finding of its rule and each "
        "`no_match` example must not. Exit 1 listing every failure.",
    )
    test.add_argument("dirs", nargs="*", metavar="DIR")
    test.add_argument("--config", metavar="FILE", help="YAML configuration file (its detect.rule_dirs)")
    test.set_defaults(func=run_test)


def _load(dirs: list[str], config: str | None = None) -> RuleSet | None:
    """The packs of ``dirs``, else of the configuration's ``detect.rule_dirs`` (``--config`` or
    ``BSM_GUARD_CONFIG``), else the shipped ones."""
    try:
        return load_rule_set(dirs or list(load_settings(config).detect.rule_dirs))
    except ConfigError as exc:
        print(f"rules: {exc}", file=sys.stderr)
        return None


def run_lint(args: argparse.Namespace) -> int:
    ruleset = _load(args.dirs, args.config)
    if ruleset is None:
        return 1
    packs = Counter(r.pack for r in ruleset.rules)
    categories = Counter(r.category.value for r in ruleset.rules)
    detectors = sum(1 for r in ruleset.rules if r.detector)
    patterns = sum(len(r.patterns) for r in ruleset.rules)
    print(
        f"OK: {len(ruleset.sources)} files, {len(packs)} packs, {len(ruleset.rules)} rules "
        f"({detectors} detector-backed), {patterns} patterns"
    )
    for category, count in sorted(categories.items()):
        print(f"  {category:<24} {count}")
    for rule_id in ruleset.unfiltered():
        print(
            f"warning: {rule_id}: a pattern has no required literal word, so it is checked "
            "on every segment (slow)"
        )
    return 0


def run_test(args: argparse.Namespace) -> int:
    ruleset = _load(args.dirs, args.config)
    if ruleset is None:
        return 1
    failures = run_examples(ruleset)
    total = sum(len(r.match_examples) + len(r.no_match_examples) for r in ruleset.rules)
    for failure in failures:
        print(f"FAIL {failure.rule} ({failure.source}): {failure.expect}: {failure.example!r}")
    print(f"{total - len(failures)}/{total} examples pass, {len(failures)} failures")
    return 1 if failures else 0


@dataclass(frozen=True)
class ExampleFailure:
    rule: str
    source: str
    expect: str  # "match" or "no_match"
    example: str


def run_examples(ruleset: RuleSet) -> list[ExampleFailure]:
    """Every example of every rule that does not behave as declared."""
    failures: list[ExampleFailure] = []
    for rule in ruleset.rules:
        for expect, examples in (("match", rule.match_examples), ("no_match", rule.no_match_examples)):
            for example in examples:
                if fires(ruleset, rule, example) != (expect == "match"):
                    failures.append(ExampleFailure(rule.id, rule.source, expect, example))
    return failures


# An example that starts with header lines (From, To or Subject among them) and a blank line is
# a whole RFC 5322 message: it is checked as written, so code rules on headers can be tested.
_MESSAGE_HEAD = re.compile(r"\A(?:[!-9;-~]+:[^\n]*\n(?:[ \t][^\n]*\n)*)+\n")
_KEY_HEADER = re.compile(r"^(?:from|to|subject):", re.I | re.M)


def is_message_example(text: str) -> bool:
    head = _MESSAGE_HEAD.match(text)
    return head is not None and _KEY_HEADER.search(head.group(0)) is not None


def fires(ruleset: RuleSet, rule: Rule, text: str) -> bool:
    """Does ``rule`` fire on ``text`` placed where the rule looks (or on ``text`` as a whole
    message, see ``is_message_example``)?"""
    if is_message_example(text):
        raw = text.encode("utf-8")
        if rule.patterns:
            doc = normalise(parse_message(raw, DEFAULT_LIMITS))
            return any(h.rule.id == rule.id for h in ruleset.hits(doc))
        return rule.id in _judged_rules(ruleset, raw)
    if rule.patterns:
        doc = example_document(rule, text)
        return any(h.rule.id == rule.id for h in ruleset.hits(doc))
    return rule.id in _pipeline_rules(ruleset, rule, text)


def _kind(rule: Rule) -> Kind:
    return Kind.REPLY if Kind.REPLY in rule.kinds else Kind.PROACTIVE


def example_document(rule: Rule, text: str) -> Document:
    """A one-segment document with ``text`` in the rule's first scope."""
    scope = next(s for s in _SCOPE_PREFERENCE if s in rule.scope)
    origin, quoted = _SCOPE_ORIGIN[scope]
    parsed = ParsedMessage(raw=b"", headers=(), subject="", text_parts=(text,), html_parts=(), attachments=())
    segment = Segment(origin=origin, text=text, folded=fold(text), quoted=quoted)
    return Document(parsed=parsed, kind=_kind(rule), segments=(segment,))


def _pipeline_rules(ruleset: RuleSet, rule: Rule, text: str) -> set[str]:
    """Rule ids the whole checker reports for a message whose body (or subject) is ``text``."""
    msg = EmailMessage()
    msg["From"] = "seller@example.org"
    msg["To"] = "buyer@marketplace.amazon.com"
    subject_only = rule.scope == frozenset({"subject"})
    msg["Subject"] = text if subject_only else "Your order 123-1234567-1234567"
    if _kind(rule) is Kind.REPLY:
        msg["In-Reply-To"] = "<example@marketplace.amazon.com>"
    msg.set_content("Order 123-1234567-1234567" if subject_only else text)
    return _judged_rules(ruleset, bytes(msg))


def _judged_rules(ruleset: RuleSet, raw: bytes) -> set[str]:
    """Rule ids the whole checker (with ``ruleset``) reports for the message ``raw``."""
    from dataclasses import replace

    from proxy.pipeline.checker import build_checker

    checker = build_checker(DetectSettings(rule_dirs=()))
    checker.context = replace(checker.context, rules=ruleset)
    judgement = checker.judge(raw)
    return {f.rule for f in (*judgement.findings, *judgement.monitored)}
